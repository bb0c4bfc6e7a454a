"""Engine on the real tiny copy model: translate, n-best decode, prefixes, suppression."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator

import pytest

from reltrans.engine.packages import InstalledPackage, install_archive, read_package
from reltrans.engine.translator import DecodeOptions, DecodeRequest, Engine, Hypothesis
from reltrans.errors import ModelError

pytestmark = pytest.mark.model

FRENCH = [
    "L'Organisation internationale pour les migrations (OIM) salue l'adoption du protocole.",
    "Le HCR rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée ».",
    "L'ONUDC a publié, le 3 février 2024, un rapport sur la traite des personnes.",
    "Contact : presse@example.org ou +41 22 717 91 11.",
    "Événements à Genève : 12 500 réfugiés, 0,5 % de hausse ; déjà 1er rang !",
    "Le trafic illicite de migrants ŒUVRE ÇA Noël — cœur…",
    "Ça marche aussi avec des caractères inconnus : 漢字 🙂 ß ø.",
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, copy_package: Path) -> Iterator[InstalledPackage]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("pk")))
        yield install_archive(copy_package)


@pytest.fixture(scope="module")
def engine(package: InstalledPackage) -> Engine:
    return Engine.load(package, DecodeOptions())


def test_translate_copies_french_sentences(engine: Engine) -> None:
    assert engine.translate(FRENCH) == FRENCH


def test_empty_and_blank_inputs_map_to_themselves(engine: Engine) -> None:
    assert engine.translate(["", "Bonjour.", "   "]) == ["", "Bonjour.", "   "]
    assert engine.translate([]) == []


def test_results_do_not_depend_on_batching(package: InstalledPackage) -> None:
    texts = FRENCH * 3 + [" ".join(FRENCH[:3])]
    one = Engine.load(package, DecodeOptions(max_batch_tokens=1))
    big = Engine.load(package, DecodeOptions(max_batch_tokens=100_000))
    assert one.translate(texts) == big.translate(texts) == texts


def test_long_segment_is_split_not_truncated(package: InstalledPackage) -> None:
    small = Engine.load(package, DecodeOptions(max_input_tokens=40))
    text = " ".join(FRENCH[:4] * 3)
    assert len(small.tokenize(text)) > 3 * 40
    assert small.translate([text]) == [text]


def test_long_segment_without_spaces_is_cut_anywhere(package: InstalledPackage) -> None:
    small = Engine.load(package, DecodeOptions(max_input_tokens=8))
    text = "abcdefghijklmnopqrstuvwxyzéèà" * 3
    assert small.translate([text]) == [text]


def test_decode_returns_n_hypotheses_with_scores(engine: Engine) -> None:
    results = engine.decode([DecodeRequest(FRENCH[0]), DecodeRequest(FRENCH[3])], num_hypotheses=3)
    assert len(results) == 2
    for source, hyps in zip((FRENCH[0], FRENCH[3]), results):
        assert len(hyps) == 3
        assert all(isinstance(h, Hypothesis) for h in hyps)
        assert hyps[0].text == source
        assert hyps[0].tokens == tuple(engine.tokenize(source))
        assert hyps[0].score >= hyps[1].score >= hyps[2].score
        assert hyps[1].text != hyps[0].text


def test_target_prefix_is_forced_and_model_continues(engine: Engine) -> None:
    source = "L'OIM salue l'adoption du protocole."
    [hyps] = engine.decode([DecodeRequest(source, target_prefix="The IOM")], num_hypotheses=1)
    prefix_tokens = engine.tokenize("The IOM")
    # The copy model is positional: after p forced tokens it copies source position p onwards.
    expected = engine.detokenize(prefix_tokens + engine.tokenize(source)[len(prefix_tokens) :])
    assert hyps[0].text.startswith("The IOM")
    assert hyps[0].text == expected


def test_suppress_bans_a_word_the_model_would_produce(engine: Engine) -> None:
    source = "L'OIM salue l'adoption du protocole de l'OIM."
    [plain] = engine.decode([DecodeRequest(source)], num_hypotheses=1)
    assert "adoption" in plain[0].text and "OIM" in plain[0].text
    [banned] = engine.decode([DecodeRequest(source, suppress=("adoption", "OIM"))], num_hypotheses=2)
    for hyp in banned:
        assert "adoption" not in hyp.text.lower()
        assert "OIM" not in hyp.text
    assert "protocole" in banned[0].text


def test_requests_with_different_suppress_lists_keep_their_order(engine: Engine) -> None:
    requests = [
        DecodeRequest("Le HCR salue la décision.", suppress=("HCR",)),
        DecodeRequest("Le HCR salue la décision."),
        DecodeRequest(""),
        DecodeRequest("La décision du HCR.", suppress=("décision",)),
    ]
    results = engine.decode(requests, num_hypotheses=1)
    assert "HCR" not in results[0][0].text
    assert results[1][0].text == "Le HCR salue la décision."
    assert results[2][0].text == ""
    assert "décision" not in results[3][0].text and "HCR" in results[3][0].text


def test_suppress_variants_cover_case_and_leading_space(engine: Engine) -> None:
    variants = engine.suppress_variants("adoption")
    assert tuple(engine.tokenize("adoption")) in variants
    assert tuple(engine.tokenize("ADOPTION")) in variants
    assert any(not v[0].startswith("\u2581") for v in variants)


def test_tokenize_detokenize_roundtrip(engine: Engine) -> None:
    for text in FRENCH:
        assert engine.detokenize(engine.tokenize(text)) == text


def test_signature_names_model_runtime_and_settings(engine: Engine) -> None:
    sig = engine.signature
    assert sig.startswith("translate-fr_en-1.0|ct2-")
    assert sig.endswith("|beam4")


def test_unsupported_compute_type_falls_back(package: InstalledPackage) -> None:
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types("cpu")
    assert "float16" not in supported
    eng = Engine.load(package, DecodeOptions(compute_type="float16"))
    chosen = eng.signature.split("|")[2]
    assert chosen in supported and chosen.startswith("int8")
    assert eng.translate(["Bonjour."]) == ["Bonjour."]


def _copy_tree(package: InstalledPackage, dest: Path) -> Path:
    import shutil

    shutil.copytree(package.path, dest)
    return dest


def test_corrupt_model_bin_is_a_model_error(package: InstalledPackage, tmp_path: Path) -> None:
    broken = _copy_tree(package, tmp_path / "broken")
    (broken / "model" / "model.bin").write_bytes(b"not a model")
    with pytest.raises(ModelError) as info:
        Engine.load(read_package(broken), DecodeOptions())
    assert "model" in str(info.value) and "\n" not in str(info.value)


def test_bpe_package_is_rejected_clearly(package: InstalledPackage, tmp_path: Path) -> None:
    broken = _copy_tree(package, tmp_path / "bpe")
    (broken / "sentencepiece.model").rename(broken / "bpe.model")
    with pytest.raises(ModelError, match="BPE"):
        Engine.load(read_package(broken), DecodeOptions())


def test_corrupt_sentencepiece_is_a_model_error(package: InstalledPackage, tmp_path: Path) -> None:
    broken = _copy_tree(package, tmp_path / "sp")
    (broken / "sentencepiece.model").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="SentencePiece"):
        Engine.load(read_package(broken), DecodeOptions())


# --------------------------------------------------------------------------- Argos' decoding settings
class _RecordingTranslator:
    """Stands in for ctranslate2.Translator: records each call, returns ``output(source)``."""

    def __init__(self, output: Any = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.output = output or (lambda tokens: list(tokens))

    def translate_batch(self, source: list[list[str]], target_prefix: Any = None, **kwargs: Any) -> list[Any]:
        self.calls.append({"source": source, **kwargs})
        n = kwargs.get("num_hypotheses", 1)
        return [SimpleNamespace(hypotheses=[self.output(tokens)] * n, scores=[0.0] * n) for tokens in source]


def _stubbed(package: InstalledPackage, options: DecodeOptions, translator: _RecordingTranslator) -> Engine:
    engine = Engine.load(package, options)
    engine._translator = translator  # the CTranslate2 call is what these tests look at
    return engine


def _cap_of(calls: list[dict[str, Any]], tokens: list[str]) -> int:
    return next(c["max_decoding_length"] for c in calls if tokens in c["source"])


def test_decoding_uses_argos_settings(package: InstalledPackage) -> None:
    stub = _RecordingTranslator()
    engine = _stubbed(package, DecodeOptions(), stub)
    engine.translate(["Le HCR salue la décision."])
    [call] = stub.calls
    assert call["length_penalty"] == 0.2
    assert call["replace_unknowns"] is True
    assert call["beam_size"] == 4
    assert call["max_decoding_length"] == 256  # CTranslate2's default, which Argos uses


def test_output_cap_of_a_segment_does_not_depend_on_its_batch(package: InstalledPackage) -> None:
    short = "Le HCR salue la décision."
    long = " ".join(FRENCH[:4])
    stub = _RecordingTranslator()
    engine = _stubbed(package, DecodeOptions(max_batch_tokens=100_000), stub)
    short_tokens, long_tokens = engine.tokenize(short), engine.tokenize(long)
    assert 128 < len(long_tokens) <= engine.options.max_input_tokens
    engine.translate([short])
    alone = _cap_of(stub.calls, short_tokens)
    stub.calls.clear()
    engine.translate([short, long])
    assert _cap_of(stub.calls, short_tokens) == alone == 256
    assert _cap_of(stub.calls, long_tokens) >= 2 * len(long_tokens) + 10  # raised, never truncating


def test_default_compute_type_is_the_models_own(package: InstalledPackage) -> None:
    """The copy package is stored float32: Argos' auto runs it in float32, so does reltrans."""
    assert Engine.load(package, DecodeOptions()).signature.split("|")[2] == "float32"


# --------------------------------------------------------------------------- no unknown marks
def test_unresolved_unknown_token_marks_the_hypothesis_damaged(package: InstalledPackage) -> None:
    stub = _RecordingTranslator(lambda tokens: ["▁Le", "<unk>", "▁salue", "."])
    engine = _stubbed(package, DecodeOptions(), stub)
    [[hyp]] = engine.decode([DecodeRequest("Le HCR salue.")], 1)
    assert hyp.damaged
    assert engine.translate(["Le HCR salue."]) == [""]  # untranslated, never "Le ⁇ salue."


def test_broken_byte_sequence_marks_the_hypothesis_damaged(package: InstalledPackage) -> None:
    """A lone UTF-8 lead byte decodes to U+FFFD ("se\ufffdibilisation"): never a translation."""
    stub = _RecordingTranslator(lambda tokens: ["▁se", "<0xE2>", "ibilisation"])
    engine = _stubbed(package, DecodeOptions(), stub)
    [[hyp]] = engine.decode([DecodeRequest("sensibilisation")], 1)
    assert "\ufffd" in hyp.text and hyp.damaged
    assert engine.translate(["sensibilisation"]) == [""]


def test_marks_already_in_the_source_are_not_damage(engine: Engine) -> None:
    text = "Le caractère \ufffd et le signe \u2047 figurent dans la source."
    [[hyp]] = engine.decode([DecodeRequest(text)], 1)
    assert hyp.text == text and not hyp.damaged


# --------------------------------------------------------------------------- long inputs
class _CountingProcessor:
    """Wraps the SentencePiece processor: counts the characters given to ``encode``."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.characters = 0

    def encode(self, text: str, *args: Any, **kwargs: Any) -> Any:
        self.characters += len(text)
        return self._inner.encode(text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@pytest.mark.parametrize(
    "text",
    [
        "abcdefghijklmnopqrstuvwxyzéèà0123456789" * 600,  # no space, no punctuation
        "a b c d e f g h " * 40 + "abcdefghijklmnopqrstuvwxyz" * 800,  # spaces only at the start
        ("Le HCR salue la décision, " * 900).strip(),
    ],
    ids=["no-space", "lopsided-spaces", "punctuation"],
)
def test_long_line_is_chunked_in_linear_work(package: InstalledPackage, text: str) -> None:
    engine = Engine.load(package, DecodeOptions(beam_size=1))
    counter = _CountingProcessor(engine.tokenizer.processor)
    engine.tokenizer.processor = counter
    chunks = engine._chunks(text)
    assert len(chunks) > 10
    assert all(len(chunk[0]) <= engine.options.max_input_tokens + 2 for chunk in chunks)  # chunk[0]: its tokens
    assert counter.characters <= 2 * len(text) + 10  # each character tokenized at most twice
    engine.tokenizer.processor = counter._inner
    assert engine.translate([text]) == [text]
