"""``reltrans status`` against translate-toolkit's ``pocount`` (and ``msgfmt --statistics``), side by side.

Writes a corpus of PO files (sentences made for this bench from press-release vocabulary; a
third translated, a third fuzzy, a third untranslated), then times, each best of ``--repeat``
as wall-clock time of a fresh process (what a user waits for):

* ``reltrans status FILES`` (counts, no checks) and ``reltrans status --findings FILES``;
* ``pocount FILES`` (pip install translate-toolkit; skipped when absent);
* ``msgfmt --statistics`` per file (GNU gettext; skipped when absent).

and compares the word counts: reltrans' :func:`reltrans.words.count_words` against
translate-toolkit's UAX #29 words (``translate.lang.common.Common.words``) and against
``pocount``'s source word total.

    python bench/bench_status.py                       # 33 files x 300 entries, best of 3
    python bench/bench_status.py --files 100 --entries 500 --repeat 5
    python bench/bench_status.py --po-dir some/folder  # your own PO files instead
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

VOCABULARY = (
    "le la les de des du un une et à en pour avec sur dans par l'OIM le HCR réfugiés migrants "
    "Genève programme humanitaire aide d'urgence 12 500 familles kits d'hygiène ont reçu depuis "
    "janvier Secrétaire-général Conseil de sécurité réunion mardi 3,5 % www.iom.int aujourd’hui "
    "M. Dupont « protection » sous-régional 2025 10:30"
).split()


def write_corpus(folder: Path, files: int, entries: int, seed: int = 7) -> list[Path]:
    """``files`` PO files of ``entries`` entries each, written with reltrans' own writer."""
    from reltrans.catalog import make_header, write_catalog
    from reltrans.model import Catalog, CatalogEntry

    rng = random.Random(seed)
    paths = []
    for number in range(files):
        seen: set[str] = set()
        items = []
        while len(items) < entries:
            text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(6, 30))).capitalize() + "."
            if text in seen:
                continue
            seen.add(text)
            state = len(items) % 3
            items.append(
                CatalogEntry(
                    msgid=text,
                    msgstr="" if state == 0 else "EN " + text,
                    flags=("fuzzy",) if state == 1 else (),
                    references=((f"release{number}.fr.txt", len(items) + 1),),
                    extracted_comments=(f"paragraph {len(items) + 1}, sentence 1",),
                )
            )
        header = make_header(
            source_lang="fr", target_lang="en", project=f"release{number}.fr.txt", signature="bench", version="0123456789ab"
        )
        path = folder / f"release{number:03d}.fr.en.po"
        write_catalog(Catalog(header=header, entries=tuple(items)), path, backup=False)
        paths.append(path)
    return paths


def best_wall(command: Sequence[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - started)
    return best


def word_agreement(paths: Sequence[Path]) -> tuple[int, int, int, int]:
    """(msgids, msgids where reltrans and UAX #29 agree, reltrans words, UAX #29 words)."""
    from translate.lang.common import Common

    from reltrans.catalog import read_catalog
    from reltrans.words import count_words

    total = agree = ours = theirs = 0
    for path in paths:
        for entry in read_catalog(path).live_entries:
            mine, uax = count_words(entry.msgid), len(Common.words(entry.msgid))
            total += 1
            agree += mine == uax
            ours += mine
            theirs += uax
    return total, agree, ours, theirs


def pocount_source_words(paths: Sequence[Path]) -> int | None:
    pocount = shutil.which("pocount") or str(Path(sys.executable).with_name("pocount"))
    if not Path(pocount).exists():
        return None
    done = subprocess.run([pocount, "--csv", *map(str, paths)], capture_output=True, text=True, check=False)
    total = 0
    for line in done.stdout.splitlines()[1:]:
        fields = [field.strip() for field in line.split(",")]
        if len(fields) > 8 and fields[-1].isdigit():
            # Filename, Translated Messages, Translated Source Words, Translated Target Words,
            # Fuzzy Messages, Fuzzy Source Words, Untranslated Messages, Untranslated Source Words,
            # Total Message, Total Source Words, Review Messages, Review Source Words
            total += int(fields[9])
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=33)
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--po-dir", type=Path, help="Measure these PO files instead of a generated corpus.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reltrans-bench-status-") as tmp:
        if args.po_dir is not None:
            paths = sorted(args.po_dir.glob("*.po"))
        else:
            paths = write_corpus(Path(tmp), args.files, args.entries)
        files = list(map(str, paths))
        reltrans = [sys.executable, "-m", "reltrans"]
        rows: list[tuple[str, float | None]] = [
            ("reltrans status", best_wall([*reltrans, "status", *files], args.repeat)),
            ("reltrans status --findings", best_wall([*reltrans, "status", "--findings", *files], args.repeat)),
        ]
        pocount = shutil.which("pocount") or str(Path(sys.executable).with_name("pocount"))
        rows.append(("pocount", best_wall([pocount, *files], args.repeat) if Path(pocount).exists() else None))
        msgfmt = shutil.which("msgfmt")
        if msgfmt:
            script = " ".join(f"{msgfmt} --statistics -o /dev/null {re.escape(f)} ;" for f in files)
            rows.append(("msgfmt --statistics (each file)", best_wall(["sh", "-c", script], args.repeat)))
        entries = sum(1 for _ in paths) * args.entries if args.po_dir is None else None
        print(f"{len(paths)} PO files" + (f", {entries} entries" if entries else ""))
        print(f"{'command':34} {'seconds':>8}")
        for name, seconds in rows:
            print(f"{name:34} {'n/a' if seconds is None else f'{seconds:8.2f}':>8}")
        try:
            total, agree, ours, theirs = word_agreement(paths)
        except ImportError:
            print("word counts: translate-toolkit not installed")
            return 0
        print(f"word counts: {agree}/{total} msgids agree with UAX #29 (translate-toolkit); words {ours} vs {theirs}")
        from reltrans.checks import catalog_status

        status_words = sum(row.source_words for row in catalog_status(paths, findings=False))
        print(f"reltrans status source words: {status_words}; pocount source words: {pocount_source_words(paths)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
