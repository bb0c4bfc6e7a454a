"""Reliability matrix, outputs and no data loss.

Unwritable outputs (missing folder, read-only folder, full disk) give one line and exit 5
(:data:`reltrans.errors.EXIT_OUTPUT`) with every existing file unchanged. Every replaced PO,
output document or glossary is kept as ``<name>~``. Two runs on one PO: the second is refused
(``E-LOCKED``). Ctrl-C exits 130 and leaves existing files as they were; a rerun resumes
without sending finished files to the model again.
"""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Sequence

import pytest
from click.testing import CliRunner, Result

import reltrans.fsutil
from reltrans.cli import cli
from reltrans.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT

SRC = Path(__file__).resolve().parents[1] / "src"
SOURCE_TEXT = "L'OIM aide les migrants.\n\nLe HCR protège les réfugiés.\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (lock files excluded: they are ephemeral)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def assert_output_error(result: Result, path: Path | None, word: str, code: str = "E-OUTPUT") -> None:
    assert result.exit_code == EXIT_OUTPUT, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    if path is not None:
        assert lines[0].startswith(f"{path}:"), lines[0]
    assert code in lines[0] and word.lower() in lines[0].lower(), lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "release.fr.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    return tmp_path


def _no_mt(folder: Path, *extra: str) -> Result:
    return CliRunner().invoke(cli, ["translate", str(folder / "release.fr.txt"), "--no-mt", "-q", *extra])


def _reviewed_po(folder: Path) -> Path:
    """An existing PO with a reviewed translation in it."""
    assert _no_mt(folder).exit_code == EXIT_OK
    po = folder / "release.fr.en.po"
    text = po.read_text(encoding="utf-8").replace(
        'msgid "L\'OIM aide les migrants."\nmsgstr ""', 'msgid "L\'OIM aide les migrants."\nmsgstr "IOM helps migrants."'
    )
    assert "IOM helps migrants." in text
    po.write_text(text, encoding="utf-8")
    return po


# --------------------------------------------------------------------------- unwritable outputs
def test_translate_creates_a_missing_output_folder(folder: Path) -> None:
    missing = folder / "out" / "po"
    result = _no_mt(folder, "-o", str(missing))
    assert result.exit_code == EXIT_OK, result.output
    assert (missing / "release.fr.en.po").is_file()


def test_translate_into_a_folder_that_cannot_be_created(folder: Path) -> None:
    before = snapshot(folder)
    blocked = folder / "release.fr.txt" / "po"  # under a file
    result = _no_mt(folder, "-o", str(blocked))
    assert_output_error(result, blocked, "cannot create the output folder")
    assert snapshot(folder) == before


def test_translate_output_naming_a_file_has_its_own_message(folder: Path) -> None:
    before = snapshot(folder)
    result = _no_mt(folder, "-o", str(folder / "release.fr.txt"))
    assert_output_error(result, folder / "release.fr.txt", "is a file; -o names the folder for the PO files")
    assert snapshot(folder) == before


@pytest.mark.parametrize("target", ["release.fr.txt", "release.fr.en.po", "./release.fr.txt", "link.txt"])
def test_build_never_writes_over_its_source_or_po(folder: Path, target: str) -> None:
    assert _no_mt(folder).exit_code == EXIT_OK
    (folder / "link.txt").symlink_to(folder / "release.fr.txt")
    before = snapshot(folder)
    args = ["build", str(folder / "release.fr.txt"), str(folder / "release.fr.en.po"), "--fallback-source", "-o", str(folder / target)]
    result = CliRunner().invoke(cli, args)
    assert_output_error(result, folder / target, "is an input of this command")
    assert snapshot(folder) == before


@pytest.mark.parametrize("code", ["x/../../outside/p", "../../outside", "en\nX-Injected: 1", "en\r"])
def test_translate_never_writes_outside_for_a_hostile_code(tmp_path: Path, code: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "release.fr.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(project / "release.fr.txt"), "--no-mt", "-q", "--to", code])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("E-USAGE --to ")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "args",
    [
        lambda f: ["build", str(f / "release.fr.txt"), str(f / "release.fr.en.po"), "--fallback-source", "-o", str(f / "nope" / "out.txt")],
        lambda f: ["check", str(f / "release.fr.en.po"), "-o", str(f / "nope" / "report.txt")],
        lambda f: ["glossary", "import", str(f / "g.csv"), "-o", str(f / "nope" / "g.toml")],
        lambda f: ["glossary", "export", "--format", "tbx", "-o", str(f / "nope" / "g.tbx")],
    ],
    ids=["build", "check", "glossary-import", "glossary-export"],
)
def test_missing_output_directory(folder: Path, args) -> None:  # type: ignore[no-untyped-def]
    assert _no_mt(folder).exit_code == EXIT_OK
    (folder / "g.csv").write_text("fr,en\nOIM,IOM\n", encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(cli, args(folder))
    assert_output_error(result, folder / "nope", "does not exist")
    assert snapshot(folder) == before


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores directory permissions: creating the temp file fails as EACCES would."""

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(reltrans.fsutil.tempfile, "mkstemp", mkstemp)


def test_translate_update_in_read_only_dir_keeps_po(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = _reviewed_po(folder)
    (folder / "release.fr.txt").write_text(SOURCE_TEXT + "\nUne phrase nouvelle.\n", encoding="utf-8")
    before = snapshot(folder)
    _read_only(monkeypatch)
    result = _no_mt(folder)
    monkeypatch.undo()
    assert_output_error(result, po, "permission denied")
    assert snapshot(folder) == before


def test_build_into_read_only_dir(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _no_mt(folder).exit_code == EXIT_OK
    out = folder / "out.txt"
    out.write_text("previous build\n", encoding="utf-8")
    before = snapshot(folder)
    _read_only(monkeypatch)
    result = CliRunner().invoke(cli, ["build", str(folder / "release.fr.txt"), str(folder / "release.fr.en.po"), "--fallback-source", "-o", str(out)])
    monkeypatch.undo()
    assert_output_error(result, out, "permission denied")
    assert snapshot(folder) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions; covered by the simulated read-only tests")
def test_real_read_only_dir(folder: Path) -> None:
    out_dir = folder / "ro"
    out_dir.mkdir()
    out_dir.chmod(0o555)
    try:
        result = _no_mt(folder, "-o", str(out_dir))
        assert result.exit_code == EXIT_OUTPUT
    finally:
        out_dir.chmod(0o755)


@pytest.mark.parametrize("where", ["fsync", "write"])
def test_disk_full_keeps_existing_po(folder: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    po = _reviewed_po(folder)
    (folder / "release.fr.txt").write_text(SOURCE_TEXT + "\nUne phrase nouvelle.\n", encoding="utf-8")
    before = snapshot(folder)
    if where == "fsync":
        def fsync(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(reltrans.fsutil.os, "fsync", fsync)
    else:
        real_fdopen = os.fdopen

        class FullFile:
            def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
                self.handle = handle

            def __enter__(self):  # type: ignore[no-untyped-def]
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])
                raise OSError(errno.ENOSPC, "No space left on device")

            def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
                return getattr(self.handle, name)

        monkeypatch.setattr(reltrans.fsutil.os, "fdopen", lambda fd, mode="r", *a, **k: FullFile(real_fdopen(fd, mode, *a, **k)))
    result = _no_mt(folder)
    monkeypatch.undo()
    assert_output_error(result, po, "disk full")
    assert snapshot(folder) == before  # no temp file left, no backup, PO unchanged


# --------------------------------------------------------------------------- backups
def test_translate_update_keeps_backup(folder: Path) -> None:
    po = _reviewed_po(folder)
    previous = po.read_bytes()
    (folder / "release.fr.txt").write_text(SOURCE_TEXT + "\nUne phrase nouvelle.\n", encoding="utf-8")
    assert _no_mt(folder).exit_code == EXIT_OK
    assert (folder / "release.fr.en.po~").read_bytes() == previous
    assert "IOM helps migrants." in po.read_text(encoding="utf-8")  # the reviewed entry survives the update


def test_build_over_existing_output_keeps_backup(folder: Path) -> None:
    assert _no_mt(folder).exit_code == EXIT_OK
    out = folder / "release.en.txt"
    out.write_bytes(b"hand-edited translation\n")
    result = CliRunner().invoke(cli, ["build", str(folder / "release.fr.txt"), str(folder / "release.fr.en.po"), "--fallback-source", "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert (folder / "release.en.txt~").read_bytes() == b"hand-edited translation\n"
    assert out.read_bytes() == (folder / "release.fr.txt").read_bytes()


def test_glossary_import_force_keeps_backup(folder: Path) -> None:
    (folder / "g.csv").write_text("fr,en\nOIM,IOM\n", encoding="utf-8")
    target = folder / "g.toml"
    target.write_text("# my curated glossary\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "import", str(folder / "g.csv"), "-o", str(target), "--force"])
    assert result.exit_code == EXIT_OK, result.output
    assert (folder / "g.toml~").read_text(encoding="utf-8") == "# my curated glossary\n"
    assert "IOM" in target.read_text(encoding="utf-8")


def test_tm_import_with_a_bad_file_leaves_the_memory_unchanged(folder: Path) -> None:
    """The TM is SQLite: its writes are transactions (no ``~`` copy); a failed import changes nothing."""
    po = _reviewed_po(folder)
    tm = folder / "memory.sqlite"
    first = CliRunner().invoke(cli, ["tm", "import", str(po), "--tm", str(tm)])
    assert first.exit_code == EXIT_OK, first.output
    bad = folder / "bad.po"
    bad.write_text('msgid "x"\n', encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["tm", "import", str(po), str(bad), "--tm", str(tm)])
    assert result.exit_code == EXIT_INPUT
    assert len(result.stderr.strip().splitlines()) == 1 and str(bad) in result.stderr
    assert snapshot(folder) == before


# --------------------------------------------------------------------------- locking
def test_second_run_on_a_locked_po_is_refused(folder: Path) -> None:
    po = _reviewed_po(folder)
    before = snapshot(folder)
    with reltrans.fsutil.file_lock(po):
        result = _no_mt(folder)
    assert_output_error(result, po, "another reltrans run", code="E-LOCKED")
    assert snapshot(folder) == before
    assert _no_mt(folder).exit_code == EXIT_OK  # the lock is released with the first run


# --------------------------------------------------------------------------- interruption
def _sources(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"rel{index}.fr.txt"
        path.write_text(f"Phrase {index} numéro un.\n\nPhrase {index} numéro deux.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _interrupt_on(call: int, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    from reltrans.engine.translator import Engine

    calls: list[list[str]] = []
    count = [0]
    real = Engine.translate

    def translate(self: Engine, texts: Sequence[str]) -> list[str]:
        calls.append(list(texts))
        count[0] += 1
        if count[0] == call:  # once: a rerun is not interrupted
            raise KeyboardInterrupt
        return real(self, texts)

    monkeypatch.setattr(Engine, "translate", translate)
    return calls


MODEL_ARGS = ["-q", "--no-bundled-glossary", "--no-enforce"]


def test_ctrl_c_leaves_existing_files_and_rerun_resumes(folder: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reltrans.pipeline

    monkeypatch.setattr(reltrans.pipeline, "GROUP_SEGMENTS", 1)  # one file per group: written as soon as done
    sources = _sources(folder, 3)
    runner = CliRunner()
    assert runner.invoke(cli, ["translate", *map(str, sources), "--no-mt", "-q"]).exit_code == EXIT_OK
    existing = snapshot(folder)
    calls = _interrupt_on(2, monkeypatch)
    result = runner.invoke(cli, ["translate", *map(str, sources), *MODEL_ARGS])
    assert result.exit_code == EXIT_INTERRUPTED, (result.output, result.exception)
    assert result.stderr.strip() == "interrupted"
    after = snapshot(folder)
    # rel0 was finished and written (its old version kept as ~); rel1 and rel2 are as they were.
    assert after["rel0.fr.en.po~"] == existing["rel0.fr.en.po"]
    assert after["rel0.fr.en.po"] != existing["rel0.fr.en.po"]
    for name in ("rel1.fr.en.po", "rel2.fr.en.po", *(s.name for s in sources)):
        assert after[name] == existing[name]
    assert not [n for n in after if n.endswith(".tmp")]
    done_first = {t for batch in calls[:1] for t in batch}
    calls.clear()
    rerun = runner.invoke(cli, ["translate", *map(str, sources), *MODEL_ARGS])
    assert rerun.exit_code == EXIT_OK, rerun.output
    sent = {t for batch in calls for t in batch}
    assert sent and not (sent & done_first)  # finished sentences are not sent to the model again
    assert all("numéro" in t and " 0 " not in t for t in sent)


def test_ctrl_c_in_a_single_group_changes_nothing(folder: Path, argos_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Interrupted inside one group: nothing is written, every existing file is as it was."""
    sources = _sources(folder, 2)
    assert CliRunner().invoke(cli, ["translate", *map(str, sources), "--no-mt", "-q"]).exit_code == EXIT_OK
    before = snapshot(folder)
    _interrupt_on(1, monkeypatch)
    result = CliRunner().invoke(cli, ["translate", *map(str, sources), *MODEL_ARGS])
    assert result.exit_code == EXIT_INTERRUPTED
    assert snapshot(folder) == before


def test_sigkill_mid_write_leaves_previous_po_intact(folder: Path) -> None:
    """A real child process killed while it writes: the PO is the old one or the new one, never half."""
    po = _reviewed_po(folder)
    previous = po.read_bytes()
    script = (
        "import os, sys, time\n"
        "import reltrans.fsutil as f\n"
        "real = os.fsync\n"
        "def slow(fd):\n"
        "    sys.stdout.write('writing\\n'); sys.stdout.flush(); time.sleep(60)\n"
        "f.os.fsync = slow\n"
        "from reltrans.cli import main\n"
        f"main(['translate', {str(folder / 'release.fr.txt')!r}, '--no-mt', '-q', '--force'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"writing\n"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert po.read_bytes() == previous
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 1  # at most the orphaned temp file; never a truncated PO
    rerun = _no_mt(folder, "--force")
    assert rerun.exit_code == EXIT_OK  # the stale lock of the killed run does not block (flock died with it)
