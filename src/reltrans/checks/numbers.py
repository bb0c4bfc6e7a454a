"""Numbers compared by value across the locale change (French source, English target and back).

``1 000,5`` (French: space, NBSP or NNBSP thousands separators, decimal comma) and ``1,000.5``
(English) are the same value; ``1 000`` and ``10,000`` are not (pofilter's digit-string
comparison wrongly passes that pair). Dates are compared as dates (``3 mars 2024`` ==
``March 3, 2024``), scale words multiply (``9,8 millions`` == ``9.8 million``), ordinals keep
their number (``1er`` == ``1st``). Digits inside words (``COVID-19``, ``G20``), document symbols
(``A/RES/70/1``) and spelled-out numbers are ignored. Phone numbers are compared as digit strings.
"""
from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["NumberToken", "NumberDiff", "extract_numbers", "compare_numbers", "has_digit"]


@dataclass(frozen=True)
class NumberToken:
    """A number, date or phone number found in a text: ``key`` is what is compared."""

    surface: str
    key: str  # "1000", "9800000", "date:2024-03-03", "tel:41229179000"
    start: int


@dataclass(frozen=True)
class NumberDiff:
    """Source numbers absent from the target, and target numbers absent from the source."""

    missing: tuple[NumberToken, ...]
    extra: tuple[NumberToken, ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra)


_MONTH_NAMES = [
    # (French names, English names) per month; abbreviations only where unambiguous
    (("janvier", "janv"), ("january", "jan")),
    (("février", "fevrier", "févr", "fevr"), ("february", "feb")),
    (("mars",), ("march", "mar")),
    (("avril", "avr"), ("april", "apr")),
    (("mai",), ("may",)),
    (("juin",), ("june", "jun")),
    (("juillet", "juil"), ("july", "jul")),
    (("août", "aout"), ("august", "aug")),
    (("septembre",), ("september", "sept", "sep")),
    (("octobre", "oct"), ("october", "oct")),
    (("novembre", "nov"), ("november", "nov")),
    (("décembre", "decembre", "déc", "dec"), ("december", "dec")),
]
_MONTHS_FR = {name: i for i, (fr, _en) in enumerate(_MONTH_NAMES, 1) for name in fr}
_MONTHS_EN = {name: i for i, (_fr, en) in enumerate(_MONTH_NAMES, 1) for name in en}
_MONTHS_ANY = {**_MONTHS_EN, **_MONTHS_FR}

_SP = r"[ \u00a0\u202f]"
_ORD = "(?:er|re|ère|e|ème|eme|st|nd|rd|th)?"
# Digit-first patterns (fast scanning); the lookbehinds after the first digit reject digits
# glued to a word or a symbol: G20, COVID-19, A/RES/70/1, L.5
_FIRST_DIGIT = r"\d(?<![\w/]\d)(?<![^\W\d_][-.]\d)"
_NOT_AFTER = r"(?![\w/]|[.,]\d)"
_PHONE = re.compile(r"\+\d{1,3}(?:[ \u00a0.\-]?\(?\d{1,4}\)?){2,6}(?!\d)")

_SCALE = {
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
    "mn": 10**6,
    "bn": 10**9,
}
_SCALE_RE = "(?:" + "|".join(sorted(_SCALE, key=len, reverse=True)) + ")"

_FR_NUMBER = re.compile(
    rf"({_FIRST_DIGIT}(?:\d{{0,2}}(?:{_SP}\d{{3}})+(?!\d)|\d*))(?:,(\d+))?({_ORD})"
    rf"(?:{_SP}+({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
_EN_NUMBER = re.compile(
    rf"({_FIRST_DIGIT}(?:\d{{0,2}}(?:,\d{{3}})+(?!\d)|\d{{0,2}}(?:[\u00a0\u202f]\d{{3}})+(?!\d)|\d*))(?:\.(\d+))?({_ORD})"
    rf"(?:{_SP}*({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(rf"{_SP}+([^\W\d_]+)(\.?)")
_WORD_BEFORE = re.compile(rf"([^\W\d_]+)\.?{_SP}+\Z")
_YEAR_AFTER = re.compile(rf",?{_SP}+(\d{{4}})(?![\w/]|[.,]\d)")
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Cheap pre-filter: no digit, no number work."""
    return _DIGIT.search(text) is not None


_SEPARATORS = str.maketrans("", "", " ,\u00a0\u202f")


def _number_key(integer: str, fraction: str | None, scale: str | None) -> str:
    digits = integer.translate(_SEPARATORS)
    if not fraction and not scale:  # fast path: plain integers
        return digits.lstrip("0") or "0"
    try:
        value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation:  # pragma: no cover - regex guarantees digits
        return digits
    if scale:
        value *= _SCALE[scale.lower()]
    normal = value.normalize()
    # normalize() gives 1E+3 for 1000: format plainly so keys are readable in messages
    return format(normal, "f")


def _date_key(day: int | None, month: int, year: str | None) -> str:
    return f"date:{year or '????'}-{month:02d}-{day:02d}" if day else f"date:{year}-{month:02d}"


def _month(word: str, months: dict[str, int], english: bool) -> int | None:
    # English months are capitalized: "may 3 people" is not a date
    if english and not word[:1].isupper():
        return None
    return months.get(word.lower())


def extract_numbers(text: str, lang: str) -> list[NumberToken]:
    """The numbers, dates and phone numbers of ``text`` written in language ``lang``.

    French conventions are used for ``fr`` (and other languages with a decimal comma), English
    ones otherwise.
    """
    return [NumberToken(surface, key, start) for start, surface, key in _scan(text, lang)]


@functools.lru_cache(maxsize=64)
def _conventions(lang: str) -> tuple[bool, dict[str, int], re.Pattern[str]]:
    """(English?, month names, number pattern) of ``lang``."""
    primary = lang.split("_")[0].split("-")[0].lower()
    english = primary == "en"
    months = _MONTHS_EN if english else _MONTHS_FR if primary == "fr" else _MONTHS_ANY
    return english, months, _FR_NUMBER if primary in _DECIMAL_COMMA else _EN_NUMBER


def _scan(text: str, lang: str) -> list[tuple[int, str, str]]:
    """:func:`extract_numbers` as (start, surface, key) tuples (cheaper than tokens: most
    entries agree, and then no token is needed)."""
    if _DIGIT.search(text) is None:
        return []
    english, months, pattern = _conventions(lang)
    tokens: list[tuple[int, str, str]] = []
    if "+" in text:
        for match in _PHONE.finditer(text):
            tokens.append((match.start(), match.group(0), "tel:" + re.sub(r"\D", "", match.group(0))))
        if tokens:
            text = _PHONE.sub(lambda m: " " * len(m.group(0)), text)
    skip_until = -1
    for match in pattern.finditer(text):
        start = match.start()
        if start < skip_until:
            continue
        integer, fraction, _ordinal, scale = match.groups()
        if fraction is None and scale is None and len(integer) <= 4:
            date = _date_at(text, match, int(integer), months, english)
            if date is not None:
                key, date_start, end = date
                tokens.append((date_start, text[date_start:end].strip(), key))
                skip_until = end
                continue
        tokens.append((start, match.group(0).strip(), _number_key(integer, fraction, scale)))
    if len(tokens) > 1:
        tokens.sort(key=_START)
    return tokens


_START = operator.itemgetter(0)


def _date_at(text: str, match: re.Match[str], value: int, months: dict[str, int], english: bool) -> tuple[str, int, int] | None:
    """(key, start, end) when the number at ``match`` is the day or the year of a date."""
    after = _WORD_AFTER.match(text, match.end())
    if 1 <= value <= 31 and after is not None:  # 3 mars [2024], 3 March [2024], 1er janvier
        month = _month(after.group(1), months, english)
        if month is not None:
            year = _YEAR_AFTER.match(text, after.end())
            return _date_key(value, month, year.group(1) if year else None), match.start(), year.end() if year else after.end()
    before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
    if before is None:
        return None
    month = _month(before.group(1), months, english)
    if month is None:
        return None
    if 1 <= value <= 31 and len(match.group(1)) <= 2:  # March 3[, 2024]
        year = _YEAR_AFTER.match(text, match.end())
        return _date_key(value, month, year.group(1) if year else None), before.start(), year.end() if year else match.end()
    if 1000 <= value <= 2999 and match.group(3) == "":  # mars 2024, March 2024
        return _date_key(None, month, str(value)), before.start(), match.end()
    return None


_DECIMAL_COMMA = frozenset({"fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "tr"})


def compare_numbers(source: str, target: str, source_lang: str, target_lang: str) -> NumberDiff:
    """Compare the multisets of values of ``source`` and ``target``."""
    src = _scan(source, source_lang)
    tgt = _scan(target, target_lang)
    if not src and not tgt:
        return _SAME
    if len(src) == len(tgt) and sorted(t[2] for t in src) == sorted(t[2] for t in tgt):
        return _SAME
    src_count = Counter(t[2] for t in src)
    tgt_count = Counter(t[2] for t in tgt)
    return NumberDiff(_pick(src, src_count - tgt_count), _pick(tgt, tgt_count - src_count))


_SAME = NumberDiff((), ())


def _pick(tokens: list[tuple[int, str, str]], wanted: Counter[str]) -> tuple[NumberToken, ...]:
    left = Counter(wanted)
    out: list[NumberToken] = []
    for start, surface, key in tokens:
        if left[key] > 0:
            left[key] -= 1
            out.append(NumberToken(surface, key, start))
    return tuple(out)
