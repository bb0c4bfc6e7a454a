"""Which finding codes ``reltrans check`` reports: ``--select`` / ``--ignore``, as ruff and flake8.

A *selector* is ``ALL``, a code prefix (``RT``, ``RT1``, ``RT50``, ``RT501``), a family name
(``glossary``, ``numbers``: the names used in ``# reltrans: ignore`` comments) or a rule name
(``missing-term``). A code is reported when the most specific selector that matches it comes
from ``select``; when the most specific matches of both lists are equally specific, ``ignore``
wins. So ``--select RT4 --ignore RT406`` reports every RT4xx code but RT406, and
``--ignore RT5 --select RT501`` still reports RT501.

Specificity: ``ALL`` < ``RT`` < ``RTn`` < family name < ``RTnn`` < a whole code or rule name.
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from reltrans.checks.codes import RULES
from reltrans.errors import UsageError

__all__ = ["CodeSelection", "CheckSettings", "parse_check_table", "parse_selectors", "resolve_selection"]

_ALL = "ALL"
_PREFIX = re.compile(r"RT\d{0,3}")


@functools.cache  # RULES never change: built once, not per finding and selector
def _families() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for rule in RULES.values():
        out.setdefault(rule.family, set()).add(rule.code)
    return {name: frozenset(codes) for name, codes in out.items()}


def _specificity(selector: str) -> int:
    if selector == _ALL:
        return 0
    if selector in _families():
        return 3  # between RTn (2) and RTnn (4)
    if _PREFIX.fullmatch(selector):
        return {2: 1, 3: 2, 4: 4, 5: 5}[len(selector)]
    return 5  # a rule name names one code


def _matches(selector: str, code: str) -> bool:
    if selector == _ALL:
        return True
    families = _families()
    if selector in families:
        return code in families[selector]
    if _PREFIX.fullmatch(selector):
        return code.startswith(selector)
    rule = RULES.get(code)
    return rule is not None and rule.name == selector


def parse_selectors(values: Iterable[str] | str, *, label: str = "--select") -> tuple[str, ...]:
    """Split, normalise and validate selectors (``"RT1, rt406"`` -> ``("RT1", "RT406")``).

    Each value may hold several selectors separated by commas or spaces. A selector that
    matches no code is a :class:`~reltrans.errors.UsageError` naming ``label`` and the nearest
    valid selector.
    """
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    families = _families()
    names = {rule.name: code for code, rule in RULES.items()}
    for value in values:
        for raw in re.split(r"[\s,]+", str(value).strip()):
            if not raw:
                continue
            upper = raw.upper()
            lower = raw.lower()
            if upper == _ALL:
                selector = _ALL
            elif _PREFIX.fullmatch(upper):
                if not any(code.startswith(upper) for code in RULES):
                    raise UsageError(_unknown(raw, label, sorted(RULES)))
                selector = upper
            elif lower in families or lower in names:
                selector = lower
            else:
                raise UsageError(_unknown(raw, label, [*sorted(RULES), *sorted(families), *sorted(names)]))
            if selector not in out:
                out.append(selector)
    return tuple(out)


def _unknown(raw: str, label: str, known: Sequence[str]) -> str:
    # the common typo: a letter for a digit (RT1O1, RT10l)
    digits = raw.upper()[:2] + raw.upper()[2:].translate(str.maketrans("OLI", "011"))
    if _PREFIX.fullmatch(digits) and any(code.startswith(digits) for code in RULES):
        return f"{label}: {raw!r} matches no check code, family or rule name; did you mean {digits!r}?"
    # a prefix with a stray tail (RT3x, RT10-): the valid prefix before it
    head = re.match(r"RT\d{0,3}", digits)
    if head and len(head.group(0)) > 2 and any(code.startswith(head.group(0)) for code in RULES):
        return f"{label}: {raw!r} matches no check code, family or rule name; did you mean {head.group(0)!r}?"
    close = difflib.get_close_matches(raw.upper() if raw[:2].upper() == "RT" else raw.lower(), known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else "; see docs/checks.md for the codes"
    return f"{label}: {raw!r} matches no check code, family or rule name{hint}"


@dataclass(frozen=True)
class CodeSelection:
    """The codes a run reports. Default: every code."""

    select: tuple[str, ...] = (_ALL,)
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        """Whether findings of ``code`` are reported."""
        best_select = max((_specificity(s) for s in self.select if _matches(s, code)), default=-1)
        best_ignore = max((_specificity(s) for s in self.ignore if _matches(s, code)), default=-1)
        return best_select > best_ignore

    def codes(self) -> tuple[str, ...]:
        """Every known code this selection reports, in code order."""
        return tuple(code for code in sorted(RULES) if self.enabled(code))

    @property
    def is_everything(self) -> bool:
        return self.select == (_ALL,) and not self.ignore


def resolve_selection(
    cli_select: Sequence[str] = (),
    cli_ignore: Sequence[str] = (),
    config_select: Sequence[str] = (),
    config_ignore: Sequence[str] = (),
) -> CodeSelection:
    """The selection in effect: command-line ``--select`` / ``--ignore`` replace the
    configuration's ``select`` / ``ignore`` (each list on its own), as in ruff."""
    select = parse_selectors(cli_select, label="--select") if cli_select else parse_selectors(config_select, label="check.select")
    ignore = parse_selectors(cli_ignore, label="--ignore") if cli_ignore else parse_selectors(config_ignore, label="check.ignore")
    return CodeSelection(select or (_ALL,), ignore)


@dataclass(frozen=True)
class CheckSettings:
    """The ``[check]`` table of ``reltrans.toml``: defaults under the command-line options.

    Example::

        [check]
        select = ["ALL"]
        ignore = ["RT503", "whitespace"]
        strict = false
        fail_on = "error"
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    strict: bool | None = None
    fail_on: str | None = None


_CHECK_KEYS = frozenset({"select", "ignore", "strict", "fail_on"})


def parse_check_table(table: object) -> CheckSettings:
    """Validate a ``[check]`` table; a problem is a ``ValueError`` whose text names the key
    (the configuration loader turns it into a :class:`~reltrans.errors.ConfigError`)."""
    if not isinstance(table, dict):
        raise ValueError("check must be a table ([check])")
    unknown = sorted(set(table) - _CHECK_KEYS)
    if unknown:
        raise ValueError(f"unknown key(s) in [check]: {', '.join(unknown)}; known: {', '.join(sorted(_CHECK_KEYS))}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"check.{key} must be a list of codes, prefixes or family names")
        try:
            lists[key] = parse_selectors(value, label=f"check.{key}")
        except UsageError as exc:
            raise ValueError(exc.message) from None
    strict = table.get("strict")
    if strict is not None and not isinstance(strict, bool):
        raise ValueError("check.strict must be true or false")
    fail_on = table.get("fail_on")
    if fail_on is not None and fail_on not in ("error", "warning"):
        raise ValueError("check.fail_on must be \"error\" or \"warning\"")
    return CheckSettings(lists["select"], lists["ignore"], strict, fail_on)
