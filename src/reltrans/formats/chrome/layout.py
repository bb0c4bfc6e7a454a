"""Site chrome 16: page metadata and layout evidence around the release's body span, for sites never seen.

Chrome 15 and before were tuned page by page: their vocabularies and per-site shapes carry over
badly to new sites. This module holds evidence that rests on what a page of any site shows:

* **page metadata** (a policy, anywhere on the page): a date alone on its line (``mercredi 4
  février 2026``, ``12 Mars 2019``, ``23 Mar``), a document symbol alone (``AG/12345``) and a line
  naming only wire agencies (``XINHUA/VNA/CVN``, ``(AFP)``, ``Agence France-Presse``). A dateline
  that starts a sentence (``Genève, 12 mars 2019 – Le HCR …``) is no line alone: it stays;
* **outside the body span** (the first sentence paragraph down to the last one): counters (``120 ARTICLES 0 COMMENTAIRES``), relative ages (``3
  jours``) and file or image paths (``/images/2021/radar.jpg``).

Inside the span nothing is judged here: headings inside the body stay body. Short lines above
the title or closing the page are NOT judged by their shape: a short title over a longer
subtitle has the shape of a label over the title, a closing heading (``Plus tard``) or a
signature the shape of a site's name (``Walf net``); the chrome 9-15 tests keep them, and the
two rules tried in session 32 gained 8 lines on the tuning pages for that risk (not kept).

Registered once, last (:func:`mark_layout`, called by :func:`reltrans.formats.chrome.mark.mark_chrome`).
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import _AGENCIES, _DOCUMENT_SYMBOL, kept_line
from reltrans.formats.chrome.lexicon import _MONTH, _WEEKDAY, _WORD, normalize_label
from reltrans.formats.chrome.lines import _Line, _first_body, _last_body

CHROME_16 = "chrome 16"
"""The prefix of the reasons given by :func:`mark_layout`."""

# Month abbreviations a CMS prints ("23 Mar", "7 oct 2015") that chrome 15's _MONTH does not spell.
_MONTH_SHORT = r"(?:jan|fev|feb|mar|apr|avr|jun|jul|aug|sep|sept)"
_ANY_MONTH = rf"(?:{_MONTH}|{_MONTH_SHORT})\.?"
# A date and nothing else (normalize_label's form: lowercase, no accents): "le mercredi 4 fevrier 2026",
# "12 mars 2019", "23 mar", "15 - mai - 2020", "janvier 29, 2022", "18.02.2022" (with a time of day it is
# chrome 8's stamp, judged by its place: reltrans.formats.chrome.dates).
_DATE_ALONE = regex.compile(
    rf"^(?:(?:le|du|the|on)\s+)?(?:{_WEEKDAY},?\s+)?(?:"
    rf"\d{{1,2}}(?:er)?\s*[-–/ ]?\s*{_ANY_MONTH}(?:\s*[-–/, ]?\s*\d{{2,4}})?"
    rf"|{_ANY_MONTH}\s+\d{{1,2}}(?:er)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}})"
    r"$"
)
# Wire and news agencies (normalize_label forms): a line made only of these (and journalists' initials) is a wire credit.
_WIRE_AGENCIES = frozenset(
    "afp|reuters|ap|associated press|agence france-presse|agence france presse|xinhua|vna|cvn|aps|map|anp|belga|ats|"
    "dpa|ansa|efe|tass|ria novosti|anadolu|upi|kyodo|yonhap|pana|mena|wafa|irna|aip|acp|atp|apa|agences|agence".split("|")
)
_WIRE_SEPARATORS = regex.compile(r"\s*(?:/|,|&|\+|\bet\b|\band\b|\bavec\b)\s*")
_INITIALS = regex.compile(r"^[\p{L}]{2,4}$")  # "cab", "JD": the journalists' initials after an agency
_BRACKETED = regex.compile(r"^\((.{1,60})\)$")
_BRACKETED_ACRONYM = regex.compile(r"^\(\p{Lu}{2,8}\)$")  # "(ONU)": the source a story was taken from

# Outside the body span: shapes a site prints around any release.
_COUNTER_NOUN = (
    r"(?:articles?|commentaires?|comments?|vues?|views?|partages?|shares?|likes?|j'aime|abonnes?|followers?|"
    r"reactions?|messages?|lectures?|reads?|votes?)"
)
_COUNTER = regex.compile(rf"^(?:\d[\d\s.,]*k?\s+{_COUNTER_NOUN}\s*[|·•-]?\s*)+$")  # "120 articles 0 commentaires"
_AGE_UNIT = r"(?:secondes?|sec|minutes?|min|mn|heures?|h|jours?|j|semaines?|mois|ans?|seconds?|hours?|days?|weeks?|months?|years?)"
_RELATIVE_AGE = regex.compile(rf"^(?:il y a\s+|publie il y a\s+)?\d{{1,3}}\s*{_AGE_UNIT}(?:\s+ago)?$")  # "3 jours", "il y a 2 h"
# "/images/2021/radar.jpg", "https://…", "docs/rapport_2021.pdf": a path starts with a slash or a scheme,
# or ends with a file's extension (a credit "UNICEF/Dupont" does neither).
_PATH = regex.compile(
    r"^(?:https?://\S+|www\.\S+|/[\w.%~-]+(?:/[\w.%~-]*)*|(?:[\w.%~-]+/)*[\w%~-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|html?|php|aspx?))$",
    regex.IGNORECASE,
)
_OUTSIDE_WORDS = 8  # a counter, an age or a path is short


def page_metadata(text: str) -> str:
    """Why a line alone is page metadata ('' when not): a date alone, a document symbol alone, a
    line naming only wire agencies. The policy of chrome 16: such lines are chrome wherever they
    stand, above the title too (older versions kept them: :func:`kept_line`)."""
    stripped = text.strip()
    norm = normalize_label(stripped)
    if not norm or len(_WORD.findall(stripped)) > 8:
        return ""
    if _DATE_ALONE.match(norm):
        return f"{CHROME_16}: date stamp, a date alone on its line (page metadata)"
    if _DOCUMENT_SYMBOL.match(stripped):
        return f"{CHROME_16}: document symbol alone on its line (page metadata)"
    if _wire_credit(stripped):
        return f"{CHROME_16}: wire credit, a line naming only news agencies (page metadata)"
    return ""


def _wire_credit(stripped: str) -> bool:
    """A line made only of news agencies (``XINHUA/VNA/CVN``, ``(AFP)``, ``agences/cab``,
    ``Agence France-Presse``), possibly in brackets, possibly with journalists' initials."""
    if _AGENCIES.match(stripped) or _BRACKETED_ACRONYM.match(stripped):
        return True
    bracketed = _BRACKETED.match(stripped)
    inner = bracketed.group(1) if bracketed else stripped
    parts = [normalize_label(part) for part in _WIRE_SEPARATORS.split(inner) if part.strip()]
    if not parts or parts[0] not in _WIRE_AGENCIES:
        return False  # an agency first: "Jean Dupont/AFP" is a journalist's credit, left to the other rules
    return all(part in _WIRE_AGENCIES or (position > 0 and _INITIALS.match(part)) for position, part in enumerate(parts))


def outside_evidence(text: str) -> str:
    """Why a line outside the body span is the site's ('' when not): a counter, a relative age
    or a file or image path, each alone on its line."""
    stripped = text.strip()
    if len(_WORD.findall(stripped)) > _OUTSIDE_WORDS:
        return ""
    norm = normalize_label(stripped)
    if _COUNTER.match(norm):
        return f"{CHROME_16}: a counter outside the body (articles, comments, views)"
    if _RELATIVE_AGE.match(norm):
        return f"{CHROME_16}: a relative age outside the body (how long ago it was posted)"
    if " " not in stripped and _PATH.match(stripped):
        return f"{CHROME_16}: a file or image path outside the body"
    return ""


def mark_layout(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 16: page metadata anywhere (:func:`page_metadata`), then layout evidence outside the
    release's body span (:func:`outside_evidence`). Lines already judged are left as they are."""
    for line in lines:
        if line.index not in reasons:
            reason = page_metadata(line.text)
            if reason:
                reasons[line.index] = reason
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return  # no sentence paragraph: no span to stand outside of
    for position, line in enumerate(lines):
        if line.index not in reasons and (position < first_body or position > last_body):
            reason = outside_evidence(line.text)
            if reason:
                reasons[line.index] = reason
