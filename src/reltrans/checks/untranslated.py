"""Entries that look untranslated although their msgstr is filled: the msgid copied (as the
engine or a tool does when it gives up, or a dateline left as it was) or a French text where
the English belongs.

Such an entry gets one ``RT503`` finding, and the per-entry checks that compare source and
translation (numbers, terms, punctuation) are not run on it: a copy of the source says nothing
about numbers or terms, and a cascade of ``RT302``/``RT303`` on « Le 22 novembre 2024 » would
hide the one thing to do, translate the entry.
"""
from __future__ import annotations

import re
import unicodedata

from reltrans.function_words import ENGLISH, is_french_word

__all__ = ["untranslated_reason", "KEPT_WITH_RT503"]

#: Codes still reported next to ``RT503``: the entry's state, broken text, placeholders and PO
#: syntax, which hold whatever the msgstr says (and ``RT105``, the terms enforcement flagged,
#: which the caller reports again without the ``RT101`` that would otherwise take them over).
KEPT_WITH_RT503 = frozenset({"RT502", "RT503", "RT409", "RT410", "RT411", "RT412", "RT413", "RT414"})

# a word, hyphenated compounds and elisions kept whole ("Port-au-Prince", "l'OIM")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")

# French months and weekdays: a short copy that holds one is a date left in French (« Le 22
# novembre 2024 »); a short copy without one is a name ("La Paz", "Les Cayes")
_FRENCH_DATE_WORDS = frozenset(
    """janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche""".split()
)
def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _normal(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def _french(word: str) -> bool:
    return is_french_word(word) or word.casefold() in _FRENCH_DATE_WORDS


def untranslated_reason(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """Why ``target`` looks untranslated (a message for ``RT503``), or None.

    * The source copied: the same text (case, spaces and Unicode form aside) when it has three
      words or more, or a French month or weekday (« Le 22 novembre 2024 »); a name, an
      acronym or a number copied is a correct translation ("Amy Pope", "La Paz", "COVID-19",
      "2024").
    * French in an English msgstr (another text than the msgid): five words or more, a third
      of them or more words only French writes, and at most one English word for five French
      ones; a French title quoted inside an English sentence keeps its English words.
    """
    if not target or source_lang == target_lang:
        return None
    words = _words(source)
    if _normal(source) == _normal(target):
        if len([w for w in words if len(w) >= 2]) >= 3 or (source_lang == "fr" and any(w.casefold() in _FRENCH_DATE_WORDS for w in words)):
            return "the entry looks untranslated: the translation is a copy of the source; translate it"
        return None
    if source_lang != "fr" or target_lang != "en":
        return None
    target_words = _words(target)
    if len(target_words) < 5:
        return None
    french = sum(1 for w in target_words if _french(w))
    english = sum(1 for w in target_words if w.casefold() in ENGLISH)
    if french >= 3 and 3 * french >= len(target_words) and 5 * english <= french:
        return "the entry looks untranslated: the translation is French text, not English; translate it"
    return None
