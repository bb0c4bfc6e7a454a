"""Glossary words in another sense are not forced, fourth pass (issue 14, wrong-sense guards).

Every sentence is written for this test (none comes from a release); each is matched as its own
document, the way `reltrans translate` matches a one-sentence text. The guards are general rules:
a past participle after an auxiliary is a verb, not the noun concept; « élève » after a pronoun is
the verb élever; « accord » as consent; « femme politique »; « dans le monde » of a sphere;
« Président » before « du Conseil »; the crossing of a named sea; capitalized « Programme » and
« Centre » start a name; bare « trafiquants » in a document that does not say which trade."""
from __future__ import annotations

import pytest


OTHER_SENSES = [
    # élever, not a pupil
    ("Le bilan s'élève à douze morts.", "élève"),
    ("Le nombre d'inscrits s'élève à 300 cette année.", "élève"),
    ("Il élève des moutons dans le Larzac.", "élève"),
    ("La facture qui s'élève à 40 euros reste impayée.", "élève"),
    # arriver after an auxiliary, outside a migration story: a verb, not arrivals
    ("Les joueurs sont arrivés en retard au stade.", "arrivés"),
    ("Les colis sont arrivées hier matin.", "arrivées"),
    ("Nos invités étaient déjà arrivés à midi.", "arrivés"),
    # accord as consent or approval
    ("Le ministre a donné l'accord par écrit.", "accord"),
    ("Le projet a reçu l'accord par le conseil municipal.", "accord"),
    ("Le maire a donné son accord au festival.", "accord"),
    ("Les travaux exigent l'accord préalable du propriétaire.", "accord"),
    # a politician, a stateswoman
    ("Cette femme politique a été élue maire.", "femme"),
    ("Les femmes politiques sont peu nombreuses au Sénat.", "femmes"),
    ("Cette femme d'État a marqué son siècle.", "femme"),
    # dans le monde of a sphere
    ("Dans le monde de la mode, tout va vite.", "monde"),
    ("Dans le monde d'aujourd'hui, rien n'est simple.", "monde"),
    ("Il a fait carrière dans le monde du spectacle.", "monde"),
    ("Elle est connue dans le monde associatif de la ville.", "monde"),
    # Président of a council or commission, not a head of state before a name
    ("Le Président du Conseil a ouvert la séance.", "Président"),
    ("Le président de la Commission a répondu aux journalistes.", "président"),
    ("La présidente du Conseil Régional a inauguré le lycée.", "présidente"),
    # capitalized Programme and Centre start a name or a title
    ("Le rapport « Programme de travail 2025 » a été publié.", "Programme"),
    ("Le Centre for Disease Control a publié des données.", "Centre"),
    # participles that look like noun concepts
    ("Il a communiqué les résultats au conseil d'administration.", "communiqué"),
    # communiqué(s) as the participle agreeing with the noun before it, not a press release
    ("Selon les chiffres communiqués par le ministère, 300 familles sont rentrées.", "communiqués"),
    ("Les résultats, communiqués lundi, confirment la baisse.", "communiqués"),
    ("Le bilan communiqué hier par la préfecture fait état de deux blessés.", "communiqué"),
    ("Ses grands-parents ont immigré au Canada en 1960.", "immigré"),
    ("Le directeur a délégué ses pouvoirs à son adjoint.", "délégué"),
    ("Les enfants sont traumatisés par l'accident de car.", "traumatisés"),
]


@pytest.mark.parametrize(("sentence", "word"), OTHER_SENSES)
def test_other_senses_are_not_matched(concepts_over, sentence: str, word: str) -> None:
    assert concepts_over(sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "wrong"),
    [
        # the verb gets a verb concept whose English is a verb
        ("Les voyageurs ont été évacués du train.", "évacués", "evacuees"),
        ("Les migrants ont été interceptés en mer et renvoyés à terre.", "interceptés", "interception"),
        ("Les migrants sont arrivés hier à Lampedusa.", "arrivés", "arrivals"),
        # the crossing of a named sea is the sea's concept and a bare crossing
        ("Les traversées maritimes de la mer Rouge sont dangereuses pour les migrants.", "traversées", "maritime-crossing"),
        ("La traversée en mer de la Méditerranée reste la plus meurtrière pour les migrants.", "traversée", "maritime-crossing"),
        ("Le migrant a fait la traversée de la mer de Chine en bateau.", "traversée", "maritime-crossing"),
    ],
)
def test_a_wrong_sense_concept_gives_way(concepts_over, sentence: str, word: str, wrong: str) -> None:
    assert wrong not in concepts_over(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word", "concept"),
    [
        ("L'élève réfugiée a rejoint la classe en mars.", "élève", "students"),
        ("Les élèves déplacés ont repris les cours.", "élèves", "students"),
        ("Les arrivées de migrants ont augmenté en juin.", "arrivées", "arrivals"),
        ("À leur arrivée, les réfugiés ont reçu une aide.", "arrivée", "arrivals"),
        ("Les migrants sont arrivés hier à Lampedusa.", "sont arrivés", "arrived-verb"),
        ("Les familles réfugiées sont arrivées à la frontière dans la nuit.", "sont arrivées", "arrived-verb"),
        ("Les voyageurs ont été évacués du train.", "été évacués", "evacuated-verb"),
        ("Les personnes évacuées ont reçu un abri.", "personnes évacuées", "evacuees"),
        ("Les migrants ont été interceptés en mer.", "été interceptés", "intercepted-verb"),
        ("L'interception des embarcations a augmenté.", "interception", "interception"),
        ("Les immigrés ont droit aux soins.", "immigrés", "immigrant"),
        ("Le communiqué de l'OIM est paru hier.", "communiqué", "press-release"),
        ("L'agence l'a annoncé dans un bref communiqué publié mardi.", "communiqué", "press-release"),
        ("Les deux ministres ont publié des communiqués distincts.", "communiqués", "press-release"),
        ("Communiqué de presse : le bureau de Tunis rouvre lundi.", "Communiqué de presse", "press-release"),
        ("La ville a réagi par communiqué dans la soirée.", "communiqué", "press-release"),
        ("Selon son dernier communiqué, le centre est plein.", "communiqué", "press-release"),
        ("Les délégués ont adopté la déclaration.", "délégués", "delegates"),
        ("L'accord sur les migrations a été signé par les deux pays.", "accord", "agreement-bare"),
        ("Les migrants sont arrivés à un accord avec les autorités.", "accord", "agreement-bare"),
        ("Les femmes déplacées ont reçu des kits d'hygiène.", "femmes", "women-bare"),
        ("Dans le monde, 100 millions de personnes sont déplacées.", "Dans le monde", "worldwide"),
        ("Plus de 100 millions de personnes dans le monde depuis 2022 ont fui.", "dans le monde", "worldwide"),
        ("Le Président tchadien Idriss Déby Itno a reçu le HCR.", "Président", "president-title"),
        ("Le président Macron a reçu le HCR.", "président", "president-title"),
        ("La traversée maritime vers l'Italie est dangereuse pour les migrants.", "traversée maritime", "maritime-crossing"),
        ("Le programme de retour volontaire a aidé 300 migrants.", "programme", "programme"),
        ("Programme prioritaire, le retour volontaire a aidé 300 migrants.", "Programme", "programme"),
        ("Le centre a rouvert après les inondations.", "centre", "centre"),
    ],
)
def test_the_un_sense_is_still_matched(concepts_over, sentence: str, word: str, concept: str) -> None:
    found = concepts_over(sentence, word)
    assert any(concept == found_id for found_id in found), found


def test_arriving_at_an_agreement_is_not_arrived(concepts_over) -> None:
    sentence = "Les réfugiés sont arrivés à s'entendre avec les autorités."
    assert "arrived-verb" not in concepts_over(sentence, "arrivés")


@pytest.mark.parametrize(
    "document",
    [
        "Les trafiquants ont été arrêtés à l'aube.",
        "La police a saisi des armes. Les trafiquants ont été arrêtés à l'aube.",
        # both trades named: neither forced sense applies
        "Le trafic illicite de migrants enrichit les passeurs. Les victimes de la traite des personnes"
        " sont exploitées. Les trafiquants ont été arrêtés.",
    ],
)
def test_bare_trafiquants_without_a_deciding_document_is_review_only(bundled, document: str) -> None:
    from reltrans.glossary import build_matcher

    matcher = build_matcher(bundled, "fr", document_text=document)
    start = document.index("trafiquants")
    found = [m.concept_id for m in matcher.find(document) if m.start <= start < m.end]
    assert found == ["trafiquant-unclear-review"]
    review = bundled.get("trafiquant-unclear-review")
    assert review.review and review.preferred("en") is None


@pytest.mark.parametrize(
    ("document", "concept"),
    [
        ("Les victimes de la traite des personnes ont dénoncé les trafiquants.", "trafficker"),
        ("Les trafiquants faisaient traverser la mer aux migrants pour 2 000 euros.", "smuggler-bare"),
    ],
)
def test_a_deciding_document_still_forces_its_sense(concepts_over, document: str, concept: str) -> None:
    assert concepts_over(document, "trafiquants") == [concept]
