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
