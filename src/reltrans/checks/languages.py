"""The source and target languages of a PO catalog, from its header (light: ``status`` uses it)."""
from __future__ import annotations

import re

from reltrans.model import Catalog

__all__ = ["DEFAULT_SOURCE_LANG", "DEFAULT_TARGET_LANG", "catalog_languages"]

DEFAULT_SOURCE_LANG = "fr"
DEFAULT_TARGET_LANG = "en"
_LANG = re.compile(r"[A-Za-z]{2,3}")


def _primary(tag: str | None) -> str | None:
    match = _LANG.match((tag or "").strip())
    return match.group(0).lower() if match else None


def catalog_languages(catalog: Catalog, source_lang: str | None = None, target_lang: str | None = None) -> tuple[str, str]:
    """(source, target) primary language subtags: explicit arguments, else the header
    (``X-Source-Language``, default ``fr``; ``Language``, default ``en``)."""
    source = _primary(source_lang) or _primary(catalog.header.get("X-Source-Language")) or DEFAULT_SOURCE_LANG
    target = _primary(target_lang) or _primary(catalog.header.get("Language")) or DEFAULT_TARGET_LANG
    return source, target
