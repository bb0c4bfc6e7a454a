"""Place names in the bundled glossary (issue 14, part places): every UN Member State and
observer State, the territories releases name, nationality adjectives and demonyms, capitals and
cities, subnational units of crisis countries, regions, seas, routes and camps.

Every sentence here is written for this test in the style of UN releases; none is copied from a
release. Each trap case names the wrong sense it guards against.
"""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher


def hits(matcher, text):
    return [(m.surface, m.concept_id) for m in matcher.find(text)]


def concept_over(matcher, text, term):
    """The id of the one concept the matcher finds exactly over ``term`` inside ``text``."""
    found = [cid for surface, cid in hits(matcher, text) if surface == term]
    assert len(found) == 1, (term, hits(matcher, text))
    return found[0]


def allowed_en(glossary, concept_id):
    return [t.text for t in glossary.get(concept_id).allowed("en")]


# The 193 Member States and the two observer States, as UN French short names (UNTERM).
MEMBER_STATES_FR = """
Afghanistan|Afrique du Sud|Albanie|Algérie|Allemagne|Andorre|Angola|Antigua-et-Barbuda|Arabie saoudite|
Argentine|Arménie|Australie|Autriche|Azerbaïdjan|Bahamas|Bahreïn|Bangladesh|Barbade|Bélarus|Belgique|
Belize|Bénin|Bhoutan|Bolivie (État plurinational de)|Bosnie-Herzégovine|Botswana|Brésil|Brunéi Darussalam|
Bulgarie|Burkina Faso|Burundi|Cabo Verde|Cambodge|Cameroun|Canada|Chili|Chine|Chypre|Colombie|Comores|
Congo|Costa Rica|Côte d'Ivoire|Croatie|Cuba|Danemark|Djibouti|la Dominique|Égypte|El Salvador|
Émirats arabes unis|Équateur|Érythrée|Espagne|Estonie|Eswatini|États-Unis d'Amérique|Éthiopie|
Fédération de Russie|Fidji|Finlande|France|Gabon|Gambie|Géorgie|Ghana|Grèce|la Grenade|Guatemala|Guinée|
Guinée équatoriale|Guinée-Bissau|Guyana|Haïti|Honduras|Hongrie|Îles Marshall|Îles Salomon|Inde|Indonésie|
Iran (République islamique d')|Iraq|Irlande|Islande|Israël|Italie|Jamaïque|Japon|Jordanie|Kazakhstan|
Kenya|Kirghizistan|Kiribati|Koweït|Lesotho|Lettonie|Liban|Libéria|Libye|Liechtenstein|Lituanie|
Luxembourg|Macédoine du Nord|Madagascar|Malaisie|Malawi|Maldives|Mali|Malte|Maroc|Maurice|Mauritanie|
Mexique|Micronésie (États fédérés de)|Monaco|Mongolie|Monténégro|Mozambique|Myanmar|Namibie|Nauru|Népal|
Nicaragua|Niger|Nigéria|Norvège|Nouvelle-Zélande|Oman|Ouganda|Ouzbékistan|Pakistan|Palaos|Panama|
Papouasie-Nouvelle-Guinée|Paraguay|Pays-Bas (Royaume des)|Pérou|Philippines|Pologne|Portugal|Qatar|
République arabe syrienne|République centrafricaine|République de Corée|République de Moldova|
République démocratique du Congo|République démocratique populaire lao|République dominicaine|
République populaire démocratique de Corée|République-Unie de Tanzanie|Roumanie|
Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Rwanda|Sainte-Lucie|Saint-Kitts-et-Nevis|Saint-Marin|
Saint-Vincent-et-les Grenadines|Samoa|Sao Tomé-et-Principe|Sénégal|Serbie|Seychelles|Sierra Leone|
Singapour|Slovaquie|Slovénie|Somalie|Soudan|Soudan du Sud|Sri Lanka|Suède|Suisse|Suriname|Tadjikistan|
Tchad|Tchéquie|Thaïlande|Timor-Leste|Togo|Tonga|Trinité-et-Tobago|Tunisie|Turkménistan|Türkiye|Tuvalu|
Ukraine|Uruguay|Vanuatu|Venezuela (République bolivarienne du)|Viet Nam|Yémen|Zambie|Zimbabwe|
Saint-Siège|État de Palestine
"""
MEMBER_STATES = [n.strip() for n in MEMBER_STATES_FR.replace("\n", "").split("|") if n.strip()]
assert len(MEMBER_STATES) == 195 and len(set(MEMBER_STATES)) == 195  # 193 Member States, 2 observer States


@pytest.mark.parametrize("name", MEMBER_STATES)
def test_every_un_member_and_observer_state_is_a_required_name(fr, bundled, name):
    # 'à' before it, as releases write it (Maurice is a country only after a preposition)
    concept_id = concept_over(fr, f"La mission s'est rendue à {name} la semaine dernière.", name)
    concept = bundled.get(concept_id)
    assert concept.required and concept.kind == "name"
    assert concept.preferred("en") is not None


@pytest.mark.parametrize(
    ("text", "term", "english"),
    [
        # short French forms -> the English agencies write, UN name admitted
        ("Les réfugiés arrivent en RDC.", "RDC", ["DRC", "Democratic Republic of the Congo"]),
        ("Les combats dans l'est de la RD Congo.", "RD Congo", ["DR Congo", "Democratic Republic of the Congo"]),
        ("Il vit au Congo-Brazzaville.", "Congo-Brazzaville", ["Congo", "Republic of the Congo"]),
        ("La Russie et l'Ukraine.", "Russie", ["Russia", "Russian Federation"]),
        ("Le gouvernement de la Fédération de Russie.", "Fédération de Russie", ["Russian Federation", "Russia"]),
        ("Les réfugiés en Tanzanie.", "Tanzanie", ["Tanzania", "United Republic of Tanzania"]),
        ("Les Afghans en Iran.", "Iran", ["Iran", "Islamic Republic of Iran"]),
        ("Les pluies au Laos.", "Laos", ["Lao People's Democratic Republic", "Laos", "Lao PDR"]),
        ("Les Rohingya de Birmanie.", "Birmanie", ["Myanmar"]),
        ("La Corée du Sud et la Corée du Nord.", "Corée du Sud", ["Republic of Korea", "South Korea"]),
        ("La Corée du Sud et la Corée du Nord.", "Corée du Nord", ["Democratic People's Republic of Korea", "DPRK"]),
        ("L'aide à la RPDC.", "RPDC", ["DPRK"]),
        ("Les élections en Centrafrique.", "Centrafrique", ["Central African Republic"]),
        ("Les migrants de l'archipel du Cap-Vert.", "Cap-Vert", ["Cabo Verde", "Cape Verde"]),
        ("Le Swaziland a changé de nom.", "Swaziland", ["Eswatini", "Swaziland"]),
        ("Les réfugiés du Timor oriental.", "Timor oriental", ["Timor-Leste", "East Timor"]),
        ("Les réfugiés de Syrie.", "Syrie", ["Syria", "Syrian Arab Republic"]),
        ("La République arabe syrienne.", "République arabe syrienne", ["Syrian Arab Republic", "Syria"]),
        ("Les migrants au Royaume-Uni.", "Royaume-Uni", ["United Kingdom", "UK"]),
        ("Le pape au Vatican.", "Vatican", ["Holy See", "Vatican"]),
        # territories
        ("Une délégation au Kosovo.", "Kosovo", ["Kosovo"]),
        ("Les réfugiés du Sahara occidental.", "Sahara occidental", ["Western Sahara"]),
        ("Les arrivées à Mayotte et en Guyane.", "Guyane", ["French Guiana"]),
        ("Une tempête à Porto Rico.", "Porto Rico", ["Puerto Rico"]),
        ("Les habitants de Jérusalem-Est.", "Jérusalem-Est", ["East Jerusalem"]),
        ("Les Haïtiens des Îles Turques-et-Caïques.", "Îles Turques-et-Caïques", ["Turks and Caicos Islands"]),
        ("Les déplacés de la région du Kurdistan.", "région du Kurdistan", ["Kurdistan Region", "Kurdistan Region of Iraq"]),
        ("Il vit à Hong Kong.", "Hong Kong", ["Hong Kong"]),
    ],
)
def test_short_forms_and_territories_admit_what_agencies_write(fr, bundled, text, term, english):
    concept_id = concept_over(fr, text, term)
    allowed = allowed_en(bundled, concept_id)
    assert all(e in allowed for e in english), (concept_id, allowed)


def test_drc_no_longer_forbids_the_forms_agencies_write(bundled):
    drc = bundled.get("drc")
    assert {"DRC", "DR Congo", "Democratic Republic of Congo"} <= set(allowed_en(bundled, "drc"))
    assert drc.preferred("en").text == "Democratic Republic of the Congo"


@pytest.mark.parametrize(
    ("text", "term", "english", "not_english"),
    [
        # near-identical pairs are separate concepts
        ("des réfugiés nigériens", "nigériens", "Nigerien", "Nigerian"),
        ("des réfugiés nigérians", "nigérians", "Nigerian", "Nigerien"),
        ("des pêcheurs mauritaniens", "mauritaniens", "Mauritanian", "Mauritian"),
        ("des pêcheurs mauriciens", "mauriciens", "Mauritian", "Mauritanian"),
        ("des migrants gambiens", "gambiens", "Gambian", "Zambian"),
        ("des migrants zambiens", "zambiens", "Zambian", "Gambian"),
        ("des touristes autrichiens", "autrichiens", "Austrian", "Australian"),
        ("des touristes australiens", "australiens", "Australian", "Austrian"),
        ("des travailleurs slovaques", "slovaques", "Slovak", "Slovenian"),
        ("des travailleurs slovènes", "slovènes", "Slovenian", "Slovak"),
        ("des familles dominicaines", "dominicaines", "Dominican Republic", "Dominica"),
        ("des familles dominiquaises", "dominiquaises", "Dominica", "Dominican Republic"),
        ("des enfants maliens", "maliens", "Malian", "Malawian"),
        ("des enfants malawiens", "malawiens", "Malawian", "Malaysian"),
        ("des enfants malaisiens", "malaisiens", "Malaysian", "Malian"),
        ("des réfugiés soudanais", "soudanais", "Sudanese", "South Sudanese"),
        ("des réfugiés sud-soudanais", "sud-soudanais", "South Sudanese", "Sudan"),
        ("des migrants guinéens", "guinéens", "Guinean", "Bissau-Guinean"),
        ("des migrants bissau-guinéens", "bissau-guinéens", "Bissau-Guinean", "Equatorial Guinean"),
        ("des migrants guyaniens", "guyaniens", "Guyanese", "Guianese"),
        ("des migrants guyanais", "guyanais", "Guianese", "Guyanese"),
        ("les autorités sud-coréennes", "sud-coréennes", "South Korean", "North Korean"),
        ("des réfugiés nord-coréens", "nord-coréens", "North Korean", "South Korean"),
    ],
)
def test_nationality_adjectives_of_near_identical_countries(fr, bundled, text, term, english, not_english):
    concept_id = concept_over(fr, text, term)
    allowed = allowed_en(bundled, concept_id)
    assert english in allowed and not_english not in allowed, (concept_id, allowed)
    assert bundled.get(concept_id).kind == "vocabulary"  # a translator may write 'from Mali'


@pytest.mark.parametrize(
    ("text", "term", "english"),
    [
        ("Les Canadiens et les Américaines", "Canadiens", "Canadians"),
        ("Les Canadiens et les Américaines", "Américaines", "Americans"),
        ("des réfugiés vénézuéliens et colombiens", "vénézuéliens", "Venezuelans"),
        ("les autorités russes", "russes", "Russian"),
        ("les Philippins de Hong Kong", "Philippins", "Filipinos"),
        ("des familles argentines", "argentines", "Argentine"),
        ("les Suédois et les Danois", "Danois", "Danes"),
        ("le gouvernement suisse", "suisse", "Swiss"),
        ("les populations sahéliennes", "sahéliennes", "Sahelian"),
        ("les pays latino-américains", "latino-américains", "Latin American"),
        ("les pêcheurs sahraouis", "sahraouis", "Sahrawi"),
    ],
)
def test_adjectives_and_demonyms_in_every_form(fr, en, bundled, text, term, english):
    concept_id = concept_over(fr, text, term)
    # the English form (plural, demonym) is found as that concept's term in a translation
    assert [m.surface for m in en.find_concept(f"Many {english} arrived.", concept_id)] == [english]


def test_arabe_admits_the_language_and_the_people(fr, bundled):
    concept_id = concept_over(fr, "un message diffusé en arabe", "arabe")
    assert {"Arab", "Arabic"} <= set(allowed_en(bundled, concept_id))


@pytest.mark.parametrize(
    ("text", "term", "english"),
    [
        ("MOSCOU - Une conférence à Moscou.", "Moscou", "Moscow"),
        ("Les arrivées à Mogadiscio.", "Mogadiscio", "Mogadishu"),
        ("La conférence de Katmandou.", "Katmandou", "Kathmandu"),
        ("Il a quitté Rangoun.", "Rangoun", "Yangon"),
        ("Les déplacés de Tombouctou.", "Tombouctou", "Timbuktu"),
        ("Les combats à Hodeïda.", "Hodeïda", "Hudaydah"),
        ("Les réfugiés d'Alep.", "Alep", "Aleppo"),
        ("La ville de Mossoul.", "Mossoul", "Mosul"),
        ("Le port de Tobrouk.", "Tobrouk", "Tobruk"),
        ("Une réunion à Mexico.", "Mexico", "Mexico City"),
        ("La délégation à Port-Soudan.", "Port-Soudan", "Port Sudan"),
        ("Les camps du Darfour-Nord.", "Darfour-Nord", "North Darfur"),
        ("Les camps du Nord-Darfour.", "Nord-Darfour", "North Darfur"),
        ("La situation au Darfour-Occidental.", "Darfour-Occidental", "West Darfur"),
        ("Les affrontements au Kordofan-Sud.", "Kordofan-Sud", "South Kordofan"),
        ("Les déplacés du Nord-Kivu.", "Nord-Kivu", "North Kivu"),
        ("Les déplacés du Sud-Kivu.", "Sud-Kivu", "South Kivu"),
        ("La région de l'Extrême-Nord du Cameroun.", "Extrême-Nord", "Far North"),
        ("Les déplacés du Centre-Nord.", "Centre-Nord", "Centre-Nord"),
        ("Les attaques dans l'oblast de Kharkiv.", "oblast de Kharkiv", "Kharkiv oblast"),
        ("Les attaques dans l'oblast de Kharkiv.", "oblast de Kharkiv", "Kharkiv region"),
        ("Les évacuations de la région de Louhansk.", "région de Louhansk", "Luhansk oblast"),
        ("Les combats à Zaporijjia.", "Zaporijjia", "Zaporizhzhia"),
        ("L'hôpital de Lysychansk.", "Lysychansk", "Lysychansk"),
        ("Les habitants de Boutcha.", "Boutcha", "Bucha"),
        ("Les bombardements de Marioupol.", "Marioupol", "Mariupol"),
        ("Le port d'Odessa.", "Odessa", "Odesa"),
        ("Les réfugiés de la Bekaa.", "Bekaa", "Bekaa"),
        ("Les déplacés de Cabo Delgado.", "Cabo Delgado", "Cabo Delgado"),
        ("Les camps de Kutupalong.", "Kutupalong", "Kutupalong"),
        ("Le camp de Zaatari.", "Zaatari", "Za'atari"),
        ("Le passage de Rafah.", "Rafah", "Rafah"),
        ("Les déplacés de Khan Younès.", "Khan Younès", "Khan Younis"),
        ("Les migrants à Cúcuta.", "Cúcuta", "Cúcuta"),
        ("Les migrants traversent le bouchon du Darién.", "bouchon du Darién", "Darien Gap"),
        ("La traversée de la Manche.", "la Manche", "English Channel"),
        ("Le naufrage en mer Égée.", "mer Égée", "Aegean Sea"),
        ("La route de la Méditerranée centrale.", "route de la Méditerranée centrale", "Central Mediterranean route"),
        ("La route des Balkans.", "route des Balkans", "Balkan route"),
        ("La route de l'Atlantique vers les Canaries.", "route de l'Atlantique", "Atlantic route"),
        ("La crise dans le Sahel central.", "Sahel central", "Central Sahel"),
        ("La région des Grands Lacs.", "région des Grands Lacs", "Great Lakes region"),
        ("Les pays d'Asie centrale.", "Asie centrale", "Central Asia"),
        ("Les migrants d'Amérique du Sud.", "Amérique du Sud", "South America"),
        ("Le bureau régional pour l'Afrique de l'Est et la Corne de l'Afrique.",
         "Afrique de l'Est et la Corne de l'Afrique", "East and Horn of Africa"),
        ("La région Moyen-Orient et Afrique du Nord.", "Moyen-Orient et Afrique du Nord", "Middle East and North Africa"),
        ("Les cyclones dans l'océan Indien.", "océan Indien", "Indian Ocean"),
        ("Les Jeux des îles de l'Océan indien.", "Océan indien", "Indian Ocean"),
        ("La traversée du golfe du Bengale.", "golfe du Bengale", "Bay of Bengal"),
        ("Les pirates du golfe de Guinée.", "golfe de Guinée", "Gulf of Guinea"),
    ],
)
def test_cities_regions_seas_routes_and_camps(fr, en, bundled, text, term, english):
    concept_id = concept_over(fr, text, term)
    assert english in allowed_en(bundled, concept_id), (concept_id, allowed_en(bundled, concept_id))
    # and the English side finds that concept's term in a translation that writes it (as the check does)
    assert [m.surface for m in en.find_concept(f"Reports from {english} today.", concept_id)] == [english]


# ---- traps: the same letters in another sense are not forced -----------------------------------

@pytest.mark.parametrize(
    ("trap", "sense", "term", "english"),
    [
        # (a sentence where the letters are another word, one where they are the place)
        ("Il faut qu'il vienne demain.", "Une conférence à Vienne.", "Vienne", "Vienna"),  # verb
        ("Le mali de la balance commerciale s'est creusé.", "Les réfugiés du Mali.", "Mali", "Mali"),  # a deficit
        ("Il a retroussé une manche de sa chemise.", "La traversée de la Manche.", "la Manche", "English Channel"),  # a sleeve
        ("Ils ont gagné la première manche.", "Les traversées de la Manche.", "la Manche", "English Channel"),  # a round
        ("La réunion du Conseil a eu lieu hier.", "Un cyclone a frappé La Réunion.", "La Réunion", "Réunion"),  # a meeting
        ("La Réunion spéciale des États parties a été reportée.", "Les arrivées à la Réunion et à Mayotte.", "la Réunion", "Réunion"),  # a meeting's name
        ("La Réunion de haut niveau sur les réfugiés.", "Un cyclone a frappé La Réunion.", "La Réunion", "Réunion"),  # a meeting's name
        ("M. Maurice Lefèvre a pris la parole.", "Les pêcheurs de Maurice.", "Maurice", "Mauritius"),  # a first name
        ("Maurice a pris la parole au nom du groupe.", "Un cyclone à Maurice.", "Maurice", "Mauritius"),  # first name, sentence start
        ("Dominique Martin dirige la mission.", "Un ouragan a frappé la Dominique.", "la Dominique", "Dominica"),  # a first name
        ("Une grenade a explosé près du marché.", "Un ouragan a frappé la Grenade.", "la Grenade", "Grenada"),  # a weapon
        ("Le règlement pacifique des différends.", "Les îles du Pacifique.", "Pacifique", "Pacific"),  # peaceful
        ("Le pays garde le cap malgré la crise.", "Une conférence au Cap.", "au Cap", "Cape Town"),  # the course
        ("Les déplacés fuient vers le nord-ouest du pays.", "Les régions du Nord-Ouest et du Sud-Ouest.", "Nord-Ouest", "North-West"),  # a direction
        ("Les combats gagnent le centre-nord du pays.", "Les déplacés du Centre-Nord.", "Centre-Nord", "Centre-Nord"),  # a direction
        ("Les pluies touchent le sud du pays.", "Les déplacés du Sud-Kivu.", "Sud-Kivu", "South Kivu"),  # a direction
        ("Florence Dupont a été nommée représentante.", "Une réunion à Florence.", "Florence", "Florence"),  # a first name
        ("Milan Novak a été nommé porte-parole.", "Une réunion à Milan.", "Milan", "Milan"),  # a first name
        ("Les francs suisses ont été convertis.", "Il vit en Suisse.", "Suisse", "Switzerland"),  # the adjective
    ],
)
def test_common_words_are_not_place_names(fr, bundled, trap, sense, term, english):
    assert english in allowed_en(bundled, concept_over(fr, sense, term))
    for _, concept_id in hits(fr, trap):
        preferred = bundled.get(concept_id).preferred("en")
        assert preferred is None or preferred.text != english, (trap, concept_id)


def test_suisse_the_adjective_is_swiss_and_suisse_the_country_is_switzerland(fr, bundled):
    text = "Le gouvernement suisse a versé une contribution ; la Suisse accueille des réfugiés."
    found = dict((surface, cid) for surface, cid in hits(fr, text) if surface.lower() == "suisse")
    assert bundled.get(found["suisse"]).preferred("en").text == "Swiss"
    assert found["Suisse"] == "switzerland"


@pytest.mark.parametrize(
    ("text", "term", "concept_id"),
    [
        ("la Papouasie-Nouvelle-Guinée", "Papouasie-Nouvelle-Guinée", "papua-new-guinea"),
        ("le golfe de Guinée", "golfe de Guinée", None),
        ("la République démocratique du Congo", "République démocratique du Congo", "drc"),
        ("le fleuve Congo", "fleuve Congo", None),
        ("le Soudan du Sud", "Soudan du Sud", "south-sudan"),
        ("le Darfour-Nord", "Darfour-Nord", None),
        ("le Mexique", "Mexique", "mexico"),
        ("aux Philippines", "Philippines", "philippines"),
        ("l'Argentine", "Argentine", "argentina"),
    ],
)
def test_the_longest_name_wins(fr, text, term, concept_id):
    found = hits(fr, text)
    assert [s for s, _ in found] == [term], found
    if concept_id:
        assert found[0][1] == concept_id


def test_mauritius_after_a_preposition_and_not_before_a_surname(fr, bundled):
    text = "M. Maurice Dubois est arrivé à Maurice, puis à l'île Maurice."
    found = hits(fr, text)
    mauritius = [s for s, cid in found if "Mauritius" in allowed_en(bundled, cid)]
    assert mauritius == ["Maurice", "île Maurice"], found


def test_cameroon_regions_named_like_compass_points_need_a_cameroon_document(bundled):
    release = (
        "YAOUNDÉ - Les violences dans les régions du Nord-Ouest et du Sud-Ouest du Cameroun "
        "ont déplacé des milliers de personnes."
    )
    in_cameroon = build_matcher(bundled, "fr", document_text=release)
    names = {s: cid for s, cid in hits(in_cameroon, release)}
    assert "North-West" in allowed_en(in_cameroon.glossary, names["Nord-Ouest"])
    assert "South-West" in allowed_en(in_cameroon.glossary, names["Sud-Ouest"])
    haiti = "PORT-AU-PRINCE - Les pluies ont touché le Nord-Ouest d'Haïti."
    elsewhere = build_matcher(bundled, "fr", document_text=haiti)
    assert "Nord-Ouest" not in [s for s, _ in hits(elsewhere, haiti)]


def test_ukrainian_oblasts_admit_the_forms_un_english_writes(bundled, en):
    for english in ("Kharkiv oblast", "Kharkiv Oblast", "Kharkiv region", "Kharkivska oblast"):
        assert [m.surface for m in en.find_concept(f"Attacks in {english} continued.", "oblast-kharkiv")] == [english]
