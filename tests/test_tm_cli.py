"""``reltrans tm import / export / stats`` through click's CliRunner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli

PO = """\
msgid ""
msgstr ""
"Language: en\\n"
"X-Source-Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Le Conseil de sécurité se réunira mardi."
msgstr "The Security Council will meet on Tuesday."

#, fuzzy
msgid "Le Secrétaire général a salué l'accord."
msgstr "The Secretary General welcomed the deal."

msgid "Non traduit."
msgstr ""
"""


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("RELTRANS_TM", raising=False)
    return CliRunner()


@pytest.fixture()
def po(tmp_path: Path) -> Path:
    path = tmp_path / "release.fr.en.po"
    path.write_text(PO, encoding="utf-8")
    return path


def test_import_stats_export(runner: CliRunner, po: Path, tmp_path: Path) -> None:
    tm = tmp_path / "tm.sqlite"
    result = runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert result.exit_code == 0, result.output
    assert "1 new of 1 segments (fr->en)" in result.output
    again = runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert "0 new of 1" in again.output

    stats = runner.invoke(cli, ["tm", "stats", "--tm", str(tm), "--format", "json"])
    assert stats.exit_code == 0
    data = json.loads(stats.output)
    assert data["segments"] == 1 and data["pairs"][0]["source"] == "fr" and data["pairs"][0]["reviewed"] == 1

    table = runner.invoke(cli, ["tm", "stats", "--tm", str(tm)])
    assert table.exit_code == 0 and "fr->en" in table.output and "reviewed" in table.output

    out = tmp_path / "out.tmx"
    exported = runner.invoke(cli, ["tm", "export", "--format", "tmx", "-o", str(out), "--tm", str(tm)])
    assert exported.exit_code == 0 and out.is_file()
    assert "<seg>The Security Council will meet on Tuesday.</seg>" in out.read_text(encoding="utf-8")
    refused = runner.invoke(cli, ["tm", "export", "-o", str(out), "--tm", str(tm)])
    assert refused.exit_code == 5 and "--force" in refused.output
    stdout = runner.invoke(cli, ["tm", "export", "--tm", str(tm)])
    assert stdout.exit_code == 0 and stdout.output.startswith("<?xml")


def test_import_tmx_into_new_memory(runner: CliRunner, po: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b" / "c.sqlite"
    runner.invoke(cli, ["tm", "import", str(po), "--tm", str(first)])
    out = tmp_path / "x.tmx"
    runner.invoke(cli, ["tm", "export", "-o", str(out), "--tm", str(first)])
    result = runner.invoke(cli, ["tm", "import", str(out)], env={"RELTRANS_TM": str(second)})
    assert result.exit_code == 0 and "1 new of 1" in result.output
    assert second.is_file()


def test_language_pair_options_override(runner: CliRunner, po: Path, tmp_path: Path) -> None:
    po.write_text(PO.replace('"Language: en\\n"\n"X-Source-Language: fr\\n"\n', ""), encoding="utf-8")
    tm = tmp_path / "tm.sqlite"
    missing = runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert missing.exit_code == 2 and "--from and --to" in missing.output
    assert not tm.exists()
    ok = runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm), "--from", "fr", "--to", "en"])
    assert ok.exit_code == 0 and "(fr->en)" in ok.output


def test_bad_inputs_exit_3_and_import_nothing(runner: CliRunner, po: Path, tmp_path: Path) -> None:
    tm = tmp_path / "tm.sqlite"
    evil = tmp_path / "evil.tmx"
    evil.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tmx>&x;</tmx>')
    result = runner.invoke(cli, ["tm", "import", str(po), str(evil), "--tm", str(tm)])
    assert result.exit_code == 3 and "evil.tmx" in result.output and "E-TM" in result.output
    assert not tm.exists()  # the good PO was not imported either
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"garbage" * 1000)
    for args in (["tm", "stats"], ["tm", "export"], ["tm", "import", str(po)]):
        bad = runner.invoke(cli, [*args, "--tm", str(corrupt)])
        assert bad.exit_code == 3 and "E-TM" in bad.output and len(bad.output.strip().splitlines()) == 1


def test_stats_and_export_of_missing_memory(runner: CliRunner, tmp_path: Path) -> None:
    tm = tmp_path / "none.sqlite"
    stats = runner.invoke(cli, ["tm", "stats", "--tm", str(tm)])
    assert stats.exit_code == 0 and "empty" in stats.output
    export = runner.invoke(cli, ["tm", "export", "--tm", str(tm)])
    assert export.exit_code == 3 and "no translation memory" in export.output
    assert not tm.exists()


def test_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["tm", "import"]).exit_code == 2
    assert runner.invoke(cli, ["tm", "export", "--format", "csv"]).exit_code == 2
    assert "import" in runner.invoke(cli, ["tm", "--help"]).output


def test_import_into_a_read_only_memory_exits_5(runner: CliRunner, po: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from reltrans import tm as module

    tm = tmp_path / "media" / "tm.sqlite"
    assert runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm)]).exit_code == 0
    real_access = os.access
    monkeypatch.setattr(
        module.os, "access", lambda path, mode, *a, **k: False if mode & os.W_OK and "media" in str(path) else real_access(path, mode, *a, **k)
    )
    stats = runner.invoke(cli, ["tm", "stats", "--tm", str(tm), "--format", "json"])
    assert stats.exit_code == 0 and json.loads(stats.output)["segments"] == 1
    result = runner.invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert result.exit_code == 5, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "read-only" in result.stderr


def test_import_of_a_quadratic_tmx_is_one_line_exit_3(runner: CliRunner, tmp_path: Path) -> None:
    variants = "".join(f'<tuv xml:lang="x{n}"><seg>s{n}</seg></tuv>' for n in range(2000))
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(f'<tmx version="1.4"><header srclang="*all*"/><body><tu>{variants}</tu></body></tmx>', encoding="utf-8")
    tm = tmp_path / "tm.sqlite"
    result = runner.invoke(cli, ["tm", "import", str(bomb), "--tm", str(tm)])
    assert result.exit_code == 3, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "MAX_VARIANTS_PER_UNIT" in result.stderr
    assert not tm.exists()
