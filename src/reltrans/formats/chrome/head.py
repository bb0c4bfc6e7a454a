"""Site chrome at the page head: menu runs and their gaps, label menus, site headers and acronyms,
news tickers, teaser menus.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import METADATA, kept_line
from reltrans.formats.chrome.lexicon import (
    SITE_SECTIONS, _ACRONYM, _LIST_LINE, _LONE_WORDS, _MENU_SHORT_WORDS, _SECTION_LABEL, _SECTION_WORDS,
    _SENTENCE_END, _SITE_ACRONYMS, _TICKER_HEADINGS, _WORD,
)
from reltrans.formats.chrome.lines import _Line, _first_body, _headline, _is_body, _last_body


_MENU_EVIDENCE = 3  # evidence blocks before the first sentence paragraph that make a menu run

# d32a: "1. Visites" over "1.1. Réunions …": the first heading of the release's own outline.
_SECTION_NUMBER = regex.compile(r"^[ \t]*(\d{1,3})\.[ \t\u00a0]")
_TEASER_TITLE_WORDS = 8  # a title shown twice (a link to itself, then the heading) has this many words or more


def _heads_the_release(head: list[_Line], position: int, reasons: dict[int, str], first_body: _Line | None) -> bool:
    """Whether the list line at ``position`` is the release's own, not a menu entry: a numbered
    heading whose next line opens its first subsection (``1. Visites`` / ``1.1. Réunions``), or a
    title of several words that the next line repeats (marked doubled: the page shows its title
    as a link, then as its heading)."""
    following = head[position + 1] if position + 1 < len(head) else first_body
    if following is None:
        return False
    line = head[position]
    number = _SECTION_NUMBER.match(line.raw)
    if number is not None and following.raw.lstrip().startswith(f"{number.group(1)}.1."):
        return True
    doubled = reasons.get(following.index, "").startswith("doubled:")
    return doubled and len(_WORD.findall(line.text)) >= _TEASER_TITLE_WORDS


_IMAGE_FILE = "image file name"


def _mark_menu_run(head: list[_Line], reasons: dict[int, str], first_body: _Line | None = None) -> None:
    """Before the first sentence paragraph (``first_body``): enough evidence makes the short lines between a menu."""
    # Metadata and a picture's file name (the title's illustration, scraped under it) are no menu entries.
    navigation = {i for i, reason in reasons.items() if not reason.startswith((METADATA, _IMAGE_FILE))}
    marked = [position for position, line in enumerate(head) if line.index in navigation]
    evidence = [position for position, line in enumerate(head) if line.index in navigation or _LIST_LINE.match(line.raw)]
    if len(evidence) < _MENU_EVIDENCE or len(marked) < 2:
        return  # list items alone (a release's key points) are no menu
    last = evidence[-1]
    for position, line in enumerate(head[: last + 1]):
        if line.index in reasons or _heads_the_release(head, position, reasons, first_body):
            continue
        if _LIST_LINE.match(line.raw) and not _is_body(line) and not _SENTENCE_END.search(line.text):
            reasons[line.index] = "menu run: a link-list entry before the title"
        elif len(_WORD.findall(line.text)) <= _MENU_SHORT_WORDS and not _SENTENCE_END.search(line.text):
            reasons[line.index] = "menu run: a short line among menu entries before the title"


_LABEL_MENU_WORDS = 5  # a menu label of a site whose labels are not known
_LABEL_MENU_LINES = 5  # such labels from the page top that make a menu
_LABEL_MENU_PLAIN = 3  # of them at least this many not list items (a release's key points are)
_BLURB_WORDS = 40  # a menu blurb: a long line without a sentence end between menu labels


def _menu_label(line: _Line) -> bool:
    """A short line that may be a menu label: five words at most, a capital first letter, no
    sentence end (a question mark aside: ``Qui sommes-nous ?``), no comma ending it (a speech's
    ``Monsieur le Président,``), no address or figure that a contact or a key figure would carry."""
    text = line.text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        bool(letters) and letters[0].isupper() and 0 < len(_WORD.findall(text)) <= _LABEL_MENU_WORDS
        and not _SENTENCE_END.search(text.rstrip(" ?")) and not text.endswith(",") and "@" not in text and not kept_line(text)
        and sum(ch.isdigit() for ch in text) <= 4
    )


def _mark_label_menu(head: list[_Line], has_body: bool, reasons: dict[int, str]) -> None:
    """A menu whose labels are not known (``Qui sommes nous`` / ``Structure`` / ``- Directrice
    générale`` / ``2030 AGENDA``): from the top of the page (only chrome above it), five or more
    short lines with a capital, no sentence end (three of them at least not list items), the
    long lines without a sentence end between them (menu blurbs) and chrome lines, up to the
    first other line. The last of them (not a list item) is kept when one line at most (dates,
    credits and chrome aside) lies between it and the first sentence paragraph: it may be a
    short title before its subtitle."""
    if not has_body:
        return  # no sentence paragraph: nothing tells the menu from the text
    position = 0
    while position < len(head) and head[position].index in reasons:
        position += 1
    labels: list[int] = []
    blurbs: list[int] = []
    while position < len(head):
        line = head[position]
        if line.index in reasons:
            position += 1
            continue
        if _menu_label(line):
            labels.append(position)
        elif (
            labels and not _SENTENCE_END.search(line.text.strip()) and len(_WORD.findall(line.text)) <= _BLURB_WORDS
            and position + 1 < len(head) and _menu_label(head[position + 1])
        ):
            blurbs.append(position)
        else:
            break
        position += 1
    if not labels:
        return
    last = labels[-1]
    between = [line for line in head[last + 1 :] if line.index not in reasons and not kept_line(line.text)]
    if len(between) <= 1 and not _LIST_LINE.match(head[last].raw):
        labels.pop()  # a title, or a short title and its subtitle ("Radar livré" / "Un radar de 40 km …"): kept
    plain = [p for p in labels if not _LIST_LINE.match(head[p].raw)]
    if len(labels) < _LABEL_MENU_LINES or len(plain) < _LABEL_MENU_PLAIN:
        return
    for p in labels:
        reasons[head[p].index] = f"menu run: a short unpunctuated line among {len(labels)} at the page top, before the title"
    for p in blurbs:
        if labels and p < labels[-1]:  # a blurb has a menu label after it
            reasons[head[p].index] = "menu run: a long unpunctuated line between menu labels (a menu blurb)"


_TICKER_LINES = 2  # headlines after a ticker heading, the title aside, that make a ticker


def _mark_ticker(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph that is no headline (a question of eight words is
    one): after a ticker heading (``À la une``, ``Dernières nouvelles``), two or more headlines
    without a sentence end (a question mark or a cut-off ``…`` aside) up to the last line before
    that paragraph, which is kept (the release's title; a date or credit next to it is kept too).
    One line between the heading and the title may be the title's own: kept."""
    body = next(
        (p for p, line in enumerate(lines) if line.index not in reasons and _is_body(line) and not _headline(line)), len(lines)
    )
    head = lines[:body]
    candidates = [p for p, line in enumerate(head) if line.index not in reasons and not kept_line(line.text)]
    if not candidates:
        return
    title = candidates[-1]
    for position, line in enumerate(head[:title]):
        if line.normalized not in _TICKER_HEADINGS:
            continue
        headlines = []
        for other in head[position + 1 : title]:
            if other.index in reasons or kept_line(other.text):
                continue
            if not _headline(other):
                break
            headlines.append(other)
        if len(headlines) < _TICKER_LINES:
            return
        reasons.setdefault(line.index, f"news ticker: the heading {line.text.strip()!r} before the title")
        for other in headlines:
            reasons[other.index] = f"news ticker: a headline after {line.text.strip()!r}, before the title"
        return


def _mark_site_acronyms(lines: list[_Line], reasons: dict[int, str]) -> None:
    """An organization's acronym alone on its line (``PAM`` above a WFP page) before the first
    sentence paragraph or after the last one: the site's label; and before the first one, a lone
    lowercase word (``laxmi``: an image's alt text, a user name). Between paragraphs both are kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < 0:
        return
    for position, line in enumerate(lines):
        text = line.text.strip()
        if line.index in reasons or not (position < first_body or position > last_body):
            continue
        if text in _SITE_ACRONYMS:
            reasons[line.index] = f"site label: the organization's acronym {text!r} alone, outside the body"
        elif position < first_body and _LOWER_WORD.match(text) and text not in _LONE_WORDS:
            reasons[line.index] = "image alt text: a lone lowercase word before the first sentence paragraph (a name or a file)"
        elif position < first_body and _SLUG.match(text):
            reasons[line.index] = "image alt text: an image's file name (an acronym and hyphened parts) before the first sentence paragraph"


_LOWER_WORD = regex.compile(r"^\p{Ll}[\p{Ll}\d_-]{2,30}$")  # "laxmi": an image's alt text or a user name
_SLUG = regex.compile(r"^\p{Lu}{2,8}(?:[-_][\p{Ll}\d]{1,12}){2,4}$")  # chrome 10: "ILO-en-strap", an image's file name

_PARTICLES = frozenset("de|du|des|la|le|les|l|d|et|pour|aux|au|en|sur|of|the|at|for|and|on|in|to".split("|"))

_ACRONYM_FIRST = regex.compile(r"^(\p{Lu}{2,8})\s*[-–—:|]\s*(.+)$")
_ACRONYM_LAST = regex.compile(r"^(.+?)\s*\((\p{Lu}{2,8})\)$")
_ORG_NAME_WORDS = 12


def _expands(acronym: str, name: str) -> bool:
    """Whether ``name`` is only an organization's name whose capitalised words' initials spell
    ``acronym`` (``Comité International de la Croix-Rouge`` for ``CICR``, ``United Nations Office
    at Geneva`` for ``UNOG``): every other word is a particle (``de``, ``la``, ``of``, ``at``)."""
    words = regex.findall(r"\p{L}+", name)
    if not 2 <= len(words) <= _ORG_NAME_WORDS or _SENTENCE_END.search(name.strip()):
        return False
    initials = []
    for word in words:
        if word[0].isupper():
            initials.append(word[0])
        elif word.lower() not in _PARTICLES:
            return False  # a verb or a noun in lower case: a sentence, not a name
    return "".join(initials) == acronym


# "CICR infos", "Africa news": a site's masthead (a name and the word for news).
_MASTHEAD = regex.compile(r"^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)?\s+(?:infos?|actus?|news|hebdo|magazine)$")

# "DIRECTRICE GENERALE DE L'UNESCO", "Bureau du porte-parole": an office's name heading its pages.
_OFFICE = regex.compile(
    r"^(?:(?:le|la|l')\s*)?(?:cabinet|bureau|service|direction|secretariat|directeur|directrice|secretaire|haut-commissaire|"
    r"haute-commissaire|haut commissaire|president|presidente|porte-parole|office of the|spokesperson)"
    r"(?:\s+(?:general|generale|executif|executive|adjoint|adjointe|de presse|du porte-parole))?"
    r"(?:\s+(?:du|de la|de l'|des|de|d'|of the|of)\s*\S+(?:\s+\S+){0,3})?$"
)
_CRUMB_LABELS = frozenset({"vous etes ici", "you are here", "fil d'ariane", "breadcrumb"})


def _mark_site_header(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the release's title (the last line kept before the first sentence paragraph, never
    judged here), the site's own header lines: an organization's name spelled out next to its
    acronym (``CICR`` / ``Comité International de la Croix-Rouge``, ``UNOG - United Nations Office
    at Geneva``) and that acronym alone; a masthead (``CICR infos``); a page type with its office
    (``Déclarations Haut-Commissariat …``); an office's name in capitals (``DIRECTRICE GENERALE DE
    L'X``; ``La Directrice générale`` may name the speaker: kept); the
    current crumb after ``Vous êtes ici``."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    if first_body >= len(lines):
        return  # no sentence paragraph: nothing tells the header from the text
    kept = [p for p in range(first_body) if lines[p].index not in chrome and not kept_line(lines[p].text)]
    if not kept:
        return
    title = kept[-1]
    # chrome 10: an organization's name with its acronym stays site header when chrome (a
    # distribution line, a label) parts it from the first sentence paragraph, the title itself
    title_parted = any(lines[p].index in chrome for p in range(title + 1, first_body))
    for position in kept if title_parted else kept[:-1]:
        line = lines[position]
        text = line.text.strip()
        norm = line.normalized
        words = len(_WORD.findall(text))
        reason = ""
        first, last = _ACRONYM_FIRST.match(text), _ACRONYM_LAST.match(text)
        if (first and _expands(first.group(1), first.group(2))) or (last and _expands(last.group(2), last.group(1))):
            reason = "site header: an organization's acronym and its name, before the title"
        elif position == title:
            continue  # the title: only an organization's name with its acronym is judged there
        else:
            for other in (position - 1, position + 1):
                if 0 <= other < first_body and other != title and _ACRONYM.match(lines[other].text.strip()) and _expands(
                    lines[other].text.strip(), text
                ):
                    reason = f"site header: the name of {lines[other].text.strip()!r} spelled out, before the title"
                    if lines[other].index not in reasons:
                        reasons[lines[other].index] = "site header: an organization's acronym, spelled out beside it, before the title"
                    break
        if not reason and _MASTHEAD.match(text):
            reason = "site header: a site's masthead (a name and 'infos'), before the title"
        if not reason and words <= _SECTION_WORDS and not _SENTENCE_END.search(text) and _SECTION_LABEL.match(text):
            reason = "site header: a page type and its office or collection, before the title"
        if not reason and words <= _SECTION_WORDS and text.isupper() and not _SENTENCE_END.search(text) and _OFFICE.match(norm):
            reason = "site header: an office's name heading its pages, before the title"
        if not reason and line.normalized.rstrip(" ?") in SITE_SECTIONS:
            reason = f"site header: a section of the site's menu ({text!r}), before the title"
        if not reason and position > 0 and lines[position - 1].normalized in _CRUMB_LABELS and lines[position - 1].index in chrome and (
            words <= _MENU_SHORT_WORDS and not _SENTENCE_END.search(text)
        ):
            reason = f"breadcrumb: the current page after {lines[position - 1].text.strip()!r}, before the title"
        if reason and line.index not in reasons:
            reasons[line.index] = reason


# Headings of teaser links below the release ("POUR EN SAVOIR PLUS": linked headings and their blurbs).
_TEASER_HEADINGS = frozenset("pour en savoir plus|en savoir plus|a decouvrir|a decouvrir aussi|decouvrir aussi|learn more|explore more".split("|"))
_TEASER_BLURB_WORDS = 50
_CONTACT = regex.compile(r"@|\d[\d .-]{7,}\d|\b(?:contacts?|tel|telephone|courriel|e-mail|email|fax)\b")


def _mark_teaser_menu(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the first sentence paragraph, a heading of teaser links (``POUR EN SAVOIR PLUS``), or
    with no heading a section of the site's menu (:data:`SITE_SECTIONS`, every link one of them),
    followed down to the page end by nothing but menu labels (``Qui nous aidons``) each with at
    most one blurb of a short paragraph (fifty words at most), two labels at least: the site's
    menu below the release (a release's own notes, ``À propos de l'OIM`` and its long
    paragraph, are kept). A
    contact (an address, a phone number, ``Contact``) among them keeps them all."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    for position in range(first_body + 1, len(lines)):
        heading = lines[position]
        # no heading: from a section of the site's menu ("Qui nous aidons"), every link one of them
        sections_only = heading.normalized.rstrip(" ?") in SITE_SECTIONS and heading.index not in chrome
        if heading.normalized not in _TEASER_HEADINGS and not sections_only:
            continue
        items: list[tuple[_Line, str]] = []
        previous = "heading"
        for line in lines[position + (0 if sections_only else 1) :]:
            if line.index in chrome:
                continue
            if _CONTACT.search(line.normalized):
                items = []
                break
            if _menu_label(line) and (not sections_only or line.normalized.rstrip(" ?") in SITE_SECTIONS):
                kind = "label"
            elif previous == "label" and len(_WORD.findall(line.text)) <= _TEASER_BLURB_WORDS:
                kind = "blurb"
            else:
                items = []
                break
            items.append((line, kind))
            previous = kind
        if sum(1 for _, kind in items if kind == "label") < 2:
            continue
        if not sections_only:
            reasons.setdefault(heading.index, "teaser menu: the heading of the site's links below the release")
        for line, kind in items:
            where = "from the site's section" if sections_only else "after"
            reasons[line.index] = f"teaser menu: a {'link' if kind == 'label' else 'blurb'} {where} {heading.text.strip()!r}, down to the page end"
        return


_MENU_GAP_WORDS = 8
_MENU_RUN = "menu run"


def _mark_menu_gaps(head: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph, a line of eight words at most that is no sentence (a
    question mark aside: a menu's ``- pourquoi une assemblée ?``) between a chrome line and a
    menu entry below it (a menu section's heading or a longer entry): a menu entry too, provided
    a kept line remains after it before the first sentence paragraph (the title)."""
    for position in range(1, len(head) - 1):
        line = head[position]
        text = line.text.strip()
        if line.index in reasons or kept_line(text) or _is_body(line) or len(_WORD.findall(text)) > _MENU_GAP_WORDS:
            continue
        if _SENTENCE_END.search(text.rstrip(" ?")) or text.endswith(","):
            continue
        above, below = reasons.get(head[position - 1].index, ""), reasons.get(head[position + 1].index, "")
        if not above or above.startswith(METADATA) or not below.startswith(_MENU_RUN):
            continue
        if any(other.index not in reasons and not kept_line(other.text) for other in head[position + 2 :]):
            reasons[line.index] = "menu run: a line between chrome and a menu entry, before the title"
