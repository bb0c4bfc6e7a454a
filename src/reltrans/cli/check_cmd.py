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
_PEOPLE = click.option(
    "--people-names/--no-people-names", default=None,
    help="People's names found in each release (after M./Mme, a title in apposition, a speech verb, in a byline) are do-not-translate terms: a changed one is an RT104 warning (default: on; people_names in reltrans.toml).",
)


@click.command()
@click.argument("po_files", nargs=-1, required=True, type=_PO)
@_GLOSSARY
@click.option("--no-bundled-glossary", is_flag=True, help="Do not load the bundled UN glossary.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True)
@click.option("--strict/--no-strict", default=None, help="Untranslated and fuzzy entries (and missing general vocabulary) are errors, not warnings.  [default: check.strict or no]")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None, help="Lowest severity that makes the exit status 1.  [default: check.fail_on or error]")
@click.option("--select", "select", multiple=True, metavar="CODES", help="Report only these codes: prefixes (RT1, RT50), codes, family or rule names, ALL; comma-separated, repeatable.")
@click.option("--ignore", "ignore", multiple=True, metavar="CODES", help="Do not report these codes (same forms as --select; the more specific of the two wins).")
@click.option("--statistics", is_flag=True, help="Print the number of findings per code instead of the findings.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write the report here instead of stdout/stderr (a new file; see --force).")
@click.option("--force", is_flag=True, help="Replace an existing -o file (kept as NAME~); never one of the checked files.")
@click.option("--document-date", metavar="YYYY[-MM[-DD]]", help="Date of the source documents, for glossary names that changed (default: each file's X-Reltrans-Document-Date header).")
@_PEOPLE
def check(po_files: Sequence[Path], glossaries: Sequence[Path], no_bundled_glossary: bool, fmt: str, strict: bool | None, fail_on: str | None, select: Sequence[str], ignore: Sequence[str], statistics: bool, output: Path | None, force: bool, document_date: str | None = None, people_names: bool | None = None) -> None:
    """Check PO_FILES: glossary terms, numbers, URLs, punctuation, consistency, completeness.

    Findings print as `path:line: CODE message` (codes in docs/checks.md). Exit 0 when clean,
    1 when a finding reaches --fail-on, 2 for an unknown --select/--ignore code, 3 when a file
    cannot be read, 5 when -o names an existing file (without --force) or one of the inputs.
    Defaults come from the [check] table of reltrans.toml.
    """
    from reltrans.checks import check_catalogs, resolve_glossary
    from reltrans.checks.render import render, render_statistics
    from reltrans.checks.selection import CheckSettings, resolve_selection
    from reltrans.errors import UsageError
    from reltrans.fsutil import refuse_overwrite, refuse_writing_over_inputs, write_new

    with handle_errors():
        config = load_config()
        settings = config.check or CheckSettings()
        selection = resolve_selection(select, ignore, settings.select, settings.ignore)
        strict = settings.strict if strict is None else strict
        fail_on = fail_on or settings.fail_on or "error"
        if statistics and fmt != "text":
            raise UsageError("--statistics prints counts as text; use it without --format (or --format text)")
        paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
        if output is not None:  # before any work: the report never replaces what it checks
            refuse_writing_over_inputs(output, [*po_files, *paths, *([config.path] if config.path else [])])
            refuse_overwrite(output, force=force)
        glossary = resolve_glossary(paths, bundled=bundled)
        if document_date is not None:
            _require_date(document_date)
        people = config.people_names if people_names is None else people_names
        report = check_catalogs(po_files, glossary=glossary, strict=bool(strict), document_date=document_date, people=people).selected(selection)
        text = render_statistics(report) if statistics else render(report, fmt)
        if output is not None:
            write_new(output, text, force=force)
        elif statistics:
            click.echo(text, nl=False)
        elif fmt == "text":
            sys.stderr.write(text)
            sys.stderr.flush()
        else:
            click.echo(text, nl=False)
        if fmt == "text":
            _print_summary(report)
    sys.exit(report.exit_code(fail_on))


def _require_date(value: str) -> None:
    from reltrans.errors import UsageError
    from reltrans.glossary.model import parse_date

    try:
        parse_date(value)
    except ValueError as exc:
        raise UsageError(f"--document-date: {exc}") from None


def _print_summary(report: Any) -> None:
    from reltrans.checks.summary import summary_lines
    from reltrans.console import stdout_console

    console = stdout_console()
    for line in summary_lines(report):
        console.print(line, markup=False, highlight=False)


@click.command()
@click.argument("po_files", nargs=-1, required=True, type=_PO)
@_GLOSSARY
@click.option("--no-bundled-glossary", is_flag=True, help="Do not load the bundled UN glossary.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--findings", is_flag=True, help="Also count open glossary findings (runs the checks of `reltrans check`: slower; implied by --glossary).")
@_PEOPLE
def status(po_files: Sequence[Path], glossaries: Sequence[Path], no_bundled_glossary: bool, fmt: str, findings: bool = False, people_names: bool | None = None) -> None:
    """Per PO file: translated / fuzzy / untranslated entries, source words (as fast as
    pocount); with --findings, open glossary findings too."""
    from reltrans.checks.status import catalog_status

    findings = findings or bool(glossaries)  # a glossary named on the command line is for findings
    with handle_errors():
        glossary = None
        people = True
        if findings:  # only then the checks and the glossary load: plain status stays fast
            from reltrans.checks.core import resolve_glossary

            config = load_config()
            paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
            glossary = resolve_glossary(paths, bundled=bundled)
            people = config.people_names if people_names is None else people_names
        rows = catalog_status(po_files, glossary=glossary, findings=findings, people=people)
    if fmt == "json":
        import json

        click.echo(json.dumps({"version": 1, "files": [r.to_dict() for r in rows]}, ensure_ascii=False, indent=2))
        return
    _print_status(rows)


def _print_status(rows: Sequence[Any]) -> None:
    from rich.table import Table

    from reltrans.console import fit_to_width, shortening_width, stdout_console

    console = stdout_console()
    table = Table(title="reltrans status", caption="open: source words not yet translated; gloss.: open glossary findings (--findings)")
    headers = ["file", "transl.", "fuzzy", "untransl.", "%", "words", "open", "gloss."]
    table.add_column(headers[0], overflow="fold")
    for column in headers[1:]:
        table.add_column(column, justify="right")
    cells = [
        [row.path, str(row.translated), str(row.fuzzy), str(row.untranslated), "-" if row.percent_translated is None else f"{row.percent_translated:.0f}",
         str(row.source_words), str(row.untranslated_words), "-" if row.glossary_findings is None else str(row.glossary_findings)]
        for row in rows
    ]
    for cell_row in fit_to_width(headers, cells, shortening_width(console)):
        table.add_row(*cell_row)
    console.print(table)
