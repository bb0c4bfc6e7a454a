"""Gettext PO catalogs: build, write, read, validate. The only module that imports polib.

Entries are exchanged as :class:`reltrans.model.CatalogEntry`; nothing outside this module sees a
polib object. Reading is strict where polib is lenient (unterminated strings, a msgid without
msgstr, an unknown charset, duplicate entries, invalid bytes): every such file is refused with a
one-line :class:`~reltrans.errors.CatalogError` naming the file and line, as ``msgfmt --check``
would.
"""
from __future__ import annotations

import codecs
import os
import re
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from reltrans import __version__
from reltrans.errors import CatalogError
from reltrans.fsutil import atomic_write
from reltrans.model import Catalog, CatalogEntry, TranslationUnit

if TYPE_CHECKING:  # pragma: no cover
    import polib

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

#: Header field holding the reproducibility signature.
SIGNATURE_FIELD = "X-Reltrans-Signature"
#: ``#.`` comment naming the glossary terms enforcement could not place (read by ``check``).
UNMET_PREFIX = "reltrans: unmet terms:"


# --------------------------------------------------------------------------- building
def creation_timestamp() -> str:
    """``YYYY-MM-DD HH:MM+0000`` from ``SOURCE_DATE_EPOCH`` when set (reproducible), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = time.time()
    if epoch is not None and epoch.strip().isdigit():
        moment = int(epoch.strip())
    return datetime.fromtimestamp(moment, tz=timezone.utc).strftime("%Y-%m-%d %H:%M+0000")


def make_header(
    *,
    source_lang: str,
    target_lang: str,
    project: str,
    signature: str,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The header fields of a reltrans PO file, in the order gettext tools write them.

    ``signature`` is the reproducibility signature (model package and version, glossary digest,
    segmenter version), kept in ``X-Reltrans-Signature``.
    """
    stamp = creation_timestamp()
    header = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": stamp,
        "Last-Translator": "reltrans (machine translation) <reltrans@localhost>",
        "Language-Team": f"{target_lang} <reltrans@localhost>",
        "Language": target_lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(target_lang.split("_")[0], DEFAULT_PLURAL_FORMS),
        "X-Generator": f"reltrans {__version__}",
        "X-Source-Language": source_lang,
        SIGNATURE_FIELD: signature,
    }
    header.update(extra or {})
    return header


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
#: PO files are written unwrapped (like ``msgcat --no-wrap``): polib would also wrap ``#.`` and
#: ``#`` comments, and a wrapped comment reads back as two comments; one line per string also
#: keeps reviewers' diffs small.
_WRAP = 0


def _to_polib(catalog: Catalog) -> "polib.POFile":
    import polib

    po = polib.POFile(wrapwidth=_WRAP, encoding="utf-8", check_for_duplicates=False)
    po.header = catalog.header_comment
    po.metadata = dict(catalog.header)
    for entry in catalog.entries:
        po.append(_entry_to_polib(entry, polib))
    return po


def _entry_to_polib(entry: CatalogEntry, polib: object) -> "polib.POEntry":
    kwargs: dict[str, object] = {
        "msgid": entry.msgid,
        "msgstr": entry.msgstr,
        "flags": list(entry.flags),
        "occurrences": [(file, "" if line is None else str(line)) for file, line in entry.references],
        "comment": "\n".join(entry.extracted_comments),
        "tcomment": "\n".join(entry.translator_comments),
        "obsolete": entry.obsolete,
    }
    if entry.msgctxt is not None:
        kwargs["msgctxt"] = entry.msgctxt
    if entry.previous_msgid is not None:
        kwargs["previous_msgid"] = entry.previous_msgid
    if entry.msgid_plural is not None:
        kwargs["msgid_plural"] = entry.msgid_plural
        kwargs["msgstr_plural"] = dict(entry.msgstr_plural)
        kwargs["msgstr"] = ""
    return polib.POEntry(**kwargs)  # type: ignore[attr-defined]


def catalog_to_text(catalog: Catalog) -> str:
    """The PO text of ``catalog`` (UTF-8 content, ``\\n`` line ends, final newline)."""
    text = str(_to_polib(catalog))
    return text if text.endswith("\n") else text + "\n"


def write_catalog(catalog: Catalog, path: str | os.PathLike[str], *, backup: bool = True) -> Path:
    """Write ``catalog`` atomically to ``path`` (previous file kept as ``path~``)."""
    return atomic_write(path, catalog_to_text(catalog).encode("utf-8"), backup=backup)


# --------------------------------------------------------------------------- reading
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(\".*)$")
_STRING = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*$')
_CHARSET = re.compile(r"charset=([^\s;\"\\]+)", re.IGNORECASE)
_ESCAPE = re.compile(r'\\(\\|n|t|r|v|b|f|a|")')
#: keywords whose ``KEYWORD "..."`` lines :meth:`_PoParser.feed_text` reads without a regex
_FAST_KEYWORDS = frozenset({"msgctxt", "msgid", "msgid_plural", "msgstr"})
_UNESCAPED = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "a": "\a", "\\": "\\", '"': '"'}


def read_catalog(path: str | os.PathLike[str]) -> Catalog:
    """Read and validate a PO file. Raises :class:`CatalogError` with ``path:line`` on any defect."""
    file = Path(path)
    if file.is_dir():
        raise CatalogError("is a directory, expected a PO file", path=file)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise CatalogError("no such file", path=file) from None
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror or exc}", path=file) from None
    return parse_catalog_bytes(data, str(file))


def parse_catalog_bytes(data: bytes, path: str) -> Catalog:
    """Decode PO bytes by their declared charset, then :func:`parse_catalog`."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise CatalogError("binary content (NUL byte), not a PO file", path=path, line=data[: data.index(b"\x00")].count(b"\n") + 1)
    charset = _declared_charset(data, path)
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(f"invalid {charset} byte sequence (header declares charset={charset})", path=path, line=line) from None
    return parse_catalog(text, path)


def parse_catalog(text: str, path: str = "<string>") -> Catalog:
    """Parse and validate decoded PO text in one pass (stricter than polib, and faster).

    Reads what gettext writes: comments (``#``, ``#.``, ``#:``, ``#,``, ``#|``), msgctxt,
    msgid, msgid_plural, msgstr, msgstr[n], continuation strings, obsolete ``#~`` entries,
    and the escapes polib writes. ``CatalogEntry.line`` is the line of the msgid.
    """
    parser = _PoParser(path)
    parser.feed_text(text)
    parser.finish()
    entries = tuple(parser.entries)
    _reject_duplicates(entries, path)
    return Catalog(header=parser.header, entries=entries, path=path, header_comment=parser.header_comment)


def _declared_charset(data: bytes, path: str) -> str:
    head = data[:4096].decode("ascii", errors="replace")
    match = _CHARSET.search(head)
    if match is None:
        return "utf-8"
    name = match.group(1)
    if name.upper() == "CHARSET":  # the xgettext template placeholder
        raise CatalogError("header charset is the template placeholder CHARSET", path=path, line=_line_of(head, match.start()))
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise CatalogError(f"unknown charset {name!r} in the header", path=path, line=_line_of(head, match.start())) from None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], body)


class _PoParser:
    """A line-driven PO reader that validates as it parses (one pass, no polib)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[CatalogEntry] = []
        self.header: dict[str, str] = {}
        self.header_comment = ""
        self._header_seen = False
        self._reset()

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
        self.open_field: list[str] | None = None  # where continuation strings go
        self.has_msgstr = False

    # ---------------------------------------------------------------- lines
    def feed_text(self, text: str) -> None:
        """Feed every line of ``text``. The common line shapes (``msgid "..."``, ``"..."``,
        ``#: ref``, blank) without backslash or inner quote are read inline; every other line
        goes through :meth:`feed`, the reference reader they must agree with."""
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
        if keyword in ("msgctxt", "msgid") and (self.has_msgstr or keyword in self.fields or "msgid" in self.fields):
            if not self.has_msgstr:
                raise CatalogError("msgid without msgstr", path=self.path, line=self.msgid_line or number)
            self._flush()
        if keyword == "msgid":
            self.msgid_line = number
        elif keyword.startswith("msgstr"):
            if "msgid" not in self.fields:
                raise CatalogError(f"{keyword} without msgid", path=self.path, line=number)
            self.has_msgstr = True
        elif keyword == "msgid_plural" and "msgid" not in self.fields:
            raise CatalogError("msgid_plural without msgid", path=self.path, line=number)
        self.obsolete = self.obsolete or obsolete
        if index is not None:
            self.open_field = self.plural.setdefault(int(index), [])
        else:
            self.open_field = self.fields.setdefault(keyword, [])
        self.open_field.append(value)

    def _string(self, string: str, number: int, keyword: str | None) -> str:
        match = _STRING.match(string)
        if match is None:
            after = f" after {keyword}" if keyword else ""
            raise CatalogError(f"unterminated or malformed string{after}", path=self.path, line=number)
        return _unescape(match.group(1))

    # ---------------------------------------------------------------- entries
    def finish(self) -> None:
        if "msgid" in self.fields and not self.has_msgstr:
            raise CatalogError("msgid without msgstr (truncated file?)", path=self.path, line=self.msgid_line)
        if "msgid" in self.fields:
            self._flush()

    def _flush(self) -> None:
        fields = self.fields
        msgid = "".join(fields["msgid"])
        msgctxt = "".join(fields["msgctxt"]) if "msgctxt" in fields else None
        msgstr = "".join(fields.get("msgstr", []))
        if msgid == "" and msgctxt is None and not self.obsolete and not self._header_seen:
            self._header_seen = True
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
