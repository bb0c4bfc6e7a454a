"""Chrome 14 (reltrans.formats.chrome): what the page edges and the chrome around a line say.

Every page below is invented for these tests. Each category comes in several variants, with
counter-examples that must stay body: an acronym between two paragraphs, a credit in brackets,
an "about" heading above its blurb, a French heading in capitals, a speaker's name above a speech.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.formats.chrome import CHROME_VERSION, credited_byline, english_title, mark_chrome

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie"


def _kept(page: str, line: str) -> bool:
    return line not in _chrome(page) and " ".join(line.split()) in " ".join(_msgids(page))


def test_the_version_is_bumped_by_one_step() -> None:
    assert CHROME_VERSION in ("14", "15", "16", "17")  # chrome 15 bumped it again (tests/test_formats_chrome15.py)


# ------------------------------------------------------------------ an organization's acronym
@pytest.mark.parametrize("acronym", ["CICR", "IFRC", "FICR", "UNODC", "OMC"])
def test_an_acronym_of_the_family_alone_at_the_page_top_is_the_site_label(acronym: str) -> None:
    chrome = _chrome(_page(acronym, TITLE, BODY_1, BODY_2, BODY_3))
    assert chrome[acronym].startswith(f"site label: the organization's acronym {acronym!r} alone")
    assert TITLE not in chrome


@pytest.mark.parametrize("chrome_line", ["Publié le 3 mai 2031", "Partager", "Lire la suite"])
def test_an_acronym_between_paragraphs_beside_a_chrome_line_is_chrome(chrome_line: str) -> None:
    page = _page(TITLE, BODY_1, BODY_2, "OMM", chrome_line, BODY_3)
    assert _chrome(page)["OMM"].startswith("site label: the organization's acronym 'OMM' alone, beside the chrome line")
    assert BODY_3 in _msgids(page)


def test_an_acronym_between_two_kept_paragraphs_stays() -> None:
    assert _kept(_page(TITLE, BODY_1, "HCR", BODY_2, BODY_3), "HCR")


# ------------------------------------------------------------------ a news agency's name
@pytest.mark.parametrize("agency", ["Belga", "AFP", "Reuters", "Xinhua"])
@pytest.mark.parametrize("where", ["foot", "top"])
def test_a_news_agency_alone_at_the_page_edge_is_its_credit(agency: str, where: str) -> None:
    lines = (TITLE, BODY_1, BODY_2, BODY_3, agency) if where == "foot" else (agency, TITLE, BODY_1, BODY_2, BODY_3)
    reason = _chrome(_page(*lines))[agency]
    assert reason == f"credit: the news agency's name {agency!r} alone at the page edge, outside the body"


@pytest.mark.parametrize("line", ["(Photo, ONU)", "(Photo : Belga)"])  # chrome 16: "(AFP)" alone is a wire credit
def test_a_credit_in_brackets_at_the_foot_stays(line: str) -> None:
    # kept_line: a credit in brackets is the release's (README); it carries no msgid of its own
    # only when the segmenter leaves it in the skeleton, so the chrome judgement is what is tested
    assert line not in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, line))


def test_a_news_agency_between_paragraphs_is_page_metadata() -> None:
    # chrome 16 policy: a line naming only wire agencies is page metadata, wherever it stands
    assert "Reuters" in _chrome(_page(TITLE, BODY_1, "Reuters", BODY_2, BODY_3))


# ------------------------------------------------------------------ a byline with a photo credit
@pytest.mark.parametrize(
    "line",
    [
        "Par Jeanne Dupuis - © AFP - Luc Martin",
        "Par Paul-Henri de Rives – Crédit photo : Agence fictive",
        "By Jane Doe - Photo: Fictional Ports Agency",
        "par Lise Bernard, © Agence fictive/Marc Roy",
    ],
)
def test_a_byline_joined_to_a_photo_credit_is_chrome_anywhere(line: str) -> None:
    assert credited_byline(line)
    page = _page(TITLE, BODY_1, line, BODY_2, BODY_3)
    assert _chrome(page)[line] == "article metadata: a byline joined to a photo credit"
    assert _msgids(page)[1:] == [BODY_1, BODY_2, BODY_3]


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, la photo du port a été prise par Luc Martin.",  # a sentence
        "Par Jeanne Dupuis",  # a byline alone: not this rule (chrome 5 judges it by its place)
        "Par la mer - photos du port de Brest",  # no name after "par"
    ],
)
def test_lines_that_are_no_credited_byline(line: str) -> None:
    assert not credited_byline(line)


# ------------------------------------------------------------------ an "about" heading
@pytest.mark.parametrize("heading", ["À propos de l'OMS", "À propos du CICR", "A propos des Nations Unies", "About UNICEF"])
def test_an_about_heading_above_the_title_is_a_menu_section(heading: str) -> None:
    page = _page(heading, TITLE, "Mai 2031", BODY_1, BODY_2, BODY_3)
    chrome = _chrome(page)
    assert chrome[heading] == "about heading: an organization's 'about' section outside the body, heading no paragraph"
    assert TITLE not in chrome and "Mai 2031" not in chrome


def test_an_about_heading_as_the_last_line_is_chrome() -> None:
    heading = "À propos de l'Agence fictive"
    assert heading in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, heading))


@pytest.mark.parametrize(
    "lines",
    [
        # the organization's box at the end: heading and blurb are the release's
        (TITLE, BODY_1, BODY_2, "À propos de l'Agence", "L'Agence fictive des ports veille à la sécurité des petits ports du monde entier."),
        # a page about the organization: its heading opens the text
        ("À propos de l'Agence", "L'Agence fictive des ports veille à la sécurité des petits ports du monde entier.", BODY_2),
        # a sentence is never a heading
        (TITLE, BODY_1, BODY_2, BODY_3, "À propos de l'Agence, lire notre rapport annuel."),
    ],
)
def test_an_about_heading_above_its_blurb_stays(lines: tuple[str, ...]) -> None:
    page = _page(*lines)
    heading = next(line for line in lines if line.startswith("À propos"))
    assert _kept(page, heading)


# ------------------------------------------------------------------ English labels
@pytest.mark.parametrize(
    "line",
    ["Information System on International Labour Standards", "Office for Harbour Affairs", "Centre for Harbour Studies"],
)
def test_an_english_title_case_label_at_the_page_top_is_chrome(line: str) -> None:
    assert english_title(line)
    chrome = _chrome(_page(line, TITLE, BODY_1, BODY_2, BODY_3))
    assert chrome[line] == "another language: an English label in title case on a French page"
    assert TITLE not in chrome


@pytest.mark.parametrize(
    "line",
    [
        "Ports et Sécurité",  # French
        "Journée Mondiale des Ports",  # French capitals
        "Leave No Port Behind",  # no function word: nothing tells its language
        "Antoine Leroux",  # a name
        "Harbour safety for all",  # not title case: a sentence-like heading
        "Port of Brest.",  # punctuated
    ],
)
def test_lines_that_are_no_english_title(line: str) -> None:
    assert not english_title(line)


def test_an_english_title_case_label_between_paragraphs_stays() -> None:
    # between kept paragraphs, beside no chrome: a programme's name used as a subheading
    assert _kept(_page(TITLE, BODY_1, "Office for Harbour Affairs", BODY_2, BODY_3), "Office for Harbour Affairs")


def test_an_english_label_on_an_english_page_stays() -> None:
    page = _page(
        "Office for Harbour Affairs",
        "The Fictional Harbour Agency delivered a safety radar to the port authorities of Port-Bleu this week.",
        "The radar covers forty kilometres of coast and will be maintained by a team trained on site.",
    )
    assert "Office for Harbour Affairs" not in _chrome(page)


@pytest.mark.parametrize("value", ["Sustainable Harbour Goals", "Safe Ports", "Ocean Data"])
def test_a_capitalised_value_between_two_chrome_lines_is_a_facet(value: str) -> None:
    page = _page(TITLE, BODY_1, "Filter :", value, "Subject", BODY_2, BODY_3)
    assert _chrome(page)[value] == "label: capitalised words with nothing French in them, between two chrome lines"
    assert _msgids(page) == [TITLE, BODY_1, BODY_2, BODY_3]


@pytest.mark.parametrize("line", ["Journée Mondiale des Ports", "Sécurité Portuaire", "Antoine Leroux, directeur"])
def test_a_french_or_punctuated_line_between_two_chrome_lines_stays(line: str) -> None:
    page = _page(TITLE, BODY_1, "Filter :", line, "Subject", BODY_2, BODY_3)
    assert _kept(page, line)


def test_a_speaker_above_the_speech_stays() -> None:
    # a name beside only one chrome line is the speech's header
    page = _page(TITLE, "Partager", "Antoine Leroux", BODY_1, BODY_2, BODY_3)
    assert _kept(page, "Antoine Leroux")


def test_an_about_heading_naming_a_topic_stays() -> None:
    # "des ports": a topic, no organization's name
    assert _kept(_page(TITLE, BODY_1, BODY_2, BODY_3, "À propos des ports"), "À propos des ports")
    assert _kept(_page("À propos des ports", TITLE, BODY_1, BODY_2), "À propos des ports")


# ------------------------------------------------------------------ precision of older rules
EN_BODY = (
    "The Fictional Harbour Agency delivered a safety radar to the port authorities of Port-Bleu this week.",
    "The radar covers forty kilometres of coast and will be maintained by a team trained on site.",
)


@pytest.mark.parametrize(
    ("lead_in", "name", "body", "path"),
    [
        ("Media Contact", "Jane Smith", EN_BODY, "page.en.txt"),
        ("Press Contacts", "Jane Smith", EN_BODY, "page.en.txt"),
        ("Contacts Médias", "Marie Durand", (BODY_1, BODY_2), "page.fr.txt"),
    ],
)
def test_a_contact_heading_in_title_case_at_the_foot_is_no_byline(lead_in: str, name: str, body: tuple[str, ...], path: str) -> None:
    # chrome 13's foot byline took "Media Contact" for a person's name (two capitalised words)
    text = _page("Radar Delivered", *body, lead_in, name, "press@example.org")
    doc = mark_chrome(parse_document(text, path, "text"))
    chrome = {doc.text[b.start : b.end]: b.chrome for b in doc.blocks if b.chrome}
    assert lead_in not in chrome and name not in chrome
    assert chrome["press@example.org"].startswith("contact detail")


# ------------------------------------------------------------------ a link's own text
@pytest.mark.parametrize("line", ["LIEN VERS LA DÉCLARATION", "Lien vers le communiqué (PDF)", "Accéder au rapport", "Link to the statement"])
def test_a_link_naming_what_it_opens_is_chrome(line: str) -> None:
    page = _page(TITLE, BODY_1, BODY_2, line, BODY_3)
    assert _chrome(page)[line] == "read-more link"
    assert _msgids(page) == [TITLE, BODY_1, BODY_2, BODY_3]


@pytest.mark.parametrize(
    "line",
    [
        "Lien vers le passé, le radar rappelle le premier phare de la baie.",  # a sentence
        "Un lien vers la mer",  # a heading that does not open with the link's words
    ],
)
def test_a_sentence_or_heading_about_a_link_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


# ------------------------------------------------------------------ readers' comments
@pytest.mark.parametrize("heading", ["Commentaires", "2 commentaires", "Laisser une réponse", "Leave a Reply"])
def test_lines_below_a_comment_heading_at_the_foot_are_comments(heading: str) -> None:
    comments = ("super article merci", "jean 12", "vive la baie et ses pecheurs")
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, heading, *comments)
    chrome = _chrome(page)
    assert all(chrome[c].startswith("comments: below the comment section's heading") for c in comments)
    assert _msgids(page) == [TITLE, BODY_1, BODY_2, BODY_3]


def test_a_comment_that_is_a_sentence_paragraph_keeps_the_section() -> None:
    # the last sentence paragraph is below the heading: nothing tells where the release ended
    comment = "Je trouve que ce radar est une très bonne nouvelle pour tous les pêcheurs de la baie."
    page = _page(TITLE, BODY_1, BODY_2, "Commentaires", "Merci", comment)
    assert _kept(page, "Merci") and _kept(page, comment)


def test_a_comment_label_between_paragraphs_keeps_what_follows() -> None:
    page = _page(TITLE, BODY_1, "Commentaires", "Une équipe formée sur place", BODY_2, BODY_3)
    assert _kept(page, "Une équipe formée sur place")
