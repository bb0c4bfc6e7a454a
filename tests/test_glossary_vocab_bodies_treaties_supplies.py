"""WHO bodies, treaty verbs, income groups, humanitarian agencies and supplies, asset and
organized-crime words, and the capitalized « Organisation » of the bundled glossary (issue 14).

Every sentence here is written for this test in the style of UN releases; none is copied from a
release. Each case checks that a term is found as its concept in a document of its kind, that
the English forms the agencies write are admitted, and that the other senses of the French words
(« adhérer aux principes », « le temps consacré à », a town's « Comité d'urgence », « débarquer »
a minister, « l'Organisation mondiale ... ») are not forced.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher


def found(bundled, text):
    view = build_matcher(bundled, "fr", document_text=text)
    return [(m.surface, m.concept_id) for m in view.find(text)]


FOUND = [
    ("L'OMS a réuni le Comité d'urgence du Règlement sanitaire international.", "Comité d'urgence du Règlement sanitaire international", "ihr-emergency-committee"),
    ("Le Directeur général de l'OMS remercie les membres du Comité d'urgence.", "Comité d'urgence", "ihr-emergency-committee"),
    ("Le rapport du Comité d'examen a été transmis à l'Assemblée mondiale de la Santé par l'OMS.", "Comité d'examen", "ihr-review-committee"),
    ("Le Groupe stratégique consultatif d'experts sur la vaccination se réunira en mars.", "Groupe stratégique consultatif d'experts sur la vaccination", "sage-immunization"),
    ("Nous demandons aux États de ratifier la Convention.", "ratifier", "ratify"),
    ("Quinze pays ont adhéré à la Convention de 1961.", "adhéré", "accede-to-treaty"),
    ("Ces droits sont consacrés dans la Déclaration universelle.", "consacrés", "enshrined-in"),
    ("Le principe est consacré par la Charte des Nations Unies.", "consacré", "enshrined-in"),
    ("Les passagers du navire pourront débarquer demain.", "débarquer", "disembark-verb"),
    ("Les États doivent offrir des procédures d'asile équitables et efficaces.", "procédures d'asile équitables et efficaces", "fair-and-efficient-procedures"),
    ("Les familles ont gagné des zones sûres.", "zones sûres", "safe-areas"),
    ("Les réseaux du crime organisé profitent de la crise.", "réseaux du crime organisé", "organized-criminal-networks"),
    ("Il faut saisir les avoirs des trafiquants.", "saisir les avoirs", "asset-seizure"),
    ("Le Conseil a décidé le gel des avoirs de six personnes.", "gel des avoirs", "asset-freeze"),
    ("Le recouvrement d'avoirs reste lent.", "recouvrement d'avoirs", "asset-recovery"),
    ("Les agences humanitaires demandent un accès.", "agences humanitaires", "humanitarian-agencies"),
    ("Des fournitures vitales ont été livrées.", "fournitures vitales", "lifesaving-supplies"),
    ("Trois avions de fournitures d'urgence ont atterri.", "fournitures d'urgence", "emergency-supplies"),
    ("Le dialogue favorise la compréhension mutuelle.", "compréhension mutuelle", "mutual-understanding"),
    ("Ce rapport est un appel à l'action.", "appel à l'action", "call-to-action"),
    ("Dans les pays à revenu élevé, le taux baisse.", "pays à revenu élevé", "high-income-countries"),
    ("Les pays à revenu intermédiaire de la tranche inférieure sont touchés.", "pays à revenu intermédiaire de la tranche inférieure", "lower-middle-income-countries"),
    ("Les pays à revenu intermédiaire de la tranche supérieure progressent.", "pays à revenu intermédiaire de la tranche supérieure", "upper-middle-income-countries"),
    ("Merci aux collègues de notre Organisation.", "Organisation", "the-organization"),
    ("La Convention entrera en vigueur le 1er mars.", "entrera en vigueur", "entry-into-force"),
    ("Les États signataires se réunissent.", "États signataires", "signatory"),
    ("Avec le virus, la recherche des contacts se poursuit.", "recherche des contacts", "contact-tracing"),
    ("Le virus circule ; les voyageurs sont placés en quarantaine.", "quarantaine", "quarantine"),
    ("La transmission interhumaine du virus est confirmée.", "transmission interhumaine", "human-to-human-transmission"),
    ("L'OMS appelle à maintenir les mesures sociales et de santé publique.", "mesures sociales et de santé publique", "public-health-and-social-measures"),
    ("Le Fonds de réserve pour les situations d'urgence a débloqué 2 millions de dollars.", "Fonds de réserve pour les situations d'urgence", "contingency-fund-for-emergencies"),
    ("Les organismes d'aide demandent un accès.", "organismes d'aide", "humanitarian-agencies"),
    ("Les flux financiers illicites privent les États de recettes.", "flux financiers illicites", "illicit-financial-flows"),
    ("Les auteurs doivent être traduits en justice.", "traduits en justice", "bring-to-justice"),
    ("L'espérance de vie a reculé de deux ans.", "espérance de vie", "life-expectancy"),
    ("Le taux est de 3 décès pour 1 000 naissances vivantes.", "naissances vivantes", "live-births"),
    ("Le multilatéralisme est mis à l'épreuve.", "multilatéralisme", "multilateralism"),
    ("Le HCR condamne l'instrumentalisation des réfugiés.", "instrumentalisation des réfugiés", "instrumentalization"),
    ("Les mouvements secondaires des réfugiés augmentent.", "mouvements secondaires", "onward-movements"),
    ("L'Organisation a publié ses comptes.", "Organisation", "the-organization"),
]


@pytest.mark.parametrize(("text", "surface", "concept_id"), FOUND)
def test_terms_are_found_as_their_concept(bundled, text, surface, concept_id):
    assert (surface, concept_id) in found(bundled, text)


ADMITTED = [
    ("ihr-emergency-committee", "IHR Emergency Committee"),
    ("accede-to-treaty", "accession"),
    ("neighbouring", "neighboring countries"),
    ("victim-of-trafficking", "those trafficked"),
    ("humanitarian-agencies", "humanitarian agencies"),
    ("humanitarian-agencies", "aid agencies"),
    ("lifesaving-supplies", "life-saving supplies"),
    ("high-income-countries", "high-income countries"),
    ("organized-criminal-networks", "organized crime networks"),
    ("disembark-verb", "disembarked"),
]


@pytest.mark.parametrize(("concept_id", "english"), ADMITTED)
def test_the_english_the_agencies_write_is_admitted(bundled, en, concept_id, english):
    assert english in [t.text for t in bundled.get(concept_id).allowed("en")]
    assert en.find_concept(f"The text says {english} here.", concept_id)


def test_organized_crime_networks_keep_un_spelling(bundled):
    assert "organised criminal networks" in [t.text for t in bundled.get("organized-criminal-networks").forbidden("en")]


def test_new_vocabulary_is_recommended_and_who_bodies_are_required(bundled):
    for concept_id in ("ratify", "accede-to-treaty", "enshrined-in", "safe-areas", "lifesaving-supplies", "high-income-countries", "the-organization"):
        assert not bundled.get(concept_id).required, concept_id
    assert bundled.get("ihr-emergency-committee").required


TRAPS = [
    ("Elle adhère aux principes de la charte du club.", "accede-to-treaty"),
    ("Je remercie les experts pour le temps consacré à ce travail.", "enshrined-in"),
    ("Les fonds consacrés dans le cadre du programme ont doublé.", "enshrined-in"),
    ("Le temps consacré dans les écoles à la lecture augmente.", "enshrined-in"),
    ("La mairie a réuni son Comité d'urgence après les inondations.", "ihr-emergency-committee"),
    ("Le parti veut débarquer le ministre avant l'été.", "disembark-verb"),
    ("L'Organisation mondiale de la Santé publie un rapport.", "the-organization"),
    ("L'Organisation régionale des pêches a voté.", "the-organization"),
    ("Organisation des secours : trois équipes.", "the-organization"),
    ("Une bonne organisation des secours est vitale.", "the-organization"),
    ("Face au virus, une quarantaine de pays ont fermé leurs frontières.", "quarantine"),
    ("Elle a passé la quarantaine, dit l'OMS.", "quarantine"),
    ("Les invités ont attendu une quarantaine de minutes.", "quarantine"),
]


@pytest.mark.parametrize(("text", "concept_id"), TRAPS)
def test_other_senses_are_not_forced(bundled, text, concept_id):
    assert concept_id not in [c for _s, c in found(bundled, text)], found(bundled, text)
