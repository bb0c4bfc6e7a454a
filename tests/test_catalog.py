"""PO catalogs: build, write, read back (polib and Babel), msgfmt --check, strict reading."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from reltrans.catalog import (
    build_catalog,
    catalog_to_text,
    make_header,
    parse_catalog,
    parse_catalog_bytes,
    read_catalog,
    write_catalog,
)
from reltrans.errors import CatalogError
from reltrans.model import Catalog, CatalogEntry, Origin, TranslationUnit


def _units() -> list[TranslationUnit]:
    return [
        TranslationUnit(
            msgid="L'OIM « aide » les migrants.",
            msgstr="IOM “helps” migrants.",
            origin=Origin.MODEL,
            fuzzy=True,
            references=(("release.txt", 3), ("release.txt", 9)),
            context_comments=("paragraph 2, sentence 1", "glossary: OIM → IOM"),
            unmet_terms=("trafficking in persons",),
        ),
        TranslationUnit(msgid="Structure", msgstr="", origin=Origin.NONE, fuzzy=False, references=(("release.txt", 1),)),
    ]


def _header() -> dict[str, str]:
    return make_header(source_lang="fr", target_lang="en", project="release.txt", signature="model=x|glossary=y")


def test_header_has_the_required_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    header = _header()
    assert header["Language"] == "en"
    assert header["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["X-Source-Language"] == "fr"
    assert header["X-Generator"].startswith("reltrans ")
    assert header["POT-Creation-Date"] == "2023-11-14 22:13+0000"


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    catalog = build_catalog(_units(), _header(), header_comment="Translation of release.txt")
    path = write_catalog(catalog, tmp_path / "release.en.po")
    back = read_catalog(path)
    first, second = back.entries
    assert first.msgid == "L'OIM « aide » les migrants."
    assert first.msgstr == "IOM “helps” migrants."
    assert first.fuzzy and not first.translated
    assert first.references == (("release.txt", 3), ("release.txt", 9))
    assert "glossary: OIM → IOM" in first.extracted_comments
    assert "reltrans: unmet terms: trafficking in persons" in first.extracted_comments
    assert second.msgstr == "" and not second.fuzzy
    assert back.header["Language"] == "en"
    assert first.line > 0


def test_output_passes_msgfmt_and_babel(tmp_path: Path) -> None:
    path = write_catalog(build_catalog(_units(), _header()), tmp_path / "a.po")
    if shutil.which("msgfmt"):
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        babel_catalog = read_po(handle)
    assert babel_catalog.locale is not None and str(babel_catalog.locale) == "en"
    assert babel_catalog.get("L'OIM « aide » les migrants.") is not None


def test_same_input_gives_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    one = catalog_to_text(build_catalog(_units(), _header()))
    two = catalog_to_text(build_catalog(_units(), _header()))
    assert one == two


def test_write_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text("old content", encoding="utf-8")
    write_catalog(build_catalog(_units(), _header()), path)
    assert (tmp_path / "a.po~").read_text(encoding="utf-8") == "old content"
    assert read_catalog(path).entries


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (HEADER + 'msgid "a"\nmsgstr "b', 6, "unterminated"),
        (HEADER + 'msgid "a"\n', 5, "without msgstr"),
        (HEADER + 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', None, "duplicate"),
        (HEADER + "garbage\n", 5, "syntax error"),
        ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=FOO-9\\n"\n', 3, "unknown charset"),
        ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n', 3, "placeholder"),
    ],
)
def test_defects_are_one_line_errors_with_line(text: str, line: int | None, words: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog_bytes(text.encode("utf-8"), "bad.po")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("bad.po:")
    assert words in message
    if line is not None:
        assert message.startswith(f"bad.po:{line}:")


def test_invalid_utf8_bytes_are_reported_with_their_line() -> None:
    data = (HEADER + 'msgid "a"\nmsgstr "caf').encode() + b"\xe9\"\n"
    with pytest.raises(CatalogError, match=r"bad.po:6: .*invalid utf-8"):
        parse_catalog_bytes(data, "bad.po")


def test_latin1_declared_charset_is_decoded() -> None:
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "été"\nmsgstr "summer"\n'
    catalog = parse_catalog_bytes(text.encode("latin-1"), "l1.po")
    assert catalog.entries[0].msgid == "été"


def test_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "x.po"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(CatalogError, match="binary"):
        read_catalog(binary)
    with pytest.raises(CatalogError, match="no such file"):
        read_catalog(tmp_path / "missing.po")
    with pytest.raises(CatalogError, match="directory"):
        read_catalog(tmp_path)


def test_obsolete_and_previous_msgid_survive(tmp_path: Path) -> None:
    catalog = Catalog(
        header=_header(),
        entries=(
            CatalogEntry(msgid="Nouveau", msgstr="New", flags=("fuzzy",), previous_msgid="Ancien"),
            CatalogEntry(msgid="Supprimé", msgstr="Removed", obsolete=True),
        ),
    )
    back = parse_catalog(catalog_to_text(catalog), "x.po")
    assert back.entries[0].previous_msgid == "Ancien"
    assert [e.obsolete for e in back.entries] == [False, True]
    assert len(back.live_entries) == 1


# polib (like str.splitlines) treats \v \f \x1c-\x1e \x85 \u2028 \u2029 as line ends; reltrans
# never puts them in a PO: normalize_msgid folds them, as it folds line breaks.
_UNSUPPORTED = "\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=_UNSUPPORTED), max_size=60)


@settings(max_examples=60, deadline=None)
@given(entries=st.lists(st.tuples(_text.filter(bool), _text, st.booleans()), max_size=8, unique_by=lambda t: t[0]))
def test_write_then_read_is_the_identity(entries: list[tuple[str, str, bool]]) -> None:
    catalog = Catalog(
        header=_header(),
        entries=tuple(CatalogEntry(msgid=m, msgstr=s, flags=("fuzzy",) if f else ()) for m, s, f in entries),
    )
    back = parse_catalog(catalog_to_text(catalog), "prop.po")
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in back.entries] == [(m, s, f) for m, s, f in entries]


_line_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=_UNSUPPORTED), max_size=30)


@settings(max_examples=80, deadline=None)
@given(
    entries=st.lists(
        st.tuples(
            _text.filter(bool),
            _text,
            st.sampled_from([(), ("fuzzy",), ("fuzzy", "ignore-numbers")]),
            st.lists(st.tuples(st.from_regex(r"[a-z]{1,8}\.txt", fullmatch=True), st.integers(1, 999)), max_size=3),
            st.lists(_line_text.map(str.strip).filter(bool), max_size=2),
            st.one_of(st.none(), _text.filter(bool)),
            st.booleans(),
            st.one_of(st.none(), _text),
        ),
        max_size=6,
        unique_by=lambda t: (t[7], t[0]),
    )
)
def test_fast_reader_agrees_with_polib(entries: list[tuple]) -> None:
    """The one-pass reader reads what polib reads, for every file reltrans writes."""
    import polib
    from hypothesis import assume

    # reltrans escapes \a \b \f \v as gettext does; polib does not decode those four escapes
    assume(not any(ch in "\a\b\f\v" for entry in entries for field in (entry[0], entry[1], entry[5] or "", entry[7] or "") for ch in field))

    catalog = Catalog(
        header=_header(),
        entries=tuple(
            CatalogEntry(
                msgid=m, msgstr=s, flags=f, references=tuple(r), extracted_comments=tuple(c),
                translator_comments=tuple(c), previous_msgid=p, obsolete=o, msgctxt=ctx,
            )
            for m, s, f, r, c, p, o, ctx in entries
        ),
    )
    text = catalog_to_text(catalog)
    ours = parse_catalog(text, "x.po")
    theirs = polib.pofile(text)
    previous_of_obsolete = {(ctx, m): p for m, _, _, _, _, p, o, ctx in entries if o}
    expected = [
        (
            e.msgid, e.msgstr, e.msgctxt, tuple(e.flags), tuple((f, int(l)) for f, l in e.occurrences),
            # polib writes "#~| msgid" but does not read it back; gettext (and reltrans) do
            previous_of_obsolete[(e.msgctxt, e.msgid)] if e.obsolete else e.previous_msgid,
            bool(e.obsolete),
        )
        for e in theirs
    ]
    got = [(e.msgid, e.msgstr, e.msgctxt, e.flags, e.references, e.previous_msgid, e.obsolete) for e in ours.entries]
    assert got == expected
    assert dict(ours.header) == dict(theirs.metadata)


# --------------------------------------------------------------------------- fast reader vs reference
# _PoParser.feed_text reads the common line shapes inline; _PoParser.feed (line by line, regex
# based) is the reference. Both must give the same catalog, or the same one-line error, on
# well-formed and malformed input alike.
def _reference_parse(text: str, path: str = "x.po") -> Catalog:
    from reltrans import catalog as catalog_mod

    parser = catalog_mod._PoParser(path)
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        parser.feed(raw.strip(" \t"), number)
    parser.finish()
    entries = tuple(parser.entries)
    catalog_mod._reject_duplicates(entries, path)
    catalog_mod._reject_lost_entries(text, len(entries) + (1 if parser.header_seen else 0), path)
    return Catalog(header=parser.header, entries=entries, path=path, header_comment=parser.header_comment)


def _outcome(parse, text: str) -> object:
    try:
        catalog = parse(text, "x.po")
    except CatalogError as exc:
        return ("error", str(exc))
    return (dict(catalog.header), catalog.header_comment, catalog.entries)


_body = st.lists(st.sampled_from(list('ab é"\\\tntr\r\x0c«»') + ["\\n", '\\"', "\\\\", "\\t", "\\r"]), max_size=12).map("".join)
_keyword = st.sampled_from(["msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr[0]", "msgstr[1]", "msgstr[x]", "msgi"])
_spacing = st.sampled_from([" ", "", "  ", "\t", " \t"])
_line = st.one_of(
    st.builds(lambda k, s, b, e: f'{k}{s}"{b}{e}', _keyword, _spacing, _body, st.sampled_from(['"', "", '" ', '"\x0c', '" x'])),
    st.builds(lambda b, e: f'"{b}{e}', _body, st.sampled_from(['"', "", '"  '])),
    st.builds(lambda p, b: p + b, st.sampled_from(["#: ", "#:", "# ", "#", "#. ", "#, ", "#| msgid ", "#~ ", "#~| msgid ", " #: "]), _body),
    st.sampled_from(["", " ", "\r", "\t", '"', "msgid", 'msgid "', 'msgid"', 'msgstr"', 'msgstr "\\\\"', "#: a.txt:1 b.txt c:x:2", "#, fuzzy, ignore-numbers"]),
)
_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, max_size=14), st.booleans(), st.sampled_from(["\n", "\r\n"]))
def test_fast_line_reader_agrees_with_reference_reader(lines: list[str], header: bool, newline: str) -> None:
    text = (_HEAD if header else "") + newline.join(lines)
    assert _outcome(parse_catalog, text) == _outcome(_reference_parse, text)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_body.filter(bool), _body, st.one_of(st.none(), _body)), max_size=6, unique_by=lambda t: (t[2], t[0])))
def test_fast_line_reader_agrees_on_written_entries(entries: list[tuple[str, str, str | None]]) -> None:
    # escapes, quotes, backslashes, tabs and \r as catalog_to_text writes them
    catalog = Catalog(
        header=_header(),
        entries=tuple(CatalogEntry(msgid=m, msgstr=s, msgctxt=c, references=(("r.txt", 1),)) for m, s, c in entries),
    )
    text = catalog_to_text(catalog)
    assert _outcome(parse_catalog, text) == _outcome(_reference_parse, text)
    assert [(e.msgid, e.msgstr, e.msgctxt) for e in parse_catalog(text).entries] == [(m, s, c) for m, s, c in entries]


def test_fast_reader_shapes_that_must_fall_back() -> None:
    # bodies with an escape, an inner quote or a trailing backslash, 'msgid"x"' without a space
    text = _HEAD + '#: r.txt:4\nmsgid"a\\"b"\nmsgstr "c\\\\"\n"\\td"\n\nmsgid "e"\nmsgstr "x\\" y"\n'
    catalog = parse_catalog(text)
    assert [(e.msgid, e.msgstr, e.references) for e in catalog.entries] == [
        ('a"b', "c\\\td", (("r.txt", 4),)),
        ("e", 'x" y', ()),
    ]
    assert _outcome(parse_catalog, text) == _outcome(_reference_parse, text)
    with pytest.raises(CatalogError, match=r"x.po:7: .*unterminated"):
        parse_catalog(_HEAD + 'msgid "a"\nmsgstr "b\\"\n', "x.po")
