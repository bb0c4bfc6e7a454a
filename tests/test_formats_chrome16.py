"""Chrome 16 (reltrans.formats.chrome.layout): page metadata anywhere, layout evidence outside the body.

Every page below is invented for these tests. Each rule comes with lines of the same family that
must stay body: a dateline that opens a sentence, a sentence holding a date, a journalist's
credit, a count or an age inside a sentence, a heading inside the body, a path inside a sentence.
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import CHROME_VERSION
from reltrans.formats.chrome.layout import outside_evidence, page_metadata

from chrome_pages import BODY_1, BODY_2, BODY_3, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Le port de Port-Bleu reçoit un radar de sécurité pour sa baie"


def _kept(text: str, line: str) -> bool:
    return line not in _chrome(text) and " ".join(line.split()) in " ".join(" ".join(_msgids(text)).split())


def test_the_version_is_16() -> None:
    assert CHROME_VERSION in ("16", "17")  # chrome 17 bumped it (tests/test_formats_chrome17.py)


# ------------------------------------------------------------------ page metadata: dates, symbols, wire credits
DATES = ["mercredi 4 février 2031", "12 Mars 2031", "23 Mar", "7 oct 2031", "Le 3 mai 2031", "15 - Mai - 2031",
         "janvier 29, 2031"]
SYMBOLS = ["AG/12345", "SG/SM/2031", "SC/12145-AFR/3283-PKO/548"]
WIRES = ["XINHUA/VNA/CVN", "(AFP)", "agences/cab", "Agence France-Presse", "AFP/Reuters", "(ONU)"]


@pytest.mark.parametrize("line", DATES + SYMBOLS + WIRES)
@pytest.mark.parametrize("where", ["above the title", "under the title", "between paragraphs", "at the foot"])
def test_page_metadata_is_chrome_wherever_it_stands(line: str, where: str) -> None:
    layouts = {
        "above the title": (line, TITLE, BODY_1, BODY_2),
        "under the title": (TITLE, line, BODY_1, BODY_2),
        "between paragraphs": (TITLE, BODY_1, line, BODY_2),
        "at the foot": (TITLE, BODY_1, BODY_2, line),
    }
    text = _page(*layouts[where])
    assert page_metadata(line)
    assert line in _chrome(text), where
    assert _msgids(text)[0] == TITLE and BODY_2 in _msgids(text)


def test_a_date_in_figures_is_page_metadata_too() -> None:
    # a line without a letter makes no msgid (it stays in the skeleton as written): only its evidence is tested
    assert page_metadata("18.02.2031") and page_metadata("2031-05-05")


@pytest.mark.parametrize(
    "line",
    [
        "Genève, 12 mars 2031 – L'Agence fictive des ports a livré un radar à la baie de Port-Bleu.",  # a dateline opening a sentence
        "Port-Bleu, le 3 mai 2031",  # the release's place and date
        "Le radar a été livré le 3 mai 2031.",  # a sentence holding a date
        "Mars 2031",  # a month alone: a heading of a chronology may read so
        "Jeanne Dupuis/AFP",  # a journalist's credit: not agencies only
        "Photo : HCR/Jeanne Dupuis",  # a photo credit (kept_line)
        "AFP et Reuters ont repris la nouvelle dans la soirée.",  # a sentence naming agencies
        "Le Conseil de sécurité",  # a name, no symbol
    ],
)
def test_lines_with_dates_symbols_or_agencies_in_them_stay(line: str) -> None:
    assert not page_metadata(line)
    text = _page(TITLE, BODY_1, line, BODY_2, BODY_3)
    assert line not in _chrome(text)


def test_a_dateline_that_starts_a_sentence_keeps_its_sentence() -> None:
    lead = "PORT-BLEU, 12 mars 2031 (AFP) – Le radar de la baie a été mis en service lundi par les autorités."
    text = _page(TITLE, "12 mars 2031", lead, BODY_2)
    assert "12 mars 2031" in _chrome(text)
    assert _kept(text, lead)


# ------------------------------------------------------------------ outside the body span: counters, ages, paths
@pytest.mark.parametrize(
    "line", ["120 ARTICLES 0 COMMENTAIRES", "3 jours", "il y a 2 heures", "5 min", "/images/2031/radar-baie.jpg",
             "radar_baie_2031.png", "https://example.org/fr/actualites/radar"],
)
@pytest.mark.parametrize("where", ["head", "foot"])
def test_counters_ages_and_paths_outside_the_body_are_chrome(line: str, where: str) -> None:
    text = _page(line, TITLE, BODY_1, BODY_2) if where == "head" else _page(TITLE, BODY_1, BODY_2, line)
    assert outside_evidence(line)
    assert line in _chrome(text)
    assert BODY_1 in _msgids(text) and BODY_2 in _msgids(text)


@pytest.mark.parametrize(
    "line",
    [
        "3 jours de fête au port",  # a heading with an age in it
        "Le port a compté 120 articles de presse en trois jours.",  # a sentence with a count
        "UNICEF/Jeanne Dupuis",  # a credit with a slash: no path
        "Les photos sont en ligne sur le site du port.",
        "km/h",
    ],
)
def test_lines_like_counters_ages_or_paths_stay(line: str) -> None:
    assert not outside_evidence(line)
    assert line not in _chrome(_page(TITLE, BODY_1, BODY_2, line))


def test_inside_the_body_a_count_or_an_age_alone_is_not_judged_by_its_shape() -> None:
    # between two sentence paragraphs a short line is the release's (a heading, a figure of a table)
    text = _page(TITLE, BODY_1, "3 jours", BODY_2, BODY_3)
    assert "3 jours" not in _chrome(text)


# ------------------------------------------------------------------ headings and short lines are left alone
@pytest.mark.parametrize("heading", ["Contexte", "Plus tard", "Sujet du rapport", "Les chiffres de la baie"])
def test_headings_inside_and_at_the_end_of_the_body_stay(heading: str) -> None:
    inside = _page(TITLE, BODY_1, heading, BODY_2, BODY_3)
    assert _kept(inside, heading)
    closing = _page(TITLE, BODY_1, BODY_2, heading)
    assert _kept(closing, heading)  # a heading closing the excerpt has the shape of a site's name: kept


def test_a_short_title_above_its_subtitle_stays() -> None:
    text = _page("Radar livré", "Un radar de quarante kilomètres pour la côte ouest de l'île", BODY_1, BODY_2)
    assert _msgids(text)[:2] == ["Radar livré", "Un radar de quarante kilomètres pour la côte ouest de l'île"]


def test_a_signature_at_the_page_end_stays() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "Veuillez agréer nos salutations distinguées.", "Jeanne Dupuis")
    assert _kept(text, "Jeanne Dupuis")
