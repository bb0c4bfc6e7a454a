"""False alarms of ``reltrans check`` on correct official translations, and recall of planted errors.

The evaluation set lives OUTSIDE the repository (third-party sentences are never committed):
TSV files with a header row holding ``fr`` and ``en`` columns, and optionally ``release_id``
and ``date`` (the release's publication date, ``YYYY-MM-DD``; without that column, the dates of
``releases_<split>.tsv`` next to ``pairs_<split>.tsv``), for example
``/work/evalsets/official/pairs_tuning.tsv`` and ``pairs_heldout.tsv``.

Each release becomes one PO file, as ``reltrans translate`` would write it: one reviewed entry
(not fuzzy) per pair, msgid = French, msgstr = the official English, and the release date in
the ``X-Reltrans-Document-Date`` header (document context: the glossary as it applies to that
release, its text and its date). Rows without a release id form one file.

Figures:

* **false-alarm rate**: an entry with at least one *error*-level finding is a false alarm (the
  official English is correct by definition). Errors by code are listed; ``--show`` prints each
  false alarm (use it on the tuning set only: held-out releases are for the final figure).
* **planted-error recall**: copies of the pairs with one planted error each, written by this
  script: a changed number (the first number of the English gets a different value), a changed
  e-mail address (one appended to both sides, altered in the English), a forbidden rendering (an
  allowed English term of a concept found in the French replaced by a forbidden one), an
  untranslated acronym (an English acronym of a concept replaced by its French acronym), an
  inconsistent repeat (the same French in two entries, the second English altered). A planted
  error is found when the check reports a finding of the expected codes on the planted entry
  (errors for all kinds; the repeat's RT201 is a warning by design).

    python bench/eval_check_false_alarms.py PAIRS.tsv [MORE.tsv ...] [--show] [--json] [--strict] [--glossary FILE ...] [--no-bundled]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
DATE_FIELD = "X-Reltrans-Document-Date"
PLANTED_CODES = {
    "number": {"RT301", "RT302", "RT303"},
    "email": {"RT402"},
    "forbidden": {"RT102", "RT103"},
    "acronym": {"RT101", "RT102", "RT103", "RT104"},  # RT102: the French acronym is a forbidden rendering
    "repeat": {"RT201"},
}


class Pair(NamedTuple):
    release: str
    date: str
    fr: str
    en: str


def read_pairs(paths: list[Path]) -> list[Pair]:
    """Every row of the TSV files that has both ``fr`` and ``en``."""
    csv.field_size_limit(1 << 24)
    pairs: list[Pair] = []
    for path in paths:
        dates = release_dates(path)
        for row in read_rows(path):
            if row.get("fr") and row.get("en"):
                release = row.get("release_id") or ""
                date = row.get("date") or dates.get(release, "")
                pairs.append(Pair(release, date, row["fr"].strip(), row["en"].strip()))
    return pairs


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV file, read with CSV quoting only where the file uses it: a file
    written raw (a sentence that opens with a quotation mark, « "Si nous … faim. ») would
    otherwise be read as one quoted field running over the next rows. A pair's text never
    holds a tab or a line break, so a field that does means the file is raw."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(keepends=True), delimiter="\t"))
    if any("\t" in value or "\n" in value for row in rows for value in row.values() if isinstance(value, str)):
        rows = list(csv.DictReader(text.splitlines(keepends=True), delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


def release_dates(path: Path) -> dict[str, str]:
    """The release dates of ``pairs_<split>.tsv`` from the set's ``releases_<split>.tsv`` next to
    it (the layout ``eval_glossary_recall.py`` reads), for pairs files without a ``date`` column:
    the check reads a release's date from its PO header, as ``translate`` writes it."""
    if not path.name.startswith("pairs_"):
        return {}
    releases = path.with_name("releases_" + path.name[len("pairs_"):])
    if not releases.is_file():
        return {}
    return {row["release_id"]: row.get("date") or "" for row in read_rows(releases) if row.get("release_id")}


def by_release(pairs: list[Pair]) -> dict[str, list[Pair]]:
    """The pairs grouped per release, in file order."""
    groups: dict[str, list[Pair]] = {}
    for pair in pairs:
        groups.setdefault(pair.release or "release", []).append(pair)
    return groups


_EN_NUMBER = re.compile(r"(?<![\w/.,-])\d+(?:,\d{3})*(?![\w/-])")


def plant_number(en: str) -> str | None:
    match = _EN_NUMBER.search(en)
    if match is None:
        return None
    value = int(match.group(0).replace(",", ""))
    return en[: match.start()] + f"{value * 10 + 3:,}" + en[match.end() :]


def plant_email(fr: str, en: str) -> tuple[str, str]:
    return fr + " Contact : presse@example.org", en + " Contact: press@example.org"


def plant_forbidden(fr: str, en: str, matchers: tuple[Any, Any, Any]) -> str | None:
    glossary, source, target = matchers
    for match in source.find(fr):
        concept = glossary.get(match.concept_id)
        if concept is None or concept.dnt:
            continue
        forbidden = concept.forbidden("en")
        if not forbidden:
            continue
        for term in concept.allowed("en"):
            spans = target.spans(en, term)
            if spans:
                start, end = spans[0]
                return en[:start] + forbidden[0].text + en[end:]
    return None


def plant_acronym(fr: str, en: str, matchers: tuple[Any, Any, Any]) -> str | None:
    glossary, source, target = matchers
    for match in source.find(fr):
        concept = glossary.get(match.concept_id)
        if concept is None or concept.dnt or not match.surface.isupper() or len(match.surface) < 2:
            continue
        for term in concept.allowed("en"):
            if term.text.isupper() and term.text != match.surface:
                spans = target.spans(en, term)
                if spans:
                    start, end = spans[0]
                    return en[:start] + match.surface + en[end:]
    return None


def document_matchers(glossary: Any, pairs: list[Pair]) -> tuple[Any, Any, Any]:
    """(glossary, source matcher, target matcher) as they apply to one release (its French text
    and date), so that planted errors use the renderings the check will expect."""
    from reltrans.glossary import build_matcher

    text = "\n".join(p.fr for p in pairs)
    date = pairs[0].date or None
    try:
        source = build_matcher(glossary, "fr", document_text=text, document_date=date)
        target = build_matcher(glossary, "en", document_text=text, document_date=date)
    except TypeError:  # a reltrans without document context
        source, target = build_matcher(glossary, "fr"), build_matcher(glossary, "en")
    return getattr(source, "glossary", glossary), source, target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="TSV files with fr and en columns (release_id, date optional)")
    parser.add_argument("--show", action="store_true", help="print every false alarm and missed planted error")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    parser.add_argument("--strict", action="store_true", help="check as reltrans check --strict")
    parser.add_argument("--glossary", action="append", default=[], type=Path)
    parser.add_argument("--no-bundled", action="store_true")
    args = parser.parse_args(argv)
    missing = [p for p in args.pairs if not p.is_file()]
    if missing:
        print(f"no evaluation set at {missing[0]} (it lives outside the repository)", file=sys.stderr)
        return 0

    from reltrans.checks import check_catalog
    from reltrans.glossary import load_glossaries
    from reltrans.model import Catalog, CatalogEntry, Severity

    glossary = load_glossaries(tuple(args.glossary), bundled=not args.no_bundled)
    releases = by_release(read_pairs(args.pairs))

    def check(name: str, date: str, entries: list[CatalogEntry]) -> dict[int, list]:
        header = {**HEADER, **({DATE_FIELD: date} if date else {})}
        report = check_catalog(Catalog(header=header, entries=tuple(entries), path=f"{name}.po"), glossary=glossary, strict=args.strict)
        out: dict[int, list] = {}
        for finding in report.findings:
            out.setdefault(finding.line, []).append(finding)
        return out

    total_entries = 0
    alarm_entries: list[tuple[CatalogEntry, list]] = []
    by_code: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    missed: list[tuple[str, CatalogEntry]] = []
    for name, pairs in releases.items():
        date = pairs[0].date
        # --- false alarms on the official English
        entries = [CatalogEntry(msgid=p.fr, msgstr=p.en, msgctxt=f"p{i}", line=i + 1) for i, p in enumerate(pairs)]
        found = check(name, date, entries)
        total_entries += len(entries)
        for entry in entries:
            errors = [f for f in found.get(entry.line, []) if f.severity is Severity.ERROR]
            warnings.update(f.code for f in found.get(entry.line, []) if f.severity is not Severity.ERROR)
            if errors:
                alarm_entries.append((entry, errors))
                by_code.update(f.code for f in errors)

        # --- planted errors: one file per release, the release's own glossary context
        matchers = document_matchers(glossary, pairs)
        planted: list[tuple[str, CatalogEntry]] = []
        line = 0
        for p in pairs:
            variants: list[tuple[str, str, str]] = []
            if (number := plant_number(p.en)) is not None:
                variants.append(("number", p.fr, number))
            variants.append(("email", *plant_email(p.fr, p.en)))
            if (forbidden := plant_forbidden(p.fr, p.en, matchers)) is not None:
                variants.append(("forbidden", p.fr, forbidden))
            if (acronym := plant_acronym(p.fr, p.en, matchers)) is not None:
                variants.append(("acronym", p.fr, acronym))
            for kind, src, tgt in variants:
                line += 1
                planted.append((kind, CatalogEntry(msgid=src, msgstr=tgt, msgctxt=f"{kind}{line}", line=line)))
        recall_entries = [e for _k, e in planted]
        repeats: list[int] = []
        for p in pairs:
            line += 1
            recall_entries.append(CatalogEntry(msgid=p.fr, msgstr=p.en, msgctxt=f"r{line}", line=line))
            line += 1
            recall_entries.append(CatalogEntry(msgid=p.fr, msgstr=p.en + " (revised)", msgctxt=f"r{line}", line=line))
            repeats.append(line)  # RT201 is reported on either entry of the pair
        planted_found = check(name + "-planted", date, recall_entries)
        for kind, entry in planted:
            totals[kind] += 1
            codes = {f.code for f in planted_found.get(entry.line, []) if f.severity is Severity.ERROR}
            if codes & PLANTED_CODES[kind]:
                hits[kind] += 1
            else:
                missed.append((kind, entry))
        for repeat_line in repeats:
            totals["repeat"] += 1
            codes = {f.code for ln in (repeat_line - 1, repeat_line) for f in planted_found.get(ln, [])}
            if codes & PLANTED_CODES["repeat"]:
                hits["repeat"] += 1

    rate = len(alarm_entries) / total_entries if total_entries else 0.0
    planted_total = sum(totals.values())
    recall = sum(hits.values()) / planted_total if planted_total else 0.0
    print(f"releases: {len(releases)}  entries: {total_entries}  with an error (false alarm): {len(alarm_entries)} = {rate:.1%}  (goal <= 2 %)")
    print("errors by code: " + (", ".join(f"{c} {n}" for c, n in sorted(by_code.items())) or "none"))
    print("warnings by code: " + (", ".join(f"{c} {n}" for c, n in sorted(warnings.items())) or "none"))
    print(f"planted errors found: {sum(hits.values())}/{planted_total} = {recall:.1%}  (goal >= 95 %)")
    for kind in PLANTED_CODES:
        if totals[kind]:
            print(f"  {kind:9} {hits[kind]}/{totals[kind]}")
    if args.show:
        for entry, errors in alarm_entries:
            for finding in errors:
                print(f"--- {finding.code} {finding.message}\n    fr: {entry.msgid}\n    en: {entry.msgstr}")
        for kind, entry in missed:
            print(f"--- missed planted {kind}\n    fr: {entry.msgid}\n    en: {entry.msgstr}")
    if args.json:
        print(json.dumps({
            "releases": len(releases), "entries": total_entries, "false_alarms": len(alarm_entries),
            "false_alarm_rate": round(rate, 4), "errors_by_code": dict(by_code), "planted": planted_total,
            "planted_found": sum(hits.values()), "planted_recall": round(recall, 4),
            "planted_by_kind": {k: [hits[k], totals[k]] for k in PLANTED_CODES},
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
