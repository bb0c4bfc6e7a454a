"""``reltrans eval`` end to end on the real copy model (output == French input)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli

SOURCE = """\
L'OIM et l'ONUDC condamnent la traite des personnes.

Le HCR salue le protocole contre le trafic illicite de migrants.

Il fait beau à Genève.
"""
REFERENCE = """\
IOM and UNODC condemn trafficking in persons.

UNHCR welcomes the protocol against the smuggling of migrants.

The weather is fine in Geneva.
"""
GLOSSARY = """\
[glossary]
languages = ["fr", "en"]

[[concept]]
id = "iom"
fr = ["OIM"]
en = ["IOM"]

[[concept]]
id = "unodc"
fr = ["ONUDC"]
en = ["UNODC"]

[[concept]]
id = "unhcr"
fr = ["HCR"]
en = ["UNHCR"]

[[concept]]
id = "trafficking-in-persons"
fr = ["traite des personnes"]
en = ["trafficking in persons"]

[[concept]]
id = "migrant-smuggling"
fr = ["trafic illicite de migrants"]
en = ["smuggling of migrants"]
en_forbidden = ["trafficking of migrants"]
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"source": tmp_path / "release.fr.txt", "reference": tmp_path / "release.en.txt", "glossary": tmp_path / "g.toml"}
    paths["source"].write_text(SOURCE, encoding="utf-8")
    paths["reference"].write_text(REFERENCE, encoding="utf-8")
    paths["glossary"].write_text(GLOSSARY, encoding="utf-8")
    return paths


def _args(files: dict[str, Path], *extra: str) -> list[str]:
    return ["eval", "--source", str(files["source"]), "--reference", str(files["reference"]),
            "--glossary", str(files["glossary"]), "--no-bundled-glossary", *extra]


def test_eval_json_on_copy_model(argos_dir: Path, files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, _args(files, "--format", "json"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["segments"] == 3 and data["level"] == "sentence" and data["constrained"] is True
    assert data["terms"]["occurrences"] == 5
    assert data["terms"]["success_rate"] == 1.0
    assert data["terms"]["silent"] == 0
    assert {m["name"] for m in data["metrics"]} == {"chrF", "BLEU"}
    assert all("version:" in m["signature"] for m in data["metrics"])
    hyps = [d["hypothesis"] for d in data["details"]]
    assert hyps[0].startswith("L'IOM et l'UNODC condamnent la trafficking in persons")
    assert "smuggling of migrants" in hyps[1] and "UNHCR" in hyps[1]


def test_eval_no_constrain_shows_silent_misses_in_table(argos_dir: Path, files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, _args(files, "--no-constrain"))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "term success rate" in out and "0.0%" in out
    assert "misses silent" in out and "plain decoding" in out
    assert "chrF signature: nrefs:1" in out and "BLEU signature: nrefs:1" in out


def test_eval_reviewed_po_translating_msgids(argos_dir: Path, files: dict[str, Path], tmp_path: Path) -> None:
    po = tmp_path / "reviewed.en.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Selon l\'OIM, la traite des personnes augmente."\n'
        'msgstr "According to IOM, trafficking in persons is rising."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["eval", "--po", str(po), "--glossary", str(files["glossary"]), "--no-bundled-glossary", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["details"][0]["hypothesis"] == "Selon l'IOM, la trafficking in persons augmente."
    assert data["terms"]["met"] == 2


def test_eval_alignment_note(argos_dir: Path, files: dict[str, Path]) -> None:
    files["reference"].write_text("One sentence only.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, _args(files))
    assert result.exit_code == 0, result.stderr
    assert "note: source 3 sentences, reference 1; aligned as" in result.stderr
    assert "alignment doubtful" in result.stderr  # two source sentences have no counterpart


def test_eval_errors(tmp_path: Path, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--no-bundled-glossary"])
    assert result.exit_code == 2 and "E-USAGE" in result.stderr
    result = runner.invoke(cli, ["eval", "--source", str(tmp_path / "nope.txt"), "--no-bundled-glossary"])
    assert result.exit_code == 3 and len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "empty"))
    result = runner.invoke(cli, _args(files))
    assert result.exit_code == 4 and "E-NO-MODEL" in result.stderr
