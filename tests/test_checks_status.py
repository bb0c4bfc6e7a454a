"""catalog_status: per-file counts of translated / fuzzy / untranslated entries and words."""
from __future__ import annotations

import re

from pathlib import Path

import pytest

from reltrans.checks import catalog_status
from reltrans.errors import CatalogError

PO = Path(__file__).parent / "data" / "po"


def test_counts_without_glossary() -> None:
    clean, planted = catalog_status([PO / "clean.po", PO / "planted.po"])
    assert (clean.entries, clean.translated, clean.fuzzy, clean.untranslated, clean.obsolete) == (4, 4, 0, 0, 1)
    assert clean.percent_translated == 100.0 and clean.untranslated_words == 0
    assert (planted.translated, planted.fuzzy, planted.untranslated) == (6, 1, 1)
    # UAX #29 words (reltrans.words): "9,8" and "www.iom.int" are one word each
    assert clean.source_words == 38
    assert planted.source_words == 26 and planted.untranslated_words == 5  # "L'OIM et le HCR." + "Bonjour."
    assert planted.glossary_findings == 1  # RT105 needs no glossary
    assert (clean.source_lang, clean.target_lang) == ("fr", "en")


def test_glossary_findings_with_bundled_glossary() -> None:
    glossary_module = pytest.importorskip("reltrans.glossary")
    glossary = glossary_module.load_glossaries()
    (planted,) = catalog_status([PO / "planted.po"], glossary=glossary)
    assert planted.glossary_findings == 2  # RT101 twice (lines 12 and 34); the unmet IOM is that RT101, not RT105 too


def test_unreadable_file_raises() -> None:
    with pytest.raises(CatalogError):
        catalog_status([PO / "broken.po"])


_PLURAL_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"
"X-Source-Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#, fuzzy
msgid "%d migrant"
msgid_plural "%d migrants"
msgstr[0] "%d migrant"
msgstr[1] "%d migrants"

msgid "%d personne"
msgid_plural "%d personnes"
msgstr[0] "%d person"
msgstr[1] "%d people"

msgid "Bonjour."
msgstr "Hello."
"""


def test_fuzzy_plural_entry_counts_as_fuzzy(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reltrans.checks import check_catalogs
    from reltrans.cli import cli

    po = tmp_path / "plural.po"
    po.write_text(_PLURAL_PO, encoding="utf-8")
    (row,) = catalog_status([po])
    assert (row.entries, row.translated, row.fuzzy, row.untranslated) == (3, 2, 1, 0)
    assert row.untranslated_words == 2  # "%d migrant": only the fuzzy entry is open
    assert [(f.code, f.line) for f in check_catalogs([po]).findings] == [("RT502", 9)]
    result = CliRunner().invoke(cli, ["status", "--format", "json", "--no-bundled-glossary", str(po)])
    assert result.exit_code == 0, result.output
    import json

    (data,) = json.loads(result.output)["files"]
    assert (data["translated"], data["fuzzy"], data["untranslated"]) == (2, 1, 0)


def test_without_findings_no_check_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import reltrans.checks.core as core

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("status without findings must not run the checks")

    monkeypatch.setattr(core, "check_one", refuse)
    clean, planted = catalog_status([PO / "clean.po", PO / "planted.po"], findings=False)
    assert planted.glossary_findings is None and (planted.translated, planted.fuzzy, planted.untranslated) == (6, 1, 1)
    assert clean.source_words == 38 and clean.to_dict()["glossary_findings"] is None


def test_one_word_count_for_translate_status_and_eval(tmp_path: Path) -> None:
    from reltrans.pipeline import TranslateSettings, translate_files
    from reltrans.words import count_words

    text = "Le HCR a aidé 9,8 millions de personnes l'an dernier.\n\nVoir www.unhcr.org/fr pour le rapport sous-régional.\n"
    source = tmp_path / "mots.fr.txt"
    source.write_text(text, encoding="utf-8")
    summary = translate_files([source], TranslateSettings(no_mt=True, bundled_glossary=False, enforce_terms=False))
    (row,) = catalog_status([summary.files[0].output], findings=False)
    expected = count_words("Le HCR a aidé 9,8 millions de personnes l'an dernier.") + count_words(
        "Voir www.unhcr.org/fr pour le rapport sous-régional."
    )
    assert expected == 10 + 8
    assert summary.files[0].words == row.source_words == expected


def _long_named_po(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "communiques-de-presse-du-bureau-regional-pour-l-afrique-de-l-ouest" / "2025"
    folder.mkdir(parents=True)
    long_name = folder / "rapport-annuel-sur-les-deplacements-internes-final.fr.en.po"
    shutil.copy(PO / "planted.po", long_name)
    return long_name


def test_status_on_a_terminal_fits_80_columns_shortening_names_in_the_middle(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reltrans.cli import cli

    long_name = _long_named_po(tmp_path)
    result = CliRunner().invoke(cli, ["status", str(long_name)], env={"COLUMNS": "80", "TTY_COMPATIBLE": "1", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.output).splitlines()  # a terminal gets bold headers
    assert max(len(line) for line in lines) <= 80
    row = next(line for line in lines if "…" in line)
    cell = row.split("│")[1].strip()
    assert cell.startswith("/tmp") and cell.endswith("l.fr.en.po") and len(cell) > 12  # start and end kept


def test_status_in_a_log_never_cuts_a_path(tmp_path: Path) -> None:
    """Off a terminal (a CI log, a pipe) the path is printed whole: on one line without
    COLUMNS, folded inside COLUMNS when it is set; never shortened."""
    from click.testing import CliRunner

    from reltrans.cli import cli

    long_name = _long_named_po(tmp_path)
    whole = CliRunner().invoke(cli, ["status", str(long_name)], env={"COLUMNS": "", "TTY_COMPATIBLE": "0"})
    assert whole.exit_code == 0, whole.output
    assert "…" not in whole.output and any(str(long_name) in line for line in whole.output.splitlines())
    folded = CliRunner().invoke(cli, ["status", str(long_name)], env={"COLUMNS": "80", "TTY_COMPATIBLE": "0"})
    lines = folded.output.splitlines()
    assert "…" not in folded.output and max(len(line) for line in lines) <= 80
    cells = "".join(line.split("│")[1].strip() for line in lines if line.startswith("│"))
    assert str(long_name) in cells


def test_shorten_middle() -> None:
    from reltrans.console import fit_to_width, shorten_middle

    assert shorten_middle("short.po", 20) == "short.po"
    assert shorten_middle("abcdefghijklmnopqrstuvwxyz", 10) == "abc…uvwxyz"
    rows = fit_to_width(["file", "n"], [["x" * 100, "1"]], 80)
    assert len(rows[0][0]) == 80 - 1 - 6 - 1


def test_a_file_without_entries_has_no_percentage(tmp_path: Path) -> None:
    path = tmp_path / "empty.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n', encoding="utf-8")
    [row] = catalog_status([path])
    assert row.entries == 0 and row.percent_translated is None
    assert row.to_dict()["percent_translated"] is None
