"""Sentence segmentation of French and English press releases.

:func:`segment_document` cuts every translatable block of a :class:`~reltrans.model.Document`
into sentences; :func:`split_sentences` does it for one block's text. Segments never start or end
with whitespace, never overlap, and everything between them is skeleton, so
``SegmentedDocument.render()`` always rebuilds the document exactly.

How a block is cut (both languages, rules chosen for UN press releases):

* A sentence ends after ``.``, ``!``, ``?``, ``…`` or ``...`` (plus closing quotes/brackets, also
  with French spacing such as ``. »`` or ``\\u202f?``) when whitespace follows and the next word
  does not start with a lowercase letter.
* A ``.`` after a known abbreviation (``M.``, ``Mme``, ``Dr.``, ``art.``, ``p. ex.``, ``cf.``,
  ``env.``, ``Mr.``, ``e.g.``...), an initial (``J. Smith``) or a dotted acronym (``O.I.M.``,
  ``U.S.``) is not a boundary; ``etc.`` and ``J.-C.`` end a sentence only before an uppercase
  word; a dotted acronym only before a common sentence opener (``Le``, ``Il``, ``The``...).
* A one-letter word after a number is a unit (``à 14 h. Elle``) and may end a sentence; a number
  of up to three digits opening the block or following a sentence end is an enumerator
  (``1. Renforcer ... 2. Améliorer``) and does not.
* Dots inside URLs, e-mail addresses and numbers are never boundaries (no whitespace follows
  them, and URLs/e-mails are protected spans). A lowercase word glued to the next sentence by a
  scraper (``personnes.Le nombre``) is cut after its punctuation.
* Quotations: a « … » (or “ … ”, "...") quotation with its attribution is **one** segment with
  it, however many sentences it holds, wherever the attribution stands: after it (``», a
  déclaré X.``, ``” said X``), inside it after a comma (``« Nous sommes prêts, a déclaré X. Nous
  agirons. »``, ``a-t-il ajouté``, ``selon X``) or before it, closed by a colon (``X a déclaré :
  « … »``; segmenter 1.9: inside and before were cut before). With the attribution inside or
  before, the sentence ends at the quotation's last sentence end. A quotation without one (it
  stands alone, or a title: ``s'intitule « … »``) is cut at its inner sentence ends; the opening «
  stays with the first sentence and the closing » with the last, so no attribution is orphaned.
  ``quote_attribution=False`` (``translate --split-quotes``, ``split_quotes = true`` in
  reltrans.toml, recorded in the PO header as :data:`QUOTES_HEADER_FIELD`) cuts an attributed
  quotation at its inner sentence ends too, in all three cases.
* A short note in brackets that ends its line stays with the sentence before it: a lowercase
  note (``(archives)``), a credit of one to three words (``… au Pakistan. (Reuters)``,
  ``(UNICEF/Holt)``) or a cut mark (``… en 2019. […]``). A credit label at a line end
  (``Photo:`` / ``ONU/Evan Schneider``) is no line-end colon.
* Datelines (``Riyadh - Arabie saoudite - L'OIM ...``, ``LILLE, France, 6 octobre. L'OIM ...``)
  stay part of the first sentence; a heading glued to a dated dateline (``(TOC)6 septembre
  2012 - ...``) is cut before the date.
* Inline lists (``1. A 2. B``, ``1.) A 2.) B``, ``1) A 2) B``, ``• 9. A • 10. B``,
  ``a. A b. B``) are cut before every item after the first, when the marks follow in sequence
  (``article 2.`` is never an item).
* ``!`` / ``?`` closing a dash aside (``— quelle surprise ! — a réuni``) is not a sentence end
  when the text after the dash is lowercase; ``Inc.`` (``Ltd.``, ``Co.``, ``Cie``) before a
  parenthesis is not either; ``a.m.`` / ``p.m.`` end a sentence before a capitalised word
  other than a title; an initial after a slash (``Photo HCR/S. Hopper``) is an initial; a
  sentence glued to a title (``Genève.M. Guterres``) is cut after its punctuation.
* Segmenter 1.6: an abbreviated month in a date (``14 Fév. 2011``, ``le 3 janv. Le``) and ``Ph.``
  before a credit are no boundaries; a dateline with a place in capitals or not, ending with a
  period (``Genève, 25 novembre 2009. Le …``), stays with its sentence; a closing quote standing
  apart (``… abris. ”``, a straight ``"`` that closes an open one, ``»`` on the next line) ends the
  quotation; a date glued to the next sentence (``… 2011Une``, ``12/03/2011L'OIM``), a closing
  guillemet glued to a capital (``»Gérard``), a sentence end glued to an opening quote
  (``février."Quelque``) and a read-more tail ending the block (``… suite de l'article sur RFI``)
  are cut.
* Segmenter 1.7: a read-more tail is cut only after a sentence end (``Vous pouvez lire la suite
  de l'article sur le site.`` is one sentence); ``En savoir plus``, ``Read more`` and a tail with
  its address (``Lire l'intégralité de l'article sur : https://…``) are tails too. A tail is site
  chrome (:func:`read_more_tail`): out of the segments unless chrome is kept, out of the release.
* Segmenter 1.7: hyphenated initials (``J.-P. Leroy``) are initials (a sentence ends after
  them, as after a dotted acronym, only before a sentence opener: ``… des É.-U. Le PAM``); a
  joint credit in brackets ending its line (``… à Mopti. (Radio Sahel avec AFP)``) stays with the
  sentence before it; an acronym ending a sentence glued to the next one (``… au HCR.Le
  comité``) is cut like a glued word, and so are a capitalised word (``… la Norvège.En 2016``),
  a French-spaced ``!`` / ``?`` (``… rouverte !Les``) and a capitalised word or a bracket glued
  to a sentence opener and its space (``… sur le TogoLe fleuve``, ``(FNUAP)Les équipes``).
  A dateline may name its agency in brackets (``TOMBOUCTOU, 8 avril 2019 (MINUSMA). La …``).
  ``S. Exc.`` and ``doc.`` (``Doc. A/66/123``) are abbreviations.
* Segmenter 1.8: a date alone opening the block (``12 MARS 2031. Chassées …``) is a dateline;
  an ellipsis opening the block (``… Selon …``, where an excerpt starts) is no sentence of its
  own; a caption's credit after a dash ending its line (``… sur la côte. — J. Martin / Journal
  du Soir``) stays with the caption; a one-word rubric in capitals opening a heading without a
  sentence end (``VIDÉO. Crues dans le Gard``) and a camel-case site name (``(pressUnie.com)``)
  are not cut; a read-more tail after a period takes its own dots (``… du Congo.`` /
  ``... suite de l'article``); a byline glued to the paragraph it signs (``Jeanne RAVEL Chargée
  depuis mai …``) is cut after the surname.
* Segmenter 1.9: a quotation with its attribution inside or before it is one segment (above); in
  plain text a word broken by a hyphen at a line end (``de-`` / ``mande``) is joined in the
  msgid when the evidence is clear (:func:`reltrans.formats.text.hyphen_breaks`), the text and
  skeleton unchanged. A caption's credit ending its line after a sentence end stays with the
  caption: a credit label and its colon or ``©`` (``… (archives). Crédit : Getty images``,
  ``… Photo: UNHCR/J. Doe``), or a name in capitals, a slash and the agency, a pipe before it
  allowed (``… 2015. DENIS DUPONT / AP``, ``… 2021. | J. DUPONT / REUTERS``); a capital letter
  after a lowercase word, before a sentence opener and a lowercase word, ends a sentence
  (``… sur fond de grippe A. La décision``; ``J. Le Goff``, ``A. La Fontaine`` stay initials).
* Segmenter 2.0: a sentence wrapped over several lines is cut as it is on one line: every rule
  reads a line break as a space except the ones about line ends (a colon ending a line before a
  capitalised one, a note, credit or cut mark ending its line, a closing quote on the next line),
  and those read the line through its wraps (``(Radio`` / ``Sahel avec AFP)`` ends its line); in
  a plain-text paragraph joined from hard-wrapped lines, and in HTML source, every line break is
  a wrap (``soft_breaks``). A reporting clause and its colon ending a line stay with the quotation; a
  line break after a French elided word folds without a space (``l'`` / ``opération``). A
  caption opening with a place and a year (``Allemagne, 1950. Un camp …``) has a dateline; a
  credit label without its colon before an agency and a slash (``… Jean Roux. Photo AFR/T.
  Marchand (archives)``) stays with the caption; ``annexe`` is a word (``… en annexe. Le``);
  ``Gén.``, ``Cne``, ``Adj.`` are titles; ``env.`` and weekday abbreviations (``lun.``) hold only
  before a number; a heading glued to a date in figures (``(RCS)13/03/2031 - …``) or to a
  dateline's place in capitals (``… au SahelPORT-BLEU, 13 mars``) is cut.
* Segmenter 2.2: a quotation opened after words of its sentence (a letter, digit, comma or
  apostrophe before the mark) and closed just before the sentence end (``celles-ci font "face à
  … Il faut agir".``) is one segment with its sentence, straight quotes, « » and “ ” alike, when
  it is at most :data:`_INLINE_QUOTE_REACH` characters long; ``quote_attribution=False`` cuts
  it. A stray straight quote glued after a final period before a space (``…", a-t-il déclaré."
  Selon …``, an odd number of them) ends that sentence and pairs with no other mark, and so
  does an opening one never closed before the next opening one (``Il parle de "crise. Le PAM
  évoque la "famine".``). A sentence
  end after a hyphenated word glued to the next sentence or to a title (``en
  Grande-Bretagne.Cet homme``, ``à Port-Bleu.MM. Roux``) is cut like any glued one. More
  sentence openers end a dotted acronym's sentence (``… the U.K. Then she``, ``… des É.-U.
  Puis``), but not as part of a compound (``the U.S. Then-President``).
* Segmenter 2.3: a sentence end glued to a one-letter opener and its space (``… au Palais de
  la République.A l'entame``, ``… avril 2022.A l'entame``) is cut like any glued one. Credits
  stay with their caption or sentence: a labelled one in brackets ending the line (``… à
  Genève. (Photo: HCR)``), the writer's initials and agency signing the last sentence (``… chez
  eux. R. I./Agences``) and a photo credit with its slash glued before its caption by the
  scraper (``© J. Roux/Ministère de la MerLa présidente …``: no glue cut inside it).
* Segmenter 2.5: a sentence end after a closing bracket or quotation mark glued to the next
  sentence by a scraper (``… l'enfance (Unicef).Par voie``, ``… agir ».Le convoi``, ``…
  (Oxfam).M. Roux``; also ``… etc.Les convois``) is cut; a
  caption's credit closed by its own period (``… des enfants. Photo: UNICEF France.``, names
  only) stays with the caption; a short note or credit in brackets after a sentence end at a line
  end (``… avec la radio. (REUTERS)``) ends the line's sentence, so a hard-wrapped paragraph is
  not joined to the next line over it (:func:`credit_at_end`); a quotation opening its sentence
  and followed by a colon and a lowercase word (``« … » : c'est par ces mots que …``) is one
  segment with the sentence it opens. A figure glued to the next sentence (``… du COVID-19.Les``,
  ``… de 18,4 %.Le``, ``… 300 km².Les``, ``… 2031-2035.Trois``) is cut; a date ending a caption's
  line after its sentence (``… à Washington. Novembre 2031``) stays with it.
* Segmenter 2.6: a news agency's reporting credit in brackets ending the line after its last
  sentence (``… disparus. (Reportage de X, version française Y)``, ``(Reporting by X; Editing by
  Y)``) stays with it like a short credit; a note or credit ending its line also ends the
  sentence there when the next line of the block opens with a capital (``… (Reuters)`` / ``Le
  lendemain``); ``?`` or ``!`` alone in brackets (``[?]``, a cut mark the page's encoding garbled,
  ``(!)``) ends no sentence, as ``[…]`` ends none; a line that is only web or e-mail addresses
  after another one (a list of links, one a line) is a segment of its own (:data:`ADDRESS_LINE`).
* Segmenter 2.7 (scraped French pages): a reporting clause may stand up to
  :data:`_REPORTING_REACH` characters before the colon that opens its quotation (``… a confirmé
  que la saison sera longue en demandant aux habitants du port de rester prudents : « … »``),
  a title's period inside it allowed (``a dit M. Roux :``); a dateline in brackets (``(Port-Bleu,
  12 mars 2030). Le …``) or a place in capitals with its agency (``PORT-BLEU (Radio Fleuve). Trois …``)
  stays with its sentence; a quotation's attribution after a dash ending its line (``… chaque jour.
  - Jeanne Roux, responsable du chantier.``: a first name and a surname, or a name and its role)
  stays with the quotation; ``Sté``, ``Lt-Col``, ``Capt`` are titles, ``fax.`` holds before a number,
  and a first name with the initial of the second (``Marc-A. Lenoir``, ``Marie-Th. Koné``) is an
  initial; a sentence end glued to an elided capital (``… de la vallée.L’annonce``) is cut; a verb
  and its inverted subject after a closed quotation and its period (``« … avant l'hiver ».
  Précise-t-il M. Roux.``) is the quotation's attribution, unless it asks a question (``Faut-il …
  ?``). In hard-wrapped plain text, a heading ending with a bracket (``… dans la vallée (12 mars
  2030)``) before a paragraph opening with a title and a name (``M. Paul Roux, …``) is a line of its
  own (:mod:`reltrans.formats.text`).
  A place (one to three capitalised words) as the rubric of a heading of five words or more
  without a sentence end (``Val Fleuri. Les pêcheurs réclament un nouveau quai (Agence fluviale)``,
  ``Port-Bleu. Les autorités doivent libérer …``) stays with it, as a rubric in capitals does; a caption's
  credit with several slashes (``AFR/PHOTO FLEUVE/J. ROUX``), after a note in brackets (``…
  sur la plage. (Photo d'illustration) AFR/J. ROUX``), or an agency alone in capitals ending the line
  (``… paraît lent.» AFP``, ``… au port. AFP``) stays with the caption.
  More reporting verbs of the press (``écrit``, ``dénoncé``, ``salué``, ``renchérit``, ``tweeté``, ``intervenu`` …;
  no noun such as ``demande`` or ``note``) attribute a quotation.
  A quotation in doubled single quotes (``‘’… assurée’’, a ajouté X``) is attributed as one in « »;
  a reporting clause may hold a short quoted phrase (``Ils avaient dit «du bon travail» : «…»``); a
  short note closed by its own sentence end (``… trop fort. (rires). Disons …``, ``(Rires.)``,
  ``(AFR).``) goes with the sentence before it.
* Segmenter 2.8 (scraped French pages): a reading-time label (``Temps de lecture : 2 minutes``,
  ``3 min de lecture``, ``Reading time: 4 minutes``) or an image's file name (a UUID and the
  picture's size, :data:`IMAGE_LABEL`: ``87a6… 696x464``) glued before the first sentence is a
  metadata head, and an image's file name glued after the last sentence (``… de la
  stabilité.309f… 525x420``) a tail: site chrome, out of the segments and of the release
  (:func:`metadata_head`, :func:`read_more_tail`). A heading without a sentence end that the
  scraper ran into the lead with a space (``… menace 18 millions de personnes Les trois prochains
  mois seront …``: a lowercase word, a capitalised opener and a lowercase word) is cut, in the
  block's first sentence only, after a heading of six words or more, before a lead that ends a
  sentence, and not after a noun that introduces a name or a title (``le film Les visiteurs``,
  ``l'association Les amis du port``). In plain text, a sentence goes on over a blank line after a
  word that cannot end it (:mod:`reltrans.formats.text`: ``… se tiendra du 19 au`` / (blank) /
  ``21 septembre à Genève.``).
  Quotation policy, examined again and kept: under the default policy a quotation is one segment
  only with its attribution; a stand-alone « … » paragraph of several sentences without one is cut
  at its inner sentence ends (``--split-quotes`` changes nothing there), and so is a quotation
  going on after an attributed one in its paragraph (``…, a déclaré X. « … . … »``). The
  collectors' gold is not uniform: of the stand-alone quotation paragraphs of the open tuning
  pages it keeps one whole (its attribution on the next line, a layout another gold cuts) and cuts
  the others; keeping them whole scored 20 errors against 7 on the six tuning splits.
* Segmenter 2.8 (d32a): a section number opening its line
  (``1.2. Visites``, ``II.3. AU TITRE``, ``III. Suites``) is no sentence; a photographer and agency
  around a spaced slash in brackets (``(PAUL MARTIN / AGENCE SUD)``) is a short credit; a noun of
  speech (``déclaration``, ``propos``, ``paroles``) opens a reporting clause before a colon; a
  numbered heading of three words or more in capitals run into its first sentence on one line
  (``II.2. AU TITRE DU MINISTERE DES SPORTS Le conseil …``) is cut before the sentence.
* Segmenter 2.9: an ellipsis before what goes on with its sentence, on the same line, is no
  sentence end: a number (``… à… 20 mètres.``; not a list item ``… 2. Renforcer`` nor a date in
  figures ``… 18.02.2031, Radio Fleuve``), a quotation opening in lowercase (``… « c'est trop tard
  »``) or one without a sentence end of its own that runs on into a lowercase word or a comma
  (``… la salle… « Nous voulons des digues » répètent les élus.``). A capitalised word after it
  still opens a new sentence (``… ont baissé… Trois familles``), as a lowercase one never does.
* Headings and list items without final punctuation are one segment (they are one block).
* A scraped heading glued to the next sentence (``Qui sommes nousL'Organisation``,
  ``Notre travailEn tant que``) is cut at the glue point: an all-lowercase word of two letters or
  more directly followed by a capitalised word, or any word directly followed by an elided
  capital article (``L'``, ``D'``...). Camel-case names (``McDonald``, ``iPhone``, ``eBay``,
  ``NCCHT``, ``COVID-19``) are not cut.

Languages: ``fr`` uses the French abbreviation list, every other language the English one.
Everything runs in time linear in the text (a 10 MB paragraph is fine): no pattern here can
backtrack over more than a bounded window.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

import regex

from reltrans.model import Block, Document, Segment, SegmentedDocument

SEGMENTER_VERSION = "2.9"
"""Changes whenever a rule change may cut the same text differently (recorded in PO headers)."""

QUOTES_HEADER_FIELD = "X-Reltrans-Quotes"
"""The PO header field ``translate`` writes (value ``split``) when it cut quotations at their inner
sentence ends (``quote_attribution=False``: ``--split-quotes``, ``split_quotes = true``), so that
``build`` segments the source the same way. Absent: the default, a quotation with its attribution
is one segment."""

_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_WS_RUN = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line numbering of reltrans.formats


def normalize_msgid(text: str) -> str:
    """Fold every whitespace run that contains a line break into one space (a pure function).

    Runs without a line break (including NBSP and U+202F) are kept as they are. A line that
    ends with a letter and ``-`` and is followed by a letter is folded without a space
    (``PNUD-`` / ``OCHA`` is ``PNUD-OCHA``): a hard wrap after the hyphen of a compound word. So
    is (segmenter 2.0) a line ending with a French elided word before a letter or an opening
    quote (``l'`` / ``opération`` is ``l'opération``, ``d'`` / ``« urgence »`` is ``d'« urgence
    »``): a hard wrap after the apostrophe.
    """
    if _BREAK.search(text) is None:
        return text
    return _WS_RUN.sub(_fold, text)


def join_broken_words(text: str, hyphens: tuple[int, ...]) -> str:
    """``text`` with each hyphen at the offsets ``hyphens`` removed with the line break after it
    (``de-`` / ``mande`` is ``demande``): words a hard wrap broke, as judged by
    :func:`reltrans.formats.text.hyphen_breaks`. Other text is unchanged (a pure function)."""
    if not hyphens:
        return text
    pieces: list[str] = []
    cursor = 0
    for offset in sorted(hyphens):
        if offset < cursor or offset >= len(text) or text[offset] != "-":
            continue
        after = offset + 1
        while after < len(text) and text[after].isspace():
            after += 1
        pieces.append(text[cursor:offset])
        cursor = after
    pieces.append(text[cursor:])
    return "".join(pieces)


# "l'" / "jusqu'" / "aujourd'" before a line break: an elided word, which is written against the next one.
ELISION_AT_END = regex.compile(r"(?<![\p{L}\p{M}])(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[pP]resqu|[aA]ujourd)['’]$")
"""A French elided word ending the text (``l'``, ``d’``, ``qu'``, ``jusqu'``): it cannot end a
sentence, and a line break after it stands for no space (``l'`` / ``opération`` is
``l'opération``)."""


def _fold(match: re.Match[str]) -> str:
    run = match.group()
    if not _BREAK.search(run):
        return run
    text, start, end = match.string, match.start(), match.end()
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and end < len(text) and text[end].isalpha():
        return ""
    if (
        start >= 2 and text[start - 1] in "'’" and end < len(text) and (text[end].isalpha() or text[end] in "«“")
        and ELISION_AT_END.search(text, max(0, start - 8), start)
    ):
        return ""  # "l'" / "opération", "d'" / "« urgence »": an elided word, hard-wrapped
    return " "


# --------------------------------------------------------------------------- language rules
@dataclass(frozen=True)
class _Rules:
    always: frozenset[str]  # abbreviations never ending a sentence, compared as written
    always_ci: frozenset[str]  # the same, compared in lowercase
    before_number: frozenset[str]  # not a sentence end when a digit follows (``No. 5``, ``sept. 2020``)
    final_ok: frozenset[str]  # lowercase; end a sentence only before an uppercase word (``etc.``)
    starters: frozenset[str]  # words that open a sentence after a dotted acronym


_FR = _Rules(
    always=frozenset(
        "M MM Mme Mmes Mlle Mlles Dr Drs Pr Prs Me Mgr Mgrs St Ste Sts Stes Cie Ets Vve Gal Cdt Col "
        "Lt Sgt Prof Hon Ph Exc Gén Cne Adj "
        # 2.7: "la Sté. Générale", "le Lt-Col. Diallo", "le Capt. Sow": a company, ranks
        "Sté Stés Lt-Col Lt-col Lieut Capt Cpt Cmdt Insp Adjt".split()
    ),
    always_ci=frozenset(
        "art arts cf éd éds vol vols chap p pp ann n no nos ex av apr fig tél tel coll dir "
        "cit op ibid suiv sq sqq janv févr avr juil juill déc vs resp boul bd éq trad réf sect al "
        "paragr approx ca c.-à-d p.ex i.e e.g réf cap éd. doc docs lt-col lieut-col".split()
    ),
    # "env. 3 millions", "le lun. 3 mars": before a number; "… 3 € env. Le reste": a sentence end
    before_number=frozenset("sept oct nov min max No Art Vol chap N° n° Nº nº env lun mar jeu ven sam dim fax Fax".split()),
    final_ok=frozenset(["etc", "j.-c", "cie", "inc", "ltd", "corp", "env"]),
    starters=frozenset(
        "Il Elle Ils Elles Le La Les L Un Une Des Ce Cette Ces Cet C D En Dans Nous On Selon Depuis "
        "Par Pour Au Aux Du De Mais Cependant Toutefois Ainsi Avec Lors Après Avant Son Sa Ses Leur "
        "Leurs Cela Ceci Qu Si Puis Enfin Aujourd Hier Demain Plusieurs Certains Certaines Chaque Tous "
        "Toutes Désormais Pourtant Néanmoins".split()
    ),
)

_EN = _Rules(
    always=frozenset(
        "Mr Mrs Ms Mx Dr Drs Prof Sr Jr St Rev Hon Gen Lt Col Sgt Capt Cmdr Adm Gov Sen Rep Pres Amb "
        "Messrs Mmes Mt Ft Gen Maj Brig".split()
    ),
    always_ci=frozenset("e.g i.e cf vs viz approx al fig figs p pp vol vols ch sec ed eds ca est doc docs".split()),
    before_number=frozenset(
        "No Nos no nos Art art Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Para para Rev N° n° Nº nº "
        "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split()
    ),
    final_ok=frozenset(["etc", "inc", "ltd", "co", "corp", "bros"]),
    starters=frozenset(
        "The A An It He She They We I You This That These Those In On At But However According Since "
        "For As Its Their Our His Her There Some Many Most What When Where Who Why How If After "
        "Before During While Each All No Both Today Yesterday Tomorrow Meanwhile Also Then Now Later "
        "Earlier Next Last Thus Still Several Further Instead Every".split()
    ),
)


TITLE_ABBREVIATIONS: frozenset[str] = _FR.always | _EN.always
"""Abbreviations that are never a sentence end in either language (``M.``, ``Mme``, ``Dr.``): a
hard-wrapped line ending with one continues on the next line."""


def _rules(lang: str) -> _Rules:
    return _FR if lang.lower().replace("-", "_").split("_")[0] == "fr" else _EN


# --------------------------------------------------------------------------- patterns
_CLOSERS = "»›”’\"')]}"
_OPENERS = "«‹“‘\"'([{¿¡–—-•*"
# Sentence-final punctuation, then closing quotes/brackets (French spacing allowed before » ›).
_CANDIDATE = regex.compile(
    r"[.!?…‼⁇⁈⁉]+(?:[ \u00a0\u202f\u2009]*[»›]|[”’\"')\]}])*(?=\s)"
)
# "au SahelLe PAM", "(PAM)Le Programme": a capitalised word or a bracket glued to an opener and
# its space ("ReliefWeb", "MacArthur", "LinkedIn" end with no opener, so they are not cut).
_GLUED_OPENER = r"(?=(?:Le|La|Les|Un|Une|Des|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|Selon|The)[ \u00a0]\p{L})"
_GLUE = regex.compile(
    r"(?:(?<![\p{L}\p{M}\p{N}_@#/.\\&=~+-])"
    r"(?:\p{Ll}{2,}(?=\p{Lu}(?:\p{Ll}|['’]\p{L}))(?![\p{L}\p{N}-]+\.\p{Ll}{2,4}\b)"  # not "allAfrica.com"
    r"|\p{L}\p{Ll}+(?=(?:[LDJNSCM]|Qu)['’]\p{L})"
    rf"|\p{{L}}\p{{Ll}}+{_GLUED_OPENER})"
    rf"|(?<=\p{{L}}{{2}}\)){_GLUED_OPENER})"  # not "(1)Le", "a)Le": an item mark
)
# 2.3: "République.A l'entame", "2022.A l'entame": a one-letter opener ("A", "À") and its space.
_GLUED_ONE_LETTER = r"[AÀ][ \u00a0]\p{Ll}"
# "personnes.Le nombre": a sentence end glued to the next sentence by a scraper.
# "au PAM.Le jury": an acronym in capitals glued the same way.
# "Japon.En 2015", "arrivé !Les familles": a capitalised word, or a French space before ! or ?.
_GLUED_STOP = regex.compile(
    r"(?:(?<![\p{L}\p{M}\p{N}_@#/.\\&=~+-])|(?<=(?<![\p{L}\p{M}\p{N}_@#/.\\&=~+-])(?:\p{L}{1,20}-){1,3}))"  # 2.2: "Grande-Bretagne.Cet"
    # 2.7: also before an elided capital ("… de la vallée.L’annonce a été faite")
    r"(\p{Lu}?\p{Ll}{2,}|\p{Lu}{2,8})(?:[.…]|[ \u00a0\u202f]?[!?])(?=\p{Lu}\p{Ll}|[LDJNSCM]['’]\p{L}|" + _GLUED_ONE_LETTER + ")"
    r"(?!(?:Com|Net|Org|Info|Fr)\b)"  # a site name written in capitals: "Source : Abamako.Com"
)
# 2.5: "… pour l'enfance (Unicef).Par voie de …", "… agir ».Le convoi", "… (OCHA).Les": a sentence end
# after a closing bracket or quotation mark, glued to a capitalised word by a scraper. A bracket or
# mark closes no abbreviation, initial, number or domain name ("(ONU).org" has no capital after it).
_GLUED_AFTER_CLOSER = regex.compile(
    r"(?<=[\p{L}\p{N}.!?…][ \u00a0\u202f]?)([)\]»”\"])(?:[.…]|[ \u00a0\u202f]?[!?])"
    r"(?=\p{Lu}\p{Ll}|" + _GLUED_ONE_LETTER + r"|(?P<title>\p{Lu}\p{L}{0,3})\.[ \u00a0])"  # "(Unicef).M. Roux": a title
    r"(?!(?:Com|Net|Org|Info|Fr)\b)"  # a site name written with capitals: "(Onu).Org"
)
# 2.5: "… touchés par le COVID-19.Les écoles", "… de 18,4 %.Le Mali", "… 300 km².Les", "… 2021-2025.Les":
# a figure that is a code (letters and digits), a range, a percentage or a unit, glued to the next
# sentence ("1.Introduction", "3.5", "v2.Le", "radio24.Info" are left alone).
_GLUED_FIGURE = regex.compile(
    r"(?:(?<=(?<![\p{L}\p{N}_@#/.\\&=~+-])\p{L}{1,12}-?\p{N}{1,4})|(?<=(?<![\p{N}.,/-])\p{N}{2,4}[-–]\p{N}{2,4})"
    r"|(?<=\p{N}[ \u00a0\u202f]?[%‰])|(?<=\p{N}[ \u00a0\u202f]?\p{L}{1,3}[²³]))"
    r"[.!?](?=\p{Lu}\p{Ll}+[ \u00a0,])(?!(?:Com|Net|Org|Info|Fr)\b)"
)
# "bought 1,000.That is": a number of two digits or more glued to the next sentence.
_GLUED_NUMBER = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@#/.,\\&=~+-])(?:\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d{2,})[.!?](?=\p{Lu}\p{Ll}|" + _GLUED_ONE_LETTER + ")")
# "veuillez contacter :" at the end of a line, then a capitalised line (a contact block or a
# list written as a Markdown paragraph): the line break ends the segment.
_LINE_END_COLON = regex.compile(r"[:：][ \t\u00a0\u202f]*(?=(?:\r\n?|\n)[ \t]*[\p{Lu}\p{N}«“])")  # CR-only too
_CREDIT_LABEL = regex.compile(r"(?:^|\s)(?:Photos?|Crédits?(?: photo)?|Credits?|Source)[ \t\u00a0\u202f]*$", regex.IGNORECASE)
_URL = regex.compile(r"(?:https?://|ftp://|www\.)[^\s<>«»\"“”]+", regex.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»›’'\"…"
# An e-mail address is found from its "@" (so the scan stays linear), then its local part.
_EMAIL_DOMAIN = regex.compile(r"@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")
_EMAIL_LOCAL = regex.compile(r"[\p{L}\p{N}._%+-]+$")
_ACRONYM = regex.compile(r"(?:\p{L}{1,2}\.-?)+\p{L}{1,2}")  # "O.I.M", "U.S", and hyphenated initials "J.-P", "É.-U"
_ELISION = regex.compile(r"(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’](?=\p{L})")
_FIRST_WORD = regex.compile(r"\p{L}+")
_MAX_TOKEN = 40
_COMPANY_SUFFIXES = frozenset(["inc", "ltd", "corp", "co", "cie", "bros"])
_TIMES_OF_DAY = frozenset(["a.m", "p.m"])
# "Genève.M. Guterres": a sentence end glued to a title abbreviation (checked against the rules).
_GLUED_TITLE = regex.compile(
    r"(?:(?<![\p{L}\p{M}\p{N}_@#/.\\&=~+-])|(?<=(?<![\p{L}\p{M}\p{N}_@#/.\\&=~+-])(?:\p{L}{1,20}-){1,3}))"  # 2.2: "Port-Bleu.MM. Roux"
    r"\p{L}\p{Ll}+[.!?…](?=(\p{Lu}\p{L}{0,3})\.\s)"
)
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|January|February|March|April|May|June|July|August|September|October|"
    "November|December"
)
# Abbreviated months (compared in lowercase): "14 Fév. 2011", "3 janv.", "déc.", "Feb. 3".
MONTH_ABBREVIATIONS = frozenset(
    "janv jan fév fev févr fevr avr juil juill sept sep oct nov déc dec feb mar apr jun jul aug".split()
)
_MONTH_ABBREVIATED = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
ANY_MONTH = rf"(?:{_MONTHS}|(?:{_MONTH_ABBREVIATED})\.?)"
"""A month written out or abbreviated (match it case-insensitively)."""
# "… 2011Une délégation", "12/03/2011L'OIM …": a date glued by a scraper to the next sentence.
_GLUED_AFTER_DATE = regex.compile(
    r"(?<![\p{L}\p{N}/.,-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|(?:19|20)\d{2})"
    r"(?=\p{Lu}\p{Ll}|(?:[LDJNSCM]|Qu)['’]\p{L})"
)
# "« … de l'État »Gérard Girard", "… février.\"Quelque", "… février.«Quelque": sentences glued at a quotation mark.
# A straight quote with a space after it (2.2: "… a-t-il déclaré.\" Selon …") is one only when it opens a pair.
_GLUED_QUOTE = regex.compile(r"[»”](?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}[.!?])([«“\"])(?=[ \u00a0\u202f]?\p{Lu}\p{Ll})")
# 2.8: an image's file name left by the scraper where the picture stood: a UUID (its dashes often
# turned into spaces) and the picture's size ("87a605f7 2d90 47d8 92d9 9d81d19eb254 696x464").
IMAGE_LABEL = r"(?i:[0-9a-f]{8}(?:[ \u00a0_-][0-9a-f]{4}){3}[ \u00a0_-][0-9a-f]{12})(?:[ \u00a0_-]*\d{2,4}[x×]\d{2,4})?"
"""An image's file name glued to the text by a scraper: a UUID and, often, the picture's size."""
# "… par centaine.... suite de l'article sur RFI": a read-more link glued at the end of a paragraph.
# Only after a sentence end (or alone): "Vous pouvez lire la suite de l'article" is a sentence.
_READ_MORE_TAIL = regex.compile(
    r"(?:^|(?<=[.!?…»”\"]\s{0,20}))\s*("
    r"(?:(?<=\p{L}[ \u00a0]?\.[ \u00a0]?)(?:\.{3}|…)[ \u00a0]*)?"  # "… du Congo.... suite de", 2.3: "… Congo . ... suite de": the link's own dots
    r"(?:[Ll]ire la suite|[Ss]uite de l['’]article|[Ll]ire l['’]article|[Ll]ire l['’]int[ée]gralit[ée])\b[^.!?\n]{0,60}"
    r"(?:https?://[^\s<>\"]{1,300})?[.…>»]*"
    # 2.3: "Pour lire en entier : https://…": nothing but the address after it
    r"|(?:[Pp]our[ \u00a0])?[Ll]ire en entier[ \u00a0]*:?[ \u00a0]*(?:https?://[^\s<>\"]{1,300})?[…>»]*"
    r"|(?:En savoir plus|Read more|Continue reading|Article original)(?:\s+(?:sur|about|on)\s[^.!?\n]{1,40})?\s*[…>»]*"
    r"|" + IMAGE_LABEL + r"[ \u00a0]*"  # 2.8: "… de la stabilité.309f57e1 8507 4f04 a3c5 a14c89c00e9c 525x420"
    r")\Z"
)
_READ_MORE_WINDOW = 420  # a read-more tail is short (a URL at most): search only the end of the text (bounded time)


def _read_more_tail(text: str) -> regex.Match[str] | None:
    """The "Lire la suite de l'article ..." tail that ends ``text``, if any."""
    end = len(text.rstrip())
    return _READ_MORE_TAIL.search(text, max(0, end - _READ_MORE_WINDOW), end)


CHROME_TAIL = "read-more tail: a link to the rest of the article, or an image's file name, glued after the last sentence"
"""The reason ``reltrans segment`` shows for a read-more tail left out of the PO."""


def read_more_tail(doc: Document, block: Block) -> int | None:
    """Where the read-more tail that ends ``block`` after its last sentence starts (``… par
    centaine.... suite de l'article sur RFI``), as an offset into ``doc.text``; None when it has
    none. Such a tail is site chrome (in the line-oriented formats whose chrome is judged, plain
    text and Markdown without inline markup): :func:`segment_document` leaves it out of the
    segments unless asked to keep chrome, and ``build`` leaves it out of the release."""
    if block.chrome or block.inline is not None or not block.translatable or doc.format not in ("text", "markdown"):
        return None
    tail = _read_more_tail(doc.text[block.start : block.end])
    if tail is None or tail.start(1) == 0:
        return None
    return block.start + tail.start(1)


_S = r"[ \u00a0]"
# "date 12 mars 2019 Port-Bleu – …", "Date de publication : 12/03/2019Genève – …": a stored page's
# date label glued by the scraper to the opening of the release (a date, or a colon, after it).
_METADATA_HEAD = regex.compile(
    rf"(?i:dates?|dates?{_S}+de{_S}+(?:la{_S}+)?(?:publication|parution|mise{_S}+en{_S}+ligne|mise{_S}+[àa]{_S}+jour)"
    rf"|publi[ée]{_S}+le|mis{_S}+[àa]{_S}+jour{_S}+le)"
    rf"(?:{_S}*:{_S}*(?P<date>)|{_S}*:?{_S}*)"
    rf"(?P<when>(?:le{_S}+)?(?:\d{{1,2}}(?:er)?{_S}+(?i:{ANY_MONTH}){_S}+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{2}}(?:-\d{{2}})?)(?:{_S}*(?:[-–,]|à)?{_S}*\d{{1,2}}{_S}*[:h]{_S}*\d{{2}})?)?"
    rf"{_S}*(?=\p{{Lu}}|[LDJNSCM]['’]\p{{L}}|[«“\"]{_S}*\p{{Lu}})"  # chrome 10: a quotation may open the release
)
_HEAD_BODY_WORDS = 4  # what follows a glued date label is the release's opening (a title, a sentence): a few words
# chrome 13: " date 2020-03 11 mars 2020", "date 2021-06 Notre vision": the store's crawl date (lowercase
# "date", a year and month) glued before the page's first line is chrome whatever follows it, a short
# heading or the release's own date (a label after it makes the whole line chrome: reltrans.formats.chrome)
_CRAWL_DATE_HEAD = regex.compile(rf"{_S}*date{_S}+\d{{4}}-\d{{2}}{_S}+(?=[\p{{L}}\p{{N}}«“\"])")


# 2.8: a reading-time label ("Temps de lecture : 2 minutes", "Lecture : 3 min", "3 min de lecture",
# "Reading time: 4 minutes", "5 min read") or an image's file name (IMAGE_LABEL) glued before the
# release's first sentence.
_LABEL_HEAD = regex.compile(
    rf"{_S}*(?:(?i:(?:temps{_S}+de{_S}+)?lecture|reading{_S}+time){_S}*:?{_S}*\d{{1,3}}{_S}*(?i:minutes?|mins?|mn)\.?"
    rf"|\d{{1,3}}{_S}*(?i:minutes?|mins?|mn){_S}+(?i:de{_S}+lecture|read)|{IMAGE_LABEL})"
    rf"{_S}*(?=\p{{Lu}}|[LDJNSCM]['’]\p{{L}}|[«“\"]{_S}*\p{{Lu}})"
)


def _metadata_head(text: str) -> int | None:
    """Where the release starts after a date label glued before it (``date 12 mars 2019 Port-Bleu
    – …``, ``date 2022-06 La malnutrition …``): an offset into ``text``; None when ``text`` does
    not open with one, or when fewer than five words follow it."""
    crawl = _CRAWL_DATE_HEAD.match(text)
    if crawl is not None:
        return crawl.end()
    label = _LABEL_HEAD.match(text)
    if label is not None:
        # "Temps de lecture : 2 minutes" alone, or before a short heading, is a label line (chrome.py)
        return label.end() if len(text[label.end() :].split(None, _HEAD_BODY_WORDS)) > _HEAD_BODY_WORDS else None
    match = _METADATA_HEAD.match(text)
    if match is None or (match.group("when") is None and match.group("date") is None):
        return None  # "Date limite des inscriptions …": a date label needs a date or a colon
    rest = text[match.end() :]
    if len(rest.split(None, _HEAD_BODY_WORDS)) <= _HEAD_BODY_WORDS:
        return None  # "date 2022-06 Communiqué": a label after the date (chrome as a whole line)
    return match.end()


CHROME_HEAD = "metadata head: a stored page's date label (or reading time, or image file name) glued before the release's first sentence"
"""The reason ``reltrans segment`` shows for a date label glued before a block's first sentence."""


def metadata_head(doc: Document, block: Block) -> int | None:
    """Where the release's text starts after a date label that opens ``block`` (``date 12 mars
    2019 Port-Bleu – …``, ``Date de publication : 12/03/2019Genève – …``), as an offset into
    ``doc.text``; None when it has none. Like a read-more tail (:func:`read_more_tail`), such a
    label is site chrome in plain text and Markdown without inline markup: left out of the
    segments unless asked to keep chrome, and out of the release."""
    if block.chrome or block.inline is not None or not block.translatable or doc.format not in ("text", "markdown"):
        return None
    head = _metadata_head(doc.text[block.start : block.end])
    return None if head is None else block.start + head


# "(TOC)6 septembre 2012 - ...": a heading glued to the date that opens the dateline; also a date
# in figures ("(TOC)13/03/2031 - …") or a dateline's place in capitals ("… au SahelPORT-BLEU, 13 mars").
_GLUED_DATE = regex.compile(
    rf"(?<=[\p{{L}})\]»”])(?=\d{{1,2}}(?:er)?[ \u00a0]+(?i:{_MONTHS})[ \u00a0]+\d{{4}}\b)"
    r"|(?<=[\p{Ll})\]»”])(?=\d{1,2}[./]\d{1,2}[./]\d{4}[ \u00a0]+[-–—])"
    rf"|(?<=\p{{Ll}}{{2}}|[)\]»”])(?=\p{{Lu}}{{2}}[\p{{Lu}}'’-]*(?:[ \u00a0]\p{{Lu}}{{2}}[\p{{Lu}}'’-]*){{0,2}},"
    rf"(?:[ \u00a0]+le)?[ \u00a0]+\d{{1,2}}(?:er)?[ \u00a0]+(?i:{_MONTHS})\b)"
)
# "LILLE, France, 6 octobre." / "GENÈVE, 12 mars 2024." at the start of a block: a dateline.
# "Genève, le 25 novembre 2009." and "PARIS, 14 Fév. 2011" too (a place in capitals or not).
# A place: capitalised words, a few lowercase links ("Port-au-Prince", "Rio de Janeiro", "Genève/ Kiev").
PLACE = (
    r"\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:(?:[ \u00a0](?:(?:de|du|des|la|le|sur|en|el|al|d['’])[ \u00a0])?"
    r"|[ \u00a0]*/[ \u00a0]*)\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}"
)
_DATELINE = regex.compile(
    rf"\s*{PLACE},(?:[ \u00a0][^,.!?\n]{{1,40}},)?(?:(?:[ \u00a0]+le)?[ \u00a0]+"
    rf"\d{{1,2}}(?:er)?[ \u00a0]+(?i:{ANY_MONTH})(?:[ \u00a0]+\d{{4}})?"
    r"|[ \u00a0]+(?:1[89]|20)\d{2})"  # a caption's place and year: "Allemagne, 1950. Un camp …"
    r"(?:[ \u00a0]*\([\p{Lu}][^()\n]{0,30}\))?"  # the agency: "GENÈVE, 3 mars 2015 (IRIN). Le …"
)
# "19 JUIN 2013. Fuyant …", "Le 3 mai 2031. La …": a date alone opening the block is a dateline too.
_DATE_DATELINE = regex.compile(
    rf"\s*(?:[Ll]e[ \u00a0]+)?\d{{1,2}}(?:er)?[ \u00a0]+(?i:{_MONTHS})[ \u00a0]+\d{{4}}"
)
# 2.7: "(Port-Bleu, 12 mars 2030). Le …", "(Val Fleuri, le 3 mars). Le …": a dateline in brackets;
# "PORT-BLEU (Radio Fleuve). Trois …": a place in capitals and its agency in brackets.
_BRACKET_DATELINE = regex.compile(
    rf"\s*\({PLACE},(?:[ \u00a0]+le)?[ \u00a0]+\d{{1,2}}(?:er)?[ \u00a0]+(?i:{ANY_MONTH})(?:[ \u00a0]+\d{{4}})?\)"
    r"|\s*\p{Lu}{2}[\p{Lu}\p{M}'’-]*(?:[ \u00a0]\p{Lu}{2}[\p{Lu}\p{M}'’-]*){0,2}[ \u00a0]*\(\p{Lu}[^()\n]{0,30}\)"
)
# "… à la suite des inondations. — J. Martin / Journal du Soir": a caption's credit after a dash,
# with the slash of a photo credit, ending its line.
# "… (archives). Crédit : Getty images", "… le 9 septembre 2015. DENIS DUPONT / AP", "… 2021. | X / REUTERS":
# a caption's credit ending its line: a credit label and its colon (or ©), or a name in capitals, a
# slash and the agency.
_LINE_END_CREDIT = regex.compile(
    r"(?:\|[ \u00a0]*)?(?:(?:Crédits?(?: photo)?|Credits?|Photos?|Source)[ \u00a0]*:[ \u00a0]*|©[ \u00a0]*"
    # no colon: the agency and a slash ("Photo HCR/S. Dupont (archives)")
    r"|(?:Crédits?(?: photo)?|Credits?|Photos?)[ \u00a0]+(?=\p{Lu}[^\n\r/.!?]{0,30}/))(?:[^\n\r.!?]|(?<=\b\p{Lu})\.){1,60}"
    r"(?:(?<=\p{L}{2})\.(?=[ \t\u00a0]*(?:[\r\n]|$)))?"  # 2.5: its own final period ("… des enfants. Photo: UNICEF France.")
    # 2.3: or the writer's initials ("… chez eux. R. I./Agences", "… J.-P. D./APS")
    # 2.7: more than one slash: "AFR/PHOTO FLEUVE/J. ROUX"
    r"|(?:\|[ \u00a0]*)?(?:\p{Lu}[\p{Lu}'’-]+(?:[ \u00a0]+\p{Lu}[\p{Lu}'’-]+){0,3}|(?:\p{Lu}(?:\.-\p{Lu})?\.[ \u00a0]?){1,3})"
    r"(?:[ \u00a0]*/[ \u00a0]*\p{Lu}[\p{L}.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}.&-]*){0,2}){1,3}[ \u00a0]*"
)
# 2.7: "… même s'il paraît lent.» AFP": a news or photo agency alone in capitals ending a caption's line.
_AGENCY_AT_END = regex.compile(
    r"(?:KEYSTONE|AFP|REUTERS|AP|ATS|BELGA|EPA|ANSA|DPA|MAXPPP|SIPA|GETTY IMAGES|PANORAMIC|ABACA|HANS LUCAS)"
    r"(?:[ \u00a0]*/[ \u00a0]*\p{Lu}[\p{L}.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}.&-]*){0,2}){0,3}[ \u00a0]*"
)
_CREDIT_WORDS = 8
# The words of a credit closed by its own period: names and the links between them ("UNICEF
# France.", "Agence de la Mer."); "Source : les autorités ont indiqué …" is a sentence.
_CREDIT_NAME_WORD = regex.compile(r"[\p{Lu}\p{N}©|/&(].*|de|du|des|la|le|les|et|pour|en|sur|au|aux|d['’]\p{Lu}.*|l['’]\p{Lu}.*")


def _line_end_credit(text: str, raw: str, start: int) -> regex.Match[str] | None:
    """The caption's credit that ends its line from ``start`` (:data:`_LINE_END_CREDIT`), of
    :data:`_CREDIT_WORDS` words at most; one closed by its own period holds only names."""
    credit = _to_line_end(_LINE_END_CREDIT, text, raw, start)
    if credit is None or len(credit.group().split()) > _CREDIT_WORDS:
        return None
    if credit.group().rstrip().endswith("."):
        words = regex.sub(r"^(?:\|[ \u00a0]*)?(?:[\p{L} ]+?[ \u00a0]*:|©)", "", credit.group().strip()).split()
        if not all(_CREDIT_NAME_WORD.fullmatch(word.rstrip(".")) for word in words):
            return None
    return credit


# "© J. Roux/Ministère de la MerLa présidente …": a photo credit opening the block with its slash.
_CREDIT_HEAD = regex.compile(r"[ \t\u00a0]*(?:©|(?:Crédits?(?: photo)?|Credits?|Photos?)[ \u00a0]*:)[ \u00a0]*[^\n\r!?]{0,40}/[^\n\r.!?]{1,60}")
_DASH_CREDIT = regex.compile(r"[—–][ \u00a0]+[\p{L}\p{N}][\p{L}\p{N} .'’&-]{0,40}/[ \u00a0]*[\p{L}\p{N}][\p{L}\p{N} .'’&-]{0,40}")
# 2.7: "… chaque jour. - Jeanne Roux, responsable du chantier.", "… Nous agirons. — Paul Roux": a
# quotation's attribution after a dash, ending its line: a first name and a surname (a role after a
# comma allowed), or one name and its role ("- Gentiane, étudiante"), never a sentence ("- Oui.",
# "- Jean est resté").
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+"
_NAME_LINK = r"(?:(?:de|du|des|le|la|van|von|der|ben|ould|ag|el)[ \u00a0]+){0,2}(?:[dl]['’])?"
_DASH_ATTRIBUTION = regex.compile(
    rf"[-–—][ \u00a0]+(?:{_NAME_WORD}(?:[ \u00a0]+{_NAME_LINK}{_NAME_WORD}){{1,3}}(?:,[ \u00a0]+[^\n\r.!?«»“”]{{1,80}})?"
    rf"|{_NAME_WORD},[ \u00a0]+\p{{Ll}}[^\n\r.!?«»“”]{{1,80}})\.?[ \t\u00a0]*"
)
_ATTRIBUTION_WORDS = 14
# 2.5: "… à Washington. Novembre 2031", "… du port. 12 mars 2031", "… du port. 12/03/2031": a caption's
# or a teaser's date ending its line after the sentence, no sentence of its own.
_LINE_END_DATE = regex.compile(
    rf"(?:(?:\d{{1,2}}(?:er)?[ \u00a0]+)?(?i:{ANY_MONTH})[ \u00a0]+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})[ \u00a0]*"
)
# "VIDÉO. Inondations dans la vallée : …": a one-word rubric in capitals opening a heading.
_KICKER = regex.compile(r"\s*\p{Lu}{3,12}")
# 2.7: "Val Fleuri. Les pêcheurs réclament un nouveau quai (Agence fluviale)", "Port-Bleu. Les autorités doivent
# libérer …": a place (one to three capitalised words) as the rubric of a heading of five words or
# more without a sentence end; not a word of dialogue ("Merci. Nous vous rappellerons demain").
_PLACE_KICKER = regex.compile(r"\s*\p{Lu}[\p{L}\p{M}'’-]{1,20}(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]{1,20}){0,2}")
_NOT_A_KICKER = frozenset(
    "Oui Non Merci Bonjour Bonsoir Alors Bien Voilà Donc Enfin Bravo Attention Question Exactement Absolument "
    "Pardon Salut Stop Parfait Exact Certes Évidemment Effectivement Entendu D'accord D’accord Dommage Hélas "
    "Yes No Thanks Hello Well Okay Right Sure Exactly".split()
)
_HEADLINE_WORDS = 5


def _place_kicker(text: str, match: regex.Match[str], nxt: int) -> bool:
    """Whether the period ``match`` closes a place opening the block as a heading's rubric
    (``Val Fleuri. Les pêcheurs réclament …``): see :data:`_PLACE_KICKER`."""
    if match.group().strip() != "." or not _PLACE_KICKER.fullmatch(text, 0, match.start()):
        return False
    first = text[: match.start()].split()
    if not first or first[0] in _NOT_A_KICKER or first[0] in _FR.starters or first[0] in _EN.starters:
        return False
    return len(text[nxt:].split(None, _HEADLINE_WORDS)) >= _HEADLINE_WORDS
# "Jeanne RAVEL Chargée depuis mai de …": a byline (first name, surname in capitals) glued by the
# scraper to the paragraph it signs. Not "Selon OCHA Les …": a link word is no first name.
_GLUED_BYLINE = regex.compile(
    r"\s*(?!(?:Le|La|Les|Selon|Pour|Par|Au|Aux|En|Dans|Sur|Avec|Chez|Lors|Après|Avant|Un|Une|Des|Du|De|Et|The|For|In|On|By|According)[ \u00a0])"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]\p{Lu}{3,}(?:[- ]\p{Lu}{3,})?(?=[ \u00a0]\p{Lu}\p{Ll}+[ \u00a0,]+\p{Ll})"
)
_BYLINE_BODY_WORDS = 10  # what follows the glued byline is a paragraph, not a heading
# Inline list items: "1. ", "2.) ", "3) " or "a. " after whitespace, a bullet or the block start.
_ITEM = regex.compile(r"(?:(?<=^)|(?<=[\s•⁃‣◦▪]))(?P<mark>\d{1,3}|[a-z])(?:\.\)?|\))(?=[ \u00a0]+\p{Lu})")
_BULLETS = "•⁃‣◦▪"
_NOT_AN_ITEM_BEFORE = frozenset(
    "article articles art arts no nos n° chapitre chapter section paragraphe paragraph para page "
    "pages p pp point points résolution resolution annexe annex phase étape step niveau level tome "
    "volume vol and et or ou to à".split()
)


def unwrap(text: str) -> str:
    """``text`` with every line-break character replaced by a space (same length, so offsets
    hold): how the sentence rules read a hard-wrapped paragraph (a pure function)."""
    return _BREAK.sub(" ", text) if _BREAK.search(text) else text


def split_sentences(
    text: str, lang: str, *, quote_attribution: bool = True, soft_breaks: bool = False
) -> list[tuple[int, int]]:
    """The sentences of one block's text as ``(start, end)`` offsets into ``text``.

    Spans are in order, non-empty, without leading/trailing whitespace, and together with the
    whitespace between them cover ``text`` (see the module docstring for the rules).
    ``quote_attribution``: a quotation followed by its reporting clause is one segment (the
    default); False cuts it at its inner sentence ends like any text.

    A line break inside ``text`` is read as a space by every rule except the few about line
    ends (a colon ending a line before a capitalised one, a note, credit or cut mark ending its
    line, a closing quote on the next line), so a wrapped sentence is cut as it is on one line.
    ``soft_breaks``: every line break is a wrap (a hard-wrapped paragraph joined by
    :mod:`reltrans.formats.text`), so the line-end rules do not apply inside the text either.
    """
    raw = text
    address_cuts = _address_list_cuts(text) if "\n" in text or "\r" in text else []
    text = unwrap(text)
    if soft_breaks:
        raw = text
    rules = _rules(lang)
    protected = _protected_spans(text)
    quoted = _reported_quotes(text) if quote_attribution else []
    items = _item_starts(text)
    item_marks = {mark for _, mark in items}
    item_marks |= {mark - 1 for mark in item_marks if mark and text[mark - 1] in _BULLETS}  # "⁃9."
    straight = _straight_quotes(text)  # to tell an opening straight quote from a closing one
    cuts: set[int] = set()
    for match in _CANDIDATE.finditer(text):
        if _inside(protected, match.start()) or _inside(quoted, match.start()):
            continue
        if _word_start(text, match.start()) in item_marks:
            continue  # the "2." of an inline list item
        end = _closing_after(raw, match.end(), straight)
        if _is_boundary(text, match, rules, end, raw):
            cuts.add(end)
        elif raw is not text:
            after_note = _note_line_end(text, raw, end)
            if after_note is not None:
                cuts.add(after_note)
    for match in _GLUED_AFTER_DATE.finditer(text):
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    for match in _GLUED_QUOTE.finditer(text):
        quote = match.end() if match.group(1) is None else match.start(1)
        if match.group(1) == '"' and (bisect.bisect_left(straight, quote) % 2 or quote not in straight):
            continue  # a straight quote that closes a quotation (or a stray one), not one that opens the next sentence
        if not _inside(protected, quote):
            cuts.add(quote)
    tail = _read_more_tail(text)
    if tail is not None and tail.start(1) > 0:
        cuts.add(tail.start(1))
    head = _metadata_head(text)
    if head is not None:
        cuts.add(head)
    for match in _GLUE.finditer(text):
        if _CREDIT_HEAD.fullmatch(text, 0, match.end()):
            continue  # 2.3: "© J. Roux/AgenceLa présidente …": a credit glued before its caption stays with it
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    for match in _LINE_END_COLON.finditer(raw):
        if _CREDIT_LABEL.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Photo:" / "ONU/Evan Schneider": a credit broken after its label
        opening = _skip_space(text, match.end())
        if opening < len(text) and text[opening] in "«“\"" and _reporting_before(text, opening):
            continue  # "a déclaré :" / "« Nous …": the reporting clause stays with its quotation
        if not (_inside(protected, match.start()) or _inside(quoted, match.start())):
            cuts.add(match.end())
    for match in _GLUED_TITLE.finditer(text):
        if match.group(1) in rules.always and not _inside(protected, match.end()):
            cuts.add(match.end())
    for match in _GLUED_DATE.finditer(text):
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    lead = _glued_lead(text) if rules is _FR else None
    if lead is not None and not (_inside(protected, lead) or _inside(quoted, lead)):
        cuts.add(lead)  # 2.8: "… menace 18 millions de personnes Les trois prochains mois …": the heading, then the lead
    heading = _NUMBERED_CAPS_HEADING.match(text)
    if heading is not None and not _inside(quoted, heading.end()):
        cuts.add(heading.end())  # d32a: "I.1. AU TITRE DU MINISTERE Le conseil a …": the heading, then its first sentence
    byline = _GLUED_BYLINE.match(text)
    if byline and _CANDIDATE.search(text, byline.end()) and len(text[byline.end() :].split(None, _BYLINE_BODY_WORDS)) > _BYLINE_BODY_WORDS:
        cuts.add(byline.end())
    for cut, _ in items:
        if cut is not None and not (_inside(protected, cut) or _inside(quoted, cut)):
            cuts.add(cut)
    for match in _GLUED_NUMBER.finditer(text):
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    for match in _GLUED_FIGURE.finditer(text):
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    for match in _GLUED_AFTER_CLOSER.finditer(text):
        if match.group(1) == '"' and (match.start(1) not in straight or bisect.bisect_left(straight, match.start(1)) % 2 == 0):
            continue  # a straight quote that opens a quotation (or a stray one) closes no sentence
        if match.group("title") is not None and match.group("title") not in rules.always:
            continue  # "(rapport).U.S. officials": an acronym or an initial, no title
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    for match in _GLUED_STOP.finditer(text):
        lower = match.group(1).lower()
        # (2.5: "… des couvertures, etc.Les familles": etc. ends a sentence before a capitalised word, glued or not)
        if lower in rules.always_ci or match.group(1) in rules.always:
            continue  # "MM.Dupont", "cf.Annexe": an abbreviation, not a sentence end
        if not (_inside(protected, match.end()) or _inside(quoted, match.end())):
            cuts.add(match.end())
    cuts.update(address_cuts)
    return _spans(text, sorted(cuts))


# 2.8: a heading without a sentence end run into the lead by the scraper with a space only ("Une grave
# insécurité alimentaire menace 18 millions de personnes Les trois prochains mois seront …"): a
# lowercase word, then a capitalised sentence opener and a lowercase word, which no French sentence
# writes inside itself, except where a name or a title follows a word that introduces it ("le film
# Les visiteurs", "l'association Les amis du port", "le roman dit Les", "lire La"): _NAMING_NOUNS.
_GLUED_LEAD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’@/.-])(\p{Ll}{2,})[ \u00a0]+(?=(?:Le|La|Les|Un|Une|Des|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles)[ \u00a0]+\p{Ll}{2,}\b)"
)
_NAMING_NOUNS = frozenset(
    "film films livre livres roman romans ouvrage ouvrages essai album albums chanson chansons titre titres "
    "pièce pièces spectacle spectacles émission émissions série séries journal journaux quotidien hebdomadaire "
    "magazine revue revues rubrique blog site opération opérations programme programmes projet projets campagne "
    "campagnes association associations collectif mouvement groupe parti fondation festival exposition "
    "concours prix hôtel restaurant café bar librairie place rue avenue boulevard quartier lieu-dit dit dite "
    "intitulé intitulée intitulés intitulées baptisé baptisée nommé nommée appelé appelée surnommé surnommée "
    "lire voir".split()
)
_LEAD_HEADING_WORDS = 6  # a heading run into its lead holds a few words: "Situation au Sahel – Une grave …"


def _glued_lead(text: str) -> int | None:
    """Where the lead starts after a heading the scraper ran into it with a space (:data:`_GLUED_LEAD`):
    the first sentence of the block only, after a heading of :data:`_LEAD_HEADING_WORDS` words or
    more without a sentence end, before a lead that holds one; None otherwise."""
    match = _GLUED_LEAD.search(text, 0, _LEAD_WINDOW)
    if match is None or match.group(1) in _NAMING_NOUNS:
        return None
    cut = match.end()
    if _CANDIDATE.search(text, 0, cut) or len(text[:cut].split()) < _LEAD_HEADING_WORDS:
        return None
    return cut if _LEAD_END.search(text, cut) else None


_LEAD_WINDOW = 300  # a heading is short: the look for its glue stays bounded
_LEAD_END = regex.compile(r"[.!?…][»”\"')\]]*(?:\s|$)")


# d32a: a numbered heading in capitals (three words or more) run into its section's first sentence
# on one line: "II.2. AU TITRE DU MINISTERE DES SPORTS Le conseil a adopté …" is cut before "Le".
_NUMBERED_CAPS_HEADING = regex.compile(
    r"[ \t\u00a0]*(?:\d{1,3}|[IVX]{1,5})(?:\.(?:\d{1,3}|[IVX]{1,5}))*\.[ \t\u00a0]+"
    r"(?:[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]{0,30}[ \t\u00a0]+){3,25}(?=\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Ll})"
)


# 2.6: a line that is only web or e-mail addresses (one, or several after a space, a comma, a semicolon or a pipe).
_ADDRESS = r"(?:(?:https?://|ftp://|www\.)[^\s<>«»\"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)"
ADDRESS_LINE = regex.compile(rf"[ \t\u00a0]*{_ADDRESS}(?:[ \t\u00a0]*[,;|]?[ \t\u00a0]+{_ADDRESS})*[ \t\u00a0]*[.,;]?[ \t\u00a0]*")
"""A line that is only web or e-mail addresses (``http://a.org/``, ``presse@a.org, http://b.org``)."""


def _address_list_cuts(text: str) -> list[int]:
    """Where a line that is only addresses starts after another such line (``http://a.org/`` /
    ``http://b.org/``: a list of links, one entry a line, that the wrap rules read as one
    paragraph): each address line is a segment of its own (segmenter 2.6)."""
    cuts = []
    previous_is_address = False
    start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        end = len(text) if brk is None else brk.start()
        is_address = ADDRESS_LINE.fullmatch(text, start, end) is not None
        if is_address and previous_is_address:
            cuts.append(start)
        previous_is_address = is_address
        start = 0 if brk is None else brk.end()
    return cuts


def introduces_quotation(text: str) -> bool:
    """Whether ``text`` ends with a reporting clause closed by a colon (``M. X a déclaré :``,
    ``Selon elle :``, ``She said:``), which a quotation after it stays with (a pure function)."""
    flat = unwrap(text).rstrip()
    return _reporting_before(flat, len(flat))


_CONTEXT = 400  # how much text around a line break decides whether a sentence goes on over it


def sentence_goes_on(before: str, after: str) -> bool:
    """Whether the text ``before`` a line break and the text ``after`` it, read on one line
    (``before + " " + after``), hold one sentence across the join: no rule of either language's
    sentence rules cuts there (``… fondée vers 300 av.`` / ``J.-C. par …``, ``… a déclaré M.`` /
    ``Dupont``, ``« Les stocks sont épuisés.`` / ``Il faut agir », a-t-il dit.``). The line
    breaks inside ``after`` stay line ends (a credit that ends its line). A pure function;
    only the last and first :data:`_CONTEXT` characters are read (the start of ``before`` is kept
    when it is short, so a dateline opening it is seen). Used to join hard-wrapped lines that end
    with a period which ends no sentence (:mod:`reltrans.formats.text`)."""
    before = before.rstrip()
    after = after.strip()
    if not before or not after:
        return False
    if len(before) > _CONTEXT:
        space = before.find(" ", len(before) - _CONTEXT)
        before = before[space + 1 :] if space != -1 else before[-_CONTEXT:]
    if len(after) > _CONTEXT:
        space = after.rfind(" ", 0, _CONTEXT)
        after = after[: space if space > 0 else _CONTEXT]
    joined = f"{before} {after}"
    join = len(before)
    for lang in ("fr", "en"):
        # the line breaks after the join are kept: a caption's credit ends its line there
        if any(start < join < end for start, end in split_sentences(joined, lang)):
            return True
    return False


_OPEN_CREDIT_END = regex.compile(r"(?:(?<![\p{L}\p{M}])\p{Lu}\.|/|©)$")


def credit_at_end(line: str) -> bool:
    """Whether ``line`` ends with a caption's credit after a sentence end (``… le 9 septembre
    2030. LÉA MARTIN / AFR``, ``… Jean Roux. Photo AFR/T. Marchand (archives)``, ``… lundi.
    Crédit : Agence fictive``): the credit rule keeps it with the caption, and the caption ends
    there (a pure function; only the line's last :data:`_CONTEXT` characters are read). So does
    (segmenter 2.5) a short note or credit in brackets after a sentence end (``… avec CNN.
    (REUTERS)``, ``… en Jordanie. (archives)``) or a date (``… à Washington. Novembre 2031``):
    the sentence ends with it, whatever follows."""
    text = unwrap(line.rstrip())[-_CONTEXT:]
    if _OPEN_CREDIT_END.search(text):
        return False  # "… Photo AFR/S." / "Lenoir": the name goes on after an initial or a slash
    for match in _CANDIDATE.finditer(text):
        nxt = _skip_space(text, match.end())
        if nxt < len(text) and text[nxt] in "([" and _BRACKET_NOTE.fullmatch(text, nxt) is not None:
            return True
        if nxt < len(text) and _LINE_END_DATE.fullmatch(text, nxt) is not None:
            return True  # "… à Washington. Novembre 2031": a caption's date
        credit = _line_end_credit(text, text, nxt) if nxt < len(text) else None
        if credit is not None and credit.end() == len(text):
            return True
    return False


def segment_document(
    doc: Document, lang: str, *, keep_chrome: bool = False, quote_attribution: bool = True
) -> SegmentedDocument:
    """Cut every translatable block of ``doc`` into sentences (``lang``: source language).

    Blocks judged site chrome (:attr:`Block.chrome`, see :mod:`reltrans.formats.chrome`) stay in
    the skeleton unless ``keep_chrome`` is true. ``quote_attribution``: see :func:`split_sentences`."""
    line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(doc.text)]
    joined = _joined_hyphens(doc)
    segments: list[Segment] = []
    cursor = 0
    for paragraph, block in enumerate(doc.blocks, start=1):
        if not block.translatable or block.start < cursor or block.end > len(doc.text):
            continue
        if block.chrome and not keep_chrome:
            continue
        cursor = block.end
        if block.inline is not None:  # inline markup becomes placeholders (reltrans.formats.inline)
            from reltrans.formats.inline import segment_block

            hyphens = joined[bisect.bisect_left(joined, block.start) : bisect.bisect_left(joined, block.end)]
            segments.extend(segment_block(
                doc.text, block, paragraph, lang, line_starts, quote_attribution=quote_attribution, joined_hyphens=hyphens
            ))
            continue
        # a plain-text block over several lines is a hard-wrapped paragraph its lines were joined
        # into (reltrans.formats.text): it is cut as the same text on one line would be
        pieces = split_sentences(
            doc.text[block.start : block.end], lang, quote_attribution=quote_attribution, soft_breaks=doc.format == "text"
        )
        tail = None if keep_chrome else read_more_tail(doc, block)
        if tail is not None:
            pieces = [piece for piece in pieces if block.start + piece[0] < tail]
        head = None if keep_chrome else metadata_head(doc, block)
        if head is not None:
            pieces = [piece for piece in pieces if block.start + piece[0] >= head]
        for position, (start, end) in enumerate(pieces, 1):
            start += block.start
            end += block.start
            line = bisect.bisect_right(line_starts, start)
            hyphens = tuple(o - start for o in joined[bisect.bisect_left(joined, start) : bisect.bisect_left(joined, end)])
            segments.append(Segment(doc.text[start:end], start, end, line, paragraph, position, block.kind, joined_hyphens=hyphens))
    return SegmentedDocument(doc, tuple(segments), SEGMENTER_VERSION)


def _joined_hyphens(doc: Document) -> list[int]:
    """The sorted offsets of the line-end hyphens of broken words in a plain-text or Markdown document."""
    if doc.format not in ("text", "markdown") or "-" not in doc.text:
        return []
    from reltrans.formats.text import hyphen_breaks

    return sorted(found.offset for found in hyphen_breaks(doc) if found.joined)


# --------------------------------------------------------------------------- boundary decision
def _closing_after(text: str, end: int, straight: list[int]) -> int:
    """``end`` moved past a closing quotation mark that stands apart after a sentence end
    (``… d'abris. ”``, ``… d'abris. "`` closing an open straight quote, ``… maintenant.`` / ``»`` on
    the next line of a joined paragraph), so the mark ends the quotation instead of making a
    segment of its own. ``straight``: the offsets of the straight quotes in ``text``."""
    pos = end
    breaks = 0
    while pos < len(text) and text[pos].isspace() and pos - end < 4:
        breaks += text[pos] in "\r\n"
        pos += 1
    if pos == end or pos >= len(text) or breaks > 1:
        return end
    mark = text[pos]
    if mark == '"' and bisect.bisect_left(straight, pos) % 2 == 0:
        return end  # an even number before it: this one opens a quotation
    if mark not in '»”"' or (pos + 1 < len(text) and not text[pos + 1].isspace()):
        return end
    return pos + 1


def _is_boundary(text: str, match: regex.Match[str], rules: _Rules, end: int | None = None, raw: str | None = None) -> bool:
    """Whether the candidate ``match`` ends a sentence. ``text`` is read with its line breaks as
    spaces; ``raw`` (default ``text``) is the text as written, for the rules about line ends."""
    raw = text if raw is None else raw
    nxt = _skip_space(text, match.end() if end is None else end)
    if nxt >= len(text):
        return True
    following = text[nxt]
    if following.isalpha() and following.islower():
        return False
    if not (following.isalpha() or following.isdigit() or following in _OPENERS):
        return False
    if following.isupper() and _inverted_attribution(text, match, nxt):
        return False  # "« … avant l'hiver ». Précise-t-il M. Roux.": the quotation's attribution, capitalised
    if following in "([" and _OWN_PERIOD_NOTE.match(text, nxt):
        return False  # 2.7: "… trop fort. (rires). Disons …": a note closed by its own period goes with the sentence before
    if following in "([" and _lowercase_in_brackets(text, nxt, raw):
        return False  # "... en Jordanie. (archives)", "... au Pakistan. (Reuters)": a note, not a sentence
    if _line_end_credit(text, raw, nxt) is not None:
        return False  # "… en Grèce (archives). Crédit : Getty images", "… 2015. DENIS DUPONT / AP": the caption's credit
    if following.isupper() and _to_line_end(_AGENCY_AT_END, text, raw, nxt) is not None:
        return False  # 2.7: "… paraît lent.» AFP": the caption's agency
    if following in "([":
        note = _BRACKET_NOTE.match(text, nxt)
        if note is not None and note.end() < len(text) and _line_end_credit(text, raw, note.end()) is not None:
            return False  # 2.7: "… sur la plage. (Photo d'illustration) AFR/J. ROUX": a note, then the credit
    if (following.isdigit() or following.isupper()) and _to_line_end(_LINE_END_DATE, text, raw, nxt) is not None:
        return False  # "… vaccins à Washington. Novembre 2031": the caption's date
    if following in "–—" and _to_line_end(_DASH_CREDIT, text, raw, nxt) is not None and len(text[nxt:].split(None, 7)) <= 7:
        return False  # "… des inondations. — J. Martin / Journal du Soir": the caption's credit
    attribution = _to_line_end(_DASH_ATTRIBUTION, text, raw, nxt) if following in "-–—" else None
    if attribution is not None and len(attribution.group().split()) <= _ATTRIBUTION_WORDS:
        return False  # "… chaque jour. - Jeanne Roux, responsable du chantier.": the quotation's attribution
    if following in "–—" and _lowercase_after_dash(text, nxt):
        return False  # "Ce vote — quelle surprise ! — a réuni": the end of a dash aside
    if match.start() <= 120 and (
        _DATELINE.fullmatch(text, 0, match.start()) or _DATE_DATELINE.fullmatch(text, 0, match.start())
        or _BRACKET_DATELINE.fullmatch(text, 0, match.start())
    ):
        return False  # a dateline stays with its sentence
    if (
        (_KICKER.fullmatch(text, 0, match.start()) or _place_kicker(text, match, nxt))
        and "\n" not in raw[nxt:]
        and not _CANDIDATE.search(text, nxt)
        and text.rstrip()[-1:] not in ".!?…"
    ):
        return False  # "VIDÉO. Inondations dans la vallée": the rubric of a heading without a sentence end
    punct = match.group().rstrip(_CLOSERS + " \u00a0\u202f\u2009")
    if punct == "." and _spaced_dots(text, match.start()) == 3:
        return False  # ". . ." marks words left out inside a sentence (". . . ." ends one)
    if "…" in punct or punct.startswith(".."):
        # "[…]" / "(...)" marks words left out of a quotation, not a sentence end; "… Selon
        # l'agence": an ellipsis opening the block marks where the excerpt starts
        if not text[: match.start()].strip() or text[match.start() - 1] in "[(":
            return False
        return not _ellipsis_goes_on(text, raw, match, nxt)
    if set(punct) != {"."}:
        # ? or !, except (2.6) an editor's mark alone in brackets ("[?]": a cut mark the page's
        # encoding garbled, "(!)", "(?)"), which ends no sentence, as "[…]" ends none
        return not (match.start() > 0 and text[match.start() - 1] in "[(" and match.group()[len(punct) : len(punct) + 1] in ")]")
    token = _token_before(text, match.start())
    if token is None:
        return True
    if "/" in token:
        token = token.rsplit("/", 1)[1]  # "Photo HCR/S. Hopper": the initial after the agency
    glued = _GLUED_CLOSER_IN_TOKEN.search(token)
    if glued is not None:
        token = token[glued.end() :]  # 2.5: "(Unicef).M. Roux", "(page 4).J.-P. Sartre": the word after the glued sentence end
    return _period_ends_sentence(token, text, nxt, rules)


# 2.9: a numbered list item after an ellipsis ("… 2. Améliorer", "… 3) Réduire") opens a sentence
# of its own; any other number goes on with the sentence ("… tout ce qu'il faut à… 20 mètres.").
_NUMBERED_ITEM = regex.compile(r"\p{N}{1,2}[.)](?:[ \u00a0\u202f]|$)")
# A date or a time in figures after an ellipsis ("… a presque... 18.02.2022, Sputnik", "… 14:28") is
# where a teaser was cut before the page's metadata: the ellipsis ends it.
_FIGURES_DATE = regex.compile(r"\p{N}{1,4}[./:-]\p{N}{1,2}(?:[./-]\p{N}{2,4})?(?!\p{N})")
# Marks that only open a quotation, with their closing mark (a straight quote may close one, and
# "’" is also the apostrophe: "‘C’est").
_QUOTE_PAIRS = {"«": "»", "‹": "›", "“": "”"}
_QUOTATION_REACH = 240


def _quotation_runs_on(text: str, raw: str, opening: int) -> bool:
    """Whether the quotation opening at ``opening`` closes within :data:`_QUOTATION_REACH`
    characters without a line break or a sentence end of its own, and the sentence goes on after
    its closing mark with a lowercase word or a comma (``« C'est de l'eau qu'on veut » disent
    les gens``)."""
    closing = _QUOTE_PAIRS[text[opening]]
    window = text[opening + 1 : opening + 1 + _QUOTATION_REACH]
    end = window.find(closing)
    if end <= 0 or "\n" in raw[opening : opening + 1 + end] or any(mark in window[:end] for mark in _TERMINALS):
        return False
    after = _skip_space(text, opening + 1 + end + 1)
    return after < len(text) and (text[after] == "," or (text[after].isalpha() and text[after].islower()))


def _ellipsis_goes_on(text: str, raw: str, match: regex.Match[str], nxt: int) -> bool:
    """Whether the sentence goes on after the ellipsis ``match`` (2.9): on the same line, a number
    (``… à… 20 mètres.``; not a list item's or a date's in figures) or a quotation that opens in lowercase (``… « c'est dans le plan »``) or
    runs on without a sentence end of its own into the rest of the sentence (``… la population… «
    C'est de l'eau qu'on veut » disent les gens.``). A capitalised word still opens a new sentence
    (``… ont cessé… Selon la mairie``), and so does a quotation closed by its own sentence end."""
    if match.group().rstrip(" \u00a0\u202f\u2009\r\n\t")[-1:] not in "….":
        return False  # the ellipsis closes a quotation or a bracket ("… attendu… » Puis"): that decides
    if "\n" in raw[match.end() : nxt]:
        return False  # a line break after the ellipsis: a new line may open anything
    following = text[nxt]
    if following.isdigit():
        return _NUMBERED_ITEM.match(text, nxt) is None and _FIGURES_DATE.match(text, nxt) is None
    if following == '"':
        # glued to a lowercase word, a straight quote opens the quotation: '… "c'est dans notre plan"'
        return nxt + 1 < len(text) and text[nxt + 1].isalpha() and text[nxt + 1].islower()
    if following in _QUOTE_PAIRS:
        opened = _skip_space(text, nxt + 1)
        if opened < len(text) and text[opened].isalpha() and text[opened].islower():
            return True  # "… « c'est dans notre plan »": the quotation goes on with the sentence
        return _quotation_runs_on(text, raw, nxt)
    return False


# 2.7: "Précise-t-il", "Ajoute-t-elle", "Poursuit-il": a verb and its inverted subject opening what follows
# a closed quotation is its attribution, written after a period by some sites.
_INVERTED_SUBJECT = regex.compile(r"\p{Lu}\p{Ll}+(?:-t)?-(?:il|elle|ils|elles|on)\b")
_ATTRIBUTION_REACH = 200
_FIRST_TERMINAL = regex.compile(r"[.?!]")


def _inverted_attribution(text: str, match: regex.Match[str], nxt: int) -> bool:
    """Whether the sentence end ``match`` closes a quotation (``… action ».``, ``… action. »``) and
    what follows at ``nxt`` is its attribution with an inverted subject (``Précise-t-il M. Roux.``),
    not a question (``Faut-il agir ?``): the first of ``.``, ``?``, ``!`` after it is a period."""
    before = match.start()
    while before > 0 and text[before - 1] in " \u00a0\u202f":
        before -= 1
    if not (any(mark in match.group() for mark in "»”\"") or (before > 0 and text[before - 1] in "»”\"")):
        return False
    if _INVERTED_SUBJECT.match(text, nxt) is None:
        return False
    terminal = _FIRST_TERMINAL.search(text, nxt, nxt + _ATTRIBUTION_REACH)
    return terminal is not None and terminal.group() == "."


# 2.7: "(rires).", "(Rires.)", "(applaudissements) !", "(AFP).": a short note or credit in brackets after a
# sentence end, closed by its own sentence end.
# A capitalised one is one word ("(Voir le graphique ci-dessous.)" is a sentence of its own).
_OWN_PERIOD_NOTE = regex.compile(
    r"[(\[](?:\p{Ll}[^()\[\]\n.!?]{0,40}|\p{Lu}[\p{L}\p{M}'’-]{0,20})(?:[.!?…][)\]]|[)\]][ \u00a0\u202f]?[.!?…])"
)
_GLUED_CLOSER_IN_TOKEN = regex.compile(r"[)\]»”\"][.!?…](?=\p{Lu})")


def _period_ends_sentence(token: str, text: str, nxt: int, rules: _Rules) -> bool:
    following = text[nxt]
    if not token:
        return True
    lower = token.lower()
    if token in rules.always or lower in rules.always_ci:
        return False
    glued, _, tail = token.rpartition(".")
    if tail in rules.always and regex.search(r"\p{Ll}{2,}[.!?…]?$", glued + "."):
        return False  # "Genève.M. Guterres": the title after a glued sentence end
    if following.isdigit() and (token in rules.before_number or lower in rules.before_number):
        return False
    if lower in MONTH_ABBREVIATIONS and (following.isdigit() or _day_before(text, nxt)):
        return False  # an abbreviated month in a date: "14 Fév. 2011", "le 3 janv. Le comité"
    if token == "I" and rules is _EN and _lowercase_word_before(text, nxt):
        return True  # "you and I. Did you": the pronoun, not an initial
    if len(token) == 1 and token.isupper() and _lowercase_word_before(text, nxt) and _OPENER_THEN_WORD.match(text, nxt):
        return True  # "sur fond de grippe A. La décision", "le groupe B. Il": a letter naming a kind, then a sentence
    if len(token) == 1 and token.isalpha():
        # an initial (J. Smith) or a one-letter abbreviation (p. 12), unless it is a unit
        # after a number ("à 14 h. Elle")
        return _number_before(text, nxt)
    if token.isdigit() and len(token) <= 3 and _starts_item(text, nxt, rules):
        return False  # an inline enumerator: "1. Renforcer ... 2. Améliorer"
    if _SECTION_NUMBER.fullmatch(token) and _opens_line(text, text.rfind(".", 0, nxt) - len(token)):
        return False  # d32a: a section number opening its heading: "1.2. Réunions", "I.1. AU TITRE", "II. Suites"
    if lower in rules.final_ok:
        if lower in _COMPANY_SUFFIXES and following in "([":
            return False  # "Acme Inc. (« Acme »)": the name's definition follows
        return following.isupper() or following in _OPENERS
    if lower in _TIMES_OF_DAY:
        word = _FIRST_WORD.match(text, nxt)
        return word is None or word.group() not in rules.always
    if _ACRONYM.fullmatch(token) or _HYPHENATED_INITIAL.fullmatch(token):
        # 2.7: "le maire Marc-A. Lenoir", "Marie-Th. Koné": a first name and the initial of
        # the second one, like "J.-P." (a sentence ends there only before a sentence opener)
        word = _FIRST_WORD.match(text, nxt)
        # "the U.S. Then-President": a compound is no sentence opener
        return word is not None and word.group() in rules.starters and text[word.end() : word.end() + 1] != "-"
    return True


# d32a: a section's number, the period after it excluded: levels of digits or Roman numerals ("1.2",
# "I.1", "2.3.1", "II"); one digit alone is the enumerator rule's, one letter alone an initial's.
_SECTION_NUMBER = regex.compile(r"(?:\d{1,3}|[IVX]{1,5})(?:\.(?:\d{1,3}|[IVX]{1,5}))+|[IVX]{2,5}")


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the block's start or a line break before it
    (a section number opens its heading's line; inside a sentence, "au N°. 12.4." is no heading)."""
    before = start
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    return before == 0 or text[before - 1] in "\n\r"


_HYPHENATED_INITIAL = regex.compile(r"\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}?")
_DAY = regex.compile(r"(?:[12]?\d|3[01])(?:er)?")


def _day_before(text: str, nxt: int) -> bool:
    """Whether the word before the abbreviation ending at the period before ``nxt`` is a day of the month."""
    period = text.rfind(".", 0, nxt)
    word = _word_start(text, period)
    end = word
    while end > 0 and text[end - 1] in " \u00a0" and word - end < 3:
        end -= 1
    return end < word and _DAY.fullmatch(text, _word_start(text, end), end) is not None


def _spaced_dots(text: str, dot: int) -> int:
    """How many dots the spaced ellipsis (``. . .``) holding the dot at ``dot`` has (1: none)."""
    left = dot
    while left >= 2 and text[left - 1] == " " and text[left - 2] == "." and dot - left < 20:
        left -= 2
    right = dot
    while right + 2 < len(text) and text[right + 1] == " " and text[right + 2] == "." and right - dot < 20:
        right += 2
    return (right - left) // 2 + 1


# "La décision", "Il a", "The report": a sentence opener then a lowercase word (not "La Fontaine",
# "Le Goff", "De la Cruz": the name an initial comes before).
_OPENER_THEN_WORD = regex.compile(r"(?:Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Ces|Cet|Un|Une|Nous|On|The|It|He|She|They|We|This|These|Those)[ \u00a0]+\p{Ll}{2}")


def _lowercase_word_before(text: str, nxt: int) -> bool:
    """Whether the word before the one-letter word ending at the period before ``nxt`` is lowercase."""
    period = text.rfind(".", 0, nxt)
    before = _word_start(text, period) - 1
    while before >= 0 and text[before].isspace() and period - before < _MAX_TOKEN:
        before -= 1
    if before < 0 or not text[before].isalpha():
        return False
    return text[_word_start(text, before + 1) : before + 1].islower()


_BRACKET_NOTE = regex.compile(
    r"[(\[](?:\p{Ll}[^()\[\]\r\n]{0,40}"  # "(archives)", "(photo d'archives)"
    r"|\p{Lu}[\p{L}\p{M}.&/'’-]*(?:[ \u00a0][\p{L}\p{M}.&/'’-]+){0,2}"  # a credit: "(Reuters)", "(UNICEF/Holt)"
    # a joint credit: "(Le Monde avec AFP)", "(Radio Sahel et Reuters)", "(The Herald with AP)"
    r"|(?:(?:Le|La|Les|The)[ \u00a0])?\p{Lu}[\p{L}\p{M}.&/'’-]*(?:[ \u00a0][\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&/'’-]*){0,2}"
    r"[ \u00a0](?:avec|et|with|and|&)[ \u00a0](?:l['’])?\p{Lu}[\p{L}\p{M}.&/'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.&/'’-]*){0,2}"
    # d32a: a photographer and agency around a spaced slash, capitalised words: "(JEAN ROUX / AGENCE)", "(Marc Petit / AFP)"
    r"|\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.'’-]*){0,3}[ \u00a0]/[ \u00a0]\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,2}"
    # 2.3: a labelled credit: "(Photo: HCR)", "(Photo : ONU/J. Roux)", "(© Agence)"
    r"|(?:Photos?|Crédits?(?: photo)?|Credits?|©)[ \u00a0]*:?[ \u00a0]*\p{Lu}[\p{L}\p{M}\p{N}.&/'’-]*(?:[ \u00a0][\p{L}\p{M}\p{N}.&/'’-]+){0,2}"
    # 2.6: a news agency's reporting credit: "(Reportage de Jeanne Roux, version française Marc Petit)",
    # "(Rédaction Anne Martin ; édité par J. Dupont)", "(Reporting by Jane Doe; Editing by John Roe)"
    r"|(?:Reportage|Rédaction|Rédigé|Édité|Edité|Édition|Version française|Version anglaise|Traduction|Traduit|Texte|"
    r"Propos recueillis|Correspondance|Avec la contribution|Contribution|Reporting|Additional reporting|Writing|"
    r"Written|Editing|Edited|Compiled|Translated|Translation)"
    r"(?:[ \u00a0]*:|[ \u00a0]+(?:de|du|des|d['’]|par|by|from|of))?[ \u00a0]+(?:l['’])?\p{Lu}"
    r"(?:[^()\[\]\r\n.!?…]|(?<=(?<![\p{L}\p{M}])\p{Lu})\.){0,160}"
    r"|…|\.\.\.)"  # "[…]": the rest of the text left out
    r"[)\]][.!?]?[ \t\u00a0]*"
)


def _lowercase_in_brackets(text: str, opener: int, raw: str | None = None) -> bool:
    """Whether a short bracketed note that ends its line opens at ``opener``: one that starts
    with a lowercase letter (a caption's ``(archives)``, ``(photo d'archives)``), a credit of one
    to three words (``(Reuters)``, ``(AFP)``, ``(UNICEF/Holt)``) or a cut mark (``[…]``)."""
    return _to_line_end(_BRACKET_NOTE, text, text if raw is None else raw, opener) is not None


_LINE_END_REACH = 200  # a note or credit that ends its line is short: the look ahead stays bounded


def _note_line_end(text: str, raw: str, end: int) -> int | None:
    """Where the line ends after a note or credit in brackets that closes a sentence ending at
    ``end`` (``… disparus. (Reuters)`` / ``Le lendemain, …``), when the next line opens a sentence
    (a capital, a digit or an opening quote): the note stays with its sentence, and the line
    break ends it (segmenter 2.6); None otherwise."""
    nxt = _skip_space(text, end)
    if nxt >= len(text) or text[nxt] not in "([":
        return None
    note = _to_line_end(_BRACKET_NOTE, text, raw, nxt)
    if note is None:
        return None
    brk = note.end()
    while brk < len(raw) and raw[brk] in " \t\u00a0":
        brk += 1
    if raw[brk : brk + 1] not in ("\n", "\r"):
        return None
    opening = _skip_space(text, note.end())
    if opening < len(text) and (text[opening].isupper() or text[opening].isdigit() or text[opening] in "«“\""):
        return note.end()
    return None


def _to_line_end(pattern: regex.Pattern[str], text: str, raw: str, start: int) -> regex.Match[str] | None:
    """``pattern`` matched in ``text`` from ``start`` to the end of a line of ``raw`` (the text
    as written: a line break there, or the text's end), the nearest such end first. ``text`` is
    read with line breaks as spaces, so a credit wrapped over two lines (``(Radio`` / ``Sahel
    avec AFP)``) still ends its line."""
    limit = min(len(raw), start + _LINE_END_REACH)
    for brk in _LINE_ENDS.finditer(raw, start, limit):
        found = pattern.fullmatch(text, start, brk.start())
        if found is not None:
            return found
    if limit == len(raw):
        end = len(raw)
        while end > start and raw[end - 1] in " \t\u00a0":
            end -= 1
        return pattern.fullmatch(text, start, end) or pattern.fullmatch(text, start, len(raw))
    return None


_LINE_ENDS = regex.compile(r"[ \t\u00a0]*(?:\r\n?|\n)")


def _lowercase_after_dash(text: str, dash: int) -> bool:
    nxt = _skip_space(text, dash + 1)
    return nxt < len(text) and text[nxt].isalpha() and text[nxt].islower()


def _item_starts(text: str) -> list[tuple[int | None, int]]:
    """Where the second and later items of an inline list start (``1. A 2. B``, ``a. X b. Y``),
    as ``(cut, mark start)`` (the cut is before a bullet that precedes the mark; ``None`` for
    the first item, which is not cut from what precedes it).

    An item counts only when the one before it in sequence (``1`` before ``2``, ``a`` before
    ``b``) was seen, so a lone ``article 2.`` is never a cut.
    """
    starts = []
    previous: str | None = None
    first: int | None = None
    for match in _ITEM.finditer(text):
        mark = match.group("mark")
        expected = None
        if previous is not None:
            expected = str(int(previous) + 1) if previous.isdigit() else chr(ord(previous) + 1)
        if previous is not None and mark == expected and not _item_blocked(text, match.start()):
            if first is not None:
                starts.append((None, first))  # the first item's "1." is no sentence end either
                first = None
            starts.append((_before_bullet(text, match.start()), match.start()))
            previous = mark
        elif (mark in ("1", "a") or _after_bullet(text, match.start())) and not _item_blocked(text, match.start()):
            previous, first = mark, match.start()
    return starts


def _before_bullet(text: str, mark: int) -> int:
    """The cut before a list mark: before the bullet (``• 10.``) when one precedes it."""
    start = mark
    while start > 0 and text[start - 1] in " \u00a0":
        start -= 1
    if start > 0 and text[start - 1] in _BULLETS:
        return start - 1
    return mark


def _after_bullet(text: str, mark: int) -> bool:
    return _before_bullet(text, mark) != mark or mark == _skip_space(text, 0)


def _item_blocked(text: str, start: int) -> bool:
    """Whether the word before a list mark makes it a reference (``article 2.``), not an item."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0•⁃‣◦▪":
        end -= 1
    word_start = _word_start(text, end)
    return text[word_start:end].lower().rstrip(".") in _NOT_AN_ITEM_BEFORE


def _word_start(text: str, end: int) -> int:
    start = end
    while start > max(0, end - _MAX_TOKEN) and not text[start - 1].isspace():
        start -= 1
    return start


def _number_before(text: str, nxt: int) -> bool:
    """Whether the one-letter word before the period at ``nxt`` follows a number (a unit)."""
    period = text.rfind(".", 0, nxt)
    word = _word_start(text, period)
    before = word - 1
    while before >= 0 and text[before].isspace() and word - before < _MAX_TOKEN:
        before -= 1
    return before >= 0 and text[before].isdigit()


def _starts_item(text: str, nxt: int, rules: _Rules) -> bool:
    """Whether the number before the period at ``nxt`` opens the block or follows a sentence end."""
    period = text.rfind(".", 0, nxt)
    before = _word_start(text, period) - 1
    while before >= 0 and text[before].isspace() and period - before < 2 * _MAX_TOKEN:
        before -= 1
    if before < 0:
        return True
    if text[before] != ".":
        return text[before] in "!?…:;»”)"
    previous = _token_before(text, before)
    if previous is None:
        return True
    return not (previous in rules.always or previous.lower() in rules.always_ci or len(previous) == 1)


def _token_before(text: str, end: int) -> str | None:
    """The word just before a final period, without leading quotes/brackets and elision."""
    start = end
    limit = max(0, end - _MAX_TOKEN)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    if start == limit and start > 0 and not text[start - 1].isspace():
        return None  # longer than any abbreviation
    token = text[start:end].lstrip(_OPENERS)
    elision = _ELISION.match(token)
    if elision:
        token = token[elision.end():]
    return token


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


# --------------------------------------------------------------------------- spans
def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return index >= 0 and spans[index][0] < pos < spans[index][1]


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: never cut inside them."""
    spans = []
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILING:
            end -= 1
        spans.append((match.start(), end))
    spans.extend(_emails(text))
    return _merge(spans)


def _emails(text: str) -> list[tuple[int, int]]:
    spans = []
    for domain in _EMAIL_DOMAIN.finditer(text):
        local = _EMAIL_LOCAL.search(text, max(0, domain.start() - 64), domain.start())
        if local is not None:
            spans.append((local.start(), domain.end()))
    return spans


def _reported_quotes(text: str) -> list[tuple[int, int]]:
    """Quotations with their attribution, where no cut is made: a quotation followed by a
    reporting clause (``», a déclaré``) whole; one introduced by it (``a déclaré : « … »``) or
    holding it (``« …, a déclaré X. … »``) up to its last sentence end, where the sentence ends;
    (segmenter 2.2) one opened inside its sentence and closed just before the sentence end
    (``… font "face à … siècle".``) whole."""
    spans = []
    for opening, closing in (("«", "»"), ("“", "”")):
        spans.extend(_pairs(text, opening, closing))
    spans.extend(_straight_pairs(text))
    spans.extend(_doubled_single_pairs(text))
    inside = [match.start() for match in _REPORTING_INSIDE.finditer(text)] if spans else []  # one pass: linear
    kept = []
    for start, end in spans:
        if _reporting_follows(text, end):
            kept.append((start, end))
        elif _reporting_before(text, start) or bisect.bisect_left(inside, start) < bisect.bisect_left(inside, end):
            kept.append((start, _last_sentence_end(text, start, end)))
        elif end - start <= _INLINE_QUOTE_REACH and _opens_inside_sentence(text, start) and _sentence_ends_after(text, end):
            kept.append((start, end))
    return _merge(kept)


# A quotation opened inside a sentence and closed just before its end is at most a few sentences
# long: a longer "pair" is two stray marks, and must not keep a page in one segment.
_INLINE_QUOTE_REACH = 600


def _opens_inside_sentence(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` opens after words of the same sentence
    (``celles-ci font "face à …``, ``l'« Opération …``, ``…, « …``): a letter, digit, comma or
    apostrophe before it, not a sentence end, colon or the block's start. A straight quote must
    also look like an opening one (a space before it and none after it)."""
    before = start
    while before > 0 and text[before - 1] in " \u00a0\u202f\u2009":
        before -= 1
    if before == 0 or before < start - 3:
        return False
    previous = text[before - 1]
    if not (previous.isalnum() or previous in ",'’"):
        return False
    return text[start] != '"' or (before < start and start + 1 < len(text) and not text[start + 1].isspace())


def _sentence_ends_after(text: str, end: int) -> bool:
    """Whether a sentence end follows the closing mark ending at ``end`` (``… du XXIe siècle".``):
    the quotation closes inside its sentence, just before the end of it. For a straight quote the
    mark must look like a closing one (no space before it)."""
    if text[end - 1] == '"' and (end < 2 or text[end - 2].isspace()):
        return False
    nxt = end
    while nxt < len(text) and text[nxt] in " \u00a0\u202f\u2009" and nxt - end < 2:
        nxt += 1
    return nxt < len(text) and text[nxt] in _TERMINALS


_REPORTING_VERBS = (
    "déclaré|dit|ajouté|expliqué|indiqué|affirmé|souligné|précisé|estimé|poursuivi|insisté|rappelé|noté|observé|"
    "assuré|confié|lancé|martelé|prévenu|averti|conclu|commenté|témoigné|raconté|résumé|relevé|déploré|reconnu|"
    "plaidé|confirmé|annoncé|répondu|répété|admis|regretté|fait valoir|fait savoir|"
    "déclare|ajoute|explique|indique|affirme|souligne|précise|estime|poursuit|insiste|rappelle|observe|assure|"
    "confie|martèle|prévient|avertit|conclut|commente|témoigne|raconte|résume|relève|déplore|reconnaît|plaide|"
    "confirme|annonce|répond|répète|admet|regrette|"
    # 2.7: more verbs of the press (no noun among them: not "demande", "note", "juge", "tranche")
    "écrit|réagi|dénoncé|dénonce|salué|lâché|glissé|glisse|renchéri|renchérit|tranché|enchaîné|enchaîne|exhorté|"
    "exhorte|alerté|promis|tweeté|twitté|soutenu|soutient|jugé|souhaité|interpellé|intervenu|intervenue|réagit|"
    "said|says|added|explained|noted|stressed|warned|insisted|declared|stated|told|recalled|concluded"
)
_SUBJECT_INVERSION = r"(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))"
# ", a déclaré X.", ", a-t-il ajouté", ", explique-t-elle", ", selon Mme X", ", said Jane Doe", ", she said":
# a reporting clause after a comma, inside the quotation.
_REPORTING_INSIDE = regex.compile(
    rf",[ \u00a0]+(?:(?:(?:a|ont|avait|avaient|aurait){_SUBJECT_INVERSION}?[ \u00a0]+)?(?:{_REPORTING_VERBS}){_SUBJECT_INVERSION}?"
    rf"|selon[ \u00a0]+\p{{L}}|(?:he|she|they|it|we)[ \u00a0]+(?:{_REPORTING_VERBS})"
    rf"|\p{{Lu}}[\p{{L}}.'’-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}.'’-]*){{0,3}}[ \u00a0]+(?:said|says|added|explained))\b"
)
# d32a: a noun of speech may open the clause too ("cette déclaration forte de Mme X, présidente de l'Union :"),
# before the colon only (after a quotation, ", déclaration de X" is rare and a comma is no colon)
_REPORTING_NOUNS = "déclaration|déclarations|propos|paroles|statement|words"
_REPORTING_REACH = 160  # 2.7 (60 before): how far a reporting verb may stand before the colon that opens the quotation
# "M. X a déclaré :", "a-t-elle ajouté devant la presse :", "Selon lui :", "She said:": a reporting
# clause closed by a colon just before the quotation.
_REPORTING_BEFORE = regex.compile(
    rf"(?:\b(?:{_REPORTING_VERBS}){_SUBJECT_INVERSION}?|\b(?i:selon)[ \u00a0]+\p{{L}}|\b(?:{_REPORTING_NOUNS})\b)"
    # 2.7: the rest of the clause, up to 160 characters ("a confirmé que la saison sera longue
    # en demandant aux habitants du port de rester prudents :"), a title's period allowed ("a dit M. Roux :")
    # and a short quoted phrase ("Ils avaient dit «services rendus» :")
    rf"(?:[^.!?:;«»“”\"\n]|(?<=\b(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr))\.|«[^«».!?\n]{{1,60}}»|“[^“”.!?\n]{{1,60}}”){{0,{_REPORTING_REACH}}}"
    r":[ \u00a0\u202f]*$"
)
_REPORTING_WINDOW = 220  # the look back for a reporting clause before a quotation stays bounded


def _reporting_before(text: str, start: int) -> bool:
    """Whether the quotation opening at ``start`` follows a reporting clause and its colon."""
    return _REPORTING_BEFORE.search(text, max(0, start - _REPORTING_WINDOW), start) is not None


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """The offset of the sentence-final punctuation that closes the quotation ``text[start:end]``
    (``… Nous agirons. »``: the final period), so the sentence may end there; ``end`` when the
    quotation does not end with one (``… agirons ».``: the sentence ends after the mark)."""
    inner = end - 1
    if text[inner - 1 : inner + 1] == "’’":
        inner -= 1  # 2.7: a doubled closing mark (``… est assurée’’``)
    while inner > start and text[inner - 1] in " \u00a0\u202f\u2009":
        inner -= 1
    if inner <= start or text[inner - 1] not in _TERMINALS:
        return end
    while inner > start + 1 and text[inner - 2] in _TERMINALS:
        inner -= 1
    return inner - 1


_TERMINALS = ".!?…‼⁇⁈⁉"


def _pairs(text: str, opening: str, closing: str) -> list[tuple[int, int]]:
    pairs = []
    stack: list[int] = []
    for match in re.finditer(f"[{opening}{closing}]", text):
        if match.group() == opening:
            stack.append(match.start())
        elif stack:
            pairs.append((stack.pop(), match.end()))
    return pairs


_DOUBLED_SINGLE = regex.compile("‘’|’’")


def _doubled_single_pairs(text: str) -> list[tuple[int, int]]:
    """Quotations marked with doubled single quotes (2.7: ``‘’Nous sommes prêts’’, a-t-elle dit``,
    a press agency's habit): ``‘’`` opens one, ``’’`` closes it."""
    if "’’" not in text:
        return []
    pairs = []
    stack: list[int] = []
    for match in _DOUBLED_SINGLE.finditer(text):
        if match.group() == "‘’":
            stack.append(match.start())
        elif stack:
            pairs.append((stack.pop(), match.end()))
    return pairs


def _straight_pairs(text: str) -> list[tuple[int, int]]:
    positions = _straight_quotes(text)
    return [(positions[i], positions[i + 1] + 1) for i in range(0, len(positions) - 1, 2)]


def _straight_quotes(text: str) -> list[int]:
    """The offsets of the straight quotes of ``text`` that pair in turn (the first opens, the
    second closes, ...), without a stray one (segmenter 2.2). When their number is odd, the first
    quote that would open a quotation by its turn but is a stray pairs with none: one glued after
    a sentence end before a space (``… dans le monde", a-t-il déclaré." Selon …``: it closes the
    sentence before it), or one shaped as an opening quote whose turn partner is shaped as an
    opening one too (``Il parle de "crise. Le PAM évoque la "famine".``: the first was never
    closed)."""
    positions = [m.start() for m in re.finditer('"', text)]
    if len(positions) % 2:
        for index in range(0, len(positions), 2):
            pos = positions[index]
            glued_closing = pos > 0 and text[pos - 1] in _TERMINALS and (pos + 1 == len(text) or text[pos + 1].isspace())
            unclosed = index + 1 < len(positions) and _opening_shaped(text, pos) and _opening_shaped(text, positions[index + 1])
            if glued_closing or unclosed:
                return positions[:index] + positions[index + 1 :]
    return positions


def _opening_shaped(text: str, pos: int) -> bool:
    """Whether the straight quote at ``pos`` has a space (or the text's start) before it and a
    letter or digit after it: written as an opening quote."""
    return (pos == 0 or text[pos - 1].isspace()) and pos + 1 < len(text) and text[pos + 1].isalnum()


def _reporting_follows(text: str, end: int) -> bool:
    nxt = _skip_space(text, end)
    if nxt >= len(text):
        return False
    following = text[nxt]
    if following == ":":  # 2.5: "« … » : c'est par ces mots que X a conclu": the sentence goes on
        after = _skip_space(text, nxt + 1)
        return after < len(text) and text[after].isalpha() and text[after].islower()
    return following in ",-–—" or (following.isalpha() and following.islower())


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for cut in [*cuts, len(text)]:
        left, right = _strip(text, start, cut)
        if left < right:
            spans.append((left, right))
        start = cut
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
