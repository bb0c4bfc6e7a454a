"""Segmentation errors and site chrome on real scraped releases, judged by hand (issue 15).

The set lives OUTSIDE the repository (third-party text is never committed), one folder a split
(for example ``/work/evalsets/real/heldout10``)::

    pages/<id>.txt    the page text as scraped, unchanged (UTF-8)
    gold/<id>.json    {"url": ..., "site": ..., "body": [...], "chrome": [...], "note": ...}

``body`` lists every sentence of the release, in order, as the PO should hold it (one msgid each:
whitespace runs folded to one space); ``chrome`` lists every line of the page that is site chrome
(menus, labels, share lines, bylines, related-article titles...), as it stands on its line.

Each page is cut by ``reltrans segment --format json`` (run as ``--reltrans CMD``, by default this
Python's ``-m reltrans``, so ``PYTHONPATH=OLD/src`` scores another tree) and compared with its gold:

* **segmentation errors**: sentence boundaries of the body that reltrans misses, plus boundaries it
  adds, counted on the text both agree is body (characters compared without whitespace, aligned
  with difflib); reported per 1,000 gold body segments;
* **chrome left**: a gold chrome line that no chrome row of the output contains (so it reached the
  PO);
* **body lost**: a gold body segment that the PO text (the non-chrome rows) does not contain.

A leading list marker (``- ``, ``• ``, ``1. ``, ``2) ``, ``a) ``) is compared both ways: reltrans
keeps it in the skeleton, not in the msgid. A gold line with no letter (`-`, ``07/05/2009``,
``53:23``) is not judged, body or chrome: reltrans makes no entry of it (it stays in the skeleton
as written, so it is neither translated nor lost).

Figures carry a signature (reltrans version, segmenter version, options) as sacrebleu does.

    python bench/eval_real_releases.py SPLIT_DIR [MORE_DIRS ...] [--show] [--json] [--reltrans CMD] [--split-quotes]
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


def fold(text: str) -> str:
    """Whitespace runs folded to one space, the msgid rule."""
    return " ".join(text.split())


def _squeeze(text: str) -> str:
    return "".join(text.split())


# A list marker that reltrans keeps in the skeleton, not in the msgid ("- Structure" -> "Structure").
_LIST_MARKER = re.compile(r"^(?:[-–—•*·⁃▪●◦]+\s*|(?:\d{1,3}|[a-z])[.)]\s+)")


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# The pipe closing a flattened table cell ("Laisser une réponse. |"), skeleton in reltrans's output.
_CELL_PIPE = re.compile(r"\s+\|$")


def _within(line: str, texts: list[str]) -> bool:
    """The line is inside one of the texts, as written or without its list marker or cell pipe."""
    bare = _CELL_PIPE.sub("", _LIST_MARKER.sub("", line))
    return any(line in text or (bare and bare in text) for text in texts)


@dataclass
class PageScore:
    page: str
    body: int = 0
    chrome: int = 0
    missed_cuts: list[str] = field(default_factory=list)
    extra_cuts: list[str] = field(default_factory=list)
    chrome_left: list[str] = field(default_factory=list)
    body_lost: list[str] = field(default_factory=list)
    gold_problems: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return len(self.missed_cuts) + len(self.extra_cuts)


def _boundaries(segments: list[str]) -> list[int]:
    """End offsets of each segment in the whitespace-free concatenation (the last one excluded)."""
    ends, total = [], 0
    for segment in segments:
        total += len(_squeeze(segment))
        ends.append(total)
    return ends[:-1]


def _context(squeezed: str, offset: int, width: int = 30) -> str:
    return f"…{squeezed[max(0, offset - width):offset]} | {squeezed[offset:offset + width]}…"


def score_page(page: str, text: str, gold: dict, rows: list[dict]) -> PageScore:
    """Compare one page's ``reltrans segment --format json`` rows with its gold judgement."""
    result = PageScore(page)
    # A line with no letter ("-", "|", "07/05/2009") never becomes a PO entry: nothing to judge.
    gold_body = [fold(s) for s in gold.get("body", []) if _has_letter(s)]
    gold_chrome = [fold(s) for s in gold.get("chrome", []) if _has_letter(s)]
    result.body, result.chrome = len(gold_body), len(gold_chrome)
    folded_page = fold(text)
    for kind, items in (("body", gold_body), ("chrome", gold_chrome)):
        for item in items:
            if item not in folded_page:
                result.gold_problems.append(f"{kind} line not in the page text: {item[:60]!r}")

    chrome_rows = [fold(str(r["text"])) for r in rows if "chrome" in r]
    body_rows = [fold(str(r["text"])) for r in rows if "chrome" not in r]
    po_text = " ".join(body_rows)
    result.chrome_left = [c for c in gold_chrome if not _within(c, chrome_rows)]
    result.body_lost = [b for b in gold_body if not _within(b, [po_text])]

    # Boundaries are compared on the body only: a chrome line left in the PO is counted above,
    # not again as a segmentation error.
    chrome_set = set(gold_chrome) | {_LIST_MARKER.sub("", c) for c in gold_chrome}
    produced = [row for row in body_rows if row not in chrome_set]
    # The gold's list markers are skeleton in reltrans's output: compared without them.
    bare_body = [_LIST_MARKER.sub("", b) or b for b in gold_body]
    gold_text, produced_text = _squeeze(" ".join(bare_body)), _squeeze(" ".join(produced))
    gold_cuts, produced_cuts = set(_boundaries(bare_body)), _boundaries(produced)
    matcher = difflib.SequenceMatcher(None, gold_text, produced_text, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    mapped: set[int] = set()
    for cut in produced_cuts:
        for block in blocks:
            if block.b < cut <= block.b + block.size:
                mapped.add(block.a + (cut - block.b))
                break
    covered = {block.a + i for block in blocks for i in range(1, block.size + 1)}
    for cut in sorted(gold_cuts):
        if cut in covered and cut not in mapped:
            result.missed_cuts.append(_context(gold_text, cut))
    for cut in sorted(mapped - gold_cuts):
        if cut < len(gold_text):
            result.extra_cuts.append(_context(gold_text, cut))
    return result


def run_segment(command: list[str], page: Path, split_quotes: bool) -> list[dict]:
    args = [*command, "segment", "--format", "json", "--input-format", "text", str(page)]
    args.append("--split-quotes" if split_quotes else "--no-split-quotes")
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        raise SystemExit(f"{page}: reltrans segment exited {done.returncode}: {done.stderr.strip()[:300]}")
    return json.loads(done.stdout)


def signature(command: list[str], split_quotes: bool) -> str:
    probe = "import reltrans, reltrans.segment as s; print(reltrans.__version__, s.SEGMENTER_VERSION)"
    python = command[:-2] if command[-2:] == ["-m", "reltrans"] else [sys.executable]
    done = subprocess.run([*python, "-c", probe], capture_output=True, text=True, check=False)
    versions = done.stdout.split() or ["?", "?"]
    quotes = "split" if split_quotes else "kept"
    return f"reltrans:{versions[0]}|segmenter:{versions[-1]}|quotes:{quotes}|chrome:default"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("splits", nargs="+", type=Path, help="folders holding pages/ and gold/")
    parser.add_argument("--reltrans", default=f"{shlex.quote(sys.executable)} -m reltrans", help="command that runs reltrans")
    parser.add_argument("--split-quotes", action="store_true", help="segment with --split-quotes")
    parser.add_argument("--show", action="store_true", help="list every error, chrome line left and body line lost")
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    args = parser.parse_args(argv)
    command = shlex.split(args.reltrans)

    pages = [(split, gold) for split in args.splits for gold in sorted((split / "gold").glob("*.json"))]
    if not pages:
        print(f"no gold/*.json under {', '.join(map(str, args.splits))}: nothing to score")
        return 0
    scores = []
    for split, gold_path in pages:
        page = split / "pages" / f"{gold_path.stem}.txt"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = page.read_text(encoding="utf-8")
        scores.append(score_page(f"{split.name}/{gold_path.stem}", text, gold, run_segment(command, page, args.split_quotes)))

    body = sum(s.body for s in scores)
    errors = sum(s.errors for s in scores)
    figures = {
        "signature": signature(command, args.split_quotes),
        "pages": len(scores),
        "body_segments": body,
        "segmentation_errors": errors,
        "missed_cuts": sum(len(s.missed_cuts) for s in scores),
        "extra_cuts": sum(len(s.extra_cuts) for s in scores),
        "errors_per_1000": round(1000 * errors / body, 1) if body else 0.0,
        "chrome_lines": sum(s.chrome for s in scores),
        "chrome_left": sum(len(s.chrome_left) for s in scores),
        "pages_with_chrome_left": sum(1 for s in scores if s.chrome_left),
        "body_lost": sum(len(s.body_lost) for s in scores),
        "gold_problems": sum(len(s.gold_problems) for s in scores),
    }
    if args.show:
        for s in scores:
            lines = [f"  missed cut {c}" for c in s.missed_cuts] + [f"  extra cut  {c}" for c in s.extra_cuts]
            lines += [f"  chrome left {c!r}" for c in s.chrome_left] + [f"  body lost  {b!r}" for b in s.body_lost]
            lines += [f"  gold: {p}" for p in s.gold_problems]
            if lines:
                print(s.page)
                print("\n".join(lines))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    print(figures["signature"])
    print(f"{figures['pages']} pages, {body} body segments: {errors} segmentation errors "
          f"({figures['missed_cuts']} missed, {figures['extra_cuts']} extra) = {figures['errors_per_1000']} per 1,000")
    print(f"chrome lines left in the PO: {figures['chrome_left']} of {figures['chrome_lines']} "
          f"({figures['pages_with_chrome_left']} pages); body segments lost: {figures['body_lost']} of {body}")
    if figures["gold_problems"]:
        print(f"gold problems (lines not found in their page): {figures['gold_problems']} (--show lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
