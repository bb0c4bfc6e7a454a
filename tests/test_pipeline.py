"""The translate stage without click: a fake engine for the orchestration, the copy model end to end."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Sequence

import pytest

from reltrans.build import MissingPolicy, build_document
from reltrans.catalog import read_catalog, write_catalog
from reltrans.errors import InputError, ModelNotFoundError, OutputError, UsageError
from reltrans.model import Catalog, CatalogEntry
from reltrans.pipeline import TranslateSettings, output_path_for, translate_files

EXAMPLE = Path(__file__).resolve().parent / "data" / "releases" / "scraped-release.fr.txt"

RELEASE = (
    "L'OIM soutient la formation des travailleurs de première ligne\n"
    "\n"
    "Genève - Suisse - L'OIM a lancé un programme. Il vise 400 travailleurs.\n"
    "\n"
    "Pour plus d'informations, contactez M. Dupont.\n"
    "\n"
    "Il vise 400 travailleurs.\n"
)


class RecordingEngine:
    """A fake engine: tags each sentence, and records what it was asked to translate."""

    signature = "fake-1.0"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls.append(list(texts))
        return [f"EN[{text}]" for text in texts]

    @property
    def seen(self) -> list[str]:
        return [text for call in self.calls for text in call]


def _settings(**overrides: object) -> TranslateSettings:
    base = dict(source_lang="fr", target_lang="en", enforce_terms=False)
    base.update(overrides)
    return TranslateSettings(**base)  # type: ignore[arg-type]


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.fr.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_output_path_is_stem_dot_target() -> None:
    assert output_path_for(Path("a/rel.fr.txt"), "en", None) == Path("a/rel.fr.en.po")
    assert output_path_for(Path("a/rel.md"), "es", Path("out")) == Path("out/rel.es.po")


def test_one_entry_per_distinct_sentence_with_every_reference(release: Path) -> None:
    engine = RecordingEngine()
    summary = translate_files([release], _settings(), engine_loader=lambda *_: engine)
    po = read_catalog(release.with_name("release.fr.en.po"))
    msgids = [e.msgid for e in po.entries]
    assert msgids.count("Il vise 400 travailleurs.") == 1
    repeated = next(e for e in po.entries if e.msgid == "Il vise 400 travailleurs.")
    assert repeated.references == (("release.fr.txt", 3), ("release.fr.txt", 7))
    assert all(e.fuzzy and e.msgstr == f"EN[{e.msgid}]" for e in po.entries)
    assert sorted(engine.seen) == sorted(set(msgids))  # each distinct sentence sent once
    assert summary.files[0].entries == len(msgids)
    assert any(c.startswith("paragraph ") for c in po.entries[0].extracted_comments)
    assert "reltrans=" in po.header["X-Reltrans-Signature"]


def test_no_mt_writes_empty_translations_without_loading_a_model(release: Path) -> None:
    def no_loader(*_: object) -> RecordingEngine:
        raise AssertionError("--no-mt must not load a model")

    translate_files([release], _settings(no_mt=True), engine_loader=no_loader)
    po = read_catalog(release.with_name("release.fr.en.po"))
    assert po.entries and all(e.msgstr == "" and not e.fuzzy for e in po.entries)


def test_glossary_concepts_are_listed_for_the_reviewer(release: Path) -> None:
    translate_files([release], _settings(no_mt=True))
    po = read_catalog(release.with_name("release.fr.en.po"))
    comments = [c for e in po.entries for c in e.extracted_comments]
    assert any(c.startswith("glossary: ") and "OIM → IOM" in c for c in comments)


def test_rerun_keeps_reviewed_work_and_sends_only_new_sentences(release: Path) -> None:
    translate_files([release], _settings(), engine_loader=lambda *_: RecordingEngine())
    po_path = release.with_name("release.fr.en.po")
    po = read_catalog(po_path)
    reviewed = tuple(
        e.__class__(**{**e.__dict__, "msgstr": "Reviewed.", "flags": ()}) if e.msgid.startswith("Pour plus") else e
        for e in po.entries
    )
    write_catalog(Catalog(header=po.header, entries=reviewed, path=str(po_path)), po_path)
    release.write_text(RELEASE + "\nUne phrase nouvelle.\n", encoding="utf-8")
    engine = RecordingEngine()
    translate_files([release], _settings(), engine_loader=lambda *_: engine)
    assert engine.seen == ["Une phrase nouvelle."]
    again = {e.msgid: e for e in read_catalog(po_path).entries}
    assert again["Pour plus d'informations, contactez M. Dupont."].msgstr == "Reviewed."
    assert not again["Pour plus d'informations, contactez M. Dupont."].fuzzy
    assert Path(str(po_path) + "~").exists()


def test_force_overwrites(release: Path) -> None:
    translate_files([release], _settings(no_mt=True))
    engine = RecordingEngine()
    translate_files([release], _settings(force=True), engine_loader=lambda *_: engine)
    assert len(engine.seen) == len(read_catalog(release.with_name("release.fr.en.po")).entries)


def test_bad_input_fails_before_any_output(tmp_path: Path, release: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError):
        translate_files([release, binary], _settings(no_mt=True))
    assert not release.with_name("release.fr.en.po").exists()


def test_duplicate_outputs_are_refused(release: Path) -> None:
    with pytest.raises(UsageError):
        translate_files([release, release], _settings(no_mt=True))


def test_a_missing_output_folder_is_created(tmp_path: Path, release: Path) -> None:
    out = tmp_path / "out" / "2026"
    summary = translate_files([release], _settings(no_mt=True, output_dir=out))
    assert summary.files[0].output == out / "release.fr.en.po"
    assert (out / "release.fr.en.po").is_file()


def test_an_output_folder_created_for_a_failed_run_is_removed(tmp_path: Path, release: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        translate_files([release, empty], _settings(no_mt=True, output_dir=tmp_path / "out" / "po"))
    assert not (tmp_path / "out").exists()


def test_an_output_folder_that_is_a_file_has_its_own_message(tmp_path: Path, release: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file; -o names the folder") as caught:
        translate_files([release], _settings(no_mt=True, output_dir=not_a_folder))
    assert str(not_a_folder) in str(caught.value)
    assert not_a_folder.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("code", ["x/../../outside/p", "../en", "en\nX-Injected: 1", "en\r", "fra", ""])
def test_output_path_refuses_a_code_that_is_not_valid(code: str) -> None:
    with pytest.raises(UsageError):
        output_path_for(Path("a/rel.fr.txt"), code, None)


def test_output_path_normalises_the_code() -> None:
    assert output_path_for(Path("a/rel.txt"), "PT_br", None) == Path("a/rel.pt-BR.po")


@pytest.mark.parametrize("field", ["source_lang", "target_lang"])
@pytest.mark.parametrize("code", ["x/../../outside/p", "en\nLanguage: xx", "fr\rX-Injected: 1", "eng"])
def test_a_language_code_that_is_not_valid_writes_nothing(tmp_path: Path, field: str, code: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    source = project / "release.fr.txt"
    source.write_text(RELEASE, encoding="utf-8")
    with pytest.raises(UsageError, match="not a language code|ISO 639-1 code"):
        translate_files([source], _settings(no_mt=True, **{field: code}))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["project", "release.fr.txt"]


def test_language_codes_are_normalised_in_the_file_name_and_header(release: Path) -> None:
    summary = translate_files([release], _settings(no_mt=True, source_lang="FR", target_lang="pt_br"))
    assert summary.files[0].output.name == "release.fr.pt-BR.po"
    header = read_catalog(summary.files[0].output).header
    assert header["Language"] == "pt-BR" and header["X-Source-Language"] == "fr"


@pytest.mark.parametrize("name", ["rel\nX-Injected: 1.txt", "rel\rX-Injected: 1.txt", "rel\u2028X-Injected: 1.txt"])
def test_a_source_file_name_cannot_add_a_header_line(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.write_text(RELEASE, encoding="utf-8")
    summary = translate_files([source], _settings(no_mt=True))
    output = summary.files[0].output
    catalog = read_catalog(output)
    assert "X-Injected" not in catalog.header
    assert "\n" not in catalog.header["Project-Id-Version"] and "\r" not in catalog.header["Project-Id-Version"]
    text = output.read_bytes().decode("utf-8")
    header_block = text.split("\n\n")[0]
    assert not any(line.startswith(("X-Injected", '"X-Injected')) for line in header_block.replace("\r", "\n").splitlines())


def test_no_model_for_the_pair_names_it(release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "empty"))
    with pytest.raises(ModelNotFoundError) as caught:
        translate_files([release], _settings())
    message = str(caught.value)
    assert "fr" in message and "en" in message and "models install" in message


# --------------------------------------------------------------------------- copy model
@pytest.mark.model
def test_end_to_end_on_the_real_example_with_the_copy_model(tmp_path: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, source)
    summary = translate_files([source], TranslateSettings(source_lang="fr", target_lang="en"))
    po_path = summary.files[0].output
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po_path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
    po = read_catalog(po_path)
    by_id = {e.msgid: e for e in po.entries}
    title = "L'OIM forme des agents de première ligne à la lutte contre la traite des personnes au Sénégal"
    assert title in by_id
    translated = by_id[title].msgstr
    # the copy model echoes French; the glossary must still put the English terms in, or flag them
    assert "IOM" in translated or "IOM" in "".join(by_id[title].extracted_comments)
    assert "trafficking in persons" in translated or "unmet" in "".join(by_id[title].extracted_comments)
    first = po_path.read_bytes()
    po_path.unlink()
    translate_files([source], TranslateSettings(source_lang="fr", target_lang="en"))
    assert po_path.read_bytes() == first  # reproducible with SOURCE_DATE_EPOCH


@pytest.mark.model
def test_untranslated_build_reproduces_the_source_byte_for_byte(tmp_path: Path) -> None:
    source = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, source)
    translate_files([source], TranslateSettings(no_mt=True))
    po = output_path_for(source, "en", None)
    result = build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE, keep_chrome=True)
    assert result.data == EXAMPLE.read_bytes()
    without_chrome = build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE).text
    assert without_chrome.startswith("L'OIM forme des agents")  # the site menu is left out
    assert without_chrome == EXAMPLE.read_text(encoding="utf-8").split("2030 AGENDA\n", 1)[1]


def test_interrupted_run_keeps_finished_files_and_rerun_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reltrans.pipeline as pipeline

    monkeypatch.setattr(pipeline, "GROUP_SEGMENTS", 1)  # one file per group
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("Première phrase.\n", encoding="utf-8")
    second.write_text("Deuxième phrase.\n", encoding="utf-8")
    existing = tmp_path / "b.en.po"

    class DiesOnSecondFile(RecordingEngine):
        def translate(self, texts: Sequence[str]) -> list[str]:
            if "Deuxième phrase." in texts:
                raise KeyboardInterrupt
            return super().translate(texts)

    with pytest.raises(KeyboardInterrupt):
        translate_files([first, second], _settings(), engine_loader=lambda *_: DiesOnSecondFile())
    assert (tmp_path / "a.en.po").exists()
    assert not existing.exists()
    assert not list(tmp_path.glob("*.lock"))
    engine = RecordingEngine()
    translate_files([first, second], _settings(), engine_loader=lambda *_: engine)
    assert engine.seen == ["Deuxième phrase."]  # the finished file is not redone


def test_rerun_without_changes_does_not_rewrite(release: Path) -> None:
    translate_files([release], _settings(), engine_loader=lambda *_: RecordingEngine())
    po = release.with_name("release.fr.en.po")
    before = po.read_bytes()
    engine = RecordingEngine()
    translate_files([release], _settings(), engine_loader=lambda *_: engine)
    assert engine.seen == []
    assert po.read_bytes() == before
    assert not Path(str(po) + "~").exists()  # not rewritten: no backup rotated over the real one


# --------------------------------------------------------------------------- translation memory
def _memory_with(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    from reltrans.tm import TMUnit, TranslationMemory

    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path) as memory:
        memory.add(TMUnit("fr", "en", source, target, origin="reviewed", origin_file="old.po") for source, target in pairs)
    return path


def test_memory_is_consulted_before_the_model(tmp_path: Path, release: Path) -> None:
    tm = _memory_with(
        tmp_path,
        [
            ("Il vise 400 travailleurs.", "It targets 400 workers."),
            ("Pour plus d'informations, contactez Mme Dupont.", "For more information, contact Ms. Dupont."),
        ],
    )
    engine = RecordingEngine()
    summary = translate_files([release], _settings(tm_path=tm), engine_loader=lambda *_: engine)
    po = {e.msgid: e for e in read_catalog(release.with_name("release.fr.en.po")).entries}
    exact = po["Il vise 400 travailleurs."]
    assert exact.msgstr == "It targets 400 workers." and not exact.fuzzy  # reviewed exact hit
    assert any(c.startswith("memory: exact match") for c in exact.extracted_comments)
    fuzzy = po["Pour plus d'informations, contactez M. Dupont."]
    assert fuzzy.fuzzy and fuzzy.msgstr == "For more information, contact Ms. Dupont."
    assert any("% match" in c and "Mme Dupont" in c for c in fuzzy.extracted_comments)
    assert "Il vise 400 travailleurs." not in engine.seen
    assert "Pour plus d'informations, contactez M. Dupont." not in engine.seen
    assert summary.files[0].from_memory == 2


def test_glossary_is_applied_to_memory_drafts(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("L'OIM aide les migrants au Niger.\n", encoding="utf-8")
    tm = _memory_with(tmp_path, [("L'OIM aide les migrants au Mali.", "The OIM helps migrants in Mali.")])
    translate_files([source], _settings(tm_path=tm, enforce_terms=True), engine_loader=lambda *_: RecordingEngine())
    entry = read_catalog(tmp_path / "r.en.po").entries[0]
    assert entry.fuzzy
    assert "IOM" in entry.msgstr or any("unmet" in c for c in entry.extracted_comments)


def test_memory_in_effect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reltrans.pipeline import memory_in_effect

    assert memory_in_effect(None) is None  # no default memory in the isolated user dirs
    assert memory_in_effect(tmp_path / "x.sqlite") == tmp_path / "x.sqlite"
    assert memory_in_effect(tmp_path / "x.sqlite", disabled=True) is None
    assert memory_in_effect(None, tmp_path / "configured.sqlite") is None  # configured, not created yet
    existing = _memory_with(tmp_path, [("Bonjour.", "Hello.")])
    assert memory_in_effect(None, existing) == existing
    monkeypatch.setenv("RELTRANS_TM", str(existing))
    assert memory_in_effect(None) == existing


def test_a_new_file_sharing_a_sentence_with_an_existing_po_gets_it_translated(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("Phrase commune.\n", encoding="utf-8")
    translate_files([first], _settings(), engine_loader=lambda *_: RecordingEngine())
    second.write_text("Phrase commune.\n\nAutre phrase.\n", encoding="utf-8")
    engine = RecordingEngine()
    translate_files([first, second], _settings(), engine_loader=lambda *_: engine)
    b = {e.msgid: e.msgstr for e in read_catalog(tmp_path / "b.en.po").entries}
    assert b == {"Phrase commune.": "EN[Phrase commune.]", "Autre phrase.": "EN[Autre phrase.]"}
    a = read_catalog(tmp_path / "a.en.po").entries
    assert [e.msgstr for e in a] == ["EN[Phrase commune.]"]


def test_revised_release_scenario(tmp_path: Path) -> None:
    """Translate, review, revise (edit, insert, remove, reorder), translate again."""
    source = tmp_path / "r.txt"
    source.write_text(
        "Premier paragraphe inchangé.\n\nLe programme a formé 400 travailleurs.\n\nPhrase supprimée ensuite.\n\nDernière phrase.\n",
        encoding="utf-8",
    )
    po_path = tmp_path / "r.en.po"
    translate_files([source], _settings(), engine_loader=lambda *_: RecordingEngine())
    po = read_catalog(po_path)
    reviewed = tuple(
        CatalogEntry(
            msgid=e.msgid, msgstr=f"REVIEWED {e.msgid}", references=e.references, extracted_comments=e.extracted_comments,
            translator_comments=("checked by Ana",), flags=("ignore-numbers",) if "400" in e.msgid else (),
        )
        for e in po.entries
    )
    write_catalog(Catalog(header=po.header, entries=reviewed), po_path)
    source.write_text(
        "Dernière phrase.\n\nPremier paragraphe inchangé.\n\nLe programme a formé 450 travailleurs.\n\nUne phrase insérée.\n",
        encoding="utf-8",
    )
    engine = RecordingEngine()
    summary = translate_files([source], _settings(), engine_loader=lambda *_: engine)
    assert sorted(engine.seen) == ["Le programme a formé 450 travailleurs.", "Une phrase insérée."]
    after = {(e.msgid, e.obsolete): e for e in read_catalog(po_path).entries}
    kept = after[("Premier paragraphe inchangé.", False)]
    assert kept.msgstr == "REVIEWED Premier paragraphe inchangé." and not kept.fuzzy
    assert kept.translator_comments == ("checked by Ana",)
    changed = after[("Le programme a formé 450 travailleurs.", False)]
    assert changed.fuzzy and changed.previous_msgid == "Le programme a formé 400 travailleurs."
    assert "ignore-numbers" in changed.flags
    assert changed.msgstr == "REVIEWED Le programme a formé 400 travailleurs."  # kept, as msgmerge does
    assert "reltrans: machine draft: EN[Le programme a formé 450 travailleurs.]" in changed.extracted_comments
    assert after[("Une phrase insérée.", False)].fuzzy
    assert after[("Phrase supprimée ensuite.", True)].msgstr == "REVIEWED Phrase supprimée ensuite."
    assert summary.files[0].kept >= 2
    assert Path(str(po_path) + "~").exists()


def test_a_po_file_given_as_a_source_is_refused(tmp_path: Path, release: Path) -> None:
    translate_files([release], _settings(no_mt=True))
    po = release.with_name("release.fr.en.po")
    with pytest.raises(InputError, match="is a PO file"):
        translate_files([release, po], _settings(no_mt=True, force=True))
    assert not po.with_name("release.fr.en.en.po").exists()


def test_kept_counts_only_translations_that_were_kept(release: Path) -> None:
    translate_files([release], _settings(no_mt=True))
    summary = translate_files([release], _settings(), engine_loader=lambda *_: RecordingEngine())
    result = summary.files[0]
    assert result.kept == 0 and result.from_model == result.entries


def test_a_no_mt_rerun_keeps_the_model_signature(release: Path) -> None:
    translate_files([release], _settings(), engine_loader=lambda *_: RecordingEngine())
    release.write_text(RELEASE + "\nUne phrase de plus.\n", encoding="utf-8")
    translate_files([release], _settings(no_mt=True))
    header = read_catalog(release.with_name("release.fr.en.po")).header
    assert "model=fake-1.0" in header["X-Reltrans-Signature"]


def test_a_source_in_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        translate_files([tmp_path / "nodir" / "a.txt"], _settings(no_mt=True))
