"""``build`` names a PO made from another source, and suggests only options that would help."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.catalog import read_catalog, write_catalog
from reltrans.cli import cli

A = "Le marché central a rouvert ce matin.\n\nLes commerçants ont repris leurs activités.\n"
B = "La campagne de vaccination commence lundi.\n\nElle durera trois semaines dans quatre provinces.\n"


def _translate(source: Path) -> Path:
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "-q"])
    assert result.exit_code == 0, result.output
    return source.with_name(source.stem + ".en.po")


@pytest.fixture
def two_sources(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "marche.fr.txt", tmp_path / "vaccins.fr.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return a, b


@pytest.mark.parametrize("options", [[], ["--fallback-source"], ["--allow-fuzzy", "--fallback-source"]])
def test_a_po_of_another_source_is_named_in_one_line(two_sources: tuple[Path, Path], options: list[str]) -> None:
    a, b = two_sources
    po_a = _translate(a)
    result = CliRunner().invoke(cli, ["build", str(b), str(po_a), *options])
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "belongs to another source" in lines[0] and "'marche.fr.txt'" in lines[0] and "vaccins.fr.txt" in lines[0]


def test_a_renamed_source_builds_with_a_warning(two_sources: tuple[Path, Path]) -> None:
    a, _ = two_sources
    po = _translate(a)
    renamed = a.with_name("marche-v2.fr.txt")
    renamed.write_text(A, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(renamed), str(po), "--fallback-source"])
    assert result.exit_code == 0, result.output
    assert "W-SOURCE" in result.output and "renamed?" in result.output


def test_allow_fuzzy_is_not_suggested_to_someone_using_it(two_sources: tuple[Path, Path]) -> None:
    a, _ = two_sources
    po = _translate(a)  # --no-mt: every entry untranslated
    result = CliRunner().invoke(cli, ["build", str(a), str(po), "--allow-fuzzy"])
    assert result.exit_code == 1
    summary = result.output.strip().splitlines()[-1]
    assert "--allow-fuzzy (" not in summary and "use --allow-fuzzy" not in summary
    assert "--fallback-source" in summary and "2 untranslated" in summary
    strict = CliRunner().invoke(cli, ["build", str(a), str(po)])
    assert strict.exit_code == 1 and "use --allow-fuzzy" not in strict.output  # no fuzzy entry: it would not help
    catalog = read_catalog(po)
    drafted = tuple(dataclasses.replace(e, msgstr="Draft.", flags=("fuzzy",)) for e in catalog.entries)
    write_catalog(dataclasses.replace(catalog, entries=drafted), po)
    fuzzy = CliRunner().invoke(cli, ["build", str(a), str(po)])
    assert fuzzy.exit_code == 1 and "use --allow-fuzzy (drafts) or --fallback-source" in fuzzy.output
    assert "2 fuzzy" in fuzzy.output
