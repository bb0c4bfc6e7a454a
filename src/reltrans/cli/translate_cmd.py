"""``reltrans translate`` and ``reltrans segment``."""
from __future__ import annotations

import json
from pathlib import Path

import click

from reltrans.cli.common import handle_errors, language_code

#: The compute types CTranslate2 accepts (``default``: the model's own; ``auto``: the fastest).
COMPUTE_TYPES = (
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32",
)


# --------------------------------------------------------------------------- segment
@click.command("segment")
@click.argument("source", type=click.Path(dir_okay=True, readable=False, path_type=str))
@click.option("--lang", "lang", default="fr", show_default=True, callback=language_code, help="Source language (fr, en).")
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


# --------------------------------------------------------------------------- translate
@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--from", "source_lang", callback=language_code, help="Source language: ISO 639-1 or BCP 47 (fr, pt-BR); default: project configuration, else fr.")
@click.option("--to", "target_lang", callback=language_code, help="Target language: ISO 639-1 or BCP 47 (en, pt-BR); default: project configuration, else en.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), help="Write <stem>.<to>.po in this folder, created if missing (default: beside each source).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path, readable=False), help="Extra glossary (TOML, TBX, CSV, TSV); repeatable; overrides the bundled one.")
@click.option("--no-bundled-glossary", is_flag=True, help="Do not use the bundled UN glossary.")
@click.option("--no-enforce", is_flag=True, help="Do not constrain decoding with the glossary.")
@click.option("--no-mt", is_flag=True, help="Write PO files with empty translations (no model needed).")
@click.option("--tm", "tm_path", type=click.Path(path_type=Path, readable=False), help="Translation memory to consult (default: the configured one, else the user's if it exists).")
@click.option("--no-tm", is_flag=True, help="Do not consult any translation memory.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), help="Source format (default: from the extension).")
@click.option(
    "--invalid-bytes", type=click.Choice(["refuse", "replace"]), default="refuse", show_default=True,
    help="A UTF-8 source with bytes that are not UTF-8: refuse it (exit 3, naming the lines), or replace them with U+FFFD.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing PO instead of updating it.")
@click.option("--beam-size", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option("--threads", default=0, show_default=True, type=click.IntRange(0, 256), help="Intra-op threads (0: CTranslate2 default).")
@click.option("--inter-threads", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--device", default="cpu", show_default=True, type=click.Choice(["cpu", "cuda", "auto"]))
@click.option("--compute-type", default="default", show_default=True, type=click.Choice(COMPUTE_TYPES), help="CTranslate2 compute type (default: the model's own, as Argos' auto).")
@click.option("--max-batch-tokens", default=0, show_default=True, type=click.IntRange(0, 1_000_000), help="Tokens per batch; 0 picks it from the machine and the model.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
def translate(
    sources: tuple[Path, ...], source_lang: str | None, target_lang: str | None, output_dir: Path | None,
    glossaries: tuple[Path, ...], no_bundled_glossary: bool, no_enforce: bool, no_mt: bool,
    tm_path: Path | None, no_tm: bool, fmt: str | None, force: bool, beam_size: int, threads: int,
    inter_threads: int, device: str, compute_type: str, max_batch_tokens: int, quiet: bool, invalid_bytes: str,
) -> None:
    """Segment each SOURCE, machine-translate it offline, write <stem>.<to>.po.

    An existing PO is updated: reviewed entries are kept, changed sentences become fuzzy with
    their previous msgid, removed ones obsolete; only new or changed sentences go to the model.
    """
    from reltrans.config import load_config
    from reltrans.console import print_warnings, progress_bar, render_translate_summary, stdout_console
    from reltrans.engine.translator import DecodeOptions
    from reltrans.pipeline import TranslateSettings, memory_in_effect, translate_files

    with handle_errors():
        config = load_config()
        glossary_paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
    memory = memory_in_effect(tm_path, config.tm, disabled=no_tm)
    settings = TranslateSettings(
        source_lang=source_lang or config.source_lang or "fr",  # all three validated and normalised
        target_lang=target_lang or config.target_lang or "en",
        output_dir=output_dir,
        glossary_paths=glossary_paths,
        bundled_glossary=bundled,
        no_mt=no_mt,
        force=force,
        enforce_terms=not no_enforce,
        decode=DecodeOptions(
            beam_size=beam_size, device=device, compute_type=compute_type, inter_threads=inter_threads,
            intra_threads=threads, max_batch_tokens=max_batch_tokens,
        ),
        tm_path=memory,
        fmt=fmt,
        invalid_bytes=invalid_bytes,
    )
    with handle_errors(), progress_bar("translating", enabled=not quiet) as progress:
        summary = translate_files(sources, settings, progress=progress)
    for item in summary.files:
        print_warnings([f"{item.source}: W-ENCODING {w}" for w in item.warnings])
    if not quiet:
        render_translate_summary(summary, stdout_console())
    else:
        for item in summary.files:
            if item.written:
                click.echo(str(item.output))
