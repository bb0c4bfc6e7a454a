"""`glossary import/export -o` and `tm export -o` never write over a file they read, even with --force."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli

TSV = "fr\ten\nmigrant en situation irrégulière\tirregular migrant\n"


def test_glossary_import_onto_its_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "terms.tsv"
    source.write_text(TSV, encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", str(source), "-o", str(source), "--force"])
    assert result.exit_code == 5, result.output
    assert "is an input of this command" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert source.read_text(encoding="utf-8") == TSV
    assert not (tmp_path / "terms.tsv~").exists()


def test_glossary_export_onto_a_glossary_it_reads_is_refused(tmp_path: Path) -> None:
    own = tmp_path / "own.toml"
    converted = CliRunner().invoke(cli, ["glossary", "import", str(tmp_path / "in.tsv")])
    assert converted.exit_code != 0  # missing input: nothing to convert
    (tmp_path / "in.tsv").write_text(TSV, encoding="utf-8")
    made = CliRunner().invoke(cli, ["glossary", "import", str(tmp_path / "in.tsv"), "-o", str(own)])
    assert made.exit_code == 0, made.output
    before = own.read_bytes()
    result = CliRunner().invoke(cli, ["glossary", "export", "--format", "toml", "--glossary", str(own), "-o", str(own), "--force"])
    assert result.exit_code == 5 and own.read_bytes() == before


def test_tm_export_onto_the_memory_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    po = tmp_path / "a.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n"X-Source-Language: fr\\n"\n\n'
        'msgid "Bonjour à toutes et à tous."\nmsgstr "Hello everyone."\n',
        encoding="utf-8",
    )
    tm = tmp_path / "tm.sqlite"
    assert CliRunner().invoke(cli, ["tm", "import", str(po), "--tm", str(tm)]).exit_code == 0
    before = tm.read_bytes()
    result = CliRunner().invoke(cli, ["tm", "export", "--tm", str(tm), "-o", str(tm), "--force"])
    assert result.exit_code == 5, result.output
    assert tm.read_bytes() == before and not (tmp_path / "tm.sqlite~").exists()
    # through the default memory too
    default = tmp_path / "default.sqlite"
    monkeypatch.setenv("RELTRANS_TM", str(default))
    assert CliRunner().invoke(cli, ["tm", "import", str(po)]).exit_code == 0
    result = CliRunner().invoke(cli, ["tm", "export", "-o", str(default), "--force"])
    assert result.exit_code == 5


def test_an_error_naming_a_path_with_a_line_break_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "release\nfake: E-OK all good.txt"
    result = CliRunner().invoke(cli, ["segment", str(missing)])
    assert result.exit_code == 3, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert "release\\nfake" in result.stderr
