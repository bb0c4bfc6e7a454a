"""Site chrome 15h: general evidence of a line's shape and place (dated metadata, open labels, head
repeats, foot runs). Kept as one rule set.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.evidence import kept_line
from reltrans.formats.chrome.lexicon import _CONTACT_FIELD, _MONTH, _READ_ON_SHORT, _WEEKDAY, _WORD, normalize_label
from reltrans.formats.chrome.lines import _Line, _first_body, _last_body, _no_end


CHROME_15H = "chrome 15h"
"""The prefix of the reasons given by :func:`_mark_chrome15h`."""

# A date as a CMS prints it: "24/02/2022", "2022/05/05", "18.02.2022", "06-10-2004", "9 septembre 2019".
_ANY_DATE_15H = regex.compile(
    rf"(?:\b\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\b)"
)
_DATE_FIRST_15H = regex.compile(rf"^(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}\s*[-–|,]?\s*\p{{L}}")
_LABELLED_DATE_15H = regex.compile(rf"^[\p{{L}}'’ ]{{2,30}}\s*:\s*(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}$")
# A place then its date ("Genève, le 12 mars 2014", "Fait à Bamako, 13/04/2020"): the release's dateline, kept.
_PLACE_DATELINE_15H = regex.compile(rf",\s*(?:le\s+)?(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}\s*[.)]?$")
# The words a CMS prints around an article's date: who posted it, when, which edition, how long to read.
_DATE_CUE_15H = regex.compile(
    r"^(?:publie|mis en ligne|mise a jour|soumis|poste|edition|fil info|retour)\b|\blecture\s*:|\bviews\b|\bvues\b|\bn°\s*\d"
)
# "Dernière mise à jour", "Publié le :", "Last updated": a posting label alone, its date lost by the scraper.
_POSTING_LABEL_15H = regex.compile(
    r"^(?:(?:derniere )?mise a jour|mis a jour|mis en ligne|publie|date de mise en ligne|last updated|updated|posted)(?: (?:le|on))?$"
)
_TIME_15H = regex.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}\b")
_DATED_WORDS_15H = 14  # a dated line this long at most is a stamp, not a sentence
_FOOT_DATED_WORDS_15H = 8  # below the body: a longer dated line, or one with its date in brackets, may head an entry
_EDGE_LABEL_WORDS_15H = 3  # a short label line
_FILE_NAME_15H = regex.compile(r"^(?=[^_]*\p{L})[\p{L}\p{N}.-]+(?:_[\p{L}\p{N}.-]+)+$")  # "QUAI-NORD_2021": no one writes underscores in a sentence
# The pattern reads normalize_label's form, which strips the ellipsis: "... suite de l'article sur Radio Baie".
_ELLIPSIS_READ_ON_15H = regex.compile(r"^(?:lire )?(?:la )?suite (?:de l'article|de l'entretien|de cet article)\b")
_FOOT_RUN_WORDS_15H = 8  # below the body, a line this short between chrome lines is footer too
_REPEATED_HEAD_WORDS_15H = 4  # a short line that comes back before the first sentence paragraph: a name or a label
# "Publié dans", "Classé sous", "Posted in": a field's name whose value is on the next line.
_OPEN_LABEL_15H = regex.compile(r"^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s+(?:dans|sous|par|in|under|by)$")


def _dated_metadata_15h(text: str, *, outside: bool, foot: bool) -> str:
    """Why a line holding a date is the CMS's stamp around the article ('' when not): a posting
    line (``Publié le …``, ``Soumis par … le …``, ``Édition du …``, a view counter), a label and
    its date (``Mis en ligne : 2022/05/05``); outside the body also a date then a label or the
    site (``06-10-2004 Communiqué de presse``) or a stamp with its time of day; below the last
    sentence paragraph any short dated line (not a date in brackets: an entry's heading). A place and its date is the release's dateline:
    kept, as a bare date is (:func:`kept_line`)."""
    stripped = text.strip()
    norm = normalize_label(text)
    if not _ANY_DATE_15H.search(norm) or len(_WORD.findall(text)) > _DATED_WORDS_15H or kept_line(text):
        return ""
    if _PLACE_DATELINE_15H.search(norm):
        return ""
    reading = regex.search(r"\blecture\s*:\s*\d+\s*min(?:utes?)?\.?$", norm)
    if not reading and not _no_end(stripped):
        return ""  # a sentence that holds a date
    if _DATE_CUE_15H.search(norm) or _LABELLED_DATE_15H.match(norm):
        return f"{CHROME_15H}: article metadata, a posting line with its date"
    if outside and (_DATE_FIRST_15H.match(norm) or _TIME_15H.search(norm)):
        return f"{CHROME_15H}: article metadata, a date stamp with a label or the site outside the body"
    if foot and len(_WORD.findall(text)) <= _FOOT_DATED_WORDS_15H and not regex.search(r"\([^)]*\d{4}[^)]*\)", stripped):
        return f"{CHROME_15H}: a dated line below the last sentence paragraph"
    return ""


def _edge_label_15h(text: str, most: int = _EDGE_LABEL_WORDS_15H, *, years: bool = False) -> bool:
    """A short line that is no sentence and no contact: a site's name or a label (``years``: a
    year or a day may be in it, not a phone number or a postcode)."""
    stripped = text.strip()
    words = _WORD.findall(text)
    if not words or len(words) > most or not _no_end(stripped) or stripped.endswith("?"):
        return False
    digits = r"\d{2}[ .]?\d{2}[ .]?\d{2}|\b\d{4,5}[ \u00a0]+\p{Lu}\p{Ll}" if years else r"\d"
    if kept_line(text) or "@" in stripped or regex.search(digits, stripped):
        return False  # a credit, a date; an address, a phone number, a figure
    return True


def _mark_chrome15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15h: general evidence of a line's shape and place, for sites never seen.

    * a line with a date that is the CMS's stamp (:func:`_dated_metadata_15h`); the line right
      under the page's first line counts as outside the body there;
    * a posting label alone (``Dernière mise à jour``), an image's file name (``PORT_BLEU_2021``) and a read-on link (``... suite de l'article``);
    * a field's name ending on its preposition (``Publié dans``), its value left below;
    * before the first sentence paragraph, a short line that comes back (an author's or the
      site's name printed twice);
    * below the last sentence paragraph, a short line between chrome lines (or between chrome
      and the page end): the footer goes on.

    A short line alone at the page's first or last line is NOT judged here: it may be the
    title's kicker, an acronym above its name or a closing heading (the chrome 13-15 tests).

    Registered once, after the other rules (:func:`mark_chrome`)."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons:
            continue
        # the line right under the page's first line (the title) is where a CMS prints its stamp
        outside = position < first_body or position > last_body or position == 1
        reason = _dated_metadata_15h(line.text, outside=outside, foot=last_body >= 0 and position > last_body)
        if not reason and _POSTING_LABEL_15H.match(normalize_label(line.text)):
            reason = f"{CHROME_15H}: article metadata, a posting label whose date the scraper lost"
        if not reason and _FILE_NAME_15H.match(line.text.strip()):
            reason = f"{CHROME_15H}: image alt text, a file name (parts joined by underscores)"
        if not reason and _ELLIPSIS_READ_ON_15H.match(normalize_label(line.text)) and _no_end(line.text) and len(_WORD.findall(line.text)) <= _READ_ON_SHORT:
            reason = f"{CHROME_15H}: a read-on link (an ellipsis then the rest of the article elsewhere)"
        if reason:
            reasons[line.index] = reason
    _mark_open_labels_15h(lines, reasons)
    _mark_head_repeats_15h(lines, reasons)
    _mark_foot_run_15h(lines, reasons)


def _mark_open_labels_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A field's name ending on its preposition (``Publié dans``, ``Posted in``), alone on its
    line: the value on the next line is the site's category (left to the other rules)."""
    for line in lines:
        text = line.text.strip()
        if line.index not in reasons and _OPEN_LABEL_15H.match(text) and not kept_line(text):
            reasons[line.index] = f"{CHROME_15H}: a field's name ending on its preposition, its value below"


def _mark_head_repeats_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph, a short line without a sentence end that comes back
    with another line between the copies (an author's name, the site's name in a header and a
    card): every copy. Not a line ending with a comma (a salutation), nor the title if short."""
    first_body = _first_body(lines, set(reasons))
    positions: dict[str, list[int]] = {}
    for position, line in enumerate(lines[:first_body]):
        text = line.text.strip()
        if not line.normalized or text.endswith(",") or not _edge_label_15h(text, _REPEATED_HEAD_WORDS_15H):
            continue
        positions.setdefault(line.normalized, []).append(position)
    for found in positions.values():
        if len(found) < 2 or found[-1] - found[0] < 2:
            continue  # a doubled line is the scraper's (other rules)
        for position in found:
            if lines[position].index not in reasons:
                reasons[lines[position].index] = f"{CHROME_15H}: a short line repeated {len(found)} times before the first sentence paragraph"


def _mark_foot_run_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a short line without a sentence end with chrome right
    above it and chrome (or the page end) right below: the footer goes on. Not a field's value,
    a contact (digits, an address), a credit or a date."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    for position in range(last_body + 2, len(lines)):
        line, above = lines[position], lines[position - 1]
        below_chrome = position == len(lines) - 1 or lines[position + 1].index in reasons
        if line.index in reasons or above.index not in reasons or not below_chrome:
            continue
        if above.text.strip().endswith(":") or _CONTACT_FIELD.search(above.normalized) or _CONTACT_FIELD.search(line.normalized):
            continue
        if _edge_label_15h(line.text, _FOOT_RUN_WORDS_15H, years=True):
            reasons[line.index] = f"{CHROME_15H}: footer, a short line between chrome lines below the last sentence paragraph"
