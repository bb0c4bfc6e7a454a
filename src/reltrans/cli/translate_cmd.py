"""``reltrans translate`` and ``reltrans segment``."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reltrans.cli.common import handle_errors, language_code
from reltrans.config import UPDATE_DRAFT_MODES
from reltrans.engine.argos_settings import COMPUTE_TYPES  # the compute types CTranslate2 accepts

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.executors import ExecutorSettings
    from reltrans.pipeline import TranslationInterrupted



# --------------------------------------------------------------------------- segment
@click.command("segment")
@click.argument("source", type=click.Path(dir_okay=True, readable=False, path_type=str))
@click.option("--lang", "lang", default="fr", show_default=True, callback=language_code, help="Source language (fr, en).")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text: one segment per line with its line and paragraph.position; json: a list of objects.",
)
@click.option(
    "--input-format", "input_format", type=click.Choice(["auto", "text", "markdown", "html", "docx"]), default="auto",
    show_default=True, help="Document format; auto: from the extension (.md -> markdown).",
)
@click.option("--keep-chrome", is_flag=True, help="Cut site chrome into sentences too, as translate --keep-chrome would.")
@click.option("--split-quotes/--no-split-quotes", default=None, help="Cut a quotation with its attribution (before, inside or after it) at its inner sentence ends, as translate --split-quotes (default: split_quotes in reltrans.toml, else one segment).")
def segment(
    source: str, lang: str, output_format: str, input_format: str, keep_chrome: bool = False,
    split_quotes: bool | None = None,
) -> None:
    """Show how SOURCE is cut into sentences (the msgids that translate would write).

    Lines judged site chrome (menus, breadcrumbs, "Partager", page labels) are shown with
    "chrome" and the evidence; translate leaves them out of the PO unless --keep-chrome."""
    from reltrans.formats import load_document
    from reltrans.formats.chrome import mark_chrome
    from reltrans.segment import CHROME_HEAD, CHROME_TAIL, metadata_head, read_more_tail, segment_document

    with handle_errors():
        if split_quotes is None:
            from reltrans.config import load_config

            split_quotes = load_config().split_quotes
        document = mark_chrome(load_document(source, None if input_format == "auto" else input_format))
        segmented = segment_document(document, lang, keep_chrome=keep_chrome, quote_attribution=not split_quotes)
    for warning in document.warnings:
        click.echo(f"{source}: {warning if warning.startswith('W-') else 'W-ENCODING ' + warning}", err=True)
    rows: list[dict[str, object]] = [
        {"line": s.line, "paragraph": s.paragraph, "position": s.position, "text": s.msgid}
        for s in segmented.segments
    ]
    if not keep_chrome:
        rows.extend(
            {"line": b.line, "paragraph": i, "position": 0, "text": document.text[b.start : b.end], "chrome": b.chrome}
            for i, b in enumerate(document.blocks, 1) if b.chrome
        )
        per_block = Counter(s.paragraph for s in segmented.segments)
        for i, block in enumerate(document.blocks, 1):
            tail = read_more_tail(document, block)
            if tail is not None:
                line = document.text.count("\n", 0, tail) + 1
                text = " ".join(document.text[tail : block.end].split())
                position = per_block[i] + 1  # after the block's sentences
                rows.append({"line": line, "paragraph": i, "position": position, "text": text, "chrome": CHROME_TAIL})
            head = metadata_head(document, block)
            if head is not None:  # before the block's sentences
                text = " ".join(document.text[block.start : head].split())
                rows.append({"line": block.line, "paragraph": i, "position": 0, "text": text, "chrome": CHROME_HEAD})
        rows.sort(key=lambda row: (row["paragraph"], row["position"]))
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = len(str(max((row["line"] for row in rows), default=1)))
    for row in rows:
        if "chrome" in row:
            click.echo(f"{row['line']:>{width}}  chrome  {row['text']}  [{row['chrome']}]")
        else:
            click.echo(f"{row['line']:>{width}}  {row['paragraph']}.{row['position']}  {row['text']}")


# --------------------------------------------------------------------------- translate
@click.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path, readable=False))
@click.option("--from", "source_lang", callback=language_code, help="Source language: ISO 639-1 or BCP 47 (fr, pt-BR); default: project configuration, else fr.")
@click.option("--to", "target_lang", callback=language_code, help="Target language: ISO 639-1 or BCP 47 (en, pt-BR); default: project configuration, else en.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), help="Write <stem>.<to>.po in this folder, created if missing (default: beside each source).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path, readable=False), help="Extra glossary (TOML, TBX, CSV, TSV); repeatable; overrides the bundled one.")
@click.option("--no-bundled-glossary", is_flag=True, help="Do not use the bundled UN glossary.")
@click.option("--no-enforce", is_flag=True, help="Do not constrain decoding with the glossary.")
@click.option("--no-mt", is_flag=True, help="Write PO files with empty translations (no model needed).")
@click.option("--tm", "tm_path", type=click.Path(path_type=Path, readable=False), help="Translation memory to consult (default: the configured one, else the user's if it exists).")
@click.option("--no-tm", is_flag=True, help="Do not consult any translation memory.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "html", "docx"]), help="Source format (default: from the extension: .md, .html/.htm, .docx).")
@click.option(
    "--invalid-bytes", type=click.Choice(["refuse", "replace"]), default="refuse", show_default=True,
    help="A UTF-8 source with bytes that are not UTF-8: refuse it (exit 3, naming the lines), or replace them with U+FFFD.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing PO instead of updating it.")
@click.option(
    "--update-draft", type=click.Choice(UPDATE_DRAFT_MODES),
    help="Updating a PO, a changed sentence keeps its reviewed translation (fuzzy, with #| previous msgid); its new machine draft goes in a '#.' comment (comment, the default) or replaces the msgstr (mt). Default: update_draft in reltrans.toml, else comment.",
)
@click.option("--wrap/--no-wrap", default=None, help="Wrap PO strings at 79 columns as msgcat and Weblate do, or one line per string. Default: wrap in reltrans.toml, else as the existing PO (unwrapped for a new one).")
@click.option("--beam-size", type=click.IntRange(1, 64), help="Beam size (default: $ARGOS_BEAM_SIZE, else 4).")
@click.option("--threads", type=click.IntRange(0, 256), help="Intra-op threads, 0: CTranslate2's choice (default: $ARGOS_INTRA_THREADS, else 0).")
@click.option("--inter-threads", type=click.IntRange(1, 64), help="Parallel batches (default: $ARGOS_INTER_THREADS, else 1).")
@click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), help="Device (default: $ARGOS_DEVICE_TYPE, else cpu).")
@click.option("--compute-type", type=click.Choice(COMPUTE_TYPES), help="CTranslate2 compute type (default: $ARGOS_COMPUTE_TYPE, else 'default': the model's own, as Argos' auto).")
@click.option("--pivot/--no-pivot", default=None, help="Without a package for the pair, translate through another language (fr->en->es) as Argos does (default: on; `pivot` in reltrans.toml). --no-pivot: refuse instead.")
@click.option("--max-batch-tokens", default=0, show_default=True, type=click.IntRange(0, 1_000_000), help="Tokens per batch; 0 picks it from the machine and the model.")
@click.option("--files-from", "files_from", type=click.Path(path_type=str, readable=False, allow_dash=True), help="Also translate the files listed in this file, one path per line ('-': stdin).")
@click.option("--executor", type=click.Choice(["local", "ray"]), help="Where the model runs: this process (default), or a pool of Ray actors (pip install 'reltrans[ray]').")
@click.option("--ray-address", help="Ray cluster to join (ray://HOST:10001, HOST:6379, auto); default: start a local Ray runtime for the run.")
@click.option("--actors", type=click.IntRange(0, 4096), help="Ray actors, each loading the model once (default 0: one per CPU, or per GPU share).")
@click.option("--gpus-per-actor", type=click.FloatRange(0, 64), help="GPU share of each Ray actor (default 0: CPU actors).")
@click.option("--keep-chrome", is_flag=True, help="Translate site chrome too (menus, breadcrumbs, page labels: see reltrans segment); default: left out of the PO.")
@click.option("--split-quotes/--no-split-quotes", default=None, help="Cut a quotation with its attribution (« … », a déclaré X. / X a déclaré : « … » / « …, a déclaré X. … ») at its inner sentence ends; default: one segment with its attribution (split_quotes in reltrans.toml). Recorded in the PO header: build follows it.")
@click.option("--people-names/--no-people-names", default=None, help="People's names found in each source (after M./Mme, a title in apposition, a speech verb, in a byline) are do-not-translate terms: copied as written where enforcement can place them safely (default: on; people_names in reltrans.toml).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
def translate(
    sources: tuple[Path, ...], source_lang: str | None, target_lang: str | None, output_dir: Path | None,
    glossaries: tuple[Path, ...], no_bundled_glossary: bool, no_enforce: bool, no_mt: bool,
    tm_path: Path | None, no_tm: bool, fmt: str | None, force: bool, beam_size: int | None, threads: int | None,
    inter_threads: int | None, device: str | None, compute_type: str | None, max_batch_tokens: int, quiet: bool, invalid_bytes: str,
    pivot: bool | None,
    files_from: str | None = None, executor: str | None = None, ray_address: str | None = None,
    actors: int | None = None, gpus_per_actor: float | None = None, keep_chrome: bool = False,
    update_draft: str | None = None, wrap: bool | None = None, split_quotes: bool | None = None,
    people_names: bool | None = None,
) -> None:
    """Segment each SOURCE, machine-translate it offline, write <stem>.<to>.po.

    An existing PO is updated: reviewed entries are kept, changed sentences become fuzzy with
    their previous msgid, removed ones obsolete; only new or changed sentences go to the model.
    With --executor ray the model runs in a pool of Ray actors (docs/scale.md); the POs are
    the same byte for byte.
    """
    from reltrans.config import load_config
    from reltrans.console import print_warnings, progress_bar, render_translate_summary, stdout_console
    from reltrans.engine.argos_settings import decode_options
    from reltrans.engine.pivot import pivot_language
    from reltrans.pipeline import TranslateSettings, TranslationInterrupted, memory_in_effect, read_source_list, translate_files

    with handle_errors():
        config = load_config()
        glossary_paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
        decode = decode_options(  # command line > ARGOS_* environment > Argos settings.json > defaults
            beam_size=beam_size, device=device, compute_type=compute_type, inter_threads=inter_threads,
            intra_threads=threads, max_batch_tokens=max_batch_tokens,
        )
        if files_from is not None:
            sources = (*sources, *read_source_list(files_from))
    with handle_errors():
        where = _executor_settings(config.executor, executor, ray_address, actors, gpus_per_actor, threads)
    memory = memory_in_effect(tm_path, config.tm, disabled=no_tm)
    settings = TranslateSettings(
        source_lang=source_lang or config.source_lang or "fr",  # all three validated and normalised
        target_lang=target_lang or config.target_lang or "en",
        output_dir=output_dir,
        glossary_paths=glossary_paths,
        bundled_glossary=bundled,
        people_names=config.people_names if people_names is None else people_names,
        no_mt=no_mt,
        force=force,
        enforce_terms=not no_enforce,
        decode=decode,
        pivot=config.pivot if pivot is None else pivot,
        tm_path=memory,
        fmt=fmt,
        invalid_bytes=invalid_bytes,
        executor=where,
        keep_chrome=keep_chrome,
        quote_attribution=not (config.split_quotes if split_quotes is None else split_quotes),
        update_draft=update_draft or config.update_draft or "comment",
        wrap=config.wrap if wrap is None else wrap,
        last_translator=config.last_translator,
        language_team=config.language_team,
    )
    with handle_errors():
        try:
            with progress_bar("translating", enabled=not quiet) as progress:
                summary = translate_files(sources, settings, progress=progress)
        except TranslationInterrupted as stop:
            _report_kept(stop, quiet)
            raise
    if quiet:
        for line in summary.retried:
            click.echo(f"retried: {line}", err=True)
    for item in summary.files:
        print_warnings([f"{item.source}: {w if w.startswith('W-') else 'W-ENCODING ' + w}" for w in item.warnings])
    if not quiet:
        render_translate_summary(summary, stdout_console())
        via = pivot_language(summary.signature)
        if via:
            click.echo(f"pivot: no {settings.source_lang}->{settings.target_lang} package; translated through {via} (see the signature)")
    else:
        for item in summary.files:
            if item.written:
                click.echo(str(item.output))


def _executor_settings(
    configured: "ExecutorSettings | None", kind: str | None, address: str | None, actors: int | None, gpus: float | None,
    threads: int = 0,
) -> "ExecutorSettings":
    """The configuration's executor settings, each overridden by its option when given;
    ``--threads N`` also reserves N CPUs per Ray actor."""
    import dataclasses

    from reltrans.executors import ExecutorSettings

    from reltrans.errors import UsageError

    base = configured or ExecutorSettings()
    given = {"kind": kind, "address": address, "actors": actors, "gpus_per_actor": gpus, "cpus_per_actor": threads or None}
    resolved = dataclasses.replace(base, **{key: value for key, value in given.items() if value is not None})
    ray_only = [name for name, value in (("--ray-address", address), ("--actors", actors), ("--gpus-per-actor", gpus)) if value is not None]
    if ray_only and resolved.kind != "ray":  # an option that would be silently ignored
        raise UsageError(f"{', '.join(ray_only)} only apply with --executor ray (or executor = \"ray\" in reltrans.toml)")
    return resolved


def _report_kept(stop: "TranslationInterrupted", quiet: bool) -> None:
    """Ctrl-C: say which PO files were finished before it (-q: their paths, as -q prints the
    paths written; otherwise one line each), before ``interrupted`` and exit 130."""
    finished = [item for item in stop.files if item.written] if quiet else list(stop.files)
    if quiet:
        for item in finished:
            click.echo(str(item.output))
        return
    click.echo(f"interrupted: {len(stop.files)} of {stop.total} file(s) finished and kept")
    for item in finished:
        click.echo(f"kept {item.output}" if item.written else f"up to date: {item.output}")
