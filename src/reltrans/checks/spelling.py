"""British and American spellings of one word, for the forbidden-rendering check (RT102).

UN English follows the UN Editorial Manual (British spelling with *-ize*: *programme*,
*labour*, *centre*, *defence*, *cooperation*, *organization*). Agencies' house styles differ, so
the check needs three things from spelling:

* :func:`spelling_variant`: is a forbidden text some words of an allowed term in another
  spelling (*neighboring* for *neighbouring countries*), not another word?
* :func:`other_spellings`: the other spellings of a term, word by word (*forced labour* ->
  *forced labor*; *International Labor Organization* -> *International Labor Organisation*),
  so that a forbidden rendering is found however it is spelt, and the other spelling of an
  allowed term is a forbidden rendering of its concept;
* :class:`DocumentSpelling`: which spelling the other entries of the file use, so that the
  American spelling of a word in a file that writes it the UN way elsewhere is an
  inconsistency (an error), and in a file written in American spelling throughout house style
  (a warning).

Generation only ever builds candidate texts for glossary terms; a candidate that is no English
word (*sectour*) simply matches nothing. Where a rule could turn one real word into another
(*four* -> *for*, *filing* -> *filling*), it is limited to the stems listed here.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Sequence

__all__ = ["spelling_form", "spelling_variant", "spelling_words", "other_spellings", "differing_words", "DocumentSpelling", "BRITISH_AMERICAN"]

# British and American spellings of one word map to one form (used to compare two texts)
_SPELLINGS = (
    (re.compile(r"our(?=s?\b|ing|ed|hood|ite|able)"), "or"),
    (re.compile(r"(?<=\w)is(?=e[sd]?\b|ing\b|ation|er)"), "iz"),
    (re.compile(r"(?<=\w)ys(?=e[sd]?\b|ing\b)"), "yz"),
    (re.compile(r"(?<=\w)tre(?=s?\b)"), "ter"),
    (re.compile(r"(?<=\w)ogue(?=s?\b)"), "og"),
    (re.compile(r"(?<=[aeiou])ll(?=ed\b|ing\b|er\b)"), "l"),
    (re.compile(r"(?<=gr)amme(?=s?\b)"), "am"),  # programme / program
    (re.compile(r"(?<=fen)ce(?=s?\b)"), "se"),  # defence, offence / defense, offense
    (re.compile(r"^co-(?=o)"), "co"),  # co-operation / cooperation
)


def spelling_form(word: str) -> str:
    """One form for the British and American spellings of ``word``, casefolded."""
    form = word.casefold()
    for pattern, replacement in _SPELLINGS:
        form = pattern.sub(replacement, form)
    return form


# a space or a hyphen between words; not the hyphen of "co-operation" (a spelling of one word)
_WORD_BREAK = re.compile(r"(?:\s|(?<!\b[Cc][Oo])[\-\u2010\u2011]|[\-\u2010\u2011](?![Oo]))+")


def spelling_words(text: str) -> list[str]:
    """The words of ``text`` for a spelling comparison: a hyphen is read as a space, except the
    one of *co-operation* (a spelling of *cooperation*)."""
    return [w for w in _WORD_BREAK.split(text) if w]


def spelling_variant(variant: str, term: str) -> bool:
    """Is ``variant`` some words of ``term`` in another spelling (``neighboring`` in
    ``neighbouring countries``; ``organisation`` for ``organization``; ``forced-labor`` for
    ``forced labour``), not a shortening or another word?"""
    words, terms = spelling_words(variant), spelling_words(term)
    if not words or len(words) > len(terms):
        return False
    for start in range(len(terms) - len(words) + 1):
        part = terms[start : start + len(words)]
        if [w.casefold() for w in words] != [w.casefold() for w in part] and [spelling_form(w) for w in words] == [spelling_form(w) for w in part]:
            return True
    return False


def differing_words(variant: str, term: str) -> list[tuple[str, str]]:
    """The (word of ``term``, word of ``variant``) pairs, casefolded, that differ in spelling
    where ``variant`` is some words of ``term`` in another spelling; [] when it is not."""
    words, terms = spelling_words(variant), spelling_words(term)
    for start in range(len(terms) - len(words) + 1):
        part = terms[start : start + len(words)]
        if [spelling_form(w) for w in words] == [spelling_form(w) for w in part]:
            return [(t.casefold(), w.casefold()) for t, w in zip(part, words) if t.casefold() != w.casefold()]
    return []


# -or words whose British spelling is -our (the reverse of "our" -> "or" needs a list: "donor",
# "sector" and "major" have no -our spelling)
_OR_STEMS = frozenset(
    "lab col hon fav behavi neighb harb rum vig endeav hum arm flav vap tum od savi parl val rig cand clam splend ferv ard".split()
)
_OUR_TAIL = r"(s|ed|ing|er|ers|hood|hoods|able|ably|al|ally|ful|ite|ites|less)?"
_OUR_WORD = re.compile(rf"^(\w{{3,}}?)our{_OUR_TAIL}$")
_OR_WORD = re.compile(rf"^(\w+?)or{_OUR_TAIL}$")
# -er words whose British spelling is -re ("water", "minister", "register" have none)
_ER_WORDS = frozenset("center meter kilometer centimeter millimeter liter theater fiber caliber somber specter luster".split())
_RE_WORD = re.compile(r"^(\w{2,}?)(t|b)re(s?)$")
_ER_WORD = re.compile(r"^(\w+?)(t|b)er(s?)$")
# -ize / -ise, -yze / -yse (both spellings exist; the UN writes -ize, the OECD its own -ise)
_IZE_WORD = re.compile(r"^(\w{4,}?)(iz|is)(e|es|ed|ing|ation|ations|er|ers)$")
_YZE_WORD = re.compile(r"^(\w{3,}?)(yz|ys)(e|es|ed|ing)$")
# -ll- / -l- before an ending, only for the stems that have both ("filling" is no "filing")
_L_STEMS = frozenset("travel label model counsel cancel fuel channel signal level marshal total tunnel jewel quarrel rival dial".split())
_L_WORD = re.compile(r"^(\w+?)(ll|l)(ed|ing|er|ers|or|ors)$")
_FENCE_WORD = re.compile(r"^(de|of)fen(c|s)e(s?)$")
_GRAMME_WORD = re.compile(r"^(\w*gr)am(me)?(s?)$")
_COO_WORD = re.compile(r"^co(-?)o(?=p|rd)")


def _word_spellings(word: str) -> set[str]:
    """The other spellings of one word (lower case), maybe none."""
    low = word.casefold()
    out: set[str] = set()
    if m := _OUR_WORD.match(low):
        out.add(f"{m.group(1)}or{m.group(2) or ''}")
    elif (m := _OR_WORD.match(low)) and m.group(1) in _OR_STEMS:
        out.add(f"{m.group(1)}our{m.group(2) or ''}")
    if m := _RE_WORD.match(low):
        out.add(f"{m.group(1)}{m.group(2)}er{m.group(3)}")
    elif (m := _ER_WORD.match(low)) and low.rstrip("s") in _ER_WORDS:
        out.add(f"{m.group(1)}{m.group(2)}re{m.group(3)}")
    if m := _IZE_WORD.match(low):
        out.add(f"{m.group(1)}{'is' if m.group(2) == 'iz' else 'iz'}{m.group(3)}")
    if m := _YZE_WORD.match(low):
        out.add(f"{m.group(1)}{'ys' if m.group(2) == 'yz' else 'yz'}{m.group(3)}")
    if (m := _L_WORD.match(low)) and m.group(1) + "l" in _L_STEMS:
        out.add(f"{m.group(1)}{'l' if m.group(2) == 'll' else 'll'}{m.group(3)}")
    if m := _FENCE_WORD.match(low):
        out.add(f"{m.group(1)}fen{'s' if m.group(2) == 'c' else 'c'}e{m.group(3)}")
    if (m := _GRAMME_WORD.match(low)) and m.group(1).endswith("progr"):
        out.add(f"{m.group(1)}am{'' if m.group(2) else 'me'}{m.group(3)}")
    if m := _COO_WORD.match(low):
        out.add(("coo" if m.group(1) else "co-o") + low[m.end():])
    out.discard(low)
    return out


def _recased(new: str, old: str) -> str:
    """``new`` written in the capitals of ``old``: all capitals, or a capital first letter."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


_CHUNK = re.compile(r"(\s+)")
_PART = re.compile(r"([\-\u2010\u2011])")
MAX_SPELLINGS = 16
"""The most other spellings generated for one term (a long name with many spelt words)."""


def other_spellings(text: str) -> list[str]:
    """``text`` with one or more of its words in their other spelling (British or American),
    case kept; [] when no word has one. *co-operation* is one word (*cooperation*)."""
    pieces: list[list[str]] = []
    for chunk in _CHUNK.split(text):
        if not chunk or chunk.isspace():
            pieces.append([chunk])
            continue
        options = [chunk]
        whole = _word_spellings(chunk) if _COO_WORD.match(chunk.casefold()) else set()
        if whole:  # "co-operation" / "cooperation": the hyphen is the spelling
            options += [_recased(o, chunk) for o in sorted(whole)]
        else:
            parts = _PART.split(chunk)
            choices = [[p] + ([_recased(o, p) for o in sorted(_word_spellings(p))] if p.isalpha() else []) for p in parts]
            options += ["".join(combo) for combo in itertools.product(*choices)][1:]
        pieces.append(options)
    out: list[str] = []
    for combo in itertools.product(*pieces):
        candidate = "".join(combo)
        if candidate != text and candidate not in out:
            out.append(candidate)
            if len(out) >= MAX_SPELLINGS:
                break
    return out


@dataclass(frozen=True)
class DocumentSpelling:
    """The translations of a file, to tell a house style from a slip: how often the other
    entries write a word in each of two spellings (``labour`` against ``labor``)."""

    texts: Sequence[tuple[int, str]]  # (entry line, translation)
    _counts: dict[str, dict[int, int]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def _per_line(self, word: str) -> dict[int, int]:
        counts = self._counts.get(word)
        if counts is None:
            # lower case, or a capital where a sentence starts: "Labor" inside a sentence is a
            # name ("Department of Labor"), whose spelling says nothing of the house style
            low = re.escape(word.casefold())
            cap = re.escape(word[:1].upper()) + low[1:] if word[:1].isalpha() else low
            pattern = re.compile(rf"(?<![\w-]){low}s?(?![\w-])|(?:^|(?<=[.!?:]\s)|(?<=[\"“«‘(]))\s*{cap}s?(?![\w-])")
            counts = {line: n for line, text in self.texts if (n := len(pattern.findall(text)))}
            self._counts[word] = counts
        return counts

    def elsewhere(self, word: str, line: int) -> int:
        """How often the entries other than the one at ``line`` write ``word`` (or its plural
        in -s) in lower case, or with a capital where a sentence starts."""
        counts = self._per_line(word)
        return sum(counts.values()) - counts.get(line, 0)

    def prefers(self, pairs: Sequence[tuple[str, str]], line: int) -> str:
        """``"glossary"`` when the other entries write the first word of every pair (the
        glossary's spelling) more often than the second; ``"variant"`` when they write the
        second as often or more; ``""`` when they write neither.

        Where they write neither and the pairs are British against American spellings, the
        other British/American words of the file decide (:data:`BRITISH_AMERICAN`): British
        ones only, at least :data:`MIN_HOUSE_EVIDENCE` of them, is the glossary's spelling;
        more American ones than British is the variant's; anything else says nothing."""
        ours = sum(self.elsewhere(a, line) for a, _b in pairs)
        theirs = sum(self.elsewhere(b, line) for _a, b in pairs)
        if ours or theirs:
            return "glossary" if ours > theirs else "variant"
        if not pairs or not all(_british_american(a, b) for a, b in pairs):
            return ""
        skip = {w for pair in pairs for w in pair}
        british = sum(self.elsewhere(a, line) for a, _b in BRITISH_AMERICAN if a not in skip)
        american = sum(self.elsewhere(b, line) for _a, b in BRITISH_AMERICAN if b not in skip)
        if american > british:
            return "variant"
        return "glossary" if british >= MIN_HOUSE_EVIDENCE and not american else ""


# British and American spellings of words common in UN releases: the file's house style
# ("computer program" and "parking meter" are left out: one spelling in both)
BRITISH_AMERICAN: tuple[tuple[str, str], ...] = (
    ("labour", "labor"), ("programme", "program"), ("centre", "center"), ("neighbouring", "neighboring"),
    ("neighbour", "neighbor"), ("behaviour", "behavior"), ("favour", "favor"), ("honour", "honor"),
    ("endeavour", "endeavor"), ("colour", "color"), ("harbour", "harbor"), ("defence", "defense"),
    ("travelled", "traveled"), ("travelling", "traveling"), ("counselling", "counseling"),
    ("kilometre", "kilometer"), ("litre", "liter"), ("theatre", "theater"), ("labourers", "laborers"),
)
MIN_HOUSE_EVIDENCE = 2
"""British words the other entries of a file must hold, and no American one, for a file with no
evidence on the word itself to count as written in the glossary's (British) spelling."""


def _british_american(glossary_word: str, variant: str) -> bool:
    """Is ``glossary_word`` the British and ``variant`` the American spelling of one word
    (-our/-or, -re/-er, -mme/-m, -ence/-ense, -ll-/-l-), not -ise/-ize or co-operation?"""
    return spelling_form(glossary_word) == spelling_form(variant) and any(
        mark in glossary_word and mark not in variant for mark in ("our", "tre", "bre", "amme", "ence", "ll")
    )
