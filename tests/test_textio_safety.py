"""Hostile or damaged source files: stray bytes in UTF-8, special files, size cap, links.

Each case is one line of :class:`~reltrans.errors.InputError` (exit 3 through the CLI) that says
what is wrong and where, and nothing is decoded silently as something else.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_INPUT, EXIT_OK, InputError
from reltrans.textio import MAX_INPUT_BYTES, decode_bytes, read_source

# Many accented letters (valid UTF-8 multi-byte sequences) and one stray cp1252 byte on line 3.
STRAY_BYTE_RELEASE = (
    "Le Secrétaire général a salué l'accord.\n"
    "Les réfugiés déplacés recevront une aide d'urgence.\n".encode("utf-8")
    + b"Le Comit\xe9 se r\xc3\xa9unira \xe0 Gen\xc3\xa8ve.\n"
    + "Fin du communiqué.\n".encode("utf-8")
)


def _write(tmp_path: Path, data: bytes, name: str = "release.fr.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ stray bytes in UTF-8
def test_stray_byte_in_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, STRAY_BYTE_RELEASE)
    with pytest.raises(InputError) as info:
        read_source(path)
    message = str(info.value)
    assert message.startswith(f"{path}:3: E-INPUT cannot decode as UTF-8: invalid byte 0xe9 at column 9")
    assert "2 bad bytes in all, on line(s) 3" in message and "--invalid-bytes replace" in message
    assert "\n" not in message


def test_stray_byte_lines_are_counted_with_any_line_end() -> None:
    for newline in (b"\n", b"\r\n", b"\r"):
        data = STRAY_BYTE_RELEASE.replace(b"\n", newline)
        with pytest.raises(InputError) as info:
            decode_bytes(data, path="x.txt")
        assert info.value.line == 3


def test_stray_byte_after_utf8_bom_is_reported_too() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\xef\xbb\xbfR\xc3\xa9fugi\xc3\xa9s\n\xff\n", path="x.txt")
    assert info.value.line == 2 and "invalid byte 0xff" in str(info.value)


def test_replace_is_explicit_and_warns(tmp_path: Path) -> None:
    path = _write(tmp_path, STRAY_BYTE_RELEASE)
    decoded = read_source(path, invalid_bytes="replace")
    assert decoded.encoding == "utf-8"
    assert "Le Comit\ufffd se réunira \ufffd Genève." in decoded.text
    assert "Secrétaire général" in decoded.text  # not mojibake
    assert decoded.warnings == ("replaced 2 invalid UTF-8 byte(s) with U+FFFD on line(s) 3",)


def test_unknown_invalid_bytes_mode_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="invalid_bytes"):
        decode_bytes(b"x", invalid_bytes="ignore")


def test_legacy_fallback_names_its_evidence(tmp_path: Path) -> None:
    data = "Titre\n\nLe Comité se réunira à Genève.\n".encode("cp1252")
    decoded = read_source(_write(tmp_path, data))
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == (
        "decoded as cp1252 (not valid UTF-8: no valid UTF-8 multi-byte sequence; 4 byte(s) >= 0x80, first at line 3)",
    )


def test_cli_refuses_stray_byte_and_writes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, STRAY_BYTE_RELEASE)
    result = CliRunner().invoke(cli, ["translate", str(path), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}:3: E-INPUT cannot decode as UTF-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_cli_invalid_bytes_replace_translates_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, STRAY_BYTE_RELEASE)
    result = CliRunner().invoke(cli, ["translate", str(path), "--no-mt", "-q", "--invalid-bytes", "replace"])
    assert result.exit_code == EXIT_OK, result.output
    assert f"{path}: W-ENCODING replaced 2 invalid UTF-8 byte(s)" in result.stderr
    po = (tmp_path / "release.fr.en.po").read_text(encoding="utf-8")
    assert 'msgid "Le Comit\ufffd se réunira \ufffd Genève."' in po
    assert "Secrétaire général" in po


# ------------------------------------------------------------------ special files and size
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would block: the suite finishing proves it was not
    with pytest.raises(InputError, match="FIFO"):
        read_source(fifo)
    result = CliRunner().invoke(cli, ["translate", str(fifo), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT and "not a regular file" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.txt"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["translate", "segment", "build"])
def test_dev_zero_is_refused(tmp_path: Path, command: str) -> None:
    po = tmp_path / "ok.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8")
    args = {"translate": ["translate", "/dev/zero", "--no-mt", "-q", "-o", str(tmp_path)],
            "segment": ["segment", "/dev/zero"],
            "build": ["build", "/dev/zero", str(po), "-o", str(tmp_path / "out.txt")]}[command]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == EXIT_INPUT, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "/dev/zero: E-INPUT is a character device, not a regular file" in lines[0]


def test_file_over_the_cap_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # sparse: no disk space, no reading
        out.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(InputError, match=r"file too large: .* the limit is 128 MiB \(MAX_INPUT_BYTES\)"):
        read_source(path)


# ------------------------------------------------------------------ links
def test_symlink_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(InputError, match="symbolic link loop"):
        read_source(tmp_path / "a.txt")
    for args in (["translate", str(tmp_path / "a.txt"), "--no-mt", "-q"], ["segment", str(tmp_path / "a.txt")]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == EXIT_INPUT and "symbolic link loop" in result.stderr, result.output


def test_dangling_symlink_is_named(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="dangling symbolic link"):
        read_source(tmp_path / "link.txt")


# ------------------------------------------------------------------ no visible text
@pytest.mark.parametrize(
    "text",
    ["\u200b\u200b\n", "\ufeff\u200d\u200c\r\n\u2060 ", "\u00ad\u200e\n\u3000\n"],
    ids=["zwsp", "bom-zwj", "soft-hyphen-marks"],
)
def test_invisible_only_file_is_refused(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, text.encode("utf-8"))
    with pytest.raises(InputError, match="no text"):
        read_source(path)
    result = CliRunner().invoke(cli, ["translate", str(path), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT and "no text" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_invisible_characters_around_text_are_kept(tmp_path: Path) -> None:
    text = "\u200bBonjour le monde.\u200d\n"
    assert read_source(_write(tmp_path, text.encode("utf-8"))).text == text
