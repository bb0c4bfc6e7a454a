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


def test_tbx_bad_regex_reported_without_line_zero(tmp_path):
    from test_glossary_tbx import BAD_RULE_TBX

    from reltrans.glossary.validate import format_finding

    path = tmp_path / "t.tbx"
    path.write_text(BAD_RULE_TBX, encoding="utf-8")
    findings = [f for f in validate_glossary(path) if f.code == "GL104"]
    assert len(findings) == 1 and findings[0].severity == Severity.ERROR
    assert format_finding(findings[0]).startswith(f"{path}: GL104 concept x: context_after.fr: bad regex")


def test_gl109_is_one_explained_info_line_per_concept_pair(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(
        '[glossary]\nname = "g"\nlanguages = ["fr", "en"]\n'
        '[[concept]]\nid = "smuggler"\nsource = "s"\nfr = ["passeur"]\nen = ["smuggler"]\n'
        'en_forbidden = ["trafficker", "human trafficker"]\n'
        '[[concept]]\nid = "trafficker"\nsource = "s"\nfr = ["trafiquant"]\nen = ["trafficker", "human trafficker"]\n',
        encoding="utf-8",
    )
    (info,) = validate_glossary(path)
    assert (info.code, info.severity, info.line) == ("GL109", Severity.INFO, 4)
    assert "(info)" in info.message and "'trafficker', 'human trafficker'" in info.message
    assert "allowed in concept trafficker" in info.message and "fine when the concepts differ" in info.message


def test_capital_forbidden_spelling_of_a_lower_case_term_is_not_shadowed(tmp_path):
    # the allowed 'sub-Saharan Africa' also matches 'Sub-Saharan Africa' where a sentence
    # starts; inside a sentence the capital stays the forbidden spelling, so no GL108
    path = tmp_path / "g.toml"
    path.write_text(
        '[glossary]\nname = "x"\nversion = "1"\nlanguages = ["fr", "en"]\n\n'
        '[[concept]]\nid = "ssa"\ndomain = "place"\nsource = "UNTERM"\n'
        'fr = ["Afrique subsaharienne"]\nen = ["sub-Saharan Africa"]\nen_forbidden = ["Sub-Saharan Africa"]\n'
        "case_sensitive = true\ninflect = false\n",
        encoding="utf-8",
    )
    assert [f.code for f in validate_glossary(path) if f.severity == Severity.ERROR] == []
    from reltrans.glossary import build_matcher, load_glossary

    en = build_matcher(load_glossary(path), "en")
    assert [(m.surface, m.status) for m in en.find("Sub-Saharan Africa grows. In Sub-Saharan Africa")] == [
        ("Sub-Saharan Africa", "preferred"),
        ("Sub-Saharan Africa", "forbidden"),
    ]


def test_bundled_glossary_loads_the_same_without_the_pattern_check():
    # the bundled file skips the regex safety check at load (it is checked above); a user's
    # glossary is always checked
    from reltrans.glossary import load_glossaries
    from reltrans.glossary.fileformat import load_toml

    assert load_glossaries().concepts == load_toml(bundled_glossary_path()).concepts


def test_user_glossary_with_a_catastrophic_pattern_is_refused(tmp_path):
    import pytest

    from reltrans.errors import GlossaryError
    from reltrans.glossary import load_glossaries

    path = tmp_path / "mine.toml"
    path.write_text('[glossary]\nlanguages = ["fr", "en"]\n\n[[concept]]\nid = "x"\nfr = ["x"]\nen = ["x"]\n'
                    'context_before = { fr = "(a+)+$" }\n', encoding="utf-8")
    with pytest.raises(GlossaryError, match="context_before"):
        load_glossaries([path])
