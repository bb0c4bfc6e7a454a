"""The enforcement layers after substitution: n-best, ban, repair (forced prefix, else splice).

Every candidate a layer proposes goes through the damage guard (:mod:`reltrans.constrain.guard`)
against the segment's unconstrained draft; a refused candidate leaves the text as it was and
records, per concept, which layer gave up and why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from reltrans.constrain.alignment import Alignment, decide
from reltrans.constrain.guard import Baseline, damage
from reltrans.constrain.placement import allowed_elsewhere, placed_spans, wrong_renderings
from reltrans.constrain.plural import is_adjective_use, looks_plural
from reltrans.constrain.requirements import Requirement, term_form

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Matcher

#: Most repair rounds per batch (each round fixes the leftmost wrong rendering of each segment).
MAX_REPAIR_ROUNDS = 6

_OPENERS = " \t\n\"'«“‘(¿¡-–—*"


@dataclass
class Work:
    """The state of one segment through the layers."""

    index: int
    source: str
    decode_source: str
    requirements: tuple[Requirement, ...]
    text: str = ""
    steps: list[str] = field(default_factory=list)
    model_continues: bool = True  # False once a forced prefix gave a damaged continuation
    hopeless: set[str] = field(default_factory=set)  # concepts the layers gave up on
    gave_up: dict[str, list[str]] = field(default_factory=dict)  # concept -> "layer: why"
    baseline: Baseline | None = None  # the unconstrained draft, for the guard
    alignment: Alignment | None = None  # word alignment of ``text`` (when it is a hypothesis's)
    occurrence_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # in decode_source

    def step(self, name: str) -> None:
        if name not in self.steps:
            self.steps.append(name)

    def give_up(self, concept_id: str, why: str, *, final: bool = True) -> None:
        reasons = self.gave_up.setdefault(concept_id, [])
        if why not in reasons:
            reasons.append(why)
        if final:
            self.hopeless.add(concept_id)

    def damage(self, candidate: str, target: "Matcher") -> str | None:
        if self.baseline is None:
            return None
        return damage(candidate, self.baseline, self.requirements, target)


@dataclass(frozen=True)
class Check:
    """What a text still lacks: required terms short of their occurrences, and forbidden
    variants that translate a concept's occurrence (those that may be rewritten)."""

    missing: tuple[Requirement, ...]
    forbidden: tuple[tuple[str, int, int], ...]  # (concept, start, end)

    @property
    def cost(self) -> int:
        return len(self.missing) + len(self.forbidden)


def check(item: Work, text: str, target: "Matcher", alignment: Alignment | None = None) -> Check:
    """Every source occurrence needs its own target occurrence (as the eval's term success rate)."""
    reqs = item.requirements
    found = target.find(text) if text else []
    missing: list[Requirement] = []
    forbidden: list[tuple[str, int, int]] = []
    for req in reqs:
        placed = placed_spans(target, text, req, reqs)
        if len(placed) >= len(req.occurrences):
            continue
        missing.append(req)
        wrong = wrong_renderings(text, req, reqs, found, placed)
        decision = decide(req, placed, wrong, alignment, item.occurrence_spans.get(req.concept_id))
        forbidden += [(req.concept_id, a, b) for a, b, kind in decision.rewritable if kind == "forbidden"]
    return Check(tuple(missing), tuple(forbidden))


# --------------------------------------------------------------------------- n-best
def layer_nbest(item: Work, hypotheses: Sequence[Any], target: "Matcher", baseline_of) -> None:
    """Set the unconstrained draft (the best undamaged hypothesis) and keep the best-scoring
    hypothesis that meets most requirements without damaging it."""
    usable = [h for h in hypotheses if not getattr(h, "damaged", False)]
    if not usable:
        item.text = ""
        for req in item.requirements:
            item.give_up(req.concept_id, "n-best: every hypothesis had an unknown mark")
        return
    first = usable[0]
    item.baseline = baseline_of(first.text, getattr(first, "alignment", None) or None)
    best: tuple[tuple[int, float], Any] | None = None
    for hyp in usable:
        alignment = getattr(hyp, "alignment", None) or None
        found = check(item, hyp.text, target, alignment)
        if hyp is not first:
            why = item.damage(hyp.text, target)
            if why is not None:
                for req in item.requirements:
                    if req not in found.missing:
                        item.give_up(req.concept_id, f"n-best: {why}", final=False)
                continue
        key = (found.cost, -float(getattr(hyp, "score", 0.0)))
        if best is None or key < best[0]:
            best = (key, hyp)
    assert best is not None
    item.text = best[1].text
    item.alignment = getattr(best[1], "alignment", None) or None
    if best[1] is not first:
        item.step("n-best")


# --------------------------------------------------------------------------- ban
def bannable(req: Requirement, reqs: Sequence[Requirement] = ()) -> tuple[str, ...]:
    """Forbidden variants that can be banned without banning a term the segment needs: the
    engine bans every capitalisation of a text, so a case-only variant (``Covid-19`` for
    ``COVID-19``) is left to the repair layer, and a variant that another concept of the same
    segment allows (``traffickers`` for « passeurs et trafiquants ») is not banned at all."""
    needed = {req.term.text.casefold()} | allowed_elsewhere(req, reqs)
    return tuple(f for f in req.forbidden if f.casefold() not in needed)


def ban_list(item: Work, target: "Matcher") -> tuple[str, ...]:
    """What to ban when re-decoding ``item``: the forbidden variants of concepts whose
    rewritable renderings are forbidden ones (empty: no re-decode)."""
    found = check(item, item.text, target, item.alignment)
    concepts = {c for c, _, _ in found.forbidden}
    return tuple(sorted({f for r in item.requirements if r.concept_id in concepts for f in bannable(r, item.requirements)}))


def accept_banned(item: Work, hypotheses: Sequence[Any], target: "Matcher") -> None:
    """Take the best re-decoded hypothesis that meets everything and passes the guard.

    Only a clean result replaces the text: a ban that merely removes the wrong rendering
    would also remove the span the repair layer replaces by the right term, and a ban often
    pushes the model to a runner-up token (a broken byte piece, an early end)."""
    ranked = sorted(
        (h for h in hypotheses if not getattr(h, "damaged", False)), key=lambda h: -float(getattr(h, "score", 0.0))
    )
    why = "no hypothesis"
    for hyp in ranked:
        if check(item, hyp.text, target, getattr(hyp, "alignment", None) or None).cost:
            why = "a term still missing"
            continue
        reason = item.damage(hyp.text, target)
        if reason is None:
            item.text = hyp.text
            item.alignment = getattr(hyp, "alignment", None) or None
            item.step("ban")
            return
        why = reason
    for req in check(item, item.text, target, item.alignment).missing:
        item.give_up(req.concept_id, f"ban: {why}", final=False)


# --------------------------------------------------------------------------- repair
@dataclass(frozen=True)
class Span:
    """A wrong rendering of ``requirement`` to replace."""

    start: int
    end: int
    requirement: Requirement


def wrong_spans(item: Work, target: "Matcher") -> list[Span]:
    """Spans of the current text to replace, left to right, non-overlapping. Concepts with
    no rewritable rendering are given up (``repair`` or ``alignment``)."""
    text = item.text
    reqs = item.requirements
    found = target.find(text) if text else []
    spans: list[Span] = []
    for req in reqs:
        if req.concept_id in item.hopeless:
            continue
        placed = placed_spans(target, text, req, reqs)
        if len(placed) >= len(req.occurrences):
            continue
        wrong = wrong_renderings(text, req, reqs, found, placed)
        decision = decide(req, placed, wrong, item.alignment, item.occurrence_spans.get(req.concept_id))
        if decision.ambiguous:
            item.give_up(req.concept_id, f"alignment: {len(wrong)} renderings for {len(req.occurrences) - len(placed)} missing, none rewritten")
        elif not decision.rewritable:
            why = "a rendering translates another word" if decision.protected else "no rendering of the term to replace"
            item.give_up(req.concept_id, f"repair: {why}")
        spans += [Span(a, b, req) for a, b, _ in decision.rewritable]
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def repair_requests(work: Sequence[Work], target: "Matcher", can_decode: bool) -> list[tuple[Work, Span, str]]:
    """One round: splice what cannot be decoded; the rest gets a forced-prefix request."""
    pending: list[tuple[Work, Span, str]] = []
    for item in work:
        spans = wrong_spans(item, target)
        if not spans:
            continue
        if not (can_decode and item.model_continues):
            splice_all(item, spans, target)
            continue
        span = spans[0]
        pending.append((item, span, item.text[: span.start] + render_term(item.text, span)))
    return pending


def accept_continuation(item: Work, span: Span, prefix: str, output: str | None, target: "Matcher") -> None:
    """The model's continuation after the forced term if it passes the guard, else the splice
    (also guarded); after a refused continuation the segment is only spliced."""
    reasons = []
    if output is not None:
        continuation = _continuation(output, prefix)
        if continuation is None:
            reasons.append("prefix: output does not start with the forced term")
        elif _extends_adjective(item, span, prefix, continuation):
            reasons.append("prefix: the continuation inflects the adjective placed")
        else:
            candidate = prefix + continuation
            why = item.damage(candidate, target)
            if why is None and _places_more(item, candidate, span, target):
                _take(item, candidate, "prefix")
                return
            reasons.append(f"prefix: {why or 'term not placed'}")
    item.model_continues = False
    candidate = prefix + item.text[span.end :]
    why = item.damage(candidate, target)
    if why is None and _places_more(item, candidate, span, target):
        _take(item, candidate, "splice")
        return
    for reason in reasons:
        item.give_up(span.requirement.concept_id, reason, final=False)
    item.give_up(span.requirement.concept_id, f"splice: {why or 'term not placed'}")


def _extends_adjective(item: Work, span: Span, prefix: str, continuation: str) -> bool:
    """The model glued letters onto a nationality adjective placed in the singular ("Saudi" +
    "s"): an English adjective has no plural, whatever the copied French said."""
    replaced = item.text[span.start : span.end]
    return (
        continuation[:1].isalpha()
        and prefix[-1:].isalpha()
        and is_adjective_use(replaced, span.requirement.term.text)
    )


def splice_all(item: Work, spans: Sequence[Span], target: "Matcher") -> None:
    """Splice the spans right to left, each one only if the result passes the guard."""
    text = item.text
    changed = False
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        candidate = text[: span.start] + render_term(text, span) + text[span.end :]
        why = damage(candidate, item.baseline, item.requirements, target) if item.baseline is not None else None
        reqs = item.requirements
        if why is None and len(placed_spans(target, candidate, span.requirement, reqs)) > len(placed_spans(target, text, span.requirement, reqs)):
            text, changed = candidate, True
        else:
            item.give_up(span.requirement.concept_id, f"splice: {why or 'term not placed'}")
    if changed:
        _take(item, text, "splice")


def _places_more(item: Work, candidate: str, span: Span, target: "Matcher") -> bool:
    reqs = item.requirements
    return len(placed_spans(target, candidate, span.requirement, reqs)) > len(placed_spans(target, item.text, span.requirement, reqs))


def _take(item: Work, text: str, step: str) -> None:
    item.text = text
    item.alignment = None  # offsets changed
    item.step(step)


def render_term(text: str, span: Span) -> str:
    """The glossary term as it should be written at ``span``: capitalised at sentence start
    (unless case-sensitive), plural when what it replaces, or every source occurrence, is
    (for terms that inflect, or through an allowed plural variant)."""
    req = span.requirement
    singulars = {occ.term.lower() for occ in req.occurrences}
    replaced = text[span.start : span.end]
    # a copied French adjective (« travailleurs saoudiens ») is plural, its English is not: Saudi
    plural = not is_adjective_use(replaced, req.term.text) and (looks_plural(replaced, singulars) or req.plural_source)
    rendered = term_form(req, plural)
    if not req.term.case_sensitive and not text[: span.start].strip(_OPENERS) and rendered[:1].islower():
        rendered = rendered[:1].upper() + rendered[1:]
    return rendered


def _continuation(output: str, prefix: str) -> str | None:
    """The part of the model output after the forced prefix, or None if it does not start
    with the prefix (tokenisation changed it)."""
    if output.startswith(prefix):
        return output[len(prefix) :]
    squeezed_prefix = " ".join(prefix.split())
    squeezed = " ".join(output.split())
    if squeezed.startswith(squeezed_prefix):
        return squeezed[len(squeezed_prefix) :]
    return None
