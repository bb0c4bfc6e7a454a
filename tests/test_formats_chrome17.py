"""Chrome 17 (reltrans.formats.chrome.layout, head): widgets, bylines opening a line, domain names
alone, live tickers, cut-off teaser runs closing the page, a picture's file name that is no menu entry.

Every page below is invented for these tests. Each rule comes with lines of the same family that
must stay body: a sentence about sharing, a sentence naming who published what, a sentence naming
a website, a time inside a sentence, a paragraph or two ending in an ellipsis, a title over its picture.
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import CHROME_VERSION
from reltrans.formats.chrome.layout import page_metadata, widget_line, outside_evidence

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Le port de Port-Bleu reçoit un radar de sécurité pour sa baie"


def _kept(text: str, line: str) -> bool:
    return line not in _chrome(text) and " ".join(line.split()) in " ".join(" ".join(_msgids(text)).split())


def test_the_version_is_17() -> None:
    assert CHROME_VERSION == "17"


# ------------------------------------------------------------------ widgets and bylines, anywhere
WIDGETS = [
    "Copier le lien Partager sur Facebook Partager sur Twitter Imprimer",
    "Partager sur LinkedIn",
    "Font size: Smaller Bigger",
    "Subscribe to Le Phare de la Baie feed",
    "Voir cette publication sur Instagram",
    "Une publication partagée par Port Bleu (@portbleu) le",
]
BYLINES = ["Publié le 04/05/2031 par Jeanne Marin - Paul Roche", "Publication PUBLIÉ LE 3 mai 2031 PAR Léa Fabre"]


@pytest.mark.parametrize("line", WIDGETS + BYLINES)
@pytest.mark.parametrize("where", ["under the title", "between paragraphs", "at the foot"])
def test_widget_text_and_opening_bylines_are_chrome_wherever_they_stand(line: str, where: str) -> None:
    layouts = {
        "under the title": (TITLE, line, BODY_1, BODY_2),
        "between paragraphs": (TITLE, BODY_1, line, BODY_2),
        "at the foot": (TITLE, BODY_1, BODY_2, line),
    }
    text = _page(*layouts[where])
    assert widget_line(line)
    assert line in _chrome(text), where
    assert _msgids(text)[0] == TITLE and BODY_2 in _msgids(text)


@pytest.mark.parametrize(
    "line",
    [
        "Les habitants pourront partager sur Facebook leurs photos du nouveau radar.",
        "Le rapport publié le 3 mai 2031 par l'Agence fictive des ports décrit le chantier.",
        "Publié le 3 mai 2031 par l'Agence fictive des ports, le rapport décrit le chantier.",
        "Imprimer des cartes de la baie reste nécessaire pour les pêcheurs.",
    ],
)
def test_sentences_about_sharing_or_publishing_stay_body(line: str) -> None:
    assert not widget_line(line)
    assert _kept(_page(TITLE, BODY_1, line, BODY_2), line)


# ------------------------------------------------------------------ domain names alone
@pytest.mark.parametrize("line", ["Phare-de-la-baie.fr", "photos.portbleu.org", "Portbleu-infos.com"])
def test_a_domain_name_alone_is_chrome(line: str) -> None:
    assert page_metadata(line)
    text = _page(line, TITLE, BODY_1, BODY_2)
    assert line in _chrome(text)
    assert _msgids(text)[0] == TITLE


@pytest.mark.parametrize("line", ["Le site portbleu.org publie la carte du radar.", "Port-Bleu", "M. Dupont"])
def test_a_sentence_naming_a_site_or_a_name_stays(line: str) -> None:
    assert not page_metadata(line)


# ------------------------------------------------------------------ relative ages with a prefix
def test_an_updated_age_outside_the_body_is_chrome() -> None:
    assert outside_evidence("Updated: 8 hours 11 min ago")
    assert outside_evidence("mis à jour il y a 3 heures")
    text = _page("Updated: 5 hours 2 min ago", TITLE, BODY_1, BODY_2)
    assert "Updated: 5 hours 2 min ago" in _chrome(text)


def test_a_short_month_with_an_accent_makes_a_date() -> None:
    assert page_metadata("25 aoû 2031")


# ------------------------------------------------------------------ live tickers
TICKER = [
    "14:28France - Les retraites seront revalorisées en janvier",
    "14:23Monde - Un sommet régional s'ouvre sur la pêche",
    "09:20 Sports - La régate de Port-Bleu est reportée",
]


def test_a_live_ticker_is_chrome() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "-", *TICKER)
    reasons = _chrome(text)
    assert all(entry in reasons for entry in TICKER)
    assert BODY_2 in _msgids(text)


def test_one_time_or_a_timed_diary_stays_body() -> None:
    diary = ["07h30 Port-Bleu / 13h30 Paris", "Les équipes montent les tentes sur le quai avant l'arrivée des familles."]
    once = "14:28France - Les retraites seront revalorisées en janvier"
    text = _page(TITLE, BODY_1, *diary, BODY_2, once)
    assert _kept(text, diary[0]) and _kept(text, diary[1]) and _kept(text, once)


# ------------------------------------------------------------------ cut-off teasers closing the page
TEASERS = [
    "La régate annuelle de Port-Bleu a réuni cette année plus de bateaux que…",
    "Les pêcheurs de la baie ont présenté au maire un plan pour protéger les…",
    "Un nouveau quai sera construit au nord du port avant la fin de…",
]


def test_a_run_of_cut_off_teasers_closing_the_page_is_chrome() -> None:
    text = _page(TITLE, BODY_1, BODY_2, BODY_3, *TEASERS)
    reasons = _chrome(text)
    assert all(teaser in reasons for teaser in TEASERS)
    assert BODY_3 in _msgids(text)


def test_a_body_ending_in_an_ellipsis_stays() -> None:
    # two paragraphs ending in an ellipsis, then the body again: no listing
    text = _page(TITLE, BODY_1, TEASERS[0], TEASERS[1], BODY_2)
    assert _kept(text, TEASERS[0]) and _kept(text, TEASERS[1])
    # two at the foot: fewer than a listing's three
    text = _page(TITLE, BODY_1, BODY_2, TEASERS[0], TEASERS[1])
    assert _kept(text, TEASERS[0]) and _kept(text, TEASERS[1])


# ------------------------------------------------------------------ a title over its picture is no menu entry
def test_a_title_over_its_picture_stays_out_of_the_menu_run() -> None:
    title = "Journal de la baie"
    text = _page("Faire un don", "radar-baie_01.jpg", "Communiqués de presse", title, "radar-baie_01.jpg", BODY_1, BODY_2)
    assert _kept(text, title)
    assert "radar-baie_01.jpg" in _chrome(text)


TOPIC_TEASERS = [
    "Pêche : la baie de Port-Bleu rouvre ses zones de pêche au printemps",
    "Régate : les voiliers de la baie préparent la course de juillet",
    "Climat : faut-il craindre de nouvelles tempêtes sur la côte ?",
]


def test_a_run_of_topic_titles_closing_the_page_is_chrome() -> None:
    text = _page(TITLE, BODY_1, BODY_2, BODY_3, *TOPIC_TEASERS)
    reasons = _chrome(text)
    assert all(teaser in reasons for teaser in TOPIC_TEASERS)
    assert BODY_3 in _msgids(text)


def test_a_release_s_own_points_or_two_topic_titles_are_no_chrome_17_run() -> None:
    # (older rules may judge headlines under the last paragraph: only chrome 17's run is tested here)
    points = ["Axe 1 : former les pêcheurs de la baie au radar", "Axe 2 : entretenir le radar avec une équipe locale",
              "Axe 3 : informer les habitants de la côte chaque mois"]
    two = TOPIC_TEASERS[:2]
    for lines in (points, [f"- {teaser}" for teaser in TOPIC_TEASERS], two):
        reasons = _chrome(_page(TITLE, BODY_1, BODY_2, *lines))
        assert not any(reason.startswith("chrome 17") for reason in reasons.values()), lines
    listed = _page(TITLE, BODY_1, BODY_2, *(f"- {teaser}" for teaser in TOPIC_TEASERS))
    assert all(_kept(listed, teaser) for teaser in TOPIC_TEASERS)


def test_a_name_with_a_dot_is_no_domain() -> None:
    assert not page_metadata("Mme.Li") and not page_metadata("S.E.")
