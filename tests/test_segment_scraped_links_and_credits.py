"""Segmenter 2.6 (issue 15): links, agency credits and editors' marks on scraped releases.

Every sentence here is written for these tests (no third-party text). Each test names a category
of real pages (a news agency's reporting credit in brackets after the last sentence, a note in
brackets ending its line before the next sentence, an editor's mark in brackets between two
sentences, a list of links one a line), with counter-examples the rule must leave alone.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.segment import credit_at_end, normalize_msgid, segment_document, split_sentences


def _cut(text: str, lang: str = "fr") -> list[str]:
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang)]


def _msgids(text: str, fmt: str = "text") -> list[str]:
    name = "page.md" if fmt == "markdown" else "page.txt"
    return [s.msgid for s in segment_document(parse_document(text, name, fmt), "fr").segments]


# --------------------------------------------------------------------------- reporting credits
@pytest.mark.parametrize(
    "credit",
    [
        "(Reportage de Léa Martin, version française Marc Petit)",
        "(Reportage Léa Martin ; version française Marc Petit, édité par J.-P. Roux)",
        "(Rédaction : Anne Dufour, édité par Paul Girard)",
        "(Version française Marc Petit)",
        "(Propos recueillis par Claire Blanc à Port-Bleu)",
        "(Texte : Anne Dufour ; photos : Paul Girard)",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "(Additional reporting by Jane Roe in Port Bleu)",
    ],
)
def test_a_reporting_credit_after_the_last_sentence_stays_with_it(credit: str) -> None:
    text = f"Le premier navire a chaviré mardi. Les quarante passagers du second sont portés disparus. {credit}"
    assert _cut(text) == ["Le premier navire a chaviré mardi.", f"Les quarante passagers du second sont portés disparus. {credit}"]


def test_a_reporting_credit_ends_its_line_and_its_sentence() -> None:
    assert credit_at_end("Les passagers sont portés disparus. (Reportage de Léa Martin, version française Marc Petit)")
    wrapped = (
        "Trois navires ont quitté le port de\n"
        "Port-Bleu mardi et les passagers sont portés\n"
        "disparus. (Reportage de Léa Martin, version\n"
        "française Marc Petit)\n"
        "Le lendemain, les garde-côtes ont repris les\n"
        "recherches au large des côtes du pays.\n"
    )
    assert _msgids(wrapped) == [
        "Trois navires ont quitté le port de Port-Bleu mardi et les passagers sont portés disparus. "
        "(Reportage de Léa Martin, version française Marc Petit)",
        "Le lendemain, les garde-côtes ont repris les recherches au large des côtes du pays.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence in brackets, closed by its own period, is a sentence
        ("Le port a rouvert. (Reportage vidéo sur notre site.) Le convoi attend.",
         ["Le port a rouvert.", "(Reportage vidéo sur notre site.)", "Le convoi attend."]),
        # a credit word that opens a sentence in brackets going on after it
        ("Le port a rouvert. (Traduction de l'anglais) Le convoi attend.",
         ["Le port a rouvert.", "(Traduction de l'anglais) Le convoi attend."]),
        # a bracket opening a sentence that is no credit
        ("Le port a rouvert. (Par ailleurs, trois digues ont cédé.)",
         ["Le port a rouvert.", "(Par ailleurs, trois digues ont cédé.)"]),
    ],
)
def test_a_bracket_that_is_no_reporting_credit_is_cut_as_before(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


# --------------------------------------------------------------------------- a note, then a line
@pytest.mark.parametrize("note", ["(Reuters)", "(APF)", "(Reportage de Léa Martin)", "[…]"])
def test_a_note_ending_its_line_ends_the_sentence_before_the_next_line(note: str) -> None:
    text = f"Les passagers du second navire sont portés disparus. {note}\nLe lendemain, les recherches ont repris.\n"
    assert _msgids(text, "markdown") == [
        f"Les passagers du second navire sont portés disparus. {note}",
        "Le lendemain, les recherches ont repris.",
    ]


def test_a_note_before_a_lowercase_line_is_not_cut_from_it() -> None:
    text = "Les passagers sont portés disparus. (archives)\nselon les garde-côtes du port.\n"
    assert _msgids(text, "markdown") == ["Les passagers sont portés disparus. (archives) selon les garde-côtes du port."]


# --------------------------------------------------------------------------- editors' marks
@pytest.mark.parametrize("mark", ["[?]", "(?)", "[!]"])
def test_an_editors_mark_in_brackets_ends_no_sentence(mark: str) -> None:
    text = f"« Nous pourrons agir plus vite en cas de crise. {mark} Il n'y a pas un instant à perdre. »"
    assert _cut(text) == ["« Nous pourrons agir plus vite en cas de crise.", f"{mark} Il n'y a pas un instant à perdre. »"]


def test_a_question_or_an_exclamation_is_still_a_sentence_end() -> None:
    assert _cut("Faut-il fermer le port ? Personne ne le sait (vraiment !) Le maire se tait.") == [
        "Faut-il fermer le port ?",
        "Personne ne le sait (vraiment !)",
        "Le maire se tait.",
    ]


# --------------------------------------------------------------------------- lists of links
def test_a_list_of_links_gives_one_segment_a_link() -> None:
    text = (
        "L'agence publie ses informations sur plusieurs sites, parmi lesquels :\n"
        "http://www.agence-fictive.org/\n"
        "https://port-bleu.example/actualites\n"
        "www.exemple.org, presse@agence-fictive.org\n"
        "Un camp de Port-Bleu, après les crues\n"
    )
    assert _msgids(text) == [
        "L'agence publie ses informations sur plusieurs sites, parmi lesquels :",
        "http://www.agence-fictive.org/",
        "https://port-bleu.example/actualites",
        "www.exemple.org, presse@agence-fictive.org",
        "Un camp de Port-Bleu, après les crues",
    ]


def test_links_one_a_line_are_cut_apart_inside_one_block() -> None:
    assert _cut("http://www.agence-fictive.org/\r\nwww.exemple.org/presse\nhttps://port-bleu.example/") == [
        "http://www.agence-fictive.org/",
        "www.exemple.org/presse",
        "https://port-bleu.example/",
    ]


def test_a_contact_address_after_its_colon_is_a_line_of_its_own() -> None:
    text = "Pour toute question sur la campagne, veuillez écrire à l'agence :\npresse@agence-fictive.org\n"
    assert _msgids(text) == ["Pour toute question sur la campagne, veuillez écrire à l'agence :", "presse@agence-fictive.org"]


def test_an_address_wrapped_inside_a_sentence_goes_on() -> None:
    text = (
        "Le rapport complet de l'agence est disponible à l'adresse\n"
        "http://www.agence-fictive.org/rapports/2031/port-bleu\n"
        "depuis lundi matin pour tous les lecteurs.\n"
    )
    assert _msgids(text) == [
        "Le rapport complet de l'agence est disponible à l'adresse "
        "http://www.agence-fictive.org/rapports/2031/port-bleu depuis lundi matin pour tous les lecteurs."
    ]
    # an address inside a line is no list of links
    assert _cut("Voir http://www.agence-fictive.org/\nhttp://www.exemple.org/ et le rapport.") == [
        "Voir http://www.agence-fictive.org/ http://www.exemple.org/ et le rapport."
    ]
