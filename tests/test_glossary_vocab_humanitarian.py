"""General humanitarian and development vocabulary of UN releases (issue 14, part vocab-humanitarian).

Every sentence here is written for this test in the style of UNICEF, WFP, WHO, OCHA, UNDP, UNFPA,
UNHCR and IOM releases; none is copied from a release. The cases check that the vocabulary is found
(French forms, plural and singular), that the English the agencies write is admitted, that the
trap senses of polysemous words are not forced, and that a new term does not swallow the start of
a longer term of another concept.
"""
from __future__ import annotations

import pytest

from reltrans.checks import check_catalog
from reltrans.glossary import build_matcher
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


def found(matcher, text):
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


def ids(matcher, text):
    return {m.concept_id for m in matcher.find(text)}


FOUND = [
    # humanitarian operations, access and funding
    ("Les couloirs humanitaires doivent rester ouverts.", "humanitarian-corridor"),
    ("Un cessez-le-feu a été conclu dimanche.", "ceasefire"),
    ("L'UNICEF demande une pause humanitaire immédiate.", "humanitarian-pause"),
    ("Les partenaires humanitaires sont prêts à intervenir.", "humanitarian-partners"),
    ("L'appel de fonds n'est financé qu'à 20 pour cent.", "funding-appeal"),
    ("Sans nouveaux financements, les distributions cesseront.", "funding"),
    ("Nous remercions nos donateurs pour leur générosité.", "donors"),
    ("Les bailleurs de fonds ont promis 300 millions.", "funders"),
    ("Des fonds flexibles permettent de répondre plus vite.", "flexible-funding"),
    ("La région fait face à une crise sans précédent.", "unprecedented-crisis"),
    ("Les besoins humanitaires n'ont jamais été aussi élevés.", "humanitarian-needs"),
    ("L'accès humanitaire sans entrave est indispensable.", "unimpeded-access"),
    ("Les zones difficiles d'accès restent privées d'aide.", "hard-to-reach-areas"),
    ("Un convoi humanitaire a atteint la ville mardi.", "humanitarian-convoy"),
    ("Les infrastructures civiles ont été gravement endommagées.", "civilian-infrastructure"),
    ("Le PAM fournit une aide alimentaire et nutritionnelle aux familles.", "food-nutrition-assistance"),
    ("La saison de soudure commence plus tôt cette année.", "lean-season"),
    # food security and nutrition
    ("Les enfants malnutris reçoivent des aliments thérapeutiques prêts à l'emploi.", "rutf"),
    ("Les enfants malnutris reçoivent des aliments thérapeutiques prêts à l'emploi.", "malnourished"),
    ("La malnutrition aiguë modérée touche un enfant sur cinq.", "moderate-acute-malnutrition"),
    ("Les prix des denrées alimentaires ont doublé.", "food-prices"),
    ("Le PAM a dû procéder à des réductions de rations.", "ration-cuts"),
    ("Les éleveurs ont perdu leur bétail.", "herders"),
    ("Les éleveurs ont perdu leur bétail.", "livestock"),
    ("Le pays est au bord de la famine.", "risk-of-famine"),
    ("L'insécurité alimentaire grave progresse.", "severe-food-insecurity"),
    # health
    ("Une flambée de choléra a été confirmée.", "outbreak"),
    ("Une flambée de choléra a été confirmée.", "cholera"),
    ("La rougeole et la pneumonie tuent encore des enfants.", "pneumonia"),
    ("Les vaccins essentiels manquent dans les centres de santé.", "essential-vaccines"),
    ("Les vaccins essentiels manquent dans les centres de santé.", "health-centres"),
    ("La couverture vaccinale a reculé.", "immunization-coverage"),
    ("Une campagne de vaccination contre la polio a commencé.", "vaccination-campaign"),
    ("Trois installations de soins de santé ont été touchées.", "health-facilities"),
    ("Les agents de santé communautaires se rendent dans les villages.", "community-health-workers"),
    ("La santé maternelle reste une priorité.", "maternal-health"),
    ("Les fausses informations se propagent plus vite que le virus.", "misinformation"),
    ("Le soutien psychosocial et en santé mentale doit être renforcé.", "mhpss-forms"),
    # WASH, shelter, non-food items
    ("Les installations hydrauliques et sanitaires ont été détruites.", "water-sanitation-facilities"),
    ("L'accès à l'eau potable est limité.", "safe-water"),
    ("Les latrines et l'assainissement sont insuffisants.", "sanitation"),
    ("Les familles ont trouvé un abri dans une école.", "shelter"),
    ("Le HCR a distribué des tentes et des couvertures.", "tents"),
    ("Le HCR a distribué des tentes et des couvertures.", "blankets"),
    ("Des bâches en plastique ont été livrées.", "tarpaulins"),
    # education
    ("Les jardins d'enfants ont fermé leurs portes.", "kindergartens"),
    ("Des millions d'enfants sont déscolarisés.", "out-of-school"),
    ("Les enseignants n'ont pas été payés.", "teachers"),
    ("Les attaques contre les écoles se multiplient.", "attacks-on-schools"),
    ("La fermeture des écoles a duré un an.", "school-closures"),
    # conflict and explosive ordnance
    ("Les frappes aériennes ont repris dans la nuit.", "airstrikes"),
    ("L'utilisation d'armes explosives dans les zones habitées tue des enfants.", "explosive-weapons-populated-areas"),
    ("Les restes explosifs de guerre menacent les enfants.", "erw"),
    ("Des munitions non explosées jonchent les champs.", "uxo"),
    ("Les mines terrestres font encore des victimes.", "landmines"),
    ("Le déminage prendra des années.", "mine-clearance"),
    ("Des engins explosifs improvisés ont été découverts.", "ieds"),
    ("Les bombardements ont détruit le quartier.", "shelling"),
    ("Les combats se sont intensifiés.", "fighting"),
    ("Les civils paient le prix du conflit.", "civilians"),
    ("Les violations graves se multiplient dans le nord du pays.", "grave-violations"),
    ("Les groupes armés non étatiques recrutent des enfants.", "non-state-armed-groups"),
    # disasters and climate
    ("La sécheresse et les inondations se succèdent.", "drought"),
    ("La sécheresse et les inondations se succèdent.", "floods"),
    ("Le tremblement de terre a fait des milliers de morts.", "earthquake"),
    ("Le séisme a détruit des écoles.", "earthquake"),
    ("Les catastrophes naturelles se multiplient.", "natural-disasters"),
    ("Le phénomène El Niño aggrave la situation.", "el-nino"),
    ("Le cyclone tropical a frappé la côte.", "tropical-cyclone"),
    # development, rights, children and gender
    ("La pauvreté et les inégalités se creusent.", "poverty"),
    ("La pauvreté et les inégalités se creusent.", "inequalities"),
    ("L'égalité de genre est un objectif en soi.", "gender-equality-forms"),
    ("Les femmes et les filles sont les premières touchées.", "women-and-girls"),
    ("Les adolescentes ont besoin de services adaptés.", "adolescent-girls"),
    ("Les nouveau-nés sont particulièrement vulnérables.", "newborns"),
    ("Les enfants de moins de cinq ans sont les plus touchés.", "children-under-five"),
    ("Les familles déracinées ont tout perdu.", "uprooted"),
    ("Les personnes âgées restent dans les villages.", "older-persons"),
    ("La protection sociale doit être élargie.", "social-protection"),
    # second batch: bare conflict vocabulary, health workers, prices
    ("Le conflit a fait fuir des millions de personnes.", "conflict"),
    ("La guerre a détruit les écoles.", "war"),
    ("Les pénuries de carburant paralysent les hôpitaux.", "shortage"),
    ("Les pénuries de carburant paralysent les hôpitaux.", "fuel"),
    ("Les médecins et les infirmières travaillent sans relâche.", "doctors"),
    ("Les médecins et les infirmières travaillent sans relâche.", "nurses"),
    ("La flambée des prix frappe les ménages.", "price-increases"),
    ("L'OMS soutient la riposte à l'épidémie de choléra.", "outbreak-response"),
    ("Les réductions de financement obligent le PAM à suspendre l'aide.", "funding-cuts"),
    ("Les annonces de contributions ont atteint 1 milliard.", "pledges"),
]


@pytest.mark.parametrize(("text", "concept_id"), FOUND, ids=[f"{c}-{i}" for i, (_, c) in enumerate(FOUND)])
def test_vocabulary_is_found(fr, text, concept_id):
    assert concept_id in ids(fr, text), found(fr, text)


ADMITTED = [
    ("humanitarian-assistance", "humanitarian help"),
    ("humanitarian-assistance", "humanitarian relief"),
    ("airstrikes", "airstrikes"),
    ("airstrikes", "air strikes"),
    ("health-facilities", "health care facilities"),
    ("health-facilities", "health centres"),
    ("water-sanitation-facilities", "water and sanitation facilities"),
    ("erw", "explosive remnants of war"),
    ("explosive-weapons-populated-areas", "explosive weapons in populated areas"),
    ("civilian-infrastructure", "civilian infrastructure"),
    ("kindergartens", "kindergartens"),
    ("misinformation", "misinformation"),
    ("uprooted", "uprooted"),
    ("essential-vaccines", "essential vaccines"),
    ("donors", "donors"),
    ("lean-season", "hunger season"),
    ("food-nutrition-assistance", "food and nutrition assistance"),
    ("unprecedented-crisis", "unprecedented crisis"),
    ("funding", "funding"),
    ("funding", "financing"),
    ("vaccination", "immunization"),
    ("vaccination", "vaccination"),
    ("safe-water", "safe water"),
    ("safe-water", "drinking water"),
    ("ceasefire", "ceasefire"),
    ("humanitarian-partners", "partners"),
    ("uxo", "unexploded ordnance"),
    ("ieds", "IEDs"),
    ("floods", "flooding"),
    ("earthquake", "earthquake"),
    ("mhpss-forms", "MHPSS"),
    ("children-under-five", "children under five"),
    ("children-under-five", "under-five children"),
    ("newborns", "newborns"),
    ("humanitarian-worker", "relief workers"),
]


@pytest.mark.parametrize(("concept_id", "english"), ADMITTED, ids=[f"{c}={e}" for c, e in ADMITTED])
def test_the_english_the_agencies_write_is_admitted(bundled, en, concept_id, english):
    concept = bundled.get(concept_id)
    assert concept is not None
    assert english in [t.text for t in concept.allowed("en")]
    sentence = f"The report mentions {english} twice."
    assert en.find_concept(sentence, concept_id), concept_id


def test_new_vocabulary_is_recommended_not_required(bundled):
    for concept_id in ("airstrikes", "erw", "health-facilities", "funding", "donors", "crisis", "el-nino", "hiv", "rutf"):
        concept = bundled.get(concept_id)
        assert concept.kind == "vocabulary" and not concept.required, concept_id


TRAPS = [
    # (sentence with the other sense of the word, concept that must NOT be found there,
    #  sentence with the sense the concept is for, where it must be found)
    ("Les enfants sont enfin à l'abri des bombardements.", "shelter", "Des milliers de familles cherchent un abri."),  # safe from
    ("Les familles ont été mises à l'abri.", "shelter", "Les abris sont surpeuplés."),  # taken to safety
    ("Il tente de rejoindre sa famille.", "tents", "Une tente abrite huit personnes."),  # the verb tenter
    ("Il a succombé à une crise cardiaque.", "crisis", "La crise s'aggrave au Soudan."),  # a heart attack
    ("Elle a fait une crise d'asthme.", "crisis", "Les crises se multiplient."),
    ("La flambée des prix inquiète les ménages.", "outbreak", "Une flambée de rougeole a été signalée."),  # a price surge
    ("Le gouvernement poursuit l'assainissement des finances publiques.", "sanitation", "L'assainissement reste insuffisant dans les camps."),  # fiscal consolidation
    ("Le camp a été ouvert il y a moins de cinq ans.", "under-five", "La mortalité des moins de cinq ans recule."),  # less than five years ago
    ("La société civile a été consultée.", "civilians", "Des civils ont été tués."),  # the adjective civil
    ("La guerre civile a duré dix ans.", "civilians", "Les civils fuient les combats."),
    ("Le montant s'élève à 20 millions de dollars.", "students", "Les élèves ont repris les cours."),  # the verb s'élever
    ("Ils ont travaillé sans trêve pendant trois jours.", "truce", "La trêve a été respectée."),  # relentlessly
    ("Cette initiative a fait école dans la région.", "school", "L'école a été bombardée."),  # set a trend
    ("La viande crue doit être évitée.", "floods-crues", "Les crues ont emporté les récoltes."),  # raw
    ("Le relèvement des taux d'intérêt pèse sur les familles.", "recovery", "Le relèvement de la région prendra des années."),  # a rise
    ("La couverture vaccinale a progressé.", "blankets", "Des couvertures ont été distribuées."),  # coverage
    ("La mine de charbon a fermé.", "landmines", "Une mine terrestre a explosé."),  # a coal mine
    ("Elle a bonne mine.", "landmines", "Les mines antipersonnel tuent des enfants."),
    ("L'aide-soignante travaille de nuit.", "humanitarian-assistance", "L'aide humanitaire n'arrive plus."),  # a nursing assistant
    ("Il a eu un accès de colère.", "unimpeded-access", "Nous demandons un accès sans entrave."),  # a fit of anger
    ("J'ai reçu un appel téléphonique.", "funding-appeal", "L'appel de fonds a été lancé."),  # a phone call
    ("Le combat contre la pauvreté continue.", "fighting", "Les combats ont repris."),  # the fight against poverty
    ("Les ateliers de soudure ont rouvert.", "lean-season-bare", "La faim s'aggrave pendant la soudure."),  # welding, no food-security context
    ("Les répliques du ministre ont surpris.", "aftershocks", "Après le séisme, de fortes répliques ont été ressenties."),  # replies
    ("Les frappes au clavier sont enregistrées.", "strikes", "Les frappes ont visé un hôpital."),  # typing
    ("L'agence suédoise Sida finance le projet.", "aids", "La lutte contre le sida progresse."),  # the Swedish agency
    ("Le manque de routes constitue un handicap pour l'économie.", "disability", "Les enfants vivant avec un handicap sont exclus."),  # a drawback
    ("Ils sont revenus chez eux la semaine dernière.", "income", "Les revenus des ménages ont chuté."),  # the participle of revenir
    ("Le conflit d'intérêts a été signalé.", "conflict", "Le conflit entre dans sa troisième année."),  # conflict of interest
    ("L'évacuation des eaux usées pose problème.", "evacuation", "L'évacuation des blessés a commencé."),  # drainage
    ("Médecins Sans Frontières a ouvert un hôpital.", "doctors", "Les médecins manquent de matériel."),  # the NGO's name
    ("La riposte militaire a été immédiate.", "outbreak-response", "L'épidémie progresse et la riposte manque de moyens."),  # a military response
    ("Le front de mer a été aménagé.", "front-line", "Les combats se poursuivent le long du front."),  # the sea front
]


@pytest.mark.parametrize(("trap", "concept_id", "true_sense"), TRAPS, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(TRAPS)])
def test_trap_senses_are_not_forced(bundled, trap, concept_id, true_sense):
    # each sentence is its own release, as ``reltrans check`` and ``translate`` apply the document
    view = build_matcher(bundled, "fr", document_text=true_sense)
    assert concept_id in ids(view, true_sense), found(view, true_sense)
    view = build_matcher(bundled, "fr", document_text=trap)
    assert concept_id not in ids(view, trap), found(view, trap)


def test_bare_soudure_is_the_lean_season_only_in_a_food_security_release(bundled):
    food = "Dakar - L'insécurité alimentaire touche 5 millions de personnes. Pendant la soudure, les stocks s'épuisent."
    view = build_matcher(bundled, "fr", document_text=food)
    assert ("soudure", "lean-season-bare") in found(view, "Pendant la soudure, les stocks s'épuisent.")
    other = "Genève - L'atelier de soudure a fermé. Pendant la soudure, les ouvriers portent des masques."
    view = build_matcher(bundled, "fr", document_text=other)
    assert "lean-season-bare" not in ids(view, "Pendant la soudure, les ouvriers portent des masques.")


def test_aftershocks_only_in_an_earthquake_release(bundled):
    quake = "Le séisme de magnitude 7 a été suivi de fortes répliques."
    view = build_matcher(bundled, "fr", document_text=quake)
    assert "aftershocks" in ids(view, quake)


LONGER_TERMS_KEPT = [
    # (sentence, concept of the longer term that must still be found, new concept, a sentence
    #  where the new concept is found): a new term must not swallow the start of a longer term
    ("Les services de santé mentale manquent de personnel.", "mental-health", "health-services", "Les services de santé sont débordés."),
    ("Les ménages en situation d'insécurité alimentaire aiguë sont nombreux.", "acute-food-insecurity", "food-insecure", "Les ménages en situation d'insécurité alimentaire vendent leurs biens."),
    ("L'acheminement de l'aide humanitaire a repris.", "humanitarian-assistance", "aid-delivery", "L'acheminement de l'aide humanitaire a repris."),
    ("Les agents de santé communautaires sont formés.", "community-health-workers", "health-workers", "Les agents de santé sont épuisés."),
    ("Les soins de santé primaires sont gratuits.", "primary-health-care", "health-care", "Les soins de santé sont gratuits."),
    ("La vaccination systématique a été interrompue.", "routine-immunization", "vaccination", "La vaccination a repris."),
    ("Les prix des denrées alimentaires de base augmentent.", "food-prices", "foodstuffs", "Les denrées alimentaires manquent."),
]


@pytest.mark.parametrize(("text", "kept", "new", "new_text"), LONGER_TERMS_KEPT, ids=[k for _, k, _, _ in LONGER_TERMS_KEPT])
def test_longer_terms_of_other_concepts_still_win(fr, text, kept, new, new_text):
    assert new in ids(fr, new_text), found(fr, new_text)
    assert kept in ids(fr, text), found(fr, text)


def test_sexual_violence_is_not_bare_violence(fr):
    assert "violence" in ids(fr, "La violence a fait fuir les familles.")
    assert "violence" not in ids(fr, "Les violences sexuelles sont en hausse.")


def test_famine_risk_is_not_a_famine_declaration(fr):
    # IPC: a risk of famine is not a famine; the longer term holds the span
    assert found(fr, "Le risque de famine augmente.") == [("risque de famine", "risk-of-famine")]


def glossary_findings(glossary, source, target):
    entry = CatalogEntry(msgid=source, msgstr=target, line=4)
    report = check_catalog(Catalog(header=HEADER, entries=(entry,), path="v.po"), glossary=glossary)
    return [(f.code, f.severity) for f in report.findings if f.code.startswith("RT1")]


def test_check_accepts_the_paraphrases_official_translations_use(bundled):
    source = "Les frappes aériennes ont endommagé les installations hydrauliques et sanitaires."
    assert glossary_findings(bundled, source, "Air strikes damaged water and sanitation facilities.") == []
    assert glossary_findings(bundled, source, "Airstrikes damaged water and sanitation facilities.") == []
    # vocabulary left out is a warning on a reviewed entry, never an error
    found_codes = glossary_findings(bundled, source, "Bombs damaged the pipes.")
    assert found_codes and all(severity == Severity.WARNING for _, severity in found_codes)
