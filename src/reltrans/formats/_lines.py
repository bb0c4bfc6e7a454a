"""Line iteration shared by the format parsers: ``\\r\\n``, ``\\r`` and ``\\n`` all end a line."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

LINE_BREAK = re.compile(r"\r\n|\r|\n")
HAS_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True)
class Line:
    """One physical line: ``text`` without its terminator, ``start`` its offset, ``number`` 1-based."""

    text: str
    start: int
    number: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of ``text`` (a final line without terminator included; none for '')."""
    start = 0
    number = 1
    for match in LINE_BREAK.finditer(text):
        yield Line(text[start : match.start()], start, number)
        start = match.end()
        number += 1
    if start < len(text):
        yield Line(text[start:], start, number)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to exclude leading and trailing whitespace (``str.isspace``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def has_letter(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` contains a letter (only such text is worth translating)."""
    return HAS_LETTER.search(text, start, len(text) if end is None else end) is not None
