"""Sentence alignment of a release and its translation: length-based (Gale and Church, 1993)
with anchors (numbers, acronyms and names written the same on both sides).

``reltrans eval --source S --reference R`` scores a translation sentence by sentence only when
it knows which reference sentences translate which source sentences. Counting sentences is not
enough: a release and its official translation often have the same number of sentences but
different splits (one sentence cut in two here, two joined there), and pairing them by position
then offsets every pair after the first difference.

The aligner finds the cheapest sequence of *beads* (1-1, 1-2, 2-1, 2-2, 1-0, 0-1) by dynamic
programming. A bead's cost is Gale and Church's: how improbable the length of the target side
is given the source side (characters, with the target/source ratio measured on the two
documents themselves), plus the bead type's prior; anchors lower the cost of beads whose two
sides share numbers or names and raise it where one side has a number the other lacks.

The result says which beads are not one-to-one and when the alignment is doubtful (a costly
bead, or many sentences not aligned one to one), so a report can warn instead of scoring
silently.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

__all__ = ["Bead", "SentenceAlignment", "align_sentences", "MAX_CELLS", "MAX_SENTENCES"]

# Gale and Church's priors for bead types (their Table 5), and the variance per character
_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
_VARIANCE = 6.8
_ANCHOR_BONUS = 1.5  # per shared anchor (cost units are -log probabilities)
_ANCHOR_PENALTY = 2.5  # per number present on one side only, when the other side has numbers
_NO_SHARED_NUMBER = 4.0
_DOUBTFUL_COST = 9.0  # a bead this costly is reported as doubtful
MAX_CELLS = 250_000
"""Beyond this many DP cells the search is restricted to a band around the diagonal, so a
hostile pair of inputs costs bounded time and memory."""
MAX_SENTENCES = 5_000
"""Longer inputs are not aligned (:class:`ValueError`): a press release has a few dozen sentences."""

_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")
_NAME = re.compile(r"(?<![\w])(?:[A-Z][A-Z0-9]{1,}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w])")


@dataclass(frozen=True)
class Bead:
    """Source sentence indices aligned with target sentence indices (either may be empty)."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"``..."""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class SentenceAlignment:
    """The beads in document order, and why the alignment may be wrong (empty when it looks right)."""

    beads: tuple[Bead, ...]
    doubts: tuple[str, ...]

    @property
    def one_to_one(self) -> bool:
        return all(b.kind == "1-1" for b in self.beads)

    @property
    def doubtful(self) -> bool:
        return bool(self.doubts)

    def summary(self) -> str:
        """``"24 beads: 22 1-1, 1 2-1, 1 1-0"``."""
        counts: dict[str, int] = {}
        for bead in self.beads:
            counts[bead.kind] = counts.get(bead.kind, 0) + 1
        parts = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        return f"{len(self.beads)} beads: {parts}" if self.beads else "nothing to align"


def _numbers(text: str) -> set[str]:
    out = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if digits:
            out.add(digits.lstrip("0") or "0")
    return out


def _anchors(text: str) -> tuple[set[str], set[str]]:
    """Numbers (digits only: ``1 200`` = ``1,200``) and names; the first word is left out,
    its capital says nothing."""
    names = {m.group(0) for m in _NAME.finditer(text) if m.start() > 0 and text[: m.start()].strip() and len(m.group(0)) > 1}
    return _numbers(text), names


def _length_cost(source_len: int, target_len: int, ratio: float) -> float:
    if source_len == 0 or target_len == 0:
        return 0.0  # an insertion or a deletion costs its prior alone, whatever its length
    mean = (source_len + target_len / ratio) / 2
    delta = (target_len - source_len * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE)
    # two-tailed probability of a deviation at least this large, floored to stay finite
    tail = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(tail, 1e-12))


def align_sentences(source: Sequence[str], target: Sequence[str]) -> SentenceAlignment:
    """Align two lists of sentences (see the module docstring). Pure and deterministic.

    Raises ``ValueError`` when either side has more than :data:`MAX_SENTENCES` sentences."""
    n, m = len(source), len(target)
    if max(n, m) > MAX_SENTENCES:
        raise ValueError(f"too many sentences to align ({max(n, m)}, at most {MAX_SENTENCES})")
    if n == 0 or m == 0:
        beads = tuple(Bead((i,), (), 0.0) for i in range(n)) + tuple(Bead((), (j,), 0.0) for j in range(m))
        return SentenceAlignment(beads, ("one side has no sentence",) if beads else ())
    src_len = [len(s) for s in source]
    tgt_len = [len(t) for t in target]
    ratio = max(sum(tgt_len), 1) / max(sum(src_len), 1)
    src_anchor = [_anchors(s) for s in source]
    tgt_anchor = [_anchors(t) for t in target]

    band = None
    if (n + 1) * (m + 1) > MAX_CELLS:
        # around the scaled diagonal (i * m / n): about 2 * band cells per row
        band = max(3, MAX_CELLS // (2 * max(n, m)))

    def in_band(i: int, j: int) -> bool:
        return band is None or abs(i * m / n - j) <= band

    def bead_cost(i0: int, i1: int, j0: int, j1: int) -> float:
        cost = _length_cost(sum(src_len[i0:i1]), sum(tgt_len[j0:j1]), ratio) - math.log(_PRIORS[(i1 - i0, j1 - j0)])
        if i1 > i0 and j1 > j0:
            s_nums = set().union(*(src_anchor[i][0] for i in range(i0, i1)))
            t_nums = set().union(*(tgt_anchor[j][0] for j in range(j0, j1)))
            s_names = set().union(*(src_anchor[i][1] for i in range(i0, i1)))
            t_names = set().union(*(tgt_anchor[j][1] for j in range(j0, j1)))
            shared = len(s_nums & t_nums) + len(s_names & t_names)
            cost -= _ANCHOR_BONUS * min(shared, 4)
            if s_nums and t_nums:
                cost += _ANCHOR_PENALTY * min(len(s_nums ^ t_nums), 4)
                if not s_nums & t_nums:
                    cost += _NO_SHARED_NUMBER  # numbers on both sides and none in common: not a translation
            elif s_nums or t_nums:
                cost += _ANCHOR_PENALTY * min(len(s_nums | t_nums), 2) / 2
        return cost

    inf = float("inf")
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or not in_band(i, j):
                continue
            choice: tuple[float, tuple[int, int] | None] = (inf, None)
            for di, dj in _PRIORS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or (pi, pj) not in best:
                    continue
                total = best[(pi, pj)][0] + bead_cost(pi, i, pj, j)
                if total < choice[0]:
                    choice = (total, (pi, pj))
            if choice[1] is not None:
                best[(i, j)] = choice
    if (n, m) not in best:  # cannot happen with 1-0 and 0-1 beads inside the band; be explicit
        raise ValueError("no alignment found")
    beads: list[Bead] = []
    cell = (n, m)
    while cell != (0, 0):
        total, previous = best[cell]
        assert previous is not None
        beads.append(Bead(tuple(range(previous[0], cell[0])), tuple(range(previous[1], cell[1])), round(total - best[previous][0], 3)))
        cell = previous
    beads.reverse()
    return SentenceAlignment(tuple(beads), _doubts(beads, src_anchor, tgt_anchor))


def _disagree(bead: Bead, src_anchor: Sequence[tuple[set[str], set[str]]], tgt_anchor: Sequence[tuple[set[str], set[str]]]) -> bool:
    """Both sides hold numbers and share none, or both hold two names or more and share none."""
    s_nums = set().union(*(src_anchor[i][0] for i in bead.source))
    t_nums = set().union(*(tgt_anchor[j][0] for j in bead.target))
    s_names = set().union(*(src_anchor[i][1] for i in bead.source))
    t_names = set().union(*(tgt_anchor[j][1] for j in bead.target))
    if s_nums and t_nums and not s_nums & t_nums:
        return True
    return len(s_names) >= 2 and len(t_names) >= 2 and not s_names & t_names


def _doubts(beads: Sequence[Bead], src_anchor: Sequence[tuple[set[str], set[str]]], tgt_anchor: Sequence[tuple[set[str], set[str]]]) -> tuple[str, ...]:
    doubts: list[str] = []
    disagreeing = [b for b in beads if b.source and b.target and _disagree(b, src_anchor, tgt_anchor)]
    for bead in disagreeing[:3]:
        doubts.append(f"source sentence(s) {_span(bead.source)} and reference sentence(s) {_span(bead.target)} share no number or name")
    if len(disagreeing) > 3:
        doubts.append(f"{len(disagreeing) - 3} more pair(s) sharing no number or name")
    other = [b for b in beads if b.kind != "1-1"]
    unmatched = sum(len(b.source) + len(b.target) for b in beads if not b.source or not b.target)
    if unmatched:
        doubts.append(f"{unmatched} sentence(s) have no counterpart on the other side")
    if len(other) > max(2, len(beads) // 5):
        doubts.append(f"{len(other)} of {len(beads)} beads are not one to one")
    costly = [b for b in beads if b.cost > _DOUBTFUL_COST and b.source and b.target]
    for bead in costly[:3]:
        doubts.append(f"source sentence(s) {_span(bead.source)} and reference sentence(s) {_span(bead.target)} differ much in length")
    if len(costly) > 3:
        doubts.append(f"{len(costly) - 3} more costly bead(s)")
    return tuple(doubts)


def _span(indices: tuple[int, ...]) -> str:
    return str(indices[0] + 1) if len(indices) == 1 else f"{indices[0] + 1}-{indices[-1] + 1}"
