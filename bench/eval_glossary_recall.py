"""Glossary recall and in-context precision on real official French/English release pairs.

The evaluation set lives OUTSIDE the repository (third-party sentences are never committed):

    $RELTRANS_EVALSET  (default /work/evalsets/terms)
        pairs_tuning.tsv, pairs_heldout.tsv   release_id, fr, en, source_url_fr, source_url_en
        terms_tuning.tsv, terms_heldout.tsv   release_id, fr, en, kind   (one verified term
                      occurrence per row: the French as the release writes it, the official
                      English, and name / title / acronym / vocabulary)
        releases.tsv  release_id, date, split, ...   (the release dates)
      ``--split tuning`` / ``--split heldout`` scores one split (the default, ``all``, both, with
      held-out figures apart); a later set (``--split heldout3``, any name: pairs_heldout3.tsv,
      terms_heldout3.tsv, its dates in releases_heldout3.tsv) is scored on its own, and only the
      scored splits' files are read (never another split's pairs, terms or dates). The older layout is still read with ``--pairs``/``--terms``:
        pairs.tsv     release_id, fr, en, source_url_fr, source_url_en   (all aligned pairs)
        heldout.tsv   the same columns: the releases the glossary was NOT tuned on
        terms.tsv     fr, en, kind, evidence   (verified terms; evidence = release ids, then
                      optionally " ; note")
        releases.tsv  release_id, date, split, ...   (optional: the release dates)
        judgements.tsv  release_id, surface, concept_id, verdict, reason   (optional: a hand
                      verdict, right-sense or wrong-sense, on matches the official English
                      renders otherwise)

Figures (printed as a table, ``--json`` for a machine-readable line):

* **recall**: a verified term counts as known when, in a pair of the release it was seen in, the
  French matcher finds a concept covering the French term *and* that concept allows the English
  term found in the official English (``find_concept`` on the English sentence). Reported on
  all terms and on the terms of the held-out releases.
* **in-context precision**: every French match of a concept that has a preferred English term
  is right when the official English of the same pair holds one of the concept's allowed
  terms. A miss is a term the glossary would force although the agency wrote something else:
  a wrong sense, or a translator's legitimate choice (``--show`` lists them). **Sense
  precision** counts as wrong only the misses judged ``wrong-sense`` in judgements.tsv and the
  misses nobody judged yet.

**Inner matches** (scorer change of round 28): the French matches are those of
``Matcher.find_with_inner``, the longest matches *and* the known terms they hid, strictly
inside them (« Nations Unies » inside « Secrétaire général des Nations Unies ») or crossing
their edge (« drogues illicites » where « trafic de drogues » won), which the translator's PO
hints list too. For recall such an inner match is a concept covering the French term like any
other; for precision every inner match is scored like an outer one (``inner_matches`` and
``inner_right`` count them apart; the outer figure is the ``--no-inner`` one), since leaving
them out would hide a wrong inner sense; ``outer_precision`` and ``outer_sense_precision`` give
the figures on the longest matches alone, the ones enforcement forces (inner terms are hints,
never forced). Most inner misses are a long name or phrase that the
English renders as a whole (« migrations sûres » inside the Global Compact's French name).
``--no-inner`` scores the longest matches only (the figures before round 28), and so does code
whose matcher has no ``find_with_inner`` (``"inner": false`` in the JSON line says which).

Both use the document context of each release (its whole French text and its date,
``Glossary.for_document``). Without the set the script says so and exits 0.

Figures are also given per kind of term (``--json``: ``by_kind``; precision per kind of the
matched concept: ``precision_by_kind``).

    python bench/eval_glossary_recall.py [--set DIR] [--split all|tuning|heldout] [--show] [--json] [--no-inner] [--glossary FILE ...] [--no-bundled]
    python bench/eval_glossary_recall.py [--set DIR] --pairs F --terms F ...     (older layout)
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SET = Path(os.environ.get("RELTRANS_EVALSET", "/work/evalsets/terms"))
SPLITS = ("tuning", "heldout")  # what ``--split all`` scores
SPLIT_NAME = re.compile(r"[a-z]+[0-9]*")  # a later set, scored on its own: ``--split heldout10``


@dataclass(frozen=True)
class Pair:
    release: str
    fr: str
    en: str


@dataclass(frozen=True)
class VerifiedTerm:
    fr: str
    en: str
    kind: str
    releases: tuple[str, ...]


@dataclass
class Result:
    terms: int = 0
    known: int = 0
    heldout_terms: int = 0
    heldout_known: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [terms, known]
    matches_by_kind: dict[str, list[int]] = field(default_factory=dict)  # concept kind -> [matches, right]
    matches: int = 0
    right: int = 0
    inner_matches: int = 0  # of ``matches``: inner ones (inside a longer match)
    inner_right: int = 0
    inner_sense_wrong: int = 0
    inner: bool = False  # were inner matches scored?
    sense_wrong: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @staticmethod
    def rate(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 0.0


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_pairs(path: Path) -> list[Pair]:
    return [Pair(r["release_id"], r["fr"], r["en"]) for r in read_rows(path)]


def read_terms(path: Path) -> list[VerifiedTerm]:
    """Verified terms: one occurrence per row (``release_id`` column), or the older layout whose
    ``evidence`` column lists the releases."""
    out = []
    for row in read_rows(path):
        if "release_id" in row:
            out.append(VerifiedTerm(row["fr"], row["en"], row["kind"], (row["release_id"],)))
            continue
        evidence = row["evidence"].split(";", 1)[0]
        releases = tuple(r.strip() for r in evidence.split(",") if r.strip())
        out.append(VerifiedTerm(row["fr"], row["en"], row["kind"], releases))
    return out


def read_dates(path: Path) -> dict[str, str]:
    return {r["release_id"]: r["date"] for r in read_rows(path)} if path.exists() else {}


def heldout_releases(folder: Path, splits: tuple[str, ...], pairs: list[Pair]) -> set[str]:
    """The held-out releases among ``pairs`` of the scored ``splits``: every release of a
    held-out split (``heldout``, or a later set such as ``heldout17``); the tuning split has none.
    Only the scored splits' own files are read: scoring one split never opens another's."""
    if "heldout" in splits and len(splits) > 1:  # --split all: the held-out pairs are the file's
        return {p.release for p in read_pairs(folder / "pairs_heldout.tsv")}
    return set() if splits == ("tuning",) else {p.release for p in pairs}


def split_dates(folder: Path, splits: tuple[str, ...]) -> dict[str, str]:
    """Release dates for the scored ``splits``: the shared ``releases.tsv`` (the first two
    splits' dates) and each scored split's own ``releases_<split>.tsv``, never another split's."""
    dates = read_dates(folder / "releases.tsv")
    for split in splits:
        dates.update(read_dates(folder / f"releases_{split}.tsv"))
    return dates


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("\u2019", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (case, accents and apostrophes folded; the folding
    keeps lengths for the French and English of this set)."""
    hay, pin = _fold(text), _fold(needle)
    if len(hay) != len(text):
        hay = _fold(text)  # lengths differ only for rare ligatures: positions are then approximate
    out, start = [], hay.find(pin)
    while start >= 0:
        out.append((start, start + len(pin)))
        start = hay.find(pin, start + 1)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def read_judgements(path: Path) -> dict[tuple[str, str, str], str]:
    if not path.exists():
        return {}
    return {(r["release_id"], r["surface"], r["concept_id"]): r["verdict"] for r in read_rows(path)}


def french_matches(matcher: object, text: str, *, inner: bool = True) -> list[tuple[object, bool]]:
    """The French matches scored, each with whether it is an inner match: those of
    ``find_with_inner`` (each longest match, then the terms it hid) when ``inner`` and the
    matcher has it, else those of ``find`` (code older than round 28)."""
    with_inner = getattr(matcher, "find_with_inner", None) if inner else None
    if with_inner is None:
        return [(m, False) for m in matcher.find(text)]  # type: ignore[attr-defined]
    out: list[tuple[object, bool]] = []
    for nested in with_inner(text):
        out.append((nested.match, False))
        out.extend((m, True) for m in nested.hidden)
    return out


def evaluate(
    pairs: list[Pair],
    terms: list[VerifiedTerm],
    heldout: set[str],
    dates: dict[str, str],
    glossary: object,
    judgements: dict[tuple[str, str, str], str] | None = None,
    *,
    inner: bool = True,
) -> Result:
    from reltrans.glossary import build_matcher

    result = Result()
    by_release: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_release.setdefault(pair.release, []).append(pair)
    views = {}
    for release, items in by_release.items():
        document = "\n".join(p.fr for p in items)
        date = dates.get(release) or None
        fr = build_matcher(glossary, "fr", document_text=document, document_date=date)  # type: ignore[arg-type]
        en = build_matcher(fr.glossary, "en")
        views[release] = (fr, en)
    result.inner = inner and any(hasattr(fr, "find_with_inner") for fr, _en in views.values())
    found = {pair: french_matches(views[pair.release][0], pair.fr, inner=inner) for pair in pairs}

    for term in terms:
        candidates = [p for r in term.releases for p in by_release.get(r, []) if _spans(p.fr, term.fr) and _spans(p.en, term.en)]
        if not candidates:
            continue
        result.terms += 1
        held = any(r in heldout for r in term.releases)
        result.heldout_terms += held
        tally = result.by_kind.setdefault(term.kind, [0, 0])
        tally[0] += 1
        if any(_known(term, p, found[p], views[p.release][1]) for p in candidates):
            result.known += 1
            result.heldout_known += held
            tally[1] += 1
        else:
            result.missed.append(f"{'[held-out] ' if held else ''}{term.kind}: {term.fr} = {term.en}")

    for pair in pairs:
        fr, en = views[pair.release]
        for match, is_inner in found[pair]:
            concept = fr.glossary.get(match.concept_id)
            if match.status == "forbidden" or concept is None or concept.preferred("en") is None:
                continue
            result.matches += 1
            result.inner_matches += is_inner
            tally = result.matches_by_kind.setdefault(concept.kind, [0, 0])
            tally[0] += 1
            if en.find_concept(pair.en, match.concept_id) or any(en.contains(pair.en, t) for t in concept.allowed("en")):
                result.right += 1
                result.inner_right += is_inner
                tally[1] += 1
            else:
                verdict = (judgements or {}).get((pair.release, match.surface, match.concept_id), "unjudged")
                result.sense_wrong += verdict != "right-sense"
                result.inner_sense_wrong += is_inner and verdict != "right-sense"
                result.wrong.append(
                    f"[{verdict}]{' [inner]' if is_inner else ''} {pair.release}: {match.surface!r} "
                    f"({match.concept_id} -> {concept.preferred('en').text!r}) in: {pair.en}"
                )
    return result


def _known(term: VerifiedTerm, pair: Pair, matches: list[tuple[object, bool]], en: object) -> bool:
    for fr_span in _spans(pair.fr, term.fr):
        for match, _inner in matches:
            if match.status == "forbidden" or not _overlaps((match.start, match.end), fr_span):  # type: ignore[attr-defined]
                continue
            for en_match in en.find_concept(pair.en, match.concept_id):  # type: ignore[attr-defined]
                if en_match.status != "forbidden" and any(_overlaps((en_match.start, en_match.end), s) for s in _spans(pair.en, term.en)):
                    return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder of pairs.tsv, heldout.tsv, terms.tsv")
    parser.add_argument("--split", default="all", help="all, tuning, heldout, or a later set's name (heldout10): pairs_<split>.tsv/terms_<split>.tsv")
    parser.add_argument("--pairs", help="older layout: pairs file in the set folder (e.g. pairs.tsv)")
    parser.add_argument("--terms", help="older layout: verified terms file in the set folder (e.g. terms.tsv)")
    parser.add_argument("--glossary", action="append", default=[], help="extra glossary file(s)")
    parser.add_argument("--no-bundled", action="store_true", help="without the bundled glossary")
    parser.add_argument("--show", action="store_true", help="list missed terms and wrong matches")
    parser.add_argument("--json", action="store_true", help="one JSON line instead of a table")
    parser.add_argument("--no-inner", action="store_true", help="score the longest matches only, not the terms they hid (the figures before round 28)")
    args = parser.parse_args(argv)
    if not SPLIT_NAME.fullmatch(args.split):
        parser.error(f"--split {args.split!r}: a name such as tuning, heldout or heldout10")
    later_split = args.split not in ("all", *SPLITS)

    split_layout = args.pairs is None and args.terms is None and (
        (args.set / "pairs_heldout.tsv").exists() or later_split
    )
    if split_layout:
        splits = SPLITS if args.split == "all" else (args.split,)
        needed = [args.set / f"{kind}_{split}.tsv" for split in splits for kind in ("pairs", "terms")]
    else:
        needed = [args.set / (args.pairs or "pairs.tsv"), args.set / (args.terms or "terms.tsv")]
    missing = [p.name for p in needed if not p.exists()]
    if missing:
        print(f"evaluation set not found in {args.set} ({', '.join(missing)} needed; set RELTRANS_EVALSET "
              "or --set): nothing to score")
        return 0
    from reltrans.glossary import load_glossaries

    glossary = load_glossaries(args.glossary, bundled=not args.no_bundled)
    if split_layout:
        pairs = [p for split in splits for p in read_pairs(args.set / f"pairs_{split}.tsv")]
        terms = [t for split in splits for t in read_terms(args.set / f"terms_{split}.tsv")]
        heldout = heldout_releases(args.set, splits, pairs)
        dates = split_dates(args.set, splits)
    else:
        pairs, terms = read_pairs(needed[0]), read_terms(needed[1])
        heldout_path = args.set / "heldout.tsv"
        heldout = {p.release for p in read_pairs(heldout_path)} if heldout_path.exists() else set()
        dates = read_dates(args.set / "releases.tsv")
        for extra in sorted(args.set.glob("releases_*.tsv")):  # the older layout has no splits: every dates file
            dates.update(read_dates(extra))
    result = evaluate(pairs, terms, heldout, dates, glossary, read_judgements(args.set / "judgements.tsv"), inner=not args.no_inner)
    figures = {
        "pairs": len(pairs),
        "releases": len({p.release for p in pairs}),
        "terms": result.terms,
        "recall": round(result.rate(result.known, result.terms), 1),
        "heldout_terms": result.heldout_terms,
        "heldout_recall": round(result.rate(result.heldout_known, result.heldout_terms), 1),
        "matches": result.matches,
        "precision": round(result.rate(result.right, result.matches), 2),
        "sense_precision": round(result.rate(result.matches - result.sense_wrong, result.matches), 2),
        "inner": result.inner,
        "inner_matches": result.inner_matches,
        "inner_right": result.inner_right,
        "outer_precision": round(result.rate(result.right - result.inner_right, result.matches - result.inner_matches), 2),
        "outer_sense_precision": round(result.rate(
            result.matches - result.inner_matches - (result.sense_wrong - result.inner_sense_wrong),
            result.matches - result.inner_matches), 2),
        "by_kind": {kind: {"terms": n, "known": k} for kind, (n, k) in sorted(result.by_kind.items())},
        "precision_by_kind": {kind: {"matches": n, "right": k} for kind, (n, k) in sorted(result.matches_by_kind.items())},
        "glossary": glossary.digest,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['pairs']} pairs from {figures['releases']} releases, glossary {figures['glossary']}")
        print(f"recall            {result.known}/{result.terms} = {figures['recall']} %")
        print(f"held-out recall   {result.heldout_known}/{result.heldout_terms} = {figures['heldout_recall']} %")
        print(f"in-context prec.  {result.right}/{result.matches} = {figures['precision']} % (official English holds an allowed term)")
        print(f"sense precision   {result.matches - result.sense_wrong}/{result.matches} = {figures['sense_precision']} % (misses judged right-sense excluded)")
        if result.inner:
            print(f"  of which inner  {result.inner_right}/{result.inner_matches} (terms a longer match hid)")
            print(f"  outer only      {figures['outer_precision']} %, sense {figures['outer_sense_precision']} % (the matches enforcement forces)")
        print("by kind           " + ", ".join(f"{kind} {k}/{n}" for kind, (n, k) in sorted(result.by_kind.items())))
        print("prec. by kind     " + ", ".join(f"{kind} {k}/{n}" for kind, (n, k) in sorted(result.matches_by_kind.items())))
    if args.show:
        for line in result.missed:
            print("missed:", line)
        for line in result.wrong:
            print("wrong: ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
