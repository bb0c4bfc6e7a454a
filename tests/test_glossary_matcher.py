"""Matcher behaviour: boundaries, case, accents, elision, whitespace, inflection, context, overlaps."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reltrans.glossary import Concept, Glossary, Term, build_matcher, load_glossary
from reltrans.glossary.model import default_case_sensitive, default_inflect

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(DATA / "small.toml")


@pytest.fixture(scope="module")
def fr(glossary):
    return build_matcher(glossary, "fr")


@pytest.fixture(scope="module")
def en(glossary):
    return build_matcher(glossary, "en")


def ids(matches):
    return [(m.concept_id, m.surface) for m in matches]


def term(text: str, lang: str = "en", status: str = "preferred") -> Term:
    return Term(text, lang, status, default_case_sensitive(text), default_inflect(text))


def test_acronym_elision_with_both_apostrophes(fr):
    text = "Selon l'OIM et d’ONUDC, ainsi qu'à l'UNICEF."
    assert ids(fr.find(text)) == [("iom", "OIM"), ("unodc", "ONUDC"), ("unicef", "UNICEF")]


def test_acronym_never_inside_another_word(fr):
    assert fr.find("L'UNHCR et l'OIMX ne sont pas HCRs.") == []
    assert ids(fr.find("le HCR.")) == [("unhcr", "HCR")]


def test_acronym_is_case_sensitive_common_noun_is_not(fr):
    assert fr.find("les oim") == []
    assert ids(fr.find("Réfugiés et MIGRANTS")) == [("refugee", "Réfugiés"), ("migrant", "MIGRANTS")]


@pytest.mark.parametrize("surface", ["réfugié", "réfugiés", "réfugiée", "réfugiées", "Réfugiés"])
def test_french_plural_and_gender(fr, surface):
    assert ids(fr.find(f"Des {surface} arrivent")) == [("refugee", surface)]


def test_french_multiword_inflection_and_whitespace(fr):
    for surface in (
        "personnes déplacées internes",
        "personne\u00a0déplacée interne",
        "personnes\u202fdéplacées\ninternes",
        "personnes  déplacées\r\n  internes",
    ):
        assert ids(fr.find(f"Les {surface}.")) == [("idp", surface)]


def test_french_al_aux(fr):
    assert ids(fr.find("des ressortissants nationaux")) == [("national", "ressortissants nationaux")]


def test_english_plural_and_possessive(en):
    text = "IOM's refugees, migrants, traffickers and countries of origin; a refugee's rights"
    assert ids(en.find(text)) == [
        ("iom", "IOM"),
        ("refugee", "refugees"),
        ("migrant", "migrants"),
        ("trafficker", "traffickers"),
        ("country-of-origin", "countries of origin"),
        ("refugee", "refugee"),
    ]


def test_missing_accent_on_capital_only(fr):
    assert ids(fr.find("175 Etats membres")) == [("member-states", "Etats membres")]
    assert ids(fr.find("175 États membres")) == [("member-states", "États membres")]
    # a missing accent on a lower-case letter is a different word
    assert fr.find("des refugies") == []


def test_traite_noun_not_verb(fr):
    assert fr.find("Il traite le dossier.") == []
    for text in ("la traite", "victimes de traite", "la lutte contre la traite", "d'une traite"):
        assert [m.concept_id for m in fr.find(text)] == ["trafficking"], text
    assert ids(fr.find("Traite des personnes")) == [("trafficking-in-persons", "Traite des personnes")]


def test_longest_match_wins(fr):
    text = "le trafic illicite de migrants et l'Organisation internationale pour les migrations"
    assert [m.concept_id for m in fr.find(text)] == ["migrant-smuggling", "iom-name"]


def test_forbidden_variants_found_in_english(en):
    text = "Illegal migrants, trafficking of migrants and the HRC."
    assert [(m.concept_id, m.surface, m.status) for m in en.find(text)] == [
        ("migrant", "Illegal migrants", "forbidden"),
        ("migrant-smuggling", "trafficking of migrants", "forbidden"),
        ("hrc", "HRC", "forbidden"),
    ]


def test_case_sensitive_concept_separates_allowed_and_forbidden(en):
    assert [m.status for m in en.find("Member States and member states")] == ["preferred", "forbidden"]


def test_digits_in_acronym(fr):
    assert ids(fr.find("la COVID-19 et la covid-19")) == [("covid-19", "COVID-19")]


def test_spans_sorted_and_surface_consistent(fr):
    text = "L'OIM, le HCR et les réfugiés"
    matches = fr.find(text)
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(text[m.start : m.end] == m.surface for m in matches)
    assert all(m.lang == "fr" for m in matches)


def test_find_concept_and_contains(fr, en, glossary):
    assert ids(fr.find_concept("l'OIM et le HCR", "unhcr")) == [("unhcr", "HCR")]
    idp = glossary.get("idp").preferred("en")
    assert en.contains("Two internally displaced persons", idp)
    assert not en.contains("Two displaced persons", idp)
    assert en.contains("the Member States", glossary.get("member-states").preferred("en"))
    assert not en.contains("the member states", glossary.get("member-states").preferred("en"))


def test_overlap_tie_break_is_concept_order():
    concepts = (
        Concept(id="a", terms=(term("human rights", "en"),), source="x"),
        Concept(id="b", terms=(term("rights group", "en"),), source="x"),
        Concept(id="c", terms=(term("human", "en"),), source="x"),
        Concept(id="d", terms=(term("human", "en"),), source="x"),
    )
    matcher = build_matcher(Glossary(concepts), "en")
    # equal length: leftmost wins; the shorter 'human' cannot overlap
    assert ids(matcher.find("human rights group")) == [("a", "human rights")]
    # longer wins even when it starts later
    assert ids(matcher.find("human rights groups")) == [("c", "human"), ("b", "rights groups")]
    assert ids(matcher.find("a human")) == [("c", "human")]


def test_exclude_and_context_after_rules():
    concept = Concept(
        id="trafic",
        terms=(term("trafic", "fr"),),
        source="x",
        context_after={"fr": r"(?i)^\s+(?:illicite\s+)?de\s+migrants"},
        exclude_before={"fr": r"(?i)\baérien\s+$"},
    )
    matcher = build_matcher(Glossary((concept,)), "fr")
    assert ids(matcher.find("le trafic illicite de migrants")) == [("trafic", "trafic")]
    assert matcher.find("le trafic routier") == []


def test_build_matcher_is_cached(glossary):
    assert build_matcher(glossary, "fr") is build_matcher(glossary, "fr")


def _word(i: int) -> str:
    letters = "bcdfghjklmnpqrstv"
    out = ""
    while True:
        i, r = divmod(i, len(letters))
        out += letters[r]
        if not i:
            return "ter" + out + "ant"


def test_many_terms_compile_and_match():
    concepts = tuple(
        Concept(id=f"c{i}", terms=(term(f"{_word(i)} numéro", "fr"), term(_word(i))), source="x") for i in range(3000)
    )
    matcher = build_matcher(Glossary(concepts), "fr")
    assert matcher.term_count == 3000
    text = " ".join(f"les {_word(i)}es numéros" for i in range(0, 3000, 7))
    assert len(matcher.find(text)) == len(range(0, 3000, 7))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200) | st.from_regex(
    r"(?:l['’]|la |de |qu'à |\s|\u00a0|OIM|HCR|réfugiée?s?|traite|personnes? déplacées? internes?|Etats|[A-Za-zéÉ]{1,6}|[.,;])*",
    fullmatch=True,
))
def test_find_never_crashes_and_spans_are_sane(fr_text):
    g = load_glossary(DATA / "small.toml")
    for lang in ("fr", "en"):
        matches = build_matcher(g, lang).find(fr_text)
        previous_end = 0
        for m in matches:
            assert 0 <= m.start < m.end <= len(fr_text)
            assert m.start >= previous_end
            assert fr_text[m.start : m.end] == m.surface
            previous_end = m.end
