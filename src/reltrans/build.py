"""Rebuild the translated release from its source and the reviewed PO file.

The source is segmented again (a warning says when the PO header's signature names another
segmenter version, which may cut sentences differently); every segment is replaced by the PO
translation of its msgid, and the skeleton (line breaks, list markers, Markdown markup, blank
lines) is kept as it is, so the output has the source's format and layout.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from pathlib import Path

from reltrans.catalog import read_catalog
from reltrans.errors import CatalogError, IncompleteTranslationError
from reltrans.formats import load_document
from reltrans.model import Catalog, CatalogEntry, Document, Segment, SegmentedDocument
from reltrans.segment import SEGMENTER_VERSION, metadata_head, read_more_tail, segment_document
from reltrans.textio import can_encode, encode_text
from reltrans.typography import apply_typography


class MissingPolicy(str, enum.Enum):
    """What to do with a segment whose entry is untranslated or fuzzy."""

    STRICT = "strict"  # refuse: list the entries
    ALLOW_FUZZY = "allow-fuzzy"  # use fuzzy drafts; untranslated entries still refused
    FALLBACK_SOURCE = "fallback-source"  # keep the source sentence for anything not translated
    FUZZY_THEN_SOURCE = "fuzzy-then-source"  # both options: drafts where there are, else source


@dataclass(frozen=True)
class Gap:
    """A segment the build could not take from a reviewed translation."""

    line: int
    msgid: str
    reason: str  # "untranslated" | "fuzzy" | "missing from PO" | "markup not placed"

    @property
    def code(self) -> str:
        """The diagnostic code ``build`` prints: E-UNTRANSLATED, E-FUZZY, E-MISSING-FROM-PO or
        E-MARKUP-NOT-PLACED (a fuzzy draft whose placeholders do not match: RT410-RT414)."""
        return "E-" + self.reason.upper().replace(" ", "-")


@dataclass(frozen=True)
class BuildResult:
    """The rebuilt release: its text and bytes, and the segments that kept their source."""

    text: str
    data: bytes
    encoding: str
    translated: int  # segments taken from reviewed translations
    fuzzy_used: int  # segments taken from fuzzy drafts (--allow-fuzzy)
    fallbacks: tuple[Gap, ...]
    warnings: tuple[str, ...] = ()
    chrome_left_out: int = 0  # non-blank source lines of site chrome left out of the release


def build_document(
    source: str | Path, po: str | Path, *, policy: MissingPolicy = MissingPolicy.STRICT, keep_chrome: bool = False,
    fmt: str | None = None,
) -> BuildResult:
    """Rebuild ``source`` translated with the entries of the PO file ``po``.

    Site chrome (the lines ``translate`` judged chrome, recorded in the PO header; detected
    again for a PO without that record) is left out of the release, or with ``keep_chrome``
    kept: translated where the PO has a translation for it, else as in the source."""
    from reltrans.formats.chrome import HEADER_FIELD, apply_header, mark_chrome

    catalog = read_catalog(po)
    document = load_document(source, fmt)  # fmt: as `translate --format`; None: from the extension
    recorded = catalog.header.get(HEADER_FIELD)
    document = (apply_header(document, recorded) if recorded else None) or mark_chrome(document)
    source_lang = catalog.header.get("X-Source-Language", "fr") or "fr"
    target_lang = catalog.header.get("Language", "en") or "en"
    from reltrans.segment import QUOTES_HEADER_FIELD  # quotations cut as translate cut them

    split_quotes = catalog.header.get(QUOTES_HEADER_FIELD, "").strip() == "split"
    segmented = segment_document(document, source_lang, keep_chrome=keep_chrome, quote_attribution=not split_quotes)
    belongs = check_po_belongs(Path(source), catalog, segmented, str(po))
    result = render_translation(
        segmented, catalog, target_lang=target_lang, policy=policy, po_path=str(po), keep_chrome=keep_chrome,
    )
    if document.format == "docx":  # the serialization goes back into the source's own package
        from reltrans.formats.docx import rebuild_docx

        result = replace(result, data=rebuild_docx(source, result.text), encoding="docx")
    encoding = tuple(w if w.startswith("W-") else f"W-ENCODING {w}" for w in document.warnings)
    return replace(result, warnings=belongs + _segmenter_warnings(catalog) + encoding + result.warnings)


def _segmenter_warnings(catalog: Catalog) -> tuple[str, ...]:
    signature = catalog.header.get("X-Reltrans-Signature", "")
    made_with = dict(part.partition("=")[::2] for part in signature.split("|") if "=" in part).get("segmenter")
    if made_with is None or made_with == SEGMENTER_VERSION:
        return ()
    return (f"W-SEGMENTER the PO was made with segmenter {made_with}, this is {SEGMENTER_VERSION}: "
            "sentences may be cut differently (re-run translate to update the PO)",)


def render_translation(
    segmented: SegmentedDocument,
    catalog: Catalog,
    *,
    target_lang: str,
    policy: MissingPolicy,
    po_path: str = "<po>",
    keep_chrome: bool = False,
) -> BuildResult:
    """Pure core of :func:`build_document`: replace each segment by its translation.

    Chrome blocks (:attr:`Block.chrome`) are left out of the text, or with ``keep_chrome``
    kept, translated only where the PO has a usable translation (never a gap)."""
    from reltrans.formats.chrome import chrome_spans

    entries = {entry.msgid: entry for entry in catalog.live_entries if entry.msgctxt is None}
    replacements: dict[int, str] = {}
    gaps: list[Gap] = []
    fuzzy_used = 0
    for index, segment in enumerate(segmented.segments):
        entry = entries.get(segment.msgid)
        choice = _choose(entry, policy)
        if choice is None:
            if not _is_chrome(segment, segmented.document):
                gaps.append(Gap(segment.line, segment.msgid, _reason(entry)))
            continue
        restored = _with_markup(segment, entry, apply_typography(choice, target_lang), po_path)
        if restored is None:
            # a machine draft whose markup could not be placed (flagged in the PO): not usable,
            # so it is a gap like an untranslated entry; only a reviewed msgstr is refused
            gaps.append(Gap(segment.line, segment.msgid, "markup not placed"))
            continue
        if entry is not None and entry.fuzzy:
            fuzzy_used += 1
        replacements[index] = restored
    _space_glued_sentences(segmented.segments, replacements)
    refusing = [gap for gap in gaps if not _fallback_allowed(policy)]
    if refusing:
        message = _incomplete_message(refusing, policy)
        header_only = not catalog.live_entries
        if header_only:  # a header-only PO: say why every sentence is missing
            message = f"the PO file has no entries (header only: was it translated?); {message}"
        raise IncompleteTranslationError(tuple(refusing), path=po_path, message=message, header_only=header_only)
    left_out = () if keep_chrome else chrome_spans(segmented.document)
    text = segmented.render(replacements, without=left_out)
    source_text = segmented.document.text
    chrome_left_out = sum(1 for a, b in left_out for line in source_text[a:b].splitlines() if line.strip())
    document = segmented.document
    if document.format == "html" and replacements:
        from reltrans.formats.html import set_lang

        text = set_lang(text, target_lang)
    data, encoding, warnings = _encode(text, document.encoding, document.bom)
    return BuildResult(
        text=text,
        data=data,
        encoding=encoding,
        translated=len(replacements) - fuzzy_used,
        fuzzy_used=fuzzy_used,
        fallbacks=tuple(gaps),
        warnings=warnings,
        chrome_left_out=chrome_left_out,
    )


def _with_markup(segment: Segment, entry: CatalogEntry | None, translation: str, po_path: str) -> str | None:
    """The translation with the source's inline markup put back in place of its placeholders.
    When the placeholders do not match the msgid's: None for a fuzzy draft (a gap), and a
    refusal (exit 3) for a reviewed translation."""
    if segment.markup is None:
        return translation
    from reltrans.formats.inline import PlaceholderMismatch, restore

    try:
        return restore(translation, segment.markup)
    except PlaceholderMismatch as exc:
        if entry is not None and entry.fuzzy:
            return None
        raise CatalogError(
            f"placeholders of {segment.msgid[:60]!r} do not match the translation ({exc}); "
            "fix the msgstr (reltrans check: RT410-RT414)",
            path=po_path,
            line=entry.line if entry is not None and entry.line else None,
        ) from None


def _space_glued_sentences(segments: tuple[Segment, ...], replacements: dict[int, str]) -> None:
    """Two sentences the source had glued (``vivant.Au``, a heading or credit glued to a
    dateline: ``Photo: ONUDC08 avril 2015 - …``; the segmenter cut them) are written with a space
    between them when either was translated: the glue was a typing or scraping slip, and
    ``lifetime.Over`` or ``UNODCOn 8 April`` would repeat it in the other language. Two
    untranslated (source) sentences stay as written."""
    for index in range(len(segments) - 1):
        this, after = segments[index], segments[index + 1]
        if this.end != after.start or this.paragraph != after.paragraph:
            continue
        if index not in replacements and index + 1 not in replacements:
            continue
        if index in replacements:  # the space goes with a translated sentence (counts unchanged)
            if replacements[index] and not replacements[index][-1].isspace():
                replacements[index] += " "
        elif replacements[index + 1] and not replacements[index + 1][0].isspace():
            replacements[index + 1] = " " + replacements[index + 1]


def _is_chrome(segment: Segment, document: Document) -> bool:
    """Whether ``segment`` is site chrome: in a chrome block, or the read-more tail or the glued
    date label (:func:`reltrans.segment.metadata_head`) of its block."""
    blocks = document.blocks
    if not 0 < segment.paragraph <= len(blocks):
        return False
    block = blocks[segment.paragraph - 1]
    if block.chrome:
        return True
    tail = read_more_tail(document, block)
    head = metadata_head(document, block)
    return (tail is not None and segment.start >= tail) or (head is not None and segment.start < head)


def _incomplete_message(gaps: list[Gap], policy: MissingPolicy) -> str:
    """What is missing, and only the options that would help (not the one already given)."""
    fuzzy = sum(1 for gap in gaps if gap.reason == "fuzzy")
    unplaced = sum(1 for gap in gaps if gap.reason == "markup not placed")
    rest = len(gaps) - fuzzy - unplaced
    counts = ", ".join(
        part
        for part in (
            f"{rest} untranslated" if rest else "",
            f"{fuzzy} fuzzy" if fuzzy else "",
            f"{unplaced} fuzzy draft(s) whose markup was not placed" if unplaced else "",
        )
        if part
    )
    if policy is MissingPolicy.ALLOW_FUZZY or not fuzzy:
        already = " (fuzzy drafts are used with --allow-fuzzy)" if policy is MissingPolicy.ALLOW_FUZZY else ""
        return f"{len(gaps)} segment(s) without a translation: {counts}{already}; translate them, or use --fallback-source to keep the source sentence there"
    return f"{len(gaps)} segment(s) not reviewed: {counts}; review them, or use --allow-fuzzy (drafts) or --fallback-source (source sentences)"


#: Below this share of a source's sentences found in a PO naming another source, the PO is
#: taken for another release's and refused.
OTHER_SOURCE_OVERLAP = 0.5


def check_po_belongs(source: Path, catalog: Catalog, segmented: SegmentedDocument, po_path: str) -> tuple[str, ...]:
    """Refuse a PO whose header names another source (``Project-Id-Version``, as reltrans
    writes it) and that holds fewer than half of this source's sentences: it is another
    release's PO (:class:`~reltrans.errors.InputError`, exit 3, one line). A PO naming another
    file but holding this source's sentences (a renamed release) gets a warning."""
    from reltrans.catalog import header_source
    from reltrans.errors import InputError

    named = header_source(catalog.header)
    if named is None or named == source.name:
        return ()
    msgids = {segment.msgid for segment in segmented.segments}
    known = {entry.msgid for entry in catalog.live_entries}
    found = len(msgids & known)
    share = found / len(msgids) if msgids else 1.0
    if share < OTHER_SOURCE_OVERLAP:
        raise InputError(
            f"belongs to another source: its Project-Id-Version names {named!r}, not {source.name!r} "
            f"({found} of {len(msgids)} sentences found); give the PO made from {source.name}",
            path=po_path,
        )
    return (f"W-SOURCE the PO was made from {named!r} ({found} of {len(msgids)} sentences found: renamed?)",)


def _choose(entry: CatalogEntry | None, policy: MissingPolicy) -> str | None:
    """The text to use for a segment, or None when the policy gives none."""
    if entry is not None and entry.msgstr and not entry.fuzzy:
        return entry.msgstr
    if entry is not None and entry.msgstr and entry.fuzzy and policy in (MissingPolicy.ALLOW_FUZZY, MissingPolicy.FUZZY_THEN_SOURCE):
        return entry.msgstr
    return None


def _fallback_allowed(policy: MissingPolicy) -> bool:
    return policy in (MissingPolicy.FALLBACK_SOURCE, MissingPolicy.FUZZY_THEN_SOURCE)


def _reason(entry: CatalogEntry | None) -> str:
    if entry is None:
        return "missing from PO"
    if entry.fuzzy and entry.msgstr:
        return "fuzzy"
    return "untranslated"


def _encode(text: str, encoding: str, bom: bool) -> tuple[bytes, str, tuple[str, ...]]:
    """Encode like the source; fall back to UTF-8 when the translation needs other characters."""
    if can_encode(text, encoding):
        return encode_text(text, encoding, bom), encoding, ()
    warning = f"W-ENCODING the translation does not fit {encoding}; written as UTF-8"
    return encode_text(text, "utf-8", bom), "utf-8", (warning,)
