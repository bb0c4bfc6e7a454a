"""Reliability matrix, PO files: ``check``, ``status``, ``build`` and ``translate`` over a bad PO.

Each row: one line on stderr naming the PO and the line of the defect, exit 3
(:data:`reltrans.errors.EXIT_INPUT`), no file written or changed.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reltrans.cli import cli
from reltrans.errors import EXIT_INPUT

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: en\\n"\n'
    '"X-Source-Language: fr\\n"\n\n'
)
GOOD_ENTRY = 'msgid "Bonjour."\nmsgstr "Hello."\n\n'
SOURCE_TEXT = "Bonjour.\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_one_line_error(result: Result, path: Path, line: int | None) -> str:
    assert result.exit_code == EXIT_INPUT, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    where = f"{path}:{line}:" if line else f"{path}:"
    assert lines[0].startswith(where) and "E-PO" in lines[0], lines[0]
    return lines[0]


def _header(charset: str = "UTF-8") -> str:
    return HEADER.format(charset=charset)


# name -> (bytes, line of the defect or None, word in the message)
BAD_PO: dict[str, tuple[bytes, int | None, str]] = {
    "syntax-error": ((_header() + GOOD_ENTRY + "msgid \"Au revoir.\"\nmsgstr \"Bye.\"\nthis is junk\n").encode(), 12, "syntax error"),
    "string-outside-entry": ((_header() + '"orphan"\n' + GOOD_ENTRY).encode(), 7, "outside"),
    "unknown-charset": ((_header("KLINGON-8") + GOOD_ENTRY).encode(), 3, "unknown charset"),
    "charset-placeholder": ((_header("CHARSET") + GOOD_ENTRY).encode(), 3, "placeholder"),
    "duplicate-entries": ((_header() + GOOD_ENTRY + GOOD_ENTRY).encode(), 10, "duplicate"),
    "truncated-mid-string": ((_header() + GOOD_ENTRY + 'msgid "Au rev').encode(), 10, "unterminated"),
    "truncated-after-msgid": ((_header() + GOOD_ENTRY + 'msgid "Au revoir."\n').encode(), 10, "truncated"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), 3, "binary"),  # NUL on line 3
    "not-utf8-as-declared": ((_header() + 'msgid "Genève."\nmsgstr "Geneva."\n').encode("latin-1"), 7, "invalid utf-8"),
    "latin1-declared-but-utf16": (("\ufeff" + _header("ISO-8859-1") + GOOD_ENTRY).encode("utf-16-le"), 1, "binary"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "release.fr.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    return tmp_path


def _args(command: str, folder: Path, po: Path) -> list[str]:
    source = folder / "release.fr.txt"
    return {
        "check": ["check", str(po), "--no-bundled-glossary"],
        "check-glossary": ["check", str(po)],
        "status": ["status", str(po)],
        "build": ["build", str(source), str(po), "-o", str(folder / "release.en.txt")],
        "translate": ["translate", str(source), "--no-mt", "-q"],
    }[command]


@pytest.mark.parametrize("case", sorted(BAD_PO))
@pytest.mark.parametrize("command", ["check", "check-glossary", "status", "build", "translate"])
def test_bad_po_is_one_line_exit_3_nothing_written(folder: Path, case: str, command: str) -> None:
    data, line, word = BAD_PO[case]
    po = folder / "release.fr.en.po"  # the PO translate would update
    po.write_bytes(data)
    before = snapshot(folder)
    result = CliRunner().invoke(cli, _args(command, folder, po))
    message = assert_one_line_error(result, po, line)
    assert word.lower() in message.lower()
    assert snapshot(folder) == before


@pytest.mark.parametrize("command", ["check", "status", "build"])
def test_po_is_a_directory(folder: Path, command: str) -> None:
    po = folder / "release.fr.en.po"
    po.mkdir()
    before = snapshot(folder)
    result = CliRunner().invoke(cli, _args(command, folder, po))
    assert "directory" in assert_one_line_error(result, po, None)
    assert snapshot(folder) == before


@pytest.mark.parametrize("command", ["check", "status", "build"])
def test_po_missing(folder: Path, command: str) -> None:
    po = folder / "absent.po"
    before = snapshot(folder)
    result = CliRunner().invoke(cli, _args(command, folder, po))
    assert "no such file" in assert_one_line_error(result, po, None)
    assert snapshot(folder) == before


def test_translate_force_replaces_a_broken_po_and_keeps_a_backup(folder: Path) -> None:
    """``--force`` is the documented way out of a broken PO: the old bytes survive as ``PO~``."""
    po = folder / "release.fr.en.po"
    broken = BAD_PO["syntax-error"][0]
    po.write_bytes(broken)
    result = CliRunner().invoke(cli, ["translate", str(folder / "release.fr.txt"), "--no-mt", "-q", "--force"])
    assert result.exit_code == 0, result.output
    assert (folder / "release.fr.en.po~").read_bytes() == broken
    assert re.search(r'msgid "Bonjour\."', po.read_text(encoding="utf-8"))


def test_second_bad_po_among_several_fails_before_any_output(folder: Path) -> None:
    """``check -o report`` with one good and one bad PO: exit 3 and no report file."""
    good = folder / "good.po"
    good.write_text(_header() + GOOD_ENTRY, encoding="utf-8")
    bad = folder / "bad.po"
    bad.write_bytes(BAD_PO["duplicate-entries"][0])
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["check", str(good), str(bad), "--no-bundled-glossary", "-o", str(folder / "report.txt")])
    assert_one_line_error(result, bad, 10)
    assert snapshot(folder) == before
