"""Wrong-sense forcing on trap sentences: glossary words used in another sense.

A trap is a French sentence in which a word the glossary knows is used in a sense the glossary
must not force (bare « trafiquants » in a drug story, « clandestin » as an adjective, « mineurs »
as coal miners, « déplacement » as a minister's trip), with a correct English translation. The
file is a TSV with the columns ``fr``, ``en``, ``word`` (the trap word as the sentence writes it)
and ``note``:

    python bench/eval_traps.py TRAPS.tsv [--show] [--json] [--glossary FILE ...] [--no-bundled]

Each sentence is its own document (``Glossary.for_document`` with the sentence as the text, no
date). For every glossary match that overlaps the trap word:

* **forced wrong**: the concept has a preferred English term (constrained translation would
  force it) and the correct English holds none of its allowed terms;
* **flagged**: a ``review`` concept (nothing forced; the reviewer is asked);
* **right**: the correct English holds an allowed term of the concept (the sense was right); a
  forbidden rendering of the concept there (« general secretary » for a union's « secrétaire
  général ») is no such evidence.

A trap word no concept matches is **left alone** (nothing forced, nothing checked). The goal
(issue 14) is 0 forced wrong. The trap sentences are written by the project (not third-party
text); the held-out ones are kept outside the repository until they are scored.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_glossary_recall import _overlaps, _spans  # noqa: E402


def score(rows: list[dict[str, str]], glossary: object) -> dict[str, object]:
    """Counts per outcome and the wrong cases, over every trap row."""
    from reltrans.glossary import build_matcher

    counts = {"traps": 0, "left_alone": 0, "flagged": 0, "right": 0, "forced_wrong": 0}
    wrong: list[str] = []
    for row in rows:
        counts["traps"] += 1
        fr = build_matcher(glossary, "fr", document_text=row["fr"])  # type: ignore[arg-type]
        en = build_matcher(fr.glossary, "en")
        spans = _spans(row["fr"], row["word"])
        hits = [m for m in fr.find(row["fr"]) if m.status != "forbidden" and any(_overlaps((m.start, m.end), s) for s in spans)]
        if not hits:
            counts["left_alone"] += 1
            continue
        outcome = "right"
        for match in hits:
            concept = fr.glossary.get(match.concept_id)
            if concept is None:
                continue
            if concept.preferred("en") is None:
                outcome = "flagged" if outcome == "right" else outcome
                continue
            # a forbidden rendering in the English is no evidence of the right sense
            found = [m for m in en.find_concept(row["en"], match.concept_id) if m.status != "forbidden"]
            if found or any(en.contains(row["en"], t) for t in concept.allowed("en")):
                continue
            outcome = "forced_wrong"
            wrong.append(f"{row['word']!r} -> {concept.id} ({concept.preferred('en').text!r}): {row['fr']}  ||  {row['en']}")
        counts[outcome] += 1
    return {**counts, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("traps", type=Path, help="TSV with fr, en, word, note")
    parser.add_argument("--glossary", action="append", default=[], help="extra glossary file(s)")
    parser.add_argument("--no-bundled", action="store_true", help="without the bundled glossary")
    parser.add_argument("--show", action="store_true", help="list the wrong cases")
    parser.add_argument("--json", action="store_true", help="one JSON line instead of text")
    args = parser.parse_args(argv)
    if not args.traps.exists():
        print(f"trap set not found: {args.traps}: nothing to score")
        return 0
    from reltrans.glossary import load_glossaries

    glossary = load_glossaries(args.glossary, bundled=not args.no_bundled)
    with args.traps.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    result = score(rows, glossary)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "wrong"} | {"glossary": glossary.digest}))
    else:
        print(f"{result['traps']} traps, glossary {glossary.digest}")
        print(f"left alone {result['left_alone']}, flagged for review {result['flagged']}, right sense {result['right']}, "
              f"forced wrong {result['forced_wrong']}")
    if args.show:
        for line in result["wrong"]:  # type: ignore[union-attr]
            print("wrong:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
