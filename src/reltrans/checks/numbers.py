"""Numbers compared by value across the locale change (French source, English target and back).

``1 000,5`` (French: space, NBSP, NNBSP or dot thousands separators, decimal comma) and
``1,000.5`` (English; space grouping too) are the same value; ``1 000`` and ``10,000`` are not
(pofilter's digit-string comparison wrongly passes that pair). Dates are compared as dates
(``3 mars 2024`` == ``March 3, 2024``), times in 24-hour time (``14h30`` == ``2.30 p.m.`` ==
``14:30``), scale words multiply (``9,8 millions`` == ``9.8 million``), ordinals keep their
number (``1er`` == ``1st``). Digits inside names and codes (``COVID-19``, ``G20``, ``ODD 16``)
are compared as ``name:N`` tokens, which also pair with the plain number N on the other side
(``COVID 19`` == ``COVID-19``). Numbers spelled out (``seven``, ``second``, ``sept``) are never
counted on their own but may stand for a number of the other side (``7 %`` == ``seven per
cent``). Document symbols (``A/RES/70/1``) are ignored; phone numbers are compared as digit
strings.
"""
from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Callable, Mapping

__all__ = [
    "NumberToken", "NumberDiff", "extract_numbers", "decimal_commas", "compare_numbers", "counts_relative_period", "has_digit", "keeps_part",
    "relative_time_phrase", "relative_years", "document_numbers", "stated_elsewhere",
]


@dataclass(frozen=True)
class NumberToken:
    """A number, date or phone number found in a text: ``key`` is what is compared."""

    surface: str
    key: str  # "1000", "9800000", "date:2024-03-03", "tel:41229179000"
    start: int


@dataclass(frozen=True)
class NumberDiff:
    """Source numbers absent from the target, and target numbers absent from the source.

    ``dropped`` are source dates without a year (``3 février``, ``(1er-3/08)``) that are absent
    from a target which has no other date instead: official versions often write them as
    "tomorrow", "on Thursday", "earlier this week", so they are reported as warnings; ``added``
    are the reverse, target dates without a year where the source has no date («
    aujourd'hui » -> "On 28 March") and, when every source number is rendered, the years and
    dated dates only the target has ("into Texas in 2018", « mi-2023 » -> "the middle of
    2023"). A date that became another date stays in ``missing``/``extra``. ``merged`` are
    years the source repeats and the target writes fewer times (at least once), when nothing
    is extra."""

    missing: tuple[NumberToken, ...]
    extra: tuple[NumberToken, ...]
    dropped: tuple[NumberToken, ...] = ()
    added: tuple[NumberToken, ...] = ()  # the other way round: "aujourd'hui" -> "On 28 March"
    merged: tuple[NumberToken, ...] = ()  # a year the source repeats, written once in the target
    # the digits of a name only one side writes, nothing else being unmatched on the other
    # side: « la pandémie » -> "the COVID-19 pandemic" (named_added), and back (named_dropped)
    named_added: tuple[NumberToken, ...] = ()
    named_dropped: tuple[NumberToken, ...] = ()
    # a source date or amount of which the target keeps a part and contradicts nothing: « le 20
    # novembre 1989 » -> "on this day in 1989" or "in November 1989", « du 2 au 5 mai 2024 » ->
    # "in May 2024", « 2,5 millions de personnes » -> "millions of people"; ``partial_kept`` are
    # the target tokens that keep the part (one may keep it for two dates of a range)
    partial: tuple[NumberToken, ...] = ()
    partial_kept: tuple[NumberToken, ...] = ()
    # a percentage the other side words as an approximate fraction, within six points: « 52 %
    # des enfants » -> "more than half of the children", « plus de la moitié » -> "52 per cent"
    # (``approximate``: source tokens; ``approximate_extra``: target tokens)
    approximate: tuple[NumberToken, ...] = ()
    approximate_extra: tuple[NumberToken, ...] = ()

    def __bool__(self) -> bool:
        return bool(
            self.missing or self.extra or self.dropped or self.added or self.merged or self.named_added or self.named_dropped
            or self.partial or self.partial_kept or self.approximate or self.approximate_extra
        )


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
_FIRST_DIGIT = r"\d(?<![\w/]\d)(?:(?<![^\W\d_][-.]\d)|(?<=\d(?:er|st|nd|rd|th)-\d))"  # "1er-3 août" ends a range
# a number is no part of a word or a symbol, but a unit may be glued to it ("50kg", "12km")
_GLUED_UNIT = r"(?:kg|km|km2|km²|ha|cm|mm|mw|kw|gw|kwh|c)(?![\w/])"  # "1.5C": degrees Celsius
_NOT_AFTER = rf"(?!(?!{_GLUED_UNIT})[\w/]|[.,]\d)"
_PHONE = re.compile(r"\+\d{1,3}(?:[ \u00a0.\-]?\(?\d{1,4}\)?){2,6}(?!\d)")
_TRUNK_ZERO = re.compile(r"\(0\)")
# a national number after a phone label (« Tél : 022 717 91 11 »): compared with the same
# number written internationally ("+41 22 717 9111"), without its trunk zero
_PHONE_LABEL = re.compile(r"(?i:t[ée]l|phone|mobile|portable|cell|fax|whatsapp)")
_NATIONAL_PHONE = re.compile(
    r"(?i:t[ée]l(?:[ée]phone)?|phone|mobile|portable|cell(?:ular)?|fax|whatsapp)\.?[ \u00a0\u202f]*:?[ \u00a0\u202f]*"
    r"(0\d{1,3}(?:[ \u00a0.\-]?\d{2,4}){2,5})(?!\d)"
)

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
_SCALE.update({"md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "m": 10**6})  # « 4,3 Mds $ », « 5 M$ »
# "m" alone is a million only before a currency (« 5 M$ », « 5 M€ »), never "5 m" (metres)
_SCALE_RE = (
    "(?:" + "|".join(sorted((k for k in _SCALE if k != "m"), key=len, reverse=True))
    + r"|m(?=[ \u00a0\u202f]?(?:[$€£]|US\$|USD\b|EUR\b|CHF\b|dollars?\b|euros?\b)))"
)

_EN_DECIMAL_COMMA = r"(?<!(?:19|20)\d\d),(?=\d{1,2}(?![\d,]|\.\d))"
_FR_NUMBER = re.compile(
    rf"({_FIRST_DIGIT}(?:\d{{0,2}}(?:{_SP}\d{{3}})+(?!\d)|\d{{0,2}}(?:\.\d{{3}})+(?!\d)|\d*))(?:[,.](\d+))?({_ORD})"
    rf"(?:{_SP}+({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
# English also reads a decimal comma left from French (« 2,5 millions » kept as "2,5 million"): a
# comma before one or two digits only is no thousands separator (see decimal_commas)
_EN_NUMBER = re.compile(
    rf"({_FIRST_DIGIT}(?:\d{{0,2}}(?:,\d{{3}})+(?!\d)|\d{{0,2}}(?:{_SP}\d{{3}})+(?!\d)|\d*))(?:(?:\.|{_EN_DECIMAL_COMMA})(\d+))?({_ORD})"
    rf"(?:{_SP}*({_SCALE_RE})\b)?{_NOT_AFTER}",
    re.IGNORECASE,
)
# Times: French 14h30 / 14 h / 14:30; English 2.30 p.m. / 2 pm / 14:30 (keys in 24-hour time)
_TIME_FR = re.compile(r"(?<![\w/.,:])([01]?\d|2[0-3])[ \u00a0\u202f]?h[ \u00a0\u202f]?([0-5]\d)?(?!\w)")
_TIME_12 = re.compile(r"(?<![\w/.,:])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?[ \u00a0\u202f]?([ap])\.?[ \u00a0\u202f]?m(?:\.|(?!\w))", re.IGNORECASE)
_TIME_24 = re.compile(r"(?<![\w/.,:])([01]?\d|2[0-3])[:]([0-5]\d)(?![\w:]|[.,]\d)")
# Digits inside a name or code: G20, COVID-19, Covid-19, "COVID 19", "ODD 16" (key name:N, which
# also pairs with a plain N on the other side: "COVID 19" -> "COVID-19"). Document symbols
# (A/RES/70/1) and dotted references (L.5) stay ignored.
_NAME_GLUED = re.compile(r"(?<![\w/.\-])[A-ZÀ-Þ][A-Za-zÀ-ÿ]*[\-\u2010\u2011]?(\d+)(?![\w/]|[.,]\d)")
_NAME_SPACED = re.compile(r"(?<![\w/.\-])([A-ZÀ-Þ]{2,})[ \u00a0\u202f](\d{1,3})(?![\w/]|[.,]\d)")
# currency codes before an amount are no names: « USD 5 millions » is 5000000
_CURRENCY_CODES = frozenset("USD EUR CHF GBP JPY CAD AUD CFA FCFA XOF XAF US".split())
# Numeric day/month dates as English releases write them: "(16/10)", "01/11/2015"
_NUMERIC_DATE = re.compile(r"(?<![\w/.])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?:/((?:19|20)\d\d))?(?![\w/]|[.,]\d)")
_WORD = re.compile(r"[^\W\d_]+")
# Numbers written as words: they may stand for a number of the other side (UN style spells out
# one to ten: "7 %" -> "seven per cent"; ordinals: "2e" -> "second"); never counted on their own
_NUMBER_WORDS: dict[str, dict[str, str]] = {
    "en": {
        **{w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())},
        **{w: str(i) for i, w in enumerate("_ first second third fourth fifth sixth seventh eighth ninth tenth".split()) if i},
        "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12",
        "thousand": "1000", "million": "1000000", "billion": "1000000000",
    },
    "fr": {
        **{w: str(i) for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split())},
        "une": "1", "premier": "1", "première": "1", "premiers": "1", "premières": "1", "second": "2", "seconde": "2",
        **{w: str(i) for i, w in enumerate("_ _ deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième".split()) if i > 1},
        "vingt": "20", "vingts": "20", "trente": "30", "quarante": "40", "cinquante": "50", "soixante": "60", "cent": "100", "douzaine": "12",
        "centaine": "100", "mille": "1000", "millier": "1000", "million": "1000000", "milliard": "1000000000",
    },
}
# more words that restate a number of the other side: teens, tens and their ordinals (« la
# soixante-quinzième session » = "the 75th session"), approximate quantities (« une vingtaine de
# pays » = "some 20 countries"), « la moitié » / "half" (= 50 per cent), « midi » / "noon",
# « minuit » / "midnight" (0 h)
_NUMBER_WORDS["en"].update({
    **{w: str(i) for i, w in enumerate("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 13)},
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    **{w: str(i) for i, w in enumerate(
        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 11)},
    **{w + "ieth": str(10 * i) for i, w in enumerate("twent thirt fort fift sixt sevent eight ninet".split(), 2)},
    "hundredth": "100", "half": "50", "noon": "12", "midnight": "0",
})
_NUMBER_WORDS["fr"].update({
    **{w + "ième": str(i) for i, w in enumerate("onz douz treiz quatorz quinz seiz".split(), 11)},
    **{w + "ième": str(10 * i) for i, w in enumerate("vingt trent quarant cinquant soixant".split(), 2)},
    "centième": "100", "unième": "1",
    **{w + "aine": str(10 * i) for i, w in enumerate("diz vingt trent quarant cinquant soixant".split(), 1)},
    "quinzaine": "15", "moitié": "50", "midi": "12", "minuit": "0",
})
# a share in words: « huit enfants sur dix » = "eight in ten children" = « 80 % » (the count,
# up to two words, the link word, the whole)
_RATIO = {
    "en": re.compile(r"(?<![\w-])([^\W\d_]+)(?:\s+[^\W\d_]+){0,2}?\s+(?:in|out\s+of)\s+([^\W\d_]+)(?![\w-])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w-])([^\W\d_]+)(?:\s+[^\W\d_]+){0,2}?\s+sur\s+([^\W\d_]+)(?![\w-])", re.IGNORECASE),
}
# a number multiplied: "doubled" = « multiplié par 2 » = « une hausse de 100 % »
_MULTIPLIED = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4,
    "doublé": 2, "triplé": 3, "quadruplé": 4,
}
# periods counted in years: « depuis 70 ans » = "for seven decades" (after a number word, or
# the article: "a decade", « un siècle »)
_YEARS_OF = {"decade": 10, "decades": 10, "décennie": 10, "décennies": 10, "century": 100, "centuries": 100, "siècle": 100, "siècles": 100}
_ONE = frozenset({"a", "an", "une", "un"})
# scale words after a number word: « deux cents membres » = "200 members", "five thousand"
# (not in _SCALE: "5 cents" after digits is money, not 500)
_WORD_SCALE = {"fr": {"cent": 100, "cents": 100, "mille": 1000}, "en": {"hundred": 100, "thousand": 1000}}
_HALF = {"half": 0.5, "demi": 0.5}  # "half a million", « un demi-million »
# fractions that restate a percentage of the other side: "a quarter of the children" = « 25 %
# des enfants », « un tiers des ménages » = "33 per cent", "two thirds" = « 67 % » (also 66 and the
# first decimal: 33.3, 66.7); the count before the denominator is a number word or the article
_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5}
# "half a percentage point", « un demi-point de pourcentage »: half of one unit (0.5)
_HALF_UNIT = frozenset({"point", "points", "percentage", "degree", "degré", "hour", "heure"})
# French Roman ordinals: « le XXIe siècle » = "the 21st century"
_ROMAN_ORDINAL = re.compile(r"(?<![\w-])([IVXLC]{1,7})(?:e|er|ère|ème)(?!\w)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# hyphenated number words: "seventy-fifth", « vingt-cinq », « quatre-vingt-dix »
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD_AFTER = re.compile(rf"{_SP}+([^\W\d_]+)(\.?)")
_WORD_BEFORE = re.compile(rf"([^\W\d_]+)\.?{_SP}+\Z")
_YEAR_AFTER = re.compile(rf",?{_SP}+(\d{{4}})(?![\w/]|[.,]\d)")
_DIGIT = re.compile(r"\d")


_PERIOD_UNIT_FR = r"(?:mois|jours?|semaines?|années?|ans|heures?|décennies?)"
_PERIOD_AFTER_FR = re.compile(
    rf"\s*(?:(?:derni(?:er|ère)s|prochain(?:e)?s|premi(?:er|ère)s)\s+{_PERIOD_UNIT_FR}"
    rf"|{_PERIOD_UNIT_FR}\s+(?:derni(?:er|ère)s|écoulé(?:e)?s|précédent(?:e)?s|passé(?:e)?s|à\s+venir|prochain(?:e)?s|suivant(?:e)?s))(?!\w)",
    re.IGNORECASE,
)
_PERIOD_AFTER_EN = re.compile(r"\s*(?:months|days|weeks|years|hours|decades)(?!\w)", re.IGNORECASE)
_PERIOD_BEFORE_EN = re.compile(r"(?<!\w)(?:past|last|next|previous|coming|preceding|following)\s+\Z", re.IGNORECASE)


def counts_relative_period(text: str, token: NumberToken, lang: str) -> bool:
    """Whether ``token`` counts a period reckoned from now: « au cours des 12 derniers mois »,
    « les 14 jours écoulés », "in the past 12 months". Translations word such periods otherwise
    ("each year", "in the past year", « au cours de l'année écoulée »), so a count missing on the
    other side is worth a warning, not an error."""
    end = token.start + len(token.surface)
    if lang.startswith("fr"):
        return _PERIOD_AFTER_FR.match(text, end) is not None
    return _PERIOD_AFTER_EN.match(text, end) is not None and _PERIOD_BEFORE_EN.search(text[: token.start]) is not None


def has_digit(text: str) -> bool:
    """Cheap pre-filter: no digit, no number work."""
    return _DIGIT.search(text) is not None


_SEPARATORS = str.maketrans("", "", " ,.\u00a0\u202f")


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


_DECIMAL_COMMA_SURFACE = re.compile(r"\d,\d{1,2}(?![\d,]|\.\d)")


def decimal_commas(text: str, lang: str) -> list[NumberToken]:
    """The numbers of ``text`` written with a decimal comma although ``lang`` writes a decimal
    point ("2,5 million" in English: the French « 2,5 millions » left as it was). They are read
    by value (2500000), so the comparison is right, and the check reports the spelling."""
    if _conventions(lang)[2] is _FR_NUMBER or _DECIMAL_COMMA_SURFACE.search(text) is None:
        return []
    return [t for t in extract_numbers(text, lang) if _DECIMAL_COMMA_SURFACE.search(t.surface) and not t.key.startswith(("date:", "tel"))]


def extract_numbers(text: str, lang: str) -> list[NumberToken]:
    """The numbers, dates and phone numbers of ``text`` written in language ``lang``.

    French conventions are used for ``fr`` (and other languages with a decimal comma), English
    ones otherwise.
    """
    return [NumberToken(surface, key, start) for start, surface, key in _scan(text, lang)]


@functools.lru_cache(maxsize=8)
def document_numbers(text: str, lang: str) -> Mapping[str, int]:
    """How many times each number and date key occurs in a whole document ``text`` (the msgids
    of a file, or its msgstrs, joined), computed once per file: what a translation may restate
    from another sentence of the release, or have moved to another one."""
    return MappingProxyType(Counter(key for _start, _surface, key in _scan(text, lang)))


def stated_elsewhere(key: str, document: Mapping[str, int]) -> bool:
    """Does the document state the year or date ``key``: the same key, or for a year a date of
    that year (« en mars 2024 » states "2024")?"""
    if key in document:
        return True
    return key.isdigit() and len(key) == 4 and any(k.startswith(f"date:{key}-") for k in document)


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
    original = text  # surfaces come from it: the scan blanks out phones, times and names
    if "/" in text:  # "2023/24", « 2023/2024 »: a span of years (a financial year), not a symbol
        text = _YEAR_SPAN_SLASH.sub(_year_span_dash, text)
    if "+" in text:
        for match in _PHONE.finditer(text):
            # "+41 (0)79 ...": the bracketed trunk zero is dialled only inside the country
            tokens.append((match.start(), match.group(0), "tel:" + re.sub(r"\D", "", _TRUNK_ZERO.sub("", match.group(0)))))
        if tokens:
            text = _PHONE.sub(lambda m: " " * len(m.group(0)), text)
    if _PHONE_LABEL.search(text):
        for match in list(_NATIONAL_PHONE.finditer(text)):
            tokens.append((match.start(1), match.group(1), "telnat:" + re.sub(r"\D", "", match.group(1))[1:]))
            text = _blank(text, match.start(1), match.end(1))
    text = _scan_special(text, english, tokens)
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
                tokens.append((date_start, original[date_start:end].strip(), key))
                skip_until = end
                continue
        tokens.append((start, original[start : match.end()].strip(), _number_key(integer, fraction, scale)))
    if len(tokens) > 1:
        tokens.sort(key=_START)
        _date_ranges(original, tokens)
        _year_ranges(original, tokens)
    return tokens


# "2018–19", "1990-95": a span of years whose second year keeps its last two digits
# ("2023/24" too: :data:`_YEAR_SPAN_SLASH` lets its digits through)
_YEAR_RANGE_GAP = re.compile(r"[-\u2010\u2011\u2013/]\Z")
_SYMBOL_BEFORE = re.compile(r"(?:r[ée]solution|d[ée]cision|n[o°º]\.?)\s*\Z")
_YEAR_SPAN_SLASH = re.compile(r"(?<![\w/.])((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\w/]|[.,]\d)")


def _year_span_dash(match: "re.Match[str]") -> str:
    """``2023-24`` for ``2023/24`` (same length: offsets stay) when the second year follows the
    first by at most twenty years and no resolution or decision number is meant ("ECOSOC
    resolution 2019/25"); the text as it is otherwise."""
    before = match.string[max(0, match.start() - 12) : match.start()].casefold()
    if _SYMBOL_BEFORE.search(before):
        return match.group(0)
    first, second = match.group(1), match.group(2)
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    return f"{first}-{second}" if int(first) < end <= int(first) + 20 else match.group(0)


def _year_ranges(text: str, tokens: list[tuple[int, str, str]]) -> None:
    """The two-digit end of a span of years is that year: "2018–19" is 2018 and 2019 (in
    place)."""
    for i in range(1, len(tokens)):
        start, surface, key = tokens[i]
        prev_start, prev_surface, prev_key = tokens[i - 1]
        if len(surface) != 2 or not surface.isdigit() or len(prev_key) != 4 or not prev_key.isdigit() or not 1900 <= int(prev_key) <= 2100:
            continue
        if prev_start + len(prev_surface) != start - 1 or _YEAR_RANGE_GAP.match(text, start - 1, start) is None:
            continue
        year = int(prev_key[:2] + surface)
        if int(prev_key) < year <= int(prev_key) + 20:
            tokens[i] = (start, surface, str(year))


_START = operator.itemgetter(0)
# between the first day of a range (or of two days) and the date that ends it: "1er-3/08",
# "11–17 avril", « les 10 et 11 juillet 2024 » (= "10-11 July 2024"), « du 2 au 5 mai »
_RANGE_GAP = re.compile(
    r"(?:er|st|nd|rd|th)?(?:[ \u00a0\u202f]*[-\u2010\u2011\u2013][ \u00a0\u202f]*|[ \u00a0\u202f]+(?:et|and|au|to)[ \u00a0\u202f]+)\Z",
    re.IGNORECASE,
)


def _date_ranges(text: str, tokens: list[tuple[int, str, str]]) -> None:
    """A plain day number that opens a range ending with a date takes that date's month and
    year: "(1er-3/08)" is 1 and 3 August, "11-17 avril" 11 and 17 April (in place)."""
    for i in range(len(tokens) - 1):
        start, surface, key = tokens[i]
        next_start, _next_surface, next_key = tokens[i + 1]
        if not key.isdigit() or not 1 <= int(key) <= 31 or not next_key.startswith("date:") or next_key.count("-") != 2:
            continue
        if _RANGE_GAP.match(text[start + len(surface) : next_start]) is None:
            continue
        tokens[i] = (start, surface, next_key.rsplit("-", 1)[0] + f"-{int(key):02d}")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


# "around the clock": idioms whose numbers are no quantity (« 24 heures sur 24 », « 7j/7 »,
# "24/7", "24 hours a day") are left out on both sides
_AROUND_THE_CLOCK = {
    False: re.compile(r"(?<![\w/.,])(?:24[ \u00a0\u202f]?h(?:eures)?[ \u00a0\u202f]?(?:sur|/)[ \u00a0\u202f]?24|7[ \u00a0\u202f]?j(?:ours)?[ \u00a0\u202f]?(?:sur|/)[ \u00a0\u202f]?7)(?![\w/])", re.IGNORECASE),
    True: re.compile(r"(?<![\w/.,])(?:24/7|24[ \u00a0\u202f-]hours?[ \u00a0\u202f]a[ \u00a0\u202f]day|7[ \u00a0\u202f-]days?[ \u00a0\u202f]a[ \u00a0\u202f]week)(?![\w/])", re.IGNORECASE),
}
# an amount after a currency sign with a glued scale letter: "€5m", "US$2.5bn"
_CURRENCY_SCALE = re.compile(r"(?<=[$€£])(\d+(?:\.\d+)?)(m|bn)(?!\w)")
# decades: "the 1990s" is the year 1990 of « les années 1990 »
_DECADE_EN = re.compile(r"(?<![\w/.,-])((?:1[5-9]|20)\d0)['’]?s(?!\w)")
# a year or a decade glued to a prefix: "pre-2019 projections", "post-2015 agenda", "by the
# mid-2080s" (« d'avant 2019 », « d'ici le milieu des années 2080 ») are that year
_PREFIXED_YEAR_EN = re.compile(r"(?<![\w/.,-])(?:pre|post|mid|early|late)-((?:1[5-9]|20)\d\d)(?:['’]?s)?(?![\w/-]|[.,]\d)", re.IGNORECASE)
# an age group glued to its word: "under-18s", "the over-65s", "under-5 mortality" (« les moins
# de 18 ans », « les plus de 65 ans »): the age
_AGE_GROUP_EN = re.compile(r"(?<![\w/.,-])(?:under|over)-(\d{1,3})(?:s|['’]s)?(?![\w/-]|[.,]\d)", re.IGNORECASE)
# a time in four digits before a time zone or "hours": "1500 GMT", "0930 hrs" (« 15 h GMT »)
_TIME_FOUR = re.compile(r"(?<![\w/.,:])([01]\d|2[0-3])([0-5]\d)(?=[ \u00a0\u202f]*(?:GMT|UTC|hrs|hours|h)\b)")
# a decade in two digits: « les années 90 », "the '90s" (1930-1990 only: « les années 20 » may be
# the 1920s or the 2020s, and is left as a number)
_DECADE_SHORT = {
    False: re.compile(r"(?<![\w-])(?i:années)[ \u00a0\u202f]+([3-9]0)(?![\w%]|[,.]\d|[ \u00a0\u202f]*%)"),
    True: re.compile(r"(?<![\w])['’]([3-9]0)s(?!\w)"),
}


def _scan_special(text: str, english: bool, tokens: list[tuple[int, str, str]]) -> str:
    """Append the times and name/code digits of ``text`` to ``tokens``; return ``text`` with them
    blanked out (same length, so offsets hold) for the number scan."""
    if "24" in text or "7" in text:
        for match in list(_AROUND_THE_CLOCK[english].finditer(text)):
            text = _blank(text, match.start(), match.end())
    if english and any(sign in text for sign in "$€£"):
        for match in list(_CURRENCY_SCALE.finditer(text)):
            integer, _, fraction = match.group(1).partition(".")
            tokens.append((match.start(), match.group(0), _number_key(integer, fraction or None, match.group(2))))
            text = _blank(text, match.start(), match.end())
    folded = text.casefold() if english and "-" in text else ""
    if "der-" in folded or "ver-" in folded:  # under-18s, over-65s
        for match in list(_AGE_GROUP_EN.finditer(text)):
            tokens.append((match.start(1), match.group(1), match.group(1).lstrip("0") or "0"))
            text = _blank(text, match.start(), match.end())
    if "GMT" in text or "UTC" in text or "hrs" in text or "hours" in text:
        for match in list(_TIME_FOUR.finditer(text)):
            tokens.append((match.start(), match.group(0), f"time:{match.group(1)}:{match.group(2)}"))
            text = _blank(text, match.start(), match.end())
    if any(prefix in folded for prefix in ("pre-", "post-", "mid-", "early-", "late-")):
        for match in list(_PREFIXED_YEAR_EN.finditer(text)):
            # the year as written (its digits): a year only the English writes stays a year
            # (« à la mi-2023 » -> "by mid-2023": a year set apart, as "the middle of 2023")
            tokens.append((match.start(1), match.group(1), match.group(1)))
            text = _blank(text, match.start(), match.end())
    if ("années" in text or "ANNÉES" in text) if not english else ("'" in text or "’" in text):
        for match in list(_DECADE_SHORT[english].finditer(text)):
            tokens.append((match.start(), match.group(0), "19" + match.group(1)))
            text = _blank(text, match.start(), match.end())
    if english and ("0s" in text or "0's" in text or "0’s" in text):
        for match in list(_DECADE_EN.finditer(text)):
            tokens.append((match.start(), match.group(0), match.group(1)))
            text = _blank(text, match.start(), match.end())
    patterns = (_TIME_12, _TIME_24) if english else (_TIME_FR, _TIME_24)
    for time_pattern in patterns:
        for match in list(time_pattern.finditer(text)):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if time_pattern is _TIME_12:
                hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
            tokens.append((match.start(), match.group(0).strip(), f"time:{hour:02d}:{minute:02d}"))
            text = _blank(text, match.start(), match.end())
    for match in list(_NUMERIC_DATE.finditer(text)):
        tokens.append((match.start(), match.group(0), _date_key(int(match.group(1)), int(match.group(2)), match.group(3))))
        text = _blank(text, match.start(), match.end())
    for name_pattern in (_NAME_GLUED, _NAME_SPACED):
        for match in list(name_pattern.finditer(text)):
            letters = _WORD.match(match.group(0))
            if letters is not None and letters.group(0).lower() in _MONTHS_ANY:
                continue  # "MARS 2024" in a headline, "January-5 April": dates
            if name_pattern is _NAME_SPACED and match.group(1) in _CURRENCY_CODES:
                continue
            digits = match.group(match.lastindex or 1)
            tokens.append((match.start(), match.group(0), "name:" + (digits.lstrip("0") or "0")))
            text = _blank(text, match.start(), match.end())
    return text


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


def compare_numbers(source: str, target: str, source_lang: str, target_lang: str, *, document_year: int | None = None) -> NumberDiff:
    """Compare the multisets of values of ``source`` and ``target``.

    With ``document_year`` (the year the document was published), a year of one side may be
    worded relative to it on the other (« en 2017 » in a 2018 release = "last year")."""
    src = _scan(source, source_lang)
    tgt = _scan(target, target_lang)
    if not src and not tgt:
        return _SAME
    if len(src) == len(tgt) and sorted(t[2] for t in src) == sorted(t[2] for t in tgt):
        return _SAME
    src_count = Counter(t[2] for t in src)
    tgt_count = Counter(t[2] for t in tgt)
    missing, extra = src_count - tgt_count, tgt_count - src_count
    if missing or extra:
        _pair_names(missing, extra)
        _pair_split_dates(missing, extra)
        if any(k.startswith("date:") and k.count("-") == 1 for k in missing):
            _pair_bare_months(missing, target, target_lang, tgt)
        if any(k.startswith("telnat:") for k in (*missing, *extra)):
            _pair_phones(missing, extra)
        _pair_words(missing, _number_words(target, target_lang))
        _pair_words(extra, _number_words(source, source_lang))
        if document_year is not None:
            _pair_words(missing, _relative_years(target, target_lang, document_year))
            _pair_words(extra, _relative_years(source, source_lang, document_year))
    if not missing and not extra:
        return _SAME
    approximate = _pair_approximate(missing, source, src, target, target_lang)
    approximate_extra = _pair_approximate(extra, target, tgt, source, source_lang)
    if not missing and not extra and not approximate and not approximate_extra:
        return _SAME
    if document_year is not None and any(k.startswith("date:????-") for k in extra):
        _pair_years_left_implied(missing, extra, document_year)
    partial, partial_kept = _pair_parts(missing, extra, target, target_lang, tgt, src)
    dropped: Counter[str] = Counter()
    added: Counter[str] = Counter()
    if document_year is not None and any(k.startswith("date:????-") for k in missing) and any(k.startswith("date:") for k in extra):
        _pair_implied_years(missing, extra, added, document_year)
    if not any(key.startswith(("date:", "time:")) for key in extra):
        for key in [k for k in missing if k.startswith("date:????-")]:
            dropped[key] = missing.pop(key)
    if not any(key.startswith(("date:", "time:")) for key in missing) and not dropped:
        for key in [k for k in extra if k.startswith("date:????-")]:
            added[key] = extra.pop(key)
    named_added: Counter[str] = Counter()
    named_dropped: Counter[str] = Counter()
    if not missing and not dropped:
        for key in [k for k in extra if k.startswith("name:")]:
            named_added[key] = extra.pop(key)
    if not extra and not added:
        for key in [k for k in missing if k.startswith("name:")]:
            named_dropped[key] = missing.pop(key)
    merged: Counter[str] = Counter()
    if missing and not extra:
        # a year the source repeats (« pour 2024 … (… for 2024 en anglais) ») that the target
        # writes once: the target still says it; other repeated numbers stay missing
        target_years = {t[2] for t in tgt if _is_year_token(t)}
        for key in [k for k in missing if k in target_years]:
            merged[key] = missing.pop(key)
    if not missing and not dropped and extra:
        # every source number is rendered: a year or a dated date only in the translation
        # restates what the source says in words (« vers le Texas » -> "into Texas in 2018",
        # « aujourd'hui » -> "On 28 March 2018", « mi-2023 » -> "the middle of 2023")
        # (only as many as are written as years: "0002024" is no year, it stays extra)
        years = Counter(t[2] for t in tgt if t[2] in extra and _is_year_token(t))
        for key in [k for k in extra if k in years or (k.startswith("date:") and not k.startswith("date:????-"))]:
            take = min(extra[key], years[key]) if key in years else extra[key]
            added[key] = take
            extra[key] -= take
            if extra[key] <= 0:
                del extra[key]
    taken: set[int] = set()  # each target token is reported once, years written as years first
    added_tokens = _pick(tgt, added, prefer=_is_year_token, taken=taken)
    return NumberDiff(
        _pick(src, missing), _pick(tgt, extra, taken=taken), _pick(src, dropped), added_tokens, _pick(src, merged),
        _pick(tgt, named_added), _pick(src, named_dropped), _pick(src, partial), _pick(tgt, partial_kept),
        _pick(src, approximate), _pick(tgt, approximate_extra),
    )


# a percentage: the number before « % », "per cent", « pour cent »
_PERCENT_AFTER = re.compile(r"[ \u00a0\u202f]*(?:%|per[ \u00a0-]?cent\b|percent\b|pour[ \u00a0]?cent\b)", re.IGNORECASE)
# an approximate fraction: "more than half", "nearly a third", « plus de la moitié », « près d'un
# tiers » (a qualifier, then the fraction), by value in per cent
_APPROXIMATE = {
    "en": re.compile(
        r"(?<![\w-])(?:more\s+than|over|nearly|almost|about|around|roughly|some|close\s+to|just\s+(?:over|under)|under|less\s+than|approximately)"
        r"\s+(half|(?:a|one)[ -]third|(?:a|one)[ -]quarter|two[ -]thirds|three[ -]quarters|(?:a|one)[ -]fifth)(?![\w-])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:plus|près|moins|un\s+peu\s+(?:plus|moins))\s+d(?:e\s+la\s+|u\s+|es\s+|['’]\s*)|(?<![\w-])(?:presque|environ|quelque)\s+(?:la\s+|les\s+)?"
        r"(?=(?:un\s+|une\s+)?(?:moitié|tiers|quart|deux\s+tiers|trois\s+quarts|cinquième)(?![\w-]))"
        r"|(?<=d['’])(?=un\s+(?:tiers|quart|cinquième))",
        re.IGNORECASE,
    ),
}
_FRACTION_SHARE = {
    "half": 50, "third": 100 / 3, "quarter": 25, "thirds": 200 / 3, "quarters": 75, "fifth": 20,
    "moitié": 50, "tiers": 100 / 3, "quart": 25, "deux tiers": 200 / 3, "trois quarts": 75, "cinquième": 20,
}
_FR_FRACTION_AFTER = re.compile(r"\s*(?:un\s+|une\s+)?(deux\s+tiers|trois\s+quarts|moitié|tiers|quart|cinquième)(?![\w-])", re.IGNORECASE)


def _approximate_shares(text: str, lang: str) -> list[float]:
    """The shares, in per cent, that ``text`` words as approximate fractions."""
    primary = lang.split("_")[0].split("-")[0].lower()
    pattern = _APPROXIMATE.get(primary)
    if pattern is None:
        return []
    shares: list[float] = []
    for match in pattern.finditer(text):
        if primary == "en":
            word = match.group(1).lower().replace("-", " ").split()[-1]
            shares.append(_FRACTION_SHARE[word])
        else:
            after = _FR_FRACTION_AFTER.match(text, match.end())
            if after is not None:
                shares.append(_FRACTION_SHARE[re.sub(r"\s+", " ", after.group(1).lower())])
    return shares


def _pair_approximate(unmatched: Counter[str], text: str, tokens: list[tuple[int, str, str]], other: str, other_lang: str) -> Counter[str]:
    """Take out of ``unmatched`` (in place) the percentages of ``text`` that ``other`` words
    as an approximate fraction within six points (« 52 % » -> "more than half"); return them."""
    taken: Counter[str] = Counter()
    if not unmatched or ("%" not in text and "cent" not in text.lower()):
        return taken
    shares = _approximate_shares(other, other_lang)
    if not shares:
        return taken
    for start, surface, key in tokens:
        if unmatched[key] <= 0 or not shares or _PERCENT_AFTER.match(text, start + len(surface)) is None:
            continue
        try:
            value = float(key)
        except ValueError:
            continue
        near = next((share for share in shares if abs(share - value) <= 6), None)
        if near is not None:
            shares.remove(near)
            unmatched[key] -= 1
            taken[key] += 1
            if unmatched[key] <= 0:
                del unmatched[key]
    return taken


def _is_year_key(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and 1900 <= int(key) <= 2099


def keeps_part(whole: str, part: str) -> bool:
    """Does the key ``part`` keep a part of the date ``whole`` and contradict nothing: its year
    (``1989`` of ``date:1989-11-20``), its month and year (``date:1989-11``), or its day and
    month (``date:????-11-20``)?"""
    if not whole.startswith("date:") or whole.startswith("date:????"):
        return False
    if part.isdigit():
        return len(part) == 4 and whole[5:9] == part
    if whole.count("-") == 2 and part.startswith("date:") and part.count("-") == 1:
        return whole[5:12] == part[5:]
    return whole.count("-") == 2 and part.startswith("date:????-") and whole[10:] == part[10:]


# a scale word on its own, no figure before it: "millions of people", "billions of dollars"
_BARE_SCALE_EN = re.compile(r"(?<![\w-])(million|billion|trillion)s?(?![\w-])", re.IGNORECASE)
# a figure, in digits or in words, right before the scale word: "2.5 million", "a million",
# "half a million", "twelve million" (these are values of their own, compared as such)
_FIGURE_BEFORE = re.compile(
    r"(?:\d|(?<![\w-])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|half)"
    r"|[\w]+(?:teen|ty))[ \u00a0\u202f-]*\Z",
    re.IGNORECASE,
)


def _bare_scales(target: str, target_lang: str) -> Counter[int]:
    """The scale words of an English ``target`` written with no figure ("millions of people"),
    by value."""
    scales: Counter[int] = Counter()
    if not _conventions(target_lang)[0]:
        return scales
    for match in _BARE_SCALE_EN.finditer(target):
        if _FIGURE_BEFORE.search(target[max(0, match.start() - 12) : match.start()]) is None:
            scales[_SCALE[match.group(1).lower()]] += 1
    return scales


def _pair_parts(
    missing: Counter[str], extra: Counter[str], target: str, target_lang: str,
    tgt: list[tuple[int, str, str]], src: list[tuple[int, str, str]],
) -> tuple[Counter[str], Counter[str]]:
    """Take out of ``missing`` the dates and amounts the target keeps a part of (in place): a
    date written as its year, its month and year or its day and month, every date of the source
    that the same part keeps (« du 2 au 5 mai 2024 » -> "in May 2024"), and an amount with a
    scale word written as the scale word alone (« 2,5 millions » -> "millions"). A value that
    differs (another day, another year, "2.5" for « 2,5 millions ») is no part: it stays missing.
    Returns (the source keys taken, the target keys that keep them)."""
    partial: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    if missing and extra and any(k.startswith("date:") for k in missing):
        wholes_of = {part: [k for k in missing if keeps_part(k, part)] for part in extra}
        parts = [part for part, wholes in wholes_of.items() if wholes]
        # another date or year left over may be the rest of the date, changed ("In 2021 through
        # 15 March" for « au 14 mars 2021 »): then no part is taken, the change is reported
        others = [k for k in extra if k not in parts or extra[k] > 1]
        if parts and not any(k.startswith("date:") or _is_year_key(k) for k in others):
            for part in parts:
                for whole in wholes_of[part]:
                    partial[whole] += missing.pop(whole, 0)
                kept[part] += 1
                extra[part] -= 1
                if extra[part] <= 0:
                    del extra[part]
            for whole in [k for k, n in partial.items() if n <= 0]:
                del partial[whole]
    if missing and "illion" in target:
        scales = _bare_scales(target, target_lang)
        scaled = {t[2] for t in src if t[2] in missing and _SCALE_WORD_IN.search(t[1])}
        for key in sorted(scaled):
            value = Decimal(key)
            scale = next((s for s in sorted(scales, reverse=True) if scales[s] > 0 and s <= value < s * 1000), None)
            if scale is not None:
                scales[scale] -= 1
                partial[key] += 1
                missing[key] -= 1
                if missing[key] <= 0:
                    del missing[key]
    return partial, kept


_SCALE_WORD_IN = re.compile(r"(?i)(?<![\w])(?:millions?|milliards?|billions?|trillions?|mn|bn|mds?|mrds?)(?![\w])")


def _is_year_token(token: tuple[int, str, str]) -> bool:
    """A plain four-digit year (1900-2099) as written: no grouping, no decimals."""
    _start, surface, key = token
    return len(surface) == 4 and surface == key and key.isdigit() and 1900 <= int(key) <= 2099


def _plain_of(key: str) -> str | None:
    """The plain number a name or a partial date may be written as on the other side: the
    digits of a name (``COVID 19``), the day of a date without year (« le 31 » for "October
    31st", « samedi 17 » for "(17/10)"), the year of a month date (« avril 2015 », "2015")."""
    if key.startswith("name:"):
        return key[5:]
    if key.startswith("date:????-"):
        return key.rsplit("-", 1)[1].lstrip("0")
    if key.startswith("date:") and key.count("-") == 1:
        return key[5:9]
    if key.startswith("time:") and key.endswith(":00"):  # « à 9 heures » -> "at 9 a.m."
        return str(int(key[5:7]))
    return None


def _pair_names(missing: Counter[str], extra: Counter[str]) -> None:
    """Names and partial dates on one side pair with their plain number on the other
    (:func:`_plain_of`)."""
    for one, other in ((missing, extra), (extra, missing)):
        for key in list(one):
            plain = _plain_of(key)
            if plain is not None:
                paired = min(one[key], other[plain])
                if paired:
                    one[key] -= paired
                    other[plain] -= paired
    for counter in (missing, extra):
        for key in [k for k, n in counter.items() if n <= 0]:
            del counter[key]


def _pair_bare_months(missing: Counter[str], target: str, target_lang: str, tgt: list[tuple[int, str, str]]) -> None:
    """A month and year of the source written as the month alone where the target gives the
    year once for two months (« en mai 2015 ... en avril 2015 » -> "during May 2015 ...
    April")."""
    english, months, _pattern = _conventions(target_lang)
    named = {m for w in _WORD.findall(target) if (m := _month(w, months, english)) is not None}
    years = {t[2][5:9] if t[2].startswith("date:") else t[2] for t in tgt}
    for key in [k for k in missing if k.startswith("date:") and k.count("-") == 1]:
        if int(key[10:12]) in named and key[5:9] in years:
            del missing[key]


def _pair_phones(missing: Counter[str], extra: Counter[str]) -> None:
    """A national number on one side is the international one that ends with its digits on the
    other (« 022 717 91 11 » = "+41 22 717 9111")."""
    for one, other in ((missing, extra), (extra, missing)):
        for key in [k for k in one if k.startswith("telnat:") and len(k) >= 7 + 8]:
            for intl in [k for k in other if k.startswith("tel:") and k[4:].endswith(key[7:]) and len(k) > len(key) - 3]:
                paired = min(one[key], other[intl])
                one[key] -= paired
                other[intl] -= paired
    for counter in (missing, extra):
        for key in [k for k, n in counter.items() if n <= 0]:
            del counter[key]


def _pair_split_dates(missing: Counter[str], extra: Counter[str]) -> None:
    """A dated date on one side written as its year and its day and month apart on the other:
    « le 26 août 2018 » = "in 2018 through 26 August"."""
    for one, other in ((missing, extra), (extra, missing)):
        for key in [k for k in one if k.startswith("date:") and k.count("-") == 2 and not k.startswith("date:????")]:
            year, day = key[5:9], "date:????-" + key[10:]
            while one[key] > 0 and other[year] > 0 and other[day] > 0:
                one[key] -= 1
                other[year] -= 1
                other[day] -= 1
    for counter in (missing, extra):
        for key in [k for k, n in counter.items() if n <= 0]:
            del counter[key]


def _pair_implied_years(missing: Counter[str], extra: Counter[str], added: Counter[str], document_year: int) -> None:
    """A source day and month without a year written with its year in the target (« le 3 mars »
    -> "on 3 March 2024"): the year the source leaves implied, set apart in ``added`` (the year
    only the target writes, as "in March 2018" for « en mars »). Only the release's year or one
    next to it counts as implied (« le 3 mars » in a 2024 release is no "3 March 2019"; with no
    release date the added year stays a change)."""
    for key in [k for k in missing if k.startswith("date:????-")]:
        for dated in [k for k in extra if k.startswith("date:") and k.count("-") == 2 and k[10:] == key[10:] and k[5:9].isdigit()]:
            if abs(int(dated[5:9]) - document_year) > 1:
                continue
            paired = min(missing[key], extra[dated])
            missing[key] -= paired
            extra[dated] -= paired
            added[dated] += paired
    for counter in (missing, extra):
        for key in [k for k, n in counter.items() if n <= 0]:
            del counter[key]


def _pair_years_left_implied(missing: Counter[str], extra: Counter[str], document_year: int) -> None:
    """A source date with its year written without it in the target (« Vienne, 21 mars 2011 »
    -> "VIENNA, 21 March" in a 2011 release): the year is the release's, which the reader
    knows, so the two dates pair (in place), the reverse of :func:`_pair_implied_years`. Only
    the release's year or one next to it is implied; another year stays a partly kept date.
    With another year or dated date left over in the target, nothing pairs: it may be the
    year, changed ("In 2020 through 14 March" for « au 14 mars 2021 »)."""
    if any(_is_year_key(k) or (k.startswith("date:") and not k.startswith("date:????-")) for k in extra):
        return
    for key in [k for k in extra if k.startswith("date:????-")]:
        for dated in [k for k in missing if k.startswith("date:") and k.count("-") == 2 and k[10:] == key[10:] and k[5:9].isdigit()]:
            if abs(int(dated[5:9]) - document_year) > 1:
                continue
            paired = min(missing[dated], extra[key])
            missing[dated] -= paired
            extra[key] -= paired
    for counter in (missing, extra):
        for key in [k for k, n in counter.items() if n <= 0]:
            del counter[key]


# years worded relative to the document's own year (offset from it)
_RELATIVE_YEARS = {
    "en": re.compile(r"\b(?:(last|previous)|(this|current)|(next|coming))\s+year\b|\b(a\s+year\s+(?:earlier|before|ago))", re.IGNORECASE),
    "fr": re.compile(
        r"(?:l['’]\s*(?:an|année)\s+(?:(dernière?|passée?|précédente)|(prochaine?)))|((?:cette\s+|l['’]\s*)année(?:\s+en\s+cours)?(?!\s+(?:dernière|passée|précédente|prochaine)|\s*\d))|(l['’]\s*an\s+(?:dernier|passé))",
        re.IGNORECASE,
    ),
}


# a count of years back from the document's year: "five years ago", « il y a cinq ans » (the
# count as a number word: a count in digits is a number of its own; "earlier"/"before" count
# from a date the text names, not from the document's year)
_YEARS_AGO = {
    "en": re.compile(r"(?<![\w-])([^\W\d_]+)\s+years?\s+ago(?![\w-])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w-])il\s+y\s+a\s+([^\W\d_]+)\s+ans(?![\w-])", re.IGNORECASE),
}


# days worded relative to the release: "today", "on Monday", "earlier this week", « aujourd'hui »
_RELATIVE_DAYS = {
    "en": re.compile(
        r"(?<![\w-])(?:today|tonight|yesterday|tomorrow|this\s+(?:week|morning|afternoon|evening)|(?:last|next)\s+week"
        r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\w-])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:aujourd['’]hui|hier|demain|cette\s+semaine|la\s+semaine\s+(?:dernière|prochaine)|ce\s+(?:matin|soir))(?![\w-])",
        re.IGNORECASE,
    ),
}


def relative_time_phrase(text: str, lang: str, *, days: bool = False) -> str:
    """The phrase by which ``text`` words a year relative to its release ("five years ago",
    "last year", « l'an dernier »; with ``days``: a day, "today", "on Monday", « hier »), or "".
    The count of years is not checked here: official versions round it ("five years ago" for a
    year six years back), so a year it stands for is worth a warning, not an error."""
    primary = lang.split("_")[0].split("-")[0].lower()
    patterns = [_RELATIVE_DAYS.get(primary)] if days else [_YEARS_AGO.get(primary), _RELATIVE_YEARS.get(primary)]
    for pattern in patterns:
        found = pattern.search(text) if pattern is not None else None
        if found is not None:
            return found.group(0)
    return ""


def relative_years(text: str, lang: str, year: int, *, ago_only: bool = False) -> Counter[str]:
    """The years ``text`` words relative to the release's ``year`` ("last year" -> year - 1,
    "five years ago" -> year - 5, « l'an prochain » -> year + 1), by value; with ``ago_only``,
    only the counts back ("five years ago", « il y a trois ans »), which official versions
    round."""
    return _relative_years(text, lang, year, ago_only=ago_only)


def _relative_years(text: str, lang: str, year: int, *, ago_only: bool = False) -> Counter[str]:
    """The years ``text`` words relative to the document's ``year`` ("last year", « l'an
    prochain », « cette année », "five years ago", « il y a trois ans »)."""
    primary = lang.split("_")[0].split("-")[0].lower()
    pattern = _RELATIVE_YEARS.get(primary)
    values: Counter[str] = Counter()
    if pattern is None or "year" not in text.lower() and "an" not in text.lower():
        return values
    for match in pattern.finditer(text) if not ago_only else ():
        if primary == "en":
            offset = -1 if match.group(1) or match.group(4) else 0 if match.group(2) else 1
        else:
            offset = -1 if match.group(1) or match.group(4) else 1 if match.group(2) else 0
        values[str(year + offset)] += 1
    words = _NUMBER_WORDS.get(primary, {})
    for match in _YEARS_AGO[primary].finditer(text) if primary in _YEARS_AGO else ():
        count = words.get(match.group(1).lower(), "")
        if count.isdigit() and 1 < int(count) <= 50:
            values[str(year - int(count))] += 1
    return values


def _number_words(text: str, lang: str) -> Counter[str]:
    """The values of the numbers written as words in ``text`` (see ``_NUMBER_WORDS``)."""
    words = _NUMBER_WORDS.get(lang.split("_")[0].split("-")[0].lower())
    if not words:
        return Counter()
    found = [m.group(0).lower() for m in _WORD.finditer(text)]
    word_scale = _WORD_SCALE.get(lang.split("_")[0].split("-")[0].lower(), {})
    values = Counter(words[w] for w in found if w in words)
    for i, (word, following) in enumerate(zip(found, found[1:])):  # "eight million" -> 8000000 too
        scale = _SCALE.get(following) or word_scale.get(following)
        if following in _YEARS_OF:  # "seven decades" = « 70 ans », "a century" = « 100 ans »
            count = 1 if word in _ONE else int(words[word]) if word in words and words[word].isdigit() else 0
            if 0 < count <= 20:
                values[str(count * _YEARS_OF[following])] += 1
        if scale and word in words and words[word].isdigit() and int(words[word]) < 1000:
            values[str(int(words[word]) * scale)] += 1
        elif word in _HALF:  # « demi-million », "half a million"
            scale = scale or (_SCALE.get(found[i + 2]) if following == "a" and i + 2 < len(found) else None)
            if scale:
                values[str(int(scale * _HALF[word]))] += 1
            elif (found[i + 2] if following in _ONE and i + 2 < len(found) else following) in _HALF_UNIT:
                values["0.5"] += 1
        if following == "and" and found[i + 2 : i + 4] in (["a", "half"], ["one", "half"]) and i + 4 < len(found):
            # "one and a half million" = 1,500,000
            big = _SCALE.get(found[i + 4]) or word_scale.get(found[i + 4])
            count = 1 if word in _ONE else int(words[word]) if word in words and words[word].isdigit() else 0
            if big and count:
                values[str(int(Decimal(count * 2 + 1) * big / 2))] += 1
        elif word in words and following in _SCALE and found[i + 2 : i + 4] == ["et", "demi"]:
            # « un million et demi » = 1 500 000
            count = 1 if word in _ONE else int(words[word]) if words[word].isdigit() else 0
            if count:
                values[str(int(Decimal(count * 2 + 1) * _SCALE[following] / 2))] += 1
        if following in _FRACTIONS:
            count = 1 if word in _ONE else int(words[word]) if word in words and words[word].isdigit() else 0
            if 0 < count < _FRACTIONS[following]:
                share = Decimal(100 * count) / _FRACTIONS[following]
                for value in {share.quantize(Decimal(1)), share.quantize(Decimal("0.1")), int(share)}:
                    values[format(Decimal(value).normalize(), "f")] += 1
    primary = lang.split("_")[0].split("-")[0].lower()
    ratio = _RATIO.get(primary)
    if ratio is not None and (" in " in text or " sur " in text or " out of " in text):
        for match in ratio.finditer(text):
            part = 1 if match.group(1).lower() in _ONE else int(words[match.group(1).lower()]) if words.get(match.group(1).lower(), "").isdigit() else 0
            whole = int(words[match.group(2).lower()]) if words.get(match.group(2).lower(), "").isdigit() else 0
            if 0 < part < whole <= 100:
                share = Decimal(100 * part) / whole
                for value in {share.quantize(Decimal(1)), share.quantize(Decimal("0.1")), int(share)}:
                    values[format(Decimal(value).normalize(), "f")] += 1
    for word in found:
        if word in _MULTIPLIED:  # the factor, and the rise in per cent
            values[str(_MULTIPLIED[word])] += 1
            values[str(100 * (_MULTIPLIED[word] - 1))] += 1
    if "-" in text:
        for match in _HYPHENATED.finditer(text):
            value = _compound_value(match.group(0).lower().split("-"), words)
            if value is not None:
                values[str(value)] += 1
    if lang.startswith("fr") and _ROMAN_ORDINAL.search(text):
        for match in _ROMAN_ORDINAL.finditer(text):
            value = _roman_value(match.group(1))
            if value:
                values[str(value)] += 1
    return values


def _compound_value(parts: list[str], words: dict[str, str]) -> int | None:
    """The value of hyphenated number words (tens and units add up; « quatre-vingt » is 80),
    None when a part is no number word below a hundred."""
    total = 0
    previous = 0
    for part in parts:
        word = words.get(part)
        if word is None or not word.isdigit() or int(word) >= 100:
            return None
        value = int(word)
        if value == 20 and previous == 4:  # « quatre-vingt(s) », « quatre-vingtième »
            total += 80 - 4
            previous = 80
            continue
        total += value
        previous = value
    return total


def _roman_value(numeral: str) -> int:
    """The value of a Roman numeral (0 when it is not one written the usual way)."""
    total = 0
    values = [_ROMAN[c] for c in numeral]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total if 0 < total < 400 else 0


def _pair_words(unmatched: Counter[str], words: Counter[str]) -> None:
    """Numbers of one side written as words on the other ("7 %" -> "seven per cent")."""
    for key in list(unmatched):
        value = key[5:] if key.startswith("name:") else (_plain_of(key) or key) if key.startswith("time:") else key
        paired = min(unmatched[key], words[value])
        if paired:
            words[value] -= paired
            unmatched[key] -= paired
            if unmatched[key] <= 0:
                del unmatched[key]


_SAME = NumberDiff((), ())


def _pick(
    tokens: list[tuple[int, str, str]],
    wanted: Counter[str],
    prefer: "Callable[[tuple[int, str, str]], bool] | None" = None,
    taken: set[int] | None = None,
) -> tuple[NumberToken, ...]:
    """The ``tokens`` (in text order) that make up the multiset ``wanted`` of keys: those that
    pass ``prefer`` first, none whose start is in ``taken`` (which the picked ones join)."""
    left = Counter(wanted)
    order = tokens if prefer is None else sorted(tokens, key=lambda t: not prefer(t))
    chosen: list[tuple[int, str, str]] = []
    for token in order:
        if left[token[2]] > 0 and (taken is None or token[0] not in taken):
            left[token[2]] -= 1
            chosen.append(token)
            if taken is not None:
                taken.add(token[0])
    if prefer is not None:
        chosen.sort(key=_START)
    return tuple(NumberToken(surface, key, start) for start, surface, key in chosen)
