"""The entry points: :func:`enforce_terms` (with a model) and :func:`enforce_on_drafts`
(translation-memory drafts, no model). See the package docstring for the layers."""
from __future__ import annotations

import re
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

__all__ = ["ConstrainedTranslation", "GAVE_UP_PREFIX", "enforce_on_drafts", "enforce_terms", "reviewer_reason"]

#: The ``#.`` comment that tells the reviewer, in plain words, which glossary term could not be
#: put in the translation, why, and what to check.
GAVE_UP_PREFIX = "reltrans: glossary term not placed:"


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
        """The reviewer's ``#.`` line: each term not placed and why, in words a reviewer reads
        (``gave_up`` keeps the layers' own reasons for tests and logs)."""
        if not self.gave_up:
            return ""
        terms = "; ".join(f"\"{term}\": {reviewer_reason(why)}" for term, why in self.gave_up)
        them = "it" if len(self.gave_up) == 1 else "them"
        return f"{GAVE_UP_PREFIX} {terms}. Check how the sentence renders {them}, write the glossary term, then clear fuzzy."


_LAYER_REASON = re.compile(r", (?=(?:n-best|ban|prefix|splice|alignment|repair|verify): )")
_DAMAGE = (
    (re.compile(r"^(lost|added|repeated) "), lambda m: {"lost": "it would drop ", "added": "it would add ", "repeated": "it would repeat "}[m.group(1)]),
    (re.compile(r"^('.*') rendered (\d+) times$"), lambda m: f"{m.group(1)} would appear {m.group(2)} times"),
    (re.compile(r"^broken word$"), lambda m: "it would break a word"),
)


def _damage_words(why: str) -> str:
    for pattern, words in _DAMAGE:
        why = pattern.sub(words, why)
    return why


def reviewer_reason(reasons: str) -> str:
    """The layers' reasons (``"n-best: lost 'x', splice: term not placed"``) as what stopped
    the term, without the layers' names; repeats merged."""
    out: list[str] = []
    for reason in _LAYER_REASON.split(reasons):
        layer, _, why = reason.partition(": ")
        if why == "every hypothesis had an unknown mark":
            text = "the machine translation held unknown characters"
        elif layer in ("n-best", "ban", "prefix", "splice") and why != "term not placed":
            text = f"putting it in would change other words ({_damage_words(why)})"
        elif layer in ("prefix", "splice"):
            text = "it did not fit the sentence"
        elif layer == "alignment":
            text = f"the sentence renders the concept otherwise ({why.replace(', none rewritten', '')}), unclear which to replace"
        elif layer == "repair" and why.startswith("a rendering translates another word"):
            text = "the rendering to replace also translates another word"
        elif layer == "repair":
            text = "no rendering of it found to replace"
        elif layer == "verify":
            text = "the machine translation does not use it"
        else:
            text = reason
        if text not in out and not (text.startswith("putting it in") and any(o.startswith("putting it in") for o in out)):
            out.append(text)
    if len(out) > 1 and "it did not fit the sentence" in out and any(o.startswith("putting it in") for o in out):
        out.remove("it did not fit the sentence")  # the other words it would change say why
    return "; ".join(out)


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
