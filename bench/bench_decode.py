"""Decoding throughput: ``reltrans translate`` against ``argostranslate.translate``, side by side.

    python bench/bench_decode.py [--quick] [--segments 200] [--max-len 48] [--no-knobs] [--raw-only]

Both sides run in this process on the same Argos-sized random model (6+6 layers, d_model 512,
8 heads, FFN 2048, ~32k SentencePiece pieces; built once by ``reltrans.engine.toymodel`` and
cached, see ``bench/common.py``), the same French release repeated as distinct variants, the
same beam size, compute type and CTranslate2 thread settings, and the same output length cap.

How argostranslate (argos-translate-lt 1.12.1) is kept offline and comparable:

* ``XDG_DATA_HOME`` / ``XDG_CONFIG_HOME`` / ``XDG_CACHE_HOME`` point into a temporary folder
  before ``argostranslate.settings`` is imported (it creates folders on import), and
  ``ARGOS_PACKAGES_DIR`` points at the cached random model;
* its default sentence splitter (MiniSBD, which downloads an ONNX model on first use) is
  replaced by reltrans' own splitter (``argostranslate.translate.MiniSBDSentencizer`` is
  monkeypatched before the package is loaded), so both sides decode the same sentences -- this
  removes MiniSBD's cost from Argos' time, which favours Argos;
* ``ARGOS_CHUNK_TYPE=NONE`` is not usable in 1.12.1 (it raises NotImplementedError and the
  package is skipped), hence the monkeypatch;
* its ``ctranslate2`` module reference is replaced by a shim whose ``Translator`` forwards to
  the real one, adds ``max_decoding_length`` to every ``translate_batch`` call and counts the
  sentences and output tokens (reltrans' translator is wrapped by the same counter);
* beam, threads, compute type and device are set on ``argostranslate.settings``
  (``beam_size``, ``inter_threads``, ``intra_threads``, ``compute_type``, ``device``); its
  token batch size stays at the shipped default (``ARGOS_BATCH_SIZE`` = 32 tokens) for the
  main line; ``--argos-batch`` adds a line with it raised to reltrans' ``max_batch_tokens``;
* a socket guard makes any network connection in this process raise.

reltrans decodes with ``max_decoding_length`` (its absolute cap) set so that every segment gets
exactly ``--max-len`` output tokens, like Argos (random weights almost never emit
end-of-sentence, so both sides produce ``--max-len`` tokens per sentence; the mean is printed
to show it).

**Raw CTranslate2 side by side** (``raw_side_by_side``): for beam 1 and beam 4, the model's
own compute type (int8), the distinct segments' tokens are decoded by one
``translate_batch(..., max_batch_size=N, batch_type="tokens")`` call for N = 2,048 ... 16,384
(Argos' other settings: length penalty 0.2, ``replace_unknowns``; same output cap), and by
``Engine.translate`` at its defaults (``max_batch_tokens`` 0: chosen by
``auto_batch_tokens``), on the same loaded translator, interleaved, best of ``--reps``. The
ratio is reltrans' time over the best raw setting's (goal: raw / reltrans >= 0.95), by wall
and by CPU time.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


@dataclass(frozen=True)
class DecodeSetup:
    """The settings both sides share."""

    beam_size: int = 4
    compute_type: str = "default"  # the model's own (int8 for the random model, as Argos ships)
    inter_threads: int = 1
    intra_threads: int = 0
    max_len: int = 48
    device: str = "cpu"
    max_batch_tokens: int = 0  # reltrans' default: auto_batch_tokens


@dataclass(frozen=True)
class Run:
    """One measured translation run."""

    label: str
    segments: int  # source segments in the input
    decoded: int  # sentences decoded by CTranslate2 (n-best and re-decodes count again)
    seconds: float
    cpu_seconds: float  # process CPU time (all threads): less sensitive to other load
    mean_output_tokens: float
    load_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.segments / self.seconds if self.seconds > 0 else float("inf")


# --------------------------------------------------------------------------- reltrans
def decode_options(setup: DecodeSetup) -> Any:
    """reltrans DecodeOptions with a fixed output length of ``setup.max_len`` tokens."""
    from reltrans.engine.translator import DecodeOptions

    return DecodeOptions(
        beam_size=setup.beam_size,
        device=setup.device,
        compute_type=setup.compute_type,
        inter_threads=setup.inter_threads,
        intra_threads=setup.intra_threads,
        max_batch_tokens=setup.max_batch_tokens,
        max_decoding_length=setup.max_len,
    )


class CountingTranslator:
    """Wraps a ctranslate2.Translator: counts decoded sentences and 1-best output tokens.

    Put in place of reltrans' ``Engine._translator`` (a private attribute; benchmarks only) and
    used by the Argos shim below, so both sides count the same way.
    """

    def __init__(self, inner: Any, max_len: int | None = None) -> None:
        self._inner = inner
        self.max_len = max_len
        self.outputs = 0
        self.output_tokens = 0

    def translate_batch(self, source: Any, *args: Any, **kwargs: Any) -> Any:
        if self.max_len is not None:
            kwargs["max_decoding_length"] = self.max_len
        results = self._inner.translate_batch(source, *args, **kwargs)
        for result in results:
            self.outputs += 1
            self.output_tokens += len(result.hypotheses[0]) if result.hypotheses else 0
        return results

    def reset(self) -> None:
        self.outputs = self.output_tokens = 0

    @property
    def mean_tokens(self) -> float:
        return self.output_tokens / self.outputs if self.outputs else 0.0


def load_reltrans(packages: Path, setup: DecodeSetup) -> tuple[Any, float]:
    """(engine, load seconds) for the cached model."""
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import Engine

    with common.packages_env(packages):
        package = find_package("fr", "en")
    start = time.perf_counter()
    engine = Engine.load(package, decode_options(setup))
    seconds = time.perf_counter() - start
    engine._translator = CountingTranslator(engine._translator)
    return engine, seconds


def run_reltrans(engine: Any, source: Path, segments: int, *, enforce: bool, label: str) -> Run:
    """``translate_files`` on ``source`` with a preloaded engine (PO written to a temp dir)."""
    from reltrans.pipeline import TranslateSettings, translate_files

    counter: CountingTranslator = engine._translator
    with tempfile.TemporaryDirectory() as out:
        # keep_chrome: the same lines as argostranslate gets (site menus included)
        settings = TranslateSettings(output_dir=Path(out), force=True, enforce_terms=enforce, decode=engine.options, keep_chrome=True)
        counter.reset()
        start, cpu = time.perf_counter(), time.process_time()
        translate_files([source], settings, engine_loader=lambda *_: engine)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Run(label, segments, counter.outputs, seconds, cpu, counter.mean_tokens)


def warm_up_pipeline(engine: Any, folder: Path, text: str) -> None:
    """One small translate_files call: imports, glossary parsing and first-call costs."""
    from reltrans.pipeline import TranslateSettings, translate_files

    source = folder / "warmup.fr.txt"
    source.write_text(text, encoding="utf-8")
    settings = TranslateSettings(output_dir=folder, force=True, decode=engine.options)
    translate_files([source], settings, engine_loader=lambda *_: engine)


# --------------------------------------------------------------------------- argostranslate
class _LocalSentencizer:
    """Stands in for Argos' MiniSBD: reltrans' splitter, list markers dropped like reltrans."""

    calls = 0
    sentences = 0

    def __init__(self, pkg: Any) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        out = common.segment_texts(text) if text.strip() else []
        _LocalSentencizer.calls += 1
        _LocalSentencizer.sentences += len(out)
        return out


class _ArgosCT2:
    """Stands in for the ``ctranslate2`` module inside argostranslate.translate."""

    max_len = 48
    last: CountingTranslator | None = None

    @classmethod
    def Translator(cls, **params: Any) -> CountingTranslator:  # noqa: N802 - mimics ctranslate2
        import ctranslate2

        cls.last = CountingTranslator(ctranslate2.Translator(**params), cls.max_len)
        return cls.last


def import_argos(packages: Path, home: Path) -> SimpleNamespace:
    """Import argostranslate offline, isolated in ``home``, with the patches described above."""
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        os.environ[var] = str(home / sub)
    os.environ["ARGOS_PACKAGES_DIR"] = str(packages)
    os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"  # never fetched; the guard would stop it
    import argostranslate.settings as settings
    import argostranslate.translate as translate

    translate.MiniSBDSentencizer = _LocalSentencizer
    translate.ctranslate2 = _ArgosCT2
    return SimpleNamespace(settings=settings, translate=translate)


def configure_argos(argos: SimpleNamespace, setup: DecodeSetup, batch_size: int | None = None) -> None:
    """Apply ``setup`` to argostranslate's settings and drop its loaded translators."""
    s = argos.settings
    s.beam_size = setup.beam_size
    s.compute_type = "auto" if setup.compute_type in {"default", "auto"} else setup.compute_type
    s.inter_threads = setup.inter_threads
    s.intra_threads = setup.intra_threads
    s.device = setup.device
    s.package_dirs = [Path(os.environ["ARGOS_PACKAGES_DIR"])]
    if batch_size is not None:
        s.batch_size = batch_size
    _ArgosCT2.max_len = setup.max_len
    argos.translate.installed_translates.clear()
    argos.translate.get_installed_languages.cache_clear()


def run_argos(argos: SimpleNamespace, text: str, segments: int, *, label: str) -> Run:
    """argostranslate.translate.translate(text, "fr", "en") after a warm-up that loads the model."""
    start = time.perf_counter()
    argos.translate.translate("Bonjour.", "fr", "en")  # creates the CTranslate2 translator
    load = time.perf_counter() - start
    counter = _ArgosCT2.last
    assert counter is not None, "argostranslate did not create a translator"
    counter.reset()
    start, cpu = time.perf_counter(), time.process_time()
    argos.translate.translate(text, "fr", "en")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return Run(label, segments, counter.outputs, seconds, cpu, counter.mean_tokens, load)


# --------------------------------------------------------------------------- knobs
@dataclass(frozen=True)
class Knob:
    """One decoding configuration of the knob table."""

    label: str
    change: dict[str, Any]


def knobs(cpus: int) -> list[Knob]:
    """Each row changes one setting of the baseline."""
    rows = [
        Knob("baseline", {}),
        Knob("beam 1 (greedy)", {"beam_size": 1}),
        Knob("beam 2", {"beam_size": 2}),
        Knob("float32", {"compute_type": "float32"}),
        Knob("intra_threads 1", {"intra_threads": 1}),
        Knob(f"inter {cpus} x intra 1", {"inter_threads": cpus, "intra_threads": 1}),
        Knob("max_batch_tokens 256", {"max_batch_tokens": 256}),
        Knob("max_batch_tokens 2048 (the old default)", {"max_batch_tokens": 2048}),
        Knob("max_batch_tokens 16384", {"max_batch_tokens": 16384}),
    ]
    return rows


def run_knobs(packages: Path, base: DecodeSetup, texts: Sequence[str], rows: Sequence[Knob]) -> list[tuple[Knob, float, float]]:
    """(knob, segments/s, load seconds) of ``Engine.translate`` on ``texts`` per configuration."""
    results = []
    for knob in rows:
        setup = replace(base, **knob.change)
        engine, load = load_reltrans(packages, setup)
        engine.translate(texts[:2])  # warm-up
        start = time.perf_counter()
        engine.translate(texts)
        seconds = time.perf_counter() - start
        results.append((knob, len(texts) / seconds, load))
        del engine
    return results


# --------------------------------------------------------------------------- raw CTranslate2
@dataclass(frozen=True)
class RawRow:
    """One line of the raw side-by-side table (best of the repetitions)."""

    label: str
    seconds: float
    cpu_seconds: float


def _peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_side_by_side(
    packages: Path, texts: Sequence[str], *, beam: int, max_len: int, threads: int, sizes: Sequence[int], reps: int
) -> tuple[list[RawRow], RawRow, int]:
    """(raw rows, reltrans row, reltrans' batch tokens): see the module docstring."""
    setup = DecodeSetup(beam_size=beam, intra_threads=threads, max_len=max_len)
    engine, _load = load_reltrans(packages, setup)
    translator = engine._translator._inner  # the real ctranslate2.Translator
    engine._translator = translator
    tokens = [engine.tokenize(t) for t in texts]
    engine.translate(list(texts[:2]))  # warm-up
    best: dict[str, tuple[float, float]] = {}

    def keep(label: str, run: Callable[[], Any]) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        run()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        old = best.get(label, (float("inf"), float("inf")))
        best[label] = (min(old[0], wall), min(old[1], cpu))

    for _ in range(reps):
        for size in sizes:
            keep(f"raw translate_batch, {size}-token batches", lambda size=size: translator.translate_batch(
                tokens, max_batch_size=size, batch_type="tokens", beam_size=beam, length_penalty=0.2,
                replace_unknowns=True, max_decoding_length=max_len, max_input_length=0,
            ))
        keep("reltrans Engine.translate (defaults)", lambda: engine.translate(list(texts)))
    rows = [RawRow(label, wall, cpu) for label, (wall, cpu) in best.items()]
    ours = next(r for r in rows if r.label.startswith("reltrans"))
    return [r for r in rows if r is not ours], ours, engine.max_batch_tokens


def print_raw(args: argparse.Namespace, packages: Path, distinct: Sequence[str]) -> list[tuple[int, float, float]]:
    """The raw side-by-side tables; returns (beam, wall ratio, cpu ratio) per beam."""
    cpus = os.cpu_count() or 1
    ratios = []
    for beam in args.beams:
        raw, ours, batch = raw_side_by_side(
            packages, distinct, beam=beam, max_len=args.max_len, threads=args.intra or cpus, sizes=args.raw_sizes, reps=args.reps
        )
        fastest_wall = min(r.seconds for r in raw)
        fastest_cpu = min(r.cpu_seconds for r in raw)
        rows = [(r.label, f"{r.seconds:.2f} s", f"{r.cpu_seconds:.2f} s", f"{fastest_wall / r.seconds:.2f}", f"{fastest_cpu / r.cpu_seconds:.2f}") for r in [*raw, ours]]
        common.print_table(
            ["run", "wall", "cpu", "best raw / run (wall)", "(cpu)"],
            rows,
            title=f"Raw CTranslate2 vs reltrans: {len(distinct)} segments, beam {beam}, model's own type (int8), "
            f"output capped at {args.max_len}, intra {args.intra or cpus}; reltrans batch = {batch} tokens (auto); best of {args.reps}",
        )
        ratios.append((beam, fastest_wall / ours.seconds, fastest_cpu / ours.cpu_seconds))
        print(f"RAW RATIO beam {beam}: best raw / reltrans = {ratios[-1][1]:.2f}x wall, {ratios[-1][2]:.2f}x cpu (goal >= 0.95)")
    print(f"peak resident memory of this process: {_peak_rss_mib():.0f} MiB")
    return ratios


# --------------------------------------------------------------------------- main
@dataclass(frozen=True)
class DecodeResult:
    """What run_all.py summarises."""

    reltrans: Run
    argos: Run
    ratio: float
    enforced: Run | None

    @property
    def per_sentence_ratio(self) -> float:
        """The speed-up per sentence decoded (de-duplication gain removed)."""
        return (self.reltrans.decoded / self.reltrans.seconds) / (self.argos.decoded / self.argos.seconds)


def measure(args: argparse.Namespace, log: Callable[[str], None] = print) -> DecodeResult:
    """Run the whole benchmark and print its tables."""
    common.install_socket_guard()
    cpus = os.cpu_count() or 1
    setup = DecodeSetup(
        beam_size=args.beam,
        inter_threads=args.inter,
        intra_threads=args.intra if args.intra is not None else cpus,
        max_len=args.max_len,
    )
    packages = Path(args.packages) if args.packages else common.model_packages_dir("random", log=log)
    text, copies = common.repeated_release(args.segments)
    segments = common.segment_texts(text)
    distinct = list(dict.fromkeys(segments))
    if args.raw_only:
        common.header("Decoding: reltrans at its defaults vs raw CTranslate2 translate_batch")
        print_raw(args, packages, distinct)
        raise SystemExit(0)
    common.header("Decoding throughput: reltrans vs argostranslate")
    print(
        f"model: random Argos-sized (6+6 layers, d_model 512, FFN 2048), {setup.compute_type}, beam {setup.beam_size}, "
        f"inter {setup.inter_threads} x intra {setup.intra_threads} threads, output capped at {setup.max_len} tokens"
    )
    print(f"input: {common.release_source_name()} x {copies} distinct variants = {len(segments)} segments ({len(distinct)} distinct)")

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "release.fr.txt"
        source.write_text(text, encoding="utf-8")
        engine, rel_load = load_reltrans(packages, setup)
        warm_up_pipeline(engine, Path(tmp), "\n".join(segments[:3]) + "\n")
        plain = replace(run_reltrans(engine, source, len(segments), enforce=False, label="reltrans translate (--no-enforce-terms)"), load_seconds=rel_load)
        enforced = None
        if not args.no_enforce:
            enforced = run_reltrans(engine, source, len(segments), enforce=True, label="reltrans translate (glossary enforced)")
        del engine

        argos = import_argos(packages, Path(tmp) / "argos-home")
        configure_argos(argos, setup)
        argos_run = run_argos(argos, text, len(segments), label="argostranslate.translate (shipped batch 32 tokens)")
        runs = [plain] + ([enforced] if enforced else []) + [argos_run]
        if args.argos_batch:
            configure_argos(argos, setup, batch_size=setup.max_batch_tokens)
            runs.append(run_argos(argos, text, len(segments), label=f"argostranslate.translate (ARGOS_BATCH_SIZE={setup.max_batch_tokens})"))

    rows = [
        (
            r.label, r.segments, r.decoded, f"{r.seconds:.1f} s", f"{r.cpu_seconds:.1f} s", f"{common.fmt_rate(r.rate)}/s",
            f"{r.mean_output_tokens:.1f}", f"{argos_run.seconds / r.seconds:.2f}x", f"{argos_run.cpu_seconds / r.cpu_seconds:.2f}x",
        )
        for r in runs
    ]
    common.print_table(
        ["run", "segments", "decoded", "wall", "cpu", "segments/s", "out tokens/seg", "vs argos (wall)", "(cpu)"],
        rows,
        title="Throughput (same input, same model, same settings)",
    )
    ratio = argos_run.seconds / plain.seconds
    print(f"model load: reltrans {plain.load_seconds:.2f} s, argostranslate {argos_run.load_seconds:.2f} s (not in the times above)")
    print(f"RATIO reltrans / argostranslate = {ratio:.2f}x  (goal >= 5x)")
    per_sentence = (plain.decoded / plain.seconds) / (argos_run.decoded / argos_run.seconds)
    print(f"per decoded sentence, i.e. without the gain of decoding repeated sentences once: {per_sentence:.2f}x")
    print("(reltrans decodes each distinct sentence once and batches all sentences of all files by tokens; "
          "Argos decodes every sentence, paragraph by paragraph, in batches of 32 tokens)")

    if not args.no_knobs:
        count = 16 if args.quick else 32
        sample = distinct[:count]
        results = run_knobs(packages, setup, sample, knobs(cpus) if not args.quick else knobs(cpus)[:4])
        base_rate = results[0][1]
        common.print_table(
            ["setting (one change from baseline)", "segments/s", "vs baseline", "load"],
            [(k.label, f"{common.fmt_rate(rate)}/s", f"{rate / base_rate:.2f}x", f"{load:.2f} s") for k, rate, load in results],
            title=f"Knobs: Engine.translate on {len(sample)} distinct segments (baseline: beam {setup.beam_size}, int8, "
            f"inter {setup.inter_threads} x intra {setup.intra_threads}, max_batch_tokens {setup.max_batch_tokens})",
        )
    if not args.no_raw:
        print_raw(args, packages, distinct)
    gpu_line(args, packages, setup, distinct)
    return DecodeResult(plain, argos_run, ratio, enforced)


def gpu_line(args: argparse.Namespace, packages: Path, setup: DecodeSetup, distinct: Sequence[str]) -> None:
    """reltrans on CUDA when a GPU is visible."""
    import ctranslate2

    if ctranslate2.get_cuda_device_count() <= 0:
        print("\nGPU: no GPU here (ctranslate2.get_cuda_device_count() == 0); CUDA line skipped")
        return
    gpu = replace(setup, device="cuda", compute_type="int8_float16", intra_threads=1)
    engine, load = load_reltrans(packages, gpu)
    engine.translate(distinct[:4])
    start = time.perf_counter()
    engine.translate(distinct)
    seconds = time.perf_counter() - start
    print(f"\nGPU: reltrans Engine.translate on cuda ({engine.signature}): {len(distinct)} segments in {seconds:.2f} s "
          f"= {common.fmt_rate(len(distinct) / seconds)}/s (load {load:.2f} s)")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one release (42 segments), output cap 32, 4 knob rows (under a minute)")
    parser.add_argument("--segments", type=int, default=None, help="minimum source segments (default 200; quick 40)")
    parser.add_argument("--max-len", type=int, default=None, help="output tokens per segment for both (default 48; quick 32)")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--inter", type=int, default=1, help="CTranslate2 inter_threads for both")
    parser.add_argument("--intra", type=int, default=None, help="CTranslate2 intra_threads for both (default: cpu count)")
    parser.add_argument("--no-knobs", action="store_true", help="skip the knob table")
    parser.add_argument("--no-enforce", action="store_true", help="skip the glossary-enforced line")
    parser.add_argument("--argos-batch", action="store_true", help="add an Argos line with ARGOS_BATCH_SIZE raised to max_batch_tokens")
    parser.add_argument("--raw-only", action="store_true", help="only the raw CTranslate2 side-by-side tables")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw CTranslate2 side-by-side tables")
    parser.add_argument("--raw-sizes", type=lambda v: [int(x) for x in v.split(",")], default=[2048, 4096, 8192, 16384])
    parser.add_argument("--beams", type=lambda v: [int(x) for x in v.split(",")], default=[1, 4], help="beams of the raw side-by-side tables")
    parser.add_argument("--reps", type=int, default=2, help="repetitions of the raw side-by-side runs (best kept)")
    parser.add_argument("--packages", default=None, help="an Argos packages folder holding the fr->en model (default: the cached random model)")
    args = parser.parse_args(argv)
    if args.segments is None:
        args.segments = 40 if args.quick else 200
    if args.max_len is None:
        args.max_len = 32 if args.quick else 48
    return args


def main(argv: Sequence[str] | None = None) -> int:
    measure(parse_args(argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
