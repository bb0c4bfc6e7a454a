"""Plain-text releases: one block per non-blank line.

Press releases scraped from web pages are line-oriented (site menus, repeated headings, list
items), so every non-blank line is its own block. A leading list marker (``-``, ``*``, ``•``,
``–``, ``1.``, ``1)``) followed by whitespace, and the whitespace around the line, are skeleton.
A line without any letter (``-``, ``***``, ``2020``) is kept verbatim as a non-translatable block.
"""
from __future__ import annotations

import regex

from reltrans.formats._lines import has_letter, iter_lines, strip_span
from reltrans.model import Block

_LIST_MARKER = regex.compile(r"[ \t\u00a0]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)])[ \t\u00a0\u202f]+(?=\S)")


def parse_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text document (see the module docstring)."""
    blocks: list[Block] = []
    for line in iter_lines(text):
        start, end = strip_span(text, line.start, line.end)
        if start == end:
            continue
        kind = "line"
        marker = _LIST_MARKER.match(text, line.start, line.end)
        if marker is not None:
            kind = "list_item"
            start = marker.end()
        translatable = has_letter(text, start, end)
        blocks.append(Block(kind if translatable else "separator", start, end, line.number, translatable))
    return blocks
