"""RT421: printf and brace format placeholders (``%s``, ``%(name)d``, ``%1$s``, ``{name}``, ``{0}``)
must survive translation, as ``msgfmt --check-format`` and pofilter's ``printf`` check demand.

An entry flagged ``c-format`` or ``python-format`` is read with the full printf syntax (flags,
width, precision, length modifiers), ``python-brace-format`` with the full brace syntax. An
entry without such a flag is press-release prose, where ``50 % des`` or ``{`` are text: only the
forms that cannot be prose are compared (``%s``, ``%d``, ``%(name)s``, ``%1$s``, ``{name}``,
``{0}``), so a French per cent sign never raises a finding.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

__all__ = ["format_placeholders", "compare_format_placeholders"]

_PRINTF_FULL = re.compile(
    r"%(?:\((?P<name>[^)\s]{1,64})\)|(?P<pos>\d{1,3})\$)?[-+ #0']{0,5}(?:\d{1,4}|\*)?(?:\.(?:\d{1,4}|\*))?"
    r"(?:hh|h|ll|l|L|q|j|z|t)?(?P<conv>[diouxXeEfFgGaAcspn%])"
)
# outside format-flagged entries: no flags, width or length, and never "% " (French per cent)
_PRINTF_PLAIN = re.compile(r"%(?:\((?P<name>[A-Za-z_][A-Za-z0-9_]{0,63})\)|(?P<pos>\d{1,2})\$)?(?P<conv>[sdif])(?![A-Za-z0-9])")
_BRACE_FULL = re.compile(r"\{\{|\}\}|\{(?P<field>[A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,3})?(?:[.\[][^{}\s]{0,64})?(?:![rsa])?(?::[^{}]{0,32})?\}")
_BRACE_PLAIN = re.compile(r"(?<!\{)\{(?P<field>[A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,2})\}(?!\})")


def _flags_say(flags: Iterable[str]) -> tuple[bool, bool, bool]:
    """(full printf, full brace, checks off) from an entry's flags."""
    flags = set(flags)
    printf = bool({"c-format", "python-format", "php-format", "sh-format"} & flags)
    brace = "python-brace-format" in flags
    off = bool({"no-c-format", "no-python-format", "no-python-brace-format"} & flags) and not (printf or brace)
    return printf, brace, off


def format_placeholders(text: str, flags: Iterable[str] = ()) -> Counter[str]:
    """The format placeholders of ``text`` as written (``%%`` and ``{{``/``}}`` escapes excluded)."""
    printf, brace, off = _flags_say(flags)
    found: Counter[str] = Counter()
    if off or ("%" not in text and "{" not in text):
        return found
    if "%" in text:
        for match in (_PRINTF_FULL if printf else _PRINTF_PLAIN).finditer(text):
            if match.group("conv") != "%":
                found[match.group(0)] += 1
    if "{" in text:
        for match in (_BRACE_FULL if brace else _BRACE_PLAIN).finditer(text):
            if match.group(0) not in ("{{", "}}"):
                found[match.group(0)] += 1
    return found


def _unnumbered_printf_order(text: str, flags: Iterable[str]) -> list[str]:
    return [
        m.group(0) for m in _PRINTF_FULL.finditer(text)
        if m.group("conv") != "%" and m.group("name") is None and m.group("pos") is None
    ]


def compare_format_placeholders(source: str, target: str, flags: Iterable[str] = ()) -> list[str]:
    """Messages for each difference (empty when the placeholders agree)."""
    flags = tuple(flags)
    src = format_placeholders(source, flags)
    tgt = format_placeholders(target, flags)
    messages: list[str] = []
    missing = src - tgt
    extra = tgt - src
    if missing:
        messages.append("format placeholder missing from the translation: " + ", ".join(repr(p) for p in sorted(missing.elements())))
    if extra:
        messages.append("format placeholder not in the source: " + ", ".join(repr(p) for p in sorted(extra.elements())))
    printf, _brace, _off = _flags_say(flags)
    if not messages and printf:
        # C's unnumbered %s %d take their arguments in order: the order must not change
        src_order = _unnumbered_printf_order(source, flags)
        tgt_order = _unnumbered_printf_order(target, flags)
        if src_order != tgt_order:
            messages.append(f"unnumbered format placeholders reordered: {' '.join(src_order)} became {' '.join(tgt_order)} (number them, e.g. %1$s)")
    return messages
