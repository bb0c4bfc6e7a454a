"""Consistency checks over many entries: the same source translated differently (RT201 within a
file, RT202 across the files of one run) and a concept rendered with different allowed variants
in one file (RT203)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from reltrans.checks.glossary_checks import VariantUse
from reltrans.checks.rules import EntryContext, make_finding
from reltrans.model import CatalogEntry, Finding

__all__ = ["check_within_file", "check_across_files", "check_variants"]

_MAX_SHOWN = 60


def _short(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def check_within_file(entries: Iterable[CatalogEntry], ctx: EntryContext) -> list[Finding]:
    """RT201: translated entries with the same msgid (different msgctxt) and different msgstr."""
    groups: dict[str, list[CatalogEntry]] = {}
    for entry in entries:
        if entry.translated and entry.msgid and entry.msgid_plural is None:
            groups.setdefault(entry.msgid, []).append(entry)
    out: list[Finding] = []
    for group in groups.values():
        if len(group) < 2 or len({e.msgstr for e in group}) < 2:
            continue
        first = group[0]
        for entry in group[1:]:
            if entry.msgstr != first.msgstr:
                out.append(
                    make_finding(
                        "RT201", ctx, entry.line,
                        f"translated differently at line {first.line}: {_short(first.msgstr)!r}",
                        entry.msgid,
                    )
                )
    return out


def check_across_files(files: Sequence[tuple[EntryContext, Sequence[CatalogEntry]]]) -> list[Finding]:
    """RT202: the same (msgctxt, msgid) translated differently in another file of the run.

    The first translation met (files in command-line order) is the reference; each later
    disagreement is reported once, at the later entry.
    """
    first_seen: dict[tuple[str | None, str], tuple[str, EntryContext, CatalogEntry]] = {}
    out: list[Finding] = []
    for ctx, entries in files:
        for entry in entries:
            if not entry.translated or not entry.msgid or entry.msgid_plural is not None:
                continue
            key = (entry.msgctxt, entry.msgid)
            seen = first_seen.get(key)
            if seen is None:
                first_seen[key] = (entry.msgstr, ctx, entry)
            elif seen[0] != entry.msgstr and seen[1].path != ctx.path:
                out.append(
                    make_finding(
                        "RT202", ctx, entry.line,
                        f"translated differently in {seen[1].path}:{seen[2].line}: {_short(seen[0])!r}",
                        entry.msgid,
                    )
                )
    return out


def _words(term: str) -> list[str]:
    """The words of ``term``, casefolded, a plural ``s`` dropped."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in term.casefold().replace("-", " ").split()]


_SKIPPED = frozenset("a an and for in of on the to".split())


def _short_form_of(one: str, other: str) -> bool:
    """Is one variant the short form of the other, as a release writes it after the full form:
    its acronym ("VHR" for "voluntary humanitarian return", "IDPs"), or some of its words
    ("charters" for "charter flights")? Such pairs are no inconsistency."""
    for short, full in ((one, other), (other, one)):
        full_words = [w for w in _words(full) if w not in _SKIPPED]
        if short.rstrip("s").isupper() and len(full_words) >= 2:
            if short.rstrip("s").casefold() == "".join(w[0] for w in full_words):
                return True
        short_words = _words(short)
        if short_words and len(short_words) < len(_words(full)) and set(short_words) <= set(_words(full)):
            return True
    return False


def _singular(word: str) -> str:
    """``word`` without an English plural ending ("studies" -> "study", "meetings" -> "meeting")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _variant_key(term: str) -> tuple[str, ...]:
    """What makes two allowed terms the same variant: their words, casefolded, singular. The
    singular and the plural of one term ("meeting", "meetings") are one variant, as a glossary
    that lists both forms (``inflect = false``) means them."""
    return tuple(_singular(w) for w in term.casefold().replace("-", " ").split())


# what may stand between a name and its descriptor written in apposition, in one sentence:
# "IOM, the UN Migration Agency", "the UN Migration Agency (IOM)", "IOM – the UN Migration Agency"
_APPOSITION_GAP = re.compile(r"\s*(?:,|\(|[–—-])\s*(?:(?:the|an?)\s+)?", re.IGNORECASE)


def _written_together(uses: Sequence[VariantUse]) -> set[int]:
    """The indices in ``uses`` of variants written next to another variant of their concept in
    apposition ("X, the Y," or "Y (X)"): a house style that names a thing by both its renderings
    at once, no switch between them. Uses whose position is unknown are never paired."""
    placed: dict[tuple[int, str, str], list[int]] = {}
    for i, use in enumerate(uses):
        if use.start >= 0 and use.text:
            placed.setdefault((use.line, use.concept_id, use.text), []).append(i)
    together: set[int] = set()
    for indices in placed.values():
        indices.sort(key=lambda i: uses[i].start)
        for a, b in zip(indices, indices[1:]):
            first, second = uses[a], uses[b]
            if _variant_key(first.term) == _variant_key(second.term) or second.start < first.end:
                continue
            if _APPOSITION_GAP.fullmatch(first.text[first.end : second.start]):
                together.update((a, b))
    return together


def check_variants(uses: Sequence[VariantUse], ctx: EntryContext) -> list[Finding]:
    """RT203: a concept rendered with several allowed variants in one file.

    Forms of one term that differ only by number ("meeting", "meetings") are one variant. The
    most frequent variant (first met on a tie) is taken as the file's choice; entries using
    another one are reported, unless it is a short form of the choice or the choice a short
    form of it (an acronym, some of its words: "voluntary humanitarian return" then "VHR").
    Which concepts take part at all is :func:`~reltrans.checks.glossary_checks.variant_is_a_choice`'s
    to say (not a one-word everyday concept: « réunion » is a *meeting* or a *conference*).
    Two variants written together in apposition ("IOM, the UN Migration Agency,", "the UN
    Migration Agency (IOM)") neither count nor are reported; the same two variants in separate
    sentences still are.
    """
    together = _written_together(uses)
    by_concept: dict[str, list[VariantUse]] = {}
    for i, use in enumerate(uses):
        if i in together:
            continue
        by_concept.setdefault(use.concept_id, []).append(use)
    out: list[Finding] = []
    for concept_id, group in by_concept.items():
        counts = Counter(_variant_key(u.term) for u in group)
        if len(counts) < 2:
            continue
        order = {key: i for i, key in reversed(list(enumerate(_variant_key(u.term) for u in group)))}
        chosen = max(counts, key=lambda key: (counts[key], -order[key]))
        chosen_uses = [u for u in group if _variant_key(u.term) == chosen]
        chosen_term = Counter(u.term for u in chosen_uses).most_common(1)[0][0]
        reported: set[int] = set()
        for use in group:
            if _variant_key(use.term) == chosen or use.line in reported or _short_form_of(use.term, chosen_term):
                continue
            # the entry may itself hold the chosen form too: name another entry, or say nothing
            other = next((u.line for u in chosen_uses if u.line != use.line), None)
            if other is None:
                continue
            reported.add(use.line)
            out.append(
                make_finding(
                    "RT203", ctx, use.line,
                    f"{use.term!r} used for concept {concept_id!r}; this file uses {chosen_term!r} in another entry ({ctx.path}:{other})",
                    use.msgid,
                )
            )
    return out
