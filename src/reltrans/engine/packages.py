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
  ``package_version``...), ``model/`` (CTranslate2) and ``sentencepiece.model``; an
  ``.argosmodel`` is a zip of that directory under one top-level folder.

``argostranslate`` itself is never imported: its ``settings`` module creates folders on
import and its ``translate`` module downloads a sentence-boundary model on first use.
Installing is the only operation that uses the network (:func:`install_from_index`).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Callable

from reltrans.errors import ModelError, ModelNotFoundError, NetworkError, PackageArchiveError

DEFAULT_INDEX_BASE = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
MAX_ARCHIVE_BYTES = 4 * 1024**3  # total uncompressed size of one package
MAX_MEMBER_RATIO = 200  # compression ratio above which a large member is a zip bomb
_RATIO_MIN_SIZE = 1024 * 1024  # small members may compress extremely well (zeros, JSON)
MAX_INDEX_BYTES = 16 * 1024 * 1024
DOWNLOAD_TIMEOUT_S = 60.0
_TMP_PREFIX = ".reltrans-"
_USER_AGENT = "reltrans (ArgosTranslate-compatible)"

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

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


@dataclass(frozen=True)
class IndexEntry:
    """A package offered by the package index."""

    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    from_name: str
    to_name: str
    links: tuple[str, ...]
    type: str = "translate"

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


# --------------------------------------------------------------------------- settings
def _home() -> Path:
    if "SNAP" in os.environ and "SNAP_USER_DATA" in os.environ:
        return Path(os.environ["SNAP_USER_DATA"])
    return Path.home()


def _setting(key: str) -> str | None:
    """An Argos setting: the environment first, then argos-translate's settings.json."""
    value = os.environ.get(key)
    if value:
        return value
    config = Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config") / "argos-translate" / "settings.json"
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(config.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get(key), str) and data[key]:
            return str(data[key])
    return None


def packages_dir() -> Path:
    """The Argos packages directory (not created here)."""
    explicit = _setting("ARGOS_PACKAGES_DIR")
    if explicit:
        return Path(explicit).expanduser()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share")
    return data_home / "argos-translate" / "packages"


def index_url(url: str | None = None) -> str:
    """The URL of ``index.json``: ``url`` or ``$ARGOS_PACKAGE_INDEX`` (a base URL) or the default."""
    base = url or _setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX_BASE
    if base.endswith(".json"):
        return base
    return base if base.endswith("/index.json") else base.rstrip("/") + "/index.json"


# --------------------------------------------------------------------------- installed
def _str_field(meta: dict[str, object], key: str) -> str:
    value = meta.get(key, "")
    return value if isinstance(value, str) else str(value)


def _parse_metadata(raw: bytes, where: object, error: type[ModelError]) -> dict[str, object]:
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise error(f"metadata.json is not valid JSON: {exc}", path=where) from None
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
    )


def list_installed() -> list[InstalledPackage]:
    """Installed translation packages, sorted by pair then version.

    Broken directories are skipped with a :class:`UserWarning`; packages of another
    ``type`` (e.g. Argos ``sbd`` packages) are skipped silently.
    """
    root = packages_dir()
    if not root.is_dir():
        return []
    found: list[InstalledPackage] = []
    for entry in sorted(root.iterdir()):
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
    with contextlib.suppress(OSError, ValueError):
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
    matches = [p for p in list_installed() if p.from_code == from_code and p.to_code == to_code]
    if not matches:
        raise ModelNotFoundError(
            f"no model installed for {from_code}->{to_code} in {packages_dir()}; {_install_hint(from_code, to_code)}"
        )
    return matches[-1]


def remove_package(from_code: str, to_code: str) -> InstalledPackage:
    """Remove the installed package for the pair (the one :func:`find_package` returns)."""
    package = find_package(from_code, to_code)
    root = package.path.parent
    trash = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "remove-", dir=root))
    try:
        os.replace(package.path, trash / package.name)  # atomic: the package vanishes at once
    except OSError as exc:
        shutil.rmtree(trash, ignore_errors=True)
        raise ModelError(f"cannot remove package: {exc.strerror or exc}", path=package.path) from None
    shutil.rmtree(trash, ignore_errors=True)
    return package


# --------------------------------------------------------------------------- archives
@dataclass(frozen=True)
class _Layout:
    top: str  # top-level folder inside the zip ("" when metadata.json is at the root)
    members: tuple[zipfile.ZipInfo, ...]


def _check_members(zf: zipfile.ZipFile, archive: Path, max_total_bytes: int, max_ratio: float) -> _Layout:
    members = zf.infolist()
    if not members:
        raise PackageArchiveError("archive is empty", path=archive)
    total = 0
    tops: set[str] = set()
    for info in members:
        name = info.filename
        pure = PurePosixPath(name)
        if name.startswith(("/", "\\")) or "\\" in name or ".." in pure.parts or (len(name) > 1 and name[1] == ":"):
            raise PackageArchiveError(f"unsafe member path {name!r} (outside the package)", path=archive)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageArchiveError(f"symbolic link member {name!r} is not allowed", path=archive)
        total += info.file_size
        if total > max_total_bytes:
            raise PackageArchiveError(f"uncompressed size exceeds the {max_total_bytes} byte limit (zip bomb?)", path=archive)
        if info.file_size > _RATIO_MIN_SIZE and info.file_size > max_ratio * max(info.compress_size, 1):
            raise PackageArchiveError(f"member {name!r} has a suspicious compression ratio (zip bomb?)", path=archive)
        tops.add(pure.parts[0] if pure.parts else "")
    names = {info.filename.rstrip("/") for info in members}
    if "metadata.json" in names:
        return _Layout("", tuple(members))
    if len(tops) != 1:
        raise PackageArchiveError("no metadata.json (expected one top-level package folder)", path=archive)
    return _Layout(tops.pop(), tuple(members))


def _extract(zf: zipfile.ZipFile, layout: _Layout, dest: Path, archive: Path, max_total_bytes: int) -> None:
    """Extract member by member, counting real bytes (headers can lie about sizes)."""
    written = 0
    prefix = layout.top + "/" if layout.top else ""
    for info in layout.members:
        rel = info.filename[len(prefix) :] if info.filename.startswith(prefix) else info.filename
        if not rel or rel.endswith("/"):
            (dest / rel).mkdir(parents=True, exist_ok=True)
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                if written > max_total_bytes:
                    raise PackageArchiveError(f"uncompressed size exceeds the {max_total_bytes} byte limit (zip bomb?)", path=archive)
                out.write(chunk)


def _validate_tree(folder: Path, archive: Path) -> InstalledPackage:
    meta_path = folder / "metadata.json"
    if not meta_path.is_file():
        raise PackageArchiveError("no metadata.json in the package", path=archive)
    _parse_metadata(meta_path.read_bytes(), archive, PackageArchiveError)
    for rel in ("model/config.json", "model/model.bin"):
        if not (folder / rel).is_file():
            raise PackageArchiveError(f"no {rel} in the package (not a CTranslate2 model)", path=archive)
    if not (folder / "sentencepiece.model").is_file():
        extra = " (BPE packages are not supported)" if (folder / "bpe.model").exists() else ""
        raise PackageArchiveError(f"no sentencepiece.model in the package{extra}", path=archive)
    return read_package(folder)


def _safe_name(name: str, archive: Path) -> str:
    if not name or name in {".", ".."} or "/" in name or name.startswith("."):
        raise PackageArchiveError(f"invalid package folder name {name!r}", path=archive)
    return name


def install_archive(
    path: str | os.PathLike[str],
    *,
    max_total_bytes: int = MAX_ARCHIVE_BYTES,
    max_ratio: float = MAX_MEMBER_RATIO,
    expected_pair: tuple[str, str] | None = None,
) -> InstalledPackage:
    """Install an ``.argosmodel`` file (offline) and return the installed package.

    ``expected_pair`` (from, to), when given, must match the package metadata.

    The archive is checked (no path escaping the package, no symlinks, size and compression
    ratio caps), extracted into a temporary folder inside :func:`packages_dir`, validated,
    and only then moved into place, replacing a package of the same folder name. On any
    failure nothing is left behind and an existing package is untouched.
    """
    archive = Path(path)
    if not archive.is_file():
        raise PackageArchiveError("no such archive file", path=archive)
    root = packages_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"cannot create the packages directory: {exc.strerror or exc}", path=root) from None
    work = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "install-", dir=root))
    try:
        staged = work / "package"
        try:
            with zipfile.ZipFile(archive) as zf:
                layout = _check_members(zf, archive, max_total_bytes, max_ratio)
                _extract(zf, layout, staged, archive, max_total_bytes)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise PackageArchiveError(f"not a valid .argosmodel zip archive: {exc}", path=archive) from None
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) and not archive.exists():
                raise PackageArchiveError("no such archive file", path=archive) from None
            raise PackageArchiveError(f"cannot extract: {exc.strerror or exc}", path=archive) from None
        staged_package = _validate_tree(staged, archive)
        if expected_pair and (staged_package.from_code, staged_package.to_code) != expected_pair:
            raise PackageArchiveError(
                f"package is {staged_package.pair}, expected {expected_pair[0]}->{expected_pair[1]}", path=archive
            )
        name = _safe_name(layout.top or archive.stem, archive)
        final = root / name
        _swap_into_place(staged, final, work)
        return read_package(final)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _swap_into_place(staged: Path, final: Path, work: Path) -> None:
    """Move ``staged`` to ``final``; an existing ``final`` is restored if the move fails."""
    old = work / "previous"
    had_old = final.exists()
    try:
        if had_old:
            os.replace(final, old)
        os.replace(staged, final)
    except OSError as exc:
        if had_old and old.exists() and not final.exists():
            os.replace(old, final)
        raise ModelError(f"cannot install package: {exc.strerror or exc}", path=final) from None


# --------------------------------------------------------------------------- index
def _open_url(url: str, timeout: float) -> IO[bytes]:
    import urllib.error
    import urllib.request

    if not url.lower().startswith(("http://", "https://")):
        raise NetworkError(f"unsupported URL (http/https only): {url}")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 (scheme checked)
    except urllib.error.HTTPError as exc:
        raise NetworkError(f"download failed: HTTP {exc.code} {exc.reason} for {url}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise NetworkError(f"download failed: {reason} for {url}") from None


def _read_capped(response: IO[bytes], out: IO[bytes], cap: int, url: str, progress: Progress | None) -> int:
    total = 0
    headers = getattr(response, "headers", None)
    length_header = headers.get("Content-Length") if headers is not None else None
    expected = int(length_header) if length_header and str(length_header).isdigit() else 0
    if expected > cap:
        raise NetworkError(f"download too large ({expected} bytes > {cap}) for {url}")
    try:
        while chunk := response.read(256 * 1024):
            total += len(chunk)
            if total > cap:
                raise NetworkError(f"download too large (more than {cap} bytes) for {url}")
            out.write(chunk)
            if progress is not None:
                progress(total, expected)
    except (OSError, ValueError) as exc:
        raise NetworkError(f"download interrupted: {exc} for {url}") from None
    if expected and total != expected:
        raise NetworkError(f"download truncated ({total} of {expected} bytes) for {url}")
    return total


def fetch_index(index_url_: str | None = None, *, timeout: float = DOWNLOAD_TIMEOUT_S) -> list[IndexEntry]:
    """Download and parse the package index (translation packages only)."""
    import io

    url = index_url(index_url_)
    buffer = io.BytesIO()
    with contextlib.closing(_open_url(url, timeout)) as response:
        _read_capped(response, buffer, MAX_INDEX_BYTES, url, None)
    try:
        data = json.loads(buffer.getvalue().decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NetworkError(f"package index is not valid JSON ({exc}): {url}") from None
    if not isinstance(data, list):
        raise NetworkError(f"package index must be a JSON list: {url}")
    entries: list[IndexEntry] = []
    for item in data:
        if not isinstance(item, dict) or item.get("type", "translate") != "translate":
            continue
        if not isinstance(item.get("from_code"), str) or not isinstance(item.get("to_code"), str):
            continue
        links = item.get("links") or []
        entries.append(
            IndexEntry(
                from_code=item["from_code"],
                to_code=item["to_code"],
                package_version=_str_field(item, "package_version"),
                argos_version=_str_field(item, "argos_version"),
                from_name=_str_field(item, "from_name"),
                to_name=_str_field(item, "to_name"),
                links=tuple(str(link) for link in links if isinstance(link, str)),
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
) -> InstalledPackage:
    """Download the pair's package from the index, verify it, and install it.

    ``progress(done_bytes, total_bytes)`` is called while downloading (total 0 when the
    server does not say). Raises :class:`ModelNotFoundError` (listing the available pairs)
    when the index has no such pair, :class:`NetworkError` on download problems.
    """
    entries = fetch_index(index_url, timeout=timeout)
    matches = [e for e in entries if e.from_code == from_code and e.to_code == to_code]
    if not matches:
        pairs = ", ".join(sorted({e.pair for e in entries})) or "none"
        raise ModelNotFoundError(f"the package index has no {from_code}->{to_code} model; available: {pairs}")
    entry = max(matches, key=lambda e: _version_key(e.package_version))
    if not entry.links:
        raise NetworkError(f"the package index lists no download link for {entry.pair}")
    root = packages_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"cannot create the packages directory: {exc.strerror or exc}", path=root) from None
    errors: list[str] = []
    for link in entry.links:
        fd, tmp_name = tempfile.mkstemp(prefix=_TMP_PREFIX + "download-", suffix=".argosmodel", dir=root)
        try:
            try:
                with os.fdopen(fd, "wb") as out, contextlib.closing(_open_url(link, timeout)) as response:
                    _read_capped(response, out, max_download_bytes, link, progress)
            except NetworkError as exc:
                errors.append(exc.message)
                continue
            try:
                return install_archive(tmp_name, max_total_bytes=max_download_bytes, expected_pair=(from_code, to_code))
            except PackageArchiveError as exc:
                raise PackageArchiveError(exc.message, path=link) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    raise NetworkError("; ".join(errors))
