"""``--executor ray`` on a local Ray runtime: the same PO files byte for byte as the local run,
whatever the number of actors; the model loaded once per actor; an actor killed mid-run is
replaced, its batches retried, the output unchanged and the retry in the summary.

One Ray runtime (2 CPUs, loopback only) is shared by the module; 1-2 actors; the tiny copy
model from ``reltrans.engine.toymodel``. The sentences are written for these tests.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Iterator, Sequence

import pytest
from click.testing import CliRunner

ray = pytest.importorskip("ray", reason="the Ray executor's tests need ray (pip install -e '.[test]')")

import reltrans.pipeline as pipeline  # noqa: E402
from reltrans.cli import cli  # noqa: E402
from reltrans.executors import ExecutorSettings  # noqa: E402
from reltrans.executors.ray import RayExecutor  # noqa: E402
from reltrans.pipeline import TranslateSettings, translate_files  # noqa: E402

pytestmark = pytest.mark.network_loopback  # the driver talks to the runtime on 127.0.0.1
EPOCH = "1700000000"


@pytest.fixture(scope="module", autouse=True)
def ray_runtime() -> Iterator[None]:
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # loaders defined here go to actors
    ray.init(
        address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False,
        object_store_memory=96 * 1024 * 1024, logging_level="ERROR",
    )
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def package_dir(copy_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The copy model unpacked: actors load it from this folder."""
    from reltrans.engine.packages import install_archive

    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("ray-argos")
        mp.setenv("ARGOS_PACKAGES_DIR", str(folder))
        return install_archive(copy_package).path


class PackageLoader:
    """Loads the package at ``path``; with ``delay``, each engine call takes that long (so a
    test can kill an actor while it holds batches)."""

    def __init__(self, path: Path, delay: float = 0.0) -> None:
        self.path = path
        self.delay = delay

    def __call__(self, source_lang: str, target_lang: str, options: Any) -> Any:
        from reltrans.engine.packages import read_package
        from reltrans.engine.translator import Engine

        engine = Engine.load(read_package(self.path), options)
        return _Slow(engine, self.delay) if self.delay else engine


class _Slow:
    def __init__(self, engine: Any, delay: float) -> None:
        self._engine = engine
        self._delay = delay

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def translate(self, texts: Sequence[str]) -> list[str]:
        time.sleep(self._delay)
        return self._engine.translate(texts)


def _archive(folder: Path, files: int = 8) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(files):
        path = folder / f"communique-{number}.fr.txt"
        path.write_text(
            f"L'OIM a ouvert un centre numéro {number} à Genève.\n\n"
            f"Le centre aide {number * 10 + 3} familles. La traite des personnes y est combattue.\n\n"
            "Pour plus d'informations, contactez le bureau de presse.\n",  # the same in every file
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def glossary_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small glossary (OIM -> IOM, traite des personnes -> trafficking in persons, ...):
    enforcement runs in the actors, on a glossary that cannot change during the module."""
    from reltrans.engine.scripted import SCENARIO_GLOSSARY

    path = tmp_path_factory.mktemp("glossary") / "terms.toml"
    path.write_text(SCENARIO_GLOSSARY, encoding="utf-8")
    return path


def _settings(output: Path, glossary: Path) -> TranslateSettings:
    return TranslateSettings(output_dir=output, glossary_paths=(glossary,), bundled_glossary=False)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def local_reference(tmp_path_factory: pytest.TempPathFactory, package_dir: Path, glossary_file: Path) -> tuple[list[Path], dict[str, bytes]]:
    """The archive, and its POs from the local executor (default batches, glossary enforced)."""
    folder = tmp_path_factory.mktemp("reference")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        sources = _archive(folder / "archive")
        summary = translate_files(sources, _settings(folder / "local", glossary_file), engine_loader=PackageLoader(package_dir))
    assert summary.executor == "local" and summary.model_loads == 1
    assert "trafficking in persons" in (folder / "local" / "communique-0.fr.en.po").read_text(encoding="utf-8")
    return sources, _tree(folder / "local")


@pytest.fixture(autouse=True)
def fixed_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.mark.parametrize("actors", [1, 2])
def test_ray_writes_the_local_run_byte_for_byte_and_loads_the_model_once_per_actor(
    tmp_path: Path, package_dir: Path, glossary_file: Path, local_reference: tuple[list[Path], dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch, actors: int,
) -> None:
    sources, expected = local_reference
    monkeypatch.setattr(pipeline, "GROUP_SEGMENTS", 3)  # several batches per actor, cut inside files too
    executor = RayExecutor(ExecutorSettings(kind="ray", actors=actors))
    summary = translate_files(sources, _settings(tmp_path / "ray", glossary_file), engine_loader=PackageLoader(package_dir), executor=executor)
    assert _tree(tmp_path / "ray") == expected
    assert summary.executor == "ray" and summary.retried == ()
    assert sorted(executor.loads.values()) == [1] * actors  # each actor loaded the model once ...
    assert summary.model_loads == actors < len(sources)  # ... not once per file


def test_an_actor_killed_mid_run_is_replaced_and_changes_nothing(
    tmp_path: Path, package_dir: Path, glossary_file: Path, local_reference: tuple[list[Path], dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources, expected = local_reference
    monkeypatch.setattr(pipeline, "GROUP_SEGMENTS", 2)
    executor = RayExecutor(ExecutorSettings(kind="ray", actors=2))
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if done and not killed:  # the first batch is back: both actors still hold batches (0.3 s each)
            ray.kill(executor.slots[0].actor, no_restart=True)
            killed.append(done)

    summary = translate_files(
        sources, _settings(tmp_path / "ray", glossary_file), engine_loader=PackageLoader(package_dir, delay=0.3),
        progress=progress, executor=executor,
    )
    assert killed
    assert _tree(tmp_path / "ray") == expected
    assert summary.retried and all("actor 0 died" in line for line in summary.retried)
    assert summary.model_loads == 3  # two actors, and the one that replaced the killed actor
    assert not list((tmp_path / "ray").glob("*.tmp")) and not list((tmp_path / "ray").glob("*.lock"))


def test_without_an_address_a_local_runtime_is_started_for_the_run_and_stopped(tmp_path: Path, argos_dir: Path) -> None:
    """The user's path, from the command line: no Ray running in the process; the run starts
    its own (loopback, no dashboard), prints the paths written, and shuts it down when done."""
    import os
    import subprocess

    sources = [str(p) for p in _archive(tmp_path / "archive", files=2)]
    script = (
        "import sys\n"
        "from reltrans.cli import main\n"
        "try:\n"
        f"    main(['translate', *{sources!r}, '-q', '--no-tm', '--no-bundled-glossary', '-o', {str(tmp_path / 'out')!r},"
        " '--executor', 'ray', '--actors', '1'])\n"
        "except SystemExit as exit:\n"
        "    import ray\n"
        "    print('initialized' if ray.is_initialized() else 'shut down', file=sys.stderr)\n"
        "    raise\n"
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "RAY_ADDRESS": ""}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(tmp_path / "out" / f"communique-{n}.fr.en.po") for n in range(2)]
    assert "shut down" in done.stderr.splitlines() and "initialized" not in done.stderr.splitlines()
    local = CliRunner().invoke(cli, ["translate", *sources, "-q", "--no-tm", "--no-bundled-glossary", "-o", str(tmp_path / "local")])
    assert local.exit_code == 0
    assert _tree(tmp_path / "out") == _tree(tmp_path / "local")
