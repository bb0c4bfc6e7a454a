from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reltrans.typography import apply_typography

NB, NN = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("« Nous sommes prêts », a-t-il dit.", "“Nous sommes prêts”, a-t-il dit."),
        (f"«{NN}x{NN}» and «y»", "“x” and “y”"),
        ("‹ inner › text", "‘inner’ text"),
        (f"Note : yes ; really{NN}! Why ? 2,5 % and 3{NB}%", "Note: yes; really! Why? 2,5% and 3%"),
        ("See https://x.org/?a=1 at 10:30.", "See https://x.org/?a=1 at 10:30."),
        ("1 000 000 people", "1 000 000 people"),
    ],
)
def test_english(source: str, expected: str) -> None:
    assert apply_typography(source, "en") == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("“Nous sommes prêts”, a-t-il dit.", f"«{NN}Nous sommes prêts{NN}», a-t-il dit."),
        ("« x »", f"«{NN}x{NN}»"),
        ("Pourquoi? Parce que! Voici: la liste; fin", f"Pourquoi{NN}? Parce que{NN}! Voici{NB}: la liste{NN}; fin"),
        ("Quoi !? 2,5% des cas", f"Quoi{NN}!? 2,5{NN}% des cas"),
        ("https://x.org/?a=1 à 10:30, 50%25", "https://x.org/?a=1 à 10:30, 50%25"),
        ("l’OIM", "l’OIM"),
    ],
)
def test_french(source: str, expected: str) -> None:
    assert apply_typography(source, "fr") == expected


def test_other_languages_unchanged() -> None:
    assert apply_typography("« x » ?", "de") == "« x » ?"
    assert apply_typography("« x »", "en_GB") == "“x”"


_TEXT = st.text(st.sampled_from(list("ab1 «»“”‹›‘’:;!?%.,/\n") + [NB, NN, "\u2009"]), max_size=40)


@given(_TEXT, st.sampled_from(["en", "fr"]))
def test_idempotent(text: str, lang: str) -> None:
    once = apply_typography(text, lang)
    assert apply_typography(once, lang) == once


@given(_TEXT)
def test_english_leaves_no_guillemet_or_space_before_punctuation(text: str) -> None:
    out = apply_typography(text, "en")
    assert "«" not in out and "»" not in out
    assert re.search(r"\S[ \u00a0\u202f\u2009]+[:;!?%]", out) is None
