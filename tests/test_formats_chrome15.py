"""Chrome 15 (reltrans.formats.chrome): comment counters, file labels, a correspondent's line, a
byline split over lines, media player labels, fold-out buttons (issue 15).

Every page below is invented for these tests. Each family comes with look-alike body lines that
must stay: a sentence about a reaction, a sentence opening with « Par ailleurs », a partner named
after « Avec notre », a quoted radio sentence, a sentence about listening, a title repeated by
the first paragraph.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.formats.chrome import CHROME_VERSION, line_evidence, mark_chrome

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie"


def _kept(page: str, line: str) -> bool:
    return line not in _chrome(page) and " ".join(line.split()) in " ".join(_msgids(page))


def _body_kept(page: str) -> bool:
    return all(body in _msgids(page) for body in (BODY_1, BODY_2, BODY_3))


def test_the_version_is_bumped() -> None:
    assert CHROME_VERSION in ("15", "16", "17")  # chrome 16 bumped it again (tests/test_formats_chrome16.py)


# ------------------------------------------------------------------ comment counters
@pytest.mark.parametrize(
    "line",
    ["12 commentaires", "Réagir (3)", "Commentaires (12)", "Réactions [4]", "Voir les 12 commentaires",
     "Lire les commentaires", "3 réactions", "Vue 1638 fois", "Lancez la conversation", "Soyez le premier à réagir"],
)
@pytest.mark.parametrize("where", ["top", "between", "foot"])
def test_a_comment_counter_is_chrome_anywhere(line: str, where: str) -> None:
    lines = {
        "top": (line, TITLE, BODY_1, BODY_2, BODY_3),
        "between": (TITLE, BODY_1, line, BODY_2, BODY_3),
        "foot": (TITLE, BODY_1, BODY_2, BODY_3, line),
    }[where]
    page = _page(*lines)
    assert line in _chrome(page)
    assert _body_kept(page)


@pytest.mark.parametrize(
    "line",
    [
        "Il a réagi (3 fois) à la décision du tribunal maritime de Port-Bleu.",
        "Douze commentaires ont été reçus lors de la consultation publique sur la digue.",
        "Réagir vite (3 minutes au plus) est la consigne des équipes de secours en mer.",
    ],
)
def test_a_sentence_about_comments_or_reactions_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


# ------------------------------------------------------------------ image and file labels
@pytest.mark.parametrize(
    "line",
    ["Vue aérienne du port - JPEG", "Carte de la baie (PNG)", "Rapport annuel – PDF", "radar-baie.jpg",
     "Télécharger l'image (JPEG, 2 Mo)", "Télécharger l'image", "Télécharger la photo en haute résolution",
     "Page de couverture du rapport annuel"],
)
def test_an_image_or_file_label_is_chrome(line: str) -> None:
    page = _page(TITLE, BODY_1, line, BODY_2, BODY_3)
    assert line in _chrome(page)
    assert _body_kept(page)


@pytest.mark.parametrize(
    "line",
    [
        "Le rapport complet est disponible au format PDF sur le site de l'agence.",
        "Les images du radar, au format JPEG, seront publiées chaque semaine par l'équipe.",
        "Télécharger l'image satellite a pris trois heures aux techniciens du port.",
    ],
)
def test_a_sentence_about_a_file_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


# ------------------------------------------------------------------ a correspondent's line
@pytest.mark.parametrize(
    "line",
    [
        "Avec notre correspondante à Port-Bleu, Jeanne Dupuis",
        "De notre correspondant à Conakry,",
        "Par notre envoyé spécial à Goma",
        "Avec nos correspondants régionaux",
        "De notre envoyée spéciale à Saint-Denis, Lise Bernard.",
        "Le Quotidien Fictif avec AFP",
        "Avec l'AFP",
    ],
)
@pytest.mark.parametrize("where", ["top", "between"])
def test_a_correspondent_or_wire_line_is_chrome(line: str, where: str) -> None:
    lines = (TITLE, line, BODY_1, BODY_2, BODY_3) if where == "top" else (TITLE, BODY_1, line, BODY_2, BODY_3)
    page = _page(*lines)
    assert _chrome(page)[line].startswith("article metadata: ")
    assert _body_kept(page)


@pytest.mark.parametrize(
    "line",
    [
        "Avec notre partenaire, l'OIM a distribué des kits d'hygiène aux familles de pêcheurs.",
        "Notre correspondant à Port-Bleu a pu constater les dégâts sur la digue.",
        "De notre correspondant à Goma, la situation semble calme ce matin",
        "« Avec notre correspondante à Dakar, nous avons suivi la campagne », a-t-elle expliqué.",
        "Une enquête menée avec l'AFP",
    ],
)
def test_a_sentence_naming_a_correspondent_or_partner_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


# ------------------------------------------------------------------ a byline over several lines
@pytest.mark.parametrize(
    "byline",
    [
        ("Par", "Jeanne Dupuis", "Le 3 mai 2031 à 10h12"),
        ("Écrit par", "Paul-Henri de Rives et Lise Bernard", "3 mai 2031 à 10:12"),
        ("Par", "Marc Roy, Lise Bernard"),
        ("Par Jeanne Dupuis", "Le 3 mai 2031 à 10h12"),
        ("Publié", "3 mai 2031 à 10h12"),
    ],
)
def test_a_byline_split_over_lines_below_the_lead_is_chrome(byline: tuple[str, ...]) -> None:
    # Le Monde's layout: the title, the lead (a sentence paragraph), then the byline and its date
    page = _page(TITLE, BODY_1, *byline, BODY_2, BODY_3)
    chrome = _chrome(page)
    assert all(line in chrome for line in byline), chrome
    assert _body_kept(page)


def test_a_date_without_time_under_a_byline_stays() -> None:
    page = _page(TITLE, BODY_1, "Par", "Jeanne Dupuis", "Le 3 mai 2031", BODY_2, BODY_3)
    chrome = _chrome(page)
    assert "Par" in chrome and "Jeanne Dupuis" in chrome
    assert chrome["Le 3 mai 2031"].startswith("chrome 16: date stamp")  # chrome 16 policy: a date alone is page metadata


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le radar sera entretenu par une équipe locale formée sur place.",
        "Par arrêté du 3 mai 2031, la baie est classée zone protégée pour dix ans.",
    ],
)
def test_a_sentence_opening_with_par_stays(line: str) -> None:
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)


def test_par_alone_above_a_sentence_paragraph_keeps_the_paragraph() -> None:
    page = _page(TITLE, BODY_1, "Par", BODY_2, BODY_3)
    assert _body_kept(page)


@pytest.mark.parametrize("section", ["Société", "Belgique", "Afrique"])
def test_a_section_name_glued_before_a_byline_is_chrome(section: str) -> None:
    line = f"{section} Par Jeanne Dupuis"
    page = _page(line, TITLE, BODY_1, BODY_2, BODY_3)
    assert _chrome(page)[line] == f"article metadata: a section name ({section!r}) glued before the byline"


def test_a_title_with_par_stays() -> None:
    line = "Une journée en mer Par Jeanne Dupuis"  # not a section name before "Par": no evidence
    assert line not in _chrome(_page(line, BODY_1, BODY_2, BODY_3))


# ------------------------------------------------------------------ media player labels
@pytest.mark.parametrize(
    "line",
    ["Écouter", "Podcast", "Réécouter l'émission", "Écouter l'émission (3:12)", "Audio 03:22", "vidéo : 3min",
     "24 épisodes", "À propos de cet audio", "S'abonner au podcast", "Regarder la vidéo", "Écouter gratuitement", "3 min"],
)
def test_a_media_player_label_is_chrome(line: str) -> None:
    page = _page(TITLE, BODY_1, line, BODY_2, BODY_3)
    assert line in _chrome(page)
    assert _body_kept(page)


@pytest.mark.parametrize(
    "line",
    [
        "Écouter les pêcheurs de la baie reste la priorité de l'agence.",
        "Regarder la vérité en face",
        "10 h 30",
        "L'émission sera diffusée le 3 mai à 10h12 sur la radio locale de Port-Bleu.",
    ],
)
def test_a_line_about_listening_or_a_time_stays(line: str) -> None:
    assert line not in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


def test_spaced_labels_are_not_joined_as_a_wrapped_line() -> None:
    page = _page(TITLE, BODY_1, "Publié Mis à jour\nvidéo : 3min", BODY_2, BODY_3)
    chrome = _chrome(page)
    assert chrome["Publié Mis à jour"] == "labels 'publie' + 'mis a jour'"
    assert "vidéo : 3min" in chrome
    assert line_evidence("Publié Mis à jour")


def test_a_lowercase_wrapped_fragment_is_left_to_the_joiner() -> None:
    # "réécouter l'émission" here ends a sentence wrapped over two lines: not a label
    assert line_evidence("réécouter l'émission") == ""
    text = _page(TITLE, BODY_1, "Les auditeurs qui ont manqué le direct de ce matin pourront\nréécouter l'émission sur le site.", BODY_2)
    assert "Les auditeurs qui ont manqué le direct de ce matin pourront réécouter l'émission sur le site." in _msgids(text)


# ------------------------------------------------------------------ fold-out buttons
@pytest.mark.parametrize(
    "line",
    ["[cliquer pour dérouler]", "(Lire la suite)", "Voir plus +", "Voir plus", "Lire la suite", "▼ Déplier",
     "Cliquez pour dérouler le texte", "[Masquer]", "Afficher la suite"],
)
def test_a_fold_out_button_is_chrome(line: str) -> None:
    page = _page(TITLE, BODY_1, line, BODY_2, BODY_3)
    assert line in _chrome(page)
    assert _body_kept(page)


@pytest.mark.parametrize(
    "line",
    [
        "(Lire la suite des travaux de la commission, page 4)",
        "Cliquer pour dérouler le tapis rouge n'est pas au programme de la visite.",
    ],
)
def test_a_bracketed_aside_or_sentence_about_folding_stays(line: str) -> None:
    assert line not in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


# ------------------------------------------------------------------ labels around the title
def test_a_label_glued_to_a_newsletter_pitch_is_chrome() -> None:
    line = "NewsletterRecevez l'actualité du port directement dans votre boîte mail"
    assert _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, line))[line].startswith("glued label: the label 'Newsletter'")


@pytest.mark.parametrize("line", ["Communiqués de presse et newsletter", "Partager et imprimer"])
def test_labels_joined_by_et_are_chrome(line: str) -> None:
    assert line in _chrome(_page(line, TITLE, BODY_1, BODY_2, BODY_3))


def test_crumbs_that_lost_their_separators_are_chrome() -> None:
    page = _page("Accueil Actualités Ports", TITLE, BODY_1, BODY_2, BODY_3)
    assert _chrome(page)["Accueil Actualités Ports"].startswith("breadcrumb")


def test_a_title_opening_with_accueil_stays() -> None:
    title = "Accueil des réfugiés à Port-Bleu"
    assert title not in _chrome(_page(title, BODY_1, BODY_2, BODY_3))


def test_a_page_type_and_office_right_above_the_body_is_chrome_when_a_title_is_above() -> None:
    page = _page(TITLE, "Actualités Agence Fictive des Ports", BODY_1, BODY_2, BODY_3)
    assert _chrome(page)["Actualités Agence Fictive des Ports"].startswith("site header: a page type")
    assert TITLE not in _chrome(page)


def test_a_page_type_and_office_as_the_only_line_above_the_body_stays() -> None:
    assert "Actualités Agence Fictive des Ports" not in _chrome(_page("Actualités Agence Fictive des Ports", BODY_1, BODY_2, BODY_3))


def test_a_page_title_with_an_html_comment_is_markup() -> None:
    line = 'Un radar pour la baie<!-- --> | Le Quotidien fictif'
    assert _chrome(_page(line, TITLE, BODY_1, BODY_2))[line] == "markup: HTML or CSS left by the scraper"


# ------------------------------------------------------------------ alt text, media groups, notices
@pytest.mark.parametrize(
    "alt, caption",
    [
        ("Un radar sur la digue de Port-Bleu.", "Un radar sur la digue de Port-Bleu, en mai 2031. Photo : Agence fictive/Marc Roy"),
        ("Le radar livré aux autorités du port", "Le radar livré aux autorités du Port. © Agence fictive"),
        ("Des pêcheurs sur le quai de Port-Bleu", "Des pêcheurs sur le quai de Port-Bleu. AFP/Lise Bernard"),
    ],
)
def test_alt_text_repeated_by_its_credited_caption_is_chrome(alt: str, caption: str) -> None:
    page = _page(TITLE, BODY_1, alt, caption, BODY_2, BODY_3)
    chrome = _chrome(page)
    assert chrome[alt].startswith("image alt text: the caption below repeats it")
    assert caption not in chrome


def test_a_title_repeated_by_the_first_paragraph_stays() -> None:
    title = "Un radar livré aux autorités portuaires de Port-Bleu"
    first = "Un radar livré aux autorités portuaires de Port-Bleu couvre désormais toute la baie."
    page = _page(title, first, BODY_2, BODY_3)
    assert title not in _chrome(page) and first in _msgids(page)


def test_a_media_group_alone_at_the_page_top_is_chrome_and_stays_between_paragraphs() -> None:
    assert "France Télévisions" in _chrome(_page("France Télévisions", TITLE, BODY_1, BODY_2, BODY_3))
    assert "France Télévisions" not in _chrome(_page(TITLE, BODY_1, "France Télévisions", BODY_2, BODY_3))


def test_a_cms_update_notice_is_chrome_and_a_sentence_about_an_update_stays() -> None:
    notice = "Ce contenu a été mis à jour le 30 avril 2031 à 13 h 26 min."
    sentence = "Ce contenu a été mis à jour par l'équipe du port après la tempête de la semaine passée."
    page = _page(TITLE, BODY_1, BODY_2, sentence, BODY_3, notice)
    assert _chrome(page)[notice] == "article metadata: a CMS's update notice"
    assert sentence in _msgids(page)


def test_the_lines_of_a_paywall_box_below_the_body_are_chrome() -> None:
    box = ("Pour lire cet article :", "Je choisis un pack", "pour accéder à cet article.", "à partir de 8€/mois.",
           "Identifiez-vous.")
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, *box)
    chrome = _chrome(page)
    assert all(line in chrome for line in box), chrome
    assert _body_kept(page)


def test_a_short_line_after_the_body_without_a_paywall_stays() -> None:
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, "Identifiez-vous auprès de l'accueil du port.")
    assert "Identifiez-vous auprès de l'accueil du port." not in _chrome(page)


def test_markdown_and_html_documents_are_judged_as_before() -> None:
    doc = parse_document(_page("Réagir (3)", TITLE, BODY_1), "page.fr.md", "markdown")
    assert any(block.chrome for block in mark_chrome(doc).blocks)


# ------------------------------------------------------------------ news sections and category labels
@pytest.mark.parametrize(
    "line", ["Actualités internationales", "Infos Afrique", "Actualité Sahel", "Rubrique Santé", "Dans la rubrique Société"]
)
def test_a_news_section_label_above_the_title_is_chrome(line: str) -> None:
    page = _page(line, TITLE, BODY_1, BODY_2, BODY_3)
    assert _chrome(page)[line].startswith(f"category label {line!r}: a news section")
    assert TITLE not in _chrome(page)


def test_a_news_section_label_at_the_foot_is_chrome_and_between_paragraphs_stays() -> None:
    assert "Actualités Santé" in _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, "Actualités Santé"))
    assert "Actualités Santé" not in _chrome(_page(TITLE, BODY_1, "Actualités Santé", BODY_2, BODY_3))


def test_a_news_section_as_the_only_title_stays() -> None:
    assert "Nouvelles du monde" not in _chrome(_page("Nouvelles du monde", BODY_1, BODY_2, BODY_3))


def test_two_sections_as_crumbs_are_a_category_label() -> None:
    assert _chrome(_page("Monde > Afrique", TITLE, BODY_1, BODY_2))["Monde > Afrique"].startswith("category label")


def test_a_page_type_and_office_at_the_foot_is_chrome() -> None:
    line = "Déclarations Agence Fictive des Ports"
    assert _chrome(_page(TITLE, BODY_1, BODY_2, BODY_3, line))[line].startswith("site header: a page type")


def test_a_page_type_and_its_section_joined_by_a_slash_above_the_title_is_chrome() -> None:
    line = "Actualités/Protection des côtes"
    page = _page("Le Journal fictif", line, TITLE, BODY_1, BODY_2, BODY_3)
    assert _chrome(page)[line].startswith("site header: a page type")
    assert TITLE not in _chrome(page)


def test_a_sentence_continuing_the_work_is_no_paywall() -> None:
    line = "Pour continuer la suite des travaux, le comité se réunira en juin."
    assert _kept(_page(TITLE, BODY_1, BODY_2, BODY_3, line), line)


def test_a_title_repeated_by_a_paragraph_naming_two_agencies_stays() -> None:
    title = "Les ports de la baie se préparent à la saison"
    first = "Les ports de la baie se préparent à la saison avec l'appui de l'OMS/OPS, qui a livré dix radars."
    page = _page(title, first, BODY_2, BODY_3)
    assert title not in _chrome(page) and first in _msgids(page)


def test_a_bracketed_label_that_is_no_button_is_no_fold_out() -> None:
    assert not _chrome(_page(TITLE, BODY_1, "(archives)", BODY_2, BODY_3)).get("(archives)", "").startswith("fold-out")


@pytest.mark.parametrize("line", ["Écouter ▶", "🎧 Podcast", "Voir plus →", "Réagir (3) 💬"])
def test_a_label_beside_its_icon_is_chrome(line: str) -> None:
    assert line_evidence(line).endswith("beside its icon")
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize("line", ["★ Plus de quarante radars livrés aux ports de la baie", "🎙️ « Il faut protéger la baie » à Port-Bleu"])
def test_a_title_after_an_icon_stays(line: str) -> None:
    assert line not in _chrome(_page(TITLE, BODY_1, line, BODY_2, BODY_3))


@pytest.mark.parametrize("heading", ["2 réflexions sur « Un radar pour la baie »", "Un commentaire sur “Un radar pour la baie”", "Commentaires : 2"])
def test_a_comment_heading_with_its_count_heads_the_readers_comments(heading: str) -> None:
    page = _page(TITLE, BODY_1, BODY_2, BODY_3, heading, "Marc", "super initiative bravo", "Lise", "enfin un radar pour nous")
    chrome = _chrome(page)
    assert chrome[heading].startswith("comment count")
    assert chrome["super initiative bravo"].startswith("comments: below the comment section's heading")
    assert _body_kept(page)


def test_a_sentence_quoting_reflections_stays() -> None:
    line = "Deux réflexions sur « la baie » ont été publiées par l'agence. Elles portent sur la pêche."
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), "Deux réflexions sur « la baie » ont été publiées par l'agence.")


def test_a_one_sentence_line_on_reflections_stays() -> None:
    line = "Deux réflexions sur « la baie » ont été publiées par l'agence du port."
    assert _kept(_page(TITLE, BODY_1, line, BODY_2, BODY_3), line)
