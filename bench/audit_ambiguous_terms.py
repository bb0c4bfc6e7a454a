"""The glossary's concepts most at risk of wrong-sense forcing, ranked by how common the word is.

A concept forces its English rendering wherever its French term matches. A short French term
that is also an everyday word (« cour », « traite », « campagne », « saison ») forces a UN sense
on sentences that use the word otherwise, unless the concept narrows it: a context or exclude
rule, a part of speech, or document cue words. This script lists the unguarded ones, so the
guards can be written concept by concept from a complete list instead of after each miss:

    python bench/audit_ambiguous_terms.py [--top N] [--json] [--all] [--glossary FILE ...] [--no-bundled]

A concept is listed when it forces a term (it has a preferred English term and is no ``review``
concept), at least one of its French terms has one or two words, and it is kind ``vocabulary``,
or a ``name`` / ``title`` with a term that also matches lower-case text (not case-sensitive: a
title such as « Président », a name written in lower case) and is a common word. Case-sensitive
names (« Maurice », « Grenade ») need their capital and are left out: their risk is a given name
or a homonymous place, not an everyday word. A term is **guarded** when its concept has
``context_before`` / ``context_after`` / ``exclude_before`` / ``exclude_after`` / ``pos`` or
``when_document_mentions`` (``--all`` lists guarded concepts too, marked). Each concept is shown
once, with its most common unguarded French term; the rank is that term's Zipf frequency in
everyday French (``wordfreq``: 7 = « de », 5 = « saison », 3 = « réfugiée », 0 = unknown); a
two-word term counts one less (``TWO_WORD_PENALTY``: wordfreq's estimate for a phrase, from its
words, is far above how often the phrase itself occurs).

``wordfreq`` is a dependency of this script only, never of reltrans (``pip install wordfreq``,
or ``pip install --target DIR wordfreq`` and ``PYTHONPATH=src:DIR``). Without it the ranking
falls back to a small list of everyday French words written here and to the term's length
(shorter first), and says so.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

#: Fallback when wordfreq is missing: everyday French words that the UN glossary also holds
#: (ranked before the others, then by length).
EVERYDAY_FR = frozenset(
    """
    accord aide appel asile bande base bureau camp campagne centre charge chef cour conseil crise
    cellule droit école équipe fonds garde mandat marché mission mouvement note ordre paix parti
    passage pays plan point poste programme projet rapport réseau retour saison santé secteur
    service session site stock terrain traite travail vague zone
    """.split()
)

#: Concept kinds whose terms are listed whatever their frequency in lower case.
VOCABULARY_KINDS = frozenset({"vocabulary"})
#: Names and titles are listed only when their lower-case word is at least this common.
NAME_MIN_ZIPF = 3.0
#: Subtracted from a two-word term's frequency (a phrase is rarer than its words' estimate).
TWO_WORD_PENALTY = 1.0


@dataclass(frozen=True)
class AtRisk:
    """One concept at risk: its riskiest French term and how common that word is."""

    concept_id: str
    kind: str
    term: str
    zipf: float
    english: str
    guarded: bool
    other_terms: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """The row as a JSON-ready dict."""
        return {
            "concept": self.concept_id,
            "kind": self.kind,
            "term": self.term,
            "zipf": self.zipf,
            "en": self.english,
            "guarded": self.guarded,
            "other_terms": list(self.other_terms),
        }


def frequency_function():
    """``(word -> Zipf frequency, name of the method)``: wordfreq when installed, else the
    everyday list and the length."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        def fallback(text: str) -> float:
            word = text.lower()
            return (5.0 if word in EVERYDAY_FR else 0.0) + max(0.0, 2.0 - len(word) / 10)

        return fallback, "fallback: everyday-word list, then length (wordfreq not installed)"
    return (lambda text: zipf_frequency(text.lower(), "fr")), "wordfreq Zipf frequency (fr)"


def word_count(term: str) -> int:
    """Words of a French term; a hyphen or an apostrophe joins (« sans-papiers » is one)."""
    return len(term.split())


def term_frequency(frequency, term: str) -> float:
    """The term's rank: its word's frequency, a two-word term's less :data:`TWO_WORD_PENALTY`."""
    value = frequency(term)
    return value - TWO_WORD_PENALTY if word_count(term) == 2 else value


def is_guarded(concept) -> bool:
    """Whether the concept narrows where its French terms match (any sentence or document rule)."""
    return bool(
        concept.context_before.get("fr")
        or concept.context_after.get("fr")
        or concept.exclude_before.get("fr")
        or concept.exclude_after.get("fr")
        or concept.pos.get("fr")
        or concept.when_document_mentions.get("fr")
    )


def audit(glossary, frequency, *, include_guarded: bool = False) -> list[AtRisk]:
    """The concepts at risk, most common word first."""
    rows: list[AtRisk] = []
    for concept in glossary.concepts:
        if concept.review or concept.preferred("en") is None:
            continue
        guarded = is_guarded(concept)
        if guarded and not include_guarded:
            continue
        vocabulary = concept.kind in VOCABULARY_KINDS
        terms = [
            t.text
            for t in concept.source_terms("fr")
            if word_count(t.text) <= 2 and (vocabulary or not t.case_sensitive)
        ]
        if not terms:
            continue
        scored = sorted(((term_frequency(frequency, t), t) for t in terms), key=lambda pair: (-pair[0], pair[1]))
        zipf, term = scored[0]
        if not vocabulary and zipf < NAME_MIN_ZIPF:
            continue
        rows.append(
            AtRisk(
                concept_id=concept.id,
                kind=concept.kind,
                term=term,
                zipf=round(zipf, 2),
                english=concept.preferred("en").text,
                guarded=guarded,
                other_terms=tuple(t for _, t in scored[1:]),
            )
        )
    rows.sort(key=lambda r: (-r.zipf, len(r.term), r.concept_id))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=200, help="rows to print (0: all)")
    parser.add_argument("--all", action="store_true", help="also list guarded concepts (marked +)")
    parser.add_argument("--glossary", action="append", default=[], help="extra glossary file(s)")
    parser.add_argument("--no-bundled", action="store_true", help="without the bundled glossary")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = parser.parse_args(argv)

    from reltrans.glossary import load_glossaries

    glossary = load_glossaries(args.glossary, bundled=not args.no_bundled)
    frequency, method = frequency_function()
    rows = audit(glossary, frequency, include_guarded=args.all)
    shown = rows if args.top <= 0 else rows[: args.top]
    if args.json:
        print(json.dumps({"method": method, "at_risk": len(rows), "rows": [r.as_dict() for r in shown]}, ensure_ascii=False))
        return 0
    unguarded = sum(not r.guarded for r in rows)
    print(f"# {len(rows)} concepts listed ({unguarded} unguarded); ranked by {method}")
    for rank, row in enumerate(shown, 1):
        mark = "+" if row.guarded else " "
        others = f"  [{', '.join(row.other_terms)}]" if row.other_terms else ""
        print(f"{rank:4d} {row.zipf:4.2f} {mark} {row.term:<28} {row.concept_id:<40} {row.kind:<10} -> {row.english}{others}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
