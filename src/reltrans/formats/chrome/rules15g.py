"""Site chrome 15g: evidence that carries over to sites never seen (:func:`chrome15g_evidence`, head
runs, top menus, foot fields, rubric prefixes, foot headlines, sandwiched lines). Kept as one rule set.
"""
from __future__ import annotations

from collections import Counter

import regex

from reltrans.formats.chrome.evidence import METADATA, kept_line
from reltrans.formats.chrome.lexicon import _CONTACT_FIELD, _READ_ON_SHORT, _WORD, normalize_label
from reltrans.formats.chrome.line_rules import LineRule, first_reason
from reltrans.formats.chrome.lines import _Line, _caps_label_words, _first_body, _is_body, _last_body, _no_end


# Site-independent evidence: a line's shape and its place on the page, not a site's words.
CHROME_15G = "chrome 15g"
_PLACEHOLDER = regex.compile(r"^\[[\p{L}][\p{L} '’-]{1,20}\]\s+\S(?!.*\]\()")  # "[bannière] Site …": a scraper's tag for an image
_DASHED_PARTS = regex.compile(r"\s+[-–|·•]\s+|[ \t\u00a0]{2,}")
_DASHED_MENU_PARTS = 5  # labels joined by " - " (or two spaces) that make a menu on one line
_DASHED_PART_WORDS = 4
# "Par Jeanne Dupont, Léa Martin et Paul Durand": a byline naming several authors, nothing else.
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|van|von|da|d['’]\p{Lu}[\p{L}'’-]*)){0,3}"
_NAMES_BYLINE = regex.compile(rf"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+{_NAME}(?:\s*,\s*{_NAME})+(?:\s*,?\s+(?:et|and|&)\s+{_NAME})?$")
# "Un article de Microprojets", "Une tribune de Jeanne Dupont": a byline naming the kind of text.
_KIND_BYLINE = regex.compile(
    r"^(?:un|une)\s+(?:article|billet|texte|chronique|tribune|reportage|entretien|dossier|post)\s+(?:de|d'|par|signe par|signee par)\s*\S"
)
# "Envie de lire la suite ?", "Si vous avez déjà un compte, connectez-vous …", "créer un COMPTE
# GRATUIT": a reader's prompt to log in or read on (compared on the normalized form).
_READ_ON_PROMPT = regex.compile(
    r"\blire la suite\b|\bla suite de (?:cet|l')article\b|\b(?:creer|cree|creez) (?:un|votre) compte\b|\bcompte gratuit\b|"
    r"\bpas encore de compte\b|\bvous avez deja un compte\b|\bdeja (?:un )?compte\b|"
    r"\b(?:continuer|poursuivre) la lecture\b"
)
# "Créez votre compte pour consulter …": a prompt opened by its imperative, a sentence of its own.
# A login verb alone ("Identifiez-vous auprès de l'accueil.") is no evidence: the account must be named.
_ACCOUNT_IMPERATIVE = regex.compile(r"^(?:creez|connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous)\b.*\bcompte\b")

_PROMPT_WORDS = 24
_SPACED_INITIALS = regex.compile(r"^(?:\p{Lu}\.[ \u00a0]?){2,3}$")  # "M. M.": an author's initials
_HEAD_RUN_WORDS = 12  # a line this short between chrome lines before the title is a header line
_HEAD_TAB_WORDS = 3  # a line this short right above the title, below chrome, is a header tab
_HEAD_TAB_CHROME = 3  # chrome lines before the title that let such a tab go
_TOP_MENU_WORDS = 10  # the page's first line: a menu of the site's products when this long and...
_TOP_MENU_REPEATS = 3  # ...a capitalised name comes back this many times in it
_FIELD_WORDS = 4  # "Site référencé:" then its value at the page foot
_FIELD_VALUE_WORDS = 6

_RUBRIC_WORDS = 4  # a section label the title below repeats before its colon
_HEADLINE_MIN, _HEADLINE_MAX = 4, 20
_HEADLINE_COLON = regex.compile(r"^\p{Lu}[^:]{1,60}\s:\s+\S+(?:\s+\S+){2,}$")  # "Niger : le gouvernement vise …"
_FOOT_HEADLINES = 2
_SANDWICH_WORDS = 8


# The rules of chrome 15g that share one shape (:class:`LineRule`: a pattern, a word cap, a guard
# on the line's end); the order is the precedence.
_BYLINE_RULES_15G = (
    LineRule(_NAMES_BYLINE, f"{CHROME_15G}: a byline naming several authors", 25, on="text"),
    LineRule(_KIND_BYLINE, f"{CHROME_15G}: a byline naming the kind of text", 8, "no end"),
)


def chrome15g_evidence(text: str, *, outside: bool, last: bool = False) -> str:
    """The shape evidence of one line ('' when none); ``outside``: the line is before the first or
    after the last sentence paragraph (some shapes count only there); ``last``: it is the last
    sentence paragraph itself (a long prompt without a final period may be)."""
    stripped = text.strip()
    norm = normalize_label(text)
    words = len(_WORD.findall(text))
    reason = first_reason(_BYLINE_RULES_15G, stripped, norm, words)
    if reason:
        return reason
    if _READ_ON_PROMPT.search(norm) and (not stripped.endswith(".") or _ACCOUNT_IMPERATIVE.match(norm)) and (
        words <= _READ_ON_SHORT or ((outside or last) and words <= _PROMPT_WORDS)
    ):
        return f"{CHROME_15G}: a prompt to log in or read on"
    if not outside:
        return ""
    if _PLACEHOLDER.match(stripped) and _no_end(stripped):
        return f"{CHROME_15G}: a scraper's placeholder tag ({stripped.split(']')[0]}]) outside the body"
    parts = [part for part in _DASHED_PARTS.split(stripped) if part.strip()]
    if len(parts) >= _DASHED_MENU_PARTS and _no_end(stripped) and all(
        0 < len(_WORD.findall(part)) <= _DASHED_PART_WORDS for part in parts
    ):
        return f"{CHROME_15G}: menu, {len(parts)} labels joined on one line outside the body"
    return ""


_CAPITALISED_FUNCTION_WORDS = frozenset("De Du Des La Le Les Et En Pour Sur Au Aux Dans Par Un Une D L".split())
_TITLE_CASE_WORDS = (3, 8)


def title_case_label(text: str) -> bool:
    """Every word capitalised, a French function word among them (``Tchad, Berceau De
    L'humanité``): a blog's or a site's name in English-style Title Case, not French prose."""
    stripped = text.strip()
    words = _WORD.findall(stripped)
    if not _TITLE_CASE_WORDS[0] <= len(words) <= _TITLE_CASE_WORDS[1] or not _no_end(stripped):
        return False
    if not all(word[:1].isupper() or word[:1].isdigit() for word in words):
        return False
    parts = [part for word in words[1:] for part in regex.split(r"['’]", word) if part]
    return any(part in _CAPITALISED_FUNCTION_WORDS for part in parts) and not _caps_label_words(stripped)


def _headline_shape(line: _Line) -> bool:
    """A news headline: a topic, a colon, a claim; no sentence end (``Niger : le gouvernement …``)."""
    text = line.text.strip()
    words = len(_WORD.findall(text))
    return _HEADLINE_MIN <= words <= _HEADLINE_MAX and _no_end(text) and bool(_HEADLINE_COLON.match(text))


def _title_like(line: _Line) -> bool:
    """A headline whose topic is not in capitals (``Soudan : la tragédie au Darfour``): maybe the
    page's title, never a header line."""
    if not _headline_shape(line):
        return False
    topic = line.text.strip().split(":")[0]
    return not _caps_label_words(topic) and not (len(_WORD.findall(topic)) == 1 and topic.strip().isupper())


def _mark_chrome15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15g: evidence that carries over to sites never seen, read from a line's shape and
    its place, not from a site's words.

    * each line's shape (:func:`chrome15g_evidence`): a byline naming several authors or the kind
      of text (``Un article de X``), a prompt to log in or read on; outside the body a scraper's
      placeholder tag (``[bannière] …``), labels joined by `` - `` on one line; below the last
      sentence paragraph an author's initials (``M. M.``); outside the body (the title aside) a
      name in Title Case with a capitalised function word (``Tchad, Berceau De L'humanité``);
    * before the title (the last kept line before the first sentence paragraph, never judged
      here): the short lines between chrome lines, or between the page top and two chrome lines
      in a row (a site header: tagline, counters, section labels; not beside a date or byline,
      not a field's value, not a headline), and a question tab of three words at most right above
      the title below chrome (``Nouvel utilisateur ?``), when three chrome lines or more come
      before the title (a plain label there may be the title's kicker: kept);
    * the page's first line when it is a menu of the site's products: ten words or more, no
      sentence end, half of them capitalised and one capitalised name three times or more;
    * below the last sentence paragraph, a field label and its value to the page end
      (``Site référencé:`` / ``Afriques en Lutte``; a contact's field is the release's);
    * a short section label that the next line (a title) repeats before its colon;
    * a list of headlines (``Topic : claim``, no sentence end) from the last sentence paragraph
      to the page end, two at least: other articles; on such a page, the headlines that follow
      another one between paragraphs are other articles too (the first is the title);
    * between sentence paragraphs, a short unpunctuated line with chrome right above and right
      below it (not a contact, a field's value or a headline).

    Dates and credits are kept whatever their place (:func:`kept_line`): a bare date above the
    title may be the release's own."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text):
            continue
        outside = position < first_body or position > last_body
        reason = chrome15g_evidence(line.text, outside=outside, last=position == last_body)
        if not reason and position > last_body >= 0 and _SPACED_INITIALS.match(line.text.strip()):
            reason = f"{CHROME_15G}: an author's initials below the last sentence paragraph"  # above it, they may sign a lead
        if reason:
            reasons[line.index] = reason
    first_body = _first_body(lines, set(reasons))
    free_head = [position for position in range(first_body) if _free(lines[position], reasons)]
    title = free_head[-1] if free_head else -1
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        outside = (position < first_body and position != title) or position > last_body
        if outside and _free(line, reasons) and title_case_label(line.text):
            reasons[line.index] = f"{CHROME_15G}: a name in Title Case outside the body"
    _mark_head_run_15g(lines, reasons)
    _mark_top_menu_15g(lines, reasons)
    _mark_foot_field_15g(lines, reasons)
    _mark_rubric_prefix_15g(lines, reasons)
    _mark_headlines_15g(lines, reasons)
    _mark_sandwich_15g(lines, reasons)


def _free(line: _Line, reasons: dict[int, str]) -> bool:
    return line.index not in reasons and not kept_line(line.text)


_HEAD_TITLE_WORDS = 4
"""A shorter line with a figure in it (a stamp, a counter) is not taken for the title by the head-run rule."""


def _mark_head_run_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the title, the short lines enclosed by chrome (or by the page top and chrome)."""
    first_body = _first_body(lines, set(reasons))
    head = lines[:first_body]
    free = [position for position, line in enumerate(head) if _free(line, reasons)]
    if not free:
        return
    # the title is the last free line with a headline's length: a stamp or a counter the scraper
    # left free below it ("3 jours", "12 vues") is no title, and taking it for one exposed the title
    worded = [
        position
        for position in free
        if len(_WORD.findall(head[position].text)) >= _HEAD_TITLE_WORDS or not regex.search(r"\d", head[position].text)
    ]
    title = worded[-1] if worded else free[-1]
    chrome = [position for position in range(title) if head[position].index in reasons]
    if not chrome:
        return

    def short(line: _Line) -> bool:
        return len(_WORD.findall(line.text)) <= _HEAD_RUN_WORDS and _no_end(line.text) and not _is_body(line)

    position = 0
    while position < title:
        if head[position].index in reasons:
            position += 1
            continue
        end = position
        while end < title and head[end].index not in reasons:
            end += 1
        run = head[position:end]
        closed_below = end < title  # a chrome line below the run, before the title
        above = reasons.get(head[position - 1].index, "") if position else ""
        below = reasons.get(head[end].index, "") if closed_below else ""
        at_top = position == 0  # the page's first lines: a tagline above a menu, or the title above a label
        if at_top and not (end + 1 < title and head[end + 1].index in reasons and not below.startswith(METADATA)):
            position = end
            continue  # at the page top, only above two chrome lines in a row (a menu)
        if (
            closed_below
            and not above.startswith(METADATA) and not below.startswith(METADATA)  # a date or byline sits beside a title
            and not (position and head[position - 1].text.strip().endswith(":"))  # a field's value
            and all(short(line) and not kept_line(line.text) and not _title_like(line) for line in run)
        ):
            for line in run:
                reasons[line.index] = f"{CHROME_15G}: site header, a short line between chrome lines before the title"
        position = end
    if title >= 2 and len(chrome) >= _HEAD_TAB_CHROME:
        above = head[title - 1]
        question = above.text.strip().endswith("?")  # a form's tab ("Nouvel utilisateur ?"); a plain label may be the title's kicker
        if question and head[title - 2].index in reasons and _free(above, reasons) and short(above) and len(_WORD.findall(above.text)) <= _HEAD_TAB_WORDS:
            reasons[above.index] = f"{CHROME_15G}: site header, a tab right above the title below chrome"


def _mark_top_menu_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """The page's first line, a menu of the site's products (``OpenEdition Books OpenEdition
    Journals …``): long, unpunctuated, half capitalised, one name three times or more."""
    first = lines[0]
    text = first.text.strip()
    words = _WORD.findall(text)
    if first.index in reasons or len(lines) < 2 or len(words) < _TOP_MENU_WORDS or not _no_end(text):
        return
    capitalised = [word for word in words if word[:1].isupper()]
    if 2 * len(capitalised) < len(words):
        return
    name, count = Counter(capitalised).most_common(1)[0]
    if count >= _TOP_MENU_REPEATS:
        reasons[first.index] = f"{CHROME_15G}: the site's menu on the page's first line ({name!r} {count} times)"


def _mark_foot_field_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a field label (``Site référencé:``) and its value, the
    page's last lines; a contact's field (``Contact presse :``) is the release's: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    rest = [line for line in lines[last_body + 1 :] if line.index not in reasons]
    if len(rest) != 2:
        return
    label, value = rest
    if label is not lines[-2] or value is not lines[-1]:
        return
    text = label.text.strip()
    if not text.endswith(":") or len(_WORD.findall(text)) > _FIELD_WORDS or _CONTACT_FIELD.search(label.normalized):
        return
    if len(_WORD.findall(value.text)) > _FIELD_VALUE_WORDS or not _no_end(value.text) or kept_line(value.text):
        return
    if "@" in value.text or regex.search(r"\d{2}[ .]?\d{2}[ .]?\d{2}", value.text):
        return  # an address or a phone number: a contact
    reasons[label.index] = f"{CHROME_15G}: a field label at the page foot"
    reasons[value.index] = f"{CHROME_15G}: the value of {text!r} at the page foot"


def _mark_rubric_prefix_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short section label (``Énergies renouvelables``) that the next line, a title, repeats
    before its colon (``Énergies renouvelables : le Sénat adopte …``)."""
    for position in range(len(lines) - 1):
        line, below = lines[position], lines[position + 1]
        text = line.text.strip()
        if not _free(line, reasons) or not text or len(_WORD.findall(text)) > _RUBRIC_WORDS or not _no_end(text):
            continue
        if below.line != line.line + 1 and below.line != line.line + 2:
            continue
        head, colon, rest = below.text.strip().partition(":")
        if colon and head.strip() == text and len(_WORD.findall(rest)) >= 3:
            reasons[line.index] = f"{CHROME_15G}: a section label the title below repeats"


def _mark_headlines_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Headlines (``Topic : claim``) from the last sentence paragraph to the page end, two at
    least: other articles. On such a page a headline that follows another headline between
    sentence paragraphs is another article too; the first of each run (the title) is kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    foot = [line for line in lines[last_body + 1 :] if line.index not in reasons]
    if len(foot) < _FOOT_HEADLINES or not all(_headline_shape(line) and not kept_line(line.text) for line in foot):
        return
    for line in foot:
        reasons[line.index] = f"{CHROME_15G}: related list, a headline below the last sentence paragraph ({len(foot)} to the page end)"
    first_body = _first_body(lines, set(reasons))
    for position in range(first_body + 1, last_body):
        line, above = lines[position], lines[position - 1]
        if _free(line, reasons) and _headline_shape(line) and _headline_shape(above) and above.index not in reasons or (
            _free(line, reasons) and _headline_shape(line) and reasons.get(above.index, "").startswith(f"{CHROME_15G}: related list")
        ):
            reasons[line.index] = f"{CHROME_15G}: related list, a headline after another one between paragraphs"


def _mark_sandwich_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Between sentence paragraphs, a short unpunctuated line with chrome right above and right below it (not article
    metadata: a short title between a date and a byline is kept; nor a field's value below its
    name, nor a headline, which may be the title)."""
    marked = []
    first_body, last_body = _first_body(lines, set(reasons)), _last_body(lines, reasons)
    for position in range(first_body + 1, last_body):  # between paragraphs: the head and the foot have their own rules
        line = lines[position]
        above, below = reasons.get(lines[position - 1].index, ""), reasons.get(lines[position + 1].index, "")
        if not above or not below or above.startswith(METADATA) or below.startswith(METADATA):
            continue
        if lines[position - 1].text.strip().endswith(":") or _title_like(line) or _CONTACT_FIELD.search(lines[position - 1].normalized):
            continue  # a field's value, a contact; a headline (maybe the title)
        if _free(line, reasons) and len(_WORD.findall(line.text)) <= _SANDWICH_WORDS and _no_end(line.text) and not _is_body(line):
            marked.append(line)
    for line in marked:
        reasons[line.index] = f"{CHROME_15G}: a short line between two chrome lines"
