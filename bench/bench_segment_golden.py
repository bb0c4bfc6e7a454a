"""Score reltrans' segmenter, pysbd and sentencex on golden segmentation cases, in one run.

The cases are read from JSON files given on the command line (nothing is fetched):
``{"suite": "...", "lang": "en", "cases": [{"text": "...", "expected": ["...", ...]}, ...]}``.
Keep those files outside the repository (e.g. ``/work/evalsets/golden/golden_rules_en.json``,
built from the Pragmatic Segmenter Golden Rules as published in its README).

    python bench/bench_segment_golden.py /work/evalsets/golden/golden_rules_en.json [more.json] [--lang en] [-v]

reltrans reads a one-line case as a paragraph of a release, and a case of several lines as a
plain-text release (``reltrans.formats`` ``text``: one block per line, hard-wrapped lines joined,
list markers in the skeleton), exactly as ``reltrans segment`` would. pysbd and sentencex are
scored when installed (``pip install pysbd sentencex``; bench only, not project dependencies). A
case passes when the segments, with surrounding whitespace stripped and whitespace runs holding a
line break folded to one space (the msgid rule), equal the expected list folded the same way.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable

from reltrans.formats import parse_document
from reltrans.segment import SEGMENTER_VERSION, normalize_msgid, segment_document, split_sentences

Segmenter = Callable[[str], list[str]]


def _fold(pieces: list[str]) -> list[str]:
    return [normalize_msgid(piece.strip()) for piece in pieces if piece.strip()]


def reltrans_segmenter(lang: str, *, quote_attribution: bool = True) -> Segmenter:
    """reltrans on a case: one line is a paragraph of a release (``split_sentences``); a case of
    several lines is read as a plain-text release."""
    def segment(text: str) -> list[str]:
        if "\n" not in text.strip():
            return [normalize_msgid(text[a:b]) for a, b in split_sentences(text, lang, quote_attribution=quote_attribution)]
        document = parse_document(text, "case.txt", "text")
        return [s.msgid for s in segment_document(document, lang, quote_attribution=quote_attribution).segments]

    return segment


def _pysbd(lang: str) -> Segmenter | None:
    try:
        import pysbd  # optional, bench only
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language=lang, clean=False)
    return lambda text: _fold(segmenter.segment(text))


def _sentencex(lang: str) -> Segmenter | None:
    try:
        import sentencex  # optional, bench only
    except ImportError:
        return None
    return lambda text: _fold(list(sentencex.segment(lang, text)))


def score(cases: list[dict], segment: Segmenter) -> list[tuple[dict, list[str]]]:
    """The failed cases, with what the segmenter gave."""
    failed = []
    for case in cases:
        try:
            got = segment(case["text"])
        except Exception as exc:  # a peer crashing on a case fails that case
            got = [f"<error {exc!r}>"]
        if got != _fold(case["expected"]):
            failed.append((case, got))
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, nargs="+", help="JSON files of golden cases")
    parser.add_argument("--lang", help="language of the cases (default: the file's 'lang', else en)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every failed case")
    parser.add_argument("--no-quote-attribution", action="store_true", help="reltrans: cut quotations at their inner sentence ends even when an attribution follows")
    args = parser.parse_args()
    for path in args.cases:
        data = json.loads(path.read_text(encoding="utf-8"))
        lang = args.lang or data.get("lang", "en")
        cases = data["cases"]
        systems: dict[str, Segmenter | None] = {
            f"reltrans {SEGMENTER_VERSION}": reltrans_segmenter(lang, quote_attribution=not args.no_quote_attribution),
            "pysbd": _pysbd(lang),
            "sentencex": _sentencex(lang),
        }
        print(f"suite: {data.get('suite', path.name)} ({len(cases)} cases, lang {lang})")
        for name, segment in systems.items():
            if segment is None:
                print(f"  {name}: not installed")
                continue
            failed = score(cases, segment)
            print(f"  {name}: {len(cases) - len(failed)}/{len(cases)}")
            if args.verbose:
                for case, got in failed:
                    print(f"    FAIL {case.get('id', '')} {case['text']!r}\n      expected {case['expected']}\n      got      {got}")


if __name__ == "__main__":
    main()
