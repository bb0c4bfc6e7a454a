"""PO headers that say what is true: the source and its version, who translated (nobody yet)."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from reltrans.catalog import (
    MACHINE_TRANSLATOR,
    NO_TEAM,
    build_catalog,
    catalog_to_text,
    header_source,
    make_header,
    make_template_header,
    project_id,
    source_version,
)
from reltrans.config import parse_config
from reltrans.errors import ConfigError


def _header(**kwargs: object) -> dict[str, str]:
    return make_header(source_lang="fr", target_lang="en", project="rel.fr.txt", signature="model=x|segmenter=1", **kwargs)  # type: ignore[arg-type]


def test_project_id_names_the_source_and_its_version() -> None:
    version = source_version("Le texte du communiqué.\n")
    assert len(version) == 12 and version == source_version("Le texte du communiqué.\n")
    assert version != source_version("Le texte du communiqué, révisé.\n")
    header = _header(version=version)
    assert header["Project-Id-Version"] == f"rel.fr.txt {version}" == project_id("rel.fr.txt", version)
    assert header_source(header) == "rel.fr.txt"
    assert header_source({"Project-Id-Version": "rel.fr.txt"}) is None  # not a reltrans header
    assert header_source({"Project-Id-Version": "my release.txt 0123456789ab", "X-Reltrans-Signature": "s"}) == "my release.txt"
    assert header_source({"Project-Id-Version": "UN press 2025", "X-Reltrans-Signature": "s"}) is None  # a team's own name


def test_nobody_named_means_gettext_conventions_not_invented_addresses() -> None:
    header = _header(version="0123456789ab")
    assert header["Last-Translator"] == MACHINE_TRANSLATOR == "Automatically generated"
    assert header["Language-Team"] == NO_TEAM == "none"
    assert "localhost" not in "".join(header.values())
    named = _header(last_translator="Ana Pérez <ana@example.org>", language_team="English <en@example.org>")
    assert named["Last-Translator"] == "Ana Pérez <ana@example.org>" and named["Language-Team"] == "English <en@example.org>"
    assert "\n" not in _header(last_translator="Ana\nLanguage: xx")["Last-Translator"]


def test_template_header_has_xgettext_placeholders() -> None:
    header = make_template_header(source_lang="fr", project="rel.fr.txt", version="0123456789ab", signature="s")
    assert header["Last-Translator"] == "FULL NAME <EMAIL@ADDRESS>"
    assert header["Language-Team"] == "LANGUAGE <LL@li.org>"
    assert header["PO-Revision-Date"] == "YEAR-MO-DA HO:MI+ZONE"
    assert header["Language"] == "" and "Plural-Forms" not in header


def test_babel_reads_project_and_version() -> None:
    from babel.messages.pofile import read_po

    catalog = build_catalog([], _header(version="0123456789ab", last_translator="Ana <ana@example.org>"))
    babel = read_po(io.BytesIO(catalog_to_text(catalog).encode("utf-8")))
    assert (babel.project, babel.version) == ("rel.fr.txt", "0123456789ab")
    assert babel.last_translator == "Ana <ana@example.org>"
    assert str(babel.locale) == "en"


def test_configuration_names_translator_and_team(tmp_path: Path) -> None:
    config = parse_config({"last_translator": "Ana <ana@example.org>", "language_team": "English <en@example.org>"}, tmp_path / "reltrans.toml")
    assert config.last_translator == "Ana <ana@example.org>" and config.language_team == "English <en@example.org>"
    with pytest.raises(ConfigError, match="one line"):
        parse_config({"last_translator": "Ana\nLanguage: xx"}, tmp_path / "reltrans.toml")
    with pytest.raises(ConfigError, match="update_draft"):
        parse_config({"update_draft": "replace"}, tmp_path / "reltrans.toml")
    with pytest.raises(ConfigError, match="wrap"):
        parse_config({"wrap": "yes"}, tmp_path / "reltrans.toml")


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_msgfmt_check_header_accepts_it(tmp_path: Path) -> None:
    path = tmp_path / "rel.po"
    path.write_text(catalog_to_text(build_catalog([], _header(version="0123456789ab"))), encoding="utf-8")
    done = subprocess.run(["msgfmt", "--check-header", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
