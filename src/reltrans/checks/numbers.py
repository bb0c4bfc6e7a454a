"""Numbers compared by value across the locale change (French source, English target and back).

``1 000,5`` (French: space, NBSP or NNBSP thousands separators, decimal comma) and ``1,000.5``
(English) are the same value; ``1 000`` and ``10,000`` are not (pofilter's digit-string
comparison wrongly passes that pair). Dates are compared as dates (``3 mars 2024`` ==
``March 3, 2024``), scale words multiply (``9,8 millions`` == ``9.8 million``), ordinals keep
their number (``1er`` == ``1st``). Digits inside words (``COVID-19``, ``G20``), document symbols
(``A/RES/70/1``) and spelled-out numbers are ignored. Phone numbers are compared as digit strings.
"""
from __future__ import annotations

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


_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("janvier", "january", "jan"),
        ("février", "fevrier", "february", "feb"),
        ("mars", "march", "mar"),
        ("avril", "april", "apr"),
        ("mai", "may"),
        ("juin", "june", "jun"),
        ("juillet", "july", "jul"),
        ("août", "aout", "august", "aug"),
        ("septembre", "september", "sept", "sep"),
        ("octobre", "october", "oct"),
        ("novembre", "november", "nov"),
        ("décembre", "decembre", "december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _i

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_SP = r"[ \u00a0\u202f]"
_ORD = r"(?:er|re|ère|e|ème|eme|st|nd|rd|th)?"
_NOT_BEFORE = r"(?<![\w/])(?<![^\W\d_][-.])"
_NOT_AFTER = r"(?![\w/]|[.,]\d)"

_DATE_DMY = re.compile(
    rf"{_NOT_BEFORE}(\d{{1,2}}){_ORD}{_SP}+({_MONTH_RE})\.?(?!\w)(?:,?{_SP}+(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_DATE_MDY = re.compile(
    rf"(?<!\w)({_MONTH_RE})\.?{_SP}+(\d{{1,2}}){_ORD}(?!\d)(?:,?{_SP}+(\d{{4}})(?!\d))?(?![\w/])",
    re.IGNORECASE,
)
_DATE_MY = re.compile(rf"(?<!\w)({_MONTH_RE}){_SP}+(\d{{4}})(?![\w/])", re.IGNORECASE)
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
    "billiard": 10**15,
    "mn": 10**6,
    "bn": 10**9,
}
_SCALE_RE = r"(?:" + "|".join(sorted(_SCALE, key=len, reverse=True)) + r")"

_FR_NUMBER = re.compile(
    rf"{_NOT_BEFORE}(\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)|\d+)(?:,(\d+))?{_ORD}"
    rf"(?:{_SP}+({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
_EN_NUMBER = re.compile(
    rf"{_NOT_BEFORE}(\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d{{1,3}}(?:[\u00a0\u202f]\d{{3}})+(?!\d)|\d+)(?:\.(\d+))?{_ORD}"
    rf"(?:{_SP}*({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Cheap pre-filter: no digit, no number work."""
    return _DIGIT.search(text) is not None


def _number_key(integer: str, fraction: str | None, scale: str | None) -> str:
    digits = re.sub(r"\D", "", integer)
    try:
        value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation:  # pragma: no cover - regex guarantees digits
        return digits
    if scale:
        value *= _SCALE[scale.lower()]
    normal = value.normalize()
    # normalize() gives 1E+3 for 1000: format plainly so keys are readable in messages
    return format(normal, "f")


def _date_key(day: str | None, month: str, year: str | None) -> str:
    m = _MONTHS[month.lower().rstrip(".")]
    return f"date:{year or '????'}-{m:02d}-{int(day):02d}" if day else f"date:{year}-{m:02d}"


def extract_numbers(text: str, lang: str) -> list[NumberToken]:
    """The numbers, dates and phone numbers of ``text`` written in language ``lang``.

    French conventions are used for ``fr`` (and other languages with a decimal comma), English
    ones otherwise.
    """
    if not has_digit(text):
        return []
    tokens: list[NumberToken] = []
    chars = list(text)

    def blank(match: re.Match[str]) -> None:
        for i in range(match.start(), match.end()):
            chars[i] = " "

    for match in _PHONE.finditer(text):
        tokens.append(NumberToken(match.group(0), "tel:" + re.sub(r"\D", "", match.group(0)), match.start()))
        blank(match)
    work = "".join(chars)
    for pattern, order in ((_DATE_DMY, "dmy"), (_DATE_MDY, "mdy"), (_DATE_MY, "my")):
        for match in pattern.finditer(work):
            if order == "dmy":
                day, month, year = match.group(1), match.group(2), match.group(3)
            elif order == "mdy":
                month, day, year = match.group(1), match.group(2), match.group(3)
            else:
                day, month, year = None, match.group(1), match.group(2)
            if day is not None and not 1 <= int(day) <= 31:
                continue
            tokens.append(NumberToken(text[match.start() : match.end()], _date_key(day, month, year), match.start()))
            blank(match)
        work = "".join(chars)
    pattern = _FR_NUMBER if lang.split("_")[0].split("-")[0].lower() in _DECIMAL_COMMA else _EN_NUMBER
    for match in pattern.finditer(work):
        key = _number_key(match.group(1), match.group(2), match.group(3))
        tokens.append(NumberToken(text[match.start() : match.end()].strip(), key, match.start()))
    tokens.sort(key=lambda t: t.start)
    return tokens


_DECIMAL_COMMA = frozenset({"fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "tr"})


def compare_numbers(source: str, target: str, source_lang: str, target_lang: str) -> NumberDiff:
    """Compare the multisets of values of ``source`` and ``target``."""
    if not (has_digit(source) or has_digit(target)):
        return NumberDiff((), ())
    src = extract_numbers(source, source_lang)
    tgt = extract_numbers(target, target_lang)
    src_count = Counter(t.key for t in src)
    tgt_count = Counter(t.key for t in tgt)
    if src_count == tgt_count:
        return NumberDiff((), ())
    missing_keys = src_count - tgt_count
    extra_keys = tgt_count - src_count
    return NumberDiff(_pick(src, missing_keys), _pick(tgt, extra_keys))


def _pick(tokens: list[NumberToken], wanted: Counter[str]) -> tuple[NumberToken, ...]:
    left = Counter(wanted)
    out: list[NumberToken] = []
    for token in tokens:
        if left[token.key] > 0:
            left[token.key] -= 1
            out.append(token)
    return tuple(out)
