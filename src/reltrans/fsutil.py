"""Safe file writes: atomic replace with fsync and a backup, and an advisory lock.

Every write of a PO, TM, glossary or output document goes through :func:`atomic_write`, so a
crash, Ctrl-C or a full disk never leaves a half-written file, and the replaced file is kept as
``<name>~`` (the Emacs/GNU convention, ignored by most VCS templates).
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from reltrans.errors import LockedError, OutputError

BACKUP_SUFFIX = "~"


def backup_path(path: Path) -> Path:
    """Where :func:`atomic_write` keeps the previous version of ``path``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write(path: str | os.PathLike[str], data: bytes | str, *, backup: bool = True, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename).

    If ``path`` exists and ``backup`` is true, its previous content is kept at
    :func:`backup_path`. Raises :class:`OutputError` (one line, naming the path) on failure;
    the original file is then untouched.
    """
    target = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("output directory does not exist", path=folder)
    if target.is_dir():
        raise OutputError("is a directory, expected a file", path=target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", path=target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            if backup:
                _copy_for_backup(target)
        else:  # mkstemp creates 0600; a new file gets the usual 0666 & ~umask
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise OutputError(f"cannot write: {reason}", path=target) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)
    return target


def refuse_overwrite(path: str | os.PathLike[str], *, force: bool) -> None:
    """Raise :class:`OutputError` when ``path`` exists and ``force`` was not given."""
    if not force and Path(path).exists():
        raise OutputError("exists; use --force to overwrite (the old file is kept as NAME~)", path=path)


def write_new(path: str | os.PathLike[str], data: bytes | str, *, force: bool) -> Path:
    """:func:`atomic_write`, refusing to replace an existing file unless ``force``."""
    refuse_overwrite(path, force=force)
    return atomic_write(path, data)


def refuse_writing_over_inputs(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`OutputError` when ``path`` is one of the command's ``inputs`` (the same
    file, through a link or another spelling of the path), whatever ``--force`` says: an
    output never replaces what it was made from."""
    target = Path(path)
    for source in inputs:
        if _is_same_file(target, Path(source)):
            raise OutputError(f"is an input of this command ({source}); refusing to write over it", path=path)


def _is_same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # a symlink loop, a path too long: not provably the same
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _copy_for_backup(target: Path) -> None:
    backup = backup_path(target)
    data = target.read_bytes()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        os.replace(tmp_name, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def file_lock(path: str | os.PathLike[str], *, wait: float = 0.0) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``<path>.lock`` (POSIX ``flock``) while working on ``path``.

    A second run on the same file waits up to ``wait`` seconds, then raises
    :class:`LockedError`. The lock file is removed on release; a run that locked a lock file
    which was meanwhile removed retries on the new one, so removal cannot let two runs in.
    """
    import fcntl
    import time

    lock_path = Path(str(path) + ".lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot create lock file: {exc.strerror or exc}", path=lock_path) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise LockedError("another reltrans run is working on this file", path=path) from None
            time.sleep(0.1)
            continue
        if _same_file(fd, lock_path):
            break
        os.close(fd)  # the holder removed it between our open and our lock: take the new one
    try:
        remove_stale_temporaries(path)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files a killed writer of ``path`` (or of its backup) left behind:
    ``.<name>.XXXXXXXX.tmp`` and ``.<name>~.XXXXXXXX.tmp`` beside it, as :func:`atomic_write`
    names them. Called under :func:`file_lock`, where no other run writes ``path``. Returns
    what was removed."""
    target = Path(path)
    removed: list[Path] = []
    prefixes = (f".{target.name}.", f".{backup_path(target).name}.")
    try:
        names = os.listdir(target.parent or ".")
    except OSError:
        return removed
    for name in names:
        for prefix in prefixes:
            middle = name[len(prefix) : -len(".tmp")] if name.startswith(prefix) and name.endswith(".tmp") else ""
            # mkstemp's random part: 8 letters, digits or underscores, no dot
            if len(middle) == 8 and all(ch.isalnum() or ch == "_" for ch in middle):
                stale = target.parent / name
                with contextlib.suppress(OSError):
                    stale.unlink()
                    removed.append(stale)
                break
    return removed


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)
