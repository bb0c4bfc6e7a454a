"""RT422: an acronym or a proper name kept in the translation with its case changed
(``CNDH`` -> ``Cndh``, ``Guterres`` -> ``guterres``), pofilter's ``acronyms`` check made
case-aware.

Only words the translation keeps are compared: a word of the source (an all-capital acronym,
or a capitalised word inside a sentence) that appears in the translation in the same letters
but never in the same case. Headlines written all in capitals are skipped (every word there
looks like an acronym), and so are sentence starts, where capitals say nothing.
"""
from __future__ import annotations

import regex

__all__ = ["case_changes"]

_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}])")
_OPENERS = frozenset('.!?:;«»"“”([—–-\n')
# something that can be an acronym or a name at all: two capitals in a row, a capital inside a
# word, or two capitalised words in a row (most sentences have none: the check stops there)
_CANDIDATE = regex.compile(r"\p{Lu}\p{Lu}|\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}")


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].rstrip()
    return not before or before[-1] in _OPENERS


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(1 for c in letters if c.isupper()) >= 0.6 * len(letters)


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and not _acronym(word)


def _names(text: str) -> set[str]:
    """Personal and place names of ``text``: capitalised words with a capital inside
    (``McAllister``), or runs of at least two capitalised words (``Amy Pope``, ``António
    Guterres``), sentence starts left out. A lone capitalised word is not taken as a name:
    French capitalises the first word of institution names ("le Centre de ..."), which English
    may correctly write in lower case ("the centre")."""
    words = [
        (m.group(0), _capitalised(m.group(0)) and not _at_sentence_start(text, m.start()), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]
    names: set[str] = set()
    for index, (word, mid_capital, start, end) in enumerate(words):
        if not mid_capital or len(word) < 3:
            continue
        if any(c.isupper() for c in word[1:]):
            names.add(word)
            continue
        neighbours = []
        if index > 0 and text[words[index - 1][3]:start].isspace():
            neighbours.append(words[index - 1][1])
        if index + 1 < len(words) and text[end:words[index + 1][2]].isspace():
            neighbours.append(words[index + 1][1])
        if any(neighbours):
            names.add(word)
    return names


_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.IGNORECASE)


def case_changes(source: str, target: str) -> list[str]:
    """Messages for acronyms and names of ``source`` whose case changed in ``target``.
    Web and e-mail addresses are left out (``www.wfp.org`` is not a changed ``WFP``)."""
    if _CANDIDATE.search(source) is None:
        return []
    if "@" in target or "www" in target or "://" in target:
        target = _ADDRESS.sub(" ", target)
    folded_target = target.casefold()
    # the cheap question first: is any candidate kept in other letters' case at all?
    suspects = []
    for match in _WORD.finditer(source):
        word = match.group(0)
        if len(word) >= 2 and not word.islower() and word not in target and word.casefold() in folded_target:
            suspects.append(word)
    if not suspects or _mostly_capitals(source) or _mostly_capitals(target):
        return []
    target_words: dict[str, set[str]] = {}
    for match in _WORD.finditer(target):
        target_words.setdefault(match.group(0).casefold(), set()).add(match.group(0))
    names = _names(source)
    messages: list[str] = []
    for word in dict.fromkeys(suspects):
        if not (_acronym(word) or word in names):
            continue
        forms = target_words.get(word.casefold())
        if not forms or word in forms:
            continue
        if not _acronym(word) and any(_acronym(f) for f in forms):
            continue  # a name written in capitals in the translation (a heading) is not an error
        kind = "acronym" if _acronym(word) else "name"
        shown = ", ".join(repr(f) for f in sorted(forms))
        messages.append(f"{kind} {word!r} kept with its case changed: {shown}")
    return messages
