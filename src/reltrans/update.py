"""Update an existing, reviewed PO catalog to a revised source: ``msgmerge --previous``, improved.

``old`` is the PO file translators have been reviewing; ``new`` is the catalog freshly extracted
from the revised release (msgids, references, ``#.`` comments, and a machine draft or an empty
msgstr). :func:`merge_catalogs` returns the catalog to write. The rules:

* **Unchanged sentence** (same msgctxt and msgid as a live old entry): the old entry is kept as it
  is -- msgstr, every flag (``fuzzy`` and custom ones such as ``ignore-numbers``), translator
  comments (``# ...``), ``#|`` previous msgid while fuzzy -- and only its references and extracted comments
  (``#.``) are taken from the new extraction, since positions and context change between revisions.
  Exception: an old entry with an *empty* msgstr takes the new draft (and its fuzzy flag), because
  there is no human work to protect; such sentences are also listed as needing translation.
* **Revived sentence** (msgid of an old *obsolete* ``#~`` entry): the entry comes back with its
  translation and flags (fuzzy if it was fuzzy, else translated), new references and comments.
* **Changed sentence** (msgid not in ``old``): matched to the most similar old msgid among the old
  entries no other new entry reuses -- live ones, and obsolete ones that have a translation --
  with ``rapidfuzz`` ratio >= :data:`FUZZY_THRESHOLD` (0.6). Pairs are assigned best score first,
  each old entry at most once (msgmerge may give one old translation to several new entries;
  here a sentence split in two gets the old translation once, the other half is new). As
  ``msgmerge --previous`` does, the merged entry keeps the **old translation as its msgstr**,
  gets the ``fuzzy`` flag and ``#| msgid`` = the old msgid (Poedit and Weblate show the msgid
  diff from it), and keeps the old entry's translator comments and custom flags: a one-word
  edit of the source stays a one-word fix of the reviewed text. The new machine draft of the
  current sentence, when there is one, goes where the reviewer can take it:

  - ``update_draft="comment"`` (default): in a ``#. reltrans: machine draft: ...`` comment
    (newlines shown as ``\\n``); the draft's own notes (unmet terms, memory match) are about
    the draft, not the msgstr, and are not written;
  - ``update_draft="mt"`` (``--update-draft mt``): the draft becomes the msgstr, and the old
    translation goes in ``#. reltrans: previous translation: ...`` (``previous draft (not
    reviewed)`` when the old entry was itself fuzzy), so no reviewed text is lost.

  An old entry with an empty msgstr has no work to protect: it takes the draft either way.
* **Accepted entries lose reltrans' notes**: an unchanged sentence whose kept entry is no longer
  fuzzy (a reviewer accepted it) keeps none of reltrans' comments (machine draft, previous
  translation, unmet terms: the ``#.`` comments come from the new extraction) and no ``#|``
  previous msgid, as Poedit drops it when an entry is accepted. A kept *fuzzy* entry keeps them
  until it is accepted, so a re-run never takes the reviewer's material away.
* **New sentence** (no match): the new entry as extracted (draft, fuzzy).
* **Removed sentence** (live old entry matched by nothing): kept as obsolete (``#~``). Old obsolete
  entries are kept too (once; one whose msgid came back or that a changed sentence used is
  dropped from the obsolete section, its content now lives in the live entry).

Live entries follow the order of ``new`` (the revised document order); obsolete entries follow
at the end in their old order. The header is the old one (translator, team), with the fields
named in ``refresh`` (by default ``POT-Creation-Date``, ``X-Generator`` and the reltrans signature)
updated from ``new``, and any field only ``new`` has added. ``PO-Revision-Date`` is the exception:
it is taken from ``new`` only when the merge changes a translation (a msgstr that was not in
the old file: a new draft, or ``update_draft="mt"``), never for a change of references,
comments, order or the fuzzy flag alone (:attr:`MergeResult.translations_changed`).

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
from reltrans.config import UPDATE_DRAFT_MODES
from reltrans.model import Catalog, CatalogEntry

#: Minimum similarity (rapidfuzz ratio / 100) for a changed sentence to inherit an old translation.
FUZZY_THRESHOLD = 0.6
#: ``#.`` comment prefix carrying the new machine draft of a changed sentence (default mode).
MACHINE_DRAFT_PREFIX = "reltrans: machine draft: "
#: ``#.`` comment prefix carrying the old reviewed translation (``update_draft="mt"``).
PREVIOUS_TRANSLATION_PREFIX = "reltrans: previous translation: "
#: The same for an old translation that was still a fuzzy draft (never reviewed).
PREVIOUS_DRAFT_PREFIX = "reltrans: previous draft (not reviewed): "
#: Every note reltrans adds for a reviewer; removed once the entry is accepted (not fuzzy).
#: reltrans < 0.3 wrote the previous translation as a translator comment (``#``): those are
#: recognised too.
REVIEW_NOTE_PREFIXES = (MACHINE_DRAFT_PREFIX, PREVIOUS_TRANSLATION_PREFIX, PREVIOUS_DRAFT_PREFIX)
#: Where the machine draft of a changed sentence goes: a ``#.`` comment, or the msgstr.
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
    #: True when some live msgstr is not the one the old file had for it (PO-Revision-Date moves)
    translations_changed: bool = False


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
    update_draft: str = "comment",
) -> MergeResult:
    """Merge the reviewed ``old`` catalog into the fresh extraction ``new`` (see module docstring).

    The header is the old one (it belongs to the reviewers), plus the new values of the fields
    named in ``refresh`` and of fields the old header lacks; ``PO-Revision-Date`` only when a
    translation changed. ``update_draft`` is one of :data:`UPDATE_DRAFT_MODES`."""
    if update_draft not in UPDATE_DRAFT_MODES:
        from reltrans.errors import UsageError

        raise UsageError(f"update_draft must be one of {', '.join(UPDATE_DRAFT_MODES)}, not {update_draft!r}")
    new_entries: dict[_Key, CatalogEntry] = {}
    for entry in new.entries:
        if not entry.obsolete:
            new_entries.setdefault(_key(entry), entry)
    keys = list(new_entries)
    matching = _match(old, keys, threshold)
    merged: list[CatalogEntry] = []
    needs: list[str] = []
    kept = changed = fresh = revived = 0
    translations_changed = False
    for key in keys:
        entry = new_entries[key]
        if key in matching.unchanged or key in matching.revived:
            previous = matching.unchanged.get(key) or matching.revived[key]
            merged.append(_keep(previous, entry))
            translations_changed = translations_changed or _translation(merged[-1]) != _translation(previous)
            if not _has_translation(previous):
                needs.append(entry.msgid)  # nothing kept: it takes the new draft
            elif key in matching.unchanged:
                kept += 1
            else:
                revived += 1
        elif key in matching.changed:
            merged.append(_inherit(matching.changed[key], entry, update_draft))
            translations_changed = translations_changed or _translation(merged[-1]) != _translation(matching.changed[key])
            needs.append(entry.msgid)
            changed += 1
        else:
            merged.append(dataclasses.replace(entry, previous_msgid=None, obsolete=False))
            translations_changed = translations_changed or _has_translation(entry)
            needs.append(entry.msgid)
            fresh += 1
    obsolete, obsoleted = _obsolete_section(old, matching.used_old, set(keys))
    if not translations_changed:
        refresh = [name for name in refresh if name != "PO-Revision-Date"]
    catalog = Catalog(
        header=_merge_header(old.header, new.header, refresh),
        entries=tuple(merged) + tuple(obsolete),
        path=old.path if old.path is not None else new.path,
        header_comment=old.header_comment or new.header_comment,
    )
    return MergeResult(catalog, kept, changed, fresh, obsoleted, tuple(needs), revived, translations_changed)


def _translation(entry: CatalogEntry) -> tuple[object, ...]:
    return (entry.msgstr, tuple(sorted((k, v) for k, v in entry.msgstr_plural.items() if v)))


def _keep(previous: CatalogEntry, entry: CatalogEntry) -> CatalogEntry:
    """An unchanged (or revived) sentence: the old entry with the new references and ``#.``."""
    if not _has_translation(previous):
        return dataclasses.replace(
            entry,
            flags=_union(entry.flags, previous.flags),
            translator_comments=previous.translator_comments,
            obsolete=False,
        )
    accepted = not previous.fuzzy
    return dataclasses.replace(
        previous,
        references=entry.references,
        extracted_comments=_kept_comments(previous, entry),
        translator_comments=_without_notes(previous.translator_comments) if accepted else previous.translator_comments,
        previous_msgid=None if accepted else previous.previous_msgid,
        msgid_plural=entry.msgid_plural if entry.msgid_plural is not None else previous.msgid_plural,
        obsolete=False,
        line=entry.line,
    )


#: ``#.`` comments about how the kept translation was made, and reltrans' review notes: they
#: stay with it while it is a draft (so ``reltrans check`` still reports unmet terms after a
#: re-run, and the reviewer still has the machine draft) and go once it is accepted.
_PROVENANCE_PREFIXES = (UNMET_PREFIX, "memory:", *REVIEW_NOTE_PREFIXES)


def _without_notes(comments: Iterable[str]) -> tuple[str, ...]:
    return tuple(c for c in comments if not c.startswith(REVIEW_NOTE_PREFIXES))


def _shown(text: str) -> str:
    """A msgstr as one comment line (line breaks shown as ``\\n``, as in the msgstr itself)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _kept_comments(previous: CatalogEntry, entry: CatalogEntry) -> tuple[str, ...]:
    """The new ``#.`` comments, plus the old provenance ones of a kept fuzzy draft."""
    if not previous.fuzzy:
        return entry.extracted_comments
    carried = [
        c for c in previous.extracted_comments
        if c.startswith(_PROVENANCE_PREFIXES) and c not in entry.extracted_comments
    ]
    return tuple(entry.extracted_comments) + tuple(carried)


def _inherit(previous: CatalogEntry, entry: CatalogEntry, update_draft: str) -> CatalogEntry:
    """A changed sentence: new msgid, ``#|`` old msgid, fuzzy; the old translation as msgstr and
    the new draft in a ``#.`` note, or (``update_draft="mt"``) the other way round."""
    notes: list[str] = []
    draft_comments = tuple(entry.extracted_comments)
    if not _has_translation(previous):  # nothing reviewed to protect: the draft, as for a new entry
        msgstr, plural = entry.msgstr, dict(entry.msgstr_plural)
    elif update_draft == "mt" and _has_translation(entry):
        msgstr, plural = entry.msgstr, dict(entry.msgstr_plural)
        if previous.msgstr and previous.msgstr != msgstr:
            prefix = PREVIOUS_DRAFT_PREFIX if previous.fuzzy else PREVIOUS_TRANSLATION_PREFIX
            notes.append(prefix + _shown(previous.msgstr))
    else:
        msgstr, plural = previous.msgstr, dict(previous.msgstr_plural)
        if entry.msgstr and entry.msgstr != msgstr:
            notes.append(MACHINE_DRAFT_PREFIX + _shown(entry.msgstr))
        # unmet terms and memory notes describe the draft, which is not the msgstr here
        draft_comments = tuple(c for c in draft_comments if not c.startswith(_PROVENANCE_PREFIXES))
    return dataclasses.replace(
        entry,
        msgstr=msgstr,
        flags=_union(("fuzzy",), entry.flags, previous.flags),
        translator_comments=previous.translator_comments,
        extracted_comments=draft_comments + tuple(notes),
        previous_msgid=previous.msgid,
        obsolete=False,
        msgstr_plural=plural if entry.msgid_plural is not None else {},
    )


def _union(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(flag for group in groups for flag in group))


def _obsolete_section(old: Catalog, used: frozenset[int], live: set[_Key]) -> tuple[list[CatalogEntry], int]:
    """Old entries nobody uses, as obsolete, once each; and how many were live before.

    As msgmerge does, an obsolete entry keeps its translation, flags and translator comments but
    not the references and ``#.`` comments of a sentence that is no longer in the source, and
    an entry with neither translation nor translator comment is not kept (there is nothing to
    keep; msgmerge, msgcat and translate-toolkit drop it too, so keeping it would only churn)."""
    section: list[CatalogEntry] = []
    seen: set[_Key] = set(live)
    newly = 0
    for i, entry in enumerate(old.entries):
        if i in used or _key(entry) in seen:
            continue
        seen.add(_key(entry))
        if not _has_translation(entry) and not entry.translator_comments:
            continue
        if not entry.obsolete:
            newly += 1
        section.append(dataclasses.replace(entry, obsolete=True, references=(), extracted_comments=()))
    return section, newly


def _merge_header(old: Mapping[str, str], new: Mapping[str, str], refresh: Sequence[str]) -> dict[str, str]:
    header = dict(old)
    for name, value in new.items():
        if name not in header or name in refresh:
            header[name] = value
    return header
