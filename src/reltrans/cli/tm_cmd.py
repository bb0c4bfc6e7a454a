"""``reltrans tm``: import reviewed PO files and TMX into the translation memory, export, stats.

Only click is imported at module level; sqlite3, rich and the PO/TMX readers load when a
command runs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Sequence

import click

from reltrans.cli.common import handle_errors, language_code

_TM_OPTION = click.option(
    "--tm", "tm_path", type=click.Path(path_type=Path, readable=False), default=None,
    help="Translation memory file (default: the project configuration's, else $RELTRANS_TM, else the user data folder).",
)


@click.group()
def tm() -> None:
    """Translation memory: import, export, stats."""


@tm.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@_TM_OPTION
@click.option("--from", "source_lang", callback=language_code, help="Source language (default: X-Source-Language of each PO).")
@click.option("--to", "target_lang", callback=language_code, help="Target language (default: Language of each PO).")
def import_(files: Sequence[Path], tm_path: Path | None, source_lang: str | None, target_lang: str | None) -> None:
    """Import reviewed PO entries and TMX files into the memory.

    From PO FILES only reviewed entries are taken (translated, not fuzzy, not obsolete); the
    language pair comes from the PO header unless --from/--to say. Files ending in .tmx are
    read as TMX 1.4. Every file is read before the memory is touched: one bad file imports nothing (exit 3).
    A memory that is not writable (read-only media) can be read but not imported into (exit 5).
    """
    from reltrans.tm import import_files

    with handle_errors():
        reports = import_files(_memory(tm_path), files, source_lang=source_lang, target_lang=target_lang)
    for report in reports:
        pairs = ", ".join(f"{s}->{t}" for s, t in report.pairs) or "-"
        click.echo(f"{report.path}: {report.added} new of {report.considered} segments ({pairs})")


@tm.command("export")
@click.option("--format", "fmt", type=click.Choice(["tmx"]), default="tmx", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists (the old file is kept as FILE~).")
@click.option("--from", "source_lang", callback=language_code, help="Only this source language.")
@click.option("--to", "target_lang", callback=language_code, help="Only this target language.")
@_TM_OPTION
def export(fmt: str, output: Path | None, force: bool, source_lang: str | None, target_lang: str | None, tm_path: Path | None) -> None:
    """Export the memory as TMX 1.4.

    Each unit carries its creation date and reltrans properties (origin, reviewed, file), so
    importing the file elsewhere keeps the provenance.
    """
    from reltrans.tm import export_file

    with handle_errors():
        text = export_file(_memory(tm_path), output, source_lang=source_lang, target_lang=target_lang, force=force)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        click.echo(f"{output}: written", err=True)


@tm.command("stats")
@_TM_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(tm_path: Path | None, fmt: str) -> None:
    """Segments per language pair, reviewed and not."""
    from reltrans.tm import read_stats

    with handle_errors():
        result = read_stats(_memory(tm_path))
    if fmt == "json":
        click.echo(json.dumps(_stats_json(result), indent=2, ensure_ascii=False))
    else:
        _print_table(result)


def _stats_json(result: Any) -> dict[str, Any]:
    return {
        "path": result.path,
        "segments": result.segments,
        "reviewed": result.reviewed,
        "pairs": [
            {"source": p.source_lang, "target": p.target_lang, "segments": p.segments, "reviewed": p.reviewed, "unreviewed": p.unreviewed}
            for p in result.pairs
        ],
    }


def _print_table(result: Any) -> None:
    from rich.table import Table

    from reltrans.console import stdout_console

    table = Table(title=f"translation memory {result.path}", show_footer=bool(result.pairs))
    table.add_column("pair", footer="total")
    table.add_column("segments", justify="right", footer=str(result.segments))
    table.add_column("reviewed", justify="right", footer=str(result.reviewed))
    table.add_column("unreviewed", justify="right", footer=str(result.segments - result.reviewed))
    for pair in result.pairs:
        table.add_row(f"{pair.source_lang}->{pair.target_lang}", str(pair.segments), str(pair.reviewed), str(pair.unreviewed))
    console = stdout_console()
    if not result.pairs:
        console.print(f"{result.path}: empty translation memory")
        return
    console.print(table)


def _memory(explicit: Path | None) -> Path | None:
    """The memory the command works on: ``--tm``, else the project configuration's ``tm``;
    None lets the library use the user's default one."""
    from reltrans.config import load_config

    return explicit or load_config().tm
