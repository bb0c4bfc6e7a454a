"""Glossary checks: missing preferred terms, forbidden renderings, changed do-not-translate
terms, and terms that enforcement left unmet.

Written against small protocols (what :mod:`reltrans.glossary` provides), so the checks can be
tested with a fake matcher. Each translated entry costs one ``find`` call on each side (the
matcher memoizes per word and per text, so a text without candidates costs a few µs); the
cross-concept rules for forbidden renderings only run when a forbidden rendering is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol, Sequence

from reltrans.checks.rules import EntryContext, make_finding
from reltrans.model import CatalogEntry, Finding, Severity, TermMatch

__all__ = [
    "TermLike",
    "ConceptLike",
    "GlossaryLike",
    "MatcherLike",
    "GlossaryContext",
    "TermIndex",
    "build_term_index",
    "make_glossary_context",
    "check_glossary",
    "unmet_terms",
    "check_unmet",
    "VariantUse",
    "is_required_concept",
]


class TermLike(Protocol):
    text: str


class ConceptLike(Protocol):
    id: str
    dnt: bool

    def preferred(self, lang: str) -> TermLike | None: ...

    def allowed(self, lang: str) -> Sequence[TermLike]: ...

    def forbidden(self, lang: str) -> Sequence[TermLike]: ...


class GlossaryLike(Protocol):
    @property
    def concepts(self) -> Sequence[ConceptLike]: ...

    def get(self, concept_id: str) -> ConceptLike | None: ...


class MatcherLike(Protocol):
    def find(self, text: str) -> list[TermMatch]: ...

    def contains(self, text: str, term: TermLike) -> bool: ...

    def spans(self, text: str, term: TermLike) -> list[tuple[int, int]]: ...


@dataclass(frozen=True)
class VariantUse:
    """Which allowed target variant of a concept an entry uses (for RT203)."""

    concept_id: str
    term: str
    line: int
    msgid: str


@dataclass(frozen=True)
class TermIndex:
    """Which concepts list a term text, casefolded: allow or forbid it in the target language,
    or hold it in the source language (to see source ties between concepts)."""

    target_allowed: Mapping[str, frozenset[str]]
    target_forbidden: Mapping[str, frozenset[str]]
    source: Mapping[str, frozenset[str]]


def build_term_index(glossary: GlossaryLike, source_lang: str, target_lang: str) -> TermIndex:
    """The :class:`TermIndex` of every concept of ``glossary`` (empty when it exposes none)."""
    allowed: dict[str, set[str]] = {}
    forbidden: dict[str, set[str]] = {}
    source: dict[str, set[str]] = {}
    for concept in getattr(glossary, "concepts", None) or ():
        preferred = concept.preferred(target_lang)
        for term in ([preferred] if preferred is not None else []) + list(concept.allowed(target_lang) or ()):
            allowed.setdefault(term.text.casefold(), set()).add(concept.id)
        for term in concept.forbidden(target_lang) or ():
            forbidden.setdefault(term.text.casefold(), set()).add(concept.id)
        preferred = concept.preferred(source_lang)
        source_terms = ([preferred] if preferred is not None else []) + list(concept.allowed(source_lang) or ())
        for term in source_terms + list(concept.forbidden(source_lang) or ()):
            source.setdefault(term.text.casefold(), set()).add(concept.id)

    def freeze(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        return {key: frozenset(ids) for key, ids in table.items()}

    return TermIndex(freeze(allowed), freeze(forbidden), freeze(source))


@dataclass(frozen=True)
class GlossaryContext:
    """A glossary with its source and target matchers, built once per language pair."""

    glossary: GlossaryLike
    source: MatcherLike
    target: MatcherLike
    source_lang: str
    target_lang: str
    # concept id -> (allowed target terms, preferred first; forbidden target terms), both unique
    _target_terms: dict[str, tuple[list[TermLike], list[TermLike]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _index: list[TermIndex] = field(default_factory=list, init=False, compare=False, repr=False)

    def target_terms(self, concept_id: str, concept: ConceptLike) -> tuple[list[TermLike], list[TermLike]]:
        """(allowed, forbidden) unique target terms of ``concept``, the preferred one first
        (computed once per concept)."""
        terms = self._target_terms.get(concept_id)
        if terms is None:
            lang = self.target_lang
            preferred = concept.preferred(lang)
            allowed = _unique(([preferred] if preferred is not None else []) + list(concept.allowed(lang) or ()))
            terms = self._target_terms[concept_id] = (allowed, _unique(concept.forbidden(lang) or ()))
        return terms

    @property
    def index(self) -> TermIndex:
        """The glossary's :class:`TermIndex` (built on first use: only entries that hold a
        forbidden rendering need it)."""
        if not self._index:
            self._index.append(build_term_index(self.glossary, self.source_lang, self.target_lang))
        return self._index[0]


def make_glossary_context(glossary: GlossaryLike, source_lang: str, target_lang: str) -> GlossaryContext:
    """Build the matchers of ``glossary`` for the pair with :func:`reltrans.glossary.build_matcher`."""
    from reltrans.glossary import build_matcher

    return GlossaryContext(
        glossary,
        build_matcher(glossary, source_lang),  # type: ignore[arg-type]
        build_matcher(glossary, target_lang),  # type: ignore[arg-type]
        source_lang,
        target_lang,
    )


def check_glossary(
    entry: CatalogEntry,
    target: str,
    gctx: GlossaryContext,
    ctx: EntryContext,
    variants: list[VariantUse] | None = None,
) -> list[Finding]:
    """RT101-RT104 for one translated text of ``entry``; appends the allowed variants it uses to
    ``variants`` (for the RT203 file-level check).

    A forbidden rendering is reported (see docs/checks.md, "Forbidden renderings"):
    (a) as RT102 when a concept that forbids it is in the msgid, unless the text is an allowed
    term of another concept also in the msgid, or the msgstr already renders every source
    occurrence of the concept with an allowed term; (b) otherwise as RT103, only for a phrase or
    an all-capitals form that no concept of the glossary allows. RT101 is an error for names,
    titles and acronyms and a warning for vocabulary (error under ``--strict``).
    """
    out: list[Finding] = []
    if not target:
        return out
    source_matches = gctx.source.find(entry.msgid)
    target_matches = gctx.target.find(target)
    source_concepts: dict[str, TermMatch] = {}
    for match in source_matches:
        source_concepts.setdefault(match.concept_id, match)
    present = _Present(gctx, source_matches, source_concepts)
    for concept_id, match in source_concepts.items():
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        dateline = _is_dateline(entry.msgid, match)
        if concept.dnt:
            if dateline:
                continue  # official versions often drop the dateline ("DAKAR –")
            # the source spelling, or any target form the glossary allows (Cadre Harmonisé)
            if match.surface not in target and not any(gctx.target.contains(target, t) for t in concept.allowed(gctx.target_lang)):
                out.append(make_finding("RT104", ctx, entry.line, f"do-not-translate term {match.surface!r} was changed", entry.msgid))
            continue
        occurrences = sum(1 for m in source_matches if m.concept_id == concept_id)
        _check_concept(entry, target, concept_id, concept, match, gctx, ctx, out, present, occurrences, dateline)
    for match in target_matches:
        if match.status == "forbidden":
            if _banned_everywhere(match) and _report_elsewhere(match, target, gctx, source_concepts, present):
                out.append(make_finding("RT103", ctx, entry.line, f"forbidden rendering {match.surface!r}{_preferred_hint(gctx, match.concept_id)}", entry.msgid))
        elif variants is not None and match.status in ("preferred", "admitted") and match.concept_id in source_concepts:
            variants.append(VariantUse(match.concept_id, match.term, entry.line, entry.msgid))
    return out


class _Present:
    """The concepts of the msgid, plus those tied with them on the same source term text (the
    source matcher keeps only the first concept of a tie). Computed on first use."""

    def __init__(self, gctx: GlossaryContext, matches: Sequence[TermMatch], concepts: Mapping[str, TermMatch]) -> None:
        self._gctx = gctx
        self._matches = matches
        self._ids: frozenset[str] | None = frozenset(concepts) if not matches else None

    @property
    def ids(self) -> frozenset[str]:
        if self._ids is None:
            ties = self._gctx.index.source
            ids = {m.concept_id for m in self._matches}
            for m in self._matches:
                ids |= ties.get(m.term.casefold(), frozenset())
            self._ids = frozenset(ids)
        return self._ids


def _allowed_by(span: tuple[int, int], texts: Sequence[str], target: str, concept_ids: Iterable[str], gctx: GlossaryContext) -> bool:
    """Is the forbidden rendering at ``span`` (glossary/surface ``texts``) an allowed term of one
    of ``concept_ids``: same text, casefolded, or an allowed term whose match covers the span
    (inflection-aware, through the target matcher)?"""
    ids = set(concept_ids)
    if not ids:
        return False
    allowed_index = gctx.index.target_allowed
    if any(ids & allowed_index.get(text.casefold(), frozenset()) for text in texts):
        return True
    start, end = span
    for concept_id in ids:
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        for term in gctx.target_terms(concept_id, concept)[0]:
            if any(s <= start and end <= e for s, e in gctx.target.spans(target, term)):
                return True
    return False


def _report_elsewhere(match: TermMatch, target: str, gctx: GlossaryContext, source_concepts: Mapping[str, TermMatch], present: _Present) -> bool:
    """Should the forbidden target ``match`` be reported as RT103?"""
    index = gctx.index
    forbidders = {match.concept_id} | index.target_forbidden.get(match.term.casefold(), frozenset())
    if not forbidders.isdisjoint(source_concepts):
        return False  # (a): RT102 of the source concept says it (or its exception applies)
    texts = (match.term, match.surface)
    if any(index.target_allowed.get(text.casefold()) for text in texts):
        return False  # (b): some concept allows it, and that concept's source is not here
    # (b), inflection-aware: a concept of the msgid allows a term covering the match
    return not _allowed_by((match.start, match.end), texts, target, present.ids - forbidders, gctx)


# A dateline: the place opens the text and a dash follows, maybe after a date
# ("GENÈVE – ", "Genève - ", "NEW YORK, le 15 février 2018 – ")
_DATELINE_AFTER = re.compile(r"[\s,]*(?:(?:le\s+)?[\w\s]{0,30}?\d{4}\s*)?[-\u2013\u2014]\s")


def _is_dateline(msgid: str, match: TermMatch) -> bool:
    """Is the source ``match`` the dateline of the msgid (a place the translation may drop)?"""
    return not msgid[: match.start].strip() and _DATELINE_AFTER.match(msgid, match.end) is not None


def _banned_everywhere(match: TermMatch) -> bool:
    """Is a forbidden rendering wrong even where its concept is not in the source (RT103)?

    A phrase ("illegal migrant") is wrong in any sentence; a single word ("trade", "treaty",
    "clandestine") is wrong only as the translation of its concept's source term, and correct
    English elsewhere ("trade agreement"), so it is checked only through RT102."""
    return len(_WORD_RUN.findall(match.term)) > 1 or match.term.isupper()


_WORD_RUN = re.compile(r"[^\W_]+")


def is_required_concept(concept: ConceptLike, target_lang: str) -> bool:
    """Names, titles and acronyms are required (a missing one is an error); general vocabulary
    is recommended (a missing term is a warning, an error under ``--strict``).

    Derived from the concept data: English writes names, titles and acronyms with capitals, so
    a concept whose preferred target term holds a capital letter (``IOM``, ``Geneva``,
    ``Director General``, ``Member States``) is required; one whose preferred term is lower
    case (``organization``, ``voluntary return``) is vocabulary, whatever its ``domain`` or its
    ``case_sensitive`` flag (which also serves the source side)."""
    preferred = concept.preferred(target_lang)
    return preferred is not None and any(ch.isupper() for ch in preferred.text)

# Documented derivations of the head (last) word of an English term that still render the
# concept: "travel documents" -> "travel documentation"; see docs/checks.md
_HEAD_DERIVATIONS = (("document", "documentation"), ("assist", "assistance"), ("register", "registration"))


# A one-word name may appear as its adjective or demonym: "Belarus" -> "Belarusian",
# "Africa" -> "African", "Sudan" -> "Sudanese" (irregular ones, "Polish", belong in the glossary)
_NAME_ADJECTIVE_ENDINGS = ("ian", "an", "n", "ese", "i")


def _derived_terms(term: TermLike) -> list[TermLike]:
    """The documented derivations of ``term`` (same term, head word derived), for RT101 only."""
    from dataclasses import replace as dc_replace, is_dataclass

    if not is_dataclass(term):
        return []
    out: list[TermLike] = []
    text = term.text
    if text[:1].isupper() and text.isalpha() and not text.isupper():
        for ending in _NAME_ADJECTIVE_ENDINGS:
            changes = {"text": text + ending}
            if hasattr(term, "inflect"):
                changes["inflect"] = True  # type: ignore[assignment]
            out.append(dc_replace(term, **changes))  # type: ignore[type-var]
    for base, derived in _HEAD_DERIVATIONS:
        for stem in (base + "s", base):
            if text.lower().endswith(" " + stem):
                changes = {"text": text[: len(text) - len(stem)] + derived}
                if hasattr(term, "inflect"):
                    changes["inflect"] = False  # type: ignore[assignment]
                out.append(dc_replace(term, **changes))  # type: ignore[type-var]
                break
    return out


def _placed(target: str, terms: Sequence[TermLike], banned: Sequence[TermLike], gctx: GlossaryContext) -> int:
    """How many distinct places of ``target`` hold one of ``terms`` outside every ``banned``
    term ("migrants" inside "illegal migrants" is not a correct rendering)."""
    bad = [span for term in banned for span in gctx.target.spans(target, term)]
    spans: set[tuple[int, int]] = set()
    for term in terms:
        spans.update(sp for sp in gctx.target.spans(target, term) if not any(s < sp[1] and sp[0] < e for s, e in bad))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or e <= start for s, e in chosen):
            chosen.append((start, end))
    return len(chosen)


def _check_concept(
    entry: CatalogEntry,
    target: str,
    concept_id: str,
    concept: ConceptLike,
    match: TermMatch,
    gctx: GlossaryContext,
    ctx: EntryContext,
    out: list[Finding],
    present: _Present,
    occurrences: int = 1,
    dateline: bool = False,
) -> None:
    allowed, forbidden = gctx.target_terms(concept_id, concept)
    if allowed and not any(gctx.target.contains(target, term) for term in allowed):
        derived = [d for term in allowed for d in _derived_terms(term)]
        if not any(gctx.target.contains(target, d) for d in derived):
            others = f" (or {', '.join(repr(t.text) for t in allowed[1:])})" if len(allowed) > 1 else ""
            required = is_required_concept(concept, gctx.target_lang) and not (dateline and occurrences == 1)
            severity = Severity.ERROR if required or ctx.strict else Severity.WARNING
            kind = "required" if required else "recommended"
            out.append(make_finding("RT101", ctx, entry.line, f"missing {kind} term {allowed[0].text!r}{others} for source {match.surface!r}", entry.msgid, severity))
    # every source occurrence has its allowed rendering: a forbidden word elsewhere in the
    # sentence translates something else ("trade agreement" next to "trafficking")
    if forbidden and allowed and _placed(target, allowed, forbidden, gctx) >= occurrences:
        return
    for term in forbidden:
        if not gctx.target.contains(target, term):
            continue
        others = present.ids - {concept_id}
        spans = gctx.target.spans(target, term)
        # (a) exception: every occurrence is an allowed term of another concept of the msgid
        if others and spans and all(_allowed_by(span, (term.text, target[span[0]:span[1]]), target, others, gctx) for span in spans):
            continue
        hint = f", use {allowed[0].text!r}" if allowed else ""
        out.append(make_finding("RT102", ctx, entry.line, f"forbidden rendering {term.text!r} of {match.surface!r}{hint}", entry.msgid))


def _unique(terms: Iterable[TermLike | None]) -> list[TermLike]:
    seen: dict[str, TermLike] = {}
    for term in terms:
        if term is not None and term.text not in seen:
            seen[term.text] = term
    return list(seen.values())


def _preferred_hint(gctx: GlossaryContext, concept_id: str) -> str:
    concept = gctx.glossary.get(concept_id)
    preferred = concept.preferred(gctx.target_lang) if concept is not None else None
    return f", use {preferred.text!r}" if preferred is not None else ""


_UNMET = re.compile(r"^\s*reltrans:\s*unmet terms?:\s*(.+?)\s*$", re.IGNORECASE)


def unmet_terms(entry: CatalogEntry) -> list[str]:
    """Terms listed by enforcement in ``#. reltrans: unmet terms: A; B``."""
    terms: list[str] = []
    for comment in entry.extracted_comments:
        match = _UNMET.match(comment)
        if match:
            terms.extend(t.strip() for t in match.group(1).split(";") if t.strip())
    return terms


def check_unmet(entry: CatalogEntry, target: str, matcher: MatcherLike | None, ctx: EntryContext) -> list[Finding]:
    """RT105: a still-fuzzy entry whose unmet terms are still absent from the translation.

    Once a reviewer places the term and clears ``fuzzy``, the stale comment is not reported
    (RT101 covers the term from then on). With a matcher, inflected forms count as present.
    """
    if not entry.fuzzy or not entry.extracted_comments:
        return []
    terms = unmet_terms(entry)
    if not terms:
        return []
    found: set[str] = set()
    if matcher is not None and target:
        for match in matcher.find(target):
            found.add(match.term.casefold())
    folded = target.casefold()
    out: list[Finding] = []
    severity = Severity.ERROR if ctx.strict else Severity.WARNING
    for term in terms:
        if term.casefold() not in found and term.casefold() not in folded:
            out.append(make_finding("RT105", ctx, entry.line, f"term enforcement could not place {term!r}", entry.msgid, severity))
    return out
