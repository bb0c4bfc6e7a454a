"""Glossary words in another sense are not forced, seventh pass (issue 14, round 27).

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document. The classes:

* a person noun of migration or asylum followed by a sphere (« un réfugié du monde de la
  finance », « une rescapée du milieu de la mode »): someone who left a career, no refugee;
* legal and judicial senses: « mandat » of a bailiff, a notary, an estate agent or issued by a
  judge (a writ, a warrant, a power of attorney), « expulsion » of tenants (an eviction),
  « détention provisoire » (pre-trial detention: "remanded in custody" renders it);
* weather phrases whose English has synonyms (cold snap, hot spell, dry spell);
* disaster words used as figures: « la sécheresse de sa réponse », « un tsunami d'émotions »,
  « une famine de livres », « un raz-de-marée électoral ».

For each class the UN sense is checked too: it must still be found.
"""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over
from reltrans.glossary import build_matcher


NOT_FORCED = [
    # a person noun followed by a sphere: a career left behind
    ("Ce réfugié du monde de la banque tient une librairie à Arles.", "réfugié"),
    ("Les réfugiés du monde de l'entreprise se retrouvent au village.", "réfugiés"),
    ("Une rescapée du milieu de la mode a ouvert une fromagerie.", "rescapée"),
    ("Ce migrant du monde de la publicité élève des chèvres.", "migrant"),
    ("Cette déplacée du monde politique écrit ses mémoires.", "déplacée"),
    ("Un immigré de l'univers du jeu vidéo a racheté le cinéma.", "immigré"),
    ("Cet exilé du monde médiatique vit désormais en Ardèche.", "exilé"),
    ("Elle se dit survivante du milieu hospitalier.", "survivante"),
    ("Ce réfugié de la finance élève des abeilles dans le Gers.", "réfugié"),
    ("Une rescapée du showbiz a ouvert un café.", "rescapée"),
    # legal and judicial senses
    ("Le mandat de l'huissier a été glissé sous la porte du restaurant.", "mandat"),
    ("La juge a délivré un mandat contre le gérant de la société.", "mandat"),
    ("L'huissier a montré son mandat au gardien de l'immeuble.", "mandat"),
    ("Ils ont signé un mandat de vente exclusif avec l'agence.", "mandat"),
    ("Le notaire agit en vertu d'un mandat de ses clients.", "mandat"),
    ("Le locataire conteste le mandat présenté par le bailleur.", "mandat"),
    ("Le tribunal a ordonné l'expulsion du locataire avant la trêve hivernale.", "expulsion"),
    ("La loi suspend les expulsions de locataires pendant l'hiver.", "expulsions"),
    ("Le bailleur a obtenu l'expulsion pour loyers impayés.", "expulsion"),
    # keeping an animal is possession, no deprivation of liberty
    ("La détention d'un chien dangereux exige un permis.", "détention"),
    # a medical attack or a fit is no crisis
    ("Il a fait une crise de paludisme pendant le voyage.", "crise"),
    ("Une crise de fou rire a gagné toute la classe.", "crise"),
    ("Le patient souffre d'une crise de manque.", "crise"),
    # disaster words used as figures
    ("La sécheresse de sa réponse a vexé toute la famille.", "sécheresse"),
    ("Le romancier traverse une sécheresse créative depuis deux ans.", "sécheresse"),
    ("Cette chanson est un tsunami d'émotions.", "tsunami"),
    ("Le parti a remporté un raz-de-marée électoral.", "raz-de-marée"),
    ("La famine de livres dans cette bibliothèque est criante.", "famine"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_FORCED)
def test_another_sense_is_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


STILL_FOUND = [
    # the world as a place or a time is no sphere
    ("Les réfugiés du monde entier ont besoin de protection.", "réfugiés", "refugee"),
    ("Les réfugiés du monde arabe fuient la guerre.", "réfugiés", "refugee"),
    ("Les migrants du monde d'aujourd'hui prennent tous les risques.", "migrants", "migrant"),
    ("Les déplacés du monde rural affluent vers la capitale.", "déplacés", "displaced-noun"),
    ("Les migrants du monde industrialisé envoient des fonds.", "migrants", "migrant"),
    ("Les réfugiés de la guerre civile affluent à la frontière.", "réfugiés", "refugee"),
    ("Les rescapés du naufrage ont été conduits à Lampedusa.", "rescapés", "survivor"),
    # a body's mandate, also that of a court and its judges
    ("Le Conseil a prorogé le mandat de la mission jusqu'en mars.", "mandat", "mandate-bare"),
    ("Le mandat du HCR est de protéger les réfugiés.", "mandat", "mandate-bare"),
    ("Le mandat du Tribunal pénal international pour le Rwanda a pris fin.", "mandat", "mandate-bare"),
    ("Le Conseil a prorogé le mandat des juges du Tribunal.", "mandat", "mandate-bare"),
    # the expulsion of foreigners
    ("L'expulsion des migrants vers leur pays d'origine a repris.", "expulsion", "deportation"),
    ("Les expulsions de demandeurs d'asile ont doublé en un an.", "expulsions", "deportation"),
    ("La détention de trois opposants a été prolongée.", "détention", "detention"),
    ("La crise du choléra au Yémen s'aggrave.", "crise", "crisis"),
    # the disasters themselves
    ("La sécheresse de 2011 dans la Corne de l'Afrique a tué des milliers de personnes.", "sécheresse", "drought"),
    ("La sécheresse des sols menace les récoltes du Sahel.", "sécheresse", "drought"),
    ("Le tsunami de 2004 a dévasté les côtes de l'océan Indien.", "tsunami", "tsunami"),
    ("Le tsunami de l'océan Indien a fait des milliers de morts.", "tsunami", "tsunami"),
    ("La famine de 2011 en Somalie a fait des milliers de morts.", "famine", "famine"),
    ("Une famine de grande ampleur menace le Soudan.", "famine", "famine"),
    ("Après une famine de plusieurs mois, l'aide est enfin arrivée.", "famine", "famine"),
    ("La vague de froid a tué cinquante personnes dans les camps.", "vague de froid", "cold-wave"),
]


@pytest.mark.parametrize(("sentence", "word", "concept_id"), STILL_FOUND)
def test_the_un_sense_is_still_found(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert (concept_id, True) in matched_over(bundled, sentence, word)


RENDERED = [
    # weather phrases: the English synonyms render the concept
    ("Une vague de froid s'installe sur le nord du pays.", "A cold snap is settling over the north of the country.", "cold-wave"),
    ("Le grand froid a fait éclater les canalisations.", "The big freeze burst the pipes.", "cold-wave"),
    ("Une vague de chaleur frappe le sud du pays.", "A hot spell is hitting the south of the country.", "heatwave"),
    ("La sécheresse a duré tout l'été.", "The dry spell lasted all summer.", "drought"),
    # the criminal-justice sense of « détention provisoire »
    ("Le suspect a été placé en détention provisoire.", "The suspect was remanded in custody.", "pre-trial-detention"),
    ("La détention provisoire ne doit pas dépasser six mois.", "Pre-trial detention must not exceed six months.", "pre-trial-detention"),
]


@pytest.mark.parametrize(("fr", "en", "concept_id"), RENDERED)
def test_the_synonym_renders_the_concept(bundled, fr: str, en: str, concept_id: str) -> None:
    source = build_matcher(bundled, "fr", document_text=fr)
    assert concept_id in {m.concept_id for m in source.find(fr)}
    target = build_matcher(source.glossary, "en")
    assert [m for m in target.find_concept(en, concept_id) if m.status != "forbidden"]


def test_a_cold_wave_rendered_as_a_heatwave_is_no_rendering(bundled) -> None:
    target = build_matcher(bundled, "en")
    assert not [m for m in target.find_concept("A heatwave is settling over the north.", "cold-wave") if m.status != "forbidden"]
