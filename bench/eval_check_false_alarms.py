"""False alarms of ``reltrans check`` on correct official translations, and recall of planted errors.

The evaluation set lives OUTSIDE the repository (third-party sentences are never committed):
TSV files with a header row holding at least ``fr`` and ``en`` columns (``release_id`` optional),
for example ``/work/evalsets/official/pairs.tsv``.

Figures:

* **false-alarm rate**: each pair is one PO entry (msgid = French, msgstr = official English,
  reviewed: not fuzzy); an entry with at least one *error*-level finding is a false alarm
  (the official English is correct by definition). Errors by code are listed; ``--show``
  prints each false alarm.
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

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
PLANTED_CODES = {
    "number": {"RT301", "RT302", "RT303"},
    "email": {"RT402"},
    "forbidden": {"RT102", "RT103"},
    "acronym": {"RT101", "RT104"},
    "repeat": {"RT201"},
}


def read_pairs(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(release, fr, en) of every row of the TSV files."""
    csv.field_size_limit(1 << 24)
    pairs: list[tuple[str, str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("fr") and row.get("en"):
                    pairs.append((row.get("release_id", ""), row["fr"].strip(), row["en"].strip()))
    return pairs


_EN_NUMBER = re.compile(r"(?<![\w/.,-])\d+(?:,\d{3})*(?![\w/-])")


def plant_number(en: str) -> str | None:
    match = _EN_NUMBER.search(en)
    if match is None:
        return None
    value = int(match.group(0).replace(",", ""))
    return en[: match.start()] + f"{value * 10 + 3:,}" + en[match.end() :]


def plant_email(fr: str, en: str) -> tuple[str, str]:
    return fr + " Contact : presse@example.org", en + " Contact: press@example.org"


def plant_forbidden(fr: str, en: str, gctx) -> str | None:
    for match in gctx.source.find(fr):
        concept = gctx.glossary.get(match.concept_id)
        if concept is None or concept.dnt:
            continue
        forbidden = concept.forbidden("en")
        if not forbidden:
            continue
        for term in concept.allowed("en"):
            spans = gctx.target.spans(en, term)
            if spans:
                start, end = spans[0]
                return en[:start] + forbidden[0].text + en[end:]
    return None


def plant_acronym(fr: str, en: str, gctx) -> str | None:
    for match in gctx.source.find(fr):
        concept = gctx.glossary.get(match.concept_id)
        if concept is None or concept.dnt or not match.surface.isupper() or len(match.surface) < 2:
            continue
        for term in concept.allowed("en"):
            if term.text.isupper() and term.text != match.surface:
                spans = gctx.target.spans(en, term)
                if spans:
                    start, end = spans[0]
                    return en[:start] + match.surface + en[end:]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="TSV files with fr and en columns")
    parser.add_argument("--show", action="store_true", help="print every false alarm")
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
    from reltrans.checks.glossary_checks import make_glossary_context
    from reltrans.glossary import load_glossaries
    from reltrans.model import Catalog, CatalogEntry, Severity

    glossary = load_glossaries(tuple(args.glossary), bundled=not args.no_bundled)
    gctx = make_glossary_context(glossary, "fr", "en")
    pairs = read_pairs(args.pairs)

    def findings_by_line(entries: list[CatalogEntry]) -> dict[int, list]:
        report = check_catalog(Catalog(header=HEADER, entries=tuple(entries), path="eval.po"), glossary=gctx, strict=args.strict)
        out: dict[int, list] = {}
        for finding in report.findings:
            out.setdefault(finding.line, []).append(finding)
        return out

    # --- false alarms on the official English
    entries = [CatalogEntry(msgid=fr, msgstr=en, msgctxt=f"p{i}", line=i + 1) for i, (_r, fr, en) in enumerate(pairs)]
    found = findings_by_line(entries)
    alarms = {line: [f for f in fs if f.severity is Severity.ERROR] for line, fs in found.items()}
    alarms = {line: fs for line, fs in alarms.items() if fs}
    by_code = Counter(f.code for fs in alarms.values() for f in fs)
    warnings = Counter(f.code for fs in found.values() for f in fs if f.severity is not Severity.ERROR)

    # --- planted errors
    planted: list[tuple[str, CatalogEntry]] = []
    line = 0
    for _release, fr, en in pairs:
        variants: list[tuple[str, str, str]] = []
        if (number := plant_number(en)) is not None:
            variants.append(("number", fr, number))
        src, tgt = plant_email(fr, en)
        variants.append(("email", src, tgt))
        if (forbidden := plant_forbidden(fr, en, gctx)) is not None:
            variants.append(("forbidden", fr, forbidden))
        if (acronym := plant_acronym(fr, en, gctx)) is not None:
            variants.append(("acronym", fr, acronym))
        for kind, src, tgt in variants:
            line += 1
            planted.append((kind, CatalogEntry(msgid=src, msgstr=tgt, msgctxt=f"{kind}{line}", line=line)))
    recall_entries = [e for _k, e in planted]
    repeats: list[int] = []
    for _release, fr, en in pairs:
        line += 1
        recall_entries.append(CatalogEntry(msgid=fr, msgstr=en, msgctxt=f"r{line}", line=line))
        line += 1
        recall_entries.append(CatalogEntry(msgid=fr, msgstr=en + " (revised)", msgctxt=f"r{line}", line=line))
        repeats.append(line)  # RT201 is reported on either entry of the pair
    planted_found = findings_by_line(recall_entries)
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for kind, entry in planted:
        totals[kind] += 1
        codes = {f.code for f in planted_found.get(entry.line, []) if f.severity is Severity.ERROR}
        if codes & PLANTED_CODES[kind]:
            hits[kind] += 1
    for repeat_line in repeats:
        totals["repeat"] += 1
        codes = {f.code for ln in (repeat_line - 1, repeat_line) for f in planted_found.get(ln, [])}
        if codes & PLANTED_CODES["repeat"]:
            hits["repeat"] += 1

    total_entries = len(pairs)
    rate = len(alarms) / total_entries if total_entries else 0.0
    planted_total = sum(totals.values())
    recall = sum(hits.values()) / planted_total if planted_total else 0.0
    print(f"entries: {total_entries}  with an error (false alarm): {len(alarms)} = {rate:.1%}  (goal <= 2 %)")
    print("errors by code: " + (", ".join(f"{c} {n}" for c, n in sorted(by_code.items())) or "none"))
    print("warnings by code: " + (", ".join(f"{c} {n}" for c, n in sorted(warnings.items())) or "none"))
    print(f"planted errors found: {sum(hits.values())}/{planted_total} = {recall:.1%}  (goal >= 95 %)")
    for kind in PLANTED_CODES:
        if totals[kind]:
            print(f"  {kind:9} {hits[kind]}/{totals[kind]}")
    if args.show:
        for entry in entries:
            for finding in alarms.get(entry.line, []):
                print(f"--- {finding.code} {finding.message}\n    fr: {entry.msgid}\n    en: {entry.msgstr}")
        for kind, entry in planted:
            codes = {f.code for f in planted_found.get(entry.line, []) if f.severity is Severity.ERROR}
            if not codes & PLANTED_CODES[kind]:
                print(f"--- missed planted {kind}\n    fr: {entry.msgid}\n    en: {entry.msgstr}")
    if args.json:
        print(json.dumps({
            "entries": total_entries, "false_alarms": len(alarms), "false_alarm_rate": round(rate, 4),
            "errors_by_code": dict(by_code), "planted": planted_total, "planted_found": sum(hits.values()),
            "planted_recall": round(recall, 4), "planted_by_kind": {k: [hits[k], totals[k]] for k in PLANTED_CODES},
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
