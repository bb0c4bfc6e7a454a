"""``reltrans status``: per-file progress (translated / fuzzy / untranslated, source words) and,
on request, the number of open glossary findings.

Counting reads each PO once with the one-pass reader and runs no check, so ``status`` costs
about what ``pocount`` costs (bench/bench_status.py); words are counted by
:func:`reltrans.words.count_words`, the definition ``translate`` and ``eval`` use too.
Glossary findings need the checks ``reltrans check`` runs (the glossary matched against every
entry): ``findings=True`` runs them.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from reltrans.checks.codes import RULES
from reltrans.checks.languages import catalog_languages
from reltrans.checks.states import entry_state

__all__ = ["FileStatus", "catalog_status"]


@dataclass(frozen=True)
class FileStatus:
    """Progress of one PO file. ``entries`` counts live entries (obsolete ones apart); each is
    counted once as translated, fuzzy or untranslated (:func:`reltrans.checks.states.entry_state`,
    the same states as RT501/RT502). ``glossary_findings`` is None when not computed."""

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
    glossary_findings: int | None

    @property
    def percent_translated(self) -> float | None:
        """Share of entries translated; None for a file without entries (not "100 %")."""
        return 100.0 * self.translated / self.entries if self.entries else None

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output (with ``percent_translated``, null without entries)."""
        data = asdict(self)
        percent = self.percent_translated
        data["percent_translated"] = None if percent is None else round(percent, 1)
        return data


def catalog_status(
    paths: Iterable[str | os.PathLike[str]], glossary: Any = None, *, findings: bool = True, people: bool = True
) -> list[FileStatus]:
    """One :class:`FileStatus` per PO file. Raises :class:`reltrans.errors.CatalogError` for an
    unreadable file. ``findings``: also count open glossary findings (the checks ``check``
    runs, with ``glossary`` and, with ``people``, the people's names each file names; the slow
    part), else ``glossary_findings`` is None."""
    from reltrans.catalog import read_catalog
    from reltrans.words import count_words

    cache = None
    if findings:  # the checks load only when their findings are asked for
        from reltrans.checks.core import GlossaryCache, check_one

        cache = GlossaryCache(glossary, people=people)
    out: list[FileStatus] = []
    for path in paths:
        catalog = read_catalog(path)
        glossary_findings: int | None = None
        if cache is not None:
            report, ctx, _ = check_one(catalog, cache, False, None, None, str(path))
            where, (source_lang, target_lang) = ctx.path, (ctx.source_lang, ctx.target_lang)
            glossary_findings = sum(1 for f in report.findings if RULES[f.code].family == "glossary")
        else:
            where, (source_lang, target_lang) = str(path), catalog_languages(catalog)
        entries = [e for e in catalog.live_entries if e.msgid]
        states = [entry_state(e) for e in entries]
        translated = states.count("translated")
        fuzzy = states.count("fuzzy")
        words = [count_words(e.msgid) for e in entries]
        open_words = sum(w for w, state in zip(words, states) if state != "translated")
        out.append(
            FileStatus(
                path=where,
                source_lang=source_lang,
                target_lang=target_lang,
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
