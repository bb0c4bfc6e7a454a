"""Plain text (segmenter 2.6, issue 15): a sentence that a scraper broke after its colon with blank
lines (where an image or a line break of the page stood) goes on over them. Every sentence here
is written for these tests (no third-party text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.build import MissingPolicy, build_document
from reltrans.catalog import read_catalog, write_catalog
from reltrans.formats import parse_document
from reltrans.formats.text import wrap_warning
from reltrans.model import Catalog, CatalogEntry
from reltrans.pipeline import TranslateSettings, output_path_for, translate_files
from reltrans.segment import segment_document

BROKEN = (
    "Près de deux mille familles ont quitté les deux vallées les plus touchées :\n"
    "\n"
    "\n"
    "la vallée du Nord et la vallée de l'Est. Trois camps ont ouvert depuis lundi.\n"
    "\n"
    "Le comité se réunit demain.\n"
)


def _msgids(text: str) -> list[str]:
    return [s.msgid for s in segment_document(parse_document(text, "r.txt", "text"), "fr").segments]


def test_a_sentence_goes_on_after_its_colon_over_blank_lines() -> None:
    assert _msgids(BROKEN) == [
        "Près de deux mille familles ont quitté les deux vallées les plus touchées : la vallée du Nord et la vallée de l'Est.",
        "Trois camps ont ouvert depuis lundi.",
        "Le comité se réunit demain.",
    ]
    assert "lines 1-4" in (wrap_warning(parse_document(BROKEN, "r.txt", "text")) or "")


@pytest.mark.parametrize(
    "following",
    [
        "renforcer les abris du camp principal ;",  # a list item, closed by its semicolon
        "- renforcer les abris du camp principal.",  # a list item with its marker
        "presse@agence-fictive.org",  # a contact address
        "la vallée du Nord après les crues",  # a caption: no sentence end
        "la santé publique.",  # an item of three words: too short to tell
        "Trois camps ont ouvert depuis lundi matin.",  # a new sentence
    ],
)
def test_a_line_after_a_colon_and_a_blank_line_stays_apart_when_it_goes_on_no_sentence(following: str) -> None:
    text = f"Les familles ont quitté les deux vallées les plus touchées :\n\n{following}\n"
    assert _msgids(text)[0] == "Les familles ont quitté les deux vallées les plus touchées :"


def test_three_blank_lines_or_a_reporting_clause_part_the_lines() -> None:
    text = "Les familles ont quitté les deux vallées les plus touchées :\n\n\n\nla vallée du Nord et la vallée de l'Est.\n"
    assert len(_msgids(text)) == 2
    text = "La directrice a déclaré :\n\nla situation est grave et les stocks sont épuisés.\n"
    assert len(_msgids(text)) == 2


def test_build_writes_the_sentence_on_one_line_and_falls_back_to_the_source(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text(BROKEN, encoding="utf-8")
    translate_files([source], TranslateSettings(no_mt=True))
    po = output_path_for(source, "en", None)
    catalog = read_catalog(po)
    entries = tuple(CatalogEntry(msgid=e.msgid, msgstr=f"EN{i}.", references=e.references) for i, e in enumerate(catalog.live_entries))
    write_catalog(Catalog(header=catalog.header, entries=entries), po)
    assert build_document(source, po).text == "EN0. EN1.\n\nEN2.\n"
    other = tmp_path / "other.fr.txt"
    other.write_text(BROKEN, encoding="utf-8")
    translate_files([other], TranslateSettings(no_mt=True))
    assert build_document(other, output_path_for(other, "en", None), policy=MissingPolicy.FALLBACK_SOURCE).text == BROKEN


# --------------------------------------------------------------------------- a line broken over a blank line
SPLIT_TITLE = (
    "AG/9999\n"
    "\n"
    "LE CONSEIL FICTIF APPELLE LES ETATS DU BASSIN A PROTEGER LES PORTS DU LITTORAL\n"
    "\n"
    "Communiqué de presse\n"
    "\n"
    "LE CONSEIL FICTIF APPELLE LES ETATS DU BASSIN A PROTEGER\n"
    "\n"
    "LES PORTS DU LITTORAL\n"
    "\n"
    "Le Conseil fictif a adopté ce matin une résolution sur les ports du littoral.\n"
)


def test_a_line_broken_over_a_blank_line_is_joined_when_the_page_holds_it_whole() -> None:
    title = "LE CONSEIL FICTIF APPELLE LES ETATS DU BASSIN A PROTEGER LES PORTS DU LITTORAL"
    msgids = _msgids(SPLIT_TITLE)
    assert msgids.count(title) == 2
    assert "LES PORTS DU LITTORAL" not in msgids


def test_lines_parted_by_a_blank_line_stay_apart_without_the_whole_line_elsewhere() -> None:
    text = SPLIT_TITLE.replace("LE CONSEIL FICTIF APPELLE LES ETATS DU BASSIN A PROTEGER LES PORTS DU LITTORAL\n", "LE CONSEIL FICTIF SE REUNIT\n")
    assert "LES PORTS DU LITTORAL" in _msgids(text)
    # a part ending a sentence, or of one word, is no broken line
    text = "Les digues ont tenu. Le port rouvre\n\nLes digues ont tenu.\n\nLe port rouvre\n"
    assert _msgids(text) == ["Les digues ont tenu.", "Le port rouvre", "Les digues ont tenu.", "Le port rouvre"]
    text = "Port-Bleu Actualités du littoral\n\nPort-Bleu\n\nActualités du littoral\n"
    assert _msgids(text)[1:] == ["Port-Bleu", "Actualités du littoral"]


# --------------------------------------------------------------------------- segmenter 2.8: a word that cannot end a sentence
def test_a_sentence_goes_on_over_a_blank_line_after_a_word_that_cannot_end_it() -> None:
    text = "La conférence régionale sur les ports se tiendra du 19 au\n\n21 septembre à Port-Bleu.\n\nLe comité se réunit demain.\n"
    assert _msgids(text) == ["La conférence régionale sur les ports se tiendra du 19 au 21 septembre à Port-Bleu.", "Le comité se réunit demain."]
    document = parse_document(text, "r.txt", "text")
    assert document.text == text  # lossless: the blank line stays in the text, the msgid folds it
    assert _msgids("Le plan prévoit de renforcer les digues et\n\nl'accès aux quais rouvrira en mai.\n") == [
        "Le plan prévoit de renforcer les digues et l'accès aux quais rouvrira en mai."
    ]
    # the next paragraph is hard-wrapped: its sentence ends on a later line
    assert _msgids("La conférence régionale sur les ports se tiendra du 19 au\n\n21 septembre à Port-Bleu et réunira\nles ministres de la mer.\n") == [
        "La conférence régionale sur les ports se tiendra du 19 au 21 septembre à Port-Bleu et réunira les ministres de la mer."
    ]
    assert _msgids("Le plan prévoit de renforcer les digues de l'\n\nest du port avant l'hiver.\n") == [
        "Le plan prévoit de renforcer les digues de l'est du port avant l'hiver."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prononcé le\n\n12 mars 2030\n",  # a label of two words, then a date alone
        "Les missions de la\n\nDirection des ports fictifs.\n",  # the next line opens with a capital
        "Le plan prévoit de renforcer les digues et\n\n- l'accès aux quais du port.\n",  # a list item
        "LES MISSIONS DU PORT FICTIF ET DE LA\n\nflotte sont revues cette année.\n",  # a heading in capitals
        "Le plan prévoit de renforcer les digues et\n\nl'accès aux quais du port\n",  # no sentence end after
        "Le plan prévoit de renforcer les digues.\n\nl'accès aux quais sera rouvert en mai.\n",  # a sentence end before
        "Le plan prévoit de renforcer les digues du port selon\n\nles ingénieurs du port fictif.\n",  # "selon" may end a heading
    ],
)
def test_lines_parted_by_a_blank_line_stay_apart_without_an_unfinished_word(text: str) -> None:
    assert len(_msgids(text)) == 2
