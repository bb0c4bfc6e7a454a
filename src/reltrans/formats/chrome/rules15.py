"""Site chrome 15: the page-level pass of chrome 15 (bylines split over lines, alt texts repeated by
their captions, media groups, paywall boxes, page types before an office's name). Kept as one rule
set: its pass runs in its own order; the per-line labels of chrome 15 are in :mod:`.evidence`.

Chrome 15 is what news and agency CMSs print around an article (Drupal, WordPress, the radio and
TV sites): comment counters, file labels, a radio correspondent's line, bylines split over lines,
media player labels, fold-out buttons. Each rule matches a whole line (or block), never a sentence.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import BYLINE_RUN, METADATA, kept_line
from reltrans.formats.chrome.lexicon import (
    COUNTRIES, _HAS_SENTENCE_END, _LABELS, _NAME_BYLINE, _PAYWALL_BOX_WORDS, _RUBRICS, _SECTION_LABEL, _SECTION_WORDS,
    _SENTENCE_END, _TIME_OF_DAY, _WEAK_LABELS, _WORD, normalize_label,
)
from reltrans.formats.chrome.lines import _Line, _chrome_beside, _first_body, _last_body


# The media groups whose name a page prints alone by its byline or logo ("France Télévisions").
_MEDIA_GROUPS = frozenset(
    "france televisions|france medias monde|radio france|franceinfo|france info|rfi|france 24|france24|tv5monde|tv5 monde|"
    "radio-canada|ici radio-canada|rtbf|rts|rtl|rtl info|le monde|jeune afrique|voa afrique|bbc afrique|dw|deutsche welle".split("|")
)

_BYLINE_LEADS = frozenset(
    "par|by|de|ecrit par|redige par|publie par|propos recueillis par|texte|texte de|auteur|auteure|auteurs|author|signe|signe par".split("|")
)
_BYLINE_NAME = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:[ \u00a0]+|[ \u00a0]*,[ \u00a0]*)(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|la|le|van|von|da|d['’]\p{Lu}[\p{L}'’-]*|et|and)){0,7}$"
)
_BYLINE_NAME_WORDS = 8
_PUBLISHED_LEADS = frozenset("publie|publie le|mis a jour|mis a jour le|modifie le|poste le|mis en ligne le|published|updated|posted".split("|"))
# "Belgique Par Thierry Remacle": a section name, then the byline, on one line.
_SECTION_BYLINE = regex.compile(r"^(.{2,40}?)[ \u00a0]+((?:Par|PAR|By)[ \u00a0]+\p{Lu}.*)$")
_CREDIT_MARK = regex.compile(
    r"©|\((?:c|C)\)|\b(?:[Pp]hotos?|PHOTOS?|[Cc]r[ée]dits?(?: photo)?|[Ii]mages?)\s*:|\b\p{Lu}{2,10}\s*/\s*\p{Lu}"
)
_ALT_WORDS = 4  # an alt text repeated by its caption has at least this many words
_CREDIT_TAIL_WORDS = 6  # a caption's credit ends it: at most this many words after its mark


def _credit_at_end(text: str) -> bool:
    """A credit mark (``©``, ``Photo :``, ``AFP/X``) with a few words after it ending ``text``, no
    sentence after it (``… l'OMS/OPS a lancé un appel …`` is a paragraph naming two agencies)."""
    marks = list(_CREDIT_MARK.finditer(text))
    if not marks:
        return False
    after = text[marks[-1].start() :]
    return len(_WORD.findall(after)) <= _CREDIT_TAIL_WORDS and not _HAS_SENTENCE_END.search(after.rstrip(". "))
# "Actualités Santé", "Infos Afrique", "Dans la rubrique Société", "Actualités internationales":
# a news word, then a section (a topic, a place, or an adjective of scope).
_NEWS_SECTION = regex.compile(
    r"^(?:(?:dans (?:la |les )?)?(?:rubriques?|categories?|sections?)|actualites?|actus?|infos?|informations|nouvelles|news|dossiers?|themes?)"
    r"\s*:?\s+(.{2,40})$"
)
_SECTION_ADJECTIVES = frozenset(
    "internationale|internationales|nationale|nationales|regionale|regionales|locale|locales|africaines|europeennes|"
    "du monde|monde|en bref|a la une|generales|economiques|politiques|culturelles|sportives".split("|")
)


def _mark_chrome15(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15: what the lines around a line say about it.

    * a byline split over lines (``Par`` / ``Jeanne Dupont`` / ``Le 3 mai 2014 à 10h12``): a lead
      alone (``Par``, ``Écrit par``), the name under it (capitalised words, no figure, no sentence
      end) and, under the name or under a one-line byline, a date with its time of day; anywhere
      (Le Monde puts it below the lead paragraph). A date without a time stays (the release's date);
    * a date with its time of day under a publication label alone (``Publié`` / ``3 mai 2014 à 10h12``);
    * a section name glued before a byline (``Belgique Par Thierry Remacle``);
    * an image's alt text repeated at the start of the next line, which carries a credit anywhere
      (``Un homme marche dans la neige.`` / ``Un homme marche dans la neige à Boston. Photo: AP/X``),
      compared without case and its final period: the caption stays;
    * a media group's name alone (``France Télévisions``, ``RFI``) outside the body or beside chrome;
    * below the last sentence paragraph, the lines of a paywall box after a paywall line (short
      lines down to the next long one: ``Je choisis un pack`` / ``pour accéder à cet article.``);
    * a page type before an office's name (``Actualités Conseil des droits de l'homme``) as the
      last line before the first sentence paragraph (chrome 10 judged it above the title only).
    """
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    for position, line in enumerate(lines):
        text = line.text.strip()
        following = lines[position + 1] if position + 1 < len(lines) else None
        if line.index not in reasons and line.normalized in _BYLINE_LEADS and following is not None and following.index not in reasons:
            name = following.text.strip()
            if _BYLINE_NAME.match(name) and len(_WORD.findall(name)) <= _BYLINE_NAME_WORDS and not kept_line(name) and (
                normalize_label(name) not in _LABELS
            ):
                reasons[line.index] = f"{BYLINE_RUN}: {text!r} alone above the author's name"
                reasons[following.index] = f"{BYLINE_RUN}: the author's name under {text!r}"
        if line.index not in reasons:
            section = _SECTION_BYLINE.match(text)
            if section and (normalize_label(section.group(1)) in _RUBRICS | COUNTRIES | _LABELS | _WEAK_LABELS) and _NAME_BYLINE.match(section.group(2)):
                reasons[line.index] = f"{METADATA}: a section name ({section.group(1)!r}) glued before the byline"
    for position, line in enumerate(lines[1:], start=1):  # the date and time under a byline or a publication label
        above = lines[position - 1]
        reason = reasons.get(above.index, "")
        if line.index in reasons or kept_line(line.text) != "a date stamp" or not _TIME_OF_DAY.search(line.normalized):
            continue
        if reason.startswith(BYLINE_RUN) or (reason.startswith(f"{METADATA}: a byline")) or above.normalized in _PUBLISHED_LEADS:
            reasons[line.index] = f"{BYLINE_RUN}: the date and time under {above.text.strip()[:40]!r}"
    for line, following in zip(lines, lines[1:]):  # an alt text the caption below repeats, with a credit
        text = line.text.strip().rstrip(".").strip()
        if line.index in reasons or following.line == line.line or len(_WORD.findall(text)) < _ALT_WORDS:
            continue
        rest = following.text.strip()
        if rest.casefold().startswith(text.casefold()) and len(rest) > len(text) and _credit_at_end(rest[len(text) :]):
            reasons[line.index] = f"image alt text: the caption below repeats it with its credit (block {following.index + 1})"
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _MEDIA_GROUPS or not line.text.strip()[:1].isupper():
            continue
        outside = position < first_body or position > last_body
        if outside or _chrome_beside(lines, position, reasons):
            reasons[line.index] = f"credit: the media group's name {line.text.strip()!r} alone, outside the body or beside chrome"
    if last_body >= 0:
        tail = lines[last_body + 1 :]
        box = next((p for p, line in enumerate(tail) if reasons.get(line.index, "").startswith("paywall")), None)
        if box is not None:
            for line in tail[box + 1 :]:
                if line.index in reasons:
                    continue
                if len(_WORD.findall(line.text)) > _PAYWALL_BOX_WORDS or kept_line(line.text) or "@" in line.text:
                    break
                reasons[line.index] = "paywall: a line of the subscription box, below the last sentence paragraph"
    head_kept = [p for p in range(min(first_body, len(lines))) if lines[p].index not in reasons and not kept_line(lines[p].text)]
    lone_title = head_kept[-1] if len(head_kept) == 1 else -1  # the page's only line above its body: its title, kept
    for position, line in enumerate(lines):  # a news section's label, and a page type with its office, outside the body
        text = line.text.strip()
        outside = position < first_body or position > last_body
        if line.index in reasons or position == lone_title or _SENTENCE_END.search(text) or len(_WORD.findall(text)) > _SECTION_WORDS:
            continue
        section = _NEWS_SECTION.match(line.normalized)
        if section and section.group(1) in _RUBRICS | COUNTRIES | _SECTION_ADJECTIVES and (outside or _chrome_beside(lines, position, reasons)):
            reasons[line.index] = f"category label {text!r}: a news section's name outside the body or beside chrome"
        elif position > last_body >= 0 and _SECTION_LABEL.match(text):
            reasons[line.index] = "site header: a page type and its office or collection, below the last sentence paragraph"
    if 0 < first_body < len(lines):
        kept = [p for p in range(first_body) if lines[p].index not in reasons and not kept_line(lines[p].text)]
        if kept:
            title = lines[kept[-1]]
            text = title.text.strip()
            if len(kept) > 1 and len(_WORD.findall(text)) <= _SECTION_WORDS and not _SENTENCE_END.search(text) and _SECTION_LABEL.match(text):
                reasons[title.index] = "site header: a page type and its office or collection, before the first sentence paragraph"
