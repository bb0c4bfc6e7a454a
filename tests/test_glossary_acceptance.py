"""Bundled-glossary fixes from acceptance testing on French UN releases: one test per fix.

Each case runs the real matcher on the bundled glossary, so a data or matcher change that
brings a problem back fails here with the sentence that showed it.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher, load_glossaries


@pytest.fixture(scope="module")
def bundled():
    return load_glossaries()


@pytest.fixture(scope="module")
def fr(bundled):
    return build_matcher(bundled, "fr")


@pytest.fixture(scope="module")
def en(bundled):
    return build_matcher(bundled, "en")


def found(matcher, text):
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


def preferred(bundled, concept_id):
    return bundled.get(concept_id).preferred("en").text


# ------------------------------------------------------------------------- precision
def test_trust_fund_is_not_un_volunteers(fr, bundled):
    name = "Fonds de contributions volontaires des Nations Unies pour les victimes de la traite des personnes"
    assert found(fr, f"Le {name} a aidé 3 000 victimes.") == [(name, "un-trust-fund-trafficking")]
    assert preferred(bundled, "un-trust-fund-trafficking") == "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons"
    # the programme is a capitalised proper name; lower-case "volontaires" is an adjective
    assert found(fr, "les Volontaires des Nations Unies") == [("Volontaires des Nations Unies", "un-volunteers")]
    assert ("volontaires des Nations Unies", "un-volunteers") not in found(fr, "des contributions volontaires des Nations Unies")


def test_organisation_generic_only_in_lower_case(fr, bundled):
    text = "l'Organisation panaméricaine de la Santé (OPS) et une organisation locale"
    assert found(fr, text) == [
        ("Organisation panaméricaine de la Santé", "paho-name"),
        ("OPS", "paho"),
        ("organisation", "organization"),
    ]
    assert preferred(bundled, "paho-name") == "Pan American Health Organization"
    assert preferred(bundled, "paho") == "PAHO"
    assert found(fr, "Une Organisation régionale") == []


def test_unhas_name_and_acronym(fr, bundled):
    text = "le Service aérien d'aide humanitaire des Nations Unies (UNHAS)"
    assert found(fr, text) == [
        ("Service aérien d'aide humanitaire des Nations Unies", "unhas-name"),
        ("UNHAS", "unhas"),
    ]
    assert bundled.get("unhas").dnt
    assert preferred(bundled, "unhas-name") == "United Nations Humanitarian Air Service"


def test_wfp_long_french_name(fr):
    assert found(fr, "le Programme alimentaire mondial des Nations Unies (PAM)") == [
        ("Programme alimentaire mondial des Nations Unies", "wfp-name"),
        ("PAM", "wfp"),
    ]


def test_unaccompanied_and_separated_children(fr, bundled):
    assert found(fr, "les enfants non accompagnés et séparés") == [
        ("enfants non accompagnés et séparés", "unaccompanied-and-separated-children")
    ]
    assert preferred(bundled, "unaccompanied-and-separated-children") == "unaccompanied and separated children"


def test_us_dollar_beats_united_states_and_admits_usd(fr, en, bundled):
    assert found(fr, "5 millions de dollars des États-Unis") == [("dollars des États-Unis", "us-dollar")]
    allowed = [t.text for t in bundled.get("us-dollar").allowed("en")]
    assert allowed[0] == "United States dollar" and {"US dollar", "US$", "USD"} <= set(allowed)
    for text in ("US$5 million", "US$ 5 million", "5 million USD"):
        assert [m.concept_id for m in en.find(text)] == ["us-dollar"], text


def test_trafficking_network_wins_over_trafficking_in_persons(fr, en):
    assert found(fr, "un réseau de traite des personnes") == [("réseau de traite des personnes", "trafficking-network")]
    assert [(m.concept_id, m.status) for m in en.find("a trafficking ring")] == [("trafficking-network", "admitted")]


def test_titles_map_to_the_right_rank(fr, bundled):
    # UN usage: Sous-Secrétaire général = Assistant Secretary-General;
    # Secrétaire général adjoint = Under-Secretary-General
    assert found(fr, "le Sous-Secrétaire général") == [("Sous-Secrétaire général", "assistant-secretary-general")]
    assert found(fr, "la Secrétaire générale adjointe") == [("Secrétaire générale adjointe", "under-secretary-general")]
    assert preferred(bundled, "assistant-secretary-general") == "Assistant Secretary-General"
    assert preferred(bundled, "under-secretary-general") == "Under-Secretary-General"


def test_no_allowed_target_term_reads_as_forbidden(bundled, en):
    """A translation that is just a concept's allowed term never shows a forbidden match, even
    when another concept forbids the same words ("Assistant Secretary-General" is forbidden for
    under-secretary-general): equal spans go to the allowed term."""
    bad = []
    for concept in bundled.concepts:
        for term in concept.allowed("en"):
            hits = [(m.surface, m.concept_id) for m in en.find(term.text) if m.status == "forbidden"]
            if hits:
                bad.append((concept.id, term.text, hits))
    assert bad == []


# ------------------------------------------------------------------------- recall
@pytest.mark.parametrize(
    ("text", "surface", "concept_id", "english"),
    [
        ("arrivés de Gambie", "Gambie", "gambia", "Gambia"),
        ("le retour volontaire des migrants", "retour volontaire", "voluntary-return", "voluntary return"),
        ("des migrants bloqués au Niger", "migrants bloqués", "stranded-migrant", "stranded migrant"),
        ("les migrants en détresse", "migrants en détresse", "stranded-migrant", "stranded migrant"),
        ("les rapatriés reçoivent", "rapatriés", "returnee", "returnee"),
        ("1 200 rapatriées", "rapatriées", "returnee", "returnee"),
        (
            "l'Initiative conjointe UE-OIM pour la protection et la réintégration des migrants",
            "Initiative conjointe UE-OIM pour la protection et la réintégration des migrants",
            "eu-iom-joint-initiative",
            "EU-IOM Joint Initiative for Migrant Protection and Reintegration",
        ),
        ("des réfugiés soudanais du Sud", "soudanais du Sud", "south-sudanese", "South Sudanese"),
        ("des Sud-Soudanais", "Sud-Soudanais", "south-sudanese", "South Sudanese"),
        (
            "le plan régional d'intervention pour les réfugiés",
            "plan régional d'intervention pour les réfugiés",
            "regional-refugee-response-plan",
            "Regional Refugee Response Plan",
        ),
        ("la Directrice exécutive", "Directrice exécutive", "executive-director", "Executive Director"),
        ("le Directeur exécutif", "Directeur exécutif", "executive-director", "Executive Director"),
        ("la Directrice régionale", "Directrice régionale", "regional-director", "Regional Director"),
        ("les Directeurs régionaux", "Directeurs régionaux", "regional-director", "Regional Director"),
        ("des migrants objet d'un trafic illicite", "migrants objet d'un trafic illicite", "smuggled-migrant", "smuggled migrants"),
        (
            "les services de détection et de répression",
            "services de détection et de répression",
            "law-enforcement",
            "law enforcement agencies",
        ),
        ("pendant la période de soudure", "période de soudure", "lean-season", "lean season"),
        ("un taux de malnutrition aiguë globale", "malnutrition aiguë globale", "global-acute-malnutrition", "global acute malnutrition"),
        ("l'accès humanitaire", "accès humanitaire", "humanitarian-access", "humanitarian access"),
        ("selon le Cadre harmonisé", "Cadre harmonisé", "cadre-harmonise", "Cadre harmonisé"),
        ("eau, assainissement et hygiène (EAH)", "eau, assainissement et hygiène", "wash", "water, sanitation and hygiene"),
        (
            "l'accès à l'eau, à l'assainissement et à l'hygiène",
            "à l'eau, à l'assainissement et à l'hygiène",
            "wash",
            "water, sanitation and hygiene",
        ),
        ("les programmes EAH", "EAH", "wash-acronym", "WASH"),
        ("VIENNE (ONUDC) – à Vienne", "VIENNE", "vienna", "Vienna"),
        ("en Autriche", "Autriche", "austria", "Austria"),
        ("GENÈVE (OIM) –", "GENÈVE", "geneva", "Geneva"),
        ("GENEVE –", "GENEVE", "geneva", "Geneva"),
        (
            "le Protocole contre le trafic illicite de migrants par terre, air et mer",
            "Protocole contre le trafic illicite de migrants par terre, air et mer",
            "som-protocol",
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
        ),
        (
            "le Protocole contre le trafic illicite de migrants par terre, mer et air",
            "Protocole contre le trafic illicite de migrants par terre, mer et air",
            "som-protocol",
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
        ),
    ],
)
def test_recall(fr, bundled, text, surface, concept_id, english):
    assert (surface, concept_id) in found(fr, text)
    assert preferred(bundled, concept_id) == english


def test_smuggling_protocol_official_title_is_preferred(bundled):
    assert bundled.get("som-protocol").preferred("fr").text == "Protocole contre le trafic illicite de migrants par terre, air et mer"


@pytest.mark.parametrize(
    "text",
    [
        "ils ont été rapatriés hier",  # participle, not the noun
        "les migrants rapatriés",  # adjective
        "qu'il vienne",  # verb, lower case
        "un cadre harmonisé",  # common noun
    ],
)
def test_no_false_positives(fr, text):
    ids = [m.concept_id for m in fr.find(text)]
    assert not {"returnee", "vienna", "cadre-harmonise"} & set(ids), ids
