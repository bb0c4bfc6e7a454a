"""Updating a reviewed PO on a revised release: reviewed work kept, changed sentences fuzzy."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reltrans.model import Catalog, CatalogEntry
from reltrans.update import (
    MACHINE_DRAFT_PREFIX,
    PREVIOUS_DRAFT_PREFIX,
    PREVIOUS_TRANSLATION_PREFIX,
    merge_catalogs,
    plan_update,
)

S1 = "Le Secrétaire général a salué l'accord conclu à Genève."
S2 = "Plus de 3 000 personnes ont été déplacées par les inondations en 2023."
S3 = "Le Conseil de sécurité se réunira mardi."
S4 = "L'OIM fournit une aide humanitaire aux réfugiés."
S5 = "La conférence de presse aura lieu au Siège."
S2_REVISED = "Plus de 4 000 personnes ont été déplacées par les inondations en 2023."
S6 = "Le Programme alimentaire mondial lance un appel de fonds urgent."

DRAFTS = {
    S1: "The Secretary General welcomed the agreement reached in Geneva.",
    S2: "More than 3,000 people were displaced by the floods in 2023.",
    S3: "The Security Council will meet on Tuesday.",
    S4: "IOM provides humanitarian aid to refugees.",
    S5: "The press conference will take place at Headquarters.",
    S2_REVISED: "More than 4,000 people were displaced by floods in 2023.",
    S6: "The World Food Programme launches an urgent funding appeal.",
}
HEADER = {"Project-Id-Version": "release", "Language": "en", "X-Source-Language": "fr", "POT-Creation-Date": "2024-01-01 00:00+0000"}


def extract(sentences: list[str], *, drafts: bool = True, stamp: str = "2024-01-01 00:00+0000") -> Catalog:
    """What a fresh `translate` run produces: machine drafts, fuzzy, references, context."""
    entries = tuple(
        CatalogEntry(
            msgid=s,
            msgstr=DRAFTS.get(s, f"draft: {s}") if drafts else "",
            flags=("fuzzy",) if drafts else (),
            references=(("release.fr.txt", 10 * (i + 1)),),
            extracted_comments=(f"paragraph {i + 1}, sentence 1",),
        )
        for i, s in enumerate(sentences)
    )
    return Catalog(header={**HEADER, "POT-Creation-Date": stamp}, entries=entries, path="release.fr.en.po")


def review(catalog: Catalog) -> Catalog:
    """A reviewer edits S1, validates S1-S4, comments S2, flags S3; S5 stays a fuzzy draft."""
    out = []
    for e in catalog.entries:
        if e.msgid == S1:
            e = dataclasses.replace(e, msgstr="The Secretary-General welcomed the agreement reached in Geneva.", flags=())
        elif e.msgid == S2:
            e = dataclasses.replace(e, flags=(), translator_comments=("checked figures with OCHA",))
        elif e.msgid == S3:
            e = dataclasses.replace(e, flags=("ignore-numbers",))
        elif e.msgid == S4:
            e = dataclasses.replace(e, msgstr="IOM provides humanitarian assistance to refugees.", flags=("no-glossary-check",))
        out.append(e)
    return dataclasses.replace(catalog, entries=tuple(out))


@pytest.fixture()
def reviewed() -> Catalog:
    return review(extract([S1, S2, S3, S4, S5]))


REVISED = [S4, S1, S2_REVISED, S6, S5]  # S4/S1 reordered, S2 edited, S3 removed, S6 inserted


def by_msgid(catalog: Catalog, obsolete: bool = False) -> dict[str, CatalogEntry]:
    return {e.msgid: e for e in catalog.entries if e.obsolete == obsolete}


def test_plan_update_lists_only_new_and_changed(reviewed: Catalog) -> None:
    plan = plan_update(reviewed, REVISED)
    assert plan.needs_translation == (S2_REVISED, S6)
    assert plan.unchanged == (S4, S1, S5)
    assert plan.changed == ((S2_REVISED, S2),)
    assert plan.new == (S6,)
    assert plan.previous[S2_REVISED] == S2


def test_merge_keeps_reviewed_work(reviewed: Catalog) -> None:
    result = merge_catalogs(reviewed, extract(REVISED, stamp="2024-02-02 00:00+0000"))
    live = by_msgid(result.catalog)
    old = by_msgid(reviewed)
    assert [e.msgid for e in result.catalog.entries if not e.obsolete] == REVISED
    for msgid in (S1, S4, S5):  # unchanged: msgstr, flags, comments untouched
        assert live[msgid].msgstr == old[msgid].msgstr
        assert live[msgid].flags == old[msgid].flags
        assert live[msgid].translator_comments == old[msgid].translator_comments
        assert live[msgid].previous_msgid is None
    assert live[S1].translated and live[S4].flags == ("no-glossary-check",)
    assert live[S5].fuzzy  # an unreviewed draft stays fuzzy
    # new references and extracted comments follow the revised document
    assert live[S4].references == (("release.fr.txt", 10),)
    assert live[S4].extracted_comments == ("paragraph 1, sentence 1",)
    assert result.catalog.header["POT-Creation-Date"] == "2024-02-02 00:00+0000"
    assert (result.kept, result.fuzzy_matched, result.new, result.obsoleted) == (3, 1, 1, 1)
    assert result.needs_translation == (S2_REVISED, S6)


def test_changed_sentence_keeps_the_reviewed_translation_as_fuzzy_msgstr(reviewed: Catalog) -> None:
    """msgmerge --previous: the reviewed text stays the msgstr, so a one-word edit is a one-word fix."""
    live = by_msgid(merge_catalogs(reviewed, extract(REVISED)).catalog)
    changed = live[S2_REVISED]
    assert changed.fuzzy
    assert changed.previous_msgid == S2
    assert changed.msgstr == DRAFTS[S2]  # the reviewed translation, not displaced
    assert "checked figures with OCHA" in changed.translator_comments
    assert MACHINE_DRAFT_PREFIX + DRAFTS[S2_REVISED] in changed.extracted_comments  # the reviewer can take it
    assert not any(c.startswith("reltrans:") for c in changed.translator_comments)


def test_update_draft_mt_puts_the_draft_in_msgstr_and_the_old_text_in_a_note(reviewed: Catalog) -> None:
    live = by_msgid(merge_catalogs(reviewed, extract(REVISED), update_draft="mt").catalog)
    changed = live[S2_REVISED]
    assert changed.msgstr == DRAFTS[S2_REVISED] and changed.fuzzy and changed.previous_msgid == S2
    assert PREVIOUS_TRANSLATION_PREFIX + DRAFTS[S2] in changed.extracted_comments
    from reltrans.errors import UsageError

    with pytest.raises(UsageError, match="update_draft"):
        merge_catalogs(reviewed, extract(REVISED), update_draft="draft")


def test_notes_stay_while_fuzzy_and_go_when_the_entry_is_accepted(reviewed: Catalog) -> None:
    first = merge_catalogs(reviewed, extract(REVISED)).catalog
    again = by_msgid(merge_catalogs(first, extract(REVISED, drafts=False)).catalog)[S2_REVISED]
    assert again.previous_msgid == S2 and MACHINE_DRAFT_PREFIX + DRAFTS[S2_REVISED] in again.extracted_comments
    accepted = tuple(
        dataclasses.replace(e, flags=tuple(f for f in e.flags if f != "fuzzy"), msgstr=DRAFTS[S2_REVISED])
        if e.msgid == S2_REVISED else e
        for e in first.entries
    )
    after = by_msgid(merge_catalogs(dataclasses.replace(first, entries=accepted), extract(REVISED, drafts=False)).catalog)
    entry = after[S2_REVISED]
    assert entry.msgstr == DRAFTS[S2_REVISED] and not entry.fuzzy
    assert entry.previous_msgid is None
    assert not any(c.startswith("reltrans:") for c in entry.extracted_comments + entry.translator_comments)
    assert "checked figures with OCHA" in entry.translator_comments  # the reviewer's own comment stays


def test_old_style_previous_translation_comment_goes_when_accepted() -> None:
    legacy = "reltrans: previous translation: Old text."
    old = Catalog(header={}, entries=(CatalogEntry(S1, "Reviewed.", translator_comments=("mine", legacy)),))
    entry = merge_catalogs(old, extract([S1])).catalog.entries[0]
    assert entry.translator_comments == ("mine",) and entry.msgstr == "Reviewed."
    fuzzy_old = Catalog(header={}, entries=(CatalogEntry(S1, "Draft.", flags=("fuzzy",), translator_comments=(legacy,)),))
    assert merge_catalogs(fuzzy_old, extract([S1])).catalog.entries[0].translator_comments == (legacy,)


def test_revision_date_moves_only_when_a_translation_changes(reviewed: Catalog) -> None:
    old = dataclasses.replace(reviewed, header={**reviewed.header, "PO-Revision-Date": "2024-01-05 10:00+0000"})

    def revised(sentences: list[str], **kwargs: object) -> Catalog:
        fresh = extract(sentences, **kwargs)  # type: ignore[arg-type]
        return dataclasses.replace(fresh, header={**fresh.header, "PO-Revision-Date": "2024-03-03 00:00+0000"})

    refresh = ("POT-Creation-Date", "PO-Revision-Date")
    same = merge_catalogs(old, revised([S5, S1, S2, S3, S4], drafts=False), refresh=refresh)  # reordered only
    assert not same.translations_changed and same.catalog.header["PO-Revision-Date"] == "2024-01-05 10:00+0000"
    assert same.catalog.header["POT-Creation-Date"] == "2024-01-01 00:00+0000"
    edited = merge_catalogs(old, revised([S1, S2_REVISED, S3, S4, S5]), refresh=refresh)  # draft goes in a note
    assert not edited.translations_changed and edited.catalog.header["PO-Revision-Date"] == "2024-01-05 10:00+0000"
    grown = merge_catalogs(old, revised([S1, S2, S3, S4, S5, S6]), refresh=refresh)  # a new draft in msgstr
    assert grown.translations_changed and grown.catalog.header["PO-Revision-Date"] == "2024-03-03 00:00+0000"
    mt = merge_catalogs(old, revised([S1, S2_REVISED, S3, S4, S5]), refresh=refresh, update_draft="mt")
    assert mt.translations_changed and mt.catalog.header["PO-Revision-Date"] == "2024-03-03 00:00+0000"


def test_changed_sentence_without_draft_gets_old_translation(reviewed: Catalog) -> None:
    live = by_msgid(merge_catalogs(reviewed, extract(REVISED, drafts=False)).catalog)
    changed = live[S2_REVISED]
    assert changed.msgstr == DRAFTS[S2] and changed.fuzzy and changed.previous_msgid == S2
    assert not any(c.startswith(PREVIOUS_TRANSLATION_PREFIX) for c in changed.translator_comments)


def test_new_and_removed_sentences(reviewed: Catalog) -> None:
    catalog = merge_catalogs(reviewed, extract(REVISED)).catalog
    live, gone = by_msgid(catalog), by_msgid(catalog, obsolete=True)
    assert live[S6].msgstr == DRAFTS[S6] and live[S6].fuzzy and live[S6].previous_msgid is None
    assert list(gone) == [S3]
    assert gone[S3].flags == ("ignore-numbers",) and gone[S3].msgstr == DRAFTS[S3]
    assert catalog.entries[-1].obsolete  # obsolete entries at the end


def test_no_reviewed_text_lost(reviewed: Catalog) -> None:
    catalog = merge_catalogs(reviewed, extract(REVISED)).catalog
    everything = " ".join(e.msgstr + " " + " ".join(e.translator_comments) for e in catalog.entries)
    for entry in reviewed.entries:
        assert entry.msgstr in everything


def test_obsolete_entry_comes_back_and_is_not_duplicated(reviewed: Catalog) -> None:
    first = merge_catalogs(reviewed, extract(REVISED)).catalog
    again = merge_catalogs(first, extract(REVISED)).catalog
    assert [e.msgid for e in again.entries if e.obsolete] == [S3]  # kept once
    back = merge_catalogs(again, extract([S1, S3])).catalog
    live = by_msgid(back)
    assert live[S3].msgstr == DRAFTS[S3] and not live[S3].fuzzy and live[S3].flags == ("ignore-numbers",)
    assert S3 not in by_msgid(back, obsolete=True)
    fuzzy_back = merge_catalogs(back, extract([S1, S3])).catalog  # S5 now obsolete, and fuzzy
    revived = merge_catalogs(fuzzy_back, extract([S5]))
    assert by_msgid(revived.catalog)[S5].fuzzy and revived.revived == 1
    assert revived.needs_translation == ()


def test_merge_is_idempotent(reviewed: Catalog) -> None:
    once = merge_catalogs(reviewed, extract(REVISED)).catalog
    twice = merge_catalogs(once, extract(REVISED))
    assert twice.catalog.entries == once.entries
    assert (twice.fuzzy_matched, twice.new, twice.obsoleted) == (0, 0, 0)


def test_each_old_entry_inherited_once() -> None:
    old = Catalog(header={}, entries=(CatalogEntry(msgid=S2, msgstr="reviewed"),))
    new_ids = [S2_REVISED, S2_REVISED.replace("2023", "2022")]
    plan = plan_update(old, new_ids)
    assert plan.changed == ((S2_REVISED, S2),) and plan.new == (new_ids[1],)


def test_dissimilar_sentence_is_new_not_fuzzy() -> None:
    old = Catalog(header={}, entries=(CatalogEntry(msgid=S3, msgstr="The Security Council will meet on Tuesday."),))
    plan = plan_update(old, [S6])
    assert plan.new == (S6,) and plan.changed == ()


def test_untranslated_old_entry_takes_new_draft() -> None:
    old = Catalog(header={}, entries=(CatalogEntry(msgid=S1, translator_comments=("todo",)),))
    assert plan_update(old, [S1]).needs_translation == (S1,)
    entry = merge_catalogs(old, extract([S1])).catalog.entries[0]
    assert entry.msgstr == DRAFTS[S1] and entry.fuzzy and entry.translator_comments == ("todo",)


def test_merged_catalog_round_trips_as_po(reviewed: Catalog) -> None:
    catalog_mod = pytest.importorskip("reltrans.catalog")
    text = catalog_mod.catalog_to_text(merge_catalogs(reviewed, extract(REVISED)).catalog)
    assert "#| msgid" in text and "#, fuzzy" in text
    assert '#~ msgid "Le Conseil de sécurité se réunira mardi."' in text
    assert "#. reltrans: machine draft: More than 4,000" in text
    parsed = catalog_mod.parse_catalog(text, "merged.po")
    assert by_msgid(parsed)[S2_REVISED].previous_msgid == S2


def test_changed_sentence_can_inherit_from_obsolete_entry() -> None:
    old = Catalog(header={}, entries=(CatalogEntry(msgid=S1, msgstr="one"), CatalogEntry(msgid=S2, msgstr="two", obsolete=True)))
    result = merge_catalogs(old, extract([S1, S2_REVISED]))
    live = by_msgid(result.catalog)
    assert live[S2_REVISED].previous_msgid == S2 and live[S2_REVISED].fuzzy
    assert live[S2_REVISED].msgstr == "two"
    assert MACHINE_DRAFT_PREFIX + DRAFTS[S2_REVISED] in live[S2_REVISED].extracted_comments
    assert not any(e.obsolete for e in result.catalog.entries) and result.fuzzy_matched == 1


POOL = [S1, S2, S3, S4, S5, S2_REVISED, S6, S1.replace("Genève", "Nairobi"), S4.replace("OIM", "HCR")]


@settings(max_examples=60, deadline=None)
@given(
    old_ids=st.lists(st.sampled_from(POOL), unique=True, max_size=7),
    states=st.lists(st.sampled_from(["reviewed", "fuzzy", "empty", "obsolete"]), min_size=7, max_size=7),
    new_ids=st.lists(st.sampled_from(POOL), unique=True, max_size=7),
    drafts=st.booleans(),
)
def test_property_no_reviewed_text_lost(old_ids: list[str], states: list[str], new_ids: list[str], drafts: bool) -> None:
    entries = []
    for msgid, state in zip(old_ids, states):
        msgstr = "" if state == "empty" else f"T({msgid})"
        entries.append(CatalogEntry(msgid, msgstr, flags=("fuzzy",) if state == "fuzzy" else (), obsolete=state == "obsolete"))
    old = Catalog(header={}, entries=tuple(entries))
    result = merge_catalogs(old, extract(new_ids, drafts=drafts))
    catalog = result.catalog
    msgstrs = {e.msgstr for e in catalog.entries}
    for entry in old.entries:
        assert not entry.msgstr or entry.msgstr in msgstrs  # nothing displaced, not even into a comment
    assert [e.msgid for e in catalog.entries if not e.obsolete] == new_ids
    keys = [(e.msgctxt, e.msgid) for e in catalog.entries]
    assert len(keys) == len(set(keys))  # nothing duplicated, live or obsolete
    assert set(result.needs_translation) == set(plan_update(old, new_ids).needs_translation)
    for entry in old.entries:
        if entry.msgid in new_ids and entry.msgstr:
            assert by_msgid(catalog)[entry.msgid].msgstr == entry.msgstr
            assert entry.msgid not in result.needs_translation


def test_kept_fuzzy_draft_keeps_its_unmet_terms_comment() -> None:
    from reltrans.update import merge_catalogs

    old = Catalog(
        header={},
        entries=(
            CatalogEntry(
                msgid="La traite est un crime.", msgstr="La traite is a crime.", flags=("fuzzy",),
                extracted_comments=("paragraph 1, sentence 1", "reltrans: unmet terms: trafficking"),
            ),
            CatalogEntry(
                msgid="Revue.", msgstr="Reviewed.",
                extracted_comments=("paragraph 2, sentence 1", "reltrans: unmet terms: stale"),
            ),
        ),
    )
    new = Catalog(
        header={},
        entries=(
            CatalogEntry(msgid="La traite est un crime.", extracted_comments=("paragraph 3, sentence 1",)),
            CatalogEntry(msgid="Revue.", extracted_comments=("paragraph 4, sentence 1",)),
        ),
    )
    merged = {e.msgid: e for e in merge_catalogs(old, new).catalog.entries}
    assert merged["La traite est un crime."].extracted_comments == (
        "paragraph 3, sentence 1",
        "reltrans: unmet terms: trafficking",
    )
    assert merged["Revue."].extracted_comments == ("paragraph 4, sentence 1",)  # reviewed: the note is gone


def test_an_old_fuzzy_draft_is_not_called_a_reviewed_translation() -> None:
    old = Catalog(header={}, entries=(CatalogEntry(msgid=S2, msgstr="machine draft", flags=("fuzzy",)),))
    live = by_msgid(merge_catalogs(old, extract([S2_REVISED]), update_draft="mt").catalog)
    comments = live[S2_REVISED].extracted_comments
    assert PREVIOUS_DRAFT_PREFIX + "machine draft" in comments
    assert not any(c.startswith(PREVIOUS_TRANSLATION_PREFIX) for c in comments)
