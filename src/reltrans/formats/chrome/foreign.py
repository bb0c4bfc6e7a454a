"""Site chrome: lines in another language than the page (chrome 13: alt texts, choosers, foot blurbs)."""
from __future__ import annotations

from reltrans.formats.chrome.evidence import kept_line
from reltrans.formats.chrome.lexicon import _HAS_SENTENCE_END, _SENTENCE_END, _WORD
from reltrans.formats.chrome.lines import _Line, _is_body
from reltrans.function_words import is_french_word


# Short function words of the other languages a scraped French page carries in its alt texts
# and labels: a shorter list than reltrans.function_words.ENGLISH (no "about", "more", "after":
# a toolbar's "About this capture" stays unjudged) and no French homograph ("on", "an", "a").
_FOREIGN_WORDS = {
    "English": frozenset("the of and to for with from by at is are was our your this that its in into we you their".split()),
    "Portuguese": frozenset("com do dos das da o um uma para pelo pela no na nas em ao".split()),
    "Spanish": frozenset("el los las del y con por para una".split()),
}
_FOREIGN_MIN = 2  # function words of one other language that make a line that language
_FOREIGN_LINE_WORDS = 15
_TOKEN_EDGES = "\"'“”«»‘’()[]{}.,;:!?…"


def foreign_language(text: str) -> str:
    """The language a short line is written in when it is not French ('' when it may be French):
    two or more short function words of English, Portuguese or Spanish (``of``, ``the``, ``com``,
    ``do``, ``del``) and none of French (``de``, ``la``, ``et``, an elision such as ``l'``). A cheap
    test for alt texts and labels, never for a sentence."""
    tokens = [token.strip(_TOKEN_EDGES).lower() for token in text.split()]
    tokens = [token for token in tokens if token]
    if any(is_french_word(token) for token in tokens):
        return ""
    counts = {language: sum(token in words for token in tokens) for language, words in _FOREIGN_WORDS.items()}
    language, count = max(counts.items(), key=lambda item: item[1])
    return language if count >= _FOREIGN_MIN else ""


_FRENCH_PAGE_RATIO = 3  # French function words per word of the most frequent other language


def _page_is_french(lines: list[_Line]) -> bool:
    """The page is written in French: its French function words outnumber those of each other
    language three to one (an alt text or a blurb in English does not change that)."""
    tokens = [token.strip(_TOKEN_EDGES).lower() for line in lines for token in line.text.split()]
    french = sum(1 for token in tokens if is_french_word(token))
    other = max(sum(1 for token in tokens if token in words) for words in _FOREIGN_WORDS.values())
    return french > 0 and french >= _FRENCH_PAGE_RATIO * other


def _mark_foreign_lines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short line without sentence punctuation in another language than the page (``Flag of the
    International Committee``, ``Bandeira com o logotipo do CICV``): an image's alt text or a
    label the site did not translate. A line with a sentence end, a quoted line (a slogan cited)
    and a credit are kept. Only on a French page: on an English or Spanish page these are its
    own headings."""
    if not _page_is_french(lines):
        return
    for line in lines:
        text = line.text.strip()
        words = len(_WORD.findall(text))
        if line.index in reasons or not 2 <= words <= _FOREIGN_LINE_WORDS or _HAS_SENTENCE_END.search(text):
            continue
        if _SENTENCE_END.search(text) or text[:1] in "«“\"‘'(" or kept_line(text):
            continue
        language = foreign_language(text)
        if language:
            reasons[line.index] = f"another language: a short unpunctuated line in {language} (an image's alt text or a label)"
    _mark_foreign_foot(lines, reasons)


_FOREIGN_FOOT_WORDS = 40


def _mark_foreign_foot(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the release's last French sentence paragraph, down to the page end (chrome aside),
    short paragraphs (forty words at most) in another language: an author's blurb the site did
    not translate (``“Coffee lover. Travel writer.”``). A summary in English above the French
    text, or between its paragraphs, is the release's: kept."""
    last_french = max(
        (p for p, line in enumerate(lines) if line.index not in reasons and _is_body(line) and not foreign_language(line.text)),
        default=-1,
    )
    if last_french < 0:
        return
    tail = [line for line in lines[last_french + 1 :] if line.index not in reasons]
    if not tail or not all(len(_WORD.findall(line.text)) <= _FOREIGN_FOOT_WORDS and foreign_language(line.text) for line in tail):
        return
    for line in tail:
        language = foreign_language(line.text)
        reasons[line.index] = f"another language: a paragraph in {language} below the last French sentence paragraph (an author's blurb)"
