"""Which wrong renderings of a concept translate the concept's source occurrence, and may
therefore be rewritten: a forbidden word can translate another source word ("rapatrier" ->
"repatriate", a forbidden variant of *returnee*), and rewriting it would be a silent change.

* With a word alignment (an engine's hypothesis may carry ``alignment``: ``(target_start,
  target_end, source_start, source_end)`` character spans, e.g. from attention), a rendering
  is rewritable when it is aligned to one of the concept's source occurrences.
* Without one, occurrence counts decide: when the placed terms plus the wrong renderings are
  no more than the source occurrences, each wrong rendering must be one of them; when there
  are more, nobody can tell which one translates the concept, and none is rewritten (the term
  is flagged, the layer that gave up is ``alignment``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from reltrans.constrain.requirements import Requirement

__all__ = ["Alignment", "Decision", "decide", "shift_spans"]

#: ``(target_start, target_end, source_start, source_end)`` character spans.
Alignment = Sequence[tuple[int, int, int, int]]


@dataclass(frozen=True)
class Decision:
    """The wrong renderings of one concept that may be rewritten, and those that may not."""

    rewritable: tuple[tuple[int, int, str], ...]
    protected: tuple[tuple[int, int, str], ...]  # probably translate another source word
    ambiguous: bool = False  # counts could not tell which one translates the concept


def decide(
    req: Requirement,
    placed: Sequence[tuple[int, int]],
    wrong: Sequence[tuple[int, int, str]],
    alignment: Alignment | None = None,
    occurrence_spans: Sequence[tuple[int, int]] | None = None,
) -> Decision:
    """Split ``wrong`` renderings (in the same text as ``placed``) into rewritable and protected."""
    missing = len(req.occurrences) - len(placed)
    if not wrong:
        return Decision((), ())
    if missing <= 0:  # every occurrence is placed: the rest translates something else
        return Decision((), tuple(wrong))
    if alignment and occurrence_spans:
        def aligned(a: int, b: int) -> bool:
            return any(ts < b and a < te and any(ss < oe and os < se for os, oe in occurrence_spans) for ts, te, ss, se in alignment)

        rewritable = tuple(w for w in wrong if aligned(w[0], w[1]))
        return Decision(rewritable[:missing], tuple(w for w in wrong if w not in rewritable[:missing]))
    if len(wrong) <= missing:
        return Decision(tuple(wrong), ())
    return Decision((), tuple(wrong), ambiguous=True)


def shift_spans(spans: Sequence[tuple[int, int]], edits: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Source spans moved to where they are after the substitution ``edits`` (``(start, end,
    replacement)``): a span that is an edit becomes its replacement's span."""
    out = []
    for a, b in spans:
        offset = sum(len(text) - (end - start) for start, end, text in edits if end <= a)
        covering = next(((start, text) for start, end, text in edits if start <= a and b <= end), None)
        if covering is not None:
            start, text = covering
            out.append((start + offset, start + offset + len(text)))
        else:
            out.append((a + offset, b + offset))
    return out
