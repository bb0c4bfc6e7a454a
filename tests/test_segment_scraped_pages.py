"""Issue 15, round 3: segmentation and hard wraps on scraped and pasted releases.

Every sentence here is written for these tests (no third-party text). Each case is a shape seen
in real pages of the round-3 tuning set (credits after a caption, cut marks, text pasted from a
PDF and wrapped twice, wrapped headings in capitals, datelines after a title).
"""
from __future__ import annotations

import textwrap

from reltrans.formats import parse_document
from reltrans.segment import normalize_msgid, segment_document, split_sentences


def _cut(text: str, lang: str = "fr") -> list[str]:
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang)]


def _msgids(text: str) -> list[str]:
    return [s.msgid for s in segment_document(parse_document(text, "page.txt", "text"), "fr").segments]


# --------------------------------------------------------------------------- sentence rules
def test_a_wire_credit_in_brackets_stays_with_its_caption() -> None:
    assert _cut("Des familles attendent une distribution à Goma. (AFP)") == [
        "Des familles attendent une distribution à Goma. (AFP)"
    ]
    assert _cut("Une école reconstruite près de Herat. (PNUD/Martin Dubois)") == [
        "Une école reconstruite près de Herat. (PNUD/Martin Dubois)"
    ]
    # a sentence in brackets, or a credit that does not end its line, is still cut from what precedes
    assert _cut("Le convoi est arrivé. (Il transportait des vivres.) La distribution suit.") == [
        "Le convoi est arrivé.", "(Il transportait des vivres.)", "La distribution suit."
    ]
    assert _cut("Le convoi est arrivé. (AFP) La distribution suit.") == [
        "Le convoi est arrivé.", "(AFP) La distribution suit."
    ]


def test_a_cut_mark_at_the_end_stays_with_the_sentence() -> None:
    assert _cut("Le nombre de réfugiés a doublé en un an. […]") == ["Le nombre de réfugiés a doublé en un an. […]"]


def test_a_credit_broken_after_its_label_is_not_cut() -> None:
    # segmenter 2.0: the credit ends its line, wrapped or not, so it stays with the caption as
    # it does on one line (segmenter 1.9: a caption's credit after its label and colon)
    assert _cut("Une distribution à Goma. Photo:\nPAM/Jeanne Dupont") == ["Une distribution à Goma. Photo: PAM/Jeanne Dupont"]
    assert _cut("Une distribution à Goma. Photo: PAM/Jeanne Dupont") == ["Une distribution à Goma. Photo: PAM/Jeanne Dupont"]
    # the label's colon at a line end is no cut even when the credit goes on past the next line
    assert _cut("Une distribution à Goma. Photo:\nPAM/Jeanne Dupont. Les vivres arrivent.") == [
        "Une distribution à Goma.", "Photo: PAM/Jeanne Dupont.", "Les vivres arrivent."
    ]


# --------------------------------------------------------------------------- hard wraps
PARAGRAPH = (
    "Genève, le 3 mars 2031 – L'agence a ouvert mardi un nouveau centre d'accueil pour les familles "
    "déplacées par les inondations. Selon un communiqué publié à Genève, le centre recevra chaque "
    "semaine près de 400 personnes, dont une moitié d'enfants. « Nous avons besoin de fonds : "
    "les stocks de vivres baissent », a déclaré Mme Claire Fontaine, cheffe de la mission, devant "
    "les Nations Unies. Le Secrétaire général adjoint a salué le travail des équipes locales."
)


def _wrap_twice(text: str, first: int = 66, second: int = 40) -> str:
    once = textwrap.wrap(text, first)
    return "\n".join(part for line in once for part in (textwrap.wrap(line, second) if len(line) > second else [line]))


def test_a_paragraph_wrapped_twice_gives_the_sentences_of_the_paragraph() -> None:
    expected = _msgids(PARAGRAPH)
    assert len(expected) == 4
    assert _msgids(_wrap_twice(PARAGRAPH)) == expected  # ragged lines: no common width


def test_a_short_line_ending_with_a_word_that_cannot_end_continues() -> None:
    text = "Le centre a ouvert hier.\nSelon un\ncommuniqué, il accueillera 400 personnes."
    assert _msgids(text) == ["Le centre a ouvert hier.", "Selon un communiqué, il accueillera 400 personnes."]
    # a list of short lowercase lines stays apart, also after a line joined to the one before it
    assert _msgids("Le centre offre\nabris\nsoins\nrepas chauds") == ["Le centre offre", "abris", "soins", "repas chauds"]
    assert _msgids("Le centre a ouvert hier et il offre\naux familles\nabris\nsoins") == [
        "Le centre a ouvert hier et il offre aux familles", "abris", "soins"
    ]


def test_a_line_that_leaves_a_quotation_open_continues() -> None:
    text = "Le rapport s'intitule «\nLes villes face à l'eau » et paraît demain."
    assert _msgids(text) == ["Le rapport s'intitule « Les villes face à l'eau » et paraît demain."]


def test_a_heading_in_capitals_wrapped_at_the_common_width_is_one_segment() -> None:
    body = textwrap.fill(PARAGRAPH, 66)
    heading = "L'AGENCE OUVRE À PORT-BLEU UN GRAND CENTRE D'ACCUEIL TEMPORAIRE POUR QUATRE CENTS FAMILLES SINISTRÉES"
    text = textwrap.fill(heading, 66) + "\n\n" + body
    assert _msgids(text)[0] == heading
    assert _msgids(text)[1:] == _msgids(PARAGRAPH)


def test_a_title_is_not_joined_to_the_dateline_that_opens_the_body() -> None:
    title = "L'agence ouvre un centre d'accueil pour les familles déplacées par les inondations du printemps"
    text = textwrap.fill(title, 66) + "\n" + _wrap_twice(PARAGRAPH)  # no blank line between
    assert _msgids(text)[0] == title
    assert _msgids(text)[1:] == _msgids(PARAGRAPH)



# --------------------------------------------------------------------------- round 4 (segmenter 1.6)
def test_a_dateline_with_an_abbreviated_month_stays_with_its_sentence() -> None:
    assert _cut("NANTES, 21 Fév. 2014 - Les équipes ont distribué des bâches à 250 familles. Elles repartent lundi.") == [
        "NANTES, 21 Fév. 2014 - Les équipes ont distribué des bâches à 250 familles.", "Elles repartent lundi.",
    ]
    assert _cut("Bamako, 7 janv. – Le bureau a ouvert un guichet. Il reçoit le matin.") == [
        "Bamako, 7 janv. – Le bureau a ouvert un guichet.", "Il reçoit le matin.",
    ]
    assert _cut("La réunion du 18 déc. 2019 a fixé le calendrier. Le comité se réunira en mai.") == [
        "La réunion du 18 déc. 2019 a fixé le calendrier.", "Le comité se réunira en mai.",
    ]
    # "sept" after a word is the number seven: a sentence may end there
    assert _cut("Les blessés étaient sept. Le convoi est reparti.") == ["Les blessés étaient sept.", "Le convoi est reparti."]


def test_a_photo_credit_is_not_cut_after_ph() -> None:
    assert _cut("Des élèves devant l'école rénovée. Ph. DR") == ["Des élèves devant l'école rénovée.", "Ph. DR"]
    assert _cut("Ph. Louise Garnier / Agence") == ["Ph. Louise Garnier / Agence"]


def test_a_dateline_ending_with_a_period_stays_with_its_sentence() -> None:
    assert _cut("Montreux, 9 octobre 2012. Le comité a adopté son plan. Il entre en vigueur en mars.") == [
        "Montreux, 9 octobre 2012. Le comité a adopté son plan.", "Il entre en vigueur en mars.",
    ]
    assert _cut("Montreux, le 9 octobre 2012. Le comité a adopté son plan.") == [
        "Montreux, le 9 octobre 2012. Le comité a adopté son plan.",
    ]
    # on a line of its own, before its sentence
    assert _msgids("Montreux, 9 octobre 2012.\nLe comité a adopté un nouveau plan pour les familles de la région.\n") == [
        "Montreux, 9 octobre 2012. Le comité a adopté un nouveau plan pour les familles de la région.",
    ]
    # a date stamp alone is its own segment, and a sentence about a date is cut as usual
    assert _msgids("Le 4 juin 2013\nLe comité a adopté un nouveau plan pour les familles de la région.\n") == [
        "Le 4 juin 2013", "Le comité a adopté un nouveau plan pour les familles de la région.",
    ]
    assert _cut("Le vote a eu lieu à Berne, 9 octobre. Le comité a adopté son plan.") == [
        "Le vote a eu lieu à Berne, 9 octobre.", "Le comité a adopté son plan.",
    ]


def test_a_closing_quote_standing_apart_stays_with_its_quotation() -> None:
    assert _cut('"Il faut partir. Les routes sont coupées. "') == ['"Il faut partir.', 'Les routes sont coupées. "']
    assert _cut('"Il faut partir. Les routes sont coupées. " Le convoi attend.') == [
        '"Il faut partir.', 'Les routes sont coupées. "', "Le convoi attend.",
    ]
    assert _cut("“Il faut partir. Les routes sont coupées. ” Le convoi attend.") == [
        "“Il faut partir.", "Les routes sont coupées. ”", "Le convoi attend.",
    ]
    assert _msgids("« Il faut partir, les routes sont coupées depuis lundi et les pluies continuent. Il faut agir.\n» Le convoi attend.\n") == [
        "« Il faut partir, les routes sont coupées depuis lundi et les pluies continuent.", "Il faut agir. »", "Le convoi attend.",
    ]
    # a straight quote after a sentence end that opens the next quotation is cut before
    assert _cut('Le convoi attend. "Il faut partir", dit-il.') == ["Le convoi attend.", '"Il faut partir", dit-il.']


def test_a_read_more_tail_is_cut_from_the_paragraph() -> None:
    assert _cut("Les secours ont évacué 80 familles.... suite de l'article sur Radio Sahel") == [
        "Les secours ont évacué 80 familles.", "... suite de l'article sur Radio Sahel",  # the link's own dots (1.8)
    ]
    assert _cut("Les secours ont évacué 80 familles... suite de l'article sur Radio Sahel") == [
        "Les secours ont évacué 80 familles...", "suite de l'article sur Radio Sahel",  # three dots: the sentence's
    ]
    assert _cut("Le bilan reste provisoire. Lire la suite de l'article") == [
        "Le bilan reste provisoire.", "Lire la suite de l'article",
    ]
    assert _cut("Lire la suite de l'article") == ["Lire la suite de l'article"]
    # the words inside a sentence are no tail
    assert _cut("Le lien « Lire la suite de l'article » mène au site. Il sera corrigé.") == [
        "Le lien « Lire la suite de l'article » mène au site.", "Il sera corrigé.",
    ]


def test_a_date_or_a_quotation_glued_to_the_next_sentence_is_cut() -> None:
    assert _cut("Mis en ligne le 9 avril 2014Une mission de l'agence est arrivée à Mopti.") == [
        "Mis en ligne le 9 avril 2014", "Une mission de l'agence est arrivée à Mopti.",
    ]
    assert _cut("21/09/2012L'agence a ouvert un bureau à Mopti.") == ["21/09/2012", "L'agence a ouvert un bureau à Mopti."]
    assert _cut("« Personne ne doit rester dehors »Awa Diallo a rappelé les chiffres.") == [
        "« Personne ne doit rester dehors »", "Awa Diallo a rappelé les chiffres.",
    ]
    assert _cut('Le camp a ouvert le 3 mars."Plus de 900 familles sont arrivées", a précisé le maire.') == [
        "Le camp a ouvert le 3 mars.", '"Plus de 900 familles sont arrivées", a précisé le maire.',
    ]
    # a year inside a word or a range, a code, and a closing straight quote are not cut
    assert _cut("Le plan 2020-2025Le comité et le code AB2019Xy restent.") == ["Le plan 2020-2025Le comité et le code AB2019Xy restent."]


# --------------------------------------------------------------------------- round 5 (segmenter 1.7)
def test_a_joint_wire_credit_stays_with_its_sentence() -> None:
    assert _cut("Une pirogue chargée de riz traverse le fleuve à Mopti. (Radio Sahel avec AFP)") == [
        "Une pirogue chargée de riz traverse le fleuve à Mopti. (Radio Sahel avec AFP)"
    ]
    assert _cut("Les pluies ont repris mardi soir. (La Tribune et Reuters)") == ["Les pluies ont repris mardi soir. (La Tribune et Reuters)"]
    assert _cut("The rains resumed on Tuesday. (The Courier with AP)", "en") == ["The rains resumed on Tuesday. (The Courier with AP)"]
    # a sentence in brackets is no credit, nor a credit that does not end its line
    assert _cut("Le convoi est arrivé. (Le rapport est en ligne)") == ["Le convoi est arrivé.", "(Le rapport est en ligne)"]
    assert _cut("Le convoi est arrivé. (Radio Sahel avec AFP) La distribution suit.") == [
        "Le convoi est arrivé.", "(Radio Sahel avec AFP) La distribution suit.",
    ]


def test_hyphenated_initials_are_no_sentence_end() -> None:
    assert _cut("Le plan a été présenté par J.-L. Moreau. Il dure trois ans.") == [
        "Le plan a été présenté par J.-L. Moreau.", "Il dure trois ans.",
    ]
    assert _cut("A.-M. Lefort et P.-Y. Garnier ont signé l'accord. Le texte passe.") == [
        "A.-M. Lefort et P.-Y. Garnier ont signé l'accord.", "Le texte passe.",
    ]
    # a dotted abbreviation with a hyphen ends a sentence before a sentence opener
    assert _cut("L'aide vient des É.-U. Le reste vient d'Europe.") == ["L'aide vient des É.-U.", "Le reste vient d'Europe."]
    assert _cut("Le calendrier commence en 52 av. J.-C. Il sert encore.") == ["Le calendrier commence en 52 av. J.-C.", "Il sert encore."]


def test_a_sentence_ending_with_an_acronym_glued_to_the_next_is_cut() -> None:
    assert _cut("La médaille a été remise au HCR.Le comité a salué son travail.") == [
        "La médaille a été remise au HCR.", "Le comité a salué son travail.",
    ]
    assert _cut("Le dépôt appartient à l'UNRWA.Il a rouvert hier.") == ["Le dépôt appartient à l'UNRWA.", "Il a rouvert hier."]
    assert _cut("The grant went to UNFPA.The board approved it.", "en") == ["The grant went to UNFPA.", "The board approved it."]
    # a title abbreviation, a dotted acronym or a word inside a name are not cut
    assert _cut("MM.Girard et Lenoir ont signé.") == ["MM.Girard et Lenoir ont signé."]
    assert _cut("He joined the U.K.Navy in 1990.", "en") == ["He joined the U.K.Navy in 1990."]


def test_more_sentences_glued_by_a_scraper_are_cut() -> None:
    # a capitalised word, or a French space before "!" or "?", before the glued sentence
    assert _cut("Le comité remercie la Norvège.En 2016, elle a doublé son aide.") == [
        "Le comité remercie la Norvège.", "En 2016, elle a doublé son aide.",
    ]
    assert _cut("La route est rouverte !Les camions repartent.") == ["La route est rouverte !", "Les camions repartent."]
    # a heading glued to a sentence opener and its space, after a capitalised word or a bracket
    assert _cut("Pluies sur le TogoLe fleuve a débordé dans trois villages.") == [
        "Pluies sur le Togo", "Le fleuve a débordé dans trois villages.",
    ]
    assert _cut("Nouvelle antenne du Fonds (FNUAP)Les équipes arrivent lundi.") == [
        "Nouvelle antenne du Fonds (FNUAP)", "Les équipes arrivent lundi.",
    ]
    # camel-case names, titles glued to a name and a bracket inside a sentence are not cut
    assert _cut("Le portail ReliefWeb et la fondation MacArthur publient le rapport sur LinkedIn.") == [
        "Le portail ReliefWeb et la fondation MacArthur publient le rapport sur LinkedIn."
    ]
    assert _cut("Mme.Bah et Prof.Kane ont signé.") == ["Mme.Bah et Prof.Kane ont signé."]
    assert _cut("Le rapport (voir plus haut) Le texte reste.") == ["Le rapport (voir plus haut) Le texte reste."]
    assert _cut("(1)Le bureau ouvre lundi.") == ["(1)Le bureau ouvre lundi."]  # an item mark
    assert _cut("Source : Bamakonews.Com") == ["Source : Bamakonews.Com"]  # a site name


def test_a_dateline_with_the_agency_in_brackets_stays_with_its_sentence() -> None:
    assert _cut("TOMBOUCTOU, 8 avril 2019 (MINUSMA). La mission a ouvert une école. Elle accueille 90 élèves.") == [
        "TOMBOUCTOU, 8 avril 2019 (MINUSMA). La mission a ouvert une école.", "Elle accueille 90 élèves.",
    ]
    assert _msgids("TOMBOUCTOU, 8 avril 2019 (MINUSMA).\nLa mission a ouvert une école pour les enfants déplacés de la région.\n") == [
        "TOMBOUCTOU, 8 avril 2019 (MINUSMA). La mission a ouvert une école pour les enfants déplacés de la région.",
    ]
    # a sentence that ends with a date and a bracket is cut as usual
    assert _cut("L'école a ouvert à Tombouctou, 8 avril (photo). La mission continue.") == [
        "L'école a ouvert à Tombouctou, 8 avril (photo).", "La mission continue.",
    ]


def test_excellency_and_document_abbreviations_are_no_sentence_end() -> None:
    assert _cut("S. Exc. M. Paul Kaboré a ouvert la session. Il a remercié les délégués.") == [
        "S. Exc. M. Paul Kaboré a ouvert la session.", "Il a remercié les délégués.",
    ]
    assert _cut("Le rapport figure dans le doc. E/2019/77. Le comité en a pris note.") == [
        "Le rapport figure dans le doc. E/2019/77.", "Le comité en a pris note.",
    ]
    assert _cut("The plan is in Doc. E/2019/77. The board noted it.", "en") == [
        "The plan is in Doc. E/2019/77.", "The board noted it.",
    ]


# --------------------------------------------------------------------------- round 6 (segmenter 1.8)
def test_a_date_alone_opening_the_paragraph_is_a_dateline() -> None:
    assert _cut("12 MARS 2031. Chassées par la sécheresse, trois mille familles ont quitté le plateau. Elles campent à Dori.") == [
        "12 MARS 2031. Chassées par la sécheresse, trois mille familles ont quitté le plateau.", "Elles campent à Dori.",
    ]
    assert _cut("Le 4 juin 2030. La commission a siégé à Lomé.") == ["Le 4 juin 2030. La commission a siégé à Lomé."]
    # a date ending a sentence later in the paragraph is no dateline
    assert _cut("Le vote a eu lieu le 12 mars 2014. Le comité a levé la séance.") == [
        "Le vote a eu lieu le 12 mars 2014.", "Le comité a levé la séance.",
    ]


def test_an_ellipsis_opening_the_paragraph_stays_with_its_sentence() -> None:
    assert _cut("… Selon le bureau régional, la campagne avance. Elle s'achèvera en mai.") == [
        "… Selon le bureau régional, la campagne avance.", "Elle s'achèvera en mai.",
    ]
    assert _cut("Les pluies ont cessé… Selon la mairie, tout va bien.") == ["Les pluies ont cessé…", "Selon la mairie, tout va bien."]


def test_a_caption_credit_after_a_dash_stays_with_the_caption() -> None:
    assert _cut("Les digues ont cédé à Portbrise, sur la côte. — J. Martin / Journal du Soir") == [
        "Les digues ont cédé à Portbrise, sur la côte. — J. Martin / Journal du Soir"
    ]
    # a sentence after a dash is no credit, slash or not
    assert _cut("Les digues ont cédé. — Le maire a parlé des vents / de la mer qui montent toujours plus vite.") == [
        "Les digues ont cédé.", "— Le maire a parlé des vents / de la mer qui montent toujours plus vite.",
    ]


def test_a_rubric_in_capitals_opening_a_heading_stays_with_it() -> None:
    assert _cut("VIDÉO. Crues dans le Gard : les pompiers appellent à la prudence") == [
        "VIDÉO. Crues dans le Gard : les pompiers appellent à la prudence"
    ]
    # a sentence after it is cut as before
    assert _cut("URGENT. Le bac a coulé au large.") == ["URGENT.", "Le bac a coulé au large."]


def test_a_camel_case_site_name_is_no_glued_sentence() -> None:
    assert _cut("Distribué par Presse Unie (pressUnie.com). Pour toute demande, écrivez-nous.") == [
        "Distribué par Presse Unie (pressUnie.com).", "Pour toute demande, écrivez-nous.",
    ]
    assert _cut("Qui sommes nousL'Organisation agit.") == ["Qui sommes nous", "L'Organisation agit."]


def test_a_byline_glued_to_the_paragraph_it_signs_is_cut() -> None:
    assert _cut("Jeanne RAVEL Chargée depuis mai de la coordination, l'équipe a ouvert trois centres. Elle recrute.") == [
        "Jeanne RAVEL", "Chargée depuis mai de la coordination, l'équipe a ouvert trois centres.", "Elle recrute.",
    ]
    # a link word and an acronym, or a name and a title without a sentence, are not cut
    assert _cut("Selon OCHA Les déplacés sont plus de dix mille dans la région du nord. Ils attendent.") == [
        "Selon OCHA Les déplacés sont plus de dix mille dans la région du nord.", "Ils attendent.",
    ]
    assert _cut("Jean DUPONT Directeur général de la société") == ["Jean DUPONT Directeur général de la société"]


# --------------------------------------------------------------------------- segmenter 1.9 (issue 15)
def test_a_caption_keeps_the_credit_that_ends_its_line() -> None:
    page = (
        "Des familles attendent au port de Port-Bleu (archives). Crédit : Agence fictive\n"
        "Un marin répare un filet sur le quai, le 9 septembre 2030. LÉA MARTIN / AFP\n"
        "Le quai de Port-Bleu, en septembre 2031. | JEAN DUPONT / REUTERS\n"
        "Le port rouvre lundi. Les navires reviennent.\n"
    )
    assert _msgids(page) == [
        "Des familles attendent au port de Port-Bleu (archives). Crédit : Agence fictive",
        "Un marin répare un filet sur le quai, le 9 septembre 2030. LÉA MARTIN / AFP",
        "Le quai de Port-Bleu, en septembre 2031. | JEAN DUPONT / REUTERS",
        "Le port rouvre lundi.", "Les navires reviennent.",
    ]


def test_words_after_a_sentence_that_are_no_credit_are_cut() -> None:
    assert _cut("Le port rouvre lundi. Photos de la semaine en ligne") == ["Le port rouvre lundi.", "Photos de la semaine en ligne"]
    assert _cut("Le port rouvre lundi. LE PORT ROUVRE ET LES NAVIRES REVIENNENT") == [
        "Le port rouvre lundi.", "LE PORT ROUVRE ET LES NAVIRES REVIENNENT",
    ]
    assert _cut("Le port rouvre lundi. Crédit : l'Agence a prêté 2 millions. Les navires reviennent.") == [
        "Le port rouvre lundi.", "Crédit : l'Agence a prêté 2 millions.", "Les navires reviennent.",
    ]


def test_a_capital_letter_naming_a_kind_can_end_a_sentence() -> None:
    assert _cut("La réunion se tient sur fond de grippe A. La décision est attendue mardi.") == [
        "La réunion se tient sur fond de grippe A.", "La décision est attendue mardi.",
    ]
    assert _cut("Les familles du groupe B. Il reste trois places.", "fr") == ["Les familles du groupe B.", "Il reste trois places."]
    # an initial before a name stays an initial
    assert _cut("Le livre de J. Le Goff est paru. Il plaît.") == ["Le livre de J. Le Goff est paru.", "Il plaît."]
    assert _cut("Le prix revient à A. La Fontaine cette année.") == ["Le prix revient à A. La Fontaine cette année."]


def test_a_sentence_glued_to_a_one_letter_opener_is_cut() -> None:
    # segmenter 2.3: "A l'" / "À la" after a word or a number of the previous sentence
    assert _cut("Le conseil s'est réuni au Palais du port.A l'ouverture, le maire a parlé.") == [
        "Le conseil s'est réuni au Palais du port.", "A l'ouverture, le maire a parlé.",
    ]
    assert _cut("Le conseil s'est réuni le 3 mai 2031.À la fin, il a voté.") == [
        "Le conseil s'est réuni le 3 mai 2031.", "À la fin, il a voté.",
    ]
    # counter-cases: a capital letter with no space after it, a capital word after the space (an
    # initial may read so: "A Dupont"), which stay uncut
    assert _cut("Le plan du port.A3 est publié ce matin.") == ["Le plan du port.A3 est publié ce matin."]
    assert _cut("Voir la rubrique du port.A Lyon, rien ne change.") == ["Voir la rubrique du port.A Lyon, rien ne change."]


def test_credits_stay_with_their_caption_or_sentence() -> None:
    # segmenter 2.3: a labelled credit in brackets ending the caption's line
    assert _cut("La présidente du port, à la séance d'ouverture. (Photo: APF)") == [
        "La présidente du port, à la séance d'ouverture. (Photo: APF)",
    ]
    # the writer's initials and the agency signing the last sentence
    assert _cut("Les familles rentrent chez elles. R. T./Agences") == ["Les familles rentrent chez elles. R. T./Agences"]
    assert _cut("Les familles rentrent chez elles. J.-P. D./APF") == ["Les familles rentrent chez elles. J.-P. D./APF"]
    # a credit glued before its caption by the scraper
    assert _cut("© Léa Martin/Ministère de la MerLa présidente du port, à la séance d'ouverture") == [
        "© Léa Martin/Ministère de la MerLa présidente du port, à la séance d'ouverture",
    ]


def test_what_only_looks_like_a_credit_is_cut() -> None:
    # counter-cases: a sentence after the labelled note, a heading glued to a sentence with no credit,
    # a credit label opening a sentence of its own
    assert _cut("La présidente du port, à la séance. (Photo: APF) Le port rouvre ce matin.") == [
        "La présidente du port, à la séance.", "(Photo: APF) Le port rouvre ce matin.",
    ]
    assert _cut("Nouvelles du portLa digue nord a cédé cette nuit.") == ["Nouvelles du port", "La digue nord a cédé cette nuit."]
    assert _cut("Le port est fermé. Photo: la digue nord. Il rouvre demain.") == [
        "Le port est fermé.", "Photo: la digue nord.", "Il rouvre demain.",
    ]
    assert _cut("Les familles rentrent chez elles. R. T. Dupont les attend.") == [
        "Les familles rentrent chez elles.", "R. T. Dupont les attend.",
    ]
