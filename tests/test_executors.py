"""Executors without Ray: the local executor behind ``translate_files``, each PO written as soon
as its last sentence is back (an interrupted run keeps and names its finished files), the
batches every executor gets, ``--files-from``, ``--executor`` in the configuration, and the
local path never importing ``ray``. The Ray executor itself: tests/test_executors_ray.py."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Sequence

import pytest
from click.testing import CliRunner

import reltrans.pipeline as pipeline
from reltrans.cli import cli
from reltrans.config import parse_config
from reltrans.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_USAGE, ConfigError, InputError
from reltrans.executors import ExecutorSettings, make_executor
from reltrans.executors.local import LocalExecutor
from reltrans.pipeline import TranslateSettings, TranslationInterrupted, read_source_list, translate_files

SRC = Path(__file__).resolve().parents[1] / "src"
SENTENCES_PER_FILE = 300  # more than one engine call's worth (GROUP_SEGMENTS), less than the old group


class CountingEngine:
    """A fake engine: tags each sentence; raises KeyboardInterrupt on call ``stop_on``."""

    signature = "fake-1.0"

    def __init__(self, stop_on: int = 0) -> None:
        self.calls: list[list[str]] = []
        self.stop_on = stop_on

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls.append(list(texts))
        if len(self.calls) == self.stop_on:
            raise KeyboardInterrupt
        return [f"EN[{text}]" for text in texts]


def _settings(**overrides: object) -> TranslateSettings:
    base: dict[str, object] = dict(enforce_terms=False, bundled_glossary=False)
    base.update(overrides)
    return TranslateSettings(**base)  # type: ignore[arg-type]


def _big_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"big{number}.fr.txt"
        path.write_text(
            "\n\n".join(f"Phrase {index} du communiqué {number}." for index in range(SENTENCES_PER_FILE)) + "\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- write per file
def test_ctrl_c_keeps_every_file_finished_before_it(tmp_path: Path) -> None:
    """Three files of 300 sentences (one run's worth of the old 4,000-sentence group): Ctrl-C
    during the second file's batch keeps the first file, and says so."""
    sources = _big_files(tmp_path, 3)
    engine = CountingEngine(stop_on=2)
    with pytest.raises(TranslationInterrupted) as stop:
        translate_files(sources, _settings(), engine_loader=lambda *_: engine)
    assert [f.output.name for f in stop.value.files] == ["big0.fr.en.po"]
    assert stop.value.total == 3
    assert (tmp_path / "big0.fr.en.po").is_file()
    assert not (tmp_path / "big1.fr.en.po").exists() and not (tmp_path / "big2.fr.en.po").exists()
    assert not list(tmp_path.glob("*.lock")) and not list(tmp_path.glob("*.tmp"))
    rerun = CountingEngine()
    translate_files(sources, _settings(), engine_loader=lambda *_: rerun)
    assert not any("communiqué 0." in text for call in rerun.calls for text in call)  # not redone


def test_ctrl_c_names_the_kept_files_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [str(p) for p in _big_files(tmp_path, 3)]
    args = ["translate", *sources, "--no-tm", "--no-bundled-glossary", "--no-enforce"]
    monkeypatch.setattr(pipeline, "load_engine", lambda *_, **__: CountingEngine(stop_on=2))
    quiet = CliRunner().invoke(cli, [*args, "-q"])
    assert quiet.exit_code == EXIT_INTERRUPTED
    assert quiet.stdout.splitlines() == [str(tmp_path / "big0.fr.en.po")]  # -q: the paths written
    assert quiet.stderr.strip() == "interrupted"
    (tmp_path / "big0.fr.en.po").unlink()
    loud = CliRunner().invoke(cli, args)
    assert loud.exit_code == EXIT_INTERRUPTED
    assert "interrupted: 1 of 3 file(s) finished and kept" in loud.stdout
    assert f"kept {tmp_path / 'big0.fr.en.po'}" in loud.stdout


def test_a_file_the_memory_completes_is_written_before_the_model_is_done(tmp_path: Path) -> None:
    """Files are written as they are finished, not in groups: a file whose sentences are all in
    the translation memory is written even when the model's first batch is interrupted."""
    from reltrans.tm import TMUnit, TranslationMemory

    (first,) = _big_files(tmp_path, 1)
    second = tmp_path / "memo.fr.txt"
    second.write_text("Une phrase déjà traduite.\n", encoding="utf-8")
    memory = tmp_path / "tm.sqlite"
    with TranslationMemory(memory) as tm:
        tm.add([TMUnit("fr", "en", "Une phrase déjà traduite.", "A sentence translated before.", origin="reviewed", origin_file="old.po")])
    with pytest.raises(TranslationInterrupted) as stop:
        translate_files([first, second], _settings(tm_path=memory), engine_loader=lambda *_: CountingEngine(stop_on=1))
    assert [f.output.name for f in stop.value.files] == ["memo.fr.en.po"]
    assert "A sentence translated before." in (tmp_path / "memo.fr.en.po").read_text(encoding="utf-8")
    assert not (tmp_path / "big0.fr.en.po").exists()


def test_batches_end_at_file_ends_and_are_capped_inside_a_file(tmp_path: Path) -> None:
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    def prepared(text: str, name: str) -> pipeline._Prepared:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return pipeline._Prepared(path, path, segment_document(load_document(path), "fr"), None)

    short = prepared("Un. Deux. Trois.\n", "a.txt")
    long = prepared(" ".join(f"Phrase {n}." for n in range(10)) + "\n", "b.txt")
    misses = [s.msgid for s in short.segmented.segments] + [s.msgid for s in long.segmented.segments]
    batches = pipeline._batches([short, long], misses, 2)
    assert len(long.segmented.segments) > 8
    assert [len(b) for b in batches] == [3, 8, len(long.segmented.segments) - 8]  # a's end; 4 x 2 inside b; b's end
    assert [m for b in batches for m in b] == misses
    assert pipeline._batches([short, long], misses[1:2], 2) == [["Deux."]]


def test_the_summary_names_the_executor_and_counts_model_loads(tmp_path: Path) -> None:
    sources = _big_files(tmp_path, 2)
    engine = CountingEngine()
    loads: list[int] = []

    def loader(*_: object) -> CountingEngine:
        loads.append(1)
        return engine

    summary = translate_files(sources, _settings(), engine_loader=loader)
    assert summary.executor == "local" and summary.model_loads == 1 == len(loads)
    assert summary.retried == ()
    assert len(engine.calls) == 2  # one batch per file


def test_an_executor_given_to_translate_files_is_used(tmp_path: Path) -> None:
    sources = _big_files(tmp_path, 1)
    executor = LocalExecutor()
    translate_files(sources, _settings(), engine_loader=lambda *_: CountingEngine(), executor=executor)
    assert executor.model_loads() == 1


def test_make_executor_refuses_an_unknown_kind() -> None:
    from reltrans.errors import UsageError

    assert isinstance(make_executor(ExecutorSettings()), LocalExecutor)
    with pytest.raises(UsageError, match="unknown executor 'spark'"):
        make_executor(ExecutorSettings(kind="spark"))


# --------------------------------------------------------------------------- ray stays optional
def test_the_local_path_never_imports_ray(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text("L'OIM aide les migrants.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from reltrans.pipeline import TranslateSettings, translate_files\n"
        "class E:\n"
        "    signature = 'fake'\n"
        "    def translate(self, texts): return ['EN' + t for t in texts]\n"
        f"s = translate_files([{str(source)!r}], TranslateSettings(), engine_loader=lambda *a: E())\n"
        "print(s.executor, s.model_loads, 'ray' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env={"PYTHONPATH": str(SRC), "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["local", "1", "False"]


def test_executor_ray_without_ray_installed_says_how_to_install_it(tmp_path: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    source = tmp_path / "r.fr.txt"
    source.write_text("Une phrase.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", str(source), "-q", "--no-tm", "--executor", "ray"])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "pip install 'reltrans[ray]'" in result.stderr
    assert not (tmp_path / "r.fr.en.po").exists()


# --------------------------------------------------------------------------- --files-from
def _two_sources(tmp_path: Path) -> list[Path]:
    paths = []
    for name in ("un.fr.txt", "deux.fr.txt"):
        path = tmp_path / name
        path.write_text(f"Le communiqué {name}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_files_from_a_list_and_from_stdin(tmp_path: Path) -> None:
    first, second = _two_sources(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{first}\n\n{second}\r\n", encoding="utf-8")
    assert read_source_list(listing) == [first, second]
    assert read_source_list("-", stdin=io.BytesIO(f"{second}\n".encode())) == [second]
    result = CliRunner().invoke(cli, ["translate", "--files-from", "-", "--no-mt", "-q", "--no-tm"], input=f"{first}\n{second}\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(tmp_path / "un.fr.en.po"), str(tmp_path / "deux.fr.en.po")]
    extra = tmp_path / "trois.fr.txt"
    extra.write_text("Encore une phrase.\n", encoding="utf-8")
    both = CliRunner().invoke(cli, ["translate", str(extra), "--files-from", str(listing), "--no-mt", "-q", "--no-tm"])
    assert both.exit_code == 0, both.output
    assert len(both.stdout.split()) == 1 and (tmp_path / "trois.fr.en.po").is_file()  # the others are up to date


def test_files_from_names_the_missing_files_and_writes_nothing(tmp_path: Path) -> None:
    first, _ = _two_sources(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{first}\n{tmp_path / 'absent.txt'}\n" + "".join(f"gone{n}.txt\n" for n in range(6)), encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: .*absent\.txt; line 3: gone0\.txt.*\(7 in all\)"):
        read_source_list(listing)
    result = CliRunner().invoke(cli, ["translate", "--files-from", str(listing), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT
    assert "listed file(s) not found: line 2" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.po"))
    missing_list = CliRunner().invoke(cli, ["translate", "--files-from", str(tmp_path / "nope.txt"), "--no-mt", "-q"])
    assert missing_list.exit_code == EXIT_INPUT


# --------------------------------------------------------------------------- configuration
def test_the_executor_in_reltrans_toml(tmp_path: Path) -> None:
    config = parse_config({"executor": "ray", "ray_address": "ray://head:10001", "actors": 4, "gpus_per_actor": 0.5}, tmp_path / "reltrans.toml")
    assert config.executor == ExecutorSettings(kind="ray", address="ray://head:10001", actors=4, gpus_per_actor=0.5)
    assert parse_config({}, tmp_path / "reltrans.toml").executor == ExecutorSettings()


@pytest.mark.parametrize(
    "table, message",
    [
        ({"executor": "spark"}, "executor must be one of local, ray"),
        ({"actors": -1}, "actors must be a whole number"),
        ({"actors": True}, "actors must be a whole number"),
        ({"gpus_per_actor": "half"}, "gpus_per_actor must be a number"),
        ({"ray_address": ""}, "ray_address must be a non-empty string"),
    ],
)
def test_a_bad_executor_setting_is_a_config_error(tmp_path: Path, table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(table, tmp_path / "reltrans.toml")


def test_options_override_the_configured_executor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reltrans.toml").write_text('executor = "ray"\nactors = 3\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    seen: list[ExecutorSettings] = []

    def fake_translate_files(sources: object, settings: TranslateSettings, **_: object) -> pipeline.TranslateSummary:
        seen.append(settings.executor)
        return pipeline.TranslateSummary(files=(), seconds=0.0, signature="")

    monkeypatch.setattr(pipeline, "translate_files", fake_translate_files)
    source = tmp_path / "r.fr.txt"
    source.write_text("Une phrase.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["translate", str(source), "-q", "--actors", "2"]).exit_code == 0
    assert CliRunner().invoke(cli, ["translate", str(source), "-q", "--executor", "local"]).exit_code == 0
    assert seen == [ExecutorSettings(kind="ray", actors=2), ExecutorSettings(kind="local", actors=3)]
    (tmp_path / "reltrans.toml").write_text('executor = "dask"\n', encoding="utf-8")
    bad = CliRunner().invoke(cli, ["translate", str(source), "-q"])
    assert bad.exit_code == EXIT_INPUT and "executor must be one of" in bad.stderr


def test_the_summary_table_says_what_was_retried() -> None:
    from rich.console import Console

    from reltrans.console import render_translate_summary

    summary = pipeline.TranslateSummary(
        files=(), seconds=1.0, signature="model=m", executor="ray", model_loads=3,
        retried=("batch 4 (256 sentences) retried on a new actor: actor 0 died (ActorDiedError)",),
    )
    console = Console(record=True, width=200)
    render_translate_summary(summary, console)
    text = console.export_text()
    assert "executor: ray, 3 model load(s)" in text
    assert "retried: batch 4 (256 sentences) retried on a new actor: actor 0 died (ActorDiedError)" in text


def test_first_batches_are_small_so_early_files_are_kept(tmp_path: Path) -> None:
    """Forty short releases: the first batch ends at the first file end after FIRST_BATCH
    sentences and the threshold doubles, so Ctrl-C during the second engine call keeps files."""
    sources = []
    for number in range(40):
        path = tmp_path / f"short{number:02d}.fr.txt"
        path.write_text("\n\n".join(f"Phrase {i} du court communiqué {number}." for i in range(12)) + "\n", encoding="utf-8")
        sources.append(path)
    engine = CountingEngine(stop_on=2)
    with pytest.raises(TranslationInterrupted) as stop:
        translate_files(sources, _settings(), engine_loader=lambda *_: engine)
    assert [f.output.name for f in stop.value.files] == ["short00.fr.en.po", "short01.fr.en.po"]
    assert [len(call) for call in engine.calls] == [24, 36]  # 2 files (>= 16), then 3 files (>= 32)


@pytest.mark.network_loopback
def test_a_closed_ray_address_fails_fast_in_one_line() -> None:
    """`ray.init` retries a closed port for minutes; reltrans checks the port first."""
    import socket

    from reltrans.errors import ModelError
    from reltrans.executors.ray import _require_listening

    with socket.socket() as probe:  # a free port: bound then closed, so nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ModelError) as info:
        _require_listening(f"127.0.0.1:{port}")
    assert f"127.0.0.1:{port}" in str(info.value) and "\n" not in str(info.value)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        _require_listening(f"127.0.0.1:{server.getsockname()[1]}")  # listening: no error
    _require_listening("auto")  # other forms are Ray's business
    _require_listening("ray://head:10001")


def test_ray_options_without_the_ray_executor_are_refused(tmp_path: Path) -> None:
    (source,) = _big_files(tmp_path, 1)
    for extra in (["--actors", "2"], ["--ray-address", "127.0.0.1:6379"], ["--gpus-per-actor", "1"]):
        result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", *extra])
        assert result.exit_code == EXIT_USAGE, result.output
        assert extra[0] in result.stderr and "--executor ray" in result.stderr
        assert not (tmp_path / "big0.fr.en.po").exists()


def test_files_from_trims_skips_comments_and_duplicates(tmp_path: Path) -> None:
    first, second = _big_files(tmp_path, 2)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# releases of the week\n  {first}  \n\n{second}\n{first}\n", encoding="utf-8")
    assert read_source_list(listing) == [first, second]
