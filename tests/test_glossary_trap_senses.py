"""Glossary words used in another sense are never forced (issue 14, wrong-sense traps).

Each sentence is written for this test; it is matched as its own document (its own text is the
document context), the way `reltrans translate` matches a one-sentence release."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the bill of exchange, not trafficking
        ("Le fournisseur a présenté une traite de 2 400 euros à l'encaissement.", "traite"),
        ("La traite bancaire sera payée à échéance.", "traite"),
        # search-engine ranking, not referral
        ("Le référencement de la boutique en ligne a doublé ses ventes.", "référencement"),
        # reinstalling software, not resettlement
        ("La réinstallation de l'imprimante a réglé la panne.", "réinstallation"),
        # a bailout, not a rescue
        ("Le sauvetage de la compagnie aérienne a coûté cher aux contribuables.", "sauvetage"),
        ("Le plan de sauvetage a été voté par le Parlement.", "sauvetage"),
        # the verb se réfugier, not a refugee
        ("Les promeneurs se sont réfugiés dans une grange pendant la grêle.", "réfugiés"),
        ("Le chat s'était réfugié sur le toit.", "réfugié"),
        # a volleyball setter, not a smuggler
        ("Le passeur a distribué le jeu toute la soirée au gymnase.", "passeur"),
        # a night shelter and a psychiatric hospital, not asylum
        ("L'asile de nuit ouvre ses portes dès dix-huit heures.", "asile"),
        ("Son grand-père avait travaillé dans un asile psychiatrique.", "asile"),
        # possession, not detention
        ("La détention d'une arme sans autorisation est punie par la loi.", "détention"),
        ("La détention de stupéfiants reste un délit.", "détention"),
    ],
)
def test_other_senses_are_not_matched(concepts_over, sentence: str, word: str) -> None:
    assert concepts_over(sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "concept"),
    [
        ("Le rapport sur la traite des personnes rappelle que, selon les données, la traite touche surtout les femmes.", "la traite touche", "trafficking-bare"),
        ("Le HCR demande davantage de places de réinstallation pour les réfugiés syriens.", "réinstallation", "resettlement"),
        ("Les garde-côtes ont mené une opération de sauvetage au large de Lampedusa.", "opération de sauvetage", "rescue"),
        ("Le sauvetage de 40 migrants a eu lieu de nuit.", "sauvetage", "rescue"),
        ("Les réfugiés ont trouvé refuge au Tchad.", "réfugiés", "refugee"),
        ("Des passeurs ont abandonné les migrants dans le désert.", "passeurs", "smuggler"),
        ("Le pays a accordé l'asile à 300 familles venues du Soudan.", "asile", "asylum"),
        ("La détention des migrants doit rester une mesure de dernier recours.", "détention", "detention"),
        ("Le référencement des survivantes vers les services de santé s'est amélioré.", "référencement", "referral"),
        ("Les victimes de la traite des êtres humains ont dénoncé les trafiquants.", "trafiquants", "trafficker"),
        ("Les trafiquants faisaient traverser la mer aux migrants pour 2 000 euros.", "trafiquants", "smuggler-bare"),
    ],
)
def test_the_intended_sense_is_still_matched(concepts_over, sentence: str, word: str, concept: str) -> None:
    found = concepts_over(sentence, word)
    assert any(concept in found_id for found_id in found), found
