"""The shared core of ``reltrans check`` and ``reltrans status``: languages of a catalog, the
per-language-pair glossary cache, and the per-file check.

Public inside the package (``status`` uses :func:`check_one`); the package's public API is
re-exported by :mod:`reltrans.checks`.
"""
from __future__ import annotations

import dataclasses
import os
from typing import Any, Iterable, Sequence

from reltrans.checks.consistency import (
    check_across_files,
    check_variants,
    check_within_file,
)
from reltrans.checks.glossary_checks import (
    DocumentAgency,
    GlossaryContext,
    VariantUse,
    check_glossary,
    check_unmet,
    make_glossary_context,
    open_unmet_terms,
)
from reltrans.checks.languages import DEFAULT_SOURCE_LANG, DEFAULT_TARGET_LANG, catalog_languages
from reltrans.checks.markup import check_placeholders
from reltrans.checks.report import Report
from reltrans.checks.spelling import DocumentSpelling
from reltrans.checks.rules import (
    EntryContext,
    check_entry,
    check_header,
    make_finding,
    suppressed_codes,
    text_pairs,
)
from reltrans.checks.untranslated import KEPT_WITH_RT503
from reltrans.model import Catalog, CatalogEntry, Finding

__all__ = [
    "DEFAULT_SOURCE_LANG",
    "DEFAULT_TARGET_LANG",
    "GlossaryCache",
    "catalog_languages",
    "check_catalog",
    "check_catalogs",
    "check_one",
    "resolve_glossary",
]

class GlossaryCache:
    """One :class:`GlossaryContext` per language pair and document glossary (matchers are
    costly): files whose text and date leave the glossary as it is share one context.
    ``people``: the people's names found in each file are do-not-translate terms
    (:meth:`reltrans.glossary.Glossary.for_document`)."""

    def __init__(self, glossary: Any, *, people: bool = True) -> None:
        self.glossary = glossary
        self.people = people
        self.contexts: dict[tuple[str, ...], GlossaryContext] = {}

    def get(self, source: str, target: str, document_text: str | None = None, document_date: Any = None) -> GlossaryContext | None:
        """The context for the pair and the document (``document_text``: every msgid of the
        file, ``document_date``: its date; see :meth:`reltrans.glossary.Glossary.for_document`);
        None without a glossary; a given context as is."""
        if self.glossary is None:
            return None
        if isinstance(self.glossary, GlossaryContext):
            return self.glossary
        glossary = self.glossary
        if (document_text is not None or document_date is not None) and hasattr(glossary, "for_document"):
            glossary = glossary.for_document(document_text, document_date, people=self.people)
        key = (source, target, getattr(glossary, "digest", ""))
        if key not in self.contexts:
            if len(self.contexts) >= _CONTEXTS_KEPT:
                self.contexts.pop(next(iter(self.contexts)))
            self.contexts[key] = make_glossary_context(glossary, source, target)
        return self.contexts[key]


_CONTEXTS_KEPT = 16
#: The PO header that gives the source document's date (``YYYY[-MM[-DD]]``) to ``check``.
DOCUMENT_DATE_FIELD = "X-Reltrans-Document-Date"


def check_catalog(
    catalog: Catalog,
    *,
    glossary: Any = None,
    strict: bool = False,
    source_lang: str | None = None,
    target_lang: str | None = None,
    document_date: str | None = None,
    people: bool = True,
) -> Report:
    """Check one catalog. ``glossary`` is a :class:`reltrans.glossary.Glossary`, a prepared
    :class:`GlossaryContext`, or None (no glossary checks; RT105 still reported).
    ``document_date`` (``YYYY[-MM[-DD]]``) overrides the ``X-Reltrans-Document-Date`` header.
    ``people``: the people's names found in the file's msgids are do-not-translate terms."""
    report, _ctx, _live = check_one(catalog, GlossaryCache(glossary, people=people), strict, source_lang, target_lang, document_date=document_date)
    return report


def check_catalogs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    glossary: Any = None,
    strict: bool = False,
    source_lang: str | None = None,
    target_lang: str | None = None,
    document_date: str | None = None,
    people: bool = True,
) -> Report:
    """Read and check PO files, plus cross-file consistency (RT202). Each file is checked with
    the glossary as it applies to it (its msgids, and ``document_date`` or its
    ``X-Reltrans-Document-Date`` header; with ``people``, the people's names its msgids give
    evidence for are do-not-translate terms: ``reltrans.glossary.people``).

    Raises :class:`reltrans.errors.CatalogError` (exit 3) for a file that cannot be read.
    """
    from reltrans.catalog import read_catalog

    cache = GlossaryCache(glossary, people=people)
    reports: list[Report] = []
    per_file: list[tuple[EntryContext, Sequence[CatalogEntry]]] = []
    waived: dict[tuple[str, int], frozenset[str]] = {}
    for path in _distinct_files(paths):
        catalog = read_catalog(path)
        report, ctx, live = check_one(catalog, cache, strict, source_lang, target_lang, str(path), document_date=document_date)
        reports.append(report)
        per_file.append((ctx, live))
        for entry in live:
            codes = suppressed_codes(entry)
            if codes:
                waived[(ctx.path, entry.line)] = codes
    cross = [f for f in check_across_files(per_file) if f.code not in waived.get((f.path, f.line), ())]
    return Report.merge(reports, cross)


def check_one(
    catalog: Catalog,
    cache: GlossaryCache,
    strict: bool,
    source_lang: str | None,
    target_lang: str | None,
    path: str | None = None,
    *,
    document_date: str | None = None,
) -> tuple[Report, EntryContext, tuple[CatalogEntry, ...]]:
    """Every per-file finding of ``catalog`` (no cross-file check): (report, context, live
    entries). The glossary applies as to the document the file translates: its msgids, and
    ``document_date`` (else the ``X-Reltrans-Document-Date`` header; a bad header value is
    RT106 and no date is applied)."""
    source, target = catalog_languages(catalog, source_lang, target_lang)
    ctx = EntryContext(path or catalog.path or "<catalog>", source, target, strict)
    live = catalog.live_entries
    findings: list[Finding] = check_header(catalog, ctx)
    date = document_date or _header_date(catalog, ctx, findings)
    document_source = "\n".join(e.msgid for e in live if e.msgid)
    document_target = "\n".join(e.msgstr for e in live if e.msgid and e.msgstr)
    ctx = dataclasses.replace(ctx, document_date=date or None, document_source=document_source, document_target=document_target)
    gctx = cache.get(source, target, document_source, date)
    variants: list[VariantUse] = []
    spelling = DocumentSpelling(tuple((e.line, e.msgstr) for e in live if e.msgid and e.msgstr))
    agency = DocumentAgency(tuple(e.msgid for e in live if e.msgid), tuple((e.line, e.msgstr) for e in live if e.msgid and e.msgstr))
    waived: dict[int, frozenset[str]] = {}
    unmet = 0
    for entry in live:
        if not entry.msgid:
            continue
        entry_findings = check_entry(entry, ctx)
        entry_findings.extend(check_placeholders(entry, ctx))
        missing: list[str] = []
        if gctx is not None:
            for _source, text in text_pairs(entry):
                if text:
                    entry_findings.extend(check_glossary(entry, text, gctx, ctx, variants, missing, spelling, agency))
                    break  # plural forms: the singular is enough for terminology
        entry_findings.extend(check_unmet(entry, entry.msgstr, gctx.target if gctx else None, ctx, missing))
        entry_findings = _without_repeats(entry_findings)
        if any(f.code == "RT503" for f in entry_findings):  # a copy of the source: no term cascade
            entry_findings = [f for f in entry_findings if f.code in KEPT_WITH_RT503 or f.code.startswith("RT9")]
            # but the terms enforcement flagged stay reported, as RT105 (RT101 is dropped)
            entry_findings.extend(check_unmet(entry, entry.msgstr, gctx.target if gctx else None, ctx))
        codes = suppressed_codes(entry)
        if codes:
            waived[entry.line] = codes
            entry_findings = [f for f in entry_findings if f.code not in codes]
        if entry.fuzzy and "RT105" not in codes:
            unmet += len(open_unmet_terms(entry, None, gctx.target if gctx else None))
        findings.extend(entry_findings)
    later = check_within_file(live, ctx) + check_variants(variants, ctx)
    findings.extend(f for f in later if f.code not in waived.get(f.line, ()))
    entries = sum(1 for e in live if e.msgid)
    return Report(tuple(findings), (ctx.path,), entries, unmet), ctx, live


def _header_date(catalog: Catalog, ctx: EntryContext, findings: list[Finding]) -> str | None:
    """The ``X-Reltrans-Document-Date`` header when it is a date; RT106 (and None) otherwise."""
    value = (catalog.header.get(DOCUMENT_DATE_FIELD) or "").strip()
    if not value:
        return None
    from reltrans.glossary.model import parse_date

    try:
        parse_date(value)
    except ValueError:
        findings.append(make_finding("RT106", ctx, 1, f"{DOCUMENT_DATE_FIELD} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}; dated glossary terms were not applied"))
        return None
    return value


def _distinct_files(paths: Iterable[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """Each file once, as ruff does: ``a.po ./a.po`` or a link to it is one file (the first
    spelling is kept), so its findings are not reported twice."""
    seen: set[tuple[int, int] | str] = set()
    out: list[str | os.PathLike[str]] = []
    for path in paths:
        try:
            stat = os.stat(path)
            key: tuple[int, int] | str = (stat.st_dev, stat.st_ino)
        except OSError:
            key = os.path.abspath(path)  # unreadable: read_catalog reports it
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """One report per problem: an acronym whose case changed (RT422) that is also a
    do-not-translate term reported changed (RT104) is reported once, as RT104."""
    dnt = [f.message for f in findings if f.code == "RT104"]
    if not dnt:
        return findings
    return [f for f in findings if f.code != "RT422" or not any(f.message.split("'")[1] in message for message in dnt)]


def resolve_glossary(paths: Sequence[str | os.PathLike[str]] = (), *, bundled: bool = True) -> Any:
    """The glossary for ``check``/``status``: bundled UN glossary plus ``paths``; None when
    neither is wanted. Raises :class:`reltrans.errors.GlossaryError` for a bad file."""
    if not paths and not bundled:
        return None
    from reltrans.glossary import load_glossaries

    return load_glossaries(tuple(paths), bundled=bundled)
