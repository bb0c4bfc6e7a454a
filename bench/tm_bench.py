"""Benchmark the translation memory on a large synthetic memory (default: 1,000,000 segments).

    python bench/tm_bench.py [--segments 1000000] [--fill-seconds 600] [--queries 500] [--keep PATH]

Fills a temporary TM with synthetic French-like sentences (Zipf-distributed vocabulary of
30,000 words, 8-35 words a sentence), stopping early when ``--fill-seconds`` is spent (the
output says how many segments were actually stored), then measures:

* exact lookups of stored sentences;
* fuzzy lookups of stored sentences with one word replaced and one word dropped (the typical
  "revised sentence" case), and the hit rate at the default threshold 75;
* fuzzy lookups of unrelated random sentences (the miss case);
* ``lookup_many`` on a batch mixing the three.
"""
from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from reltrans.tm import TMUnit, TranslationMemory

LETTERS = "abcdefghijlmnoprstuvéèàêç"


def make_vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 11))))
    return sorted(words)


def make_sentence(rng: random.Random, vocabulary: list[str], cum_weights: list[float]) -> str:
    words = rng.choices(vocabulary, cum_weights=cum_weights, k=rng.randint(8, 35))
    return " ".join(words).capitalize() + "."


def perturb(rng: random.Random, sentence: str, vocabulary: list[str]) -> str:
    words = sentence.rstrip(".").split()
    words[rng.randrange(len(words))] = rng.choice(vocabulary)
    del words[rng.randrange(len(words))]
    return " ".join(words) + "."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=1_000_000)
    parser.add_argument("--fill-seconds", type=float, default=600.0, help="stop filling after this long")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="use/keep this TM file instead of a temporary one")
    args = parser.parse_args(argv)

    rng = random.Random(20240131)
    vocabulary = make_vocabulary(rng)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocabulary))))
    folder = None if args.keep else tempfile.mkdtemp(prefix="reltrans-tm-bench-")
    path = args.keep or Path(folder) / "tm.sqlite"
    stored: list[str] = []
    with TranslationMemory(path) as tm:
        existing = tm.stats().segments
        start = time.perf_counter()
        batch = 20_000
        total = existing
        while total < args.segments and time.perf_counter() - start < args.fill_seconds:
            size = min(batch, args.segments - total)
            sources = [make_sentence(rng, vocabulary, weights) for _ in range(size)]
            total += tm.add(TMUnit("fr", "en", s, s.upper(), origin="bench") for s in sources)
            stored.extend(rng.sample(sources, min(len(sources), 50)))
        fill = time.perf_counter() - start
        print(f"memory: {total:,} segments ({total - existing:,} added in {fill:.1f} s"
              f"{', stopped by --fill-seconds' if total < args.segments else ''}); "
              f"file {os.path.getsize(path) / 2**20:.0f} MiB")
        if not stored:
            with tm._guard() as conn:  # reuse a kept memory
                stored = [r[0] for r in conn.execute("SELECT source FROM segments ORDER BY random() LIMIT 2000")]

        queries = [rng.choice(stored) for _ in range(args.queries)]
        edited = [perturb(rng, q, vocabulary) for q in queries]
        unrelated = [make_sentence(rng, vocabulary, weights) for _ in range(args.queries)]

        def timed(label: str, fn, items) -> list:  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            results = [fn(item) for item in items]
            elapsed = time.perf_counter() - t0
            print(f"{label:<34} {len(items) / elapsed:10.1f} lookups/s   ({elapsed / len(items) * 1000:.2f} ms each)")
            return results

        exact = timed("exact (stored sentence)", lambda s: tm.lookup_exact(s, "fr", "en"), queries)
        fuzzy = timed("fuzzy (one word changed, one cut)", lambda s: tm.lookup_fuzzy(s, "fr", "en"), edited)
        miss = timed("fuzzy (unrelated sentence)", lambda s: tm.lookup_fuzzy(s, "fr", "en"), unrelated)
        print(f"exact hit rate {sum(r is not None for r in exact) / len(exact):.0%}; "
              f"fuzzy hit rate {sum(bool(r) for r in fuzzy) / len(fuzzy):.0%} at threshold 75 "
              f"(mean score {sum(r[0].score for r in fuzzy if r) / max(1, sum(bool(r) for r in fuzzy)):.1f}); "
              f"unrelated hits {sum(bool(r) for r in miss)}")
        mixed = queries + edited + unrelated
        t0 = time.perf_counter()
        tm.lookup_many(mixed, "fr", "en")
        elapsed = time.perf_counter() - t0
        print(f"{'lookup_many (mixed batch)':<34} {len(mixed) / elapsed:10.1f} lookups/s")
    if folder is not None:
        for name in os.listdir(folder):
            os.unlink(os.path.join(folder, name))
        os.rmdir(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
