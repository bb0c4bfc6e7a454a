"""Chrome 15g (reltrans.formats.chrome): evidence that carries over to sites never seen.

Every page below is invented for these tests. Each rule reads a line's shape or its place (the
page head before the title, the page foot, chrome on both sides) and comes with similar lines
that must stay body: the title, a date or a byline beside it, a field's value, a headline that
may be the title, a sentence that ends with a period.
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import CHROME_VERSION, chrome15g_evidence

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie de Port-Bleu"


def _kept(text: str, line: str) -> bool:
    return line not in _chrome(text) and " ".join(line.split()) in " ".join(" ".join(_msgids(text)).split())


def test_the_version_stays_15() -> None:
    assert CHROME_VERSION in ("15", "16", "17")  # the lead releases the 15g rules under chrome 15; chrome 16 bumped it


# ------------------------------------------------------------------ a line's own shape
@pytest.mark.parametrize(
    "line",
    [
        "Par Jeanne Dupont, Léa Martin et Paul Durand",
        "Par Anne Roux, Marc Petit, Lise Blanc",
        "Un article de Radio Baie",
        "Une tribune de Jeanne Dupont",
        "Envie de lire la suite ?",
        "Déjà un compte ? Connectez-vous",
    ],
)
def test_shape_evidence_anywhere(line: str) -> None:
    assert chrome15g_evidence(line, outside=False)


@pytest.mark.parametrize(
    "line",
    [
        "[bannière] Radio Baie, toute l'actualité de la côte",
        "Accueil - Actualités - Sport - Météo - Contact",
        "Si vous avez déjà un compte, identifiez-vous pour lire la suite de cet article et des autres dossiers du mois",
    ],
)
def test_shape_evidence_outside_the_body(line: str) -> None:
    assert chrome15g_evidence(line, outside=True)
    assert not chrome15g_evidence(line, outside=False)


@pytest.mark.parametrize(
    "line",
    [
        "Par Jeanne Dupont, la maire de Port-Bleu, le radar a été inauguré.",
        "Un article de loi encadre désormais la pêche dans la baie.",
        "Pour lire la suite du rapport, les élus ont demandé un délai.",
        "Les pêcheurs, les élus et les habitants ont visité le port.",
        "Paris - Lyon - Marseille",
        "[Mise à jour] Le radar fonctionne depuis ce matin.",
    ],
)
def test_sentences_are_no_shape_evidence(line: str) -> None:
    assert not chrome15g_evidence(line, outside=True)


def test_a_long_read_on_prompt_as_the_last_paragraph() -> None:
    prompt = "Ce dossier est GRATUIT. Pour le lire, il vous suffit de créer un compte"
    text = _page(TITLE, BODY_1, BODY_2, prompt)
    assert prompt in _chrome(text)
    assert _kept(text, BODY_2)


def test_initials_below_the_body_only() -> None:
    foot = _page(TITLE, BODY_1, BODY_2, "J. D.")
    assert "J. D." in _chrome(foot)
    lead = _page(TITLE, "J. D.", BODY_1, BODY_2)
    assert "J. D." not in _chrome(lead)


# ------------------------------------------------------------------ the page head
def test_site_header_lines_between_chrome_before_the_title() -> None:
    text = _page(
        "[bannière] Radio Baie, toute la côte",
        "42 sources suivies",
        "DÉPÊCHES DU JOUR (3)",
        "Accueil - Actualités - Sport - Météo - Contact",
        TITLE,
        BODY_1,
        BODY_2,
    )
    chrome = _chrome(text)
    assert "42 sources suivies" in chrome and "DÉPÊCHES DU JOUR (3)" in chrome
    assert _kept(text, TITLE)


def test_a_tagline_above_a_menu_and_a_tab_above_the_title() -> None:
    text = _page("Là où la côte se raconte", "Menu", "Connexion", "Envie de lire la suite ?", "Nouveau ici ?", TITLE, BODY_1)
    chrome = _chrome(text)
    assert "Là où la côte se raconte" in chrome and "Nouveau ici ?" in chrome
    assert _kept(text, TITLE)


def test_the_page_top_above_one_label_is_kept() -> None:
    """The page's first line above a single label may be the release's title."""
    text = _page("Communiqué du conseil portuaire du 3 mai 2030", "Date de publication", "3 mai 2030", BODY_1, BODY_2)
    assert _kept(text, "Communiqué du conseil portuaire du 3 mai 2030")


def test_a_title_beside_a_date_or_under_a_field_name_is_kept() -> None:
    dated = _page("[bannière] Radio Baie", "Publié le 4 mai 2030", "La baie sous surveillance", "Partager", TITLE, BODY_1)
    assert _kept(dated, "La baie sous surveillance")
    field = _page("DISCOURS", "Orateur:", "Jeanne Dupont, ministre de la Mer", "Lieu:", "Port-Bleu", BODY_1)
    assert _kept(field, "Jeanne Dupont, ministre de la Mer")


def test_a_headline_between_chrome_is_kept() -> None:
    text = _page("Menu", "Actualités/Mer", "Baie : le radar entre en service", "Imprimer", "L'article", BODY_1)
    assert _kept(text, "Baie : le radar entre en service")


def test_a_product_menu_on_the_first_line() -> None:
    menu = "Ressources du port Radio Baie Nos services Radio Baie Podcasts Radio Baie Archives Abonnements Suivez-nous"
    text = _page(menu, TITLE + ". Entretien avec les pêcheurs du port.", BODY_1)
    assert menu in _chrome(text)
    plain = "Les pêcheurs de la baie et les élus de Port-Bleu se retrouvent au port ce samedi matin"
    assert _kept(_page(plain, BODY_1), plain)


# ------------------------------------------------------------------ the page foot and the body
def test_a_field_at_the_page_foot() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "Site référencé:", "Radio Baie")
    chrome = _chrome(text)
    assert "Site référencé:" in chrome and "Radio Baie" in chrome


def test_a_contact_field_at_the_page_foot_is_kept() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "Contact presse :", "Jeanne Dupont")
    assert _kept(text, "Jeanne Dupont")


def test_a_rubric_the_title_repeats() -> None:
    text = _page("Pêche côtière", "Pêche côtière : le radar surveille désormais toute la baie", BODY_1, BODY_2)
    assert "Pêche côtière" in _chrome(text)
    assert _kept(text, "Pêche côtière : le radar surveille désormais toute la baie")
    heading = _page(TITLE, BODY_1, "Pêche côtière", BODY_2)
    assert _kept(heading, "Pêche côtière")


def test_headlines_to_the_page_end_and_between_paragraphs() -> None:
    other_1 = "Côte : un nouveau phare pour les plaisanciers du nord"
    other_2 = "Port-Bleu : la criée rouvre après trois mois de travaux"
    other_3 = "Météo : la tempête épargne les digues de la baie"
    title = "Baie : le radar entre en service"
    text = _page(BODY_1, title, other_1, BODY_2, other_2, other_3)
    chrome = _chrome(text)
    assert other_1 in chrome and other_2 in chrome and other_3 in chrome
    assert _kept(text, title)


def test_one_headline_at_the_page_foot_is_kept() -> None:
    heading = "Prochaine étape : la formation des techniciens"
    text = _page(TITLE, BODY_1, BODY_2, heading)
    assert _kept(text, heading)
    title = "Baie : le radar entre en service"
    section = "Équipe : des techniciens formés sur place"
    two = _page(title, BODY_1, section, BODY_2)
    assert _kept(two, title) and _kept(two, section)


def test_a_short_line_between_two_chrome_lines() -> None:
    text = _page(TITLE, BODY_1, "Signaler une erreur", "Le radar de la baie", "Envie de lire la suite ?", BODY_2, BODY_3)
    assert "Le radar de la baie" in _chrome(text)
    kept = _page(TITLE, BODY_1, "Le radar de la baie", BODY_2, "Partager", BODY_3)
    assert _kept(kept, "Le radar de la baie")


def test_an_account_prompt_opened_by_its_imperative() -> None:
    prompt = "Créez votre compte pour consulter deux dossiers gratuits de plus chaque semaine."
    text = _page(TITLE, BODY_1, BODY_2, prompt)
    assert prompt in _chrome(text)
    sentence = "Les marins peuvent créer un compte au centre d'accueil pour recevoir leur courrier."
    kept = _page(TITLE, BODY_1, BODY_2, sentence)
    assert _kept(kept, sentence)
    assert chrome15g_evidence("Continuer la lecture »", outside=False)


def test_a_title_case_name_outside_the_body() -> None:
    name = "La Baie, Berceau De La Pêche"
    text = _page("Menu", name, "Le blog de la côte", TITLE, BODY_1, BODY_2)
    assert name in _chrome(text)
    assert _kept(text, TITLE)
    # the title itself in Title Case is kept, and so is a French heading between paragraphs
    assert _kept(_page(name, BODY_1, BODY_2), name)
    assert _kept(_page(TITLE, BODY_1, name, BODY_2), name)
    assert _kept(_page(TITLE, BODY_1, "La baie, berceau de la pêche", BODY_2), "La baie, berceau de la pêche")


@pytest.mark.parametrize("line", ["Identifiez-vous auprès de l'accueil du port.", "Connectez-vous au réseau du port", "Identifiez-vous à l'accueil"])
def test_a_login_verb_alone_is_no_prompt(line: str) -> None:
    assert not chrome15g_evidence(line, outside=True, last=True)


def test_a_stamp_left_free_below_the_title_does_not_take_its_place() -> None:
    # round 31, after the blind measure: the title sat between a section word and a posting label,
    # with a relative date left free below them; the date was taken for the title and the title
    # for a header line between chrome lines
    title = "Le port de Velmont signe un accord pour ses quais"
    page = _page("Région", title, "Publié", "il y a 2 jours", "Par", "La rédaction", BODY_1, BODY_2, BODY_3)
    assert _kept(page, title)
