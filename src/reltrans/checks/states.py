"""The review state of a PO entry (translated, fuzzy, untranslated) and its text pairs: what
``status`` counts and every check starts from. Kept apart from the checks so that ``status``
loads no check code."""
from __future__ import annotations

from reltrans.model import CatalogEntry

__all__ = ["text_pairs", "entry_state"]


def text_pairs(entry: CatalogEntry) -> list[tuple[str, str]]:
    """(source, translation) pairs of an entry: one, or one per plural form."""
    if entry.msgid_plural is None:
        return [(entry.msgid, entry.msgstr)]
    pairs = []
    for index, text in sorted(entry.msgstr_plural.items()):
        pairs.append((entry.msgid if index == 0 else entry.msgid_plural, text))
    return pairs


def entry_state(entry: CatalogEntry) -> str:
    """``"fuzzy"`` (flagged fuzzy, with some translated text, plural entries included),
    ``"translated"`` (not fuzzy, not obsolete, every form translated) or ``"untranslated"``.

    Reads ``entry.fuzzy`` explicitly rather than trusting ``entry.translated`` alone for it."""
    if entry.fuzzy:
        return "fuzzy" if any(t for _, t in text_pairs(entry)) else "untranslated"
    if entry.obsolete:
        return "untranslated"
    if entry.msgid_plural is not None:
        complete = bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    else:
        complete = bool(entry.msgstr)
    return "translated" if complete else "untranslated"
