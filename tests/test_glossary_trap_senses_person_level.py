"""Person-level senses the bundled glossary must not force as a body's or a thing's: a
person's term of office (« le mandat de M. Ruiz », « depuis le début de son mandat »), not a
body's mandate; supporters (« amis et soutiens de l'agence »), not support; a software flaw (« une
vulnérabilité du logiciel »), not a person's vulnerability. Each with the counter-examples the
glossary must still match. Sentences written for this test."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over

TERM_OF_OFFICE = [
    "Le mandat de M. Okafor débutera le 1er mars.",
    "Le mandat de Mme Lindqvist à la tête du bureau s'achève en juin.",
    "Le mandat d'Ana Ruiz a été salué par le conseil.",
    "Il a consacré son mandat de Haut-Commissaire aux réfugiés urbains.",
    "Elle a été reconduite pour un mandat de présidente du groupe.",
    "Depuis le début de son mandat, la ministre a visité dix provinces.",
    "À la fin de son mandat, il rentrera à Lisbonne.",
]


@pytest.mark.parametrize("sentence", TERM_OF_OFFICE)
def test_a_persons_term_is_no_bodys_mandate(bundled, sentence: str) -> None:
    assert "mandate-bare" not in forced_over(bundled, sentence, "mandat")


MANDATE = [
    "Le mandat du HCR est de protéger les réfugiés.",
    "Le Conseil a prolongé le mandat de la mission.",
    "Le mandat de l'OIM couvre toutes les formes de migration.",
    "Conformément à son mandat, l'agence protège les apatrides.",
]


@pytest.mark.parametrize("sentence", MANDATE)
def test_a_bodys_mandate_is_still_matched(bundled, sentence: str) -> None:
    assert forced_over(bundled, sentence, "mandat") == ["mandate-bare"]


SUPPORTERS = [
    "Chers amis et soutiens de l'agence, merci d'être venus.",
    "Nous remercions nos partenaires, nos donateurs et nos soutiens.",
    "Le candidat a réuni ses soutiens à Dakar.",
    "Les soutiens et amis du festival se sont retrouvés.",
]


@pytest.mark.parametrize("sentence", SUPPORTERS)
def test_supporters_are_no_support(bundled, sentence: str) -> None:
    assert forced_over(bundled, sentence, "soutiens") == []


SUPPORT = [
    "Grâce au soutien des donateurs, le programme continue.",
    "Les partenaires et le soutien financier sont essentiels.",
    "Nous remercions les partenaires pour leur soutien et leurs conseils.",
    "Ce projet a reçu l'appui de trois pays.",
]


@pytest.mark.parametrize("sentence", SUPPORT)
def test_support_is_still_matched(bundled, sentence: str) -> None:
    word = "soutien" if "soutien" in sentence else "appui"
    assert forced_over(bundled, sentence, word) == ["support-soutien"]


SOFTWARE = [
    "Des pirates ont exploité une vulnérabilité du logiciel de paie.",
    "Une vulnérabilité informatique a exposé les serveurs de la mairie.",
    "Le correctif comble une vulnérabilité du navigateur.",
]


@pytest.mark.parametrize("sentence", SOFTWARE)
def test_a_software_flaw_is_no_persons_vulnerability(bundled, sentence: str) -> None:
    assert forced_over(bundled, sentence, "vulnérabilité") == []


def test_peoples_vulnerability_is_still_matched(bundled) -> None:
    for sentence in ("La vulnérabilité des familles déplacées augmente.", "Les inondations aggravent la vulnérabilité des enfants."):
        assert forced_over(bundled, sentence, "vulnérabilité") == ["vulnerability"]
