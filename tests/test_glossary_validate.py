"""Glossary validation findings."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.errors import GlossaryError
from reltrans.glossary import bundled_glossary_path, validate_glossary
from reltrans.model import Severity

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture(scope="module")
def findings():
    return validate_glossary(DATA / "bad_semantic.toml")


def codes(findings):
    return [(f.code, f.line) for f in findings]


def test_every_problem_is_reported_with_its_line(findings):
    assert codes(findings) == [
        ("GL101", 11),
        ("GL103", 17),
        ("GL103", 22),
        ("GL104", 32),
        ("GL106", 39),
        ("GL105", 47),
        ("GL108", 53),
        ("GL107", 66),
    ]
    assert all(f.path == str(DATA / "bad_semantic.toml") for f in findings)


def test_severities_and_messages(findings):
    by_code = {f.code: f for f in findings}
    assert by_code["GL106"].severity == Severity.WARNING and "en_forbiden" in by_code["GL106"].message
    assert by_code["GL107"].severity == Severity.WARNING
    assert by_code["GL105"].severity == Severity.ERROR and "'HCR'" in by_code["GL105"].message
    assert "bad regex" in by_code["GL104"].message
    assert str(by_code["GL101"]).startswith(f"{DATA / 'bad_semantic.toml'}:11: GL101 ")


def test_clean_fixture_has_no_errors():
    assert [f for f in validate_glossary(DATA / "small.toml") if f.severity >= Severity.ERROR] == []


def test_bundled_glossary_has_no_errors():
    errors = [str(f) for f in validate_glossary(bundled_glossary_path()) if f.severity >= Severity.ERROR]
    assert errors == []


def test_context_rules_make_shared_source_terms_legal(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(
        '[glossary]\nname = "g"\nlanguages = ["fr", "en"]\n'
        '[[concept]]\nid = "dg"\nsource = "s"\nfr = ["Directeur général"]\nen = ["Director General"]\n'
        '[[concept]]\nid = "dg-who"\nsource = "s"\nfr = ["Directeur général"]\nen = ["Director-General"]\n'
        'context_after = { fr = "^\\\\s+de\\\\s+l[\'’]OMS" }\n',
        encoding="utf-8",
    )
    assert [f for f in validate_glossary(path) if f.severity >= Severity.ERROR] == []


def test_foreign_formats_are_validated(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("fr,en\nOIM,IOM\n", encoding="utf-8")
    assert [(f.code, f.line) for f in validate_glossary(path)] == [("GL103", 2)]  # no source column


def test_unparsable_raises():
    with pytest.raises(GlossaryError):
        validate_glossary(DATA / "bad_syntax.toml")
