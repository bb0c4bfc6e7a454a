"""Bundled-glossary fixes from acceptance testing on French UN releases: one test per fix.

Each case runs the real matcher on the bundled glossary, so a data or matcher change that
brings a problem back fails here with the sentence that showed it.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher


def found(matcher, text):
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


def preferred(bundled, concept_id):
    return bundled.get(concept_id).preferred("en").text


# ------------------------------------------------------------------------- precision
def test_trust_fund_is_not_un_volunteers(fr, bundled):
    name = "Fonds de contributions volontaires des Nations Unies pour les victimes de la traite des personnes"
    # the whole name is one match (the bare "victimes" after it is concept victims-bare)
    assert found(fr, f"Le {name} a aidé 3 000 victimes.")[0] == (name, "un-trust-fund-trafficking")
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


# ------------------------------------------------------------------ issue 14: no wrong-sense forcing
# Trap sentences written for these tests, in the style of the releases of the evaluation set.
SMUGGLING_RELEASE = (
    "Vienne - Selon une nouvelle étude de l'ONUDC sur le trafic illicite de migrants, les passeurs ont gagné "
    "des milliards de dollars. Les trafiquants demandent jusqu'à 5 000 dollars par traversée."
)
TRAFFICKING_RELEASE = (
    "Genève - Les victimes de la traite des personnes sont souvent recrutées en ligne. "
    "Les trafiquants ont été condamnés à dix ans de prison."
)
BOTH_RELEASE = SMUGGLING_RELEASE + " " + TRAFFICKING_RELEASE


def in_document(bundled, document, text, date=None):
    matcher = build_matcher(bundled, "fr", document_text=document, document_date=date)
    return [(m.surface, m.concept_id) for m in matcher.find(text)], matcher.glossary


def test_trafiquants_are_smugglers_in_a_smuggling_release(bundled):
    found_ids, view = in_document(bundled, SMUGGLING_RELEASE, "Les trafiquants demandent jusqu'à 5 000 dollars par traversée.")
    assert ("trafiquants", "smuggler-bare") in found_ids
    assert view.get("smuggler-bare").preferred("en").text == "smuggler"
    assert "trafficker" not in {cid for _, cid in found_ids}


def test_trafiquants_are_traffickers_in_a_trafficking_release(bundled):
    found_ids, _ = in_document(bundled, TRAFFICKING_RELEASE, "Les trafiquants ont été condamnés à dix ans de prison.")
    assert ("trafiquants", "trafficker") in found_ids


def test_trafiquants_are_left_to_the_reviewer_when_the_release_is_about_both(bundled):
    found_ids, _ = in_document(bundled, BOTH_RELEASE, "Les trafiquants ont été condamnés à dix ans de prison.")
    assert not {cid for _, cid in found_ids} & {"trafficker", "smuggler-bare"}


@pytest.mark.parametrize(
    "text",
    [
        "Un atelier clandestin a été démantelé près du port.",
        "Le passage clandestin de la frontière reste dangereux.",
        "Le travail clandestin touche surtout les jeunes.",
        "Ils ont traversé de manière clandestine.",
    ],
)
def test_clandestin_adjective_is_not_a_migrant(fr, text):
    assert not {cid for _, cid in found(fr, text)} & {"clandestin-noun", "migrant-clandestin", "migrant-irregular-situation"}


def test_clandestin_noun_is_an_irregular_migrant(fr, bundled):
    assert ("clandestins", "clandestin-noun") in found(fr, "Les garde-côtes ont intercepté 40 clandestins au large de Ceuta.")
    assert ("clandestins", "clandestin-noun") in found(fr, "Les clandestins ont été secourus.")
    assert preferred(bundled, "clandestin-noun") == "irregular migrant"
    assert "clandestine" not in [t.text for t in bundled.get("clandestin-noun").forbidden("en")]


def test_people_on_the_move_is_not_displacement(fr):
    pairs = found(fr, "L'OIM aide les personnes en situation de déplacement et les enfants en déplacement.")
    assert ("personnes en situation de déplacement", "people-on-the-move") in pairs
    assert ("enfants en déplacement", "children-on-the-move") in pairs
    assert "displacement" not in {cid for _, cid in pairs}
    assert ("déplacement", "displacement") in found(fr, "Le conflit a provoqué le déplacement de deux millions de personnes.")


def test_climate_refugee_is_flagged_not_forced(fr, bundled):
    from reltrans.constrain import requirements_for

    text = "Les réfugiés climatiques seront des millions d'ici 2050."
    matches = fr.find(text)
    assert [(m.surface, m.concept_id) for m in matches if m.concept_id in ("climate-refugee", "refugee")] == [
        ("réfugiés climatiques", "climate-refugee")
    ]
    assert bundled.get("climate-refugee").review
    assert not [r for r in requirements_for(matches, bundled, "en", text) if r.concept_id in ("climate-refugee", "refugee")]


@pytest.mark.parametrize(("date", "preferred_en", "forbidden_en"), [("2016-06-07", "Turkey", []), ("2023-04-27", "Türkiye", ["Turkey"]), (None, "Türkiye", [])])
def test_turkey_follows_the_document_date(bundled, date, preferred_en, forbidden_en):
    _, view = in_document(bundled, None, "", date)
    concept = view.get("turkiye")
    assert concept.preferred("en").text == preferred_en
    assert [t.text for t in concept.forbidden("en")] == forbidden_en


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des migrants de Guinée, de Guinée-Bissau et de Guinée équatoriale.", ["guinea", "guinea-bissau", "equatorial-guinea"]),
        ("Un navire venu de Papouasie-Nouvelle-Guinée.", ["papua-new-guinea"]),
        ("Au Niger et au Nigéria, 3 millions de personnes.", ["niger", "nigeria"]),
        ("Des migrants nigériens et des migrants nigérians.", ["nigerien-adj", "nigerian-adj"]),
        ("Des réfugiés guinéens, bissau-guinéens et équato-guinéens.", ["guinean-adj", "bissau-guinean-adj", "equatorial-guinean-adj"]),
        ("Au Congo et en République démocratique du Congo.", ["congo", "drc"]),
        ("Du Soudan vers le Soudan du Sud : des réfugiés sud-soudanais et soudanais.", ["sudan", "south-sudan", "south-sudanese", "sudanese-adj"]),
    ],
)
def test_near_identical_country_names_stay_apart(fr, text, expected):
    assert [cid for _, cid in found(fr, text) if cid not in ("migrant", "refugee", "million", "boats", "people-personnes")] == expected


def test_agency_descriptors_as_agencies_write_them(fr, bundled):
    pairs = found(fr, "D'après l'OIM, l'organisme des Nations Unies chargé des migrations, 65 000 migrants sont arrivés.")
    assert ("organisme des Nations Unies chargé des migrations", "iom-un-migration-agency") in pairs
    assert preferred(bundled, "iom-un-migration-agency") == "UN Migration Agency"
    pairs = found(fr, "selon le HCR, le Haut Commissariat des Nations Unies pour les réfugiés.")
    assert ("Haut Commissariat des Nations Unies pour les réfugiés", "unhcr-name") in pairs
    assert "UN Refugee Agency" in [t.text for t in bundled.get("unhcr-name").allowed("en")]


@pytest.mark.parametrize(
    ("text", "referral"),
    [
        ("Les services d'orientation ont reçu 300 victimes.", True),
        ("Le référencement vers les services de santé mentale a été renforcé.", True),
        ("L'orientation des victimes vers un abri est assurée par l'OIM.", True),
        ("La discrimination fondée sur l'orientation sexuelle persiste.", False),
        ("Le renvoi des migrants vers la Libye est contraire au droit.", False),
        ("Une séance d'orientation avant le départ a eu lieu.", False),
    ],
)
def test_referral_vocabulary_in_protection_context(fr, text, referral):
    assert ("referral" in {cid for _, cid in found(fr, text)}) is referral


def test_un_style_words(fr, bundled):
    assert "per-cent" in {cid for _, cid in found(fr, "Une hausse de 42 pour cent.")}
    assert preferred(bundled, "per-cent") == "per cent"
    assert ("milliards", "billion") in found(fr, "Un revenu de 7 milliards de dollars.")
    assert [t.text for t in bundled.get("billion").forbidden("en")] == ["milliard"]


def test_rescue_at_sea_vocabulary(fr):
    ids = {cid for _, cid in found(fr, "Les garde-côtes helléniques ont secouru 13 migrants ; les rescapés ont été débarqués.")}
    assert {"hellenic-coast-guard", "rescued", "survivor"} <= ids
    assert "coast-guard" not in ids
