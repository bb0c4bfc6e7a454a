"""Gettext PO catalogs: build, write, read, validate: the only module that reads or writes PO text.

Entries are exchanged as :class:`reltrans.model.CatalogEntry`. Writing lays the text out as GNU
msgcat does (:func:`catalog_to_text`, line breaking in :mod:`reltrans.powrap`); polib is not used
(the tests read what reltrans writes with polib and Babel as cross-checks). Reading is strict
where polib is lenient (unterminated strings, a msgid without
msgstr, an unknown charset, duplicate entries, invalid bytes): every such file is refused with a
one-line :class:`~reltrans.errors.CatalogError` naming the file and line, as ``msgfmt --check``
would.

Reading loses nothing and invents nothing:

* CR (old Mac), LF and CRLF line ends read alike (a raw CR inside a quoted string therefore ends
  the line, and the string is reported as unterminated);
* escapes are decoded as GNU msgfmt decodes them (``\\n \\t \\r \\a \\b \\f \\v \\\\ \\"``,
  one to three octal digits, ``\\x`` and hex digits; escaped bytes above 0x7f are bytes in the
  file's charset); any other escape is refused, as msgfmt refuses it, and so are the escapes
  msgfmt would silently mangle: a NUL (msgfmt cuts the string there), a value over 0xff
  (msgfmt reads *every* hex digit after ``\\x`` and keeps the low byte) and escaped bytes that
  are not valid in the charset;
* plural entries must be ``msgid_plural`` + ``msgstr[0]``, ``msgstr[1]``... in order; a plain
  ``msgstr`` there, ``msgstr[n]`` without ``msgid_plural``, a second msgstr or msgctxt, and a
  file cut after ``msgctxt`` are refused;
* a header whose charset is not UTF-8 over a body that is valid UTF-8 with multi-byte sequences
  is refused (it would read as mojibake): the message names the evidence; fix the header;
* a file that parsed to fewer entries than it has ``msgid`` / ``#~ msgid`` lines is refused
  rather than used as that catalog (a safety net against any misreading);
* special files (FIFOs, devices) are refused before they are opened, and files over
  :data:`MAX_CATALOG_BYTES` before they are read.

Writing is always UTF-8 (the header's charset says so) and is read back before it touches the
disk: a catalog whose text would not read back to the same strings is refused with
:class:`~reltrans.errors.OutputError`, nothing written.
"""
from __future__ import annotations

import codecs
import os
import re
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from reltrans import __version__
from reltrans.errors import CatalogError, OutputError
from reltrans.fsutil import atomic_write
from reltrans.model import Catalog, CatalogEntry, TranslationUnit

#: Plural-Forms of the target languages reltrans knows (gettext's own table).
PLURAL_FORMS: Mapping[str, str] = {
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "zh": "nplurals=1; plural=0;",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "tr": "nplurals=2; plural=(n != 1);",
    "fa": "nplurals=2; plural=(n > 1);",
    "hi": "nplurals=2; plural=(n != 1);",
    "sw": "nplurals=2; plural=(n != 1);",
}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

#: Largest PO file reltrans reads (bytes): bounds the memory a hostile or mistaken input can take.
MAX_CATALOG_BYTES = 32 * 1024 * 1024

#: Header field holding the reproducibility signature.
SIGNATURE_FIELD = "X-Reltrans-Signature"
#: ``#.`` comment naming the glossary terms enforcement could not place (read by ``check``).
UNMET_PREFIX = "reltrans: unmet terms:"

#: Header values when the project configuration names nobody: gettext's own conventions.
#: A PO of machine drafts has no human translator yet, which ``msginit --no-translator``
#: writes as ``Last-Translator: Automatically generated`` and ``Language-Team: none``
#: (Poedit and Weblate put the reviewer's name there on the first save); a template carries
#: xgettext's placeholders, which ``msginit`` fills in.
MACHINE_TRANSLATOR = "Automatically generated"
NO_TEAM = "none"
TEMPLATE_TRANSLATOR = "FULL NAME <EMAIL@ADDRESS>"
TEMPLATE_TEAM = "LANGUAGE <LL@li.org>"
TEMPLATE_REVISION_DATE = "YEAR-MO-DA HO:MI+ZONE"


# --------------------------------------------------------------------------- building
def creation_timestamp() -> str:
    """``YYYY-MM-DD HH:MM+0000`` from ``SOURCE_DATE_EPOCH`` when set (reproducible), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = time.time()
    if epoch is not None and epoch.strip().isdigit():
        moment = int(epoch.strip())
    return datetime.fromtimestamp(moment, tz=timezone.utc).strftime("%Y-%m-%d %H:%M+0000")


def source_version(text: str) -> str:
    """The version of a source document named in ``Project-Id-Version``: the first 12 hex
    digits of the SHA-256 of its text, so it changes exactly when the source does."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def project_id(project: str, version: str | None) -> str:
    """``Project-Id-Version``: ``<project> <version>`` (gettext's ``PACKAGE VERSION``; Babel
    reads the last word as the version)."""
    return f"{project} {version}" if version else project


_SOURCE_VERSION = re.compile(r"^(?P<name>.+) (?P<version>[0-9a-f]{12})$")


def header_source(header: Mapping[str, str]) -> str | None:
    """The source file a reltrans PO or POT was made from, as its ``Project-Id-Version``
    names it (``release.fr.txt 3f2a9c1d04b7`` -> ``release.fr.txt``); None when the header
    was not written so by reltrans (no ``X-Reltrans-Signature``, or no source version: a
    team's own project name, or a reltrans < 0.2 file)."""
    if SIGNATURE_FIELD not in header:
        return None
    match = _SOURCE_VERSION.match(header.get("Project-Id-Version", "").strip())
    return match.group("name") if match else None


def make_header(
    *,
    source_lang: str,
    target_lang: str,
    project: str,
    signature: str,
    extra: Mapping[str, str] | None = None,
    version: str | None = None,
    last_translator: str | None = None,
    language_team: str | None = None,
) -> dict[str, str]:
    """The header fields of a reltrans PO file, in the order gettext tools write them.

    ``signature`` is the reproducibility signature (model package and version, glossary digest,
    segmenter version), kept in ``X-Reltrans-Signature``. ``Project-Id-Version`` is
    ``project`` and ``version`` (:func:`source_version`). ``Last-Translator`` and
    ``Language-Team`` are the project configuration's, else :data:`MACHINE_TRANSLATOR` and
    :data:`NO_TEAM` (gettext's convention for a file nobody has translated yet). Both language
    codes must be valid (:mod:`reltrans.langcodes`; UsageError otherwise), and no value may
    hold a line break, so nothing can add a header line.
    """
    from reltrans.langcodes import primary_language, require

    source_lang = require(source_lang, label="source language")
    target_lang = require(target_lang, label="target language")
    stamp = creation_timestamp()
    header = {
        "Project-Id-Version": _header_value(project_id(project, version)),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": stamp,
        "Last-Translator": _header_value(last_translator or MACHINE_TRANSLATOR),
        "Language-Team": _header_value(language_team or NO_TEAM),
        "Language": target_lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(primary_language(target_lang), DEFAULT_PLURAL_FORMS),
        "X-Generator": f"reltrans {__version__}",
        "X-Source-Language": source_lang,
        SIGNATURE_FIELD: signature,
    }
    header.update(extra or {})
    return header


def make_template_header(*, source_lang: str, project: str, version: str | None, signature: str) -> dict[str, str]:
    """The header of a reltrans template (POT), as xgettext writes one: placeholders for what
    ``msginit`` or the translator fills in (:data:`TEMPLATE_TRANSLATOR`, ...), no Language,
    no Plural-Forms; the charset is UTF-8 (reltrans refuses xgettext's ``CHARSET``
    placeholder when reading, so it does not write it)."""
    from reltrans.langcodes import require

    source_lang = require(source_lang, label="source language")
    return {
        "Project-Id-Version": _header_value(project_id(project, version)),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": creation_timestamp(),
        "PO-Revision-Date": TEMPLATE_REVISION_DATE,
        "Last-Translator": TEMPLATE_TRANSLATOR,
        "Language-Team": TEMPLATE_TEAM,
        "Language": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"reltrans {__version__}",
        "X-Source-Language": source_lang,
        SIGNATURE_FIELD: signature,
    }


def _header_value(value: str) -> str:
    """One header line: control characters (a newline in a file name or a configured name)
    would start a new header field."""
    return "".join(f"\\u{ord(c):04x}" if c < " " or c in "\x7f\u2028\u2029" else c for c in value).strip()


def build_catalog(
    units: Iterable[TranslationUnit],
    header: Mapping[str, str],
    *,
    path: str | None = None,
    header_comment: str = "",
) -> Catalog:
    """Turn translation units into a catalog: fuzzy flag for drafts, references, context comments."""
    entries = []
    for unit in units:
        flags = ("fuzzy",) if unit.fuzzy else ()
        comments = list(unit.context_comments)
        if unit.unmet_terms:
            comments.append(UNMET_PREFIX + " " + "; ".join(unit.unmet_terms))
        entries.append(
            CatalogEntry(
                msgid=unit.msgid,
                msgstr=unit.msgstr,
                flags=flags,
                references=tuple((file, line) for file, line in unit.references),
                extracted_comments=tuple(comments),
            )
        )
    return Catalog(header=dict(header), entries=tuple(entries), path=path, header_comment=header_comment)


# --------------------------------------------------------------------------- writing
def _utf8_header(header: Mapping[str, str]) -> dict[str, str]:
    """The header as written: the text is always UTF-8, so the declared charset must say so
    (a latin-1 header over UTF-8 bytes would read back as mojibake)."""
    fields = dict(header)
    if "Content-Type" in fields:
        fields["Content-Type"] = _CHARSET.sub("charset=UTF-8", fields["Content-Type"])
    return fields


def _plural_count(header: Mapping[str, str]) -> int:
    match = re.search(r"nplurals\s*=\s*(\d+)", header.get("Plural-Forms", ""))
    return max(1, min(int(match.group(1)), 10)) if match else 2


def catalog_to_text(catalog: Catalog, *, wrap: bool = False) -> str:
    """The PO text of ``catalog`` (UTF-8 content, ``\\n`` line ends, final newline), laid out
    as GNU ``msgcat`` lays it out: wrapped at 79 columns with ``wrap`` (msgcat's default, and
    what translate-toolkit, hence Weblate, writes), else one line per string (``msgcat
    --no-wrap``); either way strings are cut after each ``\\n`` and ``#:`` lines at 79 columns,
    comments are never wrapped (see :mod:`reltrans.powrap` and the wrap policy in the README).

    The text is read back before it is returned: if any entry would not read back to the same
    msgctxt, msgid, msgid_plural and msgstr(s), or an entry would be lost, :class:`OutputError`
    is raised (never write back less than was read)."""
    text = _format_po(catalog, width=WRAP_WIDTH if wrap else 0)
    _verify_round_trip(catalog, text)
    return text


def write_catalog(
    catalog: Catalog, path: str | os.PathLike[str], *, backup: bool = True, wrap: bool | None = False
) -> Path:
    """Write ``catalog`` atomically to ``path`` (previous file kept as ``path~``); nothing is
    written when the text would not read back as the catalog (:class:`OutputError`).

    ``wrap``: True wraps strings like msgcat, False writes them unwrapped, None keeps the
    layout of the file already at ``path`` (:func:`is_wrapped`; unwrapped for a new file)."""
    if wrap is None:
        wrap = is_wrapped(path)
    return atomic_write(path, catalog_to_text(catalog, wrap=wrap).encode("utf-8"), backup=backup)


#: msgcat's default page width: what ``--wrap`` writes.
WRAP_WIDTH = 79
_CONTINUED = re.compile(r'^[ \t]*(?:#~\|?[ \t]*|#\|[ \t]*)?(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)?[ \t]*"(.*)"[ \t]*$')


def is_wrapped(path: str | os.PathLike[str]) -> bool:
    """Whether the PO file at ``path`` has strings cut anywhere else than after a ``\\n`` (as
    msgcat, translate-toolkit and Weblate write them); False when there is no such file or it
    cannot be read (a new file is written unwrapped unless asked otherwise)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CATALOG_BYTES)
    except OSError:
        return False
    previous: str | None = None  # body of the previous string line, None after anything else
    for raw in data.decode("utf-8", "replace").splitlines():
        match = _CONTINUED.match(raw)
        if match is None:
            previous = None
            continue
        body = match.group(1)
        if raw.lstrip(" \t#~|").startswith('"') and previous not in (None, "") and not previous.endswith("\\n"):
            return True
        previous = body
    return False


def _format_po(catalog: Catalog, *, width: int) -> str:
    """The text of ``catalog`` in msgcat's layout (``width`` 0: ``--no-wrap``)."""
    from reltrans.powrap import wrap_references, wrap_string

    lines: list[str] = []
    if catalog.header_comment:
        lines.extend(_comment_lines("#", catalog.header_comment.split("\n")))
    header_text = "".join(f"{name}: {value}\n" for name, value in _utf8_header(catalog.header).items())
    if catalog.header or catalog.header_comment:
        lines.extend(wrap_string("msgid", "", width=width))
        lines.extend(wrap_string("msgstr", header_text, width=width))
    plural_count = _plural_count(catalog.header)
    live = [entry for entry in catalog.entries if not entry.obsolete]
    obsolete = [entry for entry in catalog.entries if entry.obsolete]
    for entry in live + obsolete:  # gettext writes obsolete entries last
        if lines:
            lines.append("")
        lines.extend(_comment_lines("#", entry.translator_comments))
        lines.extend(_comment_lines("#.", entry.extracted_comments))
        if entry.references:
            items = [file if line is None else f"{file}:{line}" for file, line in entry.references]
            lines.extend(wrap_references(items, width=WRAP_WIDTH))
        if entry.flags:
            lines.append("#, " + ", ".join(entry.flags))
        keyword_prefix = "#~ " if entry.obsolete else ""
        previous_prefix = "#~| " if entry.obsolete else "#| "
        if entry.previous_msgid is not None:
            lines.extend(wrap_string("msgid", entry.previous_msgid, width=width, prefix=previous_prefix))
        if entry.msgctxt is not None:
            lines.extend(wrap_string("msgctxt", entry.msgctxt, width=width, prefix=keyword_prefix))
        lines.extend(wrap_string("msgid", entry.msgid, width=width, prefix=keyword_prefix))
        if entry.msgid_plural is not None:
            lines.extend(wrap_string("msgid_plural", entry.msgid_plural, width=width, prefix=keyword_prefix))
            forms = dict(entry.msgstr_plural) or {index: "" for index in range(plural_count)}
            for index in sorted(forms):
                lines.extend(wrap_string(f"msgstr[{index}]", forms[index], width=width, prefix=keyword_prefix))
        else:
            lines.extend(wrap_string("msgstr", entry.msgstr, width=width, prefix=keyword_prefix))
    return "\n".join(lines) + "\n"


def _comment_lines(mark: str, comments: Iterable[str]) -> list[str]:
    """``# text`` / ``#. text`` lines, one per comment line (never wrapped: a comment's line
    breaks are the writer's; a newline inside one comment starts another comment line)."""
    return [f"{mark} {line}" if line else mark for comment in comments for line in comment.split("\n")]


def _content(entry: CatalogEntry) -> tuple[object, ...]:
    """What a written entry must read back as (comments and references are not strings a
    translator wrote in msgstr)."""
    if entry.msgid_plural is not None:
        forms = tuple(sorted((k, v) for k, v in entry.msgstr_plural.items() if v))
        return (entry.msgctxt, entry.msgid, entry.msgid_plural, forms, entry.obsolete)
    return (entry.msgctxt, entry.msgid, None, entry.msgstr, entry.obsolete, bool(entry.msgstr_plural))


def _verify_round_trip(catalog: Catalog, text: str) -> None:
    where = catalog.path or "<catalog>"
    try:
        back = _PoParser.parse(text, where, "utf-8").catalog()
    except CatalogError as exc:
        raise OutputError(f"refusing to write a PO that would not read back: {exc.message}", path=where) from None
    written = Counter(_content(entry) for entry in back.entries)  # obsolete entries are written last
    wanted = Counter(_content(entry) for entry in catalog.entries)
    if written == wanted:
        return
    missing = wanted - written
    for index, entry in enumerate(catalog.entries):
        if _content(entry) in missing:
            raise OutputError(
                f"refusing to write a PO that would not read back as it is: entry {index + 1} "
                f"({entry.msgid[:40]!r}) would change or be lost; nothing written",
                path=where,
            )
    raise OutputError(
        f"refusing to write a PO that would not read back as it is: {sum(written.values())} entries "
        f"instead of {len(catalog.entries)}; nothing written",
        path=where,
    )


# --------------------------------------------------------------------------- reading
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(\".*)$")
_STRING = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*$')
_CHARSET = re.compile(r"charset=([^\s;\"\\]+)", re.IGNORECASE)
#: every escape msgfmt knows; anything else after a backslash is refused
_ESCAPE = re.compile(r'\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))', re.DOTALL)
_SIMPLE_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
#: keywords whose ``KEYWORD "..."`` lines :meth:`_PoParser.feed_text` reads without a regex
_FAST_KEYWORDS = frozenset({"msgctxt", "msgid", "msgid_plural", "msgstr"})
_UNESCAPED = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "a": "\a", "\\": "\\", '"': '"'}
#: the lines a reader sees as entries: ``msgid ...`` and obsolete ``#~ msgid ...``
_VISIBLE_MSGID = re.compile(r'^[ \t]*(?:#~[ \t]*)?msgid[ \t"]', re.MULTILINE)
_LINE_END = re.compile(r"\r\n?")


def read_catalog(path: str | os.PathLike[str]) -> Catalog:
    """Read and validate a PO file. Raises :class:`CatalogError` with ``path:line`` on any defect.

    A FIFO, device or other special file is refused before it is opened (it could block or never
    end), a file over :data:`MAX_CATALOG_BYTES` before it is read."""
    from reltrans.textio import read_input_bytes, require_regular_file

    file = Path(path)
    info = require_regular_file(file, error=CatalogError, what="a PO file")
    if info.st_size > MAX_CATALOG_BYTES:
        raise CatalogError(_too_large(info.st_size), path=file)
    data = read_input_bytes(file, error=CatalogError, what="a PO file", limit=MAX_CATALOG_BYTES)
    return parse_catalog_bytes(data, str(file))


def _too_large(size: int) -> str:
    return (
        f"file too large for a PO file: {size / 2**20:.1f} MiB, the limit is "
        f"{MAX_CATALOG_BYTES / 2**20:.0f} MiB (MAX_CATALOG_BYTES)"
    )


def parse_catalog_bytes(data: bytes, path: str) -> Catalog:
    """Decode PO bytes by their declared charset, then :func:`parse_catalog`.

    A non-UTF-8 charset over a body that is valid UTF-8 with multi-byte sequences is refused:
    decoding it as declared would turn every accented letter into mojibake, and guessing
    would be a silent rewrite of the header's claim; the message names the evidence."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    entries = _PO_KEYWORD_LINE.search(data) is not None
    if b"\x00" in data:
        line = _byte_line(data, data.index(b"\x00"))
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise CatalogError(f"binary content (NUL byte on line {line}): UTF-16 text, not a PO file; save it as UTF-8", path=path, line=line)
        if not entries:
            raise CatalogError(f"not a PO file: binary content (NUL byte on line {line}); {_PO_EXPECTED}", path=path, line=line)
        raise CatalogError("binary content (NUL byte), not a PO file", path=path, line=line)
    charset, declared, charset_line = _declared_charset(data, path)
    if charset != "utf-8":
        _refuse_utf8_under_another_charset(data, declared, charset_line, path)
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        line = _byte_line(data, exc.start)
        if not entries:
            raise CatalogError(f"not a PO file: binary or undecodable content (invalid {charset} on line {line}); {_PO_EXPECTED}", path=path, line=line) from None
        raise CatalogError(
            f"invalid {charset} byte sequence (header declares charset={charset})", path=path, line=line
        ) from None
    if not entries:
        if not text.strip() or _only_comments(text):
            # no header and no entry: nothing a command could check, build from or merge into
            # (a run that found nothing still writes the header entry)
            what = "0 bytes" if not data else "only blank lines" if not text.strip() else "only comments"
            raise CatalogError(f"empty PO file ({what}): no header and no entries; {_PO_EXPECTED}", path=path)
        raise CatalogError(f"not a PO file: no msgid entry in it; {_PO_EXPECTED}", path=path, line=1)
    return parse_catalog(text, path, charset=charset)


#: a line that opens an entry (``msgid``, ``msgctxt``, obsolete ``#~ msgid``): a file without
#: one is not a PO file, whatever else it holds
_PO_KEYWORD_LINE = re.compile(rb'^[ \t]*(?:#~[ \t]*)?msg(?:id|ctxt)[ \t"]', re.MULTILINE)
_PO_EXPECTED = 'expected a gettext PO file (entries of msgid "..." and msgstr "..." lines)'


def _only_comments(text: str) -> bool:
    """A file of ``#`` lines and blank lines: an empty PO file (msgfmt accepts it; reltrans
    refuses it, as a file it has nothing to read in)."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def _refuse_utf8_under_another_charset(data: bytes, declared: str, charset_line: int | None, path: str) -> None:
    first = re.search(rb"[\x80-\xff]", data)
    if first is None:
        return  # plain ASCII reads the same in every ASCII-compatible charset
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # not UTF-8: the declared charset is the only reading
    sequences = len(re.findall(rb"[\xc0-\xff]", data))  # lead bytes of multi-byte UTF-8 sequences
    raise CatalogError(
        f"header declares charset={declared} but the body is valid UTF-8 ({sequences} multi-byte "
        f"sequence(s), the first on line {_byte_line(data, first.start())}): it would read as mojibake; "
        "set the header to charset=UTF-8 if the text is UTF-8",
        path=path,
        line=charset_line,
    )


def _byte_line(data: bytes, offset: int) -> int:
    """1-based line of ``offset``, CR, LF and CRLF each ending one line."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def parse_catalog(text: str, path: str = "<string>", *, charset: str | None = None) -> Catalog:
    """Parse and validate decoded PO text in one pass (stricter than polib, and faster).

    Reads what gettext writes: comments (``#``, ``#.``, ``#:``, ``#,``, ``#|``), msgctxt,
    msgid, msgid_plural, msgstr, msgstr[n], continuation strings, obsolete ``#~`` entries,
    and every escape msgfmt decodes. ``charset`` is the file's (escaped bytes above 0x7f are
    bytes in it); by default the one the header declares, else UTF-8.
    ``CatalogEntry.line`` is the line of the msgid.

    A text with fewer entries than ``msgid`` / ``#~ msgid`` lines is refused: whatever
    misread it, it must not be taken for that catalog (and rewritten with less).
    """
    if charset is None:
        charset = _text_charset(text)
    parser = _PoParser.parse(text, path, charset)
    catalog = parser.catalog()
    _reject_duplicates(catalog.entries, path)
    _reject_lost_entries(text, len(catalog.entries) + (1 if parser.header_seen else 0), path)
    return catalog


def _reject_lost_entries(text: str, parsed: int, path: str) -> None:
    """The safety net: ``parsed`` entries (header included) must be at least the number of
    ``msgid`` / ``#~ msgid`` lines anyone opening the file sees."""
    visible = len(_VISIBLE_MSGID.findall(_LINE_END.sub("\n", text)))
    if parsed < visible:
        raise CatalogError(
            f"read {parsed} entries (header included) but the file has {visible} msgid lines; "
            "refusing to use it as this catalog, nothing changed",
            path=path,
        )


def _text_charset(text: str) -> str:
    match = _CHARSET.search(text[:4096])
    if match is None:
        return "utf-8"
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return "utf-8"


def _declared_charset(data: bytes, path: str) -> tuple[str, str, int | None]:
    """The codec name of the header's charset (UTF-8 when none), the name as written, and the
    line declaring it."""
    head = data[:4096]
    match = _CHARSET.search(head.decode("ascii", errors="replace"))
    if match is None:
        return "utf-8", "UTF-8", None
    name = match.group(1)
    line = _byte_line(head, match.start())
    if name.upper() == "CHARSET":  # the xgettext template placeholder
        raise CatalogError("header charset is the template placeholder CHARSET", path=path, line=line)
    try:
        return codecs.lookup(name).name, name, line
    except LookupError:
        raise CatalogError(f"unknown charset {name!r} in the header", path=path, line=line) from None


def _unescape(body: str, charset: str, path: str, number: int) -> str:
    """Decode the escapes of a string body as msgfmt does (see the module docstring)."""
    if "\\" not in body:
        return body
    try:  # the one-letter escapes (what reltrans and gettext write), in one regex pass; any other sends us the long way
        return _SIMPLE_ESCAPE.sub(_simple_escape, body)
    except KeyError:
        pass
    parts: list[str] = []
    pending = bytearray()  # escaped bytes above 0x7f, decoded together in the file's charset
    position = 0

    def flush() -> None:
        if pending:
            try:
                parts.append(bytes(pending).decode(charset))
            except (UnicodeDecodeError, LookupError):
                shown = "".join(f"\\x{byte:02x}" for byte in pending)
                raise CatalogError(
                    f"escaped bytes {shown} are not valid {_charset_name(charset)}", path=path, line=number
                ) from None
            pending.clear()

    for match in _ESCAPE.finditer(body):
        if match.start() > position:
            flush()
            parts.append(body[position : match.start()])
        position = match.end()
        octal, hexadecimal, other = match.groups()
        if other is not None:
            if other not in _UNESCAPED:
                raise CatalogError(f"invalid escape sequence '{match.group(0)}' in a string", path=path, line=number)
            flush()
            parts.append(_UNESCAPED[other])
            continue
        value = int(octal, 8) if octal is not None else int(hexadecimal, 16)
        if value == 0:
            raise CatalogError(f"NUL escape '{match.group(0)}' in a string (msgfmt cuts the string there)", path=path, line=number)
        if value > 0xFF:
            raise CatalogError(
                f"escape '{match.group(0)}' is out of range (a byte is at most \\xff; msgfmt reads every hex "
                "digit after \\x and would keep only the low byte)",
                path=path,
                line=number,
            )
        if value < 0x80:
            flush()
            parts.append(chr(value))
        else:
            pending.append(value)
    if position < len(body):
        flush()
        parts.append(body[position:])
    flush()
    return "".join(parts)


def _simple_escape(match: "re.Match[str]") -> str:
    return _UNESCAPED[match.group(1)]  # KeyError: not one of the one-letter escapes


def _charset_name(charset: str) -> str:
    return "UTF-8" if charset == "utf-8" else charset


class _PoParser:
    """A line-driven PO reader that validates as it parses (one pass, no polib)."""

    def __init__(self, path: str, charset: str = "utf-8") -> None:
        self.path = path
        self.charset = charset
        self.entries: list[CatalogEntry] = []
        self.header: dict[str, str] = {}
        self.header_comment = ""
        self.header_seen = False
        self._reset()

    @classmethod
    def parse(cls, text: str, path: str, charset: str) -> "_PoParser":
        """Read all of ``text`` (any line ends) and check that no entry is left open."""
        parser = cls(path, charset)
        parser.feed_text(_LINE_END.sub("\n", text) if "\r" in text else text)
        parser.finish()
        return parser

    def catalog(self) -> Catalog:
        return Catalog(header=self.header, entries=tuple(self.entries), path=self.path, header_comment=self.header_comment)

    def _reset(self) -> None:
        self.fields: dict[str, list[str]] = {}
        self.plural: dict[int, list[str]] = {}
        self.previous: dict[str, list[str]] = {}
        self.flags: list[str] = []
        self.references: list[tuple[str, int | None]] = []
        self.extracted: list[str] = []
        self.translator: list[str] = []
        self.obsolete = False
        self.msgid_line = 0
        self.msgctxt_line = 0
        self.open_field: list[str] | None = None  # where continuation strings go
        self.has_msgstr = False

    # ---------------------------------------------------------------- lines
    def feed_text(self, text: str) -> None:
        """Feed every line of ``text``. The common line shapes (``msgid "..."``, ``"..."``,
        ``#: ref``, blank) without backslash or inner quote are read inline; every other line
        goes through :meth:`feed`, the reference reader they must agree with. Line ends are
        ``\\n`` here (:meth:`parse` turns CR and CRLF into it)."""
        feed = self.feed
        keyword_line = self._keyword
        fast_keywords = _FAST_KEYWORDS
        # not splitlines(): \x1e, \x85 ... are not line ends in a PO file
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.strip(" \t\r")
            if not line:
                self.open_field = None
                continue
            first = line[0]
            if line[-1] == '"' and (first == "m" or first == '"'):
                space = line.find(' "') if first == "m" else -1  # 'msgid "' or a bare string
                body = line[space + 2 : -1]
                if (space > 0 or first == '"') and len(line) > space + 2 and '"' not in body and "\\" not in body:
                    if first == '"':
                        if self.open_field is not None:
                            self.open_field.append(body)
                            continue
                    else:
                        keyword = line[:space]
                        if keyword in fast_keywords:
                            keyword_line(keyword, None, body, number, False)
                            continue
            elif first == "#" and line.startswith("#: "):
                if self.has_msgstr:
                    self._flush()
                self.open_field = None
                self.references.extend(map(_reference, line[3:].split()))
                continue
            feed(line, number)

    def feed(self, line: str, number: int) -> None:
        """Read one stripped line (the reference reader; :meth:`feed_text` inlines the common cases)."""
        if line.startswith("#~"):
            rest = line[2:].lstrip(" ")
            if rest.startswith("|"):
                self._previous_line(rest[1:].strip(), number)
            elif rest:
                self._keyword_or_string(rest, number, obsolete=True)
            return
        if not line:
            self.open_field = None
            return
        if line[0] == "#":
            self._comment(line, number)
            return
        self._keyword_or_string(line, number, obsolete=False)

    def _comment(self, line: str, number: int) -> None:
        kind = line[1:2]
        if kind == "|":
            self._previous_line(line[2:].strip(), number)
            return
        if self.has_msgstr:
            self._flush()
        self.open_field = None
        body = line[2:].strip() if kind in (".", ":", ",") else line[1:]
        if kind == ".":
            self.extracted.append(body)
        elif kind == ":":
            self.references.extend(_reference(token) for token in body.split())
        elif kind == ",":
            self.flags.extend(flag.strip() for flag in body.split(",") if flag.strip())
        else:
            self.translator.append(body[1:] if body.startswith(" ") else body)

    def _previous_line(self, rest: str, number: int) -> None:
        if self.has_msgstr:
            self._flush()
        match = _KEYWORD.match(rest)
        if match:
            keyword, _, string = match.groups()
            self.open_field = self.previous.setdefault(keyword, [])
            self.open_field.append(self._string(string, number, keyword))
        elif rest.startswith('"') and self.open_field is not None:
            self.open_field.append(self._string(rest, number, None))
        else:
            raise CatalogError(f"syntax error in previous-msgid comment: {rest[:30]!r}", path=self.path, line=number)

    def _keyword_or_string(self, line: str, number: int, *, obsolete: bool) -> None:
        match = _KEYWORD.match(line)
        if match is None:
            if line.startswith('"'):
                if self.open_field is None:
                    raise CatalogError("string outside of an entry", path=self.path, line=number)
                self.open_field.append(self._string(line, number, None))
                return
            raise CatalogError(f"syntax error: unexpected {line[:30]!r}", path=self.path, line=number)
        keyword, index, string = match.groups()
        self._keyword(keyword, index, self._string(string, number, keyword), number, obsolete)

    def _keyword(self, keyword: str, index: str | None, value: str, number: int, obsolete: bool) -> None:
        fields = self.fields
        if keyword in ("msgctxt", "msgid") and (self.has_msgstr or keyword in fields or "msgid" in fields):
            if not self.has_msgstr:
                if "msgid" not in fields:
                    raise CatalogError("second msgctxt before the msgid", path=self.path, line=number)
                raise CatalogError("msgid without msgstr", path=self.path, line=self.msgid_line or number)
            self._flush()
            fields = self.fields
        if keyword == "msgid":
            self.msgid_line = number
        elif keyword == "msgctxt":
            self.msgctxt_line = number
        elif keyword.startswith("msgstr"):
            self._check_msgstr(index, number)
            self.has_msgstr = True
        elif keyword == "msgid_plural":
            if "msgid" not in fields:
                raise CatalogError("msgid_plural without msgid", path=self.path, line=number)
            if self.has_msgstr or "msgid_plural" in fields:
                raise CatalogError("msgid_plural must follow the msgid, once", path=self.path, line=number)
        self.obsolete = self.obsolete or obsolete
        if index is not None:
            self.open_field = self.plural.setdefault(int(index), [])
        else:
            self.open_field = fields.setdefault(keyword, [])
        self.open_field.append(value)

    def _check_msgstr(self, index: str | None, number: int) -> None:
        """msgfmt's rules: a plural entry has msgstr[0], msgstr[1]... in order, nothing else has."""
        fields = self.fields
        name = "msgstr" if index is None else f"msgstr[{index}]"
        if "msgid" not in fields:
            raise CatalogError(f"{name} without msgid", path=self.path, line=number)
        plural = "msgid_plural" in fields
        if index is None:
            if plural:
                raise CatalogError("plural entry (msgid_plural) with a plain msgstr; it needs msgstr[0], msgstr[1]...", path=self.path, line=number)
            if "msgstr" in fields:
                raise CatalogError("second msgstr in one entry", path=self.path, line=number)
            return
        if not plural:
            raise CatalogError(f"{name} without msgid_plural", path=self.path, line=number)
        if int(index) != len(self.plural):
            raise CatalogError(f"plural form {name} has the wrong index (expected msgstr[{len(self.plural)}])", path=self.path, line=number)

    def _string(self, string: str, number: int, keyword: str | None) -> str:
        match = _STRING.match(string)
        if match is None:
            after = f" after {keyword}" if keyword else ""
            raise CatalogError(f"unterminated or malformed string{after}", path=self.path, line=number)
        return _unescape(match.group(1), self.charset, self.path, number)

    # ---------------------------------------------------------------- entries
    def finish(self) -> None:
        if self.fields and "msgid" not in self.fields:
            raise CatalogError("msgctxt without msgid (truncated file?)", path=self.path, line=self.msgctxt_line or None)
        if "msgid" in self.fields and not self.has_msgstr:
            raise CatalogError("msgid without msgstr (truncated file?)", path=self.path, line=self.msgid_line)
        if "msgid" in self.fields:
            self._flush()

    def _flush(self) -> None:
        fields = self.fields
        msgid = "".join(fields["msgid"])
        msgctxt = "".join(fields["msgctxt"]) if "msgctxt" in fields else None
        msgstr = "".join(fields.get("msgstr", []))
        if msgid == "" and msgctxt is None and not self.obsolete and not self.header_seen:
            self.header_seen = True
            self.header = _parse_header(msgstr)
            self.header_comment = "\n".join(self.translator)
            self._reset()
            return
        plural = "".join(fields["msgid_plural"]) if "msgid_plural" in fields else None
        previous = self.previous
        self.entries.append(
            CatalogEntry(
                msgid=msgid,
                msgstr=msgstr,
                msgctxt=msgctxt,
                flags=tuple(self.flags),
                references=tuple(self.references),
                extracted_comments=tuple(self.extracted),
                translator_comments=tuple(self.translator),
                previous_msgid="".join(previous["msgid"]) if "msgid" in previous else None,
                obsolete=self.obsolete,
                line=self.msgid_line,
                msgid_plural=plural,
                msgstr_plural={k: "".join(v) for k, v in sorted(self.plural.items())} if plural is not None else {},
            )
        )
        self._reset()


def _reference(token: str) -> tuple[str, int | None]:
    file, sep, line = token.rpartition(":")
    if sep and line.isdigit():
        return file, int(line)
    return token, None


def _parse_header(msgstr: str) -> dict[str, str]:
    header: dict[str, str] = {}
    key: str | None = None
    for line in msgstr.split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            key = name.strip()
            header[key] = value.strip()
        elif line.strip() and key is not None:
            header[key] += "\n" + line.strip()
    return header


def _reject_duplicates(entries: Sequence[CatalogEntry], path: str) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    for entry in entries:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            first = f" (first at line {seen[key]})" if seen[key] else ""
            raise CatalogError(f"duplicate entry {entry.msgid[:40]!r}{first}", path=path, line=entry.line or None)
        seen[key] = entry.line
