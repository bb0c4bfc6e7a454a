"""The one-line review hints of concepts flagged for review rather than forced. Every concept,
note and sentence is invented for these tests."""
from __future__ import annotations

from reltrans.glossary import Concept, Term
from reltrans.glossary.model import fold_document
from reltrans.glossary.review import review_hint, review_reason, suggested_renderings


def t(text: str, lang: str, status: str = "admitted") -> Term:
    return Term(text, lang, status, False, False)


# a concept turned away by its cues (when_document_mentions), as Glossary.for_document leaves it
CHARTER = Concept(
    "charter", (t("charte", "fr", "preferred"), t("charter", "en", "preferred"), t("charters", "en"), t("Charter", "en"), t("founding text", "en"), t("statute", "en"), t("pact", "en"), t("charta", "en", "forbidden")),
    when_document_mentions={"fr": ("Nations Unies", "Conseil de sécurité", "Assemblée générale", "traité")}, review=True,
)
# one declared for review, its note saying why
FORMAT = Concept(
    "format-review", (t("format", "fr"), t("format", "en"), t("size", "en")),
    note="Wrong-sense guard (issue 9): a file format in a sentence about software, a paper size in print; the reviewer picks. More text that is not shown.",
    review=True,
)
# one ruled out by a word the document mentions (unless_document_mentions)
RULED_OUT = Concept("pitch", (t("terrain", "fr"), t("pitch", "en")), unless_document_mentions={"fr": ("immobilier", "constructible")}, review=True)


def test_a_turned_away_concept_says_what_it_would_suggest_and_which_words_are_missing() -> None:
    folded = fold_document("La charte du club de pétanque a été votée hier.")
    hint = review_hint("charte", CHARTER, "en", folded)
    assert hint == (
        "review: « charte » → 'charter' (or 'founding text', 'statute'); not forced: the document"
        " names none of the words of that sense (Nations Unies, Conseil de sécurité, Assemblée générale…)"
    )
    assert "\n" not in hint and "charta" not in hint  # one line; a forbidden rendering is never suggested


def test_the_reason_of_a_declared_review_concept_is_its_note_first_sentence() -> None:
    assert review_reason(FORMAT) == "a file format in a sentence about software, a paper size in print"
    assert review_hint("format", FORMAT, "en").endswith("; not forced: a file format in a sentence about software, a paper size in print")
    long_note = Concept("x", (t("mot", "fr"), t("word", "en")), note="Review: " + "un sens très long " * 20, review=True)
    assert len(review_reason(long_note)) <= 110 and review_reason(long_note).endswith("…")
    silent = Concept("y", (t("mot", "fr"), t("word", "en")), review=True)
    assert review_reason(silent) == "the sense depends on the sentence"


def test_a_word_that_rules_the_sense_out_is_named() -> None:
    folded = fold_document("Le terrain constructible a été vendu.")
    assert review_reason(RULED_OUT, folded) == "the document mentions 'constructible', which rules that sense out"
    # without the document, the hint still says what kind of cue decided
    assert review_reason(RULED_OUT).startswith("the document mentions a word that rules that sense out (immobilier")


def test_renderings_skip_plurals_and_case_variants_of_one_already_shown() -> None:
    assert suggested_renderings(CHARTER, "en") == ["charter", "founding text", "statute"]
    assert suggested_renderings(CHARTER, "en", limit=1) == ["charter"]
    assert suggested_renderings(CHARTER, "de") == []
    assert review_hint("charte", CHARTER, "de", fold_document("Rien.")).startswith("review: « charte »; not forced:")
