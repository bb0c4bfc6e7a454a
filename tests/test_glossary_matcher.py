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


# --------------------------------------------------------------------------- fast path vs reference
# Matcher.find skips words through a per-word memo and a first-word filter; _reference_find is the
# plain scan (every bucket term tried at every word start). They must agree on realistic text.
from reltrans.glossary import load_glossaries  # noqa: E402
from reltrans.glossary import matcher as matcher_module  # noqa: E402
from reltrans.glossary.matcher import _reference_find  # noqa: E402

_FR_FRAMES = (
    "Selon le dernier bilan, {} reste une priorité pour 2024.",
    "L'OIM et {} ont publié un rapport à Genève le 3 mars.",
    "« {} », a déclaré la porte-parole, citant 12\u00a0500 personnes.",
    "{}",
    "Les {}s, d'après l'ONUDC.",
)
_EN_FRAMES = (
    "According to the latest update, {} remains a priority for 2024.",
    "IOM's report on {} was published in Geneva on 3 March.",
    "“{},” the spokesperson said, citing 12,500 people.",
    "{}",
    "THE {}S, according to UNODC.",
)
_REALISTIC = (
    "Le Directeur général de l'OIM s'est rendu au camp de réfugiés de Kakuma.",
    "Le Directeur général de l’Organisation mondiale de la Santé a salué les États Membres.",
    "La traite des personnes et le trafic illicite de migrants reculent ; il traite le dossier.",
    "Les personnes\u00a0déplacées\ninternes et les demandeurs dʼasile, lʼOIM et d’ONUDC.",
    "Le Soudan du Sud, la Guinée-Bissau et la Guinée équatoriale ; le Soudan.",
    "Le Programme 2030 et le programme de développement durable à l'horizon 2030.",
    "La Méditerranée centrale et la Méditerranée ; l'Afrique de l'Ouest et du Centre.",
    "ETATS MEMBRES, Etats membres, états membres et le non-refoulement.",
    "Internally displaced persons, Member States and member states need humanitarian assistance.",
    "Illegal migrants, trafficking of migrants, the HRC and the I.O.M. were mentioned.",
    "The Secretary General and the Secretary-General met the Director-General of IOM.",
    "UNHCR, the UN Refugee Agency, and UNICEF's teams; COVID-19 and Covid-19.",
    "",
    "   ",
    "l'\u02bcOIM ʼOIM OIMʼs d\u02bcasile",
)


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_glossaries()


def _bundled_corpus(glossary: Glossary, lang: str) -> list[str]:
    frames = _FR_FRAMES if lang == "fr" else _EN_FRAMES
    texts = list(_REALISTIC)
    for i, concept in enumerate(glossary.concepts):
        for j, t in enumerate(concept.terms_in(lang)):
            texts.append(frames[(i + j) % len(frames)].format(t.text))
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fast_find_equals_reference_on_bundled_glossary(bundled, lang):
    matcher = build_matcher(bundled, lang)
    texts = _bundled_corpus(bundled, lang)
    found = 0
    for text in texts:
        expected = _reference_find(matcher, text)
        assert matcher.find(text) == expected, text
        assert matcher.find(text) == expected, text  # memoized result
        found += bool(expected)
    assert found > len(texts) // 2  # the corpus really exercises the matcher


def test_find_returns_a_fresh_list(fr):
    first = fr.find("L'OIM et le HCR")
    first.clear()
    assert len(fr.find("L'OIM et le HCR")) == 2


def test_memos_cleared_when_full_keep_results_exact(bundled, monkeypatch):
    monkeypatch.setattr(matcher_module, "_WORD_MEMO_SIZE", 3)
    monkeypatch.setattr(matcher_module, "_FIND_MEMO_SIZE", 2)
    matcher = matcher_module.Matcher(bundled, "fr")  # uncached: fresh memos
    texts = _bundled_corpus(bundled, "fr")[:200]
    for text in texts + texts[::-1]:
        assert matcher.find(text) == _reference_find(matcher, text), text
    assert len(matcher._word_memo) <= 3 and len(matcher._find_memo) <= 2


def test_find_concept_agrees_with_find_filtered(bundled):
    matcher = build_matcher(bundled, "fr")
    text = "Le Directeur général de l'OIM et l'OIM ; la traite des personnes."
    assert ids(matcher.find_concept(text, "iom")) == [("iom", "OIM"), ("iom", "OIM")]
    assert matcher.find_concept(text, "no-such-concept") == []


_PIECES = st.sampled_from(
    [
        "OIM", "l'", "l’", "lʼ", "d'", " ", "\u00a0", "\n", "-", ",", ".", "(", ")", "la ", "de ", "des ",
        "traite", "personnes", "déplacées", "internes", "réfugiés", "Réfugiée", "États", "Etats", "Membres",
        "membres", "migrants", "trafic", "illicite", "Directeur", "général", "Organisation", "mondiale",
        "Santé", "HCR", "UNHCR", "Soudan", "du", "Sud", "Guinée", "Bissau", "programme", "2030", "camp",
        "IOM", "Member", "States", "Secretary", "General", "internally", "displaced", "persons", "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from(["fr", "en"]))
def test_fast_find_equals_reference_on_generated_text(bundled, text, lang):
    matcher = build_matcher(bundled, lang)
    assert matcher.find(text) == _reference_find(matcher, text)


def test_modifier_letter_apostrophe_inside_a_text_word():
    # U+02BC is a word character: "aujourdʼhui" is one text word holding a two-word term
    concepts = (Concept(id="today", terms=(term("aujourd'hui", "fr"),), source="x"),)
    matcher = build_matcher(Glossary(concepts), "fr")
    for text in ("aujourdʼhui", "Aujourd’hui et aujourdʼhui.", "aujourdʼhuis"):
        assert matcher.find(text) == _reference_find(matcher, text)
    assert ids(matcher.find("Aujourdʼhui.")) == [("today", "Aujourdʼhui")]


# The follow-word filter (a multi-word term is only tried where the next text words start with
# the keys of its next words) and the head-length filter must never drop a real match: texts
# built from the words of the bundled multi-word terms, truncated, re-cased, de-accented,
# inflected and joined by every kind of separator, are matched as the reference scan does.
def _multiword_words(glossary: Glossary, lang: str) -> list[list[str]]:
    import regex

    return [
        regex.findall(r"\w+|[^\w\s]", t.text)
        for c in glossary.concepts
        for t in c.terms_in(lang)
        if len(t.text.split()) > 1
    ]


_SEPARATORS = [" ", "  ", "\u00a0", "\u202f", "\n", "-", "\u2011", "'", "’", "ʼ", ", ", " (", ") ", ". "]
_CASES = [str, str.upper, str.lower, str.title, matcher_module._strip_accents]
_ENDINGS = ["", "", "", "s", "es", "x", "e", "aux", "ies", "men", "'s"]


@settings(max_examples=200, deadline=None)
@given(st.data(), st.sampled_from(["fr", "en"]))
def test_follow_and_head_filters_keep_reference_matches(bundled, data, lang):
    terms = _multiword_words(bundled, lang)
    pieces: list[str] = []
    for _ in range(data.draw(st.integers(1, 4))):
        words = data.draw(st.sampled_from(terms))
        cut = data.draw(st.integers(1, len(words)))
        changed = data.draw(st.sampled_from(["none", "first", "one", "all"]))
        which = data.draw(st.integers(0, cut - 1))
        for index, word in enumerate(words[:cut]):
            if word[0].isalnum() and (changed == "all" or (changed, index) in (("first", 0), ("one", which))):
                word = data.draw(st.sampled_from(_CASES))(word) + data.draw(st.sampled_from(_ENDINGS))
            pieces.append(word)
            pieces.append(" " if changed == "none" else data.draw(st.sampled_from(_SEPARATORS)))
        if data.draw(st.booleans()):
            pieces.append(data.draw(st.sampled_from(["la ", "the ", "x ", "2030 ", "Nations "])))
    text = "".join(pieces)
    fresh = matcher_module.Matcher(bundled, lang)  # empty memos: the filters run on this text
    assert fresh.find(text) == _reference_find(fresh, text), text
    assert fresh.find(text + " " + text) == _reference_find(fresh, text + " " + text)


def test_follow_filter_drops_probes_whose_next_words_differ(bundled):
    matcher = matcher_module.Matcher(bundled, "fr")
    text = "Les personnes ont reçu une aide ; les personnes déplacées internes aussi."
    assert matcher.find(text) == _reference_find(matcher, text)
    assert [m.surface for m in matcher.find(text)][-1] == "personnes déplacées internes"
    kept = matcher._follow_memo[("personnes", "ont", "reçu")]
    assert all(not p.follow for p in kept)  # no multi-word "personnes ..." term is tried there
    assert any(p.follow for p in matcher._follow_memo[("personnes", "déplacées", "internes")])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_inflected_first_and_second_words_of_every_bundled_term(bundled, lang):
    # the longest endings probe the head-length bound; the second word the follow keys
    matcher = matcher_module.Matcher(bundled, lang)
    found = 0
    for words in _multiword_words(bundled, lang):
        for ending in ("s", "es", "e", "aux", "ies", "men", "ales"):
            for at in (0, 1):
                varied = [w + ending if i == at and w[0].isalnum() else w for i, w in enumerate(words)]
                text = "Le " + " ".join(varied) + "."
                expected = _reference_find(matcher, text)
                assert matcher.find(text) == expected, text
                found += len(expected)
    assert found > 100


def test_longest_ending_on_a_first_word_is_found():
    # "-al" stems take "ales": four letters beyond the stem, the head-length bound
    concepts = (Concept(id="plan", terms=(Term("national bureau", "fr", "preferred", False, True),), source="x"),)
    matcher = matcher_module.Matcher(Glossary(concepts), "fr")
    for text in ("les nationales bureaux", "nationaux bureau", "nationale bureaux.", "Nationals bureau"):
        assert matcher.find(text) == _reference_find(matcher, text), text
    assert [m.surface for m in matcher.find("les nationales bureaux")] == ["nationales bureaux"]


def test_equal_span_allowed_term_beats_forbidden_one():
    # "Assistant Secretary-General" is forbidden for one concept and preferred for another
    concepts = (
        Concept(id="usg", terms=(term("Under-Secretary-General"), term("Assistant Secretary-General", status="forbidden")), source="x"),
        Concept(id="asg", terms=(term("Assistant Secretary-General"),), source="x"),
    )
    matcher = build_matcher(Glossary(concepts), "en")
    assert [(m.concept_id, m.status) for m in matcher.find("the Assistant Secretary-General said")] == [("asg", "preferred")]


def test_case_sensitive_name_also_matches_all_capitals():
    concepts = (Concept(id="geneva", terms=(Term("Genève", "fr", "preferred", True, False),), source="x"),)
    matcher = build_matcher(Glossary(concepts), "fr")
    for text in ("GENÈVE (OIM) –", "GENEVE –", "à Genève"):
        assert [m.concept_id for m in matcher.find(text)] == ["geneva"], text
        assert matcher.find(text) == _reference_find(matcher, text)
    assert matcher.find("à genève ou GEnève") == []  # still case-sensitive otherwise


def test_all_capitals_of_an_acronym_adds_nothing():
    assert matcher_module.caps_variant(Term("OIM", "fr", "preferred", True, False)) is None
    assert matcher_module.caps_variant(Term("réfugié", "fr", "preferred", False, True)) is None


def test_term_ending_in_a_symbol_may_touch_a_digit():
    concepts = (Concept(id="usd", terms=(term("US$"),), source="x"),)
    matcher = build_matcher(Glossary(concepts), "en")
    assert [m.surface for m in matcher.find("US$50 and US$ 7")] == ["US$", "US$"]
    assert matcher.find("xUS$5") == []  # the leading guard stays


# --------------------------------------------------------------------------- normalisation (issue 14)
def _concepts_glossary() -> Glossary:
    def concept(cid: str, fr_text: str, en_text: str) -> Concept:
        return Concept(cid, (term(fr_text, "fr"), term(en_text, "en")))

    return Glossary((
        concept("iom", "OIM", "IOM"),
        concept("refugee", "réfugié", "refugee"),
        concept("member-states", "États membres", "Member States"),
        concept("high-commissioner", "Haut-Commissaire", "High Commissioner"),
        concept("sg", "Secrétaire général", "Secretary-General"),
    ))


@pytest.mark.parametrize(
    ("text", "concept_id", "surface"),
    [
        ("Les re\u0301fugie\u0301s arrivent.", "refugee", "re\u0301fugie\u0301s"),  # NFD accents
        ("Selon l\u02bcOIM, ils arrivent.", "iom", "OIM"),  # modifier letter apostrophe
        ("Les réfu\u00adgiés arrivent.", "refugee", "réfu\u00adgiés"),  # soft hyphen
        ("Les E\u0301tats membres votent.", "member-states", "E\u0301tats membres"),
        ("Le Haut Commissaire parle.", "high-commissioner", "Haut Commissaire"),
        ("Le Haut\u2011Commissaire parle.", "high-commissioner", "Haut\u2011Commissaire"),
        ("Le Secrétaire-Général parle.", "sg", "Secrétaire-Général"),
    ],
)
def test_normalised_text_matches_with_original_offsets(text: str, concept_id: str, surface: str) -> None:
    matcher = build_matcher(_concepts_glossary(), "fr")
    found = [m for m in matcher.find(text) if m.concept_id == concept_id]
    assert [m.surface for m in found] == [surface]
    assert text[found[0].start : found[0].end] == surface  # offsets into the original text
    concept = _concepts_glossary().get(concept_id)
    fr_term = concept.preferred("fr")
    assert matcher.contains(text, fr_term)
    assert [text[s:e] for s, e in matcher.spans(text, fr_term)] == [surface]


def test_english_hyphen_and_space_stay_apart() -> None:
    # English glossaries forbid "Secretary General" and prefer "Secretary-General"
    matcher = build_matcher(_concepts_glossary(), "en")
    assert [m.concept_id for m in matcher.find("The Secretary-General spoke.")] == ["sg"]
    assert matcher.find("The Secretary General spoke.") == []


# --------------------------------------------------------------------------- more variants (issue 14, H4)
def _case_glossary() -> Glossary:
    def cs(text: str, lang: str, status: str = "preferred") -> Term:
        return Term(text, lang, status, True, False)

    return Glossary((
        Concept("organisation", (cs("organisation", "fr"), cs("organization", "en"))),
        Concept("sids", (cs("petits États insulaires en développement", "fr"), cs("small island developing States", "en"))),
        Concept("member-states", (cs("États membres", "fr"), cs("états membres", "fr", "admitted"), cs("Member States", "en"))),
        Concept("guinea-bissau", (cs("Guinée-Bissau", "fr"), cs("Guinea-Bissau", "en"))),
        Concept("asylum-seeker", (term("demandeur d'asile", "fr"), term("asylum-seeker", "en"))),
        Concept("iom", (term("OIM", "fr"), term("IOM", "en"))),
        Concept("refugee", (term("réfugié", "fr"), term("refugee", "en"))),
    ))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Les demandeurs d`asile arrivent.", "demandeurs d`asile"),  # grave accent typed for an apostrophe
        ("Les demandeurs d´asile arrivent.", "demandeurs d´asile"),  # acute accent
        ("Les demandeurs d′asile arrivent.", "demandeurs d′asile"),  # prime
        ("Les demandeurs d＇asile arrivent.", "demandeurs d＇asile"),  # fullwidth apostrophe
        ("Les réfu\u200bgiés arrivent.", "réfu\u200bgiés"),  # zero-width space inside the word
        ("Les réfu\u200dgiés arrivent.", "réfu\u200dgiés"),  # zero-width joiner
        ("Les réfu\u2060giés arrivent.", "réfu\u2060giés"),  # word joiner
        ("Les \ufeffréfugiés arrivent.", "réfugiés"),  # stray BOM before the word
        ("En Guinée\u2013Bissau, hier.", "Guinée\u2013Bissau"),  # en dash written for the hyphen
        ("En Guinée\u2212Bissau, hier.", "Guinée\u2212Bissau"),  # minus sign
        ("Les états membres votent.", "états membres"),  # lower case, admitted by the glossary
        ("LES ÉTATS MEMBRES VOTENT", "ÉTATS MEMBRES"),  # all-capitals headline
        ("Petits États insulaires en développement : un appel.", "Petits États insulaires en développement"),
        ("« Petits États insulaires en développement » est le titre.", "Petits États insulaires en développement"),
    ],
)
def test_variant_characters_and_case_match_with_original_offsets(text: str, surface: str) -> None:
    matcher = build_matcher(_case_glossary(), "fr")
    found = [m.surface for m in matcher.find(text)]
    assert found == [surface]
    match = matcher.find(text)[0]
    assert text[match.start : match.end] == surface


def test_capitalised_lower_case_term_only_where_a_sentence_starts() -> None:
    fr = build_matcher(_case_glossary(), "fr")
    assert [m.surface for m in fr.find("Organisation locale. Une organisation locale.")] == ["Organisation", "organisation"]
    assert fr.find("Une Organisation régionale") == []  # a capital inside a sentence starts a name
    en = build_matcher(_case_glossary(), "en")
    assert [m.surface for m in en.find("Small island developing States met. So did small island developing States.")] == [
        "Small island developing States",
        "small island developing States",
    ]
    assert en.find("the Small island developing States") == []


def test_a_dash_between_spaces_is_not_a_hyphen() -> None:
    matcher = build_matcher(_case_glossary(), "fr")
    assert matcher.find("Guinée \u2013 Bissau") == []
    assert [m.surface for m in matcher.find("GENÈVE \u2013 L'OIM")] == ["OIM"]


# ---- round 31 (issue 14): acronym plurals, house-style capitals, headlines in capitals -------


def test_english_acronym_takes_a_lower_case_plural_s():
    concepts = (
        Concept(id="ngo", terms=(term("NGO", "en"),), source="x"),
        Concept(id="idp", terms=(term("IDP", "en"),), source="x"),
        Concept(id="ong", terms=(term("ONG", "fr"),), source="x"),
    )
    en = build_matcher(Glossary(concepts), "en")
    text = "NGOs and IDPs met; one NGO, NGOS, NGOss."
    assert ids(en.find(text)) == [("ngo", "NGOs"), ("idp", "IDPs"), ("ngo", "NGO")]
    assert en.find(text) == _reference_find(en, text)
    assert en.contains("two NGOs", concepts[0].terms[0])
    # French acronyms take no plural s (« les ONG »)
    fr = build_matcher(Glossary(concepts), "fr")
    assert ids(fr.find("les ONG et les ONGs")) == [("ong", "ONG")]


def test_house_style_capitals_of_french_names_match_either_case():
    concept = Concept(
        id="unv",
        terms=(Term("Volontaires des Nations Unies", "fr", "preferred", True, False),),
        source="x",
    )
    fr = build_matcher(Glossary((concept,)), "fr")
    for text in ("les Volontaires des Nations Unies", "les Volontaires des Nations unies"):
        assert ids(fr.find(text)) == [("unv", text[4:])]
        assert fr.find(text) == _reference_find(fr, text)
    # the capital that carries meaning is kept: « volontaires » in lower case is another sense
    assert fr.find("les contributions volontaires des Nations unies") == []


def test_context_rules_of_a_headline_in_capitals_read_it_in_lower_case():
    concept = Concept(
        id="city-milan",
        terms=(Term("Milan", "fr", "preferred", True, True),),
        source="x",
        exclude_after={"fr": r"^[\s\-]+\p{Lu}"},
    )
    fr = build_matcher(Glossary((concept,)), "fr")
    assert fr.find("Milan Kundera a écrit ce roman.") == []  # running text: a capital starts a name
    assert ids(fr.find("des migrants à Milan et à Rome")) == [("city-milan", "Milan")]
    headline = "L'OIM SALUE L'ARRIVÉE DE MIGRANTS À MILAN ET FLORENCE\nLe texte suit ici."
    assert ids(fr.find(headline)) == [("city-milan", "MILAN")]
    assert fr.find(headline) == _reference_find(fr, headline)
    # a short line of capitals may be a list of acronyms or a name: its case is kept
    assert fr.find("MILAN OK") == []


def test_dotless_i_in_capitals_finds_its_term():
    concept = Concept(id="sanliurfa", terms=(Term("Şanlıurfa", "fr", "preferred", True, False),), source="x")
    fr = build_matcher(Glossary((concept,)), "fr")
    for text in ("Des réfugiés arrivent à Şanlıurfa.", "ŞANLIURFA, Turquie — Des réfugiés arrivent."):
        assert [m.concept_id for m in fr.find(text)] == ["sanliurfa"], text
        assert fr.find(text) == _reference_find(fr, text)


# ---- issue: the all-capitals form of a name is not an acronym (no plural s) -------------------


def test_all_capitals_of_a_name_takes_no_acronym_plural():
    gulf = Term("Gulf", "en", "admitted", True, False)
    concepts = (
        Concept(id="gulf", terms=(gulf,), source="x"),
        Concept(id="ngo", terms=(term("NGO", "en"),), source="x"),
        Concept(id="idp", terms=(term("IDP", "en"),), source="x"),
    )
    en = matcher_module.Matcher(Glossary(concepts), "en")  # fresh memos: the head filters run
    # a headline's GULF is the name; GULFs is no plural of it, in the fast and the reference path
    for text in ("the GULFs ", "UN UN GULFs ", "THE GULFs AND NGOs"):
        assert "gulf" not in [m.concept_id for m in en.find(text)], text
        assert en.find(text) == _reference_find(en, text), text
    assert matcher_module.compile_term(gulf).fullmatch("GULFs") is None
    assert ids(en.find("ships in the GULF and the Gulf")) == [("gulf", "GULF"), ("gulf", "Gulf")]
    # an acronym term still takes its lower-case plural s, on both paths
    text = "The NGOs helped IDPs near the Gulf."
    assert ids(en.find(text)) == [("ngo", "NGOs"), ("idp", "IDPs"), ("gulf", "Gulf")]
    assert en.find(text) == _reference_find(en, text)
