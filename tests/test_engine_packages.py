"""Installed packages: discovery, install from .argosmodel (safety, atomicity), removal."""
from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from reltrans.engine import packages
from reltrans.engine.packages import (
    find_package,
    install_archive,
    list_installed,
    packages_dir,
    remove_package,
)
from reltrans.errors import ModelError, ModelNotFoundError, OutputError, PackageArchiveError


@pytest.fixture
def empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "pk"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    return root


def _members(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}


def _write_zip(path: Path, members: dict[str, bytes], *, symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


# --------------------------------------------------------------------------- settings
def test_packages_dir_follows_argos_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "x"))
    assert packages_dir() == tmp_path / "x"
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.delenv("SNAP", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert packages_dir() == tmp_path / "data" / "argos-translate" / "packages"
    cfg = tmp_path / "cfg" / "argos-translate"
    cfg.mkdir(parents=True)
    (cfg / "settings.json").write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "fromjson")}))
    assert packages_dir() == tmp_path / "fromjson"


def test_index_url_uses_argos_package_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    assert packages.index_url() == packages.DEFAULT_INDEX_BASE + "index.json"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://mirror.example/argos")
    assert packages.index_url() == "http://mirror.example/argos/index.json"
    assert packages.index_url("http://h/i.json") == "http://h/i.json"


def test_importing_engine_does_not_import_argostranslate() -> None:
    import subprocess
    import sys

    code = "import reltrans.engine, sys; print('argostranslate' in sys.modules, 'ctranslate2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# --------------------------------------------------------------------------- install/list/find/remove
def test_install_list_find_remove(empty_dir: Path, copy_package: Path) -> None:
    assert list_installed() == []
    installed = install_archive(copy_package)
    assert installed.path == empty_dir / "translate-fr_en-1_0"
    assert (installed.from_code, installed.to_code, installed.package_version) == ("fr", "en", "1.0")
    assert (installed.path / "model" / "model.bin").is_file()
    assert list_installed() == [installed]
    assert find_package("fr", "en") == installed
    removed = remove_package("fr", "en")
    assert removed == installed
    assert not installed.path.exists()
    assert _leftovers(empty_dir) == []


def test_find_missing_pair_names_pair_and_both_install_ways(empty_dir: Path) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        find_package("fr", "de")
    message = str(info.value)
    assert "fr->de" in message
    assert "reltrans models install fr de" in message
    assert "reltrans models install PATH.argosmodel" in message
    assert info.value.exit_code == 4
    with pytest.raises(ModelNotFoundError):
        remove_package("fr", "de")


def test_reinstall_replaces_same_name_package(empty_dir: Path, copy_package: Path) -> None:
    first = install_archive(copy_package)
    (first.path / "stale.txt").write_text("old")
    second = install_archive(copy_package)
    assert second.path == first.path
    assert not (second.path / "stale.txt").exists()
    assert _leftovers(empty_dir) == ["translate-fr_en-1_0"]


def test_highest_version_wins(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    from reltrans.engine.toymodel import build_copy_package

    install_archive(copy_package)
    newer = install_archive(build_copy_package(tmp_path / "v19", package_version="1.9"))
    assert find_package("fr", "en") == newer
    assert [p.package_version for p in list_installed()] == ["1.0", "1.9"]


def test_argospm_layout_is_found(empty_dir: Path, copy_package: Path) -> None:
    # argospm simply extracts the zip into the packages dir: do the same by hand.
    empty_dir.mkdir()
    with zipfile.ZipFile(copy_package) as zf:
        zf.extractall(empty_dir)
    (empty_dir / "translate-en_es-1_0").mkdir()
    (empty_dir / "translate-en_es-1_0" / "metadata.json").write_text(
        json.dumps({"from_code": "en", "to_code": "es", "package_version": "1.0", "from_name": "English", "to_name": "Spanish"})
    )
    sbd = empty_dir / "sbd-1_0"
    sbd.mkdir()
    (sbd / "metadata.json").write_text(json.dumps({"type": "sbd", "from_code": "xx", "to_code": "xx"}))
    (empty_dir / "broken").mkdir()
    with pytest.warns(UserWarning, match="metadata.json"):
        found = list_installed()
    assert [(p.from_code, p.to_code) for p in found] == [("en", "es"), ("fr", "en")]
    with pytest.warns(UserWarning):
        assert find_package("fr", "en").name == "translate-fr_en-1_0"


def test_missing_packages_dir_lists_nothing(empty_dir: Path) -> None:
    assert list_installed() == []
    assert not empty_dir.exists()


# --------------------------------------------------------------------------- archive safety
def _assert_rejected(archive: Path, root: Path, match: str, **kwargs: object) -> None:
    with pytest.raises(PackageArchiveError, match=match) as info:
        install_archive(archive, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and str(archive) in message
    assert _leftovers(root) == []


def test_zip_slip_is_rejected(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    members = _members(copy_package)
    for evil in ("../evil.txt", "translate-fr_en-1_0/../../evil.txt", "/abs/evil.txt"):
        archive = _write_zip(tmp_path / "slip.argosmodel", {**members, evil: b"x"})
        _assert_rejected(archive, empty_dir, "unsafe member path")
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_member_is_rejected(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    archive = _write_zip(tmp_path / "link.argosmodel", _members(copy_package), symlink="translate-fr_en-1_0/model/link")
    _assert_rejected(archive, empty_dir, "symbolic link")


def test_zip_bomb_total_size_cap(empty_dir: Path, copy_package: Path) -> None:
    _assert_rejected(copy_package, empty_dir, "byte limit", max_total_bytes=100_000)


def test_zip_bomb_ratio_cap(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    members = {**_members(copy_package), "translate-fr_en-1_0/zeros.bin": b"\0" * (3 * 1024 * 1024)}
    archive = _write_zip(tmp_path / "bomb.argosmodel", members)
    _assert_rejected(archive, empty_dir, "compression ratio")


def test_lying_size_headers_are_caught_while_extracting(empty_dir: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Headers are checked first, real bytes are counted too: patching the header check away
    # must still stop at the cap.
    import reltrans.engine.packages as mod

    real = mod._check_members

    def lenient(zf, archive, max_total_bytes, max_ratio):  # type: ignore[no-untyped-def]
        return real(zf, archive, 10**12, max_ratio)

    monkeypatch.setattr(mod, "_check_members", lenient)
    _assert_rejected(copy_package, empty_dir, "byte limit", max_total_bytes=100_000)


def test_not_a_zip_and_truncated_zip(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    text = tmp_path / "text.argosmodel"
    text.write_text("hello")
    _assert_rejected(text, empty_dir, "not a valid .argosmodel")
    data = copy_package.read_bytes()
    truncated = tmp_path / "trunc.argosmodel"
    truncated.write_bytes(data[: len(data) // 2])
    _assert_rejected(truncated, empty_dir, "not a valid .argosmodel")
    corrupt = tmp_path / "corrupt.argosmodel"
    middle = len(data) // 2
    corrupt.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 2000]) + data[middle + 2000 :])
    _assert_rejected(corrupt, empty_dir, "not a valid|metadata|no model")


@pytest.mark.parametrize(
    ("drop", "match"),
    [
        ("translate-fr_en-1_0/metadata.json", "metadata.json"),
        ("translate-fr_en-1_0/model/model.bin", "model/model.bin"),
        ("translate-fr_en-1_0/model/config.json", "CTranslate2"),  # optional for old models: the load test decides
        ("translate-fr_en-1_0/sentencepiece.model", "sentencepiece.model"),
    ],
)
def test_missing_required_file(empty_dir: Path, copy_package: Path, tmp_path: Path, drop: str, match: str) -> None:
    members = {k: v for k, v in _members(copy_package).items() if k != drop}
    archive = _write_zip(tmp_path / "missing.argosmodel", members)
    _assert_rejected(archive, empty_dir, match)


@pytest.mark.parametrize(
    ("metadata", "match"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (json.dumps({"to_code": "en"}).encode(), "no from_code"),
        (json.dumps({"from_code": "fr", "to_code": ""}).encode(), "no to_code"),
        (json.dumps({"from_code": "fr", "to_code": "en\nE-FAKE injected"}).encode(), "invalid to_code"),
    ],
)
def test_bad_metadata(empty_dir: Path, copy_package: Path, tmp_path: Path, metadata: bytes, match: str) -> None:
    members = {**_members(copy_package), "translate-fr_en-1_0/metadata.json": metadata}
    archive = _write_zip(tmp_path / "meta.argosmodel", members)
    _assert_rejected(archive, empty_dir, match)


def test_deeply_nested_metadata_is_one_error(empty_dir: Path) -> None:
    from reltrans.engine.packages import read_package

    folder = empty_dir / "translate-fr_en-9_0"
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(ModelError, match="nested too deeply"):
        read_package(folder)
    with pytest.warns(UserWarning, match="nested too deeply"):
        assert list_installed() == []


def test_missing_archive_file(empty_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(PackageArchiveError, match="no such archive"):
        install_archive(tmp_path / "nope.argosmodel")


def test_failed_reinstall_keeps_existing_package(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    good = install_archive(copy_package)
    before = sorted(p.relative_to(good.path) for p in good.path.rglob("*"))
    members = {k: v for k, v in _members(copy_package).items() if not k.endswith("model.bin")}
    bad = _write_zip(tmp_path / "translate-fr_en-1_0.argosmodel", members)
    with pytest.raises(PackageArchiveError):
        install_archive(bad)
    assert sorted(p.relative_to(good.path) for p in good.path.rglob("*")) == before
    assert _leftovers(empty_dir) == ["translate-fr_en-1_0"]


def test_failed_move_restores_previous(empty_dir: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = install_archive(copy_package)
    real_replace = os.replace
    calls: list[str] = []

    def flaky(src: object, dst: object) -> None:
        calls.append(str(src))
        if len(calls) == 2:  # moving the new package into place
            raise OSError(28, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", flaky)
    with pytest.raises(OutputError, match="cannot install"):
        install_archive(copy_package)
    monkeypatch.setattr(packages.os, "replace", real_replace)
    assert (good.path / "model" / "model.bin").is_file()
    assert _leftovers(empty_dir) == ["translate-fr_en-1_0"]


def test_wrong_pair_is_rejected_when_expected(empty_dir: Path, copy_package: Path) -> None:
    _assert_rejected(copy_package, empty_dir, "expected fr->de", expected_pair=("fr", "de"))


def test_archive_with_metadata_at_root_uses_file_stem(empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    members = {k.split("/", 1)[1]: v for k, v in _members(copy_package).items()}
    archive = _write_zip(tmp_path / "translate-fr_en-2_0.argosmodel", members)
    installed = install_archive(archive)
    assert installed.name == "translate-fr_en-2_0"


def test_member_bytes_roundtrip(empty_dir: Path, copy_package: Path) -> None:
    installed = install_archive(copy_package)
    for name, data in _members(copy_package).items():
        rel = name.split("/", 1)[1]
        assert (installed.path / rel).read_bytes() == data


def test_copy_package_is_deterministic(copy_package: Path, tmp_path: Path) -> None:
    from reltrans.engine.toymodel import build_copy_package

    again = build_copy_package(tmp_path)
    assert again.read_bytes() == copy_package.read_bytes()
    assert again.stat().st_size < 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(again.read_bytes())) as zf:
        meta = json.loads(zf.read("translate-fr_en-1_0/metadata.json"))
    assert meta["from_code"] == "fr" and meta["to_code"] == "en" and meta["type"] == "translate"
