"""CSV/TSV import and export."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.errors import GlossaryError
from reltrans.glossary import export_glossary, load_glossary
from reltrans.glossary.tabular import parse_tabular

DATA = Path(__file__).parent / "data" / "glossary"


def test_import_csv():
    g = load_glossary(DATA / "small.csv")
    assert [c.id for c in g.concepts] == ["iom", "refugie", "trafic-illicite-de-migrants"]
    refugee = g.get("refugie")
    assert [t.text for t in refugee.allowed("fr")] == ["réfugié", "réfugiée"]
    assert refugee.source == "UNHCR Master Glossary, 2006" and refugee.domain == "protection"
    smuggling = g.concepts[2]
    assert [t.text for t in smuggling.allowed("en")] == ["smuggling of migrants", "migrant smuggling"]
    assert [t.text for t in smuggling.forbidden("en")] == ["trafficking of migrants"]
    assert g.get("iom").line == 2


def test_import_tsv():
    g = load_glossary(DATA / "small.tsv")
    assert [t.text for t in g.concepts[1].allowed("en")] == ["internally displaced person", "IDP"]
    assert g.concepts[0].source == "UNTERM"


@pytest.mark.parametrize(("name", "line", "fragment"), [("bad_quote.csv", 3, "malformed CSV"), ("bad_fields.csv", 3, "3 fields")])
def test_malformed(name, line, fragment):
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / name)
    assert info.value.line == line and fragment in info.value.message


def test_header_problems():
    with pytest.raises(GlossaryError, match="unknown column 'target'"):
        parse_tabular("fr,target\nOIM,IOM\n")
    with pytest.raises(GlossaryError, match="no language column"):
        parse_tabular("id,note\na,b\n")
    with pytest.raises(GlossaryError, match="duplicate id") as info:
        parse_tabular("id,fr,en\na,OIM,IOM\na,HCR,UNHCR\n")
    assert info.value.line == 3


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_export_round_trip(fmt):
    g = load_glossary(DATA / "small.toml")
    text = export_glossary(g, fmt)
    back = parse_tabular(text, delimiter="\t" if fmt == "tsv" else ",")
    assert [c.id for c in back.concepts] == [c.id for c in g.concepts]
    for a, b in zip(g.concepts, back.concepts):
        assert [(t.lang, t.text, t.status) for t in a.terms] == [(t.lang, t.text, t.status) for t in b.terms]
        assert (a.source, a.note, a.domain, a.dnt) == (b.source, b.note, b.domain, b.dnt)


def test_export_rejects_separator_in_term():
    g = parse_tabular("fr,en\nA/B,x\n")
    bad = g.concepts[0]
    from dataclasses import replace

    from reltrans.glossary import Glossary, Term

    broken = Glossary((replace(bad, terms=(Term("a|b", "fr", "preferred", False, True),)),))
    with pytest.raises(GlossaryError, match="variant separator"):
        export_glossary(broken, "csv")


def test_csv_export_warns_about_what_it_cannot_carry() -> None:
    import warnings

    from reltrans.glossary import export_glossary

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        export_glossary(load_glossary(DATA / "small.toml"), "csv")
    messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    assert any("lose their case/inflection settings" in m for m in messages)


KIND_TOML = """[glossary]
languages = ["fr", "en"]

[[concept]]
id = "sudanese"
source = "test"
fr = ["soudanais"]
en = ["Sudanese"]
kind = "vocabulary"

[[concept]]
id = "sg"
source = "test"
fr = ["Secrétaire général"]
en = ["Secretary-General"]
kind = "title"

[[concept]]
id = "iom"
source = "test"
fr = ["OIM"]
en = ["IOM"]
"""


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_export_carries_declared_kind(fmt):
    from reltrans.glossary.fileformat import loads_toml

    g = loads_toml(KIND_TOML)
    text = export_glossary(g, fmt)
    assert text.splitlines()[0].split("\t" if fmt == "tsv" else ",")[-1] == "kind"
    back = parse_tabular(text, delimiter="\t" if fmt == "tsv" else ",")
    assert [c.kind for c in back.concepts] == ["vocabulary", "title", "acronym"]


def test_import_rejects_unknown_kind():
    with pytest.raises(GlossaryError, match="kind must be one of") as info:
        parse_tabular("fr,en,kind\nOIM,IOM,acronym\nsoudanais,Sudanese,adjective\n")
    assert info.value.line == 3


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_export_carries_rules_and_document_context(fmt):
    import warnings

    from reltrans.glossary import load_glossaries

    bundled = load_glossaries()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # case/inflection settings are still lost, with a warning
        text = export_glossary(bundled, fmt)
    back = parse_tabular(text, delimiter="\t" if fmt == "tsv" else ",")

    def carried(concept):
        return {k: v for k, v in concept.canonical().items() if k not in ("terms", "id")}

    assert [c.id for c in back.concepts] == [c.id for c in bundled.concepts]
    assert [carried(c) for c in back.concepts] == [carried(c) for c in bundled.concepts]
    smuggling = back.for_document(text="Le trafic illicite de migrants progresse.").get("smuggler-bare")
    assert smuggling is not None and back.for_document(text="La traite des personnes.").get("smuggler-bare") is None
    assert back.get("clandestin-noun").pos == {"fr": "noun"} and back.get("climate-refugee").review


@pytest.mark.parametrize(
    ("cell", "message"),
    [('{"context_before": {"fr": "(a|a)*$"}}', "backtrack"), ("{not json", "not valid JSON"), ('["x"]', "JSON object")],
)
def test_import_rejects_bad_rules_with_the_line(cell, message):
    with pytest.raises(GlossaryError, match=message) as info:
        parse_tabular(f"fr\ten\trules\nOIM\tIOM\t\nclandestins\tirregular migrants\t{cell}\n", delimiter="\t")
    assert info.value.line == 3
