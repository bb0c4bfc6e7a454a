"""QA and glossary checks on PO files (``reltrans check``) and per-file status.

No translation model is ever loaded here. Public API::

    check_catalog(catalog, *, glossary=None, strict=False, source_lang=None, target_lang=None) -> Report
    check_catalogs(paths, *, glossary=None, strict=False, source_lang=None, target_lang=None) -> Report
    catalog_status(paths, glossary=None) -> list[FileStatus]
    resolve_glossary(paths=(), *, bundled=True) -> Glossary | None

Finding codes: :mod:`reltrans.checks.codes` (documented in ``docs/checks.md``). The shared core
lives in :mod:`reltrans.checks.core`.
"""
from __future__ import annotations

from reltrans.checks.codes import RULES, Rule
from reltrans.checks.core import (
    catalog_languages,
    check_catalog,
    check_catalogs,
    resolve_glossary,
)
from reltrans.checks.glossary_checks import GlossaryContext
from reltrans.checks.report import Report, parse_severity
from reltrans.checks.status import FileStatus, catalog_status

__all__ = [
    "Report",
    "Rule",
    "RULES",
    "parse_severity",
    "catalog_languages",
    "check_catalog",
    "check_catalogs",
    "catalog_status",
    "FileStatus",
    "resolve_glossary",
    "GlossaryContext",
]
