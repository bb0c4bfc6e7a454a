"""The one word count of reltrans: ``translate``'s summary, ``status`` and ``eval`` all use it.

A word is what Unicode word segmentation (UAX #29, what translate-toolkit's ``pocount`` and
hence Weblate count) calls a word: a run of letters, digits and underscores, with the joiners UAX #29 keeps
inside a word -- an apostrophe or a full stop between letters or digits (``l'OIM``,
``aujourd’hui``, ``www.un.org``, ``1.5``), a colon or middle dot between letters, a comma or
semicolon between digits (``3,5``). Hyphens, slashes, spaces and every other punctuation
separate words (``Secrétaire-général`` is two, as in UAX #29); a number is a word (``12 500``
is two, as ``pocount`` counts them too). Markup is counted as text.

``pocount`` differs in two known ways: it drops what it takes for XML tags, and a quirk of its
number filter removes a letter before a full stop and the letter after it (``M. Guterres``
counts as one word there); bench/bench_status.py measures the agreement on a corpus.
"""
from __future__ import annotations

import re

__all__ = ["count_words"]

_WORD = re.compile(
    r"\w+(?:(?:['’.](?=\w)|(?<=[^\W\d_])[:·](?=[^\W\d_])|(?<=\d)[,;](?=\d))\w+)*"
)


def count_words(text: str) -> int:
    """How many words ``text`` has (see the module docstring)."""
    return sum(1 for _ in _WORD.finditer(text))
