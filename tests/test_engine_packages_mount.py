"""A packages directory that is a mount point (the Docker volume LibreTranslate uses).

The volume is simulated without mounting anything: ``os.path.ismount`` says yes for the packages
directory and ``os.stat`` gives it another device number, so that neither rename nor the
same-filesystem test works across its edge. Argos reads every folder there as a package
(``argostranslate.package.get_installed_packages``), so after install, reinstall, removal,
failure and interruption nothing but packages may be left there, and Argos must be able to list
the folder at every step we can observe.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.engine import packages
from reltrans.engine.packages import find_package, install_archive, remove_package
from reltrans.errors import EXIT_OK, OutputError, PackageArchiveError

TOP = "translate-fr_en-1_0"


@pytest.fixture
def argos() -> Any:
    pytest.importorskip("argostranslate")
    import argostranslate.package

    return argostranslate.package


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The packages directory, seen as a mount point of its own filesystem."""
    folder = tmp_path / "volume" / "packages"
    folder.mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    real_stat, real_ismount = os.stat, os.path.ismount

    def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        result = real_stat(path, *args, **kwargs)
        if isinstance(path, (str, os.PathLike)) and os.path.abspath(path) == str(folder):
            fields = list(result[:10])
            fields[2] = result.st_dev + 1  # another device
            return os.stat_result(fields)
        return result

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os.path, "ismount", lambda path: os.path.abspath(path) == str(folder) or real_ismount(path))
    return folder


def listing(argos: Any, root: Path) -> list[str]:
    """What Argos lists (it raises on any folder without metadata.json); translation packages only."""
    return sorted(p.package_path.name for p in argos.get_installed_packages(path=[root]) if p.type == "translate")


def visible(names: list[str]) -> list[str]:
    return [name for name in names if not name.startswith(".")]


def contents(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir())


def watch(monkeypatch: pytest.MonkeyPatch, argos: Any, root: Path, names: list[str]) -> list[list[str]]:
    """Make Argos list ``root`` before every call of the named functions of ``packages``' modules."""
    seen: list[list[str]] = []
    targets = {"copytree": shutil, "copy2": shutil, "rmtree": shutil, "replace": os, "unlink": os}
    for name in names:
        module = targets[name]
        real: Callable[..., Any] = getattr(module, name)

        def watching(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            seen.append(listing(argos, root))  # raises FileNotFoundError on a non-package folder
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, watching)
    return seen


def test_install_reinstall_and_remove_leave_only_packages(
    root: Path, copy_package: Path, argos: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tested_at: list[Path] = []
    real_load_test = packages._load_test

    def load_test(package: Any, archive: Path) -> None:
        tested_at.append(package.path)
        real_load_test(package, archive)

    monkeypatch.setattr(packages, "_load_test", load_test)
    installed = install_archive(copy_package)
    assert installed.path == root / TOP
    assert contents(root) == [TOP]
    assert listing(argos, root) == [TOP]
    assert all(root not in path.parents for path in tested_at)  # extraction and load test outside the volume

    seen = watch(monkeypatch, argos, root, ["copytree", "copy2", "replace", "rmtree", "unlink"])
    install_archive(copy_package)  # a reinstall replaces the folder
    # Argos could list the folder at every step (a complete copy may show for an instant under
    # a hidden in-flight name: before its rename into place, or set aside before deletion).
    assert seen and all(step in ([TOP], []) for step in map(visible, seen))
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]
    assert find_package("fr", "en").path == root / TOP

    seen.clear()
    remove_package("fr", "en")
    assert seen and all(step in ([TOP], []) for step in map(visible, seen))
    assert contents(root) == [] and listing(argos, root) == []


def test_remove_older_versions_on_a_volume(root: Path, tmp_path: Path, argos: Any) -> None:
    from reltrans.engine.toymodel import build_copy_package

    old = install_archive(copy_of(build_copy_package(tmp_path / "v1"), tmp_path / "old.argosmodel", "0.9"))
    new = install_archive(build_copy_package(tmp_path / "v2"))
    assert contents(root) == sorted([old.name, new.name])
    removed = packages.remove_older_versions(new)
    assert [p.name for p in removed] == [old.name]
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]


def copy_of(archive: Path, dest: Path, version: str) -> Path:
    """``archive`` with another package_version and top-level folder name."""
    top = f"translate-fr_en-{version.replace('.', '_')}"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            inner = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if inner == "metadata.json":
                meta = json.loads(data)
                meta["package_version"] = version
                data = json.dumps(meta).encode()
            out.writestr(f"{top}/{inner}", data)
    return dest


def test_refused_package_leaves_the_volume_as_it_was(root: Path, copy_package: Path, tmp_path: Path, argos: Any) -> None:
    install_archive(copy_package)
    broken = tmp_path / "broken.argosmodel"
    with zipfile.ZipFile(copy_package) as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            out.writestr(info, b"not a model" if info.filename.endswith("model.bin") else src.read(info))
    with pytest.raises(PackageArchiveError):
        install_archive(broken)
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]


def test_full_volume_while_copying_keeps_the_old_package(
    root: Path, copy_package: Path, argos: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_archive(copy_package)
    before = (root / TOP / "model" / "model.bin").read_bytes()
    real_copytree = shutil.copytree

    def full(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
        if root in Path(dst).parents:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copytree(src, dst, *args, **kwargs)

    monkeypatch.setattr(shutil, "copytree", full)
    with pytest.raises(OutputError, match="No space left"):
        install_archive(copy_package)
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]
    assert (root / TOP / "model" / "model.bin").read_bytes() == before


@pytest.mark.parametrize("interrupt_at", ["copy", "between-renames"])
def test_interrupted_install_keeps_the_old_package_and_no_leftover(
    root: Path, copy_package: Path, argos: Any, monkeypatch: pytest.MonkeyPatch, interrupt_at: str
) -> None:
    install_archive(copy_package)
    real_copy2, real_replace = shutil.copy2, os.replace
    renames: list[str] = []

    def copy2(src: Any, dst: Any, *args: Any, **kwargs: Any) -> Any:
        if interrupt_at == "copy" and root in Path(dst).parents:
            raise KeyboardInterrupt
        return real_copy2(src, dst, *args, **kwargs)

    def replace(src: Any, dst: Any) -> None:
        if Path(src).parent == root and Path(dst).parent == root:
            renames.append(Path(dst).name)
            if interrupt_at == "between-renames" and len(renames) == 2:  # old set aside, new not in place
                raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(shutil, "copy2", copy2)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        install_archive(copy_package)
    monkeypatch.setattr(shutil, "copy2", real_copy2)
    monkeypatch.setattr(os, "replace", real_replace)
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]
    assert find_package("fr", "en").path == root / TOP


def test_leftovers_of_a_killed_run_are_listable_and_recovered(root: Path, copy_package: Path, tmp_path: Path, argos: Any) -> None:
    from reltrans.engine.toymodel import build_copy_package

    install_archive(copy_package)
    # A run killed between its two renames: the old package set aside in the volume, journalled.
    aside = root / ".reltrans-previous-0123abcd"
    os.replace(root / TOP, aside)
    work = packages._staging_root(root) / "install-killed"
    work.mkdir()
    (work / "target").write_text(TOP, encoding="utf-8")
    (work / "aside").write_text(aside.name, encoding="utf-8")
    # A copy and a removal killed half-way, and the staging folder older versions left inside.
    incoming = root / ".reltrans-incoming-4567ef01"
    incoming.mkdir()
    (incoming / "metadata.json").write_text(packages._PLACEHOLDER, encoding="utf-8")
    (incoming / "model").mkdir()
    removing = root / ".reltrans-removing-89ab"
    (removing / "model").mkdir(parents=True)
    (removing / "metadata.json").write_text(packages._PLACEHOLDER, encoding="utf-8")
    (root / ".reltrans-staging" / "install-old").mkdir(parents=True)

    result = CliRunner().invoke(cli, ["models", "list", "--format", "json"])  # read-only: not confused
    assert result.exit_code == EXIT_OK, result.output
    assert json.loads(result.stdout) == [] and "warning" not in result.stderr

    install_archive(build_copy_package(tmp_path / "es", "en", "es"))  # the next install recovers, under the lock
    assert contents(root) == ["translate-en_es-1_0", TOP]
    assert listing(argos, root) == ["translate-en_es-1_0", TOP]
    assert [p.name for p in packages._staging_root(root).iterdir() if p.is_dir()] == []


def test_cli_install_and_remove_on_a_volume(root: Path, copy_package: Path, argos: Any) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["models", "install", str(copy_package)])
    assert result.exit_code == EXIT_OK, result.output
    assert contents(root) == [TOP] and listing(argos, root) == [TOP]
    result = runner.invoke(cli, ["models", "remove", "fr", "en"])
    assert result.exit_code == EXIT_OK, result.output
    assert contents(root) == [] and listing(argos, root) == []
