"""reltrans: press releases to reviewable, terminology-correct translations.

The library is usable without the command line: see :mod:`reltrans.pipeline`,
:mod:`reltrans.checks` and :mod:`reltrans.glossary`. Nothing heavy is imported here.
"""
from __future__ import annotations

__version__ = "0.1.0"
