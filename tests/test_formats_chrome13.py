"""Chrome 13 (reltrans.formats.chrome): contact addresses, other-language alt texts, choosers,
donation buttons, glued labels, listing tags, foot bylines and section tabs.

Every page below is invented for these tests. Each category comes in several variants, with
counter-examples that must stay body: a French heading of two words, a one-line caption, a
quoted subheading, a release's own contact block.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.formats.chrome import CHROME_VERSION, foreign_language, line_evidence, mark_chrome

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page


def test_the_version_is_bumped_by_one_step() -> None:
    assert CHROME_VERSION in ("13", "14", "15", "16", "17")  # chrome 14 and 15 bumped it again (tests/test_formats_chrome14.py, tests/test_formats_chrome15.py)


# ------------------------------------------------------------------ another language
@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Flag of the Fictional Harbour Agency", "English"),
        ("The cranes, the docks and the lighthouse of Port-Bleu", "English"),
        ("Bandeira com o logotipo da agência portuária", "Portuguese"),
        ("Bandera con el logotipo del puerto", "Spanish"),
    ],
)
def test_a_short_unpunctuated_line_in_another_language_is_alt_text(line: str, language: str) -> None:
    assert foreign_language(line) == language
    chrome = _chrome(_page("Un radar pour la baie", line, BODY_1, BODY_2))
    assert chrome[line] == f"another language: a short unpunctuated line in {language} (an image's alt text or a label)"
    assert "Un radar pour la baie" not in chrome and BODY_1 not in chrome


def test_an_english_page_keeps_its_english_headings() -> None:
    # the language test is relative to the page: on an English release (translate --from en)
    # a short heading with "of the" is the release's own
    heading = "Protection of the Harbour Workers"
    page = _page(
        "A radar for the bay",
        "The Fictional Harbour Agency delivered a safety radar to the port authorities of Port-Bleu this week.",
        heading,
        "The radar covers forty kilometres of coast and will be maintained by a team trained on site.",
        "Fishers in the bay welcome a measure that the whole trade had awaited for years.",
    )
    assert heading not in _chrome(page)


@pytest.mark.parametrize(
    "line",
    [
        "Ports fermés",  # a French heading of two words
        "Vue du port de Brest au lever du jour",  # a one-line caption
        "Le programme Safe Harbour for the Ports",  # French words beside an English name
        "« Together for the ports of the world »",  # a quoted subheading
        "The port reopened on Monday after the storm.",  # a sentence: never judged by this test
        "Leave No Port Behind",  # no function word: nothing tells its language
    ],
)
def test_french_lines_quoted_lines_and_sentences_stay(line: str) -> None:
    page = _page("Un radar pour la baie", line, BODY_1, BODY_2)
    assert line not in _chrome(page)
    assert " ".join(line.split()) in " ".join(_msgids(page))


def test_the_language_test_needs_two_function_words_and_no_french_one() -> None:
    assert foreign_language("Out of School") == ""  # one function word
    assert foreign_language("Flag of the Croix-Rouge et du Croissant-Rouge") == ""  # "et", "du": French
    assert foreign_language("Logo of l'Agence of the ports") == ""  # an elision: French


def test_skip_labels_in_english_are_labels() -> None:
    for label in ("Main Content", "Main navigation", "Jump to content"):
        assert line_evidence(label).startswith("label")


# ------------------------------------------------------------------ addresses and contacts
@pytest.mark.parametrize(
    "line",
    [
        "presse@example.org",
        "https://www.example.org/fr/communiques/radar-port-bleu",
        "Source : https://www.example.org/actualites/radar-de-la-baie-...",
        "date 2031-04 https://www.example.org/20310409/radar-port-bleu-1058.html",
        "www.example.org",
    ],
)
def test_a_line_that_is_only_an_address_is_chrome(line: str) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, line))
    assert chrome[line].startswith("contact detail")


@pytest.mark.parametrize(
    "line",
    [
        "Courriel : presse@example.org",  # a labelled field of the release's contact block
        "Léa Martin, tél. : +33 1 23 45 67 89, courriel : lea.martin@example.org",
        "Le rapport complet est disponible sur https://www.example.org/rapport en français.",
        "Source : Agence fictive des ports",  # a credit
        "Pour plus d'informations, veuillez contacter Léa Martin, Email: presse@example.org",
    ],
)
def test_a_release_s_own_contact_lines_and_sentences_with_an_address_stay(line: str) -> None:
    page = _page("Un radar pour la baie", BODY_1, BODY_2, line)
    assert line not in _chrome(page)
    assert line in _msgids(page)


@pytest.mark.parametrize(
    "lead_in",
    ["Pour plus d’informations, veuillez contacter :", "Contact presse", "Pour toute information complémentaire :", "Media contacts"],
)
def test_a_contact_lead_in_goes_with_the_bare_address_below_it(lead_in: str) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, lead_in, "presse@example.org", BODY_3))
    assert chrome[lead_in].startswith("contact lead-in")
    assert BODY_3 not in chrome


def test_a_contact_lead_in_above_a_name_and_its_numbers_stays() -> None:
    lead_in = "Pour plus d'informations, veuillez contacter :"
    contact = "Léa Martin, tél. : +33 1 23 45 67 89"
    page = _page("Un radar pour la baie", BODY_1, BODY_2, lead_in, contact, "Courriel : lea.martin@example.org")
    assert _chrome(page) == {}
    assert _msgids(page)[-3:] == [lead_in, contact, "Courriel : lea.martin@example.org"]


def test_a_contact_lead_in_at_the_page_end_stays() -> None:
    page = _page("Un radar pour la baie", BODY_1, BODY_2, "Informations complémentaires :")
    assert _chrome(page) == {}


def test_a_wrapped_address_ending_a_sentence_is_joined_not_dropped() -> None:
    text = (
        "Pour plus d'informations, veuillez contacter Mme Anne Petit, porte-parole, tél. +33 6 12 34 56 78, courriel :\n"
        "anne.petit@example.org.\n"
    )
    page = _page("Un radar pour la baie", BODY_1, BODY_2) + "\n" + text
    assert "anne.petit@example.org." not in _chrome(page)
    assert any(m.endswith("anne.petit@example.org.") for m in _msgids(page))


# ------------------------------------------------------------------ choosers, donations, glued labels
@pytest.mark.parametrize(
    "line",
    [
        "Choisissez une langue pour cette section :",
        "Sélectionnez votre pays",
        "Recherchez un site de pays.",
        "Select your language",
        "Choose a country",
    ],
)
def test_a_language_or_site_chooser_s_prompt_is_chrome(line: str) -> None:
    assert _chrome(_page(line, "Un radar pour la baie", BODY_1, BODY_2))[line] == "language or site chooser: its prompt"


def test_a_sentence_about_choosing_a_country_stays() -> None:
    line = "Choisir un pays d'accueil reste difficile pour les familles, selon l'agence."
    assert line not in _chrome(_page("Un radar pour la baie", BODY_1, line, BODY_2))


@pytest.mark.parametrize(
    "line",
    ["Faites un don pour soutenir l'action de l'Agence fictive dans la baie", "Faire un don", "Donate now", "Soutenez-nous"],
)
def test_a_donation_button_is_chrome(line: str) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, line))
    assert chrome[line].startswith(("donation button", "label"))


def test_a_donation_sentence_stays() -> None:
    line = "Faites un don à la station de sauvetage, a lancé le maire aux habitants."
    assert line not in _chrome(_page("Un radar pour la baie", BODY_1, line, BODY_2))


@pytest.mark.parametrize(("line", "label"), [("ActualitéSahel", "Actualité"), ("ActualitésBretagne", "Actualités"), ("InternationalAfrique", "International")])
def test_a_label_glued_to_the_next_word_is_chrome(line: str, label: str) -> None:
    chrome = _chrome(_page(line, "Un radar pour la baie", BODY_1, BODY_2))
    assert chrome[line] == f"glued label: the label {label!r} glued to the word {line[len(label):]!r}"


@pytest.mark.parametrize("line", ["NordSud", "Port-Bleu", "McArthur", "Actualité"])
def test_a_word_that_is_no_glued_label_is_not_read_as_one(line: str) -> None:
    reason = _chrome(_page(line, "Un radar pour la baie", BODY_1, BODY_2)).get(line, "")
    assert not reason.startswith("glued label")


def test_an_about_heading_glued_to_its_blurb_is_chrome_and_alone_it_stays() -> None:
    glued = "À propos du PAFLe PAF est l'agence fictive qui entretient les ports de la baie depuis 1990."
    english = "About the HPAThe HPA keeps the harbours of the bay open all year."
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, glued, english))
    assert chrome[glued].startswith("glued label: the heading 'À propos du PAF'")
    assert chrome[english].startswith("glued label: the heading 'About the HPA'")
    alone = _page("Un radar pour la baie", BODY_1, BODY_2, "À propos du PAF", "Le PAF est l'agence fictive qui entretient les ports de la baie depuis 1990.")
    assert _chrome(alone) == {}


# ------------------------------------------------------------------ alt text, bylines, repeats
@pytest.mark.parametrize(
    "caption",
    [
        "Léa Martin, directrice de l'Agence fictive des ports - © J. ROUX - AFP",
        "Léa Martin, directrice de l'Agence fictive des ports (Photo : APF/J. Roux)",
        "Léa Martin, directrice de l'Agence fictive des ports © APF",
    ],
)
def test_an_alt_text_repeated_by_its_captioned_copy_is_chrome(caption: str) -> None:
    alt = "Léa Martin, directrice de l'Agence fictive des ports"
    chrome = _chrome(_page("Un radar pour la baie", alt, caption, BODY_1, BODY_2))
    assert chrome[alt].startswith("image alt text: the caption below repeats it")
    assert caption not in chrome


def test_a_title_opening_the_next_sentence_is_no_alt_text() -> None:
    page = _page("Le radar de la baie", "Le radar de la baie est arrivé lundi, a indiqué l'agence dans un communiqué.", BODY_2)
    assert _chrome(page) == {}


@pytest.mark.parametrize(
    "foot",
    [("Jeanne Dupuis",), ("Marc-Antoine Leroy",), ("Jeanne Dupuis", "Journaliste indépendante, basée à Port-Bleu."), ("Jeanne M. Dupuis",)],
)
def test_a_person_s_name_alone_at_the_page_foot_is_a_byline(foot: tuple[str, ...]) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, *foot))
    assert chrome[foot[0]] == "byline: a person's name alone below the last sentence paragraph, at the page foot"


@pytest.mark.parametrize(
    "foot",
    [
        ("Genève, le 3 mai 2031",),  # a place and a date
        ("Contacts presse",),  # a French heading of two words
        ("Jeanne Dupuis", "Port-Bleu", "Agence fictive"),  # a contact block: more lines follow
        ("Léa Martin, directrice",),  # a name with its title
        ("Jeanne Dupuis", BODY_3),  # a paragraph follows: a heading of the release
    ],
)
def test_a_place_a_heading_or_a_contact_at_the_foot_is_no_byline(foot: tuple[str, ...]) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, *foot))
    assert not any(reason.startswith("byline") for reason in chrome.values())


def test_a_name_between_paragraphs_stays() -> None:
    assert _chrome(_page("Un radar pour la baie", BODY_1, "Jeanne Dupuis", BODY_2)) == {}


def test_the_page_foot_repeating_a_line_drops_the_second_copy() -> None:
    contact = "Léa Martin : +33 1 23 45 67 89, lea.martin@example.org"
    page = _page("Un radar pour la baie", BODY_1, BODY_2, contact, "En savoir plus", contact)
    doc = mark_chrome(parse_document(page, "page.fr.txt", "text"))
    reasons = [b.chrome for b in doc.blocks if doc.text[b.start : b.end] == contact]
    assert reasons[0] == "" and reasons[1].startswith("repeated: the page foot repeats block")
    assert _msgids(page).count(contact) == 1


# ------------------------------------------------------------------ listing tags, section tabs
LISTING = _page(
    "Communiqués de presse",
    "Bretagne",
    "Un radar de sécurité pour la baie de Port-Bleu",
    BODY_1,
    "Normandie",
    "Les digues du port nord réparées avant l'hiver",
    "12 mars 2031",
    "Les travaux ont duré six mois et ont mobilisé une centaine d'ouvriers venus de toute la région.",
    "Sécurité maritime",
    "Une nouvelle vedette de sauvetage pour les pêcheurs",
    "Les pêcheurs disposent depuis lundi d'une vedette rapide, financée par les communes de la côte.",
)


def test_a_listing_s_tags_above_each_entry_title_are_chrome() -> None:
    chrome = _chrome(LISTING)
    for tag in ("Bretagne", "Normandie", "Sécurité maritime"):
        assert chrome[tag] == "listing tag: a short label above an entry's title (3 on the page)"
    msgids = _msgids(LISTING)
    assert "Un radar de sécurité pour la baie de Port-Bleu" in msgids and "Une nouvelle vedette de sauvetage pour les pêcheurs" in msgids


def test_subheadings_above_their_paragraphs_are_no_tags() -> None:
    page = _page("Un radar pour la baie", BODY_1, "Ports fermés", BODY_2, "Pêche reprise", BODY_3)
    assert _chrome(page) == {}


def test_one_label_above_a_title_is_no_listing() -> None:
    page = _page("Bretagne", "Un radar de sécurité pour la baie de Port-Bleu", BODY_1, BODY_2)
    assert not any(reason.startswith("listing tag") for reason in _chrome(page).values())


@pytest.mark.parametrize(
    ("page", "label"),
    [
        (_page("Focus", BODY_1, BODY_2), "Focus"),
        (_page("Un radar pour la baie", BODY_1, BODY_2, "Blogs"), "Blogs"),
        (_page("Un radar pour la baie", BODY_1, "presse@example.org", "FAQ", BODY_2), "FAQ"),
    ],
)
def test_a_section_tab_beside_chrome_or_at_the_page_edge_is_chrome(page: str, label: str) -> None:
    assert _chrome(page)[label].startswith(f"label {label!r}: a section tab")


def test_a_section_tab_word_between_paragraphs_stays() -> None:
    page = _page("Un radar pour la baie", BODY_1, "Focus", BODY_2, BODY_3)
    assert _chrome(page) == {}
    assert "Focus" in _msgids(page)


@pytest.mark.parametrize(
    ("foot", "language"),
    [
        (("“Harbour lover. Writer of the coast. Fan of the old lighthouses.”",), "English"),
        (("Sailor at heart and reporter for the bay.", "Partager"), "English"),
        (("Jornalista do porto e amante da costa.",), "Portuguese"),
    ],
)
def test_a_short_paragraph_in_another_language_at_the_page_foot_is_a_blurb(foot: tuple[str, ...], language: str) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, *foot))
    assert chrome[foot[0]] == f"another language: a paragraph in {language} below the last French sentence paragraph (an author's blurb)"
    assert BODY_2 not in chrome


def test_an_english_summary_above_or_between_the_french_paragraphs_stays() -> None:
    summary = "The agency delivered a radar to the port of the bay this week, with a team of the town."
    for page in (_page("Un radar pour la baie", summary, BODY_1, BODY_2), _page("Un radar pour la baie", BODY_1, summary, BODY_2)):
        assert _chrome(page) == {}
        assert summary in _msgids(page)


def test_a_long_english_paragraph_at_the_foot_stays() -> None:
    long_note = " ".join(["The agency of the bay keeps the port open for the boats."] * 5)
    assert _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, long_note)) == {}


# ------------------------------------------------------------------ gaps in a menu run
MENU_WITH_SECTIONS = (
    "Accueil > Événements > Le forum des ports\n"
    "\n"
    "L'Appel de Port-Bleu pour les ports sûrs\n"
    " - le texte de l'appel\n"
    " - signez la pétition en ligne\n"
    "\n"
    "Le forum des ports\n"
    "- pourquoi un forum des ports ?\n"
    "- l'initiative de deux maires de la côte\n"
    "- la composition du forum\n"
    "\n"
    "Communiqués de presse\n"
    "- du 7 juin 2031\n"
    "\n"
    "Un radar pour la baie\n"
    "\n"
    f"{BODY_1}\n\n{BODY_2}\n"
)


def test_a_menu_section_heading_and_a_question_entry_inside_a_menu_run_are_entries() -> None:
    chrome = _chrome(MENU_WITH_SECTIONS)
    assert chrome["L'Appel de Port-Bleu pour les ports sûrs"] == "menu run: a line between chrome and a menu entry, before the title"
    assert chrome["pourquoi un forum des ports ?"] == "menu run: a line between chrome and a menu entry, before the title"
    assert _msgids(MENU_WITH_SECTIONS)[:3] == ["Un radar pour la baie", BODY_1, BODY_2]


def test_a_title_between_a_label_and_the_menu_is_kept_when_nothing_follows_it() -> None:
    title = "Un radar de sécurité pour la baie de Port-Bleu"
    page = f"Communiqué de presse\n\n{title}\n- Ports\n- Partager sur Facebook\n- Imprimer\n\n{BODY_1}\n\n{BODY_2}\n"
    chrome = _chrome(page)
    assert chrome["Ports"].startswith("menu run")  # the line below the title is a menu entry
    assert title not in chrome
    assert _msgids(page)[0] == title


def test_a_line_between_a_byline_and_a_menu_entry_is_no_menu_gap() -> None:
    title = "Un radar de sécurité pour la baie"
    page = (
        f"Communiqué de presse\n\nPar Jeanne Dupuis\n\n{title}\n- Ports\n- Partager sur Facebook\n- Imprimer\n\n"
        f"Le sous-titre du radar de la baie\n\n{BODY_1}\n\n{BODY_2}\n"
    )
    chrome = _chrome(page)
    assert chrome["Ports"].startswith("menu run") and chrome["Par Jeanne Dupuis"].startswith("article metadata")
    assert title not in chrome  # a byline is metadata next to the title, not a menu


# ------------------------------------------------------------------ runs of country names
@pytest.mark.parametrize(
    "tags",
    [("Soudan", "Tchad"), ("Mali", "Niger", "Burkina Faso"), ("Mali, Niger, Tchad",), ("Côte d’Ivoire", "Tags", "Libéria")],
)
def test_country_names_alone_on_lines_below_the_body_are_tags(tags: tuple[str, ...]) -> None:
    chrome = _chrome(_page("Un radar pour la baie", BODY_1, BODY_2, *tags))
    for tag in tags:
        assert chrome[tag].startswith(("tag list: country or region names", "label"))
    assert BODY_2 not in chrome


def test_country_tags_above_the_title_are_tags_too() -> None:
    chrome = _chrome(_page("Sénégal", "Gambie", "Un radar pour la baie", BODY_1, BODY_2))
    assert chrome["Sénégal"].startswith("tag list") and chrome["Gambie"].startswith("tag list")
    assert "Un radar pour la baie" not in chrome


@pytest.mark.parametrize(
    "page",
    [
        _page("Un radar pour la baie", BODY_1, BODY_2, "Soudan"),  # one country alone
        _page("Un radar pour la baie", BODY_1, "Soudan", BODY_2, "Tchad", BODY_3),  # headings between paragraphs
        _page("Un radar pour la baie", BODY_1, "Mali", "Niger", BODY_2),  # names between paragraphs: the release's
        _page("Un radar pour la baie", BODY_1, BODY_2, "Jeanne Dupuis", "Port-Bleu", "Bretagne"),  # a contact's lines
    ],
)
def test_one_country_names_between_paragraphs_and_a_contact_s_lines_stay(page: str) -> None:
    assert not any(reason.startswith("tag list") for reason in _chrome(page).values())


def test_a_lead_in_heading_two_contact_blocks_is_no_foot_repeat() -> None:
    lead_in = "Pour toute information complémentaire, veuillez contacter :"
    page = _page(
        "Un radar pour la baie", BODY_1, BODY_2, lead_in, "Léa Martin, tél. : +33 1 23 45 67 89", lead_in, "Marc Roux, tél. : +33 1 98 76 54 32"
    )
    assert _chrome(page) == {}
    assert _msgids(page).count(lead_in) == 2
