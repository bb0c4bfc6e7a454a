"""Site chrome: the line model (:class:`_Line`, one per translatable block) and where the body lies.

A "sentence paragraph" (:func:`_is_body`) is what the evidence of the other modules is placed
against: before the first one (the page head), after the last one (the page foot), beside a chrome line.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

import regex

from reltrans.formats.chrome.lexicon import _HAS_SENTENCE_END, _SENTENCE_END, _TRUNCATED, _WORD, normalize_label
from reltrans.model import Document


_BODY_WORDS = 8  # a "sentence paragraph" has at least this many words and a sentence end


@dataclasses.dataclass(frozen=True)
class _Line:
    index: int  # in document.blocks
    line: int  # the block's first line
    text: str  # the block's text (without list marker)
    raw: str  # the whole physical line(s) of the block
    normalized: str


def _lines(document: Document) -> list[_Line]:
    text = document.text
    lines = []
    for index, block in enumerate(document.blocks):
        if not block.translatable or block.start >= block.end or block.kind == "heading":
            continue  # a Markdown heading is the author's structure, never chrome
        line_start = text.rfind("\n", 0, block.start) + 1
        line_end = text.find("\n", block.end)
        raw = text[line_start : len(text) if line_end < 0 else line_end]
        if raw.lstrip().startswith("|"):
            continue  # a table row (Markdown cells are blocks): never chrome
        body = text[block.start : block.end]
        lines.append(_Line(index, block.line, body, raw, normalize_label(body)))
    return lines


# "l'initiative de MM. Raymond Forni": a title or an initial before a period ends no sentence.
_NO_END_BEFORE = regex.compile(r"(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Mgr|St|Ste|Mr|Mrs|Ms|Jr|\p{Lu})\.$")


def _is_body(line: _Line) -> bool:
    """A sentence paragraph: enough words and a sentence end (not the period of ``M.`` or an initial)."""
    if len(_WORD.findall(line.text)) < _BODY_WORDS:
        return False
    for match in _HAS_SENTENCE_END.finditer(line.text):
        if line.text[match.start()] != "." or not _NO_END_BEFORE.search(line.text, max(0, match.start() - 6), match.start() + 1):
            return True
    return False


def _first_body(lines: list[_Line], chrome: set[int]) -> int:
    """The position in ``lines`` of the first sentence paragraph not marked as chrome."""
    for position, line in enumerate(lines):
        if line.index not in chrome and _is_body(line):
            return position
    return len(lines)


def _last_body(lines: list[_Line], chrome: Iterable[int]) -> int:
    """The position in ``lines`` of the last sentence paragraph not marked as chrome (-1: none)."""
    for position in range(len(lines) - 1, -1, -1):
        if lines[position].index not in chrome and _is_body(lines[position]):
            return position
    return -1


_TICKER_WORDS = 25


def _headline(line: _Line) -> bool:
    """A line that may be a headline link: a few words and no sentence end (a question mark or a
    cut-off ``…`` aside)."""
    text = line.text.strip()
    if _TRUNCATED.search(text):
        text = _TRUNCATED.sub("", text).rstrip()
    return 0 < len(_WORD.findall(text)) <= _TICKER_WORDS and not _SENTENCE_END.search(text.rstrip(" ?!"))


def _chrome_beside(lines: list[_Line], position: int, reasons: dict[int, str]) -> list[_Line]:
    return [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]


def _caps_label_words(text: str) -> bool:
    """Two words or more in capitals (``LA REVUE DU PORT``): a site's name."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(_WORD.findall(text)) >= 2 and bool(letters) and all(ch.isupper() for ch in letters)


def _no_end(text: str) -> bool:
    """No sentence end (a question mark aside)."""
    return not _SENTENCE_END.search(text.strip().rstrip(" ?"))
