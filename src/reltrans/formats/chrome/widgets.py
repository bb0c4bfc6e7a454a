"""Site chrome: page widgets (teaser cards, video lists, comment sections, web-archive banners,
alt texts before their captions, pull quotes).
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.lexicon import (
    WEB_ARCHIVE, _COMMENT_COUNT, _COMMENT_COUNTER, _REPEAT_WORDS, _SENTENCE_END, _WORD,
)
from reltrans.formats.chrome.lines import _Line, _is_body, _last_body
from reltrans.model import Document


_CALLS_TO_ACTION = frozenset(
    "decouvrir|en savoir plus|lire la suite|voir plus|read more|learn more|discover|see more".split("|")
)

_CARD_LINES = 4  # a teaser card has at most this many lines before its call to action


def _mark_cards(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Promotional cards from the top of the page: short groups each closed by a call to action."""
    start = 0
    cards: list[tuple[int, int]] = []
    for position, line in enumerate(lines):
        if position - start > _CARD_LINES:
            break
        if line.normalized in _CALLS_TO_ACTION:
            cards.append((start, position))
            start = position + 1
    if len(cards) < 2:
        return  # one teaser may be the release's own opening: two or more make a card run
    listing = not any(_is_body(line) for line in lines[cards[-1][1] + 1 :])
    for first, last in cards:
        # chrome 11: with no sentence paragraph after the cards, the cards are the page (a tag or
        # listing page): their teasers are its body and only the calls to action are chrome
        for card_line in lines[last : last + 1] if listing else lines[first : last + 1]:
            reasons.setdefault(card_line.index, f"card: a teaser closed by {lines[last].text.strip()!r}")


# The toolbar of the Wayback Machine above a stored page: capture counts, the dates of the first
# and last captures, the calendar's months and years, its "About this capture" box.
_ARCHIVE_TOOLBAR = regex.compile(
    r"^(?:\d[\d,. ]{0,9}\s+captures?|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s*[-–]\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}"
    r"|(?:\p{L}{3,4}\.?\s+){2}\p{L}{3,4}\.?|(?:(?:19|20)\d{2}\s+){2}(?:19|20)\d{2}|\d{1,2}|(?:19|20)\d{2}|success|fail|failed|"
    r"success fail|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|go|capture|captures|"
    r"about this capture|collected by|timestamps|loading\.*|chargement\.*|close|help|exit|previous capture|next capture|"
    r"(?:organization|collection)\s*:.{0,80})$"
)
_ARCHIVE_WINDOW = 40  # lines after the banner line where the toolbar's "TIMESTAMPS" closes it


def _mark_web_archive(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the Wayback Machine's banner line (``The Wayback Machine - https://web.archive.org/…``):
    the lines of its toolbar (``43 captures``, ``12 mars 2016 - 4 juin 2021``, ``FEB MAR APR``,
    ``About this capture``); when the toolbar's ``TIMESTAMPS`` closes it within forty lines,
    everything up to it (the box about the collection is in English sentences)."""
    for position, line in enumerate(lines):
        if not reasons.get(line.index, "").startswith(WEB_ARCHIVE):
            continue
        window = lines[position + 1 : position + 1 + _ARCHIVE_WINDOW]
        close = next((p for p, other in enumerate(window) if other.normalized == "timestamps"), None)
        if close is not None and any(other.normalized == "about this capture" for other in window[:close]):
            for other in window[: close + 1]:
                reasons.setdefault(other.index, f"{WEB_ARCHIVE}: the archive's toolbar, up to its 'TIMESTAMPS' line")
            continue
        for other in window:
            if other.index in reasons or not _ARCHIVE_TOOLBAR.match(other.normalized):
                break
            reasons[other.index] = f"{WEB_ARCHIVE}: a line of the archive's toolbar (captures, calendar)"


_DURATION = regex.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
_VIDEO_LIST = 2  # titles after their duration that make a list of videos


def _mark_videos(document: Document, lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph: titles each on the line after a duration (``02:15``),
    two or more of them, are a list of other videos."""
    text = document.text
    last_body = _last_body(lines, reasons)
    found = []
    for line in lines[last_body + 1 :]:
        start = document.blocks[line.index].start
        line_start = text.rfind("\n", 0, start) + 1
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start > 0 and _DURATION.match(text[previous_start : line_start - 1]) and not _SENTENCE_END.search(line.text.strip()):
            found.append(line)
    if len(found) >= _VIDEO_LIST:
        for line in found:
            reasons.setdefault(line.index, "video list: a title after its duration, below the last sentence paragraph")


_QUOTED = regex.compile(r"^\s*[«“\"]\s*(.+?)\s*[»”\"]\s*$")


def _mark_pull_quotes(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line that is only a quotation (``“…”``) of six words or more repeating a sentence of an
    earlier kept paragraph is a pull quote, the page's display copy of it: the body's copy stays."""
    for position, line in enumerate(lines):
        match = _QUOTED.match(line.text)
        if line.index in reasons or match is None or len(_WORD.findall(match.group(1))) < _REPEAT_WORDS:
            continue
        quoted = " ".join(match.group(1).split())
        source = next(
            (other for other in lines[:position] if other.index not in reasons and _is_body(other) and quoted in " ".join(other.text.split())),
            None,
        )
        if source is not None:
            reasons[line.index] = f"pull quote: repeats the text of block {source.index + 1} above"


_CAPTION_CREDIT = regex.compile(r"^\s*(?:[-–—|,/]\s*)?(?:©|\(?(?:photos?|crédits?|credits?|ph\.)\b)", regex.IGNORECASE)


def _mark_alt_before_caption(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line repeated at the start of the next one, which adds a credit (``Irina X, directrice``
    / ``Irina X, directrice - © J. DOE - AFP``): the image's alt text, then its caption; the
    caption (the line with the credit) stays."""
    for line, following in zip(lines, lines[1:]):
        text = line.text.strip()
        if line.index in reasons or following.line == line.line or len(_WORD.findall(text)) < 2:
            continue
        rest = following.text.strip()
        if rest.startswith(text) and _CAPTION_CREDIT.match(rest[len(text) :]):
            reasons[line.index] = f"image alt text: the caption below repeats it with its credit (block {following.index + 1})"


_COMMENT_HEADINGS = frozenset(
    "commentaires|commentaire|laisser un commentaire|laisser une reponse|ajouter un commentaire|publier un commentaire|"
    "reactions|vos reactions|comments|leave a comment|leave a reply".split("|")
)


def _mark_comment_section(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a comment section's heading that is chrome
    (``Commentaires``, ``0 Commentaires``, ``Laisser une réponse``): the lines after it down to
    the page end are readers' comments and the comment form (``super article merci``), never the
    release, whose text has ended above. A comment that is a sentence paragraph moves the last
    sentence paragraph below the heading: then nothing is judged (kept)."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    for position in range(last_body + 1, len(lines)):
        line = lines[position]
        if line.index in reasons and (
            line.normalized in _COMMENT_HEADINGS or _COMMENT_COUNT.match(line.normalized) or _COMMENT_COUNTER.match(line.normalized)
        ):  # chrome 15: a counter or WordPress's "2 réflexions sur « … »" heads the comments too
            for other in lines[position + 1 :]:
                if other.index not in reasons:
                    reasons[other.index] = f"comments: below the comment section's heading {line.text.strip()[:40]!r}, after the last sentence paragraph"
            return
