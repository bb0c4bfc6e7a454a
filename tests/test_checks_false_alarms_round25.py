"""Round 25 of issue 14, check side: correct English in the style of official UN releases
(French grouping, per cent, dates, times, ordinals, spelled-out numbers, names with digits)
raises no error with the bundled glossary, and a number changed in the same sentences still does.

Every sentence was written for this test (official style, no release text).
"""
from __future__ import annotations

import re

import pytest

from reltrans.checks import check_catalog, resolve_glossary
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr", "X-Reltrans-Document-Date": "2025-03-14"}

CORRECT = [
    # French grouping, decimals, per cent, scales
    ("GENÈVE, le 14 mars 2025 – Plus de 12 500 personnes ont été déplacées depuis le début de l'année.", "GENEVA, 14 March 2025 – More than 12,500 people have been displaced since the start of the year."),
    ("Le nombre d'arrivées a augmenté de 23,5 % par rapport à 2023.", "The number of arrivals rose by 23.5 per cent compared with 2023."),
    ("Environ 1,2 million de migrants vivent dans la région.", "Some 1.2 million migrants live in the region."),
    ("L'appel de 45 millions de dollars n'est financé qu'à 18 %.", "The US$45 million appeal is only 18 per cent funded."),
    ("Au cours des six derniers mois, 3 400 000 repas ont été distribués.", "Over the past six months, 3.4 million meals have been distributed."),
    ("Le taux de chômage atteint 12,3 % chez les jeunes de 15 à 24 ans.", "Unemployment reaches 12.3 per cent among young people aged 15 to 24."),
    ("Le projet, d'un montant de 2,5 milliards d'euros, durera trois ans.", "The €2.5 billion project will last three years."),
    ("Le taux est passé à 4,5 pour cent.", "The rate rose to 4.5 per cent."),
    ("Le taux de pauvreté atteint 60 pour cent dans le nord.", "The poverty rate reaches 60% in the north."),
    ("Le taux de vaccination est passé de 45 % à 78 %.", "The vaccination rate rose from 45 to 78 per cent."),
    ("Le Plan de réponse 2025 nécessite 1,5 Md$.", "The 2025 Response Plan requires $1.5 billion."),
    ("Les dons s'élèvent à 0,5 million de dollars.", "Donations amount to $500,000."),
    ("Le Fonds a versé 15 000 000 USD.", "The Fund disbursed US$15 million."),
    ("Ce chiffre est en hausse de 7,1 points de pourcentage.", "This figure is up 7.1 percentage points."),
    ("Entre 30 000 et 40 000 personnes ont fui.", "Between 30,000 and 40,000 people fled."),
    ("Les fonds reçus couvrent 12 % des besoins, soit 60 millions de dollars sur 500 millions.", "Funds received cover 12 per cent of needs, or $60 million out of $500 million."),
    # dates and times
    ("La réunion aura lieu le mardi 3 juin à 14 h 30.", "The meeting will take place on Tuesday, 3 June at 2.30 p.m."),
    ("Le convoi de 25 camions est parti le 1er avril.", "The convoy of 25 trucks left on 1 April."),
    ("Le séisme de magnitude 7,8 a frappé à 4 h 17 heure locale.", "The magnitude 7.8 earthquake struck at 4.17 a.m. local time."),
    ("Les inscriptions sont ouvertes jusqu'au 30 juin 2025 à minuit.", "Registration is open until midnight on 30 June 2025."),
    ("Le Sommet se tiendra du 10 au 12 octobre 2025.", "The Summit will be held from 10 to 12 October 2025."),
    ("Le camion est arrivé à 18 heures.", "The truck arrived at 6 p.m."),
    ("Le couvre-feu commence à 22 h.", "The curfew starts at 10 p.m."),
    ("Du 2 au 5 mai, 600 personnes ont été enregistrées.", "From 2 to 5 May, 600 people were registered."),
    ("Le plan couvre la période 2024-2025.", "The plan covers the 2024–2025 period."),
    ("La réunion commence à 9h00.", "The meeting starts at 9 a.m."),
    ("Les 10 et 11 juillet 2024, les ministres se sont réunis à Rabat.", "On 10-11 July 2024, ministers met in Rabat."),
    ("Le 24 février 2022, la guerre a éclaté.", "On 24 February 2022, the war broke out."),
    ("La conférence de presse commence à 10 h (heure de Genève).", "The press conference starts at 10 a.m. (Geneva time)."),
    ("Le Boeing 737 a atterri à 23 h 45.", "The Boeing 737 landed at 11.45 p.m."),
    ("Le séminaire se tiendra du lundi 2 au vendredi 6 décembre.", "The seminar will run from Monday 2 to Friday 6 December."),
    # ordinals, spelled-out numbers, fractions
    ("Il s'agit de la troisième évaluation depuis 2019.", "This is the third assessment since 2019."),
    ("Deux tiers des ménages interrogés manquent d'eau potable.", "Two thirds of the households surveyed lack safe drinking water."),
    ("Le 21e siècle verra davantage de migrations climatiques.", "The 21st century will see more climate migration."),
    ("La 75e session de l'Assemblée générale s'ouvre le 15 septembre.", "The 75th session of the General Assembly opens on 15 September."),
    ("Le 4e trimestre a enregistré 1 532 arrivées.", "The fourth quarter recorded 1,532 arrivals."),
    ("Selon l'enquête, 3 personnes sur 10 ont perdu leur emploi.", "According to the survey, three in ten people lost their jobs."),
    ("Vingt-trois migrants ont été secourus au large de Lampedusa.", "Twenty-three migrants were rescued off Lampedusa."),
    ("Quatre-vingts familles ont reçu des semences.", "Eighty families received seeds."),
    ("La mission compte deux cents membres.", "The mission has 200 members."),
    ("Une dizaine de bateaux ont chaviré depuis janvier.", "Some ten boats have capsized since January."),
    ("Un demi-million d'enfants ne vont pas à l'école.", "Half a million children are out of school."),
    ("Cinquante-deux pays ont signé la déclaration.", "Fifty-two countries signed the declaration."),
    ("Le convoi comptait une quarantaine de véhicules.", "The convoy had some 40 vehicles."),
    ("Près de 9 personnes sur 10 dépendent de l'aide.", "Nearly nine in ten people depend on aid."),
    ("Lors de sa 56e session, le Conseil a adopté 30 résolutions.", "At its 56th session, the Council adopted 30 resolutions."),
    ("Au XXe siècle, la ville a accueilli de nombreux exilés.", "In the twentieth century, the city welcomed many exiles."),
    # names and codes with digits
    ("La pandémie de COVID-19 a réduit les envois de fonds de 20 %.", "The COVID-19 pandemic cut remittances by 20 per cent."),
    ("Le G20 se réunit à Rio de Janeiro les 18 et 19 novembre.", "The G20 meets in Rio de Janeiro on 18 and 19 November."),
    ("La COP28 s'est tenue à Dubaï.", "COP28 was held in Dubai."),
    ("La résolution 1325 du Conseil de sécurité porte sur les femmes.", "Security Council resolution 1325 concerns women."),
    ("L'ODD 16 vise des sociétés pacifiques.", "SDG 16 aims for peaceful societies."),
    ("Le Programme 2030 ne laisse personne de côté.", "The 2030 Agenda leaves no one behind."),
    ("La conférence Habitat III a eu lieu à Quito.", "The Habitat III conference took place in Quito."),
    ("Le virus H5N1 a été détecté dans deux fermes.", "The H5N1 virus was detected on two farms."),
    ("La route 7 reliant Goma à Bukavu est coupée.", "Route 7 linking Goma and Bukavu is cut off."),
    ("Pour plus d'informations, veuillez contacter Marie Dupont au +41 22 717 91 11.", "For more information, please contact Marie Dupont at +41 22 717 9111."),
    ("La résolution 2417 (2018) du Conseil de sécurité condamne l'utilisation de la famine.", "Security Council resolution 2417 (2018) condemns the use of hunger as a weapon."),
    # spans, fractions and amounts written otherwise
    ("Pour l'exercice 2023-2024, le budget atteint 3,2 milliards.", "For the 2023/24 financial year, the budget reaches 3.2 billion."),
    ("Le taux d'inflation a atteint 0,8 % en janvier.", "The inflation rate reached 0.8 percent in January."),
    ("Plus d'un quart des enfants souffrent de malnutrition.", "More than a quarter of children are malnourished."),
    ("L'aide s'élève à 10 000 dollars des États-Unis par famille.", "Assistance amounts to US$10,000 per family."),
    ("Le pays a reçu 1,5 million de francs suisses.", "The country received CHF 1.5 million."),
    ("Le bureau est ouvert de 9 h à 17 h.", "The office is open from 9 a.m. to 5 p.m."),
    ("Fin 2023, 5 000 familles avaient été relogées.", "By the end of 2023, 5,000 families had been rehoused."),
    ("Les deux tiers du territoire sont inondés.", "Two-thirds of the territory is flooded."),
    ("Le Conseil des droits de l'homme tient sa 55e session du 26 février au 5 avril 2024.", "The Human Rights Council holds its 55th session from 26 February to 5 April 2024."),
    ("Il y a 30 ans, le génocide contre les Tutsi au Rwanda faisait plus de 800 000 morts.", "Thirty years ago, more than 800,000 people were killed in the genocide against the Tutsi in Rwanda."),
    ("Les besoins ont été multipliés par quatre depuis 2020.", "Needs have quadrupled since 2020."),
]

# the same kinds of sentences with one number changed in the English: still errors
PLANTED = [
    ("Plus de 12 500 personnes ont été déplacées.", "More than 12,000 people have been displaced."),
    ("La mission compte deux cents membres.", "The mission has 300 members."),
    ("Les 10 et 11 juillet 2024, les ministres se sont réunis à Rabat.", "On 10-12 July 2024, ministers met in Rabat."),
    ("Le taux de chômage atteint 12,3 % chez les jeunes.", "Unemployment reaches 13.3 per cent among young people."),
    ("La réunion aura lieu le mardi 3 juin à 14 h 30.", "The meeting will take place on Tuesday, 3 June at 3.30 p.m."),
    ("La 75e session s'ouvre le 15 septembre.", "The 76th session opens on 15 September."),
    ("Le G20 se réunit à Rio.", "The G7 meets in Rio."),
    ("Pour l'exercice 2023-2024, le budget atteint 3,2 milliards.", "For the 2023/25 financial year, the budget reaches 3.2 billion."),
]


@pytest.fixture(scope="module")
def glossary():  # type: ignore[no-untyped-def]
    return resolve_glossary()


def _report(pairs: list[tuple[str, str]], glossary: object):  # type: ignore[no-untyped-def]
    entries = tuple(CatalogEntry(msgid=fr, msgstr=en, line=10 + 3 * i) for i, (fr, en) in enumerate(pairs))
    return check_catalog(Catalog(header=HEADER, entries=entries, path="round25.po"), glossary=glossary)


def test_correct_official_style_pairs_raise_no_error(glossary: object) -> None:
    report = _report(CORRECT, glossary)
    errors = [(f.line, f.code, f.message) for f in report.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert not [f for f in report.findings if f.code == "RT503"]  # English is never taken for French


@pytest.mark.parametrize(("fr", "en"), PLANTED)
def test_a_changed_number_in_the_same_style_is_still_an_error(fr: str, en: str, glossary: object) -> None:
    codes = {f.code for f in _report([(fr, en)], glossary).findings if f.severity is Severity.ERROR}
    assert codes & {"RT301", "RT302", "RT303"}, codes


def test_the_sentences_are_not_copies_of_one_another() -> None:
    """The set measures many forms, not one sentence many times."""
    shapes = {re.sub(r"\d", "0", fr) for fr, _ in CORRECT}
    assert len(shapes) == len(CORRECT) >= 50
