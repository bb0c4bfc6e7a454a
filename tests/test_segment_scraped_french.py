"""Segmenter 2.7 (issue 15): segmentation errors on scraped French pages of varied sites.

Every sentence here is written for these tests (no third-party text). Each test names a family
seen on real pages (a long reporting clause before the colon that opens a quotation, a dateline in
brackets or a place and its agency, a quotation's attribution after a dash, titles and initials of
French news), both ways: where the rule keeps the text whole, and where a sentence still ends.
"""
from __future__ import annotations

import pytest

from reltrans.formats import parse_document
from reltrans.segment import (
    CHROME_HEAD,
    CHROME_TAIL,
    SEGMENTER_VERSION,
    introduces_quotation,
    metadata_head,
    normalize_msgid,
    read_more_tail,
    segment_document,
    split_sentences,
)


def _cut(text: str, lang: str = "fr") -> list[str]:
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang)]


def _msgids(text: str) -> list[str]:
    return [s.msgid for s in segment_document(parse_document(text, "page.txt", "text"), "fr").segments]


def test_the_segmenter_version_is_bumped() -> None:
    assert SEGMENTER_VERSION == "2.9"


# --------------------------------------------------------------------------- reporting clause before a colon
@pytest.mark.parametrize(
    "clause",
    [
        "Le préfet a confirmé que la saison sera longue en demandant aux habitants de rester prudents :",
        "Le maire a annoncé la fermeture du marché couvert et précisé que la foire aurait lieu malgré la pluie :",
        "La ministre a ajouté lors de sa visite aux agriculteurs et aux éleveurs de la vallée du fleuve :",
        "Il a dit M. Roux, devant les journalistes réunis au port :",
    ],
)
def test_a_long_reporting_clause_before_its_colon_keeps_the_quotation_whole(clause: str) -> None:
    text = f"{clause} « La récolte sera faible. Nous aiderons chaque famille. » Le conseil se réunit lundi."
    assert _cut(text) == [f"{clause} « La récolte sera faible. Nous aiderons chaque famille. »", "Le conseil se réunit lundi."]
    assert introduces_quotation(clause)


def test_a_quotation_closed_before_the_final_period_stays_whole_after_a_long_clause() -> None:
    text = (
        "Le gouverneur a rappelé que la récolte sera maigre en appelant les familles à faire des réserves : "
        "« Chaque sac compte. Gardez-en ». Des rumeurs couraient depuis lundi."
    )
    assert _cut(text) == [
        "Le gouverneur a rappelé que la récolte sera maigre en appelant les familles à faire des réserves : "
        "« Chaque sac compte. Gardez-en ».",
        "Des rumeurs couraient depuis lundi.",
    ]


def test_a_colon_without_a_reporting_verb_still_cuts_an_unattributed_quotation() -> None:
    # no reporting verb in the clause: the quotation has no attribution, it is cut at its sentence ends
    text = "Le programme de la journée tient en deux lignes sur le panneau de la mairie : « Marché à dix heures. Bal le soir. »"
    assert len(_cut(text)) == 2


def test_a_reporting_verb_in_an_earlier_sentence_does_not_reach_the_colon() -> None:
    text = "Le maire a déclaré la saison ouverte. Au menu de la fête : « Marché à dix heures. Bal le soir. »"
    assert _cut(text) == ["Le maire a déclaré la saison ouverte.", "Au menu de la fête : « Marché à dix heures.", "Bal le soir. »"]


# --------------------------------------------------------------------------- datelines
@pytest.mark.parametrize(
    "dateline",
    [
        "(Port-Bleu, 24 février 2030).",
        "(Port-Bleu, le 3 mars 2030).",
        "(Port-Bleu, 3 mars).",
        "PORT-BLEU (Radio Fleuve).",
        "SAINT-ANGE (Agence de presse).",
    ],
)
def test_a_dateline_in_brackets_or_with_its_agency_stays_with_its_sentence(dateline: str) -> None:
    text = f"{dateline} Le gouverneur a reçu les chefs de village. Il a promis des routes."
    assert _cut(text) == [f"{dateline} Le gouverneur a reçu les chefs de village.", "Il a promis des routes."]


@pytest.mark.parametrize(
    "opening",
    [
        "Le rapport est paru (Port-Bleu, 3 mars 2030).",  # words before the bracket: a sentence
        "Le rapport (Agence fluviale).",  # not a place in capitals
    ],
)
def test_a_bracket_closing_a_sentence_is_no_dateline(opening: str) -> None:
    text = f"{opening} Le gouverneur a reçu les chefs de village."
    assert _cut(text) == [opening, "Le gouverneur a reçu les chefs de village."]


# --------------------------------------------------------------------------- attribution after a dash
@pytest.mark.parametrize(
    "attribution",
    [
        "- Jeanne Roux, responsable du chantier.",
        "— Jeanne Roux, responsable du chantier",
        "– Jeanne Roux.",
        "- Paul de la Rive, guide de montagne.",
        "- Gaston, pêcheur du port.",
    ],
)
def test_an_attribution_after_a_dash_ending_the_line_stays_with_the_quotation(attribution: str) -> None:
    text = f"Le chantier avance. Nous trouvons des pièces de monnaie sous chaque dalle. {attribution}"
    assert _cut(text) == ["Le chantier avance.", f"Nous trouvons des pièces de monnaie sous chaque dalle. {attribution}"]


def test_an_attribution_paragraph_of_a_page_is_one_msgid() -> None:
    page = "Le chantier avance vite.\n\nNous trouvons des pièces de monnaie sous chaque dalle. - Jeanne Roux, responsable du chantier.\n"
    assert _msgids(page) == [
        "Le chantier avance vite.",
        "Nous trouvons des pièces de monnaie sous chaque dalle. - Jeanne Roux, responsable du chantier.",
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "- Oui.",  # one word: a reply, no name
        "- Jean est resté, lui aussi.",  # a sentence after the name
        "- Le maire a parlé ensuite.",
    ],
)
def test_a_sentence_after_a_dash_is_still_cut(reply: str) -> None:
    text = f"Vous partez demain ? {reply}"
    assert _cut(text) == ["Vous partez demain ?", reply]


def test_an_attribution_that_does_not_end_its_line_is_cut() -> None:
    text = "Nous trouvons des pièces de monnaie.\n- Jeanne Roux, responsable du chantier, puis le maire ont parlé. Le soir, la fête."
    assert len(_cut(text)) == 3


# --------------------------------------------------------------------------- titles and initials
@pytest.mark.parametrize(
    "text",
    [
        "La Sté. Nouvelle des Eaux a publié ses comptes.",
        "Le Lt-Col. Diallo commande le bataillon.",
        "Le lt-col. Sow est arrivé au camp.",
        "Le Capt. Sow a inspecté la caserne.",
        "Contact : tél. 20 30 40 50, fax. 20 30 40 51.",
        "Le maire Marc-A. Lenoir a présidé la réunion.",
        "La directrice Marie-Th. Koné a signé le contrat.",
        "Le ministre Jean-Ch. Dupuis est arrivé.",
    ],
)
def test_titles_and_initials_of_french_news_end_no_sentence(text: str) -> None:
    assert _cut(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a envoyé un fax. Le service a répondu.", ["Il a envoyé un fax.", "Le service a répondu."]),
        ("Le relais a été remporté par Port-Bleu. Le public a applaudi.", ["Le relais a été remporté par Port-Bleu.", "Le public a applaudi."]),
        ("Il a parlé à Jean-A. Le comité a voté ensuite.", ["Il a parlé à Jean-A.", "Le comité a voté ensuite."]),
    ],
)
def test_a_sentence_still_ends_after_such_words(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


# --------------------------------------------------------------------------- glued before an elided capital
@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_sentence_glued_to_an_elided_capital_is_cut(apostrophe: str) -> None:
    text = f"La digue a tenu toute la nuit.L{apostrophe}eau a reculé au matin.D{apostrophe}autres crues sont attendues."
    assert _cut(text) == ["La digue a tenu toute la nuit.", f"L{apostrophe}eau a reculé au matin.", f"D{apostrophe}autres crues sont attendues."]


@pytest.mark.parametrize(
    "text",
    [
        "Voir le site fleuve.fr.L’article dit tout.",  # a domain name, not a sentence end
        "Voir cf.L’annexe pour les chiffres.",  # an abbreviation
    ],
)
def test_no_glued_cut_after_a_domain_or_an_abbreviation(text: str) -> None:
    assert _cut(text) == [text]


# --------------------------------------------------------------------------- capitalised inverted attribution
@pytest.mark.parametrize(
    "text",
    [
        "« Chaque famille recevra une aide avant l'hiver ». Précise-t-il M. Roux.",
        "« Chaque famille recevra une aide. » Ajoute-t-elle devant la presse.",
        "“Nous reviendrons au printemps”. Poursuit-il, ému.",
    ],
)
def test_an_inverted_attribution_after_a_closed_quotation_stays_with_it(text: str) -> None:
    assert _cut(f"{text} Le conseil se réunit lundi.") == [text, "Le conseil se réunit lundi."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question with an inverted subject is a sentence of its own
        ("« Nous aiderons chaque famille ». Faut-il le croire ? Les habitants doutent.",
         ["« Nous aiderons chaque famille ».", "Faut-il le croire ?", "Les habitants doutent."]),
        # no quotation closed before it
        ("Le maire a parlé. Précise-t-il sa pensée ? Personne ne le sait.",
         ["Le maire a parlé.", "Précise-t-il sa pensée ?", "Personne ne le sait."]),
    ],
)
def test_an_inverted_question_after_a_sentence_end_is_cut(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


# --------------------------------------------------------------------------- a place as a heading's rubric
@pytest.mark.parametrize(
    "heading",
    [
        "Val Fleuri. Les pêcheurs réclament un nouveau quai pour leurs pirogues (Agence fluviale)",
        "Port-Bleu. Le marché aux poissons rouvre après trois mois de travaux",
        "Mont-Clair. La fanfare municipale fête ses cent ans sur la grand-place",
    ],
)
def test_a_place_opening_a_heading_without_a_sentence_end_stays_with_it(heading: str) -> None:
    assert _cut(heading) == [heading]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence end closes the heading: the place is a sentence of its own, as before
        ("Val Fleuri. Les pêcheurs réclament un quai.", ["Val Fleuri.", "Les pêcheurs réclament un quai."]),
        # a word of dialogue, and a sentence opener, are no place
        ("Merci. Nous vous rappellerons demain matin sans faute", ["Merci.", "Nous vous rappellerons demain matin sans faute"]),
        ("Enfin. Le bac arrive au port avec trois heures de retard", ["Enfin.", "Le bac arrive au port avec trois heures de retard"]),
        # too short for a heading
        ("Port-Bleu. Le bac arrive", ["Port-Bleu.", "Le bac arrive"]),
        # more than one sentence end
        ("Port-Bleu. Le bac est arrivé hier soir. Il repart lundi matin", ["Port-Bleu.", "Le bac est arrivé hier soir.", "Il repart lundi matin"]),
    ],
)
def test_a_place_before_a_sentence_is_still_cut(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


# --------------------------------------------------------------------------- caption credits
@pytest.mark.parametrize(
    "caption",
    [
        "Un pêcheur répare son filet sur la plage. (Photo d'illustration) AGENCE FLUVIALE/J. ROUX",
        "Un pêcheur répare son filet sur la plage. (archives) LÉA MARTIN / AFR",
        "Un pêcheur répare son filet sur la plage. JEAN ROUX/AFR PHOTO/POOL",
        "«Le port rouvrira avant l'été, promis.» KEYSTONE",
        "Les pêcheurs rentrent au port. AFP",
    ],
)
def test_a_caption_credit_after_a_note_or_with_several_slashes_stays_with_the_caption(caption: str) -> None:
    assert _cut(caption) == [caption]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les pêcheurs rentrent au port. AFP a appris la nouvelle lundi.", ["Les pêcheurs rentrent au port.", "AFP a appris la nouvelle lundi."]),
        ("Les pêcheurs rentrent au port. (Photo d'illustration) Le soir, la fête commence.",
         ["Les pêcheurs rentrent au port.", "(Photo d'illustration) Le soir, la fête commence."]),
    ],
)
def test_a_sentence_after_an_agency_or_a_note_is_still_cut(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


# --------------------------------------------------------------------------- more reporting verbs
@pytest.mark.parametrize(
    "clause",
    [
        "Le ministre a tweeté :", "La maire a salué le travail des secouristes :", "Le préfet a exhorté les habitants :",
        "Il a écrit :", "Le maire est intervenu à ce sujet sur notre antenne :",
    ],
)
def test_more_reporting_verbs_introduce_a_quotation(clause: str) -> None:
    text = f"{clause} « La digue tiendra. Restez prudents. » Le soir tombe."
    assert _cut(text) == [f"{clause} « La digue tiendra. Restez prudents. »", "Le soir tombe."]


def test_a_reporting_verb_inside_the_quotation_keeps_it_whole() -> None:
    text = "« La digue tiendra, renchérit le maire. Restez prudents. » Le soir tombe."
    assert _cut(text) == ["« La digue tiendra, renchérit le maire. Restez prudents. »", "Le soir tombe."]


def test_a_noun_after_a_comma_is_no_reporting_clause() -> None:
    # "demande" and "note" are nouns as often as verbs: a quotation holding them is cut as before
    text = "« Nous avons reçu la lettre, demande d'aide comprise. Nous répondrons. » Le soir tombe."
    assert _cut(text) == ["« Nous avons reçu la lettre, demande d'aide comprise.", "Nous répondrons. »", "Le soir tombe."]


# --------------------------------------------------------------------------- the families of issue 15, both ways
@pytest.mark.parametrize(
    "text",
    [
        "M. Roux et Mme Martin ont reçu le Dr Diallo et Me Sow au port.",
        "La cité fut fondée vers 600 av. J.-C. par des marins venus de loin.",
        "On y vend des poules, des chèvres, etc. à des prix très bas.",
        "Le dossier n° 12 et l'art. 3 du décret sont cités, cf. annexe.",
        "Certains produits, p. ex. le riz, coûtent plus cher, selon le vol. 2 du rapport.",
        "La commune compte env. 3 000 hab. et deux écoles.",
        "Les casques bleus de l'O.N.U. sont arrivés en R.D.C. hier.",
        "Il a hésité… puis il a signé le texte.",
        "Le texte dit que [...] les parties doivent se retirer.",
        "« Quelle surprise ?! » a lancé le maire devant la foule.",
        "Il a crié (quelle audace !) devant le ministre.",
        "Le décret du 3.05.2030 est abrogé depuis lundi.",
        "PORT-BLEU (Radio Fleuve) - Des hommes armés ont attaqué le village de Val Fleuri.",
        "Port-Bleu, 12 mars (AFR).- Le ministre est arrivé au port.",
        "Le bac a chaviré au large. (AFR)",
        "« Nous reviendrons. Nous reconstruirons », a déclaré la maire.",
    ],
)
def test_issue_15_families_end_no_sentence(text: str) -> None:
    assert _cut(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cité fut fondée en 600 av. J.-C. Elle prospéra ensuite.", ["La cité fut fondée en 600 av. J.-C.", "Elle prospéra ensuite."]),
        ("On y vend des poules, des chèvres, etc. Le marché ferme tôt.", ["On y vend des poules, des chèvres, etc.", "Le marché ferme tôt."]),
        ("La commune compte 3 000 hab. La ville voisine en compte plus.", ["La commune compte 3 000 hab.", "La ville voisine en compte plus."]),
        ("La route fait 40 km. Elle a été refaite.", ["La route fait 40 km.", "Elle a été refaite."]),
        ("Le traité lie la R.D.C. et l'O.N.U. Le texte entre en vigueur lundi.",
         ["Le traité lie la R.D.C. et l'O.N.U.", "Le texte entre en vigueur lundi."]),
        ("La séance a repris à 10h30. Les débats ont duré deux heures.", ["La séance a repris à 10h30.", "Les débats ont duré deux heures."]),
        ("Le décret du 3.05.2030 est abrogé. Un autre le remplace.", ["Le décret du 3.05.2030 est abrogé.", "Un autre le remplace."]),
        ("Les objectifs : 1. Réduire la faim. 2. Soigner les enfants.", ["Les objectifs : 1. Réduire la faim.", "2. Soigner les enfants."]),
        ("« Assez ! » Le cortège s'est dispersé.", ["« Assez ! »", "Le cortège s'est dispersé."]),
        ("Le bac a chaviré au large. (AFR)\nLe lendemain, les secours sont arrivés.",
         ["Le bac a chaviré au large. (AFR)", "Le lendemain, les secours sont arrivés."]),
    ],
)
def test_issue_15_families_still_end_a_sentence(text: str, expected: list[str]) -> None:
    assert _cut(text) == expected


def test_headings_and_captions_without_a_full_stop_are_their_own_msgids() -> None:
    page = (
        "Le gouverneur inaugure le nouveau pont de la vallée\n"
        "Félix Roux, gouverneur de la province, a inauguré hier le pont sur le fleuve.\n"
        "Les chiffres clés\n"
        "300 familles déplacées et 12 écoles fermées, selon le dernier bilan de la mairie du port.\n"
    )
    assert _msgids(page) == [
        "Le gouverneur inaugure le nouveau pont de la vallée",
        "Félix Roux, gouverneur de la province, a inauguré hier le pont sur le fleuve.",
        "Les chiffres clés",
        "300 familles déplacées et 12 écoles fermées, selon le dernier bilan de la mairie du port.",
    ]


# --------------------------------------------------------------------------- doubled single quotes, notes, quoted phrases
def test_a_quotation_in_doubled_single_quotes_stays_with_its_attribution() -> None:
    text = "‘’La digue tiendra. Nous veillerons toute la nuit’’, a assuré le maire. Le soir tombe."
    assert _cut(text) == ["‘’La digue tiendra. Nous veillerons toute la nuit’’, a assuré le maire.", "Le soir tombe."]


def test_a_quotation_in_doubled_single_quotes_without_attribution_is_cut() -> None:
    text = "‘’La digue tiendra. Nous veillerons toute la nuit.’’ Le soir tombe."
    assert _cut(text) == ["‘’La digue tiendra.", "Nous veillerons toute la nuit.’’", "Le soir tombe."]


def test_doubled_apostrophes_are_no_quotation() -> None:
    assert _cut("Il parle de l’’affaire du port. Le maire se tait.") == ["Il parle de l’’affaire du port.", "Le maire se tait."]


@pytest.mark.parametrize("note", ["(rires).", "(Rires.)", "(applaudissements) !", "(AFR)."])
def test_a_short_note_closed_by_its_own_sentence_end_goes_with_the_sentence_before(note: str) -> None:
    text = f"Nous avons gagné le match. {note} Le public chante encore."
    assert _cut(text) == [f"Nous avons gagné le match. {note}", "Le public chante encore."]


def test_a_sentence_in_brackets_is_still_its_own_segment() -> None:
    text = "Nous avons gagné le match. (Voir les photos du match ci-dessous.) Le public chante encore."
    assert _cut(text) == ["Nous avons gagné le match.", "(Voir les photos du match ci-dessous.)", "Le public chante encore."]


def test_a_reporting_clause_holding_a_quoted_phrase_introduces_the_quotation() -> None:
    text = "Ils avaient salué un «travail exemplaire» : «C'était trop. (rires). Disons du bon travail.» Le soir tombe."
    assert _cut(text) == ["Ils avaient salué un «travail exemplaire» : «C'était trop. (rires). Disons du bon travail.»", "Le soir tombe."]


# --------------------------------------------------------------------------- segmenter 2.8: labels glued to the text
def _document(text: str):
    return parse_document(text, "page.txt", "text")


@pytest.mark.parametrize(
    "label",
    [
        "Temps de lecture : 2 minutes",
        "Temps de lecture : 4 min",
        "Lecture : 3 minutes",
        "3 min de lecture",
        "Reading time: 5 minutes",
        "0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 640x480",  # an image's file name and its size
        "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
    ],
)
def test_a_label_glued_before_the_first_sentence_is_a_metadata_head(label: str) -> None:
    text = f"{label} Ce jeudi 12 mars au port fictif, le conseil a voté le budget des quais. Il se réunit demain.\n"
    document = _document(text)
    head = metadata_head(document, document.blocks[0])
    assert head is not None and text[:head].strip() == label
    assert _msgids(text) == ["Ce jeudi 12 mars au port fictif, le conseil a voté le budget des quais.", "Il se réunit demain."]
    assert "reading time" in CHROME_HEAD and "image file name" in CHROME_HEAD


def test_an_image_file_name_glued_without_a_space_is_a_metadata_head() -> None:
    text = "0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 640x480Le maire du port fictif a reçu les pêcheurs ce matin.\n"
    assert _msgids(text) == ["Le maire du port fictif a reçu les pêcheurs ce matin."]


@pytest.mark.parametrize(
    "text",
    [
        "Temps de lecture : 2 minutes\n",  # the label alone: a line of chrome, chrome.py's to judge
        "Temps de lecture : 2 minutes Le port rouvre\n",  # before a short heading
        "Lecture des actes du colloque sur les ports fictifs de la vallée.\n",  # no label: a word
        "La lecture dure 3 minutes et les élèves la suivent en classe.\n",
        "Le code 0b1c2d3e est inscrit sur chaque caisse livrée au port fictif.\n",  # no file name
    ],
)
def test_text_without_a_glued_label_has_no_metadata_head(text: str) -> None:
    document = _document(text)
    assert metadata_head(document, document.blocks[0]) is None


def test_an_image_file_name_glued_after_the_last_sentence_is_a_tail() -> None:
    text = "Le maire a salué le retour de la paix et de la stabilité.0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 525x420\n"
    document = _document(text)
    tail = read_more_tail(document, document.blocks[0])
    assert tail is not None and text[tail:].strip() == "0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 525x420"
    assert _msgids(text) == ["Le maire a salué le retour de la paix et de la stabilité."]
    assert "image's file name" in CHROME_TAIL
    # kept chrome: the label is a segment of its own, never glued to the sentence
    kept = segment_document(document, "fr", keep_chrome=True).segments
    assert [s.msgid for s in kept] == ["Le maire a salué le retour de la paix et de la stabilité.", "0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 525x420"]


def test_a_code_after_the_last_sentence_is_no_image_tail() -> None:
    text = "Le maire a reçu le rapport numéro 0b1c2d3e du port fictif. Il le publiera.\n"
    document = _document(text)
    assert read_more_tail(document, document.blocks[0]) is None


# --------------------------------------------------------------------------- segmenter 2.8: a heading run into its lead
def test_a_heading_run_into_its_lead_with_a_space_is_cut() -> None:
    text = (
        "Vallée fictive – Une crue menace trois mille familles du port Les deux prochaines semaines seront "
        "décisives pour les digues, annonce le comité. Il se réunit demain."
    )
    assert _cut(text) == [
        "Vallée fictive – Une crue menace trois mille familles du port",
        "Les deux prochaines semaines seront décisives pour les digues, annonce le comité.",
        "Il se réunit demain.",
    ]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # a title or a name introduced by its noun
        ("Le réalisateur du film Les voiles blanches a présenté son travail aux pêcheurs du port. Il revient en mai.", "du film"),
        ("Les bénévoles de l'association Les amis du port fictif ont nettoyé la plage ce dimanche. Ils reviendront.", "l'association"),
        # a short heading: too few words to tell
        ("Un quai neuf Les travaux commencent lundi au port. Ils dureront un an.", "quai neuf"),
        # the glue after the first sentence end: no heading there
        ("Le comité s'est réuni. Il a parlé du port Les travaux commencent lundi au port. Ils dureront.", "du port"),
        # no sentence end after it: a heading alone, or two
        ("Les pêcheurs du port fictif réclament un nouveau quai Les autorités répondent", "nouveau quai"),
    ],
)
def test_a_capitalised_opener_inside_a_sentence_is_no_heading_glue(text: str, before: str) -> None:
    assert not any(piece.endswith(before) for piece in _cut(text))


def test_a_heading_run_into_its_lead_is_cut_in_french_only() -> None:
    text = "Flood fears grow in the fictional valley as rains go on Les trois prochains jours. It rains."
    assert _cut(text, "en")[0].startswith("Flood fears grow in the fictional valley as rains go on Les")


def test_glued_labels_are_out_of_the_po_and_of_the_release(tmp_path) -> None:
    from reltrans.build import MissingPolicy, build_document
    from reltrans.catalog import read_catalog
    from reltrans.pipeline import TranslateSettings, output_path_for, translate_files

    source = tmp_path / "r.fr.txt"
    source.write_text(
        "Temps de lecture : 2 minutes Ce jeudi au port fictif, le conseil a voté le budget des quais.\n\n"
        "Le maire a salué le retour de la stabilité.0b1c2d3e 4f50 6172 8394 a5b6c7d8e9f0 525x420\n",
        encoding="utf-8",
    )
    translate_files([source], TranslateSettings(no_mt=True))
    po = output_path_for(source, "en", None)
    assert [e.msgid for e in read_catalog(po).live_entries] == [
        "Ce jeudi au port fictif, le conseil a voté le budget des quais.",
        "Le maire a salué le retour de la stabilité.",
    ]
    release = build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE).text
    assert release == "Ce jeudi au port fictif, le conseil a voté le budget des quais.\n\nLe maire a salué le retour de la stabilité.\n"
