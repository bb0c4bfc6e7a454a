"""The per-entry and header checks that need no glossary: numbers, URLs, e-mails, markup,
brackets, quotes, end punctuation, whitespace, doubled words, completeness, PO header validity.

Every check is a small function ``(source, target, ctx, out)`` appending findings; cheap
pre-filters (a digit, ``@``, ``<``...) skip the regex work on most entries.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from reltrans.checks.case import case_changes
from reltrans.checks.codes import RULES, WEBLATE_FLAGS
from reltrans.checks.dateline import dateline_end
from reltrans.checks.format_strings import compare_format_placeholders
from reltrans.checks.headline import is_headline
from reltrans.checks.states import entry_state, text_pairs
from reltrans.checks.untranslated import untranslated_reason
from reltrans.formats.inline import PLACEHOLDER
from reltrans.checks.numbers import NumberToken, compare_numbers, counts_relative_period, decimal_commas, document_numbers, keeps_part, relative_time_phrase, relative_years, stated_elsewhere
from reltrans.model import Catalog, CatalogEntry, Finding, Severity

__all__ = [
    "EntryContext",
    "make_finding",
    "suppressed_codes",
    "text_pairs",
    "entry_state",
    "check_entry",
    "check_header",
]


@dataclass(frozen=True)
class EntryContext:
    """What every entry check needs to know about the file being checked."""

    path: str
    source_lang: str = "fr"
    target_lang: str = "en"
    strict: bool = False
    document_date: str | None = None  # YYYY[-MM[-DD]]: the year "last year" means
    # the file's msgids, joined: the release's other sentences, where a date that a
    # translation adds may be given (« l'appel pour 2024 », then "the 2024 appeal" later on)
    document_source: str = field(default="", compare=False, repr=False)
    # the file's msgstrs, joined: where a number missing from one sentence may have moved to
    document_target: str = field(default="", compare=False, repr=False)


def make_finding(code: str, ctx: EntryContext, line: int, message: str, msgid: str | None = None, severity: Severity | None = None) -> Finding:
    """A :class:`Finding` with the rule's default severity unless ``severity`` is given."""
    return Finding(code, severity or RULES[code].severity, ctx.path, line, message, msgid)


# --------------------------------------------------------------------------- suppression
_IGNORE_COMMENT = re.compile(r"reltrans:\s*ignore\b\s*(.*)", re.IGNORECASE)
_FAMILY_CODES: dict[str, frozenset[str]] = {}
for _rule in RULES.values():
    _FAMILY_CODES[_rule.family] = _FAMILY_CODES.get(_rule.family, frozenset()) | {_rule.code}
_ALL_CODES = frozenset(c for c, r in RULES.items() if r.family != "syntax")
_NOTHING: frozenset[str] = frozenset()


def suppressed_codes(entry: CatalogEntry) -> frozenset[str]:
    """Codes waived for ``entry`` by ``# reltrans: ignore FAMILY|CODE ...`` or Weblate flags.

    ``# reltrans: ignore`` with no name, or ``ignore all``, waives every family but ``syntax``.
    """
    if not entry.translator_comments and not entry.flags:
        return _NOTHING
    codes: set[str] = set()
    for flag in entry.flags:
        if flag.startswith("ignore-"):
            codes |= WEBLATE_FLAGS.get(flag, _NOTHING)
            if flag == "ignore-all-checks":
                codes |= _ALL_CODES
    for comment in entry.translator_comments:
        match = _IGNORE_COMMENT.search(comment)
        if match is None:
            continue
        names = [n for n in re.split(r"[\s,;]+", match.group(1).strip().lower()) if n]
        if not names or "all" in names:
            codes |= _ALL_CODES
        for name in names:
            codes |= _FAMILY_CODES.get(name, _NOTHING)
            if name.upper() in RULES:
                codes.add(name.upper())
    return frozenset(codes)


# --------------------------------------------------------------------------- entry checks
def check_entry(entry: CatalogEntry, ctx: EntryContext) -> list[Finding]:
    """Every non-glossary check of one live entry (suppressions are applied by the caller)."""
    out: list[Finding] = []
    if not entry.msgid:
        return out
    completeness = Severity.ERROR if ctx.strict else Severity.WARNING
    state = entry_state(entry)
    if state == "fuzzy":
        out.append(make_finding("RT502", ctx, entry.line, "fuzzy translation needs review", entry.msgid, completeness))
    elif state == "untranslated":
        out.append(make_finding("RT501", ctx, entry.line, "untranslated entry", entry.msgid, completeness))
        return out
    for source, target in text_pairs(entry):
        if target:
            _check_pair(source, target, entry, ctx, out)
    return out


def _check_pair(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    reason = untranslated_reason(source, target, ctx.source_lang, ctx.target_lang)
    if reason is not None:  # one finding, not the cascade a copy of the source raises
        out.append(make_finding("RT503", ctx, entry.line, reason, entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
        _check_broken_text(target, entry, ctx, out)
        return
    _check_numbers(source, target, entry, ctx, out)
    if "@" in source or "@" in target or "/" in source or "/" in target or "www." in source or "www." in target:
        _check_urls(source, target, entry, ctx, out)
    if "<" in source or "<" in target:
        _check_markup(source, target, entry, ctx, out)
    _check_brackets(source, target, entry, ctx, out)
    _check_quotes(source, target, entry, ctx, out)
    _check_end_punctuation(source, target, entry, ctx, out)
    _check_whitespace(source, target, entry, ctx, out)
    _check_double_space(source, target, entry, ctx, out)
    if "%" in target or "{" in target or "%" in source or "{" in source:
        _check_format_strings(source, target, entry, ctx, out)
    _check_case(source, target, entry, ctx, out)
    _check_doubled(source, target, entry, ctx, out)
    _check_broken_text(target, entry, ctx, out)


def _check_numbers(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    if "<" in source or "<" in target:  # <1>, <2/>: markup, not numbers
        source, target = PLACEHOLDER.sub(" ", source), PLACEHOLDER.sub(" ", target)
    year = int(ctx.document_date[:4]) if ctx.document_date and ctx.document_date[:4].isdigit() else None
    diff = compare_numbers(source, target, ctx.source_lang, ctx.target_lang, document_year=year)
    for token in decimal_commas(target, ctx.target_lang):  # read by value, so the spelling is said here
        point = token.surface.replace(",", ".", 1) if token.surface.count(",") == 1 else token.surface
        out.append(make_finding("RT303", ctx, entry.line, f"number written with a decimal comma: {token.surface!r} ({_show(token.key)}); the target language writes {point!r}", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    if not diff:
        return
    missing, extra = list(diff.missing), list(diff.extra)
    dateline: list[NumberToken] = []
    if missing and not extra and (head := dateline_end(source)):
        # the date of the dateline (« NEW YORK, le 24 octobre 2017 – ») that the translation
        # drops, as official versions often do; a date written otherwise stays an error
        dateline = [t for t in missing if t.key.startswith("date:") and t.start + len(t.surface) <= head]
        missing = [t for t in missing if t not in dateline]
    periods: list[NumberToken] = []
    if missing and not extra:
        # the count of a relative period (« au cours des 12 derniers mois ») that the
        # translation words otherwise ("each year", "in the past year"); with a number added or
        # changed it stays an error
        periods = [t for t in missing if counts_relative_period(source, t, ctx.source_lang)]
        missing = [t for t in missing if t not in periods]
    relative: list[tuple[NumberToken, str]] = []
    if missing and not extra:
        # a year the translation words relative to the release, its count rounded by a year («
        # en 2018 » -> "five years ago" in a 2024 release; the exact count pairs in
        # compare_numbers), or any count when the release date is unknown; and the release's
        # own date, or a day of its week, worded "today", "on Monday" (« le 10 juin 2024 » ->
        # "today"): with a number added or changed, or a count further off, it stays an error
        phrase = relative_time_phrase(target, ctx.target_lang)
        if phrase:
            # ("last year" for « en 2020 » in a 2021 release is exact: no rounding there)
            worded = relative_years(target, ctx.target_lang, year, ago_only=True) if year is not None else None
            relative += [
                (t, phrase) for t in missing
                if t.key.isdigit() and len(t.key) == 4 and 1900 <= int(t.key) <= 2099
                and (worded is None or any(abs(int(w) - int(t.key)) <= 1 for w in worded))
            ]
        day = relative_time_phrase(target, ctx.target_lang, days=True)
        if day and ctx.document_date and len(ctx.document_date) >= 10:
            relative += [(t, day) for t in missing if t.key.startswith("date:") and _days_apart(t.key[5:], ctx.document_date[:10]) <= 7]
        missing = [t for t in missing if all(t is not r for r, _phrase in relative)]
    symbol_years: list[NumberToken] = []
    if missing and not extra:
        # the year of a Security Council resolution's symbol (« la résolution 2728 (2024) ») that
        # the translation leaves out after the number it keeps ("resolution 2728")
        symbol_years = [
            t for t in missing
            if t.key.isdigit() and len(t.key) == 4 and (found := _RESOLUTION_YEAR.search(source[max(0, t.start - 30) : t.start])) is not None
            and re.search(rf"(?<![\w/.]){found.group(1)}(?![\w/])", target) is not None
        ]
        missing = [t for t in missing if t not in symbol_years]
    notes: list[NumberToken] = []
    if missing and _FOOTNOTE_MARK.search(target):
        # a footnote call « (Note 1) » that the translation writes as a mark ("*/", "†"): the
        # number is the note's, not the text's; a number changed elsewhere stays an error
        notes = [t for t in missing if _is_note_call(source, t)]
        missing = [t for t in missing if t not in notes]
    if missing and not extra and ctx.document_source and ctx.document_target:
        # a number that the translation moved to another sentence (« ... pour 2024 » in this
        # one, "... for 2024" in the next, as official versions split and join sentences):
        # missing here, but the file's translations write it as often as its sources do; with
        # a number added or changed it stays an error
        sources = document_numbers(ctx.document_source, ctx.source_lang)
        targets = document_numbers(ctx.document_target, ctx.target_lang)
        missing = [t for t in missing if targets.get(t.key, 0) < sources.get(t.key, 0)]
    headline: list[NumberToken] = []
    if missing and not extra and is_headline(source) and is_headline(target):
        # a headline the official version rewrites ("... l'appel de fonds 2023 pour ..." ->
        # "... appeal"): an omission there is no contradiction; a changed or added number in it
        # stays an error
        headline, missing = missing, []
    while missing and extra:
        a, b = missing.pop(0), extra.pop(0)
        out.append(make_finding("RT303", ctx, entry.line, f"number changed: {a.surface!r} ({_show(a.key)}) became {b.surface!r} ({_show(b.key)})", entry.msgid))
    for token in missing:
        out.append(make_finding("RT301", ctx, entry.line, f"number missing from the translation: {token.surface!r} ({_show(token.key)})", entry.msgid))
    for token in extra:
        out.append(make_finding("RT302", ctx, entry.line, f"number not in the source: {token.surface!r} ({_show(token.key)})", entry.msgid))
    soft = Severity.ERROR if ctx.strict else Severity.WARNING
    for token in headline:
        out.append(make_finding("RT301", ctx, entry.line, f"number missing from the headline: {token.surface!r} ({_show(token.key)}); check the rewritten headline may leave it out", entry.msgid, soft))
    for token in diff.partial:  # the part kept says nothing wrong: the rest is left out
        if token.key.startswith("date:"):
            kept = " and ".join(repr(t.surface) for t in diff.partial_kept if keeps_part(token.key, t.key))
            message = f"date partly kept: {token.surface!r} ({_show(token.key)}) is written as {kept}; check the rest is worded (\"on this day\") or given elsewhere"
        else:
            message = f"amount partly kept: {token.surface!r} ({_show(token.key)}) is written as its scale word alone; check the figure is given elsewhere"
        out.append(make_finding("RT301", ctx, entry.line, message, entry.msgid, soft))
    for token in periods:
        out.append(make_finding("RT301", ctx, entry.line, f"period count missing from the translation: {token.surface!r} ({_show(token.key)}); check the period is worded (\"each year\", \"in the past year\")", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in diff.approximate:  # « 52 % » -> "more than half"
        out.append(make_finding("RT301", ctx, entry.line, f"percentage written as an approximate fraction: {token.surface!r} ({_show(token.key)}); check the fraction is close enough", entry.msgid, soft))
    for token in diff.approximate_extra:  # « plus de la moitié » -> "52 per cent"
        out.append(make_finding("RT302", ctx, entry.line, f"percentage for an approximate fraction of the source: {token.surface!r} ({_show(token.key)}); check the source's fraction is close enough", entry.msgid, soft))
    for token in symbol_years:
        out.append(make_finding("RT301", ctx, entry.line, f"year of a resolution's symbol missing from the translation: {token.surface!r}; check the resolution is named in full elsewhere", entry.msgid, soft))
    for token, phrase in relative:
        out.append(make_finding("RT301", ctx, entry.line, f"date missing from the translation: {token.surface!r} ({_show(token.key)}); check {phrase!r} says it, counted from the release's date", entry.msgid, soft))
    for token in notes:
        out.append(make_finding("RT301", ctx, entry.line, f"footnote number missing from the translation: {token.surface!r}; check the note mark points to the same note", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in dateline:
        out.append(make_finding("RT301", ctx, entry.line, f"date of the dateline missing from the translation: {token.surface!r} ({_show(token.key)})", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in diff.dropped:  # a date without a year the translation words otherwise ("tomorrow")
        out.append(make_finding("RT301", ctx, entry.line, f"date missing from the translation: {token.surface!r} ({_show(token.key)}); check it is worded (\"tomorrow\", \"on Thursday\")", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    added = list(diff.added)
    if added and ctx.document_source:
        # a year or date that another sentence of the release gives (« l'appel mondial pour
        # 2024 », then "the Global Appeal for 2024 seeks..." for a sentence that does not repeat
        # it): the translation restates it, nothing to check
        stated = document_numbers(ctx.document_source, ctx.source_lang)
        added = [t for t in added if not stated_elsewhere(t.key, stated)]
    for token in added:  # the source words it ("aujourd'hui")
        out.append(make_finding("RT302", ctx, entry.line, f"date not in the source: {token.surface!r} ({_show(token.key)}); check the source says it in words (for example « aujourd'hui », « jeudi »)", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in diff.named_added:  # « la pandémie » -> "the COVID-19 pandemic"
        out.append(make_finding("RT302", ctx, entry.line, f"name with a number not in the source: {token.surface!r}; check the source names it otherwise (« la pandémie »)", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in diff.named_dropped:
        out.append(make_finding("RT301", ctx, entry.line, f"name with a number missing from the translation: {token.surface!r}; check it is named otherwise (\"the pandemic\")", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))
    for token in getattr(diff, "merged", ()):  # a year the source repeats, written once
        out.append(make_finding("RT301", ctx, entry.line, f"repeated year written fewer times in the translation: {token.surface!r}", entry.msgid, Severity.ERROR if ctx.strict else Severity.WARNING))


# a footnote call: « (Note 1) », « (voir note 2) », « [note 3] »; and the marks an English version
# writes for it ("*/", "†", "¹", "[1]" is a number and pairs by itself)
_NOTE_BEFORE = re.compile(r"[(\[]\s*(?i:voir\s+(?:la\s+)?)?(?i:note|n\.)\s*\Z")
_NOTE_AFTER = re.compile(r"\s*[)\]]")
_FOOTNOTE_MARK = re.compile(r"\*|[†‡¹²³⁴⁵⁶⁷⁸⁹]")


# « la résolution 2728 (2024) », « résolutions 2417 (2018) »: the number, then the year in brackets
_RESOLUTION_YEAR = re.compile(r"(?i:r[ée]solutions?)\s+(\d{1,4})\s*\(\Z")


def _days_apart(date: str, other: str) -> int:
    """Days between two ``YYYY-MM-DD`` dates (a large number when one is no full date)."""
    import datetime

    try:
        return abs((datetime.date.fromisoformat(date) - datetime.date.fromisoformat(other)).days)
    except ValueError:
        return 1 << 30


def _is_note_call(source: str, token: NumberToken) -> bool:
    """Is ``token`` the number of a footnote call in ``source`` (« (Note 1) »)?"""
    end = token.start + len(token.surface)
    return _NOTE_BEFORE.search(source, max(0, token.start - 20), token.start) is not None and _NOTE_AFTER.match(source, end) is not None


def _show(key: str) -> str:
    return key.replace("date:????-", "date:--")


_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"«»“”]+|\bwww\.[^\s<>\"«»“”]+", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_TRAIL = ".,;:!?)]»”’'"


def _urls(text: str) -> set[str]:
    return {m.group(0).rstrip(_URL_TRAIL) for m in _URL.finditer(text)}


def _check_urls(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    src, tgt = _urls(source), _urls(target)
    if src != tgt:
        detail = _set_diff(src, tgt)
        if tgt <= src:
            # a link the translation leaves out, as official versions often drop the French
            # page's link; a changed or added URL sends readers elsewhere and stays an error
            severity = Severity.ERROR if ctx.strict else Severity.WARNING
            out.append(make_finding("RT401", ctx, entry.line, f"URLs differ: {detail}; check the link is given elsewhere", entry.msgid, severity))
        else:
            out.append(make_finding("RT401", ctx, entry.line, f"URLs differ: {detail}", entry.msgid))
    src_mail = {m.group(0).rstrip(".").lower() for m in _EMAIL.finditer(source)}
    tgt_mail = {m.group(0).rstrip(".").lower() for m in _EMAIL.finditer(target)}
    if src_mail != tgt_mail:
        out.append(make_finding("RT402", ctx, entry.line, f"e-mail addresses differ: {_set_diff(src_mail, tgt_mail)}", entry.msgid))


def _set_diff(src: Iterable[str], tgt: Iterable[str]) -> str:
    src_set, tgt_set = set(src), set(tgt)
    parts = []
    missing = sorted(src_set - tgt_set)
    extra = sorted(tgt_set - src_set)
    if missing:
        parts.append("missing " + ", ".join(missing))
    if extra:
        parts.append("extra " + ", ".join(extra))
    return "; ".join(parts)


_TAG = re.compile(r"</?([A-Za-z][\w:-]*)\b[^<>]*?(/?)>")


def _check_markup(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    def tags(text: str) -> Counter[str]:
        return Counter(
            ("/" if m.group(0).startswith("</") else "") + m.group(1).lower() + m.group(2) for m in _TAG.finditer(text)
        )

    src, tgt = tags(source), tags(target)
    if src != tgt:
        missing = ["<" + t + ">" for t in sorted((src - tgt).elements())]
        extra = ["<" + t + ">" for t in sorted((tgt - src).elements())]
        detail = "; ".join(p for p in ("missing " + ", ".join(missing) if missing else "", "extra " + ", ".join(extra) if extra else "") if p)
        out.append(make_finding("RT403", ctx, entry.line, f"markup tags differ: {detail}", entry.msgid))


_BRACKET_PAIRS = (("(", ")"), ("[", "]"))


def _balanced(text: str, opener: str, closer: str) -> bool:
    depth = 0
    for char in text:
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _check_brackets(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    for opener, closer in _BRACKET_PAIRS:
        s_open, t_open = source.count(opener), target.count(opener)
        s_close, t_close = source.count(closer), target.count(closer)
        if not (s_open or t_open or s_close or t_close):
            continue
        if (s_open, s_close) != (t_open, t_close):
            out.append(make_finding("RT404", ctx, entry.line, f"'{opener}{closer}' counts differ: source {s_open}/{s_close}, translation {t_open}/{t_close}", entry.msgid))
        elif _balanced(source, opener, closer) and not _balanced(target, opener, closer):
            out.append(make_finding("RT404", ctx, entry.line, f"unbalanced '{opener}{closer}' in the translation", entry.msgid))


_OPEN_QUOTES = "«“„"
_CLOSE_QUOTES = "»”"
_QUOTE_CHARS = frozenset(_OPEN_QUOTES + _CLOSE_QUOTES + '"')


def _quote_state(text: str) -> tuple[int, bool]:
    """(number of double-quote marks, paired?) with « » “ ” „ and straight quotes equivalent."""
    opens = closes = straight = 0
    for char in text:
        if char in _OPEN_QUOTES:
            opens += 1
        elif char in _CLOSE_QUOTES:
            closes += 1
        elif char == '"':
            straight += 1
    # „…“ (German-style) uses “ as a closer: count it as paired when totals match
    paired = straight % 2 == 0 and (opens == closes or ("„" in text and (opens + closes) % 2 == 0))
    return opens + closes + straight, paired


def _check_quotes(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    if _QUOTE_CHARS.isdisjoint(source) and _QUOTE_CHARS.isdisjoint(target):
        return
    s_count, s_paired = _quote_state(source)
    t_count, t_paired = _quote_state(target)
    if s_count != t_count:
        out.append(make_finding("RT405", ctx, entry.line, f"quotation marks: source has {s_count}, translation {t_count}", entry.msgid))
    elif s_paired and not t_paired:
        out.append(make_finding("RT405", ctx, entry.line, "unpaired quotation marks in the translation", entry.msgid))


_END_SKIP = " \t\n\r\u00a0\u202f\u2009»”\"’')]"
_END_CLASS = {".": ".", "?": "?", "!": "!", ":": ":", ";": ";", "…": "…"}


def _end_mark(text: str) -> str:
    stripped = text.rstrip(_END_SKIP)
    if stripped.endswith("..."):
        return "…"
    return _END_CLASS.get(stripped[-1:], "") if stripped else ""


def _check_end_punctuation(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    s_end, t_end = _end_mark(source), _end_mark(target)
    if s_end != t_end:
        shown = lambda mark: repr(mark) if mark else "none"  # noqa: E731
        out.append(make_finding("RT406", ctx, entry.line, f"end punctuation differs: source {shown(s_end)}, translation {shown(t_end)}", entry.msgid))


_SPACE_TRANS = str.maketrans({"\u00a0": " ", "\u202f": " ", "\t": " "})


def _check_whitespace(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    if not (source[:1].isspace() or source[-1:].isspace() or target[:1].isspace() or target[-1:].isspace()):
        return  # no space at either end of either text: nothing can differ (most entries)
    s_lead = source[: len(source) - len(source.lstrip())].translate(_SPACE_TRANS)
    t_lead = target[: len(target) - len(target.lstrip())].translate(_SPACE_TRANS)
    s_trail = source[len(source.rstrip()) :].translate(_SPACE_TRANS)
    t_trail = target[len(target.rstrip()) :].translate(_SPACE_TRANS)
    if s_lead != t_lead:
        out.append(make_finding("RT407", ctx, entry.line, f"leading whitespace differs: source {s_lead!r}, translation {t_lead!r}", entry.msgid))
    if s_trail != t_trail:
        out.append(make_finding("RT407", ctx, entry.line, f"trailing whitespace differs: source {s_trail!r}, translation {t_trail!r}", entry.msgid))
    if source.startswith("\n") != target.startswith("\n") or source.endswith("\n") != target.endswith("\n"):
        out.append(make_finding("RT903", ctx, entry.line, "msgid and msgstr disagree on a leading or trailing newline", entry.msgid))


_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0\u202f]{2,}(?=\S)")


def _check_double_space(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    if "  " not in target and "\u00a0 " not in target and " \u00a0" not in target:
        return
    runs = list(_DOUBLE_SPACE.finditer(target))
    if len(runs) > len(_DOUBLE_SPACE.findall(source)):
        column = runs[0].start() + 1
        out.append(make_finding("RT420", ctx, entry.line, f"double space in the translation at character {column}: {target[max(0, column - 11):column + 11]!r}", entry.msgid))


def _check_format_strings(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    for message in compare_format_placeholders(source, target, entry.flags):
        out.append(make_finding("RT421", ctx, entry.line, message, entry.msgid))


def _check_case(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    for message in case_changes(source, target):
        out.append(make_finding("RT422", ctx, entry.line, message, entry.msgid))


# possessive ``++``: only the whole letter run can be followed by a space, so giving letters
# back never helps (same matches, no backtracking)
_DOUBLED = re.compile(r"(?<!\w)([^\W\d_]++)\s+(\1)(?!\w)", re.IGNORECASE)
_DOUBLED_OK = frozenset({"that", "had", "bora", "walla", "baden", "sing", "tse", "chop"})


def _check_doubled(source: str, target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    if _DOUBLED.search(target) is None:
        return
    for match in _DOUBLED.finditer(target):
        word = match.group(1)
        if word.lower() in _DOUBLED_OK or len(word) == 1 and not word.isalpha():
            continue
        if re.search(rf"(?<!\w){re.escape(word)}\s+{re.escape(word)}(?!\w)", source, re.IGNORECASE):
            continue
        out.append(make_finding("RT408", ctx, entry.line, f"doubled word {match.group(0)!r}", entry.msgid))


# UTF-8 read as cp1252 (or Latin-1): a lead byte shown as one of Â-ß (2 bytes) or à-ï
# (3 bytes) followed by as many continuation bytes, each shown as a cp1252/Latin-1 character
# of 0x80-0xBF ("Ã©", "â€™"). Decoding the run back must give real UTF-8; legitimate text
# ("São", "SÃO PAULO", "à « »") never has a continuation character right after such a lead.
_CP1252_CONTINUATION = "".join(
    bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)
)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][" + re.escape(_CP1252_CONTINUATION) + "]"
    "|[\u00e0-\u00ef][" + re.escape(_CP1252_CONTINUATION) + "]{2}"
)
_BROKEN_MARKS = {"\ufffd": "U+FFFD (undecodable bytes)", "\u2047": "\u2047 (unknown piece)"}


def _cp1252_byte(char: str) -> int:
    code = ord(char)
    if code < 0x100:
        return code
    return char.encode("cp1252")[0]


def _mojibake(text: str) -> str | None:
    """The first run of ``text`` that is UTF-8 shown as cp1252 ("Ã©" for "é"), or None."""
    for match in _MOJIBAKE.finditer(text):
        try:
            decoded = bytes(_cp1252_byte(c) for c in match.group()).decode("utf-8")
        except (UnicodeError, ValueError):
            continue
        if decoded and not decoded.isascii():
            return match.group()
    return None


def _check_broken_text(target: str, entry: CatalogEntry, ctx: EntryContext, out: list[Finding]) -> None:
    """RT409, on every msgstr (reviewed or not, whatever the source holds): text no reader
    can use -- U+FFFD, "\u2047", or mojibake."""
    for mark, name in _BROKEN_MARKS.items():
        if mark in target:
            out.append(make_finding("RT409", ctx, entry.line, f"broken text: {name} in the translation", entry.msgid))
    run = _mojibake(target) if not target.isascii() else None
    if run is not None:
        fixed = bytes(_cp1252_byte(c) for c in run).decode("utf-8")
        out.append(make_finding("RT409", ctx, entry.line, f"broken text: mojibake {run!r} (UTF-8 read as cp1252, meant {fixed!r})", entry.msgid))


# --------------------------------------------------------------------------- header checks
_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.IGNORECASE)
_PLURAL_FORMS = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+?)\s*;?\s*$")
_PLURAL_EXPR = re.compile(r"^[n0-9\s()!=<>&|?:%+\-*/]+$")


def check_header(catalog: Catalog, ctx: EntryContext) -> list[Finding]:
    """Header validity as ``msgfmt --check`` sees it: charset, Plural-Forms, Language."""
    out: list[Finding] = []
    header = catalog.header
    content_type = header.get("Content-Type", "")
    match = _CHARSET.search(content_type)
    if match is None:
        out.append(make_finding("RT901", ctx, 1, "Content-Type header has no charset (add 'text/plain; charset=UTF-8')"))
    else:
        name = match.group(1)
        try:
            codecs.lookup(name)
            if name.upper() == "CHARSET":
                raise LookupError(name)
        except LookupError:
            out.append(make_finding("RT901", ctx, 1, f"unsupported charset {name!r} in Content-Type"))
    nplurals: int | None = None
    plural_forms = header.get("Plural-Forms")
    if plural_forms is not None:
        pm = _PLURAL_FORMS.match(plural_forms)
        if pm is None or not _PLURAL_EXPR.match(pm.group(2)) or int(pm.group(1)) < 1 or not _parens_ok(pm.group(2)):
            out.append(make_finding("RT902", ctx, 1, f"malformed Plural-Forms header {plural_forms!r}"))
        else:
            nplurals = int(pm.group(1))
    plural_entries = [e for e in catalog.live_entries if e.msgid_plural is not None]
    if plural_entries and plural_forms is None:
        out.append(make_finding("RT902", ctx, 1, "plural entries but no Plural-Forms header"))
    if nplurals is not None:
        for entry in plural_entries:
            if entry.msgstr_plural and any(entry.msgstr_plural.values()) and len(entry.msgstr_plural) != nplurals:
                out.append(make_finding("RT902", ctx, entry.line, f"{len(entry.msgstr_plural)} plural forms, header says nplurals={nplurals}", entry.msgid))
    if not header.get("Language", "").strip():
        out.append(make_finding("RT904", ctx, 1, f"no Language header; assuming target language {ctx.target_lang!r}"))
    if not catalog.live_entries:
        out.append(make_finding("RT905", ctx, 1, "the file has no entries to check"))
    return out


def _parens_ok(expr: str) -> bool:
    return _balanced(expr, "(", ")")
