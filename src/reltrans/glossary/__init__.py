"""Glossaries: load (own TOML, TBX, CSV/TSV), merge, match terms in text, validate, convert.

>>> g = load_glossaries()                       # the bundled UN French-English glossary
>>> build_matcher(g, "fr").find("Selon l'OIM, ...")[0].concept_id
'iom'
"""
from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from reltrans.errors import GlossaryError
from reltrans.glossary.fileformat import dump_toml, load_toml
from reltrans.glossary.matcher import Matcher, NestedMatch, build_matcher
from reltrans.glossary.model import Concept, Glossary, Term

if TYPE_CHECKING:
    from reltrans.model import Finding

__all__ = [
    "Concept",
    "Glossary",
    "Matcher",
    "NestedMatch",
    "Term",
    "EXPORT_FORMATS",
    "build_matcher",
    "bundled_glossary_path",
    "dump_toml",
    "export_glossary",
    "import_glossary",
    "load_glossaries",
    "load_glossary",
    "validate_glossary",
]

BUNDLED_NAME = "un-fr-en.toml"
EXPORT_FORMATS = ("tbx", "tbx2", "csv", "tsv", "toml")


def bundled_glossary_path() -> Path:
    """Path of the UN French-English glossary shipped in the package."""
    return Path(str(importlib.resources.files("reltrans") / "glossaries" / BUNDLED_NAME))


def glossary_format(path: str | Path) -> str:
    """``toml``, ``tbx``, ``csv`` or ``tsv`` from the file extension (content sniffed otherwise)."""
    suffix = Path(path).suffix.lower()
    by_suffix = {".toml": "toml", ".tbx": "tbx", ".xml": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    from reltrans.glossary.fileformat import read_text

    head = read_text(path)[:4096].lstrip()
    if head.startswith("<"):
        return "tbx"
    if head.startswith("[") or "[[concept]]" in head:
        return "toml"
    first = head.splitlines()[0] if head else ""
    return "tsv" if "\t" in first else "csv"


def load_glossary(path: str | Path) -> Glossary:
    """Load one glossary file: ``.toml`` own format, ``.tbx``/``.xml`` TBX, ``.csv``, ``.tsv``.

    Raises :class:`GlossaryError` (one line, with path and line when known).
    """
    fmt = glossary_format(path)
    if fmt == "toml":
        return load_toml(path)
    if fmt == "tbx":
        from reltrans.glossary.tbx import load_tbx

        return load_tbx(path)
    from reltrans.glossary.tabular import load_tabular

    return load_tabular(path, delimiter="\t" if fmt == "tsv" else ",")


def import_glossary(path: str | Path) -> Glossary:
    """Read a foreign glossary (TBX v2/v3, CSV, TSV; own TOML too) for conversion."""
    return load_glossary(path)


_bundled_memo: dict[tuple[str, int, int], Glossary] = {}


def _load_bundled(path: Path) -> Glossary:
    """The bundled glossary, parsed once per process while the file is unchanged (a Glossary is
    immutable, so every caller can share it; parsing ~3,500 concepts takes most of a second)."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    glossary = _bundled_memo.get(key)
    if glossary is None:
        # the context rules' regex safety check takes about a second at every start; the
        # bundled file is checked where it is made (``reltrans glossary validate`` in the tests)
        glossary = load_toml(path, check_patterns=False)
        _bundled_memo.clear()
        _bundled_memo[key] = glossary
    return glossary


def load_glossaries(paths: Iterable[str | Path] = (), *, bundled: bool = True) -> Glossary:
    """The bundled glossary (unless ``bundled=False``), then each path overriding concepts
    with the same id."""
    result = Glossary(concepts=())
    if bundled:
        path = bundled_glossary_path()
        if not path.is_file():
            raise GlossaryError("bundled glossary is missing from the installation", path=path)
        result = _load_bundled(path)
    for path in paths:
        result = result.merged(load_glossary(path))
    return result


def export_glossary(glossary: Glossary, fmt: str) -> str:
    """The glossary as ``tbx`` (TBX v3 TBX-Basic), ``tbx2`` (v2 martif), ``csv``, ``tsv`` or ``toml``."""
    if fmt == "toml":
        return dump_toml(glossary)
    if fmt in ("tbx", "tbx3", "tbx2"):
        from reltrans.glossary.tbx import dump_tbx

        return dump_tbx(glossary, version=2 if fmt == "tbx2" else 3)
    if fmt in ("csv", "tsv"):
        from reltrans.glossary.tabular import dump_tabular

        return dump_tabular(glossary, delimiter="\t" if fmt == "tsv" else ",")
    raise GlossaryError(f"unknown export format {fmt!r} (expected one of {', '.join(EXPORT_FORMATS)})")


def validate_glossary(path: str | Path) -> list[Finding]:
    """Every problem of a glossary file as findings (errors and warnings).

    Raises :class:`GlossaryError` when the file cannot be read or parsed at all.
    """
    from reltrans.glossary.validate import validate_path

    return validate_path(path)
