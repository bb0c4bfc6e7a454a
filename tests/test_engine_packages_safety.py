"""Archive installs that must never write outside the package, nor replace or shadow a working model.

Hostile member names, decompression limits on every member and on the total, collisions with an
installed package, duplicate and corrupt members, staging next to (never inside) the packages
directory, recovery of an interrupted install, and one-line errors for encrypted members, over-long
names and a read-only packages directory.
"""
from __future__ import annotations

import errno
import json
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from reltrans.engine import packages
from reltrans.engine.packages import find_package, install_archive, list_installed, remove_package
from reltrans.errors import OutputError, PackageArchiveError, ReltransError

TOP = "translate-fr_en-1_0"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "area" / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def sentinel(tmp_path: Path) -> Path:
    """An empty folder that hostile archives aim at; it must stay empty."""
    folder = tmp_path / "sentinel"
    folder.mkdir()
    return folder


def members_of(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}


def write_zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>") for p in sorted(folder.rglob("*"))}


def translate_once(text: str) -> str:
    from reltrans.engine.translator import DecodeOptions, Engine

    engine = Engine.load(find_package("fr", "en"), DecodeOptions(beam_size=1, max_decoding_length=16))
    return engine.translate([text])[0]


def hostile_names(sentinel: Path) -> dict[str, str]:
    return {
        "double-slash-absolute": f"{TOP}/{sentinel}/evil.txt",  # TOP//abs/path: the reported zip-slip
        "absolute": f"{sentinel}/evil.txt",
        "dotdot": f"{TOP}/../../../sentinel/evil.txt",
        "dotdot-inside": f"{TOP}/model/../../evil.txt",
        "empty-part": f"{TOP}/model//evil.txt",
        "dot-part": f"{TOP}/./evil.txt",
        "leading-dot": f"./{TOP}/evil.txt",
        "backslash": f"{TOP}\\..\\..\\evil.txt",
        "drive": "C:/evil.txt",
        "drive-part": f"{TOP}/C:evil.txt",
        "control-char": f"{TOP}/evil\x01.txt",
    }


HOSTILE = list(hostile_names(Path("/x")))


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_member_names_are_refused_and_nothing_is_written(
    root: Path, sentinel: Path, copy_package: Path, tmp_path: Path, case: str
) -> None:
    name = hostile_names(sentinel)[case]
    archive = write_zip(tmp_path / "hostile.argosmodel", [*members_of(copy_package).items(), (name, b"pwned")])
    with pytest.raises(PackageArchiveError, match="unsafe member path") as info:
        install_archive(archive)
    assert "\n" not in str(info.value) and str(archive) in str(info.value)
    assert list(sentinel.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "area" / "evil.txt").exists()
    assert list_installed() == []


def test_double_slash_member_cannot_reach_an_installed_package(root: Path, sentinel: Path, copy_package: Path, tmp_path: Path) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    evil = f"{TOP}/{sentinel}/x"
    archive = write_zip(tmp_path / "slip.argosmodel", [*members_of(copy_package).items(), (evil, b"pwned")])
    with pytest.raises(PackageArchiveError, match="unsafe member path"):
        install_archive(archive)
    assert snapshot(root) == before
    assert list(sentinel.iterdir()) == []


# --------------------------------------------------------------------------- decompression limits
def test_many_small_members_hit_the_total_ratio_limit(root: Path, copy_package: Path, tmp_path: Path) -> None:
    # 40 members of 256 KiB of zeros: each under the old 1 MiB threshold, 10 MiB from ~0.4 MB.
    padding = [(f"{TOP}/pad/{i:03d}.bin", b"\0" * (256 * 1024)) for i in range(40)]
    archive = write_zip(tmp_path / "many.argosmodel", [*members_of(copy_package).items(), *padding])
    with pytest.raises(PackageArchiveError, match="zip bomb"):
        install_archive(archive)
    assert list(root.iterdir()) == []


def test_a_small_member_with_a_huge_ratio_is_refused(root: Path, copy_package: Path, tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "one.argosmodel", [*members_of(copy_package).items(), (f"{TOP}/pad.bin", b"\0" * (512 * 1024))])
    with pytest.raises(PackageArchiveError, match="compression ratio"):
        install_archive(archive)


def test_bytes_written_are_capped_by_the_ratio_even_if_headers_lie(
    root: Path, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    padding = [(f"{TOP}/pad/{i:03d}.bin", b"\0" * (256 * 1024)) for i in range(40)]
    archive = write_zip(tmp_path / "many.argosmodel", [*members_of(copy_package).items(), *padding])
    real = packages._check_members

    def trusting(zf, archive, max_total_bytes, max_ratio):  # type: ignore[no-untyped-def]
        return real(zf, archive, max_total_bytes, 10**9)  # pretend the headers declared nothing odd

    monkeypatch.setattr(packages, "_check_members", trusting)
    with pytest.raises(PackageArchiveError, match="zip bomb"):
        install_archive(archive)
    assert list(root.iterdir()) == []


# --------------------------------------------------------------------------- never replace a working model
def test_folder_name_collision_with_another_pair_keeps_the_installed_package(
    root: Path, copy_package: Path, tmp_path: Path
) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    members = members_of(copy_package)
    meta = json.loads(members[f"{TOP}/metadata.json"])
    members[f"{TOP}/metadata.json"] = json.dumps({**meta, "to_code": "de"}).encode()
    archive = write_zip(tmp_path / "frde.argosmodel", list(members.items()))
    with pytest.raises(PackageArchiveError, match="already holds the fr->en package"):
        install_archive(archive)
    assert snapshot(root) == before
    assert translate_once("Bonjour.") == "Bonjour."


def test_duplicate_metadata_members_are_refused(root: Path, copy_package: Path, tmp_path: Path) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    members = members_of(copy_package)
    meta = json.loads(members[f"{TOP}/metadata.json"])
    entries = [*members.items(), (f"{TOP}/metadata.json", json.dumps({**meta, "to_code": "de"}).encode())]
    archive = write_zip(tmp_path / "dup.argosmodel", entries)
    with pytest.raises(PackageArchiveError, match="duplicate member"):
        install_archive(archive)
    assert snapshot(root) == before


def test_case_only_duplicate_members_are_refused(root: Path, copy_package: Path, tmp_path: Path) -> None:
    entries = [*members_of(copy_package).items(), (f"{TOP}/README.MD", b"other")]
    archive = write_zip(tmp_path / "case.argosmodel", entries)
    with pytest.raises(PackageArchiveError, match="duplicate member"):
        install_archive(archive)


@pytest.mark.parametrize(
    ("member", "data", "word"),
    [
        ("model/model.bin", b"garbage" * 100, "CTranslate2"),
        ("model/config.json", b"{broken", "CTranslate2"),
        ("sentencepiece.model", b"garbage" * 100, "SentencePiece"),
        ("model/shared_vocabulary.json", b"[]", "translate a test sentence"),
    ],
    ids=["model-bin", "config", "sentencepiece", "empty-vocabulary"],
)
def test_corrupt_package_does_not_replace_a_working_one(
    root: Path, copy_package: Path, tmp_path: Path, member: str, data: bytes, word: str
) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    archive = write_zip(tmp_path / "corrupt.argosmodel", [*{**members_of(copy_package), f"{TOP}/{member}": data}.items()])
    with pytest.raises(PackageArchiveError, match=word) as info:
        install_archive(archive)
    assert "\n" not in str(info.value)
    assert snapshot(root) == before
    assert translate_once("Bonjour.") == "Bonjour."


def test_corrupt_newer_version_does_not_shadow_the_working_one(root: Path, copy_package: Path, tmp_path: Path) -> None:
    from reltrans.engine.toymodel import build_copy_package

    install_archive(copy_package)
    newer = build_copy_package(tmp_path / "v2", package_version="2.0")
    top = "translate-fr_en-2_0"
    archive = write_zip(tmp_path / "v2.argosmodel", [*{**members_of(newer), f"{top}/model/model.bin": b"junk" * 64}.items()])
    with pytest.raises(PackageArchiveError, match="CTranslate2"):
        install_archive(archive)
    assert find_package("fr", "en").package_version == "1.0"
    assert translate_once("Bonjour.") == "Bonjour."


def test_missing_config_json_is_left_to_the_load_test(
    root: Path, copy_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Packages converted before CTranslate2 3.0 have no config.json: the file list does not
    # refuse them, CTranslate2 (the load test) decides.
    tested: list[str] = []
    monkeypatch.setattr(packages, "_load_test", lambda package, archive: tested.append(package.name))
    members = {k: v for k, v in members_of(copy_package).items() if not k.endswith("config.json")}
    installed = install_archive(write_zip(tmp_path / "legacy.argosmodel", list(members.items())))
    assert tested == ["package"] and not (installed.path / "model" / "config.json").exists()


def test_expected_pair_is_checked_before_anything_is_replaced(root: Path, copy_package: Path) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    with pytest.raises(PackageArchiveError, match="expected fr->de"):
        install_archive(copy_package, expected_pair=("fr", "de"))
    assert snapshot(root) == before


# --------------------------------------------------------------------------- staging and recovery
def test_staging_happens_next_to_the_packages_dir_not_inside(
    root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_archive(copy_package)  # so the packages dir exists and holds a package
    seen: list[list[str]] = []
    real = packages._load_test

    def watching(package, archive):  # type: ignore[no-untyped-def]
        # What Argos would see while the new package is being tested: only real packages.
        seen.append(sorted(p.name for p in root.iterdir() if p.is_dir() and not (p / "metadata.json").is_file()))
        assert package.path.parent.parent.parent == root.parent
        real(package, archive)

    monkeypatch.setattr(packages, "_load_test", watching)
    install_archive(copy_package)
    assert seen == [[]]
    assert sorted(p.name for p in root.iterdir()) == [TOP]


def test_bom_metadata_is_rewritten_without_it(root: Path, copy_package: Path, tmp_path: Path) -> None:
    members = members_of(copy_package)
    raw = members[f"{TOP}/metadata.json"]
    archive = write_zip(tmp_path / "bom.argosmodel", [*{**members, f"{TOP}/metadata.json": b"\xef\xbb\xbf" + raw}.items()])
    installed = install_archive(archive)
    written = (installed.path / "metadata.json").read_bytes()
    assert written == raw
    assert json.loads(written.decode("utf-8"))["from_code"] == "fr"  # plain utf-8, as Argos reads it


def test_interrupted_swap_keeps_the_old_package(root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    real_replace = os.replace
    calls: list[str] = []

    def interrupted(src: object, dst: object) -> None:
        calls.append(str(src))
        if len(calls) == 2:  # the old package is aside, the new one not yet in place
            raise KeyboardInterrupt
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        install_archive(copy_package)
    monkeypatch.setattr(packages.os, "replace", real_replace)
    assert snapshot(root) == before


def test_leftovers_of_a_killed_install_are_recovered(root: Path, copy_package: Path, tmp_path: Path) -> None:
    from reltrans.engine.toymodel import build_copy_package

    install_archive(copy_package)
    # A run killed between its two renames: the old package sits in its work folder, journalled.
    staging = packages._staging_root(root)
    work = staging / "install-killed"
    work.mkdir()
    os.replace(root / TOP, work / "previous")
    (work / "target").write_text(TOP, encoding="utf-8")
    (work / "package").mkdir()
    # An old reltrans staged inside the packages dir (Argos cannot read that folder).
    legacy = root / ".reltrans-install-abc123"
    (legacy / "package").mkdir(parents=True)
    assert find_package_or_none() is None
    install_archive(build_copy_package(tmp_path / "es", "en", "es"))
    assert sorted(p.name for p in root.iterdir()) == ["translate-en_es-1_0", TOP]
    assert sorted(p.name for p in staging.iterdir()) == []
    assert translate_once("Bonjour.") == "Bonjour."


def find_package_or_none() -> object:
    try:
        return find_package("fr", "en")
    except ReltransError:
        return None


def test_removal_is_staged_outside_the_packages_dir(root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_archive(copy_package)
    targets: list[str] = []
    real_replace = os.replace

    def recording(src: object, dst: object) -> None:
        targets.append(str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", recording)
    remove_package("fr", "en")
    assert targets and not targets[0].startswith(str(root) + os.sep)
    assert list(root.iterdir()) == []


# --------------------------------------------------------------------------- one-line errors
def encrypt_flags(archive: Path) -> Path:
    """Set the 'encrypted' flag on every central-directory entry (zipfile cannot write encrypted zips)."""
    data = bytearray(archive.read_bytes())
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        (flags,) = struct.unpack_from("<H", data, pos + 8)
        struct.pack_into("<H", data, pos + 8, flags | 0x1)
        pos = data.find(b"PK\x01\x02", pos + 4)
    archive.write_bytes(bytes(data))
    return archive


def test_encrypted_member_is_one_line_error(root: Path, copy_package: Path, tmp_path: Path) -> None:
    archive = encrypt_flags(write_zip(tmp_path / "enc.argosmodel", list(members_of(copy_package).items())))
    with pytest.raises(PackageArchiveError, match="encrypted") as info:
        install_archive(archive)
    assert "\n" not in str(info.value)


def test_over_long_package_folder_name_is_refused(root: Path, copy_package: Path, tmp_path: Path) -> None:
    long_top = "translate-fr_en-" + "x" * 300
    entries = [(long_top + name[len(TOP) :], data) for name, data in members_of(copy_package).items()]
    archive = write_zip(tmp_path / "long.argosmodel", entries)
    with pytest.raises(PackageArchiveError, match="too long"):
        install_archive(archive)
    assert list_installed() == []


def test_over_long_archive_path_is_no_such_file(root: Path) -> None:
    with pytest.raises(PackageArchiveError, match="no such archive"):
        install_archive("x" * 300 + ".argosmodel")


@pytest.mark.parametrize("error", [errno.EACCES, errno.EROFS], ids=["permission", "read-only-fs"])
def test_install_on_unwritable_packages_dir_is_output_error(
    root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    real_replace = os.replace

    def refusing(src: object, dst: object) -> None:
        if str(dst).startswith(str(root)) or str(src).startswith(str(root)):
            raise OSError(error, os.strerror(error))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", refusing)
    with pytest.raises(OutputError, match="cannot install package") as info:
        install_archive(copy_package)
    assert info.value.exit_code == 5 and "\n" not in str(info.value)
    with pytest.raises(OutputError, match="cannot remove package"):
        remove_package("fr", "en")
    monkeypatch.setattr(packages.os, "replace", real_replace)
    assert snapshot(root) == before


def test_unwritable_parent_is_output_error(root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(packages.tempfile, "mkdtemp", refusing)
    with pytest.raises(OutputError, match="cannot write in the packages directory"):
        install_archive(copy_package)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores file modes")
def test_really_read_only_packages_dir(root: Path, copy_package: Path) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    root.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(OutputError):
            install_archive(copy_package)
        with pytest.raises(OutputError):
            remove_package("fr", "en")
    finally:
        root.chmod(stat.S_IRWXU)
    assert snapshot(root) == before


def test_disk_full_while_extracting_is_output_error(root: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_archive(copy_package)
    before = snapshot(root)
    real_open = os.open

    def full(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith("model.bin"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "open", full)
    with pytest.raises(OutputError, match="No space left") as info:
        install_archive(copy_package)
    monkeypatch.setattr(packages.os, "open", real_open)
    assert info.value.exit_code == 5
    assert snapshot(root) == before
