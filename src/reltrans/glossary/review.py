"""The one-line review hint a PO carries for a concept flagged for review rather than forced.

A ``review`` concept (declared so, or a ``review_elsewhere`` concept in a document whose cues
turn its sense away: :meth:`reltrans.glossary.Glossary.for_document`) has no preferred target
term: nothing is forced, and the translator sees only the source word unless told more. The
hint says what the glossary would suggest and why it did not force it::

    review: « mandat » → 'mandate' (or 'term', 'term of office'); not forced: the document
    names none of the words of that sense (Nations Unies, ONU, HCR…)

(one line in the PO; wrapped here). Pure text work: no matcher, no I/O.
"""
from __future__ import annotations

import re
from typing import Iterable

from reltrans.glossary.model import Concept, _mentions

__all__ = ["review_hint", "review_reason", "suggested_renderings"]

#: how many renderings and cues a hint shows, and how long a reason taken from a note may be
MAX_RENDERINGS = 3
MAX_CUES = 3
MAX_REASON = 110

# what a note says before its reason: "Wrong-sense guard (issue 14, round 31): ", "Review: "
_NOTE_PREFIX = re.compile(r"^(?:Wrong-sense guard\s*(?:\([^)]*\))?\s*:\s*|Review\s*:\s*|Idiom\s*:\s*)+", re.IGNORECASE)


def suggested_renderings(concept: Concept, target_lang: str, limit: int = MAX_RENDERINGS) -> list[str]:
    """The first ``limit`` allowed target terms of ``concept``, a plural or a case variant of one
    already shown left out ("mandates" after "mandate")."""
    shown: list[str] = []
    keys: set[str] = set()
    for term in concept.allowed(target_lang):
        key = term.text.casefold()
        key = key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key
        if key in keys:
            continue
        keys.add(key)
        shown.append(term.text)
        if len(shown) == limit:
            break
    return shown


def _cues(values: Iterable[tuple[str, ...]]) -> list[str]:
    return [cue for cues in values for cue in cues]


def _shown(cues: list[str]) -> str:
    return ", ".join(cues[:MAX_CUES]) + ("…" if len(cues) > MAX_CUES else "")


def review_reason(concept: Concept, folded_document: str | None = None) -> str:
    """Why ``concept`` was flagged and not forced, in a few words.

    With the document (folded with :func:`reltrans.glossary.model.fold_document`): the cue it lacks or the cue that
    rules the sense out; without it, what the concept's cues ask for. A concept declared for
    review says its note's first sentence (the sense it cannot tell apart)."""
    when = _cues(concept.when_document_mentions.values())
    unless = _cues(concept.unless_document_mentions.values())
    if folded_document is not None:
        if when and not any(_mentions(folded_document, cue) for cue in when):
            return f"the document names none of the words of that sense ({_shown(when)})"
        ruling_out = [cue for cue in unless if _mentions(folded_document, cue)]
        if ruling_out:
            return f"the document mentions {ruling_out[0]!r}, which rules that sense out"
    elif when or unless:
        return f"the document does not name the words of that sense ({_shown(when)})" if when else (
            f"the document mentions a word that rules that sense out ({_shown(unless)})"
        )
    note = _NOTE_PREFIX.sub("", " ".join(concept.note.split()))
    first = re.split(r"(?<=[.;])\s|:\s+flag", note, maxsplit=1)[0].rstrip(".;") if note else ""
    if not first:
        return "the sense depends on the sentence"
    return first if len(first) <= MAX_REASON else first[: MAX_REASON - 1].rstrip() + "…"


def review_hint(surface: str, concept: Concept, target_lang: str, folded_document: str | None = None) -> str:
    """``review: « SURFACE » → 'first' (or 'second', 'third'); not forced: REASON`` for a
    review concept matched as ``surface`` (one line, no line break whatever the glossary holds)."""
    renderings = suggested_renderings(concept, target_lang)
    hint = f"review: « {surface} »"
    if renderings:
        hint += f" → {renderings[0]!r}"
        if len(renderings) > 1:
            hint += " (or " + ", ".join(repr(r) for r in renderings[1:]) + ")"
    hint += f"; not forced: {review_reason(concept, folded_document)}"
    return " ".join(hint.split())
