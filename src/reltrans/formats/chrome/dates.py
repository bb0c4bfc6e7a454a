"""Site chrome: date stamps outside the body and the datelines of a listing's entries, judged after
the other evidence (a date stamp is chrome by its place, a dateline is kept with its entry).
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import METADATA, kept_line
from reltrans.formats.chrome.lexicon import (
    SITE_SECTIONS, _DATE, _LABELS, _TIME_OF_DAY, _TOPIC_RUBRICS, _WORD, normalize_label,
)
from reltrans.formats.chrome.lines import _Line, _first_body, _is_body, _last_body


# "26 déc 2020 | Siège de l'ONU": the date and place of the statement on the next line
_ENTRY_DATELINE = regex.compile(rf"^{_DATE}\s*\|\s*[^|]+$")
_ENTRY_PLACE_WORDS = 6


def _is_page_label(norm: str) -> bool:
    """A CMS label or a site section (``Communiqué``, ``Actualités``): not a place."""
    return norm in _LABELS or norm in SITE_SECTIONS or norm in _TOPIC_RUBRICS


def _keep_entry_datelines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 11: a date and a place joined by ``|`` (``26 déc 2020 | Siège``) right above a
    sentence paragraph that is kept is that entry's dateline (a page listing statements), not a
    breadcrumb: it is kept with its entry, as a dateline stays with its sentence. A label in the
    place's stead (``22/06/2022 | Communiqué``) is page metadata and stays chrome."""
    for position, line in enumerate(lines[:-1]):
        if not reasons.get(line.index, "").startswith("breadcrumb or page metadata"):
            continue
        match = _ENTRY_DATELINE.match(line.normalized)
        following = lines[position + 1]
        if (
            match
            and len(_WORD.findall(line.text.split("|", 1)[1])) <= _ENTRY_PLACE_WORDS
            and not _is_page_label(normalize_label(line.text.split("|", 1)[1]))
            and following.index not in reasons
            and _is_body(following)
        ):
            del reasons[line.index]


_DATED_LISTING = 2  # kept date stamps between sentence paragraphs that show a listing of dated entries


def _mark_date_stamps(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A date stamp alone on its line outside the body: below the last sentence paragraph (the
    page's foot: when it was posted or updated), or before the first one when it carries a time
    of day (``12 mars 2019 14:05``: the CMS's stamp). A bare date before the body
    (``Le 12 mars 2019``) may be the release's own date: kept. On a listing whose entries each
    carry a date stamp (two or more kept between sentence paragraphs), a date stamp at the
    foot is the date of an entry the page cut off: kept too (chrome 12)."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < 0:
        return  # no sentence paragraph: nothing tells the head from the foot
    dated_entries = sum(
        1 for line in lines[first_body + 1 : last_body] if line.index not in reasons and kept_line(line.text) == "a date stamp"
    ) >= _DATED_LISTING
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text) != "a date stamp":
            continue
        if position > last_body and not dated_entries:
            reasons[line.index] = f"{METADATA}: a date stamp alone at the page foot, below the last sentence paragraph"
        elif position < first_body and _TIME_OF_DAY.search(normalize_label(line.text)):
            reasons[line.index] = f"{METADATA}: a date and time stamp at the page head, before the first sentence paragraph"
