"""Helpers shared by the wrong-sense tests of the glossary (tests/test_glossary_trap_senses_*.py,
tests/test_glossary_round26_dev12.py): which concepts a sentence's match over a word belongs to,
and which of them would force an English term."""
from __future__ import annotations

from reltrans.glossary import build_matcher


def matched_over(glossary, sentence: str, word: str, document: str | None = None) -> list[tuple[str, bool]]:
    """(concept id, forces an English term) for each match over ``word``, the sentence matched
    as its own document unless ``document`` is given; a review concept (flagged, nothing forced)
    has no preferred term."""
    matcher = build_matcher(glossary, "fr", document_text=document if document is not None else sentence)
    start = sentence.index(word)
    end = start + len(word)
    return [
        (m.concept_id, matcher.glossary.get(m.concept_id).preferred("en") is not None)
        for m in matcher.find(sentence)
        if m.status != "forbidden" and m.start < end and start < m.end
    ]


def forced_over(glossary, sentence: str, word: str, document: str | None = None) -> list[str]:
    """Ids of the concepts matched over ``word`` that would force an English term."""
    return [cid for cid, forces in matched_over(glossary, sentence, word, document) if forces]
