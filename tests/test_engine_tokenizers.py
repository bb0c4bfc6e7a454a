"""reltrans.engine.tokenizers: SentencePiece and BPE tokenize as Argos does; target-side
pieces of BPE packages come from the CTranslate2 vocabulary; enforcement works on BPE.

Sentences are written for these tests. Argos' own tokenizers
(``argostranslate.tokenizer``) are the reference; they import nothing that touches the network.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reltrans.engine.packages import InstalledPackage, install_archive
from reltrans.engine.tokenizers import BpeTokenizer, SentencePieceTokenizer, load_tokenizer, read_target_vocabulary
from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine, read_model_header
from reltrans.errors import ModelError

pytestmark = pytest.mark.model

SENTENCES = [
    "L'Organisation internationale pour les migrations (OIM) salue l'adoption du protocole.",
    "Le HCR rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée ».",
    "M. Diallo a formé 300 agents ; 45 % d'entre eux sont des femmes.",
    "Contact : presse@example.org & +41 22 917 00 00 – merci !",
    "Les États Membres condamnent la traite des personnes à Genève…",
    "a_b <balise> \"citation\" [crochets] {accolades} 1/2 3,5 10 000",
    "Ｗang Ｗei, ½ et ≥ 95 % ✓",
]


def _install(archive: Path, folder: Path) -> InstalledPackage:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(folder))
        return install_archive(archive)


@pytest.fixture(scope="module")
def bpe_package(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    from reltrans.engine.toymodel import build_bpe_package

    archive = build_bpe_package(tmp_path_factory.mktemp("bpe"))
    return _install(archive, tmp_path_factory.mktemp("pk-bpe"))


@pytest.fixture(scope="module")
def sp_package(tmp_path_factory: pytest.TempPathFactory) -> InstalledPackage:
    from reltrans.engine.toymodel import build_copy_package

    archive = build_copy_package(tmp_path_factory.mktemp("sp"), argos_tokenizer=True)
    return _install(archive, tmp_path_factory.mktemp("pk-sp"))


# --------------------------------------------------------------------------- parity with Argos
def test_bpe_encode_and_decode_equal_argos(bpe_package: InstalledPackage) -> None:
    argos_tokenizer = pytest.importorskip("argostranslate.tokenizer")
    ours = load_tokenizer(bpe_package.path, "fr", "en")
    assert isinstance(ours, BpeTokenizer)
    theirs = argos_tokenizer.BPETokenizer(bpe_package.path / "bpe.model", "fr", "en")
    for sentence in SENTENCES:
        tokens = ours.encode(sentence)
        assert tokens == theirs.encode(sentence), sentence
        assert any(t.endswith("@@") for t in tokens) or len(tokens) < 4  # BPE really splits words
        expected = theirs.decode(tokens)
        assert ours.decode(tokens) == (expected[1:] if expected.startswith(" ") else expected)


def test_sentencepiece_encode_equals_argos(sp_package: InstalledPackage) -> None:
    argos_tokenizer = pytest.importorskip("argostranslate.tokenizer")
    ours = load_tokenizer(sp_package.path, "fr", "en")
    assert isinstance(ours, SentencePieceTokenizer)
    theirs = argos_tokenizer.SentencePieceTokenizer(sp_package.path / "sentencepiece.model")
    for sentence in SENTENCES:
        assert ours.encode(sentence) == theirs.encode(sentence)
        assert [p.token for p in ours.pieces(sentence)] == ours.encode(sentence)


def test_bpe_engine_translates_as_argos_joins(bpe_package: InstalledPackage) -> None:
    """The copy model gives the source tokens back: the text is the Moses-detokenized source,
    with no joiner left and nothing lost."""
    engine = Engine.load(bpe_package, DecodeOptions())
    assert engine.tokenizer.kind == "bpe"
    outputs = engine.translate(SENTENCES[:5])
    for source, output in zip(SENTENCES, outputs):
        assert output and "@@" not in output and "&apos;" not in output and "&amp;" not in output
        assert output == engine.detokenize(engine.tokenize(source))
    assert outputs[0].startswith("L' Organisation internationale")  # Moses' English detokenizer, as in Argos


def test_bpe_long_text_is_cut_into_chunks(bpe_package: InstalledPackage) -> None:
    text = " ".join(["Le HCR salue la décision du Conseil de sécurité, et appelle à la coopération."] * 12)
    short = Engine.load(bpe_package, DecodeOptions(beam_size=1, max_input_tokens=20))
    chunks = short._chunks(text)
    assert len(chunks) > 5
    assert all(len(tokens) <= 20 for tokens, *_ in chunks)
    assert sum(len(tokens) for tokens, *_ in chunks) == len(short.tokenize(text))
    whole = Engine.load(bpe_package, DecodeOptions(beam_size=1)).translate([text])
    assert short.translate([text]) == whole and "@@" not in whole[0]
    # no whitespace at all: cut inside the word, every chunk within the limit, nothing lost
    glued = "abcdefghijklmnopqrstuvwxyzéèà0123456789" * 40
    chunks = short._chunks(glued)
    assert len(chunks) > 5 and all(len(tokens) <= 24 for tokens, *_ in chunks)
    assert all(joiner == "" for _, joiner, *_ in chunks)
    assert short.translate([glued]) == [glued]


def test_bpe_hostile_long_word_is_segmented_in_bounded_slices(bpe_package: InstalledPackage) -> None:
    """A 20,000-character "word" (subword-nmt and Moses are quadratic in a word's length):
    segmented 200 characters at a time; the tokens still spell the word and decode back to it."""
    tokenizer = load_tokenizer(bpe_package.path, "fr", "en")
    word = "abcdefghijklmnopqrstuvwxyzéèà" * 700
    tokens = tokenizer.encode(word)
    assert "".join(t.removesuffix("@@") for t in tokens) == word
    assert all(t.endswith("@@") for t in tokens[:-1])
    assert tokenizer.decode(tokens) == word
    # a run Moses itself is quadratic on (dots), between ordinary words: sliced, then joined
    dotted = "Le HCR. " + "." * 5000 + " Fin."
    tokens = tokenizer.encode(dotted)
    assert tokens[:3] == ["Le", "HCR", "."] and tokens[-1] == "."
    decoded = tokenizer.decode(tokens)  # Moses' detokenizer glues punctuation to the left
    assert decoded.count(".") == dotted.count(".") and decoded.startswith("Le HCR.") and decoded.endswith(" Fin.")
    short = "Le HCR salue la décision."
    assert tokenizer.encode(short) == list(tokenizer._bpe.segment_tokens(["Le", "HCR", "salue", "la", "décision", "."]))


# --------------------------------------------------------------------------- target side
def test_bpe_target_tokens_come_from_the_target_vocabulary(bpe_package: InstalledPackage) -> None:
    tokenizer = load_tokenizer(bpe_package.path, "fr", "en")
    vocabulary = read_target_vocabulary(bpe_package.path / "model")
    assert vocabulary and tokenizer.target_vocabulary == vocabulary
    tokens = tokenizer.target_tokens("The Security Council welcomes the protocol")
    assert tokens and all(t in vocabulary for t in tokens)
    assert tokenizer.decode(tokens) == "The Security Council welcomes the protocol"
    # a word the codes would cut into pieces the vocabulary lacks: fewest vocabulary pieces
    split = tokenizer._vocabulary_split("protocoles")
    assert split and all(t in vocabulary for t in split) and tokenizer.decode(split) == "protocoles"
    assert all(t.endswith("@@") for t in split[:-1]) and not split[-1].endswith("@@")
    assert tokenizer._vocabulary_split("\u2603\u2603") == []  # cannot be spelled: no guess


def test_bpe_bans_and_prefixes_reach_the_model(bpe_package: InstalledPackage) -> None:
    engine = Engine.load(bpe_package, DecodeOptions())
    source = "Le HCR salue la coopération régionale."
    variants = engine.suppress_variants("salue")
    assert ("salue",) in variants and all(all(t in engine._target_vocabulary() for t in v) for v in variants)
    [[banned]] = engine.decode([DecodeRequest(source, suppress=("salue",))], 1)
    assert "salue" not in banned.tokens and "salue" not in banned.text.split()
    [[forced]] = engine.decode([DecodeRequest(source, target_prefix="Le HCR")], 1)
    assert forced.text == "Le HCR salue la coopération régionale."


def test_bpe_prefix_keeps_the_callers_text_when_moses_changes_it(bpe_package: InstalledPackage) -> None:
    """Moses' detokenizer may write a forced prefix otherwise than the caller ("HCR ," ->
    "HCR,"): the output then starts with the prefix as the caller wrote it."""
    engine = Engine.load(bpe_package, DecodeOptions(beam_size=1))
    [[hyp]] = engine.decode([DecodeRequest("Le HCR , la coopération régionale.", target_prefix="Le HCR ,")], 1)
    assert hyp.text.startswith("Le HCR ,")


def test_enforcement_on_a_bpe_package_places_or_flags_every_term(bpe_package: InstalledPackage, tmp_path: Path) -> None:
    from reltrans.catalog import UNMET_PREFIX, read_catalog
    from reltrans.engine.scripted import SCENARIO_GLOSSARY
    from reltrans.pipeline import TranslateSettings, translate_files

    engine = Engine.load(bpe_package, DecodeOptions())
    source = tmp_path / "release.fr.txt"
    source.write_text(
        "Le HCR condamne la traite des personnes.\n\nL'OIM a publié un rapport sur la traite des personnes.\n\nLe HCR salue la coopération régionale.\n",
        encoding="utf-8",
    )
    glossary = tmp_path / "g.toml"
    glossary.write_text(SCENARIO_GLOSSARY, encoding="utf-8")
    settings = TranslateSettings(source_lang="fr", target_lang="en", glossary_paths=(glossary,), bundled_glossary=False, enforce_terms=True)
    translate_files([source], settings, engine_loader=lambda *_: engine)
    entries = [e for e in read_catalog(tmp_path / "release.fr.en.po").entries if e.msgid]
    assert len(entries) == 3
    for entry in entries:
        assert entry.msgstr and "@@" not in entry.msgstr
        flagged = " ".join(c for c in entry.extracted_comments if c.startswith(UNMET_PREFIX))
        if "traite des personnes" in entry.msgid:
            assert "trafficking in persons" in entry.msgstr.lower() or "human trafficking" in entry.msgstr.lower() or "traite des personnes" in flagged
        if "HCR" in entry.msgid:
            assert "UNHCR" in entry.msgstr or "HCR" in flagged
    assert any("UNHCR" in e.msgstr for e in entries)  # at least one term really placed through BPE


# --------------------------------------------------------------------------- loading
def test_load_tokenizer_prefers_sentencepiece_then_bpe(tmp_path: Path, sp_package: InstalledPackage, bpe_package: InstalledPackage) -> None:
    both = tmp_path / "both"
    shutil.copytree(sp_package.path, both)
    shutil.copy(bpe_package.path / "bpe.model", both / "bpe.model")
    assert load_tokenizer(both, "fr", "en").kind == "sentencepiece"  # as Argos: sentencepiece.model first
    (both / "sentencepiece.model").unlink()
    assert load_tokenizer(both, "fr", "en").kind == "bpe"
    (both / "bpe.model").unlink()
    with pytest.raises(ModelError, match="neither sentencepiece.model nor bpe.model"):
        load_tokenizer(both, "fr", "en")


def test_malformed_bpe_codes_are_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "bpe.model").write_text("#version: 0.2\nun deux trois\n", encoding="utf-8")
    with pytest.raises(ModelError, match="BPE codes"):
        load_tokenizer(tmp_path, "fr", "en")


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"shared_vocabulary.txt": "<unk>\n<s>\n</s>\nbon@@\njour\n"}, {"<unk>", "<s>", "</s>", "bon@@", "jour"}),
        ({"shared_vocabulary.json": json.dumps(["<unk>", "a"])}, {"<unk>", "a"}),
        ({"source_vocabulary.txt": "x\n", "target_vocabulary.txt": "<unk>\ny\n"}, {"<unk>", "y"}),
        ({"source_vocabulary.json": "[\"x\"]", "target_vocabulary.json": "[\"y\"]"}, {"y"}),
        ({"shared_vocabulary.json": "{\"not\": \"a list\"}"}, set()),
        ({}, set()),
    ],
    ids=["shared-txt", "shared-json", "separate-txt", "separate-json", "not-a-list", "none"],
)
def test_target_vocabulary_in_every_layout_ctranslate2_reads(tmp_path: Path, files: dict[str, str], expected: set[str]) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_target_vocabulary(tmp_path) == expected


# --------------------------------------------------------------------------- model.bin header
def test_model_header_of_current_and_legacy_models(tmp_path: Path, sp_package: InstalledPackage) -> None:
    from reltrans.engine.toymodel import build_legacy_package

    current = read_model_header(sp_package.path / "model" / "model.bin")
    assert (current.binary_version, current.spec) == (6, "TransformerSpec")
    legacy = _install(build_legacy_package(tmp_path / "built"), tmp_path / "pk")
    header = read_model_header(legacy.path / "model" / "model.bin")
    assert (header.binary_version, header.spec, header.revision) == (5, "TransformerSpec", 4)


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "too short"),
        (b"PK\x03\x04" + b"\0" * 40, "binary version"),
        ((7).to_bytes(4, "little") + b"\0" * 40, "binary version 7"),
        ((6).to_bytes(4, "little") + (300).to_bytes(2, "little") + b"x" * 40, "no model spec name"),
        ((6).to_bytes(4, "little") + (5).to_bytes(2, "little") + b"a b!\0" + b"\0" * 4, "unreadable model spec name"),
    ],
    ids=["empty", "zip", "too-new", "no-name", "bad-name"],
)
def test_model_header_refuses_what_is_not_a_model(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(data)
    with pytest.raises(ModelError, match=why):
        read_model_header(path)
