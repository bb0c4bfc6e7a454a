"""Translation engine: Argos Translate packages (:mod:`.packages`) decoded with CTranslate2
and SentencePiece (:mod:`.translator`), chained through a pivot language when a pair has no
package (:mod:`.pivot`), with the Argos settings an administrator sets (:mod:`.argos_settings`);
:mod:`.toymodel` builds tiny real packages for tests.

Importing this package is cheap: its names load on first use (PEP 562), so a command that
needs one setting (``argos_settings``) does not load the packages and decoding code, and
ctranslate2 and sentencepiece are imported only when a model is loaded or built.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "IndexEntry": "reltrans.engine.packages",
    "InstalledPackage": "reltrans.engine.packages",
    "fetch_index": "reltrans.engine.packages",
    "find_package": "reltrans.engine.packages",
    "in_use": "reltrans.engine.packages",
    "install_archive": "reltrans.engine.packages",
    "install_from_index": "reltrans.engine.packages",
    "list_installed": "reltrans.engine.packages",
    "packages_dir": "reltrans.engine.packages",
    "remove_older_versions": "reltrans.engine.packages",
    "remove_package": "reltrans.engine.packages",
    "PivotEngine": "reltrans.engine.pivot",
    "PivotRoute": "reltrans.engine.pivot",
    "find_route": "reltrans.engine.pivot",
    "DecodeOptions": "reltrans.engine.translator",
    "DecodeRequest": "reltrans.engine.translator",
    "Engine": "reltrans.engine.translator",
    "Hypothesis": "reltrans.engine.translator",
}

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.packages import (
        IndexEntry,
        InstalledPackage,
        fetch_index,
        find_package,
        in_use,
        install_archive,
        install_from_index,
        list_installed,
        packages_dir,
        remove_older_versions,
        remove_package,
    )
    from reltrans.engine.pivot import PivotEngine, PivotRoute, find_route
    from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine, Hypothesis


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reltrans.engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = sorted(_HOMES)
