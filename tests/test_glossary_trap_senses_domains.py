"""Glossary words in another sense are not forced, fifth pass (issue 14, senses outside the UN).

Every sentence is written for this test (none comes from a release); each is matched as its own
document, the way `reltrans translate` matches a one-sentence text. The classes: UN titles and
bodies used outside the UN (a union's general secretary, a firm's managing director, a national
high commissioner, a club's chair, an association's general meeting); a country or nationality
inside the name of an animal, a plant, a food or an idiom; music (a chord, a minor key); radio and
television (a show, a channel's schedule); verbs and trips (a sofa moved, a minister's trip),
profits brought home, a bill of exchange, a haven, a figurative refuge, coal miners, drug
traffickers. For each class the UN sense is checked too: it must still be found."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over


NOT_FORCED = [
    # UN titles and bodies outside the UN
    ("La secrétaire générale de la CFDT a rencontré le Premier ministre.", "secrétaire générale"),
    ("Le secrétaire général de la mairie a signé l'arrêté.", "secrétaire général"),
    ("Le secrétaire général de l'OTAN a rencontré les ministres de la défense.", "secrétaire général"),
    ("Le nouveau secrétaire général du club a été élu hier soir.", "secrétaire général"),
    ("Le secrétaire général adjoint du parti a été exclu.", "secrétaire général adjoint"),
    ("La directrice générale de la clinique a annoncé des embauches.", "directrice générale"),
    ("Le directeur général adjoint de la banque a démissionné.", "directeur général adjoint"),
    ("Le directeur général a présenté les comptes de l'entreprise aux actionnaires.", "directeur général"),
    ("Le haut-commissaire au Plan publie une note sur la natalité.", "haut-commissaire"),
    ("La haute-commissaire à l'enfance a visité une école maternelle.", "haute-commissaire"),
    ("Le président Durand a félicité les joueurs du club.", "président"),
    ("La présidente Lefèvre a ouvert l'assemblée générale de l'association.", "présidente"),
    ("La présidente Lefèvre a ouvert l'assemblée générale de l'association.", "assemblée générale"),
    ("L'assemblée générale des actionnaires a approuvé les comptes.", "assemblée générale"),
    ("Le président Blanc a annoncé le départ de l'entraîneur.", "président"),
    ("Le vice-président du club de rugby a démissionné.", "vice-président"),
    ("L'assemblée générale a voté la hausse des cotisations.", "assemblée générale"),
    ("Le conseil de sécurité de l'entreprise s'est réuni après l'incendie.", "conseil de sécurité"),
    ("Notre envoyé spécial à Kiev raconte la vie sous les bombes.", "envoyé spécial"),
    ("L'envoyé spécial du Monde a été blessé à Gaza.", "envoyé spécial"),
    # a country or a nationality inside an animal, a plant, a food, an idiom
    ("Ma fille élève deux cochons d'Inde.", "Inde"),
    ("Le fermier vend des poules de Guinée au marché.", "Guinée"),
    ("Le blé de Turquie se plante en mai.", "Turquie"),
    ("Les choux de Bruxelles se cuisent à la vapeur.", "Bruxelles"),
    ("Il dessine à l'encre de Chine.", "Chine"),
    ("Les marrons d'Inde ne se mangent pas.", "Inde"),
    ("Elle a filé à l'anglaise sans dire au revoir.", "anglaise"),
    ("Nous avons acheté une dinde pour le réveillon.", "dinde"),
    ("Il fait des châteaux en Espagne depuis son enfance.", "Espagne"),
    ("Ce salaire, ce n'est pas le Pérou.", "Pérou"),
    ("Le parc a inauguré de nouvelles montagnes russes.", "russes"),
    ("Notre grand danois pèse soixante kilos.", "danois"),
    ("Il est devenu la tête de Turc de ses collègues.", "Turc"),
    ("C'est du chinois, ce mode d'emploi.", "chinois"),
    ("Le papier d'Arménie parfume la maison.", "Arménie"),
    ("Ce gâteau est un vrai casse-tête chinois à préparer.", "chinois"),
    ("Il a plié sa canadienne avant de quitter le camping.", "canadienne"),
    # music
    ("La pianiste a plaqué un dernier accord.", "accord"),
    ("Il apprend les accords de base à la guitare.", "accords"),
    ("Cette sonate en la mineur est difficile à jouer.", "mineur"),
    ("Le morceau se termine sur un accord de sol.", "accord"),
    ("Elle a appris trois accords sur son ukulélé.", "accords"),
    ("L'orchestre a perdu la partition du deuxième mouvement.", "partition"),
    ("L'harmonie municipale joue sur la place.", "harmonie"),
    ("Le chef d'orchestre bat la mesure.", "mesure"),
    ("Les deux pays ont agi de concert.", "concert"),
    # grammar
    ("L'accord de l'adjectif avec le nom pose problème aux élèves.", "accord"),
    ("Il oublie toujours l'accord du verbe avec son sujet.", "accord"),
    # radio and television
    ("L'émission a battu des records d'audience hier soir sur la chaîne publique.", "émission"),
    ("La présentatrice a lancé l'émission avec dix minutes de retard.", "émission"),
    ("La radio a bouleversé sa grille de programmes cet été.", "programmes"),
    ("Le programme du festival sera dévoilé lundi.", "programme"),
    ("La diffusion du match a été interrompue.", "diffusion"),
    ("Cette émission culturelle fête ses dix ans.", "émission"),
    ("Son émission fait un tabac auprès des adolescents.", "émission"),
    ("Le ministre a pris l'antenne à midi.", "antenne"),
    # verbs and trips
    ("Le tableau a été déplacé dans une autre salle du musée.", "été déplacé"),
    ("Le rendez-vous a été déplacé à vendredi.", "été déplacé"),
    ("Nous avons déplacé l'armoire dans la chambre.", "déplacé"),
    ("Il se déplace toujours à vélo.", "déplace"),
    ("Le déplacement du Premier ministre à Dakar a été reporté.", "déplacement"),
    ("Les déplacements de l'équipe coûtent cher au club.", "déplacements"),
    ("Le ministre a effectué un déplacement à Bruxelles.", "déplacement"),
    ("La multinationale a rapatrié ses bénéfices en Europe.", "rapatrié"),
    ("Les fonds rapatriés par la filiale ont réduit la dette du groupe.", "rapatriés"),
    ("Le festival a accueilli quarante mille spectateurs.", "accueilli"),
    ("La banque a refusé d'escompter la traite.", "traite"),
    ("L'éleveur assure seul la traite chaque matin.", "traite"),
    ("Ce jardin est un asile de verdure au cœur de la ville.", "asile"),
    ("Le château servait d'asile aux artistes.", "asile"),
    ("Le retour des articles est gratuit.", "retour"),
    ("Les mineurs du puits de Carmaux ont cessé le travail.", "mineurs"),
    ("Les mineurs sont sortis de la galerie après l'éboulement.", "mineurs"),
    ("Les mineurs chiliens ont été remontés après des semaines sous terre.", "mineurs"),
    ("Cet atelier clandestin fabriquait des contrefaçons.", "clandestin"),
    ("Les trafiquants ont été arrêtés avec une tonne de résine de cannabis.", "trafiquants"),
    ("Elle se sentait réfugiée dans son travail, loin des disputes.", "réfugiée"),
    ("Il restait réfugié dans ses rêves pendant les cours.", "réfugié"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_FORCED)
def test_other_senses_are_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


@pytest.mark.parametrize(
    ("sentence", "word", "concept"),
    [
        # a species or an idiom is flagged by its guard, which wins the country's words
        ("Ma fille élève deux cochons d'Inde.", "Inde", "country-in-species-name-review"),
        ("Il dessine à l'encre de Chine.", "Chine", "country-in-species-name-review"),
        ("Le blé de Turquie se plante en mai.", "Turquie", "maize-ble-de-turquie-review"),
        ("Le parc a inauguré de nouvelles montagnes russes.", "russes", "roller-coaster-idiom"),
        ("Notre grand danois pèse soixante kilos.", "danois", "great-dane-idiom"),
    ],
)
def test_idioms_are_flagged_by_their_guard(concepts_over, bundled, sentence: str, word: str, concept: str) -> None:
    assert concepts_over(sentence, word) == [concept]
    assert bundled.get(concept).review


UN_SENSES = [
    # titles in a UN context
    ("Le Secrétaire général a condamné l'attaque contre les Casques bleus au Mali.", "Secrétaire général", "secretary-general"),
    ("Le Secrétaire général de l'Organisation a salué la résolution du Conseil de sécurité.", "Secrétaire général", "secretary-general"),
    ("Le Secrétaire général adjoint a présenté le rapport de l'ONU sur le Soudan.", "Secrétaire général adjoint", "under-secretary-general"),
    ("Le Directeur général a rappelé que l'OIM aide les migrants depuis 1951.", "Directeur général", "director-general"),
    ("Le Directeur général de l'OMC a rencontré des délégués de l'ONU.", "Directeur général", "director-general"),
    ("Le Directeur général de l'OMS s'est rendu à Goma.", "Directeur général", "director-general-hyphen"),
    ("Le Directeur général adjoint de l'OIM a visité le centre.", "Directeur général adjoint", "deputy-director-general"),
    ("Le Haut-Commissaire s'est rendu dans un camp de réfugiés au Bangladesh.", "Haut-Commissaire", "high-commissioner"),
    ("La Haut-Commissaire a présenté son rapport au Conseil des droits de l'homme.", "Haut-Commissaire", "high-commissioner"),
    ("Le président Macron a reçu le Secrétaire général de l'ONU.", "président", "president-title"),
    ("L'Assemblée générale a adopté la résolution présentée par les États Membres.", "Assemblée générale", "general-assembly"),
    # the countries themselves
    ("Les réfugiés de Guinée ont été accueillis au Sénégal.", "Guinée", "guinea"),
    ("Les exportations de blé d'Ukraine ont repris en août.", "Ukraine", "ukraine"),
    ("Les migrants venus d'Inde travaillent dans le Golfe.", "Inde", "india"),
    ("Des chiens de sauvetage envoyés de Turquie ont rejoint les équipes.", "Turquie", "turkiye"),
    ("La délégation canadienne a soutenu la résolution.", "canadienne", "canadian-adj"),
    # the UN senses of the guarded words
    ("L'accord conclu entre l'OIM et le gouvernement prévoit un soutien aux migrants.", "accord", "agreement-bare"),
    ("L'accord sur la protection des mineurs a été signé hier.", "accord", "agreement-bare"),
    ("Les mineurs migrants sont placés dans des foyers d'accueil.", "mineurs", "minor"),
    ("La mineure a été confiée à une famille d'accueil.", "mineure", "minor"),
    ("L'accord de la Commission européenne est nécessaire.", "accord", "agreement-bare"),
    ("L'Envoyé spécial pour la Syrie est arrivé à Damas.", "Envoyé spécial", "special-envoy"),
    ("Le Conseil de sécurité a adopté la résolution à l'unanimité.", "Conseil de sécurité", "security-council"),
    ("Les émissions de dioxyde de carbone ont baissé l'an dernier.", "émissions", "emissions"),
    ("Les émissions ont atteint un plateau en 2023 selon l'OMM.", "émissions", "emissions"),
    ("Les émissions de la chaîne d'approvisionnement pèsent lourd dans l'empreinte carbone.", "émissions", "emissions"),
    ("Le programme de retour volontaire de l'OIM a aidé 500 migrants.", "programme", "programme"),
    ("Le programme de formation des journalistes de l'OIM a commencé à Dakar.", "programme", "programme"),
    ("Les animateurs communautaires du programme ont sensibilisé les familles.", "programme", "programme"),
    ("Le programme de radiographie pulmonaire dépiste la tuberculose.", "programme", "programme"),
    ("Des milliers de familles ont été déplacées après les inondations.", "été déplacées", "displaced-verb"),
    ("Le déplacement de deux millions de personnes inquiète le HCR.", "déplacement", "displacement"),
    ("Cette campagne contre la traite a été lancée au Niger.", "traite", "trafficking-bare"),
    ("Il a demandé l'asile en Belgique.", "asile", "asylum"),
    ("Il était réfugié en France depuis 2015.", "réfugié", "refugee"),
    ("Des milliers de personnes restent réfugiées au Tchad.", "réfugiées", "refugee"),
    ("L'accord sur l'entrepreneuriat féminin a été signé par l'OIT.", "accord", "agreement-bare"),
    ("Les mineurs protégés par les Casques bleus ont été évacués.", "mineurs", "minor"),
    ("L'Assemblée générale a adopté le Pacte mondial sur les migrations en 2018.", "Assemblée générale", "general-assembly"),
    ("Les trafiquants ont exploité les victimes de la traite des personnes.", "trafiquants", "trafficker"),
    ("Les fonds rapatriés par les migrants soutiennent leurs familles.", "fonds rapatriés", "money-transfers"),
    ("M. Grandi a visité le camp de Kakuma.", "M.", "mister"),
]


@pytest.mark.parametrize(("sentence", "word", "concept"), UN_SENSES)
def test_the_un_sense_is_still_found(bundled, sentence: str, word: str, concept: str) -> None:
    assert concept in forced_over(bundled, sentence, word)


def test_a_firm_inside_a_un_release_is_still_no_un_title(bundled) -> None:
    """The document names the UN; the complement names a firm: the title is the firm's."""
    sentence = "Le directeur général de la société de transport a signé la convention."
    document = "L'OIM et le HCR ont lancé un appel. " + sentence + " Le Secrétaire général de l'ONU a salué l'accord."
    assert forced_over(bundled, sentence, "directeur général", document) == []
    assert forced_over(bundled, "Le Secrétaire général a salué l'accord.", "Secrétaire général", document) == ["secretary-general"]


def test_a_bare_title_needs_a_un_document(bundled, concepts_over) -> None:
    """Without the UN system in the document, a bare title is undecided: flagged, nothing forced."""
    for sentence, title, review in (
        ("Le Secrétaire général a salué l'accord.", "Secrétaire général", "secretary-general-unclear-review"),
        ("Le Directeur général a démissionné.", "Directeur général", "director-general-unclear-review"),
    ):
        assert forced_over(bundled, sentence, title) == []
        assert concepts_over(sentence, title) == [review]
        assert bundled.get(review).review
    # before another body's complement the sense is decided: nothing at all
    assert concepts_over("Le secrétaire général du syndicat a parlé.", "secrétaire général") == []


def test_a_form_of_address_before_a_name_and_a_title_is_not_forced(bundled) -> None:
    """« M. X, Secrétaire général » is « Secretary-General X » in UN English: no « Mr. » to force."""
    sentence = "M. Ban Ki-moon, Secrétaire général de l'ONU, a présenté le rapport."
    assert forced_over(bundled, sentence, "M.") == []
    assert forced_over(bundled, "Mme Amy Pope, Directrice générale de l'OIM, a pris la parole.", "Mme") == []


def test_no_concept_is_excluded_by_its_own_words(bundled) -> None:
    """A cue word may take three more letters, so « la mine » once found « la mineure »: a
    concept's ``unless_document_mentions`` cues must not find its own terms (with an article)."""
    from dataclasses import replace

    from reltrans.glossary.model import fold_document

    problems = []
    for concept in bundled.concepts:
        if not concept.unless_document_mentions:
            continue
        unless_only = replace(concept, when_document_mentions={})
        for term in concept.terms_in("fr"):
            for sample in (term.text, "la " + term.text, "une " + term.text, "les " + term.text + "s"):
                if not unless_only.applies_to(fold_document(sample)):
                    problems.append(f"{concept.id}: {sample!r}")
    assert problems == []
