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

#: Extracted-comment prefix of the reproducibility signature fields in the header.
SIGNATURE_FIELD = "X-Reltrans-Signature"


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
            comments.append("reltrans: unmet terms: " + "; ".join(unit.unmet_terms))
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
def _to_polib(catalog: Catalog) -> "polib.POFile":
    import polib

    po = polib.POFile(wrapwidth=78, encoding="utf-8", check_for_duplicates=False)
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
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*)$")
_STRING = re.compile(r'^"(?:[^"\\]|\\.)*"\s*$')
_CHARSET = re.compile(r"charset=([^\s;\"\\]+)", re.IGNORECASE)


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


def parse_catalog(text: str, path: str = "<string>") -> Catalog:
    """Parse and validate PO text that is already decoded."""
    _validate_syntax(text, path)
    return _from_polib(text, path)


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


def _validate_syntax(text: str, path: str) -> None:
    """Reject what polib silently accepts: unterminated strings, msgid without msgstr, junk."""
    expecting_msgstr_since: int | None = None
    in_string_block = False
    lines = text.split("\n")  # not splitlines(): it also splits at \x1e, \x85, \u2028 ...
    for number, raw in enumerate(lines, start=1):
        line = raw.strip(" \t\r")
        if line.startswith("#~"):
            line = line[2:].strip()
            if not line or line.startswith("|"):
                continue
        elif not line or line.startswith("#"):
            in_string_block = False
            continue
        match = _KEYWORD.match(line)
        if match:
            keyword, rest = match.groups()
            if not _STRING.match(rest):
                raise CatalogError(f"unterminated or malformed string after {keyword}", path=path, line=number)
            if keyword == "msgid":
                if expecting_msgstr_since is not None:
                    raise CatalogError("msgid without msgstr", path=path, line=expecting_msgstr_since)
                expecting_msgstr_since = number
            elif keyword.startswith("msgstr"):
                expecting_msgstr_since = None
            in_string_block = True
            continue
        if line.startswith('"'):
            if not in_string_block:
                raise CatalogError("string outside of an entry", path=path, line=number)
            if not _STRING.match(line):
                raise CatalogError("unterminated or malformed string", path=path, line=number)
            continue
        raise CatalogError(f"syntax error: unexpected {line[:30]!r}", path=path, line=number)
    if expecting_msgstr_since is not None:
        raise CatalogError("msgid without msgstr (truncated file?)", path=path, line=expecting_msgstr_since)


def _from_polib(text: str, path: str) -> Catalog:
    import polib

    try:
        po = polib.pofile(text, wrapwidth=78, check_for_duplicates=False)
    except (OSError, ValueError) as exc:
        message = str(exc)
        found = re.search(r"line (\d+)", message)
        raise CatalogError(message.split(" (line")[0], path=path, line=int(found.group(1)) if found else None) from None
    entries = tuple(_entry_from_polib(e) for e in po)
    _reject_duplicates(entries, path)
    return Catalog(header=dict(po.metadata), entries=entries, path=path, header_comment=po.header or "")


def _entry_from_polib(entry: "polib.POEntry") -> CatalogEntry:
    references = tuple((file, int(line) if str(line).isdigit() else None) for file, line in entry.occurrences)
    return CatalogEntry(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        flags=tuple(entry.flags),
        references=references,
        extracted_comments=tuple(entry.comment.split("\n")) if entry.comment else (),
        translator_comments=tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
        previous_msgid=entry.previous_msgid,
        obsolete=bool(entry.obsolete),
        line=int(entry.linenum or 0),
        msgid_plural=entry.msgid_plural or None,
        msgstr_plural={int(k): v for k, v in entry.msgstr_plural.items()} if entry.msgid_plural else {},
    )


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
