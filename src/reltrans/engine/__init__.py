"""Translation engine: Argos Translate packages (:mod:`.packages`) decoded with CTranslate2
and SentencePiece (:mod:`.translator`); :mod:`.toymodel` builds tiny real packages for tests.

Importing this package is cheap: ctranslate2 and sentencepiece are imported only when a model
is loaded or built.
"""
from __future__ import annotations

from reltrans.engine.packages import (
    IndexEntry,
    InstalledPackage,
    fetch_index,
    find_package,
    install_archive,
    install_from_index,
    list_installed,
    packages_dir,
    remove_package,
)
from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine, Hypothesis

__all__ = [
    "DecodeOptions",
    "DecodeRequest",
    "Engine",
    "Hypothesis",
    "IndexEntry",
    "InstalledPackage",
    "fetch_index",
    "find_package",
    "install_archive",
    "install_from_index",
    "list_installed",
    "packages_dir",
    "remove_package",
]
