"""PO reading that loses nothing: line ends, escapes, plurals, truncation, charset lies,
special files, and the write-back guard. ``msgfmt`` is the oracle where it is installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from reltrans.catalog import (
    MAX_CATALOG_BYTES,
    catalog_to_text,
    parse_catalog,
    parse_catalog_bytes,
    read_catalog,
    write_catalog,
)
from reltrans.cli import cli
from reltrans.errors import EXIT_INPUT, CatalogError, OutputError
from reltrans.model import Catalog, CatalogEntry

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: en\\n"\n'
    '"X-Source-Language: fr\\n"\n\n'
)
MSGFMT = shutil.which("msgfmt")


def _po(body: str, charset: str = "UTF-8") -> str:
    return HEADER.format(charset=charset) + body


def _msgfmt_reads(tmp_path: Path, text: str) -> dict[str, str] | None:
    """What msgfmt compiles from ``text`` (msgid -> msgstr), or None when it refuses the file."""
    import gettext

    po, mo = tmp_path / "oracle.po", tmp_path / "oracle.mo"
    po.write_bytes(text.encode("utf-8"))
    done = subprocess.run([MSGFMT or "msgfmt", "-o", str(mo), str(po)], capture_output=True)
    if done.returncode != 0:
        return None
    with mo.open("rb") as handle:
        catalog = dict(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]
    catalog.pop("", None)
    return {str(k): str(v) for k, v in catalog.items()}


# --------------------------------------------------------------------------- line ends
REVIEWED = 'msgid "Bonjour."\nmsgstr "Hello."\n\n#, fuzzy\nmsgid "Au revoir."\nmsgstr "Goodbye."\n'


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_cr_crlf_and_lf_read_alike(newline: str) -> None:
    text = _po(REVIEWED).replace("\n", newline)
    catalog = parse_catalog_bytes(text.encode("utf-8"), "old-mac.po")
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in catalog.entries] == [
        ("Bonjour.", "Hello.", False),
        ("Au revoir.", "Goodbye.", True),
    ]
    assert catalog.header["Language"] == "en"


@pytest.mark.skipif(MSGFMT is None, reason="msgfmt not installed")
def test_cr_only_file_reads_as_msgfmt_reads_it(tmp_path: Path) -> None:
    text = _po(REVIEWED).replace("\n", "\r")
    expected = _msgfmt_reads(tmp_path, text)
    catalog = parse_catalog(text, "old-mac.po")
    assert expected is not None
    assert {e.msgid: e.msgstr for e in catalog.entries if not e.fuzzy} == expected


def test_fewer_entries_than_visible_msgid_lines_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The safety net: a parser that loses an entry (here: made to) is an error, not a smaller catalog."""
    from reltrans import catalog as module

    real_flush = module._PoParser._flush

    def lossy_flush(self: module._PoParser) -> None:
        if self.fields.get("msgid") == ["Au revoir."]:
            self._reset()
            return
        real_flush(self)

    monkeypatch.setattr(module._PoParser, "_flush", lossy_flush)
    with pytest.raises(CatalogError) as caught:
        parse_catalog(_po(REVIEWED), "lost.po")
    message = str(caught.value)
    assert message.startswith("lost.po: ") and "3" in message and "2" in message and "msgid" in message


def test_translate_rerun_keeps_reviewed_work_of_a_cr_only_po(tmp_path: Path) -> None:
    """End to end: the reviewed PO has old Mac line ends; a re-run must not drop the reviews."""
    source = tmp_path / "release.fr.txt"
    source.write_text("Bonjour.\n\nMerci beaucoup.\n", encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    assert first.exit_code == 0, first.output
    po = tmp_path / "release.fr.en.po"
    reviewed = po.read_text(encoding="utf-8")
    reviewed = reviewed.replace('msgid "Bonjour."\nmsgstr ""', 'msgid "Bonjour."\nmsgstr "Hello."')
    reviewed = reviewed.replace('msgid "Merci beaucoup."\nmsgstr ""', 'msgid "Merci beaucoup."\nmsgstr "Thank you very much."')
    assert "Hello." in reviewed and "Thank you very much." in reviewed
    po.write_bytes(reviewed.replace("\n", "\r").encode("utf-8"))
    before = po.read_bytes()
    again = runner.invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    if again.exit_code == 0:
        back = {e.msgid: e.msgstr for e in read_catalog(po).entries}
        assert back["Bonjour."] == "Hello."
        assert back["Merci beaucoup."] == "Thank you very much."
    else:  # a clear error, and nothing rewritten
        assert again.exit_code == EXIT_INPUT and len(again.stderr.strip().splitlines()) == 1
        assert po.read_bytes() == before


# --------------------------------------------------------------------------- escapes
@pytest.mark.parametrize(
    "escaped, meant",
    [
        (r"\x41", "A"),
        (r"\x4a\x4B", "JK"),
        (r"\101", "A"),
        (r"\1012", "A2"),  # at most three octal digits
        (r"\77z", "?z"),
        (r"caf\xc3\xa9", "café"),  # escaped bytes in the file's charset
        (r"\a\b\f\v\t\r\n\"\\", "\a\b\f\v\t\r\n\"\\"),
    ],
)
def test_hex_and_octal_escapes_are_decoded(tmp_path: Path, escaped: str, meant: str) -> None:
    text = _po(f'msgid "key"\nmsgstr "{escaped}"\n')
    catalog = parse_catalog(text, "esc.po")
    assert catalog.entries[0].msgstr == meant
    if MSGFMT:
        assert _msgfmt_reads(tmp_path, text) == {"key": meant}
    back = parse_catalog(catalog_to_text(catalog), "again.po")
    assert back.entries[0].msgstr == meant  # written so that it reads back the same


def test_escaped_latin1_byte_follows_the_declared_charset() -> None:
    catalog = parse_catalog_bytes(_po('msgid "key"\nmsgstr "Gen\\xe8ve"\n', "ISO-8859-1").encode("latin-1"), "l1.po")
    assert catalog.entries[0].msgstr == "Genève"


@pytest.mark.parametrize(
    "escaped, word",
    [
        (r"\q", "invalid escape"),
        (r"\?", "invalid escape"),
        (r"\x", "invalid escape"),
        (r"\8", "invalid escape"),
        (r"a\0b", "NUL"),  # msgfmt silently cuts the string there
        (r"\x00", "NUL"),
        (r"\x41b", "out of range"),  # msgfmt reads \x41b as one byte, 0x1b
        (r"\400", "out of range"),
        (r"caf\xe9", "not valid UTF-8"),
    ],
)
def test_escapes_msgfmt_refuses_or_mangles_are_refused(tmp_path: Path, escaped: str, word: str) -> None:
    text = _po(f'msgid "key"\nmsgstr "{escaped}"\n')
    with pytest.raises(CatalogError, match=word) as caught:
        parse_catalog(text, "esc.po")
    assert str(caught.value).startswith("esc.po:8: ")
    if MSGFMT and word == "invalid escape":
        assert _msgfmt_reads(tmp_path, text) is None


# --------------------------------------------------------------------------- plurals, truncation
PLURAL_DEFECTS = {
    "plural-with-plain-msgstr": ('msgid "one"\nmsgid_plural "many"\nmsgstr "x"\n', 9, r"msgstr\[0\]"),
    "msgstr-n-without-plural": ('msgid "one"\nmsgstr[0] "x"\n', 8, "msgid_plural"),
    "plural-index-gap": ('msgid "one"\nmsgid_plural "many"\nmsgstr[0] "x"\nmsgstr[2] "z"\n', 10, "index"),
    "plural-mixed-forms": ('msgid "one"\nmsgid_plural "many"\nmsgstr[0] "x"\nmsgstr "y"\n', 10, "msgstr"),
    "cut-after-msgctxt": ('msgid "a"\nmsgstr "b"\n\nmsgctxt "c"\n', 10, "msgctxt"),
    "two-msgctxt": ('msgctxt "c"\nmsgctxt "d"\nmsgid "a"\nmsgstr "b"\n', 8, "msgctxt"),
}


@pytest.mark.parametrize("case", sorted(PLURAL_DEFECTS))
def test_entries_msgfmt_refuses_are_refused(tmp_path: Path, case: str) -> None:
    body, line, word = PLURAL_DEFECTS[case]
    text = _po(body)
    with pytest.raises(CatalogError, match=word) as caught:
        parse_catalog(text, "bad.po")
    assert str(caught.value).startswith(f"bad.po:{line}: ")
    assert "\n" not in str(caught.value)
    if MSGFMT:
        assert _msgfmt_reads(tmp_path, text) is None


def test_plural_entry_round_trips(tmp_path: Path) -> None:
    text = _po('msgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "un fichier"\nmsgstr[1] "%d fichiers"\n')
    catalog = parse_catalog(text, "pl.po")
    path = write_catalog(catalog, tmp_path / "pl.po")
    entry = read_catalog(path).entries[0]
    assert entry.msgid_plural == "%d files"
    assert dict(entry.msgstr_plural) == {0: "un fichier", 1: "%d fichiers"}


def test_write_refuses_a_catalog_that_would_read_back_different(tmp_path: Path) -> None:
    """Never write back less than was read: a plural entry without msgid_plural would lose its forms."""
    target = tmp_path / "out.po"
    target.write_text("keep me\n", encoding="utf-8")
    broken = Catalog(
        header={"Content-Type": "text/plain; charset=UTF-8"},
        entries=(CatalogEntry(msgid="one", msgstr="", msgstr_plural={0: "un", 1: "deux"}),),
    )
    with pytest.raises(OutputError, match="read back"):
        write_catalog(broken, target)
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_writing_always_declares_utf8(tmp_path: Path) -> None:
    latin = parse_catalog_bytes(_po('msgid "Genève"\nmsgstr "Geneva"\n', "ISO-8859-1").encode("latin-1"), "l1.po")
    path = write_catalog(latin, tmp_path / "out.po")
    assert "charset=UTF-8" in path.read_text(encoding="utf-8")
    assert read_catalog(path).entries[0].msgid == "Genève"


# --------------------------------------------------------------------------- charset lies
def test_latin1_header_over_a_utf8_body_is_refused_with_the_evidence() -> None:
    data = _po('msgid "Bonjour."\nmsgstr "Hello."\n\nmsgid "Genève."\nmsgstr "Geneva."\n', "ISO-8859-1").encode("utf-8")
    with pytest.raises(CatalogError) as caught:
        parse_catalog_bytes(data, "lies.po")
    message = str(caught.value)
    assert message.startswith("lies.po:3: ")  # the Content-Type line
    assert "UTF-8" in message and "line 10" in message and "ISO-8859-1" in message.upper()


def test_tm_import_refuses_a_latin1_header_over_utf8(tmp_path: Path) -> None:
    po = tmp_path / "lies.po"
    po.write_bytes(_po('msgid "Genève."\nmsgstr "Geneva."\n', "latin-1").encode("utf-8"))
    tm = tmp_path / "tm.sqlite"
    result = CliRunner().invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert result.exit_code == EXIT_INPUT, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "UTF-8" in result.stderr
    assert not tm.exists()


def test_real_latin1_is_still_read() -> None:
    data = _po('msgid "Genève, « été »."\nmsgstr "Geneva."\n', "ISO-8859-1").encode("latin-1")
    assert parse_catalog_bytes(data, "l1.po").entries[0].msgid == "Genève, « été »."


# --------------------------------------------------------------------------- special files
@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[tuple[Path, list[bool]]]:
    """A FIFO named like a PO, and a watchdog that unblocks any reader that opened it (so no
    test can hang) and records that it had to."""
    path = tmp_path / "pipe.po"
    os.mkfifo(path)
    opened: list[bool] = []
    stop = threading.Event()

    def unblock() -> None:
        while not stop.wait(0.2):
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody has it open for reading
                continue
            opened.append(True)
            os.close(descriptor)

    watchdog = threading.Thread(target=unblock, daemon=True)
    watchdog.start()
    yield path, opened
    stop.set()
    watchdog.join(5)


def test_fifo_is_refused_without_opening_it(fifo: tuple[Path, list[bool]]) -> None:
    path, opened = fifo
    with pytest.raises(CatalogError, match="FIFO") as caught:
        read_catalog(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert not opened


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused() -> None:
    """Run in a child with 2 GiB of address space, so that a reader that does not refuse it
    fails with MemoryError instead of taking the machine's memory."""
    import resource
    import sys

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    probe = (
        "from reltrans.catalog import read_catalog\n"
        "from reltrans.errors import CatalogError\n"
        "try:\n    read_catalog('/dev/zero')\nexcept CatalogError as exc:\n    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, preexec_fn=limit_memory)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("/dev/zero: E-PO ") and "not a regular file" in done.stdout


def test_oversized_po_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reltrans import catalog as module

    monkeypatch.setattr(module, "MAX_CATALOG_BYTES", 1024)
    big = tmp_path / "big.po"
    big.write_bytes(_po('msgid "a"\nmsgstr "b"\n').encode() + b"#" * 2048 + b"\n")
    with pytest.raises(CatalogError, match="MAX_CATALOG_BYTES"):
        read_catalog(big)
    assert MAX_CATALOG_BYTES >= 1024 * 1024


def test_check_of_a_fifo_is_one_line_exit_3(fifo: tuple[Path, list[bool]]) -> None:
    path, opened = fifo
    result = CliRunner().invoke(cli, ["check", str(path), "--no-bundled-glossary"])
    assert result.exit_code == EXIT_INPUT, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "FIFO" in result.stderr
    assert not opened
