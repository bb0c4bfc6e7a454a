"""Terms of official releases the glossary missed: IPC phase codes with the number glued to
the acronym, UNHCR's Executive Committee under its short French name, the acting Emergency
Relief Coordinator, and the heading of a UN press release (for information media, not an official record). Every sentence is written for this test; each is matched as its own document."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over


FOUND = [
    ("Selon la FAO, 12 millions de personnes sont en insécurité alimentaire aiguë (IPC3+).", "IPC3+", "ipc-code-phase-3-or-above"),
    ("Selon le PAM, deux provinces sont classées en IPC4 depuis mars.", "IPC4", "ipc-code-phase-4"),
    ("Selon le PAM, la moitié des ménages sont en IPC 4 ou pire.", "IPC 4 ou pire", "ipc-code-phase-4-or-above"),
    ("Le Comité exécutif du HCR se réunit chaque automne à Genève.", "Comité exécutif du HCR", "unhcr-excom"),
    ("La Coordonnatrice par intérim des secours d'urgence a débloqué des fonds.", "Coordonnatrice par intérim des secours d'urgence", "acting-emergency-relief-coordinator"),
    ("Communiqué à l'intention des organes d'information : document non officiel.", "organes d'information", "information-media"),
    ("Communiqué à l'intention des organes d'information : document non officiel.", "document non officiel", "not-an-official-record"),
    ("Le Coordonnateur des secours d'urgence par intérim est arrivé à Bangui.", "Coordonnateur des secours d'urgence par intérim", "acting-emergency-relief-coordinator"),
]


@pytest.mark.parametrize(("sentence", "word", "concept"), FOUND)
def test_the_term_is_found_and_forced(bundled, sentence: str, word: str, concept: str) -> None:
    assert forced_over(bundled, sentence, word) == [concept]


def test_a_phase_code_needs_a_food_security_document(bundled) -> None:
    """A product code that looks like a phase (a model IPC 3) in a document without food
    security is left alone; "IPC 4 ou pire" is never the single phase 4."""
    assert forced_over(bundled, "Le modèle IPC 3 de la marque sort en juin.", "IPC 3") == []
    assert "ipc-code-phase-4" not in forced_over(bundled, "Selon le PAM, la moitié des ménages sont en IPC 4 ou pire.", "IPC 4")
