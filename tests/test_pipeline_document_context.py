"""The translate pipeline applies the glossary's document rules (issue 14): one glossary per
run, as it applies to the run's source files (their whole text)."""
from __future__ import annotations

from pathlib import Path

from reltrans.glossary import Concept, Glossary, Term
from reltrans.pipeline import TranslateSettings, _document_glossary, _prepare


def t(text: str, lang: str) -> Term:
    return Term(text, lang, "preferred", False, True)


GLOSSARY = Glossary((
    Concept("smuggler", (t("trafiquant", "fr"), t("smuggler", "en")), when_document_mentions={"fr": ("passeur",)}),
    Concept("trafficker", (t("trafiquant", "fr"), t("trafficker", "en")), unless_document_mentions={"fr": ("passeur",)}),
))


def prepared(tmp_path: Path, *texts: str) -> list:
    items = []
    for i, text in enumerate(texts):
        source = tmp_path / f"r{i}.txt"
        source.write_text(text, encoding="utf-8")
        items.append(_prepare(source, tmp_path / f"r{i}.en.po", TranslateSettings()))
    return items


def ids(glossary: Glossary) -> list[str]:
    return [c.id for c in glossary.concepts]


def test_one_file_gets_the_glossary_as_it_applies_to_its_text(tmp_path: Path) -> None:
    smuggling = prepared(tmp_path, "Les passeurs exploitent les migrants.\n\nLes trafiquants ont été arrêtés.\n")
    assert ids(_document_glossary(GLOSSARY, smuggling, TranslateSettings())) == ["smuggler"]
    trafficking = prepared(tmp_path, "Les trafiquants ont été arrêtés.\n")
    assert ids(_document_glossary(GLOSSARY, trafficking, TranslateSettings())) == ["trafficker"]


def test_files_that_disagree_keep_the_glossary_as_written(tmp_path: Path) -> None:
    both = prepared(tmp_path, "Les passeurs exploitent les migrants.\n", "Les trafiquants ont été arrêtés.\n")
    assert _document_glossary(GLOSSARY, both, TranslateSettings()) is GLOSSARY
    assert _document_glossary(None, both, TranslateSettings()) is None
