"""Sentence alignment for `reltrans eval` (sentences written for these tests)."""
from __future__ import annotations

import time

import pytest

from reltrans.sentalign import MAX_SENTENCES, align_sentences

FR = [
    "Le 3 mars 2024, l'OIM a ouvert un centre à Agadez.",
    "Le centre accueillera 1 200 migrants par an, selon la directrice régionale Amy Pope, qui a salué le soutien des partenaires et des autorités locales.",
    "Les fonds proviennent de l'Union européenne.",
    "Plus de 40 % des bénéficiaires sont des femmes.",
    "Pour en savoir plus, contactez le bureau de presse.",
]
EN = [
    "On 3 March 2024, IOM opened a centre in Agadez.",
    "The centre will host 1,200 migrants a year, according to regional director Amy Pope.",
    "She welcomed the support of partners and local authorities.",
    "Funding comes from the European Union.",
    "More than 40 per cent of beneficiaries are women.",
    "For more information, contact the press office.",
]


def test_one_to_one_when_the_splits_agree() -> None:
    result = align_sentences(FR[:1] + FR[2:], EN[:1] + EN[3:])
    assert [b.kind for b in result.beads] == ["1-1"] * 4
    assert result.one_to_one and not result.doubtful


def test_a_split_sentence_is_one_bead_and_later_pairs_stay_in_place() -> None:
    result = align_sentences(FR, EN)
    assert [(b.source, b.target) for b in result.beads] == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]
    assert result.summary() == "5 beads: 4 1-1, 1 1-2"


def test_same_count_different_splits_is_not_paired_by_position() -> None:
    # source: one sentence joined (1+2), one split (3 -> 3a, 3b); six sentences on each side
    fr = [FR[0], FR[1], FR[2], "Plus de 40 % des bénéficiaires sont des femmes.", "Elles reçoivent une formation de 6 mois.", FR[4]]
    en = [EN[0], EN[1] + " " + EN[2], EN[3], "More than 40 per cent of beneficiaries are women, who receive six months of training.", "Over 300 women took part last year.", EN[5]]
    result = align_sentences(fr, en)
    pairs = [(b.source, b.target) for b in result.beads]
    assert pairs[-1][0] == (5,) and 5 in pairs[-1][1]  # the last sentences still meet
    # either the right beads (3a+3b -> 3, nothing -> 4) or a warning: never a silent offset
    assert ((3, 4), (3,)) in pairs or result.doubtful
    assert ((4,), (4,)) not in pairs or result.doubtful


def test_an_added_sentence_is_a_0_1_bead_or_a_doubt() -> None:
    added = "It is the third centre of its kind opened by IOM in Niger since 2019, with 15 staff."
    result = align_sentences(FR[:1] + FR[2:], EN[:1] + [added] + EN[3:])
    pairs = [(b.source, b.target) for b in result.beads]
    if ((), (1,)) in pairs:
        assert "no counterpart" in " ".join(result.doubts)
    else:
        assert result.doubtful  # wherever the added sentence went, the report says it is unsure


def test_numbers_anchor_the_alignment() -> None:
    fr = ["Le bilan provisoire fait état de 12 morts.", "Les recherches continuent dans la zone.", "On compte aussi 7 blessés graves."]
    en = ["The provisional toll is 12 dead.", "There are also 7 seriously injured."]
    pairs = [(b.source, b.target) for b in align_sentences(fr, en).beads]
    assert ((0,), (0,)) in pairs
    assert any(2 in s and t == (1,) for s, t in pairs)  # the 7 goes with the 7, not with position 2


def test_empty_sides_and_bounds() -> None:
    assert align_sentences([], []).beads == ()
    assert align_sentences(["Une phrase."], []).doubtful
    with pytest.raises(ValueError):
        align_sentences(["x."] * (MAX_SENTENCES + 1), ["y."])


def test_long_inputs_take_bounded_time() -> None:
    fr = [f"La phrase numéro {i} parle de {i * 3} personnes." for i in range(1500)]
    en = [f"Sentence number {i} is about {i * 3} people." for i in range(1400)]
    start = time.process_time()
    result = align_sentences(fr, en)
    assert sum(len(b.source) for b in result.beads) == 1500 and sum(len(b.target) for b in result.beads) == 1400
    assert time.process_time() - start < 120  # a generous bound: the banded search, not n * m


class _TableEngine:
    """An engine that knows the reference translation of each source sentence."""

    signature = "table-engine"

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def translate(self, texts: list[str]) -> list[str]:
        return [self.table[t] for t in texts]


def test_eval_same_count_different_splits_is_aligned_not_offset(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reltrans.evaluate import evaluate

    fr = [
        "L'OIM a ouvert un centre à Agadez le 3 mars.",
        "Il accueillera 1 200 migrants par an.",
        "Le financement vient de l'Union européenne, qui a versé 4 millions d'euros, et du Japon, qui a versé 2 millions.",
        "Le centre compte 35 employés.",
    ]
    en = [
        "IOM opened a centre in Agadez on 3 March; it will host 1,200 migrants a year.",
        "Funding comes from the European Union, which gave EUR 4 million.",
        "Japan gave 2 million.",
        "The centre has 35 staff.",
    ]
    table = {fr[0]: "IOM opened a centre in Agadez on 3 March;", fr[1]: "it will host 1,200 migrants a year.", fr[2]: en[1] + " " + en[2], fr[3]: en[3]}
    (tmp_path / "s.fr.txt").write_text("\n\n".join(fr) + "\n", encoding="utf-8")
    (tmp_path / "r.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    report = evaluate(source=tmp_path / "s.fr.txt", reference=tmp_path / "r.en.txt", bundled_glossary=False, engine_loader=lambda s, t, o: _TableEngine(table))
    assert report.alignment == (((0, 1), (0,)), ((2,), (1, 2)), ((3,), (3,)))
    assert any("aligned as" in note for note in report.notes)
    # the hypothesis is the reference, so aligned sentence-level scores are perfect; pair by pair they were not
    assert report.level == "sentence" and {m.name: m.score for m in report.metrics}["chrF"] == 100.0
