"""Site chrome: section names, tags and short labels around the body (news rubrics, place tags,
listing tags, weak labels, lone words beside chrome).
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import METADATA, _glued_labels, kept_line
from reltrans.formats.chrome.lexicon import (
    COUNTRIES, _LIST_LINE, _LONE_WORDS, _PLACE_RUBRICS, _RUBRICS, _SENTENCE_END, _TOPIC_RUBRICS, _WEAK_LABELS, _WORD,
    normalize_label,
)
from reltrans.formats.chrome.lines import _Line, _first_body, _headline, _is_body, _last_body


_INITIALS = regex.compile(r"^(?:\p{Lu}\.){2,3}$")  # "N.D.": an author's initials
_RUBRIC_LIST = regex.compile(r"\s*[,/|]\s*|\s+[-–>›»]\s+")  # chrome 15: "Monde > Afrique"


def _mark_lone_words(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line of one word that cannot stand alone, next to a chrome line, is a piece of it."""
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _LONE_WORDS or line.text.strip().lower() != line.normalized:
            continue
        beside = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]
        if beside:
            reasons[line.index] = f"a lone word beside the chrome line {beside[0].text.strip()[:40]!r}"


def _rubric(line: _Line) -> str:
    """The section name(s) a line holds by themselves (``Afrique``, ``Monde, Libye``,
    ``PROVINCESOCIETE``): '' when it holds anything else."""
    norm = line.normalized
    if norm in _RUBRICS:
        return norm
    if _SENTENCE_END.search(line.text.strip()) or len(_WORD.findall(line.text)) > 6:
        return ""
    parts = [part for part in _RUBRIC_LIST.split(line.text.strip()) if part]
    if len(parts) >= 2 and normalize_label(parts[0]) in _RUBRICS and all(
        len(_WORD.findall(part)) <= 2 and part[:1].isupper() for part in parts
    ):
        return normalize_label(parts[0])  # "Monde, Libye": the section, then its sub-section
    glued = _glued_labels(norm, _RUBRICS)
    return " + ".join(glued) if glued else ""


def _mark_rubrics(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Section names of a news site on a line of their own: before the first sentence paragraph
    and after the last one; between paragraphs a topic (not a place) before a caption or a chrome
    line (it heads no paragraph). A name before a list item heads the release's own list: kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text):
            continue
        if _INITIALS.match(line.text.strip()) and (position < first_body or position > last_body):
            reasons[line.index] = f"{METADATA}: the author's initials outside the body"
            continue
        rubric = _rubric(line)
        if not rubric:
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and _LIST_LINE.match(following.raw):
            continue  # "Santé" / "- 3 centres rouverts": a heading of the release's own list
        if position < first_body or position > last_body:
            reasons[line.index] = f"category label {rubric!r}: a section name outside the body"
        elif rubric in _TOPIC_RUBRICS and following is not None and (
            following.index in reasons or "©" in following.text or kept_line(following.text)
        ):
            reasons[line.index] = f"category label {rubric!r}: a section name before a caption or chrome, heading no paragraph"


_TAG_WORDS = 6
_LISTING_TAGS = 2  # tag lines, each above an entry's title, that make a listing's tags


def _mark_listing_tags(lines: list[_Line], reasons: dict[int, str]) -> None:
    """On a listing, the topic or country label above each entry's title (``Soudan`` / ``Soudan :
    arrestation d'une équipe`` / its teaser; ``Migration de main d'œuvre`` / a title / its date):
    a short unpunctuated line directly above a title (a line without a sentence end) that a
    sentence paragraph follows (a date or a credit between them aside), two such labels at least.
    A heading directly above its paragraph (``Santé`` / ``Trois centres …``) is the release's: kept."""
    found = []
    for position, line in enumerate(lines[:-2]):
        text = line.text.strip()
        if line.index in reasons or _is_body(line) or _SENTENCE_END.search(text) or kept_line(text):
            continue
        if not 0 < len(_WORD.findall(text)) <= _TAG_WORDS or _LIST_LINE.match(line.raw) or not text[:1].isupper():
            continue
        title = lines[position + 1]
        title_text = title.text.strip()
        if title.index in reasons or _is_body(title) or not _headline(title) or kept_line(title_text) or _LIST_LINE.match(title.raw):
            continue
        if len(_WORD.findall(title_text)) <= len(_WORD.findall(text)):
            continue  # a title is longer than its label
        after = [other for other in lines[position + 2 : position + 5] if other.index not in reasons and not kept_line(other.text)]
        if after and _is_body(after[0]):
            found.append(line)
    if len(found) >= _LISTING_TAGS:
        for line in found:
            reasons[line.index] = f"listing tag: a short label above an entry's title ({len(found)} on the page)"


def _mark_weak_labels(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short generic label (``FAQ``, ``Focus``, ``Blogs``) next to a chrome line, or as the
    page's first or last line before the first or after the last sentence paragraph."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _WEAK_LABELS:
            continue
        beside = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]
        edge = (position == 0 and position < first_body) or (position == len(lines) - 1 and position > last_body)
        if beside:
            reasons[line.index] = f"label {line.text.strip()!r}: a section tab beside the chrome line {beside[0].text.strip()[:40]!r}"
        elif edge:
            reasons[line.index] = f"label {line.text.strip()!r}: a section tab at the page {'top' if position == 0 else 'foot'}"


_TAG_RUN = 2  # country or region names alone on consecutive lines that make a list of tags
_PLACE_LIST = regex.compile(r"\s*[,;/|·•]\s*")


def _place_tags(line: _Line) -> int:
    """How many country or region names a line is made of (0: it holds anything else)."""
    if _SENTENCE_END.search(line.text.strip()):
        return 0
    parts = [normalize_label(part) for part in _PLACE_LIST.split(line.text.strip()) if part.strip()]
    places = COUNTRIES | _PLACE_RUBRICS
    return len(parts) if parts and all(part in places for part in parts) else 0


def _mark_place_tags(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph or after the last one, country or region names alone
    on two or more lines in a row (``Soudan`` / ``Tchad``), or three or more on one line
    (``Mali, Niger, Tchad``): the page's tags. One country alone (a heading, a dateline's place)
    and names between paragraphs are kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    run: list[_Line] = []

    def close() -> None:
        if len(run) >= _TAG_RUN or (run and _place_tags(run[0]) >= 3):
            for line in run:
                reasons[line.index] = f"tag list: country or region names alone on their lines ({len(run)} in a row), outside the body"
        run.clear()

    for position, line in enumerate(lines):
        outside = position < first_body or position > last_body
        if line.index in chrome and run:
            continue  # a chrome line inside the run ("Tags") does not break it
        if outside and line.index not in chrome and _place_tags(line):
            run.append(line)
        else:
            close()
    close()
