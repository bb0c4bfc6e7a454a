"""Site chrome 14: what the page edges and the chrome around a line say (credited bylines, English
titles on a French page, about headings). Kept as one rule set: its pass runs in its own order.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import METADATA, kept_line
from reltrans.formats.chrome.foreign import _page_is_french
from reltrans.formats.chrome.lexicon import _HAS_SENTENCE_END, _SENTENCE_END, _SITE_ACRONYMS, _WORD
from reltrans.formats.chrome.lines import _Line, _chrome_beside, _first_body, _is_body, _last_body
from reltrans.formats.chrome.widgets import _mark_comment_section
from reltrans.function_words import ENGLISH, is_french_word


# A news agency's name alone on its line ("Belga", "AFP"): the wire's credit the site printed at
# the page edge. In brackets ("(AFP)") it is the release's credit (kept_line): kept.
_NEWS_AGENCIES = frozenset(
    "afp reuters belga ap xinhua aps map dpa ats keystone-ats efe ansa anadolu kyodo tass ria novosti anp apa pana lusa "
    "aip acp agp vna sputnik".split()
)
# "Par Jeanne Dupuis - © AFP - Luc Martin", "By Jane Doe | Photo: UNICEF": a byline joined to the
# photo's credit, a line the CMS prints under the lead.
_CREDITED_BYLINE = regex.compile(
    r"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*"
    r"(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|la|le|van|von|da)){0,4}"
    r"[ \u00a0]*[-–—|,/][ \u00a0]*(?:©|\([Cc]\)|[Cc]r[ée]dits?\b|[Pp]hotos?\b|[Ii]mages?\b)"
)
_CREDITED_BYLINE_WORDS = 14
# "À propos de l'OMS", "À propos du CICR", "About UNICEF": the heading of an organization's box.
# The organization is named (a capital): "À propos des ports" is a topic, not a box.
_ABOUT_HEADING = regex.compile(r"^(?:[ÀàAa] propos (?:de la |de l['’]|du |des |de |d['’])|[Aa]bout (?:the )?)\p{Lu}")
_ABOUT_WORDS = 7
_FRENCH_DIACRITICS = regex.compile(r"[éèêëàâäçôöûùüîïœæÉÈÊËÀÂÇÔÛÙÎÏŒ]")
_TITLE_WORDS = 8
_TITLE_CASE_LOWER = frozenset(
    "of on and the for in to at by with from a an".split()
)  # the words English titles leave in lowercase


def credited_byline(text: str) -> bool:
    """``text`` is a byline joined to a credit (``Par Jeanne Dupuis - © AFP - Luc Martin``): a
    name after ``par``/``by``, then a credit mark (``©``, ``Photo``, ``Crédit``), no sentence end."""
    stripped = text.strip()
    return (
        len(_WORD.findall(stripped)) <= _CREDITED_BYLINE_WORDS
        and not _HAS_SENTENCE_END.search(stripped)
        and _CREDITED_BYLINE.match(stripped) is not None
    )


def english_title(text: str) -> bool:
    """``text`` is an English label in title case (``Information System on International Labour
    Standards``): two to eight words, each capitalised but the small words English titles leave
    in lowercase, one of them at least an English function word in lowercase, no French function
    word, no French accent, no punctuation. A person's name (no function word) or a French
    heading (``de``, an accent) is never one."""
    stripped = text.strip()
    if regex.search(r"[.!?…:;,«»\"“”()\[\]/|]", stripped) or _FRENCH_DIACRITICS.search(stripped):
        return False
    words = stripped.split()
    if not 2 <= len(words) <= _TITLE_WORDS or any(is_french_word(word.strip("'’-")) for word in words):
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    small = [word for word in words if word in _TITLE_CASE_LOWER]
    capitalised = all(word[:1].isupper() or word in _TITLE_CASE_LOWER for word in words)
    return capitalised and any(word in ENGLISH for word in small)


def _title_case_without_french(text: str) -> bool:
    """Two to eight capitalised words (``Sustainable Development Goals``, ``Top Slides``), no
    French function word or accent, no punctuation: nothing says the line is French."""
    stripped = text.strip()
    if regex.search(r"[.!?…:;,«»\"“”()\[\]/|&]", stripped) or _FRENCH_DIACRITICS.search(stripped):
        return False
    words = stripped.split()
    if not 2 <= len(words) <= _TITLE_WORDS or any(is_french_word(word.strip("'’-")) for word in words):
        return False
    return all(word[:1].isupper() or word in _TITLE_CASE_LOWER for word in words)


def _mark_chrome14(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 14: what the page edges and the chrome around a line say about it.

    * an organization's acronym alone (:data:`_SITE_ACRONYMS`) next to a chrome line, anywhere
      (``OMM`` above a listing's ``Publish Date:``, ``CICR`` under a logo's alt text); between
      two kept lines it is kept;
    * a news agency's name alone (``Belga``, ``AFP``) before the first or after the last sentence
      paragraph: the wire's credit at the page edge (``(AFP)`` is a credit: kept);
    * a byline joined to a photo credit (``Par Jeanne Dupuis - © AFP - Luc Martin``), anywhere;
    * an "about" heading naming an organization (``À propos de l'OMS``, ``About UNICEF``) outside
      the body that heads no paragraph: a menu section, not the organization's box (above its
      blurb it is kept; ``À propos des ports`` names a topic: kept);
    * on a French page, an English title-case label (:func:`english_title`) outside the body or
      beside chrome, and a title-case line with nothing French in it between two chrome lines
      (a facet's value, ``Sustainable Development Goals`` between ``Filter :`` and ``Subject``).
    """
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    french = _page_is_french(lines)
    for position, line in enumerate(lines):
        if line.index in reasons:
            continue
        text = line.text.strip()
        outside = position < first_body or position > last_body
        beside = _chrome_beside(lines, position, reasons)
        if text in _SITE_ACRONYMS and beside:
            reasons[line.index] = (
                f"site label: the organization's acronym {text!r} alone, beside the chrome line {beside[0].text.strip()[:40]!r}"
            )
        elif outside and line.normalized in _NEWS_AGENCIES and text[:1].isupper():
            reasons[line.index] = f"credit: the news agency's name {text!r} alone at the page edge, outside the body"
        elif credited_byline(text):
            reasons[line.index] = f"{METADATA}: a byline joined to a photo credit"
        elif outside and _about_heading(line) and not _heads_paragraph(lines, position, reasons):
            reasons[line.index] = "about heading: an organization's 'about' section outside the body, heading no paragraph"
        elif french and (outside or beside) and english_title(text):
            reasons[line.index] = "another language: an English label in title case on a French page"
        elif french and len(beside) == 2 and _title_case_without_french(text) and not kept_line(text):
            reasons[line.index] = "label: capitalised words with nothing French in them, between two chrome lines"
    _mark_comment_section(lines, reasons)


def _about_heading(line: _Line) -> bool:
    text = line.text.strip()
    return (
        len(_WORD.findall(text)) <= _ABOUT_WORDS
        and not _HAS_SENTENCE_END.search(text)
        and not _SENTENCE_END.search(text)
        and _ABOUT_HEADING.match(text) is not None
    )


def _heads_paragraph(lines: list[_Line], position: int, reasons: dict[int, str]) -> bool:
    """The next kept line after ``position`` is a sentence paragraph (the heading's blurb)."""
    for following in lines[position + 1 :]:
        if following.index not in reasons:
            return _is_body(following)
    return False
