"""What a source segment requires: one :class:`Requirement` per glossary concept found in it,
and the source-side substitution of terms the model only has to copy."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from reltrans.constrain.plural import invariant_head, is_adjective_use, plural_determiner_before, plural_surface, pluralize
from reltrans.model import TermMatch

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Concept, Glossary, Term

__all__ = ["Requirement", "requirements_for", "substitute", "substitution_edits", "term_form"]

_ACRONYM = re.compile(r"^(?=.*[A-ZÀ-Þ])[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9&.\-/]*$")


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
                plural=tuple(_occurrence_plural(concept, occ, source, preferred) for occ in found),
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


def _occurrence_plural(concept: "Concept", occ: TermMatch, source: str, preferred: "Term") -> bool:
    """Is this source occurrence plural: a plural form of the first word of one of the
    concept's source terms (demandeurs d'asile, nationaux), or a word that does not change in
    the plural after a plural determiner or a number above one (les pays, 14 pays)? A
    nationality adjective is never plural in English (évacuations françaises -> French)."""
    if is_adjective_use(occ.surface, preferred.text):
        return False
    bases = [t.text for t in concept.source_terms(occ.lang)]
    if any(plural_surface(occ.surface, base) for base in bases):
        return True
    return bool(source) and plural_determiner_before(source, occ.start)


def term_form(req: Requirement, plural: bool) -> str:
    """The preferred term, in the plural when asked and the glossary allows it (the term
    inflects, or its plural is listed as an allowed variant)."""
    text = req.term.text
    if not plural:
        # a preferred term the glossary writes in the plural (figures, commitments) placed over
        # a singular source (« ce chiffre », « un engagement ») takes its listed singular
        return next((a for a in req.allowed if a != text and pluralize(a, req.term.lang) == text), text)
    form = pluralize(text, req.term.lang)
    if form in req.allowed:
        return form
    return form if req.term.inflect and not invariant_head(text, req.term.lang) else text


def substitution_edits(requirements: Sequence[Requirement]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of :func:`substitute`, right to left, non-overlapping."""
    spans: list[tuple[int, int, str]] = []
    for req in requirements:
        if not req.copyable:
            continue
        for i, occ in enumerate(req.occurrences):
            plural = i < len(req.plural) and req.plural[i]
            spans.append((occ.start, occ.end, term_form(req, plural)))
    out: list[tuple[int, int, str]] = []
    last_start = 1 << 62
    for start, end, text in sorted(spans, reverse=True):
        if end > last_start:  # overlapping matches cannot happen with the matcher; be safe
            continue
        out.append((start, end, text))
        last_start = start
    return out


def substitute(source: str, requirements: Sequence[Requirement]) -> str:
    """Replace every occurrence of a copyable term in ``source`` by its target form
    (``l'OIM`` -> ``l'IOM``: only the matched surface changes, elision and context stay)."""
    out = source
    for start, end, text in substitution_edits(requirements):
        out = out[:start] + text + out[end:]
    return out
