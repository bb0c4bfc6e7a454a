"""``reltrans translate`` and ``reltrans build`` through click, with the copy model."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_MODEL, EXIT_OK, EXIT_OUTPUT

EXAMPLE = Path(__file__).resolve().parent / "data" / "releases" / "scraped-release.fr.txt"
TEXT = "L'OIM et l'ONUDC luttent contre la traite des personnes.\n\n« Merci », a déclaré M. Dupont.\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "rel.fr.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("translate", "build", "check", "status", "models", "glossary", "tm", "eval", "segment"):
        assert name in result.output


def test_translate_with_the_copy_model_then_build(tmp_path: Path, source: Path, argos_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["translate", str(source), "--from", "fr", "--to", "en", "-q"])
    assert result.exit_code == EXIT_OK, result.output
    po = tmp_path / "rel.fr.en.po"
    assert po.exists()
    text = po.read_text(encoding="utf-8")
    assert "#, fuzzy" in text and "glossary: OIM → IOM" in text
    assert "IOM" in text and "UNODC" in text
    refused = runner.invoke(cli, ["build", str(source), str(po)])
    assert refused.exit_code == EXIT_FINDINGS
    assert "E-FUZZY" in refused.output
    out = tmp_path / "rel.en.txt"
    built = runner.invoke(cli, ["build", str(source), str(po), "--allow-fuzzy", "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    assert "IOM" in out.read_text(encoding="utf-8")
    assert "“Merci”" in out.read_text(encoding="utf-8")  # target typography: « » -> “ ”


def test_no_mt_then_fallback_build_is_the_source(tmp_path: Path, source: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["translate", str(source), "--no-mt", "-q"]).exit_code == EXIT_OK
    out = tmp_path / "same.txt"
    result = runner.invoke(cli, ["build", str(source), str(tmp_path / "rel.fr.en.po"), "--fallback-source", "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert out.read_bytes() == source.read_bytes()


def test_summary_table_reports_segments(source: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt"])
    assert result.exit_code == EXIT_OK
    assert "segments/s" in result.output and "rel.fr.en.po" in result.output


def test_errors_are_one_line_with_documented_codes(tmp_path: Path, source: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["translate", str(tmp_path / "nope.txt"), "--no-mt"])
    assert missing.exit_code == EXIT_INPUT
    assert "nope.txt" in missing.output and len(missing.output.strip().splitlines()) == 1
    empty = tmp_path / "ARGOS"
    no_model = runner.invoke(cli, ["translate", str(source), "-q"], env={"ARGOS_PACKAGES_DIR": str(empty)})
    assert no_model.exit_code == EXIT_MODEL
    assert "fr->en" in no_model.output or "fr-en" in no_model.output or "fr → en" in no_model.output
    outdir = runner.invoke(cli, ["translate", str(source), "--no-mt", "-o", str(source)])  # a file, not a folder
    assert outdir.exit_code == EXIT_OUTPUT
    assert outdir.stderr.strip() == f"{source}: E-OUTPUT is a file; -o names the folder for the PO files"


def test_python_dash_m_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "reltrans", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "reltrans" in result.stdout


def test_example_release_round_trip(tmp_path: Path) -> None:
    src = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, src)
    runner = CliRunner()
    assert runner.invoke(cli, ["translate", str(src), "--no-mt", "-q"]).exit_code == EXIT_OK
    out = tmp_path / "out.txt"
    po = tmp_path / "scraped-release.fr.en.po"
    assert runner.invoke(cli, ["build", str(src), str(po), "--fallback-source", "--keep-chrome", "-o", str(out)]).exit_code == EXIT_OK
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_project_configuration_names_glossaries_and_languages(tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra.csv").write_text("fr,es\nphrase,frase\n", encoding="utf-8")
    (tmp_path / "reltrans.toml").write_text('target_lang = "es"\nglossaries = ["extra.csv"]\nbundled_glossary = false\n', encoding="utf-8")
    source.write_text("Une phrase simple.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    assert result.exit_code == EXIT_OK, result.output
    po = (tmp_path / "rel.fr.es.po").read_text(encoding="utf-8")
    assert "Language: es" in po
    assert "glossary: phrase → frase" in po


@pytest.mark.parametrize(
    ("option", "code", "words"),
    [
        ("--to", "fra", "E-USAGE --to 'fra': use the ISO 639-1 code of French: did you mean 'fr'?"),
        ("--from", "fra", "E-USAGE --from 'fra': use the ISO 639-1 code of French: did you mean 'fr'?"),
        ("--to", "x/../../outside/p", "E-USAGE --to 'x/../../outside/p': not a language code"),
        ("--to", "en\nLanguage: xx", "E-USAGE --to 'en\\nLanguage: xx': not a language code"),
        ("--to", "en\rX-Injected: 1", "E-USAGE --to 'en\\rX-Injected: 1': not a language code"),
        ("--to", "espanol", "E-USAGE --to 'espanol': not a language code (ISO 639-1 or BCP 47, e.g. 'fr' or 'pt-BR'); did you mean 'es' (Spanish)?"),
    ],
)
def test_a_language_code_that_is_not_valid_is_a_one_line_usage_error(tmp_path: Path, source: Path, option: str, code: str, words: str) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", option, code])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(words), lines
    assert "models install" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rel.fr.txt"]


def test_a_misspelt_source_language_never_suggests_installing_it(source: Path, argos_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "-q", "--from", "fra", "--to", "en"])
    assert result.exit_code == 2
    assert "models install" not in result.output and "'fr'" in result.stderr


def test_language_codes_are_normalised(tmp_path: Path, source: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", "--from", "FR", "--to", "pt_br"])
    assert result.exit_code == EXIT_OK, result.output
    po = tmp_path / "rel.fr.pt-BR.po"
    assert result.stdout.strip() == str(po)
    assert '"Language: pt-BR\\n"' in po.read_text(encoding="utf-8")


def test_a_language_code_in_the_configuration_that_is_not_valid_exits_3(tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reltrans.toml").write_text('target_lang = "../../outside/p"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.strip().splitlines() == [
        f"{tmp_path / 'reltrans.toml'}: E-CONFIG target_lang '../../outside/p': not a language code (ISO 639-1 or BCP 47, e.g. 'fr' or 'pt-BR')"
    ]
    assert not (tmp_path.parent / "outside").exists()


def test_compute_type_must_be_one_ctranslate2_knows(source: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "-q", "--compute-type", "bogus"])
    assert result.exit_code == 2
    assert "'bogus' is not one of" in result.output and "int8_float16" in result.output


def test_output_folder_is_created(tmp_path: Path, source: Path) -> None:
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_OK, result.output
    assert (tmp_path / "out" / "rel.fr.en.po").is_file()


def test_summary_in_a_log_prints_long_file_names_whole(tmp_path: Path) -> None:
    folder = tmp_path / "communiques-du-bureau-regional-pour-l-afrique-de-l-ouest-et-du-centre"
    folder.mkdir()
    long_source = folder / "rapport-annuel-sur-les-deplacements-internes-dans-la-region-du-sahel-final.fr.txt"
    long_source.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", str(long_source), "--no-mt"], env={"COLUMNS": "", "TTY_COMPATIBLE": "0"})
    assert result.exit_code == EXIT_OK, result.output
    lines = result.output.splitlines()
    assert "…" not in result.output
    assert any(long_source.name in line for line in lines)  # the table's file cell, not cut
    assert f"wrote {folder / long_source.name.replace('.fr.txt', '.fr.en.po')}" in lines
