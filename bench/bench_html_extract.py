"""What reltrans keeps of a web page as "the release", against trafilatura on the same pages.

The pages and their judgements come from trafilatura's own public evaluation set (real pages
saved from news sites, blogs and institutions; for each, snippets that belong to the main text
and snippets of the chrome that must not be kept). The set is kept OUTSIDE the repository, in
``/work/evalsets/html/`` (see its README): ``tests/evaldata.json`` plus ``tests/cache`` and
``tests/eval``. Nothing of it is committed.

Scoring is trafilatura's: a "with" snippet found in the kept text is a true positive (missing: a
false negative), a "without" snippet found is a false positive (absent: a true negative);
precision, recall, F1 and accuracy over all snippets. Pages are split by a hash of their URL
into a tuning half and a held-out half, reported separately (reltrans' rules were written on
pages of our own; the tuning half is the one a rule change may be checked on).

    pip install trafilatura lxml_html_clean   # bench only, not a reltrans dependency
    python bench/bench_html_extract.py [--evalset DIR] [--limit N] [--split tuning] [--reltrans-only]

While rules are tuned, ``--split tuning --reltrans-only`` scores the tuning half alone, fast;
the held-out half is measured once, at the end.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

from reltrans.formats.html import release_text

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _score(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, tn, fn = counts["tp"], counts["fp"], counts["tn"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + fp + tn + fn) if tp + fp + tn + fn else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evalset", type=Path, default=Path("/work/evalsets/html"))
    parser.add_argument("--limit", type=int, default=0, help="at most N pages (0: all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--split", choices=("tuning", "held-out"), help="score one half only")
    parser.add_argument("--reltrans-only", action="store_true", help="skip trafilatura")
    args = parser.parse_args(argv)
    trafilatura = None
    if not args.reltrans_only:
        try:
            import trafilatura
        except ImportError:
            print("pip install trafilatura lxml_html_clean (bench only)", file=sys.stderr)
            return 2
    data = json.loads((args.evalset / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    systems = ("reltrans",) if args.reltrans_only else ("reltrans", "trafilatura")
    splits = (args.split,) if args.split else ("tuning", "held-out")
    counts = {(s, split): {"tp": 0, "fp": 0, "tn": 0, "fn": 0} for s in systems for split in ("tuning", "held-out")}
    seconds = dict.fromkeys(systems, 0.0)
    pages = {"tuning": 0, "held-out": 0}
    for n, (url, item) in enumerate(sorted(data.items())):
        if args.limit and n >= args.limit:
            break
        path = next((p for p in (args.evalset / "tests" / "cache" / item["file"], args.evalset / "tests" / "eval" / item["file"]) if p.exists()), None)
        if path is None:
            continue
        split = "tuning" if hashlib.sha1(url.encode()).digest()[0] % 2 == 0 else "held-out"
        if split not in splits:
            continue
        pages[split] += 1
        html = _decode(path.read_bytes())
        for system in systems:
            start = time.perf_counter()
            if system == "reltrans":
                kept = release_text(html)
            else:
                kept = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
            seconds[system] += time.perf_counter() - start
            kept = _norm(kept)
            c = counts[(system, split)]
            for snippet in item.get("with", []):
                c["tp" if _norm(snippet) in kept else "fn"] += 1
            for snippet in item.get("without", []):
                c["fp" if _norm(snippet) in kept else "tn"] += 1
    figures = {f"{s} {split}": _score(counts[(s, split)]) for s in systems for split in splits}
    if args.json:
        print(json.dumps({"pages": pages, "figures": figures, "seconds": seconds}, indent=1))
        return 0
    print(f"pages: tuning {pages['tuning']}, held-out {pages['held-out']}")
    print(f"{'system':<24} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>8}")
    for name, f in figures.items():
        print(f"{name:<24} {f['precision']:>9.3f} {f['recall']:>7.3f} {f['f1']:>6.3f} {f['accuracy']:>8.3f}")
    total = sum(pages.values()) or 1
    print("ms per page: " + ", ".join(f"{s} {1000 * seconds[s] / total:.1f}" for s in systems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
