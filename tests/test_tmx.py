"""TMX 1.4 reading (safe XML, inline codes, language pairs) and writing (escaping, round trip)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.errors import MemoryStoreError
from reltrans.tmx import TmxUnit, parse_tmx, read_tmx, write_tmx

SAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
          srclang="fr-FR" datatype="plaintext" creationdate="20230405T060708Z"/>
  <body>
    <tu creationdate="20240131T120000Z">
      <tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>Conseil<ept i="1">&lt;/b&gt;</ept> se r\xc3\xa9unit.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>The <hi>Council</hi> meets.</seg></tuv>
      <tuv xml:lang="es"><seg>El Consejo se re\xc3\xbane.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="fr-FR"><seg>Bonjour &amp; bienvenue</seg></tuv>
      <tuv lang="en-GB"><seg>Hello &amp; welcome</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_parse_pairs_inline_codes_and_dates() -> None:
    units = parse_tmx(SAMPLE, "sample.tmx")
    assert [(u.source_lang, u.target_lang) for u in units] == [("fr-FR", "en-GB"), ("fr-FR", "es"), ("fr-FR", "en-GB")]
    first = units[0]
    assert first.source == "Le Conseil se réunit." and first.target == "The Council meets."
    assert first.created == "2024-01-31T12:00:00Z"
    assert units[2].created == "2023-04-05T06:07:08Z"  # header date when the unit has none
    assert units[2].source == "Bonjour & bienvenue" and units[2].reviewed is None


def test_all_srclang_gives_every_direction() -> None:
    data = SAMPLE.replace(b'srclang="fr-FR"', b'srclang="*all*"')
    units = parse_tmx(data)
    assert ("en-GB", "fr-FR") in {(u.source_lang, u.target_lang) for u in units}


def test_write_escapes_and_round_trips() -> None:
    tricky = TmxUnit("fr", "en", 'A < B & "C" > D\r\n  kept  ', "x]]>y <seg>", created="2024-01-31T12:00:00Z",
                     origin="reviewed", reviewed=False, origin_file="a&b.po")
    text = write_tmx([tricky, TmxUnit("fr", "en", "Deux", "Two")], created="2024-02-01T00:00:00Z")
    assert 'creationtool="reltrans"' in text and 'segtype="sentence"' in text and 'datatype="plaintext"' in text
    assert 'srclang="fr"' in text and 'o-tmf=' in text and 'adminlang="en"' in text
    assert 'creationdate="20240131T120000Z"' in text
    back = parse_tmx(text.encode("utf-8"))
    assert back[0] == tricky
    assert back[1].source == "Deux" and back[1].reviewed is None


def test_mixed_source_languages_use_all() -> None:
    text = write_tmx([TmxUnit("fr", "en", "Un", "One"), TmxUnit("es", "en", "Uno", "One")])
    assert 'srclang="*all*"' in text and '<tu srclang="es">' in text
    assert {(u.source_lang, u.source) for u in parse_tmx(text.encode())} >= {("fr", "Un"), ("es", "Uno")}


def test_control_characters_are_dropped() -> None:
    text = write_tmx([TmxUnit("fr", "en", "a\x0bb", "c\x00d")])
    assert parse_tmx(text.encode())[0].source == "ab"


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx><body>&xxe;</body></tmx>',
        b'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<tmx><body>&b;</body></tmx>',
        b'<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]>\n<tmx/>',
    ],
    ids=["xxe", "billion-laughs", "parameter-entity"],
)
def test_entities_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "evil.tmx"
    path.write_bytes(payload)
    with pytest.raises(MemoryStoreError) as caught:
        read_tmx(path)
    message = str(caught.value)
    assert "evil.tmx" in message and "\n" not in message and "entit" in message


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_bytes(b'<?xml version="1.0"?>\n<tmx>\n<body>\n<tu>\n</body>\n</tmx>\n')
    with pytest.raises(MemoryStoreError) as caught:
        read_tmx(path)
    assert caught.value.line == 5 and f"{path}:5: E-TM malformed XML" in str(caught.value)


@pytest.mark.parametrize(
    "payload, fragment",
    [
        (b"<root/>", "not a TMX file"),
        (b"<tmx><header/></tmx>", "no <body>"),
        (b"<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", "without xml:lang"),
        (b'<tmx><body><tu><tuv xml:lang="fr"></tuv></tu></body></tmx>', "without <seg>"),
    ],
)
def test_invalid_structure(payload: bytes, fragment: str) -> None:
    with pytest.raises(MemoryStoreError, match=fragment):
        parse_tmx(payload, "x.tmx")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(MemoryStoreError, match="no such file"):
        read_tmx(tmp_path / "none.tmx")
    with pytest.raises(MemoryStoreError, match="directory"):
        read_tmx(tmp_path)


# --------------------------------------------------------------------------- hostile input
def _unit(languages: int) -> bytes:
    variants = "".join(f'<tuv xml:lang="x{n}"><seg>s{n}</seg></tuv>' for n in range(languages))
    return f"<tu>{variants}</tu>".encode()


def _tmx(*units: bytes, srclang: str = "*all*") -> bytes:
    return (f'<tmx version="1.4"><header srclang="{srclang}"/><body>'.encode() + b"".join(units) + b"</body></tmx>")


@pytest.mark.parametrize("newline", [b"\r", b"\r\n"])
def test_cr_and_crlf_line_ends_read_like_lf(newline: bytes) -> None:
    expected = [(u.source, u.target, u.target_lang) for u in parse_tmx(SAMPLE)]
    assert [(u.source, u.target, u.target_lang) for u in parse_tmx(SAMPLE.replace(b"\n", newline))] == expected


def test_all_srclang_with_too_many_variants_in_a_unit_is_refused() -> None:
    from reltrans.tmx import MAX_VARIANTS_PER_UNIT

    assert parse_tmx(_tmx(_unit(4))) and len(parse_tmx(_tmx(_unit(4)))) == 12  # every ordered pair
    with pytest.raises(MemoryStoreError, match="MAX_VARIANTS_PER_UNIT") as caught:
        parse_tmx(_tmx(_unit(3), _unit(MAX_VARIANTS_PER_UNIT + 1)), "wide.tmx")
    assert str(caught.value).startswith("wide.tmx: ") and "translation unit 2" in str(caught.value)


def test_quadratic_all_srclang_file_is_refused_not_expanded() -> None:
    """The reported case: one unit with 2,000 variants (86 KB) used to give 4 million pairs."""
    with pytest.raises(MemoryStoreError, match="variants"):
        parse_tmx(_tmx(_unit(2000)), "bomb.tmx")


def test_total_pairs_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from reltrans import tmx

    monkeypatch.setattr(tmx, "MAX_TMX_PAIRS", 20)
    assert len(parse_tmx(_tmx(_unit(3), _unit(3), _unit(3)))) == 18
    with pytest.raises(MemoryStoreError, match="MAX_TMX_PAIRS"):
        parse_tmx(_tmx(_unit(3), _unit(3), _unit(3), _unit(3)), "many.tmx")


def test_deeply_nested_inline_markup_is_one_error() -> None:
    seg = "<hi>" * 5000 + "deep" + "</hi>" * 5000
    data = _tmx(f'<tu><tuv xml:lang="fr"><seg>{seg}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'.encode(), srclang="fr")
    with pytest.raises(MemoryStoreError, match="nested") as caught:
        parse_tmx(data, "deep.tmx")
    assert "\n" not in str(caught.value)


def test_moderately_nested_inline_markup_keeps_its_text() -> None:
    seg = "<hi>a<hi>b<hi>c</hi></hi>d</hi>e"
    data = _tmx(f'<tu><tuv xml:lang="fr"><seg>{seg}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>'.encode(), srclang="fr")
    assert parse_tmx(data)[0].source == "abcde"


def test_special_files_and_oversized_tmx_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from reltrans import tmx

    fifo = tmp_path / "pipe.tmx"
    os.mkfifo(fifo)  # refused before it is opened: a reader would block here
    with pytest.raises(MemoryStoreError, match="FIFO"):
        read_tmx(fifo)
    monkeypatch.setattr(tmx, "MAX_TMX_BYTES", 100)
    big = tmp_path / "big.tmx"
    big.write_bytes(_tmx(_unit(20), srclang="x0"))
    with pytest.raises(MemoryStoreError, match="MAX_TMX_BYTES"):
        read_tmx(big)
