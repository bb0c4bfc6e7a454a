"""Updates through `reltrans translate`: --update-draft, the configuration key, the header."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Sequence

import pytest

from reltrans.catalog import read_catalog, write_catalog
from reltrans.pipeline import TranslateSettings, translate_files

V1 = "Le centre a accueilli 300 familles en mars.\n\nLes distributions continueront en avril.\n"
V2 = "Le centre a accueilli 350 familles en mars.\n\nLes distributions continueront en avril.\n"


class Engine:
    signature = "fake-2.0"

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [f"MT[{text}]" for text in texts]


def _settings(**overrides: object) -> TranslateSettings:
    return TranslateSettings(**{"enforce_terms": False, "bundled_glossary": False, **overrides})  # type: ignore[arg-type]


def _reviewed_po(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "centre.fr.txt"
    source.write_text(V1, encoding="utf-8")
    translate_files([source], _settings(), engine_loader=lambda *_: Engine())
    po = tmp_path / "centre.fr.en.po"
    catalog = read_catalog(po)
    reviewed = tuple(dataclasses.replace(e, msgstr=f"Reviewed: {e.msgid}", flags=()) for e in catalog.entries)
    header = {**catalog.header, "PO-Revision-Date": "2025-01-02 03:04+0000", "Last-Translator": "Ana <ana@example.org>"}
    write_catalog(dataclasses.replace(catalog, entries=reviewed, header=header), po)
    source.write_text(V2, encoding="utf-8")
    return source, po


@pytest.mark.parametrize("mode", ["comment", "mt"])
def test_update_draft_modes_through_translate(tmp_path: Path, mode: str) -> None:
    source, po = _reviewed_po(tmp_path)
    version_before = read_catalog(po).header["Project-Id-Version"]
    translate_files([source], _settings(update_draft=mode), engine_loader=lambda *_: Engine())
    after = read_catalog(po)
    changed = next(e for e in after.entries if e.msgid.startswith("Le centre a accueilli 350"))
    assert changed.fuzzy and changed.previous_msgid == "Le centre a accueilli 300 familles en mars."
    if mode == "comment":
        assert changed.msgstr == "Reviewed: Le centre a accueilli 300 familles en mars."
        assert "reltrans: machine draft: MT[Le centre a accueilli 350 familles en mars.]" in changed.extracted_comments
        assert after.header["PO-Revision-Date"] == "2025-01-02 03:04+0000"  # no translation changed
    else:
        assert changed.msgstr == "MT[Le centre a accueilli 350 familles en mars.]"
        assert "reltrans: previous translation: Reviewed: Le centre a accueilli 300 familles en mars." in changed.extracted_comments
        assert after.header["PO-Revision-Date"] != "2025-01-02 03:04+0000"
    assert after.header["Last-Translator"] == "Ana <ana@example.org>"  # the reviewers' header field stays
    assert after.header["Project-Id-Version"].startswith("centre.fr.txt ")
    assert after.header["Project-Id-Version"] != version_before  # the source version follows the source


def test_update_draft_from_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from reltrans.cli import cli

    source = tmp_path / "centre.fr.txt"
    source.write_text(V1, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "-q"]).exit_code == 0
    po = tmp_path / "centre.fr.en.po"
    catalog = read_catalog(po)
    write_catalog(dataclasses.replace(catalog, entries=tuple(dataclasses.replace(e, msgstr="Done.") for e in catalog.entries)), po)
    source.write_text(V2, encoding="utf-8")
    (tmp_path / "reltrans.toml").write_text('update_draft = "mt"\nlast_translator = "Ana <ana@example.org>"\n', encoding="utf-8")
    result = runner.invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "-q"])
    assert result.exit_code == 0, result.output
    changed = next(e for e in read_catalog(po).entries if "350" in e.msgid)
    assert changed.msgstr == "Done." and changed.fuzzy  # --no-mt: no draft to put anywhere
    bad = runner.invoke(cli, ["translate", str(source), "--no-mt", "--update-draft", "replace"])
    assert bad.exit_code == 2 and "replace" in bad.output
    fresh = tmp_path / "autre.fr.txt"
    fresh.write_text(V1, encoding="utf-8")
    assert runner.invoke(cli, ["translate", str(fresh), "--no-mt", "--no-bundled-glossary", "-q"]).exit_code == 0
    assert read_catalog(tmp_path / "autre.fr.en.po").header["Last-Translator"] == "Ana <ana@example.org>"


def test_pot_creation_date_changes_only_with_the_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction date moves when the sentences change, not when a re-run only removes
    reltrans' notes from entries a reviewer accepted (as `extract` keeps it)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    source, po = _reviewed_po(tmp_path)  # reviewed V1, source now V2
    v1_date = read_catalog(po).header["POT-Creation-Date"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    translate_files([source], _settings(), engine_loader=lambda *_: Engine())  # a sentence changed
    updated = read_catalog(po)
    assert updated.header["POT-Creation-Date"] != v1_date
    accepted = tuple(dataclasses.replace(e, flags=tuple(f for f in e.flags if f != "fuzzy")) for e in updated.entries)
    write_catalog(dataclasses.replace(updated, entries=accepted), po)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    translate_files([source], _settings(), engine_loader=lambda *_: Engine())
    again = read_catalog(po)
    assert not any(c.startswith("reltrans: machine draft") for e in again.entries for c in e.extracted_comments)  # rewritten
    assert again.header["POT-Creation-Date"] == updated.header["POT-Creation-Date"]
