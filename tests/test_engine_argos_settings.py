"""The ARGOS_* settings a LibreTranslate / argospm administrator sets (``reltrans.engine.argos_settings``):
read as Argos reads them (environment, then settings.json), under the command-line options."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.engine import argos_settings
from reltrans.engine.translator import DecodeOptions
from reltrans.errors import EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, UsageError

ARGOS_VARS = ("ARGOS_DEVICE_TYPE", "ARGOS_COMPUTE_TYPE", "ARGOS_BEAM_SIZE", "ARGOS_INTER_THREADS", "ARGOS_INTRA_THREADS")


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ARGOS_VARS + ("SNAP", "SNAP_USER_DATA"):
        monkeypatch.delenv(var, raising=False)


def _settings_json(data: dict[str, object]) -> Path:
    path = argos_settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_nothing_set_gives_argos_defaults() -> None:
    assert argos_settings.decode_defaults() == {}
    assert argos_settings.decode_options() == DecodeOptions()


def test_environment_sets_the_decoding_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_DEVICE_TYPE", "cuda")
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "int8_float16")
    monkeypatch.setenv("ARGOS_BEAM_SIZE", " 2 ")
    monkeypatch.setenv("ARGOS_INTER_THREADS", "3")
    monkeypatch.setenv("ARGOS_INTRA_THREADS", "0")
    options = argos_settings.decode_options()
    assert (options.device, options.compute_type, options.beam_size, options.inter_threads, options.intra_threads) == (
        "cuda", "int8_float16", 2, 3, 0,
    )


def test_command_line_beats_environment_beats_settings_json(monkeypatch: pytest.MonkeyPatch) -> None:
    _settings_json({"ARGOS_BEAM_SIZE": 3, "ARGOS_INTER_THREADS": "2", "ARGOS_DEVICE_TYPE": "cpu"})
    assert argos_settings.decode_options().beam_size == 3  # a JSON number, as Argos' int() takes it
    monkeypatch.setenv("ARGOS_BEAM_SIZE", "5")
    options = argos_settings.decode_options()
    assert (options.beam_size, options.inter_threads) == (5, 2)
    assert argos_settings.decode_options(beam_size=1, inter_threads=None).beam_size == 1
    assert argos_settings.decode_options(beam_size=1).inter_threads == 2


def test_argos_auto_compute_type_is_the_models_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argos passes no compute type for "auto": CTranslate2's "default", the type on disk."""
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "auto")
    assert argos_settings.decode_options().compute_type == "default"
    monkeypatch.setenv("ARGOS_COMPUTE_TYPE", "float32")
    assert argos_settings.decode_options().compute_type == "float32"


def test_an_empty_variable_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_BEAM_SIZE", "")
    assert argos_settings.decode_options().beam_size == 4


@pytest.mark.parametrize(
    ("var", "value", "expected"),
    [
        ("ARGOS_BEAM_SIZE", "four", "a whole number from 1 to 64"),
        ("ARGOS_BEAM_SIZE", "0", "a whole number from 1 to 64"),
        ("ARGOS_INTER_THREADS", "0", "a whole number from 1 to 64"),
        ("ARGOS_INTRA_THREADS", "-1", "a whole number from 0 to 256"),
        ("ARGOS_DEVICE_TYPE", "tpu", "one of cpu, cuda, auto"),
        ("ARGOS_COMPUTE_TYPE", "int4", "a CTranslate2 compute type"),
    ],
)
def test_invalid_values_name_the_variable(monkeypatch: pytest.MonkeyPatch, var: str, value: str, expected: str) -> None:
    monkeypatch.setenv(var, value)
    with pytest.raises(UsageError) as info:
        argos_settings.decode_options()
    message = str(info.value)
    assert message.startswith(f"E-USAGE {var}={value!r} in the environment: expected {expected}")
    assert "\n" not in message


def test_invalid_value_in_settings_json_names_the_file() -> None:
    path = _settings_json({"ARGOS_DEVICE_TYPE": "gpu"})
    with pytest.raises(UsageError, match=f"ARGOS_DEVICE_TYPE='gpu' in {path}"):
        argos_settings.decode_options()


def test_packages_dir_and_index_from_settings_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reltrans.engine.packages import index_url, packages_dir

    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    _settings_json({"ARGOS_PACKAGES_DIR": str(tmp_path / "shared"), "ARGOS_PACKAGE_INDEX": "https://mirror.example/argos/"})
    assert packages_dir() == tmp_path / "shared"
    assert index_url() == "https://mirror.example/argos/index.json"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "env"))
    assert packages_dir() == tmp_path / "env"


def test_snap_home_and_bundled_package_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, copy_package: Path) -> None:
    from reltrans.engine.packages import list_installed, packages_dir

    for var in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)
    snap, user = tmp_path / "snap", tmp_path / "snap-user"
    monkeypatch.setenv("SNAP", str(snap))
    monkeypatch.setenv("SNAP_USER_DATA", str(user))
    assert packages_dir() == user / ".local" / "share" / "argos-translate" / "packages"
    assert argos_settings.settings_file() == user / ".config" / "argos-translate" / "settings.json"
    assert argos_settings.snap_package_dirs() == []
    bundled = snap / "snap_custom" / "packages"
    bundled.mkdir(parents=True)
    with zipfile.ZipFile(copy_package) as zf:
        zf.extractall(bundled)
    (snap / "snap_custom" / "content_snap_packages" / "extra").mkdir(parents=True)
    assert argos_settings.snap_package_dirs() == [bundled, snap / "snap_custom" / "content_snap_packages" / "extra"]
    assert [p.path for p in list_installed()] == [bundled / "translate-fr_en-1_0"]
    refused = CliRunner().invoke(cli, ["models", "remove", "fr", "en"])
    assert refused.exit_code == EXIT_OUTPUT
    assert "bundled outside the packages directory" in refused.stderr
    assert (bundled / "translate-fr_en-1_0" / "metadata.json").is_file()


# --------------------------------------------------------------------------- through translate
def _signature(po: Path) -> str:
    line = next(l for l in po.read_text(encoding="utf-8").splitlines() if l.startswith('"X-Reltrans-Signature: '))
    return line


@pytest.mark.model
def test_translate_uses_argos_beam_size_unless_the_option_is_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_dir: Path
) -> None:
    source = tmp_path / "rel.fr.txt"
    source.write_text("Les familles ont reçu des couvertures.\n", encoding="utf-8")
    runner = CliRunner()
    monkeypatch.setenv("ARGOS_BEAM_SIZE", "2")
    assert runner.invoke(cli, ["translate", str(source), "-q", "--no-tm"]).exit_code == EXIT_OK
    assert "|beam2|" in _signature(tmp_path / "rel.fr.en.po")
    result = runner.invoke(cli, ["translate", str(source), "-q", "--no-tm", "--force", "--beam-size", "3"])
    assert result.exit_code == EXIT_OK, result.output
    assert "|beam3|" in _signature(tmp_path / "rel.fr.en.po")


def test_translate_refuses_an_invalid_setting_with_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "rel.fr.txt"
    source.write_text("Bonjour.\n", encoding="utf-8")
    monkeypatch.setenv("ARGOS_INTER_THREADS", "many")
    result = CliRunner().invoke(cli, ["translate", str(source)])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.strip() == "E-USAGE ARGOS_INTER_THREADS='many' in the environment: expected a whole number from 1 to 64"
    assert not (tmp_path / "rel.fr.en.po").exists()
    given = CliRunner().invoke(cli, ["translate", str(source), "--inter-threads", "1", "--no-mt", "-q"])
    assert given.exit_code == EXIT_OK, given.output  # the option overrides the broken setting


def test_malformed_settings_json_is_ignored_with_a_warning_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    path = argos_settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="settings file .*settings.json is not valid JSON"):
        assert argos_settings.setting("ARGOS_BEAM_SIZE") is None
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    result = CliRunner().invoke(cli, ["models", "list"])
    assert result.exit_code == EXIT_OK, result.output
    warnings_printed = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings_printed == [f"warning: Argos settings file {path} is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1)); ignored"]
