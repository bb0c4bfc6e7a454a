"""Engine on packages built like real Argos packages, and decoding parity with argostranslate.

* copy packages whose SentencePiece is trained with Argos' settings (``nmt_nfkc``, no byte
  fallback) and with separate source / target vocabularies: characters outside the
  vocabulary come back intact, never as "⁇";
* a small random Transformer (the Argos-sized builder, shrunk so it builds and decodes fast)
  and the copy model: ``Engine.translate`` of a batch equals ``argostranslate`` translating
  each sentence alone (its own ``apply_packaged_translation``, with a sentence splitter stub
  so nothing is downloaded).
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator

import pytest

from reltrans.engine.packages import InstalledPackage, install_archive
from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine

pytestmark = pytest.mark.model

# Sentences written for these tests: characters an Argos-style vocabulary lacks.
UNKNOWN_CHARS = [
    "L’OIM a distribué des couvertures par −5 °C à Genève.",
    "Le taux de vaccination est ≥ 95 % dans la région ✓.",
    "La délégation de Ｗang Ｗei a rencontré le HCR.",
    "Le représentant 王小明 a salué l’accord de coopération.",
    "Les États Membres ✓ ont adopté ½ du budget ≥ prévu, dit Ｗ.",
]


def _install(archive: Path, folder: Path) -> InstalledPackage:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(folder))
        return install_archive(archive)


@pytest.fixture(scope="module")
def argos_style(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    from reltrans.engine.toymodel import build_copy_package

    archive = build_copy_package(tmp_path_factory.mktemp("argos-style"), argos_tokenizer=True)
    return _install(archive, tmp_path_factory.mktemp("pk-argos-style"))


@pytest.fixture(scope="module")
def split_vocab(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    from reltrans.engine.toymodel import build_copy_package

    archive = build_copy_package(tmp_path_factory.mktemp("split"), separate_vocabularies=True)
    return _install(archive, tmp_path_factory.mktemp("pk-split"))


def _random_small(tmp_path_factory: pytest.TempPathFactory, quantization: str | None) -> InstalledPackage:
    from reltrans.engine.toymodel import build_random_package

    archive = build_random_package(
        tmp_path_factory.mktemp("random"), layers=2, d_model=64, heads=2, ffn=128, vocab_size=600, corpus_lines=400,
        quantization=quantization,
    )
    return _install(archive, tmp_path_factory.mktemp("pk-random"))


@pytest.fixture(scope="module")
def random_small(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    """Stored int8, like Argos packages."""
    return _random_small(tmp_path_factory, "int8")


@pytest.fixture(scope="module")
def random_small_float32(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    return _random_small(tmp_path_factory, None)


# --------------------------------------------------------------------------- the packages
def test_argos_style_tokenizer_has_no_byte_fallback_and_normalises(argos_style: InstalledPackage) -> None:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(argos_style.path / "sentencepiece.model"))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    assert not any(p.startswith("<0x") for p in pieces)  # no byte fallback
    for char in "’°≥✓":
        assert sp.unk_id() in sp.encode(char)  # unknown, as in real Argos vocabularies
    assert "Ｗ" not in sp.decode(sp.encode("Ｗei"))  # NFKC: full-width W becomes W


def test_split_vocabulary_package_has_two_vocabularies(split_vocab: InstalledPackage) -> None:
    model = split_vocab.path / "model"
    source = json.loads((model / "source_vocabulary.json").read_text(encoding="utf-8"))
    target = json.loads((model / "target_vocabulary.json").read_text(encoding="utf-8"))
    assert not (model / "shared_vocabulary.json").exists()
    assert set(source) != set(target)
    assert {"<unk>", "<s>", "</s>"} <= set(source) & set(target)


def test_builders_are_deterministic(tmp_path: Path) -> None:
    from reltrans.engine.toymodel import build_copy_package

    first = build_copy_package(tmp_path / "a", separate_vocabularies=True).read_bytes()
    second = build_copy_package(tmp_path / "b", separate_vocabularies=True).read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a" / "translate-fr_en-1_0.argosmodel") as zf:
        assert "translate-fr_en-1_0/model/target_vocabulary.json" in zf.namelist()


# --------------------------------------------------------------------------- unknown characters
FRENCH = [
    "L'Organisation internationale pour les migrations (OIM) salue l'adoption du protocole.",
    "Le HCR rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée ».",
    "Contact : presse@example.org ou +41 22 717 91 11.",
]


@pytest.mark.parametrize("kind", ["argos_style", "split_vocab"])
def test_unknown_characters_come_back_intact(kind: str, request: pytest.FixtureRequest) -> None:
    package = request.getfixturevalue(kind)
    engine = Engine.load(package, DecodeOptions())
    texts = UNKNOWN_CHARS + FRENCH
    assert engine.translate(texts) == texts
    for source, hyps in zip(texts, engine.decode([DecodeRequest(t) for t in texts], num_hypotheses=2)):
        assert hyps[0].text == source
        assert not hyps[0].damaged
        assert all("\u2047" not in h.text and "\ufffd" not in h.text for h in hyps)


def test_normalised_character_written_two_ways_is_not_guessed(argos_style: InstalledPackage) -> None:
    """'Ｗ' and 'W' in one source: the output W cannot be mapped back, so NFKC's form stays
    (what Argos returns), and nothing is damaged."""
    engine = Engine.load(argos_style, DecodeOptions(beam_size=1))
    [hyp] = engine.decode([DecodeRequest("Ｗang et Wei sont à Genève.")], 1)[0]
    assert hyp.text == "Wang et Wei sont à Genève."
    assert not hyp.damaged


def test_marks_written_in_the_source_are_kept_not_damage(argos_style: InstalledPackage) -> None:
    """NFKC turns a source "⁇" into "??"; the source's own mark comes back and is no damage."""
    engine = Engine.load(argos_style, DecodeOptions(beam_size=1))
    text = "Le signe ⁇ et le caractère \ufffd figurent dans la source."
    [[hyp]] = engine.decode([DecodeRequest(text)], 1)
    assert not hyp.damaged
    assert engine.translate([text]) == [hyp.text] and hyp.text


def test_unknown_characters_survive_long_segment_chunks(argos_style: InstalledPackage) -> None:
    engine = Engine.load(argos_style, DecodeOptions(beam_size=1, max_input_tokens=12))
    text = " ".join(UNKNOWN_CHARS)
    assert engine.translate([text]) == [text]


# --------------------------------------------------------------------------- parity with Argos
def _argos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SimpleNamespace:
    """argostranslate imported with its settings folders in ``tmp_path`` (the socket guard of
    conftest is on: nothing may reach the network)."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos-packages"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    pytest.importorskip("argostranslate")
    import argostranslate.package
    import argostranslate.settings
    import argostranslate.translate

    assert "argostranslate" in sys.modules
    return SimpleNamespace(package=argostranslate.package, settings=argostranslate.settings, translate=argostranslate.translate)


class _OneSentence:
    """Stands in for Argos' sentence splitter (MiniSBD downloads a model): one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def _argos_translate_each(argos: SimpleNamespace, package: InstalledPackage, texts: list[str]) -> list[str]:
    """Argos' own decoding (``apply_packaged_translation``, shipped settings), one text at a time."""
    import ctranslate2

    pkg = argos.package.Package(package.path)
    s = argos.settings
    params: dict[str, Any] = {"model_path": str(package.path / "model"), "device": s.device, "inter_threads": s.inter_threads, "intra_threads": s.intra_threads}
    if s.compute_type != "auto":
        params["compute_type"] = s.compute_type
    translator = ctranslate2.Translator(**params)
    return [argos.translate.apply_packaged_translation(pkg, text, translator, _OneSentence(), 1)[0].value for text in texts]


PARITY_TEXTS = [
    "L'OIM salue l'adoption du protocole contre le trafic illicite de migrants.",
    "Le Secrétaire général a tenu une réunion à Genève le 3 février.",
    "Les partenaires humanitaires ont fourni une aide d'urgence à 12 500 personnes déplacées.",
    "Bonjour.",
    "Le HCR appelle à renforcer la protection des réfugiés et des demandeurs d'asile, "
    "en particulier des enfants non accompagnés, des femmes et des personnes âgées.",
]


@pytest.fixture
def argos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SimpleNamespace]:
    namespace = _argos(monkeypatch, tmp_path)
    s = namespace.settings
    monkeypatch.setattr(s, "beam_size", 4)
    monkeypatch.setattr(s, "compute_type", "auto")
    monkeypatch.setattr(s, "device", "cpu")
    monkeypatch.setattr(s, "inter_threads", 1)
    monkeypatch.setattr(s, "intra_threads", 0)
    monkeypatch.setattr(s, "batch_size", 32)
    yield namespace


def test_random_model_batched_matches_argostranslate_sentence_by_sentence(
    argos: SimpleNamespace, random_small_float32: InstalledPackage
) -> None:
    """Random weights rarely end a sentence, so every output runs to the cap: equal outputs
    also mean equal caps (256 per segment, whatever the batch), length penalty and beam."""
    engine = Engine.load(random_small_float32, DecodeOptions())
    assert engine.translate(PARITY_TEXTS) == _argos_translate_each(argos, random_small_float32, PARITY_TEXTS)


def test_random_int8_model_matches_argostranslate(argos: SimpleNamespace, random_small: InstalledPackage) -> None:
    """Stored int8 (as Argos ships): both run it in int8 (Argos' auto = the model's own type).
    Compared one sentence at a time: int8 activations make the last bits of a sentence's
    scores depend on the batch shape, and random weights (near-ties over 256 steps) turn
    that into other words -- Argos' own 32-token batches do the same."""
    engine = Engine.load(random_small, DecodeOptions())
    assert engine.signature.split("|")[2].startswith("int8")  # e.g. int8_float32
    ours = [engine.translate([text])[0] for text in PARITY_TEXTS]
    assert ours == _argos_translate_each(argos, random_small, PARITY_TEXTS)


def test_copy_model_matches_argostranslate(argos: SimpleNamespace, argos_style: InstalledPackage) -> None:
    engine = Engine.load(argos_style, DecodeOptions())
    texts = PARITY_TEXTS + [t for t in UNKNOWN_CHARS if "Ｗ" not in t and "½" not in t]
    assert engine.translate(texts) == _argos_translate_each(argos, argos_style, texts) == texts


def test_translated_po_keeps_unknown_characters(argos_style: InstalledPackage, tmp_path: Path) -> None:
    """End to end: every msgstr of the PO equals its msgid, with no "⁇" and no U+FFFD."""
    import polib

    from reltrans.pipeline import TranslateSettings, translate_files

    engine = Engine.load(argos_style, DecodeOptions())
    source = tmp_path / "release.fr.txt"
    source.write_text("\n\n".join(UNKNOWN_CHARS) + "\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    settings = TranslateSettings(output_dir=tmp_path / "out", enforce_terms=False, bundled_glossary=False)
    translate_files([source], settings, engine_loader=lambda *_: engine)
    [po_path] = (tmp_path / "out").glob("*.po")
    entries = [e for e in polib.pofile(str(po_path)) if e.msgid]
    assert len(entries) == len(UNKNOWN_CHARS)
    for entry in entries:
        assert entry.msgstr == entry.msgid
        assert "\u2047" not in entry.msgstr and "\ufffd" not in entry.msgstr
