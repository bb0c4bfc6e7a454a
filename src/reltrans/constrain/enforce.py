"""The entry points: :func:`enforce_terms` (with a model) and :func:`enforce_on_drafts`
(translation-memory drafts, no model). See the package docstring for the layers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from reltrans.constrain import layers
from reltrans.constrain.alignment import shift_spans
from reltrans.constrain.guard import baseline_of
from reltrans.constrain.layers import Work
from reltrans.constrain.requirements import requirements_for, substitute, substitution_edits
from reltrans.model import TermMatch

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Glossary, Matcher

__all__ = ["ConstrainedTranslation", "GAVE_UP_PREFIX", "enforce_on_drafts", "enforce_terms"]

#: The ``#.`` comment that says which layer gave up on which unmet term, and why.
GAVE_UP_PREFIX = "reltrans: enforcement gave up:"


@dataclass(frozen=True)
class ConstrainedTranslation:
    """A translation with the preferred target terms that could not be placed.

    ``strategy`` names the layers that shaped ``text``, joined by ``+``: ``plain``,
    ``substitute``, ``n-best``, ``ban``, ``prefix``, ``splice``, ``unmet``. ``gave_up``:
    per unmet term, the layers that gave up and why (``("IOM", "splice: lost 'x'")``);
    ``note`` is the same as one ``#.`` comment line (empty when every term is placed).
    """

    text: str
    unmet: tuple[str, ...] = ()
    strategy: str = "plain"
    gave_up: tuple[tuple[str, str], ...] = ()

    @property
    def note(self) -> str:
        if not self.gave_up:
            return ""
        return GAVE_UP_PREFIX + " " + "; ".join(f"{term} ({why})" for term, why in self.gave_up)


def enforce_terms(
    engine: Any,
    sources: Sequence[str],
    matches: Sequence[Sequence[TermMatch]],
    glossary: "Glossary",
    *,
    target_lang: str,
    beam_size: int = 4,
    num_hypotheses: int = 4,
) -> list[ConstrainedTranslation]:
    """Translate ``sources`` so that every glossary concept found in a source (``matches[i]``,
    from the source-language matcher) has its preferred ``target_lang`` term in the output,
    or is listed in ``unmet`` -- and nothing outside the placed terms differs from the model's
    own unconstrained draft (the damage guard).

    ``beam_size`` is the engine's own setting (kept for callers that pass it); the n-best layer
    asks for ``num_hypotheses`` hypotheses, the first of which is the unconstrained draft (no
    extra decode). Results are in the order of ``sources``.
    """
    if len(sources) != len(matches):
        raise ValueError("sources and matches differ in length")
    from reltrans.glossary import build_matcher

    target = build_matcher(glossary, target_lang)
    results: list[ConstrainedTranslation | None] = [None] * len(sources)
    plain: list[int] = []
    work: list[Work] = []
    for i, (source, found) in enumerate(zip(sources, matches)):
        reqs = requirements_for(found, glossary, target_lang, source) if source.strip() else ()
        if not reqs:
            plain.append(i)
            continue
        decode_source = substitute(source, reqs)
        edits = substitution_edits(reqs)
        spans = {r.concept_id: shift_spans([(o.start, o.end) for o in r.occurrences], edits) for r in reqs}
        item = Work(i, source, decode_source, reqs, occurrence_spans=spans)
        if decode_source != source:
            item.step("substitute")
        work.append(item)
    if plain:
        for i, text in zip(plain, engine.translate([sources[i] for i in plain])):
            results[i] = ConstrainedTranslation(text, (), "plain")
    if work:
        can_decode = callable(getattr(engine, "decode", None))
        _nbest(engine, work, target, num_hypotheses, can_decode)
        if can_decode:
            _ban(engine, work, target, num_hypotheses)
        _repair(engine, work, target, can_decode)
        for item in work:
            results[item.index] = _verify(item, target)
    return [r if r is not None else ConstrainedTranslation("", (), "plain") for r in results]


def enforce_on_drafts(
    drafts: Sequence[str],
    sources: Sequence[str],
    matches: Sequence[Sequence[TermMatch]],
    glossary: "Glossary",
    *,
    target_lang: str,
) -> list[ConstrainedTranslation]:
    """Apply the glossary to existing drafts (translation-memory fuzzy matches): wrong
    renderings are spliced out for the preferred terms where the guard allows it (the draft
    is the baseline), what cannot be placed is in ``unmet``. No model is involved."""
    from reltrans.glossary import build_matcher

    target = build_matcher(glossary, target_lang)
    work: list[Work] = []
    results: list[ConstrainedTranslation] = []
    for i, (draft, source, found) in enumerate(zip(drafts, sources, matches)):
        reqs = requirements_for(found, glossary, target_lang, source) if source.strip() else ()
        item = Work(i, source, source, reqs, text=draft)
        if reqs:
            item.baseline = baseline_of(draft, reqs, target)
            work.append(item)
        results.append(ConstrainedTranslation(draft, (), "memory"))
    _repair(None, work, target, can_decode=False)
    for item in work:
        verified = _verify(item, target)
        results[item.index] = ConstrainedTranslation(verified.text, verified.unmet, "memory+" + verified.strategy, verified.gave_up)
    return results


def _nbest(engine: Any, work: list[Work], target: "Matcher", n: int, can_decode: bool) -> None:
    sources = [w.decode_source for w in work]
    if can_decode:
        from reltrans.engine.translator import DecodeRequest  # cheap: no ctranslate2 import

        nbest = engine.decode([DecodeRequest(s) for s in sources], n)
    else:
        nbest = [[_Plain(t)] for t in engine.translate(sources)]
    for item, hyps in zip(work, nbest):
        def prepare(text: str, alignment, item: Work = item):
            return baseline_of(text, item.requirements, target, alignment, item.occurrence_spans)

        layers.layer_nbest(item, hyps, target, prepare)


def _ban(engine: Any, work: list[Work], target: "Matcher", n: int) -> None:
    """Re-decode, with their forbidden variants banned, segments whose output has one that
    translates the concept; segments sharing a ban list share a call."""
    from reltrans.engine.translator import DecodeRequest

    todo = [(item, bans) for item in work if item.text for bans in [layers.ban_list(item, target)] if bans]
    if not todo:
        return
    nbest = engine.decode([DecodeRequest(item.decode_source, suppress=bans) for item, bans in todo], n)
    for (item, _), hyps in zip(todo, nbest):
        layers.accept_banned(item, hyps, target)


def _repair(engine: Any, work: list[Work], target: "Matcher", can_decode: bool) -> None:
    from reltrans.engine.translator import DecodeRequest

    for _ in range(layers.MAX_REPAIR_ROUNDS):
        pending = layers.repair_requests(work, target, can_decode)
        if not pending:
            return
        # a greedy continuation is enough after a forced prefix, and costs a beam-th of one
        outputs = engine.decode(
            [DecodeRequest(item.decode_source, target_prefix=prefix) for item, _, prefix in pending], 1, beam_size=1
        )
        for (item, span, prefix), hyps in zip(pending, outputs):
            usable = [h for h in hyps if not getattr(h, "damaged", False)]
            layers.accept_continuation(item, span, prefix, usable[0].text if usable else None, target)


def _verify(item: Work, target: "Matcher") -> ConstrainedTranslation:
    missing = layers.check(item, item.text, target, item.alignment).missing
    unmet = tuple(dict.fromkeys(r.term.text for r in missing))
    gave_up = []
    for req in missing:
        reasons = item.gave_up.get(req.concept_id) or ["verify: not placed"]
        gave_up.append((req.term.text, ", ".join(reasons)))
    steps = list(item.steps) or ["n-best"]
    if unmet:
        steps.append("unmet")
    return ConstrainedTranslation(item.text, unmet, "+".join(steps), tuple(dict.fromkeys(gave_up)))


@dataclass(frozen=True)
class _Plain:
    """A hypothesis from an engine that only has ``translate``."""

    text: str
    score: float = 0.0
