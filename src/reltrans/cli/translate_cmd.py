"""``reltrans translate`` and ``reltrans segment``."""
from __future__ import annotations

import json

import click

from reltrans.cli.common import handle_errors


# --------------------------------------------------------------------------- segment
@click.command("segment")
@click.argument("source", type=click.Path(dir_okay=True, path_type=str))
@click.option("--lang", "lang", default="fr", show_default=True, help="Source language (fr, en).")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text: one segment per line with its line and paragraph.position; json: a list of objects.",
)
@click.option(
    "--input-format", "input_format", type=click.Choice(["auto", "text", "markdown"]), default="auto",
    show_default=True, help="Document format; auto: from the extension (.md -> markdown).",
)
def segment(source: str, lang: str, output_format: str, input_format: str) -> None:
    """Show how SOURCE is cut into sentences (the msgids that translate would write)."""
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    with handle_errors():
        document = load_document(source, None if input_format == "auto" else input_format)
        segmented = segment_document(document, lang)
    for warning in document.warnings:
        click.echo(f"{source}: W-ENCODING {warning}", err=True)
    rows = [
        {"line": s.line, "paragraph": s.paragraph, "position": s.position, "text": s.msgid}
        for s in segmented.segments
    ]
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = len(str(rows[-1]["line"])) if rows else 1
    for row in rows:
        click.echo(f"{row['line']:>{width}}  {row['paragraph']}.{row['position']}  {row['text']}")
