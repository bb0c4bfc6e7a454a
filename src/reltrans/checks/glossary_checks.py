"""Glossary checks: missing preferred terms, forbidden renderings, changed do-not-translate
terms, and terms that enforcement left unmet.

Written against small protocols (what :mod:`reltrans.glossary` provides), so the checks can be
tested with a fake matcher. Each translated entry costs one ``find`` call on each side (the
matcher memoizes per word and per text, so a text without candidates costs a few µs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence

from reltrans.checks.rules import EntryContext, make_finding
from reltrans.model import CatalogEntry, Finding, Severity, TermMatch

__all__ = [
    "TermLike",
    "ConceptLike",
    "GlossaryLike",
    "MatcherLike",
    "GlossaryContext",
    "make_glossary_context",
    "check_glossary",
    "unmet_terms",
    "check_unmet",
    "VariantUse",
]


class TermLike(Protocol):
    text: str


class ConceptLike(Protocol):
    dnt: bool

    def preferred(self, lang: str) -> TermLike | None: ...

    def allowed(self, lang: str) -> Sequence[TermLike]: ...

    def forbidden(self, lang: str) -> Sequence[TermLike]: ...


class GlossaryLike(Protocol):
    def get(self, concept_id: str) -> ConceptLike: ...


class MatcherLike(Protocol):
    def find(self, text: str) -> list[TermMatch]: ...

    def contains(self, text: str, term: TermLike) -> bool: ...


@dataclass(frozen=True)
class VariantUse:
    """Which allowed target variant of a concept an entry uses (for RT203)."""

    concept_id: str
    term: str
    line: int
    msgid: str


@dataclass(frozen=True)
class GlossaryContext:
    """A glossary with its source and target matchers, built once per language pair.

    ``forbidden_stems`` (casefolded first letters of every forbidden target term) lets an entry
    whose source has no concept skip the target scan; None means "always scan".
    """

    glossary: GlossaryLike
    source: MatcherLike
    target: MatcherLike
    source_lang: str
    target_lang: str
    forbidden_stems: tuple[str, ...] | None = None
    # concept id -> (allowed target terms, preferred first; forbidden target terms), both unique
    _target_terms: dict[str, tuple[list[TermLike], list[TermLike]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

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

    def may_hold_forbidden(self, text: str) -> bool:
        """False only when no forbidden term can occur in ``text`` (cheap substring test)."""
        if self.forbidden_stems is None:
            return True
        if not self.forbidden_stems:
            return False
        folded = text.casefold()
        return any(stem in folded for stem in self.forbidden_stems)


def forbidden_stems(glossary: object, lang: str) -> tuple[str, ...] | None:
    """The first letters (up to 3, casefolded, with and without accents) of every forbidden
    ``lang`` term; None when the glossary does not expose its concepts."""
    concepts = getattr(glossary, "concepts", None)
    if concepts is None:
        return None
    stems: set[str] = set()
    for concept in concepts:
        for term in concept.forbidden(lang):
            # the matcher is flexible on spaces, hyphens and apostrophes: stop before them
            head = _STEM_CUT.split(term.text.strip(), maxsplit=1)[0][:3]
            if not head:
                return None
            # "Yémen" may match as "Yémen" or "YEMEN" (unaccented capitals): keep both stems
            stems.add(head.casefold())
            stems.add(_strip_accents(head).casefold())
    return tuple(sorted(stems))


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_STEM_CUT = re.compile(r"[\s\-\u2010\u2011'\u2019\u02bc\u2018]")


def make_glossary_context(glossary: GlossaryLike, source_lang: str, target_lang: str) -> GlossaryContext:
    """Build the matchers of ``glossary`` for the pair with :func:`reltrans.glossary.build_matcher`."""
    from reltrans.glossary import build_matcher

    return GlossaryContext(
        glossary,
        build_matcher(glossary, source_lang),  # type: ignore[arg-type]
        build_matcher(glossary, target_lang),  # type: ignore[arg-type]
        source_lang,
        target_lang,
        forbidden_stems(glossary, target_lang),
    )


def check_glossary(
    entry: CatalogEntry,
    target: str,
    gctx: GlossaryContext,
    ctx: EntryContext,
    variants: list[VariantUse] | None = None,
) -> list[Finding]:
    """RT101-RT104 for one translated text of ``entry``; appends the allowed variants it uses to
    ``variants`` (for the RT203 file-level check)."""
    out: list[Finding] = []
    if not target:
        return out
    source_matches = gctx.source.find(entry.msgid)
    # No may_hold_forbidden() pre-filter here: with the bundled glossary nearly every English
    # text holds a forbidden stem ("co", "at"...), and the matcher's own word memo rejects a
    # text without candidates faster than the substring scan. Findings are the same either way.
    target_matches = gctx.target.find(target)
    source_concepts: dict[str, TermMatch] = {}
    for match in source_matches:
        source_concepts.setdefault(match.concept_id, match)
    for concept_id, match in source_concepts.items():
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        if concept.dnt:
            if match.surface not in target:
                out.append(make_finding("RT104", ctx, entry.line, f"do-not-translate term {match.surface!r} was changed", entry.msgid))
            continue
        _check_concept(entry, target, concept_id, concept, match, gctx, ctx, out)
    for match in target_matches:
        if match.status == "forbidden" and match.concept_id not in source_concepts:
            out.append(make_finding("RT103", ctx, entry.line, f"forbidden rendering {match.surface!r}{_preferred_hint(gctx, match.concept_id)}", entry.msgid))
        elif variants is not None and match.status in ("preferred", "admitted") and match.concept_id in source_concepts:
            variants.append(VariantUse(match.concept_id, match.term, entry.line, entry.msgid))
    return out


def _check_concept(
    entry: CatalogEntry,
    target: str,
    concept_id: str,
    concept: ConceptLike,
    match: TermMatch,
    gctx: GlossaryContext,
    ctx: EntryContext,
    out: list[Finding],
) -> None:
    allowed, forbidden = gctx.target_terms(concept_id, concept)
    if allowed and not any(gctx.target.contains(target, term) for term in allowed):
        others = f" (or {', '.join(repr(t.text) for t in allowed[1:])})" if len(allowed) > 1 else ""
        out.append(make_finding("RT101", ctx, entry.line, f"missing term {allowed[0].text!r}{others} for source {match.surface!r}", entry.msgid))
    for term in forbidden:
        if gctx.target.contains(target, term):
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
