from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reltrans.errors import InputError
from reltrans.textio import DecodedText, encode_text, has_visible_text, read_source

FRENCH = "L'OIM soutient la formation des travailleurs saoudiens.\r\n« Ces formations », a déclaré M. Zarkani.\n"


def _write(tmp_path: Path, data: bytes, name: str = "release.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _roundtrip(path: Path) -> DecodedText:
    decoded = read_source(path)
    assert encode_text(decoded.text, decoded.encoding, decoded.bom) == path.read_bytes()
    return decoded


def test_utf8_without_bom_keeps_crlf(tmp_path: Path) -> None:
    decoded = _roundtrip(_write(tmp_path, FRENCH.encode("utf-8")))
    assert decoded == DecodedText(FRENCH, "utf-8", False, ())
    assert "\r\n" in decoded.text


def test_utf8_with_bom(tmp_path: Path) -> None:
    decoded = _roundtrip(_write(tmp_path, codecs.BOM_UTF8 + FRENCH.encode("utf-8")))
    assert decoded.text == FRENCH and decoded.bom and decoded.encoding == "utf-8"


def test_lone_cr_newlines_kept(tmp_path: Path) -> None:
    decoded = _roundtrip(_write(tmp_path, b"Titre\rTexte.\r"))
    assert decoded.text == "Titre\rTexte.\r"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(tmp_path: Path, bom: bytes, encoding: str) -> None:
    decoded = _roundtrip(_write(tmp_path, bom + FRENCH.encode(encoding)))
    assert decoded.text == FRENCH and decoded.encoding == encoding and decoded.bom


def test_cp1252_is_detected_with_warning(tmp_path: Path) -> None:
    text = "Les réfugiés – 2,5 % – ont reçu 100 € chacun. « Déjà » œuvre\r\n"
    decoded = _roundtrip(_write(tmp_path, text.encode("cp1252")))
    assert decoded.text == text and decoded.encoding == "cp1252"
    assert decoded.warnings == (
        "decoded as cp1252 (not valid UTF-8: no valid UTF-8 multi-byte sequence; "
        f"{sum(b >= 0x80 for b in text.encode('cp1252'))} byte(s) >= 0x80, first at line 1)",
    )


def test_latin1_with_bytes_undefined_in_cp1252(tmp_path: Path) -> None:
    data = ("Réfugiés à Genève. " * 20).encode("latin-1") + b"\x81"
    decoded = _roundtrip(_write(tmp_path, data))
    assert decoded.encoding == "latin-1" and decoded.warnings


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"  \r\n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"x" * 50, "binary"),
        (b"texte\x00avec\x00des\x00nuls" * 3 + bytes(range(1, 9)) * 4, "binary"),
        (FRENCH.encode("utf-16-le"), "looks like UTF-16 without BOM; convert to UTF-8"),
        (FRENCH.encode("utf-16-be"), "looks like UTF-16 without BOM; convert to UTF-8"),
        (b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10" * 20, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "cannot decode as utf-16-le"),
        (b"caf\xc3\xa9 \x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f" * 3, "cannot decode"),
    ],
    ids=["empty", "whitespace", "png", "zip", "nul", "utf16le-nobom", "utf16be-nobom", "controls",
         "bad-utf16", "undecodable"],
)
def test_refused_inputs_name_the_path(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(InputError) as info:
        read_source(path)
    message = str(info.value)
    assert fragment in message
    assert str(path) in message and "\n" not in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, b"texte")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_source(path)
    finally:
        path.chmod(0o644)


def test_unreadable_file_reported_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, b"texte")

    real_open = os.open

    def deny(file: object, flags: int, *args: object) -> int:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(InputError, match="permission denied"):
        read_source(path)


def test_encode_text_errors() -> None:
    with pytest.raises(InputError, match="cannot encode"):
        encode_text("€ ✓", "latin-1", False)
    with pytest.raises(InputError, match="no byte-order mark"):
        encode_text("x", "cp1252", True)
    with pytest.raises(InputError, match="unknown encoding"):
        encode_text("x", "no-such-codec", False)


def test_large_single_paragraph(tmp_path: Path) -> None:
    text = ("La traite des personnes est un crime. " * 300_000).rstrip()  # ~11 MB
    decoded = _roundtrip(_write(tmp_path, text.encode("utf-8")))
    assert len(decoded.text) == len(text)


@settings(max_examples=60, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80).filter(has_visible_text),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from([("utf-8", False), ("utf-8", True), ("utf-16-le", True), ("utf-32-be", True)]),
)
def test_roundtrip_byte_for_byte(tmp_path_factory: pytest.TempPathFactory, text: str, newline: str,
                                 codec: tuple[str, bool]) -> None:
    encoding, bom = codec
    data = encode_text(text + newline + text, encoding, bom)
    path = tmp_path_factory.mktemp("rt") / "x.txt"
    path.write_bytes(data)
    decoded = read_source(path)
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    assert encode_text(decoded.text, decoded.encoding, decoded.bom) == data
