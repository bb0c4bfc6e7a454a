"""`reltrans models list/install/remove` through click's CliRunner."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_INPUT, EXIT_MODEL, EXIT_NETWORK, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "pk"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    return root


def test_list_installed_table_and_json(runner: CliRunner, argos_dir: Path) -> None:
    result = runner.invoke(cli, ["models", "list"])
    assert result.exit_code == EXIT_OK, result.output
    assert "fr" in result.stdout and "1.0" in result.stdout and "translate-fr_en-1_0" in result.stdout
    result = runner.invoke(cli, ["models", "list", "--format", "json"])
    assert result.exit_code == EXIT_OK
    rows = json.loads(result.stdout)
    assert rows == [{"from": "fr", "to": "en", "version": "1.0", "name": "translate-fr_en-1_0", "path": str(argos_dir / "translate-fr_en-1_0"), "in_use": True}]


def test_list_empty(runner: CliRunner, empty_dir: Path) -> None:
    result = runner.invoke(cli, ["models", "list"])
    assert result.exit_code == EXIT_OK
    assert "no models" in result.stderr and result.stdout == ""
    assert json.loads(runner.invoke(cli, ["models", "list", "--format", "json"]).stdout) == []


def test_install_offline_archive_then_remove(runner: CliRunner, empty_dir: Path, copy_package: Path) -> None:
    result = runner.invoke(cli, ["models", "install", str(copy_package)])
    assert result.exit_code == EXIT_OK, result.output
    assert "installed fr->en 1.0" in result.stdout
    assert (empty_dir / "translate-fr_en-1_0" / "model" / "model.bin").is_file()
    result = runner.invoke(cli, ["models", "remove", "fr", "en"])
    assert result.exit_code == EXIT_OK
    assert "removed fr->en" in result.stdout
    assert not (empty_dir / "translate-fr_en-1_0").exists()


def test_remove_missing_model_exit_code_and_message(runner: CliRunner, empty_dir: Path) -> None:
    result = runner.invoke(cli, ["models", "remove", "fr", "en"])
    assert result.exit_code == EXIT_MODEL
    assert "E-NO-MODEL" in result.stderr
    assert "reltrans models install fr en" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_install_bad_archive(runner: CliRunner, empty_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip")
    result = runner.invoke(cli, ["models", "install", str(bad)])
    assert result.exit_code == EXIT_MODEL
    assert "E-ARCHIVE" in result.stderr and str(bad) in result.stderr
    missing = runner.invoke(cli, ["models", "install", str(tmp_path / "nope.argosmodel")])
    assert missing.exit_code == EXIT_MODEL and "no such archive" in missing.stderr


def test_install_needs_pair_or_file(runner: CliRunner, empty_dir: Path) -> None:
    result = runner.invoke(cli, ["models", "install", "fr"])
    assert result.exit_code == EXIT_USAGE
    assert "language pair" in result.stderr


def test_install_from_index_network_error(runner: CliRunner, empty_dir: Path) -> None:
    # The socket guard refuses the connection: reported as a network error, exit 6.
    result = runner.invoke(cli, ["models", "install", "fr", "en", "--index-url", "http://192.0.2.1/"])
    assert result.exit_code == EXIT_NETWORK, result.output
    assert "E-NETWORK" in result.stderr


@pytest.mark.network_loopback
def test_install_and_list_available_from_loopback_index(runner: CliRunner, empty_dir: Path, copy_package: Path, loopback_server: Any) -> None:
    server = loopback_server
    server.files["/p.argosmodel"] = copy_package.read_bytes()
    index = [
        {"from_code": "fr", "to_code": "en", "package_version": "1.0", "links": [f"{server.url}/p.argosmodel"]},
        {"from_code": "en", "to_code": "es", "package_version": "1.0", "links": [f"{server.url}/none"]},
    ]
    server.files["/index.json"] = json.dumps(index).encode()
    listed = runner.invoke(cli, ["models", "list", "--available", "--index-url", server.url, "--allow-http", "--format", "json"])
    assert listed.exit_code == EXIT_OK, listed.output
    assert [(r["from"], r["to"]) for r in json.loads(listed.stdout)] == [("fr", "en"), ("en", "es")]
    result = runner.invoke(cli, ["models", "install", "fr", "en", "--index-url", server.url, "--allow-http"])
    assert result.exit_code == EXIT_OK, result.output
    missing = runner.invoke(cli, ["models", "install", "fr", "de", "--index-url", server.url, "--allow-http"])
    assert "installed fr->en" in result.stdout
    assert (empty_dir / "translate-fr_en-1_0").is_dir()
    assert missing.exit_code == EXIT_MODEL and "available: en->es, fr->en" in missing.stderr


def test_exit_input_is_not_used_for_models(runner: CliRunner, empty_dir: Path) -> None:
    assert runner.invoke(cli, ["models", "list"]).exit_code != EXIT_INPUT


def test_install_on_read_only_packages_dir_is_one_line_exit_5(
    runner: CliRunner, argos_dir: Path, copy_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from reltrans.engine import packages

    real_replace = os.replace

    def read_only(src: object, dst: object) -> None:
        if str(src).startswith(str(argos_dir) + os.sep):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packages.os, "replace", read_only)
    for args in (["install", str(copy_package)], ["remove", "fr", "en"]):
        result = runner.invoke(cli, ["models", *args])
        assert result.exit_code == EXIT_OUTPUT, (result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "E-OUTPUT" in lines[0] and "Read-only file system" in lines[0], result.stderr
    assert (argos_dir / "translate-fr_en-1_0" / "model" / "model.bin").is_file()


def test_over_long_archive_name_is_one_line(runner: CliRunner, empty_dir: Path) -> None:
    result = runner.invoke(cli, ["models", "install", "x" * 300 + ".argosmodel"])
    assert result.exit_code == EXIT_MODEL and "no such archive" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(cli, ["models", "install", "x" * 300])
    assert result.exit_code == EXIT_USAGE and "Traceback" not in result.output


def test_encrypted_archive_is_one_line_exit_4(runner: CliRunner, empty_dir: Path, copy_package: Path, tmp_path: Path) -> None:
    data = bytearray(copy_package.read_bytes())
    pos = data.find(b"PK\x01\x02")
    data[pos + 8] |= 0x1  # mark the first central-directory entry as encrypted
    archive = tmp_path / "enc.argosmodel"
    archive.write_bytes(bytes(data))
    result = runner.invoke(cli, ["models", "install", str(archive)])
    assert result.exit_code == EXIT_MODEL, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "E-ARCHIVE" in lines[0] and "encrypted" in lines[0], result.stderr
