"""Site chrome 16: page metadata and layout evidence around the release's body span, for sites never seen.

Chrome 15 and before were tuned page by page: their vocabularies and per-site shapes carry over
badly to new sites. This module holds evidence that rests on what a page of any site shows:

* **page metadata** (a policy, anywhere on the page): a date alone on its line (``mercredi 4
  février 2026``, ``12 Mars 2019``, ``23 Mar``), a document symbol alone (``AG/12345``) and a line
  naming only wire agencies (``XINHUA/VNA/CVN``, ``(AFP)``, ``Agence France-Presse``). A dateline
  that starts a sentence (``Genève, 12 mars 2019 – Le HCR …``) is no line alone: it stays;
* **outside the body span** (the first sentence paragraph down to the last one): counters (``120 ARTICLES 0 COMMENTAIRES``), relative ages (``3
  jours``) and file or image paths (``/images/2021/radar.jpg``).

Chrome 17 (session 32, round 2) adds, in the same spirit:

* **anywhere**: a bare domain name alone (``Exemple.fr``), a widget's text (share bar, font-size
  tool, feed button, an Instagram embed's caption) and a byline opening its line (``Publié le
  3 mai 2020 par …``), see :func:`widget_line`;
* **runs**: two or more entries of a live ticker (``14:28France - …``), and a run of three or more
  teasers closing the page, cut off by the site (``… hors de…``) or shaped ``Topic : title``;
* an age with its prefix (``Updated: 8 hours 11 min ago``) outside the body, and ``aoû`` as a month.

Inside the span nothing is judged here: headings inside the body stay body. Short lines above
the title or closing the page are NOT judged by their shape: a short title over a longer
subtitle has the shape of a label over the title, a closing heading (``Plus tard``) or a
signature the shape of a site's name (``Walf net``); the chrome 9-15 tests keep them, and the
two rules tried in session 32 gained 8 lines on the tuning pages for that risk (not kept).

Registered once, last (:func:`mark_layout`, called by :func:`reltrans.formats.chrome.mark.mark_chrome`).
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import _AGENCIES, _DOCUMENT_SYMBOL
from reltrans.formats.chrome.lexicon import _LIST_LINE, _MONTH, _WEEKDAY, _WORD, normalize_label
from reltrans.formats.chrome.lines import _Line, _first_body, _last_body

CHROME_16 = "chrome 16"
"""The prefix of the reasons given by :func:`mark_layout`."""

# Month abbreviations a CMS prints ("23 Mar", "7 oct 2015") that chrome 15's _MONTH does not spell.
_MONTH_SHORT = r"(?:jan|fev|feb|mar|apr|avr|jun|jul|aou|aug|sep|sept)"
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
_RELATIVE_AGE = regex.compile(  # "3 jours", "il y a 2 h", "updated: 8 hours 11 min ago"
    rf"^(?:(?:updated|mis a jour|modifie|posted|publie)\s*:?\s*)?(?:il y a\s+)?"
    rf"\d{{1,3}}\s*{_AGE_UNIT}(?:,?\s+\d{{1,3}}\s*{_AGE_UNIT})?(?:\s+ago)?$"
)
# "/images/2021/radar.jpg", "https://…", "docs/rapport_2021.pdf": a path starts with a slash or a scheme,
# or ends with a file's extension (a credit "UNICEF/Dupont" does neither).
_PATH = regex.compile(
    r"^(?:https?://\S+|www\.\S+|/[\w.%~-]+(?:/[\w.%~-]*)*|(?:[\w.%~-]+/)*[\w%~-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|html?|php|aspx?))$",
    regex.IGNORECASE,
)
_OUTSIDE_WORDS = 8  # a counter, an age or a path is short

# Chrome 17 (session 32, round 2): evidence that carries over to any site.
CHROME_17 = "chrome 17"
"""The prefix of the reasons chrome 17 adds to :func:`mark_layout`."""
# A bare domain name alone on its line ("Exemple.fr", "photos.exemple.org"): a site's name or a picture's
# source, never a sentence.
_DOMAIN_ALONE = regex.compile(
    r"^(?:[\p{L}\d-]+\.)+(?:com|org|net|info|int|africa|news|media|[a-z]{2})$"
)  # a lowercase top-level domain: "Mme.Li" is no domain
# Widgets a CMS or an embed prints with any article: share bars, font-size tools, feed buttons, the text an
# Instagram or Facebook embed leaves behind (normalize_label forms: lowercase, no accents).
_WIDGET_LINE = regex.compile(
    r"^(?:(?:copier le lien|imprimer|print|(?:partager|share)(?: sur| on)? (?:facebook|twitter|x|linkedin|whatsapp|e-?mail))\s*)+$"
    r"|^font size\s*:"
    r"|^subscribe to .{1,60} feed\b"
    r"|^voir (?:cette publication|ce post|cette video) sur (?:instagram|facebook|x|twitter|tiktok)$"
    r"|^view this post on instagram$"
    r"|^une publication partagee par .{1,80}$"
    r"|^a post shared by .{1,80}$"
)
_WIDGET_WORDS = 16
# A byline that opens its line: "Publié le 03/10/2014 par Jeanne Dupont", "Publication publié le 3 mars 2020 par …".
_BYLINE_OPENING = regex.compile(
    r"^(?:publication\s+)?(?:publie|mis en ligne|poste|posted|published)\s+(?:le\s+|on\s+)?[\d/.\-\s\p{L}]{4,30}?\s+(?:par|by)\s+\S"
)
_BYLINE_WORDS = 18
# A live ticker's entry: a time glued to a rubric or a title ("14:28France - …", "09:20 Sports - …").
_TICKER_ENTRY = regex.compile(r"^\d{1,2}[:h]\d{2}(?:\p{Lu}|\s*\p{Lu}[\p{L}\s]{0,20}\s[-–]\s)")
# A teaser cut off by the site: a word glued to an ellipsis at the line's end ("… des roses hors de…").
_CUT_TEASER = regex.compile(r"[\p{L}\d,]\s?(?:…|\.\.\.)$")
# A teaser title of a listing: a topic, a spaced colon, a title; no sentence end ("Autisme : la musique apaise
# les prématurés", "Santé des jeunes : du mieux pour le repérage ?").
# The topic has no figure: "Axe 1 : former les pêcheurs" is a release's own list of points.
_TOPIC_TITLE = regex.compile(r"^\p{Lu}[^:.!;\d]{1,40}\s:\s\S[^.!;]*\??$")
_TOPIC_TITLE_WORDS = (5, 25)
_TEASER_RUN = 3  # a body may end a paragraph or two with "…"; three in a row closing the page are a listing


def page_metadata(text: str) -> str:
    """Why a line alone is page metadata ('' when not): a date alone, a document symbol alone, a
    line naming only wire agencies. The policy of chrome 16: such lines are chrome wherever they
    stand, above the title too (older versions kept them: :func:`reltrans.formats.chrome.evidence.kept_line`)."""
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
    if _DOMAIN_ALONE.match(stripped):
        return f"{CHROME_17}: a domain name alone on its line (a site's name or a picture's source)"
    return ""


def widget_line(text: str) -> str:
    """Why a line is a widget's text ('' when not): a share bar, a font-size tool, a feed button, an
    embed's caption (``Voir cette publication sur Instagram``), or a byline opening its line
    (``Publié le 3 mars 2020 par …``). Chrome wherever it stands: a sentence never reads so."""
    stripped = text.strip()
    words = len(_WORD.findall(stripped))
    norm = normalize_label(stripped)
    if not norm:
        return ""
    if words <= _WIDGET_WORDS and _WIDGET_LINE.search(norm):
        return f"{CHROME_17}: a widget's text (share bar, font size, feed, embed caption)"
    if words <= _BYLINE_WORDS and _BYLINE_OPENING.match(norm) and not stripped.endswith((".", "!", "?")):
        return f"{CHROME_17}: a byline opening its line (published on a date by someone)"
    return ""


def _mark_tickers(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Two or more entries of a live ticker (a time glued to a rubric or a title): a site's news feed."""
    entries = [line for line in lines if line.index not in reasons and _TICKER_ENTRY.match(line.text.strip())]
    if len(entries) >= 2:
        for line in entries:
            reasons[line.index] = f"{CHROME_17}: a live ticker's entry (a time before a rubric or a title)"


def _topic_title(line: _Line) -> bool:
    stripped = line.text.strip()
    if _LIST_LINE.match(line.raw):
        return False  # list items: the release's key points
    return _TOPIC_TITLE_WORDS[0] <= len(_WORD.findall(stripped)) <= _TOPIC_TITLE_WORDS[1] and bool(_TOPIC_TITLE.match(stripped))


def _mark_closing_teasers(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A run of teasers that closes the page (chrome lines aside): three or more cut off by the site
    (each ending in a word glued to ``…``), or three or more titles shaped ``Topic : title``. The
    listing of other articles under the release; one kind a run, the body above it stays."""
    for teaser, reason in (
        (lambda line: bool(_CUT_TEASER.search(line.text.strip())), "a run of cut-off teasers closing the page (other articles)"),
        (_topic_title, "a run of 'Topic : title' teasers closing the page (other articles)"),
    ):
        run: list[_Line] = []
        for line in reversed(lines):
            if line.index in reasons:
                continue
            if not teaser(line):
                break
            run.append(line)
        if len(run) >= _TEASER_RUN:
            for line in run:
                reasons[line.index] = f"{CHROME_17}: {reason}"


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
            reason = page_metadata(line.text) or widget_line(line.text)
            if reason:
                reasons[line.index] = reason
    _mark_tickers(lines, reasons)
    _mark_closing_teasers(lines, reasons)
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return  # no sentence paragraph: no span to stand outside of
    for position, line in enumerate(lines):
        if line.index not in reasons and (position < first_body or position > last_body):
            reason = outside_evidence(line.text)
            if reason:
                reasons[line.index] = reason
