"""Smoke tests of the benchmark helpers in bench/ (tiny sizes, no timing assertions).

The benchmarks themselves are run by hand (see bench/README.md); these tests only make sure
the modules import and their cheapest functions return sensible numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import bench_decode  # noqa: E402
import bench_scaling  # noqa: E402
import bench_stages  # noqa: E402
import bench_startup  # noqa: E402
import common  # noqa: E402
import run_all  # noqa: E402


def test_release_variants_are_distinct_and_segment_alike() -> None:
    base = common.BUILTIN_RELEASE_FR
    original = common.segment_texts(base)
    variant = common.segment_texts(common.release_variant(base, 7))
    assert len(variant) == len(original) > 5
    assert not set(original) & set(variant)
    assert all("(7)" in segment for segment in variant)


def test_repeated_release_reaches_the_requested_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELTRANS_BENCH_RELEASE", str(BENCH / "no-such-file.txt"))
    monkeypatch.setattr(common, "EXAMPLE_RELEASE", BENCH / "no-such-file.txt")
    assert common.release_text() == common.BUILTIN_RELEASE_FR
    text, copies = common.repeated_release(30)
    assert len(common.segment_texts(text)) >= 30
    assert copies >= 2


def test_write_releases(tmp_path: Path) -> None:
    paths = common.write_releases(tmp_path, 3, text=common.BUILTIN_RELEASE_FR)
    assert [p.name for p in paths] == ["release-00000.fr.txt", "release-00001.fr.txt", "release-00002.fr.txt"]
    assert paths[0].read_text(encoding="utf-8") == common.BUILTIN_RELEASE_FR


def test_check_throughput_returns_numbers() -> None:
    result = bench_stages.measure_check(200, per_file=100)
    assert result.files == 2
    assert result.entries == 200
    assert result.seconds > 0 and result.rate > 0


def test_synthetic_glossary_has_the_requested_concepts() -> None:
    glossary = bench_stages.synthetic_glossary(25)
    assert len(glossary.concepts) == 25
    assert len({c.id for c in glossary.concepts}) == 25
    assert set(glossary.languages) == {"fr", "en"}


def test_scaling_child_loads_the_model_once(argos_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "install_socket_guard", lambda: None)  # conftest already blocks
    import reltrans.engine.translator as translator

    load_before = translator.Engine.load
    sources, output = tmp_path / "src", tmp_path / "out"
    common.write_releases(sources, 2, text=common.BUILTIN_RELEASE_FR)
    output.mkdir()
    spec = bench_scaling.ChildSpec(
        packages=str(argos_dir), sources=str(sources), output=str(output), force=True, enforce=False, beam=1, intra=1
    )
    result = bench_scaling.run_child(spec)
    assert result.loads == 1
    assert result.files == 2
    assert result.segments == 2 * len(common.segment_texts(common.BUILTIN_RELEASE_FR))
    assert result.peak_mib > 0 and result.seconds > 0
    assert len(list(output.glob("*.po"))) == 2
    assert translator.Engine.load == load_before  # the counting wrapper is removed


def test_counting_translator_caps_and_counts() -> None:
    calls = []

    class Inner:
        def translate_batch(self, source, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(kwargs)
            return [SimpleNamespace(hypotheses=[["a", "b", "c"]]) for _ in source]

    counter = bench_decode.CountingTranslator(Inner(), max_len=7)
    counter.translate_batch([["x"], ["y"]], beam_size=4)
    assert calls == [{"beam_size": 4, "max_decoding_length": 7}]
    assert counter.outputs == 2 and counter.mean_tokens == 3.0


def test_local_sentencizer_splits_like_reltrans() -> None:
    sentencizer = bench_decode._LocalSentencizer(pkg=None)
    assert sentencizer.split_sentences("Le HCR a parlé. L'OIM a répondu.") == ["Le HCR a parlé.", "L'OIM a répondu."]
    assert sentencizer.split_sentences("   ") == []


def test_startup_lists_imported_modules() -> None:
    modules = bench_startup.imported_modules([sys.executable, "-c", "import json"])
    assert "json" in modules


def test_run_all_rejects_unknown_benchmarks(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run_all.main(["--only", "nope"])
    assert exc.value.code == 2
    assert "unknown benchmark" in capsys.readouterr().err


def test_parse_args_quick_defaults() -> None:
    assert bench_decode.parse_args(["--quick"]).segments == 40
    assert bench_scaling.parse_args(["--quick"]).sizes == [1, 10, 100]
    assert bench_stages.parse_args([]).concepts == 2000
