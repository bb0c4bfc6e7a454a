"""Find glossary terms in text: word boundaries, case, accents, French elision and inflection.

Design: terms are bucketed by a normalized key (the invariable stem of their first word, case
and accents folded, at most 12 letters). :meth:`Matcher.find` visits each word of the text once
and asks a per-matcher memo which terms can start with that word: the terms whose key is a
prefix of the folded word *and* whose first-word pattern matches the whole word (the next part of
a term pattern is a non-word character, so the first word must cover the word of the text).
Natural text repeats its words, so most words cost one dict lookup and a sentence without a term
costs a few µs. Only those candidates are tried with their full compiled pattern *at that
position* (``pattern.match(text, pos)``). Every candidate is therefore known with its exact
extent, so context rules can reject one and let the next candidate win, and overlaps are
resolved explicitly: longest match, then leftmost, then allowed before forbidden, then concept
order, then term order. :meth:`Matcher.find_with_inner` also reports, under each longest
match, the known terms that resolution hid (inner matches: strictly inside it, « Nations Unies »
in « Secrétaire général des Nations Unies », or crossing its edge), from the same candidates;
:meth:`Matcher.find` itself is unchanged. Term
patterns are compiled lazily and cached; results of :meth:`Matcher.find` are memoized per text.
Most terms never need their pattern compiled (compiling thousands of them was most of a cold
``reltrans check``): a word pattern is one single-character pattern per letter plus endings, so
whether a term matches at a word start is decided word by word and gap by gap with a few tiny
cached patterns (:func:`_term_shape`); only terms with other characters or a sentence-start
variant are compiled.

The text is normalised first (:func:`normalize_for_matching`): NFC, invisible characters
dropped, apostrophe look-alikes read as apostrophes, dashes between two letters as hyphens.

Pattern of a term (see :func:`term_pattern`):

* ``(?<!\\w)`` ... ``(?!\\w)``: whole words only, so ``HCR`` never matches inside ``UNHCR``
  and elided forms (``l'OIM``, ``d’ONUDC``) match because the apostrophe is not a word char;
* a space in the term matches any run of whitespace (NBSP, NNBSP, line breaks):
  ``personne déplacée`` = ``personne\\u00a0déplacée`` = ``personne\\ndéplacée``; a hyphen matches
  any hyphen character but not a space, because glossaries tell them apart (forbidden
  ``Secretary General`` vs preferred ``Secretary-General``): list spelling variants instead;
* an apostrophe matches ``'``, ``’``, ``ʼ`` or ``‘``;
* an accented letter also matches its unaccented capital (``États`` = ``Etats``), never an
  unaccented lower-case letter;
* case-insensitive unless the term is case-sensitive (acronyms by default); a case-sensitive
  term that is not an acronym also matches its all-capitals form (``GENÈVE`` for ``Genève``;
  uninflected, and not an acronym: ``GULFs`` is no plural of ``Gulf``),
  and one that starts with a lower-case letter also matches with a capital where a sentence
  starts (``Small island developing States``), not inside a sentence (``une Organisation``);
* no word guard after a term that ends in a symbol: ``US$`` matches in ``US$50``;
* each word of 3+ letters (not a function word, not an acronym) may take plural/gender
  endings when the term inflects: French -s, -x, -e, -es, -al/-aux, -é/-ée(s); English -s,
  -es, -y/-ies, -man/-men. English possessives need nothing: ``IOM's`` matches ``IOM``;
  an English acronym term also matches its plural with a lower-case ``s`` (``GDPs``, ``NGOs``),
  never ``GDPS``;
* in a case-sensitive French term, the capital of a word whose case is a house style
  (``Unies``, ``Membres``, ``Membre``) matches either case: ``Volontaires des Nations Unies`` =
  ``Volontaires des Nations unies``.

Context rules are written for running text, where a capital starts a name; a line written all
in capitals (a headline, ``L'OIM SALUE…``) carries no case, so the rules of a match inside one
are read on that line in lower case (:func:`_caps_lines_lowered`).
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

import regex

from reltrans.glossary.model import FORBIDDEN, Concept, Glossary, Term, is_acronym
from reltrans.langcodes import primary_language
from reltrans.model import TermMatch

_SPACE = r"[\s\u00a0\u2007\u202f]"
_SEPARATOR = rf"{_SPACE}+"
_HYPHEN = r"[\-\u2010\u2011]"
_APOSTROPHE = "['\u2019\u02bc\u2018]"
_TOKEN = regex.compile(r"\w+|[\s\u00a0\u2007\u202f]+|[\-\u2010\u2011]|['\u2019\u02bc\u2018]|.", regex.DOTALL)
_WORD_START = regex.compile(r"(?<!\w)\w+")
_WORD_CHAR = regex.compile(r"\w")
_FIRST_WORD = regex.compile(r"\w+")
_CONTEXT_WINDOW = 400  # characters of context given to context/exclude rules
_KEY_LEN = 12  # longest bucket key: the folded first word (its invariable stem), capped
# U+02BC (modifier letter apostrophe) is both a word character and an apostrophe of term
# patterns: a text word holding it may hold a term that starts inside it, so no head filter
_WORD_APOSTROPHE = "\u02bc"
_WORD_MEMO_SIZE = 50_000  # distinct words remembered per matcher (cleared when full)
_FIND_MEMO_SIZE = 4_096  # distinct texts whose matches are remembered per matcher
_FOLLOW_WORDS = 2  # words after the first that a probe checks (by key) before its regex

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "à au aux avec ce ces dans de des du en et la le les leur leurs par pour sans sous sur un une".split()
    ),
    "en": frozenset("a an and as at by for from in into of on or the to with".split()),
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_key(text: str) -> str:
    """Case- and accent-folded form used for bucketing (not for the final comparison).

    The Turkish dotless ``ı`` folds to ``i``: its capital is ``I``, so ``ŞANLIURFA`` (a dateline
    in capitals) must find the bucket of ``Şanlıurfa``."""
    return _strip_accents(text).casefold().replace("\u0131", "i")


def _char_pattern(ch: str, case_sensitive: bool) -> str:
    base = _strip_accents(ch)
    if base == ch or len(base) != 1 or not base.isalpha():
        return regex.escape(ch)
    if case_sensitive:
        return f"[{ch}{base}]" if ch.isupper() else regex.escape(ch)
    # any case of the accented letter, or the unaccented capital only (Etats for États)
    return f"(?:{regex.escape(ch)}|(?-i:{base.upper()}))"


def _chars(text: str, case_sensitive: bool) -> str:
    return "".join(_char_pattern(ch, case_sensitive) for ch in text)


def _inflection(word: str, lang: str) -> tuple[str, str]:
    """Split ``word`` into (invariable stem, regex of the endings it may take)."""
    low = word.lower()
    if lang == "fr":
        if low.endswith("al"):
            return word[:-2], "(?:al(?:e?s|e)?|aux)"
        if low.endswith("ée"):
            return word[:-1], "(?:e?s|e)?"
        if low.endswith("é"):
            return word, "(?:e?s|e)?"
        if low.endswith("e"):
            return word, "s?"
        if low.endswith(("s", "x", "z")):
            return word, ""
        if low.endswith(("au", "eu", "ou")):
            return word, "[sx]?"
        return word, "(?:e?s|e)?"
    if lang == "en":
        if len(low) > 2 and low.endswith("y") and low[-2] not in "aeiou":
            return word[:-1], "(?:y|ies)"
        if low.endswith(("s", "x", "z", "ch", "sh")):
            return word, "(?:es)?"
        if low.endswith("man"):
            return word[:-3], "(?:man|men)"
        return word, "s?"
    if low.endswith(("s", "x", "z")):
        return word, ""
    return word, "(?:e?s)?"


def _inflects(word: str, lang: str) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in FUNCTION_WORDS.get(lang, frozenset())
    )


def _split(term: Term) -> tuple[tuple[str, str], ...]:
    """Term text as (kind, text) tokens: word, space, hyphen, apostrophe, other."""
    return _split_text(term.text)


@functools.lru_cache(maxsize=1 << 16)  # every pattern, key and filter of a term splits it
def _split_text(text: str) -> tuple[tuple[str, str], ...]:
    tokens = []
    for tok in _TOKEN.findall(text):
        if tok[0].isspace() or tok[0] in "\u00a0\u2007\u202f":
            tokens.append(("space", tok))
        elif tok in "-\u2010\u2011":
            tokens.append(("hyphen", tok))
        elif tok in "'\u2019\u02bc\u2018":
            tokens.append(("apostrophe", tok))
        elif _WORD_CHAR.match(tok):
            tokens.append(("word", tok))
        else:
            tokens.append(("other", tok))
    return tuple(tokens)


def _acronym_plural(word: str, term: Term) -> bool:
    """Does this word of ``term`` take the English plural ``s`` of an acronym (``GDPs``,
    ``NGOs``, ``IDPs``)? Only a case-sensitive English term that is one word of two or more
    capitals: a lower-case ``s`` after capitals is then only ever the plural.

    The all-capitals form of a name (:class:`_CapsForm`, ``GULF`` for ``Gulf``) is not an
    acronym: a headline's ``GULF`` takes no plural ``s``, or ``GULFs`` would match in the
    compiled pattern while the head filters, bounded by the name (:func:`_head_lengths`),
    drop it. Every path asks this predicate (term patterns, heads, word specs); the head-length
    bound is :func:`_english_acronym_term` of the glossary text, which it implies."""
    return term.case_sensitive and not isinstance(term, _CapsForm) and _english_acronym_term(word, term.text, term.lang)


def _english_acronym_term(word: str, text: str, lang: str) -> bool:
    """``word`` is the whole English term ``text`` and an acronym of two or more capitals."""
    return primary_language(lang) == "en" and len(word) >= 2 and word == text and word.isalpha() and word.isupper()


# French words whose capital is a house style, not a meaning: UN French writes « Nations Unies »,
# « États Membres », the press and dictionaries « Nations unies », « États membres». In a
# case-sensitive term their first letter matches either case.
_FR_EITHER_CASE = frozenset({"Unies", "Membres", "Membre"})


def _either_case_first(word: str, term: Term) -> bool:
    return term.case_sensitive and word in _FR_EITHER_CASE and primary_language(term.lang) == "fr"


def _word_pattern(word: str, term: Term) -> str:
    if _acronym_plural(word, term):
        return _chars(word, term.case_sensitive) + "s?"
    if _either_case_first(word, term):
        first = word[0]
        rest, endings = (_inflection(word, term.lang) if term.inflect and _inflects(word, term.lang) else (word, ""))
        return f"[{first}{first.lower()}]" + _chars(rest[1:], term.case_sensitive) + endings
    if term.inflect and _inflects(word, term.lang):
        stem, endings = _inflection(word, term.lang)
        return _chars(stem, term.case_sensitive) + endings
    return _chars(word, term.case_sensitive)


# French spells compounds of titles both ways ("Haut-Commissaire" / "Haut Commissaire",
# "Secrétaire général" / "Secrétaire-Général"): in French a hyphen and a space are one separator
_FR_JOINER = rf"(?:{_SEPARATOR}|{_HYPHEN})"


def term_pattern(term: Term) -> str:
    """The regex source matching ``term`` (see the module docstring)."""
    parts: list[str] = []
    tokens = _split(term)
    joiner = primary_language(term.lang) == "fr"
    for kind, tok in tokens:
        if kind == "space":
            parts.append(_FR_JOINER if joiner else _SEPARATOR)
        elif kind == "hyphen":
            parts.append(_FR_JOINER if joiner else _HYPHEN)
        elif kind == "apostrophe":
            parts.append(_APOSTROPHE)
        elif kind == "word":
            parts.append(_word_pattern(tok, term))
        else:
            parts.append(regex.escape(tok))
    # a term ending in a symbol ("US$") may touch a digit or word ("US$50"): no guard there
    tail = r"(?!\w)" if tokens and tokens[-1][0] == "word" else ""
    return r"(?<!\w)" + "".join(parts) + tail


@dataclass(frozen=True)
class _CapsForm(Term):
    """The all-capitals form of a case-sensitive name (:func:`caps_variant`): written in
    capitals like an acronym, but uninflected and taking no acronym plural (:func:`_acronym_plural`)."""


def caps_variant(term: Term) -> Term | None:
    """The all-capitals form of a case-sensitive term that is not an acronym (``Genève`` ->
    ``GENÈVE``, as in datelines), uninflected; None when there is none.

    Case-sensitive terms keep proper names apart from common words (``Mali``/``mali``); a
    text in capitals carries no case information, so its capitals must not hide the name."""
    if not term.case_sensitive or is_acronym(term.text):
        return None
    caps = "".join(up if len(up := ch.upper()) == 1 else ch for ch in term.text)
    if caps == term.text:
        return None
    return _CapsForm(text=caps, lang=term.lang, status=term.status, case_sensitive=True, inflect=False)


# where a sentence starts: the start of the text or of a line, or after . ! ? …, with opening
# quotes, brackets, bullets or dashes between
_SENTENCE_START = r"""(?<=(?:^|\n|[.!?\u2026])[\s\u00a0\u202f«»"“”‘’'(\[\-\u2013\u2014•*]*)"""


def capitalized_variant(term: Term) -> Term | None:
    """The form of a case-sensitive term that starts with a lower-case letter with that letter
    in capitals (``états membres`` -> ``États membres``, ``small island developing States`` ->
    ``Small island developing States``), matched only where a sentence starts; None when there
    is none. Elsewhere the capital starts another word (``une Organisation régionale`` is not
    the generic ``organisation``). Its other letters keep their case."""
    if not term.case_sensitive or not term.text[:1].islower():
        return None
    first = term.text[0].upper()
    if len(first) != 1:
        return None
    return replace(term, text=first + term.text[1:])


def _case_variants(term: Term) -> list[Term]:
    return [v for v in (caps_variant(term), capitalized_variant(term)) if v is not None]


@functools.lru_cache(maxsize=1 << 16)  # a matcher per document view re-buckets the same terms
def term_key(term: Term) -> str:
    """Bucket key: the folded first letters of the term that every inflected form shares."""
    first_word = _FIRST_WORD.match(term.text)  # the first token of _split, when it is a word
    if first_word is not None:
        return _word_key(first_word.group(), term)
    tokens = _split(term)
    kind, first = tokens[0]
    if kind != "word":
        return fold_key(first)
    return _word_key(first, term)


def _word_key(word: str, term: Term) -> str:
    """The folded first letters that every inflected form of a word of ``term`` starts with."""
    if term.inflect and _inflects(word, term.lang):
        word = _inflection(word, term.lang)[0] or word[:1]
    word = word[:_KEY_LEN]
    if word.isascii():
        return word.lower()  # what folding gives an ASCII word
    return "".join(_fold_char(ch) for ch in word)


@functools.lru_cache(maxsize=32768)
def _follow_keys(text: str, lang: str, inflect: bool) -> tuple[str, ...]:
    """The :func:`_word_key` of the 2nd and 3rd words of a term that starts with a word.

    Between two words of a term there are only separators, hyphens, apostrophes and other
    non-word characters, and each word pattern matches a whole text word; so where the term
    matches, the next text words (``\\w+`` runs) start with these keys (when the text holds no
    U+02BC, the one apostrophe that is also a word character)."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=False, inflect=inflect)
    words = [tok for kind, tok in _split(term) if kind == "word"]
    return tuple(_word_key(word, term) for word in words[1:_FOLLOW_WORDS + 1])


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold_key(ch)


@functools.lru_cache(maxsize=32768)
def _compile_term(text: str, lang: str, case_sensitive: bool, inflect: bool) -> regex.Pattern[str]:
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=case_sensitive, inflect=inflect)
    flags = regex.V0 if case_sensitive else regex.V0 | regex.IGNORECASE
    pattern = term_pattern(term)
    caps, capitalized = caps_variant(term), capitalized_variant(term)
    variants = [pattern]
    if caps is not None:
        variants.append(term_pattern(caps))
    if capitalized is not None:
        variants.append(_SENTENCE_START + term_pattern(capitalized))
    if len(variants) > 1:
        pattern = "|".join(f"(?:{p})" for p in variants)
    return regex.compile(pattern, flags)


def compile_term(term: Term) -> regex.Pattern[str]:
    """The compiled (cached) pattern of ``term``."""
    return _compile_term(term.text, term.lang, term.case_sensitive, term.inflect)


@functools.lru_cache(maxsize=32768)
def _compile_head(text: str, lang: str, case_sensitive: bool, inflect: bool) -> regex.Pattern[str] | None:
    """The pattern of the first word of a term (to ``fullmatch`` a word), None when the term
    does not start with a word."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=case_sensitive, inflect=inflect)
    kind, first = _split(term)[0]
    if kind != "word":
        return None
    flags = regex.V0 if case_sensitive else regex.V0 | regex.IGNORECASE
    pattern = _word_pattern(first, term)
    variants = _case_variants(term)
    if variants:
        pattern = "|".join(f"(?:{p})" for p in [pattern, *(_word_pattern(_split(v)[0][1], v) for v in variants)])
    return regex.compile(pattern, flags)


@functools.lru_cache(maxsize=32768)
def _one_word(text: str) -> bool:
    """Is the term text a single word (one ``\\w+`` run and nothing else)?"""
    return _WORD_START.fullmatch(text) is not None


def _head_ok(term: Term, word: str) -> bool:
    low, high = _head_lengths(term.text, term.lang, term.inflect)
    if not low <= len(word) <= high:  # cheap, and saves compiling most heads
        return False
    specs = _head_specs(term.text, term.lang, term.case_sensitive, term.inflect)
    if specs is not None:
        return not specs or any(_word_matches(stem, endings, cs, word) for stem, endings, cs in specs)
    head = _compile_head(term.text, term.lang, term.case_sensitive, term.inflect)
    return head is None or head.fullmatch(word) is not None


# A word pattern (_word_pattern) is one single-character pattern per letter of its stem, then
# its endings: whether it fullmatches a text word is decided letter by letter with a few tiny
# cached patterns, instead of compiling a pattern per term (most of a cold ``check``'s time).
WordSpec = tuple[str, str, bool]  # (stem, endings regex, case-sensitive) of a word pattern


def _word_spec(word: str, term: Term) -> WordSpec | None:
    """The (stem, endings, case-sensitive) of :func:`_word_pattern`; None when a letter's
    pattern may match more than one character (then only the compiled pattern can tell)."""
    if _acronym_plural(word, term):
        return word, "s?", term.case_sensitive
    if _either_case_first(word, term):
        return None  # a first letter of either case: only the compiled pattern can tell
    stem, endings = _inflection(word, term.lang) if term.inflect and _inflects(word, term.lang) else (word, "")
    if not term.case_sensitive and not stem.isascii():
        for ch in stem:
            base = _strip_accents(ch)
            if base != ch and len(base) == 1 and base.isalpha() and len(base.upper()) != 1:
                return None
    return stem, endings, term.case_sensitive


@functools.lru_cache(maxsize=32768)
def _head_specs(text: str, lang: str, case_sensitive: bool, inflect: bool) -> tuple[WordSpec, ...] | None:
    """The alternatives of :func:`_compile_head` as word specs: () when the term does not start
    with a word, None when the compiled head must decide."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=case_sensitive, inflect=inflect)
    kind, first = _split(term)[0]
    if kind != "word":
        return ()
    specs = [_word_spec(first, term), *(_word_spec(_split(v)[0][1], v) for v in _case_variants(term))]
    return None if None in specs else tuple(specs)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=32768)
def _follow_specs(text: str, lang: str, case_sensitive: bool, inflect: bool) -> tuple[tuple[WordSpec, ...], ...] | None:
    """The word specs of the words :func:`_follow_keys` covers, for each alternative of the full
    term pattern that may differ there (the term, its all-capitals form; the capitalised form
    differs in its first letter only); None when the compiled pattern must decide."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=case_sensitive, inflect=inflect)
    alternatives = []
    count = None
    for alt in (term, caps_variant(term)):
        if alt is None:
            continue
        words = [tok for kind, tok in _split(alt) if kind == "word"]
        if count is not None and len(words) != count:
            return None
        count = len(words)
        specs = tuple(_word_spec(word, alt) for word in words[1 : _FOLLOW_WORDS + 1])
        if None in specs:
            return None
        alternatives.append(specs)
    return tuple(alternatives)  # type: ignore[arg-type]


TermShape = tuple[tuple[tuple[WordSpec, ...], ...], tuple[str, ...]]


@functools.lru_cache(maxsize=32768)
def _term_shape(text: str, lang: str, case_sensitive: bool, inflect: bool) -> TermShape | None:
    """A term of words with only separators, hyphens and apostrophes between, as
    (word specs of each alternative of its pattern (the term, its all-capitals form), the regex
    of each gap between two words); None when only its compiled pattern can tell (other
    characters, no word at an end, a sentence-start variant, a letter of several characters).

    Each word pattern matches a whole text word and each gap pattern only non-word characters
    (when the text holds no U+02BC), so the term matches at a word start iff its words
    fullmatch the next text words and its gaps the text between them: no pattern to compile."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=case_sensitive, inflect=inflect)
    if capitalized_variant(term) is not None:
        return None
    tokens = _split(term)
    if tokens[0][0] != "word" or tokens[-1][0] != "word":
        return None
    joiner = primary_language(lang) == "fr"  # as term_pattern
    pieces = {"space": _FR_JOINER if joiner else _SEPARATOR, "hyphen": _FR_JOINER if joiner else _HYPHEN, "apostrophe": _APOSTROPHE}
    gaps: list[str] = []
    gap: list[str] = []
    for kind, _tok in tokens[1:]:
        if kind == "word":
            gaps.append("".join(gap))
            gap = []
        elif kind in pieces:
            gap.append(pieces[kind])
        else:
            return None
    kinds = [kind for kind, _tok in tokens]
    alternatives = []
    for alt in (term, caps_variant(term)):
        if alt is None:
            continue
        alt_tokens = _split(alt)
        if [kind for kind, _tok in alt_tokens] != kinds:
            return None
        specs = tuple(_word_spec(tok, alt) for kind, tok in alt_tokens if kind == "word")
        if None in specs:
            return None
        alternatives.append(specs)
    return tuple(alternatives), tuple(gaps)  # type: ignore[return-value]


@functools.lru_cache(maxsize=65536)
def _gap_matches(gap: str, case_sensitive: bool, found: str) -> bool:
    return _compile_piece(gap, case_sensitive).fullmatch(found) is not None


@functools.lru_cache(maxsize=1024)
def _compile_piece(pattern: str, case_sensitive: bool) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.V0 if case_sensitive else regex.V0 | regex.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _char_matches(ch: str, case_sensitive: bool, found: str) -> bool:
    """Does the pattern of the term letter ``ch`` (:func:`_char_pattern`) match ``found``?"""
    return _compile_piece(_char_pattern(ch, case_sensitive), case_sensitive).fullmatch(found) is not None


@functools.lru_cache(maxsize=65536)
def _ending_matches(endings: str, case_sensitive: bool, rest: str) -> bool:
    return not rest if not endings else _compile_piece(endings, case_sensitive).fullmatch(rest) is not None


@functools.lru_cache(maxsize=65536)
def _word_matches(stem: str, endings: str, case_sensitive: bool, word: str) -> bool:
    """Does the word pattern of ``stem`` + ``endings`` fullmatch ``word``?"""
    if len(word) < len(stem):
        return False
    for ch, found in zip(stem, word):
        if ch != found and not _char_matches(ch, case_sensitive, found):
            return False
    return _ending_matches(endings, case_sensitive, word[len(stem):])


_MAX_ENDING = 4  # longest inflection ending beyond the stem ("ales" after "nation")


@functools.lru_cache(maxsize=32768)
def _head_lengths(text: str, lang: str, inflect: bool) -> tuple[int, int]:
    """Bounds on the length of a text word the first-word pattern of a term can fullmatch.

    Every character of a word pattern matches exactly one character (no full case folding), and
    endings add at most :data:`_MAX_ENDING`. (0, huge) when the term does not start with a word."""
    term = Term(text=text, lang=lang, status="preferred", case_sensitive=False, inflect=inflect)
    kind, first = _split(term)[0]
    if kind != "word":
        return 0, 1 << 30
    if inflect and _inflects(first, lang):
        stem = len(_inflection(first, lang)[0])
        return stem, stem + _MAX_ENDING
    if _english_acronym_term(first, text, lang):
        return len(first), len(first) + 1  # an acronym's plural s (_acronym_plural)
    return len(first), len(first)


RULE_TIMEOUT_SECONDS = 0.25
"""Time budget of one context/exclude rule on one candidate match: a rule that runs longer
(catastrophic backtracking that the load-time check did not catch) is a GlossaryError."""


@functools.lru_cache(maxsize=4096)
def _compile_rule(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def _rule_found(concept: Concept, key: str, lang: str, text: str, pos: int, endpos: int) -> bool:
    """Whether ``concept``'s ``key`` rule for ``lang`` is found in ``text[pos:endpos]``, in bounded time."""
    from reltrans.errors import GlossaryError

    pattern = getattr(concept, key)[lang]
    try:
        return _compile_rule(pattern).search(text, pos, endpos, timeout=RULE_TIMEOUT_SECONDS) is not None
    except TimeoutError:
        raise GlossaryError(
            f"concept {concept.id}: {key}.{lang}: regex ran over {RULE_TIMEOUT_SECONDS} s on one match "
            "(catastrophic backtracking); simplify the rule",
            path=concept.path or None,
            line=concept.line,
        ) from None
    except (regex.error, ValueError, OverflowError) as exc:
        raise GlossaryError(f"concept {concept.id}: {key}.{lang}: bad regex: {exc}", path=concept.path or None) from None


def _shape_end(shape: TermShape, case_sensitive: bool, text: str, found: Sequence[regex.Match[str]], words: Sequence[str], index: int) -> int:
    """Where a term of :func:`_term_shape` ``shape`` that starts at text word ``index`` ends;
    -1 when it does not match there (as its compiled pattern would say)."""
    alternatives, gaps = shape
    last = index + len(gaps)
    if last >= len(found):
        return -1
    for i, gap in enumerate(gaps, index):
        if not _gap_matches(gap, case_sensitive, text[found[i].end() : found[i + 1].start()]):
            return -1
    here = words[index : last + 1]
    if any(all(_word_matches(stem, endings, cs, word) for (stem, endings, cs), word in zip(specs, here)) for specs in alternatives):
        return found[last].end()
    return -1


@functools.lru_cache(maxsize=256)  # the checks ask for many terms in one text
def _text_words(text: str) -> tuple[tuple[regex.Match[str], ...], tuple[str, ...], frozenset[str]]:
    found = tuple(_WORD_START.finditer(text))
    words = tuple(m.group() for m in found)
    return found, words, frozenset(words)


def _shape_spans(shape: TermShape, case_sensitive: bool, text: str) -> Iterator[tuple[int, int]]:
    """Every match of a term of :func:`_term_shape` ``shape`` in ``text``, left to right and
    non-overlapping, as ``finditer`` of its compiled pattern gives them (a match starts at a
    word start and ends at a word end)."""
    found, words, distinct = _text_words(text)
    alternatives, gaps = shape
    firsts = set()
    for specs in alternatives:
        stem, endings, cs = specs[0]
        firsts.update(w for w in distinct if len(w) >= len(stem) and _word_matches(stem, endings, cs, w))
    if not firsts:
        return
    index, last = 0, len(found) - len(gaps)
    while index < last:
        if words[index] in firsts:
            end = _shape_end(shape, case_sensitive, text, found, words, index)
            if end >= 0:
                yield found[index].start(), end
                index += len(gaps) + 1
                continue
        index += 1


def _next_words_match(term: Term, words: Sequence[str]) -> bool:
    """Whether the words after ``words[0]`` fullmatch the next word patterns of ``term`` (of
    one of its alternatives): a term word matches a whole text word, as :func:`_follow_keys`
    says; True when only the compiled pattern can tell."""
    alternatives = _follow_specs(term.text, term.lang, term.case_sensitive, term.inflect)
    if alternatives is None:
        return True
    return any(
        all(_word_matches(stem, endings, cs, word) for (stem, endings, cs), word in zip(specs, words[1:]))
        for specs in alternatives
    )


@dataclass(frozen=True)
class _Entry:
    concept_index: int
    term_index: int
    concept: Concept
    term: Term


@dataclass(frozen=True, slots=True)
class _Probe:
    """A term to try at a word start: its entry, full pattern, and whether its concept has
    context/exclude rules in the matcher's language.

    A one-word term whose first-word pattern matched the whole text word needs no full pattern:
    ``(?<!\\w)WORD(?!\\w)`` then matches exactly that word (word characters only ever match
    word characters, even case-insensitively), which also saves compiling it.
    """

    entry: _Entry
    pattern: regex.Pattern[str] | None  # compiled lazily: None until a text needs it
    ruled: bool
    follow: tuple[str, ...] = ()  # keys the next text words must start with (_follow_keys)
    whole: bool = False  # a one-word term whose word *is* the text word: no pattern needed
    shape: TermShape | None = None  # matched word by word, no pattern needed (_term_shape)

    def compiled(self) -> _Probe:
        """This probe with its full pattern compiled (itself when it needs none or has it)."""
        if self.whole or self.shape is not None or self.pattern is not None:
            return self
        return _Probe(self.entry, compile_term(self.entry.term), self.ruled, self.follow, False)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    entry: _Entry

    def rank(self) -> tuple[int, int, bool, int, int]:
        # at equal extent an allowed term beats a forbidden one: a span that is right for some
        # concept is not by itself a wrong rendering of another ("Assistant Secretary-General")
        entry = self.entry
        return (self.start - self.end, self.start, entry.term.status == FORBIDDEN, entry.concept_index, entry.term_index)


@dataclass(frozen=True)
class NestedMatch:
    """A match of :meth:`Matcher.find` (``match``) with the known terms it hid, as
    :meth:`Matcher.find_with_inner` reports them: ``inner``, strictly inside it; ``overlapping``,
    crossing its edge. Each by start, longer first; offsets into the same text as ``match``."""

    match: TermMatch
    inner: tuple[TermMatch, ...] = ()
    overlapping: tuple[TermMatch, ...] = ()

    @property
    def hidden(self) -> tuple[TermMatch, ...]:
        """``inner`` then ``overlapping``: every known term this match hid."""
        return self.inner + self.overlapping


_HYPHENS = frozenset("-\u2010\u2011")  # what a hyphen of a term pattern matches (_HYPHEN)


def _hyphen_fragment(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` only part of a hyphenated word (a hyphen joins it to a word
    character before or after)? Such a term is another word's fragment (« Secrétaire général »
    in « Sous-Secrétaire général »), not the term itself."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    joined_before = len(before) == 2 and before[1] in _HYPHENS and _WORD_CHAR.match(before[0]) is not None
    joined_after = len(after) == 2 and after[0] in _HYPHENS and _WORD_CHAR.match(after[1]) is not None
    return joined_before or joined_after


class Matcher:
    """Finds the terms of one language of a glossary. Build with :func:`build_matcher`."""

    def __init__(self, glossary: Glossary, lang: str) -> None:
        self.glossary = glossary
        self.lang = lang
        self._word_buckets: dict[str, list[_Entry]] = {}
        self._other_buckets: dict[str, list[_Entry]] = {}
        for ci, concept in enumerate(glossary.concepts):
            for ti, term in enumerate(concept.terms):
                if term.lang != lang:
                    continue
                entry = _Entry(ci, ti, concept, term)
                key = term_key(term)
                buckets = self._word_buckets if _WORD_CHAR.match(term.text) else self._other_buckets
                buckets.setdefault(key, []).append(entry)
        self._other_starts = (
            regex.compile("[" + "".join(regex.escape(k) for k in self._other_buckets) + "]", regex.IGNORECASE)
            if self._other_buckets
            else None
        )
        self._ruled = {
            ci
            for ci, c in enumerate(glossary.concepts)
            if any(rules.get(lang) for rules in (c.context_before, c.context_after, c.exclude_before, c.exclude_after))
        }
        self._word_memo: dict[str, tuple[_Probe, ...]] = {}
        self._hit_words: set[str] = set()  # the memoized words with at least one probe
        # (word, next word, word after) -> the word's probes whose follow keys those words meet
        self._follow_memo: dict[tuple[str, ...], tuple[_Probe, ...]] = {}
        self._fold_memo: dict[str, str] = {}  # text word -> its folded key prefix (for _followed)
        self._follow_words: set[str] = set()  # the memoized words with a multi-word probe
        # text -> (its matches, its forbidden terms resolved among themselves): one scan for both
        self._find_memo: dict[str, tuple[tuple[TermMatch, ...], tuple[TermMatch, ...]]] = {}

    @property
    def term_count(self) -> int:
        """How many terms (all statuses) this matcher looks for."""
        return sum(len(v) for v in self._word_buckets.values()) + sum(len(v) for v in self._other_buckets.values())

    def find(self, text: str) -> list[TermMatch]:
        """Every term of the language in ``text``, sorted by start, non-overlapping.

        The text is matched in its normalised form (:func:`normalize_for_matching`: NFC, soft
        hyphens dropped, U+02BC read as an apostrophe); offsets and surfaces are the original's."""
        normal = normalize_for_matching(text)
        if normal is not None:
            norm_text, starts, ends = normal
            return [_remap(m, text, starts, ends) for m in self._find(norm_text)]
        return self._find(text)

    def _find(self, text: str) -> list[TermMatch]:
        return list(self._scan(text)[0])

    def _scan(self, text: str) -> tuple[tuple[TermMatch, ...], tuple[TermMatch, ...]]:
        memo = self._find_memo
        found = memo.get(text)
        if found is None:
            candidates = self._candidates(text)
            forbidden = [c for c in candidates if c.entry.term.status == "forbidden"]
            found = (tuple(self._resolve(text, candidates)), tuple(self._resolve(text, forbidden)) if forbidden else ())
            if len(memo) >= _FIND_MEMO_SIZE:
                memo.clear()
            memo[text] = found
        return found

    def find_with_inner(self, text: str) -> list[NestedMatch]:
        """The matches of :meth:`find` (the same ones, in the same order), each with the known
        terms its longest-match rule hid (:class:`NestedMatch`).

        :meth:`find` keeps the longest match, so a concept the glossary knows is hidden when it
        sits inside a longer known term (« Nations Unies » in « Secrétaire général des Nations
        Unies ») or shares words with one that won (« drogues illicites » in « trafic de
        drogues illicites », where « trafic de drogues » is the match). Here every such term is
        reported under the match that hid it: as ``inner`` when it lies strictly inside that
        match, as ``overlapping`` when it crosses the match's edge (tied to the first match it
        overlaps). They come from the same scan: the same context and sense rules (judged on
        the whole text, not on the outer span alone), the same document view of the glossary,
        the same statuses (a forbidden term is reported as forbidden, unless an allowed term of
        the same extent wins it, as in :meth:`find`). Not reported: a term of the same extent
        as the match, one of a concept of the match it lies in or crosses, one that is only
        part of a hyphenated word (« Secrétaire général » in « Sous-Secrétaire général », « ONU »
        in « ONU-Habitat »), and one inside a longer reported term of its own concept. Hidden
        terms may overlap each other (each is a concept the glossary knows there); at one
        extent one concept is chosen, as :meth:`find` chooses. Enforcement and the checks use
        :meth:`find` alone: a hidden term is a hint to the translator, not a requirement."""
        normal = normalize_for_matching(text)
        if normal is None:
            return self._find_with_inner(text)
        norm_text, starts, ends = normal

        def remap(matches: tuple[TermMatch, ...]) -> tuple[TermMatch, ...]:
            return tuple(_remap(m, text, starts, ends) for m in matches)

        return [
            NestedMatch(_remap(n.match, text, starts, ends), remap(n.inner), remap(n.overlapping))
            for n in self._find_with_inner(norm_text)
        ]

    def _find_with_inner(self, text: str) -> list[NestedMatch]:
        outers = self._scan(text)[0]
        if not outers:
            return []
        outer_starts = [m.start for m in outers]
        inside: list[list[_Candidate]] = [[] for _ in outers]
        crossing: list[list[_Candidate]] = [[] for _ in outers]
        for cand in self._candidates(text):
            if _hyphen_fragment(text, cand.start, cand.end):
                continue
            # the matches it overlaps: every candidate find did not choose overlaps one
            first = max(bisect.bisect_right(outer_starts, cand.start) - 1, 0)
            while first < len(outers) and outers[first].end <= cand.start:
                first += 1
            hit = []
            for i in range(first, len(outers)):
                if outers[i].start >= cand.end:
                    break
                hit.append(i)
            if not hit or any(outers[i].concept_id == cand.entry.concept.id for i in hit):
                continue  # a match itself, or a variant of a concept found there
            outer = outers[hit[0]]
            if (cand.start, cand.end) == (outer.start, outer.end):
                continue
            if len(hit) == 1 and outer.start <= cand.start and cand.end <= outer.end:
                inside[hit[0]].append(cand)
            else:
                crossing[hit[0]].append(cand)
        return [
            NestedMatch(outer, tuple(self._inner_matches(text, inside[i])), tuple(self._inner_matches(text, crossing[i])))
            for i, outer in enumerate(outers)
        ]

    def _inner_matches(self, text: str, candidates: list[_Candidate]) -> list[TermMatch]:
        """One candidate per extent (the best by :meth:`_Candidate.rank`, as in :meth:`find`),
        less those inside a longer kept candidate of the same concept; by start, longer first."""
        best: dict[tuple[int, int], _Candidate] = {}
        for cand in sorted(candidates, key=_Candidate.rank):
            best.setdefault((cand.start, cand.end), cand)
        kept = sorted(best.values(), key=lambda c: (c.start, c.start - c.end))
        kept = [
            c
            for c in kept
            if not any(
                o is not c and o.entry.concept.id == c.entry.concept.id and o.start <= c.start and c.end <= o.end
                for o in kept
            )
        ]
        return [self._match(text, c) for c in kept]

    def find_forbidden(self, text: str) -> list[TermMatch]:
        """The forbidden terms in ``text``, competing only with each other: a longer allowed term
        of another concept that overlaps one (``migrants held in detention`` over ``illegal
        migrants``) does not hide it from the check. Found in the same scan as :meth:`find`."""
        normal = normalize_for_matching(text)
        if normal is not None:
            norm_text, starts, ends = normal
            return [_remap(m, text, starts, ends) for m in self._scan(norm_text)[1]]
        return list(self._scan(text)[1])

    def find_concept(self, text: str, concept_id: str) -> list[TermMatch]:
        """The matches of one concept only (other concepts do not compete)."""
        normal = normalize_for_matching(text)
        if normal is not None:
            norm_text, starts, ends = normal
            return [_remap(m, text, starts, ends) for m in self._resolve(norm_text, self._candidates(norm_text, concept_id))]
        return self._resolve(text, self._candidates(text, concept_id))

    def contains(self, text: str, term: Term) -> bool:
        """Is ``term`` present in ``text`` (any inflected form, case/accent rules applied)?"""
        normal = normalize_for_matching(text)
        text = normal[0] if normal is not None else text
        shape = _term_shape(term.text, term.lang, term.case_sensitive, term.inflect)
        if shape is not None and _WORD_APOSTROPHE not in text:
            return next(_shape_spans(shape, term.case_sensitive, text), None) is not None
        return compile_term(term).search(text) is not None

    def spans(self, text: str, term: Term) -> list[tuple[int, int]]:
        """Where ``term`` occurs in ``text`` (no context rules, no competition), as offsets of
        ``text`` itself."""
        normal = normalize_for_matching(text)
        norm_text = normal[0] if normal is not None else text
        shape = _term_shape(term.text, term.lang, term.case_sensitive, term.inflect)
        if shape is not None and _WORD_APOSTROPHE not in norm_text:
            found = list(_shape_spans(shape, term.case_sensitive, norm_text))
        else:
            found = [m.span() for m in compile_term(term).finditer(norm_text)]
        if normal is None:
            return found
        starts, ends = normal[1], normal[2]
        return [(starts[start], ends[end - 1]) for start, end in found if end > start]

    # ------------------------------------------------------------------ internals
    def _bucket_entries(self, word: str) -> list[_Entry]:
        """The terms whose key is a prefix of the folded ``word``."""
        buckets = self._word_buckets
        entries: list[_Entry] = []
        key = ""
        for ch in word[:_KEY_LEN]:  # every prefix of the word is a possible key
            key += _fold_char(ch)
            found = buckets.get(key)
            if found:
                entries.extend(found)
        return entries

    def _word_probes(self, word: str) -> tuple[_Probe, ...]:
        """The terms that may start at a word start where the text holds ``word`` (memoized)."""
        probes = self._word_memo.get(word)
        if probes is None:
            entries = self._bucket_entries(word)
            filtered = bool(entries) and _WORD_APOSTROPHE not in word
            if filtered:
                entries = [e for e in entries if _head_ok(e.term, word)]
            built = []
            for e in entries:
                term = e.term
                # a capitalised variant holds a sentence-start rule: its full pattern decides
                whole = filtered and _one_word(term.text) and (word[:1] == term.text[:1] or capitalized_variant(term) is None)
                built.append(
                    _Probe(
                        e,
                        None,  # compiled only once its follow keys pass (_followed) or on use
                        e.concept_index in self._ruled,
                        _follow_keys(term.text, term.lang, term.inflect) if filtered else (),
                        whole,
                        _term_shape(term.text, term.lang, term.case_sensitive, term.inflect) if filtered and not whole else None,
                    )
                )
            probes = tuple(built)
            if len(self._word_memo) >= _WORD_MEMO_SIZE:
                self._word_memo.clear()
                self._hit_words.clear()
                self._follow_words.clear()
                self._follow_memo.clear()
            self._word_memo[word] = probes
            if probes:
                self._hit_words.add(word)
                if any(p.follow for p in probes):
                    self._follow_words.add(word)
        return probes

    def _followed(self, probes: tuple[_Probe, ...], words: list[str], index: int) -> tuple[_Probe, ...]:
        """``probes`` of ``words[index]`` less those whose next words cannot follow (memoized)."""
        key = tuple(words[index : index + 1 + _FOLLOW_WORDS])
        kept = self._follow_memo.get(key)
        if kept is None:
            fold_memo = self._fold_memo
            folded = []
            for word in key[1:]:
                fold = fold_memo.get(word)
                if fold is None:
                    fold = fold_memo[word] = "".join(_fold_char(ch) for ch in word[:_KEY_LEN])
                folded.append(fold)
            count = len(folded)
            first = folded[0] if folded else ""
            kept_list = []
            for p in probes:
                follow = p.follow
                # most probes fail on the first key: test it before the general loop
                if follow and (count == 0 or not first.startswith(follow[0])):
                    continue
                if len(follow) <= count and all(f.startswith(k) for f, k in zip(folded[1:], follow[1:])):
                    if follow and not _next_words_match(p.entry.term, key):
                        continue  # the keys meet but a next word does not: nothing to compile
                    kept_list.append(p.compiled())
            kept = tuple(kept_list)
            if len(fold_memo) >= _WORD_MEMO_SIZE:
                fold_memo.clear()
            if len(self._follow_memo) >= _WORD_MEMO_SIZE:
                self._follow_memo.clear()
            self._follow_memo[key] = kept
        return kept

    def _starts(self, text: str) -> Iterable[tuple[int, Sequence[_Entry]]]:
        """Every (position, bucket terms) pair of ``text``, unfiltered (used by the glossary
        validator and the reference scan)."""
        for m in _WORD_START.finditer(text):
            entries = self._bucket_entries(m.group())
            if entries:
                yield m.start(), entries
        yield from self._other_start_entries(text)

    def _other_start_entries(self, text: str) -> Iterable[tuple[int, Sequence[_Entry]]]:
        if self._other_starts is not None:
            for m in self._other_starts.finditer(text):
                found = self._other_buckets.get(fold_key(m.group()))
                if found:
                    yield m.start(), found

    def _candidates(self, text: str, concept_id: str | None = None) -> list[_Candidate]:
        out: list[_Candidate] = []
        memo = self._word_memo
        # one scan of the words (most texts hold a candidate word, so the matches are kept)
        all_found = list(_WORD_START.finditer(text))
        all_texts = [m.group() for m in all_found]
        words = set(all_texts)
        unknown = words.difference(memo)
        hit = not words.isdisjoint(self._hit_words)  # before filling: a full memo is cleared
        for word in unknown:
            if self._word_probes(word):
                hit = True
        found = all_found if hit else []
        texts = all_texts if hit else []
        # a text holding U+02BC may hold a term across one text word: no follow filter then
        follow_words = self._follow_words if _WORD_APOSTROPHE not in text else ()
        by_shape = _WORD_APOSTROPHE not in text
        for index, word in enumerate(found):
            probes = memo.get(texts[index])
            if probes is None:
                probes = self._word_probes(texts[index])
            if not probes:
                continue
            if texts[index] in follow_words:
                probes = self._followed(probes, texts, index)
            pos = word.start()
            for probe in probes:
                entry = probe.entry
                if concept_id is not None and entry.concept.id != concept_id:
                    continue
                if probe.whole:
                    end = word.end()
                elif probe.shape is not None and by_shape:
                    end = _shape_end(probe.shape, entry.term.case_sensitive, text, found, texts, index)
                    if end < 0:
                        continue
                else:
                    m = (probe.pattern or compile_term(entry.term)).match(text, pos)
                    if m is None or m.end() <= pos:
                        continue
                    end = m.end()
                if probe.ruled and not self._context_ok(entry.concept, text, pos, end):
                    continue
                out.append(_Candidate(pos, end, entry))
        for pos, entries in self._other_start_entries(text):
            for entry in entries:
                if concept_id is not None and entry.concept.id != concept_id:
                    continue
                m = compile_term(entry.term).match(text, pos)
                if m is None or m.end() <= pos:
                    continue
                if self._context_ok(entry.concept, text, pos, m.end()):
                    out.append(_Candidate(pos, m.end(), entry))
        return out

    def _context_ok(self, concept: Concept, text: str, start: int, end: int) -> bool:
        lang = self.lang
        # a headline in capitals carries no case: its rules are read as on lower-case text
        # (a capital after « MILAN » is no name; « DE L'OIM » is « de l'oim »)
        lowered = _caps_lines_lowered(text)
        if lowered is not None and lowered[start:end] != text[start:end]:
            text = lowered
        window_start = max(0, start - _CONTEXT_WINDOW)
        after = text[end : end + _CONTEXT_WINDOW]
        if concept.context_before.get(lang) and not _rule_found(concept, "context_before", lang, text, window_start, start):
            return False
        if concept.context_after.get(lang) and not _rule_found(concept, "context_after", lang, after, 0, len(after)):
            return False
        if concept.exclude_before.get(lang) and _rule_found(concept, "exclude_before", lang, text, window_start, start):
            return False
        if concept.exclude_after.get(lang) and _rule_found(concept, "exclude_after", lang, after, 0, len(after)):
            return False
        return True

    def _resolve(self, text: str, candidates: list[_Candidate]) -> list[TermMatch]:
        starts: list[int] = []
        ends: list[int] = []
        chosen: list[_Candidate] = []
        for cand in sorted(candidates, key=_Candidate.rank):
            i = bisect.bisect_right(starts, cand.start)
            if i > 0 and ends[i - 1] > cand.start:
                continue
            if i < len(starts) and starts[i] < cand.end:
                continue
            starts.insert(i, cand.start)
            ends.insert(i, cand.end)
            chosen.insert(i, cand)
        return [self._match(text, c) for c in chosen]

    def _match(self, text: str, cand: _Candidate) -> TermMatch:
        return TermMatch(
            concept_id=cand.entry.concept.id,
            lang=self.lang,
            start=cand.start,
            end=cand.end,
            surface=text[cand.start : cand.end],
            term=cand.entry.term.text,
            status=cand.entry.term.status,
        )


_SOFT_HYPHEN = "\u00ad"
# invisible characters that may sit inside a word (copied from a web page or a PDF): dropped
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# characters written for an apostrophe: the modifier letter apostrophe ("lʼOIM"), the grave and
# acute accents and the prime typed on keyboards ("l`OIM", "l´OIM"), the fullwidth apostrophe
_AS_APOSTROPHE = {"\u02bc": "\u2019", "`": "\u2019", "\u00b4": "\u2019", "\u2032": "\u2019", "\uff07": "\u2019"}
# characters written for a hyphen: read as one only between two letters or digits
# ("Guinée–Bissau", "Sud−Soudan"), never as a dash between spaces ("Genève – L'OIM")
_AS_HYPHEN = frozenset("\u2012\u2013\u2212\ufe63\uff0d")
_SPECIAL_CHAR = re.compile("[" + "".join(sorted(_INVISIBLE | set(_AS_APOSTROPHE) | _AS_HYPHEN)) + "]")
# what normalisation changes: an invisible or apostrophe character anywhere, a dash between
# two word characters (a dash between spaces, as in datelines, changes nothing: fast path)
_SPECIAL = re.compile(
    "[" + "".join(sorted(_INVISIBLE | set(_AS_APOSTROPHE))) + "]|(?<=[^\\W_])[" + "".join(sorted(_AS_HYPHEN)) + "](?=[^\\W_])"
)


def normalize_for_matching(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` as terms are matched in it, with the offset map back: (normalised text, start in
    ``text`` of each normalised character, end in ``text`` of each); None when ``text`` is
    already normal (the common case, checked cheaply).

    NFC (decomposed accents compose: a NFD text matches its accented terms); invisible
    characters inside words removed (soft hyphen U+00AD, zero-width space, joiners, word joiner,
    BOM); the characters written for an apostrophe read as U+2019 (U+02BC, `````, ``´``, ``′``,
    ``＇``); a figure dash, en dash or minus sign between two word characters read as a hyphen.
    Each output character maps to the original cluster (base character and its combining marks)
    it came from, so a match maps to an exact slice of the original text."""
    if text.isascii() and "`" not in text:
        return None
    if unicodedata.is_normalized("NFC", text) and (_SPECIAL_CHAR.search(text) is None or _SPECIAL.search(text) is None):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _INVISIBLE:
            i = j
            continue
        if cluster in _AS_HYPHEN and out and out[-1].isalnum() and j < n and text[j].isalnum():  # as _SPECIAL
            cluster = "-"
        for ch in unicodedata.normalize("NFC", cluster):
            out.append(_AS_APOSTROPHE.get(ch, ch))
            starts.append(i)
            ends.append(j)
        i = j
    normal = "".join(out)
    if normal == text:  # a dash between spaces only: nothing to change
        return None
    return normal, starts, ends


_MIN_CAPS_LETTERS = 8  # a line of capitals shorter than this may be an acronym list or a name


@functools.lru_cache(maxsize=256)
def _caps_lines_lowered(text: str) -> str | None:
    """``text`` with every line written all in capitals (a headline: « L'OIM SALUE LES ÉTATS
    MEMBRES ») in lower case, character for character (same length, so offsets hold); None when
    no line is. Context rules are written for running text, where a capital starts a name; in a
    headline every letter is a capital, so :meth:`Matcher._context_ok` reads its rules on this."""
    out: list[str] | None = None
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        letters = 0
        lower = False
        for ch in line:
            if ch.isalpha():
                letters += 1
                if not ch.isupper():
                    lower = True
                    break
        if not lower and letters >= _MIN_CAPS_LETTERS:
            if out is None:
                out = list(text)
            for i in range(start, end):
                low = text[i].lower()
                if len(low) == 1:
                    out[i] = low
        start = end + 1
    return "".join(out) if out is not None else None


def _remap(match: TermMatch, text: str, starts: list[int], ends: list[int]) -> TermMatch:
    start, end = starts[match.start], ends[match.end - 1]
    return TermMatch(match.concept_id, match.lang, start, end, text[start:end], match.term, match.status)


def _reference_find(matcher: Matcher, text: str) -> list[TermMatch]:
    """The plain scan :meth:`Matcher.find` must agree with (tests and bench only): every term
    whose key is a prefix of a word is tried at that word start, with no memo and no head filter
    (on the same normalised text)."""
    normal = normalize_for_matching(text)
    if normal is not None:
        norm_text, starts, ends = normal
        return [_remap(m, text, starts, ends) for m in _reference_find(matcher, norm_text)]
    candidates: list[_Candidate] = []
    for pos, entries in matcher._starts(text):
        for entry in entries:
            m = compile_term(entry.term).match(text, pos)
            if m is None or m.end() <= pos:
                continue
            if matcher._context_ok(entry.concept, text, pos, m.end()):
                candidates.append(_Candidate(pos, m.end(), entry))
    return matcher._resolve(text, candidates)


_MATCHERS: dict[tuple[str, str], Matcher] = {}
_MATCHER_CACHE_SIZE = 16


def build_matcher(
    glossary: Glossary, lang: str, *, document_text: str | None = None, document_date: object | None = None
) -> Matcher:
    """The matcher for ``lang`` terms of ``glossary`` (cached per glossary digest and language).

    ``document_text``/``document_date`` (the whole source document, its date) first apply the
    glossary's document rules (:meth:`Glossary.for_document`); ``matcher.glossary`` is then the
    glossary as it applies to that document."""
    if document_text is not None or document_date is not None:
        glossary = glossary.for_document(document_text, document_date)  # type: ignore[arg-type]
    key = (glossary.digest, lang)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        if len(_MATCHERS) >= _MATCHER_CACHE_SIZE:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        matcher = _MATCHERS[key] = Matcher(glossary, lang)
    return matcher
