"""``reltrans status``: per-file progress (translated / fuzzy / untranslated, source words) and the
number of open glossary findings."""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from reltrans.checks.codes import RULES
from reltrans.checks.core import GlossaryCache, check_one
from reltrans.checks.rules import entry_state

__all__ = ["FileStatus", "catalog_status"]

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True)
class FileStatus:
    """Progress of one PO file. ``entries`` counts live entries (obsolete ones apart); each is
    counted once as translated, fuzzy or untranslated (:func:`reltrans.checks.rules.entry_state`,
    the same states as RT501/RT502)."""

    path: str
    source_lang: str
    target_lang: str
    entries: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    source_words: int
    untranslated_words: int  # words of fuzzy and untranslated entries
    glossary_findings: int

    @property
    def percent_translated(self) -> float:
        return 100.0 * self.translated / self.entries if self.entries else 100.0

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output (with ``percent_translated``)."""
        data = asdict(self)
        data["percent_translated"] = round(self.percent_translated, 1)
        return data


def catalog_status(paths: Iterable[str | os.PathLike[str]], glossary: Any = None) -> list[FileStatus]:
    """One :class:`FileStatus` per PO file. Raises :class:`reltrans.errors.CatalogError` for an
    unreadable file."""
    from reltrans.catalog import read_catalog

    cache = GlossaryCache(glossary)
    out: list[FileStatus] = []
    for path in paths:
        catalog = read_catalog(path)
        report, ctx, live = check_one(catalog, cache, False, None, None, str(path))
        entries = [e for e in live if e.msgid]
        states = [entry_state(e) for e in entries]
        translated = states.count("translated")
        fuzzy = states.count("fuzzy")
        words = [len(_WORD.findall(e.msgid)) for e in entries]
        open_words = sum(w for w, state in zip(words, states) if state != "translated")
        glossary_findings = sum(1 for f in report.findings if RULES[f.code].family == "glossary")
        out.append(
            FileStatus(
                path=ctx.path,
                source_lang=ctx.source_lang,
                target_lang=ctx.target_lang,
                entries=len(entries),
                translated=translated,
                fuzzy=fuzzy,
                untranslated=len(entries) - translated - fuzzy,
                obsolete=sum(1 for e in catalog.entries if e.obsolete),
                source_words=sum(words),
                untranslated_words=open_words,
                glossary_findings=glossary_findings,
            )
        )
    return out
