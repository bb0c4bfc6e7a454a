"""The dateline that opens a press release's first sentence (« NEW YORK, le 15 février 2018 – »).

Official versions often drop it or write it otherwise ("Dakar —"), so the glossary check
(RT101/RT104) and the number check (RT301) excuse what only the dateline says.
"""
from __future__ import annotations

import functools
import re

__all__ = ["DATELINE_MAX", "dateline_end"]

# A dateline: places (capitalised words, joined by "de", "la", "l'"..., separated by commas or
# slashes) open the text, maybe a date, then a dash: "GENÈVE – ", "Suisse - ", "DAKAR, Sénégal
# – ", "NEW YORK, le 15 février 2018 – ", "Cox's Bazar (Bangladesh) – ", "BANGKOK/GENÈVE – "
_DATELINE_PLACE = (
    r"[A-ZÀ-Þ][\w'’.-]*"  # a word that opens with a capital
    r"(?:\s+(?:(?:de|du|des|la|le|les|et|sur|en|au|aux|di|da|do|al|el)\s+|[ld]['’]\s*)?[A-ZÀ-Þ][\w'’.-]*)*"
)
_DATELINE_DATE = r"(?:le\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?(?:\s+\d{4})?|[^\W\d_]+\s+\d{4}|\d{4}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
_DATELINE = re.compile(
    rf"\s*{_DATELINE_PLACE}(?:\s*\(\s*{_DATELINE_PLACE}\s*\))?(?:\s*[,/]\s*{_DATELINE_PLACE}(?:\s*\(\s*{_DATELINE_PLACE}\s*\))?){{0,3}}"
    rf"(?:\s*,?\s*{_DATELINE_DATE})?\s*(?:\([^()]{{1,20}}\)\s*)?[-\u2013\u2014]\s"
)
DATELINE_MAX = 90  # characters: a dateline is short


@functools.lru_cache(maxsize=4096)
def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends (0 when it has none)."""
    head = text[:DATELINE_MAX]
    if not head.lstrip()[:1].isupper() or not any(dash in head for dash in "-\u2013\u2014"):
        return 0
    match = _DATELINE.match(head)
    return match.end() if match is not None else 0
