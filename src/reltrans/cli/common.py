"""Helpers shared by the command modules: turning library errors into one line and an exit code."""
from __future__ import annotations

import contextlib
import sys
from typing import Iterator, NoReturn

import click

from reltrans.errors import EXIT_INTERRUPTED, ReltransError



def fail(error: ReltransError) -> NoReturn:
    """Print ``error`` as one line on stderr and exit with its documented code."""
    click.echo(str(error), err=True)
    sys.exit(error.exit_code)


@contextlib.contextmanager
def handle_errors() -> Iterator[None]:
    """Run a command body: library errors become one line on stderr and their exit code;
    Ctrl-C exits 130 (files on disk are left as they were by the atomic writes). Warnings the
    library raised (e.g. a broken package skipped) are printed as ``warning: message`` lines."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        except ReltransError as exc:
            _print_warnings(caught)
            fail(exc)
        except Terminated:
            click.echo("terminated", err=True)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
    _print_warnings(caught)


#: Exit status after SIGTERM during a command run under :func:`terminate_cleanly` (128 + 15).
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that cleanup (``finally`` blocks) runs as for Ctrl-C."""


@contextlib.contextmanager
def terminate_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM unwinds like Ctrl-C (:class:`Terminated`; ``handle_errors``
    prints ``terminated`` and exits 143) instead of killing the process mid-way."""
    import signal

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, raise_terminated)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _print_warnings(caught: list) -> None:  # type: ignore[type-arg]
    """reltrans' own warnings as one line each (third-party deprecation noise is dropped)."""
    ours = (w for w in caught if issubclass(w.category, UserWarning) and "reltrans" in str(w.filename))
    for warning in dict.fromkeys(str(w.message) for w in ours):
        click.echo(f"warning: {warning}", err=True)


def language_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """click callback for a language code option or argument: the code normalised
    (``pt_br`` -> ``pt-BR``), or one line ``E-USAGE --to 'fra': ...; did you mean 'fr'?`` and
    exit 2 (see :mod:`reltrans.langcodes`). ``None`` (not given) passes through."""
    from reltrans.errors import UsageError
    from reltrans.langcodes import require

    if value is None:
        return None
    try:
        return require(value, label=_label(param))
    except UsageError as exc:
        fail(exc)


def language_pair_target(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """click callback for the optional second argument of ``models install FROM [TO]``: when
    it is given, the first argument is a language code too; both are checked and normalised."""
    if value is None:
        return None
    source = next(p for p in ctx.command.params if p.name == "source")
    ctx.params["source"] = language_code(ctx, source, ctx.params.get("source"))
    return language_code(ctx, param, value)


def _label(param: click.Parameter) -> str:
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return param.human_readable_name.strip("[]").split("|")[0]  # FROM_CODE|PATH.argosmodel -> FROM_CODE
