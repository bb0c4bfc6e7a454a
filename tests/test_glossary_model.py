"""Own TOML format, loading, merging, digest, bundled glossary."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reltrans.errors import GlossaryError
from reltrans.glossary import (
    Glossary,
    bundled_glossary_path,
    dump_toml,
    load_glossaries,
    load_glossary,
)
from reltrans.glossary.fileformat import loads_toml

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture(scope="module")
def small() -> Glossary:
    return load_glossary(DATA / "small.toml")


def test_load_small(small):
    assert small.name == "UN terminology, French-English"
    assert small.version == "2026.11"
    assert small.languages == ("fr", "en")
    iom = small.get("iom")
    assert iom is not None and iom.line == 7 and iom.path == str(DATA / "small.toml")
    assert iom.preferred("fr").text == "OIM" and iom.preferred("en").text == "IOM"
    assert [t.text for t in iom.forbidden("en")] == ["I.O.M."]
    assert iom.preferred("es") is None and small.get("nope") is None


def test_auto_case_and_inflection(small):
    oim = small.get("iom").preferred("fr")
    assert oim.case_sensitive and not oim.inflect
    refugee = small.get("refugee").preferred("fr")
    assert not refugee.case_sensitive and refugee.inflect
    covid = small.get("covid-19").preferred("en")
    assert covid.case_sensitive
    assert all(t.case_sensitive for t in small.get("member-states").terms)  # explicit case_sensitive = true


def test_allowed_and_source_terms(small):
    idp = small.get("idp")
    assert [t.text for t in idp.allowed("en")] == ["internally displaced person", "IDP"]
    assert [t.status for t in idp.allowed("en")] == ["preferred", "admitted"]
    assert idp.source_terms("fr") == idp.allowed("fr")


def test_contexts_loaded(small):
    assert "fr" in small.get("trafficking").context_before


def test_dump_toml_round_trip_is_stable(small):
    text = dump_toml(small)
    again = loads_toml(text)
    assert again.digest == small.digest
    assert dump_toml(again) == text
    assert [c.id for c in again.concepts] == [c.id for c in small.concepts]


def test_dump_toml_escapes_and_mixed_case_rule():
    g = loads_toml(
        '[glossary]\nname = "t"\nlanguages = ["fr", "en"]\n[[concept]]\nid = "q"\nsource = "a \\"quoted\\" \\\\ src"\n'
        'fr = ["Unies"]\nen = ["UN", "Nations"]\ncase_sensitive = ["Unies", "Nations"]\n'
    )
    text = dump_toml(g)
    assert 'source = "a \\"quoted\\" \\\\ src"' in text
    again = loads_toml(text)
    assert again.digest == g.digest
    assert [t.case_sensitive for t in again.get("q").terms] == [True, False, True]  # only the listed terms


def test_digest_changes_with_content(small):
    other = loads_toml(dump_toml(small).replace('en = ["IOM"]', 'en = ["IOM", "I O M"]'))
    assert other.digest != small.digest
    assert len(small.digest) == 12


def test_merged_overrides_in_place(small):
    override = loads_toml('[glossary]\nname = "o"\n[[concept]]\nid = "iom"\nsource = "x"\nfr = ["OIM"]\nen = ["UN Migration"]\n'
                          '[[concept]]\nid = "new"\nsource = "x"\nfr = ["apatride"]\nen = ["stateless person"]\n')
    merged = small.merged(override)
    assert merged.get("iom").preferred("en").text == "UN Migration"
    assert [c.id for c in merged.concepts][0] == "iom"
    assert merged.concepts[-1].id == "new"
    assert len(merged) == len(small) + 1


def test_load_glossaries_bundled_then_overrides(tmp_path):
    bundled = load_glossaries()
    assert len(bundled) >= 10
    assert bundled.get("iom") is not None
    extra = tmp_path / "extra.toml"
    extra.write_text('[glossary]\nname = "e"\n[[concept]]\nid = "iom"\nsource = "x"\nfr = ["OIM"]\nen = ["IOM (UN Migration)"]\n',
                     encoding="utf-8")
    merged = load_glossaries([extra])
    assert merged.get("iom").preferred("en").text == "IOM (UN Migration)"
    assert load_glossaries([extra], bundled=False).concepts[0].id == "iom"
    assert len(load_glossaries([extra], bundled=False)) == 1


def test_bundled_path_is_in_package():
    path = bundled_glossary_path()
    assert path.name == "un-fr-en.toml" and path.is_file()


def test_syntax_error_has_line():
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / "bad_syntax.toml")
    assert info.value.line == 6 and "invalid TOML" in str(info.value)
    assert str(info.value).startswith(str(DATA / "bad_syntax.toml") + ":6: E-GLOSSARY")


def test_semantic_error_has_concept_line():
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / "bad_semantic.toml")
    assert info.value.line == 11 and "duplicate concept id 'iom'" in info.value.message


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ('[[concept]]\nid = "Bad Id"\nfr = ["a"]\n', 2, "id must match"),
        ('[[concept]]\nid = "a"\nfr = [1]\n', 3, "list of strings"),
        ('[[concept]]\nid = "a"\nsource = "x"\n', 1, "no terms"),
        ('[[concept]]\nid = "a"\nfr = ["x"]\ncontext_before = { fr = "(" }\n', 4, "bad regex"),
        ('[[concept]]\nid = "a"\nfr = ["x"]\ndnt = "yes"\n', 4, "dnt must be"),
    ],
)
def test_structural_errors(body, line, fragment):
    with pytest.raises(GlossaryError) as info:
        loads_toml(body, "g.toml")
    assert info.value.line == line and fragment in info.value.message


def test_unreadable_files(tmp_path):
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('[glossary]\nname = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(GlossaryError, match="UTF-8") as info:
        load_glossary(bad)
    assert info.value.line == 2
    shutil.copy(DATA / "small.toml", tmp_path / "g.toml")
    assert len(load_glossary(tmp_path / "g.toml")) == 17
