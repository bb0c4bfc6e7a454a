"""Terminology-constrained decoding: every glossary concept found in a source sentence gets
its preferred target term in the translation, or is reported in ``unmet`` -- never a silent
miss, and never a silent change of the text around it.

:func:`enforce_terms` works on a batch of segments, in layers; each layer makes one engine call
for all the segments that need it, so enforcement costs only what it repairs:

0. *Plain*: segments with no (non-forbidden) source match go through one ``engine.translate``.
1. *Substitute* (:mod:`.requirements`): terms the model only has to copy (acronyms,
   do-not-translate concepts, case-sensitive terms) are replaced in the source by their
   target form before decoding (``l'OIM`` -> ``l'IOM``, elision kept).
2. *n-best* (:mod:`.layers`): decode with beam search and several hypotheses. The first
   undamaged one is the segment's **unconstrained draft**, the baseline of the damage guard
   (no extra decode); keep the best-scoring hypothesis that has every required target term
   and passes the guard.
3. *Ban*: segments whose text still holds a forbidden variant *that translates the concept*
   (:mod:`.alignment`) are decoded again with those variants in ``suppress_sequences``; the
   result is taken only if it meets everything and passes the guard.
4. *Repair*: the leftmost rewritable wrong rendering of a missing term -- a forbidden or
   admitted variant, or the source term copied verbatim, aligned to the concept's source
   occurrence -- is replaced: prefix = text up to the span + the glossary term (capitalised at
   sentence start), and the model continues after it. The continuation is taken if it passes
   the guard; otherwise the *splice* ``text[:start] + term + text[end:]`` is tried (guarded
   too), and that segment is spliced from then on.
5. *Verify*: a required term still missing is returned in
   :attr:`ConstrainedTranslation.unmet`, with the layers that gave up in
   :attr:`ConstrainedTranslation.gave_up` (the pipeline writes ``reltrans: unmet terms: ...``
   and ``reltrans: glossary term not placed: ...``, the reason in a reviewer's words; the entry stays fuzzy; RT105).

The damage guard (:mod:`.guard`): outside the placed term spans an enforced draft must be the
unconstrained draft word for word (one article per placed term tolerated), with
no broken word (U+FFFD, "⁇") it did not have. A flagged miss beats a silent rewrite.

Engines without ``decode`` (simple fakes, plain translators) get layers 0, 1, 2 with one
hypothesis, and splices for the repair.
"""
from __future__ import annotations

from reltrans.constrain.enforce import GAVE_UP_PREFIX, ConstrainedTranslation, enforce_on_drafts, enforce_terms
from reltrans.constrain.guard import damage, has_broken_word
from reltrans.constrain.placement import placed_spans
from reltrans.constrain.requirements import Requirement, requirements_for, substitute

__all__ = [
    "GAVE_UP_PREFIX",
    "ConstrainedTranslation",
    "Requirement",
    "damage",
    "enforce_on_drafts",
    "enforce_terms",
    "has_broken_word",
    "placed_spans",
    "requirements_for",
    "substitute",
]
