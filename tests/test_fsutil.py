"""Atomic writes with backups, and the per-file lock."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reltrans.errors import LockedError, OutputError
from reltrans.fsutil import atomic_write, backup_path, file_lock


def test_atomic_write_replaces_and_keeps_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "a.po"
    atomic_write(target, "one")
    assert not backup_path(target).exists()
    atomic_write(target, "two")
    assert target.read_text() == "two"
    assert backup_path(target).read_text() == "one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po", "a.po~"]  # no temp file left


def test_missing_directory_and_directory_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        atomic_write(tmp_path / "missing" / "a.po", "x")
    with pytest.raises(OutputError, match="directory"):
        atomic_write(tmp_path, "x")


def test_disk_full_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.po"
    target.write_text("reviewed work")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="disk full") as caught:
        atomic_write(target, "new")
    assert "\n" not in str(caught.value)
    monkeypatch.undo()
    assert target.read_text() == "reviewed work"
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory(tmp_path: Path) -> None:  # pragma: no cover - CI runs as root
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError):
            atomic_write(folder / "a.po", "x")
    finally:
        folder.chmod(0o700)


def test_read_only_directory_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(OutputError, match="Permission denied"):
        atomic_write(tmp_path / "a.po", "x")


def test_second_holder_is_refused_and_lock_file_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "a.po"
    with file_lock(target):
        with pytest.raises(LockedError, match="another reltrans run"):
            with file_lock(target):
                pass  # pragma: no cover
    assert not Path(str(target) + ".lock").exists()
    with file_lock(target):  # free again
        pass


def test_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "a.po"
    code = (
        "import sys; from reltrans.fsutil import file_lock\n"
        "from reltrans.errors import LockedError\n"
        "try:\n    with file_lock(sys.argv[1]): pass\nexcept LockedError as e:\n    print(e); sys.exit(5)\n"
    )
    with file_lock(target):
        result = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True)
    assert result.returncode == 5
    assert "E-LOCKED" in result.stdout


def test_new_files_get_the_umask_mode_and_backups_the_original_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = atomic_write(tmp_path / "new.po", "x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
        atomic_write(target, "y")
        assert target.stat().st_mode & 0o777 == 0o640
        assert backup_path(target).stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_lock_removes_temporaries_a_killed_writer_left(tmp_path: Path) -> None:
    from reltrans.fsutil import file_lock

    target = tmp_path / "release.fr.en.po"
    target.write_text("kept\n", encoding="utf-8")
    stale = [tmp_path / ".release.fr.en.po.ab12_x9z.tmp", tmp_path / ".release.fr.en.po~.Qw3rTy7u.tmp"]
    others = [tmp_path / ".other.po.ab12_x9z.tmp", tmp_path / ".release.fr.en.po.notmine.tmp", tmp_path / "release.fr.en.po.tmp"]
    for path in stale + others:
        path.write_text("half-written", encoding="utf-8")
    with file_lock(target):
        assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in others)  # another file's temporaries, or not ours
    assert target.read_text(encoding="utf-8") == "kept\n"
