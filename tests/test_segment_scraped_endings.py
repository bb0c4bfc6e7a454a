"""Segmenter 2.5 (issue 15): sentence ends that scraped French releases write in odd ways.

Every sentence here is written for these tests (no third-party text). Each test names a category
of real pages (a sentence glued after a bracket or a quotation mark, a caption closed by its
credit and its period, a note in brackets ending a line before scraper debris, a quotation that
opens a sentence going on after a colon), with counter-examples the rule must leave alone.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.segment import credit_at_end, normalize_msgid, segment_document, split_sentences


def _cut(text: str, lang: str = "fr", **options: bool) -> list[str]:
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang, **options)]


def _msgids(text: str) -> list[str]:
    return [s.msgid for s in segment_document(parse_document(text, "page.txt", "text"), "fr").segments]


# --------------------------------------------------------------------------- glued after a closer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bureau régional a donné l'alerte (Oxfam).Selon ses équipes, les puits sont à sec.",
         ["Le bureau régional a donné l'alerte (Oxfam).", "Selon ses équipes, les puits sont à sec."]),
        ("Trois écoles ont rouvert [mise à jour].Les cours reprennent lundi.",
         ["Trois écoles ont rouvert [mise à jour].", "Les cours reprennent lundi."]),
        ("Le maire parle d'une « crise sans fin ».Par ailleurs, la digue a tenu.",
         ["Le maire parle d'une « crise sans fin ».", "Par ailleurs, la digue a tenu."]),
        ("Le maire parle d'une “crise sans fin”.Depuis hier, la digue tient.",
         ["Le maire parle d'une “crise sans fin”.", "Depuis hier, la digue tient."]),
        ('Le maire parle d\'une "crise sans fin".Trois familles sont parties.',
         ['Le maire parle d\'une "crise sans fin".', "Trois familles sont parties."]),
        ("Le port a rouvert en mars (2031).A l'aube, les premiers navires sont entrés.",
         ["Le port a rouvert en mars (2031).", "A l'aube, les premiers navires sont entrés."]),
        ("Faut-il fermer le port (ou la digue) ?Personne ne le sait.",
         ["Faut-il fermer le port (ou la digue) ?", "Personne ne le sait."]),
    ],
)
def test_a_sentence_end_after_a_bracket_or_quote_glued_to_the_next_is_cut(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


def test_what_follows_a_closer_without_a_capitalised_word_is_not_cut() -> None:
    # a domain name, a decimal, an abbreviation, initials and a dotted acronym stay whole
    for text in (
        "Le portail (Onu).Org publie les chiffres.",
        "Le site de l'agence (ONU).org publie les chiffres.",
        "La hausse atteint (en moyenne) 3.5 % cette année.",
        "Il a rencontré (hier) M. Dupont au port.",
        "Le texte cite (page 4) J.-P. Sartre et A. Camus.",
        "Les stocks des U.S. (Gulf Coast) sont pleins.",
        "Voir le portail (www.onu.org).Le rapport y figure.",
        "Le portail « ONU.org » publie les chiffres.",
    ):
        assert _cut(text) == [text], text
    # a straight quote that opens a quotation is no closing mark before the period
    assert _cut('Il dit ".Le port" en riant.') == ['Il dit ".Le port" en riant.']


def test_a_title_glued_after_a_closer_opens_the_next_sentence() -> None:
    assert _cut("Le bureau a donné l'alerte (Oxfam).M. Roux a ensuite parlé.") == [
        "Le bureau a donné l'alerte (Oxfam).", "M. Roux a ensuite parlé.",
    ]
    assert _cut("Le maire parle d'une « crise ».Mme Roux le confirme.") == [
        "Le maire parle d'une « crise ».", "Mme Roux le confirme.",
    ]
    # initials and a dotted acronym after a closer are no title: no cut inside the name
    assert _cut("Le texte cité (page 4).J.-P. Sartre le commente.") == ["Le texte cité (page 4).J.-P. Sartre le commente."]
    assert _cut("The fund spoke (Oxfam).U.S. officials agreed.", "en") == ["The fund spoke (Oxfam).U.S. officials agreed."]


def test_glued_sentences_are_cut_under_split_quotes_too() -> None:
    text = "Le maire parle d'une « crise sans fin ».Par ailleurs, la digue a tenu."
    assert _cut(text, quote_attribution=False) == ["Le maire parle d'une « crise sans fin ».", "Par ailleurs, la digue a tenu."]


# --------------------------------------------------------------------------- credit with its period
@pytest.mark.parametrize(
    "caption",
    [
        "Des enfants à la cantine d'une école de Gao. Photo: PAM Niger.",
        "Des enfants à la cantine d'une école de Gao. Photo : Agence de la Mer.",
        "Des enfants à la cantine d'une école de Gao. Crédit photo : Léa Martin.",
        "Des enfants à la cantine d'une école de Gao. © Fonds pour l'Enfance.",
        "Des enfants à la cantine d'une école de Gao. Photo: HCR/J. Roux.",
    ],
)
def test_a_caption_ending_with_its_credit_and_a_period_is_one_segment(caption: str) -> None:
    assert _cut(caption) == [caption]
    assert _msgids(f"{caption}\n\nLe programme nourrit 4 000 élèves.\n") == [caption, "Le programme nourrit 4 000 élèves."]


def test_a_credit_label_opening_a_sentence_is_no_caption_credit() -> None:
    # words that are no names after the label, or a sentence after the credit on the line
    assert _cut("Le rapport est publié. Source : les autorités du port.") == [
        "Le rapport est publié.", "Source : les autorités du port.",
    ]
    assert _cut("Le rapport est publié. Photo: la digue nord avant la crue.") == [
        "Le rapport est publié.", "Photo: la digue nord avant la crue.",
    ]
    assert _cut("Une école de Gao. Photo: PAM Niger. Le programme nourrit 4 000 élèves.") == [
        "Une école de Gao.", "Photo: PAM Niger.", "Le programme nourrit 4 000 élèves.",
    ]


# --------------------------------------------------------------------------- a bracketed note ends the line
@pytest.mark.parametrize("note", ["(REUTERS)", "(APF)", "(archives)", "(Radio Sahel avec APF)", "[…]"])
def test_a_note_in_brackets_after_a_sentence_end_ends_its_line(note: str) -> None:
    line = f"Les forces du port « ne respectent pas le droit », a déclaré le commissaire lors d'un long entretien à la radio. {note}"
    assert credit_at_end(line)
    # scraper debris in lowercase on the next lines is not joined to the sentence over the note
    assert _msgids(f"{line}\nen forme/\ncambre.\n")[0] == line


def test_a_bracket_that_is_no_note_does_not_end_the_line() -> None:
    assert not credit_at_end("Les forces du port ont reculé, a déclaré le commissaire (lors d'un entretien)")
    assert not credit_at_end("Les forces du port ont reculé. (Il a ensuite quitté la salle et")
    # a wrapped sentence that only has a bracket inside it goes on over the line break
    text = (
        "Les forces du port ont reculé, a déclaré le commissaire de l'agence (APF) lors\n"
        "d'un long entretien accordé jeudi à la radio publique du pays.\n"
    )
    assert _msgids(text) == [
        "Les forces du port ont reculé, a déclaré le commissaire de l'agence (APF) lors d'un long entretien "
        "accordé jeudi à la radio publique du pays."
    ]


# --------------------------------------------------------------------------- a quotation opening its sentence
def test_a_quotation_before_a_colon_and_the_rest_of_its_sentence_is_one_segment() -> None:
    text = (
        "« La santé ne doit pas devenir un slogan. Elle doit devenir un droit » : c'est par ces mots que "
        "la directrice a clos la session. Le rapport sera publié en mai."
    )
    assert _cut(text) == [
        "« La santé ne doit pas devenir un slogan. Elle doit devenir un droit » : c'est par ces mots que "
        "la directrice a clos la session.",
        "Le rapport sera publié en mai.",
    ]
    straight = '"Les digues cèdent. Il faut agir" : voilà ce que répètent les maires. Le convoi attend.'
    assert _cut(straight) == ['"Les digues cèdent. Il faut agir" : voilà ce que répètent les maires.', "Le convoi attend."]
    # --split-quotes cuts it at its inner sentence ends
    assert _cut(text, quote_attribution=False)[0] == "« La santé ne doit pas devenir un slogan."


def test_a_quotation_before_a_colon_and_a_new_sentence_is_still_cut() -> None:
    assert _cut("« Les digues cèdent. Il faut agir. » Le convoi attend.") == [
        "« Les digues cèdent.", "Il faut agir. »", "Le convoi attend.",
    ]
    assert _cut("Le plan s'intitule « Les villes. Les ports. » : Trois chapitres suivent.")[0] == "Le plan s'intitule « Les villes."


# --------------------------------------------------------------------------- glued after a figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les écoles ont fermé à cause du COVID-19.Les cours reprennent en mai.",
         ["Les écoles ont fermé à cause du COVID-19.", "Les cours reprennent en mai."]),
        ("La malnutrition a augmenté de 18,4%.Le nord est le plus touché.",
         ["La malnutrition a augmenté de 18,4%.", "Le nord est le plus touché."]),
        ("La malnutrition a augmenté de 18,4 %.Selon l'agence, le nord est touché.",
         ["La malnutrition a augmenté de 18,4 %.", "Selon l'agence, le nord est touché."]),
        ("La zone inondée couvre 300 km².Les familles sont parties.",
         ["La zone inondée couvre 300 km².", "Les familles sont parties."]),
        ("Le plan couvre la période 2031-2035.Trois donateurs le financent.",
         ["Le plan couvre la période 2031-2035.", "Trois donateurs le financent."]),
        ("Les ministres du G20.Les experts suivent.", ["Les ministres du G20.", "Les experts suivent."]),
    ],
)
def test_a_sentence_end_after_a_figure_glued_to_the_next_is_cut(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


def test_a_figure_before_a_period_and_a_capital_that_is_no_sentence_is_not_cut() -> None:
    for text in (
        "Voir le chapitre 1.Introduction au plan.",  # a heading's number
        "La hausse atteint 3.5 points cette année.",  # a decimal
        "Le site radio24.Info publie les chiffres.",  # a domain name
        "Le site www.port24.net.Le rapport y figure.",  # an address
        "La rencontre a eu lieu le 12/03/2031.Le plan suit.",  # a date in figures: no code
    ):
        assert _cut(text) == [text], text


# --------------------------------------------------------------------------- a caption's date
@pytest.mark.parametrize("date", ["Novembre 2031", "novembre 2031", "12 mars 2031", "1er avril 2031", "12/03/2031", "3 janv. 2031"])
def test_a_date_ending_a_caption_line_stays_with_it(date: str) -> None:
    caption = f"Une distribution de vaccins dans le port de Port-Bleu. {date}"
    assert _cut(caption) == [caption]
    assert credit_at_end(caption)
    # the next line is a sentence of its own, not joined over the date
    assert _msgids(f"{caption}\nLe convoi part demain vers les villages du nord du pays.\n") == [
        caption, "Le convoi part demain vers les villages du nord du pays.",
    ]


def test_a_date_opening_a_sentence_is_cut_from_the_one_before() -> None:
    assert _cut("Le port a rouvert. Mars 2031 marque un tournant pour la ville.") == [
        "Le port a rouvert.", "Mars 2031 marque un tournant pour la ville.",
    ]
    assert _cut("Le port a rouvert. 12 mars 2031 : la digue cède.") == ["Le port a rouvert.", "12 mars 2031 : la digue cède."]
    assert _cut("Le port a rouvert. Mai 2031.") == ["Le port a rouvert.", "Mai 2031."]


def test_etc_glued_to_the_next_sentence_ends_it() -> None:
    # etc. ends a sentence before a capitalised word, glued by the scraper or not
    assert _cut("Les familles reçoivent des tentes, des couvertures, etc.Les convois suivent.") == [
        "Les familles reçoivent des tentes, des couvertures, etc.", "Les convois suivent.",
    ]
    # abbreviations that never end a sentence stay glued to what follows
    assert _cut("Les chiffres figurent plus loin, cf.Annexe 2 du rapport.") == ["Les chiffres figurent plus loin, cf.Annexe 2 du rapport."]
    assert _cut("Le contrat de la Cie.Le Goff est signé.") == ["Le contrat de la Cie.Le Goff est signé."]
