"""Where a required term stands in a translation, and every other rendering of its concept
(admitted or forbidden variants, the source term copied verbatim)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from reltrans.constrain.plural import pluralize
from reltrans.constrain.requirements import Requirement

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary import Matcher
    from reltrans.model import TermMatch

__all__ = ["allowed_elsewhere", "placed_spans", "verbatim_spans", "wrong_renderings"]


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
    plural = pluralize(req.term.text, req.term.lang)
    if plural != req.term.text and plural in req.allowed:
        variant = replace(req.term, text=plural)
        spans += [s for s in target.spans(text, variant) if s not in spans]
    return spans


def allowed_elsewhere(req: Requirement, reqs: Sequence[Requirement]) -> set[str]:
    """Target terms that the segment's other concepts allow (casefolded)."""
    return {a.casefold() for other in reqs if other.concept_id != req.concept_id for a in other.allowed}


def verbatim_spans(text: str, req: Requirement) -> list[tuple[int, int]]:
    """Where the source term was copied verbatim (case-insensitive, whole words)."""
    spans: list[tuple[int, int]] = []
    forms = {occ.surface for occ in req.occurrences} | {occ.term for occ in req.occurrences}
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
    return sorted(spans)


def wrong_renderings(
    text: str,
    req: Requirement,
    reqs: Sequence[Requirement],
    found: Sequence["TermMatch"],
    placed: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the concept's renderings that are not the placed term, left to
    right: ``forbidden`` variants (unless another concept of the segment allows them),
    ``variant`` (an admitted variant), ``verbatim`` (the source term copied)."""
    elsewhere = allowed_elsewhere(req, reqs)
    out: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in placed) and not any(a < y and x < b for x, y, _ in out)

    for m in found:
        if m.concept_id != req.concept_id or m.status == "preferred" or not free(m.start, m.end):
            continue
        if m.status == "forbidden":
            if m.term.casefold() in elsewhere:
                continue
            out.append((m.start, m.end, "forbidden"))
        else:
            out.append((m.start, m.end, "variant"))
    for a, b in verbatim_spans(text, req):
        if free(a, b):
            out.append((a, b, "verbatim"))
    return sorted(out)
