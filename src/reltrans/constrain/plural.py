"""Number agreement of placed terms: is a French source occurrence plural, and the English
plural of a target term's head noun."""
from __future__ import annotations

import regex

__all__ = ["invariant_head", "is_adjective_use", "looks_plural", "plural_determiner_before", "plural_surface", "pluralize"]

_PLURAL_DETERMINERS = frozenset(
    "les des ces aux leurs nos vos mes tes ses plusieurs quelques certains certaines nombreux nombreuses "
    "divers diverses différents différentes tous toutes deux trois quatre cinq six sept huit neuf dix "
    "onze douze quinze vingt trente quarante cinquante cent cents mille".split()
)

_QUANTITY_NOUNS = frozenset(
    "millions milliers centaines dizaines milliards douzaines vingtaines trentaines quarantaines "
    "cinquantaine centaine millier million milliard".split()
)

_PREPOSITIONS = frozenset("of in for from on at to with against by".split())
# English nouns without a plural in the senses releases use (« violences sexuelles » -> sexual
# violence, « 45 pour cent » -> 45 per cent, « des informations » -> information)
_UNCOUNTABLE = frozenset(
    "violence assistance aid information equipment evidence advice research support protection health food water "
    "shelter data news progress knowledge funding training trafficking smuggling cent percent staff personnel police "
    "livestock malnutrition poverty hunger security safety justice peace education sanitation hygiene access housing "
    "employment unemployment legislation infrastructure healthcare welfare".split()
)
_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "persons", "people": "people"}  # UN: "persons"
# English nationality adjectives (Syrian, Congolese, Turkish, French, Iraqi...): an adjective
# takes no plural, whatever the number of the French adjective it renders
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic")


def plural_determiner_before(source: str, start: int) -> bool:
    """A plural determiner or a count above one right before ``start`` (les pays, 14 pays,
    des millions de personnes); a year ("en 2023") is not a count."""
    words = regex.findall(r"[\p{L}]+|\d[\d\u00a0\u202f ]*(?:,\d+)?", source[max(0, start - 40) : start])
    if not words:
        return False
    last = words[-1].strip()
    if last[:1].isdigit():
        digits = regex.sub(r"\D", "", last.split(",")[0])
        if len(digits) == 4 and 1900 <= int(digits) <= 2100 and digits == last.strip():
            return False  # a year ("en 2023 ..."), not a count
        return bool(digits) and int(digits) > 1
    if last.lower() in ("de", "d") and len(words) >= 2:  # millions de personnes, but not
        return words[-2].lower() in _QUANTITY_NOUNS  # "procédures de protection internationale"
    return last.lower() in _PLURAL_DETERMINERS


def plural_surface(surface: str, term: str) -> bool:
    """``surface`` is a plural of ``term``'s first word (demandeurs d'asile, nationaux)."""
    said, base = surface.lower().split(), term.lower().split()
    if not said or not base or said[0] == base[0]:
        return False
    word, lemma = said[0], base[0]
    return word in (lemma + "s", lemma + "x", lemma + "es") or (lemma.endswith("al") and word == lemma[:-2] + "aux")


def is_adjective_use(surface: str, target_term: str) -> bool:
    """A lower-case French word rendered by a capitalised English nationality adjective
    (« évacuations françaises » -> French, « ressortissants syriens » -> Syrian): French writes
    the demonym noun with a capital (les Syriens -> Syrians), the adjective without, and an
    English adjective has no plural."""
    return (
        " " not in target_term
        and surface[:1].islower()
        and target_term[:1].isupper()
        and not target_term.isupper()
        and target_term.lower().endswith(_NATIONALITY_ENDINGS)
    )


def looks_plural(replaced: str, singulars: set[str]) -> bool:
    """A single word that is a plural of one of ``singulars`` (lowercase)."""
    word = replaced.strip().lower()
    if " " in word:
        return False
    return word[-1:] in ("s", "x") and word not in singulars and word[:-1] in {s.rstrip("sx") for s in singulars} | singulars


def invariant_head(term: str, lang: str) -> bool:
    """The head word of an English term is a participle (rescued, displaced) or a gerund
    (trafficking, funding, missing): no plural unless the glossary lists one (crossings)."""
    if lang != "en":
        return False
    words = term.split(" ")
    last = words[_head_index(words)].rpartition("-")[2].lower()
    return last.endswith(("ing", "ed")) and not last.endswith("eed")


def pluralize(term: str, lang: str) -> str:
    """English plural of a term's head noun (the word before the first preposition, else the
    last word): migrant in an irregular situation -> migrants in an irregular situation.
    Other target languages are left as they are."""
    if lang != "en":
        return term
    words = term.split(" ")
    head = _head_index(words)
    words[head] = _plural_word(words[head])
    return " ".join(words)


def _head_index(words: list[str]) -> int:
    """The head noun of an English term: the word before the first preposition, else the last."""
    return next((i - 1 for i, w in enumerate(words) if i > 0 and w.lower() in _PREPOSITIONS), len(words) - 1)


def _plural_word(word: str) -> str:
    if word.lower().endswith("-secretary-general") or word.lower() == "secretary-general":
        # Secretary-General -> Secretaries-General, Under-Secretary-General -> Under-Secretaries-General
        return word[: -len("-general")][:-1] + "ies" + word[-len("-general") :]
    prefix, _, last = word.rpartition("-")  # asylum-seeker -> asylum-seekers
    lower = last.lower()
    if not last.isalpha() or last.isupper() or lower.endswith("s"):
        return word  # acronyms, numbers, already plural
    if lower in _UNCOUNTABLE:
        return word
    if lower in _IRREGULAR.values() or lower.endswith("ese"):
        return word  # already plural (children), or the same in both numbers (Congolese)
    if lower in _IRREGULAR:
        plural = _IRREGULAR[lower]
        plural = plural.capitalize() if last[:1].isupper() else plural
    elif lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        plural = last[:-1] + "ies"
    elif lower.endswith(("x", "z", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{prefix}-{plural}" if prefix else plural
