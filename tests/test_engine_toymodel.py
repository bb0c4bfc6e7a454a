"""The tiny packages of reltrans.engine.toymodel are real CTranslate2/SentencePiece models."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from reltrans.engine import toymodel
from reltrans.engine.packages import install_archive
from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine

pytestmark = pytest.mark.model


@pytest.fixture
def engine(argos_dir: Path) -> Engine:
    from reltrans.engine.packages import find_package

    return Engine.load(find_package("fr", "en"), DecodeOptions(beam_size=4))


def test_copy_model_copies_the_whole_training_corpus(engine: Engine) -> None:
    corpus = toymodel.training_corpus()
    assert len(corpus) > 150
    assert engine.translate(corpus) == corpus


@pytest.mark.parametrize("beam", [1, 4])
def test_copy_model_nbest_first_is_copy(argos_dir: Path, beam: int) -> None:
    from reltrans.engine.packages import find_package

    eng = Engine.load(find_package("fr", "en"), DecodeOptions(beam_size=beam))
    sources = toymodel.training_corpus()[:20]
    results = eng.decode([DecodeRequest(s) for s in sources], num_hypotheses=beam)
    for source, hyps in zip(sources, results):
        assert len(hyps) == beam
        assert hyps[0].text == source


def test_prefix_equal_to_source_start_reproduces_source(engine: Engine) -> None:
    source = "Le HCR condamne la traite des personnes."
    tokens = engine.tokenize(source)
    prefix = engine.detokenize(tokens[:4])
    assert engine.tokenize(prefix) == tokens[:4]
    [hyps] = engine.decode([DecodeRequest(source, target_prefix=prefix)], 1)
    assert hyps[0].text == source


def test_archive_layout_is_argos_like(copy_package: Path) -> None:
    with zipfile.ZipFile(copy_package) as zf:
        names = set(zf.namelist())
        dates = {info.date_time for info in zf.infolist()}
    top = "translate-fr_en-1_0/"
    for required in ("metadata.json", "README.md", "sentencepiece.model", "model/model.bin", "model/config.json"):
        assert top + required in names
    assert dates == {(2024, 1, 1, 0, 0, 0)}


def test_other_pairs_and_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    archive = toymodel.build_copy_package(tmp_path, "en", "es", package_version="2.1")
    assert archive.name == "translate-en_es-2_1.argosmodel"
    installed = install_archive(archive)
    assert (installed.from_code, installed.to_code, installed.package_version) == ("en", "es", "2.1")


def test_main_entry_point(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert toymodel.main([str(tmp_path)]) == 0
    assert (tmp_path / "translate-fr_en-1_0.argosmodel").is_file()
    assert "translate-fr_en-1_0.argosmodel" in capsys.readouterr().out
    assert toymodel.main([]) == 2


def test_random_package_small_loads_and_decodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    archive = toymodel.build_random_package(tmp_path, layers=1, d_model=32, heads=2, ffn=64, vocab_size=400, corpus_lines=300)
    eng = Engine.load(install_archive(archive), DecodeOptions(beam_size=1, max_decoding_length=8))
    [out] = eng.translate(["Le HCR salue la décision."])
    assert isinstance(out, str)


# --------------------------------------------------------------------------- exactness under int8
_EXAMPLE_RELEASE = Path(__file__).resolve().parent / "data" / "releases" / "scraped-release.fr.txt"
_CLAUSES = [
    "L'Organisation internationale pour les migrations (OIM) rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée »",
    "appelle les autorités à privilégier des alternatives à la détention",
    "a fourni une aide d'urgence à 12 500 personnes déplacées à Agadez, Niamey et Tripoli entre le 1er et le 21 février 2024",
    "le Haut Commissariat des Nations Unies pour les réfugiés (HCR) a lancé un appel de 45 millions de dollars (soit 0,5 % des besoins)",
    "pour plus d'informations, veuillez contacter le service de presse : presse@example.org ou https://www.iom.int/fr/news?id=2024-03",
    "Événements, côte, où, déjà, être, naïf, Noël, cœur, œuvre, ça — tiret ; point-virgule ? ! …",
    "l'ONUDC se félicite de la coopération régionale en matière de migration et soutient les victimes de la traite",
    "« Ces formations constituent la pierre angulaire de la lutte contre la traite », a déclaré Mohamed El Zarkani, chef de mission",
]


def _long_sentences(engine: Engine, lo: int, hi: int) -> list[str]:
    """Deterministic French press-release sentences of ``lo``..``hi`` SentencePiece tokens."""
    out: list[str] = []
    for start in range(len(_CLAUSES)):
        parts: list[str] = []
        k = start
        while len(engine.tokenize(", ".join(parts) + ".")) < lo:
            parts.append(_CLAUSES[k % len(_CLAUSES)])
            k += 3
        sentence = ", ".join(parts) + "."
        assert lo <= len(engine.tokenize(sentence)) <= hi
        out.append(sentence)
    return out


def _example_sentences() -> list[str]:
    return [line.strip() for line in _EXAMPLE_RELEASE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(params=["int8", "float32"])
def typed_engine(request: pytest.FixtureRequest, argos_dir: Path) -> Engine:
    from reltrans.engine.packages import find_package

    return Engine.load(find_package("fr", "en"), DecodeOptions(compute_type=request.param, beam_size=1))


def test_long_sentences_are_copied_exactly(typed_engine: Engine) -> None:
    sentences = _long_sentences(typed_engine, 150, 260) + _example_sentences()
    assert max(len(typed_engine.tokenize(s)) for s in sentences) >= 150
    assert typed_engine.translate(sentences) == sentences  # greedy
    results = typed_engine.decode([DecodeRequest(s) for s in sentences], 4, beam_size=4)
    assert [hyps[0].text for hyps in results] == sentences
    assert all(len(hyps) == 4 for hyps in results)


def test_long_sentences_continue_after_a_forced_prefix(typed_engine: Engine) -> None:
    sentences = _long_sentences(typed_engine, 150, 260)[:4]
    requests = []
    for i, sentence in enumerate(sentences):
        tokens = typed_engine.tokenize(sentence)
        cut = 20 + 37 * i  # prefixes of 20..131 tokens
        prefix = typed_engine.detokenize(tokens[:cut])
        assert typed_engine.tokenize(prefix) == tokens[:cut]
        requests.append(DecodeRequest(sentence, target_prefix=prefix))
    for beam in (1, 4):
        results = typed_engine.decode(requests, 1, beam_size=beam)
        assert [hyps[0].text for hyps in results] == sentences


def test_source_of_a_thousand_tokens_is_copied_exactly(typed_engine: Engine) -> None:
    clauses: list[str] = []
    k = 0
    while len(typed_engine.tokenize(", ".join([*clauses, _CLAUSES[k % len(_CLAUSES)]]) + ".")) <= 1024:
        clauses.append(_CLAUSES[k % len(_CLAUSES)])
        k += 5
    sentence = ", ".join(clauses) + "."
    assert 900 <= len(typed_engine.tokenize(sentence)) <= 1024  # one chunk, no splitting
    assert typed_engine.translate([sentence]) == [sentence]


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = toymodel.build_copy_package(tmp_path / "a").read_bytes()
    second = toymodel.build_copy_package(tmp_path / "b").read_bytes()
    assert first == second
    assert len(first) < 1_000_000


def _weights() -> dict[str, "object"]:
    import numpy as np

    vocab = toymodel._vocabulary(toymodel._train_sentencepiece(toymodel.training_corpus(), vocab_size=800))
    spec = toymodel._copy_spec(vocab)
    att = spec.decoder.layer[0].attention
    arrays = {
        "emb": spec.encoder.embeddings[0].weight,
        "pos": spec.encoder.position_encodings.encodings,
        "q": att.linear[0].weight,
        "kv": att.linear[1].weight,
        "out": att.linear[2].weight,
        "proj": spec.decoder.projection.weight,
    }
    return {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}


def _quantize_rows(x):  # CTranslate2's int8: per-row scale 127 / max|row|, rounded
    import numpy as np

    amax = np.abs(x).max(axis=1, keepdims=True)
    scale = np.where(amax > 0, 127.0 / np.where(amax > 0, amax, 1.0), 1.0)
    return np.round(x * scale) / scale


def _layer_norm(x):
    mean = x.mean(axis=-1, keepdims=True)
    return (x - mean) / ((x - mean) ** 2).mean(axis=-1, keepdims=True) ** 0.5


def test_int8_margins_hold_for_every_position() -> None:
    """Emulated int8 (weights and activations quantized per row): the aligned source position
    wins the cross-attention by >= 25 nats at each of the 1100 positions, and the copied
    token wins the output projection, whatever the neighbouring tokens."""
    import numpy as np

    w = _weights()
    n, d = w["pos"].shape
    rng = np.random.default_rng(7)
    ids = rng.integers(0, w["emb"].shape[0], n)
    enc = _layer_norm(w["emb"][ids] * np.sqrt(d) + w["pos"])
    keys = _quantize_rows(enc) @ _quantize_rows(w["kv"][:d]).T
    queries = _quantize_rows(_layer_norm(w["pos"])) @ _quantize_rows(w["q"]).T / np.sqrt(d)
    scores = queries @ keys.T
    gaps = np.diag(scores)[:, None] - scores
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() >= 25.0
    values = _quantize_rows(enc) @ _quantize_rows(w["kv"][d:]).T
    state = w["pos"] + _quantize_rows(values) @ _quantize_rows(w["out"]).T  # one-hot attention
    logits = _quantize_rows(_layer_norm(state)) @ _quantize_rows(w["proj"]).T
    assert (logits.argmax(axis=1) == ids).all()
    top2 = np.sort(logits, axis=1)[:, -2:]
    assert (top2[:, 1] - top2[:, 0]).min() >= 10.0


def test_int8_weight_rows_cannot_saturate_int16_pairs() -> None:
    """No weight row has non-zeros at both 2i and 2i+1 (u8*s8 pair sums stay < 2**15) and
    every row is exact in int8 (one value, or +-1 code)."""
    import numpy as np

    for name, weight in _weights().items():
        if name == "pos":
            continue
        nonzero = weight != 0
        assert not (nonzero[:, 0::2] & nonzero[:, 1::2]).any(), name
        assert np.array_equal(_quantize_rows(weight), weight), name


# --------------------------------------------------------------------------- pre-3.0 and BPE variants
def _model_bin_variables(data: bytes) -> dict[str, tuple[tuple[int, ...], int, bytes]]:
    """name -> (shape, CTranslate2 dtype id, raw bytes) of a binary version 4/5 ``model.bin``
    (read with the layout of CTranslate2's model loader, independently of toymodel)."""
    import struct

    pos = 0

    def take(fmt: str):
        nonlocal pos
        values = struct.unpack_from("<" + fmt, data, pos)  # packed, no alignment
        pos += struct.calcsize("<" + fmt)
        return values

    def string() -> str:
        nonlocal pos
        (length,) = take("H")
        text = data[pos : pos + length - 1].decode("utf-8")
        pos += length
        return text

    (version,) = take("I")
    assert version in (4, 5)
    string()
    take("I")
    (count,) = take("I")
    out = {}
    for _ in range(count):
        name = string()
        (rank,) = take("B")
        shape = take("I" * rank) if rank else ()
        dtype, size = take("BI")
        out[name] = (tuple(shape), dtype, data[pos : pos + size])
        pos += size
    (aliases,) = take("I")
    for _ in range(aliases):
        string(), string()
    assert pos == len(data)  # nothing left over: the whole file follows the old layout
    return out


def test_legacy_package_is_a_pre_3_0_conversion(tmp_path: Path) -> None:
    archive = toymodel.build_legacy_package(tmp_path)
    with zipfile.ZipFile(archive) as zf:
        names = {n.split("/", 1)[1] for n in zf.namelist()}
        data = zf.read("translate-fr_en-1_0/model/model.bin")
        vocabulary = zf.read("translate-fr_en-1_0/model/shared_vocabulary.txt").decode("utf-8").splitlines()
    assert "model/config.json" not in names and "model/shared_vocabulary.json" not in names
    assert vocabulary[:3] == ["<unk>", "<s>", "</s>"] and len(vocabulary) > 300
    variables = _model_bin_variables(data)
    # model-level settings live in model.bin, as CTranslate2 2.x wrote them
    assert variables["with_source_eos"][2] == b"\x01" and variables["with_target_bos"][2] == b"\x01"
    assert variables["unk_token"][2] == b"<unk>" and variables["eos_token"][2] == b"</s>"
    assert variables["num_heads"][:2] == ((), 1)  # int8 scalar at the top level (revision 4)
    assert "encoder/num_heads" not in variables and "decoder/alignment_heads" not in variables
    assert variables["encoder/embeddings_0/weight"][1] == 1  # int8 weights, as Argos ships them
    assert toymodel.build_legacy_package(tmp_path / "again").read_bytes() == archive.read_bytes()


def test_ctranslate2_itself_loads_the_legacy_model(tmp_path: Path) -> None:
    import ctranslate2

    archive = toymodel.build_legacy_package(tmp_path)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "x")
    model = tmp_path / "x" / "translate-fr_en-1_0"
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model / "sentencepiece.model"))
    text = "Le HCR condamne la traite des personnes."
    translator = ctranslate2.Translator(str(model / "model"))
    [result] = translator.translate_batch([sp.encode(text, out_type=str)], beam_size=2)
    assert sp.decode_pieces(result.hypotheses[0]) == text


def test_bpe_package_holds_subword_nmt_codes(tmp_path: Path) -> None:
    archive = toymodel.build_bpe_package(tmp_path)
    with zipfile.ZipFile(archive) as zf:
        names = {n.split("/", 1)[1] for n in zf.namelist()}
        codes = zf.read("translate-fr_en-1_0/bpe.model").decode("utf-8").splitlines()
        vocabulary = json.loads(zf.read("translate-fr_en-1_0/model/shared_vocabulary.json"))
    assert "sentencepiece.model" not in names and "bpe.model" in names
    assert codes[0] == "#version: 0.2" and len(codes) == 401
    assert all(len(line.split(" ")) == 2 for line in codes[1:])
    assert vocabulary[:3] == ["<unk>", "<s>", "</s>"]
    assert any(t.endswith("@@") for t in vocabulary) and "&apos;" in "".join(vocabulary)  # Moses-escaped, BPE-joined
    assert toymodel.build_bpe_package(tmp_path / "again").read_bytes() == archive.read_bytes()


@pytest.mark.parametrize("flag, member", [("--legacy", "model/shared_vocabulary.txt"), ("--bpe", "bpe.model")])
def test_main_builds_the_variants(tmp_path: Path, flag: str, member: str) -> None:
    assert toymodel.main([str(tmp_path), flag]) == 0
    with zipfile.ZipFile(tmp_path / "translate-fr_en-1_0.argosmodel") as zf:
        assert f"translate-fr_en-1_0/{member}" in zf.namelist()
