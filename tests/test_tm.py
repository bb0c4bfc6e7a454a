"""The SQLite translation memory: exact/fuzzy lookup, pairs, PO and TMX import, errors."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reltrans.errors import MemoryStoreError, UsageError
from reltrans.model import Catalog, CatalogEntry
from reltrans.tm import (
    TMUnit,
    TranslationMemory,
    catalog_pair,
    default_tm_path,
    export_file,
    import_files,
    normalize_source,
    read_stats,
)

SG = "Le Secrétaire général a salué l'accord conclu à Genève entre les parties."
SG_EN = "The Secretary-General welcomed the agreement reached in Geneva between the parties."
SC = "Le Conseil de sécurité se réunira mardi pour examiner la situation au Soudan."
SC_EN = "The Security Council will meet on Tuesday to consider the situation in the Sudan."


@pytest.fixture()
def tm(tmp_path: Path) -> TranslationMemory:
    memory = TranslationMemory(tmp_path / "deep" / "folder" / "tm.sqlite")
    memory.add([TMUnit("fr", "en", SG, SG_EN), TMUnit("fr", "en", SC, SC_EN, origin="imported-tmx", reviewed=False)])
    yield memory
    memory.close()


def test_creates_parent_folders_and_uses_wal(tm: TranslationMemory) -> None:
    assert tm.path.is_file()
    mode = sqlite3.connect(tm.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_exact_hit_ignores_whitespace_but_not_case(tm: TranslationMemory) -> None:
    hit = tm.lookup_exact("  " + SG.replace(" ", "\n  ", 1), "fr", "en")
    assert hit is not None and hit.target == SG_EN and hit.score == 100.0 and hit.reviewed
    assert tm.lookup_exact(SG.upper(), "fr", "en") is None
    assert normalize_source(" a \t b\n") == "a b"


def test_fuzzy_hit_and_threshold(tm: TranslationMemory) -> None:
    edited = SC.replace("mardi", "jeudi")
    hits = tm.lookup_fuzzy(edited, "fr", "en")
    assert len(hits) == 1 and hits[0].target == SC_EN and 90 < hits[0].score < 100
    assert hits[0].origin == "imported-tmx" and not hits[0].reviewed
    assert tm.lookup_fuzzy(edited, "fr", "en", threshold=99.0) == []
    assert tm.lookup_fuzzy("Le Secrétaire général partira demain.", "fr", "en") == []  # shares words, too far
    assert tm.lookup_fuzzy("Bonjour tout court.", "fr", "en", threshold=0.0) == []  # no word in common


def test_fuzzy_ranks_and_limits(tm: TranslationMemory) -> None:
    near = SC.replace("mardi", "jeudi")
    tm.add([TMUnit("fr", "en", near, "Thursday version")])
    hits = tm.lookup_fuzzy(SC.replace("mardi", "jeudi").replace("Soudan", "Tchad"), "fr", "en", threshold=50.0, limit=5)
    assert [h.target for h in hits][:2] == ["Thursday version", SC_EN]
    assert hits[0].score >= hits[1].score
    assert len(tm.lookup_fuzzy(near, "fr", "en", threshold=50.0, limit=1)) == 1


def test_long_sentences_are_not_truncated(tm: TranslationMemory) -> None:
    long = " ".join([SG] * 20)
    tm.add([TMUnit("fr", "en", long, "long")])
    changed = long[:-10] + "Lausanne."
    hit = tm.lookup_fuzzy(changed, "fr", "en", threshold=95.0)
    assert hit and hit[0].target == "long" and hit[0].score < 100.0


def test_language_pairs_are_isolated(tm: TranslationMemory) -> None:
    tm.add([TMUnit("fr", "es", SG, "El Secretario General celebró el acuerdo.")])
    assert tm.lookup_exact(SG, "fr", "es").target.startswith("El Secretario")
    assert tm.lookup_exact(SG, "fr", "en").target == SG_EN
    assert tm.lookup_exact(SG, "en", "fr") is None
    assert tm.lookup_fuzzy(SC, "fr", "es") == []
    assert tm.lookup_fuzzy(SC.replace("mardi", "lundi"), "fr", "en")[0].target == SC_EN  # pair token path
    assert tm.lookup_exact(SG, "FR", "EN").target == SG_EN  # tags are case-insensitive


def test_duplicates_are_stored_once_and_promoted_to_reviewed(tm: TranslationMemory) -> None:
    assert tm.add([TMUnit("fr", "en", SC, SC_EN, origin="reviewed", reviewed=True)]) == 0
    hit = tm.lookup_exact(SC, "fr", "en")
    assert hit.reviewed and hit.origin == "reviewed"
    assert tm.add([TMUnit("fr", "en", SC, SC_EN, reviewed=False)]) == 0
    assert tm.lookup_exact(SC, "fr", "en").reviewed  # never demoted
    assert tm.add([TMUnit("fr", "en", " ", "x"), TMUnit("fr", "en", "x", "")]) == 0  # empty skipped


def test_reviewed_translation_preferred(tm: TranslationMemory) -> None:
    tm.add([TMUnit("fr", "en", SG, "draft", reviewed=False, created="2099-01-01T00:00:00Z")])
    assert tm.lookup_exact(SG, "fr", "en").target == SG_EN


def test_lookup_many(tm: TranslationMemory) -> None:
    results = tm.lookup_many([SG, SC.replace("mardi", "jeudi"), "Autre chose.", ""], "fr", "en")
    assert results[0].score == 100.0 and results[1].target == SC_EN and results[1].score < 100
    assert results[2] is None and results[3] is None
    assert tm.lookup_many([SC.replace("mardi", "jeudi")], "fr", "en", fuzzy=False) == [None]
    assert tm.lookup_many([SG], "de", "en") == [None]


def test_created_honours_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with TranslationMemory(tmp_path / "tm.sqlite") as memory:
        memory.add([TMUnit("fr", "en", "Un.", "One.")])
        assert memory.lookup_exact("Un.", "fr", "en").created == "2023-11-14T22:13:20Z"
        assert 'creationdate="20231114T221320Z"' in memory.export_tmx()


def _catalog() -> Catalog:
    return Catalog(
        header={"Language": "en", "X-Source-Language": "fr"},
        path="release.fr.en.po",
        entries=(
            CatalogEntry(SG, SG_EN),
            CatalogEntry(SC, SC_EN, flags=("fuzzy",)),
            CatalogEntry("Vide.", ""),
            CatalogEntry("Ancien.", "Old.", obsolete=True),
            CatalogEntry("Un fichier", msgid_plural="%d fichiers", msgstr_plural={0: "A file", 1: "%d files"}),
        ),
    )


def test_import_catalog_takes_reviewed_entries_only(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite") as memory:
        assert memory.import_catalog(_catalog(), "fr", "en") == 1
        assert memory.lookup_exact(SG, "fr", "en").origin_file == "release.fr.en.po"
        assert memory.lookup_exact(SC, "fr", "en") is None
        assert memory.lookup_exact("Ancien.", "fr", "en") is None
        stats = memory.stats()
        assert stats.segments == 1 and stats.reviewed == 1


def test_stats_per_pair(tm: TranslationMemory) -> None:
    tm.add([TMUnit("fr", "es", SG, "ES")])
    stats = tm.stats()
    assert [(p.source_lang, p.target_lang, p.segments, p.reviewed, p.unreviewed) for p in stats.pairs] == [
        ("fr", "en", 2, 1, 1),
        ("fr", "es", 1, 1, 0),
    ]
    assert stats.segments == 3


def test_tmx_round_trip(tm: TranslationMemory, tmp_path: Path) -> None:
    tm.add([TMUnit("fr", "es", "Tom & Jerry <3", 'Tom & "Jerry"', origin_file="a.po")])
    text = tm.export_tmx()
    (tmp_path / "out.tmx").write_text(text, encoding="utf-8")
    with TranslationMemory(tmp_path / "copy.sqlite") as copy:
        assert copy.import_tmx(tmp_path / "out.tmx") == 3
        assert copy.stats() == tm.stats().__class__(str(copy.path), tm.stats().pairs)
        hit = copy.lookup_exact("Tom & Jerry <3", "fr", "es")
        assert hit.target == 'Tom & "Jerry"' and hit.origin_file == "a.po"
        assert not copy.lookup_exact(SC, "fr", "en").reviewed  # reviewed flag kept
        assert copy.import_tmx(tmp_path / "out.tmx") == 0
    assert tm.export_tmx(target_lang="es").count("<tu ") == 1


def test_import_foreign_tmx_defaults(tmp_path: Path) -> None:
    path = tmp_path / "foreign.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="fr"/><body><tu>'
        '<tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    with TranslationMemory(tmp_path / "tm.sqlite") as memory:
        assert memory.import_tmx(path) == 1
        hit = memory.lookup_exact("Bonjour.", "fr", "en")
        assert hit.origin == "imported-tmx" and hit.reviewed and hit.origin_file == str(path)


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    path.write_bytes(b"this is not an sqlite database at all\n" * 100)
    with pytest.raises(MemoryStoreError) as caught:
        TranslationMemory(path)
    assert str(caught.value).startswith(f"{path}: E-TM ") and "\n" not in str(caught.value)
    assert path.read_bytes().startswith(b"this is not")  # untouched


def test_foreign_sqlite_and_newer_schema_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(MemoryStoreError, match="not a reltrans translation memory"):
        TranslationMemory(other)
    newer = tmp_path / "newer.sqlite"
    TranslationMemory(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(MemoryStoreError, match="schema version 99"):
        TranslationMemory(newer)


def test_directory_and_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(MemoryStoreError, match="directory"):
        TranslationMemory(tmp_path)
    with pytest.raises(MemoryStoreError, match="no translation memory"):
        TranslationMemory(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()
    assert read_stats(tmp_path / "absent.sqlite").pairs == ()


def test_default_path_is_in_user_data_dir() -> None:
    path = default_tm_path()
    assert path.name == "tm.sqlite" and "reltrans" in str(path.parent)


def test_catalog_pair_from_header_or_options() -> None:
    assert catalog_pair(_catalog(), None, None) == ("fr", "en")
    assert catalog_pair(_catalog(), "fr_CA", None) == ("fr-ca", "en")
    with pytest.raises(UsageError, match="X-Source-Language"):
        catalog_pair(Catalog(header={"Language": "en"}, entries=(), path="x.po"), None, None)


def test_import_files_and_export_file(tmp_path: Path) -> None:
    catalog_mod = pytest.importorskip("reltrans.catalog")
    po = tmp_path / "release.fr.en.po"
    catalog_mod.write_catalog(_catalog(), po)
    reports = import_files(tmp_path / "tm.sqlite", [po])
    assert reports[0].added == 1 and reports[0].pairs == (("fr", "en"),) and reports[0].kind == "po"
    out = tmp_path / "out.tmx"
    export_file(tmp_path / "tm.sqlite", out)
    assert "<seg>" + SG_EN.replace("'", "'") + "</seg>" in out.read_text(encoding="utf-8")
    from reltrans.errors import OutputError

    with pytest.raises(OutputError, match="--force"):
        export_file(tmp_path / "tm.sqlite", out)
    export_file(tmp_path / "tm.sqlite", out, force=True)


def test_failed_add_stores_nothing(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite") as memory:
        with pytest.raises(UsageError, match="empty language"):
            memory.add([TMUnit("fr", "de", "Un.", "Eins."), TMUnit(" ", "en", "Deux.", "Two.")])
        assert memory.stats().pairs == ()
        assert memory.add([TMUnit("fr", "de", "Un.", "Eins.")]) == 1  # pair cache not stale
        assert memory.lookup_exact("Un.", "fr", "de").target == "Eins."


# --------------------------------------------------------------------------- read-only media
def _pretend_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What a read-only mount looks like to ``os.access`` (as root, chmod does not stop writes)."""
    import os

    from reltrans import tm as module

    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve().is_relative_to(folder.resolve()):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module.os, "access", access)


def _memory_on_read_only_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "media"
    with TranslationMemory(folder / "tm.sqlite") as memory:
        memory.add([TMUnit("fr", "en", SG, SG_EN)])
    for leftover in folder.glob("tm.sqlite-*"):
        leftover.unlink()
    # as in a read-only folder, SQLite cannot create the -shm file WAL mode needs
    (folder / "tm.sqlite-shm").symlink_to(tmp_path / "no-such-folder" / "shm")
    _pretend_read_only(monkeypatch, folder)
    return folder / "tm.sqlite"


def test_memory_on_read_only_media_can_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _memory_on_read_only_media(tmp_path, monkeypatch)
    before = path.read_bytes()
    with TranslationMemory(path, create=False) as memory:
        assert memory.read_only
        assert memory.lookup_exact(SG, "fr", "en").target == SG_EN
        assert memory.lookup_fuzzy(SG.replace("Genève", "Paris"), "fr", "en")[0].target == SG_EN
        assert memory.stats().segments == 1
    assert read_stats(path).segments == 1
    assert path.read_bytes() == before


def test_writing_to_a_read_only_memory_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reltrans.errors import EXIT_OUTPUT, OutputError

    path = _memory_on_read_only_media(tmp_path, monkeypatch)
    before = path.read_bytes()
    with TranslationMemory(path) as memory, pytest.raises(OutputError, match="read-only") as caught:
        memory.add([TMUnit("fr", "en", SC, SC_EN)])
    assert caught.value.exit_code == EXIT_OUTPUT and str(caught.value).startswith(f"{path}: ")
    assert path.read_bytes() == before


def test_write_failures_of_sqlite_are_output_errors(tmp_path: Path) -> None:
    """A failure while storing (here: the file turned read-only under an open memory) exits 5."""
    from reltrans.errors import OutputError

    memory = TranslationMemory(tmp_path / "tm.sqlite")
    memory.add([TMUnit("fr", "en", SG, SG_EN)])
    memory._conn.execute("PRAGMA query_only = ON")  # every write now fails inside SQLite
    with pytest.raises(OutputError):
        memory.add([TMUnit("fr", "en", SC, SC_EN)])
    memory.close()


def test_a_new_memory_in_a_read_only_folder_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reltrans.errors import OutputError

    folder = tmp_path / "media"
    folder.mkdir()
    _pretend_read_only(monkeypatch, folder)
    with pytest.raises(OutputError, match="not writable"):
        TranslationMemory(folder / "tm.sqlite")
    assert not (folder / "tm.sqlite").exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0, reason="root ignores file modes")
def test_really_read_only_folder(tmp_path: Path) -> None:
    from reltrans.errors import OutputError

    folder = tmp_path / "media"
    with TranslationMemory(folder / "tm.sqlite") as memory:
        memory.add([TMUnit("fr", "en", SG, SG_EN)])
    for leftover in folder.glob("tm.sqlite-*"):
        leftover.unlink()
    (folder / "tm.sqlite").chmod(0o444)
    folder.chmod(0o555)
    try:
        with TranslationMemory(folder / "tm.sqlite", create=False) as memory:
            assert memory.lookup_exact(SG, "fr", "en").target == SG_EN
        with TranslationMemory(folder / "tm.sqlite") as memory, pytest.raises(OutputError):
            memory.add([TMUnit("fr", "en", SC, SC_EN)])
    finally:
        folder.chmod(0o755)


def test_read_only_memory_with_pending_wal_changes_is_refused_not_misread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An immutable reader would not see what the -wal file holds: refuse rather than miss it."""
    import shutil

    live = tmp_path / "live"
    memory = TranslationMemory(live / "tm.sqlite")
    keeper = sqlite3.connect(live / "tm.sqlite")  # keeps the WAL from being checkpointed on close
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    memory._conn.execute("PRAGMA wal_autocheckpoint = 0")
    memory.add([TMUnit("fr", "en", SG, SG_EN)])
    folder = tmp_path / "media"
    folder.mkdir()
    for name in ("tm.sqlite", "tm.sqlite-wal"):
        shutil.copy(live / name, folder / name)
    memory.close()
    keeper.close()
    assert (folder / "tm.sqlite-wal").stat().st_size > 0
    (folder / "tm.sqlite-shm").symlink_to(tmp_path / "no-such-folder" / "shm")
    _pretend_read_only(monkeypatch, folder)
    with pytest.raises(MemoryStoreError, match="-wal"):
        TranslationMemory(folder / "tm.sqlite", create=False)
