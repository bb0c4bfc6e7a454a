"""Trap sentences on the bundled glossary (issue 14, second pass): no wrong sense is forced.

Every sentence here is written for this test, in the style of UN releases; none is copied from
a release. Each case names the wrong sense it guards against. The document context (the whole
release, its date) is applied as ``reltrans translate`` and ``reltrans check`` apply it.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher


def found(matcher, text):
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


def allowed_en(glossary, concept_id):
    return [t.text for t in glossary.get(concept_id).allowed("en")]


SMUGGLING = (
    "Vienne - Le trafic illicite de migrants rapporte des milliards aux passeurs, selon une étude publiée aujourd'hui. "
    "Les migrants clandestins paient jusqu'à 4 000 dollars par traversée."
)
PLAIN = "Rome - Les autorités ont intercepté 40 migrants clandestins sur une plage du sud du pays."


def test_clandestine_migrants_are_smuggled_migrants_in_a_smuggling_release(bundled):
    view = build_matcher(bundled, "fr", document_text=SMUGGLING)
    hits = found(view, "Les migrants clandestins paient jusqu'à 4 000 dollars par traversée.")
    assert ("migrants clandestins", "migrant-clandestin-smuggling") in hits
    assert "smuggled migrant" in allowed_en(view.glossary, "migrant-clandestin-smuggling")
    # elsewhere they stay irregular migrants, and only one concept holds the span
    plain = build_matcher(bundled, "fr", document_text=PLAIN)
    assert ("migrants clandestins", "migrant-clandestin") in found(plain, PLAIN)
    assert plain.glossary.get("migrant-clandestin-smuggling") is None


@pytest.mark.parametrize(
    "text",
    [
        "Les passeurs changent sans cesse leurs itinéraires de déplacement.",  # travel routes, not displacement
        "Les frais de déplacement des délégués sont couverts.",  # travel costs
        "Son déplacement à Genève a été reporté.",  # a trip
        "L'OIM aide les personnes en situation de déplacement.",  # people on the move
    ],
)
def test_deplacement_that_is_no_displacement_is_not_forced(fr, text):
    assert "displacement" not in [cid for _, cid in found(fr, text)]


def test_people_on_the_move_and_climate_refugees(fr, bundled):
    assert ("personnes en situation de déplacement", "people-on-the-move") in found(fr, "des personnes en situation de déplacement")
    hits = found(fr, "Les réfugiés climatiques fuient la sécheresse.")
    # only the refugee span matters here (« sécheresse » is vocabulary of its own: drought)
    assert [h for h in hits if "réfugi" in h[0]] == [("réfugiés climatiques", "climate-refugee")]
    assert bundled.get("climate-refugee").review and bundled.get("climate-refugee").preferred("en") is None


@pytest.mark.parametrize(
    ("text", "concept_id"),
    [
        ("Les ressortissants de pays tiers fuyant le conflit", "third-country-national"),  # not 'third country'
        ("un retour vers un pays tiers", "third-country"),
        ("les Sud-Africains et les sud-africaines", "south-african-adj"),  # not 'African'
        ("Les états membres ont voté.", "member-states"),  # lower case, admitted
        ("la bande de Gaza", "gaza-strip"),
        ("à Gaza", "gaza-strip"),
    ],
)
def test_longest_or_admitted_form_wins(fr, text, concept_id):
    assert concept_id in [cid for _, cid in found(fr, text)]
    if concept_id == "third-country-national":
        assert "third-country" not in [cid for _, cid in found(fr, text)]


def test_lower_case_etat_alone_is_no_state(fr):
    assert [cid for _, cid in found(fr, "L'état de santé des migrants est préoccupant.") if cid in ("state", "member-states")] == []


def test_admitted_forms_the_agencies_write(bundled):
    # short "UN" forms of names, the High Commissioner's title for the Office, pushbacks
    assert "UN Convention against Transnational Organized Crime" in allowed_en(bundled, "untoc-name")
    assert "UN Children's Fund" in allowed_en(bundled, "unicef-name")
    assert "UN High Commissioner for Refugees" in allowed_en(bundled, "unhcr-name")
    assert "pushback" in allowed_en(bundled, "refoulement")
    assert "those in need" in allowed_en(bundled, "people-in-need")


def test_english_vocabulary_inflects_even_where_the_french_forms_are_listed(en):
    hits = found(en, "IOM country offices organized Voluntary Humanitarian Returns and charter flights.")
    assert ("country offices", "country-office") in hits
    assert ("Voluntary Humanitarian Returns", "voluntary-humanitarian-return") in hits
    assert ("charter flights", "charter-flight") in hits


def test_sentence_start_capital_is_allowed_and_the_forbidden_capital_elsewhere_is_found(en):
    start = found(en, "Sub-Saharan Africa hosts many refugees.")
    assert start == [("Sub-Saharan Africa", "sub-saharan-africa"), ("refugees", "refugee")]
    assert en.find("Sub-Saharan Africa hosts many refugees.")[0].status != "forbidden"
    inside = en.find("Refugees in Sub-Saharan Africa")
    assert [(m.surface, m.status) for m in inside if m.concept_id == "sub-saharan-africa"] == [("Sub-Saharan Africa", "forbidden")]


def test_single_english_words_are_forbidden_only_as_renderings_of_one_source_term(bundled):
    # "trade" and "treaty" are wrong only as translations of bare "traite"; "clandestine" is
    # never forbidden ("clandestine laboratories" is correct English)
    owners = {
        word: sorted({c.id for c in bundled.concepts for t in c.forbidden("en") if t.text.lower() == word})
        for word in ("trade", "treaty", "clandestine")
    }
    assert owners == {"trade": ["trafficking-bare"], "treaty": ["trafficking-bare"], "clandestine": []}
    assert [t.text for t in bundled.get("trafficking-bare").source_terms("fr")] == ["traite"]


@pytest.mark.parametrize(
    ("concept_id", "kind"),
    [
        ("iom", "acronym"),
        ("iom-name", "name"),
        ("secretary-general", "title"),
        ("director-general", "title"),
        ("prime-minister", "title"),
        ("sudanese-adj", "vocabulary"),  # a translator may write "from Sudan"
        ("peacekeepers", "vocabulary"),
        ("rule-of-law", "vocabulary"),
        ("responsibility-sharing", "vocabulary"),
    ],
)
def test_severity_kind_of_bundled_concepts(bundled, concept_id, kind):
    concept = bundled.get(concept_id)
    assert concept.kind == kind
    assert concept.required == (kind != "vocabulary")
