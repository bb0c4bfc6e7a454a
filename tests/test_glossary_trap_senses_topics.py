"""Single-word vocabulary forced only in a document about its UN sense, round 31 (issue 14).

A one-word vocabulary concept whose French word has everyday senses (« mandat » a money order,
« déplacements » business trips, « refoulement » a sewer backflow or a repressed memory,
« intégration » a fitted kitchen or the euro area, « ration » a cat's portion) declares the cues
of a document about its UN sense (``when_document_mentions``: the UN and humanitarian bodies,
migration, asylum, conflict, food aid...) and ``review_elsewhere = true``: in any other document
it is a review hint (matched, flagged, nothing forced) instead of a forced term.

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document, so a sentence stands for a whole document here. For every word the
UN sense is checked too: in a sentence of a UN release it must still force its English term.
"""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over
from reltrans.glossary.model import fold_document

#: (sentence, word, concept flagged there): everyday senses, flagged for review, nothing forced
EVERYDAY = [
    ("Chaque mois, elle envoie un mandat à sa grand-mère restée au village.", "mandat", "mandate-bare"),
    ("Le facteur a apporté un mandat de deux cents euros.", "mandat", "mandate-bare"),
    ("Son mandat est arrivé au bureau de poste du village.", "mandat", "mandate-bare"),
    ("Les déplacements en train coûtent de plus en plus cher.", "déplacements", "displacement"),
    ("La mairie encourage les déplacements à vélo dans le centre-ville.", "déplacements", "displacement"),
    ("Les déplacements domicile-travail durent quarante minutes en moyenne.", "déplacements", "displacement"),
    ("Le refoulement des canalisations a inondé le sous-sol du garage.", "refoulement", "refoulement"),
    ("Après l'orage, un refoulement des égouts a inondé la cave.", "refoulement", "refoulement"),
    ("Selon Freud, le refoulement protège le moi des désirs interdits.", "refoulement", "refoulement"),
    ("Nous proposons l'intégration de votre électroménager dans une cuisine sur mesure.", "intégration", "integration"),
    ("L'intégration de la Croatie dans la zone euro date de 2023.", "intégration", "integration"),
    ("Cette application permet l'intégration du calendrier de l'entreprise.", "intégration", "integration"),
    ("Le chat a déjà mangé sa ration de croquettes.", "ration", "rations"),
    ("Il a eu sa ration de mauvaises nouvelles pour la semaine.", "ration", "rations"),
    ("Le milieu de terrain a réussi une belle interception avant la mi-temps.", "interception", "interception"),
    ("Son exil volontaire à la campagne lui a fait du bien.", "exil", "exile"),
    ("Le club d'escalade ouvre une nouvelle salle de bloc.", "escalade", "escalation"),
    ("Le foyer du théâtre accueille une exposition de costumes.", "foyer", "homes-foyers"),
    ("L'arrivée de l'étape sera jugée au sommet du col.", "arrivée", "arrivals"),
    ("Le plombier a réparé une fuite sous l'évier de la cuisine.", "fuite", "flight-fuite"),
    ("Ce réalisateur aime les films de genre à petit budget.", "genre", "gender-bare"),
    ("Le gardien a réalisé un sauvetage spectaculaire sur sa ligne.", "sauvetage", "rescue"),
    ("L'engagement a été donné à vingt et une heures devant un stade plein.", "engagement", "commitments-bare"),
    ("Le notaire nous a reçus dans son étude au centre-ville.", "étude", "study-etude"),
    ("Elle s'est fait une natte avant d'aller à la piscine.", "natte", "sleeping-mats"),
    ("L'équipe réserve s'entraîne sur le terrain annexe.", "sur le terrain", "on-the-ground"),
    ("Il a rangé la tondeuse dans l'abri de jardin.", "abri", "shelter"),
    ("Les joueurs ont retrouvé le terrain après deux semaines de trêve.", "trêve", "truce"),
    ("Notre prochaine destination de vacances sera la Bretagne.", "destination", "destination-bare"),
    ("Le salarié a obtenu sa réintégration dans l'entreprise après le jugement.", "réintégration", "reintegration"),
    ("Notre contrat prévoit le rapatriement de la moto jusqu'au garage le plus proche.", "rapatriement", "repatriation"),
    ("La frontière entre le courage et l'imprudence tient parfois à un détail.", "frontière", "border"),
    ("La directrice a mis son visa sur le compte rendu avant de le diffuser.", "visa", "visa"),
    ("Le naufrage de leur amitié a surpris tout le quartier.", "naufrage", "shipwreck"),
    ("Le débarquement du nouveau chef a bousculé les habitudes du service.", "débarquement", "disembarkation"),
    # round 32 (d33d): a payee, gowns, a financial cushion, a death
    ("Indiquez le bénéficiaire du virement avant de valider l'opération.", "bénéficiaire", "beneficiaries"),
    ("Son neveu est le seul bénéficiaire de son assurance-vie.", "bénéficiaire", "beneficiaries"),
    ("La styliste a présenté ses plus belles toilettes au défilé de printemps.", "toilettes", "toilets"),
    ("Ils ont acheté deux matelas neufs pour la chambre d'amis.", "matelas", "mattresses"),
    ("La disparition soudaine de la chanteuse a bouleversé ses admirateurs.", "disparition", "disappearances"),
]

#: (sentence, word, concept forced there): the UN sense in a release's sentence
UN_SENSE = [
    ("Le Conseil de sécurité a prorogé le mandat de la mission des Nations Unies.", "mandat", "mandate-bare"),
    ("Le HCR agit conformément à son mandat de protection des apatrides.", "mandat", "mandate-bare"),
    ("Le conflit a provoqué le déplacement de plus de 200 000 personnes, selon l'OIM.", "déplacement", "displacement"),
    ("Les inondations ont entraîné le déplacement de milliers de familles.", "déplacement", "displacement"),
    ("Des demandeurs d'asile ont été victimes de refoulement à la frontière.", "refoulement", "refoulement"),
    ("Les migrants interceptés en mer risquent le refoulement, a averti l'OIM.", "refoulement", "refoulement"),
    ("L'OIM soutient leur intégration dans les communautés d'accueil.", "intégration", "integration"),
    ("Pour les réfugiés, les cours de langue facilitent l'intégration.", "intégration", "integration"),
    ("Le PAM a dû réduire de moitié les rations distribuées dans les camps.", "rations", "rations"),
    ("Les familles déplacées reçoivent une ration mensuelle.", "ration", "rations"),
    ("Les garde-côtes ont annoncé l'interception de 300 migrants au large de la Libye.", "interception", "interception"),
    ("Des milliers de réfugiés vivent en exil depuis dix ans.", "exil", "exile"),
    ("Le Secrétaire général de l'ONU s'inquiète de l'escalade des combats.", "escalade", "escalation"),
    ("Les civils ont dû quitter leur foyer à cause des bombardements.", "foyer", "homes-foyers"),
    ("L'arrivée de migrants par la Méditerranée a augmenté en mai.", "arrivée", "arrivals"),
    ("Dans leur fuite, les civils ont tout perdu, selon le HCR.", "fuite", "flight-fuite"),
    ("ONU-Femmes appelle à intégrer le genre dans la réponse humanitaire.", "genre", "gender-bare"),
    ("Les familles sinistrées ont reçu un abri et des couvertures.", "abri", "shelter"),
    ("Les belligérants ont accepté une trêve de trois jours.", "trêve", "truce"),
    ("L'Italie reste la première destination des migrants en Méditerranée.", "destination", "destination-bare"),
    ("L'OIM appuie la réintégration des migrants de retour.", "réintégration", "reintegration"),
    ("Le HCR a organisé le rapatriement de 300 réfugiés vers leur village.", "rapatriement", "repatriation"),
    ("Le gouvernement a organisé le rapatriement de ses ressortissants bloqués à l'étranger.", "rapatriement", "repatriation"),
    ("Des milliers de migrants attendent à la frontière depuis une semaine.", "frontière", "border"),
    ("Les douaniers ont fermé la frontière nord pendant la nuit.", "frontière", "border"),
    ("Les étudiants étrangers attendent leur visa depuis trois mois.", "visa", "visa"),
    ("Le consulat délivre désormais un visa en quarante-huit heures.", "visa", "visa"),
    ("Le naufrage d'une embarcation au large de la Libye a fait 40 morts.", "naufrage", "shipwreck"),
    ("Le débarquement des rescapés a eu lieu au port de Catane, selon l'OIM.", "débarquement", "disembarkation"),
    ("Le camp accueille 20 000 réfugiés venus du Soudan.", "camp", "camp"),
    ("La loi facilite l'expulsion des étrangers en situation irrégulière.", "expulsion", "deportation"),
    ("Le PAM a fourni une aide alimentaire à 20 000 bénéficiaires dans la région.", "bénéficiaires", "beneficiaries"),
    ("Chaque bénéficiaire reçoit une carte pour retirer ses vivres.", "bénéficiaire", "beneficiaries"),
    ("L'UNICEF a construit des toilettes dans les écoles du camp de réfugiés.", "toilettes", "toilets"),
    ("Le HCR a distribué des matelas aux familles déplacées par les inondations.", "matelas", "mattresses"),
    ("Les familles ont signalé la disparition de trois militants au Comité des disparitions forcées.", "disparition", "disappearances"),
]


@pytest.mark.parametrize(("sentence", "word", "concept"), EVERYDAY)
def test_an_everyday_sense_is_flagged_never_forced(bundled, sentence: str, word: str, concept: str) -> None:
    assert forced_over(bundled, sentence, word) == []
    assert (concept, False) in matched_over(bundled, sentence, word)


@pytest.mark.parametrize(("sentence", "word", "concept"), UN_SENSE)
def test_the_un_sense_is_still_forced(bundled, sentence: str, word: str, concept: str) -> None:
    assert concept in forced_over(bundled, sentence, word)


#: (sentence, word): idioms and fixed phrases that no document makes a term (exclusion rules)
LEFT_ALONE = [
    ("Le mandat de prélèvement autorise la banque à débiter le compte.", "mandat"),
    ("Il a payé par mandat cash au guichet.", "mandat"),
    ("Les déplacements professionnels des cadres de l'ONU ont baissé.", "déplacements"),
    ("Le HCR a fait poser un clapet anti-refoulement dans le camp de réfugiés.", "refoulement"),
    ("Ils ont trinqué à la santé des jeunes mariés.", "santé"),
    ("Les enfants ont installé la crèche de Noël dans le salon.", "crèche"),
    ("Son patron lui a passé un savon pour son retard.", "savon"),
    ("Le sélectionneur a dévoilé la liste des joueurs retenus pour le mondial.", "mondial"),
    ("Les mondiaux d'athlétisme auront lieu à Tokyo.", "mondiaux"),
    ("Les louveteaux partent en camp d'été dans le Jura.", "camp"),
    ("L'expulsion de l'ailier a changé le cours du match.", "expulsion"),
    # round 32 (d33d): fixed phrases with an everyday sense, left alone in any document
    ("Le HCR dit que c'est l'hôpital qui se moque de la charité.", "hôpital"),
    ("L'OIM dispose d'un matelas de sécurité pour ses opérations de retour.", "matelas"),
    ("Après l'incendie, les employés du HCR ont été mis au chômage technique.", "chômage"),
    ("Elle fait des ménages le soir pour compléter son salaire de réfugiée.", "ménages"),
    ("Les réfugiés font leurs besoins dans des fossés faute de latrines.", "besoins"),
    ("Il s'est mis la cervelle à la torture pour remplir le formulaire d'asile.", "torture"),
    ("De guerre lasse, le migrant a signé le document.", "guerre"),
    ("Le premier enseignement de cette enquête de l'OIM est que les retours augmentent.", "enseignement"),
    ("Les réfugiés déplorent une inflation de formulaires à remplir.", "inflation"),
    ("La disparition des espèces menace les moyens de subsistance des déplacés.", "disparition"),
    ("Le vieux réfugié a fait une attaque pendant la nuit.", "attaque"),
]


@pytest.mark.parametrize(("sentence", "word"), LEFT_ALONE)
def test_an_idiom_is_left_alone(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "concept"),
    [
        ("Les donateurs ont pris des engagements lors de la conférence, selon OCHA.", "engagements", "commitments-bare"),
        ("Une étude de l'OMS montre que les migrants ont moins accès aux soins.", "étude", "study-etude"),
        ("L'OMS rappelle que l'accès à la santé est un droit.", "santé", "health-bare"),
        ("L'UNICEF a distribué du savon dans le camp de réfugiés.", "savon", "soap"),
        ("Les crèches rouvriront pour les enfants réfugiés, selon l'UNICEF.", "crèches", "kindergartens"),
        ("Le HCR a distribué des nattes et des couvertures aux familles déplacées.", "nattes", "sleeping-mats"),
        ("Les garde-côtes ont mené une opération de sauvetage au large de Lampedusa.", "sauvetage", "rescue"),
        ("La crise alimentaire mondiale menace des millions de personnes.", "mondiale", "global-mondial"),
        ("Le premier producteur mondial de blé a réduit ses exportations.", "mondial", "global-mondial"),
        # round 32 (d33d): the sense next to its new exclusions
        ("Les blessés ont été évacués vers l'hôpital de Goma, selon le CICR.", "hôpital", "hospital"),
        ("Le chômage touche 40 % des réfugiés en âge de travailler, selon l'OIT.", "chômage", "unemployment"),
        ("Les ménages déplacés dépensent 70 % de leurs revenus pour se nourrir.", "ménages", "households"),
        ("Le HCR a recueilli des témoignages de torture dans les centres de détention.", "torture", "torture"),
        ("La guerre a chassé plus d'un million de personnes de leur foyer.", "guerre", "war"),
        ("L'enseignement reste gratuit pour les enfants réfugiés, selon l'UNICEF.", "enseignement", "teaching"),
        ("L'inflation de 30 % a réduit le pouvoir d'achat des ménages.", "inflation", "inflation"),
        ("Les besoins des déplacés en eau et en abris ne cessent d'augmenter.", "besoins", "needs-bare"),
        ("L'attaque contre le convoi humanitaire a fait trois morts.", "attaque", "attacks"),
        ("Les réfugiés ont fait une demande d'aide après l'attaque du camp.", "attaque", "attacks"),
    ],
)
def test_the_un_sense_of_the_other_words_is_still_forced(bundled, sentence: str, word: str, concept: str) -> None:
    assert concept in forced_over(bundled, sentence, word)


def test_a_release_s_context_reaches_every_sentence(bundled) -> None:
    # the document decides, not the sentence: a sentence without a cue in a UN release
    release = "Le HCR et l'OIM saluent l'accord. Les déplacements ont doublé en un an."
    assert forced_over(bundled, "Les déplacements ont doublé en un an.", "déplacements", document=release) == ["displacement"]
    assert forced_over(bundled, "Les déplacements ont doublé en un an.", "déplacements") == []


def test_review_elsewhere_concepts_are_vocabulary_not_turned_on_by_their_own_words(bundled) -> None:
    concepts = [c for c in bundled.concepts if c.review_elsewhere]
    assert len(concepts) >= 16
    for concept in concepts:
        assert concept.kind == "vocabulary", concept.id
        for term in concept.allowed("fr"):
            # a cue that the term itself mentions would turn the concept on wherever it occurs
            assert not concept.applies_to(fold_document(term.text)), (concept.id, term.text)
