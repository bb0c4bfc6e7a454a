"""bench/audit_ambiguous_terms.py on a tiny glossary written for this test.

The script lists the concepts that force an English term on an everyday French word with no
rule narrowing where it matches; these tests check which concepts it lists and in what order,
with a frequency function given here (wordfreq is never needed by the test suite).
"""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import audit_ambiguous_terms  # noqa: E402
from reltrans.glossary import load_glossary  # noqa: E402

GLOSSARY = '''\
[glossary]
name = "audit test"
version = "2026.12"
languages = ["fr", "en"]

[[concept]]
id = "court-bare"
domain = "general"
source = "test"
fr = ["cour"]
en = ["court"]

[[concept]]
id = "season-bare"
domain = "general"
source = "test"
fr = ["saison"]
en = ["season"]

[[concept]]
id = "milking-guarded"
domain = "general"
source = "test"
fr = ["traite"]
en = ["trafficking"]
exclude_after = { fr = "^\\\\s+des\\\\s+vaches" }

[[concept]]
id = "review-only"
domain = "general"
source = "test"
review = true
fr = ["camp"]
en = ["camp"]

[[concept]]
id = "long-term"
domain = "general"
source = "test"
fr = ["protection des enfants migrants"]
en = ["protection of migrant children"]

[[concept]]
id = "place-name"
domain = "place"
source = "test"
fr = ["Maurice"]
en = ["Mauritius"]
case_sensitive = true
'''

FREQUENCY = {"cour": 5.1, "saison": 5.3, "traite": 4.5, "camp": 4.8, "maurice": 4.0}


def frequency(text: str) -> float:
    return FREQUENCY.get(text.lower(), 1.0)


def test_only_unguarded_short_forcing_concepts_are_listed_most_common_first(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text(GLOSSARY, encoding="utf-8")
    rows = audit_ambiguous_terms.audit(load_glossary(path), frequency)
    # guarded, review, a four-word term and a case-sensitive name are left out
    assert [(r.concept_id, r.term) for r in rows] == [("season-bare", "saison"), ("court-bare", "cour")]
    assert rows[0].english == "season" and not rows[0].guarded


def test_all_lists_the_guarded_concepts_marked(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text(GLOSSARY, encoding="utf-8")
    rows = audit_ambiguous_terms.audit(load_glossary(path), frequency, include_guarded=True)
    assert [(r.concept_id, r.guarded) for r in rows] == [("season-bare", False), ("court-bare", False), ("milking-guarded", True)]


def test_a_two_word_term_ranks_below_its_words_estimate() -> None:
    assert audit_ambiguous_terms.term_frequency(frequency, "cour") == 5.1
    assert audit_ambiguous_terms.term_frequency(lambda t: 5.0, "cour royale") == 5.0 - audit_ambiguous_terms.TWO_WORD_PENALTY
