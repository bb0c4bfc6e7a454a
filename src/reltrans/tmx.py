"""TMX 1.4 (Translation Memory eXchange) reading and writing. The only module that parses TMX.

Reading goes through defusedxml: entity declarations (XXE, "billion laughs") and external
references are refused with a one-line :class:`~reltrans.errors.MemoryStoreError` naming the
file; a plain ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (which most CAT tools write) is accepted, the
DTD is never loaded. Malformed XML gives the line number. Inline codes in ``<seg>`` (``bpt``,
``ept``, ``ph``, ``it``, ``ut``) are dropped and ``<hi>`` keeps its text: reltrans works on plain
sentences.

Hostile files get bounded work: a FIFO or device is refused before it is opened, a file over
:data:`MAX_TMX_BYTES` before it is read; a ``<tu>`` with more than :data:`MAX_VARIANTS_PER_UNIT`
``<tuv>`` (``srclang="*all*"`` pairs every variant with every other one, so a unit of *n*
variants gives *n*(*n*-1) pairs), a file giving more than :data:`MAX_TMX_PAIRS` pairs, and inline
markup nested deeper than :data:`MAX_INLINE_DEPTH` are refused with one line. Line ends (CR,
LF, CRLF) are normalised by the XML parser, as XML requires.

Writing produces TMX 1.4 with ``creationtool="reltrans"``, ``segtype="sentence"``,
``datatype="plaintext"``, one ``<tu>`` per pair, ``creationdate`` on each unit and reltrans's own
properties (``x-reltrans-origin``, ``x-reltrans-reviewed``, ``x-reltrans-file``) so that a round
trip keeps provenance.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable
from xml.sax.saxutils import escape, quoteattr

from reltrans import __version__
from reltrans.errors import MemoryStoreError

#: Largest TMX file read (bytes); the parsed tree takes several times this in memory.
MAX_TMX_BYTES = 100 * 1024 * 1024
#: Most ``<tuv>`` variants one ``<tu>`` may hold (the EU's 24 languages fit twice over).
MAX_VARIANTS_PER_UNIT = 64
#: Most source/target pairs one TMX file may give.
MAX_TMX_PAIRS = 1_000_000
#: Deepest nesting of inline elements (``<hi>``, ``<sub>`` ...) inside a ``<seg>``.
MAX_INLINE_DEPTH = 32

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROP_ORIGIN = "x-reltrans-origin"
PROP_REVIEWED = "x-reltrans-reviewed"
PROP_FILE = "x-reltrans-file"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TMX_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


@dataclass(frozen=True)
class TmxUnit:
    """One source/target pair. ``created`` is ISO 8601 UTC (``2024-01-31T12:00:00Z``) or None."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    created: str | None = None
    origin: str | None = None
    reviewed: bool | None = None  # None: the file does not say
    origin_file: str | None = None


# --------------------------------------------------------------------------- reading
def read_tmx(path: str | os.PathLike[str]) -> list[TmxUnit]:
    """Read a TMX file into pairs. Raises :class:`MemoryStoreError` (one line) on any defect,
    a special file (FIFO, device) and a file over :data:`MAX_TMX_BYTES` included."""
    from reltrans.textio import read_input_bytes, require_regular_file

    file = Path(path)
    info = require_regular_file(file, error=MemoryStoreError, what="a TMX file")
    if info.st_size > MAX_TMX_BYTES:
        raise MemoryStoreError(
            f"file too large for a TMX file: {info.st_size / 2**20:.1f} MiB, the limit is "
            f"{MAX_TMX_BYTES / 2**20:.0f} MiB (MAX_TMX_BYTES)",
            path=file,
        )
    data = read_input_bytes(file, error=MemoryStoreError, what="a TMX file", limit=MAX_TMX_BYTES)
    return parse_tmx(data, str(file))


def parse_tmx(data: bytes, path: str = "<tmx>") -> list[TmxUnit]:
    """Parse TMX bytes. Every ``<tu>`` gives one pair per target ``<tuv>``.

    The source variant is the one whose language is the unit's ``srclang`` (else the header's);
    with ``srclang="*all*"`` every ordered pair of variants is returned.
    """
    root = _parse_xml(data, path)
    if _local(root.tag) != "tmx":
        raise MemoryStoreError(f"not a TMX file (root element <{_local(root.tag)}>)", path=path)
    header = _child(root, "header")
    body = _child(root, "body")
    if body is None:
        raise MemoryStoreError("TMX file has no <body>", path=path)
    header_src = (header.get("srclang") if header is not None else None) or "*all*"
    header_date = _iso_date(header.get("creationdate")) if header is not None else None
    units: list[TmxUnit] = []
    for number, tu in enumerate(_children(body, "tu"), start=1):
        units.extend(_pairs(tu, tu.get("srclang") or header_src, header_date, path, number))
        if len(units) > MAX_TMX_PAIRS:
            raise MemoryStoreError(
                f"more than {MAX_TMX_PAIRS:,} language pairs by translation unit {number} (MAX_TMX_PAIRS); "
                "split the file or name a srclang",
                path=path,
            )
    return units


def _parse_xml(data: bytes, path: str) -> Any:
    import defusedxml
    import defusedxml.ElementTree as SafeET
    from xml.etree.ElementTree import ParseError

    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise MemoryStoreError("DTD declarations are not allowed in TMX", path=path) from None
    except defusedxml.EntitiesForbidden:
        raise MemoryStoreError("entity declarations are not allowed in TMX (XXE protection)", path=path) from None
    except defusedxml.ExternalReferenceForbidden:
        raise MemoryStoreError("external references are not allowed in TMX", path=path) from None
    except defusedxml.DefusedXmlException as exc:
        raise MemoryStoreError(f"unsafe XML refused: {type(exc).__name__}", path=path) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        reason = str(exc).split(":")[0]
        raise MemoryStoreError(f"malformed XML: {reason} (column {column})", path=path, line=line) from None


def _pairs(tu: Any, srclang: str, default_date: str | None, path: str, number: int) -> list[TmxUnit]:
    variants: list[tuple[str, str]] = []
    tuvs = _children(tu, "tuv")
    if len(tuvs) > MAX_VARIANTS_PER_UNIT:
        raise MemoryStoreError(
            f"translation unit {number} has {len(tuvs)} <tuv> variants, at most {MAX_VARIANTS_PER_UNIT} "
            "are read (MAX_VARIANTS_PER_UNIT)",
            path=path,
        )
    for tuv in tuvs:
        lang = tuv.get(XML_LANG) or tuv.get("lang")
        if not lang:
            raise MemoryStoreError(f"<tuv> without xml:lang in translation unit {number}", path=path)
        seg = _child(tuv, "seg")
        if seg is None:
            raise MemoryStoreError(f"<tuv xml:lang={lang!r}> without <seg> in translation unit {number}", path=path)
        variants.append((lang, _seg_text(seg, path, number)))
    props = {p.get("type"): (p.text or "") for p in _children(tu, "prop")}
    created = _iso_date(tu.get("creationdate") or tu.get("changedate")) or default_date
    reviewed = None
    if PROP_REVIEWED in props:
        reviewed = props[PROP_REVIEWED].strip().lower() in {"true", "1", "yes"}
    common = {"created": created, "origin": props.get(PROP_ORIGIN), "reviewed": reviewed, "origin_file": props.get(PROP_FILE)}
    if srclang == "*all*":
        sources = variants
    else:
        sources = [v for v in variants if _same_lang(v[0], srclang)][:1]
    return [
        TmxUnit(source_lang=s_lang, target_lang=t_lang, source=s_text, target=t_text, **common)
        for s_lang, s_text in sources
        for t_lang, t_text in variants
        if not _same_lang(t_lang, s_lang) and s_text.strip() and t_text.strip()
    ]


def _seg_text(seg: Any, path: str = "<tmx>", number: int = 0) -> str:
    """The text of ``seg`` and of its inline elements, without the inline codes (iterative:
    nesting is bounded by :data:`MAX_INLINE_DEPTH`, not by Python's recursion limit)."""
    parts = [seg.text or ""]
    stack: list[tuple[Any, str]] = [(iter(seg), "")]  # children still to read, tail after the element
    while stack:
        children, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            parts.append(tail)
            continue
        if _local(child.tag) in _CODES:
            parts.append(child.tail or "")
            continue
        if len(stack) > MAX_INLINE_DEPTH:
            raise MemoryStoreError(
                f"inline markup nested deeper than {MAX_INLINE_DEPTH} levels in translation unit {number} (MAX_INLINE_DEPTH)",
                path=path,
            )
        parts.append(child.text or "")
        stack.append((iter(child), child.tail or ""))
    return "".join(parts)


def _same_lang(a: str, b: str) -> bool:
    return a.replace("_", "-").lower() == b.replace("_", "-").lower()


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [c for c in element if _local(c.tag) == name]


def _child(element: Any, name: str) -> Any:
    found = _children(element, name)
    return found[0] if found else None


def _iso_date(value: str | None) -> str | None:
    """``20240131T120000Z`` (TMX) -> ``2024-01-31T12:00:00Z``; anything else -> None."""
    match = _TMX_DATE.match((value or "").strip())
    if match is None:
        return None
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}Z"


def _tmx_date(iso: str | None) -> str | None:
    """``2024-01-31T12:00:00Z`` -> ``20240131T120000Z``."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------- writing
def _text(value: str) -> str:
    return escape(_INVALID_XML.sub("", value), {"\r": "&#13;"})


def _attr(value: str) -> str:
    return quoteattr(_INVALID_XML.sub("", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def write_tmx(units: Iterable[TmxUnit], *, created: str | None = None, adminlang: str = "en") -> str:
    """TMX 1.4 text for ``units``. ``srclang`` is the common source language, else ``*all*``
    (then each ``<tu>`` names its own). ``created`` (ISO) stamps the header."""
    items = list(units)
    source_langs = {u.source_lang for u in items}
    srclang = next(iter(source_langs)) if len(source_langs) == 1 else "*all*"
    header_date = _tmx_date(created)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        "  <header creationtool=\"reltrans\" creationtoolversion=" + _attr(__version__)
        + " segtype=\"sentence\" o-tmf=\"reltrans\" adminlang=" + _attr(adminlang)
        + " srclang=" + _attr(srclang) + " datatype=\"plaintext\""
        + (f' creationdate="{header_date}"' if header_date else "") + "/>",
        "  <body>",
    ]
    for unit in items:
        lines.extend(_tu_lines(unit, srclang))
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _tu_lines(unit: TmxUnit, srclang: str) -> list[str]:
    attrs = ""
    stamp = _tmx_date(unit.created)
    if stamp:
        attrs += f' creationdate="{stamp}"'
    if srclang == "*all*":
        attrs += " srclang=" + _attr(unit.source_lang)
    out = [f"    <tu{attrs}>"]
    if unit.origin:
        out.append(f'      <prop type="{PROP_ORIGIN}">{_text(unit.origin)}</prop>')
    if unit.reviewed is not None:
        out.append(f'      <prop type="{PROP_REVIEWED}">{"true" if unit.reviewed else "false"}</prop>')
    if unit.origin_file:
        out.append(f'      <prop type="{PROP_FILE}">{_text(unit.origin_file)}</prop>')
    for lang, text in ((unit.source_lang, unit.source), (unit.target_lang, unit.target)):
        out.append(f"      <tuv xml:lang={_attr(lang)}><seg>{_text(text)}</seg></tuv>")
    out.append("    </tu>")
    return out
