"""Reliability matrix, models: ``reltrans models install PATH`` on unsafe or broken archives, and
``translate`` with a corrupt or wrong-pair model, through the CLI.

Unsafe or malformed archives: one line naming the archive, exit 4
(:data:`reltrans.errors.EXIT_MODEL`), nothing written anywhere (the packages directory and the
whole test folder are byte-identical before and after; an installed package is untouched).
The library-level checks live in ``tests/test_engine_packages.py``.
"""
from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reltrans.cli import cli
from reltrans.errors import EXIT_MODEL, EXIT_OK

TOP = "translate-fr_en-1_0"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, plus every directory (as ``b"<dir>"``)."""
    out: dict[str, bytes] = {}
    for p in sorted(folder.rglob("*")):
        out[str(p.relative_to(folder))] = p.read_bytes() if p.is_file() else b"<dir>"
    return out


def members_of(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}


def write_zip(path: Path, members: dict[str, bytes], *, symlink: tuple[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink[0])
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, symlink[1])
    return path


def assert_model_error(result: Result, archive: Path, word: str, code: str = "E-ARCHIVE") -> None:
    assert result.exit_code == EXIT_MODEL, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{archive}:") and code in lines[0], lines[0]
    assert word.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.output


def _variants(base: dict[str, bytes], tmp_path: Path) -> dict[str, tuple[dict[str, bytes], tuple[str, str] | None, str]]:
    outside = tmp_path / "outside-abs.txt"
    no_meta = {k: v for k, v in base.items() if not k.endswith("metadata.json")}
    meta = json.loads(base[f"{TOP}/metadata.json"])
    no_to = {**base, f"{TOP}/metadata.json": json.dumps({k: v for k, v in meta.items() if k != "to_code"}).encode()}
    return {
        "zip-slip-dotdot": ({**base, f"{TOP}/../../escaped.txt": b"pwned"}, None, "unsafe member path"),
        "zip-slip-leading-dotdot": ({**base, "../escaped.txt": b"pwned"}, None, "unsafe member path"),
        "zip-slip-absolute": ({**base, str(outside): b"pwned"}, None, "unsafe member path"),
        "zip-slip-backslash": ({**base, f"{TOP}\\..\\..\\escaped.txt": b"pwned"}, None, "unsafe member path"),
        "symlink-member": (base, (f"{TOP}/model/link", "/etc/passwd"), "symbolic link"),
        "zip-bomb-ratio": ({**base, f"{TOP}/model/padding.bin": b"\0" * (8 * 1024 * 1024)}, None, "zip bomb"),
        "missing-metadata": (no_meta, None, "metadata.json"),
        "metadata-not-json": ({**base, f"{TOP}/metadata.json": b"{not json"}, None, "not valid JSON"),
        "metadata-without-to-code": (no_to, None, "to_code"),
        "missing-model-bin": ({k: v for k, v in base.items() if not k.endswith("model.bin")}, None, "model.bin"),
        "missing-sentencepiece": ({k: v for k, v in base.items() if not k.endswith("sentencepiece.model")}, None, "sentencepiece"),
        "two-top-folders": ({**{k: v for k, v in base.items()}, "other/readme.txt": b"x"}, None, "metadata.json"),
    }


CASES = [
    "zip-slip-dotdot", "zip-slip-leading-dotdot", "zip-slip-absolute", "zip-slip-backslash", "symlink-member",
    "zip-bomb-ratio", "missing-metadata", "metadata-not-json", "metadata-without-to-code", "missing-model-bin",
    "missing-sentencepiece", "two-top-folders",
]


@pytest.mark.parametrize("case", CASES)
def test_unsafe_or_broken_archive_installs_nothing(tmp_path: Path, argos_dir: Path, copy_package: Path, case: str) -> None:
    members, symlink, word = _variants(members_of(copy_package), tmp_path)[case]
    archive = write_zip(tmp_path / f"{case}.argosmodel", members, symlink=symlink)
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, word)
    assert snapshot(tmp_path) == before  # the installed copy model included: untouched
    assert not (tmp_path.parent / "escaped.txt").exists() and not (tmp_path / "escaped.txt").exists()
    assert not (tmp_path / "outside-abs.txt").exists()


@pytest.mark.parametrize(
    ("content", "word"),
    [(b"this is not a zip file at all", "not a valid"), (b"", "not a valid")],
    ids=["not-a-zip", "empty-file"],
)
def test_not_an_archive(tmp_path: Path, argos_dir: Path, content: bytes, word: str) -> None:
    archive = tmp_path / "broken.argosmodel"
    archive.write_bytes(content)
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, word)
    assert snapshot(tmp_path) == before


def test_truncated_archive(tmp_path: Path, argos_dir: Path, copy_package: Path) -> None:
    archive = tmp_path / "cut.argosmodel"
    archive.write_bytes(copy_package.read_bytes()[: copy_package.stat().st_size // 2])
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, "not a valid")
    assert snapshot(tmp_path) == before


def test_archive_is_a_directory(tmp_path: Path, argos_dir: Path) -> None:
    archive = tmp_path / "dir.argosmodel"
    archive.mkdir()
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, "no such archive")
    assert snapshot(tmp_path) == before


def test_failed_install_into_empty_dir_leaves_no_package(tmp_path: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    members = {k: v for k, v in members_of(copy_package).items() if not k.endswith("model.bin")}
    archive = write_zip(tmp_path / "partial.argosmodel", members)
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, "model.bin")
    assert (sorted(p.name for p in root.iterdir()) if root.exists() else []) == []
    listed = CliRunner().invoke(cli, ["models", "list", "--format", "json"])
    assert listed.exit_code == EXIT_OK and json.loads(listed.stdout) == []


def test_install_then_list_the_good_archive(tmp_path: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    result = CliRunner().invoke(cli, ["models", "install", str(copy_package)])
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in (tmp_path / "packages").iterdir()) == [TOP]


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "release.fr.txt"
    source.write_text("Le Secrétaire général a parlé.\n", encoding="utf-8")
    return source


@pytest.mark.parametrize(
    ("member", "data", "word"),
    [
        ("model/model.bin", b"garbage" * 100, "CTranslate2"),
        ("sentencepiece.model", b"garbage" * 100, "SentencePiece"),
        ("model/config.json", b"{broken", "CTranslate2"),
    ],
    ids=["model-bin", "sentencepiece", "config"],
)
def test_corrupt_model_is_refused_at_install_and_the_working_one_kept(
    tmp_path: Path, argos_dir: Path, copy_package: Path, member: str, data: bytes, word: str
) -> None:
    members = {**members_of(copy_package), f"{TOP}/{member}": data}
    archive = write_zip(tmp_path / "corrupt.argosmodel", members)
    before = snapshot(tmp_path)
    installed = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(installed, archive, word)  # the load test opens model and tokenizer first
    assert snapshot(tmp_path) == before
    source = _source(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "-q", "--no-bundled-glossary"])
    assert result.exit_code == EXIT_OK, (result.output, result.exception)


def test_wrong_pair_model_gives_no_model_exit_4(tmp_path: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package whose metadata says fr->de installs as fr->de; translating fr->en finds no model."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    members = members_of(copy_package)
    meta = json.loads(members[f"{TOP}/metadata.json"])
    meta["to_code"] = "de"
    members[f"{TOP}/metadata.json"] = json.dumps(meta).encode()
    archive = write_zip(tmp_path / "frde.argosmodel", members)
    installed = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert installed.exit_code == EXIT_OK and "fr->de" in installed.stdout
    source = _source(tmp_path)
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "--from", "fr", "--to", "en", "-q"])
    assert result.exit_code == EXIT_MODEL
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "E-NO-MODEL" in lines[0] and "fr->en" in lines[0], result.stderr
    assert snapshot(tmp_path) == before


def test_no_model_at_all_exits_4_before_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    source = _source(tmp_path)
    before = snapshot(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "-q"])
    assert result.exit_code == EXIT_MODEL
    assert len(result.stderr.strip().splitlines()) == 1 and "E-NO-MODEL" in result.stderr
    assert snapshot(tmp_path) == before


def test_install_path_that_does_not_exist_is_a_clear_error(tmp_path: Path, argos_dir: Path) -> None:
    archive = tmp_path / "absent.argosmodel"
    result = CliRunner().invoke(cli, ["models", "install", str(archive)])
    assert_model_error(result, archive, "no such archive")
