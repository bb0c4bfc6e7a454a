"""Chrome 15h (reltrans.formats.chrome): general evidence of a line's shape and place.

Every page below is invented for these tests. Each rule comes with lines of the same shape that
must stay body: a bare date, a place and its date (the release's dateline), a sentence holding a
date, an entry's heading with its date in brackets, a contact at the page foot, a salutation
that comes back. A short line alone at the page's first or last line is left to the older rules
(a kicker, an acronym above its name, a closing heading: their tests keep them).
"""
from __future__ import annotations

import pytest

from reltrans.formats.chrome import CHROME_VERSION, _dated_metadata_15h

from chrome_pages import BODY_1, BODY_2, chrome_reasons as _chrome, msgids as _msgids, page as _page

TITLE = "Un radar pour la baie de Port-Bleu"


def _kept(text: str, line: str) -> bool:
    return line not in _chrome(text) and " ".join(line.split()) in " ".join(" ".join(_msgids(text)).split())


def test_the_version_stays_15() -> None:
    assert CHROME_VERSION in ("15", "16", "17")  # chrome 16 bumped it


# ------------------------------------------------------------------ dated CMS stamps
@pytest.mark.parametrize(
    "line",
    [
        "Publié le 3 mars 2021 Lecture : 4 minutes.",
        "Mis en ligne : 2021/03/03",
        "Soumis par redaction@radiobaie.test le mer 03/03/2021 - 10:15",
        "By on 3 mars 2021 0 52 Views",
        "Édition du mercredi 3 mars 2021",
        "Bulletin du port du mercredi 3 mars 2021 N° 118/2040",
    ],
)
def test_a_posting_line_anywhere(line: str) -> None:
    assert _dated_metadata_15h(line, outside=False, foot=False)
    assert line in _chrome(_page(TITLE, BODY_1, line, BODY_2))


@pytest.mark.parametrize("line", ["03-03-2021 Communiqué de presse 21/07", "03.03.2021, Radio Baie", "Radio Baie (Port-Bleu) - Wed, 03/03/2021 - 10:15"])
def test_a_date_stamp_with_a_label_outside_the_body(line: str) -> None:
    assert line in _chrome(_page(TITLE, line, BODY_1, BODY_2))
    assert not _dated_metadata_15h(line, outside=False, foot=False)  # between paragraphs: kept


@pytest.mark.parametrize(
    "line",
    [
        "Port-Bleu, le 3 mars 2021",  # a dateline
        "Fait à Port-Bleu, 03/03/2021",
        "Le radar a été livré le 3 mars 2021.",  # a sentence
    ],
)
def test_dates_of_the_release_are_kept(line: str) -> None:
    text = _page(TITLE, line, BODY_1, BODY_2)
    assert line not in _chrome(text)


def test_a_dated_line_at_the_foot() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "SOMMAIRE DU BULLETIN MERCREDI 3 MARS 2021")
    assert "SOMMAIRE DU BULLETIN MERCREDI 3 MARS 2021" in _chrome(text)
    heading = "2 - Port-Bleu - Visite du chantier naval en présence de la maire (4 mars 2021)"
    assert _kept(_page(TITLE, BODY_1, BODY_2, heading), heading)  # an entry's heading, its date in brackets


# ------------------------------------------------------------------ labels, repeats, the footer
def test_a_field_name_ending_on_its_preposition() -> None:
    text = _page(TITLE, BODY_1, "Publié dans", "Vie du port", BODY_2)
    assert "Publié dans" in _chrome(text)
    assert _kept(text, "Vie du port")
    assert "Un port dans la baie" not in _chrome(_page(TITLE, BODY_1, "Un port dans la baie", BODY_2))


def test_a_short_line_repeated_in_the_head() -> None:
    text = _page("Jeanne Dupont", "Radio Baie", "Jeanne Dupont", TITLE, BODY_1, BODY_2)
    chrome = _chrome(text)
    assert "Jeanne Dupont" in chrome
    assert _kept(text, TITLE)
    greeting = _page(TITLE, "Chers amis,", "Mesdames,", "Chers amis,", BODY_1)
    assert "Chers amis," not in _chrome(greeting)  # a salutation ends with a comma


def test_the_footer_goes_on_between_chrome_lines() -> None:
    text = _page(TITLE, BODY_1, BODY_2, "Édition du mercredi 3 mars 2021", "RETOUR AU SOMMAIRE MARS 2021", "Bulletin du port du mercredi 3 mars 2021", "Archives du port")
    chrome = _chrome(text)
    assert "RETOUR AU SOMMAIRE MARS 2021" in chrome and "Archives du port" in chrome
    contact = _page(TITLE, BODY_1, BODY_2, "Contact presse :", "Jeanne Dupont", "jeanne.dupont@radiobaie.test")
    assert "Jeanne Dupont" not in _chrome(contact)


def test_a_stamp_right_under_the_first_line() -> None:
    title = "Le port de Port-Bleu reçoit son radar : une première sur la côte."  # a title with a sentence end
    text = _page(title, "03.03.2021, Radio Baie", BODY_1, BODY_2)
    assert "03.03.2021, Radio Baie" in _chrome(text)
    assert _kept(_page(title, "Port-Bleu, le 3 mars 2021", BODY_1), "Port-Bleu, le 3 mars 2021")


def test_a_file_name_and_a_read_on_link() -> None:
    text = _page(TITLE, "QUAI-NORD_2021", BODY_1, BODY_2, "... suite de l'article sur Radio Baie")
    chrome = _chrome(text)
    assert "QUAI-NORD_2021" in chrome and "... suite de l'article sur Radio Baie" in chrome
    sentence = "La suite de l'article revient sur le chantier du quai nord et ses deux grues."
    assert _kept(_page(TITLE, BODY_1, sentence, BODY_2), sentence)


@pytest.mark.parametrize("label", ["Dernière mise à jour", "Publié le :", "Last updated"])
def test_a_posting_label_without_its_date(label: str) -> None:
    assert label in _chrome(_page(TITLE, BODY_1, BODY_2, label))
    sentence = "Dernière mise à jour du radar prévue en juin."
    assert _kept(_page(TITLE, BODY_1, BODY_2, sentence), sentence)
