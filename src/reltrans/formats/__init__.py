"""Source document formats: decoded text -> :class:`~reltrans.model.Document` with blocks.

Two formats, chosen from the file extension unless given: ``markdown`` (``.md``,
``.markdown``) and ``text`` (anything else). Each block's ``start``/``end`` cover only the
translatable text (no list marker, heading hashes or surrounding whitespace); everything else is
skeleton and is copied verbatim when the translation is rebuilt.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from reltrans.errors import UsageError
from reltrans.model import Block, Document

FORMATS: tuple[str, ...] = ("text", "markdown", "html", "docx")
"""The document formats reltrans reads and rebuilds."""

_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
               ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format implied by a file name: ``markdown`` for ``.md``/``.markdown``, ``html`` for
    ``.html``/``.htm``, ``docx`` for ``.docx``, else ``text``."""
    return _EXTENSIONS.get(Path(path).suffix.lower(), "text")


def load_document(path: str | os.PathLike[str], fmt: str | None = None, *, invalid_bytes: str = "refuse") -> Document:
    """Read, decode and parse a source document (see :func:`reltrans.textio.read_source`,
    which also explains ``invalid_bytes``).

    Raises :class:`~reltrans.errors.InputError` for unreadable input and
    :class:`~reltrans.errors.UsageError` for an unknown ``fmt``.
    """
    from reltrans.textio import read_source

    if (fmt or format_for_path(path)) == "docx":  # binary: read by python-docx, not decoded
        from reltrans.formats.docx import load_docx

        return load_docx(path)
    decoded = read_source(path, invalid_bytes=invalid_bytes)
    doc = parse_document(decoded.text, str(path), fmt or format_for_path(path), decoded.encoding, decoded.bom)
    warnings = decoded.warnings
    if doc.format in ("text", "markdown"):  # hard-wrapped paragraphs were joined: say so (W-WRAP, W-HYPHEN)
        from reltrans.formats.chrome import mark_chrome
        from reltrans.formats.text import hyphen_warning, wrap_warning

        judged = mark_chrome(doc)  # chrome first: wraps and broken words in the body only
        warnings += tuple(filter(None, [wrap_warning(judged), hyphen_warning(judged)]))
    return Document(doc.path, doc.text, doc.encoding, doc.bom, doc.format, doc.blocks, warnings)


def parse_document(text: str, path: str, fmt: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Cut already-decoded ``text`` into blocks according to ``fmt`` (``text`` or ``markdown``)."""
    parser = _parser(fmt)
    return Document(str(path), text, encoding, bom, fmt, tuple(parser(text)))


def _parser(fmt: str) -> Callable[[str], list[Block]]:
    if fmt == "text":
        from reltrans.formats.text import parse_blocks

        return parse_blocks
    if fmt == "markdown":
        from reltrans.formats.markdown import parse_blocks as parse_markdown

        return parse_markdown
    if fmt == "html":
        from reltrans.formats.html import parse_blocks as parse_html

        return parse_html
    if fmt == "docx":
        raise UsageError("a Word document is read from its file (load_document), not from decoded text")
    raise UsageError(f"unknown document format {fmt!r} (choose from {', '.join(FORMATS)})")
