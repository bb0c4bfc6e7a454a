"""Everyday release vocabulary and the terms verified lists hold (issue 14, recall on real releases).

Every sentence here is written for this test in the style of UN releases; none is copied from a
release. Each case matches a French sentence as its own document (as `reltrans translate` does),
checks that the term is found as the expected concept, and that the English the agencies write
for it is admitted by that concept. A second table checks the everyday senses that must stay
unmatched.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher

# (French sentence, French term, concept id, English sentence, English term)
FOUND = [
    ("Au Tchad, les enfants vont à l'école grâce au HCR.", "enfants", "children-bare", "In Chad, the kids attend school thanks to UNHCR.", "kids"),
    ("L'OIM a aidé les victimes des combats à Goma.", "victimes", "victims-bare", "IOM helped survivors of the fighting in Goma.", "survivors"),
    ("Les migrants doivent pouvoir faire valoir leurs droits, a déclaré le HCR.", "droits", "rights-bare", "Migrants must be able to claim their rights, UNHCR said.", "rights"),
    ("Les réfugiés cherchent la sécurité en Ouganda.", "sécurité", "safety-security-review", "Refugees are seeking safety in Uganda.", "safety"),
    ("Les réfugiés ont besoin de protection et d'un abri.", "protection", "protection-bare", "Refugees need protection and shelter.", "protection"),
    ("Le HCR appelle à la solidarité avec les pays d'accueil.", "solidarité", "solidarity", "UNHCR calls for solidarity with host countries.", "solidarity"),
    ("L'UNICEF soutient les jeunes de la région.", "jeunes", "young-people", "UNICEF supports youth in the region.", "youth"),
    ("Les femmes déplacées courent des risques.", "femmes", "women-bare", "Displaced women face risks.", "women"),
    ("Les filles déplacées quittent l'école.", "filles", "girls-bare", "Displaced girls leave school.", "girls"),
    ("Le PAM a atteint 40 000 bénéficiaires en mai.", "bénéficiaires", "beneficiaries", "WFP reached 40,000 people assisted in May.", "people assisted"),
    ("Les restrictions de voyage ont freiné les retours, selon l'OIM.", "restrictions", "restrictions", "Travel restrictions slowed returns, IOM said.", "restrictions"),
    ("Les terroristes recrutent des enfants, selon l'ONUDC.", "terroristes", "terrorists", "Terrorists recruit children, UNODC says.", "Terrorists"),
    ("L'ONUDC aide les pays à lutter contre le terrorisme.", "terrorisme", "terrorism", "UNODC helps countries counter terrorism.", "terrorism"),
    ("Il faut traduire les criminels en justice, a dit l'ONUDC.", "criminels", "criminals", "Offenders must be brought to justice, UNODC said.", "Offenders"),
    ("Les groupes armés recrutent de nouveaux combattants.", "combattants", "fighters", "Armed groups recruit new fighters.", "fighters"),
    ("Un enfant sur trois subit du harcèlement à l'école, selon l'UNICEF.", "harcèlement", "harassment", "One child in three faces bullying at school, UNICEF says.", "bullying"),
    ("Le pays a fêté son indépendance en juillet.", "indépendance", "independence", "The country celebrated its independence in July.", "independence"),
    ("L'ONUDC fournit une assistance technique aux tribunaux.", "assistance technique", "technical-assistance", "UNODC provides technical support to the courts.", "technical support"),
    ("Le bien-être des migrants est une priorité.", "bien-être", "well-being", "The wellbeing of migrants is a priority.", "wellbeing"),
    ("L'intégrité physique des migrants doit être respectée.", "intégrité physique", "physical-integrity", "The physical integrity of migrants must be respected.", "physical integrity"),
    ("L'OIM mène des activités de sensibilisation auprès des jeunes.", "activités de sensibilisation", "outreach-activities", "IOM conducts outreach activities with young people.", "outreach activities"),
    ("Les critères d'éligibilité varient selon les pays.", "critères d'éligibilité", "eligibility-criteria", "Eligibility criteria vary by country.", "Eligibility criteria"),
    ("Au premier semestre 2024, 21 000 migrants sont rentrés.", "premier semestre", "first-half-year", "In the first half of 2024, 21,000 migrants returned.", "first half"),
    ("Au deuxième semestre, les arrivées ont baissé.", "deuxième semestre", "second-half-year", "In the second half of the year, arrivals fell.", "second half"),
    ("L'OIM travaille avec les communautés locales.", "communautés", "communities-bare", "IOM works with local communities.", "communities"),
    ("Des milliers de familles ont fui les combats.", "familles", "families-bare", "Thousands of families fled the fighting.", "families"),
    ("Les autorités ont ouvert deux centres d'accueil.", "autorités", "authorities-bare", "The authorities opened two reception centres.", "authorities"),
    ("Les besoins restent immenses dans la région, selon l'OCHA.", "besoins", "needs-bare", "Needs remain huge in the region, OCHA says.", "Needs"),
    ("Le HCR et ses partenaires distribuent des vivres.", "partenaires", "partners-bare", "UNHCR and its partners distribute food.", "partners"),
    ("L'accès à la santé reste limité pour les réfugiés.", "santé", "health-bare", "Access to healthcare remains limited for refugees.", "healthcare"),
    ("L'accès à la santé reste limité pour les réfugiés.", "accès", "access-bare", "Access to healthcare remains limited for refugees.", "Access"),
    ("Les données de l'OIM montrent une hausse des arrivées.", "données", "data-bare", "IOM data show a rise in arrivals.", "data"),
    ("Les réfugiés rêvent de paix et de retour.", "paix", "peace-bare", "Refugees dream of peace and of return.", "peace"),
    ("La population a fui vers le sud.", "population", "population-bare", "People fled to the south.", "People"),
    ("Le naufrage a fait au moins 45 morts.", "morts", "deaths-morts", "The shipwreck left at least 45 dead.", "dead"),
    ("L'UNICEF aide 2 000 orphelins au Malawi.", "orphelins", "orphans", "UNICEF helps 2,000 orphans in Malawi.", "orphans"),
    ("Le DG de l'OIM s'est rendu à Rome.", "DG", "dg-acronym", "The IOM DG travelled to Rome.", "DG"),
    ("Les pays de l'EEE ont accueilli 5 000 migrants.", "EEE", "eea-acronym", "EEA countries received 5,000 migrants.", "EEA"),
    ("La CPJPC se réunit à Vienne en mai.", "CPJPC", "ccpcj-acronym", "The CCPCJ meets in Vienna in May.", "CCPCJ"),
    ("La CND a adopté trois résolutions.", "CND", "cnd-acronym", "The CND adopted three resolutions.", "CND"),
    ("L'ARVR a aidé 9 000 migrants en 2022.", "ARVR", "arvr-acronym", "AVRR assisted 9,000 migrants in 2022.", "AVRR"),
    ("Le programme REAG/GARP finance les retours.", "REAG/GARP", "reag-garp", "The REAG/GARP programme funds returns.", "REAG/GARP"),
    ("Le CRRF est appliqué en Ouganda.", "CRRF", "crrf-acronym", "The CRRF is applied in Uganda.", "CRRF"),
    ("Le rapport mondial de l'ONUDC sur la traite des personnes sera publié en juin.", "rapport mondial", "global-report-trafficking-short", "UNODC's Global Report on trafficking in persons will be published in June.", "Global Report"),
    ("Le Rapport mondial sur la migration paraît tous les deux ans.", "Rapport mondial sur la migration", "world-migration-report", "The World Migration Report appears every two years.", "World Migration Report"),
    ("Déclaration liminaire du Haut Commissaire", "Déclaration liminaire", "opening-statement", "Opening remarks by the High Commissioner", "Opening remarks"),
    ("Les États doivent partager les responsabilités envers les réfugiés.", "partager les responsabilités", "responsibility-sharing", "States must share responsibility for refugees.", "share responsibility"),
    ("Le HCR appelle à une réponse globale à la crise.", "réponse globale", "comprehensive-response", "UNHCR calls for a comprehensive response to the crisis.", "comprehensive response"),
    ("Des millions d'enfants meurent de causes évitables.", "causes évitables", "preventable-causes", "Millions of children die of preventable causes.", "preventable causes"),
    ("Une migration bien gérée profite à tous.", "bien gérée", "well-managed", "Well-managed migration benefits everyone.", "Well-managed"),
    ("La migration doit être sûre, ordonnée et régulière.", "sûre, ordonnée et régulière", "safe-orderly-regular", "Migration must be safe, orderly and regular.", "safe, orderly and regular"),
    ("L'OIM a porté assistance à 800 migrants bloqués.", "porté assistance", "provide-assistance", "IOM assisted 800 stranded migrants.", "assisted"),
    ("L'OIM aide les migrants à se réintégrer dans leur pays.", "se réintégrer", "reintegrate-verb", "IOM helps migrants reintegrate in their country.", "reintegrate"),
    ("Elle a été nommée chef de cabinet de l'OIM.", "chef de cabinet", "chief-of-staff", "She was appointed IOM Chief of Staff.", "Chief of Staff"),
    ("La Directrice générale adjointe de l'UNICEF s'est rendue au Yémen.", "Directrice générale adjointe", "unicef-deputy-executive-director", "The UNICEF Deputy Executive Director visited Yemen.", "Deputy Executive Director"),
    ("L'OIM compte 175 États membres.", "États membres", "member-states-iom-house", "IOM has 175 member states.", "member states"),
    ("La conférence s'est tenue à Auckland.", "Auckland", "auckland", "The conference was held in Auckland.", "Auckland"),
    ("Le HCR fait face à un afflux de réfugiés.", "afflux de réfugiés", "refugee-influx", "UNHCR faces refugee flows.", "refugee flows"),
    ("Le PAM manque de fonds pour nourrir les réfugiés.", "fonds", "funds-bare", "WFP lacks funding to feed refugees.", "funding"),
    ("Le ministère de la Santé a confirmé 12 cas.", "ministère", "ministry-bare", "The Ministry of Health confirmed 12 cases.", "Ministry"),
    ("Le rapport de l'OIM sera publié lundi.", "rapport", "report-bare", "The IOM report will be published on Monday.", "report"),
    ("La réunion des donateurs a lieu à Genève.", "réunion", "meeting-bare", "The donors' meeting takes place in Geneva.", "meeting"),
    ("Le sommet sur les réfugiés s'ouvre demain.", "sommet", "summit-bare", "The refugee summit opens tomorrow.", "summit"),
    ("Le Conseil a adopté une résolution sur la Syrie.", "résolution", "resolution-bare", "The Council adopted a resolution on Syria.", "resolution"),
    ("Les deux pays ont signé un accord sur les retours.", "accord", "agreement-bare", "The two countries signed a deal on returns.", "deal"),
    ("Les donateurs ont tenu leurs engagements.", "engagements", "commitments-bare", "Donors kept their pledges.", "pledges"),
    ("On note une hausse des arrivées par la mer.", "hausse", "rise-increase", "There is a rise in sea arrivals.", "rise"),
    ("Le HCR constate une baisse des départs.", "baisse", "fall-decrease", "UNHCR notes a drop in departures.", "drop"),
    ("Les blessés ont reçu des soins à Gaza.", "soins", "care-soins", "The wounded received treatment in Gaza.", "treatment"),
    ("Les mères attendent devant le centre de santé.", "mères", "mothers", "Mothers wait outside the health centre.", "Mothers"),
    ("L'insécurité empêche l'accès des humanitaires.", "insécurité", "insecurity-bare", "Insecurity hampers humanitarian access.", "Insecurity"),
    ("Les familles manquent d'eau dans le camp.", "eau", "water-bare", "Families lack water in the camp.", "water"),
    ("Les pluies ont détruit des maisons.", "pluies", "rains", "The rains destroyed homes.", "rains"),
    ("Les incendies ont forcé 4 000 personnes à fuir.", "incendies", "fires", "The fires forced 4,000 people to flee.", "fires"),
    ("Les émissions du secteur ont baissé.", "émissions", "emissions", "The sector's emissions fell.", "emissions"),
    ("L'adaptation des villes est une priorité.", "adaptation", "adaptation-bare", "Adapting cities is a priority.", "Adapting"),
    ("Trois journalistes ont été tués à Gaza.", "journalistes", "journalists", "Three journalists were killed in Gaza.", "journalists"),
    ("La police a arrêté douze passeurs.", "police", "police-bare", "Police arrested twelve smugglers.", "Police"),
    ("Les forces de sécurité ont tiré sur la foule.", "forces de sécurité", "security-forces", "Security forces fired on the crowd.", "Security forces"),
    ("Le maintien de la paix coûte moins que la guerre.", "maintien de la paix", "peacekeeping", "Peacekeeping costs less than war.", "Peacekeeping"),
    ("Les attaques se multiplient dans le nord.", "attaques", "attacks", "Attacks are increasing in the north.", "Attacks"),
    ("Les armes circulent librement dans la région.", "armes", "weapons", "Weapons circulate freely in the region.", "Weapons"),
    ("Les violations des droits des enfants ont doublé.", "violations", "violations-bare", "Violations of children's rights doubled.", "Violations"),
    ("Les corps de 20 migrants ont été retrouvés après le naufrage.", "corps", "bodies-remains", "The bodies of 20 migrants were found after the shipwreck.", "bodies"),
    ("Le bateau transportait 80 migrants.", "bateau", "boats", "The boat was carrying 80 migrants.", "boat"),
    ("La nouvelle loi protège les victimes de la traite.", "loi", "legislation-laws", "The new law protects victims of trafficking.", "law"),
    ("Les politiques nationales doivent changer.", "politiques", "policies-bare", "National policies must change.", "policies"),
    ("Le projet a aidé 600 familles.", "projet", "projects-bare", "The project helped 600 families.", "project"),
    ("Le HCR remercie les donateurs pour leur soutien.", "soutien", "support-soutien", "UNHCR thanks donors for their support.", "support"),
    ("L'exode vers le Tchad se poursuit.", "exode", "exodus", "The exodus to Chad continues.", "exodus"),
    ("Dans leur fuite, les familles ont tout perdu.", "fuite", "flight-fuite", "In their flight, families lost everything.", "flight"),
    ("La survie de milliers d'enfants est en jeu.", "survie", "survival", "The survival of thousands of children is at stake.", "survival"),
    ("« Nous devons agir », a déclaré le Haut Commissaire.", "a déclaré", "said-declared", "“We must act,” the High Commissioner said.", "said"),
    ("Le rapport met en lumière les risques de la traversée.", "met en lumière", "stressed-emphasized", "The report highlights the risks of the crossing.", "highlights"),
    ("Plus de 3 000 personnes ont fui.", "personnes", "people-personnes", "More than 3,000 people fled.", "people"),
    ("Les hommes ont été séparés des femmes.", "hommes", "men-bare", "The men were separated from the women.", "men"),
    ("Les garçons sont recrutés de force.", "garçons", "boys-bare", "Boys are forcibly recruited.", "Boys"),
    ("Les parents cherchent leurs enfants disparus.", "parents", "parents-bare", "Parents are searching for their missing children.", "Parents"),
    ("La crise frappe d'abord les plus pauvres.", "plus pauvres", "poor-people", "The crisis hits the poorest first.", "poorest"),
    ("Les citoyens ont voté dans le calme.", "citoyens", "citizens", "Citizens voted peacefully.", "Citizens"),
    ("Le HCR a publié un communiqué de presse.", "communiqué de presse", "press-release", "UNHCR issued a press release.", "press release"),
    ("Les migrants sont rentrés par vols commerciaux.", "vols commerciaux", "commercial-flights", "The migrants went home on commercial flights.", "commercial flights"),
    ("Les femmes yazidies ont témoigné à Genève.", "yazidies", "yazidi", "Yazidi women testified in Geneva.", "Yazidi"),
    ("L'EIIL a recruté des enfants.", "EIIL", "isil", "ISIL recruited children.", "ISIL"),
    ("Lors d'un point presse à Genève, le porte-parole a parlé.", "point presse", "press-briefing", "At a media briefing in Geneva, the spokesperson spoke.", "media briefing"),
    ("Allocution de clôture du Directeur exécutif", "Allocution de clôture", "closing-remarks", "Closing remarks by the Executive Director", "Closing remarks"),
    ("Les interventions chirurgicales ont été reportées.", "interventions chirurgicales", "surgery", "Surgery was postponed.", "Surgery"),
    ("Les accidents de la route tuent 1,3 million de personnes.", "accidents de la route", "road-crashes", "Road traffic crashes kill 1.3 million people.", "Road traffic crashes"),
    ("Ces maladies touchent surtout les enfants.", "maladies", "diseases", "These diseases mainly affect children.", "diseases"),
    ("Le cancer et le diabète progressent.", "diabète", "diabetes", "Cancer and diabetes are rising.", "diabetes"),
    ("Le cancer et le diabète progressent.", "cancer", "cancer", "Cancer and diabetes are rising.", "Cancer"),
    ("Le virus touche 120 pays et territoires.", "pays et territoires", "countries-and-territories", "The virus affects 120 countries and territories.", "countries and territories"),
    ("Des familles ont dû quitter leur foyer.", "foyer", "homes-foyers", "Families had to leave their homes.", "homes"),
    ("Le nombre de réfugiés atteint un niveau record.", "niveau record", "record-level", "The number of refugees is at a record high.", "record high"),
    ("C'est un rappel de notre humanité commune.", "humanité commune", "common-humanity", "It is a reminder of our common humanity.", "common humanity"),
    ("Le droit international protège les civils.", "droit international", "international-law", "International law protects civilians.", "International law"),
    ("L'asile est un droit humain fondamental.", "droit humain fondamental", "fundamental-right", "Asylum is a fundamental human right.", "fundamental human right"),
    ("Les persécutions fondées sur leur genre sont un motif d'asile.", "genre", "gender-bare", "Persecution based on their gender is a ground for asylum.", "gender"),
    ("Le terrorisme fait partie des menaces mondiales.", "menaces", "threats", "Terrorism is one of the global threats.", "threats"),
    ("Le terrorisme fait partie des menaces mondiales.", "mondiales", "global-mondial", "Terrorism is one of the global threats.", "global"),
    ("Le Haut Commissaire est en visite officielle au Kenya.", "visite officielle", "visit", "The High Commissioner is on an official visit to Kenya.", "official visit"),
    ("L'instabilité pousse les familles à fuir.", "instabilité", "instability", "Instability is pushing families to flee.", "Instability"),
    ("Les délégués ont adopté le texte.", "délégués", "delegates", "Delegates adopted the text.", "Delegates"),
    ("Seul un règlement politique mettra fin au conflit.", "règlement politique", "political-settlement", "Only a political settlement will end the conflict.", "political settlement"),
    ("Les navires SAR des ONG attendent au large. Le sauvetage continue.", "SAR", "sar-acronym", "The NGO SAR ships wait offshore. The rescue continues.", "SAR"),
    ("Malgré le plaidoyer du HCR, rien n'a changé.", "plaidoyer", "advocacy", "Despite UNHCR's advocacy, nothing changed.", "advocacy"),
    ("Les rescapés restent bloqués à bord depuis dix jours, selon l'OIM.", "bloqués", "stranded-bare", "The survivors have been stranded on board for ten days, IOM said.", "stranded"),
    ("Les autres rescapés attendent un port sûr.", "rescapés", "survivor", "The remaining survivors are waiting for a safe port.", "survivors"),
    ("La Libye reste la principale destination des migrants.", "principale destination", "destination-bare", "Libya remains the leading destination for migrants.", "leading destination"),
    ("La pauvreté et le sous-développement poussent à l'exil.", "sous-développement", "underdevelopment", "Poverty and underdevelopment drive exile.", "underdevelopment"),
    ("La migration contribue à la croissance.", "croissance", "growth-bare", "Migration contributes to growth.", "growth"),
    ("Le rapport sera examiné en séance plénière.", "séance plénière", "plenary", "The report will be discussed in plenary.", "plenary"),
    ("L'emploi des jeunes migrants reste précaire.", "emploi", "employment-bare", "Employment of young migrants remains precarious.", "Employment"),
    ("La mondialisation accélère la mobilité.", "mondialisation", "globalization", "Globalization speeds up mobility.", "Globalization"),
    ("L'évolution démographique change le marché du travail.", "évolution démographique", "demographic-change", "Demographic shifts are changing the labour market.", "Demographic shifts"),
    ("L'an dernier, une personne a été déplacée toutes les trois secondes, selon le HCR.", "été déplacée", "displaced-verb", "Last year, someone was displaced every three seconds, UNHCR says.", "displaced"),
]


@pytest.mark.parametrize(("fr_text", "fr_term", "concept_id", "en_text", "en_term"), FOUND)
def test_term_is_found_with_its_english(bundled, fr_text: str, fr_term: str, concept_id: str, en_text: str, en_term: str) -> None:
    fr = build_matcher(bundled, "fr", document_text=fr_text)
    start = fr_text.index(fr_term)
    hits = [m.concept_id for m in fr.find(fr_text) if m.status != "forbidden" and m.start <= start and start + len(fr_term) <= m.end]
    assert concept_id in hits, hits
    en = build_matcher(fr.glossary, "en")
    en_start = en_text.index(en_term)
    spans = [(m.start, m.end) for m in en.find_concept(en_text, concept_id) if m.status != "forbidden"]
    assert any(s <= en_start and en_start + len(en_term) <= e for s, e in spans), spans


def test_every_new_kind_is_tested(bundled) -> None:
    assert {bundled.get(cid).kind for _, _, cid, _, _ in FOUND} == {"vocabulary", "acronym", "name", "title"}


# words in an everyday sense: no concept over them when the sentence is its own document
EVERYDAY = [
    ("Ses petits-enfants viennent le dimanche.", "enfants"),
    ("La victime de l'accident de la route a été opérée.", "victime"),
    ("Les droits de douane sur l'acier ont doublé.", "droits"),
    ("Les droits d'auteur du roman ont été vendus.", "droits"),
    ("La protection des données est une obligation des banques.", "protection"),
    ("Il a eu un accès de colère pendant la réunion.", "accès"),
    ("Les jeunes pousses de la Silicon Valley lèvent des fonds.", "jeunes"),
    ("Étant données les circonstances, la fête est annulée.", "données"),
    ("Les partenaires de tennis se retrouvent le jeudi.", "partenaires"),
    ("Ils sont morts de rire devant le film.", "morts"),
    ("La belle-fille du maire a ouvert une boulangerie.", "fille"),
    ("Le juge de paix a tranché le litige.", "paix"),
    ("La Communauté européenne a été créée en 1957.", "Communauté"),
    ("Les prix ont baissé par rapport à l'an dernier.", "rapport"),
    ("Les rapports entre les deux voisins sont tendus.", "rapports"),
    ("Nous sommes d'accord sur le calendrier.", "accord"),
    ("Le corps diplomatique a été reçu à l'Élysée.", "corps"),
    ("Une fuite d'eau a inondé la cuisine.", "fuite"),
    ("La police d'assurance couvre les dégâts.", "police"),
    ("Les émissions de télévision du samedi ont changé.", "émissions"),
    ("L'alimentation électrique de l'usine a été coupée.", "alimentation"),
    ("Le projet de loi sera voté mardi.", "projet"),
    ("Le soutien-gorge est en promotion.", "soutien"),
    ("Les fonds marins abritent des espèces inconnues.", "fonds"),
    ("Nous avons atteint le sommet de la montagne à midi.", "sommet"),
    ("Nous savons que la route est longue.", "savons"),
    ("Ce genre de film plaît aux adolescents.", "genre"),
    ("Il a utilisé le mode d'emploi de la machine.", "emploi"),
    ("L'emploi de la force a été condamné.", "emploi"),
    ("Le foyer de contamination a été isolé.", "foyer"),
    ("La visite médicale est obligatoire.", "visite"),
    ("SAR le prince a inauguré le musée.", "SAR"),
]


@pytest.mark.parametrize(("sentence", "word"), EVERYDAY)
def test_everyday_sense_is_not_matched(concepts_over, sentence: str, word: str) -> None:
    from_new = {"children-bare", "victims-bare", "rights-bare", "protection-bare", "access-bare", "young-people", "data-bare", "partners-bare", "deaths-morts", "girls-bare", "peace-bare", "communities-bare",
                "report-bare", "agreement-bare", "bodies-remains", "flight-fuite", "police-bare", "emissions", "food-alimentation", "projects-bare", "support-soutien", "funds-bare", "summit-bare",
                "soap", "gender-bare", "employment-bare", "homes-foyers", "visit", "sar-acronym", "displaced-verb"}
    assert not from_new & set(concepts_over(sentence, word))


def test_ambiguous_security_is_never_forced(bundled) -> None:
    concept = bundled.get("safety-security-review")
    assert concept.review and concept.preferred("en") is None
