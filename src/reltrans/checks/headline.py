"""Headlines: short texts with no sentence-ending punctuation.

Official versions rewrite headlines rather than translate them ("Arrivées de migrants en Europe
par la Méditerranée" -> "Mediterranean Migrant Arrivals Reach ..."), so what a rewritten
headline leaves out (a place, a title, a number) is a warning there, not an error: the glossary
check (RT101) and the number check (RT301) both ask :func:`is_headline`.
"""
from __future__ import annotations

import re

__all__ = ["HEADLINE_WORDS", "is_headline"]

# the end of a sentence, maybe inside closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?…:;][\s\"'»”’)\]]*\Z")
HEADLINE_WORDS = 25


def is_headline(text: str) -> bool:
    """Is ``text`` a headline: at most :data:`HEADLINE_WORDS` words, with no sentence-ending
    punctuation?"""
    stripped = text.strip()
    return bool(stripped) and _SENTENCE_END.search(stripped) is None and len(stripped.split()) <= HEADLINE_WORDS
