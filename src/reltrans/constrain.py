"""Terminology-constrained decoding: every glossary concept found in a source sentence gets
its preferred target term in the translation, or is reported in ``unmet`` -- never a silent miss.

:func:`enforce_terms` works on a batch of segments, in layers; each layer makes one engine call
for all the segments that need it, so enforcement costs only what it repairs:

0. *Plain*: segments with no (non-forbidden) source match go through one ``engine.translate``.
1. *Substitute*: terms the model only has to copy (acronyms, do-not-translate concepts,
   case-sensitive terms) are replaced in the source by their target form before decoding
   (``l'OIM`` -> ``l'IOM``, elision kept).
2. *n-best*: decode with beam search and several hypotheses; keep the best-scoring one that has
   every required target term (target-language matcher: inflection and case rules apply) and no
   forbidden variant of the concepts present.
3. *Ban* (the brief's layer 4, run before the repair because a clean re-decode beats any
   surgery): segments whose best hypothesis still holds a forbidden variant are decoded again
   with those variants in ``suppress_sequences``; segments sharing a ban list share a group.
4. *Repair* (the brief's layer 3): the leftmost wrong rendering of a missing term -- a
   forbidden or admitted variant found by the target matcher, or the source term copied
   verbatim -- is replaced: prefix = hypothesis up to the span + the glossary term
   (capitalised at sentence start), and the model continues after it. The continuation is
   accepted only if it agrees with the hypothesis tail after the wrong rendering (same first
   words, similar overall); otherwise -- a continuation that repeats or skips words, which is
   what a purely positional copy model does after a prefix of a different length -- the
   *splice* ``hypothesis[:start] + term + hypothesis[end:]`` is used instead, and the
   remaining spans of that segment are spliced without further model calls. Rounds go left to
   right, one span per segment per round, all segments batched in one decode call per round.
5. *Verify*: the final text is checked with the target matcher; a required term still missing
   is returned in :attr:`ConstrainedTranslation.unmet` (the pipeline then marks the entry fuzzy
   with ``reltrans: unmet terms: ...``, which ``reltrans check`` reports as RT105).

Engines without ``decode`` (simple fakes, plain translators) get layers 0, 1, 2 with one
hypothesis, and splices for the repair.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

import regex
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from reltrans.model import TermMatch

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Concept, Glossary, Matcher, Term

__all__ = ["ConstrainedTranslation", "Requirement", "enforce_terms", "requirements_for"]

#: Most repair rounds per batch (each round fixes the leftmost wrong rendering of each segment).
MAX_REPAIR_ROUNDS = 6
#: Continuation agreement: this many leading words must equal the old tail's, and the word-level
#: similarity of the whole tails must reach AGREE_RATIO.
AGREE_LEAD_WORDS = 2
AGREE_RATIO = 0.6

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_OPENERS = " \t\n\"'«“‘(¿¡-–—*"
_ACRONYM = re.compile(r"^(?=.*[A-ZÀ-Þ])[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9&.\-/]*$")


@dataclass(frozen=True)
class ConstrainedTranslation:
    """A translation with the preferred target terms that could not be placed.

    ``strategy`` names the layers that shaped ``text``, joined by ``+``: ``plain``,
    ``substitute``, ``n-best``, ``ban``, ``prefix``, ``splice``, ``unmet``.
    """

    text: str
    unmet: tuple[str, ...] = ()
    strategy: str = "plain"


@dataclass(frozen=True)
class Requirement:
    """One concept found in a source segment whose preferred target term must appear."""

    concept_id: str
    term: "Term"  # the preferred target term
    occurrences: tuple[TermMatch, ...]  # where the concept is in the source
    copyable: bool  # acronym / do-not-translate / case-sensitive: substituted in the source
    forbidden: tuple[str, ...]  # the concept's forbidden target variants
    allowed: tuple[str, ...] = ()  # every allowed target variant (the preferred one first)
    plural: tuple[bool, ...] = ()  # per occurrence: is it plural in the source?

    @property
    def plural_source(self) -> bool:
        """Every source occurrence is plural (demandeurs d'asile, 14 pays d'origine)."""
        return bool(self.plural) and all(self.plural)


@dataclass
class _Work:
    """The state of one segment through the layers."""

    index: int
    source: str
    decode_source: str
    requirements: tuple[Requirement, ...]
    text: str = ""
    steps: list[str] = field(default_factory=list)
    model_continues: bool = True  # False once a forced prefix gave a disagreeing continuation
    hopeless: set[str] = field(default_factory=set)  # concepts no span could be found for

    def step(self, name: str) -> None:
        if name not in self.steps:
            self.steps.append(name)


# --------------------------------------------------------------------------- requirements
def requirements_for(
    matches: Iterable[TermMatch], glossary: "Glossary", target_lang: str, source: str = ""
) -> tuple[Requirement, ...]:
    """The target-term requirements of one segment: one per concept, in source order.

    Source matches with status ``forbidden`` and concepts without a preferred target term are
    ignored. ``source`` (the matched text) lets plural determiners count (les pays, 14 pays).
    """
    grouped: dict[str, list[TermMatch]] = {}
    for match in matches:
        if match.status == "forbidden":
            continue
        grouped.setdefault(match.concept_id, []).append(match)
    out: list[Requirement] = []
    for concept_id, found in grouped.items():
        concept = glossary.get(concept_id)
        if concept is None:
            continue
        preferred = concept.preferred(target_lang)
        if preferred is None:
            continue
        out.append(
            Requirement(
                concept_id=concept_id,
                term=preferred,
                occurrences=tuple(found),
                copyable=_copyable(concept, found, preferred),
                forbidden=tuple(t.text for t in concept.forbidden(target_lang)),
                allowed=tuple(t.text for t in concept.allowed(target_lang)),
                plural=tuple(_occurrence_plural(concept, occ, source) for occ in found),
            )
        )
    return tuple(out)


def _copyable(concept: "Concept", found: Sequence[TermMatch], preferred: "Term") -> bool:
    """Terms a model only has to copy: acronyms, do-not-translate concepts, case-sensitive terms."""
    if concept.dnt or _is_acronym(preferred.text):
        return True
    for match in found:
        if _is_acronym(match.surface) or _is_acronym(match.term):
            return True
        for term in concept.terms_in(match.lang):
            if term.text == match.term and term.case_sensitive:
                return True
    return False


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip()))


def substitute(source: str, requirements: Sequence[Requirement]) -> str:
    """Replace every occurrence of a copyable term in ``source`` by its target form
    (``l'OIM`` -> ``l'IOM``: only the matched surface changes, elision and context stay)."""
    spans: list[tuple[int, int, str]] = []
    for req in requirements:
        if not req.copyable:
            continue
        for i, occ in enumerate(req.occurrences):
            plural = i < len(req.plural) and req.plural[i]
            spans.append((occ.start, occ.end, _term_form(req, plural)))
    out = source
    last_start = len(source) + 1
    for start, end, text in sorted(spans, reverse=True):
        if end > last_start:  # overlapping matches cannot happen with the matcher; be safe
            continue
        out = out[:start] + text + out[end:]
        last_start = start
    return out


# --------------------------------------------------------------------------- public API
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
    or is listed in ``unmet``. See the module docstring for the layers.

    ``beam_size`` is the engine's own setting (kept for callers that pass it); the n-best layer
    asks for ``num_hypotheses`` hypotheses. Results are in the order of ``sources``.
    """
    if len(sources) != len(matches):
        raise ValueError("sources and matches differ in length")
    from reltrans.glossary import build_matcher

    target = build_matcher(glossary, target_lang)
    results: list[ConstrainedTranslation | None] = [None] * len(sources)
    plain: list[int] = []
    work: list[_Work] = []
    for i, (source, found) in enumerate(zip(sources, matches)):
        reqs = requirements_for(found, glossary, target_lang, source) if source.strip() else ()
        if not reqs:
            plain.append(i)
            continue
        decode_source = substitute(source, reqs)
        item = _Work(i, source, decode_source, reqs)
        if decode_source != source:
            item.step("substitute")
        work.append(item)
    if plain:
        for i, text in zip(plain, engine.translate([sources[i] for i in plain])):
            results[i] = ConstrainedTranslation(text, (), "plain")
    if work:
        can_decode = callable(getattr(engine, "decode", None))
        _layer_nbest(engine, work, target, num_hypotheses, can_decode)
        if can_decode:
            _layer_ban(engine, work, target, num_hypotheses)
        _layer_repair(engine, work, target, can_decode)
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
    renderings are spliced out for the preferred terms, what cannot be placed is in ``unmet``.
    No model is involved."""
    from reltrans.glossary import build_matcher

    target = build_matcher(glossary, target_lang)
    work: list[_Work] = []
    results: list[ConstrainedTranslation] = []
    for i, (draft, source, found) in enumerate(zip(drafts, sources, matches)):
        reqs = requirements_for(found, glossary, target_lang, source) if source.strip() else ()
        item = _Work(i, source, source, reqs, text=draft)
        if reqs:
            work.append(item)
        results.append(ConstrainedTranslation(draft, (), "memory"))
    _layer_repair(None, work, target, can_decode=False)
    for item in work:
        verified = _verify(item, target)
        results[item.index] = ConstrainedTranslation(verified.text, verified.unmet, "memory+" + verified.strategy)
    return results


# --------------------------------------------------------------------------- checking
@dataclass(frozen=True)
class _Check:
    missing: tuple[Requirement, ...]
    forbidden: tuple[TermMatch, ...]

    @property
    def cost(self) -> int:
        return len(self.missing) + len(self.forbidden)


def _check(text: str, reqs: Sequence[Requirement], target: "Matcher") -> _Check:
    # Every source occurrence needs its own target occurrence (as the eval's term success rate).
    missing = tuple(r for r in reqs if len(placed_spans(target, text, r, reqs)) < len(r.occurrences))
    by_concept = {r.concept_id: r for r in reqs}
    forbidden = tuple(
        m
        for m in target.find(text)
        if m.status == "forbidden"
        and m.concept_id in by_concept
        and m.term.casefold() not in _allowed_elsewhere(by_concept[m.concept_id], reqs)
    )
    return _Check(missing, forbidden)


def placed_spans(
    target: "Matcher", text: str, req: Requirement, others: Sequence[Requirement] = ()
) -> list[tuple[int, int]]:
    """Where the required term stands in ``text``: the preferred term, inflected as the matcher
    allows, or its plural when the glossary lists that plural as an allowed variant (terms that
    do not inflect, e.g. victim of trafficking / victims of trafficking). A span inside a longer
    placed term of one of ``others`` does not count ("trafficking" inside "trafficking in
    persons" places the concept trafficking-in-persons, not the bare "traite")."""
    spans = _term_spans(target, text, req)
    outer = [o for other in others if other.concept_id != req.concept_id for o in _term_spans(target, text, other)]
    return [(a, b) for a, b in spans if not any(x <= a and b <= y and (y - x) > (b - a) for x, y in outer)]


def _term_spans(target: "Matcher", text: str, req: Requirement) -> list[tuple[int, int]]:
    spans = list(target.spans(text, req.term))
    plural = _pluralize(req.term.text, req.term.lang)
    if plural != req.term.text and plural in req.allowed:
        variant = replace(req.term, text=plural)
        spans += [s for s in target.spans(text, variant) if s not in spans]
    return spans


def _pick(hypotheses: Sequence[Any], reqs: Sequence[Requirement], target: "Matcher") -> tuple[str, _Check]:
    """The best-scoring hypothesis that meets everything, else the one with the fewest
    problems (ties: best score)."""
    best: tuple[tuple[int, float], str, _Check] | None = None
    for hyp in hypotheses:
        check = _check(hyp.text, reqs, target)
        key = (check.cost, -float(hyp.score))
        if best is None or key < best[0]:
            best = (key, hyp.text, check)
    assert best is not None
    return best[1], best[2]


# --------------------------------------------------------------------------- layers
def _layer_nbest(engine: Any, work: list[_Work], target: "Matcher", n: int, can_decode: bool) -> None:
    sources = [w.decode_source for w in work]
    if can_decode:
        from reltrans.engine.translator import DecodeRequest

        nbest = engine.decode([DecodeRequest(s) for s in sources], n)
    else:
        nbest = [[_Plain(t)] for t in engine.translate(sources)]
    for item, hyps in zip(work, nbest):
        if not hyps:
            item.text = ""
            continue
        item.text, check = _pick(hyps, item.requirements, target)
        if can_decode and n > 1 and item.text != hyps[0].text:
            item.step("n-best")


def _layer_ban(engine: Any, work: list[_Work], target: "Matcher", n: int) -> None:
    """Re-decode, with their forbidden variants banned, segments whose output has one."""
    from reltrans.engine.translator import DecodeRequest

    todo: list[tuple[_Work, tuple[str, ...]]] = []
    for item in work:
        check = _check(item.text, item.requirements, target)
        if not check.forbidden:
            continue
        concepts = {m.concept_id for m in check.forbidden}
        bans = tuple(sorted({f for r in item.requirements if r.concept_id in concepts for f in _bannable(r, item.requirements)}))
        if bans:
            todo.append((item, bans))
    if not todo:
        return
    nbest = engine.decode([DecodeRequest(item.decode_source, suppress=bans) for item, bans in todo], n)
    for (item, _), hyps in zip(todo, nbest):
        if not hyps:
            continue
        text, check = _pick(hyps, item.requirements, target)
        # Only a clean result replaces the hypothesis: a ban that merely removes the wrong
        # rendering would also remove the span the repair layer replaces by the right term.
        # A ban can also push the model to a runner-up token (a broken byte piece, an early
        # end of sentence): such damaged output is left to the repair layer instead.
        if check.cost == 0 and _undamaged(text, item.text):
            item.text = text
            item.step("ban")


def _undamaged(candidate: str, original: str) -> bool:
    """No broken byte piece (U+FFFD) the original did not have, and not much shorter."""
    if "\ufffd" in candidate and "\ufffd" not in original:
        return False
    return len(candidate.split()) >= 0.8 * len(original.split())


def _bannable(req: Requirement, reqs: Sequence[Requirement] = ()) -> tuple[str, ...]:
    """Forbidden variants that can be banned without banning a term the segment needs: the
    engine bans every capitalisation of a text, so a case-only variant (``Covid-19`` for
    ``COVID-19``) is left to the repair layer, and a variant that another concept of the same
    segment allows (``traffickers`` for « passeurs et trafiquants ») is not banned at all."""
    needed = {req.term.text.casefold()} | _allowed_elsewhere(req, reqs)
    return tuple(f for f in req.forbidden if f.casefold() not in needed)


def _allowed_elsewhere(req: Requirement, reqs: Sequence[Requirement]) -> set[str]:
    """Target terms that the segment's other concepts allow (casefolded)."""
    return {a.casefold() for other in reqs if other.concept_id != req.concept_id for a in other.allowed}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    requirement: Requirement


def _wrong_spans(item: _Work, target: "Matcher") -> list[_Span]:
    """Spans of the current text to replace, left to right, non-overlapping."""
    text = item.text
    check = _check(text, item.requirements, target)
    by_concept = {r.concept_id: r for r in item.requirements}
    spans = [_Span(m.start, m.end, by_concept[m.concept_id]) for m in check.forbidden if m.concept_id not in item.hopeless]
    found = target.find(text)
    for req in check.missing:
        if req.concept_id in item.hopeless:
            continue
        placed = placed_spans(target, text, req, item.requirements)
        own = [
            _Span(m.start, m.end, req)
            for m in found
            if m.concept_id == req.concept_id and m.status != "preferred" and (m.start, m.end) not in placed
        ]
        own += [
            _Span(a, b, req)
            for a, b in _verbatim_spans(text, req)
            if not any(a < y and x < b for x, y in placed) and not any(a < s.end and s.start < b for s in own)
        ]
        spans.extend(own)
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[_Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _verbatim_spans(text: str, req: Requirement) -> list[tuple[int, int]]:
    """Where the source term was copied verbatim (case-insensitive, whole words)."""
    spans: list[tuple[int, int]] = []
    forms = {occ.surface for occ in req.occurrences} | {occ.term for occ in req.occurrences}
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
    return sorted(spans)


def _layer_repair(engine: Any, work: list[_Work], target: "Matcher", can_decode: bool) -> None:
    from reltrans.engine.translator import DecodeRequest  # cheap: no ctranslate2 import

    for _ in range(MAX_REPAIR_ROUNDS):
        pending: list[tuple[_Work, _Span, str]] = []
        for item in work:
            spans = _wrong_spans(item, target)
            if not spans:
                continue
            if not (can_decode and item.model_continues):
                _splice_all(item, spans, target)
                continue
            span = spans[0]
            prefix = item.text[: span.start] + _render_term(item.text, span)
            pending.append((item, span, prefix))
        if not pending:
            return
        # a greedy continuation is enough after a forced prefix, and costs a beam-th of one
        outputs = engine.decode(
            [DecodeRequest(item.decode_source, target_prefix=prefix) for item, _, prefix in pending], 1, beam_size=1
        )
        for (item, span, prefix), hyps in zip(pending, outputs):
            continuation = _continuation(hyps[0].text if hyps else "", prefix)
            tail = item.text[span.end :]
            if continuation is not None and _agrees(continuation, tail):
                candidate = prefix + continuation
                step = "prefix"
            else:
                item.model_continues = False
                candidate = prefix + tail
                step = "splice"
            reqs = item.requirements
            if len(placed_spans(target, candidate, span.requirement, reqs)) <= len(placed_spans(target, item.text, span.requirement, reqs)):
                item.hopeless.add(span.requirement.concept_id)
                continue
            item.text = candidate
            item.step(step)


def _splice_all(item: _Work, spans: Sequence[_Span], target: "Matcher") -> None:
    text = item.text
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + _render_term(text, span) + text[span.end :]
    for span in spans:
        reqs = item.requirements
        if len(placed_spans(target, text, span.requirement, reqs)) <= len(placed_spans(target, item.text, span.requirement, reqs)):
            item.hopeless.add(span.requirement.concept_id)
    if text != item.text:
        item.text = text
        item.step("splice")
    else:  # nothing changed: never loop on it again
        item.hopeless.update(s.requirement.concept_id for s in spans)


def _render_term(text: str, span: _Span) -> str:
    """The glossary term as it should be written at ``span``: capitalised at sentence start
    (unless case-sensitive), plural when what it replaces, or every source occurrence, is
    (for terms that inflect, or through an allowed plural variant)."""
    req = span.requirement
    term = req.term
    rendered = _term_form(req, _looks_plural(text[span.start : span.end], req) or req.plural_source)
    if not term.case_sensitive and _sentence_initial(text, span.start) and rendered[:1].islower():
        rendered = rendered[:1].upper() + rendered[1:]
    return rendered


def _term_form(req: Requirement, plural: bool) -> str:
    """The preferred term, in the plural when asked and the glossary allows it (the term
    inflects, or its plural is listed as an allowed variant)."""
    text = req.term.text
    if not plural:
        return text
    form = _pluralize(text, req.term.lang)
    return form if req.term.inflect or form in req.allowed else text


def _looks_plural(replaced: str, req: Requirement) -> bool:
    word = replaced.strip().lower()
    if " " in word:
        return False
    singulars = {occ.term.lower() for occ in req.occurrences}
    return word[-1:] in ("s", "x") and word not in singulars and word[:-1] in {s.rstrip("sx") for s in singulars} | singulars


def _occurrence_plural(concept: "Concept", occ: TermMatch, source: str) -> bool:
    """Is this source occurrence plural: a plural form of the first word of one of the
    concept's source terms (demandeurs d'asile, nationaux), or a word that does not change in
    the plural after a plural determiner or a number above one (les pays, 14 pays)?"""
    bases = [t.text for t in concept.source_terms(occ.lang)]
    if any(_plural_surface(occ.surface, base) for base in bases):
        return True
    return bool(source) and _plural_determiner_before(source, occ.start)


_PLURAL_DETERMINERS = frozenset(
    "les des ces aux leurs nos vos mes tes ses plusieurs quelques certains certaines nombreux nombreuses "
    "divers diverses différents différentes tous toutes deux trois quatre cinq six sept huit neuf dix "
    "onze douze quinze vingt trente quarante cinquante cent cents mille".split()
)


_QUANTITY_NOUNS = frozenset(
    "millions milliers centaines dizaines milliards douzaines vingtaines trentaines quarantaines "
    "cinquantaine centaine millier million milliard".split()
)


def _plural_determiner_before(source: str, start: int) -> bool:
    words = regex.findall(r"[\p{L}]+|\d[\d\u00a0\u202f ]*(?:,\d+)?", source[max(0, start - 40) : start])
    if not words:
        return False
    last = words[-1].strip()
    if last[:1].isdigit():
        digits = regex.sub(r"\D", "", last.split(",")[0])
        if len(digits) == 4 and 1900 <= int(digits) <= 2100 and digits == last.strip():
            return False  # a year ("en 2023 ..."), not a count
        return bool(digits) and int(digits) > 1
    if last.lower() in ("de", "d") and len(words) >= 2:  # millions de personnes, but not
        return words[-2].lower() in _QUANTITY_NOUNS  # "procédures de protection internationale"
    return last.lower() in _PLURAL_DETERMINERS


def _plural_surface(surface: str, term: str) -> bool:
    said, base = surface.lower().split(), term.lower().split()
    if not said or not base or said[0] == base[0]:
        return False
    word, lemma = said[0], base[0]
    return word in (lemma + "s", lemma + "x", lemma + "es") or (lemma.endswith("al") and word == lemma[:-2] + "aux")


_PREPOSITIONS = frozenset("of in for from on at to with against by".split())
_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "persons"}  # UN: "persons"


def _pluralize(term: str, lang: str) -> str:
    """English plural of a term's head noun (the word before the first preposition, else the
    last word): migrant in an irregular situation -> migrants in an irregular situation.
    Other target languages are left as they are."""
    if lang != "en":
        return term
    words = term.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if i > 0 and w.lower() in _PREPOSITIONS), len(words) - 1)
    words[head] = _plural_word(words[head])
    return " ".join(words)


def _plural_word(word: str) -> str:
    if word.lower().endswith("-secretary-general") or word.lower() == "secretary-general":
        # Secretary-General -> Secretaries-General, Under-Secretary-General -> Under-Secretaries-General
        return word[: -len("-general")][:-1] + "ies" + word[-len("-general") :]
    prefix, _, last = word.rpartition("-")  # asylum-seeker -> asylum-seekers
    lower = last.lower()
    if not last.isalpha() or last.isupper() or lower.endswith("s"):
        return word  # acronyms, numbers, already plural
    if lower in _IRREGULAR:
        plural = _IRREGULAR[lower]
        plural = plural.capitalize() if last[:1].isupper() else plural
    elif lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        plural = last[:-1] + "ies"
    elif lower.endswith(("x", "z", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{prefix}-{plural}" if prefix else plural


def _sentence_initial(text: str, position: int) -> bool:
    return not text[:position].strip(_OPENERS)


def _continuation(output: str, prefix: str) -> str | None:
    """The part of the model output after the forced prefix, or None if it does not start
    with the prefix (tokenisation changed it)."""
    if output.startswith(prefix):
        return output[len(prefix) :]
    squeezed_prefix = " ".join(prefix.split())
    squeezed = " ".join(output.split())
    if squeezed.startswith(squeezed_prefix):
        rest = squeezed[len(squeezed_prefix) :]
        return rest
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _agrees(continuation: str, tail: str) -> bool:
    """Does the model's continuation after the forced term agree with the old tail?"""
    new, old = _words(continuation), _words(tail)
    if not old:
        return not new
    lead = min(AGREE_LEAD_WORDS, len(old))
    if new[:lead] != old[:lead]:
        return False
    return difflib.SequenceMatcher(a=new, b=old, autojunk=False).ratio() >= AGREE_RATIO


def _verify(item: _Work, target: "Matcher") -> ConstrainedTranslation:
    check = _check(item.text, item.requirements, target)
    unmet = tuple(dict.fromkeys(r.term.text for r in check.missing))
    steps = list(item.steps) or ["n-best"]
    if unmet:
        steps.append("unmet")
    return ConstrainedTranslation(item.text, unmet, "+".join(steps))


@dataclass(frozen=True)
class _Plain:
    """A hypothesis from an engine that only has ``translate``."""

    text: str
    score: float = 0.0
