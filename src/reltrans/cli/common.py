"""Helpers shared by the command modules: turning library errors into one line and an exit code."""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, NoReturn

import click

from reltrans.errors import EXIT_INTERRUPTED, ReltransError

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.config import ProjectConfig


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


def glossary_sources(
    cli_paths: tuple[Path, ...] | list[Path], no_bundled: bool, config: "ProjectConfig | None" = None
) -> tuple[tuple[Path, ...], bool]:
    """Glossaries in effect: the project configuration's, then ``--glossary`` ones (which
    override); the bundled glossary unless the configuration or ``--no-bundled-glossary`` says no."""
    from reltrans.config import load_config

    config = config or load_config()
    return tuple(config.glossaries) + tuple(cli_paths), config.bundled_glossary and not no_bundled
