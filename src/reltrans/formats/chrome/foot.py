"""Site chrome at the page foot: footers, related lists and article lists, site taglines (head and
foot copies), end bylines, contact lead-ins.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import CONTACT, kept_line, line_evidence
from reltrans.formats.chrome.lexicon import (
    RELATED_HEADINGS, SITE_SECTIONS, _ARTICLE_LIST_TITLES, _CONTACT_LEADIN, _DATE, _LABELS, _MENU_SHORT_WORDS,
    _RUBRICS, _SENTENCE_END, _TEASER_WORDS, _TICKER_HEADINGS, _TRUNCATED, _WORD, normalize_label,
)
from reltrans.formats.chrome.lines import _Line, _first_body, _headline, _last_body
from reltrans.function_words import is_french_word


_PAGE_BOTTOM = 8  # the lines that make the bottom of a page (where a footer is looked for)
_FOOTER_EVIDENCE = 2  # chrome lines among them that make a footer

ARTICLE_LIST = "related list: an article"


def _mark_article_list(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the first sentence paragraph, a heading of other articles (``Lire aussi``, ``Sur le
    même sujet``, ``Articles liés``) followed down to the page end (chrome aside) by nothing but
    article titles, their dates and their teasers: two titles at least, and a date or a cut-off
    teaser (``…``) for each. A teaser may then be a sentence (when it follows a title or a date):
    that list is other articles, not the release, which ends above the heading."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    for position in range(first_body + 1, len(lines)):
        heading = lines[position]
        if heading.normalized not in RELATED_HEADINGS and heading.normalized not in _TICKER_HEADINGS:
            continue
        items: list[tuple[_Line, str]] = []
        previous = "heading"
        for line in lines[position + 1 :]:
            text = line.text.strip()
            if line.index in chrome:
                previous = "chrome"
                continue
            if kept_line(text) == "a date stamp":
                kind = "date"
            elif _DATED_TEASER.match(normalize_label(text)) and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "dated teaser"  # chrome 10: "14/01/2016. Le rapport présente …"
            elif _TRUNCATED.search(text) and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "cut teaser"
            elif _headline(line):
                kind = "title"
            elif previous in ("title", "date") and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "teaser"
            else:
                items = []
                break
            items.append((line, kind))
            previous = kind
        titles = sum(1 for _, kind in items if kind == "title")
        dated = sum(1 for _, kind in items if kind in ("date", "cut teaser", "dated teaser"))
        # chrome 10: the title ending the page may have lost its date (the page was cut after it)
        undated_end = 1 if items and items[-1][1] == "title" and dated >= _ARTICLE_LIST_TITLES else 0
        if titles < _ARTICLE_LIST_TITLES or dated < titles - undated_end:
            continue
        reasons.setdefault(heading.index, f"related list: the heading of other articles, followed by {titles} titles with their dates")
        for line, kind in items:
            reasons[line.index] = f"{ARTICLE_LIST}'s {kind} after {heading.text.strip()!r}, down to the page end"
        return


_DATED_TEASER = regex.compile(rf"^{_DATE}\s*[.:–-]\s+\S")  # "14/01/2016. Le rapport …": a teaser after its date

_TAGLINE_WORDS = 12


def _mark_site_taglines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A site's slogan or name: a line without a sentence end (twelve words at most) found both
    before the first sentence paragraph and after the last one (``Ensemble, pour un monde plus
    juste`` in the header and the footer). The footer copy is chrome; the header copy too when it
    sits among chrome lines (chrome or the page top above it, chrome below it) and a longer line,
    which may be the title, comes after it (a title repeated at the foot stays at the head)."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < first_body:
        return
    def key(line: _Line) -> str:
        text = line.text.strip()
        if _SENTENCE_END.search(text) or kept_line(text) or line_evidence(text):
            return ""
        return line.normalized if 2 <= len(_WORD.findall(text)) <= _TAGLINE_WORDS else ""

    head = {key(line): p for p, line in enumerate(lines[:first_body]) if line.index not in chrome and key(line)}
    for position in range(last_body + 1, len(lines)):
        line = lines[position]
        found = head.get(key(line)) if key(line) else None
        if found is None:
            continue
        reasons.setdefault(line.index, f"site tagline: the same line as block {lines[found].index + 1} at the page head, in the footer")
        above = found == 0 or lines[found - 1].index in chrome
        below = found + 1 < first_body and lines[found + 1].index in chrome
        words = len(_WORD.findall(lines[found].text))
        title_after = any(  # a title is the longest line of a page head: a longer one must follow
            other.index not in chrome and not kept_line(other.text) and len(_WORD.findall(other.text)) > words
            for other in lines[found + 1 : first_body]
        )
        if above and below and title_after:
            reasons[lines[found].index] = f"site tagline: among chrome at the page head, repeated in the footer (block {line.index + 1})"


def _mark_footer(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the last sentence paragraph: with enough chrome at the bottom of the page, its short
    unpunctuated lines (``Archives`` / ``Juillet 2017``) are the site's footer."""
    first_body = _first_body(lines, set(reasons))
    bottom = lines[max(first_body + 1, len(lines) - _PAGE_BOTTOM) :]  # the header is not the footer
    evidence = sum(1 for line in bottom if line.index in reasons)
    if evidence < _FOOTER_EVIDENCE:
        return
    last_body = _last_body(lines, reasons)
    tail = lines[last_body + 1 :]
    first = next((p for p, line in enumerate(tail) if line.index in reasons), len(tail))
    for line in tail[first + 1 :]:  # from the first chrome line on: a contact name before it stays
        if line.index in reasons or _SENTENCE_END.search(line.text.strip()):
            continue
        if len(_WORD.findall(line.text)) <= _MENU_SHORT_WORDS:
            reasons[line.index] = f"footer run: a short line after the last sentence, {evidence} chrome lines at the page bottom"
    for position in range(first + 1, len(tail)):  # chrome 9: a slogan between footer lines
        line = tail[position]
        text = line.text.strip()
        if line.index in reasons or _SENTENCE_END.search(text) or kept_line(text) or "@" in text or any(ch.isdigit() for ch in text):
            continue
        if position + 1 < len(tail) and len(_WORD.findall(text)) <= _TAGLINE_WORDS and all(
            line_evidence(other.text) for other in (tail[position - 1], tail[position + 1])
        ):  # between two lines that are chrome by their own evidence (not a contact after "Contact presse")
            reasons[line.index] = "footer run: a line without a sentence end between footer lines (a site's tagline)"


def _mark_related(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph: after a heading of other articles (``Vous pouvez aussi
    aimer``, ``Articles similaires``, ``Autres vidéos``), the lines without a sentence end are the
    titles of those articles."""
    last_body = _last_body(lines, reasons)
    for position in range(last_body + 1, len(lines)):
        heading = lines[position]
        if heading.normalized not in RELATED_HEADINGS and heading.normalized not in _TICKER_HEADINGS:
            continue  # chrome 9: a ticker's heading ("Dernières nouvelles") heads other articles too
        reasons.setdefault(heading.index, "related list: the heading of other articles, below the last sentence paragraph")
        for line in lines[position + 1 :]:
            if line.index in reasons or _SENTENCE_END.search(line.text.strip()) or len(_WORD.findall(line.text)) > 25:
                continue
            reasons[line.index] = f"related list: a title after {heading.text.strip()!r}, below the last sentence paragraph"
        return


_PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)){1,2}$")
_BIO_WORDS = 20


def _mark_end_byline(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A person's name alone (two or three capitalised words, ``Jeanne Dupuis``) after the last
    sentence paragraph, as the page's last kept line or above one short line (the author's
    note): the author's byline at the foot of an article. A name with a title or a place
    (``Genève, le 3 mai``) is no byline: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    tail = [position for position in range(last_body + 1, len(lines)) if lines[position].index not in reasons]
    if not tail or len(tail) > 2:
        return
    line = lines[tail[0]]
    text = line.text.strip()
    if not _PERSON_NAME.match(text) or kept_line(text) or _CONTACT_LEADIN.match(line.normalized):
        return  # chrome 14: "Media Contact", "Contacts Médias" head the release's contact block
    words = [word.lower() for word in text.split()]
    if any(is_french_word(word) or normalize_label(word) in _LABELS or normalize_label(word) in _RUBRICS for word in words):
        return
    if normalize_label(text) in _LABELS or normalize_label(text) in _RUBRICS or normalize_label(text) in SITE_SECTIONS:
        return
    if len(tail) == 2 and len(_WORD.findall(lines[tail[1]].text)) > _BIO_WORDS:
        return
    reasons[line.index] = "byline: a person's name alone below the last sentence paragraph, at the page foot"


def _mark_contact_leadins(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A contact lead-in alone on its line (``Pour plus d'informations, veuillez contacter :``,
    ``Contact presse``) directly above an address that is chrome (``press@example.org``): it
    introduces nothing left in the release. Above a name and its numbers (a release's contact
    block) it is kept with them."""
    for line, following in zip(lines, lines[1:]):
        if line.index in reasons or not _CONTACT_LEADIN.match(line.normalized):
            continue
        if reasons.get(following.index, "").startswith(CONTACT):
            reasons[line.index] = f"contact lead-in: above the address {following.text.strip()[:40]!r}, chrome too"
