"""Argos Translate packages on disk and in the package index, without importing argostranslate.

Compatible with ``argostranslate`` (argos-translate / argos-translate-lt 1.x) so that a model
installed by ``argospm`` or LibreTranslate is found by reltrans and vice versa:

* packages directory: ``$ARGOS_PACKAGES_DIR``, else the ``ARGOS_PACKAGES_DIR`` key of
  ``$XDG_CONFIG_HOME/argos-translate/settings.json``, else
  ``$XDG_DATA_HOME/argos-translate/packages`` (``~/.local/share/argos-translate/packages``;
  under snap, ``$SNAP_USER_DATA`` replaces ``~``);
* package index: ``$ARGOS_PACKAGE_INDEX`` (a base URL, ``index.json`` is appended; same
  settings.json fallback), default the argospm index on GitHub;
* a package is a directory holding ``metadata.json`` (``from_code``, ``to_code``,
  ``package_version``...), ``model/`` (CTranslate2, any version 4.x loads: ``config.json``
  is optional) and ``sentencepiece.model`` (or ``bpe.model``: Moses + BPE); an
  ``.argosmodel`` is a zip of that directory under one top-level folder;
* several versions of a pair (argospm extracts each beside the others): the highest is used
  (:func:`in_use`, :func:`find_package`); :func:`remove_older_versions` is what
  ``models install`` does once a new version is in place; ``type: sbd`` packages are Argos'
  sentence-boundary models, kept but never listed as translation packages.

``argostranslate`` itself is never imported: its ``settings`` module creates folders on
import and its ``translate`` module downloads a sentence-boundary model on first use.
Installing is the only operation that uses the network (:func:`install_from_index`).

Installs and removals are staged in a hidden folder *next to* the packages directory (same
filesystem, so the final move is atomic; never inside it, where Argos would try to read the
staging folder as a package), under a lock, and every new package is load-tested there
(CTranslate2 model, the package's tokenizer, one short translation) before it replaces
anything. Leftovers of an interrupted install are recovered by the next install or removal.
When the packages directory is a mount point (a Docker volume), the tested package is copied
into a hidden in-flight folder inside it that always holds a ``metadata.json`` (a placeholder
Argos skips, until the real one), then renamed into place (:func:`_swap_across`); removed
packages are deleted ``metadata.json`` last (:func:`_discard`), so Argos can list the folder
at every moment but the instant between creating an in-flight folder and writing its placeholder.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from reltrans.engine.argos_settings import packages_dir, snap_package_dirs
from reltrans.engine.argos_settings import setting as _setting
from reltrans.errors import ModelError, ModelNotFoundError, NetworkError, OutputError, PackageArchiveError

DEFAULT_INDEX_BASE = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
MAX_ARCHIVE_BYTES = 4 * 1024**3  # total uncompressed size of one package
MAX_MEMBER_RATIO = 200  # compression ratio (of one member, and of the whole archive) of a zip bomb
_RATIO_MIN_SIZE = 64 * 1024  # below this a member may compress extremely well (zeros, JSON)
_TOTAL_RATIO_MIN_SIZE = 1024 * 1024  # below this the whole package may (tiny test models)
MAX_MEMBERS = 10_000
MAX_NAME_BYTES = 255  # one path component (NAME_MAX on Linux and macOS)
MAX_METADATA_BYTES = 1024 * 1024
MAX_INDEX_BYTES = 16 * 1024 * 1024
DOWNLOAD_TIMEOUT_S = 60.0  # one connection attempt or one read without any byte
DOWNLOAD_DEADLINE_S = 1800.0  # the whole `models install` download, index included
_TMP_PREFIX = ".reltrans-"
_USER_AGENT = "reltrans (ArgosTranslate-compatible)"
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,34}")
_DRIVE = re.compile(r"[A-Za-z]:")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_STALE_DOWNLOAD_S = 24 * 3600

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class InstalledPackage:
    """An installed Argos package directory."""

    path: Path
    from_code: str
    to_code: str
    package_version: str
    name: str  # directory name, e.g. "translate-fr_en-1_9"
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""
    target_prefix: str = ""  # some multilingual Argos models need a forced first token
    package_type: str = "translate"  # metadata "type": "sbd" for Argos' sentence-boundary packages

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


@dataclass(frozen=True)
class IndexEntry:
    """A package offered by the package index (``sha256``: lower-case hex, "" when not given)."""

    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    from_name: str
    to_name: str
    links: tuple[str, ...]
    type: str = "translate"
    sha256: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


# --------------------------------------------------------------------------- settings
# packages_dir() and the settings are Argos' own rules, read in one place
# (:mod:`reltrans.engine.argos_settings`); re-exported here for the callers of this module.


def index_url(url: str | None = None) -> str:
    """The URL of ``index.json``: ``url`` or ``$ARGOS_PACKAGE_INDEX`` (a base URL) or the default."""
    base = url or _setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX_BASE
    if base.endswith(".json"):
        return base
    return base if base.endswith("/index.json") else base.rstrip("/") + "/index.json"


_resolve_index_url = index_url  # install_from_index's ``index_url`` parameter shadows the function



# --------------------------------------------------------------------------- installed
def _str_field(meta: dict[str, object], key: str) -> str:
    value = meta.get(key, "")
    return value if isinstance(value, str) else str(value)


def _parse_metadata(raw: bytes, where: object, error: type[ModelError]) -> dict[str, object]:
    if len(raw) > MAX_METADATA_BYTES:
        raise error(f"metadata.json is larger than {MAX_METADATA_BYTES} bytes", path=where)
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise error(f"metadata.json is not valid JSON: {_one_line(exc)}", path=where) from None
    except RecursionError:
        raise error("metadata.json is nested too deeply", path=where) from None
    if not isinstance(meta, dict):
        raise error("metadata.json must contain a JSON object", path=where)
    for key in ("from_code", "to_code"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise error(f"metadata.json has no {key}", path=where)
    return meta


def read_package(path: str | os.PathLike[str]) -> InstalledPackage:
    """Read an installed package directory; raise :class:`ModelError` if it is not one."""
    folder = Path(path)
    meta_path = folder / "metadata.json"
    try:
        raw = meta_path.read_bytes()
    except OSError:
        raise ModelError("not an Argos package: no metadata.json", path=folder) from None
    meta = _parse_metadata(raw, meta_path, ModelError)
    return InstalledPackage(
        path=folder,
        from_code=_str_field(meta, "from_code"),
        to_code=_str_field(meta, "to_code"),
        package_version=_str_field(meta, "package_version"),
        name=folder.name,
        from_name=_str_field(meta, "from_name"),
        to_name=_str_field(meta, "to_name"),
        argos_version=_str_field(meta, "argos_version"),
        target_prefix=_str_field(meta, "target_prefix"),
        package_type=_str_field(meta, "type") or "translate",
    )


def list_installed() -> list[InstalledPackage]:
    """Installed translation packages, sorted by pair then version.

    Broken directories are skipped with a :class:`UserWarning`; packages of another
    ``type`` (e.g. Argos ``sbd`` packages) are skipped silently. Under snap, the read-only
    folders Argos also searches (:func:`reltrans.engine.argos_settings.snap_package_dirs`)
    are listed after the packages directory.
    """
    entries: list[Path] = []
    for folder in (packages_dir(), *snap_package_dirs()):
        with contextlib.suppress(OSError):
            if folder.is_dir():
                entries += sorted(folder.iterdir())
    found: list[InstalledPackage] = []
    for entry in entries:
        if not entry.is_dir() or entry.name.startswith("."):
            continue
        try:
            package = read_package(entry)
        except ModelError as exc:
            warnings.warn(str(exc), stacklevel=2)
            continue
        meta_type = _package_type(entry)
        if meta_type == "translate":
            found.append(package)
    found.sort(key=lambda p: (p.from_code, p.to_code, _version_key(p.package_version), p.name))
    return found


def _package_type(folder: Path) -> str:
    with contextlib.suppress(OSError, ValueError, RecursionError):
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8-sig"))
        value = meta.get("type", "translate")
        return value if isinstance(value, str) else "translate"
    return "translate"


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    parts = version.replace("-", ".").split(".")
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in parts)


def _install_hint(from_code: str, to_code: str) -> str:
    return (
        f"install it with `reltrans models install {from_code} {to_code}` (downloads from the Argos index) "
        f"or offline with `reltrans models install PATH.argosmodel`"
    )


def find_package(from_code: str, to_code: str) -> InstalledPackage:
    """The installed package for the pair (highest version if several)."""
    root = packages_dir()
    with contextlib.suppress(OSError):
        if root.exists() and not root.is_dir() and not snap_package_dirs():
            raise ModelNotFoundError(
                f"the packages directory {root} is a file, not a folder (check ARGOS_PACKAGES_DIR): no model for {from_code}->{to_code}"
            )
    matches = [p for p in list_installed() if p.from_code == from_code and p.to_code == to_code]
    if not matches:
        raise ModelNotFoundError(
            f"no model installed for {from_code}->{to_code} in {root}; {_install_hint(from_code, to_code)}"
        )
    return matches[-1]


def in_use(packages: list[InstalledPackage]) -> set[Path]:
    """The folders of ``packages`` that :func:`find_package` picks: one per pair, the highest version."""
    chosen: dict[tuple[str, str], InstalledPackage] = {}
    for package in packages:
        best = chosen.get((package.from_code, package.to_code))
        if best is None or (_version_key(package.package_version), package.name) >= (_version_key(best.package_version), best.name):
            chosen[(package.from_code, package.to_code)] = package
    return {p.path for p in chosen.values()}


def remove_older_versions(package: InstalledPackage) -> list[InstalledPackage]:
    """Remove the other installed versions of ``package``'s pair that are not newer than it
    (what Argos' update does: the old one goes once the new one is in place); newer ones stay.

    Staged like :func:`remove_package` (each folder leaves the packages directory in one
    rename, under the packages lock); returns the removed packages. Packages outside the
    packages directory (bundled with a snap) are never touched.
    """
    root = packages_dir()
    mine = _version_key(package.package_version)
    older = [
        p for p in list_installed()
        if (p.from_code, p.to_code) == (package.from_code, package.to_code)
        and p.path != package.path and p.path.parent == root and _version_key(p.package_version) <= mine
    ]
    if not older:
        return []
    removed: list[InstalledPackage] = []
    with _staging(root) as staging:
        work = _make_work_dir(staging, "remove-", root)
        try:
            for old in older:
                try:
                    _move_out(old.path, work, root)
                except FileNotFoundError:
                    continue  # removed meanwhile
                except OSError as exc:
                    raise OutputError(
                        f"cannot remove the older version {old.package_version} of {old.pair}: {_os_reason(exc)}", path=old.path
                    ) from None
                removed.append(old)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return removed


def remove_package(from_code: str, to_code: str) -> InstalledPackage:
    """Remove the installed package for the pair (the one :func:`find_package` returns).

    The package is first moved out of the packages directory in one rename, so it vanishes at
    once; a packages directory that cannot be written raises :class:`OutputError`, and so does
    a package bundled with a snap (outside the packages directory).
    """
    package = find_package(from_code, to_code)
    root = package.path.parent
    if root != packages_dir():
        raise OutputError(f"{package.pair} is bundled outside the packages directory {packages_dir()}; not removed", path=package.path)
    with _staging(root) as staging:
        work = _make_work_dir(staging, "remove-", root)
        try:
            _move_out(package.path, work, root)
        except OSError as exc:
            raise OutputError(f"cannot remove package: {_os_reason(exc)}", path=package.path) from None
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return package


# --------------------------------------------------------------------------- staging
def _os_reason(exc: OSError) -> str:
    return exc.strerror or _one_line(exc)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


def _staging_root(root: Path) -> Path:
    """Where installs and removals of ``root`` are staged: a hidden sibling folder, never inside
    ``root`` (Argos reads every folder there as a package).

    When the parent cannot be written (a volume mounted under a read-only folder), a folder of
    the temporary directory named after ``root`` is used instead.
    """
    sibling = root.parent / f".{root.name}.reltrans-staging"
    if sibling.is_dir() or os.access(root.parent, os.W_OK):
        return sibling
    digest = hashlib.sha256(os.fsencode(os.path.abspath(root))).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"reltrans-staging-{digest}"


def _is_mount_point(root: Path) -> bool:
    with contextlib.suppress(OSError, ValueError):
        return os.path.ismount(root)
    return False


def _crosses_filesystems(staging: Path, root: Path) -> bool:
    """True when a rename from ``staging`` into ``root`` is not possible (``root`` is a mount
    point, e.g. the Docker volume LibreTranslate uses): packages are then copied in (see
    :func:`_copy_in`) and removed in place (see :func:`_discard`)."""
    if _is_mount_point(root):
        return True
    with contextlib.suppress(OSError):
        return os.stat(staging).st_dev != os.stat(root).st_dev
    return True


def _check_folder(root: Path) -> None:
    """Refuse a packages directory that exists as something other than a folder."""
    with contextlib.suppress(OSError):
        if root.exists() and not root.is_dir():
            raise OutputError("the packages directory is a file, not a folder (check ARGOS_PACKAGES_DIR)", path=root)


def _prepare(root: Path) -> Path:
    """Create ``root`` and its staging folder; return the staging folder."""
    _check_folder(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = _staging_root(root)
        staging.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write in the packages directory: {_os_reason(exc)}", path=root) from None
    return staging


@contextlib.contextmanager
def _staging(root: Path) -> Iterator[Path]:
    """Create ``root`` and its staging folder, hold the packages lock, recover leftovers.

    On a mount point the lock file lives in ``root`` itself (a file, which Argos ignores, and
    removed on release), so that every container sharing the volume takes the same lock.
    """
    from reltrans.fsutil import file_lock

    staging = _prepare(root)
    lock = root / (_TMP_PREFIX + "packages") if _is_mount_point(root) else staging / "packages"
    with file_lock(lock, wait=30.0):
        _recover(root, staging)
        yield staging


def _make_work_dir(staging: Path, kind: str, root: Path) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix=kind, dir=staging))
    except OSError as exc:
        raise OutputError(f"cannot write in the packages directory: {_os_reason(exc)}", path=root) from None


# In-flight folders inside a mounted packages directory. Each one always holds a metadata.json
# (this placeholder until the real one replaces it), so that Argos can list the folder at any
# moment; the placeholder's type is not "translate", so Argos and reltrans skip it.
_INCOMING = _TMP_PREFIX + "incoming-"
_ASIDE = _TMP_PREFIX + "previous-"
_REMOVING = _TMP_PREFIX + "removing-"
_PLACEHOLDER = json.dumps(
    {"type": "reltrans-staging", "package_version": "", "note": "reltrans is moving a package here; not a package"}
)


def _unique_name(prefix: str) -> str:
    return prefix + os.urandom(6).hex()


def _write_placeholder(folder: Path) -> None:
    """Make ``folder/metadata.json`` the placeholder, in one rename (never absent meanwhile)."""
    tmp = folder / (_TMP_PREFIX + "metadata.json")
    tmp.write_text(_PLACEHOLDER, encoding="utf-8")
    os.replace(tmp, folder / "metadata.json")


def _copy_in(staged: Path, incoming: Path) -> None:
    """Copy the staged package into ``incoming`` (inside the packages directory), metadata.json
    last: until then the folder holds the placeholder."""
    incoming.mkdir()
    # The only moment Argos cannot list the packages directory: until this short write ends.
    (incoming / "metadata.json").write_text(_PLACEHOLDER, encoding="utf-8")
    for entry in sorted(staged.iterdir()):
        if entry.name == "metadata.json":
            continue
        if entry.is_dir():
            shutil.copytree(entry, incoming / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, incoming / entry.name)
    real = incoming / (_TMP_PREFIX + "metadata.json")
    shutil.copy2(staged / "metadata.json", real)
    os.replace(real, incoming / "metadata.json")


def _discard(folder: Path) -> None:
    """Delete a folder inside the packages directory so that Argos can list the directory at any
    moment: metadata.json becomes the placeholder first and goes last, just before the folder."""
    if not folder.is_dir() or folder.is_symlink():
        with contextlib.suppress(OSError):
            folder.unlink()
        return
    with contextlib.suppress(OSError):
        _write_placeholder(folder)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name == "metadata.json":
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
    with contextlib.suppress(OSError):
        (folder / "metadata.json").unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)


def _move_out(package_path: Path, work: Path, root: Path) -> None:
    """Take an installed package folder out of the packages directory (its name vanishes in
    one rename). On a mount point it is renamed to a hidden folder and deleted there."""
    if not _crosses_filesystems(work, root):
        os.replace(package_path, work / package_path.name)
        return
    doomed = root / _unique_name(_REMOVING)
    os.replace(package_path, doomed)
    _discard(doomed)


def _recover(root: Path, staging: Path) -> None:
    """Finish what an interrupted install or removal left (the lock is held: nothing is running).

    A work folder whose ``previous`` package was moved aside but never replaced gets it back;
    everything else in it is dropped. In-flight folders inside the packages directory (a mount
    point: ``.reltrans-incoming-*``, ``.reltrans-previous-*``, ``.reltrans-removing-*``; old
    reltrans versions: ``.reltrans-install-*``, ``.reltrans-staging``) are restored the same
    way or deleted.
    """
    for work in _leftover_work_dirs(root, staging):
        previous = work / "previous"
        target = _read_journal(work)
        aside_name = _read_journal(work, "aside")
        aside = root / aside_name if aside_name.startswith(_ASIDE) and _is_plain_name(aside_name.lstrip(".")) else None
        if aside is not None and aside.is_dir():
            previous = aside
        if previous.is_dir() and (previous / "metadata.json").is_file():
            if not target:
                target = _derived_name(previous)
            if target and _is_plain_name(target) and not (root / target).exists():
                with contextlib.suppress(OSError):
                    os.replace(previous, root / target)
        if aside is not None and aside.exists():
            _discard(aside)
        if work.parent == root:
            _discard(work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    _recover_in_root(root)
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in staging.iterdir():
            if entry.name.startswith("download-") and entry.is_file() and now - entry.stat().st_mtime > _STALE_DOWNLOAD_S:
                with contextlib.suppress(OSError):
                    entry.unlink()


def _derived_name(previous: Path) -> str:
    with contextlib.suppress(ModelError):
        old = read_package(previous)
        if _package_type(previous) == "translate":
            return f"translate-{old.from_code}_{old.to_code}-{old.package_version.replace('.', '_')}"
    return ""


def _recover_in_root(root: Path) -> None:
    """In-flight folders left inside the packages directory by a killed run: a package set
    aside whose place is empty goes back, everything else is deleted."""
    with contextlib.suppress(OSError):
        for entry in sorted(root.iterdir()):
            if not entry.name.startswith((_INCOMING, _ASIDE, _REMOVING)) or not entry.is_dir():
                continue
            if entry.name.startswith(_ASIDE):
                target = _derived_name(entry)
                if target and not (root / target).exists():
                    with contextlib.suppress(OSError):
                        os.replace(entry, root / target)
                        continue
            _discard(entry)
    old_staging = root / ".reltrans-staging"  # reltrans 0.x staged here on mount points
    if old_staging.is_dir() and not old_staging.is_symlink():
        _discard(old_staging)


def _leftover_work_dirs(root: Path, staging: Path) -> list[Path]:
    found: list[Path] = []
    with contextlib.suppress(OSError):
        found += [p for p in staging.iterdir() if p.is_dir() and p.name.startswith(("install-", "remove-"))]
    with contextlib.suppress(OSError):
        legacy = (_TMP_PREFIX + "install-", _TMP_PREFIX + "remove-")
        found += [p for p in root.iterdir() if p.is_dir() and p.name.startswith(legacy)]
    with contextlib.suppress(OSError):
        old_staging = root / ".reltrans-staging"
        if old_staging.is_dir() and not old_staging.is_symlink():
            found += [p for p in old_staging.iterdir() if p.is_dir() and p.name.startswith(("install-", "remove-"))]
    return found


def _read_journal(work: Path, name: str = "target") -> str:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return (work / name).read_text(encoding="utf-8").strip()
    return ""


def _is_plain_name(name: str) -> bool:
    return bool(name) and "/" not in name and "\0" not in name and not name.startswith(".") and len(name.encode("utf-8", "surrogateescape")) <= MAX_NAME_BYTES


# --------------------------------------------------------------------------- archives
@dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    parts: tuple[str, ...]  # path inside the package folder (the top-level folder removed)
    is_dir: bool


@dataclass(frozen=True)
class _Layout:
    top: str  # top-level folder inside the zip ("" when metadata.json is at the root)
    members: tuple[_Member, ...]


def _member_parts(name: str, archive: Path) -> tuple[str, ...]:
    """The components of a member name, refusing anything that is not a plain relative POSIX path."""
    body = name[:-1] if name.endswith("/") else name
    parts = tuple(body.split("/"))
    unsafe = (
        not body
        or "\\" in name
        or any(ord(ch) < 0x20 or ch == "\x7f" for ch in name)
        or any(part in ("", ".", "..") or _DRIVE.match(part) for part in parts)
    )
    if unsafe:
        raise PackageArchiveError(f"unsafe member path {name!r} (outside the package)", path=archive)
    for part in parts:
        if len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
            raise PackageArchiveError(
                f"member name {part[:40]!r}... is too long ({len(part)} characters; at most {MAX_NAME_BYTES} bytes)", path=archive
            )
    return parts


def _check_members(zf: zipfile.ZipFile, archive: Path, max_total_bytes: int, max_ratio: float) -> _Layout:
    """Validate every member from the central directory before anything is written."""
    infos = zf.infolist()
    if not infos:
        raise PackageArchiveError("archive is empty", path=archive)
    if len(infos) > MAX_MEMBERS:
        raise PackageArchiveError(f"archive has more than {MAX_MEMBERS} members", path=archive)
    total = 0
    seen: set[str] = set()
    parsed: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
    for info in infos:
        name = info.filename
        parts = _member_parts(name, archive)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageArchiveError(f"symbolic link member {name!r} is not allowed", path=archive)
        if info.flag_bits & 0x1:
            raise PackageArchiveError(f"member {name!r} is encrypted (password-protected archives are not supported)", path=archive)
        key = "/".join(parts).casefold()
        if key in seen:
            raise PackageArchiveError(f"duplicate member {name!r} in the archive", path=archive)
        seen.add(key)
        total += info.file_size
        if info.file_size > max_total_bytes or total > max_total_bytes:
            raise PackageArchiveError(f"uncompressed size exceeds the {max_total_bytes} byte limit (zip bomb?)", path=archive)
        if info.file_size > _RATIO_MIN_SIZE and info.file_size > max_ratio * max(info.compress_size, 1):
            raise PackageArchiveError(f"member {name!r} has a suspicious compression ratio (zip bomb?)", path=archive)
        parsed.append((info, parts))
    _check_total_ratio(total, archive, max_ratio)
    tops = {parts[0] for _, parts in parsed}
    if any(parts == ("metadata.json",) for _, parts in parsed):
        top = ""
    elif len(tops) == 1:
        top = tops.pop()
    else:
        raise PackageArchiveError("no metadata.json (expected one top-level package folder)", path=archive)
    members: list[_Member] = []
    for info, parts in parsed:
        inner = parts[1:] if top else parts
        if not inner:
            continue  # the top-level folder entry itself
        members.append(_Member(info, inner, info.is_dir()))
    return _Layout(top, tuple(members))


def _check_total_ratio(total: int, archive: Path, max_ratio: float) -> None:
    try:
        size = archive.stat().st_size
    except OSError:
        return
    if total > _TOTAL_RATIO_MIN_SIZE and total > max_ratio * max(size, 1):
        raise PackageArchiveError(
            f"archive expands to {total} bytes from {size} (ratio above {max_ratio:g}; zip bomb?)", path=archive
        )


def _extract(zf: zipfile.ZipFile, layout: _Layout, dest: Path, archive: Path, max_total_bytes: int, max_ratio: float) -> None:
    """Extract member by member under ``dest``, counting real bytes (headers can lie about sizes)."""
    dest.mkdir()
    base = os.path.realpath(dest)
    try:
        budget = min(max_total_bytes, max(int(max_ratio * archive.stat().st_size), _TOTAL_RATIO_MIN_SIZE))
    except OSError:
        budget = max_total_bytes
    written = 0
    for member in layout.members:
        target = os.path.realpath(os.path.join(base, *member.parts))
        if os.path.commonpath([base, target]) != base or target == base:
            raise PackageArchiveError(f"unsafe member path {member.info.filename!r} (outside the package)", path=archive)
        if member.is_dir:
            os.makedirs(target, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        member_bytes = 0
        with zf.open(member.info) as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                member_bytes += len(chunk)
                if written > budget or member_bytes > member.info.file_size:
                    raise PackageArchiveError(
                        f"uncompressed size exceeds the {budget} byte limit or the declared size (zip bomb?)", path=archive
                    )
                out.write(chunk)


def _validate_tree(folder: Path, archive: Path, expected_pair: tuple[str, str] | None) -> InstalledPackage:
    """Check the staged package: metadata, required files, pair; re-write BOM metadata without it."""
    meta_path = folder / "metadata.json"
    if not meta_path.is_file():
        raise PackageArchiveError("no metadata.json in the package", path=archive)
    raw = meta_path.read_bytes()
    meta = _parse_metadata(raw, archive, PackageArchiveError)
    for key in ("from_code", "to_code"):
        if not _CODE.fullmatch(str(meta[key])):
            raise PackageArchiveError(f"metadata.json has an invalid {key} {str(meta[key])[:40]!r}", path=archive)
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            meta_path.write_bytes(raw[3:])  # Argos' json.load cannot read a BOM
        except OSError as exc:
            raise OutputError(f"cannot write the staged package: {_os_reason(exc)}", path=meta_path) from None
    _check_model_binary(folder / "model" / "model.bin", archive)
    if not any((folder / name).is_file() for name in ("sentencepiece.model", "bpe.model")):
        raise PackageArchiveError("no tokenizer in the package (neither sentencepiece.model nor bpe.model)", path=archive)
    package = read_package(folder)
    if expected_pair and (package.from_code, package.to_code) != expected_pair:
        raise PackageArchiveError(f"package is {package.pair}, expected {expected_pair[0]}->{expected_pair[1]}", path=archive)
    return package


def _check_model_binary(path: Path, archive: Path) -> None:
    """``model/model.bin`` exists and starts like a CTranslate2 model (binary version 1 to 6 and,
    from version 2, a spec name); the load test then lets CTranslate2 judge the rest."""
    from reltrans.engine.translator import read_model_header

    if not path.is_file():
        raise PackageArchiveError("no model/model.bin in the package (not a CTranslate2 model)", path=archive)
    try:
        read_model_header(path)
    except ModelError as exc:
        raise PackageArchiveError(f"model/model.bin {exc.message}", path=archive) from None


def _load_test(package: InstalledPackage, archive: Path) -> None:
    """Open the tokenizer and the CTranslate2 model and translate one short text, as ``translate`` will.

    CTranslate2 is the judge of the model folder (``config.json`` is optional for models
    converted before CTranslate2 3.0, vocabularies ``.json`` or ``.txt``): whatever it
    refuses, or fails on, is refused here. The tokenizer is the one ``translate`` uses
    (SentencePiece, or Moses + BPE for ``bpe.model`` packages).
    """
    import ctranslate2

    from reltrans.engine.tokenizers import load_tokenizer

    try:
        tokenizer = load_tokenizer(package.path, package.from_code, package.to_code)
        pieces = tokenizer.encode("Bonjour.")
    except ModelError as exc:
        raise PackageArchiveError(exc.message, path=archive) from None
    except (RuntimeError, OSError, ValueError, IndexError, TypeError, KeyError) as exc:
        raise PackageArchiveError(f"cannot load the tokenizer: {_one_line(exc)}", path=archive) from None
    level = ctranslate2.get_log_level()
    ctranslate2.set_log_level(logging.ERROR)  # e.g. "float16 converted to float32 on this CPU": not for the user
    try:
        try:
            translator = ctranslate2.Translator(str(package.path / "model"), device="cpu", compute_type="default", inter_threads=1, intra_threads=1)
        except (RuntimeError, ValueError, OSError, IndexError, KeyError, TypeError) as exc:
            raise PackageArchiveError(f"cannot load the CTranslate2 model: {_one_line(exc)}", path=archive) from None
        prefix = [[package.target_prefix]] if package.target_prefix else None
        try:
            results = translator.translate_batch([pieces], target_prefix=prefix, beam_size=1, max_decoding_length=8)
            tokenizer.decode(list(results[0].hypotheses[0]))
        except (RuntimeError, ValueError, OSError, IndexError, KeyError, TypeError) as exc:
            raise PackageArchiveError(f"the model fails to translate a test sentence: {_one_line(exc)}", path=archive) from None
        finally:
            del translator
    finally:
        ctranslate2.set_log_level(level)


def _safe_name(name: str, archive: Path) -> str:
    if not _is_plain_name(name) or name in {".", ".."}:
        raise PackageArchiveError(f"invalid package folder name {name[:60]!r}", path=archive)
    return name


def _is_archive_file(archive: Path) -> bool:
    try:
        return archive.is_file()
    except OSError:  # ENAMETOOLONG and the like
        return False


def install_archive(
    path: str | os.PathLike[str],
    *,
    max_total_bytes: int = MAX_ARCHIVE_BYTES,
    max_ratio: float = MAX_MEMBER_RATIO,
    expected_pair: tuple[str, str] | None = None,
    folder_name: str | None = None,
) -> InstalledPackage:
    """Install an ``.argosmodel`` file (offline) and return the installed package.

    ``expected_pair`` (from, to), when given, must match the package metadata;
    ``folder_name`` names the installed folder when the archive has no top-level folder
    (default: the archive's file name without ``.argosmodel``).

    Every member name must be a plain relative path (no ``..``, empty or ``.`` parts, no
    absolute or drive paths, backslashes or control characters) and resolve inside the
    package; symlinks, encrypted and duplicate members are refused; the declared sizes and the
    bytes actually written are capped per member and in total (``max_total_bytes``, and
    ``max_ratio`` times the archive size). The package is extracted and load-tested in a
    staging folder next to :func:`packages_dir`, then moved into place. It replaces an
    installed folder of the same name only when that holds the same language pair. On any
    failure nothing is left behind and an existing package is untouched.
    :class:`PackageArchiveError` for a bad archive, :class:`OutputError` when the packages
    directory cannot be written.
    """
    archive = Path(path)
    if not _is_archive_file(archive):
        raise PackageArchiveError("no such archive file", path=archive)
    root = packages_dir()
    with _staging(root) as staging:
        work = _make_work_dir(staging, "install-", root)
        try:
            return _install_in(work, archive, root, max_total_bytes, max_ratio, expected_pair, folder_name or archive.stem)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _install_in(
    work: Path, archive: Path, root: Path, max_total_bytes: int, max_ratio: float, expected_pair: tuple[str, str] | None, default_name: str
) -> InstalledPackage:
    staged = work / "package"
    zip_errors = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, RuntimeError)
    try:
        zf = zipfile.ZipFile(archive)
    except zip_errors as exc:
        raise PackageArchiveError(f"not a valid .argosmodel zip archive: {_one_line(exc)}", path=archive) from None
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise PackageArchiveError("no such archive file", path=archive) from None
        raise PackageArchiveError(f"cannot read the archive: {_os_reason(exc)}", path=archive) from None
    try:
        with zf:
            layout = _check_members(zf, archive, max_total_bytes, max_ratio)
            name = _safe_name(layout.top or default_name, archive)
            _extract(zf, layout, staged, archive, max_total_bytes, max_ratio)
    except zip_errors as exc:
        raise PackageArchiveError(f"not a valid .argosmodel zip archive: {_one_line(exc)}", path=archive) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EDQUOT):  # the staging folder, not the archive
            raise OutputError(f"cannot extract the package: {_os_reason(exc)}", path=work) from None
        raise PackageArchiveError(f"cannot extract: {_os_reason(exc)}", path=archive) from None
    staged_package = _validate_tree(staged, archive, expected_pair)
    _load_test(staged_package, archive)
    final = root / name
    _refuse_collision(final, staged_package, archive)
    _swap_into_place(staged, final, work)
    return read_package(final)


def _refuse_collision(final: Path, new: InstalledPackage, archive: Path) -> None:
    """A folder of the same name is replaced only when it holds the same pair (a reinstall or repair)."""
    try:
        exists = final.exists() or final.is_symlink()
    except OSError as exc:
        raise PackageArchiveError(f"invalid package folder name: {_os_reason(exc)}", path=archive) from None
    if not exists:
        return
    try:
        old = read_package(final)
    except ModelError:
        raise PackageArchiveError(
            f"{final} exists and is not a readable package; not replaced (remove it first)", path=archive
        ) from None
    if (old.from_code, old.to_code) != (new.from_code, new.to_code) or _package_type(final) != _package_type(new.path):
        raise PackageArchiveError(
            f"folder {final.name} already holds the {old.pair} package; this archive is {new.pair}: not replaced", path=archive
        )


def _swap_into_place(staged: Path, final: Path, work: Path) -> None:
    """Move ``staged`` to ``final``; an existing ``final`` is kept aside and restored on any failure.

    The final name is journalled in ``work/target`` first, so that an install killed between
    the two renames is repaired by the next one (:func:`_recover`). When ``work`` is on another
    filesystem (a mounted packages directory), see :func:`_swap_across`.
    """
    if _crosses_filesystems(work, final.parent):
        _swap_across(staged, final, work)
        return
    old = work / "previous"
    try:
        (work / "target").write_text(final.name, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot install package: {_os_reason(exc)}", path=final) from None
    had_old = final.exists()
    try:
        if had_old:
            os.replace(final, old)
        os.replace(staged, final)
    except BaseException as exc:
        if had_old and old.exists() and not final.exists():
            os.replace(old, final)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot install package: {_os_reason(exc)}", path=final) from None
        raise


def _swap_across(staged: Path, final: Path, work: Path) -> None:
    """:func:`_swap_into_place` for a mounted packages directory: the package is copied into a
    hidden in-flight folder there (always listable by Argos, see :func:`_copy_in`), then renamed
    into place; the in-flight folder and the old package set aside are deleted in any case,
    unless the old one had to be put back."""
    root = final.parent
    incoming = root / _unique_name(_INCOMING)
    aside = root / _unique_name(_ASIDE)
    try:
        (work / "target").write_text(final.name, encoding="utf-8")
        (work / "aside").write_text(aside.name, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot install package: {_os_reason(exc)}", path=final) from None
    try:
        try:
            _copy_in(staged, incoming)
        except OSError as exc:
            raise OutputError(f"cannot copy the package into the packages directory: {_os_reason(exc)}", path=final) from None
        had_old = final.exists()
        try:
            if had_old:
                os.replace(final, aside)
            os.replace(incoming, final)
        except BaseException as exc:
            if had_old and aside.exists() and not final.exists():
                os.replace(aside, final)
            if isinstance(exc, OSError):
                raise OutputError(f"cannot install package: {_os_reason(exc)}", path=final) from None
            raise
    finally:
        if incoming.exists():
            _discard(incoming)
        if aside.exists() and final.exists():
            _discard(aside)


# --------------------------------------------------------------------------- index
@dataclass
class _Deadline:
    """The time left for a whole download (index and archive)."""

    seconds: float
    start: float = 0.0

    def __post_init__(self) -> None:
        self.start = time.monotonic()

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.start)

    def check(self, url: str) -> None:
        if self.left() <= 0:
            raise NetworkError(f"download did not finish within the {self.seconds:g} s deadline for {url}")


def _host_of(url: str) -> tuple[str, str]:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower()


def _check_url(url: str, allow_http: bool) -> None:
    scheme, host = _host_of(url)
    if scheme not in ("http", "https") or not host:
        raise NetworkError(f"unsupported URL (http/https only): {url[:200]}")
    if scheme == "http" and not allow_http:
        raise NetworkError(f"refusing plain-http URL {url[:200]} (use https, or --allow-http)")


def _open_url(url: str, timeout: float, *, allow_http: bool = False, allow_redirects: bool = False) -> IO[bytes]:
    import http.client
    import urllib.error
    import urllib.request

    _check_url(url, allow_http)

    class GuardedRedirects(urllib.request.HTTPRedirectHandler):
        """Follows a redirect only to https (or http with allow_http) on the same host, unless allowed."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            _check_url(newurl, allow_http)
            if _host_of(newurl)[1] != _host_of(req.full_url)[1] and not allow_redirects:
                raise NetworkError(
                    f"refusing redirect from {_host_of(req.full_url)[1]} to {_host_of(newurl)[1]} for {url[:200]} (use --allow-redirects)"
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(GuardedRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        return opener.open(request, timeout=max(timeout, 0.05))
    except urllib.error.HTTPError as exc:
        reason = " ".join(str(exc.reason).split())[:200]
        raise NetworkError(f"download failed: HTTP {exc.code} {reason} for {url}") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = " ".join(str(getattr(exc, "reason", None) or exc).split())[:300] or type(exc).__name__
        raise NetworkError(f"download failed: {reason} for {url}") from None


def _set_read_timeout(response: object, seconds: float) -> None:
    """Bound the next socket read by the time left (http.client keeps the socket private)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        with contextlib.suppress(OSError, AttributeError):
            sock.settimeout(max(seconds, 0.05))


def _read_capped(
    response: IO[bytes],
    out: IO[bytes],
    cap: int,
    url: str,
    progress: Progress | None,
    deadline: _Deadline,
    timeout: float,
    digest: Any = None,
) -> int:
    import http.client

    total = 0
    headers = getattr(response, "headers", None)
    length_header = headers.get("Content-Length") if headers is not None else None
    expected = int(length_header) if length_header and str(length_header).isdigit() else 0
    if expected > cap:
        raise NetworkError(f"download too large ({expected} bytes > {cap}) for {url}")
    read = getattr(response, "read1", response.read)
    try:
        while True:
            deadline.check(url)
            _set_read_timeout(response, min(timeout, deadline.left()))
            chunk = read(256 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > cap:
                raise NetworkError(f"download too large (more than {cap} bytes) for {url}")
            _write_download(out, chunk)
            if digest is not None:
                digest.update(chunk)
            if progress is not None:
                progress(total, expected)
    except (OSError, ValueError, http.client.HTTPException) as exc:
        deadline.check(url)
        raise NetworkError(f"download interrupted: {_one_line(exc)} for {url}") from None
    if expected and total != expected:
        raise NetworkError(f"download truncated ({total} of {expected} bytes) for {url}")
    return total


def _write_download(out: IO[bytes], chunk: bytes) -> None:
    try:
        out.write(chunk)
    except OSError as exc:
        raise OutputError(f"cannot write the download: {_os_reason(exc)}", path=getattr(out, "name", None)) from None


def _sha256_of(item: dict[str, object]) -> str:
    for key in ("sha256", "checksum"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            text = value.strip().lower()
            return text.split(":", 1)[1] if text.startswith("sha256:") else text
    return ""


def fetch_index(
    index_url_: str | None = None,
    *,
    timeout: float = DOWNLOAD_TIMEOUT_S,
    allow_http: bool = False,
    allow_redirects: bool = False,
    deadline: float = DOWNLOAD_DEADLINE_S,
    max_index_bytes: int = MAX_INDEX_BYTES,
) -> list[IndexEntry]:
    """Download and parse the package index (translation packages only).

    A plain-http URL, or a redirect to another host, raises :class:`NetworkError` unless
    allowed; so does an index larger than ``max_index_bytes``, nested too deeply, or not
    downloaded within ``deadline`` seconds.
    """
    return _fetch_index(index_url(index_url_), timeout, allow_http, allow_redirects, _Deadline(deadline), max_index_bytes)


def _fetch_index(url: str, timeout: float, allow_http: bool, allow_redirects: bool, deadline: _Deadline, cap: int) -> list[IndexEntry]:
    import io

    buffer = io.BytesIO()
    with contextlib.closing(_open_url(url, min(timeout, deadline.left()), allow_http=allow_http, allow_redirects=allow_redirects)) as response:
        _read_capped(response, buffer, cap, url, None, deadline, timeout)
    try:
        data = json.loads(buffer.getvalue().decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NetworkError(f"package index is not valid JSON ({_one_line(exc)}): {url}") from None
    except RecursionError:
        raise NetworkError(f"package index is nested too deeply (not an Argos index): {url}") from None
    if not isinstance(data, list):
        raise NetworkError(f"package index must be a JSON list: {url}")
    entries: list[IndexEntry] = []
    for item in data:
        if not isinstance(item, dict) or item.get("type", "translate") != "translate":
            continue
        if not isinstance(item.get("from_code"), str) or not isinstance(item.get("to_code"), str):
            continue
        links = item.get("links")
        entries.append(
            IndexEntry(
                from_code=item["from_code"],
                to_code=item["to_code"],
                package_version=_str_field(item, "package_version"),
                argos_version=_str_field(item, "argos_version"),
                from_name=_str_field(item, "from_name"),
                to_name=_str_field(item, "to_name"),
                links=tuple(str(link) for link in links if isinstance(link, str)) if isinstance(links, list) else (),
                sha256=_sha256_of(item),
            )
        )
    return entries


def install_from_index(
    from_code: str,
    to_code: str,
    *,
    index_url: str | None = None,
    progress: Progress | None = None,
    max_download_bytes: int = MAX_ARCHIVE_BYTES,
    timeout: float = DOWNLOAD_TIMEOUT_S,
    allow_http: bool = False,
    allow_redirects: bool = False,
    deadline: float = DOWNLOAD_DEADLINE_S,
) -> InstalledPackage:
    """Download the pair's package from the index, verify it, and install it.

    ``progress(done_bytes, total_bytes)`` is called while downloading (total 0 when the
    server does not say). The index and the links must be https unless ``allow_http``;
    redirects to another host are refused unless ``allow_redirects``; a ``sha256`` (or
    ``checksum``) given by the index entry is verified; ``deadline`` bounds the whole download
    in seconds, ``timeout`` each connection or read. Raises :class:`ModelNotFoundError`
    (listing the available pairs) when the index has no such pair, :class:`NetworkError` on
    download problems, :class:`PackageArchiveError` when the package is refused.
    """
    clock = _Deadline(deadline)
    url = _resolve_index_url(index_url)
    entries = _fetch_index(url, timeout, allow_http, allow_redirects, clock, MAX_INDEX_BYTES)
    matches = [e for e in entries if e.from_code == from_code and e.to_code == to_code]
    if not matches:
        pairs = ", ".join(sorted({e.pair for e in entries})) or "none"
        raise ModelNotFoundError(f"the package index has no {from_code}->{to_code} model; available: {pairs}")
    entry = max(matches, key=lambda e: _version_key(e.package_version))
    if not entry.links:
        raise NetworkError(f"the package index lists no download link for {entry.pair}")
    if entry.sha256 and not _SHA256.fullmatch(entry.sha256):
        raise NetworkError(f"the package index gives an invalid sha256 for {entry.pair}: {entry.sha256[:80]!r}")
    root = packages_dir()
    staging = _prepare(root)
    errors: list[str] = []
    for link in entry.links:
        try:
            fd, tmp_name = tempfile.mkstemp(prefix="download-", suffix=".argosmodel", dir=staging)
        except OSError as exc:
            raise OutputError(f"cannot write in the packages directory: {_os_reason(exc)}", path=root) from None
        try:
            try:
                _download(link, fd, max_download_bytes, progress, clock, timeout, allow_http, allow_redirects, entry.sha256)
            except NetworkError as exc:
                errors.append(exc.message)
                if clock.left() <= 0:
                    break
                continue
            try:
                stem = link.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0].removesuffix(".argosmodel")
                return install_archive(tmp_name, max_total_bytes=max_download_bytes, expected_pair=(from_code, to_code), folder_name=stem)
            except PackageArchiveError as exc:
                raise PackageArchiveError(exc.message, path=link) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    raise NetworkError("; ".join(errors))


def _download(
    link: str, fd: int, cap: int, progress: Progress | None, clock: _Deadline, timeout: float,
    allow_http: bool, allow_redirects: bool, sha256: str,
) -> None:
    digest = hashlib.sha256() if sha256 else None
    try:
        out = os.fdopen(fd, "wb")
    except OSError:
        os.close(fd)
        raise
    with out:
        clock.check(link)
        with contextlib.closing(_open_url(link, min(timeout, clock.left()), allow_http=allow_http, allow_redirects=allow_redirects)) as response:
            _read_capped(response, out, cap, link, progress, clock, timeout, digest)
    if digest is not None and digest.hexdigest() != sha256:
        raise NetworkError(f"checksum mismatch: sha256 {digest.hexdigest()} instead of {sha256} for {link}")
