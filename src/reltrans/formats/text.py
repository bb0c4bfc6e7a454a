"""Plain-text releases: one block per non-blank line, except hard-wrapped paragraphs.

Press releases scraped from web pages are line-oriented (site menus, repeated headings, list
items), so every non-blank line is its own block. A leading list marker (``-``, ``*``, ``•``,
``–``, ``1.``, ``1)``) followed by whitespace, and the whitespace around the line, are skeleton.
A line without any letter (``-``, ``***``, ``2020``) is kept verbatim as a non-translatable block.

A release pasted from a PDF or an e-mail is **hard-wrapped**: a sentence runs over several lines.
A line is joined to the next one (one ``paragraph`` block over both lines) when the line holds at
least :data:`WRAP_MIN_WORDS` words, does not end a sentence (``. ! ? … : ;``), and the next line,
which must not be blank nor start a list item, either starts with a lowercase letter
(``Brunson McKinley,`` / ``inaugure aujourd'hui``) or follows a word that cannot end a sentence
(``de`` / ``Marseille``, ``of`` / ``New York``), or ends with a title abbreviation
(``a déclaré M.`` / ``Sidikou``). Nothing is removed: the line breaks stay in the
text, the msgid folds them into spaces, and ``build`` writes each translated sentence on one line
(line breaks between sentences are kept; the ones inside a sentence cannot be mapped onto the
translation's words). :func:`wrap_warning` says which lines were joined.
"""
from __future__ import annotations

import regex

from reltrans.formats._lines import Line, has_letter, iter_lines, strip_span
from reltrans.model import Block, Document

_LIST_MARKER = regex.compile(r"[ \t\u00a0]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)])[ \t\u00a0\u202f]+(?=\S)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_SENTENCE_END = regex.compile(r"[.!?…:;][\s»”’\"')\]]*$")
_LAST_WORD = regex.compile(r"(?:^|\s)(?:[\p{L}]['’])?([\p{L}]+)['’]?\s*$")
_FIRST = regex.compile(r"[\s«“\"(]*(\p{L}|\p{N})")

WRAP_MIN_WORDS = 4
"""A line joined to the next must hold at least this many words (``features`` / ``contact
manager`` is a list, not a wrapped sentence)."""

_CANNOT_END = frozenset(
    "de du des la le les l d et ou à au aux en pour par sur sous dans avec sans un une que qui dont "
    "entre vers chez contre selon ainsi plus très son sa ses leur leurs ce cette ces notre nos votre "
    "the of and or to in for a an with on at by from that this these those as into than".split()
)


def parse_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text document (see the module docstring)."""
    blocks: list[Block] = []
    previous: Line | None = None  # the last physical line of the last block, when it may continue
    for line in iter_lines(text):
        start, end = strip_span(text, line.start, line.end)
        if start == end:
            previous = None
            continue
        marker = _LIST_MARKER.match(text, line.start, line.end)
        if previous is not None and marker is None and _continues(previous.text, text[start:end]):
            last = blocks[-1]
            blocks[-1] = Block("list_item" if last.kind == "list_item" else "paragraph", last.start, end, last.line)
            previous = line
            continue
        kind = "line"
        if marker is not None:
            kind = "list_item"
            start = marker.end()
        translatable = has_letter(text, start, end)
        blocks.append(Block(kind if translatable else "separator", start, end, line.number, translatable))
        previous = line if translatable else None
    return blocks


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` continues the sentence that ``line`` leaves unfinished."""
    line = line.strip()
    if len(_WORD.findall(line)) < WRAP_MIN_WORDS:
        return False
    first = _FIRST.match(following)
    if first is None:
        return False
    char = first.group(1)
    if _SENTENCE_END.search(line):
        # "a déclaré M." / "Sidikou devant": a title abbreviation does not end the sentence
        return line.endswith(".") and _ends_with_title(line) and char.isupper()
    if char.isalpha() and char.islower():
        return True
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1).lower() in _CANNOT_END and (char.isupper() or char.isdigit())


def _ends_with_title(line: str) -> bool:
    from reltrans.segment import TITLE_ABBREVIATIONS

    return line[:-1].rsplit(None, 1)[-1] in TITLE_ABBREVIATIONS


def wrapped_blocks(document: Document) -> list[tuple[int, int]]:
    """``(first line, last line)`` of every block that runs over several lines of a text document."""
    if document.format != "text":
        return []
    spans = []
    for block in document.blocks:
        breaks = document.text.count("\n", block.start, block.end) or document.text.count("\r", block.start, block.end)
        if breaks:
            spans.append((block.line, block.line + breaks))
    return spans


def wrap_warning(document: Document) -> str | None:
    """A ``W-WRAP`` line naming the hard-wrapped paragraphs that were joined, or None."""
    spans = wrapped_blocks(document)
    if not spans:
        return None
    shown = ", ".join(f"{a}-{b}" for a, b in spans[:8]) + (", ..." if len(spans) > 8 else "")
    return (
        f"W-WRAP {len(spans)} hard-wrapped paragraph{'s' if len(spans) > 1 else ''} joined into sentences "
        f"(lines {shown}); build writes each translated sentence on one line"
    )
