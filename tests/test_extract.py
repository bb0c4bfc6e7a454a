"""``reltrans extract``: gettext templates with translate's sentences, that msgmerge and Babel take."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.catalog import TEMPLATE_TRANSLATOR, parse_catalog, read_catalog
from reltrans.cli import cli
from reltrans.errors import OutputError
from reltrans.extract import extract_templates, template_path_for

RELEASE = (
    "Des kits d'hygiène pour les familles déplacées\n"
    "\n"
    "Goma - Les équipes ont distribué 2 400 kits cette semaine. Elles en prévoient autant en mai.\n"
    "\n"
    "Les équipes ont distribué 2 400 kits cette semaine.\n"
)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "kits.fr.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_extract_writes_a_template_into_a_new_folder(release: Path, tmp_path: Path) -> None:
    out = tmp_path / "pot" / "fr"
    result = CliRunner().invoke(cli, ["extract", str(release), "-o", str(out)])
    assert result.exit_code == 0, result.output
    pot = out / "kits.fr.pot"
    assert f"wrote {pot} (4 entries)" in result.output
    catalog = read_catalog(pot)
    assert [e.msgid for e in catalog.entries] == [
        "Des kits d'hygiène pour les familles déplacées",
        "Goma - Les équipes ont distribué 2 400 kits cette semaine.",
        "Elles en prévoient autant en mai.",
        "Les équipes ont distribué 2 400 kits cette semaine.",
    ]
    assert all(e.msgstr == "" and not e.flags for e in catalog.entries)
    header = catalog.header
    assert header["Last-Translator"] == TEMPLATE_TRANSLATOR and header["Language-Team"] == "LANGUAGE <LL@li.org>"
    assert header["PO-Revision-Date"] == "YEAR-MO-DA HO:MI+ZONE" and header["Language"] == ""
    assert header["Project-Id-Version"].startswith("kits.fr.txt ") and "Plural-Forms" not in header
    again = CliRunner().invoke(cli, ["extract", str(release), "-o", str(out), "-q"])
    assert again.exit_code == 0 and again.output == ""  # up to date: nothing written


def test_template_has_the_entries_translate_writes(release: Path) -> None:
    assert CliRunner().invoke(cli, ["translate", str(release), "--no-mt", "-q", "--no-bundled-glossary"]).exit_code == 0
    po = read_catalog(release.with_name("kits.fr.en.po"))
    (result,) = extract_templates([release])
    pot = read_catalog(result.output)
    assert result.output == template_path_for(release, None) == release.with_name("kits.fr.pot")
    strip = lambda entries: [  # noqa: E731 - glossary comments need a target language
        (e.msgid, e.references, tuple(c for c in e.extracted_comments if not c.startswith("glossary:"))) for e in entries
    ]
    assert strip(pot.entries) == strip(po.entries)
    assert pot.header["Project-Id-Version"] == po.header["Project-Id-Version"]


def test_babel_reads_template_and_po(release: Path) -> None:
    from babel.messages.pofile import read_po

    assert CliRunner().invoke(cli, ["translate", str(release), "--no-mt", "-q", "--no-bundled-glossary"]).exit_code == 0
    (result,) = extract_templates([release])
    for path in (result.output, release.with_name("kits.fr.en.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle)
        assert catalog.project == "kits.fr.txt"
        assert len(catalog.version) == 12 and int(catalog.version, 16) >= 0
        assert len(list(catalog)) == 5  # header + 4 entries


def test_extract_refuses_a_file_as_output_folder(release: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "notadir"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="names the folder"):
        extract_templates([release], output_dir=blocker)
    result = CliRunner().invoke(cli, ["extract", str(release), "-o", str(blocker)])
    assert result.exit_code == 5 and "names the folder" in result.output


@pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext is not installed")
def test_msgmerge_of_a_reltrans_template_into_a_reltrans_po(release: Path) -> None:
    assert CliRunner().invoke(cli, ["translate", str(release), "--no-mt", "-q", "--no-bundled-glossary"]).exit_code == 0
    po_path = release.with_name("kits.fr.en.po")
    text = po_path.read_text(encoding="utf-8").replace(
        'msgid "Elles en prévoient autant en mai."\nmsgstr ""', 'msgid "Elles en prévoient autant en mai."\nmsgstr "They plan as many in May."'
    )
    po_path.write_text(text, encoding="utf-8")
    release.write_text(RELEASE.replace("en mai", "en juin"), encoding="utf-8")
    (result,) = extract_templates([release])
    merged = subprocess.run(
        ["msgmerge", "--previous", "--quiet", "-o", "-", str(po_path), str(result.output)], capture_output=True, text=True, check=True
    ).stdout
    entries = {e.msgid: e for e in parse_catalog(merged, "merged.po").entries}
    changed = entries["Elles en prévoient autant en juin."]
    assert changed.msgstr == "They plan as many in May." and changed.fuzzy
    assert changed.previous_msgid == "Elles en prévoient autant en mai."


@pytest.mark.skipif(shutil.which("msginit") is None, reason="GNU gettext is not installed")
def test_msginit_and_msgfmt_accept_the_template(release: Path, tmp_path: Path) -> None:
    (result,) = extract_templates([release])
    po = tmp_path / "de.po"
    subprocess.run(["msginit", "--no-translator", "-l", "de", "-i", str(result.output), "-o", str(po)], check=True, capture_output=True)
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_re_extracting_with_another_wrap_lays_the_template_out_again(tmp_path: Path) -> None:
    source = tmp_path / "long.fr.txt"
    source.write_text(
        "L'Organisation internationale pour les migrations a annoncé aujourd'hui l'ouverture de trois "
        "nouveaux centres d'accueil pour les personnes déplacées dans la région, avec ses partenaires.\n",
        encoding="utf-8",
    )
    (first,) = extract_templates([source], wrap=False)
    pot = first.output
    assert max(len(line) for line in pot.read_text(encoding="utf-8").splitlines()) > 100
    (again,) = extract_templates([source], wrap=True)
    assert again.written
    assert max(len(line) for line in pot.read_text(encoding="utf-8").splitlines()) <= 80
    (same,) = extract_templates([source], wrap=True)
    assert not same.written  # unchanged and already wrapped: left alone
