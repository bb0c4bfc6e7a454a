"""Chrome 13 (reltrans.formats.chrome): standard CMS and scraper lines left in the PO before:
a comment form's notice, "back to top" / "more" buttons, a tag archive's heading, facet labels,
an image viewer's enlarge button, a document viewer's notice, archive banners, labelled
publication dates and the store's crawl date glued before a short first line.

Every line below is invented for these tests. Each category comes in several variants, with
counter-examples that must stay body: a sentence containing the words, a heading.
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import line_evidence

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie"


def _positions(line: str) -> list[str]:
    """The page with ``line`` above the body, between its paragraphs and at its foot."""
    return [
        _page(TITLE, line, BODY_1, BODY_2, BODY_3),
        _page(TITLE, BODY_1, line, BODY_2, BODY_3),
        _page(TITLE, BODY_1, BODY_2, BODY_3, line),
    ]


CMS_LINES = [
    # a WordPress comment form's notice, both sentences on one line or one of them alone
    ("Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment form"),
    ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment form"),
    ("Les champs obligatoires sont indiqués avec une astérisque", "comment form"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    ("Votre adresse e-mail ne sera pas publiée.", "label"),
    ("Laisser un commentaire", "label"),
    ("Répondre", "label"),
    # navigation buttons
    ("Bouton retour en haut de la page", "label"),
    ("Retour en haut", "label"),
    ("Afficher plus", "label"),
    ("Voir plus", "label"),
    ("Plus", "label"),
    ("Plus +", "label"),
    ("Autres pages", "label"),
    # a tag archive's heading
    ("Posts Tagged ‘Port-Bleu’", "label: a tag archive's heading"),
    ("Articles étiquetés Port-Bleu", "label: a tag archive's heading"),
    ("Articles tagués : radar, baie", "label: a tag archive's heading"),
    # a listing's facet labels
    ("Filter :", "label"),
    ("Filtrer :", "label"),
    ("Subject", "label"),
    # an image viewer's button, a document viewer's notice
    ("Agrandir la figure 12", "label: an image viewer's enlarge button"),
    ("Agrandir l'image", "label: an image viewer's enlarge button"),
    ("Cliquez pour agrandir", "label: an image viewer's enlarge button"),
    ("Transcription du contenu de la page", "label"),
    ("Si votre navigateur ne rend pas la page correctement, lisez la version en ligne", "browser notice"),
    ("Si votre navigateur ne rend pas la page correctement, consultez le texte ci-dessous", "browser notice"),
    # archive banners
    ("Page archivée : peut contenir des informations obsolètes", "archive banner"),
    ("Page archivée: peut contenir des informations obsolètes", "archive banner"),
    ("Contenu archivé", "archive banner"),
    ("Cette page est archivée et n'est plus mise à jour.", "archive banner"),
    ("Archived page: may contain outdated information", "archive banner"),
    # labelled publication metadata
    ("Publié : 12 novembre 2013", "article metadata: a date of publication or update"),
    ("Publié: 3 mai 2020", "article metadata: a date of publication or update"),
    ("Publié le 3 mai 2020", "article metadata: a date of publication or update"),
    ("Mis à jour : 4 juin 2031", "article metadata: a date of publication or update"),
    ("Posted: 2031-03-04", "article metadata: a date of publication or update"),
    # the store's crawl date alone on its line
    ("date 2031-03", "article metadata: a date of publication or update"),
    (" date 2031-03", "article metadata: a date of publication or update"),
]


@pytest.mark.parametrize(("line", "reason"), CMS_LINES)
def test_a_standard_cms_line_is_chrome_by_itself(line: str, reason: str) -> None:
    assert line_evidence(line).startswith(reason)


@pytest.mark.parametrize(("line", "reason"), CMS_LINES)
def test_a_standard_cms_line_is_chrome_anywhere_on_the_page(line: str, reason: str) -> None:
    for page in _positions(line):
        chrome = _chrome(page)
        assert chrome.get(line.strip(), "").startswith(reason), page
        assert all(body not in chrome for body in (TITLE, BODY_1, BODY_2, BODY_3))


@pytest.mark.parametrize(
    "line",
    [
        "Les articles étiquetés « port » ont été relus par la rédaction.",  # a sentence with the words
        "Votre adresse sera transmise aux autorités portuaires de Port-Bleu.",
        "La page archivée du site contient les chiffres de 2031.",
        "Publié : le rapport annuel de l'agence",  # no date after the label
        "Publié le 3 mai 2031, le rapport recense quarante ports de la baie.",
        "Plus de quarante ports",  # headings
        "Plus tard",
        "Page archivée de l'agence fictive des ports",
        "Archives du port de Brest",
        "Retour en haut du phare",
        "Agrandir le port de Brest",
        "Afficher plus de transparence",
        "Sujet du rapport",
        "Autres pages de l'histoire du port",
    ],
)
def test_sentences_and_headings_with_the_words_stay(line: str) -> None:
    for page in _positions(line):
        assert line not in _chrome(page), page


def test_a_bare_date_before_the_body_is_page_metadata() -> None:
    # chrome 16 policy (it was kept before): a date alone on its line is page metadata, above the title too
    page = _page("12 novembre 2031", TITLE, BODY_1, BODY_2)
    assert _chrome(page)["12 novembre 2031"].startswith("chrome 16: date stamp")
    assert "12 novembre 2031" not in _msgids(page)


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        (" date 2031-03 11 mars 2031", "11 mars 2031"),  # the release's own date after the crawl date
        ("date 2031-06 Notre vision", "Notre vision"),  # a short heading after it
        ("date 2031-06 Un radar pour la baie", TITLE),
    ],
)
def test_the_crawl_date_glued_before_a_short_first_line_is_left_out(first: str, kept: str) -> None:
    msgids = _msgids(_page(first, BODY_1, BODY_2))
    assert msgids[0] == kept
    assert not any("2031-0" in msgid for msgid in msgids)
    assert BODY_1 in msgids and BODY_2 in msgids


def test_a_crawl_date_before_a_label_is_chrome_as_a_whole_line() -> None:
    assert line_evidence("date 2031-06 Communiqué de presse").startswith("label with a prefix")


def test_a_sentence_opening_with_the_word_date_is_no_crawl_date() -> None:
    line = "Date limite des inscriptions pour les pêcheurs de la baie : le 12 mars 2031."
    assert line in _msgids(_page(TITLE, line, BODY_1))
