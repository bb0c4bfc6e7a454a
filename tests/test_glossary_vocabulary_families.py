"""Glossary vocabulary families of issue 14 (round 27): the long tail of UN vocabulary.

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document. The families: epidemiology and outbreak response (reported
cases, epidemiological link, travel history, transmission, clusters, severe forms,
comorbidities), humanitarian work and its principles (aid workers, the humanitarian imperative,
the principles as adjectives, killed in the line of duty, the front line), marginalized and
disadvantaged groups, social media, web and funding words, the words of UNAIDS, ILO, UNEP, FAO,
OHCHR and peacekeeping releases, IPC phases, and dates (a month after a day number or a
preposition of time, days of the week, relative dates). For each family the other side is
checked too: a decision notified to a person, a serious form of discrimination, an official at
work, the first line of a table, a first-line treatment, a self-employed worker, grammar's
neuter, the sanitary safety of a product, a devastating storm, idioms, a phase of a clinical
trial, the planet Mars, a Sunday painter, the last week of a month and the day of a release
restated in a stamp are not forced.
"""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over
from reltrans.glossary import build_matcher


FOUND = [
    # epidemiology and outbreak response
    ("Les enquêteurs n'ont trouvé aucun lien épidémiologique entre les deux foyers.", "lien épidémiologique", "epidemiological-link"),
    ("Trois des patients n'avaient aucun antécédent de voyage.", "antécédent de voyage", "travel-history"),
    ("Les chercheurs modélisent la dynamique de transmission du virus dans les écoles.", "dynamique de transmission", "transmission-dynamics"),
    ("La province est devenue l'épicentre de la flambée de choléra.", "épicentre", "epicentre"),
    ("Le nombre de cas signalés a triplé en une semaine.", "cas signalés", "reported-cases"),
    ("Les cas notifiés proviennent surtout des zones urbaines.", "cas notifiés", "reported-cases"),
    ("Depuis le début de l'épidémie, 812 cas ont été notifiés par les autorités sanitaires.", "notifiés", "notified-reported"),
    ("Le taux d'attaque dépasse 10 pour cent dans les camps, selon l'OMS.", "taux d'attaque", "attack-rate"),
    ("La transmission communautaire est désormais établie dans la capitale.", "transmission communautaire", "community-transmission"),
    ("Des grappes de cas ont été détectées dans deux dortoirs.", "grappes de cas", "clusters-of-cases"),
    ("Il faut rompre les chaînes de transmission avant l'hiver.", "chaînes de transmission", "chains-of-transmission"),
    ("Le vaccin protège contre les formes graves de la maladie, rappelle l'OMS.", "formes graves", "severe-forms"),
    ("Les patients présentant des comorbidités sont les plus exposés.", "comorbidités", "comorbidities"),
    ("Les unités de soins intensifs de la ville sont saturées.", "unités de soins intensifs", "intensive-care"),
    ("La période d'incubation varie de deux à vingt et un jours.", "période d'incubation", "incubation-period"),
    ("Les centres de santé ont reçu des tests de diagnostic rapide du paludisme.", "tests de diagnostic rapide", "rapid-diagnostic-tests"),
    ("La formation porte sur la prévention et le contrôle des infections.", "prévention et le contrôle des infections", "infection-prevention-and-control"),
    ("L'hésitation vaccinale freine la campagne contre la rougeole.", "hésitation vaccinale", "vaccine-hesitancy"),
    ("Une dose de rappel est recommandée aux plus de 60 ans.", "dose de rappel", "booster-dose"),
    # humanitarian work and principles
    ("Les agents des organismes humanitaires ont quitté la ville à l'aube.", "agents des organismes humanitaires", "humanitarian-worker"),
    ("Le personnel des organisations humanitaires paie un lourd tribut.", "personnel des organisations humanitaires", "humanitarian-worker"),
    ("Cette année encore, des dizaines d'humanitaires ont été tués dans l'exercice de leurs fonctions.", "dans l'exercice de leurs fonctions", "in-the-line-of-duty"),
    ("Deux infirmiers ont été blessés par balle dans l'exercice de leur mission.", "dans l'exercice de leur mission", "in-the-line-of-duty"),
    ("Les sages-femmes sont en première ligne de la riposte.", "en première ligne", "on-the-front-line"),
    ("Les soignants de première ligne manquent de masques.", "de première ligne", "frontline-adjective"),
    ("L'impératif humanitaire doit primer sur toute autre considération.", "impératif humanitaire", "humanitarian-imperative"),
    ("Les défis humanitaires n'ont jamais été aussi grands.", "défis humanitaires", "challenges-humanitarian"),
    ("Nos volontaires restent neutres et impartiaux face aux belligérants.", "impartiaux", "impartial"),
    ("Nos volontaires restent neutres et impartiaux face aux belligérants.", "neutres", "neutral"),
    ("Les équipes de secours doivent rester indépendantes de tout pouvoir politique.", "indépendantes", "independent-adjective"),
    ("L'exploitation et les abus sexuels commis par le personnel sont inacceptables.", "exploitation et les abus sexuels", "sea"),
    ("Les convois ont été délibérément pris pour cible.", "pris pour cible", "targeted-attacked"),
    # a gender doublet names the same workers
    ("Nous saluons les travailleurs et travailleuses humanitaires du monde entier.", "travailleurs et travailleuses humanitaires", "humanitarian-worker"),
    ("Les travailleuses et travailleurs migrants envoient de l'argent chez eux.", "travailleuses et travailleurs migrants", "migrant-worker"),
    ("Les agents et agentes de santé travaillent sans relâche.", "agents et agentes de santé", "health-workers"),
    ("La capacité d'adaptation des petites exploitations est faible.", "capacité d'adaptation", "adaptive-capacity"),
    # marginalized and disadvantaged groups
    ("Les communautés marginalisées sont les dernières à recevoir de l'aide.", "communautés marginalisées", "marginalized-groups"),
    ("Les jeunes filles des quartiers défavorisés quittent l'école plus tôt.", "défavorisés", "disadvantaged"),
    # media
    ("Des rumeurs sur le vaccin circulent sur les réseaux sociaux.", "réseaux sociaux", "social-media"),
    ("L'agence a lancé une campagne sur les médias sociaux.", "médias sociaux", "social-media"),
    # health, labour, environment, human rights and peacekeeping
    ("Les personnes vivant avec le VIH ont accès au traitement gratuit.", "personnes vivant avec le VIH", "people-living-with-hiv"),
    ("La transmission de la mère à l'enfant a reculé de moitié.", "transmission de la mère à l'enfant", "mother-to-child-transmission"),
    ("Les services destinés aux populations clés restent sous-financés.", "populations clés", "key-populations"),
    ("Aucun cas de poliovirus sauvage n'a été détecté cette année.", "poliovirus sauvage", "wild-poliovirus"),
    ("Le contrôle de la sécurité sanitaire des aliments a été renforcé.", "sécurité sanitaire des aliments", "food-safety"),
    ("Le salaire minimum n'a pas suivi l'inflation.", "salaire minimum", "minimum-wage"),
    ("Le dialogue social a permis un accord sur les retraites.", "dialogue social", "social-dialogue"),
    ("La liberté syndicale reste entravée dans plusieurs pays.", "liberté syndicale", "freedom-of-association"),
    ("Le réchauffement doit rester sous 1,5 °C par rapport aux niveaux préindustriels.", "niveaux préindustriels", "pre-industrial-levels"),
    ("La fonte des glaciers menace l'approvisionnement en eau.", "fonte des glaciers", "glacier-melt"),
    ("Les larves de criquets et d'autres ravageurs détruisent les champs.", "ravageurs", "crop-pests"),
    ("Les pertes et gaspillages alimentaires pèsent sur le climat.", "pertes et gaspillages alimentaires", "food-loss-and-waste"),
    ("Les pays fournisseurs de contingents ont été consultés.", "pays fournisseurs de contingents", "troop-contributing-countries"),
    ("Le désarmement, la démobilisation et la réintégration des ex-combattants avancent.", "désarmement, la démobilisation et la réintégration", "ddr"),
    ("Les témoins décrivent une campagne de nettoyage ethnique.", "nettoyage ethnique", "ethnic-cleansing"),
    ("Chaque accusé a droit à un procès équitable.", "procès équitable", "fair-trial"),
    ("La moitié des détenus sont en détention provisoire.", "détention provisoire", "pre-trial-detention"),
    ("Les organes conventionnels ont examiné le rapport du pays.", "organes conventionnels", "treaty-bodies"),
    ("Le décrochage scolaire des filles augmente après douze ans.", "décrochage scolaire", "school-dropout"),
    ("Les couloirs de transhumance sont bloqués par les combats.", "transhumance", "transhumance"),
    # web, broadcast and funding words
    ("Le point de presse sera retransmis en direct sur le site Web de l'agence.", "retransmis en direct", "broadcast-live"),
    ("Le point de presse sera retransmis en direct sur le site Web de l'agence.", "site Web", "website"),
    ("Des influenceuses ont relayé le message auprès des jeunes.", "influenceuses", "influencers"),
    ("Les dons ont afflué après le tremblement de terre.", "dons", "donations"),
    ("Les contributions non préaffectées permettent de répondre vite.", "contributions non préaffectées", "unearmarked-funds"),
    ("Les fonds préaffectés limitent la souplesse des opérations.", "fonds préaffectés", "earmarked-funds"),
    # food-security phases, peace and security, rule of law
    ("Selon la FAO, 3 millions de personnes sont en phase 3 ou plus.", "phase 3 ou plus", "ipc-phase-3-or-above"),
    ("Selon la FAO, la province est en phase 4 du Cadre harmonisé.", "phase 4", "ipc-phase-4"),
    ("Le PAM estime que 40 000 ménages sont en phase 4 (urgence) dans la province.", "phase 4 (urgence)", "ipc-phase-4"),
    ("Le Conseil a condamné le coup d'État militaire.", "coup d'État militaire", "coup-d-etat"),
    ("Le gouverneur a proclamé la loi martiale dans deux provinces.", "loi martiale", "martial-law"),
    ("Les parties ont signé un accord de cessation des hostilités.", "accord de cessation des hostilités", "cessation-of-hostilities"),
    ("Le couvre-feu a été prolongé d'une semaine.", "couvre-feu", "curfew"),
    ("La police a fait un usage excessif de la force contre les étudiants.", "usage excessif de la force", "excessive-use-of-force"),
    ("Les victimes de la torture ont droit à réparation.", "droit à réparation", "reparations"),
    ("Le pays prépare un dialogue national inclusif.", "dialogue national inclusif", "national-dialogue"),
    # dates
    ("La Journée sera célébrée le 19 août dans le monde entier.", "août", "month-august"),
    ("Le rapport sera publié le 1er décembre.", "décembre", "month-december"),
    ("Les pluies ont commencé à la mi-octobre.", "octobre", "month-october"),
    ("Depuis janvier, plus de 300 personnes ont traversé la frontière.", "janvier", "month-january"),
    ("La conférence s'ouvrira lundi à Nairobi.", "lundi", "day-monday"),
    ("L'an dernier, plus de 2 000 personnes ont disparu en mer.", "L'an dernier", "last-year"),
    ("Ces dernières semaines, les pluies ont détruit les récoltes.", "Ces dernières semaines", "in-recent-weeks"),
    ("Les premiers convois devraient arriver dans les prochains jours.", "dans les prochains jours", "in-the-coming-days"),
]


@pytest.mark.parametrize("sentence, word, concept_id", FOUND)
def test_the_family_term_is_found(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert concept_id in forced_over(bundled, sentence, word)


NOT_FORCED = [
    # a decision notified to a person, even in a health document
    ("La décision de fermer l'hôpital lui a été notifiée hier, selon l'OMS.", "notifiée"),
    # « notifié » outside a health document
    ("Le licenciement a été notifié au salarié par lettre recommandée.", "notifié"),
    # a serious form of something else
    ("Le harcèlement est une forme grave de discrimination, a rappelé l'OMS.", "forme grave"),
    # an official at work, nobody killed
    ("Le juge a agi dans l'exercice de ses fonctions.", "dans l'exercice de ses fonctions"),
    ("La ministre s'exprimait dans l'exercice de sa fonction.", "dans l'exercice de sa fonction"),
    # the first line of a table, a first-line treatment
    ("Le nom du pays figure en première ligne du tableau.", "en première ligne"),
    ("Le traitement de première ligne reste l'artémisinine.", "de première ligne"),
    ("Les antibiotiques de première ligne ne suffisent plus.", "de première ligne"),
    # a self-employed worker, something beyond our control, the self-employed
    ("Elle est travailleuse indépendante depuis deux ans.", "indépendante"),
    ("Ce retard est indépendant de notre volonté.", "indépendant"),
    ("Les indépendants ont perdu la moitié de leurs revenus.", "indépendants"),
    # grammar's neuter
    ("Ce mot appartient au genre neutre en allemand.", "neutre"),
    # the planet and the god, a Sunday painter, a fixed feast
    ("Le robot a atterri sur Mars l'an dernier.", "Mars"),
    ("Le rover de Mars envoie encore des images.", "Mars"),
    ("Son oncle est un peintre du dimanche.", "dimanche"),
    ("Le défilé du mardi gras a été annulé.", "mardi"),
    # the sanitary safety of a product, a devastating storm
    ("La sécurité sanitaire des produits cosmétiques est contrôlée.", "sécurité sanitaire"),
    ("Le cyclone ravageur a détruit la moitié des maisons.", "ravageur"),
    # a frontrunner for a post; idioms holding « crise » or « eau »
    ("Elle est en première ligne pour succéder au directeur.", "en première ligne"),
    ("Il a été pris d'une crise de fou rire en pleine réunion.", "crise"),
    ("Une crise de toux a interrompu son discours.", "crise"),
    ("Ce don n'est qu'une goutte d'eau dans l'océan des besoins.", "eau"),
    ("Le nouveau venu est comme un poisson dans l'eau.", "eau"),
    # selling directly, a person's gifts
    ("Les producteurs vendent en direct aux consommateurs.", "en direct"),
    ("Elle a des dons artistiques remarquables.", "dons"),
    # a phase of a clinical trial, the repair of a road
    ("Les essais de phase 3 du vaccin ont commencé.", "phase 3"),
    ("Les réparations de la route ont commencé.", "réparations"),
    # came back, record levels
    ("Le ministère est désormais revenu à l'ancienne méthode de comptage.", "revenu"),
    ("Les besoins ont atteint des sommets inégalés cette année.", "sommets"),
    ("Les prix alimentaires ont atteint de nouveaux sommets en mars.", "sommets"),
    # a last week or the last years of something, which are no relative date
    ("La récolte a lieu pendant la semaine dernière de juin.", "semaine dernière"),
    ("Au cours des dernières années de sa vie, il a écrit ses mémoires.", "dernières années"),
    # the day of the release restated in a stamp, which the English writes as 'today' or '(8/5)'
    ("Vendredi (8 mai), l'OIM a appelé à une enquête internationale.", "mai"),
    ("Vendredi (8 mai), l'OIM a appelé à une enquête internationale.", "Vendredi"),
    ("Aujourd'hui, 10 juillet, l'agence publie son rapport annuel.", "juillet"),
    ("En ce 8 mai, nous célébrons nos volontaires.", "mai"),
]


@pytest.mark.parametrize("sentence, word", NOT_FORCED)
def test_a_word_in_another_sense_is_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


def test_the_attack_rate_is_no_attack(bundled) -> None:
    """The epidemiological rate wins over concept attacks, which would force 'attacks'."""
    sentence = "Le taux d'attaque secondaire reste faible dans les ménages, selon l'OMS."
    assert "attacks" not in forced_over(bundled, sentence, "attaque")


def test_the_ipc_acronym_stays_its_own_concept(bundled) -> None:
    """A phase before « de l'IPC » is its own term; the acronym after it is still found (and
    stays required)."""
    sentence = "Selon le PAM, 2 millions de personnes sont en phase 3 de l'IPC."
    assert "ipc-phase-3" in forced_over(bundled, sentence, "phase 3")
    assert "ipc" in forced_over(bundled, sentence, "IPC")


def test_the_state_of_a_coup_is_no_state(bundled) -> None:
    """« Coup d'État » wins over concept state (which would force 'State'), « loi martiale »
    over legislation."""
    assert forced_over(bundled, "Le Conseil a condamné le coup d'État.", "État") == ["coup-d-etat"]
    assert forced_over(bundled, "La loi martiale a été levée.", "loi") == ["martial-law"]


def test_a_lockdown_is_flagged_not_forced(bundled) -> None:
    """« Confinement » is a lockdown in an epidemic and a detainee's confinement elsewhere: it
    is flagged for the reviewer in a health document and not matched at all outside one."""
    health = "Le confinement a été levé dans trois provinces, a annoncé l'OMS face à la pandémie."
    assert matched_over(bundled, health, "confinement") == [("lockdown-review", False)]
    prison = "Le confinement du détenu dans sa cellule a duré dix jours."
    assert matched_over(bundled, prison, "confinement") == []


def test_the_other_sense_is_still_found(bundled) -> None:
    """The guards leave the ordinary sense alone: an income, a summit of leaders; funds
    allocated to a sector are funds, not earmarked funds."""
    assert "income" in forced_over(bundled, "Le revenu des ménages ruraux a baissé de moitié.", "revenu")
    assert "summit-bare" in forced_over(bundled, "Le sommet de l'Union africaine s'ouvre demain à Addis-Abeba.", "sommet")
    allocated = forced_over(bundled, "Les fonds affectés à l'éducation ont doublé.", "fonds affectés")
    assert "funds-bare" in allocated and "earmarked-funds" not in allocated


def test_giving_birth_or_rise_is_flagged_not_forced(bundled) -> None:
    """« Donner naissance à » a child or to an idea, « prendre naissance »: flagged for the
    reviewer, never forced to 'births'."""
    for sentence in (
        "L'idée qui a donné naissance au mouvement est née sur un champ de bataille.",
        "Elle a donné naissance à des jumeaux dans le camp.",
        "Le projet a pris naissance dans un petit village.",
    ):
        matches = matched_over(bundled, sentence, "naissance")
        assert matches == [("give-birth-idiom-review", False)], sentence


def test_the_agencies_renderings_are_admitted(bundled) -> None:
    """WHO's American 'epicenter', 'aid workers' for the agencies' staff, 'marginalized' for a
    group, 'under attack' for « pris pour cible » are admitted; a month needs its capital."""
    en = build_matcher(bundled, "en")
    assert [m.status for m in en.find_concept("The city became the epicenter.", "epicentre")] == ["admitted"]
    assert [m.status for m in en.find_concept("The epicentre moved west.", "epicentre")] == ["preferred"]
    assert [m.status for m in en.find_concept("Aid workers were evacuated.", "humanitarian-worker")] == ["admitted"]
    assert [m.status for m in en.find_concept("It hits the marginalized hardest.", "marginalized-groups")] == ["admitted"]
    assert [m.status for m in en.find_concept("Schools came under attack.", "targeted-attacked")] == ["admitted"]
    assert [m.status for m in en.find_concept("Observed on 19 August.", "month-august")] == ["preferred"]
    assert en.find_concept("An august assembly met.", "month-august") == []
