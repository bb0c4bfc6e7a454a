"""TBX v2/v3 import, export, round trip and unsafe XML."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.errors import GlossaryError
from reltrans.glossary import (
    export_glossary,
    import_glossary,
    load_glossaries,
    load_glossary,
)
from reltrans.glossary.fileformat import loads_toml
from reltrans.glossary.tbx import parse_tbx

DATA = Path(__file__).parent / "data" / "glossary"


def test_import_v2_martif():
    g = import_glossary(DATA / "v2.tbx")
    assert g.name == "Sample martif"
    iom = g.get("c1")
    assert iom.domain == "organization" and iom.source == "UNTERM" and iom.note == "Intergovernmental organization."
    assert [(t.lang, t.text, t.status) for t in iom.terms] == [
        ("fr", "OIM", "preferred"),
        ("en", "IOM", "preferred"),
        ("en", "I.O.M.", "forbidden"),
    ]
    refugee = g.get("refugee-term")  # id made valid; tig without status; region dropped from xml:lang
    assert [(t.lang, t.text, t.status) for t in refugee.terms] == [
        ("fr", "réfugié", "preferred"),
        ("en", "refugee", "preferred"),
        ("en", "refugees", "admitted"),
    ]


def test_import_v3():
    g = load_glossary(DATA / "v3.tbx")
    c = g.get("smuggling")
    assert [t.text for t in c.allowed("en")] == ["smuggling of migrants", "migrant smuggling"]
    assert [t.text for t in c.forbidden("en")] == ["trafficking of migrants"]
    assert g.languages == ("fr", "en")


@pytest.mark.parametrize("fmt", ["tbx", "tbx2"])
def test_bundled_round_trip_keeps_digest(fmt):
    bundled = load_glossaries()
    text = export_glossary(bundled, fmt)
    back = parse_tbx(text)
    assert [c.id for c in back.concepts] == [c.id for c in bundled.concepts]
    assert back.digest == bundled.digest
    assert back.name == bundled.name


def test_round_trip_keeps_reltrans_extras():
    g = loads_toml(
        '[glossary]\nname = "x"\n[[concept]]\nid = "2030-agenda"\nsource = "s"\ndnt = true\nfr = ["Programme 2030"]\n'
        'en = ["2030 Agenda"]\ninflect = false\ncase_sensitive = ["2030 Agenda"]\n'
        'context_before = { fr = "(?i)\\\\ble\\\\s+$" }\nexclude_after = { fr = "^\\\\s+de" }\n'
    )
    text = export_glossary(g, "tbx")
    assert 'xmlns="urn:iso:std:iso:30042:ed-2"' in text and 'style="dca"' in text
    assert 'id="c-2030-agenda"' in text  # XML ids cannot start with a digit
    back = parse_tbx(text)
    assert back.digest == g.digest
    concept = back.get("2030-agenda")
    assert concept.dnt and concept.context_before == {"fr": "(?i)\\ble\\s+$"}
    assert "<martif" in export_glossary(g, "tbx2")


@pytest.mark.parametrize("name", ["xxe.tbx", "bomb.tbx"])
def test_unsafe_xml_rejected(name):
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / name)
    message = str(info.value)
    assert "unsafe XML rejected" in message and "\n" not in message
    assert "root:" not in message  # nothing from /etc/passwd


def test_malformed_and_not_tbx(tmp_path):
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / "malformed.tbx")
    assert info.value.line == 4 and "malformed XML" in info.value.message
    other = tmp_path / "x.xml"
    other.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(GlossaryError, match="not a TBX file"):
        load_glossary(other)


BAD_RULE_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="x">
      <descrip type="source">s</descrip>
      <note>reltrans:{"context_after": {"fr": "^(unclosed"}}</note>
      <langSec xml:lang="fr"><termSec><term>traite</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>trafficking</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_bad_regex_in_reltrans_note_is_a_one_line_glossary_error(tmp_path):
    path = tmp_path / "t.tbx"
    path.write_text(BAD_RULE_TBX, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "concept x: context_after.fr: bad regex" in message
    assert "\n" not in message and ":0:" not in message


def test_tbx_concepts_have_no_line_number():
    assert all(c.line is None for c in load_glossary(DATA / "v3.tbx").concepts)
