"""Every package variant, installed by reltrans and by Argos into one shared folder, translates both ways.

The variants are built by :mod:`reltrans.engine.toymodel` (real CTranslate2 models written
from numpy, real tokenizers trained on our corpus):

* ``identity``: the original test tokenizer (SentencePiece, byte fallback);
* ``sentencepiece``: SentencePiece trained with Argos' settings, shared vocabulary (``.json``);
* ``separate-vocabularies``: CTranslate2 ``source_`` and ``target_vocabulary.json``;
* ``legacy``: converted as by CTranslate2 2.x (``model.bin`` binary version 5, no
  ``config.json``, ``shared_vocabulary.txt``); ``legacy-separate``: the same with
  ``source_vocabulary.txt`` and ``target_vocabulary.txt``;
* ``bpe``: ``bpe.model`` (subword-nmt codes, Moses, source side only), no SentencePiece.

For each variant, one pair is installed by ``reltrans`` and another by
``argostranslate.package.install_from_path``, all into one ``ARGOS_PACKAGES_DIR`` (inside
``tmp_path``); after every step Argos must list the folder (every subfolder a package) and
see every package. Then a short French release (written for this test) is translated with
``reltrans translate`` (CliRunner: exit 0, a PO written) and with Argos' own decoding, for
packages installed by either tool: every msgstr equals Argos' translation of its msgid (the
copy models decode deterministically, beam 4, as Argos does). The pivot row: fr->es with only
fr->en (SentencePiece, installed by reltrans) and en->es (BPE, installed by Argos) equals
Argos chaining the two packages (its ``CompositeTranslation``).
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterator

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_OK

pytestmark = pytest.mark.model

# A release written for this test: apostrophes, guillemets, numbers, an abbreviation, a
# percentage, a dash and an e-mail address (the places where tokenizers differ).
RELEASE = """Genève, le 3 février 2025

L'Organisation internationale pour les migrations (OIM) a fourni une aide d'urgence à 12 500 personnes déplacées.

Le Secrétaire général rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée ».

M. Diallo, le représentant du HCR, a salué la coopération régionale – une hausse de 45 % en un an.

Pour plus d'informations, veuillez contacter le service de presse : presse@example.org.
"""


def _builders() -> dict[str, Callable[..., Path]]:
    from reltrans.engine import toymodel

    return {
        "identity": lambda d, f, t: toymodel.build_copy_package(d, f, t),
        "sentencepiece": lambda d, f, t: toymodel.build_copy_package(d, f, t, argos_tokenizer=True),
        "separate-vocabularies": lambda d, f, t: toymodel.build_copy_package(d, f, t, separate_vocabularies=True),
        "legacy": lambda d, f, t: toymodel.build_legacy_package(d, f, t),
        "legacy-separate": lambda d, f, t: toymodel.build_legacy_package(d, f, t, separate_vocabularies=True),
        "bpe": lambda d, f, t: toymodel.build_bpe_package(d, f, t),
    }


# variant -> (target installed by reltrans, target installed by Argos); all from French, no
# two alike, and no fr->es (the pivot row chains fr->en and en->es).
TARGETS = {
    "identity": ("pt", "sv"),
    "sentencepiece": ("en", "de"),
    "separate-vocabularies": ("pl", "da"),
    "legacy": ("it", "cs"),
    "legacy-separate": ("ro", "hu"),
    "bpe": ("nl", "fi"),
}
VARIANTS = list(TARGETS)
COPIES = {"identity", "sentencepiece", "separate-vocabularies", "legacy", "legacy-separate"}  # translation == source


def _argos_modules() -> SimpleNamespace:
    pytest.importorskip("argostranslate")
    import argostranslate.package
    import argostranslate.settings
    import argostranslate.translate

    return SimpleNamespace(package=argostranslate.package, settings=argostranslate.settings, translate=argostranslate.translate)


def _point_argos_at(mp: pytest.MonkeyPatch, argos: SimpleNamespace, folder: Path) -> None:
    """Argos reads its folders once, at import: point the imported settings at ``folder``."""
    mp.setenv("ARGOS_PACKAGES_DIR", str(folder))
    mp.setattr(argos.settings, "package_data_dir", folder)
    mp.setattr(argos.settings, "package_dirs", [folder])
    for name, value in (("beam_size", 4), ("compute_type", "auto"), ("device", "cpu"), ("inter_threads", 1), ("intra_threads", 0), ("batch_size", 32)):
        mp.setattr(argos.settings, name, value)


def _argos_sees(argos: SimpleNamespace, folder: Path, pairs: set[tuple[str, str]]) -> None:
    """Argos lists the folder without crashing and sees exactly ``pairs``; so does reltrans."""
    from reltrans.engine.packages import list_installed

    listed = argos.package.get_installed_packages()
    assert {(p.from_code, p.to_code) for p in listed} == pairs
    assert all(entry.is_dir() and (entry / "metadata.json").is_file() for entry in folder.iterdir() if entry.is_dir())
    assert {(p.from_code, p.to_code) for p in list_installed()} == pairs


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """One packages folder holding every variant twice: one pair installed by reltrans, one by Argos."""
    from reltrans.engine.packages import install_archive

    root = tmp_path_factory.mktemp("matrix")
    folder = root / "argos-packages"
    builders = _builders()
    with pytest.MonkeyPatch.context() as mp:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(var, str(root / var.lower()))
        mp.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
        argos = _argos_modules()
        _point_argos_at(mp, argos, folder)
        pairs: set[tuple[str, str]] = set()
        installed_by: dict[tuple[str, str], str] = {}
        for variant, (ours, theirs) in TARGETS.items():
            ours_archive = builders[variant](root / "built" / variant / ours, "fr", ours)
            package = install_archive(ours_archive)
            assert package.path.parent == folder
            pairs.add(("fr", ours))
            installed_by[("fr", ours)] = "reltrans"
            _argos_sees(argos, folder, pairs)
            theirs_archive = builders[variant](root / "built" / variant / theirs, "fr", theirs)
            argos.package.install_from_path(theirs_archive)
            pairs.add(("fr", theirs))
            installed_by[("fr", theirs)] = "argos"
            _argos_sees(argos, folder, pairs)
        # the second leg of the pivot row (fr->en->es): a BPE package installed by Argos
        argos.package.install_from_path(builders["bpe"](root / "built" / "pivot", "en", "es"))
        pairs.add(("en", "es"))
        installed_by[("en", "es")] = "argos"
        _argos_sees(argos, folder, pairs)
        yield SimpleNamespace(root=root, folder=folder, argos=argos, pairs=pairs, installed_by=installed_by)


def _argos_translate(argos: SimpleNamespace, package_path: Path, texts: list[str]) -> list[str]:
    """Argos' own decoding (``apply_packaged_translation``), one sentence at a time (its
    sentence splitter, which downloads a model, is replaced by one that splits nothing)."""
    import ctranslate2

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    pkg = argos.package.Package(package_path)
    translator = ctranslate2.Translator(str(package_path / "model"), device="cpu", inter_threads=1, intra_threads=0)
    return [argos.translate.apply_packaged_translation(pkg, text, translator, OneSentence(), 1)[0].value for text in texts]


def _po_entries(path: Path) -> list[Any]:
    import polib

    return [e for e in polib.pofile(str(path)) if e.msgid]


def _translate_with_reltrans(tmp_path: Path, target: str) -> list[Any]:
    source = tmp_path / "release.fr.txt"
    source.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["translate", str(source), "--from", "fr", "--to", target, "-o", str(out), "--no-bundled-glossary", "--no-tm", "-q"]
    )
    assert result.exit_code == EXIT_OK, result.output
    [po] = out.glob("*.po")
    return _po_entries(po)


@pytest.mark.parametrize("who", ["reltrans", "argos"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_variant_translates_with_reltrans_and_argos(
    shared: SimpleNamespace, variant: str, who: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reltrans.engine.packages import find_package

    target = TARGETS[variant][0 if who == "reltrans" else 1]
    assert shared.installed_by[("fr", target)] == who
    _point_argos_at(monkeypatch, shared.argos, shared.folder)
    entries = _translate_with_reltrans(tmp_path, target)
    assert len(entries) >= 5
    msgids = [e.msgid for e in entries]
    ours = [e.msgstr for e in entries]
    assert all(ours), "every sentence translated"
    package = find_package("fr", target)
    assert _argos_translate(shared.argos, package.path, msgids) == ours
    if variant in COPIES:
        assert ours == msgids  # the copy model, through its own tokenizer, gives the source back
    else:  # BPE: Moses normalisation and tokenization show (as they do in Argos)
        assert ours != msgids and "« " not in "".join(ours)
    _argos_sees(shared.argos, shared.folder, shared.pairs)  # translating left the folder readable


def test_every_variant_has_its_format(shared: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder really holds the variants the matrix claims (not five copies of one)."""
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import read_model_header

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(shared.folder))

    def files(variant: str, index: int) -> set[str]:
        package = find_package("fr", TARGETS[variant][index])
        return {p.relative_to(package.path).as_posix() for p in package.path.rglob("*") if p.is_file()}

    for index in (0, 1):
        assert {"model/model.bin", "model/config.json", "model/shared_vocabulary.json", "sentencepiece.model"} <= files("sentencepiece", index)
        assert {"model/source_vocabulary.json", "model/target_vocabulary.json"} <= files("separate-vocabularies", index)
        legacy = files("legacy", index)
        assert "model/config.json" not in legacy and "model/shared_vocabulary.txt" in legacy
        separate = files("legacy-separate", index)
        assert {"model/source_vocabulary.txt", "model/target_vocabulary.txt"} <= separate and "model/config.json" not in separate
        bpe = files("bpe", index)
        assert "bpe.model" in bpe and "sentencepiece.model" not in bpe
        header = read_model_header(find_package("fr", TARGETS["legacy"][index]).path / "model" / "model.bin")
        assert (header.binary_version, header.spec, header.revision) == (5, "TransformerSpec", 4)


def test_argos_and_reltrans_share_the_folder_without_staging_leftovers(shared: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    hidden = [p.name for p in shared.folder.iterdir() if p.name.startswith(".")]
    assert hidden == []  # reltrans stages next to the folder, never inside it
    assert "argostranslate" in sys.modules
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(shared.folder))
    result = CliRunner().invoke(cli, ["models", "list", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    assert {(row["from"], row["to"]) for row in json.loads(result.output)} == shared.pairs


def test_pivot_row_fr_en_es_equals_argos_chaining_both_packages(
    shared: SimpleNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reltrans.catalog import read_catalog
    from reltrans.engine.packages import find_package

    _point_argos_at(monkeypatch, shared.argos, shared.folder)
    assert ("fr", "es") not in shared.pairs
    entries = _translate_with_reltrans(tmp_path, "es")
    [po] = (tmp_path / "out").glob("*.po")
    assert "pivot-en(" in read_catalog(po).header.get("X-Reltrans-Signature", "")
    msgids = [e.msgid for e in entries]
    via_english = _argos_translate(shared.argos, find_package("fr", "en").path, msgids)
    expected = _argos_translate(shared.argos, find_package("en", "es").path, via_english)
    assert [e.msgstr for e in entries] == expected
    assert all(expected) and expected != msgids  # the BPE leg's Moses tokenization shows


def test_install_refuses_a_model_bin_that_is_not_ctranslate2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Install checks model.bin itself (a readable CTranslate2 header, then a load test), not
    a list of files: a package without config.json installs, a bogus model.bin does not."""
    import zipfile

    from reltrans.engine import toymodel
    from reltrans.engine.packages import install_archive
    from reltrans.errors import PackageArchiveError

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    good = toymodel.build_legacy_package(tmp_path / "built")
    bad = tmp_path / "bad.argosmodel"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = b"PK\x03\x04 not a model" if info.filename.endswith("model.bin") else src.read(info)
            dst.writestr(info, data)
    with pytest.raises(PackageArchiveError, match="model/model.bin is not a CTranslate2 model"):
        install_archive(bad)
    assert not (tmp_path / "pk").exists() or not any(p for p in (tmp_path / "pk").iterdir() if not p.name.startswith("."))
    assert install_archive(good).pair == "fr->en"
