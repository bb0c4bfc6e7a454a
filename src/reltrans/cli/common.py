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
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
    _print_warnings(caught)


def _print_warnings(caught: list) -> None:  # type: ignore[type-arg]
    """reltrans' own warnings as one line each (third-party deprecation noise is dropped)."""
    ours = (w for w in caught if issubclass(w.category, UserWarning) and "reltrans" in str(w.filename))
    for warning in dict.fromkeys(str(w.message) for w in ours):
        click.echo(f"warning: {warning}", err=True)
