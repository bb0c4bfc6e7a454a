"""Chrome 15f (reltrans.formats.chrome): news, government, NGO, press-agency and listing pages.

Every page below is invented for these tests. Each family comes with lines that are chrome and
with similar lines that must stay body: a sentence that opens with the same words, a heading
between paragraphs, a single notice where a form has several.
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import CHROME_VERSION, chrome15f_evidence

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie"


def _kept(page: str, line: str) -> bool:
    return line not in _chrome(page) and " ".join(line.split()) in " ".join(" ".join(_msgids(page)).split())


def test_the_version_is_15f() -> None:
    assert CHROME_VERSION in ("15", "16", "17")  # chrome 15 holds the 15f rules (merged); chrome 16 bumped it


# ------------------------------------------------------------------ a line's own evidence
@pytest.mark.parametrize(
    "line",
    [
        "Bannière",
        "Short Url",
        "Audio de l'info",
        "Le sommaire de l’émission",
        "Info News :",
        "L'actualité",
        "DISCOURS",
        "RESTONS EN CONTACT",
        "Overblog",
        "Suivre ce blog Administration + Créer mon blog",
        "Nouvelle application Radio Baie",
        "A+ A A-",
        "Video Add this: Playlist:",
        "il y a 3 heures 12 min",
        "il y a 40 min",
        "5 mars 2024 2 05 /03 /mars /2024 10:12",
        "[Radio Baie] - 12/03/2024",
        "12 mars 2024 à 09h15 par AFP",
        "RBI 12/03/2024 - 07:22Modifié le : 12/03/2024 - 15:52 avec Jeanne Martin",
        "Par Paul MARTIN – Revue du Port 12 Mars 2024 modifié le 12 Mars 2024 - 22:47",
        "Par Jeanne Kouassi Observatrice avertie",
        "Année : 2024",
        "Auteur/autrice : Jeanne Kouassi",
        "Accueil Blog Page 12",
        "Page 3 sur 12",
        "NB : Photo d’archive et d’illustration",
        "S'abonner à flux Afrique",
        "Email: Cette adresse e-mail est protégée contre les robots spammeurs. Vous devez activer le JavaScript pour la visualiser.",
        "Lieu :",
        "Speaker:",
        "À lire",
        "Partager sur :",
        "Partagez cet article",
        "Retrouvez-nous sur",
        "Signaler une erreur",
        "Retour à la liste",
        "Voir toutes les actualités",
        "Réagir",
    ],
)
def test_a_site_line_is_chrome_by_its_own_evidence(line: str) -> None:
    assert chrome15f_evidence(line) or line in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, line))
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize(
    "line",
    [
        "Flash info : le port rouvre ses portes lundi matin après deux jours de grève.",
        "Il y a 3 ans, le port a fermé ses portes après une tempête venue du large.",
        "Le 12 mars 2024 à 09h15, le port a été fermé par la capitainerie de Port-Bleu.",
        "Par décret du 12 mars 2024 modifié le 3 avril",
        "Par ailleurs les pêcheurs attendent",
        "Année : une saison record pour le port de Port-Bleu, selon la capitainerie.",
        "Nouvelle application pour les pêcheurs de la baie : le service sera gratuit dès lundi.",
        "Lieu : la réunion se tiendra à Port-Bleu, dans la salle des fêtes.",
        "Photo d'archive : le port de Port-Bleu pendant la tempête de 1990.",
        "Merci de votre intérêt pour notre programme de formation des pêcheurs de la baie.",
    ],
)
def test_a_similar_sentence_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_a_field_value_below_its_name_stays() -> None:
    page = _page(TITLE, "Lieu :", "Port-Bleu, salle des fêtes", BODY_1, BODY_2, BODY_3)
    assert "Lieu :" in _chrome(page)
    assert _kept(page, "Port-Bleu, salle des fêtes")


# ------------------------------------------------------------------ a form's notices
def test_the_notices_of_a_form_are_chrome_when_there_are_two() -> None:
    notices = ("Le formulaire a détecté qu'il manque des informations.", "Nous avons bien reçu vos informations!")
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "Restons en contact", "Avant de continuer :", *notices)
    chrome = _chrome(page)
    assert all(notice in chrome for notice in notices)
    assert "Avant de continuer :" in chrome
    assert BODY_3 in _msgids(page)


def test_a_single_thanks_stays() -> None:
    line = "Merci de votre intérêt pour le programme des ports."
    assert _kept(_page(TITLE, BODY_1, BODY_2, line, BODY_3), line)


def test_the_end_of_a_call_to_action_goes_with_it() -> None:
    chrome = _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, "Impliquez-vous", "dès maintenant!"))
    assert "Impliquez-vous" in chrome and "dès maintenant!" in chrome


# ------------------------------------------------------------------ the page's first line
def test_a_page_type_and_the_site_name_in_capitals_is_the_page_title() -> None:
    assert "Contenu - LA REVUE DU PORT" in _chrome(_page("Contenu - LA REVUE DU PORT", TITLE, BODY_1, BODY_2, BODY_3))


def test_a_place_and_a_title_in_capitals_stay() -> None:
    assert _kept(_page("Port-Bleu - LE PORT ROUVRE", BODY_1, BODY_2, BODY_3), "Port-Bleu - LE PORT ROUVRE")


def test_an_acronym_as_the_first_line_stays_with_the_name_below() -> None:
    page = _page("DPB", "Le département des ports de la baie", TITLE, BODY_1, BODY_2, BODY_3)
    assert _kept(page, "DPB") and _kept(page, TITLE)


def test_a_listing_description_as_the_first_line_is_chrome() -> None:
    line = "Liste des derniers douze communiqués de presse du département, classés par ordre chronologique."
    page = _page(line, "12.03.2024", "Communiqué de presse", BODY_1, BODY_2)
    assert line in _chrome(page)
    assert BODY_1 in _msgids(page)


def test_a_menu_flattened_on_one_line_is_chrome() -> None:
    line = "Accueil   Le département   Les ports   Services consulaires   Contactez-nous"
    page = _page(line, TITLE, BODY_1, BODY_2, BODY_3)
    assert line in _chrome(page)
    assert _kept(page, TITLE)


def test_two_parts_three_spaces_apart_stay() -> None:
    line = "Port-Bleu   Port-Vert"
    assert _kept(_page(TITLE, line, BODY_1, BODY_2, BODY_3), line)


# ------------------------------------------------------------------ the chrome around a line
def test_an_acronym_repeated_beside_each_label_of_a_listing_is_chrome() -> None:
    page = _page("12.03.2024", "Communiqué de presse", "DPB", BODY_1, "10.03.2024", "Communiqué de presse", "DPB", BODY_2)
    assert "DPB" in _chrome(page)
    assert BODY_2 in _msgids(page)


def test_an_acronym_once_between_paragraphs_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "DPB", BODY_2, BODY_3), "DPB")


def test_a_month_alone_beside_chrome_is_a_date_widget() -> None:
    assert "January" in _chrome(_page("Info News :", "04", "January", BODY_1, BODY_2, BODY_3))


def test_a_month_heading_between_paragraphs_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "Janvier", BODY_2, BODY_3), "Janvier")


def test_a_month_and_year_under_the_title_stays() -> None:
    assert _kept(_page("Partager", TITLE, "Mai 2024", BODY_1, BODY_2, BODY_3), "Mai 2024")


def test_an_agency_signature_after_the_last_paragraph_is_chrome() -> None:
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "Agence d’information de la Baie")
    assert "Agence d’information de la Baie" in _chrome(page)


def test_an_agency_named_between_paragraphs_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "Agence d’information de la Baie", BODY_2, BODY_3), "Agence d’information de la Baie")


def test_a_label_in_capitals_beside_a_byline_at_the_foot_is_chrome() -> None:
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "RADIO BAIE", "12 mars 2024 à 09h15 par AFP")
    assert "RADIO BAIE" in _chrome(page)


def test_a_title_in_capitals_right_above_the_body_stays() -> None:
    page = _page("12 mars 2024 à 09h15 par AFP", "LE PORT ROUVRE", BODY_1, BODY_2, BODY_3)
    assert _kept(page, "LE PORT ROUVRE")


def test_a_programme_section_after_the_last_paragraph_is_chrome() -> None:
    assert "Journal" in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, "Journal", "29 décembre 2024"))


def test_a_section_word_between_paragraphs_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "Journal", BODY_2, BODY_3), "Journal")


def test_a_news_topic_above_a_photo_credit_is_chrome() -> None:
    page = _page(TITLE, "Droits de l'homme", "Photo DPB/Jeanne Martin", BODY_1, BODY_2, BODY_3)
    assert "Droits de l'homme" in _chrome(page)
    assert _kept(page, TITLE)


def test_a_topic_heading_above_its_paragraph_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "Santé", BODY_2, BODY_3), "Santé")


def test_a_blog_sidebar_before_the_title_is_chrome() -> None:
    page = _page("Overblog", "Sommaire", "• : revue-du-port", "• Contact", "Recherche", "Liens", TITLE, BODY_1, BODY_2)
    chrome = _chrome(page)
    assert {"Sommaire", ": revue-du-port", "Contact", "Liens"} <= set(chrome)
    assert _kept(page, TITLE)


def test_a_contact_heading_at_the_foot_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, BODY_2, BODY_3, "Contact", "Jeanne Martin, +221 33 000 00 00"), "Contact")


def test_a_feed_description_and_its_entries() -> None:
    description = "Toute l'actualité du port en direct - les derniers reportages et informations de la baie"
    page = _page(
        "À la une", "S'abonner à flux À la une", description, "Mis à jour : il y a 5 min",
        "Le phare rallumé", "il y a 1 heure 5 min", "Les chalutiers à quai", "il y a 2 heures", BODY_1, BODY_2,
    )
    chrome = _chrome(page)
    assert description in chrome and "il y a 2 heures" in chrome
    assert _kept(page, "Le phare rallumé") and _kept(page, "Les chalutiers à quai")


def test_a_related_list_with_dashed_dates_is_chrome() -> None:
    items = ("16 - Octobre - 2024", "Le phare rallumé", "Le phare de la baie brille de nouveau depuis...",
             "11 - Octobre - 2024", "Les chalutiers à quai", "La flotte reste au port cette semaine...")
    chrome = _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, "Autres actualités", *items))
    assert all(item in chrome for item in items)


def test_dashed_dates_without_a_heading_stay() -> None:
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "16 - Octobre - 2024", "Le phare rallumé", "11 - Octobre - 2024", "Les chalutiers à quai")
    assert _kept(page, "Le phare rallumé")


# ------------------------------------------------------------------ widgets, taglines, bylines, tickers
@pytest.mark.parametrize(
    "line",
    [
        "Proverbe du Jour : “La mer rend ce qu'on lui confie.” Un vieux marin",
        "Météo : 24°C à Port-Bleu",
        "Tue10162024",
        "Last updateWed, 10 Oct 2024 10pm",
        "6 Janvier      78        Politique (25323),",
        "Reportage de Jeanne Martin, envoyée spéciale à Port-Bleu pour Radio Baie",
        "Obtenez des mises à jour en temps réel directement sur votre appareil, abonnez-vous maintenant.",
    ],
)
def test_a_widget_or_a_byline_is_chrome(line: str) -> None:
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize(
    "line",
    [
        "Le proverbe du jour que répètent les marins : la mer rend ce qu'on lui confie.",
        "Reportage de Jeanne Martin : les pêcheurs de Port-Bleu attendent le radar depuis des années.",
        "Obtenez des informations sur le radar auprès de la capitainerie de Port-Bleu.",
    ],
)
def test_a_sentence_like_a_widget_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_a_news_ticker_on_one_line_is_chrome() -> None:
    line = " ".join(f"APB Titre numéro {n} d'une autre dépêche de la baie sans point final" for n in range(1, 5))
    page = _page(line, TITLE, BODY_1, BODY_2, BODY_3)
    assert line in _chrome(page)
    assert _kept(page, TITLE)


def test_the_site_address_and_its_tagline_before_the_title_are_chrome() -> None:
    page = _page("LaBaie.net, l'actualité de la baie sur le net", TITLE, BODY_1, BODY_2, BODY_3)
    assert "LaBaie.net, l'actualité de la baie sur le net" in _chrome(page)


def test_a_title_naming_the_site_stays() -> None:
    title = "LaBaie.net fête ses vingt ans"
    assert _kept(_page(title, BODY_1, BODY_2, BODY_3), title)


def test_a_brand_name_beside_a_breadcrumb_is_chrome() -> None:
    page = _page("Vous êtes ici : Accueil > Actualités", "Baie-Info", TITLE, BODY_1, BODY_2, BODY_3)
    assert "Baie-Info" in _chrome(page)


def test_a_menu_section_its_date_and_a_title_at_the_foot_are_chrome() -> None:
    items = ("Programmes", "novembre 08, 2024", "Les chalutiers de la baie restent à quai cette semaine")
    chrome = _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, *items))
    assert all(item in chrome for item in items)


def test_a_last_heading_at_the_foot_without_its_menu_stays() -> None:
    line = "Les chalutiers de la baie restent à quai cette semaine"
    assert _kept(_page(TITLE, BODY_1, BODY_2, BODY_3, line), line)


def test_a_single_word_above_the_title_is_its_category() -> None:
    page = _page("Censure", "La baie, un port jeune dirigé par des anciens", BODY_1, BODY_2, BODY_3)
    assert "Censure" in _chrome(page)
    assert _kept(page, "La baie, un port jeune dirigé par des anciens")


def test_a_single_word_title_right_above_the_body_stays() -> None:
    assert _kept(_page("Tempête", BODY_1, BODY_2, BODY_3), "Tempête")


# ------------------------------------------------------------------ switchers, pagination, weather, fields
@pytest.mark.parametrize(
    "line",
    [
        "FR EN",
        "FR | EN | AR",
        "« Précédent 1 2 3 … Suivant »",
        "1 2 3 4 5 Suivant",
        "23.1 C",
        "Port-Bleu 32°C",
        "Publié le 12 mars 2024 à 10h05 Mis à jour le 13 mars 2024 à 08h00",
        "Journaliste : Rédaction Date de publication : 10/09/2024",
        "Prononcé le",
        "Intervenant(s) :",
    ],
)
def test_a_switcher_pagination_weather_or_field_line_is_chrome(line: str) -> None:
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize(
    "line",
    [
        "Le port a reçu 1 2 3 visiteurs",
        "Publié le 12 mars 2024, le rapport a été mis à jour le 13 mars 2024.",
        "Journaliste : une profession exposée dans la baie, date de publication : demain.",
        "En 2024, 32 °C ont été relevés à Port-Bleu en plein mois de mars.",
    ],
)
def test_similar_body_lines_stay(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_a_home_crumb_ending_with_the_title_is_chrome() -> None:
    crumb = f"Home Accueil {TITLE}"
    page = _page(crumb, TITLE, BODY_1, BODY_2, BODY_3)
    assert crumb in _chrome(page)
    assert _kept(page, TITLE)


def test_a_title_starting_with_accueil_stays() -> None:
    title = "Accueil des réfugiés dans la baie"
    assert _kept(_page(title, BODY_1, BODY_2, BODY_3), title)


def test_a_name_after_a_dash_under_the_title_is_its_byline() -> None:
    page = _page(TITLE, "- Jeanne Martin", BODY_1, BODY_2, BODY_3)
    assert "Jeanne Martin" in _chrome(page)


def test_a_list_of_names_in_the_body_stays() -> None:
    page = _page(TITLE, BODY_1, "- Jeanne Martin", "- Paul Kouassi", BODY_2, BODY_3)
    assert _kept(page, "Jeanne Martin")


def test_a_read_on_pointer_at_the_foot_is_chrome() -> None:
    line = "Lire la suite dans le journal du mardi 21 au mercredi 22 avril 2024"
    assert line in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, line))


# ------------------------------------------------------------------ a template's labels
def test_labels_repeated_in_pairs_above_each_box_are_the_template() -> None:
    page = _page(
        "Baie", "Rapport de situation", BODY_1, "URL:", "Téléchargé le:",
        "Baie", "Rapport de situation", BODY_2, "URL:", "Téléchargé le:", BODY_3,
    )
    chrome = _chrome(page)
    assert {"Baie", "Rapport de situation", "URL:", "Téléchargé le:"} <= set(chrome)
    assert BODY_2 in _msgids(page)


def test_a_speaker_before_each_answer_stays() -> None:
    page = _page(TITLE, "Jeanne Martin", BODY_1, "Paul Kouassi", BODY_2, "Jeanne Martin", BODY_3)
    assert _kept(page, "Jeanne Martin")


def test_a_doubled_title_is_no_template() -> None:
    page = _page(TITLE, TITLE, BODY_1, BODY_2, BODY_3)
    assert _chrome(page)[TITLE].startswith("doubled")  # the second copy only (chrome 7)
    assert TITLE in _msgids(page)


def test_a_template_variable_is_chrome() -> None:
    assert "spot_img" in _chrome(_page("spot_img", TITLE, BODY_1, BODY_2, BODY_3))


def test_a_weather_news_sentence_stays() -> None:
    line = "Météo : des pluies sont attendues sur la baie dès lundi matin."
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_a_list_of_names_before_the_body_stays() -> None:
    page = _page(TITLE, "Intervenants", "- Jeanne Martin", "- Paul Kouassi", BODY_1, BODY_2, BODY_3)
    assert _kept(page, "Jeanne Martin") and _kept(page, "Paul Kouassi")


def test_a_heading_in_capitals_above_notes_at_the_foot_stays() -> None:
    note = "Les photos du radar sont disponibles sur demande auprès du service de presse."
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "Partager", "NOTE AUX RÉDACTIONS", note)
    assert _kept(page, "NOTE AUX RÉDACTIONS")


# ------------------------------------------------------------------ more news and government page lines
@pytest.mark.parametrize(
    "line",
    [
        "Par : Radio Baie",
        "Lecture : 3 minutes.",
        "Publié 12 mars 2024 à 10:15",
        "Copyright © 2024 Le Journal de la Baie. Tous droits réservés. Distribué par AllAfrica Global Media (allAfrica.com).",
        "Port-Bleu, Communiqué de presse, 12.03.2024",
        "Éditeur:",
        "Début de la page",
        "Navigation principale",
        "Devenir membre",
        "Par Jeanne Martin - à Port-Bleu",
        "Votre navigateur ne supporte pas la lecture audio",
    ],
)
def test_a_news_or_government_page_line_is_chrome(line: str) -> None:
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize(
    "line",
    [
        "Par : cette décision, la capitainerie ferme le port de Port-Bleu jusqu'à lundi.",
        "Lecture : les élèves de la baie liront le rapport en classe dès la rentrée.",
        "Publié 12 mars 2024, le rapport annuel du port a été salué par les pêcheurs.",
        "Copyright : la capitainerie rappelle que les images du radar lui appartiennent.",
        "Votre navigateur ne suffit pas : le radar se consulte depuis la capitainerie.",
    ],
)
def test_a_sentence_opening_like_a_page_line_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


@pytest.mark.parametrize(
    "line",
    [
        "Réagir vite reste la priorité des pêcheurs de la baie, selon la capitainerie.",
        "À lire aussi dans le rapport : les chiffres de la pêche de la baie pour l'année.",
        "Commenter les chiffres du radar sera le rôle du comité des pêcheurs de Port-Bleu.",
    ],
)
def test_a_sentence_opening_with_a_label_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_a_one_word_title_above_a_short_sentence_is_kept() -> None:
    # merge of round 31: the first-line rubric rule took a one-word title for a section label when
    # the line below was a short sentence (fewer words than a body paragraph)
    page = "Bilan\n- M. Leroy est parti hier. Il revient lundi.\n"
    assert _kept(page, "Bilan")
    assert "Rubrique" in _chrome(_page("Rubrique", TITLE, BODY_1, BODY_2, BODY_3))
