"""``reltrans check`` (QA and glossary checks for CI) and ``reltrans status``.

Only click is imported at module level; the checks, rich and the glossary are imported when a
command runs. Neither command ever loads a translation model.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Sequence

import click

from reltrans.cli.common import handle_errors
from reltrans.config import load_config

_PO = click.Path(path_type=Path, dir_okay=True, readable=False)
_GLOSSARY = click.option(
    "--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path, readable=False),
    help="Extra glossary (TOML, TBX, CSV, TSV); repeatable, later files override earlier ones.",
)


@click.command()
@click.argument("po_files", nargs=-1, required=True, type=_PO)
@_GLOSSARY
@click.option("--no-bundled-glossary", is_flag=True, help="Do not load the bundled UN glossary.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Untranslated and fuzzy entries are errors, not warnings.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True, help="Lowest severity that makes the exit status 1.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write the report here instead of stdout/stderr (a new file; see --force).")
@click.option("--force", is_flag=True, help="Replace an existing -o file (kept as NAME~); never one of the checked files.")
def check(po_files: Sequence[Path], glossaries: Sequence[Path], no_bundled_glossary: bool, fmt: str, strict: bool, fail_on: str, output: Path | None, force: bool) -> None:
    """Check PO_FILES: glossary terms, numbers, URLs, punctuation, consistency, completeness.

    Findings print as `path:line: CODE message` (codes in docs/checks.md). Exit 0 when clean,
    1 when a finding reaches --fail-on, 3 when a file cannot be read, 5 when -o names an
    existing file (without --force) or one of the inputs.
    """
    from reltrans.checks import check_catalogs, resolve_glossary
    from reltrans.checks.render import render
    from reltrans.fsutil import refuse_overwrite, refuse_writing_over_inputs, write_new

    with handle_errors():
        config = load_config()
        paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
        if output is not None:  # before any work: the report never replaces what it checks
            refuse_writing_over_inputs(output, [*po_files, *paths, *([config.path] if config.path else [])])
            refuse_overwrite(output, force=force)
        glossary = resolve_glossary(paths, bundled=bundled)
        report = check_catalogs(po_files, glossary=glossary, strict=strict)
        text = render(report, fmt)
        if output is not None:
            write_new(output, text, force=force)
        elif fmt == "text":
            sys.stderr.write(text)
            sys.stderr.flush()
        else:
            click.echo(text, nl=False)
        if fmt == "text":
            _print_summary(report)
    sys.exit(report.exit_code(fail_on))


def _print_summary(report: Any) -> None:
    from rich.table import Table

    from reltrans.console import stdout_console

    table = Table(title="reltrans check")
    for column in ("files", "entries", "errors", "warnings"):
        table.add_column(column, justify="right")
    counts = report.counts()
    table.add_row(*(str(counts[c]) for c in ("files", "entries", "errors", "warnings")))
    stdout_console().print(table)


@click.command()
@click.argument("po_files", nargs=-1, required=True, type=_PO)
@_GLOSSARY
@click.option("--no-bundled-glossary", is_flag=True, help="Do not load the bundled UN glossary.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def status(po_files: Sequence[Path], glossaries: Sequence[Path], no_bundled_glossary: bool, fmt: str) -> None:
    """Per PO file: translated / fuzzy / untranslated entries, source words, open glossary findings."""
    from reltrans.checks import catalog_status, resolve_glossary

    with handle_errors():
        paths, bundled = load_config().glossary_sources(glossaries, no_bundled=no_bundled_glossary)
        glossary = resolve_glossary(paths, bundled=bundled)
        rows = catalog_status(po_files, glossary=glossary)
    if fmt == "json":
        import json

        click.echo(json.dumps({"version": 1, "files": [r.to_dict() for r in rows]}, ensure_ascii=False, indent=2))
        return
    _print_status(rows)


def _print_status(rows: Sequence[Any]) -> None:
    from rich.table import Table

    from reltrans.console import stdout_console

    table = Table(title="reltrans status", caption="open: source words not yet translated; gloss.: open glossary findings")
    table.add_column("file", overflow="fold")
    for column in ("transl.", "fuzzy", "untransl.", "%", "words", "open", "gloss."):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(
            row.path, str(row.translated), str(row.fuzzy), str(row.untranslated), f"{row.percent_translated:.0f}",
            str(row.source_words), str(row.untranslated_words), str(row.glossary_findings),
        )
    stdout_console().print(table)
