"""Gettext-compatible line wrapping of PO strings: what ``msgcat`` writes by default.

GNU gettext (``msgcat``, ``msgmerge``, ``msgfmt``-adjacent tools) and translate-toolkit (what
Weblate saves with) wrap each string at 79 columns (quotes included), at the line-break
opportunities of the Unicode line breaking algorithm (UAX #14) computed on the *escaped* text,
after every ``\\n``, and start a wrapped string with an empty ``msgid ""`` line. This module
reproduces that for the characters of press releases: Latin, Greek and Cyrillic letters,
digits, the ASCII and typographic punctuation, quotes (« » “ ” ‘ ’), dashes, no-break spaces,
and wide CJK characters (two columns). :func:`wrap_string` is the only entry point
(:mod:`reltrans.catalog` writes the rest of the entry).

The rules are the UAX #14 pair table (direct / indirect breaks, the pairs gettext's libunistring
uses) plus the rules a pair table cannot express that matter here: no break after an opening
quote (LB15a) or before a closing one followed by a space or the end (LB15b), nor after a
word-initial hyphen (LB20a). Tests compare the result with ``msgcat`` byte for byte.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: msgcat's default page width (``--width``).
DEFAULT_WIDTH = 79

# line breaking classes (UAX #14) that the pair table distinguishes
OP, CL, CP, QU, GL, NS, EX, SY, IS, PR, PO, NU, AL, ID, IN, HY, BA, BB, B2, ZW, CM, WJ, SP = range(23)

_D, _I, _P = 0, 1, 2  # direct break, break only after spaces, never
# rows: class before, columns: class after (OP CL CP QU GL NS EX SY IS PR PO NU AL ID IN HY BA BB B2 ZW CM WJ)
_TABLE_TEXT = """
OP PPPPPPPPPPPPPPPPPPPPPP
CL DPPIIPPPPIIDDDDIIDDPIP
CP DPPIIPPPPIIIIDDIIDDPIP
QU PPPIIIPPPIIIIIIIIIIPIP
GL IPPIIIPPPIIIIIIIIIIPIP
NS DPPIIIPPPDDDDDDIIDDPIP
EX DPPIIIPPPDDDDDIIIDDPIP
SY DPPIIIPPPDDIDDDIIDDPIP
IS DPPIIIPPPDDIDDDIIDDPIP
PR IPPIIIPPPDDIIIDIIDDPIP
PO IPPIIIPPPDDIIDDIIDDPIP
NU IPPIIIPPPIIIIDIIIDDPIP
AL IPPIIIPPPIIIIDIIIDDPIP
ID DPPIIIPPPDIDDDIIIDDPIP
IN DPPIIIPPPDDDDDIIIDDPIP
HY DPPIDIPPPDDIDDDIIDDPIP
BA DPPIDIPPPDDDDDDIIDDPIP
BB IPPIIIPPPIIIIIIIIIIPIP
B2 DPPIIIPPPDDDDDDIIDPPIP
ZW DDDDDDDDDDDDDDDDDDDPDD
CM IPPIIIPPPIIIIDIIIDDPIP
WJ IPPIIIPPPIIIIIIIIIIPIP
"""
_TABLE: tuple[tuple[int, ...], ...] = tuple(
    tuple({"D": _D, "I": _I, "P": _P}[c] for c in line.split()[1]) for line in _TABLE_TEXT.strip().splitlines()
)

_ASCII_CLASSES = {
    " ": SP, "!": EX, '"': QU, "#": AL, "$": PR, "%": PO, "&": AL, "'": QU, "(": OP, ")": CP, "*": AL,
    "+": PR, ",": IS, "-": HY, ".": IS, "/": SY, ":": IS, ";": IS, "<": AL, "=": AL, ">": AL, "?": EX,
    "@": AL, "[": OP, "\\": PR, "]": CP, "^": AL, "_": AL, "`": AL, "{": OP, "|": BA, "}": CL, "~": AL,
}
_OTHER_CLASSES = {
    "\u00a0": GL, "\u202f": GL, "\u2007": GL, "\u2011": GL, "\u0f0c": GL, "\u180e": GL,
    "\u2060": WJ, "\ufeff": WJ, "\u200b": ZW,
    "\u00ad": BA, "\u2010": BA, "\u2012": BA, "\u2013": BA, "\u2014": B2, "\u2009": BA, "\u200a": BA,
    "\u2002": BA, "\u2003": BA, "\u2004": BA, "\u2005": BA, "\u2006": BA, "\u2008": BA, "\u3000": BA,
    "\u00ab": QU, "\u00bb": QU, "\u2018": QU, "\u2019": QU, "\u201a": OP, "\u201b": QU, "\u201c": QU,
    "\u201d": QU, "\u201e": OP, "\u201f": QU, "\u2039": QU, "\u203a": QU,
    "\u2026": IN, "\u2025": IN, "\u2024": IN,
    "\u00b0": PO, "\u2030": PO, "\u2031": PO, "\u2032": PO, "\u2033": PO, "\u00a2": PO, "\u2103": PO,
    "\u00a3": PR, "\u00a5": PR, "\u20ac": PR, "\u00b1": PR, "\u2116": PR, "\u2212": PR,
    "\u00a1": OP, "\u00bf": OP, "\u00b4": BB, "\u02c8": BB, "\u02cc": BB,
    "\u3001": CL, "\u3002": CL, "\uff0c": CL, "\uff0e": CL, "\u300c": OP, "\u300d": CL,
}


@lru_cache(maxsize=4096)
def _char_class(char: str) -> int:
    found = _ASCII_CLASSES.get(char)
    if found is not None:
        return found
    if "0" <= char <= "9":
        return NU
    if char < "\x80":
        return AL
    found = _OTHER_CLASSES.get(char)
    if found is not None:
        return found
    category = unicodedata.category(char)
    if category in ("Mn", "Mc", "Me"):
        return CM
    if category == "Nd":
        return NU
    if unicodedata.east_asian_width(char) in ("W", "F") and category[0] in "LS":
        return ID
    if category == "Ps":
        return OP
    if category == "Pe":
        return CP
    if category in ("Pi", "Pf"):
        return QU
    if category == "Sc":
        return PR
    if category == "Zs":
        return BA
    return AL


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if char < "\x7f":
        return 1 if char >= " " else 0
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf") or char == "\u200b":
        return 0
    if category == "Cc":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\\": "\\\\", '"': '\\"'}


_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')


_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_ESCAPE_PAIR = re.compile(r"\\.", re.DOTALL)


def _escape_portion(portion: str) -> tuple[str, list[bool]]:
    """The escaped text of ``portion`` and, per escaped character, whether a break before it is
    forbidden (the second character of an escape sequence)."""
    if _NEEDS_ESCAPE.search(portion) is None:
        return portion, [False] * len(portion)
    text = portion.translate(_ESCAPE_TABLE)
    inside = [False] * len(text)
    for match in _ESCAPE_PAIR.finditer(text):
        inside[match.start() + 1] = True
    return text, inside


_LETTERS = "ocpqgneyirtNAdjhbB2zMwS"  # one letter per class, in class order (OP ... SP)
_AL_NU = frozenset((AL, NU))


class _ClassLetters(dict):  # type: ignore[type-arg]
    """``str.translate`` table: code point -> the letter of its line breaking class."""

    def __missing__(self, code: int) -> str:
        letter = _LETTERS[_char_class(chr(code))]
        self[code] = letter
        return letter


_CLASS_LETTERS = _ClassLetters()
_LETTER_CLASS = {letter: index for index, letter in enumerate(_LETTERS)}
#: a run of letters and digits (no break inside), then the character before a possible break,
#: the spaces after it, and (lookahead) the next character that is not a space
_PAIRS = re.compile(r"(?:[AN](?=[AN]))*([^S])(S*)(?=([^S]))")


def _possible_breaks(text: str, inside: list[bool]) -> list[bool]:
    """``breaks[i]``: a line may start at ``text[i]`` (UAX #14 as described in the module).
    Scans class letters with a regex, one step per word or punctuation mark; text with
    combining marks takes the character-by-character path (:func:`_possible_breaks_slow`)."""
    letters = text.translate(_CLASS_LETTERS)
    if "M" in letters:
        return _possible_breaks_slow(text, inside)
    breaks = [False] * len(text)
    table, classes = _TABLE, _LETTER_CLASS
    for match in _PAIRS.finditer(letters):
        at = match.end()
        if inside[at]:
            continue
        rule = table[classes[match.group(1)]][classes[match.group(3)]]
        if rule == _D or (rule == _I and match.group(2)):
            breaks[at] = True
    return breaks


def _possible_breaks_slow(text: str, inside: list[bool]) -> list[bool]:
    """``breaks[i]``: a line may start at ``text[i]`` (UAX #14 as described in the module)."""
    breaks = [False] * len(text)
    classes = [_char_class(c) for c in text]
    previous = -1  # class of the last character that is not a space (-1: start of text)
    spaces = False  # spaces between it and the current character
    for i, cls in enumerate(classes):
        if cls == SP:
            spaces = True
            continue
        if cls == CM and previous >= 0 and not spaces:
            continue  # LB9: a combining mark belongs to its base
        if cls == CM:
            cls = AL  # LB10
        if previous >= 0 and not inside[i]:
            rule = _TABLE[previous][cls]
            allowed = rule == _D or (rule == _I and spaces)
            breaks[i] = allowed
        previous = cls
        spaces = False
    return breaks


def _width_breaks(text: str, inside: list[bool], width: int, start_column: int) -> list[bool]:
    """libunistring's ``ulc_width_linebreaks``: of the possible breaks, the ones that keep each
    line within ``width`` columns where a break can do it (greedy, longest lines first)."""
    chosen = [False] * len(text)
    if start_column + 2 * len(text) <= width:  # fits whatever the characters' widths: no break
        return chosen
    possible = _possible_breaks(text, inside)
    positions = [i for i, allowed in enumerate(possible) if allowed]
    if not positions:
        return chosen
    if text.isascii() and text.isprintable():
        columns = None  # one column per character: the per-character widths are not needed
    else:
        columns = [0]
        for char in text:
            columns.append(columns[-1] + _char_width(char))
    last = -1
    last_column = start_column
    previous = 0
    for i in positions:
        piece = (i - previous) if columns is None else (columns[i] - columns[previous])
        if last >= 0 and last_column + piece > width:
            chosen[last] = True
            last_column = 0
        last = i
        last_column += piece
        previous = i
    piece = (len(text) - previous) if columns is None else (columns[-1] - columns[previous])
    if last >= 0 and last_column + piece > width:
        chosen[last] = True
    return chosen


def wrap_string(keyword: str, value: str, *, width: int = DEFAULT_WIDTH, prefix: str = "") -> list[str]:
    """The lines of ``KEYWORD "value"`` as msgcat writes them (without line ends).

    ``prefix`` is ``"#~ "`` for obsolete entries, ``"#| "`` for previous msgids. ``width`` 0
    or less: no wrapping, only the breaks after ``\\n`` (``msgcat --no-wrap``)."""
    portions = _portions(value)
    limit = (width if width > 0 else 1 << 30) - 1 - (len(prefix) + 1)  # closing quote, indent
    lines: list[str] = []
    first = True
    for index, portion in enumerate(portions):
        text, inside = _escape_portion(portion)
        if portion.endswith("\n") and len(inside) >= 2:
            inside[-2] = True  # no break right before the final \n
        more = index + 1 < len(portions)
        while True:
            start = len(prefix) + (len(keyword) + 1 if first else 0) + 1 - (len(prefix) + 1)
            chosen = _width_breaks(text, inside, limit, start)
            if first and text and (more or start > limit or any(chosen)):
                lines.append(f'{prefix}{keyword} ""')
                first = False
                continue
            break
        head = f"{prefix}{keyword} " if first else prefix
        first = False
        piece_start = 0
        for i, cut in enumerate(chosen):
            if cut:
                lines.append(f'{head}"{text[piece_start:i]}"')
                head = prefix
                piece_start = i
        lines.append(f'{head}"{text[piece_start:]}"')
    return lines


def _portions(value: str) -> list[str]:
    """``value`` cut after each ``\\n`` (gettext's portions; an empty value is one portion)."""
    if not value:
        return [""]
    parts = value.split("\n")
    portions = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        portions.append(parts[-1])
    return portions


def wrap_references(references: list[str], *, width: int = DEFAULT_WIDTH) -> list[str]:
    """``#:`` lines as msgcat writes them: as many ``file:line`` items per line as fit in
    ``width`` columns (always at least one); ``width`` 0: msgcat's 79 as well (gettext wraps
    references even with ``--no-wrap``)."""
    page = width if width > 0 else DEFAULT_WIDTH
    lines: list[str] = []
    line = "#:"
    column = 2
    for item in references:
        size = len(item) + 1
        if column > 2 and column + size > page:
            lines.append(line)
            line, column = "#:", 2
        line += " " + item
        column += size
    lines.append(line)
    return lines
