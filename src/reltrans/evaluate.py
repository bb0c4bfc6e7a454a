"""``reltrans eval``: how well a model plus glossary does on a release with a reference.

Two inputs:

* ``source`` + ``reference`` text files: the source is segmented and translated with the
  installed model (glossary-constrained by :func:`reltrans.constrain.enforce_terms`, unless
  ``constrain=False``); the reference is segmented too and aligned to the source with a
  length-based aligner anchored on numbers and names (:mod:`reltrans.sentalign`), so a
  different split of the same text is not scored pair by pair with every pair offset; the
  alignment is reported, and a doubtful one says why.
* reviewed PO files: ``msgstr`` is the reference; the machine translation comes from a
  hypothesis PO (matched by msgid, its ``reltrans: unmet terms`` comments count as flags) or is
  made by translating the msgids.

Reported: term success rate (share of source term occurrences whose preferred target term is in
the output, inflection-aware, as in the WMT 2023 terminology task), term consistency (share of
concepts rendered with one variant across the document), misses flagged by enforcement vs
silent misses, and chrF and BLEU with sacrebleu's signatures.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from reltrans.errors import InputError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Glossary, Matcher
    from reltrans.pipeline import EngineLike

__all__ = ["EvalReport", "MetricScore", "SegmentEval", "TermStats", "evaluate", "score_translations"]

EngineLoader = Callable[[str, str, Any], "EngineLike"]


@dataclass(frozen=True)
class TermStats:
    """Terminology figures over all segments."""

    occurrences: int  # source term occurrences that require a target term
    met: int  # ... whose preferred target term is in the output
    flagged: int  # missed, and listed as unmet by enforcement
    silent: int  # missed without a flag
    concepts: int  # concepts rendered at least once (any variant, forbidden too)
    consistent: int  # ... rendered with a single variant across the document

    @property
    def success_rate(self) -> float | None:
        return self.met / self.occurrences if self.occurrences else None

    @property
    def consistency(self) -> float | None:
        return self.consistent / self.concepts if self.concepts else None


@dataclass(frozen=True)
class MetricScore:
    """A sacrebleu corpus score with its reproducibility signature."""

    name: str  # "chrF" | "BLEU"
    score: float
    signature: str


@dataclass(frozen=True)
class SegmentEval:
    """One evaluated segment (for ``--format json``)."""

    source: str
    hypothesis: str
    reference: str | None
    missing: tuple[str, ...]  # required target terms absent from the hypothesis
    flagged: tuple[str, ...]  # terms enforcement reported as unmet


@dataclass(frozen=True)
class EvalReport:
    """What :func:`evaluate` measured."""

    source_lang: str
    target_lang: str
    system: str  # engine signature, or "po:<file>" for a hypothesis PO
    constrained: bool | None  # None: translations read from a PO, made however they were made
    segments: int
    terms: TermStats
    metrics: tuple[MetricScore, ...]
    level: str  # "sentence" | "document" | "none" (no reference)
    notes: tuple[str, ...]
    details: tuple[SegmentEval, ...]
    alignment: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()  # (source, reference) sentence indices per bead

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (rates included)."""
        data = asdict(self)
        data["terms"]["success_rate"] = self.terms.success_rate
        data["terms"]["consistency"] = self.terms.consistency
        return data


# --------------------------------------------------------------------------- entry point
def evaluate(
    *,
    source: str | Path | None = None,
    reference: str | Path | None = None,
    po: Sequence[str | Path] = (),
    hypothesis_po: str | Path | None = None,
    source_lang: str = "fr",
    target_lang: str = "en",
    glossary_paths: Sequence[str | Path] = (),
    bundled_glossary: bool = True,
    constrain: bool = True,
    engine_loader: EngineLoader | None = None,
) -> EvalReport:
    """Evaluate either ``source`` (+ optional ``reference``) text files, or reviewed ``po``
    files (+ optional ``hypothesis_po``). Raises :class:`UsageError` for a bad combination,
    :class:`InputError` and subclasses for unreadable inputs, :class:`ModelError` when a model
    is needed and missing."""
    if (source is None) == (not po):
        raise UsageError("give either --source (with --reference) or --po, not both or neither")
    if source is None and reference is not None:
        raise UsageError("--reference goes with --source")
    if source is not None and hypothesis_po is not None:
        raise UsageError("--hypothesis-po goes with --po")
    from reltrans.glossary import load_glossaries

    glossary = load_glossaries(tuple(glossary_paths), bundled=bundled_glossary)
    if source is not None:
        return _evaluate_text(Path(source), None if reference is None else Path(reference), glossary, source_lang, target_lang, constrain, engine_loader)
    return _evaluate_po([Path(p) for p in po], None if hypothesis_po is None else Path(hypothesis_po), glossary, source_lang, target_lang, constrain, engine_loader)


def _segments(path: Path, lang: str) -> list[str]:
    from reltrans.formats import load_document
    from reltrans.formats.inline import has_placeholders, strip_placeholders
    from reltrans.segment import segment_document

    msgids = [s.msgid for s in segment_document(load_document(path), lang).segments]
    # HTML, Word, Markdown: the text is evaluated, not its inline markup
    return [strip_placeholders(m) if has_placeholders(m) else m for m in msgids]


def _evaluate_text(
    source: Path,
    reference: Path | None,
    glossary: "Glossary",
    source_lang: str,
    target_lang: str,
    constrain: bool,
    engine_loader: EngineLoader | None,
) -> EvalReport:
    sources = _segments(source, source_lang)
    if not sources:
        raise InputError("no sentence to evaluate", path=source)
    references = _segments(reference, target_lang) if reference is not None else None
    system, hypotheses, unmet = _machine_translate(sources, glossary, source_lang, target_lang, constrain, engine_loader)
    notes: list[str] = []
    per_source: list[str] | None = None
    pairs: list[tuple[str, str]] | None = None
    beads: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()
    if references is not None:
        per_source, pairs, beads, alignment_notes = _aligned(sources, hypotheses, references)
        notes.extend(alignment_notes)
    return score_translations(
        sources,
        hypotheses,
        per_source if per_source is not None else references,
        glossary,
        source_lang=source_lang,
        target_lang=target_lang,
        unmet=unmet,
        system=system,
        constrained=constrain,
        notes=tuple(notes),
        aligned_pairs=pairs,
        alignment=beads,
    )


def _aligned(
    sources: Sequence[str], hypotheses: Sequence[str], references: Sequence[str]
) -> tuple[list[str] | None, list[tuple[str, str]] | None, tuple[tuple[tuple[int, ...], tuple[int, ...]], ...], list[str]]:
    """Align source and reference sentences (:mod:`reltrans.sentalign`): the reference text of
    each source sentence, the (hypothesis, reference) pairs to score, the beads, and notes
    saying how the alignment went. Sentences with no counterpart are left out of chrF/BLEU."""
    from reltrans.sentalign import align_sentences

    try:
        alignment = align_sentences(sources, references)
    except ValueError as exc:
        return None, None, (), [f"{exc}: chrF and BLEU are document-level"]
    per_source = [""] * len(sources)
    pairs: list[tuple[str, str]] = []
    for bead in alignment.beads:
        joined_ref = " ".join(references[j] for j in bead.target)
        for i in bead.source:
            per_source[i] = joined_ref
        if bead.source and bead.target:
            pairs.append((" ".join(hypotheses[i] for i in bead.source), joined_ref))
    notes: list[str] = []
    if not alignment.one_to_one:
        notes.append(f"source {len(sources)} sentences, reference {len(references)}; aligned as {alignment.summary()}; chrF and BLEU over the {len(pairs)} aligned pairs")
    notes.extend(f"alignment doubtful: {doubt}" for doubt in alignment.doubts)
    beads = tuple((b.source, b.target) for b in alignment.beads)
    return per_source, pairs, beads, notes


def _evaluate_po(
    paths: list[Path],
    hypothesis_po: Path | None,
    glossary: "Glossary",
    source_lang: str,
    target_lang: str,
    constrain: bool,
    engine_loader: EngineLoader | None,
) -> EvalReport:
    from reltrans.catalog import read_catalog

    pairs: dict[str, str] = {}
    for path in paths:
        for entry in read_catalog(path).live_entries:
            if entry.msgid and entry.msgstr and not entry.fuzzy and entry.msgid_plural is None:
                pairs.setdefault(entry.msgid, entry.msgstr)
    if not pairs:
        raise InputError("no reviewed (translated, not fuzzy) entry to evaluate", path=paths[0])
    sources, references = list(pairs), list(pairs.values())
    notes: list[str] = []
    if hypothesis_po is not None:
        system, hypotheses, unmet, missing = _from_hypothesis_po(hypothesis_po, sources)
        constrained: bool | None = None
        if missing:
            notes.append(f"{missing} reviewed sentences are not in {hypothesis_po.name}: scored as empty")
    else:
        system, hypotheses, unmet = _machine_translate(sources, glossary, source_lang, target_lang, constrain, engine_loader)
        constrained = constrain
    return score_translations(
        sources,
        hypotheses,
        references,
        glossary,
        source_lang=source_lang,
        target_lang=target_lang,
        unmet=unmet,
        system=system,
        constrained=constrained,
        notes=tuple(notes),
    )


def _from_hypothesis_po(path: Path, sources: Sequence[str]) -> tuple[str, list[str], list[tuple[str, ...]], int]:
    from reltrans.catalog import read_catalog
    from reltrans.checks.glossary_checks import unmet_terms

    found = {e.msgid: e for e in read_catalog(path).live_entries if e.msgid}
    hypotheses: list[str] = []
    unmet: list[tuple[str, ...]] = []
    missing = 0
    for msgid in sources:
        entry = found.get(msgid)
        if entry is None:
            missing += 1
        hypotheses.append(entry.msgstr if entry is not None else "")
        unmet.append(tuple(unmet_terms(entry)) if entry is not None else ())
    return f"po:{path.name}", hypotheses, unmet, missing


def _machine_translate(
    sources: Sequence[str],
    glossary: "Glossary",
    source_lang: str,
    target_lang: str,
    constrain: bool,
    engine_loader: EngineLoader | None,
) -> tuple[str, list[str], list[tuple[str, ...]]]:
    """Translate distinct sources once; returns (engine signature, hypotheses, unmet terms)."""
    from reltrans.pipeline import load_engine

    engine = (engine_loader or load_engine)(source_lang, target_lang, None)
    distinct = list(dict.fromkeys(sources))
    translate_terms = getattr(engine, "translate_terms", None)
    if translate_terms is not None:  # a pivot chain (no decode of its own): its glossary, on its leg
        done = {s: (text, tuple(unmet)) for s, (text, unmet, _) in zip(distinct, translate_terms(distinct, enforce=constrain))}
    elif constrain and glossary.concepts:
        from reltrans.constrain import enforce_terms
        from reltrans.glossary import build_matcher

        matcher = build_matcher(glossary, source_lang)
        results = enforce_terms(engine, distinct, [matcher.find(s) for s in distinct], glossary, target_lang=target_lang)
        done = {s: (r.text, tuple(r.unmet)) for s, r in zip(distinct, results)}
    else:
        done = {s: (t, ()) for s, t in zip(distinct, engine.translate(distinct))}
    return engine.signature, [done[s][0] for s in sources], [done[s][1] for s in sources]


# --------------------------------------------------------------------------- scoring
def score_translations(
    sources: Sequence[str],
    hypotheses: Sequence[str],
    references: Sequence[str] | None,
    glossary: "Glossary",
    *,
    source_lang: str,
    target_lang: str,
    unmet: Sequence[Sequence[str]] | None = None,
    system: str = "",
    constrained: bool | None = False,
    notes: tuple[str, ...] = (),
    aligned_pairs: Sequence[tuple[str, str]] | None = None,
    alignment: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = (),
) -> EvalReport:
    """Score aligned ``hypotheses`` against ``sources`` (terms) and ``references`` (chrF,
    BLEU; sentence-level when the counts match, else one document-level score).

    ``aligned_pairs``, from a sentence alignment, are the (hypothesis, reference) pairs chrF
    and BLEU score sentence by sentence; ``references`` then holds each source sentence's
    reference text (for the details) and ``alignment`` the beads (reported as is)."""
    if len(hypotheses) != len(sources):
        raise ValueError("sources and hypotheses differ in length")
    unmet = list(unmet) if unmet is not None else [()] * len(sources)
    aligned = references is not None and len(references) == len(sources)
    details, terms = _term_stats(sources, hypotheses, unmet, glossary, source_lang, target_lang, references if aligned else None)
    metrics: tuple[MetricScore, ...] = ()
    level = "none"
    if aligned_pairs:
        metrics, level = _corpus_metrics([h for h, _r in aligned_pairs], [r for _h, r in aligned_pairs]), "sentence"
    elif references is not None:
        if aligned:
            metrics, level = _corpus_metrics(list(hypotheses), list(references)), "sentence"
        else:
            metrics, level = _corpus_metrics([" ".join(hypotheses)], [" ".join(references)]), "document"
    return EvalReport(
        source_lang=source_lang,
        target_lang=target_lang,
        system=system,
        constrained=constrained,
        segments=len(sources),
        terms=terms,
        metrics=metrics,
        level=level,
        notes=notes,
        details=tuple(details),
        alignment=alignment,
    )


def _term_stats(
    sources: Sequence[str],
    hypotheses: Sequence[str],
    unmet: Sequence[Sequence[str]],
    glossary: "Glossary",
    source_lang: str,
    target_lang: str,
    references: Sequence[str] | None,
) -> tuple[list[SegmentEval], TermStats]:
    details: list[SegmentEval] = []
    occurrences = met = flagged = silent = 0
    variants: dict[str, set[str]] = {}
    if glossary.concepts:
        from reltrans.constrain import placed_spans, requirements_for
        from reltrans.glossary import build_matcher

        src_matcher: "Matcher | None" = build_matcher(glossary, source_lang)
        tgt_matcher: "Matcher | None" = build_matcher(glossary, target_lang)
    else:
        src_matcher = tgt_matcher = None
    for i, (source, hypothesis) in enumerate(zip(sources, hypotheses)):
        missing: list[str] = []
        flags = tuple(unmet[i])
        if src_matcher is not None and tgt_matcher is not None:
            reqs = requirements_for(src_matcher.find(source), glossary, target_lang, source)
            for req in reqs:
                wanted = len(req.occurrences)
                present = min(wanted, len(placed_spans(tgt_matcher, hypothesis, req, reqs)))
                occurrences += wanted
                met += present
                if present < wanted:
                    missing.append(req.term.text)
                    if req.term.text in flags:
                        flagged += wanted - present
                    else:
                        silent += wanted - present
                for m in tgt_matcher.find_concept(hypothesis, req.concept_id):
                    variants.setdefault(req.concept_id, set()).add(m.term.casefold())
        details.append(SegmentEval(source, hypothesis, references[i] if references is not None else None, tuple(missing), flags))
    consistent = sum(1 for v in variants.values() if len(v) == 1)
    return details, TermStats(occurrences, met, flagged, silent, len(variants), consistent)


def _corpus_metrics(hypotheses: list[str], references: list[str]) -> tuple[MetricScore, ...]:
    from sacrebleu.metrics import BLEU, CHRF

    chrf, bleu = CHRF(), BLEU()
    chrf_score = chrf.corpus_score(hypotheses, [references])
    bleu_score = bleu.corpus_score(hypotheses, [references])
    return (
        MetricScore("chrF", round(float(chrf_score.score), 2), str(chrf.get_signature())),
        MetricScore("BLEU", round(float(bleu_score.score), 2), str(bleu.get_signature())),
    )
