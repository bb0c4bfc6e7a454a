"""Score reltrans' segmenter (and pysbd, when installed) on a golden set of segmentation cases.

The cases are read from a JSON file given on the command line (nothing is fetched):
``{"suite": "...", "cases": [{"text": "...", "expected": ["...", ...]}, ...]}``. Keep that file
outside the repository (e.g. ``/work/evalsets/golden/golden_rules_en.json``, built from the
Pragmatic Segmenter Golden Rules as published in pySBD's tests).

    python bench/bench_segment_golden.py /work/evalsets/golden/golden_rules_en.json --lang en [-v]

Both scores come from one run over the same cases; a case passes when the segments, with
surrounding whitespace stripped and line breaks folded, equal the expected list.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from reltrans.segment import SEGMENTER_VERSION, normalize_msgid, split_sentences


def _reltrans(text: str, lang: str) -> list[str]:
    return [normalize_msgid(text[start:end]) for start, end in split_sentences(text, lang)]


def _pysbd_segmenter(lang: str):
    try:
        import pysbd  # optional, bench only
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language=lang, clean=False)
    return lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, help="JSON file of golden cases")
    parser.add_argument("--lang", default="en")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every failed case")
    args = parser.parse_args()
    data = json.loads(args.cases.read_text(encoding="utf-8"))
    cases = data["cases"]
    systems = {f"reltrans {SEGMENTER_VERSION}": lambda text: _reltrans(text, args.lang)}
    pysbd_segment = _pysbd_segmenter(args.lang)
    if pysbd_segment is not None:
        systems["pysbd"] = pysbd_segment
    print(f"suite: {data.get('suite', args.cases.name)} ({len(cases)} cases, lang {args.lang})")
    for name, segment in systems.items():
        failed = []
        for case in cases:
            got = segment(case["text"])
            if got != [s.strip() for s in case["expected"]]:
                failed.append((case, got))
        print(f"{name}: {len(cases) - len(failed)}/{len(cases)}")
        if args.verbose:
            for case, got in failed:
                print(f"  FAIL {case['text']!r}\n    expected {case['expected']}\n    got      {got}")
    if pysbd_segment is None:
        print("pysbd: not installed (pip install pysbd to compare)")


if __name__ == "__main__":
    main()
