"""Project configuration files."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.config import ConfigError, find_config, load_config


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.path is None and config.glossaries == () and config.bundled_glossary


def test_reltrans_toml_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "reltrans.toml").write_text(
        'source_lang = "fr"\ntarget_lang = "es"\nglossaries = ["g/extra.toml"]\nbundled_glossary = false\ntm = "tm.sqlite"\n'
    )
    sub = tmp_path / "releases" / "2026"
    sub.mkdir(parents=True)
    config = load_config(sub)
    assert config.path == tmp_path / "reltrans.toml"
    assert config.target_lang == "es"
    assert config.glossaries == (tmp_path / "g" / "extra.toml",)
    assert config.bundled_glossary is False
    assert config.tm == tmp_path / "tm.sqlite"


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.reltrans]\nglossaries = ["a.tbx"]\n')
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    assert load_config(tmp_path).glossaries == (tmp_path / "a.tbx",)


def test_pyproject_without_the_table_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path) is None or find_config(tmp_path) != tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("glossaries = 'one.toml'\n", "list of paths"),
        ("glosaries = ['x']\n", "unknown key"),
        ("bundled_glossary = 'no'\n", "true or false"),
        ("source_lang = [\n", "invalid TOML"),
    ],
)
def test_bad_config_is_a_one_line_error(tmp_path: Path, text: str, words: str) -> None:
    (tmp_path / "reltrans.toml").write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.exit_code == 3


def test_glossary_sources_combine_configuration_and_options(tmp_path: Path) -> None:
    (tmp_path / "reltrans.toml").write_text('glossaries = ["a.toml"]\nbundled_glossary = false\n')
    config = load_config(tmp_path)
    assert config.glossary_sources([Path("b.toml")]) == ((tmp_path / "a.toml", Path("b.toml")), False)
    plain = load_config(tmp_path / "..")  # no configuration above tmp_path's parent chain here
    assert plain.glossary_sources([], no_bundled=True)[1] is False


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('target_lang = "x/../../outside/p"\n', "target_lang 'x/../../outside/p': not a language code"),
        ('target_lang = "en\\nLanguage: xx"\n', "target_lang 'en\\nLanguage: xx': not a language code"),
        ('source_lang = "fra"\n', "source_lang 'fra': use the ISO 639-1 code of French: did you mean 'fr'?"),
        ('[tool.reltrans]\ntarget_lang = "eng"\n', "target_lang 'eng'"),
    ],
)
def test_a_language_code_that_is_not_valid_is_refused(tmp_path: Path, text: str, words: str) -> None:
    name = "pyproject.toml" if text.startswith("[tool") else "reltrans.toml"
    (tmp_path / name).write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / name}: E-CONFIG ")
    assert words in message and "\n" not in message
    assert caught.value.exit_code == 3


def test_language_codes_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "reltrans.toml").write_text('source_lang = "FR"\ntarget_lang = "pt_br"\n')
    config = load_config(tmp_path)
    assert (config.source_lang, config.target_lang) == ("fr", "pt-BR")
