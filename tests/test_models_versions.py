"""Several versions of one pair, and Argos' sentence-boundary (sbd) packages, through
``reltrans models install/list`` on real tiny packages; Argos lists the folder after every step."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_OK, EXIT_OUTPUT

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from reltrans.engine.toymodel import build_copy_package

    base = tmp_path_factory.mktemp("versions")
    return {v: build_copy_package(base / v, package_version=v) for v in ("1.0", "1.9")}


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # importing argostranslate creates folders
    return folder


def _install(*args: str) -> "object":
    return CliRunner().invoke(cli, ["models", "install", *args])


def _argos_lists(root: Path) -> list[tuple[str, str, str, str]]:
    """What Argos reads in the folder (every subfolder must be a package it can parse)."""
    pytest.importorskip("argostranslate")
    import argostranslate.package

    return sorted((p.from_code, p.to_code, p.package_version, p.type) for p in argostranslate.package.get_installed_packages([root]))


def _listed(root: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["models", "list", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    return json.loads(result.stdout)


def test_a_newer_version_replaces_the_older_one(root: Path, versions: dict[str, Path]) -> None:
    assert _install(str(versions["1.0"])).exit_code == EXIT_OK
    result = _install(str(versions["1.9"]))
    assert result.exit_code == EXIT_OK, result.output
    assert "installed fr->en 1.9" in result.stdout
    assert f"replaced fr->en 1.0 ({root / 'translate-fr_en-1_0'})" in result.stdout
    assert sorted(p.name for p in root.iterdir()) == ["translate-fr_en-1_9"]
    assert _argos_lists(root) == [("fr", "en", "1.9", "translate")]
    assert [(r["version"], r["in_use"]) for r in _listed(root)] == [("1.9", True)]


def test_keep_old_keeps_both_and_list_marks_the_one_in_use(root: Path, versions: dict[str, Path]) -> None:
    assert _install(str(versions["1.0"])).exit_code == EXIT_OK
    result = _install(str(versions["1.9"]), "--keep-old")
    assert result.exit_code == EXIT_OK, result.output
    assert "replaced" not in result.output
    assert [(r["version"], r["in_use"]) for r in _listed(root)] == [("1.0", False), ("1.9", True)]
    table = CliRunner().invoke(cli, ["models", "list"])
    assert table.exit_code == EXIT_OK
    cells = [line.replace("│", " ").split() for line in table.stdout.splitlines()]
    marks = {row[2]: row[3] for row in cells if row[:2] == ["fr", "en"]}
    assert marks == {"1.0": "no", "1.9": "yes"}
    assert _argos_lists(root) == [("fr", "en", "1.0", "translate"), ("fr", "en", "1.9", "translate")]


def test_an_older_version_does_not_replace_a_newer_one(root: Path, versions: dict[str, Path]) -> None:
    assert _install(str(versions["1.9"])).exit_code == EXIT_OK
    result = _install(str(versions["1.0"]))
    assert result.exit_code == EXIT_OK, result.output
    assert "replaced" not in result.stdout
    assert "fr->en 1.9" in result.stderr and "newer and stays in use" in result.stderr
    assert [(r["version"], r["in_use"]) for r in _listed(root)] == [("1.0", False), ("1.9", True)]


def test_argospm_duplicates_are_marked_and_replaced_on_the_next_install(root: Path, versions: dict[str, Path]) -> None:
    """argospm extracts each archive into the folder: two versions side by side."""
    root.mkdir(parents=True)
    for version in ("1.0", "1.9"):
        with zipfile.ZipFile(versions[version]) as zf:
            zf.extractall(root)
    assert [(r["version"], r["in_use"]) for r in _listed(root)] == [("1.0", False), ("1.9", True)]
    result = _install(str(versions["1.9"]))  # a reinstall of the one in use
    assert result.exit_code == EXIT_OK, result.output
    assert "replaced fr->en 1.0" in result.stdout
    assert [r["version"] for r in _listed(root)] == ["1.9"]


def test_a_failed_removal_of_the_old_version_leaves_both_usable(
    root: Path, versions: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from reltrans.engine import packages

    assert _install(str(versions["1.0"])).exit_code == EXIT_OK
    real_replace = os.replace

    def refuse_old(src: object, dst: object) -> None:
        if Path(str(src)).name == "translate-fr_en-1_0":
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", refuse_old)
    result = _install(str(versions["1.9"]))
    assert result.exit_code == EXIT_OUTPUT
    assert "installed fr->en 1.9" in result.stdout
    assert "cannot remove the older version 1.0 of fr->en: Permission denied" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setattr(packages.os, "replace", real_replace)
    assert sorted(p.name for p in root.iterdir()) == ["translate-fr_en-1_0", "translate-fr_en-1_9"]
    assert _argos_lists(root) == [("fr", "en", "1.0", "translate"), ("fr", "en", "1.9", "translate")]
    staging = packages._staging_root(root)
    assert [p.name for p in staging.iterdir() if p.is_dir()] == []  # no work folder left behind


# --------------------------------------------------------------------------- sbd packages
def _sbd_archive(copy_archive: Path, dest: Path) -> Path:
    """A legacy Argos sentence-boundary package: metadata type "sbd", from_code = to_code."""
    top = "sbd-fr-1_0"
    out = dest / f"{top}.argosmodel"
    with zipfile.ZipFile(copy_archive) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = top + info.filename[info.filename.index("/"):]
            data = src.read(info)
            if name == f"{top}/metadata.json":
                meta = json.loads(data)
                meta.update(type="sbd", from_code="fr", to_code="fr", to_name=meta["from_name"])
                data = json.dumps(meta).encode()
            dst.writestr(zipfile.ZipInfo(name, date_time=info.date_time), data)
    return out


def test_an_sbd_package_is_kept_for_argos_but_not_offered_for_translation(
    root: Path, versions: dict[str, Path], tmp_path: Path
) -> None:
    from reltrans.engine.packages import list_installed

    result = _install(str(_sbd_archive(versions["1.0"], tmp_path)))
    assert result.exit_code == EXIT_OK, result.output
    assert "not a translation package (type sbd), kept for Argos" in result.stdout
    assert "fr->fr" not in result.output
    assert (root / "sbd-fr-1_0" / "metadata.json").is_file()
    assert _argos_lists(root) == [("fr", "fr", "1.0", "sbd")]
    assert list_installed() == [] and _listed(root) == []
    refused = CliRunner().invoke(cli, ["models", "remove", "fr", "fr"])
    assert "E-NO-MODEL" in refused.stderr
