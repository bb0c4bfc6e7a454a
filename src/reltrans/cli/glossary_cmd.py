"""``reltrans glossary``: list, lookup, validate, import, export."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from reltrans.cli.common import handle_errors
from reltrans.config import load_config
from reltrans.errors import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    GlossaryError,
)

_GLOSSARY_OPTION = click.option(
    "--glossary", "glossary_paths", multiple=True, type=click.Path(readable=False, path_type=Path),
    help="Extra glossary (.toml, .tbx, .csv, .tsv); later ones override concepts with the same id.",
)
_NO_BUNDLED = click.option(
    "--no-bundled-glossary", "--no-bundled", "no_bundled", is_flag=True,
    help="Do not load the bundled UN glossary (--no-bundled is an alias).",
)
_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)


def _console():  # type: ignore[no-untyped-def]
    """The terminal's width (80 columns when not a terminal, ``COLUMNS`` when set), as every
    other table: cells fold inside it rather than pushing the table wider."""
    from reltrans.console import stdout_console

    return stdout_console()


def _load(paths: tuple[Path, ...], no_bundled: bool):  # type: ignore[no-untyped-def]
    """The glossaries in effect: the project configuration's, then ``--glossary`` ones."""
    from reltrans.glossary import load_glossaries

    all_paths, bundled = load_config().glossary_sources(paths, no_bundled=no_bundled)
    return load_glossaries(all_paths, bundled=bundled)


@click.group()
def glossary() -> None:
    """List, look up, validate, import and export glossaries."""


@glossary.command("list")
@_GLOSSARY_OPTION
@_NO_BUNDLED
@_FORMAT
def list_cmd(glossary_paths: tuple[Path, ...], no_bundled: bool, fmt: str) -> None:
    """List the concepts of the loaded glossaries."""
    with handle_errors():
        g = _load(glossary_paths, no_bundled)
    langs = g.languages
    if fmt == "json":
        rows = [
            {
                "id": c.id,
                "domain": c.domain,
                "source": c.source,
                "note": c.note,
                "dnt": c.dnt,
                "terms": {lang: [t.text for t in c.allowed(lang)] for lang in c.languages if c.allowed(lang)},
                "forbidden": {lang: [t.text for t in c.forbidden(lang)] for lang in c.languages if c.forbidden(lang)},
            }
            for c in g.concepts
        ]
        click.echo(json.dumps({"name": g.name, "digest": g.digest, "concepts": rows}, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{g.name or 'glossary'} ({len(g)} concepts, digest {g.digest})")
    table.add_column("id", overflow="fold")
    table.add_column("domain", overflow="fold")
    for lang in langs:
        table.add_column(lang, overflow="fold")
    table.add_column("forbidden", overflow="fold")
    for c in g.concepts:
        forbidden = "; ".join(f"{t.lang}: {t.text}" for t in c.terms if t.status == "forbidden")
        table.add_row(c.id, c.domain, *(" | ".join(t.text for t in c.allowed(lang)) for lang in langs), forbidden)
    _console().print(table)


@glossary.command()
@click.argument("text")
@click.option("--lang", default="fr", show_default=True, help="Language of TEXT.")
@_GLOSSARY_OPTION
@_NO_BUNDLED
@_FORMAT
def lookup(text: str, lang: str, glossary_paths: tuple[Path, ...], no_bundled: bool, fmt: str) -> None:
    """Show the glossary concepts found in TEXT ("-" reads standard input)."""
    from reltrans.glossary import build_matcher

    if text == "-":
        text = sys.stdin.read()
    with handle_errors():
        g = _load(glossary_paths, no_bundled)
        matches = build_matcher(g, lang).find(text)
    others = [x for x in g.languages if x != lang]

    def targets(concept_id: str) -> dict[str, str]:
        concept = g.get(concept_id)
        return {x: t.text for x in others if concept and (t := concept.preferred(x))}

    if fmt == "json":
        rows = [
            {"concept": m.concept_id, "start": m.start, "end": m.end, "surface": m.surface, "term": m.term,
             "status": m.status, "targets": targets(m.concept_id)}
            for m in matches
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not matches:
        click.echo("no glossary term found", err=True)
        return
    from rich.table import Table

    table = Table()
    for name in ("span", "surface", "concept", "status", *others):
        table.add_column(name, overflow="fold")
    for m in matches:
        t = targets(m.concept_id)
        table.add_row(f"{m.start}-{m.end}", m.surface, m.concept_id, m.status, *(t.get(x, "") for x in others))
    _console().print(table)


@glossary.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False, path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check glossary files (.toml, .tbx, .csv, .tsv); with no PATH, the bundled UN glossary.

    Prints ``path:line: CODE message`` for each finding on stderr. Exit 1 on errors, 3 if a
    file is unreadable; warnings and information (GL109: a term forbidden in one concept and
    allowed in another, normal when the concepts differ) do not fail.
    """
    from reltrans.glossary import bundled_glossary_path, validate_glossary
    from reltrans.glossary.validate import format_finding
    from reltrans.model import Severity

    targets = paths or (bundled_glossary_path(),)
    exit_code = EXIT_OK
    errors = warnings = infos = unreadable = 0
    if not paths:
        click.echo(f"validating the bundled glossary {targets[0]}", err=True)
    for path in targets:
        try:
            findings = validate_glossary(path)
        except GlossaryError as exc:
            click.echo(str(exc), err=True)
            exit_code = EXIT_INPUT
            unreadable += 1
            continue
        for finding in findings:
            click.echo(format_finding(finding), err=True)
            errors += finding.severity >= Severity.ERROR
            warnings += finding.severity == Severity.WARNING
            infos += finding.severity < Severity.WARNING
    if exit_code == EXIT_OK and errors:
        exit_code = EXIT_FINDINGS
    refused = f"{unreadable} unreadable, " if unreadable else ""
    click.echo(f"{len(targets)} file(s): {refused}{errors} error(s), {warnings} warning(s), {infos} info", err=True)
    sys.exit(exit_code)


@glossary.command("import")
@click.argument("file", type=click.Path(readable=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the TOML here (default: stdout).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists (the old file is kept as OUTPUT~).")
def import_cmd(file: Path, output: Path | None, force: bool) -> None:
    """Convert a TBX (v2/v3), CSV or TSV glossary to the reltrans TOML format."""
    from reltrans.glossary import dump_toml, import_glossary

    from reltrans.fsutil import refuse_writing_over_inputs

    with handle_errors():
        if output is not None:  # the converted file never replaces the one it converts
            refuse_writing_over_inputs(output, [file])
        text = dump_toml(import_glossary(file))
        _emit(text, output, force=force)


def _emit(text: str, output: Path | None, *, force: bool) -> None:
    """``text`` to stdout, or atomically to ``output`` (refused if it exists, unless ``force``)."""
    from reltrans.fsutil import write_new

    if output is None:
        click.echo(text, nl=False)
        return
    write_new(output, text, force=force)
    click.echo(f"wrote {output}", err=True)


@glossary.command("export")
@click.option("--format", "fmt", type=click.Choice(["tbx", "tbx2", "csv", "tsv", "toml"]), required=True,
              help="tbx: TBX v3 TBX-Basic; tbx2: TBX v2 martif.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists (the old file is kept as OUTPUT~).")
@_GLOSSARY_OPTION
@_NO_BUNDLED
def export_cmd(fmt: str, output: Path | None, force: bool, glossary_paths: tuple[Path, ...], no_bundled: bool) -> None:
    """Export the loaded glossaries as TBX, CSV, TSV or TOML."""
    from reltrans.glossary import export_glossary

    from reltrans.fsutil import refuse_writing_over_inputs
    from reltrans.glossary import bundled_glossary_path

    with handle_errors():
        if output is not None:  # an export never replaces a glossary it reads
            all_paths, bundled = load_config().glossary_sources(glossary_paths, no_bundled=no_bundled)
            refuse_writing_over_inputs(output, [*all_paths, *([bundled_glossary_path()] if bundled else [])])
        text = export_glossary(_load(glossary_paths, no_bundled), fmt)
        _emit(text, output, force=force)
