"""The Pragmatic Segmenter "Golden Rules" (English; diasks2/pragmatic_segmenter README, also used
by pySBD's tests), one case per rule that fits reltrans' lossless model, written here with our
own sentences (the rule number and name are the suite's). Multi-line cases are read as a
plain-text release, as ``reltrans segment`` reads them.

Not here: rule 18 (``a.m. Mr.`` is no boundary but ``P.M. Mr.`` is: the same shape cut two
ways) and rule 51 (a 4-dot ellipsis whose first dot ends the sentence and whose three others
open the next one).
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.segment import normalize_msgid, segment_document, split_sentences


def _cut(text: str, lang: str = "en") -> list[str]:
    if "\n" in text.strip():
        return [s.msgid for s in segment_document(parse_document(text, "case.txt", "text"), lang).segments]
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang)]


GOLDEN_RULES = [
    (1, "Good morning. The office opens today.", ["Good morning.", "The office opens today."]),
    (2, "Where is the office? It is in town.", ["Where is the office?", "It is in town."]),
    (3, "Here we are! We made it.", ["Here we are!", "We made it."]),
    (4, "Our guest is Maria T. Lopez.", ["Our guest is Maria T. Lopez."]),
    (5, "See the table on p. 12 of the report.", ["See the table on p. 12 of the report."]),
    (6, "Did Omar and co. join the meeting?", ["Did Omar and co. join the meeting?"]),
    (7, "They signed with Harbor, Lane & Co. at dawn.", ["They signed with Harbor, Lane & Co. at dawn."]),
    (8, "Let us call Omar and co. They will know.", ["Let us call Omar and co.", "They will know."]),
    (9, "They signed with Harbor, Lane & Co. It was signed on Monday.", ["They signed with Harbor, Lane & Co.", "It was signed on Monday."]),
    (10, "We could see Mt. Kenya from the camp.", ["We could see Mt. Kenya from the camp."]),
    (11, "St. Anne's school is on 3rd st. by the market.", ["St. Anne's school is on 3rd st. by the market."]),
    (12, "This is Sam Jr.'s report.", ["This is Sam Jr.'s report."]),
    (13, "She studied in the U.K. two years ago.", ["She studied in the U.K. two years ago."]),
    (14, "He works in the E.U. Where do you work?", ["He works in the E.U.", "Where do you work?"]),
    (15, "They moved to the U.S. What about you?", ["They moved to the U.S.", "What about you?"]),
    (16, "He advises the U.S. Congress on trade.", ["He advises the U.S. Congress on trade."]),
    (17, "She has worked in the U.S. for ten years.", ["She has worked in the U.S. for ten years."]),
    (19, "The fee is $25.50 per person.", ["The fee is $25.50 per person."]),
    (20, "The fee is $25.50. It is paid on arrival.", ["The fee is $25.50.", "It is paid on arrival."]),
    (21, "She leads the team (She joined it in 2019 as a nurse.) at the clinic.",
     ["She leads the team (She joined it in 2019 as a nurse.) at the clinic."]),
    (22, "Write to Ana.Silva@example.org. She will answer.", ["Write to Ana.Silva@example.org.", "She will answer."]),
    (23, "The page is: https://www.example.org/news/item_12.html. Please read it.",
     ["The page is: https://www.example.org/news/item_12.html.", "Please read it."]),
    (24, "He looked up, 'This is fine.' he said.", ["He looked up, 'This is fine.' he said."]),
    (25, 'He looked up, "This is fine." he said.', ['He looked up, "This is fine." he said.']),
    (26, 'He looked up, "This is fine." He closed the file.', ['He looked up, "This is fine."', "He closed the file."]),
    (27, "Welcome!! It has been a while.", ["Welcome!!", "It has been a while."]),
    (28, "Anyone?? Is anyone there?", ["Anyone??", "Is anyone there?"]),
    (29, "Welcome!? Is it really you?", ["Welcome!?", "Is it really you?"]),
    (30, "Welcome?! Is it really you?", ["Welcome?!", "Is it really you?"]),
    (31, "1.) Water for the camps 2.) Tents for the families", ["1.) Water for the camps", "2.) Tents for the families"]),
    (32, "1.) Water for the camps. 2.) Tents for the families.", ["1.) Water for the camps.", "2.) Tents for the families."]),
    (33, "1) Water for the camps 2) Tents for the families", ["1) Water for the camps", "2) Tents for the families"]),
    (34, "1) Water for the camps. 2) Tents for the families.", ["1) Water for the camps.", "2) Tents for the families."]),
    (35, "1. Water for the camps 2. Tents for the families", ["1. Water for the camps", "2. Tents for the families"]),
    (36, "1. Water for the camps. 2. Tents for the families.", ["1. Water for the camps.", "2. Tents for the families."]),
    (37, "• 7. Water for the camps • 8. Tents for the families", ["• 7. Water for the camps", "• 8. Tents for the families"]),
    (38, "⁃7. Water for the camps ⁃8. Tents for the families", ["⁃7. Water for the camps", "⁃8. Tents for the families"]),
    (39, "a. Water for the camps b. Tents for the families c. Schools for the children",
     ["a. Water for the camps", "b. Tents for the families", "c. Schools for the children"]),
    (40, "This report was written\nby the field office in June.", ["This report was written by the field office in June."]),
    (41, "It was a long \nday in the camp.", ["It was a long day in the camp."]),
    (42, "shelter\nwater points\nclinics, schools\n", ["shelter", "water points", "clinics, schools"]),
    (43, "The site is at N°. 2215.108.442. That is the meeting point.", ["The site is at N°. 2215.108.442.", "That is the meeting point."]),
    (44, "He works at Yahoo! in the finance team.", ["He works at Yahoo! in the finance team."]),
    (45, "It was just you and I. Did you meet Victor I. Stone today?", ["It was just you and I.", "Did you meet Victor I. Stone today?"]),
    (46, "The author writes that in a quiet town, “every hour feels longer. . . .” He liked it there.",
     ["The author writes that in a quiet town, “every hour feels longer. . . .”", "He liked it there."]),
    (47, '"The plan [...] relied on local teams [...]" (Report 12).', ['"The plan [...] relied on local teams [...]" (Report 12).']),
    (48, "When words are left out at the end of a sentence, mark them . . . . Then go on.",
     ["When words are left out at the end of a sentence, mark them . . . .", "Then go on."]),
    (49, "I never said that.... He left the room.", ["I never said that....", "He left the room."]),
    (50, "I was not sure ... well, what I mean...see . . . what I said, the point is . . . I did not know.",
     ["I was not sure ... well, what I mean...see . . . what I said, the point is . . . I did not know."]),
    (52, "Good day.Today is Monday.Ms. Diaz paid 2,500.That is the price.",
     ["Good day.", "Today is Monday.", "Ms. Diaz paid 2,500.", "That is the price."]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), GOLDEN_RULES, ids=[f"rule-{c[0]}" for c in GOLDEN_RULES])
def test_golden_rule(rule: int, text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


def test_the_suite_covers_fifty_rules() -> None:
    assert len({rule for rule, _, _ in GOLDEN_RULES}) == 50


# French counterparts of the rules fixed for issue 15 (our own sentences)
FRENCH = [
    ("number-sign", "Le site est au N°. 12.4.8. C'est le point de rendez-vous.", ["Le site est au N°. 12.4.8.", "C'est le point de rendez-vous."]),
    ("glued-number", "Le budget atteint 2 500.Le Conseil l'a voté.", ["Le budget atteint 2 500.", "Le Conseil l'a voté."]),
    ("glued-year", "Le centre a ouvert en 2020.Il accueille 200 personnes.", ["Le centre a ouvert en 2020.", "Il accueille 200 personnes."]),
    ("spaced-ellipsis", "Il hésite . . . Puis il signe le texte.", ["Il hésite . . . Puis il signe le texte."]),
    ("enumeration", "1. Renforcer les abris 2. Améliorer l'accès à l'eau", ["1. Renforcer les abris", "2. Améliorer l'accès à l'eau"]),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), FRENCH, ids=[c[0] for c in FRENCH])
def test_french_counterparts(case_id: str, text: str, expected: list[str]) -> None:
    assert _cut(text, "fr") == expected


def test_a_single_digit_glued_to_a_capital_is_not_cut() -> None:
    assert _cut("Voir la section 2.Annexe jointe.", "fr") == ["Voir la section 2.Annexe jointe."]


def test_quotation_with_attribution_is_an_option() -> None:
    text = "« Nous sommes prêts. Les équipes sont sur place », a déclaré la directrice."
    assert _cut(text, "fr") == [text]
    cut = [normalize_msgid(text[s:e]) for s, e in split_sentences(text, "fr", quote_attribution=False)]
    assert cut == ["« Nous sommes prêts.", "Les équipes sont sur place », a déclaré la directrice."]
    doc = parse_document(text + "\n", "r.txt", "text")
    assert len(segment_document(doc, "fr", quote_attribution=False).segments) == 2
    assert len(segment_document(doc, "fr").segments) == 1
