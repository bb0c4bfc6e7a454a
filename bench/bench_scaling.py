"""Scaling: 1, 10, 100, 1000 releases in one ``translate_files`` call; re-runs from memory.

    python bench/bench_scaling.py [--quick] [--sizes 1,10,100,1000] [--model copy|random]

Each size runs in its own subprocess (a fresh interpreter, so C++ allocations of CTranslate2
count): wall time of ``translate_files`` and the peak resident memory of that process
(``VmHWM`` from /proc/self/status, else ``ru_maxrss``). ``Engine.load`` is wrapped in the
subprocess to count how many times a model is loaded (should be 1 for every size).

Releases are distinct variants of the French example (see ``common.release_variant``), so N
releases hold N times the distinct sentences of one.

Then, per size, two re-runs of the same releases, each as a % of the first run's time:

* *TM*: the first run's PO entries are imported as reviewed into a fresh translation memory
  (not timed), then ``translate_files(..., tm_path=TM, force=True)`` into a new folder: every
  sentence is an exact memory hit, so nothing goes to the model (no model load);
* *existing PO*: ``translate_files`` again into the first run's folder: entries already
  translated in the existing PO are kept and never re-sent to the model.

Defaults keep the run short on 2 cores: the tiny copy model (``--model copy``) at beam 1 with
one intra thread and glossary enforcement off, because this benchmark measures how the
pipeline scales, not decoding speed (``bench_decode.py`` does that). ``--model random`` uses
the Argos-sized random model (pick small ``--sizes``).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


@dataclass(frozen=True)
class ChildSpec:
    """What one subprocess does."""

    packages: str
    sources: str  # folder of *.txt
    output: str
    force: bool
    enforce: bool
    beam: int
    intra: int
    use_tm: bool = False
    tm_path: str | None = None
    length_ratio: float = 2.0  # DecodeOptions.max_decoding_length_ratio
    length_slack: int = 10  # DecodeOptions.max_decoding_length_slack


@dataclass(frozen=True)
class ChildResult:
    """What one subprocess measured."""

    seconds: float
    loads: int
    files: int
    segments: int
    from_model: int
    from_memory: int
    kept: int
    peak_mib: float
    base_mib: float


# --------------------------------------------------------------------------- subprocess side
def _status_mib(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_mib() -> float:
    peak = _status_mib("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_child(spec: ChildSpec) -> ChildResult:
    """Translate the spec's sources once in this process, counting model loads."""
    common.install_socket_guard()
    os.environ["ARGOS_PACKAGES_DIR"] = spec.packages
    import reltrans.engine.translator as translator
    from reltrans.engine.translator import DecodeOptions
    from reltrans.pipeline import TranslateSettings, translate_files

    loads = 0
    original = translator.Engine.load.__func__  # type: ignore[attr-defined]

    def counting_load(cls: Any, package: Any, options: Any = None) -> Any:
        nonlocal loads
        loads += 1
        return original(cls, package, options)

    sources = sorted(Path(spec.sources).glob("*.txt"))
    settings = TranslateSettings(
        output_dir=Path(spec.output),
        keep_chrome=True,  # the workload the figures in bench/README.md were measured on
        force=spec.force,
        enforce_terms=spec.enforce,
        decode=DecodeOptions(
            beam_size=spec.beam,
            intra_threads=spec.intra,
            max_decoding_length_ratio=spec.length_ratio,
            max_decoding_length_slack=spec.length_slack,
        ),
        tm_path=Path(spec.tm_path) if spec.use_tm and spec.tm_path else None,
    )
    base = _status_mib("VmRSS") or 0.0
    translator.Engine.load = classmethod(counting_load)  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        summary = translate_files(sources, settings)
        seconds = time.perf_counter() - start
    finally:
        translator.Engine.load = classmethod(original)  # type: ignore[method-assign]
    return ChildResult(
        seconds=seconds,
        loads=loads,
        files=len(summary.files),
        segments=summary.segments,
        from_model=sum(f.from_model for f in summary.files),
        from_memory=sum(f.from_memory for f in summary.files),
        kept=sum(f.kept for f in summary.files),
        peak_mib=_peak_mib(),
        base_mib=base,
    )


# --------------------------------------------------------------------------- parent side
def spawn(spec: ChildSpec, work: Path) -> ChildResult:
    """Run one measurement in a fresh interpreter."""
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(asdict(spec)), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return ChildResult(**json.loads(proc.stdout.strip().splitlines()[-1]))


def import_reviewed(outputs: Path, tm_path: Path) -> tuple[int, float]:
    """Store every translated entry of the POs in ``outputs`` as reviewed; (pairs, seconds)."""
    from reltrans.catalog import read_catalog
    from reltrans.tm import TMUnit, TranslationMemory

    start = time.perf_counter()
    units = []
    for po in sorted(outputs.glob("*.po")):
        catalog = read_catalog(po)
        for entry in catalog.entries:
            if entry.msgstr and not entry.obsolete:
                units.append(TMUnit("fr", "en", entry.msgid, entry.msgstr, origin="reviewed", origin_file=po.name))
    with TranslationMemory(tm_path) as memory:
        memory.add(units)
    return len(units), time.perf_counter() - start


@dataclass(frozen=True)
class SizeResult:
    """All measurements for one number of releases."""

    releases: int
    first: ChildResult
    tm: ChildResult
    existing: ChildResult
    tm_import_seconds: float

    @property
    def tm_percent(self) -> float:
        return 100.0 * self.tm.seconds / self.first.seconds

    @property
    def existing_percent(self) -> float:
        return 100.0 * self.existing.seconds / self.first.seconds


def measure_size(n: int, config: dict[str, Any], root: Path) -> SizeResult:
    """First run, TM re-run and existing-PO re-run of ``n`` releases.

    ``config``: the ChildSpec fields shared by the three runs (packages, enforce, beam, ...).
    """
    work = root / f"{config['packages'].split(os.sep)[-2]}-n{n}"
    sources = work / "src"
    common.write_releases(sources, n)
    first_out, tm_out = work / "out", work / "out-tm"
    first_out.mkdir()
    tm_out.mkdir()
    base = dict(config, sources=str(sources))
    first = spawn(ChildSpec(output=str(first_out), force=True, **base), work)
    tm_path = work / "tm.sqlite"
    _, import_seconds = import_reviewed(first_out, tm_path)
    tm = spawn(ChildSpec(output=str(tm_out), force=True, use_tm=True, tm_path=str(tm_path), **base), work)
    existing = spawn(ChildSpec(output=str(first_out), force=False, **base), work)
    return SizeResult(n, first, tm, existing, import_seconds)


def report(results: Sequence[SizeResult], random_rerun: SizeResult | None) -> None:
    """Print the scaling and re-run tables."""
    one = results[0]
    rows = []
    for r in results:
        f = r.first
        per_release = 1000 * f.seconds / r.releases
        extra = (f.peak_mib - one.first.peak_mib) / max(r.releases - one.releases, 1) if r is not one else 0.0
        rows.append((
            r.releases, f.segments, f.from_model, f"{f.seconds:.2f} s", f"{per_release:.0f} ms",
            f"{f.seconds / one.first.seconds * one.releases / r.releases:.2f}", f"{f.peak_mib:.0f} MiB",
            f"{extra * 1024:.0f} KiB" if r is not one else "-", f.loads,
        ))
    common.print_table(
        ["releases", "segments", "to model", "time", "per release", "time/release vs 1", "peak RSS", "RSS per extra release", "model loads"],
        rows,
        title="First run (one translate_files call per size, each in a fresh process)",
    )
    rows = [
        (
            r.releases, f"{r.first.seconds:.2f} s",
            f"{r.tm.seconds:.3f} s", f"{r.tm_percent:.1f} %", r.tm.from_memory, r.tm.from_model, r.tm.loads,
            f"{r.existing.seconds:.3f} s", f"{r.existing_percent:.1f} %", r.existing.from_model, r.existing.loads,
        )
        for r in results
    ]
    if random_rerun is not None:
        r = random_rerun
        rows.append((
            f"{r.releases} (random model)", f"{r.first.seconds:.2f} s",
            f"{r.tm.seconds:.3f} s", f"{r.tm_percent:.1f} %", r.tm.from_memory, r.tm.from_model, r.tm.loads,
            f"{r.existing.seconds:.3f} s", f"{r.existing_percent:.1f} %", r.existing.from_model, r.existing.loads,
        ))
    common.print_table(
        ["releases", "first run", "TM re-run", "% of first", "from TM", "to model", "loads", "existing-PO re-run", "% of first", "to model", "loads"],
        rows,
        title="Re-runs of the same releases (goal: <= 5 % of the first run)",
    )
    big = results[-1]
    if len(results) > 1:
        prev = results[-2]
        factor = big.releases / prev.releases
        print(f"\n{prev.releases} -> {big.releases} releases (x{factor:g}): time x{big.first.seconds / prev.first.seconds:.2f}, "
              f"peak RSS x{big.first.peak_mib / prev.first.peak_mib:.2f} ({big.first.peak_mib - prev.first.peak_mib:+.0f} MiB)")
    print(f"model loaded once per run: {all(r.first.loads == 1 for r in results)}")
    if random_rerun is not None:
        print(f"TM re-run vs a first run with the Argos-sized random model ({random_rerun.releases} releases): "
              f"{random_rerun.tm_percent:.1f} % (goal <= 5 %); existing-PO re-run {random_rerun.existing_percent:.1f} %")
    print("(with the copy model decoding is nearly free, so the copy-model percentages overstate the re-run share)")


def measure(args: argparse.Namespace) -> tuple[list[SizeResult], SizeResult | None]:
    """Run every size; print the tables; return the results (run_all.py summarises them)."""
    common.install_socket_guard()
    packages = common.model_packages_dir(args.model, log=print)
    common.header("Scaling: releases per translate_files call")
    per_release = len(common.segment_texts(common.release_text()))
    print(f"model: {args.model}, beam {args.beam}, intra_threads {args.intra}, glossary enforcement {'on' if args.enforce_terms else 'off'}; "
          f"release: {common.release_source_name()} ({per_release} segments), distinct variants")
    config: dict[str, Any] = dict(packages=str(packages), enforce=args.enforce_terms, beam=args.beam, intra=args.intra)
    results = []
    random_rerun = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            started = time.perf_counter()
            results.append(measure_size(n, config, Path(tmp)))
            print(f"  {n} releases measured in {time.perf_counter() - started:.1f} s", flush=True)
        if args.rerun_releases > 0:
            # A realistic first run: Argos-sized model, beam 4, outputs as long as the sources.
            random_config = dict(
                packages=str(common.model_packages_dir("random", log=print)), enforce=args.enforce_terms,
                beam=4, intra=os.cpu_count() or 1, length_ratio=1.0, length_slack=0,
            )
            started = time.perf_counter()
            random_rerun = measure_size(args.rerun_releases, random_config, Path(tmp))
            print(f"  {args.rerun_releases} releases with the random model measured in {time.perf_counter() - started:.1f} s", flush=True)
    report(results, random_rerun)
    return results, random_rerun


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="sizes 1,10,100 (under a minute)")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=None, help="comma-separated (default 1,10,100,1000)")
    parser.add_argument("--model", choices=("copy", "random"), default="copy")
    parser.add_argument("--beam", type=int, default=1)
    parser.add_argument("--intra", type=int, default=1, help="CTranslate2 intra_threads")
    parser.add_argument("--enforce-terms", action="store_true", help="glossary enforcement on (slower)")
    parser.add_argument("--rerun-releases", type=int, default=None,
                        help="releases for the re-run measured against the Argos-sized random model (default 5; quick 2; 0 skips)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sizes is None:
        args.sizes = [1, 10, 100] if args.quick else [1, 10, 100, 1000]
    if args.rerun_releases is None:
        args.rerun_releases = 2 if args.quick else 5
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        spec = ChildSpec(**json.loads(Path(args.child).read_text(encoding="utf-8")))
        print(json.dumps(asdict(run_child(spec))))
        return 0
    measure(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
