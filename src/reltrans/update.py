"""Update an existing, reviewed PO catalog to a revised source: ``msgmerge --previous``, improved.

``old`` is the PO file translators have been reviewing; ``new`` is the catalog freshly extracted
from the revised release (msgids, references, ``#.`` comments, and a machine draft or an empty
msgstr). :func:`merge_catalogs` returns the catalog to write. The rules:

* **Unchanged sentence** (same msgctxt and msgid as a live old entry): the old entry is kept as it
  is -- msgstr, every flag (``fuzzy`` and custom ones such as ``ignore-numbers``), translator
  comments (``# ...``), ``#|`` previous msgid -- and only its references and extracted comments
  (``#.``) are taken from the new extraction, since positions and context change between revisions.
  Exception: an old entry with an *empty* msgstr takes the new draft (and its fuzzy flag), because
  there is no human work to protect; such sentences are also listed as needing translation.
* **Revived sentence** (msgid of an old *obsolete* ``#~`` entry): the entry comes back with its
  translation and flags (fuzzy if it was fuzzy, else translated), new references and comments.
* **Changed sentence** (msgid not in ``old``): matched to the most similar old msgid among the old
  entries no other new entry reuses -- live ones, and obsolete ones that have a translation --
  with ``rapidfuzz`` ratio >= :data:`FUZZY_THRESHOLD` (0.6). Pairs are assigned best score first,
  each old entry at most once (msgmerge may give one old translation to several new entries;
  here a sentence split in two gets the old translation once, the other half is new). The merged
  entry gets ``#| msgid`` = the old msgid, the ``fuzzy`` flag, the old entry's translator comments
  and custom flags, and:

  - msgstr = the **new machine draft** when the extraction has one (it translates the *current*
    sentence, so it is the better starting point for the reviewer), else the old translation;
  - the old reviewed translation, when it differs from that msgstr, in a translator comment
    ``# reltrans: previous translation: ...`` (newlines shown as ``\\n``), so no reviewed text
    is lost and the reviewer can diff ``#|`` against msgid and copy wording from the old one.

* **New sentence** (no match): the new entry as extracted (draft, fuzzy).
* **Removed sentence** (live old entry matched by nothing): kept as obsolete (``#~``). Old obsolete
  entries are kept too (once; one whose msgid came back or that a changed sentence used is
  dropped from the obsolete section, its content now lives in the live entry).

Live entries follow the order of ``new`` (the revised document order); obsolete entries follow
at the end in their old order. The header is the old one (translator, team), with the fields
named in ``refresh`` (by default ``POT-Creation-Date``, ``X-Generator`` and the reltrans signature)
updated from ``new``, and any field only ``new`` has added.

:func:`plan_update` applies the same matching before translating and says which msgids need the
model: new and changed ones, and unchanged ones that were never translated. That set is exactly
the msgids the old PO does not translate, which is what the pipeline sends (without paying for
the fuzzy matching twice): unchanged reviewed *or fuzzy* entries are not re-sent. Numbers need
no special care: an unchanged msgid has unchanged numbers, and a changed one carries ``#|`` so
the reviewer sees any number that changed.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from reltrans.catalog import UNMET_PREFIX
from reltrans.model import Catalog, CatalogEntry

#: Minimum similarity (rapidfuzz ratio / 100) for a changed sentence to inherit an old translation.
FUZZY_THRESHOLD = 0.6
#: Translator-comment prefix carrying the old reviewed translation of a changed sentence.
PREVIOUS_TRANSLATION_PREFIX = "reltrans: previous translation: "
#: The same for an old translation that was still a fuzzy draft (never reviewed).
PREVIOUS_DRAFT_PREFIX = "reltrans: previous draft (not reviewed): "
#: Header fields that describe the extraction, so the new catalog's values win.
_EXTRACTION_FIELDS = ("POT-Creation-Date", "X-Generator", "X-Reltrans-Signature")

_Key = tuple[str | None, str]


@dataclass(frozen=True)
class UpdatePlan:
    """What :func:`merge_catalogs` will do with each revised msgid, known before translation.

    ``changed`` pairs each changed msgid with the old msgid whose translation it inherits.
    """

    unchanged: tuple[str, ...]
    revived: tuple[str, ...]
    changed: tuple[tuple[str, str], ...]
    new: tuple[str, ...]
    untranslated: tuple[str, ...]  # unchanged or revived, but the old msgstr is empty
    needs_translation: tuple[str, ...]  # msgids to send to the model, in input order

    @property
    def previous(self) -> Mapping[str, str]:
        """changed msgid -> previous msgid."""
        return dict(self.changed)


@dataclass(frozen=True)
class MergeResult:
    """The merged catalog and what happened: counts, and the msgids that needed translation."""

    catalog: Catalog
    kept: int
    fuzzy_matched: int
    new: int
    obsoleted: int
    needs_translation: tuple[str, ...]
    revived: int = 0


@dataclass(frozen=True)
class _Matching:
    unchanged: dict[_Key, CatalogEntry]  # new key -> old live entry
    revived: dict[_Key, CatalogEntry]  # new key -> old obsolete entry
    changed: dict[_Key, CatalogEntry]  # new key -> old entry (live or obsolete) it inherits from
    used_old: frozenset[int]  # indexes in old.entries that something uses


def _key(entry: CatalogEntry) -> _Key:
    return (entry.msgctxt, entry.msgid)


def _match(old: Catalog, keys: Sequence[_Key], threshold: float) -> _Matching:
    """Assign every new key an old entry: exact live, exact obsolete, or best fuzzy."""
    live = {_key(e): i for i, e in enumerate(old.entries) if not e.obsolete}
    obsolete: dict[_Key, int] = {}
    for i, entry in enumerate(old.entries):
        if entry.obsolete:
            obsolete.setdefault(_key(entry), i)
    unchanged: dict[_Key, CatalogEntry] = {}
    revived: dict[_Key, CatalogEntry] = {}
    used: set[int] = set()
    pending: list[_Key] = []
    for key in keys:
        if key in live:
            unchanged[key] = old.entries[live[key]]
            used.add(live[key])
        elif key in obsolete:
            revived[key] = old.entries[obsolete[key]]
            used.add(obsolete[key])
        else:
            pending.append(key)
    candidates = [
        i
        for i, e in enumerate(old.entries)
        if i not in used and (not e.obsolete or e.msgstr or any(e.msgstr_plural.values()))
    ]
    pairs = _assign_fuzzy([k[1] for k in pending], [old.entries[i].msgid for i in candidates], threshold)
    changed = {pending[p]: old.entries[candidates[c]] for p, c in pairs}
    used.update(candidates[c] for _, c in pairs)
    return _Matching(unchanged, revived, changed, frozenset(used))


def _assign_fuzzy(queries: Sequence[str], choices: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one assignment of queries to choices with ratio >= threshold."""
    if not queries or not choices:
        return []
    from rapidfuzz import fuzz, process

    cutoff = threshold * 100.0
    scores = process.cdist(queries, choices, scorer=fuzz.ratio, score_cutoff=cutoff, workers=1)
    pairs = [
        (float(scores[q][c]), q, c)
        for q in range(len(queries))
        for c in range(len(choices))
        if scores[q][c] >= cutoff and scores[q][c] > 0
    ]
    # best score first; ties go to the earlier sentence and the earlier old entry
    pairs.sort(key=lambda item: (-item[0], item[1], item[2]))
    taken_q: set[int] = set()
    taken_c: set[int] = set()
    result: list[tuple[int, int]] = []
    for _, q, c in pairs:
        if q in taken_q or c in taken_c:
            continue
        taken_q.add(q)
        taken_c.add(c)
        result.append((q, c))
    return result


def _has_translation(entry: CatalogEntry) -> bool:
    return bool(entry.msgstr) or any(entry.msgstr_plural.values())


def _unique(keys: Iterable[_Key]) -> list[_Key]:
    return list(dict.fromkeys(keys))


def plan_update(old: Catalog, msgids: Sequence[str], *, threshold: float = FUZZY_THRESHOLD) -> UpdatePlan:
    """Which of the revised ``msgids`` need machine translation, before translating.

    Same matching as :func:`merge_catalogs` (msgids without context). Unchanged and revived
    entries that have a translation (reviewed or fuzzy) are reused and not listed.
    """
    keys = _unique((None, m) for m in msgids)
    matching = _match(old, keys, threshold)
    untranslated = tuple(
        k[1]
        for k in keys
        if (k in matching.unchanged and not _has_translation(matching.unchanged[k]))
        or (k in matching.revived and not _has_translation(matching.revived[k]))
    )
    new = tuple(k[1] for k in keys if k not in matching.unchanged and k not in matching.revived and k not in matching.changed)
    needs = {*untranslated, *new, *(k[1] for k in matching.changed)}
    return UpdatePlan(
        unchanged=tuple(k[1] for k in keys if k in matching.unchanged),
        revived=tuple(k[1] for k in keys if k in matching.revived),
        changed=tuple((k[1], matching.changed[k].msgid) for k in keys if k in matching.changed),
        new=new,
        untranslated=untranslated,
        needs_translation=tuple(k[1] for k in keys if k[1] in needs),
    )


def merge_catalogs(
    old: Catalog,
    new: Catalog,
    *,
    threshold: float = FUZZY_THRESHOLD,
    refresh: Sequence[str] = _EXTRACTION_FIELDS,
) -> MergeResult:
    """Merge the reviewed ``old`` catalog into the fresh extraction ``new`` (see module docstring).

    The header is the old one (it belongs to the reviewers), plus the new values of the fields
    named in ``refresh`` and of fields the old header lacks."""
    new_entries: dict[_Key, CatalogEntry] = {}
    for entry in new.entries:
        if not entry.obsolete:
            new_entries.setdefault(_key(entry), entry)
    keys = list(new_entries)
    matching = _match(old, keys, threshold)
    merged: list[CatalogEntry] = []
    needs: list[str] = []
    kept = changed = fresh = revived = 0
    for key in keys:
        entry = new_entries[key]
        if key in matching.unchanged or key in matching.revived:
            previous = matching.unchanged.get(key) or matching.revived[key]
            merged.append(_keep(previous, entry))
            if not _has_translation(previous):
                needs.append(entry.msgid)  # nothing kept: it takes the new draft
            elif key in matching.unchanged:
                kept += 1
            else:
                revived += 1
        elif key in matching.changed:
            merged.append(_inherit(matching.changed[key], entry))
            needs.append(entry.msgid)
            changed += 1
        else:
            merged.append(dataclasses.replace(entry, previous_msgid=None, obsolete=False))
            needs.append(entry.msgid)
            fresh += 1
    obsolete, obsoleted = _obsolete_section(old, matching.used_old, set(keys))
    catalog = Catalog(
        header=_merge_header(old.header, new.header, refresh),
        entries=tuple(merged) + tuple(obsolete),
        path=old.path if old.path is not None else new.path,
        header_comment=old.header_comment or new.header_comment,
    )
    return MergeResult(catalog, kept, changed, fresh, obsoleted, tuple(needs), revived)


def _keep(previous: CatalogEntry, entry: CatalogEntry) -> CatalogEntry:
    """An unchanged (or revived) sentence: the old entry with the new references and ``#.``."""
    if not _has_translation(previous):
        return dataclasses.replace(
            entry,
            flags=_union(entry.flags, previous.flags),
            translator_comments=previous.translator_comments,
            obsolete=False,
        )
    return dataclasses.replace(
        previous,
        references=entry.references,
        extracted_comments=_kept_comments(previous, entry),
        msgid_plural=entry.msgid_plural if entry.msgid_plural is not None else previous.msgid_plural,
        obsolete=False,
        line=entry.line,
    )


#: ``#.`` comments about how the kept translation was made: they stay with it while it is a
#: draft (so ``reltrans check`` still reports unmet terms after a re-run).
_PROVENANCE_PREFIXES = (UNMET_PREFIX, "memory:")


def _kept_comments(previous: CatalogEntry, entry: CatalogEntry) -> tuple[str, ...]:
    """The new ``#.`` comments, plus the old provenance ones of a kept fuzzy draft."""
    if not previous.fuzzy:
        return entry.extracted_comments
    carried = [
        c for c in previous.extracted_comments
        if c.startswith(_PROVENANCE_PREFIXES) and c not in entry.extracted_comments
    ]
    return tuple(entry.extracted_comments) + tuple(carried)


def _inherit(previous: CatalogEntry, entry: CatalogEntry) -> CatalogEntry:
    """A changed sentence: new msgid, ``#|`` old msgid, fuzzy, draft or old translation."""
    msgstr = entry.msgstr or previous.msgstr
    comments = [
        c for c in previous.translator_comments if not c.startswith((PREVIOUS_TRANSLATION_PREFIX, PREVIOUS_DRAFT_PREFIX))
    ]
    if previous.msgstr and previous.msgstr != msgstr:
        prefix = PREVIOUS_DRAFT_PREFIX if previous.fuzzy else PREVIOUS_TRANSLATION_PREFIX
        comments.append(prefix + previous.msgstr.replace("\n", "\\n"))
    plural = dict(entry.msgstr_plural) if any(entry.msgstr_plural.values()) else dict(previous.msgstr_plural)
    return dataclasses.replace(
        entry,
        msgstr=msgstr,
        flags=_union(("fuzzy",), entry.flags, previous.flags),
        translator_comments=tuple(comments),
        previous_msgid=previous.msgid,
        obsolete=False,
        msgstr_plural=plural if entry.msgid_plural is not None else {},
    )


def _union(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(flag for group in groups for flag in group))


def _obsolete_section(old: Catalog, used: frozenset[int], live: set[_Key]) -> tuple[list[CatalogEntry], int]:
    """Old entries nobody uses, as obsolete, once each; and how many were live before."""
    section: list[CatalogEntry] = []
    seen: set[_Key] = set(live)
    newly = 0
    for i, entry in enumerate(old.entries):
        if i in used or _key(entry) in seen:
            continue
        seen.add(_key(entry))
        if not entry.obsolete:
            newly += 1
        section.append(dataclasses.replace(entry, obsolete=True))
    return section, newly


def _merge_header(old: Mapping[str, str], new: Mapping[str, str], refresh: Sequence[str]) -> dict[str, str]:
    header = dict(old)
    for name, value in new.items():
        if name not in header or name in refresh:
            header[name] = value
    return header
