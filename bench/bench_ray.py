"""The Ray executor against the local one: throughput with 1 and 2 actors, ratios in one run.

    python bench/bench_ray.py [--releases 24 | --sources DIR] [--model random|copy] [--vocab 8000]
                              [--beam 4] [--actors 1,2] [--threads 1] [--batch N] [--max-len N] [--enforce] [--json]

The same releases (distinct variants of the example release, ``common.write_releases``) are
translated with ``translate_files`` into fresh folders: once by the local executor, then on a
local Ray runtime (started once, not timed) with each number of actors. Every actor reserves
``--threads`` CPUs and runs CTranslate2 with that many intra threads; the local run uses the
same thread count, so "1 actor / local" is the cost of Ray itself and "2 actors / 1 actor" is
how it scales on this machine. No translation memory. Glossary enforcement (a copy of the
bundled glossary) is off unless ``--enforce``: the random model's output is gibberish, so every
term would fail every enforcement layer, a cost no real model has (on real text enforcement
costs about 1.23x, see bench/README.md); the glossary is still matched for the PO comments.

Per run: the wall time of ``translate_files``, the time the executor took to start (Ray: the
actors scheduled and each model loaded), and the model sentences per second over the rest
(steady state) and over the whole call. With ``SOURCE_DATE_EPOCH`` fixed, every Ray run's POs
must be the local run's byte for byte: the script checks and says so.

Defaults keep the run short on a shared 2-core VM: the Argos-sized random model (6+6 layers,
d_model 512, int8) with an 8k vocabulary, built once into the bench cache.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.po"))}


def _timed(executor: Any) -> Any:
    """Wrap ``executor.start`` to record how long it took."""
    real = executor.start

    def start(spec: Any, loader: Any) -> str:
        began = time.perf_counter()
        try:
            return real(spec, loader)
        finally:
            executor.start_seconds = time.perf_counter() - began

    executor.start = start
    executor.start_seconds = 0.0
    return executor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=24)
    parser.add_argument("--model", choices=["random", "copy"], default="random")
    parser.add_argument("--vocab", type=int, default=8000)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--actors", default="1,2")
    parser.add_argument("--threads", type=int, default=1, help="CPUs (CTranslate2 intra threads) per actor and for the local run")
    parser.add_argument("--sources", type=Path, help="translate the *.fr.txt files of this folder instead of generated releases")
    parser.add_argument("--batch", type=int, default=0, help="sentences per batch (pipeline.GROUP_SEGMENTS; 0: its default, 256): small runs need several batches per actor")
    parser.add_argument("--max-len", type=int, default=0, help="cap every output at N tokens (0: the engine's own limit, 2x the source + 10; the random model never stops earlier)")
    parser.add_argument("--enforce", action="store_true", help="glossary enforcement on (the copy model; on the random model's gibberish every term fails every layer)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    packages = common.model_packages_dir(args.model, vocab_size=args.vocab, log=lambda m: print(m, file=sys.stderr))
    os.environ["ARGOS_PACKAGES_DIR"] = str(packages)  # before ray.init: the actors inherit it

    import ray

    from reltrans.engine.translator import DecodeOptions
    from reltrans.executors import ExecutorSettings
    from reltrans.executors.local import LocalExecutor
    from reltrans.executors.ray import RayExecutor
    import reltrans.pipeline
    from reltrans.pipeline import TranslateSettings, translate_files

    if args.batch:
        reltrans.pipeline.GROUP_SEGMENTS = args.batch

    decode = DecodeOptions(beam_size=args.beam, intra_threads=args.threads, **({"max_decoding_length": args.max_len} if args.max_len else {}))
    actor_counts = [int(n) for n in args.actors.split(",") if n.strip()]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        root = Path(tmp)
        if args.sources is not None:
            sources = sorted(args.sources.glob("*.fr.txt"))
            args.releases = len(sources)
        else:
            sources = common.write_releases(root / "sources", args.releases)
        from reltrans.glossary import bundled_glossary_path

        glossary = root / "glossary.toml"  # a copy: every run enforces the same terms
        glossary.write_bytes(Path(bundled_glossary_path()).read_bytes())

        def run(name: str, executor: Any) -> dict[str, Any]:
            output = root / name
            began = time.perf_counter()
            summary = translate_files(sources, TranslateSettings(
                output_dir=output, decode=decode, tm_path=None, glossary_paths=(glossary,), bundled_glossary=False, enforce_terms=args.enforce,
            ), executor=_timed(executor))
            wall = time.perf_counter() - began
            sentences = sum(f.from_model for f in summary.files)
            steady = max(wall - executor.start_seconds, 1e-9)
            return {
                "run": name, "files": len(sources), "model_sentences": sentences, "wall_s": round(wall, 2),
                "start_s": round(executor.start_seconds, 2), "sentences_per_s": round(sentences / wall, 2),
                "steady_sentences_per_s": round(sentences / steady, 2), "model_loads": summary.model_loads,
                "retried": len(summary.retried), "tree": _tree(output),
            }

        local = run("local", LocalExecutor())
        rows.append(local)
        ray.init(address="local", num_cpus=max(actor_counts) * args.threads, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False, logging_level="ERROR")
        try:
            for count in actor_counts:
                rows.append(run(f"ray-{count}", RayExecutor(ExecutorSettings(kind="ray", actors=count, cpus_per_actor=args.threads))))
        finally:
            ray.shutdown()
    base = local["steady_sentences_per_s"]
    one = next((r for r in rows if r["run"] == "ray-1"), None)
    for row in rows:
        row["same_po_as_local"] = row.pop("tree") == local["tree"] if row is not local else True
        row["vs_local"] = round(row["steady_sentences_per_s"] / base, 2)
        row["vs_1_actor"] = round(row["steady_sentences_per_s"] / one["steady_sentences_per_s"], 2) if one else None
    local.pop("tree", None)
    if args.json:
        print(json.dumps({"model": args.model, "vocab": args.vocab, "beam": args.beam, "threads": args.threads, "cores": os.cpu_count(), "runs": rows}, indent=2))
    else:
        common.print_table(
            ["run", "sentences", "wall s", "start s", "sent/s (all)", "sent/s (steady)", "vs local", "vs 1 actor", "loads", "same POs"],
            [
                [r["run"], r["model_sentences"], r["wall_s"], r["start_s"], r["sentences_per_s"], r["steady_sentences_per_s"],
                 f'{r["vs_local"]:.2f}x', "" if r["vs_1_actor"] is None else f'{r["vs_1_actor"]:.2f}x', r["model_loads"], r["same_po_as_local"]]
                for r in rows
            ],
            title=(
                f"{args.releases} releases, {args.model} model (vocab {args.vocab}), beam {args.beam}, enforcement {'on' if args.enforce else 'off'}, "
                f"{args.threads} thread(s) per actor, {os.cpu_count()} cores"
            ),
        )
    return 0 if all(r["same_po_as_local"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
