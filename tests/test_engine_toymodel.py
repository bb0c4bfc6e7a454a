"""The tiny packages of reltrans.engine.toymodel are real CTranslate2/SentencePiece models."""
from __future__ import annotations

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
