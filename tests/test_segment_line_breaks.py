"""Line breaks inside a block (reltrans.segment, segmenter 2.0, issue 15): a sentence wrapped over
several lines is cut as the same sentence on one line. The sentences are written for these tests."""
from __future__ import annotations

import re

import pytest

from reltrans.formats import parse_document
from reltrans.segment import (
    credit_at_end,
    introduces_quotation,
    normalize_msgid,
    segment_document,
    sentence_goes_on,
    split_sentences,
    unwrap,
)


def _cut(text: str, lang: str = "fr", **options: bool) -> list[str]:
    return [normalize_msgid(text[a:b]) for a, b in split_sentences(text, lang, **options)]


# Each holds a rule that reads the text around a space: abbreviations, initials, dotted forms,
# quotations with their attribution (after, inside, before), inline lists, datelines, glued text.
ONE_LINE = [
    "M. Jean Roux et Mme Anne Petit ont reçu le Dr Karim Sow à Port-Bleu. Ils ont signé l'accord.",
    "Conformément à l'art. 4 de la charte et au décret n° 2030-17, le comité siège. Il décide seul.",
    "Certains ports, p. ex. celui de Port-Bleu, ont rouvert. D'autres attendent.",
    "Le phare fut bâti vers 200 av. J.-C. par des pêcheurs. Il tient encore.",
    "Le phare fut bâti vers 200 av. J.-C. Il tient encore.",
    "Ils ont livré des tentes, des bâches, etc. et ils reviendront jeudi. Le reste suivra.",
    "Le rapport de J.-P. Morel a été adopté. Il sera publié.",
    "Des familles patientent au port. Photo AFR/T. Marchand",
    "« Les réserves s'épuisent. Il faut agir », a déclaré Mme Anne Petit, cheffe de mission. Le convoi attend.",
    "« Les réserves s'épuisent. Il faut agir », selon M. Jean Roux. Le convoi attend.",
    "« Nous sommes prêts, a déclaré Mme Anne Petit. Nous partirons lundi. » Le convoi attend.",
    "La directrice a déclaré devant la presse : « Le port est rouvert. Les navires arrivent. » Le convoi attend.",
    "Le comité (qui l'eût cru ?) a tout voté. Ce vote — quelle surprise ! — a réuni tous les pays. Il est historique.",
    "Le plan compte trois volets : 1. Réparer les digues 2. Reloger les familles 3. Former les équipes.",
    "La réunion se tient sur fond de grippe A. La décision est attendue mardi.",
    "Rapport annuel sur les ports (RAP)6 septembre 2030 - Les flux ont baissé. Ils restent faibles.",
    "PORT-BLEU, 6 octobre. L'Agence fictive a ouvert un centre. Il accueille 200 personnes.",
    "Les équipes sont arrivées à Port-Bleu.M. Roux les a reçues.",
    "Une école rouvre près du port. (AFR/Tom Marchand)",
    "Une barque chargée de riz traverse la baie. (Radio Côte avec AFR)",
    'Pour la présidente, les ports font "face à des crues nouvelles. Il faut agir". Le débat reprend.',
    '"Les digues cèdent. Nous devons agir", a-t-il déclaré." Selon l\'agence, les pluies reprennent.',
]


@pytest.mark.parametrize("text", ONE_LINE)
def test_a_line_break_is_read_as_a_space(text: str) -> None:
    expected = _cut(text)
    assert len(expected) >= 1
    for space in (m.start() for m in re.finditer(" ", text)):
        wrapped = text[:space] + "\n" + text[space + 1 :]
        assert _cut(wrapped, soft_breaks=True) == expected, wrapped
        if text[space - 1] not in ":)":  # the line-end rules below: a colon, a note ending its line
            assert _cut(wrapped) == expected, wrapped


def test_a_few_of_those_cut_as_documented() -> None:
    assert _cut(ONE_LINE[4]) == ["Le phare fut bâti vers 200 av. J.-C.", "Il tient encore."]
    assert _cut(ONE_LINE[11])[0] == "La directrice a déclaré devant la presse : « Le port est rouvert. Les navires arrivent. »"
    assert _cut(ONE_LINE[13]) == [
        "Le plan compte trois volets : 1. Réparer les digues", "2. Reloger les familles", "3. Former les équipes."
    ]


def test_line_end_rules_need_a_line_end_unless_breaks_are_soft() -> None:
    # a colon ending a line before a capitalised line ends the segment (a contact block, a list
    # written as a Markdown paragraph), but not in a hard-wrapped paragraph joined by the text format
    text = "Le programme est clair :\nRéparer. Reloger. Il commence lundi."
    assert _cut(text)[0] == "Le programme est clair :"
    assert _cut(text, soft_breaks=True)[0] == "Le programme est clair : Réparer."
    # a reporting clause and its colon stay with the quotation, line end or not
    assert _cut("Elle a déclaré :\n« Le port rouvre. Les navires arrivent. »") == [
        "Elle a déclaré : « Le port rouvre. Les navires arrivent. »"
    ]
    # a credit wrapped over two lines still ends its line
    assert _cut("Une école rouvre près du port. (AFR/Tom\nMarchand)") == ["Une école rouvre près du port. (AFR/Tom Marchand)"]
    # a credit ending its line stays with the caption, and (2.6) the line end ends the caption;
    # wrapped, the same text is cut as on one line
    text = "Le convoi est arrivé. (AFR)\nLa distribution suit."
    assert _cut(text) == ["Le convoi est arrivé. (AFR)", "La distribution suit."]
    assert _cut(text, soft_breaks=True) == ["Le convoi est arrivé.", "(AFR) La distribution suit."]


def test_unwrap_keeps_offsets() -> None:
    text = "Une ligne\r\nune autre\nfin"
    assert unwrap(text) == "Une ligne  une autre fin" and len(unwrap(text)) == len(text)
    assert unwrap("sans saut") == "sans saut"


def test_sentence_goes_on_across_a_period_that_ends_no_sentence() -> None:
    assert sentence_goes_on("Le phare fut bâti vers 200 av.", "J.-C. par des pêcheurs.")
    assert sentence_goes_on("Il a été reçu par M.", "Roux et son équipe.")
    assert sentence_goes_on("« Les réserves s'épuisent.", "Il faut agir », a-t-il déclaré. Le convoi attend.")
    assert not sentence_goes_on("Le port a rouvert lundi.", "Les navires arrivent.")
    assert not sentence_goes_on("« Les réserves s'épuisent.", "Il faut agir. » Le convoi attend.")
    assert not sentence_goes_on("", "Les navires arrivent.")


def test_introduces_quotation() -> None:
    assert introduces_quotation("La directrice a déclaré devant la presse :")
    assert introduces_quotation("a déclaré devant\nla presse :")
    assert introduces_quotation("Selon elle :")
    assert not introduces_quotation("Le programme est clair :")
    assert not introduces_quotation("La directrice a déclaré devant la presse")


def test_an_elided_word_at_a_line_end_is_folded_without_a_space() -> None:
    assert normalize_msgid("le bilan de l'\nopération") == "le bilan de l'opération"
    assert normalize_msgid("le programme d’\n« urgence »") == "le programme d’« urgence »"
    assert normalize_msgid("jusqu'\nau port") == "jusqu'au port"
    # not an elision: an English plural possessive, a closing quote
    assert normalize_msgid("the students'\nunion") == "the students' union"
    assert normalize_msgid("he said 'no'\nand left") == "he said 'no' and left"


def test_markdown_honours_the_quotation_option() -> None:
    text = "« Nous partirons lundi. Le temps presse », a déclaré Mme Anne Petit.\n"
    document = parse_document(text, "r.md", "markdown")
    assert [s.msgid for s in segment_document(document, "fr").segments] == [text.strip()]
    assert [s.msgid for s in segment_document(document, "fr", quote_attribution=False).segments] == [
        "« Nous partirons lundi.", "Le temps presse », a déclaré Mme Anne Petit."
    ]


def test_sentence_goes_on_reads_the_line_ends_after_the_join() -> None:
    # the credit ends its line: it stays with the caption; on one line with more text, it does not
    assert sentence_goes_on("Le directeur, Jean Roux.", "Photo AFR/T. Marchand (archives)\nLe centre a ouvert lundi.")
    assert not sentence_goes_on("Le directeur, Jean Roux.", "Photo AFR/T. Marchand (archives) Le centre a ouvert lundi.")


def test_credit_at_end() -> None:
    assert credit_at_end("Un marin répare un filet, le 9 septembre 2030. LÉA MARTIN / AFR")
    assert credit_at_end("Le directeur de l'Agence fictive, Jean Roux. Photo AFR/T. Marchand (archives)")
    assert credit_at_end("Le port rouvre lundi (archives). Crédit : Agence fictive")
    assert not credit_at_end("Le directeur de l'Agence fictive, Jean Roux. Photo AFR/T.")  # the name goes on
    assert not credit_at_end("Le port rouvre lundi. Les navires reviennent.")
    assert not credit_at_end("Photo AFR/T. Marchand")  # a credit alone: no caption before it


def test_html_honours_the_quotation_option() -> None:
    text = "<p>« Nous partirons lundi. Le temps presse », a déclaré <b>Mme Anne Petit</b>.</p>\n"
    document = parse_document(text, "r.html", "html")
    assert len(segment_document(document, "fr").segments) == 1
    assert len(segment_document(document, "fr", quote_attribution=False).segments) == 2


def test_a_line_break_in_html_source_is_a_space() -> None:
    # the line-end rules do not apply to HTML source lines: a colon ending a source line is no cut
    text = "<p>Le programme est clair :\nRéparer les digues. Reloger les familles.</p>\n"
    assert [s.msgid for s in segment_document(parse_document(text, "r.html", "html"), "fr").segments] == [
        "Le programme est clair : Réparer les digues.", "Reloger les familles."
    ]
