"""Stage costs as a share of decoding time, and ``reltrans check`` entries per second.

    python bench/bench_stages.py [--quick] [--segments 200] [--concepts 2000] [--check-entries 50000]

Part 1, on the French release repeated as distinct variants (same input as bench_decode.py):

* decoding: ``Engine.translate`` of the distinct segments with the Argos-sized random model
  (beam 4, int8, intra threads = cores). Random weights never stop on their own, so every
  output is capped at the mean source length in tokens: total output tokens = total source
  tokens, as for a real translation, which is about as long as its source;
* segmentation: ``load_document`` + ``segment_document`` of the file;
* glossary matching: ``build_matcher`` on the bundled glossary merged with ``--concepts``
  synthetic concepts (pseudo-French multi-word terms), then ``Matcher.find`` on every distinct
  segment, each timed once, cold (``find`` memoizes, so a repeat would be meaningless);
* PO writing: ``build_catalog`` + ``write_catalog`` of one entry per distinct segment.

Each is printed as a % of decoding (goal: the three together < 5 %).

Part 2: ``check_catalogs`` (what ``reltrans check`` runs, bundled glossary included) on a set
of synthetic PO files (realistic French/English pairs with UN terms and numbers), in this
single-threaded process: entries per second (goal >= 20,000/s on one core). Reading the files
is included; loading the glossary is reported apart (it happens once per command).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

PAIRS = (
    ("L'Organisation internationale pour les migrations (OIM) a fourni une aide d'urgence à {n} personnes déplacées.",
     "The International Organization for Migration (IOM) provided emergency assistance to {n} displaced people."),
    ("Le HCR a enregistré {n} nouveaux demandeurs d'asile cette semaine.",
     "UNHCR registered {n} new asylum-seekers this week."),
    ("Le programme a permis de former {n} agents à la lutte contre la traite des personnes.",
     "The programme trained {n} officers in the fight against trafficking in persons."),
    ("Pour plus d'informations, veuillez contacter le bureau {n} : presse@example.org.",
     "For more information, please contact office {n}: presse@example.org."),
    ("« Nous devons protéger les migrants vulnérables », a déclaré le chef de mission du bureau {n}.",
     "“We must protect vulnerable migrants,” said the chief of mission of office {n}."),
    ("Les États membres ont approuvé un budget de {n} millions de dollars.",
     "Member States approved a budget of {n} million dollars."),
    ("Le Secrétaire général a salué les efforts des partenaires humanitaires dans {n} pays.",
     "The Secretary-General welcomed the efforts of humanitarian partners in {n} countries."),
    ("La réunion numéro {n} du comité s'est tenue à Genève.",
     "Meeting number {n} of the committee was held in Geneva."),
)
_LETTERS = "abcdefghijlmnoprstuvéèàç"


@dataclass(frozen=True)
class StageResult:
    """Seconds per stage for the same input."""

    segments: int
    distinct: int
    decode: float
    segmentation: float
    matcher_build: float
    matching: float
    po_writing: float
    concepts: int
    output_tokens: int

    @property
    def overhead(self) -> float:
        return self.segmentation + self.matcher_build + self.matching + self.po_writing

    @property
    def share(self) -> float:
        return 100.0 * self.overhead / self.decode


@dataclass(frozen=True)
class CheckResult:
    """``check_catalogs`` throughput."""

    files: int
    entries: int
    seconds: float
    glossary_seconds: float
    findings: int

    @property
    def rate(self) -> float:
        return self.entries / self.seconds


# --------------------------------------------------------------------------- glossary
def synthetic_glossary(count: int, seed: int = 7) -> Any:
    """``count`` concepts with 2-4 word French terms and English translations."""
    from reltrans.glossary.model import Concept, Glossary, Term, default_case_sensitive, default_inflect

    rng = random.Random(seed)
    concepts = []
    seen: set[str] = set()
    while len(concepts) < count:
        words = ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 10))) for _ in range(rng.randint(2, 4))]
        fr = f"{words[0]} {'de la' if rng.random() < 0.5 else 'des'} {' '.join(words[1:])}"
        if fr in seen:
            continue
        seen.add(fr)
        en = " ".join(reversed(words)) + " office"
        terms = tuple(
            Term(text, lang, "preferred", default_case_sensitive(text), default_inflect(text)) for text, lang in ((fr, "fr"), (en, "en"))
        )
        concepts.append(Concept(id=f"bench-{len(concepts):05d}", terms=terms, domain="bench"))
    return Glossary(concepts=tuple(concepts), name="bench", declared_languages=("fr", "en"))


def big_glossary(count: int) -> Any:
    """The bundled glossary merged with ``count`` synthetic concepts."""
    from reltrans.glossary import load_glossaries

    return load_glossaries(bundled=True).merged(synthetic_glossary(count))


# --------------------------------------------------------------------------- part 1
def measure_stages(segments_min: int, concepts: int, log: Any = print) -> StageResult:
    """Time every non-decoding stage and the decoding of the same input."""
    from reltrans.catalog import build_catalog, make_header, write_catalog
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import DecodeOptions, Engine
    from reltrans.formats import load_document
    from reltrans.glossary import build_matcher
    from reltrans.model import Origin, TranslationUnit
    from reltrans.segment import segment_document

    packages = common.model_packages_dir("random", log=log)
    text, _ = common.repeated_release(segments_min)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "release.fr.txt"
        source.write_text(text, encoding="utf-8")

        segmented = None

        def segment() -> None:
            nonlocal segmented
            segmented = segment_document(load_document(source), "fr")

        segmentation = common.best_of(segment, 5).best
        assert segmented is not None
        msgids = [s.msgid for s in segmented.segments]
        distinct = list(dict.fromkeys(msgids))

        # Cold, once, like one CLI run: Matcher.find memoizes per text, so a repeat would
        # measure dictionary lookups.
        glossary = big_glossary(concepts)
        start = time.perf_counter()
        matcher = build_matcher(glossary, "fr")
        matcher_build = time.perf_counter() - start
        start = time.perf_counter()
        for msgid in distinct:
            matcher.find(msgid)
        matching = time.perf_counter() - start

        units = [TranslationUnit(m, m, Origin.MODEL, True, ((source.name, 1),), ("paragraph 1, sentence 1",)) for m in distinct]
        header = make_header(source_lang="fr", target_lang="en", project=source.name, signature="bench")
        po = Path(tmp) / "release.en.po"
        po_writing = common.best_of(lambda: write_catalog(build_catalog(units, header, path=str(po)), po, backup=False), 3).best

        with common.packages_env(packages):
            package = find_package("fr", "en")
        engine = Engine.load(package, DecodeOptions())
        mean_tokens = round(sum(len(engine.tokenize(m)) for m in distinct) / len(distinct))
        # Every output gets the mean source length: total output tokens == total source tokens.
        options = DecodeOptions(intra_threads=os.cpu_count() or 1, max_decoding_length=mean_tokens, max_decoding_length_ratio=1000.0)
        engine = Engine.load(package, options)
        engine.translate(distinct[:2])
        start = time.perf_counter()
        engine.translate(distinct)
        decode = time.perf_counter() - start
    return StageResult(len(msgids), len(distinct), decode, segmentation, matcher_build, matching, po_writing, len(glossary.concepts), mean_tokens)


# --------------------------------------------------------------------------- part 2
def write_po_set(folder: Path, files: int, per_file: int, seed: int = 3) -> int:
    """``files`` PO files of ``per_file`` entries each (5 % fuzzy); returns the entry count."""
    from reltrans.catalog import build_catalog, make_header, write_catalog
    from reltrans.model import Origin, TranslationUnit

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for f in range(files):
        units = []
        for i in range(per_file):
            fr, en = PAIRS[i % len(PAIRS)]
            n = i // len(PAIRS) + 1  # below 1,000: no locale-specific digit grouping
            units.append(
                TranslationUnit(
                    fr.format(n=n), en.format(n=n), Origin.MODEL, rng.random() < 0.05,
                    ((f"release-{f}.fr.txt", i + 1),), (f"paragraph {i + 1}, sentence 1",),
                )
            )
        header = make_header(source_lang="fr", target_lang="en", project=f"release-{f}", signature="bench")
        path = folder / f"release-{f:04d}.en.po"
        write_catalog(build_catalog(units, header, path=str(path)), path, backup=False)
        total += len(units)
    return total


def measure_check(entries: int, per_file: int = 1000) -> CheckResult:
    """check_catalogs on a synthetic PO set of about ``entries`` entries."""
    from reltrans.checks import check_catalogs, resolve_glossary

    files = max(1, entries // per_file)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "po"
        total = write_po_set(folder, files, min(per_file, entries))
        paths = sorted(folder.glob("*.po"))
        start = time.perf_counter()
        glossary = resolve_glossary()
        glossary_seconds = time.perf_counter() - start
        check_catalogs(paths[:1], glossary=glossary)  # warm-up: imports and matchers
        start = time.perf_counter()
        report = check_catalogs(paths, glossary=glossary)
        seconds = time.perf_counter() - start
    return CheckResult(files, total, seconds, glossary_seconds, len(report.findings))


# --------------------------------------------------------------------------- main
def report(stages: StageResult, check: CheckResult) -> None:
    """Print both tables."""
    def pct(x: float) -> str:
        return f"{100.0 * x / stages.decode:.2f} %"

    rows = [
        (f"decoding (random model, beam 4, {stages.output_tokens} tokens out)", f"{stages.decode * 1000:.0f} ms", "100 %"),
        ("segmentation (load + segment)", f"{stages.segmentation * 1000:.1f} ms", pct(stages.segmentation)),
        (f"glossary matcher build ({stages.concepts} concepts)", f"{stages.matcher_build * 1000:.1f} ms", pct(stages.matcher_build)),
        ("glossary matching (find on every segment)", f"{stages.matching * 1000:.1f} ms", pct(stages.matching)),
        ("PO writing (build + write)", f"{stages.po_writing * 1000:.1f} ms", pct(stages.po_writing)),
        ("stages together", f"{stages.overhead * 1000:.1f} ms", pct(stages.overhead)),
    ]
    common.print_table(["stage", "time", "share of decoding"], rows,
                       title=f"Stage costs on {stages.segments} segments ({stages.distinct} distinct)")
    print(f"STAGES = {stages.share:.2f} % of decoding  (goal < 5 %)")
    common.print_table(
        ["PO files", "entries", "check time", "entries/s", "findings", "glossary load (once)"],
        [(check.files, check.entries, f"{check.seconds:.2f} s", f"{check.rate:,.0f}/s", check.findings, f"{check.glossary_seconds * 1000:.0f} ms")],
        title="reltrans check throughput (check_catalogs, one process, one core)",
    )
    print(f"CHECK = {check.rate:,.0f} entries/s  (goal >= 20,000/s)")


def measure(args: argparse.Namespace) -> tuple[StageResult, CheckResult]:
    """Run both parts and print them."""
    common.install_socket_guard()
    stages = measure_stages(args.segments, args.concepts)
    check = measure_check(args.check_entries)
    common.header("Stage costs and check throughput")
    report(stages, check)
    return stages, check


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="40 segments, 10,000 check entries")
    parser.add_argument("--segments", type=int, default=None, help="minimum source segments (default 200; quick 40)")
    parser.add_argument("--concepts", type=int, default=2000, help="synthetic glossary concepts added to the bundled ones")
    parser.add_argument("--check-entries", type=int, default=None, help="entries in the synthetic PO set (default 50,000; quick 10,000)")
    args = parser.parse_args(argv)
    if args.segments is None:
        args.segments = 40 if args.quick else 200
    if args.check_entries is None:
        args.check_entries = 10_000 if args.quick else 50_000
    return args


def main(argv: Sequence[str] | None = None) -> int:
    measure(parse_args(argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
