"""``reltrans.langcodes``: what counts as a language code, its normal form, and suggestions."""
from __future__ import annotations

import subprocess
import sys

import pytest

from reltrans import langcodes
from reltrans.errors import EXIT_INPUT, EXIT_USAGE, ConfigError, UsageError


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("fr", "fr"),
        ("EN", "en"),
        ("pt-BR", "pt-BR"),
        ("pt_br", "pt-BR"),  # gettext's separator, any case
        ("ZH-hant", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        ("es-419", "es-419"),  # UN M.49 region
        ("de-CH-1996", "de-CH-1996"),  # variant
        ("sr-Latn", "sr-Latn"),
        ("frr", "frr"),  # ISO 639-3 North Frisian: no 639-1 code, accepted as is
        ("cmn", "cmn"),
        ("zt", "zt"),  # Argos' code for Chinese (Traditional)
    ],
)
def test_valid_codes_are_normalised(typed: str, normal: str) -> None:
    assert langcodes.canonical(typed) == normal
    assert langcodes.is_valid(typed)
    assert langcodes.require(typed) == normal


@pytest.mark.parametrize(
    "typed",
    [
        "x/../../outside/p", "../en", "en/..", "/tmp/en", "en\\fr", ".", "..", "",
        "en\n", "en\nLanguage: xx", "en\r", "fr\rX-Evil: 1", "en\x00", " en", "en ",
        "fr-", "-fr", "fr--FR", "fr-FR-FR", "xx", "q", "fr-Xxxx", "fr-ZZ", "fr-12",
        "fra", "fre", "eng", "und", "mul", "qaa", "fr" + "-abcdefgh" * 5, "é", "ｆｒ",
    ],
)
def test_invalid_codes_are_refused(typed: str) -> None:
    assert langcodes.canonical(typed) is None
    with pytest.raises(UsageError) as caught:
        langcodes.require(typed, label="--to")
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith("E-USAGE --to ")
    assert caught.value.exit_code == EXIT_USAGE


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("fra", "fr"),  # ISO 639-2/T and 639-3
        ("fre", "fr"),  # ISO 639-2/B
        ("eng", "en"),
        ("spa", "es"),
        ("esp", "es"),  # not a code at all, but what people type
        ("ger", "de"),
        ("deu", "de"),
        ("chi", "zh"),
        ("iw", "he"),  # withdrawn from ISO 639-1
        ("jp", "ja"),  # a country code
        ("French", "fr"),
        ("frensh", "fr"),  # a misspelt name
        ("frn", "fr"),  # a typo in a three-letter code
        ("fra-FR", "fr-FR"),
        ("en-UK", "en-GB"),
        ("pt-br", "pt-BR"),  # valid: its normal form
        ("frr", "frr"),  # valid 639-3 code: not "corrected" to fr
    ],
)
def test_suggest_names_the_closest_valid_code(typed: str, expected: str) -> None:
    assert langcodes.suggest(typed) == expected
    assert langcodes.is_valid(expected)


@pytest.mark.parametrize("typed", ["x/../../outside/p", "und", "qaa", "zz", "", "a" * 1000])
def test_no_suggestion_when_nothing_is_close(typed: str) -> None:
    assert langcodes.suggest(typed) is None


def test_error_for_a_three_letter_code_suggests_the_two_letter_one() -> None:
    with pytest.raises(UsageError) as caught:
        langcodes.require("fra", label="--to")
    assert str(caught.value) == "E-USAGE --to 'fra': use the ISO 639-1 code of French: did you mean 'fr'?"


def test_error_for_a_path_quotes_it_escaped_on_one_line() -> None:
    with pytest.raises(UsageError) as caught:
        langcodes.require("en\nLanguage: xx", label="--to")
    assert str(caught.value).startswith("E-USAGE --to 'en\\nLanguage: xx': not a language code")


def test_long_input_is_cut_in_the_message() -> None:
    message = langcodes.problem("a" * 10_000)
    assert message is not None
    with pytest.raises(UsageError) as caught:
        langcodes.require("a" * 10_000)
    assert len(str(caught.value)) < 200


def test_require_raises_the_error_class_asked_for_with_its_path() -> None:
    with pytest.raises(ConfigError) as caught:
        langcodes.require("eng", label="target_lang", error=ConfigError, path="reltrans.toml")
    assert str(caught.value).startswith("reltrans.toml: E-CONFIG target_lang 'eng': ")
    assert "'en'" in str(caught.value)
    assert caught.value.exit_code == EXIT_INPUT


def test_every_iso_639_1_code_is_valid_and_every_639_2_alias_maps_to_one() -> None:
    from reltrans.langcodes_data import ISO_639_1

    assert len(ISO_639_1) >= 183
    for code, terminology, bibliographic, _name in ISO_639_1:
        assert langcodes.canonical(code) == code
        for alias in (terminology, bibliographic):
            if alias:
                assert langcodes.canonical(alias) is None
                assert langcodes.suggest(alias) == code


def test_language_name_and_primary_language() -> None:
    assert langcodes.language_name("pt-BR") == "Portuguese"
    assert langcodes.primary_language("zh-Hant-TW") == "zh"


def test_import_stays_light() -> None:
    code = "import sys, reltrans.langcodes as l; l.require('fr'); print(sorted(m for m in ('polib', 'click', 'rich', 'regex', 'ctranslate2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("code", ["x/../../outside/p", "en\nLanguage: xx", "en\rX: 1", "eng"])
def test_a_po_header_is_never_built_from_a_code_that_is_not_valid(code: str) -> None:
    from reltrans.catalog import make_header

    for field in ("source_lang", "target_lang"):
        languages = {"source_lang": "fr", "target_lang": "en", field: code}
        with pytest.raises(UsageError):
            make_header(project="release.txt", signature="s", **languages)


def test_a_po_header_gets_normalised_codes() -> None:
    from reltrans.catalog import make_header

    header = make_header(source_lang="FR", target_lang="pt_br", project="release.txt", signature="s")
    assert (header["X-Source-Language"], header["Language"]) == ("fr", "pt-BR")
    chinese = make_header(source_lang="fr", target_lang="zh-Hant", project="release.txt", signature="s")
    assert chinese["Plural-Forms"] == "nplurals=1; plural=0;"  # the language's rule, not the default


@pytest.mark.parametrize(
    ("args", "label"),
    [
        (["eval", "--po", "x.po", "--to", "fra"], "--to"),
        (["eval", "--po", "x.po", "--from", "x/../p"], "--from"),
        (["tm", "import", "x.po", "--from", "eng"], "--from"),
        (["tm", "export", "--to", "en\nX: 1"], "--to"),
        (["models", "install", "fra", "en"], "FROM_CODE"),
        (["models", "install", "fr", "../../p"], "TO_CODE"),
        (["models", "remove", "fr", "eng"], "TO_CODE"),
        (["models", "remove", "x/../y", "en"], "FROM_CODE"),
        (["segment", "x.txt", "--lang", "fre"], "--lang"),
    ],
)
def test_every_command_refuses_a_code_that_is_not_valid_in_one_line(args: list[str], label: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from reltrans.cli import cli

    result = CliRunner().invoke(cli, args, env={"RELTRANS_TM": str(tmp_path / "tm.sqlite"), "ARGOS_PACKAGES_DIR": str(tmp_path / "packages")})
    assert result.exit_code == EXIT_USAGE, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"E-USAGE {label} "), lines
    assert "models install" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []
