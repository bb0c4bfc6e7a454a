"""The shared shape of chrome's line rules (reltrans.formats.chrome.line_rules): a pattern, a word
cap and a guard on the line's end, walked in order by first_reason. The lines are invented."""
from __future__ import annotations

import regex

from reltrans.formats.chrome import normalize_label
from reltrans.formats.chrome.line_rules import LineRule, first_reason
from reltrans.formats.chrome.rules15f import chrome15f_evidence


def _reason(rules, text: str, sentence: bool | None = None) -> str:
    stripped = text.strip()
    return first_reason(rules, stripped, normalize_label(text), len(stripped.split()), sentence)


def test_the_word_cap_counts_the_words_of_the_line():
    rules = (LineRule(regex.compile(r"^suivez le direct\b"), "a live prompt", 4),)
    assert _reason(rules, "Suivez le direct ici") == "a live prompt"
    assert _reason(rules, "Suivez le direct du conseil municipal") == ""  # six words: over the cap


def test_the_first_rule_that_matches_gives_the_reason():
    rules = (
        LineRule(regex.compile(r"^meteo\b"), "first"),
        LineRule(regex.compile(r"^meteo du jour\b"), "second"),
    )
    assert _reason(rules, "Météo du jour") == "first"
    assert _reason(rules[1:], "Météo du jour") == "second"


def test_the_guards_on_the_line_end():
    pattern = regex.compile(r"^fin du programme\b")
    no_sentence = (LineRule(pattern, "no sentence", guard="no sentence"),)
    no_final = (LineRule(pattern, "no final", guard="no final"),)
    no_end = (LineRule(pattern, "no end", guard="no end"),)
    inside = (LineRule(pattern, "inside", guard="no sentence inside"),)
    assert _reason(no_sentence, "Fin du programme") == "no sentence"
    assert _reason(no_sentence, "Fin du programme.") == ""
    assert _reason(no_sentence, "Fin du programme.", sentence=False) == "no sentence"  # the caller's verdict wins
    assert _reason(no_final, "Fin du programme :") == "no final"
    assert _reason(no_final, "Fin du programme !") == ""
    assert _reason(no_end, "Fin du programme ?") == "no end"  # a question mark aside
    assert _reason(no_end, "Fin du programme ;") == ""
    assert _reason(inside, "Fin du programme : voir plus") == "inside"
    assert _reason(inside, "Fin du programme. Voir plus") == ""


def test_text_rules_see_the_case_norm_rules_do_not():
    on_text = (LineRule(regex.compile(r"^[A-Z]{3} \d+$"), "a code", on="text"),)
    on_norm = (LineRule(regex.compile(r"^[A-Z]{3} \d+$"), "a code"),)
    assert _reason(on_text, "ABC 12") == "a code"
    assert _reason(on_norm, "ABC 12") == ""  # the normalized form is lowercase


def test_search_rules_match_inside_the_line():
    anchored = (LineRule(regex.compile(r"\bplaylist\s*:"), "player"),)
    anywhere = (LineRule(regex.compile(r"\bplaylist\s*:"), "player", find="search"),)
    assert _reason(anchored, "Ma playlist : trois titres") == ""
    assert _reason(anywhere, "Ma playlist : trois titres") == "player"


def test_chrome15f_tables_keep_their_caps_and_guards():
    # a daily widget takes a long line; the weather label beside it only a short one without an end
    assert "daily widget" in chrome15f_evidence("Proverbe du jour : qui sème le vent récolte la tempête.")
    assert "daily widget" in chrome15f_evidence("Météo")
    assert chrome15f_evidence("Météo : des pluies fortes sont attendues sur la côte.") == ""
    # a byline after a colon is judged on the text itself (a capital after the colon)
    assert "byline after a colon" in chrome15f_evidence("Par : Jeanne Martin")
    assert chrome15f_evidence("par : jeanne martin") == ""
