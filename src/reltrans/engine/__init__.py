"""Translation engine: Argos Translate packages (:mod:`.packages`) decoded with CTranslate2
and SentencePiece (:mod:`.translator`), chained through a pivot language when a pair has no
package (:mod:`.pivot`), with the Argos settings an administrator sets (:mod:`.argos_settings`);
:mod:`.toymodel` builds tiny real packages for tests.

Importing this package is cheap: ctranslate2 and sentencepiece are imported only when a model
is loaded or built.
"""
from __future__ import annotations

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

__all__ = [
    "DecodeOptions",
    "DecodeRequest",
    "Engine",
    "Hypothesis",
    "IndexEntry",
    "InstalledPackage",
    "PivotEngine",
    "PivotRoute",
    "fetch_index",
    "find_package",
    "find_route",
    "in_use",
    "install_archive",
    "install_from_index",
    "list_installed",
    "packages_dir",
    "remove_older_versions",
    "remove_package",
]
