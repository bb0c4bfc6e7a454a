"""Helpers shared by the command modules: turning library errors into one line and an exit code."""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path
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
    Ctrl-C exits 130 (files on disk are left as they were by the atomic writes)."""
    try:
        yield
    except ReltransError as exc:
        fail(exc)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


def glossary_sources(cli_paths: tuple[Path, ...] | list[Path], no_bundled: bool) -> tuple[tuple[Path, ...], bool]:
    """Glossaries in effect: the project configuration's, then ``--glossary`` ones (which
    override); the bundled glossary unless the configuration or ``--no-bundled-glossary`` says no."""
    from reltrans.config import load_config

    config = load_config()
    return tuple(config.glossaries) + tuple(cli_paths), config.bundled_glossary and not no_bundled
