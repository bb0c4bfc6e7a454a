"""The damage guard: an enforced draft may differ from the model's own unconstrained draft
(the 1-best of the n-best decode, or the memory draft) only inside the term spans.

Each text is cut into words and punctuation marks (``\\w+`` runs and single marks); the words
inside *exempt* spans are set aside -- in the candidate the placed terms and the concept's
other renderings, in the unconstrained draft the renderings that may be rewritten (see
:mod:`reltrans.constrain.alignment`) -- and the rest of both texts must be the same sequence,
case aside. Tolerated: :data:`GLUE_PER_TERM` article or elision mark (:data:`GLUE_WORDS`) lost or
added per newly placed term ("the", "l'" before a term), never repeated next to itself. Anything else -- a word lost, added, repeated, moved -- is damage, and
so is a broken word (U+FFFD or "⁇" the unconstrained draft did not have) or a concept rendered
more often than the source has it. A damaged candidate is refused; the caller keeps what it
had and flags the term.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from reltrans.constrain.alignment import Alignment, decide
from reltrans.constrain.placement import placed_spans, wrong_renderings
from reltrans.constrain.requirements import Requirement

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Matcher

__all__ = ["BROKEN_MARKS", "GLUE_PER_TERM", "GLUE_WORDS", "Baseline", "baseline_of", "damage", "has_broken_word"]

#: Articles (and elision marks) that may be lost or added with a placed term, one per term
#: ("the smuggling of migrants" for "trafficking of migrants"). Prepositions are not among
#: them: a lost "in" or "en" is lost content.
GLUE_WORDS = frozenset("the a an le la les l un une des du ' ’".split())
GLUE_PER_TERM = 1
#: Marks of broken text: undecodable bytes and SentencePiece's unknown piece.
BROKEN_MARKS = ("\ufffd", "\u2047")

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def has_broken_word(text: str) -> bool:
    """Whether ``text`` holds U+FFFD or "⁇" (U+2047)."""
    return any(mark in text for mark in BROKEN_MARKS)


@dataclass(frozen=True)
class Baseline:
    """The unconstrained draft as the guard compares with it."""

    text: str
    words: tuple[str, ...]  # outside exempt spans, casefolded
    protected: dict[str, frozenset[str]]  # per concept: surfaces that translate something else
    renderings: dict[str, int]  # per concept: exempt renderings
    placed: dict[str, int]  # per concept: placed terms
    marks: int


def _exempt(text: str, reqs: Sequence[Requirement], target: "Matcher", alignment: Alignment | None, occurrence_spans):
    found = target.find(text) if text else []
    spans: list[tuple[int, int]] = []
    protected: dict[str, frozenset[str]] = {}
    renderings: dict[str, int] = {}
    placed_count: dict[str, int] = {}
    for req in reqs:
        placed = placed_spans(target, text, req, reqs)
        wrong = wrong_renderings(text, req, reqs, found, placed)
        decision = decide(req, placed, wrong, alignment, occurrence_spans.get(req.concept_id) if occurrence_spans else None)
        own = list(placed) + [(a, b) for a, b, _ in decision.rewritable]
        spans += own
        protected[req.concept_id] = frozenset(text[a:b].casefold() for a, b, _ in decision.protected)
        renderings[req.concept_id] = len(own)
        placed_count[req.concept_id] = len(placed)
    return spans, protected, renderings, placed_count, found


def _words(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(
        m.group().casefold() for m in _TOKEN.finditer(text) if not any(a < m.end() and m.start() < b for a, b in spans)
    )


def baseline_of(
    text: str,
    reqs: Sequence[Requirement],
    target: "Matcher",
    alignment: Alignment | None = None,
    occurrence_spans: dict[str, list[tuple[int, int]]] | None = None,
) -> Baseline:
    """Prepare the unconstrained draft ``text`` for :func:`damage`."""
    spans, protected, renderings, placed, _ = _exempt(text, reqs, target, alignment, occurrence_spans)
    marks = sum(text.count(m) for m in BROKEN_MARKS)
    return Baseline(text, _words(text, spans), protected, renderings, placed, marks)


def damage(candidate: str, baseline: Baseline, reqs: Sequence[Requirement], target: "Matcher") -> str | None:
    """Why ``candidate`` damages the unconstrained draft, or None when it does not."""
    if candidate == baseline.text:
        return None
    if sum(candidate.count(m) for m in BROKEN_MARKS) > baseline.marks:
        return "broken word"
    found = target.find(candidate) if candidate else []
    spans: list[tuple[int, int]] = []
    new_terms = 0
    for req in reqs:
        placed = placed_spans(target, candidate, req, reqs)
        wrong = wrong_renderings(candidate, req, reqs, found, placed)
        protected = baseline.protected.get(req.concept_id, frozenset())
        own = list(placed) + [(a, b) for a, b, _ in wrong if candidate[a:b].casefold() not in protected]
        if len(own) > max(len(req.occurrences), baseline.renderings.get(req.concept_id, 0)):
            return f"{req.term.text!r} rendered {len(own)} times"
        spans += own
        new_terms += max(0, len(placed) - baseline.placed.get(req.concept_id, 0))
    words = _words(candidate, spans)
    glue = 0
    matcher = difflib.SequenceMatcher(a=baseline.words, b=words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for word in baseline.words[i1:i2]:
            if word not in GLUE_WORDS:
                return f"lost {word!r}"
            glue += 1
        for j in range(j1, j2):
            word = words[j]
            if word not in GLUE_WORDS:
                return f"added {word!r}"
            if (j and words[j - 1] == word) or (j + 1 < len(words) and words[j + 1] == word):
                return f"repeated {word!r}"
            glue += 1
    if glue > GLUE_PER_TERM * new_terms:
        return f"{glue} small words changed"
    return None
