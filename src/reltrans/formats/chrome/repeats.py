"""Site chrome: lines the page repeats (a line shown twice around the body, a foot copy of a head line)."""
from __future__ import annotations

from reltrans.formats.chrome.lexicon import _REPEAT_WORDS, _WORD
from reltrans.formats.chrome.lines import _Line, _is_body, _last_body


def _mark_repeats(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A sentence paragraph of six words or more with the same text as an earlier kept one,
    further down the page (not the line just before it: that is **doubled**), is the scraper
    repeating the page (``(Source …)`` then the first paragraphs again): the first copy stays.
    A title without a sentence end may come twice (a page header, then the document's own)."""
    seen: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.text.split())
        if line.index in reasons or len(_WORD.findall(key)) < _REPEAT_WORDS or not _is_body(line):
            continue  # a title may come twice (the page's header, then the document's)
        if key in seen:
            reasons[line.index] = f"repeated: the same text as block {seen[key] + 1} above (the scraper repeated it)"
        else:
            seen[key] = line.index


_FOOT_REPEAT_WORDS = 6


def _mark_foot_repeats(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a line of six words or more with the same text as an
    earlier kept line (not the one just before it: that is **doubled**): the page foot repeating
    a box of the page (a contact, a call). The first copy stays. A lead-in ending on a colon
    (``Pour toute information complémentaire, veuillez contacter :``) may head each of two
    contact blocks: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    seen: dict[str, int] = {}
    for position, line in enumerate(lines):
        key = " ".join(line.text.split())
        if line.index in reasons or len(_WORD.findall(key)) < _FOOT_REPEAT_WORDS:
            continue
        if position > last_body and key in seen and not key.endswith(":"):
            reasons[line.index] = f"repeated: the page foot repeats block {seen[key] + 1}"
        else:
            seen.setdefault(key, line.index)
