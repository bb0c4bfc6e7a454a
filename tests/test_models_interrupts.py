"""`reltrans models` under Ctrl-C and SIGTERM, and plain messages for odd setups: an index entry
without language names, a packages "directory" that is a file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reltrans.cli import LazyGroup, cli, main
from reltrans.errors import EXIT_INTERRUPTED, EXIT_MODEL, EXIT_OK, EXIT_OUTPUT

EXIT_TERMINATED = 143
SRC = Path(__file__).resolve().parents[1] / "src"


def test_ctrl_c_before_the_command_runs_is_interrupted_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Ctrl-C while click resolves the command: before the command's own handler, where click
    # alone prints "Aborted!" and exits 1.
    def interrupted(self: Any, ctx: Any, name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(LazyGroup, "get_command", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        main(["models", "list"])
    assert exit_info.value.code == EXIT_INTERRUPTED
    err = capsys.readouterr().err
    assert "interrupted" in err and "Aborted" not in err


def test_main_keeps_click_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and "reltrans" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["models", "no-such-command"])
    assert exit_info.value.code == 2 and "No such command" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["models", "remove", "fr", "en"])  # no model: the command's own exit code
    assert exit_info.value.code == EXIT_MODEL


KILL_DURING_LOAD_TEST = """
import os, signal, sys
from reltrans.engine import packages
real = packages._load_test
def killed(package, archive):
    os.kill(os.getpid(), signal.SIGTERM)
    real(package, archive)
packages._load_test = killed
from reltrans.cli import main
main(["models", "install", sys.argv[1]])
"""


def test_sigterm_during_install_cleans_up_and_exits_143(tmp_path: Path, copy_package: Path) -> None:
    root = tmp_path / "packages"
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(root), "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", KILL_DURING_LOAD_TEST, str(copy_package)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == EXIT_TERMINATED, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "terminated"
    from reltrans.engine import packages

    staging = packages._staging_root(root)
    assert [p.name for p in staging.iterdir()] == []  # no work folder left beside the packages folder
    assert [p.name for p in root.iterdir()] == []


def test_sigterm_handler_is_restored_after_the_command(runner_env: None, copy_package: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    result = CliRunner().invoke(cli, ["models", "install", str(copy_package)])
    assert result.exit_code == EXIT_OK, result.output
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.fixture
def runner_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))


def test_models_list_ignores_leftovers_of_a_killed_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copy_package: Path) -> None:
    from reltrans.engine import packages

    root = tmp_path / "pk"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    packages.install_archive(copy_package)
    (packages._staging_root(root) / "install-killed" / "package" / "model").mkdir(parents=True)
    (root / ".reltrans-incoming-0a1b").mkdir()
    result = CliRunner().invoke(cli, ["models", "list", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    assert [row["name"] for row in json.loads(result.stdout)] == ["translate-fr_en-1_0"]
    assert "warning" not in result.stderr


@pytest.mark.network_loopback
def test_available_without_language_names_shows_the_codes(runner_env: None, loopback_server: Any) -> None:
    index = [
        {"from_code": "fr", "to_code": "en", "package_version": "1.0", "links": ["https://example.invalid/p.argosmodel"]},
        {"from_code": "en", "to_code": "es", "from_name": "English", "to_name": "Spanish", "package_version": "1.0", "links": []},
    ]
    loopback_server.files["/index.json"] = json.dumps(index).encode()
    result = CliRunner().invoke(cli, ["models", "list", "--available", "--index-url", loopback_server.url, "--allow-http", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    assert [row["name"] for row in json.loads(result.stdout)] == ["fr -> en", "English -> Spanish"]


@pytest.fixture
def packages_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "packages"
    path.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(path))
    return path


def test_install_into_a_file_says_it_is_a_file(packages_file: Path, copy_package: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "install", str(copy_package)])
    assert result.exit_code == EXIT_OUTPUT
    assert "is a file, not a folder" in result.stderr and "File exists" not in result.stderr
    assert str(packages_file) in result.stderr
    assert packages_file.read_text(encoding="utf-8") == "not a folder\n"


def test_translate_with_a_file_as_packages_dir_says_it_is_a_file(packages_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "note.fr.txt"
    source.write_text("Le comité se réunit demain.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", str(source), "--from", "fr", "--to", "en", "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_MODEL, result.output
    assert "is a file, not a folder" in result.stderr


def test_models_list_with_a_file_as_packages_dir_warns(packages_file: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "list"])
    assert result.exit_code == EXIT_OK
    assert "is a file, not a folder" in result.stderr
