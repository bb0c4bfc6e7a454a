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
from reltrans.errors import IncompleteTranslationError
from reltrans.formats import load_document
from reltrans.model import Catalog, CatalogEntry, SegmentedDocument
from reltrans.segment import SEGMENTER_VERSION, segment_document
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
    reason: str  # "untranslated" | "fuzzy" | "missing from PO"

    @property
    def code(self) -> str:
        """The diagnostic code ``build`` prints: E-UNTRANSLATED, E-FUZZY or E-MISSING-FROM-PO."""
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


def build_document(source: str | Path, po: str | Path, *, policy: MissingPolicy = MissingPolicy.STRICT) -> BuildResult:
    """Rebuild ``source`` translated with the entries of the PO file ``po``."""
    catalog = read_catalog(po)
    document = load_document(source)
    source_lang = catalog.header.get("X-Source-Language", "fr") or "fr"
    target_lang = catalog.header.get("Language", "en") or "en"
    segmented = segment_document(document, source_lang)
    result = render_translation(segmented, catalog, target_lang=target_lang, policy=policy, po_path=str(po))
    encoding = tuple(f"W-ENCODING {w}" for w in document.warnings)
    return replace(result, warnings=_segmenter_warnings(catalog) + encoding + result.warnings)


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
) -> BuildResult:
    """Pure core of :func:`build_document`: replace each segment by its translation."""
    entries = {entry.msgid: entry for entry in catalog.live_entries if entry.msgctxt is None}
    replacements: dict[int, str] = {}
    gaps: list[Gap] = []
    fuzzy_used = 0
    for index, segment in enumerate(segmented.segments):
        entry = entries.get(segment.msgid)
        choice = _choose(entry, policy)
        if choice is None:
            gaps.append(Gap(segment.line, segment.msgid, _reason(entry)))
            continue
        if entry is not None and entry.fuzzy:
            fuzzy_used += 1
        replacements[index] = apply_typography(choice, target_lang)
    refusing = [gap for gap in gaps if not _fallback_allowed(policy)]
    if refusing:
        raise IncompleteTranslationError(tuple(refusing), path=po_path)
    text = segmented.render(replacements)
    document = segmented.document
    data, encoding, warnings = _encode(text, document.encoding, document.bom)
    return BuildResult(
        text=text,
        data=data,
        encoding=encoding,
        translated=len(replacements) - fuzzy_used,
        fuzzy_used=fuzzy_used,
        fallbacks=tuple(gaps),
        warnings=warnings,
    )


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
