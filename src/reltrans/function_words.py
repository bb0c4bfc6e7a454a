"""Short function words that tell a French text from an English one: one list, read by the
untranslated check (``RT503``: French text in an English msgstr) and by the chrome judge's
language test (a short English alt text or label on a French page).

Only words the other language does not write as words of its own are listed ("a", "on" and
"plus" are both French and English); ``FRENCH_ELISION`` catches the elided article or pronoun
(``l'OIM``, ``qu'il``)."""
from __future__ import annotations

import re

__all__ = ["ENGLISH", "FRENCH", "FRENCH_ELISION", "is_french_word"]

FRENCH = frozenset(
    """le la les l de des du d un une et est sont ont été être aux au à dans pour par sur sous avec
    qui que cette ces ce se sa son ses leur leurs nos notre nous vous ils elles il elle ne pas
    selon aussi depuis entre sans mais ou où dont très était avait fait ainsi lors après avant
    chez vers en soit tous toutes afin donc déjà comme""".split()
)
ENGLISH = frozenset(
    """the of and to in for is are was were with that by from has have had this these
    which who said will would been its their it at as an be not or but on after about also
    more than over into they he she we you your his her our there what when where per cent""".split()
)
FRENCH_ELISION = re.compile(r"^(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’]\w", re.IGNORECASE)


def is_french_word(word: str) -> bool:
    """``word`` (a token without its surrounding punctuation) is a French function word or
    starts with an elided one."""
    return word.casefold() in FRENCH or FRENCH_ELISION.match(word) is not None
