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

import importlib
from typing import TYPE_CHECKING, Any

# Names load on first use (PEP 562): `reltrans status` needs the status module only, and its
# start-up should not pay for the glossary checks it does not run.
_HOMES = {
    "RULES": "reltrans.checks.codes",
    "Rule": "reltrans.checks.codes",
    "catalog_languages": "reltrans.checks.core",
    "check_catalog": "reltrans.checks.core",
    "check_catalogs": "reltrans.checks.core",
    "resolve_glossary": "reltrans.checks.core",
    "GlossaryContext": "reltrans.checks.glossary_checks",
    "Report": "reltrans.checks.report",
    "parse_severity": "reltrans.checks.report",
    "FileStatus": "reltrans.checks.status",
    "catalog_status": "reltrans.checks.status",
}

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.checks.codes import RULES, Rule
    from reltrans.checks.core import catalog_languages, check_catalog, check_catalogs, resolve_glossary
    from reltrans.checks.glossary_checks import GlossaryContext
    from reltrans.checks.report import Report, parse_severity
    from reltrans.checks.status import FileStatus, catalog_status


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reltrans.checks' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


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
