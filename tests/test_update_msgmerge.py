"""A revise-and-update cycle compared with GNU msgmerge --previous (skipped when gettext is absent).

The oracle: for every sentence msgmerge gives a translation (kept, or fuzzy with ``#|``), reltrans
gives the same msgstr, fuzzy flag and previous msgid; both obsolete the same sentences. reltrans
additionally keeps its machine draft in a ``#.`` note, which msgmerge has no way to do.
"""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from reltrans.catalog import catalog_to_text, parse_catalog
from reltrans.model import Catalog, CatalogEntry
from reltrans.update import MACHINE_DRAFT_PREFIX, merge_catalogs

MSGMERGE = shutil.which("msgmerge")
pytestmark = pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext (msgmerge) is not installed")

HEADER = {"Project-Id-Version": "cycle.fr.txt 1", "Language": "en", "Content-Type": "text/plain; charset=UTF-8"}

# Version 1 of a release written for this test, then two revisions.
V1 = [
    "La directrice régionale a visité trois camps au nord du pays.",
    "Quelque 12 500 familles ont reçu des kits d'hygiène depuis janvier.",
    "Les équipes mobiles ont vacciné 8 000 enfants contre la rougeole.",
    "Un nouveau centre de santé ouvrira ses portes en mars.",
    "Les partenaires locaux ont distribué des semences aux agriculteurs.",
]
V2 = [
    "La directrice régionale a visité quatre camps au nord du pays.",  # one word changed
    "Quelque 12 500 familles ont reçu des kits d'hygiène depuis janvier.",
    "Les équipes mobiles ont vacciné 9 000 enfants contre la rougeole.",  # a number changed
    "La saison des pluies menace les abris les plus fragiles.",  # new
    "Les partenaires locaux ont distribué des semences aux agriculteurs.",
]  # the health centre sentence removed
V3 = [
    "La directrice régionale a visité quatre camps au nord et à l'est du pays.",
    "Quelque 12 500 familles ont reçu des kits d'hygiène depuis janvier.",
    "Les équipes mobiles ont vacciné 9 000 enfants contre la rougeole.",
    "La saison des pluies menace les abris les plus fragiles.",
    "Un nouveau centre de santé ouvrira ses portes en mars.",  # back again
]
HUMAN = {
    V1[0]: "The regional director visited three camps in the north of the country.",
    V1[1]: "Some 12,500 families have received hygiene kits since January.",
    V1[2]: "Mobile teams vaccinated 8,000 children against measles.",
    V1[3]: "A new health centre will open in March.",
    V1[4]: "Local partners distributed seeds to farmers.",
}


def machine(msgid: str) -> str:
    return f"MT<{msgid}>"


def extraction(sentences: list[str], *, drafts: bool) -> Catalog:
    entries = tuple(
        CatalogEntry(
            msgid=s,
            msgstr=machine(s) if drafts else "",
            flags=("fuzzy",) if drafts else (),
            references=(("cycle.fr.txt", 2 * i + 1),),
            extracted_comments=(f"paragraph {i + 1}, sentence 1",),
        )
        for i, s in enumerate(sentences)
    )
    return Catalog(header=dict(HEADER), entries=entries)


def msgmerge(old: Catalog, sentences: list[str], folder: Path) -> Catalog:
    (folder / "old.po").write_text(catalog_to_text(old), encoding="utf-8")
    (folder / "new.pot").write_text(catalog_to_text(extraction(sentences, drafts=False)), encoding="utf-8")
    done = subprocess.run(
        [str(MSGMERGE), "--previous", "--quiet", "-o", "-", str(folder / "old.po"), str(folder / "new.pot")],
        capture_output=True, text=True, check=True,
    )
    return parse_catalog(done.stdout, "msgmerge-output.po")


def accept(catalog: Catalog, edits: dict[str, str]) -> Catalog:
    """A reviewer fixes and accepts the listed sentences (and nothing else)."""
    entries = tuple(
        dataclasses.replace(e, msgstr=edits[e.msgid], flags=tuple(f for f in e.flags if f != "fuzzy"))
        if e.msgid in edits and not e.obsolete else e
        for e in catalog.entries
    )
    return dataclasses.replace(catalog, entries=entries)


def compare(ours: Catalog, theirs: Catalog) -> None:
    mine = {e.msgid: e for e in ours.entries if not e.obsolete}
    assert [e.msgid for e in ours.entries if not e.obsolete] == [e.msgid for e in theirs.entries if not e.obsolete]
    for entry in theirs.entries:
        if entry.obsolete or not entry.msgstr:
            continue  # msgmerge leaves a new sentence empty; reltrans puts a fuzzy draft there
        assert mine[entry.msgid].msgstr == entry.msgstr, entry.msgid
        assert mine[entry.msgid].fuzzy == entry.fuzzy, entry.msgid
        assert mine[entry.msgid].previous_msgid == entry.previous_msgid, entry.msgid
    assert {e.msgid for e in ours.entries if e.obsolete} == {e.msgid for e in theirs.entries if e.obsolete}


def test_revise_and_update_cycle_matches_msgmerge(tmp_path: Path) -> None:
    reviewed = accept(extraction(V1, drafts=True), HUMAN)

    ours = merge_catalogs(reviewed, extraction(V2, drafts=True)).catalog
    compare(ours, msgmerge(reviewed, V2, tmp_path))
    changed = {e.msgid: e for e in ours.entries}[V2[0]]
    assert changed.msgstr == HUMAN[V1[0]] and changed.fuzzy  # nothing reviewed displaced
    assert MACHINE_DRAFT_PREFIX + machine(V2[0]) in changed.extracted_comments

    # the reviewer makes the one-word fix on the first, accepts it, leaves the number for later
    second = accept(ours, {V2[0]: HUMAN[V1[0]].replace("three", "four")})
    ours = merge_catalogs(second, extraction(V3, drafts=True)).catalog
    compare(ours, msgmerge(second, V3, tmp_path))
    live = {e.msgid: e for e in ours.entries if not e.obsolete}
    assert live[V3[0]].msgstr == "The regional director visited four camps in the north of the country."
    assert live[V3[0]].previous_msgid == V2[0]  # the accepted text, fuzzy again for the new edit
    still = live[V2[2]]  # not accepted yet: its note and #| stay
    assert still.fuzzy and still.previous_msgid == V1[2] and still.msgstr == HUMAN[V1[2]]
    assert MACHINE_DRAFT_PREFIX + machine(V2[2]) in still.extracted_comments
    assert live[V1[3]].msgstr == HUMAN[V1[3]] and not live[V1[3]].fuzzy  # revived from #~
    for text in HUMAN.values():  # every reviewed text is still a msgstr somewhere
        assert any(e.msgstr == text for e in ours.entries) or text == HUMAN[V1[0]]
