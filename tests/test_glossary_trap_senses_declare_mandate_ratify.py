"""Wrong-sense forcing found by the round-27 acceptance run, each as a category (issue 14):
a reporting verb that declares something (« a déclaré l'état d'urgence » is declared, not said),
a term of office counted in years or of an elected post (« un mandat de cinq ans » is a term, not
a body's mandate), and the treaty word in the form of its source (the noun « ratification » is
ratification, the participle « ratifiée » ratified). Sentences written for this test."""
from __future__ import annotations

import pytest

from reltrans.glossary import build_matcher

from glossary_senses import forced_over


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("L'organisation a déclaré une urgence de santé publique de portée internationale.", "déclaré"),
        ("Le gouverneur a déclaré l'état d'urgence dans trois provinces.", "déclaré"),
        ("La présidente a déclaré la séance ouverte à dix heures.", "déclaré"),
        ("Le pays a déclaré officiellement la fin de l'épidémie.", "déclaré"),
        ("Le comité déclare irrecevable la plainte du syndicat.", "déclare"),
    ],
)
def test_a_verb_that_declares_something_is_not_said(bundled, sentence: str, word: str) -> None:
    assert "said-declared" not in forced_over(bundled, sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("« Nous resterons sur place », a déclaré la coordonnatrice.", "déclaré"),
        ("Le porte-parole a déclaré que les convois reprendraient lundi.", "déclaré"),
        ("La ministre a déclaré : « Le pont sera rouvert. »", "déclaré"),
    ],
)
def test_reported_speech_is_still_said(bundled, sentence: str, word: str) -> None:
    assert "said-declared" in forced_over(bundled, sentence, word)


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle a été élue pour un mandat de cinq ans.",
        "Il brigue un mandat de 4 ans à la tête de la ville.",
        "Son mandat présidentiel s'achève en mai.",
        "Elle a renoncé à son mandat de députée.",
        # a person's term, by the time words around it
        "Pendant son mandat, le directeur a ouvert douze bureaux.",
        "À l'issue de son mandat, elle rentrera à Lisbonne.",
    ],
)
def test_a_term_of_office_is_not_a_body_s_mandate(bundled, sentence: str) -> None:
    assert "mandate-bare" not in forced_over(bundled, sentence, "mandat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil a prorogé le mandat de la mission.",
        "Le mandat de protection de l'agence couvre les apatrides.",
        "Dans le cadre de son mandat, l'agence aide les déplacés.",
    ],
)
def test_a_body_s_mandate_is_still_forced(bundled, sentence: str) -> None:
    assert "mandate-bare" in forced_over(bundled, sentence, "mandat")


@pytest.mark.parametrize(
    ("sentence", "surface", "english"),
    [
        ("La ratification universelle du protocole reste un objectif.", "ratification", "ratification"),
        ("La convention a été ratifiée par quarante États.", "ratifiée", "ratified"),
        ("Nous appelons les États à ratifier la convention.", "ratifier", "ratify"),
    ],
)
def test_the_treaty_word_forces_the_form_of_its_source(bundled, sentence: str, surface: str, english: str) -> None:
    matcher = build_matcher(bundled, "fr", document_text=sentence)
    [match] = [m for m in matcher.find(sentence) if m.surface == surface]
    assert bundled.get(match.concept_id).preferred("en").text == english
