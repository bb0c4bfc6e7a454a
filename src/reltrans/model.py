"""Typed, frozen dataclasses that flow between the stages.

document -> segments -> term matches -> translation units -> catalog -> findings/report.
Stage-specific types live with their stage (``glossary.model``, ``engine``); only the types that
cross a stage boundary live here. Nothing in this module imports a third-party package.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Sequence


# --------------------------------------------------------------------------- documents
@dataclass(frozen=True)
class Block:
    """A paragraph-level unit of a document: a paragraph, heading, list item or a line.

    ``start``/``end`` are offsets in :attr:`Document.text` of the *translatable* text (without
    markup such as ``# `` or ``- ``); ``line`` is 1-based. ``translatable`` is False for code
    blocks, separators and similar, which are kept verbatim.
    """

    kind: str  # "paragraph" | "heading" | "list_item" | "line" | "code" | ...
    start: int
    end: int
    line: int
    translatable: bool = True
    # inline markup syntax of the block ("html", "html-attr", "markdown", "docx"): its tags become
    # numbered placeholders in the msgids (reltrans.formats.inline); None for plain text
    inline: str | None = None
    # why the block was judged site chrome (menu, breadcrumb, "Partager"...: reltrans.formats.chrome);
    # "" for release text. Chrome is not segmented unless asked for (segment_document keep_chrome)
    chrome: str = ""


@dataclass(frozen=True)
class InlineMarkup:
    """How a segment's msgid maps back onto the markup of its source (HTML, DOCX, Markdown).

    ``text`` is the segment with inline elements as numbered placeholders (``<1>l'OIM</1>``,
    ``<2/>``) and character references decoded; ``codes`` maps each placeholder to the source
    markup it stands for; ``references`` maps a character to the reference the source wrote it
    with (``"\u00a0"`` -> ``"&nbsp;"``), so a rebuilt translation writes it the same way.
    """

    syntax: str
    text: str
    codes: tuple[tuple[str, str], ...] = ()
    references: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Document:
    """A decoded source document. ``text`` is the exact decoded content (newlines untouched,
    BOM removed); ``encoding`` and ``bom`` allow re-encoding byte for byte."""

    path: str
    text: str
    encoding: str  # codec name as understood by Python, e.g. "utf-8", "cp1252"
    bom: bool
    format: str  # "text" | "markdown"
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()  # e.g. "decoded as cp1252"


@dataclass(frozen=True)
class Segment:
    """One sentence (or heading, list item) to translate.

    ``text`` is exactly ``document.text[start:end]``. ``msgid`` is the text shown to translators
    (whitespace runs containing a line break folded to one space; a word broken by a hyphen at a
    line end, ``joined_hyphens``, joined again). ``paragraph`` is the 1-based
    block number, ``position`` the 1-based sentence number inside it, ``line`` the 1-based line.
    """

    text: str
    start: int
    end: int
    line: int
    paragraph: int
    position: int
    kind: str = "paragraph"
    markup: InlineMarkup | None = None  # inline markup as placeholders (HTML, DOCX, Markdown)
    joined_hyphens: tuple[int, ...] = ()  # offsets in ``text`` of line-end hyphens of broken words (``de-`` / ``mande``)

    @property
    def msgid(self) -> str:
        from reltrans.segment import join_broken_words, normalize_msgid  # local: keeps model.py dependency-free

        if self.markup is not None:
            return normalize_msgid(self.markup.text)
        return normalize_msgid(join_broken_words(self.text, self.joined_hyphens))


@dataclass(frozen=True)
class SegmentedDocument:
    """A document cut into segments; everything between segments is the skeleton.

    ``document.text`` == skeleton[0] + seg[0].text + skeleton[1] + ... + skeleton[n].
    """

    document: Document
    segments: tuple[Segment, ...]
    segmenter_version: str

    def skeleton(self) -> tuple[str, ...]:
        """The n+1 pieces of text around the n segments."""
        pieces: list[str] = []
        cursor = 0
        text = self.document.text
        for seg in self.segments:
            pieces.append(text[cursor : seg.start])
            cursor = seg.end
        pieces.append(text[cursor:])
        return tuple(pieces)

    def render(
        self, replacements: Mapping[int, str] | None = None, *, without: Sequence[tuple[int, int]] = ()
    ) -> str:
        """Rebuild the text, replacing segment *i* by ``replacements[i]`` where given.

        ``without``: sorted, disjoint ``(start, end)`` spans of the skeleton to leave out (site
        chrome that ``build`` drops); a span never covers part of a segment."""
        replacements = replacements or {}
        out: list[str] = []
        skeleton = self.skeleton()
        cursor = 0
        for i, seg in enumerate(self.segments):
            out.append(_cut(skeleton[i], cursor, without) if without else skeleton[i])
            out.append(replacements.get(i, seg.text))
            cursor = seg.end
        out.append(_cut(skeleton[-1], cursor, without) if without else skeleton[-1])
        return "".join(out)


def _cut(piece: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """``piece`` (the text at ``offset`` in the document) without the parts inside ``spans``."""
    end = offset + len(piece)
    out: list[str] = []
    cursor = offset
    for start, stop in spans:
        if stop <= cursor or start >= end:
            continue
        if start > cursor:
            out.append(piece[cursor - offset : start - offset])
        cursor = max(cursor, stop)
    if cursor < end:
        out.append(piece[cursor - offset :])
    return "".join(out)


# --------------------------------------------------------------------------- terminology
@dataclass(frozen=True)
class TermMatch:
    """A glossary term found in a text. Offsets are into the text that was matched."""

    concept_id: str
    lang: str
    start: int
    end: int
    surface: str  # the text as it appears, e.g. "l'OIM" -> "OIM"
    term: str  # the glossary term that matched, e.g. "OIM"
    status: str  # "preferred" | "admitted" | "forbidden"


# --------------------------------------------------------------------------- translation
class Origin(str, enum.Enum):
    """Where a translation came from."""

    MODEL = "model"
    MEMORY = "memory"  # exact translation-memory hit of a reviewed entry
    MEMORY_FUZZY = "memory-fuzzy"
    REVIEWED = "reviewed"  # kept from the existing PO
    NONE = "none"  # --no-mt: left empty


@dataclass(frozen=True)
class TranslationUnit:
    """A distinct source sentence with its translation and its provenance."""

    msgid: str
    msgstr: str
    origin: Origin
    fuzzy: bool
    references: tuple[tuple[str, int], ...] = ()  # (file, line) of every occurrence
    context_comments: tuple[str, ...] = ()  # '#.' lines: paragraph/position, glossary concepts
    unmet_terms: tuple[str, ...] = ()  # preferred target terms enforcement could not place


# --------------------------------------------------------------------------- catalogs
@dataclass(frozen=True)
class CatalogEntry:
    """One PO entry, independent of polib (polib stays inside :mod:`reltrans.catalog`)."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    flags: tuple[str, ...] = ()  # e.g. ("fuzzy", "ignore-numbers")
    references: tuple[tuple[str, int | None], ...] = ()
    extracted_comments: tuple[str, ...] = ()  # '#.'
    translator_comments: tuple[str, ...] = ()  # '# '
    previous_msgid: str | None = None  # '#| msgid'
    obsolete: bool = False
    # 1-based line of the msgid in the file (0 when not from a file); not part of equality, so
    # an entry read back from disk equals the entry that was written
    line: int = field(default=0, compare=False)
    msgid_plural: str | None = None
    msgstr_plural: Mapping[int, str] = field(default_factory=dict)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        """Has a reviewed translation: not empty, not fuzzy, not obsolete."""
        if self.fuzzy or self.obsolete:
            return False
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)


@dataclass(frozen=True)
class Catalog:
    """A PO file's content: header fields, header comments and entries (obsolete ones too)."""

    header: Mapping[str, str]  # ordered: "Project-Id-Version", "Language", ...
    entries: tuple[CatalogEntry, ...]
    path: str | None = None
    header_comment: str = ""

    @property
    def live_entries(self) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if not e.obsolete)


# --------------------------------------------------------------------------- findings
class Severity(enum.IntEnum):
    """Finding severity; ``check --fail-on`` compares with these."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One problem found in a PO file: ``path:line: CODE message``."""

    code: str  # stable, e.g. "RT101"
    severity: Severity
    path: str
    line: int
    message: str
    msgid: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.code} {self.message}"
