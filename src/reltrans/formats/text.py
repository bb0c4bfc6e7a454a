"""Plain-text releases: one block per non-blank line, except hard-wrapped paragraphs.

Press releases scraped from web pages are line-oriented (site menus, repeated headings, list
items), so every non-blank line is its own block. A leading list marker (``-``, ``*``, ``•``,
``–``, ``1.``, ``1)``) followed by whitespace, and the whitespace around the line, are skeleton.
A line without any letter (``-``, ``***``, ``2020``) is kept verbatim as a non-translatable block.

A release pasted from a PDF or an e-mail is **hard-wrapped**: a sentence runs over several lines.
A line is joined to the next one (one ``paragraph`` block over both lines) when the line holds at
least :data:`WRAP_MIN_WORDS` words, neither line is site chrome by its own evidence
(:func:`reltrans.formats.chrome.line_evidence`: ``A partir de 9.50 / mois`` / ``je m'abonne`` stay
two lines), the next line is not blank nor a list item, and one of these holds:

* **word evidence**: the line does not end a sentence (``. ! ? … : ;``) and the next line starts
  with a lowercase letter (``Brunson McKinley,`` / ``inaugure aujourd'hui``), or the line ends
  with a letter and ``-`` and the next one starts with a letter (a compound word broken after
  its hyphen, ``PNUD-`` / ``OCHA``), or the line ends with a word that cannot end a sentence (``de`` / ``Marseille``, ``of`` / ``New York``), or with
  a title abbreviation (``a déclaré M.`` / ``Sidikou``);
* **width evidence** (whatever the case of the next word: ``du Burkina`` / ``Faso``,
  ``Estonie,`` / ``Hongrie``, ``PNUD-`` / ``OCHA``): the paragraph is wrapped at a common width
  *W* (:func:`_wrap_width`: no line of the paragraph, or of the document, is longer than
  :data:`WRAP_MAX_WIDTH`, and at least two of its lines reach 80 % of *W*), the line does not end
  a sentence, the next line's first word would not have fitted on it within *W* (which is why
  the writer broke the line there), and a later line of the paragraph holds a sentence end (a list
  of titles has none).

Text pasted from a PDF and wrapped a second time (an e-mail client re-flowing it) has ragged lines
and no common width. Inside a paragraph already joined by the evidence above (``inside``), a line
without a sentence end continues whatever the case of the next word when a later line of the
paragraph ends a sentence and the paragraph already holds a sentence end, a line ending with a
comma or more than 15 words (so not a title); a line of fewer than four words continues there too
(three words: before a lowercase word; one or two: before a line of four words or more, so
``abris`` / ``soins`` stays a list). Also joined: a line that leaves a « quotation or a bracket
open, a line ending with ``/``, ``©`` or a credit label (``Photo:``), a heading in capitals
wrapped at the common width or inside a joined heading, or before a line in capitals that opens
with a link word (``… POUR LES RÉFUGIÉS`` / ``DU SAHEL``; not ``À``, ``EN``, ``LE``, which open
titles and menu entries). Never joined into a line that opens with a
dateline (``Libreville, le 21 avril 2016 – …``: the body after its title).

A wrapped paragraph is cut as the same text on one line (segmenter 2.0): a line ending with sentence
punctuation goes on when the paragraph is known to be wrapped (the line itself joined to the one before it, or the next
word would not have fitted within *W*; or, without that, a lowercase word after a period that ends
no sentence even before a capital, ``… et suiv.`` / ``du rapport``) and the sentence rules read on
one line make no cut there (:func:`reltrans.segment.sentence_goes_on`: ``vers 300 av.`` /
``J.-C.``, ``« Les stocks sont épuisés.`` / ``Il faut agir », a-t-il dit``); a line ending with a
colon goes on before a lowercase word or before a quotation its reporting clause introduces
(``a déclaré :`` / ``« Nous …``); a line ending with an elided word (``l'`` / ``« Opération``), a
line opening with a mark French spacing put there (``: « Le centre``, ``? — reste``), the next
number of an inline enumeration or an enumeration going on inside the line (``… 1. Renforcer les
abris`` / ``2. Améliorer``; a list whose items open their lines stays a list) and a dash aside
before a lowercase word (``— faut-il le rappeler ? —``) go on; so does a title line ending with a
comma at the wrap width. Paragraphs not parted by blank lines stay apart: a caption ends with its
credit (``… 2015. LÉA MARTIN / AFR``, :func:`reltrans.segment.credit_at_end`), though a credit the
width pushed onto the next line joins its caption; a title stays apart from a body opening with a
preposition (``À travers …``) or a place and a dash (``Suisse - D'après …``) and from a heading in
capitals. A speech's salutation alone on its line (``Monsieur le Président,`` / ``Mesdames et
Messieurs,``, :data:`_SALUTATION_LINE`) stays apart from the lines around it unless the wrap width
pushed the next word down, the next line opens in lowercase or the line before ends with a word
that cannot end a sentence (segmenter 2.4). The pipe closing a flattened table cell (``Photo :
AFR/X |``) is skeleton. An enumeration left open by its comma (three items or more of four
words at most, ``Ponts coupés, champs noyés, villages vides,``) goes on into a next line that ends
it with one sentence and does not open like a paragraph, with no wrap width needed. A date alone
on its line (``08/10/2031``) is not joined to the line before unless that line ends with a word
that cannot end a sentence. A line that is only web or e-mail addresses (segmenter 2.6) is not
joined to a line ending with a colon before it (``… parmi lesquels :`` / ``http://a.org/``) nor to a
next line that does not go on in lowercase (a list of links, then a caption), unless the wrap width
pushed it there or it ends the sentence with its period. A line ending with a colon goes on over
one or two blank lines into a line opening in lowercase that ends a sentence (``… touchées :`` /
(blank) / ``l'Afrique australe et l'Afrique de l'Est. …``: the scraper broke the sentence where the
page had an image or a line break), but not into a list item, an address, a line of fewer than
four words or one without a sentence end, nor after a reporting clause. So does (segmenter 2.8) a line
of four words or more ending with a word that cannot end a sentence (``… se tiendra du 19 au`` /
(blank) / ``21 septembre à Genève.``), into a line opening in lowercase or with a digit that ends a
sentence (:func:`_unfinished_goes_on`; never a heading in capitals). Two lines parted by one or
two blank lines are one line when the page holds them whole on one line elsewhere (a title the
scraper copied twice and broke once), each part of two words or more, neither chrome nor ending a
sentence.

Nothing is removed: the line breaks stay in the text, the msgid folds them into spaces (a line
ending with a letter and ``-`` is folded without a space: ``PNUD-`` / ``OCHA`` is ``PNUD-OCHA``,
see :func:`reltrans.segment.normalize_msgid`), and ``build`` writes each translated sentence on one
line (line breaks between sentences are kept; the ones inside a sentence cannot be mapped onto the
translation's words). :func:`wrap_warning` says which lines were joined.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from reltrans.formats._lines import Line, has_letter, iter_lines, strip_span
from reltrans.formats.chrome import _HAS_SENTENCE_END, _SENTENCE_END, _WORD, kept_line, line_evidence
from reltrans.model import Block, Document
from reltrans.segment import ADDRESS_LINE, ANY_MONTH, ELISION_AT_END, PLACE, credit_at_end, introduces_quotation, sentence_goes_on

# A table cell the scraper flattened: its text, then whitespace and the pipe that closes it.
_CELL_PIPE_AT_END = regex.compile(r"[ \t\u00a0]+\|$")
_LIST_MARKER = regex.compile(r"[ \t\u00a0]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)])[ \t\u00a0\u202f]+(?=\S)")
_LAST_WORD = regex.compile(r"(?:^|\s)(?:[\p{L}]['’])?([\p{L}]+)['’]?\s*$")
_FIRST = regex.compile(r"[\s«“\"(+]*(\p{L}|\p{N})")  # "+33 6 …": a telephone number opens with its digits

# "a déclaré Mme" / "Claire Fontaine": a title written without its period never ends a sentence.
_TITLES_WITHOUT_PERIOD = frozenset("Mme Mmes Mlle Mlles MM Dr Drs Pr Me Mgr Mr Mrs Ms".split())

WRAP_MIN_WORDS = 4
"""A line joined to the next must hold at least this many words (``features`` / ``contact
manager`` is a list, not a wrapped sentence)."""

_CANNOT_END = frozenset(
    "de du des la le les l d et ou à au aux en pour par sur sous dans avec sans un une que qui dont "
    "entre vers chez contre selon ainsi plus très son sa ses leur leurs ce cette ces notre nos votre "
    "the of and or to in for a an with on at by from that this these those as into than".split()
)


def parse_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text document (see the module docstring)."""
    lines = list(iter_lines(text))
    widths = _wrap_widths(text, lines)
    blocks: list[Block] = []
    previous: Line | None = None  # the last physical line of the last block, when it may continue
    inside = False  # whether that line was itself joined to the line before it (a wrapped paragraph)
    wrapped_run = False  # whether lines were joined since the last blank line (a hard-wrapped paragraph)
    ends_later = _sentence_end_ahead(lines)
    paragraph_ends = _paragraph_ends(text, lines)
    before_blank: Line | None = None  # the last line before blank lines
    whole_lines = _whole_lines(lines)
    blanks = 0
    for position, line in enumerate(lines):
        start, end = strip_span(text, line.start, line.end)
        if start == end:
            if previous is not None:
                before_blank, blanks = previous, 0
            blanks += 1
            previous = None
            wrapped_run = False
            continue
        if (
            before_blank is not None and blanks <= _COLON_BLANKS and blocks[-1].line == before_blank.number
            and _split_line(before_blank.text, text[start:end], whole_lines)
        ):
            # "FACE A LA MENACE … DE DESTRUCTION" / (blank) / "MASSIVE, LE CONSEIL …": the page holds
            # the same heading whole on one line elsewhere, so the scraper broke this copy
            last = blocks[-1]
            blocks[-1] = Block(last.kind, last.start, end, last.line)
            before_blank, previous = None, line
            inside = wrapped_run = False
            continue
        if before_blank is not None and blanks <= _COLON_BLANKS and (
            _colon_goes_on(before_blank.text, text[start:end])
            or _unfinished_goes_on(before_blank.text, text[start:end], ends_later[position])
        ):
            # "… sur les deux régions touchées :" / (blank) / "l'Afrique australe et …", "… se tiendra
            # du 19 au" / (blank) / "21 septembre à Genève.": the scraper put a blank line inside a
            # sentence, after its colon or after a word that cannot end it
            last = blocks[-1]
            blocks[-1] = Block("list_item" if last.kind == "list_item" else "paragraph", last.start, end, last.line)
            before_blank, previous = None, line
            inside = wrapped_run = False  # no evidence of a hard wrap
            continue
        before_blank = None
        cell = _CELL_PIPE_AT_END.search(text, start, end)
        if cell is not None and has_letter(text, start, cell.start()):
            end = cell.start()  # "Photo : AFR/X |": the pipe closing a table cell is skeleton
        marker = _LIST_MARKER.match(text, line.start, line.end)
        if previous is not None and marker is not None and _mark_in_wrap(
            previous.text, text[start:end], widths.get(position), inside,
            text[max(blocks[-1].start, previous.end - _BLOCK_WINDOW) : previous.end],
        ):
            marker = None  # "… 1. Renforcer les abris" / "2. Améliorer …": an inline list wrapped, no list item
            last = blocks[-1]
            blocks[-1] = Block("list_item" if last.kind == "list_item" else "paragraph", last.start, end, last.line)
            previous = line
            inside = wrapped_run = True
            continue
        if previous is not None and marker is None and _continues(
            previous.text, text[start:end], widths.get(position), ends_later[position], inside=inside,
            block=text[max(blocks[-1].start, previous.end - _BLOCK_WINDOW) : previous.end], wrapped=wrapped_run,
            ahead=text[start : min(paragraph_ends[position], start + _AHEAD)],
        ):
            last = blocks[-1]
            blocks[-1] = Block("list_item" if last.kind == "list_item" else "paragraph", last.start, end, last.line)
            previous = line
            inside = wrapped_run = True
            continue
        inside = False
        kind = "line"
        if marker is not None:
            kind = "list_item"
            start = marker.end()
        translatable = has_letter(text, start, end)
        blocks.append(Block(kind if translatable else "separator", start, end, line.number, translatable))
        previous = line if translatable else None
    return blocks


_COLON_BLANKS = 2  # a sentence goes on after its colon over at most this many blank lines
_SPLIT_PART_WORDS = 2  # each part of a line the scraper broke over a blank line holds this many words at least


def _whole_lines(lines: list[Line]) -> frozenset[str]:
    """The document's non-blank lines, whitespace runs folded to one space (and case kept): the
    evidence that a line broken over a blank line stands whole elsewhere."""
    return frozenset(" ".join(line.text.split()) for line in lines if not line.blank)


def _split_line(line: str, following: str, whole_lines: frozenset[str]) -> bool:
    """Whether ``line`` and ``following``, parted by blank lines, are one line the scraper broke
    (segmenter 2.6): the document holds them whole on one line elsewhere (a release's title
    repeated over its text, ``FACE A LA MENACE … DE DESTRUCTION`` / (blank) / ``MASSIVE, LE CONSEIL
    …``), each part holds two words or more, and neither is chrome nor ends a sentence."""
    line, following = " ".join(line.split()), " ".join(following.split())
    if f"{line} {following}" not in whole_lines:
        return False
    if len(_WORD.findall(line)) < _SPLIT_PART_WORDS or len(_WORD.findall(following)) < _SPLIT_PART_WORDS:
        return False
    return not (_chrome_line(line) or _chrome_line(following) or _HAS_SENTENCE_END.search(line))


def _colon_goes_on(line: str, following: str) -> bool:
    """Whether ``following``, after blank lines, goes on the sentence that ``line`` leaves open on
    its colon (segmenter 2.6): ``line`` ends with a colon and introduces no quotation, and
    ``following`` opens with a lowercase word (no list item, address, date or chrome), holds
    four words or more and ends its sentence (``… touchées :`` / (blank) / ``l'Afrique australe
    et l'Afrique de l'Est. …``); an item of a list (``renforcer les abris ;``) or a line that
    ends no sentence stays apart, as does ``contacter :`` / ``presse@a.org``."""
    line = line.strip()
    following = following.strip()
    if not line.endswith((":", "：")) or _chrome_line(line) or _chrome_line(following) or introduces_quotation(line):
        return False
    if _LIST_MARKER.match(following) or ADDRESS_LINE.fullmatch(following) or len(_WORD.findall(following)) < WRAP_MIN_WORDS:
        return False
    first = _FIRST.match(following)
    if first is None or not first.group(1).islower() or kept_line(following) == "a date stamp":
        return False
    return _SENTENCE_END_LINE.search(following) is not None and not following.rstrip().endswith((";", ","))


# segmenter 2.8: the words a sentence cannot end with, before a blank line the scraper left inside
# it (prepositions, articles, conjunctions; not "plus", "ainsi", "selon", "que", which end a heading
# or a quoted title as often as they open a continuation)
_BLANK_CANNOT_END = frozenset(
    "de du des la le les et ou à au aux en pour par sur sous dans avec sans un une dont entre vers chez contre "
    "of and or to in for the a an with on at by from into than".split()
)


def _unfinished_goes_on(line: str, following: str, ends_later: bool | None = None) -> bool:
    """Whether ``following``, after blank lines, goes on the sentence that ``line`` leaves
    unfinished (segmenter 2.8): ``line`` holds :data:`WRAP_MIN_WORDS` words or more, is no heading
    (in capitals) or chrome, and ends with a word that cannot end a sentence (``… se tiendra du 19
    au``, ``… l'`` elided), and ``following`` goes on: it opens with a lowercase word or a digit
    (``21 septembre à Genève.``), its paragraph goes on to a sentence end (``ends_later``: a line
    from ``following`` on, before the next blank line, holds one; None: ``following`` itself) and
    it is no list item, address, date alone or chrome. ``Prononcé le`` / ``12 mars 2030`` and ``…
    les missions de la`` / ``Direction …`` stay apart."""
    line = line.strip()
    following = following.strip()
    if _chrome_line(line) or _chrome_line(following) or _capitals(line):
        return False
    last = _LAST_WORD.search(line)
    unfinished = (last is not None and last.group(1).lower() in _BLANK_CANNOT_END and not line.endswith(("'", "’"))) or (
        ELISION_AT_END.search(line) is not None
    )
    if not unfinished or len(_WORD.findall(line)) < WRAP_MIN_WORDS:
        return False
    if _LIST_MARKER.match(following) or ADDRESS_LINE.fullmatch(following) or kept_line(following) == "a date stamp":
        return False
    first = _FIRST.match(following)
    if first is None or following[:1] in "«“\"(" or not (first.group(1).islower() or first.group(1).isdigit()):
        return False
    return ends_later if ends_later is not None else _HAS_SENTENCE_END.search(following) is not None


WRAP_MAX_WIDTH = 150
"""A paragraph whose lines reach this many characters is not hard-wrapped (scraped pages hold one
paragraph per line, hundreds of characters long)."""
_WRAP_MIN_WIDTH = 40  # narrower "paragraphs" are menus and letterheads
_NEAR_WIDTH = 0.8
_TWO_LINE_NEAR = 0.9


def _wrap_widths(text: str, lines: list[Line]) -> dict[int, int]:
    """For the position of every line that follows another line of a hard-wrapped paragraph,
    the paragraph's wrap width. A paragraph is a run of non-blank lines without chrome evidence
    (chrome is judged first); a run of three lines or more is wrapped at its longest line when at
    least two different lines of it reach 80 % of it (and it lies between 40 and
    :data:`WRAP_MAX_WIDTH` characters); a two-line run takes the width of the document's wrapped
    runs (the widest, widened by two-line runs whose first line overflows it by up to 10 %), if it has any and the run's first line reaches 80 % of it; with none, the
    width of the two-line runs whose first line is the longer, when three of them reach 90 % of
    the widest (every paragraph wrapped over two lines)."""
    lengths = [len(line.text.rstrip()) for line in lines]
    runs: list[list[int]] = []
    run: list[int] = []
    for position, line in enumerate(lines):
        if line.blank or _chrome_line(line.text):
            if run:
                runs.append(run)
            run = []
        else:
            run.append(position)
    if run:
        runs.append(run)
    widths: dict[int, int] = {}
    short: list[list[int]] = []
    found: list[int] = []
    for run in runs:
        if len(run) == 2:
            short.append(run)
        elif len(run) > 2:
            width = max(lengths[p] for p in run)
            # segmenter 2.5: a line the scraper doubled (a caption or a title written twice) is
            # one line reaching the width, not two: no evidence of a wrap
            near = len({lines[p].text.strip() for p in run if lengths[p] >= _NEAR_WIDTH * width})
            if _WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH and near >= 2:
                widths.update((p, width) for p in run[1:])
                found.append(width)
    if not found:
        # every paragraph runs over two lines (a wide wrap): three or more of them whose first,
        # longer line reaches 90 % of the widest show the width
        firsts = [lengths[f] for f, s in short if lengths[f] >= lengths[s] and _WRAP_MIN_WIDTH <= lengths[f] <= WRAP_MAX_WIDTH]
        if firsts and sum(1 for length in firsts if length >= _TWO_LINE_NEAR * max(firsts)) >= 3:
            found = [max(firsts)]
    if found:
        # a two-line run is wrapped at the document's width: the widest of its wrapped runs (a
        # writer wraps every paragraph at one width; each run's longest line falls a little short)
        widest = max(found)
        # two-line runs whose first line is the longer and overflows it a little widen it
        widest = max([widest] + [lengths[f] for f, s in short if lengths[s] <= lengths[f] <= min(WRAP_MAX_WIDTH, widest * 1.1)])
        for first, second in short:
            if lengths[first] >= _NEAR_WIDTH * widest and max(lengths[first], lengths[second]) <= widest:
                widths[second] = widest
    return widths


# How much of the block a line ends is looked at when deciding to join the next line: the end
# of a long paragraph decides, and a file of many thousand joined lines stays linear in time.
_BLOCK_WINDOW = 10_000


_AHEAD = 600  # how much of the paragraph after a line break is read to judge a period before it


def _paragraph_ends(text: str, lines: list[Line]) -> list[int]:
    """For every position, the offset where its paragraph (its run of non-blank lines) ends."""
    ends = [len(text)] * (len(lines) + 1)
    for position in range(len(lines) - 1, -1, -1):
        line = lines[position]
        ends[position] = line.start if line.blank else ends[position + 1]
    return ends


def _sentence_end_ahead(lines: list[Line]) -> list[bool]:
    """For every position, whether a line from there on, before the next blank line, holds a
    sentence end (one backward pass: linear in the number of lines)."""
    ahead = [False] * (len(lines) + 1)
    for position in range(len(lines) - 1, -1, -1):
        line = lines[position]
        ahead[position] = False if line.blank else bool(_HAS_SENTENCE_END.search(line.text)) or ahead[position + 1]
    return ahead


def _continues(
    line: str, following: str, width: int | None = None, ends_later: bool = False, *, inside: bool = False,
    block: str = "", wrapped: bool = False, ahead: str = "",
) -> bool:
    """Whether ``following`` continues the sentence that ``line`` leaves unfinished (``width``:
    the paragraph's wrap width, None when it is not hard-wrapped; ``inside``: ``line`` was
    itself joined to the line before it, so the paragraph is known to be hard-wrapped; ``block``:
    the text of the block ``line`` ends; ``wrapped``: lines of this paragraph, before the next
    blank line, were already joined; ``ahead``: the paragraph from ``following`` on, default
    ``following``)."""
    line = line.strip()
    if _CLOSING_LINE.fullmatch(following.strip()) and _open_at_end(block or line) and not _chrome_line(line):
        return True  # "… « chaque dollar compte" / "».": the line only closes the quotation left open
    if _chrome_line(line) or (_chrome_line(following) and not _unfinished_before_lowercase(line, following, inside)):
        return False
    if _addresses_apart(line, following) and not _pushed_by_width(line, following, width):
        return False  # "… parmi lesquels :" / "http://a.org/" / "Camp à Haïti, …": a list of links
    if (_SALUTATION_LINE.fullmatch(line) or _SALUTATION_LINE.fullmatch(following.strip())) and _salutation_apart(line, following, width):
        return False  # "Monsieur le Président," / "Mesdames et Messieurs,": a speech's salutation is a line of its own
    if (kept_line(line) == "a credit" or credit_at_end(block or line)) and not _CREDIT_GOES_ON.search(line):
        return False  # "… 2015. LÉA MARTIN / AFP", "Photo AFR/T. Marchand": a caption ends with its credit
    if kept_line(following) == "a credit" and not _pushed_by_width(line, following, width):
        # a credit on a line of its own ("Photo : OIM/X") is not joined to the caption above,
        # unless the wrap put it there: its first word would not have fitted on the line
        return False
    if _CREDIT_WORD_AT_END.search(line) and _AGENCY_CREDIT.fullmatch(following.strip()):
        return True  # "… le 3 mai 2031. Photo" / "PFA/A. Diallo": the credit's label, then its agency and name
    if _CREDIT_CUT_AT_END.search(line) and _CREDIT_NAME.fullmatch(following.strip()):
        return True  # "… Photo AFR/S." / "Lenoir", "© AFR /" / "S. Lenoir": the credit's name goes on
    if following.lstrip()[:1] in "»”" and _open_at_end(block or line):
        return True  # "« … Il faut agir." / "» Le convoi …": the line closes the quotation left open
    first = _FIRST.match(following)
    if first is None:
        # ": « Le centre …", "? — reste", "; les": French spacing put the mark on the next line,
        # and no sentence opens with it
        return _CONTINUING_MARK.match(following) is not None and not _SENTENCE_END.search(line)
    char = first.group(1)
    if _open_at_end(block or line) and not regex.search(r"[.!?…][\s»”’\"')\]]*$", line):
        return True  # "intitulées respectivement «" / "Le droit", "(Département des affaires" / "humanitaires)"
    if line.endswith(("/", "©")) or _CREDIT_LABEL_AT_END.search(line):
        return True  # "© ONU /" / "A.Voisard", "Photo:" / "ONU/Evan Schneider"
    if _DATELINE_LINE.fullmatch(line) and (char.isalpha() or char.isdigit()) and not _capitals(following):
        return True  # "Genève, 25 novembre 2009." / "Le comité …": a dateline stays with its sentence
    if following.lstrip().startswith("(") and _bracket_continues(following) and not _SENTENCE_END.search(line):
        return True  # "… des Nations Unies pour les réfugiés" / "(HCR) a ouvert …"
    last = _LAST_WORD.search(line)
    words = len(_WORD.findall(line))
    cannot_end = (
        (last is not None and (last.group(1).lower() in _CANNOT_END or last.group(1) in _TITLES_WITHOUT_PERIOD))
        or ELISION_AT_END.search(line) is not None
    )
    if (
        _capitals(following) and not _capitals(line) and len(_WORD.findall(following)) >= 2
        and not _open_at_end(block or line) and not regex.search(r"[/©]", following)  # not a credit: "LÉA MARTIN / AFR"
    ):
        return False  # "… à l'occasion de la réunion" / "LA DIRECTRICE ASSURE …": a heading in capitals opens a block
    if _capitals(line) and regex.search(r"\p{Ll}", following) and not _DATELINE_LINE.fullmatch(line):
        return False  # a title in capitals is its own segment: "LE HCR OUVRE UN CENTRE" / "Le Haut-Commissariat …"
    if not (inside or wrapped) and _BYLINE_LINE.fullmatch(following.strip()):
        return False  # "… le camp “des veuves”" / "par France 24 FR": a title and its byline
    if kept_line(following) == "a date stamp" and not has_letter(following) and not cannot_end:
        return False  # "… Directeur général" / "08/10/2031": a title's date line stands alone
    # "Selon un" / "communiqué" is no short line, nor "mondiale" / "de" / "l'alimentation" inside a paragraph
    short = words < WRAP_MIN_WORDS and not (cannot_end and (words >= 2 or inside or wrapped))
    if short and line.endswith(",") and char.islower() and len(_WORD.findall(following)) >= WRAP_MIN_WORDS:
        return True  # "Dimanche," / "la musique a retenti …": a comma never ends a sentence
    if short and not (inside or wrapped):
        return False
    if _SENTENCE_END.search(line):
        # "a déclaré M." / "Sidikou devant": a title abbreviation does not end the sentence
        if line.endswith(".") and _ends_with_title(line) and char.isupper():
            return True
        return _period_goes_on(line, following, block or line, ahead or following, width, char, inside)
    if short and words < 3:
        # inside a paragraph already joined, a line of one or two words is the end of a line
        # wrapped again ("… les défis et" / "priorités" / "appelant des solutions régionales")
        # when a line of four words or more follows it ("abris" / "soins" is a list)
        if len(_WORD.findall(following)) < WRAP_MIN_WORDS or _DATELINE_START.match(following):
            return False
        return (char.isalpha() and char.islower()) or (inside and ends_later and _holds_sentence(block))
    if char.isalpha() and char.islower():
        return True  # (a short line: three words, inside a paragraph, "était également saisi" / "d'un")
    if line.endswith("-") and line[-2:-1].isalpha() and char.isalpha():
        return True  # a compound word broken after its hyphen: "PNUD-" / "OCHA"
    if cannot_end and (char.isupper() or char.isdigit()):
        return True
    if inside and _capitals(line) and _capitals(following):
        return True  # a heading in capitals, wrapped: "… A RASSEMBLER" / "28 MILLIONS DE DOLLARS"
    if _capitals(line) and _capitals(following) and _links_title(following):
        return True  # "… POUR LES RÉFUGIÉS" / "DU SAHEL ET DU LAC TCHAD": a heading opening with a link word goes on
    if _DATELINE_START.match(following):
        return False  # "Libreville, le 21 avril 2016 – Le PNUD …": a dateline opens the release's body
    if _opens_paragraph(following) and not _capitals(following) and not _HAS_SENTENCE_END.search(block or line):
        return False  # a title, subtitle or caption (no sentence end) before "Le HCR a …" or "« Nous …"
    if _TITLE_OPENING.match(following) and _HEADING_END.search(line) and not _HAS_SENTENCE_END.search(block or line):
        # segmenter 2.7: "1 - Santé - … dans la vallée (12 mars 2030)" / "M. Paul Roux, ministre …": a
        # heading ending with a bracket (its date), then a paragraph opening with a title and a name
        return False
    if _PLACE_DASH_START.match(following) and not _HAS_SENTENCE_END.search(block or line):
        return False  # a title before "Suisse - D'après l'OIM …": a dateline of a place and a dash opens the body
    if inside and ends_later and _holds_sentence(block):
        # inside a hard-wrapped paragraph (ragged: wrapped twice, no common width) that already
        # holds a sentence end or many words (not a title), a line with no sentence end continues
        return True
    if _enumeration_goes_on(line, following):
        return True  # "Ponts coupés, champs noyés, villages vides," / "Familles sans toit.": an enumeration goes on
    if width is None:
        return False
    first_word = following.strip().split(None, 1)[0]
    if len(line) + 1 + len(first_word) <= width:
        return False  # the word would have fitted: the writer ended the line there
    if line.endswith(",") and not short:
        return True  # "Déclaration du Haut-Commissaire," / "Jeanne Dupont, à l'occasion …": a title wrapped
    # the writer broke the line because the word did not fit: a sentence follows later, or the
    # paragraph is a heading in capitals wrapped at the same width ("… 28 MILLIONS DE DOLLARS" / "POUR L'AIDE …")
    return ends_later or (_capitals(line) and _capitals(following))


def _addresses_apart(line: str, following: str) -> bool:
    """Whether a line that is only web or e-mail addresses stays apart from the line around it
    (segmenter 2.6): after a line ending with a colon (``… parmi lesquels :`` / ``http://a.org/``,
    ``… veuillez contacter :`` / ``presse@a.org``), and before a line that does not go on in
    lowercase (``http://a.org/`` / ``Camp à Haïti, …``: a list of links, then a caption or a
    paragraph). An address the wrap put alone on its line inside a sentence still goes on
    (``disponible à l'adresse`` / ``http://a.org/rapport`` / ``depuis lundi.``), and so does one
    ending the sentence with its period (``… courriel :`` / ``a.petit@a.org.``); the caller also
    joins the lines when the wrap width pushed the address down."""
    if line.rstrip().endswith((":", "：")) and ADDRESS_LINE.fullmatch(following) and not following.rstrip().endswith("."):
        return True
    if not ADDRESS_LINE.fullmatch(line):
        return False
    first = _FIRST.match(following)
    return first is None or not first.group(1).islower()


# A speech's salutation on a line of its own: a form of address, seven words at most, closed by a comma
# ("Monsieur le Président,", "Mesdames et Messieurs,", "Chères et chers collègues,", "Excellences,").
_SALUTATION_LINE = regex.compile(
    r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mesdemoiselles|Chers?|Chères?|Excellences?|Honorables?|"
    r"Distingu[ée]e?s?|Éminences?|Majesté|Altesses?|Ladies|Dear|Excellencies|Distinguished|Madam|Mr\.?|Mrs\.?|M\.|Mme)"
    r"(?=[ \u00a0,])(?:[ \u00a0]+[\p{L}\p{M}'’.-]+){0,6}[ \u00a0]*,"
)


def _salutation_apart(line: str, following: str, width: int | None) -> bool:
    """Whether a salutation line stays apart from the line around it: not when the wrap width
    pushed the next word down, nor when the next line goes on in lowercase (``Monsieur le
    Président,`` / ``qui a …``: a ragged wrap), nor when ``line`` ends with a word that cannot end
    a sentence (``… accueillis par`` / ``Monsieur le Président,``)."""
    first = _FIRST.match(following)
    if first is not None and first.group(1).islower():
        return False
    if _pushed_by_width(line, following, width):
        return False
    last = _LAST_WORD.search(line)
    return not (
        (last is not None and (last.group(1).lower() in _CANNOT_END or last.group(1) in _TITLES_WITHOUT_PERIOD))
        or ELISION_AT_END.search(line) is not None
    )


_ENUMERATION_ITEMS = 3  # comma-separated items (four words at most each) that make a line an enumeration


def _enumeration_goes_on(line: str, following: str) -> bool:
    """Whether ``line`` is an enumeration left open by its comma (three items or more, four words
    at most each: ``Ponts coupés, champs noyés, villages vides,``) and ``following`` ends it with
    one sentence (``Familles sans toit, pays en ruine.``), not opening like a new paragraph: a
    comma never ends a sentence, even when no wrap width shows the paragraph is wrapped."""
    if not line.endswith(",") or _HAS_SENTENCE_END.search(line) or _SALUTATION_LINE.fullmatch(line):
        return False
    items = line[:-1].split(",")
    if len(items) < _ENUMERATION_ITEMS or any(not 1 <= len(_WORD.findall(item)) <= 4 for item in items):
        return False
    following = following.strip()
    return (
        _SENTENCE_END_LINE.search(following) is not None and _HAS_SENTENCE_END.search(following[:-1]) is None
        and not _opens_paragraph(following)
    )


_SENTENCE_END_LINE = regex.compile(r"[.!?…][»”’\"')\]]*[ \t\u00a0]*$")
_CLOSING_LINE = regex.compile(r"[»”’\"')\]][ \t\u00a0\u202f»”’\"')\].,;:!?…]*")
# "© ONU /" / "A. Voisard", "Photo AFR/S." / "Lenoir": a credit whose name goes on on the next line.
_CREDIT_GOES_ON = regex.compile(r"(?:(?<![\p{L}\p{M}])\p{Lu}\.|[/©:])[ \t\u00a0]*$")
# "… Photo AFR/S.", "… © AFR /": a credit label, then an agency cut after its slash or an initial.
_CREDIT_CUT_AT_END = regex.compile(
    r"(?:^|\s)(?:Photos?|Crédits?(?: photo)?|Credits?|©)[ \t\u00a0:]*[^\n]{0,40}(?:/|(?<![\p{L}\p{M}])\p{Lu}\.)[ \t\u00a0]*$"
)
_CREDIT_WORD_AT_END = regex.compile(r"(?:^|\s)(?:Photos?|Crédits?(?: photo)?|Credits?|©)[ \t\u00a0]*$")
_AGENCY_CREDIT = regex.compile(r"\p{Lu}[\p{L}\p{N}.&-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}.&-]*){0,2}[ \u00a0]*/[^\n/]{1,40}")
_CREDIT_NAME = regex.compile(r"(?:\p{Lu}\.[ \u00a0]*)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}(?:[ \u00a0]*\([^()]{1,20}\))?")
_CONTINUING_MARK = regex.compile(r"[ \t\u00a0\u202f]*[:;!?,)\]][ \t\u00a0\u202f]*\S")
_CREDIT_LABEL_AT_END = regex.compile(r"(?:^|\s)(?:Photos?|Crédits?(?: photo)?|Credits?|Source)\s*:$", regex.IGNORECASE)


_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_DATELINE_START = regex.compile(
    rf"[ \t]*\p{{Lu}}[\p{{L}}\p{{M}}'’. /-]{{1,40}},(?:[ \u00a0]+le)?[ \u00a0]+\d{{1,2}}(?:er)?[ \u00a0]+(?i:{_MONTHS})\b"
)
# "Suisse - D'après l'OIM", "Genève – Le HCR": a place, a spaced dash and a capitalised word opening a body.
_PLACE_DASH_START = regex.compile(rf"[ \t]*{PLACE}[ \u00a0]+[-–—][ \u00a0]+(?:\p{{Lu}}|[«“\"])")
# A line that is only a dateline: "Genève, 25 novembre 2009.", "PARIS, 14 Fév. 2011 -", "Dakar, le 3 mars –".
_DATELINE_LINE = regex.compile(
    rf"{PLACE},(?:[ \u00a0][^,.!?\n]{{1,40}},)?(?:[ \u00a0]+le)?[ \u00a0]+\d{{1,2}}(?:er)?"
    rf"[ \u00a0]+(?i:{ANY_MONTH})(?:[ \u00a0]+\d{{4}})?(?:[ \u00a0]*\(\p{{Lu}}[^()\n]{{0,30}}\))?[ \u00a0]*[.:–—-]?"
)
# "(HCR) a ouvert", "(OIM), le nombre": a bracket that opens the line and that the sentence goes on after.
_BRACKET_THEN_MORE = regex.compile(r"\s*\([^()\n]{1,120}\)[ \u00a0]*(?:[,;:]|\p{Ll})")
_TITLE_WORDS = 15  # a block of more words, or one with a sentence end or a line ending with a comma, is no title


_STARTERS = frozenset(
    "Il Elle Ils Elles Le La Les L Un Une Ce Cette Ces Cet C Nous On Selon Depuis Mais Cependant Toutefois "
    "Ainsi Lors Après Avant Son Sa Ses Leur Leurs Cela Ceci Qu À En Dans Pour Au Aux Par Sur Avec Face Outre "
    "The It He She They We This That These Those However According Its Their Our His Her There".split()
)
_TITLE_OPENING = regex.compile(r"[ \t]*(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr)\.?[ \u00a0]+\p{Lu}")
_HEADING_END = regex.compile(r"\)[ \t\u00a0]*$")
_OPENING = regex.compile(r"[ \t]*(?:[«“\"]|(\p{Lu}\p{Ll}*)(?:['’]|[ \u00a0,]))")
# "par France 24 FR", "By Jane Doe": a byline of a few capitalised words.
_BYLINE_LINE = regex.compile(r"(?:par|by)[ \u00a0]+\p{Lu}[\p{L}\p{N}.'’-]*(?:[ \u00a0]+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){0,4}")


def _opens_paragraph(following: str) -> bool:
    """Whether ``following`` opens like a new paragraph: an opening quotation mark or a capitalised
    sentence opener (``Le``, ``L'``, ``Selon``, ``The``), not a continuation such as ``Faso``."""
    match = _OPENING.match(following)
    return match is not None and (match.group(1) is None or match.group(1) in _STARTERS)


def _bracket_continues(following: str) -> bool:
    """Whether ``following`` opens with a bracket after which its sentence goes on in lowercase
    or after a comma (so the bracket sits inside a sentence begun on the line before)."""
    return _BRACKET_THEN_MORE.match(following) is not None


def _holds_sentence(block: str) -> bool:
    return (
        _HAS_SENTENCE_END.search(block) is not None or block.rstrip().endswith(",") or len(_WORD.findall(block)) > _TITLE_WORDS
    )


def _open_at_end(line: str) -> bool:
    """Whether ``line`` leaves a « quotation or a bracket open (more openers than closers)."""
    return line.count("«") > line.count("»") or line.count("(") > line.count(")") or line.count("[") > line.count("]")


# Words that link a wrapped heading's second line to its first (never the first word of a title
# or a menu entry, unlike "À", "EN", "LE": "À PROPOS", "EN BREF", "LE HCR …").
_TITLE_LINKS = frozenset("de du des d au aux pour et ou dans sur contre par avec sans vers chez entre of for and with by from".split())
_FIRST_WORD = regex.compile(r"[ \t]*(\p{L}+)(?:['’]|\s|$)")


def _links_title(following: str) -> bool:
    """Whether ``following`` opens with a word that links it to the line before (``DU SAHEL``)."""
    match = _FIRST_WORD.match(following)
    return match is not None and match.group(1).lower() in _TITLE_LINKS


def _capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and not any(ch.islower() for ch in letters)


@functools.lru_cache(maxsize=4096)  # each line is asked about up to three times (as a line, the next one, a run)
def _chrome_line(text: str) -> bool:
    """Chrome evidence of the line itself, or a date label glued before its text (never joined)."""
    from reltrans.segment import _metadata_head

    return bool(line_evidence(text)) or _metadata_head(text) is not None


def _unfinished_before_lowercase(line: str, following: str, inside: bool) -> bool:
    """Whether ``following`` opens with a lowercase word after a ``line`` left unfinished (a
    joined line, or one ending with a word that cannot end a sentence: ``lors d'une`` /
    ``conférence de presse.``): a wrapped fragment, whatever label it looks like."""
    first = _FIRST.match(following)
    if first is None or not first.group(1).islower() or _SENTENCE_END.search(line):
        return False
    last = _LAST_WORD.search(line)
    return inside or (last is not None and last.group(1).lower() in _CANNOT_END) or ELISION_AT_END.search(line) is not None


def _pushed_by_width(line: str, following: str, width: int | None) -> bool:
    """Whether ``following``'s first word would not have fitted on ``line`` within the paragraph's
    wrap ``width`` (so a hard wrap, not the writer, ended the line there)."""
    words = following.split(None, 1)
    return width is not None and bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width


_NUMBER_MARK = regex.compile(r"[ \t\u00a0]*(\d{1,3})([.)])")
_DASH_ASIDE = regex.compile(r"[ \t\u00a0]*[–—][ \t\u00a0]+\p{Ll}")


def _mark_in_wrap(line: str, following: str, width: int | None, wrapped: bool, block: str) -> bool:
    """Whether ``following``, which opens like a list item, goes on the sentence of ``line`` in a
    hard-wrapped paragraph: ``line`` ends no sentence, the paragraph is known to be wrapped
    (``wrapped``: ``line`` was itself joined to the line before it; or the mark would not have
    fitted on ``line`` within ``width``), and the mark is
    the next of an inline enumeration in ``block`` (``… : 1. Renforcer les abris`` / ``2. Améliorer
    …``; a list whose items open their lines has no mark inside a line), or an enumeration that
    goes on inside ``following`` (``trois mesures :`` / ``1. Renforcer les abris 2. Améliorer``,
    also after a colon), or a dash before a lowercase word (``et ce budget`` / ``— faut-il le
    rappeler ? — reste …``: an aside)."""
    line = line.strip()
    if not line or _chrome_line(line) or _chrome_line(following):
        return False
    end = _SENTENCE_END.search(line)
    mark = following.split(None, 1)[0]
    if not (wrapped or (width is not None and len(line) + 1 + len(mark) > width)):
        return False
    if _DASH_ASIDE.match(following):
        return end is None
    number = _NUMBER_MARK.match(following)
    if number is None or (end is not None and not line.endswith(":")):
        return False  # after a colon, only an enumeration that goes on inside the line ("1. … 2. …")
    value, punct = int(number.group(1)), number.group(2)
    after = regex.escape(f"{value + 1}{punct}")
    if regex.search(rf"(?<=\S[ \t\u00a0]+){after}[ \t\u00a0]+\p{{Lu}}", following, pos=number.end()):
        return True  # "mesures :" / "1. Renforcer les abris 2. Améliorer …"
    if end is not None or value < 2:
        return False
    before = regex.escape(f"{value - 1}{punct}")
    return regex.search(rf"(?<=\S[ \t\u00a0]+){before}[ \t\u00a0]", block) is not None


def _period_goes_on(line: str, following: str, block: str, ahead: str, width: int | None, char: str, wrapped: bool) -> bool:
    """Whether a line ending with sentence punctuation goes on into ``following`` in a hard-wrapped
    paragraph: the paragraph is known to be wrapped (``wrapped``: ``line`` was itself joined to the
    line before it; or ``following``'s first word would not have fitted within ``width``), or a
    lowercase word follows a period that would end no sentence before a capital either, and the
    sentence rules read on one line make no cut at the line break
    (:func:`reltrans.segment.sentence_goes_on`: ``vers 300 av.`` / ``J.-C.``, ``« … épuisés.`` /
    ``Il faut agir », a-t-il dit``, ``etc.`` / ``et``).
    A line ending with ``;`` is never joined this way, nor one ending with ``:`` unless a
    lowercase word or a quotation after its reporting clause (``a déclaré :`` / ``« Nous …``)
    follows, in a paragraph known to be wrapped."""
    stripped = line.rstrip("»”’\"')] \t\u00a0\u202f")
    if stripped.endswith(";"):
        return False
    if stripped.endswith(":"):
        if not (wrapped or _pushed_by_width(line, following, width)):
            return False
        if char.isalpha() and char.islower():
            return True  # "… d'une importance essentielle :" / "la conférence …": no colon ends a sentence before a lowercase word
        return following.lstrip()[:1] in "«“\"" and introduces_quotation(block)
    if not (wrapped or _pushed_by_width(line, following, width)):
        # no wrap evidence: a lowercase word after a period that ends no sentence even before a
        # capital ("… p. 12 et suiv." / "du rapport"), not after a finished sentence ("… lundi
        # matin." / "il était attendu.")
        if not (char.isalpha() and char.islower() and stripped.endswith(".")):
            return False
        ahead = regex.sub(r"\p{Ll}", lambda m: m.group().upper(), ahead, count=1)
    return sentence_goes_on(block, ahead)


def _ends_with_title(line: str) -> bool:
    from reltrans.segment import TITLE_ABBREVIATIONS

    return line[:-1].rsplit(None, 1)[-1] in TITLE_ABBREVIATIONS


def wrapped_blocks(document: Document) -> list[tuple[int, int]]:
    """``(first line, last line)`` of every block that runs over several lines of a text document."""
    if document.format != "text":
        return []
    spans = []
    for block in document.blocks:
        if block.chrome:
            continue  # chrome is judged first: a hard wrap is looked for in the body only
        breaks = document.text.count("\n", block.start, block.end) or document.text.count("\r", block.start, block.end)
        if breaks:
            spans.append((block.line, block.line + breaks))
    return spans


def wrap_warning(document: Document) -> str | None:
    """A ``W-WRAP`` line naming the hard-wrapped paragraphs that were joined, or None."""
    spans = wrapped_blocks(document)
    if not spans:
        return None
    shown = ", ".join(f"{a}-{b}" for a, b in spans[:8]) + (", ..." if len(spans) > 8 else "")
    return (
        f"W-WRAP {len(spans)} hard-wrapped paragraph{'s' if len(spans) > 1 else ''} joined into sentences "
        f"(lines {shown}); build writes each translated sentence on one line"
    )


# --------------------------------------------------------------------------- words broken by a hyphen
# A lowercase letter, a hyphen ending the line, a lowercase letter opening the next one: "de-" / "mande".
_LINE_END_HYPHEN = regex.compile(r"(?<=\p{Ll})-[ \t]*(?:\r\n|\r|\n)[ \t]*(?=\p{Ll})")
_LEFT_PART = regex.compile(r"(?:\p{L}+-)*\p{L}+$")  # "est-à" in "c'est-à-", "demande" in "une de"
_RIGHT_PART = regex.compile(r"\p{L}+(?:-\p{L}+)*")  # "t-il" after "a-"
_TOKEN = regex.compile(r"\p{L}+(?:-\p{L}+)*")
_LEFT_WINDOW = 80  # a word is never longer: the look back stays bounded

# Second parts that make a compound with any word: "-t-il", "peut-être", "lui-même", "au-delà". Not
# the ones a hyphenator also leaves as a syllable ("ver-" / "tu", "mer-" / "ci").
_COMPOUND_SECONDS = frozenset(
    "t il elle ils elles on je nous vous moi lui même mêmes être dessus dessous delà bas".split()
)
# First parts of compounds: "porte-parole", "sous-estimé", "vis-à-vis", "cessez-le-feu", "c'est-à-dire".
# Not the ones a hyphenator also cuts words after: "pré-" / "sident", "par-" / "tenaires", "ex-" /
# "pliqué", "au-" / "torités", "beau-" / "coup", "chef-" / "fe", "mi-" / "nistre", "bien-" / "tôt".
_COMPOUND_FIRSTS = frozenset(
    "peut porte sous vis après avant arrière demi grand grande grands grandes non semi vice quasi "
    "haut haute sans cessez garde gardes là petit petite petits petites nord sud néo post ultra est à libre".split()
)


@dataclass(frozen=True)
class HyphenBreak:
    """A hyphen ending a line inside a hard-wrapped paragraph, between two lowercase letters.

    ``offset``: the hyphen's offset in the document text; ``line``: its 1-based line; ``left`` /
    ``right``: the word parts around the line break; ``joined``: whether the msgid gets the word
    without the hyphen; ``reason``: the evidence for the decision."""

    offset: int
    line: int
    left: str
    right: str
    joined: bool
    reason: str
    chrome: bool = False  # in a block judged site chrome (no warning there)

    @property
    def unsure(self) -> bool:
        """No evidence either way: the hyphen is kept and :func:`hyphen_warning` names the line."""
        return not self.joined and self.reason.startswith("no evidence")


def hyphen_breaks(document: Document) -> tuple[HyphenBreak, ...]:
    """Every hyphen ending a line inside a block of a plain-text or Markdown ``document`` between two
    lowercase letters (``de-`` / ``mande``), with its decision:

    * **joined** when the word without the hyphen (``demande``) stands elsewhere in the document
      and neither the hyphenated form (``de-mande``) nor a known compound part does;
    * **kept** (a compound) when the hyphenated form stands elsewhere on one line, or a part is a
      known compound part (``peut-`` / ``être``, ``a-`` / ``t-il``, ``Porte-`` / ``parole``,
      ``c'est-à-`` / ``dire``);
    * **kept, unsure** otherwise (or when both forms stand elsewhere): :func:`hyphen_warning`
      names the line, a reviewer decides.

    The text is never changed: the msgid gets the joined word, the skeleton keeps the bytes.
    Markdown paragraphs and list items are read the same way (their line breaks are wraps)."""
    if document.format not in ("text", "markdown"):
        return ()
    text = document.text
    candidates: list[tuple[int, str, str, str]] = []
    for block in document.blocks:
        if not block.translatable:
            continue
        for match in _LINE_END_HYPHEN.finditer(text, block.start, block.end):
            left = _LEFT_PART.search(text, max(block.start, match.start() - _LEFT_WINDOW), match.start())
            right = _RIGHT_PART.match(text, match.end(), min(block.end, match.end() + _LEFT_WINDOW))
            if left is None or right is None:
                continue
            candidates.append((match.start(), left.group(), right.group(), bool(block.chrome)))
    if not candidates:
        return ()
    tokens = {token.lower() for token in _TOKEN.findall(text)}
    line_starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]
    found = []
    for offset, left, right, chrome in candidates:
        joined_word = (left + right).lower()
        hyphenated = f"{left}-{right}".lower()
        first, second = left.rsplit("-", 1)[-1].lower(), right.split("-", 1)[0].lower()
        compound = first in _COMPOUND_FIRSTS or second in _COMPOUND_SECONDS
        elsewhere_joined = joined_word in tokens
        elsewhere_hyphenated = hyphenated in tokens
        line = bisect.bisect_right(line_starts, offset)
        if elsewhere_joined and not (elsewhere_hyphenated or compound):
            decision = (True, f"joined: {left + right!r} stands unbroken elsewhere in the text")
        elif (elsewhere_hyphenated or compound) and not elsewhere_joined:
            why = f"{hyphenated!r} stands elsewhere in the text" if elsewhere_hyphenated else "a compound word part"
            decision = (False, f"kept: {why}")
        elif elsewhere_joined:
            decision = (False, f"no evidence: both {left + right!r} and a compound ({left}-{right}) are likely")
        else:
            decision = (False, f"no evidence: neither {left + right!r} nor {left}-{right} stands elsewhere in the text")
        found.append(HyphenBreak(offset, line, left, right, *decision, chrome=chrome))
    return tuple(found)


def hyphen_warning(document: Document) -> str | None:
    """A ``W-HYPHEN`` line naming the body lines that end with a hyphen between two lowercase
    letters with no evidence whether it breaks a word or joins a compound (the hyphen is kept),
    or None."""
    unsure = [found for found in hyphen_breaks(document) if found.unsure and not found.chrome]
    if not unsure:
        return None
    shown = "; ".join(f"line {b.line}: {b.left}- / {b.right}" for b in unsure[:8]) + ("; ..." if len(unsure) > 8 else "")
    return (
        f"W-HYPHEN {len(unsure)} hyphen{'s' if len(unsure) > 1 else ''} at a line end kept ({shown}): "
        "a word broken by the wrap or a compound? The msgid keeps the hyphen"
    )

