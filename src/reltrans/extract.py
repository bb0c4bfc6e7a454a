"""``extract_templates``: gettext templates (POT) of source releases, as ``xgettext`` makes them.

A template is the catalog ``translate`` would write, without translations: the same sentences
(the pipeline's own reading, segmentation and chrome rules), references and ``#.`` comments,
and a template header (:func:`reltrans.catalog.make_template_header`: gettext's placeholders for
the translator and team, no Language). Teams that keep a POT in their repository, and Weblate's
msgmerge add-on, update each language's PO from it with ``msgmerge --previous``; a reltrans PO
and a reltrans POT of the same source merge cleanly (tested with msgmerge).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from reltrans.errors import OutputError, UsageError


@dataclass(frozen=True)
class TemplateResult:
    """One template: where it was written and how many entries it holds."""

    source: Path
    output: Path
    entries: int
    written: bool = True  # False: the template on disk already said the same and was left alone


def template_path_for(source: Path, output_dir: Path | None) -> Path:
    """``<stem>.pot`` beside the source, or in ``output_dir``."""
    folder = output_dir if output_dir is not None else source.parent
    return folder / f"{source.stem}.pot"


def extract_templates(
    sources: Sequence[str | Path],
    *,
    output_dir: Path | None = None,
    source_lang: str = "fr",
    fmt: str | None = None,
    invalid_bytes: str = "refuse",
    keep_chrome: bool = False,
    wrap: bool = False,
) -> tuple[TemplateResult, ...]:
    """Write ``<stem>.pot`` for every source; return what was written.

    Every source is read and segmented before anything is written (bad input: exit 3, nothing
    written). ``output_dir`` is created if missing; a file there is refused (exit 5). A template
    whose entries and header (apart from ``POT-Creation-Date``) are already on disk is left
    alone (unless its line wrapping is not ``wrap``'s), so re-extracting an unchanged release
    changes nothing."""
    from reltrans import pipeline
    from reltrans.catalog import build_catalog, is_wrapped, make_template_header, read_catalog, source_version, write_catalog
    from reltrans.langcodes import require
    from reltrans.segment import SEGMENTER_VERSION
    from reltrans import __version__
    from reltrans.textio import require_regular_file

    if not sources:
        raise UsageError("no source file given")
    source_lang = require(source_lang, label="source language")
    if output_dir is not None and output_dir.exists() and not output_dir.is_dir():
        raise OutputError("is a file; -o names the folder for the templates", path=output_dir)
    paths = [Path(source) for source in sources]
    for path in paths:
        require_regular_file(path)
    outputs = [template_path_for(path, output_dir) for path in paths]
    pipeline._reject_duplicate_outputs(paths, outputs)
    settings = pipeline.TranslateSettings(
        source_lang=source_lang, fmt=fmt, invalid_bytes=invalid_bytes, keep_chrome=keep_chrome, force=True, no_mt=True
    )
    prepared = pipeline._with_run_chrome(  # the same sentences translate would write
        [pipeline._prepare(path, output, settings) for path, output in zip(paths, outputs)], settings
    )
    signature = f"model=none|glossary=none|segmenter={SEGMENTER_VERSION}|reltrans={__version__}"
    results = []
    if output_dir is not None:
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder: {exc.strerror or exc}", path=output_dir) from None
    for item in prepared:
        units = pipeline._units_for(item, {}, None, None, "")
        name = pipeline._one_line(item.source.name)
        header = make_template_header(
            source_lang=source_lang, project=name, version=source_version(item.segmented.document.text), signature=signature
        )
        comment = f"Template of {name} ({source_lang}), made by reltrans {__version__}."
        catalog = build_catalog(units, header, path=str(item.output), header_comment=comment)
        written = True
        if item.output.exists():
            old = read_catalog(item.output)
            same_header = {**old.header, "POT-Creation-Date": ""} == {**catalog.header, "POT-Creation-Date": ""}
            if same_header and old.entries == catalog.entries and is_wrapped(item.output) == wrap:
                written = False
        if written:
            write_catalog(catalog, item.output, wrap=wrap)
        results.append(TemplateResult(item.source, item.output, len(units), written))
    return tuple(results)
