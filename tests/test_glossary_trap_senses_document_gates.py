"""Glossary words whose sense depends on the document (issue 14, round 34): forced servitude,
a vulnerable population, relief tarpaulins, an epidemic, medical screening, UN peacekeepers.

Every sentence is written for this test (none comes from a release); each is matched as its own
document, the way `reltrans translate` matches a one-sentence text. Outside a document about
trafficking, people at risk, a crisis, health or the UN, each word is a review concept (flagged,
nothing forced: a property easement, a football defence, a pool cover, a spate of giggles, a dog
tracking game, blue hard hats); in such a document the UN sense is still forced."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over


OTHER_SENSES = [
    ("L'acte de vente mentionne une servitude au profit de la parcelle voisine.", "servitude", "servitude"),
    ("Face aux contre-attaques, le gardien s'est montré vulnérable tout le match.", "vulnérable", "vulnerable-bare"),
    ("Le camion roulait avec une bâche mal attachée sur sa remorque.", "bâche", "tarpaulins"),
    ("Une épidémie de vols de vélos frappe le quartier depuis septembre.", "épidémie", "epidemic"),
    ("Le garde-chasse apprend aux chiots le dépistage du gibier blessé.", "dépistage", "screening"),
    ("Les ouvriers du chantier naval portent des casques bleus fournis par l'entreprise.", "casques bleus", "peacekeepers"),
]


@pytest.mark.parametrize(("sentence", "word", "concept"), OTHER_SENSES)
def test_another_sense_is_flagged_not_forced(sentence: str, word: str, concept: str, bundled) -> None:
    assert forced_over(bundled, sentence, word) == []
    assert (concept, False) in matched_over(bundled, sentence, word)


UN_SENSES = [
    ("Les victimes de la traite sont maintenues en servitude par leurs exploiteurs.", "servitude", "servitude"),
    ("Selon le PAM, la région reste très vulnérable aux sécheresses.", "vulnérable", "vulnerable-bare"),
    ("Après le cyclone, le HCR a distribué une bâche à chaque famille sinistrée.", "bâche", "tarpaulins"),
    ("L'épidémie de choléra a fait plusieurs décès dans la province.", "épidémie", "epidemic"),
    ("Le dépistage du VIH est gratuit dans tous les centres de santé.", "dépistage", "screening"),
    ("Les Casques bleus de la mission ont été déployés dans le nord du pays.", "Casques bleus", "peacekeepers"),
]


@pytest.mark.parametrize(("sentence", "word", "concept"), UN_SENSES)
def test_the_un_sense_is_still_forced(sentence: str, word: str, concept: str, bundled) -> None:
    assert concept in forced_over(bundled, sentence, word)


def test_a_health_document_forces_the_epidemic_that_its_sentence_alone_would_not() -> None:
    """The gate reads the document, not the sentence: a health release decides a bare sentence."""
    from reltrans.glossary import load_glossaries

    bundled = load_glossaries()
    sentence = "Une épidémie s'est déclarée dans trois villages."
    assert forced_over(bundled, sentence, "épidémie") == []
    document = "Les hôpitaux de la région manquent de vaccins. " + sentence
    assert forced_over(bundled, sentence, "épidémie", document) == ["epidemic"]
