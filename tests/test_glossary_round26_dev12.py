"""Glossary round 26 (issue 14): terms and senses found on dev set 12.

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document. The classes: economic and environmental vocabulary (« sur le
terrain », « niveau de vie », « pays industrialisés », « PIB », « conseils municipaux »,
« parlements », « incubateurs d'entreprises »), a speech's forms of address (« Monsieur le
Ministre », « Madame la Présidente »), named programmes and campaigns, the G8 and UNSMIS; and a
nationality word naming a dance, a cake, a garment or the fixed name of a breed, a toy or a
dish. For each class the other side is checked too: a pitch or a plot of land is no field
operation, a person or a delegation stays the nationality."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over
from reltrans.glossary import build_matcher


FOUND = [
    ("Nos équipes sur le terrain distribuent des vivres aux familles déplacées.", "sur le terrain", "on-the-ground"),
    ("La situation sur le terrain reste très préoccupante, a déclaré la porte-parole du HCR.", "sur le terrain", "on-the-ground"),
    ("Le niveau de vie des ménages ruraux a reculé depuis la sécheresse.", "niveau de vie", "standard-of-living"),
    ("Les pays industrialisés doivent tenir leurs engagements financiers.", "pays industrialisés", "industrialized-countries"),
    ("Le produit intérieur brut de la région a progressé de 3 pour cent.", "produit intérieur brut", "gross-domestic-product"),
    ("La dette publique dépasse 90 pour cent du PIB.", "PIB", "gross-domestic-product"),
    ("Les défis environnementaux exigent une réponse collective.", "défis environnementaux", "environmental-challenges"),
    ("Des conseils municipaux ont adopté des plans d'adaptation.", "conseils municipaux", "municipal-councils"),
    ("Les parlements ont un rôle à jouer dans la lutte contre la pauvreté.", "parlements", "parliaments"),
    ("Le programme finance des incubateurs d'entreprises pour les jeunes femmes.", "incubateurs d'entreprises", "business-incubators"),
    ("Les conditions météorologiques extrêmes menacent les récoltes.", "conditions météorologiques extrêmes", "weather-extremes"),
    ("Monsieur le Ministre, je vous remercie de votre accueil.", "Monsieur le Ministre", "address-minister"),
    ("Madame la Présidente, permettez-moi de commencer par un chiffre.", "Madame la Présidente", "address-chair"),
    ("Elle a pris la parole lors de la Table ronde ministérielle sur la région.", "Table ronde ministérielle", "ministerial-roundtable"),
    ("Le Programme d'action adopté au Caire reste notre feuille de route.", "Programme d'action", "programme-of-action"),
    ("La Campagne pour éliminer les fistules a permis des milliers d'opérations.", "Campagne pour éliminer les fistules", "campaign-to-end-fistula"),
    ("Les ministres du travail du G8 se réunissent la semaine prochaine.", "G8", "group-of-eight"),
    ("Les observateurs de la MISNUS ont suspendu leurs patrouilles.", "MISNUS", "unsmis"),
    ("La Cheffe adjointe du Bureau a rencontré la société civile.", "Cheffe adjointe", "deputy-head"),
    ("Le Chef adjoint de la mission s'est rendu à Gao.", "Chef adjoint", "deputy-head"),
    ("La réunion se tiendra au siège de l'OIM à Genève.", "siège", "headquarters-of-an-agency"),
    ("L'agence a installé son siège à Rome en 1961.", "siège", "headquarters-of-an-agency"),
    ("Elle a dirigé des équipes au siège comme sur le terrain pendant vingt ans.", "siège", "headquarters-of-an-agency"),
    ("La pollution tue des millions de personnes chaque année.", "pollution", "pollution-bare"),
    # the nationality itself is still found
    ("La délégation polonaise a présenté le projet de résolution.", "polonaise", "polish-adj"),
    ("Des réfugiés congolais sont arrivés au camp la nuit dernière.", "congolais", "congolese-adj"),
    ("Un Congolais sur dix a besoin d'une aide alimentaire.", "Congolais", "congolese-adj"),
    ("La présidence allemande du Conseil a salué l'accord.", "allemande", "german-adj"),
]


@pytest.mark.parametrize("sentence, word, concept_id", FOUND)
def test_the_official_term_is_found(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert concept_id in forced_over(bundled, sentence, word)


NOT_FORCED = [
    # a pitch or a plot, not field operations
    ("Les joueurs sont entrés sur le terrain sous les applaudissements.", "sur le terrain"),
    ("Ils ont construit un abri sur le terrain de football du village.", "sur le terrain"),
    ("Le maire veut bâtir une école sur le terrain vague derrière la gare.", "sur le terrain"),
    ("L'arbitre a fait revenir les équipes sur le terrain après la pause.", "sur le terrain"),
    # a dance, a cake, a garment, a fixed name
    ("La pianiste a joué une polonaise de Chopin en rappel.", "polonaise"),
    ("Le boulanger vend ses congolais à la pièce.", "congolais"),
    ("Au bal, l'orchestre a enchaîné une écossaise et une valse.", "écossaise"),
    ("Il a enfilé sa canadienne avant de sortir dans la neige.", "canadienne"),
    ("Notre voisin promène son berger allemand tous les matins.", "allemand"),
    ("Elle collectionne les poupées russes depuis l'enfance.", "russes"),
    ("Le chef nappe les asperges de sauce hollandaise.", "hollandaise"),
    # a seat, a chair, a siege
    ("Le pays brigue un siège au Conseil de sécurité.", "siège"),
    ("Le siège d'Alep a duré des mois.", "siège"),
    ("Il a réglé le siège de sa voiture.", "siège"),
    ("L'opposition a perdu un siège et la majorité en a gagné deux.", "siège"),
    # a kitchen's or a firm's deputy
    ("Le Chef adjoint de la brigade de cuisine prépare les desserts.", "Chef adjoint"),
    ("Le chef adjoint du restaurant a quitté la maison.", "chef adjoint"),
]


@pytest.mark.parametrize("sentence, word", NOT_FORCED)
def test_a_word_in_another_sense_is_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


def test_a_lower_case_nationality_noun_is_flagged_not_dropped(bundled) -> None:
    sentence = "Elle a offert des congolais à ses invités."
    assert matched_over(bundled, sentence, "congolais") == [("nationality-as-dance-or-pastry-review", False)]


def test_the_agencies_renderings_are_admitted(bundled) -> None:
    """'humanitarians' for « acteurs humanitaires » and 'living standards' for « niveau de vie »,
    as the agencies write them; a wrong acronym is still caught."""
    en = build_matcher(bundled, "en")
    assert [m.status for m in en.find_concept("Humanitarians face growing risks.", "humanitarian-actors")] == ["admitted"]
    assert [m.status for m in en.find_concept("Living standards fell.", "standard-of-living")] == ["admitted"]
    assert [m.status for m in en.find_concept("The MISNUS observers left.", "unsmis")] == ["forbidden"]
    assert [m.status for m in en.find_concept("It rose among unemployed youth.", "youth-unemployment")] == ["admitted"]
