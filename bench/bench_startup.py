"""Start-up time of ``reltrans --help`` and ``reltrans check FILE.po`` against ``python -c pass``.

    python bench/bench_startup.py [--quick] [--repeat 10]

Each command runs as a subprocess, best wall time of ``--repeat`` runs, printed with its ratio
to the bare interpreter start-up (``python -c pass``) and the difference in milliseconds. The
console script installed beside this interpreter is used (not a pyenv shim, which adds a shell
start-up); without one, ``python -m reltrans``.

Then each command runs once under ``python -X importtime`` to list which heavy third-party
modules it imports: ``--help`` must import none, ``check`` nothing that decodes
(ctranslate2, sentencepiece, argostranslate, numpy, sacrebleu).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

HEAVY = ("ctranslate2", "sentencepiece", "argostranslate", "numpy", "sacrebleu", "rapidfuzz", "polib", "defusedxml", "rich", "minisbd")
#: Modules each command must not import.
FORBIDDEN = {
    "help": HEAVY,
    "check": ("ctranslate2", "sentencepiece", "argostranslate", "numpy", "sacrebleu", "minisbd"),
}


@dataclass(frozen=True)
class StartupResult:
    """One command's best time and the heavy modules it imported."""

    name: str
    argv: tuple[str, ...]
    best: float
    baseline: float
    heavy: tuple[str, ...]
    forbidden: tuple[str, ...]
    exit_code: int

    @property
    def ratio(self) -> float:
        return self.best / self.baseline


def reltrans_command() -> list[str]:
    """The console script next to this interpreter, else ``python -m reltrans``."""
    script = Path(sys.executable).parent / "reltrans"
    if script.is_file() and os.access(script, os.X_OK):
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "reltrans"]


def time_command(argv: Sequence[str], repeat: int) -> tuple[float, int]:
    """(best wall seconds, exit code) of ``argv``."""
    best = float("inf")
    code = 0
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        proc = subprocess.run(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
        code = proc.returncode
    return best, code


def imported_modules(argv: Sequence[str]) -> set[str]:
    """Top-level module names imported by ``argv`` (a python command), from ``-X importtime``."""
    command = [argv[0], "-X", "importtime", *argv[1:]]
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            names.add(name.split(".")[0])
    return names


def small_po(folder: Path) -> Path:
    """A 40-entry PO file written by reltrans' own catalog writer."""
    import bench_stages

    bench_stages.write_po_set(folder, 1, 40)
    return next(folder.glob("*.po"))


def measure(args: argparse.Namespace) -> list[StartupResult]:
    """Time the commands and print the table."""
    common.install_socket_guard()
    repeat = args.repeat or (5 if args.quick else 10)
    base_cmd = reltrans_command()
    with tempfile.TemporaryDirectory() as tmp:
        po = small_po(Path(tmp))
        baseline, _ = time_command([sys.executable, "-c", "pass"], repeat)
        commands = {
            "help": [*base_cmd, "--help"],
            "check": [*base_cmd, "check", str(po)],
        }
        results = [StartupResult("python -c pass", (sys.executable, "-c", "pass"), baseline, baseline, (), (), 0)]
        for name, argv in commands.items():
            best, code = time_command(argv, repeat)
            modules = imported_modules(argv)
            heavy = tuple(m for m in HEAVY if m in modules)
            forbidden = tuple(m for m in FORBIDDEN[name] if m in modules)
            results.append(StartupResult(f"reltrans {' '.join(argv[len(base_cmd):])}".replace(str(po), "FILE.po"), tuple(argv), best, baseline, heavy, forbidden, code))
    common.header("Start-up time")
    print(f"command: {' '.join(base_cmd)}  (best of {repeat})")
    common.print_table(
        ["command", "best", "vs python -c pass", "extra", "exit", "heavy modules imported", "forbidden imported"],
        [
            (r.name, f"{r.best * 1000:.0f} ms", f"{r.ratio:.2f}x", f"{(r.best - r.baseline) * 1000:+.0f} ms", r.exit_code,
             ", ".join(r.heavy) or "none", ", ".join(r.forbidden) or "none")
            for r in results
        ],
    )
    clean = all(not r.forbidden for r in results)
    print(f"STARTUP: --help {results[1].best * 1000:.0f} ms ({results[1].ratio:.2f}x python), "
          f"check {results[2].best * 1000:.0f} ms ({results[2].ratio:.2f}x); ctranslate2 not imported: {clean}")
    return results


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="best of 5")
    parser.add_argument("--repeat", type=int, default=None, help="runs per command (default 10; quick 5)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    measure(parse_args(argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
