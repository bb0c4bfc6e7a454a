"""Property-based tests (hypothesis) for what the unit tests of each module do not cover yet.

* rebuilding an unchanged document is the identity, for any text, both formats, fr and en
  (segmentation losslessness itself is in ``tests/test_segment.py``);
* PO write then read is the identity for arbitrary entries with context, comments, flags,
  references, previous msgid, plurals and obsolete entries;
* the parsers and checkers never crash on arbitrary input: ``parse_catalog_bytes``,
  ``decode_bytes``, ``load_glossary`` (any format), ``check_catalog`` with arbitrary headers,
  flags and plurals, and the glossary matcher built from arbitrary terms. They return a result
  or raise a :class:`~reltrans.errors.ReltransError` subclass, never another exception.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reltrans.catalog import catalog_to_text, parse_catalog, parse_catalog_bytes
from reltrans.checks import check_catalog
from reltrans.errors import ReltransError
from reltrans.formats import parse_document
from reltrans.glossary import build_matcher, load_glossary
from reltrans.glossary.model import Concept, Glossary, Term
from reltrans.model import Catalog, CatalogEntry, Finding
from reltrans.segment import segment_document
from reltrans.textio import decode_bytes, encode_text

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters polib and str.splitlines treat as line ends; reltrans folds them out of msgids
# (see tests/test_catalog.py), so they never reach a PO file.
_LINE_ENDS = "\x00\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=_LINE_ENDS)
_text = st.text(_chars, max_size=40)
_multiline = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=_LINE_ENDS.replace("\n", "")), max_size=60)
_comment = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Cc"), blacklist_characters=_LINE_ENDS), min_size=1, max_size=30)
_flag = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)
_ref_file = st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_./-]{0,20}", fullmatch=True).filter(lambda s: not s[-1].isdigit() or ":" not in s)
HEADER = {
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Language": "en",
    "X-Source-Language": "fr",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


# --------------------------------------------------------------------------- rebuild identity
_doc_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.lists(
    st.sampled_from(["Bonjour.", " M. Dupont a dit : « Oui ! »", "\n", "\r\n", "\n\n", "- ", "# ", "1. ", "   ", "**gras**", "`code`", "3,5 %", "…", "\u00a0", "\t"]),
    max_size=40,
).map("".join)


@PROPS
@given(_doc_text, st.sampled_from(["text", "markdown"]), st.sampled_from(["fr", "en"]))
def test_rebuild_without_translations_is_the_identity(text: str, fmt: str, lang: str) -> None:
    segmented = segment_document(parse_document(text, "p", fmt), lang)
    assert segmented.render({}) == text
    identity = {index: segment.text for index, segment in enumerate(segmented.segments)}
    assert segmented.render(identity) == text


@PROPS
@given(st.binary(max_size=300))
def test_decode_then_encode_is_the_identity_or_a_reltrans_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, path="x.txt")
    except ReltransError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.txt")
        return
    assert encode_text(decoded.text, decoded.encoding, decoded.bom) == data


# --------------------------------------------------------------------------- PO identity
@st.composite
def _entries(draw: st.DrawFn) -> list[CatalogEntry]:
    count = draw(st.integers(0, 6))
    entries: list[CatalogEntry] = []
    keys: set[tuple[str | None, str]] = set()
    for _ in range(count):
        msgid = draw(_multiline.filter(bool))
        msgctxt = draw(st.none() | _text)
        obsolete = draw(st.booleans())
        key = (msgctxt, msgid)
        if key in keys:
            continue
        keys.add(key)
        plural = not obsolete and draw(st.booleans()) and draw(st.booleans())
        entries.append(
            CatalogEntry(
                msgid=msgid,
                msgstr="" if plural else draw(_multiline),
                msgctxt=msgctxt,
                flags=tuple(dict.fromkeys(draw(st.lists(_flag, max_size=3)))),
                references=() if obsolete else tuple(draw(st.lists(st.tuples(_ref_file, st.none() | st.integers(1, 99999)), max_size=3))),
                extracted_comments=() if obsolete else tuple(draw(st.lists(_comment, max_size=3))),
                translator_comments=tuple(draw(st.lists(_comment, max_size=2))),
                previous_msgid=None if obsolete else draw(st.none() | _multiline.filter(bool)),
                obsolete=obsolete,
                msgid_plural=draw(_text.filter(bool)) if plural else None,
                msgstr_plural={0: draw(_text), 1: draw(_text)} if plural else {},
            )
        )
    return entries


def _comparable(entry: CatalogEntry) -> tuple[object, ...]:
    return (
        entry.msgid, entry.msgstr, entry.msgctxt, entry.flags, entry.references, entry.extracted_comments,
        entry.translator_comments, entry.previous_msgid, entry.obsolete, entry.msgid_plural, dict(entry.msgstr_plural),
    )


@PROPS
@given(_entries())
def test_po_write_then_read_is_the_identity(entries: list[CatalogEntry]) -> None:
    catalog = Catalog(header=dict(HEADER), entries=tuple(entries), header_comment="reltrans test")
    back = parse_catalog(catalog_to_text(catalog), "prop.po")
    # obsolete entries are written after the live ones (the gettext convention), order kept within each
    expected = [e for e in entries if not e.obsolete] + [e for e in entries if e.obsolete]
    assert [_comparable(e) for e in back.entries] == [_comparable(e) for e in expected]
    assert back.header == HEADER
    assert catalog_to_text(back) == catalog_to_text(catalog)


# --------------------------------------------------------------------------- never crash
_PO_PIECES = st.sampled_from([
    'msgid ""\n', 'msgstr ""\n', '"Content-Type: text/plain; charset=UTF-8\\n"\n', '"Content-Type: text/plain; charset=latin-1\\n"\n',
    'msgid "a"\n', 'msgstr "b"\n', 'msgctxt "c"\n', 'msgid_plural "as"\n', 'msgstr[0] "x"\n', 'msgstr[1] "y"\n',
    '#, fuzzy\n', '#: f.txt:1\n', '#| msgid "old"\n', '#~ msgid "o"\n', '#~ msgstr "p"\n', '"cont"\n', '"unterminated\n',
    "\n", "\\", '"\\', "é", "\xff", "\x00", "msgstr[9999999999999999999] \"z\"\n", '"Plural-Forms: nplurals=x;\\n"\n',
])
_po_bytes = st.binary(max_size=200) | st.lists(_PO_PIECES, max_size=25).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))


@PROPS
@given(_po_bytes)
def test_parse_catalog_bytes_never_crashes(data: bytes) -> None:
    try:
        catalog = parse_catalog_bytes(data, "fuzz.po")
    except ReltransError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.po")
        return
    report = check_catalog(catalog)
    assert report.exit_code() in (0, 1)


_header_value = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@PROPS
@given(
    st.dictionaries(st.sampled_from(["Language", "X-Source-Language", "Plural-Forms", "Content-Type", "X-Other"]), _header_value),
    st.lists(st.tuples(_text, _text, st.lists(_flag | st.sampled_from(["fuzzy", "no-c-format", "reltrans-ignore: RT301"]), max_size=3), st.booleans()), max_size=5),
)
def test_check_catalog_never_crashes_on_odd_headers_flags_and_plurals(header: dict[str, str], rows: list[tuple[str, str, list[str], bool]]) -> None:
    entries = []
    for index, (msgid, msgstr, flags, plural) in enumerate(rows):
        entries.append(
            CatalogEntry(
                msgid=msgid, msgstr="" if plural else msgstr, flags=tuple(flags), line=index + 1,
                msgid_plural=msgid + "s" if plural else None, msgstr_plural={0: msgstr, 3: msgid} if plural else {},
            )
        )
    try:
        report = check_catalog(Catalog(header=header, entries=tuple(entries), path="odd.po"))
    except ReltransError:
        return
    assert report.exit_code() in (0, 1)
    assert all(isinstance(f, Finding) for f in report.findings)


_GLOSSARY_PIECES = {
    ".toml": ['[glossary]\n', 'name = "g"\n', 'languages = ["fr", "en"]\n', '[[concept]]\n', 'id = "a"\n', 'source = "UNTERM"\n',
              'fr = ["OIM"]\n', 'en = ["IOM"]\n', 'en_forbidden = ["I.O.M."]\n', 'case_sensitive = true\n',
              'context_before = { fr = "(" }\n', 'fr = [1]\n', 'id = 3\n', '[concept]\n', '"\n', "é", "\xff", "\x00", "[[\n"],
    ".tbx": ['<?xml version="1.0"?>', "<martif>", "<tbx>", "<text><body>", '<termEntry id="a">', "<conceptEntry>",
             '<langSet xml:lang="fr">', '<langSec xml:lang="en">', "<tig>", "<termSec>", "<term>OIM</term>", "<term></term>",
             '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>', "</tig>", "</langSet>",
             "</termEntry>", "</body></text>", "</martif>", "<!DOCTYPE x>", "&amp;", "&x;", "\xff", "\x00"],
    ".csv": ["fr,en\n", "fr,en,id,en_forbidden,source\n", "OIM,IOM\n", '"a,b",c\n', '"unterminated\n', ",,,\n", "\xff", "\x00", "x\n"],
    ".tsv": ["fr\ten\n", "OIM\tIOM\n", '"a\tb"\tc\n', "\t\t\n", "\xff", "x\n"],
}


@st.composite
def _glossary_file(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(_GLOSSARY_PIECES)))
    if draw(st.booleans()):
        return suffix, draw(st.binary(max_size=200))
    parts = draw(st.lists(st.sampled_from(_GLOSSARY_PIECES[suffix]), max_size=30))
    return suffix, "".join(parts).encode("utf-8")


@PROPS
@given(_glossary_file())
def test_load_glossary_never_crashes(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            glossary = load_glossary(path)
        except ReltransError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(path))
            return
    for lang in glossary.languages:
        build_matcher(glossary, lang).find("L'OIM et le HCR aident les personnes déplacées.")


_term_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(lambda s: s.strip() == s and s)


@PROPS
@given(st.lists(st.tuples(_term_text, _term_text, st.booleans(), st.booleans()), min_size=1, max_size=6), st.text(max_size=120))
def test_matcher_from_arbitrary_terms_never_crashes(pairs: list[tuple[str, str, bool, bool]], text: str) -> None:
    concepts = []
    for index, (fr, en, case_sensitive, inflect) in enumerate(pairs):
        concepts.append(
            Concept(
                id=f"c{index}",
                terms=(
                    Term(text=fr, lang="fr", status="preferred", case_sensitive=case_sensitive, inflect=inflect),
                    Term(text=en, lang="en", status="preferred", case_sensitive=case_sensitive, inflect=inflect),
                ),
                source="test",
            )
        )
    try:
        glossary = Glossary(concepts=tuple(concepts), name="prop")
        matches = build_matcher(glossary, "fr").find(text + " " + pairs[0][0])
    except ReltransError:
        return
    end = 0
    haystack = text + " " + pairs[0][0]
    for match in matches:
        assert end <= match.start < match.end <= len(haystack)
        assert haystack[match.start : match.end] == match.surface
        end = match.end
