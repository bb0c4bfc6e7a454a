"""Run every reltrans benchmark and print a summary of goals against measured figures.

    python bench/run_all.py [--quick] [--only startup,stages,scaling,decode] [--others]

``--quick`` passes ``--quick`` to each benchmark (a few minutes in all on 2 cores; the default
run takes about 12-15 minutes). ``--others`` also runs ``bench_constrain.py`` and a short
``tm_bench.py`` as subprocesses (their output is shown as is, not summarised).

The benchmarks run in this process in a fixed order (decode last: it imports argostranslate,
which sets process-wide state); the scaling benchmark starts its own subprocesses.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Sequence

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import common  # noqa: E402

ORDER = ("startup", "stages", "scaling", "decode")


def _flags(quick: bool) -> list[str]:
    return ["--quick"] if quick else []


def run_startup(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    import bench_startup

    results = bench_startup.measure(bench_startup.parse_args(_flags(quick)))
    help_, check = results[1], results[2]
    return [
        ("`reltrans --help` start-up", "no heavy import", f"{help_.best * 1000:.0f} ms ({help_.ratio:.2f}x python -c pass)", not help_.forbidden),
        ("`reltrans check FILE.po` start-up", "no ctranslate2", f"{check.best * 1000:.0f} ms ({check.ratio:.2f}x python -c pass)", not check.forbidden),
    ]


def run_stages(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    import bench_stages

    stages, check = bench_stages.measure(bench_stages.parse_args(_flags(quick)))
    return [
        ("segmentation + glossary (2,000+ concepts) + PO writing", "< 5 % of decoding", f"{stages.share:.2f} %", stages.share < 5.0),
        ("`reltrans check` throughput (one core)", ">= 20,000 entries/s", f"{check.rate:,.0f} entries/s", check.rate >= 20_000),
    ]


def run_scaling(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    import bench_scaling

    results, random_rerun = bench_scaling.measure(bench_scaling.parse_args(_flags(quick)))
    rows: list[tuple[str, str, str, bool | None]] = []
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        growth = (b.first.seconds / a.first.seconds) / (b.releases / a.releases)
        rows.append((f"time growth {a.releases} -> {b.releases} releases", "linear (1.0 = linear)",
                     f"{growth:.2f} of linear; peak RSS {a.first.peak_mib:.0f} -> {b.first.peak_mib:.0f} MiB", growth <= 1.3))
    loads = sorted({r.first.loads for r in results})
    rows.append(("model loads per translate_files call", "1", ", ".join(map(str, loads)), loads == [1]))
    if random_rerun is not None:
        rows.append((f"re-run from TM ({random_rerun.releases} releases, random model)", "<= 5 % of first run",
                     f"{random_rerun.tm_percent:.1f} % (existing PO: {random_rerun.existing_percent:.1f} %)", random_rerun.tm_percent <= 5.0))
    return rows


def run_decode(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    import bench_decode

    result = bench_decode.measure(bench_decode.parse_args(_flags(quick)))
    rows: list[tuple[str, str, str, bool | None]] = [
        ("decoding throughput vs argostranslate", ">= 5x", f"{result.ratio:.2f}x ({common.fmt_rate(result.reltrans.rate)} vs "
         f"{common.fmt_rate(result.argos.rate)} segments/s; cpu {result.argos.cpu_seconds / result.reltrans.cpu_seconds:.2f}x; "
         f"per decoded sentence {result.per_sentence_ratio:.2f}x)", result.ratio >= 5.0),
    ]
    if result.enforced is not None:
        rows.append(("  same, glossary enforced", "-", f"{result.argos.seconds / result.enforced.seconds:.2f}x", None))
    return rows


RUNNERS = {"startup": run_startup, "stages": run_stages, "scaling": run_scaling, "decode": run_decode}


def run_others(quick: bool) -> None:
    """The benchmarks owned by other modules, as subprocesses."""
    commands = [
        [sys.executable, str(BENCH / "bench_constrain.py")] + (["--segments", "60", "--repeat", "1"] if quick else []),
        [sys.executable, str(BENCH / "tm_bench.py"), "--segments", "20000" if quick else "200000", "--fill-seconds", "30" if quick else "120",
         "--queries", "100" if quick else "300"],
    ]
    for command in commands:
        if not Path(command[1]).is_file():
            print(f"\n(skipped: {command[1]} not found)")
            continue
        print(f"\n=== {' '.join(Path(c).name if i == 1 else c for i, c in enumerate(command[1:], 1))} ===", flush=True)
        subprocess.run(command, check=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("--only", default=",".join(ORDER), help=f"comma-separated subset of {','.join(ORDER)}")
    parser.add_argument("--others", action="store_true", help="also run bench_constrain.py and a short tm_bench.py")
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in RUNNERS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    common.install_socket_guard()
    started = time.perf_counter()
    summary: list[tuple[str, str, str, bool | None]] = []
    for name in ORDER:
        if name in wanted:
            summary.extend(RUNNERS[name](args.quick))
    if args.others:
        run_others(args.quick)
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    common.print_table(
        ["goal", "target", "measured", "met"],
        [(g, t, m, {True: "yes", False: "NO", None: "-"}[ok]) for g, t, m, ok in summary],
        title=f"Summary ({stamp}, {os.cpu_count()} cpus, {platform.machine()}, python {platform.python_version()}, "
        f"{'--quick' if args.quick else 'default'} run, {time.perf_counter() - started:.0f} s)",
        align_numbers=False,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
