"""The wrap policy: ``wrap=True`` writes what msgcat (and translate-toolkit, so Weblate) write,
``wrap=False`` what ``msgcat --no-wrap`` writes, and an update keeps the layout the file has,
so a round trip through any of them changes nothing."""
from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path
from typing import Sequence

import pytest
from click.testing import CliRunner

from reltrans.catalog import catalog_to_text, is_wrapped, read_catalog, write_catalog
from reltrans.cli import cli
from reltrans.model import Catalog, CatalogEntry
from reltrans.pipeline import TranslateSettings, translate_files
from reltrans.powrap import wrap_string

DATA = Path(__file__).resolve().parent / "data" / "po"
MSGCAT = shutil.which("msgcat")
needs_msgcat = pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")

GOLDEN_ENTRIES = (
    CatalogEntry(
        "Genève - Le Haut-Commissariat a ouvert 3 centres d'accueil supplémentaires à la frontière, où « plus de 12 500 personnes » sont arrivées depuis lundi.",
        "Geneva - The High Commissioner's Office opened 3 more reception centres at the border, where \"more than 12,500 people\" have arrived since Monday.",
        flags=("fuzzy",), references=(("rel.fr.txt", 3),), extracted_comments=("paragraph 2, sentence 1",),
        previous_msgid="Genève - Le Haut-Commissariat a ouvert 2 centres d'accueil supplémentaires à la frontière, où « plus de 12 500 personnes » sont arrivées depuis lundi.",
    ),
    CatalogEntry("Première ligne\nDeuxième ligne", "First line\nSecond line", references=(("rel.fr.txt", 5),)),
    CatalogEntry("Voir https://www.example.org/fr/communiques/2025/une-adresse-tres-longue-pour-le-test.html pour le détail.", ""),
    CatalogEntry(
        "Une phrase retirée du communiqué, mais dont la traduction revue reste dans le fichier.",
        "A sentence removed from the release, whose reviewed translation stays in the file.", obsolete=True,
    ),
)
GOLDEN = Catalog(
    header={"Project-Id-Version": "rel.fr.txt 0123456789ab", "Language": "en", "Content-Type": "text/plain; charset=UTF-8"},
    entries=GOLDEN_ENTRIES,
)


def test_wrapped_text_is_msgcats_golden_file() -> None:
    """tests/data/po/wrapped-msgcat.po is what GNU msgcat 0.23 writes for this catalog."""
    assert catalog_to_text(GOLDEN, wrap=True) == (DATA / "wrapped-msgcat.po").read_text(encoding="utf-8")


def test_wrap_string_rules() -> None:
    assert wrap_string("msgid", "Court.") == ['msgid "Court."']
    assert wrap_string("msgid", "") == ['msgid ""']
    assert wrap_string("msgstr", "a\nb\n") == ['msgstr ""', '"a\\n"', '"b\\n"']
    long_word = "x" * 100
    assert wrap_string("msgid", long_word) == [f'msgid "{long_word}"']  # nowhere to break: one long line, as msgcat
    lines = wrap_string("msgid", "mot " * 40)
    assert lines[0] == 'msgid ""' and all(len(line) <= 79 for line in lines)
    assert "".join(line[1:-1] for line in lines[1:]) == "mot " * 40
    assert wrap_string("msgid", "mot " * 40, width=0) == ['msgid "' + "mot " * 40 + '"']
    # no break inside an escape, nor between a number and its unit or a no-break space
    pieces = wrap_string("msgid", ('« 12\u00a0500 » \\"x" 3,5 % ' * 6).strip())
    assert len(pieces) > 2
    assert not any(p.endswith('\\"') and not p.endswith('\\\\"') for p in pieces[1:-1])  # never cut inside an escape
    assert not any(p.startswith('"%') or p.startswith('"500') for p in pieces)


def test_is_wrapped(tmp_path: Path) -> None:
    assert is_wrapped(DATA / "wrapped-msgcat.po")
    plain = tmp_path / "plain.po"
    plain.write_text(catalog_to_text(GOLDEN, wrap=False), encoding="utf-8")
    assert not is_wrapped(plain)  # strings cut only after \n
    assert not is_wrapped(tmp_path / "missing.po")


def test_write_catalog_keeps_the_layout_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rel.po"
    path.write_text((DATA / "wrapped-msgcat.po").read_text(encoding="utf-8"), encoding="utf-8")
    catalog = read_catalog(path)
    write_catalog(catalog, path, wrap=None)
    assert path.read_text(encoding="utf-8") == (DATA / "wrapped-msgcat.po").read_text(encoding="utf-8")
    write_catalog(catalog, path, wrap=False)
    assert not is_wrapped(path) and read_catalog(path).entries == catalog.entries


def _corpus(seed: int, count: int = 150) -> Catalog:
    """Sentences made of pieces that stress the line breaker: hyphens, URLs, quotes, numbers,
    no-break spaces, escapes, wide characters."""
    rng = random.Random(seed)
    pieces = (
        "le", "la", "Secrétaire-général", "l'OIM", "d’urgence", "12 500", "« réfugiés »", "«\u00a0cité\u00a0»", "reçu,",
        "https://www.example.org/fr/2025/a-b.html", "très-long-mot-composé-avec-tirets", "e-mail@example.org",
        "3,5 %", "3,5\u00a0%", "?", "!", ":", "—", "–", '"cité"', "tab\tici", "\\", "“entre guillemets”", "1er",
        "2024-2025", "10:30", "5 €", "[note]", "(voir p. 3)", "…", "-tiret", "1/2", "Ελλάδα", "Москва", "中文字", "e\u0301",
    )
    entries = []
    seen: set[str] = set()
    for i in range(count):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        if i % 7 == 0:
            text = text.replace(" ", "\n", 1)
        if text in seen:
            continue
        seen.add(text)
        obsolete = i % 23 == 0
        entries.append(
            CatalogEntry(
                msgid=text, msgstr=text.upper() if i % 3 or obsolete else "", flags=("fuzzy",) if i % 3 == 1 else (),
                references=() if obsolete else tuple(("release.fr.txt", 10 * j) for j in range(1, rng.randint(2, 14))),
                extracted_comments=() if obsolete else (f"paragraph {i}, sentence 1",),
                translator_comments=("une note de relecture assez longue pour dépasser soixante-dix-neuf colonnes",) if i % 5 == 0 else (),
                previous_msgid=text[:-2] if i % 4 == 0 and i % 3 == 1 and len(text) > 3 else None,
                obsolete=obsolete,
            )
        )
    header = {
        "Project-Id-Version": "release.fr.txt 0123456789ab",
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        "X-Reltrans-Signature": "model=translate-fr_en-1.9|glossary=645cff682ce3|segmenter=1.2|reltrans=0.1.0",
    }
    return Catalog(header=header, entries=tuple(entries), header_comment="Translation of release.fr.txt")


def _msgcat(text: str, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "in.po"
    path.write_text(text, encoding="utf-8")
    return subprocess.run([str(MSGCAT), *options, str(path)], capture_output=True, text=True, check=True).stdout


@needs_msgcat
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_msgcat_changes_nothing(seed: int, tmp_path: Path) -> None:
    catalog = _corpus(seed)
    wrapped = catalog_to_text(catalog, wrap=True)
    assert _msgcat(wrapped, tmp_path) == wrapped
    unwrapped = catalog_to_text(catalog, wrap=False)
    assert _msgcat(unwrapped, tmp_path, "--no-wrap") == unwrapped


def test_translate_toolkit_changes_nothing() -> None:
    pypo = pytest.importorskip("translate.storage.pypo")
    text = catalog_to_text(_corpus(4), wrap=True)
    assert bytes(pypo.pofile(text.encode("utf-8"))).decode("utf-8") == text


class _Engine:
    signature = "fake-1.0"

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [f"EN: {text} (machine draft, long enough to need wrapping at seventy-nine columns)" for text in texts]


def _settings(**overrides: object) -> TranslateSettings:
    return TranslateSettings(**{"enforce_terms": False, "bundled_glossary": False, **overrides})  # type: ignore[arg-type]


RELEASE = (
    "Le Haut-Commissariat a ouvert trois centres d'accueil supplémentaires à la frontière cette semaine.\n\n"
    "Plus de 12 500 personnes, dont une majorité de femmes et d'enfants, sont arrivées depuis lundi.\n"
)


@needs_msgcat
def test_update_after_msgcat_keeps_msgcats_layout(tmp_path: Path) -> None:
    source = tmp_path / "rel.fr.txt"
    source.write_text(RELEASE, encoding="utf-8")
    po = tmp_path / "rel.fr.en.po"
    translate_files([source], _settings(), engine_loader=lambda *_: _Engine())
    assert not is_wrapped(po)
    rewrapped = _msgcat(po.read_text(encoding="utf-8"), tmp_path)  # what a msgcat/Weblate save does
    po.write_text(rewrapped, encoding="utf-8")
    summary = translate_files([source], _settings(), engine_loader=lambda *_: _Engine())
    assert not summary.files[0].written and po.read_text(encoding="utf-8") == rewrapped
    source.write_text(RELEASE + "\nUne phrase ajoutée au communiqué révisé, qui demande elle aussi une traduction.\n", encoding="utf-8")
    translate_files([source], _settings(), engine_loader=lambda *_: _Engine())
    updated = po.read_text(encoding="utf-8")
    assert is_wrapped(po) and _msgcat(updated, tmp_path) == updated  # still msgcat's layout


def test_wrap_option_and_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "rel.fr.txt"
    source.write_text(RELEASE, encoding="utf-8")
    po = tmp_path / "rel.fr.en.po"
    runner = CliRunner()
    result = runner.invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "--wrap", "-q"])
    assert result.exit_code == 0, result.output
    assert is_wrapped(po)
    entries = read_catalog(po).entries
    result = runner.invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "--no-wrap", "-q"])
    assert result.exit_code == 0 and result.output.strip() == str(po)  # rewritten to change the layout only
    assert not is_wrapped(po) and read_catalog(po).entries == entries  # the layout changed, nothing else
    (tmp_path / "reltrans.toml").write_text("wrap = true\n", encoding="utf-8")
    assert runner.invoke(cli, ["translate", str(source), "--no-mt", "--no-bundled-glossary", "-q"]).exit_code == 0
    assert is_wrapped(po) and read_catalog(po).entries == entries
