"""Names, titles and acronyms in the bundled glossary (issue 14, required terms).

Every sentence here is written for this test in the style of UN releases; none is copied from a
release. Each case names the concept the French should find and one English form it admits;
the trap cases name the everyday sense a guard keeps out.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher, load_glossaries


@pytest.fixture(scope="module")
def glossary():
    return load_glossaries(bundled=True)


def found(glossary, text, document=None):
    """(surface, concept id) of every French match of ``text`` read in ``document``."""
    matcher = build_matcher(glossary, "fr", document_text=document if document is not None else text)
    return [(m.surface, m.concept_id) for m in matcher.find(text)], matcher.glossary


FOUND = [
    # (French sentence, French term, concept id, an admitted English term)
    ("La 109e session de la Conférence internationale du Travail s'ouvre à Genève.", "Conférence internationale du Travail", "international-labour-conference", "International Labour Conference"),
    ("Les délégués de l'OIT à la CIT ont adopté deux conventions.", "CIT", "ilc", "ILC"),
    ("La CCPCJ se réunit cette semaine à Vienne.", "CCPCJ", "ccpcj", "CCPCJ"),
    ("Le rapport a été présenté à la CPJPC jeudi.", "CPJPC", "ccpcj", "CCPCJ"),
    ("La Commission des Nations Unies pour la prévention du crime et la justice pénale a adopté trois textes.", "Commission des Nations Unies pour la prévention du crime et la justice pénale", "commission-crime-prevention-un", "UN Commission on Crime Prevention and Criminal Justice"),
    ("Des combattants de l'EIIL ont attaqué le village.", "EIIL", "isil", "ISIL"),
    ("L'État islamique d'Iraq et du Levant a revendiqué l'attaque.", "État islamique d'Iraq et du Levant", "isil-name", "Islamic State in Iraq and the Levant"),
    ("Des familles ont fui Daech en 2015.", "Daech", "daesh", "Da'esh"),
    ("Des centaines de femmes yézidies ont été libérées.", "yézidies", "yazidi", "Yazidi"),
    ("Le navire a débarqué 80 rescapés secourus dans la zone de recherche et de sauvetage (SAR) maltaise.", "SAR", "sar", "SAR"),
    ("Le programme REAG/GARP aide les migrants qui veulent rentrer.", "REAG/GARP", "reag-garp", "REAG/GARP"),
    ("« Nous sommes prêts », a dit Ana Ruiz, cheffe de cabinet du Secrétaire général.", "cheffe de cabinet", "chief-of-staff", "Chief of Staff"),
    ("Paul Dubois, chef du personnel de l'OIM, a ouvert la réunion.", "chef du personnel", "chief-of-staff-iom", "Chief of Staff"),
    ("Les retours depuis l'EEE ont diminué en 2019.", "EEE", "eea", "EEA"),
    ("Les pays de l'Espace économique européen accueillent la conférence.", "Espace économique européen", "eea-name", "European Economic Area"),
    ("« Les enfants d'abord », déclare Marc Lenoir, Directeur général adjoint de l'UNICEF.", "Directeur général adjoint", "fund-deputy-executive-director", "Deputy Executive Director"),
    ("La Directrice générale adjointe du PAM s'est rendue à Goma.", "Directrice générale adjointe", "fund-deputy-executive-director", "Deputy Executive Director"),
    ("Le DG Martins a ouvert la session du Conseil.", "DG", "dg-abbrev", "DG"),
]


@pytest.mark.parametrize(("text", "term", "concept_id", "english"), FOUND)
def test_family_found_with_its_english(glossary, text, term, concept_id, english):
    hits, applied = found(glossary, text)
    assert (term, concept_id) in hits, hits
    assert english in [t.text for t in applied.get(concept_id).allowed("en")]


def test_bare_rapport_mondial_is_the_global_report_only_in_a_trafficking_document(glossary):
    sentence = "La ministre a salué le rapport mondial publié jeudi."
    trafficking = sentence + " Il porte sur la traite des personnes dans les conflits."
    drugs = sentence + " Il s'agit du Rapport mondial sur les drogues."
    hits, _ = found(glossary, sentence, trafficking)
    assert ("rapport mondial", "global-report-trafficking-short") in hits
    hits, _ = found(glossary, sentence, drugs)
    assert ("rapport mondial", "global-report-trafficking-short") not in hits
    hits, _ = found(glossary, sentence, sentence)
    assert ("rapport mondial", "global-report-trafficking-short") not in hits


def test_deputy_of_a_specialized_agency_stays_deputy_director_general(glossary):
    hits, _ = found(glossary, "La Directrice générale adjointe de l'OMS était présente.")
    assert ("Directrice générale adjointe", "deputy-director-general") in hits


TRAPS = [
    # (sentence, surface that must not be read as the concept, concept id)
    ("Le chef du personnel de l'hôtel a signé le contrat.", "chef du personnel", "chief-of-staff-iom"),
    ("Il a signé un CIT avec son employeur.", "CIT", "ilc"),
    ("Le recyclage des EEE, équipements électriques et électroniques, progresse.", "EEE", "eea"),
    ("SAR la princesse a visité l'hôpital.", "SAR", "sar"),
    ("La DG a publié une note.", "DG", "dg-abbrev"),
]


@pytest.mark.parametrize(("text", "surface", "concept_id"), TRAPS)
def test_guarded_names_keep_their_everyday_sense(glossary, text, surface, concept_id):
    hits, _ = found(glossary, text)
    assert (surface, concept_id) not in hits, hits
