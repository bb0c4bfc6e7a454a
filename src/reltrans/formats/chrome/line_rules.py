"""Site chrome: the one shape most line rules share, a pattern, a word cap and a guard.

A rule of chrome 15, 15f or 15g reads "a line of at most N words, with no sentence end, that the
pattern matches is chrome, for this reason". :class:`LineRule` holds the three parts in one row
and :func:`first_reason` walks a table of them in order, so that a family lists its rules as data
and keeps code only for the rules of another shape (a vocabulary, a count of parts, a ticker).
"""
from __future__ import annotations

import dataclasses
from typing import Literal, Sequence

import regex

from reltrans.formats.chrome.lexicon import _HAS_SENTENCE_END, _SENTENCE_END
from reltrans.formats.chrome.lines import _no_end

Guard = Literal["", "no sentence", "no sentence inside", "no final", "no end"]
"""What the line's end must not be: ``""`` anything goes; ``"no sentence"`` no sentence end (the
caller's ``sentence``: :data:`_SENTENCE_END` on the stripped line); ``"no sentence inside"`` no
sentence end anywhere (:data:`_HAS_SENTENCE_END`); ``"no final"`` no final ``.``, ``!`` or ``?``;
``"no end"`` no sentence end, a question mark aside (:func:`_no_end`)."""


@dataclasses.dataclass(frozen=True)
class LineRule:
    """One line rule: ``pattern`` on the line (``on``: its :func:`normalize_label` form or its
    stripped text; ``find``: anchored at the start or anywhere), at most ``words`` words (None:
    any length), the end ``guard`` allows; ``reason`` is the evidence it gives."""

    pattern: regex.Pattern[str]
    reason: str
    words: int | None = None
    guard: Guard = ""
    on: Literal["norm", "text"] = "norm"
    find: Literal["match", "search"] = "match"


def first_reason(rules: Sequence[LineRule], stripped: str, norm: str, words: int, sentence: bool | None = None) -> str:
    """The reason of the first rule of ``rules`` that judges the line chrome ('' when none).

    ``stripped``: the line without its edge spaces; ``norm``: its :func:`normalize_label` form;
    ``words``: its word count; ``sentence``: it has a sentence end (None: looked up here when a rule
    asks). The order of ``rules`` is the order of precedence (the first reason is the one shown)."""
    for rule in rules:
        if rule.words is not None and words > rule.words:
            continue
        if rule.guard and not _guard_allows(rule.guard, stripped, sentence):
            continue
        target = norm if rule.on == "norm" else stripped
        found = rule.pattern.match(target) if rule.find == "match" else rule.pattern.search(target)
        if found:
            return rule.reason
    return ""


def _guard_allows(guard: Guard, stripped: str, sentence: bool | None) -> bool:
    if guard == "no sentence":
        return not (_SENTENCE_END.search(stripped) is not None if sentence is None else sentence)
    if guard == "no sentence inside":
        return not _HAS_SENTENCE_END.search(stripped)
    if guard == "no final":
        return not stripped.endswith((".", "!", "?"))
    return _no_end(stripped)  # "no end"
