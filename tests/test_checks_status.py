"""catalog_status: per-file counts of translated / fuzzy / untranslated entries and words."""
from __future__ import annotations

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
    assert planted.source_words == 28 and planted.untranslated_words == 5  # "L'OIM et le HCR." + "Bonjour."
    assert planted.glossary_findings == 1  # RT105 needs no glossary
    assert (clean.source_lang, clean.target_lang) == ("fr", "en")


def test_glossary_findings_with_bundled_glossary() -> None:
    glossary_module = pytest.importorskip("reltrans.glossary")
    glossary = glossary_module.load_glossaries()
    (planted,) = catalog_status([PO / "planted.po"], glossary=glossary)
    assert planted.glossary_findings == 3  # RT101 twice (lines 12 and 34), RT105 once


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
