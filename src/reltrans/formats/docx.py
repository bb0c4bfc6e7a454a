"""Word releases (``.docx``), read and rebuilt with python-docx (and its lxml tree).

A Word file is not text, so :func:`load_docx` writes a *serialization* of it as the
:class:`~reltrans.model.Document` text, one line per paragraph, and the rest of reltrans
(segmentation, skeleton, PO, build) works on that text unchanged:

* Paragraphs are taken from the body (tables and their nested tables included), text boxes,
  every section's headers and footers, and footnotes and endnotes, in that order; the copy of a
  text box kept for old Word versions (``mc:Fallback``) is skipped.
* In a paragraph, the runs whose formatting (their ``w:rPr``) covers most of the text are plain
  text; a run with other formatting (bold, italics, a character style...) is a paired placeholder
  ``<x:N>text</x:N>``, a hyperlink another one (around the runs inside it), and whatever else a
  run or a paragraph holds (tabs, breaks, pictures, fields, footnote references, bookmarks,
  tracked changes, content controls) a standalone ``<x:N/>`` kept as it is. ``N`` indexes a
  table of the source's own XML elements, so the markup shown to a reviewer is ``<1>…</1>``.
* :func:`rebuild_docx` reads the source again and replaces only the paragraphs whose line
  changed: the new runs copy the source's ``w:rPr`` for each stretch of text, hyperlinks keep their
  relationship, standalone elements are moved back in their new place. Paragraphs left
  untranslated keep their runs untouched, so an untranslated build holds the same runs, text and
  formatting as the source; styles, numbering, sections and layout are the source's.
"""
from __future__ import annotations

import copy
import io
import os
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Iterator

from reltrans.errors import InputError
from reltrans.formats._lines import has_letter
from reltrans.formats.inline import Token
from reltrans.model import Block, Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{%s}" % W
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
"""The most a .docx may expand to (its parts together); a larger one is refused unread."""

_PARTS = ("/word/document.xml",)
_SIDE_PARTS = re.compile(r"^/word/(header|footer)\d*\.xml$|^/word/(footnotes|endnotes)\.xml$")
_CODE = re.compile(r"<(/?)x:(\d+)(/?)>|&(amp|lt|gt);")
_DROPPED = frozenset({_W + "proofErr", _W + "lastRenderedPageBreak"})  # editor state, never content


@dataclass
class _Paragraph:
    element: Any  # lxml w:p
    kind: str
    line: str  # the serialization
    base: Any  # the w:rPr of its plain text (None: no formatting of its own)


class _Source:
    """The opened document: its paragraphs, serialized, and the element table of their codes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        import docx  # python-docx: lazy, only for Word input

        data = _read(path)
        try:
            self.document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises many kinds for a damaged package
            raise InputError(f"not a readable Word document ({type(exc).__name__}: {exc})", path=path) from None
        self.codes: list[tuple[str, Any, Any]] = []  # (kind, element, rPr) per code number
        self.side_parts: list[tuple[Any, Any]] = []  # (part, root element) of parts parsed from blobs
        self.paragraphs: list[_Paragraph] = []
        for kind, p in self._all_paragraphs():
            items = list(_items(p))
            base = _dominant(items)
            rpr = next((r for k, _e, r, _t in items if k == "text" and _key(r) == base), None)
            self.paragraphs.append(_Paragraph(p, kind, self._emit(items, base), rpr))

    # ------------------------------------------------------------------ reading
    def _all_paragraphs(self) -> Iterator[tuple[str, Any]]:
        body = self.document.element.body
        yield from self._paragraphs_of(body, "body")
        seen: set[str] = set()
        for rel in list(self.document.part.rels.values()):
            if rel.is_external:
                continue
            part = rel.target_part
            name = str(part.partname)
            match = _SIDE_PARTS.match(name)
            if match is None or name in seen:
                continue
            seen.add(name)
            root = getattr(part, "element", None)
            if root is None:
                from lxml import etree

                root = etree.fromstring(part.blob, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
                self.side_parts.append((part, root))
            yield from self._paragraphs_of(root, match.group(1) or match.group(2).rstrip("s"))

    def _paragraphs_of(self, root: Any, where: str) -> Iterator[tuple[str, Any]]:
        for p in root.iter(_W + "p"):
            if any(a.tag == "{%s}Fallback" % MC for a in p.iterancestors()):
                continue
            yield _kind(p, where), p

    def _code(self, kind: str, element: Any, rpr: Any) -> int:
        self.codes.append((kind, element, rpr))
        return len(self.codes) - 1

    def _emit(self, items: list[tuple[str, Any, Any, str]], base: bytes) -> str:
        """The serialization of paragraph (or hyperlink) content whose plain text has ``base``
        formatting; adjacent runs of one other formatting form one pair."""
        out: list[str] = []
        open_key: bytes | None = None
        number = -1
        for kind, element, rpr, text in items:
            key = _key(rpr)
            if kind == "text" and key != base:
                if open_key != key:
                    if open_key is not None:
                        out.append(f"</x:{number}>")
                    number = self._code("format", None, rpr)
                    out.append(f"<x:{number}>")
                    open_key = key
                out.append(_escape(text))
                continue
            if open_key is not None:
                out.append(f"</x:{number}>")
                open_key = None
            if kind == "text":
                out.append(_escape(text))
            elif kind == "link":
                inner = list(_items(element))
                link = self._code("link", element, None)
                out.append(f"<x:{link}>" + self._emit(inner, _dominant(inner)) + f"</x:{link}>")
            else:
                out.append(f"<x:{self._code(kind, element, rpr)}/>")
        if open_key is not None:
            out.append(f"</x:{number}>")
        return "".join(out)

    # ------------------------------------------------------------------ writing
    def rebuild(self, lines: list[str]) -> bytes:
        for paragraph, line in zip(self.paragraphs, lines):
            if line != paragraph.line:
                self._rewrite(paragraph, line)
        for part, root in self.side_parts:
            from lxml import etree

            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def _rewrite(self, paragraph: _Paragraph, line: str) -> None:
        from lxml import etree

        p = paragraph.element
        for child in list(p):
            if child.tag != _W + "pPr":
                p.remove(child)
        stack: list[tuple[Any, Any]] = [(p, paragraph.base)]  # (container, rPr of its plain text)
        cursor = 0
        for match in _CODE.finditer(line):
            if match.start() > cursor:
                _add_text(stack[-1][0], stack[-1][1], line[cursor : match.start()])
            cursor = match.end()
            if match.group(4):
                _add_text(stack[-1][0], stack[-1][1], {"amp": "&", "lt": "<", "gt": ">"}[match.group(4)])
                continue
            kind, element, rpr = self.codes[int(match.group(2))]
            if match.group(3):  # standalone: the element itself (in a run with its formatting)
                if kind == "keep":
                    stack[-1][0].append(element)
                else:
                    run = etree.SubElement(stack[-1][0], _W + "r")
                    if rpr is not None:
                        run.append(copy.deepcopy(rpr))
                    run.append(element)
            elif match.group(1):
                stack.pop()
            elif kind == "link":
                link = etree.SubElement(stack[-1][0], element.tag, attrib=dict(element.attrib))
                stack.append((link, _link_base(element)))
            else:
                stack.append((stack[-1][0], rpr))
        if cursor < len(line):
            _add_text(stack[-1][0], stack[-1][1], line[cursor:])


def _read(path: str | os.PathLike[str]) -> bytes:
    from reltrans.textio import read_input_bytes

    data = read_input_bytes(path, what="a Word document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError("not a Word document (.docx is a zip archive; this file is not one)", path=path) from None
    if total > MAX_UNCOMPRESSED_BYTES:
        raise InputError(f"Word document expands to {total} bytes, over the {MAX_UNCOMPRESSED_BYTES} limit", path=path)
    return data


def _kind(p: Any, where: str) -> str:
    if where != "body":
        return where
    for ancestor in p.iterancestors():
        if ancestor.tag == _W + "txbxContent":
            return "text_box"
        if ancestor.tag == _W + "tc":
            return "table_cell"
    style = p.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(_W + "val") if style is not None else "") or ""
    if re.match(r"(?i)(heading|titre|title|subtitle)", name):
        return "heading"
    if p.find(f"{_W}pPr/{_W}numPr") is not None or re.match(r"(?i)list", name):
        return "list_item"
    return "paragraph"


def _items(container: Any) -> Iterator[tuple[str, Any, Any, str]]:
    """(kind, element, rPr, text) for the content of a paragraph or hyperlink: ``text`` pieces
    of runs, ``link`` hyperlinks, ``in-run`` other run content (tab, break, picture, field),
    ``keep`` anything else (bookmarks, tracked changes, content controls: kept whole)."""
    for child in container:
        tag = child.tag
        if tag == _W + "pPr" or tag in _DROPPED:
            continue
        if tag == _W + "hyperlink":
            yield "link", child, None, ""
        elif tag == _W + "r":
            rpr = child.find(_W + "rPr")
            for part in child:
                if part.tag == _W + "rPr" or part.tag in _DROPPED:
                    continue
                if part.tag == _W + "t":
                    if part.text:
                        yield "text", part, rpr, part.text
                else:
                    yield "in-run", part, rpr, ""
        else:
            yield "keep", child, None, ""


def _key(rpr: Any) -> bytes:
    if rpr is None:
        return b""
    from lxml import etree

    return etree.tostring(rpr, method="c14n")


def _dominant(items: list[tuple[str, Any, Any, str]]) -> bytes:
    weight: dict[bytes, int] = {}
    for kind, _element, rpr, text in items:
        if kind == "text":
            weight[_key(rpr)] = weight.get(_key(rpr), 0) + len(text)
    return max(weight, key=lambda k: weight[k]) if weight else b""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", " ").replace("\r", " ")


def _link_base(link: Any) -> Any:
    weight: dict[bytes, tuple[int, Any]] = {}
    for kind, _element, rpr, text in _items(link):
        if kind == "text":
            count, _ = weight.get(_key(rpr), (0, rpr))
            weight[_key(rpr)] = (count + len(text), rpr)
    return max(weight.values(), key=lambda v: v[0])[1] if weight else None


def _add_text(container: Any, rpr: Any, text: str) -> None:
    if not text:
        return
    from lxml import etree

    run = etree.SubElement(container, _W + "r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, _W + "t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


# --------------------------------------------------------------------------- public
def load_docx(path: str | os.PathLike[str]) -> Document:
    """The serialization of a Word document as a :class:`Document` (format ``docx``)."""
    source = _Source(path)
    return _document(str(path), source)


def _document(path: str, source: _Source) -> Document:
    blocks: list[Block] = []
    offset = 0
    lines = []
    for number, paragraph in enumerate(source.paragraphs, start=1):
        line = paragraph.line
        plain = _CODE.sub(" ", line)
        if has_letter(plain):
            start, end = offset, offset + len(line)
            while start < end and line[start - offset].isspace():
                start += 1
            while end > start and line[end - offset - 1].isspace():
                end -= 1
            blocks.append(Block(paragraph.kind, start, end, number, True, "docx"))
        lines.append(line)
        offset += len(line) + 1
    return Document(path, "\n".join(lines), "utf-8", False, "docx", tuple(blocks))


def rebuild_docx(source_path: str | os.PathLike[str], text: str) -> bytes:
    """The source Word document with its paragraphs replaced by the lines of ``text`` (the
    serialization of :func:`load_docx`, translated)."""
    source = _Source(source_path)
    lines = text.split("\n")
    if len(lines) != len(source.paragraphs):
        raise InputError(f"the translation has {len(lines)} paragraphs, the document {len(source.paragraphs)}", path=source_path)
    return source.rebuild(lines)


def tokenize_inline(text: str, start: int, end: int) -> list[Token]:
    """The :class:`~reltrans.formats.inline.Token` objects of one serialized paragraph."""
    tokens: list[Token] = []
    cursor = start
    for match in _CODE.finditer(text, start, end):
        if match.start() > cursor:
            tokens.append(Token("text", cursor, match.start(), text[cursor : match.start()]))
        if match.group(4):
            value = "&lt;" if match.group(4) == "lt" else {"amp": "&", "gt": ">"}[match.group(4)]
            tokens.append(Token("ref", match.start(), match.end(), value))
        elif match.group(3):
            tokens.append(Token("empty", match.start(), match.end(), "", match.group(2)))
        else:
            tokens.append(Token("close" if match.group(1) else "open", match.start(), match.end(), "", match.group(2)))
        cursor = match.end()
    if cursor < end:
        tokens.append(Token("text", cursor, end, text[cursor:end]))
    return tokens
