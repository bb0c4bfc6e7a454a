"""Glossary words in another sense are not forced, round 28: the guards written from the audit of
the unguarded everyday words (``bench/audit_ambiguous_terms.py``), by family of senses.

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document. For every family the UN sense is checked too: it must still be
found, and still force its English term.
"""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over


NOT_FORCED = {
    "idioms and figures": [
        ("Ses cheveux frisent à la naissance de la nuque.", "naissance"),
        ("Il porte un tatouage à la naissance du cou.", "naissance"),
        ("Elle s'est sentie blessée par ses remarques sur sa cuisine.", "blessée"),
        ("Le romancier, blessé dans son amour-propre, a quitté la salle.", "blessé"),
        ("Il s'est senti profondément blessé par leur silence.", "blessé"),
        ("Cette défaite reste une blessure d'amour-propre pour l'entraîneur.", "blessure"),
        ("Des centaines de dossiers restent en souffrance au greffe.", "souffrance"),
        ("Les colis en souffrance sont renvoyés à l'expéditeur.", "souffrance"),
        ("Le professeur a pris cet élève en grippe dès la rentrée.", "grippe"),
        ("Ses parents lui ont coupé les vivres après son départ.", "vivres"),
        ("Le patron menace de couper les vivres à son fils.", "vivres"),
        ("Il est facile de tirer sur l'ambulance après une défaite.", "ambulance"),
        ("L'avion a dû atterrir en catastrophe à Nantes.", "catastrophe"),
        ("Ils ont quitté la fête en catastrophe.", "catastrophe"),
        ("Le dernier épisode laisse les spectateurs sur leur faim.", "faim"),
        ("Après la randonnée, nous avions une faim de loup.", "faim"),
        ("Le projet de piscine a été tué dans l'œuf par le conseil.", "tué"),
        ("Sa grand-mère est aux petits soins pour lui.", "soins"),
    ],
    "everyday objects, signs and sport": [
        ("L'institut propose des soins du visage à prix réduit.", "soins"),
        ("Elle offre des soins de beauté à domicile.", "soins"),
        ("Un panneau indique « défense de fumer » à l'entrée.", "défense"),
        ("Défense d'entrer sur le chantier sans casque.", "Défense"),
        ("Les travaux d'isolement thermique des combles commencent lundi.", "isolement"),
        ("Le coureur s'est enveloppé dans une couverture de survie à l'arrivée.", "survie"),
        ("La prévention routière organise une journée dans les lycées.", "prévention"),
        ("Le professeur a souligné en rouge toutes les fautes.", "souligné"),
        ("Elle souligne ses yeux d'un trait de crayon.", "souligne"),
        ("L'attaquant a marqué de la tête sur un centre de Dupont.", "centre"),
        ("Le défenseur a adressé un centre tendu au second poteau.", "centre"),
    ],
    "animals and farming": [
        ("Les défenses de l'éléphant ont été saisies à l'aéroport.", "défenses"),
        ("Ce bracelet taillé dans une défense en ivoire est interdit à la vente.", "défense"),
        ("Cet éleveur de chiens vend des bergers australiens.", "éleveur"),
        ("Les éleveurs de porcs bretons manifestent contre la baisse des prix.", "éleveurs"),
        ("Les éleveurs laitiers attendent la hausse du prix du lait.", "éleveurs"),
        ("Le musée a confié la naturalisation du renard à un taxidermiste.", "naturalisation"),
        ("La naturalisation d'un oiseau demande plusieurs semaines.", "naturalisation"),
        ("La maltraitance animale est punie de trois ans de prison.", "maltraitance"),
        ("Une plainte pour maltraitance envers les animaux a été déposée contre le cirque.", "maltraitance"),
        ("Les enfants ont trouvé la dépouille d'un serpent sous une pierre.", "dépouille"),
    ],
    "courts, property and crime": [
        ("Le plaidoyer de l'avocat a ému les jurés.", "plaidoyer"),
        ("Me Martin a prononcé un long plaidoyer devant la cour d'assises.", "plaidoyer"),
        ("Il est poursuivi pour violation de domicile.", "violation"),
        ("La violation de sépulture a choqué le village.", "violation"),
        ("Les pompiers soupçonnent un incendie criminel dans l'entrepôt.", "criminel"),
        ("Les enquêteurs privilégient la piste criminelle.", "criminelle"),
    ],
    "family, school and social events": [
        ("La réunion de famille a lieu chaque été chez ma tante.", "réunion"),
        ("La réunion des anciens élèves aura lieu en juin.", "réunion"),
        ("L'élection de Miss France sera diffusée samedi.", "élection"),
        ("L'élection du meilleur joueur de la saison a surpris.", "élection"),
        ("La Provence est devenue sa terre d'élection.", "élection"),
        ("Les maîtres-nageurs sauveteurs surveillent la piscine municipale.", "sauveteurs"),
        ("Les sauveteurs de la plage surveillée ont hissé le drapeau rouge.", "sauveteurs"),
        ("L'association des anciens combattants a défilé le 11 novembre.", "combattants"),
        ("Le 11 novembre, les anciens combattants ont déposé une gerbe.", "combattants"),
    ],
    "religion and history": [
        ("Au XVIe siècle, la réforme protestante gagne la Suisse.", "réforme"),
        ("La contre-réforme a suivi le concile de Trente.", "réforme"),
        ("Calvin a joué un rôle central dans la réforme à Genève.", "réforme"),
        ("Le sergent a été mis à la réforme après sa blessure.", "réforme"),
    ],
    "technology and business": [
        ("Les pirates ont exploité une vulnérabilité du logiciel de paie.", "vulnérabilité"),
        ("Une mise à jour corrige cette vulnérabilité critique du navigateur.", "vulnérabilité"),
        ("Le code de gouvernement d'entreprise impose des administrateurs indépendants.", "gouvernement"),
    ],
    "tourism, leisure and childcare": [
        ("Les conditions d'accueil des supporters au stade ont été critiquées.", "conditions d'accueil"),
        ("La capacité d'accueil du camping est de trois cents emplacements.", "capacité d'accueil"),
        ("La station de ski veut doubler sa capacité d'accueil pour les touristes.", "capacité d'accueil"),
        ("La commune manque de structures d'accueil pour les enfants de moins de trois ans, faute de crèches.", "structures d'accueil"),
    ],
    "sport": [
        ("L'affrontement entre Lyon et Marseille a tenu ses promesses en championnat.", "affrontement"),
        ("Les supporters attendent l'affrontement de dimanche entre les deux clubs.", "affrontement"),
    ],
    "computing and industry": [
        ("La piraterie informatique coûte des milliards aux entreprises.", "piraterie"),
        ("Il a été condamné pour piraterie de logiciels.", "piraterie"),
        ("Le gouvernement soutient la relocalisation de la production de médicaments.", "relocalisation"),
        ("La relocalisation des usines textiles crée des emplois en Normandie.", "relocalisation"),
    ],
    "talks, politics and figures": [
        ("L'historienne donnera une conférence sur les cathédrales à la médiathèque.", "conférence"),
        ("Le philosophe a prononcé une conférence devant les étudiants.", "conférence"),
        ("Le ministre s'est chargé du déminage du dossier des retraites.", "déminage"),
        ("La transhumance politique des députés inquiète les électeurs.", "transhumance"),
    ],
    "health outside the UN sense": [
        ("Le test révèle une sensibilisation aux acariens.", "sensibilisation"),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [case for cases in NOT_FORCED.values() for case in cases],
)
def test_another_sense_is_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


STILL_FOUND = [
    # idioms and figures: the literal sense stays
    ("Le nombre de naissances dans les camps a doublé.", "naissances", "births"),
    ("La naissance de son enfant a été enregistrée au camp.", "naissance", "births"),
    ("Trois civils ont été blessés lors du bombardement.", "blessés", "injured"),
    ("Elle a été blessée par des éclats d'obus.", "blessée", "injured"),
    ("Les blessures par balle se multiplient dans la ville.", "blessures", "injuries"),
    ("La souffrance des civils ne cesse de croître.", "souffrance", "suffering"),
    ("Des enfants en souffrance ont besoin d'aide psychologique.", "souffrance", "suffering"),
    ("La grippe saisonnière frappe les camps cet hiver.", "grippe", "influenza"),
    ("Les vivres manquent dans la ville assiégée.", "vivres", "food-supplies"),
    ("Les milices ont coupé les vivres à la population de la ville.", "vivres", "food-supplies"),
    ("Une ambulance a été touchée par un tir.", "ambulance", "ambulances"),
    ("La catastrophe a touché deux millions de personnes.", "catastrophe", "disaster"),
    ("La faim menace trois millions de personnes au Sahel.", "faim", "hunger"),
    ("Deux humanitaires ont été tués dans une embuscade.", "tués", "killed"),
    ("Les soins dispensés aux enfants malnutris sont gratuits.", "soins", "care-soins"),
    # everyday objects and sport: the UN senses stay
    ("Les soins aux blessés sont assurés par la Croix-Rouge.", "soins", "care-soins"),
    ("La défense des civils reste une priorité.", "défense", "defence"),
    ("La défense de leurs droits est une priorité.", "défense", "defence"),
    ("L'isolement des malades limite la propagation du virus.", "isolement", "isolation"),
    ("La survie de ces familles dépend de l'aide alimentaire.", "survie", "survival"),
    ("La prévention de la violence sexuelle est une priorité.", "prévention", "prevention"),
    ("Le rapport souligne la gravité de la crise.", "souligne", "stressed-emphasized"),
    ("Le centre accueille deux cents migrants.", "centre", "centre"),
    # animals and farming: the herders and the UN naturalization stay
    ("Les éleveurs de bétail fuient la sécheresse.", "éleveurs", "herders"),
    ("Les affrontements entre agriculteurs et éleveurs se multiplient.", "éleveurs", "herders"),
    ("La naturalisation des réfugiés est une solution durable.", "naturalisation", "naturalization"),
    ("La maltraitance touche un enfant sur quatre.", "maltraitance", "child-abuse"),
    ("La dépouille du migrant a été rapatriée.", "dépouille", "remains"),
    # courts and crime: advocacy, violations and criminals stay
    ("Le HCR mène un plaidoyer en faveur des apatrides.", "plaidoyer", "advocacy"),
    ("Les violations du droit international humanitaire se multiplient.", "violations", "violations-bare"),
    ("Les criminels exploitent la détresse des migrants.", "criminels", "criminals"),
    # family and social events: meetings, elections, first responders, fighters stay
    ("La réunion des ministres a eu lieu à Genève.", "réunion", "meeting-bare"),
    ("Les élections se tiendront en décembre.", "élections", "elections"),
    ("L'élection du président a été reportée.", "élection", "elections"),
    ("Les sauveteurs fouillent les décombres après le séisme.", "sauveteurs", "first-responders"),
    ("Les anciens combattants ont été démobilisés et désarmés.", "combattants", "fighters"),
    ("Des combattants armés ont attaqué le camp.", "combattants", "fighters"),
    # reception, clashes, piracy, conferences, mine clearance, relocation, transhumance stay
    ("Les conditions d'accueil des demandeurs d'asile se dégradent.", "conditions d'accueil", "reception-conditions"),
    ("La capacité d'accueil des centres pour migrants est dépassée.", "capacité d'accueil", "reception-capacity"),
    ("Les structures d'accueil pour les réfugiés sont saturées.", "structures d'accueil", "reception-facilities"),
    ("Les affrontements entre l'armée et les rebelles ont fait dix morts.", "affrontements", "clashes"),
    ("La piraterie au large de la Somalie a reculé.", "piraterie", "maritime-piracy"),
    ("La conférence sur le climat s'ouvre lundi à Bonn.", "conférence", "conference-bare"),
    ("Le déminage des zones agricoles reprendra au printemps.", "déminage", "mine-clearance"),
    ("La relocalisation des demandeurs d'asile depuis la Grèce a commencé.", "relocalisation", "relocation"),
    ("La transhumance du bétail vers le sud a commencé.", "transhumance", "transhumance"),
    # reforms, vulnerability, government stay
    ("La réforme du système d'asile a été adoptée.", "réforme", "reform-bare"),
    ("La vulnérabilité des enfants migrants est extrême.", "vulnérabilité", "vulnerability"),
    ("Le gouvernement a annoncé un plan d'aide.", "gouvernement", "government"),
    ("La sensibilisation aux risques de la migration irrégulière continue.", "sensibilisation", "awareness-raising"),
]


@pytest.mark.parametrize(("sentence", "word", "concept_id"), STILL_FOUND)
def test_the_un_sense_is_still_found(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert (concept_id, True) in matched_over(bundled, sentence, word)

