"""Recall and precision of the bundled glossary on press-release French (IOM, UNHCR, UNODC, WFP,
OCHA, UNICEF, WHO, UNDP).

Each recall case is a sentence written the way these releases are, with the concepts the
matcher must find in it; each precision case is a sentence where a concept must *not* be found
(common-noun use, a longer name that wins, a substring, an adjective). The real matcher runs on
the real bundled glossary, so a data change that loses a term or adds a false match fails here.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import Glossary, Matcher, build_matcher, load_glossaries


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_glossaries()


@pytest.fixture(scope="module")
def fr(bundled: Glossary) -> Matcher:
    return build_matcher(bundled, "fr")


def found_ids(matcher: Matcher, text: str) -> set[str]:
    return {m.concept_id for m in matcher.find(text)}


def found_pairs(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


# ------------------------------------------------------------------------------------ recall
RECALL: list[tuple[str, set[str]]] = [
    # humanitarian coordination (OCHA)
    ("GENÈVE – L'Organisation internationale pour les migrations (OIM) a publié l'Aperçu des besoins humanitaires pour le Tchad.",
     {"geneva", "iom-name", "iom", "humanitarian-needs-overview", "chad"}),
    ("Le plan de réponse humanitaire pour la Somalie n'est financé qu'à 20 % et 6,9 millions de personnes dans le besoin attendent une aide.",
     {"humanitarian-response-plan", "somalia", "people-in-need"}),
    ("Selon l'Aperçu de la situation humanitaire mondiale, la réponse humanitaire doit s'adapter aux phénomènes météorologiques extrêmes.",
     {"global-humanitarian-overview", "humanitarian-response", "extreme-weather-events"}),
    ("Trois travailleurs humanitaires ont été tués au Soudan du Sud, en violation du droit international humanitaire.",
     {"humanitarian-worker", "south-sudan", "international-humanitarian-law"}),
    ("À l'occasion de la Journée mondiale de l'aide humanitaire, le Coordonnateur des secours d'urgence a rappelé les principes humanitaires.",
     {"world-humanitarian-day", "emergency-relief-coordinator", "humanitarian-principles"}),
    ("Le HCR appelle au respect du droit international des réfugiés et du droit international des droits de l'homme.",
     {"unhcr", "international-refugee-law", "international-human-rights-law"}),
    ("Les systèmes d'alerte rapide sauvent des vies en Asie-Pacifique, selon l'Organisation météorologique mondiale (OMM).",
     {"early-warning", "asia-pacific", "wmo-name", "wmo"}),
    # food security and nutrition (WFP, UNICEF, IPC)
    ("Au Niger et au Mali, 3,3 millions de personnes sont en situation d'insécurité alimentaire aiguë pendant la période de soudure.",
     {"niger", "mali", "acute-food-insecurity", "lean-season"}),
    ("Le PAM alerte : la faim aiguë touche 45 millions de personnes en Afrique de l'Ouest et du Centre.",
     {"wfp", "acute-hunger", "west-central-africa"}),
    ("Plus de 500 000 enfants souffrent de malnutrition aiguë sévère au Burkina Faso, selon l'UNICEF.",
     {"severe-acute-malnutrition", "burkina-faso", "unicef"}),
    ("Le retard de croissance et l'émaciation restent élevés dans le bassin du lac Tchad.",
     {"stunting", "wasting", "lake-chad-basin"}),
    ("Selon le Cadre intégré de classification de la sécurité alimentaire, la famine menace la bande de Gaza.",
     {"ipc-name", "gaza-strip"}),
    ("Le Programme alimentaire mondial fournit des repas scolaires et des transferts monétaires aux familles réfugiées en Ouganda.",
     {"wfp-name", "school-meals", "cash-based-transfers", "refugee", "uganda"}),
    ("L'assistance alimentaire et l'assistance en espèces ont atteint 1,2 million de personnes en Éthiopie.",
     {"food-assistance", "cash-based-transfers", "ethiopia"}),
    ("Le Rapport mondial sur les crises alimentaires sera présenté avec le Fonds international de développement agricole (FIDA).",
     {"global-report-food-crises", "ifad-name", "ifad"}),
    # health (WHO, UNICEF, UNFPA)
    ("L'OMS a déclaré que la flambée de mpox constitue une urgence de santé publique de portée internationale au titre du Règlement sanitaire international.",
     {"who", "mpox", "pheic", "international-health-regulations"}),
    ("La vaccination systématique contre la rougeole et la poliomyélite a reculé en Afghanistan et au Pakistan.",
     {"routine-immunization", "measles", "polio", "afghanistan", "pakistan"}),
    ("Le paludisme et la maladie à virus Ebola restent des menaces en République démocratique du Congo.",
     {"malaria", "ebola-virus-disease", "drc"}),
    ("L'UNFPA soutient la santé sexuelle et procréative et la lutte contre les mutilations génitales féminines (MGF).",
     {"unfpa", "sexual-reproductive-health", "fgm", "fgm-acronym"}),
    ("L'OIM offre des services de santé mentale et des premiers secours psychologiques aux migrants de retour.",
     {"iom", "mental-health", "psychological-first-aid", "returning-migrants"}),
    # children and protection (UNICEF, UNHCR, OHCHR)
    ("Le groupe de la protection de l'enfance a libéré 200 enfants associés aux forces armées et aux groupes armés.",
     {"child-protection", "children-associated-armed-forces"}),
    ("Au Yémen, deux millions d'enfants non scolarisés et de nombreuses personnes handicapées ont besoin d'aide.",
     {"yemen", "out-of-school-children", "persons-with-disabilities"}),
    ("Les violences sexuelles liées aux conflits et la violence à l'égard des femmes et des filles ont augmenté en Haïti.",
     {"conflict-related-sexual-violence", "violence-against-women", "haiti"}),
    ("Beaucoup de réfugiés n'ont pas de documents d'identité, a indiqué le Haut-Commissaire pour les réfugiés.",
     {"refugee", "identity-documents", "high-commissioner-refugees-short"}),
    ("Le nombre de personnes déracinées dans le monde dépasse 120 millions, selon le HCR.",
     {"forcibly-displaced", "unhcr"}),
    ("Le HCR appuie les personnes relevant de la compétence du HCR au Bangladesh, dont un million de réfugiés rohingya.",
     {"unhcr", "persons-of-concern", "bangladesh", "refugee", "rohingya"}),
    ("Les pays de premier asile et les pays hôtes se réuniront au Forum mondial sur les réfugiés à Genève.",
     {"country-of-first-asylum", "host-country", "global-refugee-forum", "geneva"}),
    # migration (IOM)
    ("Les garde-côtes ont mené une opération de recherche et de sauvetage avant le débarquement des migrants en Italie.",
     {"coast-guard", "search-and-rescue", "disembarkation", "migrant", "italy"}),
    ("La route migratoire de la Méditerranée centrale reste la plus meurtrière au monde, selon le Projet sur les migrants disparus.",
     {"migration-route", "central-mediterranean", "missing-migrants-project"}),
    ("L'OIM appelle à ouvrir des voies sûres et légales pour les migrants qui traversent le Mexique, le Guatemala et le Honduras.",
     {"iom", "safe-legal-pathways", "migrant", "mexico", "guatemala", "honduras"}),
    ("L'Initiative conjointe UE-OIM soutient la réintégration durable des migrants de retour au Sénégal et en Guinée.",
     {"eu-iom-joint-initiative", "sustainable-reintegration", "returning-migrants", "senegal", "guinea"}),
    ("La mobilité de la main-d'œuvre et les migrations internationales sont au cœur du Pacte mondial sur les migrations.",
     {"labour-mobility", "international-migration", "gcm-short"}),
    ("Le nombre de migrants internationaux a atteint 281 millions, selon l'État de la migration dans le monde.",
     {"international-migrants", "world-migration-report"}),
    ("Les partenaires de mise en œuvre aux points de passage frontaliers d'Érythrée distribuent des articles non alimentaires.",
     {"implementing-partners", "border-crossing-point", "eritrea", "nfi"}),
    # crime, drugs, terrorism (UNODC)
    ("L'ONUDC lutte contre le blanchiment d'argent et la cybercriminalité en Afrique de l'Ouest.",
     {"unodc", "money-laundering", "cybercrime", "west-africa"}),
    ("Le Rapport mondial sur les drogues a été présenté à la Commission des stupéfiants à Vienne.",
     {"world-drug-report", "commission-narcotic-drugs", "vienna"}),
    ("La Convention des Nations Unies contre la corruption renforce la justice pénale.",
     {"uncac", "criminal-justice"}),
    ("La lutte contre le terrorisme et la prévention de l'extrémisme violent au Sahel restent une priorité.",
     {"counter-terrorism", "violent-extremism", "sahel"}),
    # development (UNDP) and titles
    ("Selon le Rapport sur le développement humain du PNUD, l'extrême pauvreté a augmenté et l'aide publique au développement a baissé.",
     {"human-development-report", "undp", "extreme-poverty", "oda"}),
    ("L'Administrateur du PNUD et la Représentante résidente ont visité le Burkina Faso.",
     {"undp-administrator", "undp", "resident-representative", "burkina-faso"}),
    ("Le Conseiller spécial du Secrétaire général et la Haute-Commissaire aux droits de l'homme se sont rendus en Ukraine.",
     {"special-adviser", "secretary-general", "high-commissioner-human-rights-short", "ukraine"}),
    # places
    ("Les réfugiés et migrants du Venezuela sont accueillis en Colombie, tandis que d'autres fuient la Syrie.",
     {"venezuela-short", "colombia", "syria-short"}),
    ("Des réfugiés ukrainiens ont trouvé refuge en République de Moldova et en Allemagne.",
     {"republic-of-moldova", "germany"}),
    ("Les arrivées en Grèce, en Espagne et à Malte ont augmenté ; elles baissent en Italie.",
     {"greece", "spain", "malta", "italy"}),
    ("Le bureau régional de l'OIM à Dakar, le bureau régional pour l'Asie et le Pacifique à Bangkok et le bureau de Nairobi coordonnent la réponse.",
     {"regional-office", "iom", "dakar", "asia-pacific", "bangkok", "nairobi"}),
    ("La situation reste critique dans l'État de Palestine : en Cisjordanie et dans tout le Territoire palestinien occupé.",
     {"state-of-palestine", "west-bank", "occupied-palestinian-territory"}),
    ("BRUXELLES – La Suisse, la Belgique et les Pays-Bas ont annoncé leurs contributions au Caire et à New York.",
     {"brussels", "switzerland", "belgium", "netherlands", "cairo", "new-york"}),
    ("La Guinée équatoriale, le Kenya, le Myanmar et l'Amérique centrale figurent dans le rapport sur l'Asie du Sud-Est et l'Afrique centrale.",
     {"equatorial-guinea", "kenya", "myanmar", "central-america", "south-east-asia", "central-africa"}),
]


@pytest.mark.parametrize(("text", "expected"), RECALL, ids=[f"recall-{i}" for i in range(len(RECALL))])
def test_recall(fr: Matcher, text: str, expected: set[str]) -> None:
    missing = expected - found_ids(fr, text)
    assert not missing, f"not found: {sorted(missing)} in {found_pairs(fr, text)}"


# --------------------------------------------------------------------------------- precision
PRECISION: list[tuple[str, str]] = [
    # common-noun or other senses
    ("Le pays connaît un retard de croissance économique depuis deux ans.", "stunting"),
    ("Le débarquement de Normandie est commémoré chaque année.", "disembarkation"),
    ("L'administrateur de la société a démissionné.", "undp-administrator"),
    ("Les personnes relevant de la compétence des tribunaux nationaux ont été entendues.", "persons-of-concern"),
    ("Le don a été versé en francs suisses par la Confédération suisse.", "switzerland"),
    ("Les transferts de fonds des migrants ont atteint un niveau record.", "cash-based-transfers"),
    # substrings and adjectives
    ("Les autorités du Nigéria ont accueilli la délégation.", "niger"),
    ("Des réfugiés syriens sont arrivés au Liban.", "syria-short"),
    ("Une politique migratoire cohérente est nécessaire.", "polio"),
    ("Les ressortissants colombiens et mexicains attendent à la frontière.", "colombia"),
    # a longer name wins over its part
    ("La Guinée équatoriale a signé l'accord.", "guinea"),
    ("Le Venezuela (République bolivarienne du) a participé à la réunion.", "venezuela-short"),
    ("La République arabe syrienne a participé à la réunion.", "syria-short"),
    ("Le taux de malnutrition aiguë globale dépasse le seuil d'urgence.", "acute-malnutrition"),
    ("L'OIM renforce la santé mentale et soutien psychosocial dans les camps.", "mental-health"),
    ("L'OIM fournit des services de santé mentale et de soutien psychosocial.", "mental-health"),
    ("Le plan de réponse humanitaire a été lancé à Genève.", "humanitarian-response"),
    ("L'État de Palestine a déposé son instrument d'adhésion.", "state"),
    ("Les pêcheurs du lac Tchad ont perdu leurs moyens de subsistance.", "chad"),
    ("Le Forum d'examen des migrations internationales s'est ouvert à New York.", "international-migration"),
    ("Le Haut-Commissaire des Nations Unies pour les réfugiés s'est rendu au Tchad.", "high-commissioner-refugees-short"),
]


@pytest.mark.parametrize(("text", "concept_id"), PRECISION, ids=[f"precision-{i}" for i in range(len(PRECISION))])
def test_precision(fr: Matcher, text: str, concept_id: str) -> None:
    assert concept_id not in found_ids(fr, text), found_pairs(fr, text)


def test_longer_names_are_matched_whole(fr: Matcher) -> None:
    """The concept that wins over a shorter one is itself found, with its full surface."""
    assert ("Guinée équatoriale", "equatorial-guinea") in found_pairs(fr, "La Guinée équatoriale a signé l'accord.")
    assert ("malnutrition aiguë globale", "global-acute-malnutrition") in found_pairs(
        fr, "Le taux de malnutrition aiguë globale dépasse le seuil d'urgence.")
    assert ("santé mentale et de soutien psychosocial", "mhpss") in found_pairs(
        fr, "L'OIM fournit des services de santé mentale et de soutien psychosocial.")
    assert ("lac Tchad", "lake-chad") in found_pairs(fr, "Les pêcheurs du lac Tchad ont perdu leurs moyens de subsistance.")
    assert ("Haut-Commissaire des Nations Unies pour les réfugiés", "high-commissioner-refugees") in found_pairs(
        fr, "Le Haut-Commissaire des Nations Unies pour les réfugiés s'est rendu au Tchad.")


def test_context_rules_keep_the_complement(fr: Matcher) -> None:
    """Title and descriptor concepts with a context rule leave the agency name to its own concept."""
    pairs = found_pairs(fr, "L'Administrateur associé du PNUD a rencontré les personnes relevant de la compétence du HCR.")
    assert ("Administrateur", "undp-administrator") in pairs
    assert ("PNUD", "undp") in pairs
    assert ("personnes relevant de la compétence", "persons-of-concern") in pairs
    assert ("HCR", "unhcr") in pairs


def test_case_and_capitals(fr: Matcher) -> None:
    """Datelines in capitals match case-sensitive place names; lower-case forms of others match too."""
    assert ("NAIROBI", "nairobi") in found_pairs(fr, "NAIROBI – Le HCR salue la décision du Kenya.")
    assert "rohingya" in found_ids(fr, "Les Rohingyas vivent dans des camps depuis 2017.")
    assert "cairo" in found_ids(fr, "La conférence s'est tenue au Caire.")


@pytest.mark.parametrize(
    ("concept_id", "preferred"),
    [
        ("humanitarian-needs-overview", "Humanitarian Needs Overview"),
        ("cash-based-transfers", "cash-based transfers"),
        ("routine-immunization", "routine immunization"),
        ("persons-with-disabilities", "persons with disabilities"),
        ("special-adviser", "Special Adviser"),
        ("south-east-asia", "South-East Asia"),
        ("republic-of-moldova", "Republic of Moldova"),
        ("turkiye", "Türkiye"),
        ("labour-mobility", "labour mobility"),
    ],
)
def test_preferred_english_follows_un_usage(bundled: Glossary, concept_id: str, preferred: str) -> None:
    concept = bundled.get(concept_id)
    assert concept is not None, concept_id
    term = concept.preferred("en")
    assert term is not None and term.text == preferred


def test_un_spelling_forbidden_variants(bundled: Glossary) -> None:
    forbidden = {t.text for c in bundled.concepts for t in c.forbidden("en")}
    assert {"Special Advisor", "Moldavia", "labor mobility", "routine immunisation"} <= forbidden


def test_south_east_asia_admits_iom_house_style(bundled: Glossary) -> None:
    # UN spelling preferred; IOM and UNHCR write "Southeast Asia" in their own English versions
    concept = bundled.get("south-east-asia")
    assert concept is not None
    assert concept.preferred("en").text == "South-East Asia"
    assert "Southeast Asia" in {t.text for t in concept.allowed("en")}
    assert "Southeast Asia" not in {t.text for t in concept.forbidden("en")}
