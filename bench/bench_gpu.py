"""Decoding on the GPU against the CPU, side by side in one run (the ``device`` knob).

Runs reltrans' own ``Engine`` (CTranslate2 + SentencePiece) on an Argos-sized random-weight
model (6+6 layers, d_model 512, 8 heads, FFN 2048) over the same French release sentences, with
the output length capped equally, on the CPU (int8, every core) and on CUDA (int8_float16 and
float16) when a GPU is visible. Prints segments per second and the ratios.

    python bench/bench_gpu.py [--segments 2000] [--vocab 8000] [--out results.txt]

Needs only ctranslate2, sentencepiece, numpy and regex (no argostranslate), so it also runs on
a lent GPU machine with the CTranslate2 wheel carried there. The vocabulary defaults to 8,000
pieces to keep the model build short; the decoder's output layer is the only part it changes.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import common  # noqa: E402


def sentences(count: int) -> list[str]:
    """``count`` distinct French release sentences (variants of the example release)."""
    base = common.segment_texts(common.release_text())
    out: list[str] = []
    k = 0
    while len(out) < count:
        out.extend(common.segment_texts(common.release_variant(common.release_text(), k)) if k else base)
        k += 1
    return out[:count]


def run(engine_options: object, package: object, texts: list[str]) -> tuple[float, float]:
    """(load seconds, decode seconds) for one configuration, after a warm-up batch."""
    from reltrans.engine.translator import Engine

    start = time.perf_counter()
    engine = Engine.load(package, engine_options)  # type: ignore[arg-type]
    load = time.perf_counter() - start
    engine.translate(texts[:16])
    start = time.perf_counter()
    engine.translate(texts)
    return load, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--vocab", type=int, default=8000)
    parser.add_argument("--max-len", type=int, default=48, help="output tokens per segment, same everywhere")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--cpu-segments", type=int, default=400, help="the CPU lines decode this many (then scaled)")
    args = parser.parse_args(argv)
    common.install_socket_guard()

    import ctranslate2

    from reltrans.engine.packages import install_archive, packages_dir
    from reltrans.engine.toymodel import build_random_package
    from reltrans.engine.translator import DecodeOptions

    work = Path(tempfile.mkdtemp(prefix="reltrans-gpu-"))
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
    start = time.perf_counter()
    archive = build_random_package(work / "model", vocab_size=args.vocab)
    package = install_archive(archive)
    print(f"model built and installed in {time.perf_counter() - start:.1f} s ({packages_dir()})", flush=True)
    texts = sentences(args.segments)
    cpu_texts = texts[: args.cpu_segments]
    gpus = ctranslate2.get_cuda_device_count()
    cores = os.cpu_count() or 1
    print(f"ctranslate2 {ctranslate2.__version__}; CUDA devices: {gpus}; CPU cores: {cores}", flush=True)
    base = DecodeOptions(
        beam_size=args.beam, max_decoding_length=args.max_len, max_decoding_length_ratio=100.0,
        intra_threads=cores, max_batch_tokens=4096,
    )
    configs = [("cpu int8", replace(base, device="cpu", compute_type="int8"), cpu_texts)]
    if gpus > 0:
        configs += [
            ("cuda int8_float16", replace(base, device="cuda", compute_type="int8_float16", intra_threads=1), texts),
            ("cuda float16", replace(base, device="cuda", compute_type="float16", intra_threads=1), texts),
            ("cuda float16, 16k batch tokens", replace(base, device="cuda", compute_type="float16", intra_threads=1, max_batch_tokens=16384), texts),
            ("cuda float16, beam 1", replace(base, device="cuda", compute_type="float16", intra_threads=1, beam_size=1), texts),
        ]
    else:
        print("no GPU visible to CTranslate2: only the CPU line runs")
    rows = []
    cpu_rate = None
    for label, options, batch in configs:
        try:
            load, seconds = run(options, package, batch)
        except Exception as exc:  # report and go on: one failing configuration must not hide the others
            print(f"{label}: failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}", flush=True)
            continue
        rate = len(batch) / seconds
        cpu_rate = cpu_rate or rate
        rows.append((label, len(batch), f"{seconds:.2f} s", f"{rate:,.1f}/s", f"{rate / cpu_rate:.1f}x", f"{load:.2f} s"))
        print(f"{label}: {len(batch)} segments in {seconds:.2f} s = {rate:,.1f}/s", flush=True)
    common.print_table(["configuration", "segments", "decode", "segments/s", "vs CPU", "load"], rows,
                       title=f"Engine.translate, random Argos-sized model, beam {args.beam}, output cap {args.max_len} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
