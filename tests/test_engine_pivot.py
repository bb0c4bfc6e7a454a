"""Pivot translation (``reltrans.engine.pivot``): the route Argos would build, the chain of two
engines batched on both legs, the glossary on the leg it covers, and ``reltrans translate``
through real tiny packages (fr->en copy model, en->es copy and random models)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Sequence

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.engine.packages import InstalledPackage, install_archive
from reltrans.engine.pivot import PivotEngine, PivotRoute, argos_order, choose_route, glossary_leg, pivot_language
from reltrans.errors import EXIT_MODEL, EXIT_OK

# Sentences written for these tests.
WITH_TERM = "L'OIM aide les habitants déplacés."
PLAIN = "Les habitants ont reçu des paniers."


def _pkg(root: Path, src: str, tgt: str, version: str = "1.0", kind: str = "translate", name: str | None = None) -> InstalledPackage:
    folder = root / (name or f"translate-{src}_{tgt}-{version.replace('.', '_')}")
    return InstalledPackage(path=folder, from_code=src, to_code=tgt, package_version=version, name=folder.name, package_type=kind)


class Recorder:
    """An engine that tags what it translates and records every call."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.calls: list[list[str]] = []
        self.signature = f"fake-{tag}"
        self.max_batch_tokens = 4096

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls.append(list(texts))
        return [f"{t} [{self.tag}]" if t.strip() and "BROKEN" not in t else "" for t in texts]


# --------------------------------------------------------------------------- the route
def test_route_goes_through_the_only_intermediate(tmp_path: Path) -> None:
    packages = [_pkg(tmp_path, "fr", "en"), _pkg(tmp_path, "en", "es"), _pkg(tmp_path, "de", "en")]
    route = choose_route("fr", "es", packages)
    assert route is not None
    assert (route.source, route.pivot, route.target) == ("fr", "en", "es")
    assert route.description == "fr->en->es (translate-fr_en-1_0 1.0 + translate-en_es-1_0 1.0)"
    assert choose_route("es", "fr", packages) is None  # no es->X at all
    assert choose_route("fr", "de", packages) is None  # en->de missing
    assert choose_route("fr", "fr", packages + [_pkg(tmp_path, "en", "fr")]) is None  # never a round trip


def test_pivot_in_the_configuration_must_be_a_boolean(tmp_path: Path) -> None:
    from reltrans.config import parse_config
    from reltrans.errors import ConfigError

    assert parse_config({"pivot": False}, tmp_path / "reltrans.toml").pivot is False
    assert parse_config({}, tmp_path / "reltrans.toml").pivot is True
    with pytest.raises(ConfigError, match="pivot must be true or false"):
        parse_config({"pivot": "no"}, tmp_path / "reltrans.toml")


def test_route_takes_the_first_intermediate_in_argos_order(tmp_path: Path) -> None:
    """Argos walks the source's packages in listing order: with fr->de listed before fr->en
    (folder-name order), de is the pivot even though en would also work."""
    packages = argos_order([
        _pkg(tmp_path, "fr", "en"), _pkg(tmp_path, "en", "es"), _pkg(tmp_path, "de", "es"), _pkg(tmp_path, "fr", "de"),
    ])
    assert [p.name for p in packages][:2] == ["translate-de_es-1_0", "translate-en_es-1_0"]
    route = choose_route("fr", "es", packages)
    assert route is not None and route.pivot == "de"
    # the same packages listed in another order give another (Argos') choice
    reordered = sorted(packages, key=lambda p: p.to_code != "en")
    assert choose_route("fr", "es", reordered).pivot == "en"  # type: ignore[union-attr]


def test_route_uses_the_version_reltrans_uses_and_skips_sbd(tmp_path: Path) -> None:
    packages = [
        _pkg(tmp_path, "fr", "en", "1.9"), _pkg(tmp_path, "fr", "en", "1.0"), _pkg(tmp_path, "en", "es", "1.0"),
        _pkg(tmp_path, "fr", "fr", kind="sbd", name="sbd-fr"), _pkg(tmp_path, "fr", "it", kind="sbd", name="x-sbd"),
        _pkg(tmp_path, "it", "es"),
    ]
    route = choose_route("fr", "es", packages)
    assert route is not None
    assert route.first.package_version == "1.9" and route.pivot == "en"


def test_route_matches_argostranslate_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argos' own CompositeTranslation, over the same packages listed in the same order."""
    pytest.importorskip("argostranslate")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    root = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    import argostranslate.package
    import argostranslate.translate as argos_translate

    ours = []
    for src, tgt in (("fr", "en"), ("fr", "de"), ("en", "es"), ("de", "es"), ("de", "it"), ("en", "it")):
        folder = root / f"translate-{src}_{tgt}-1_0"
        folder.mkdir(parents=True)
        (folder / "metadata.json").write_text(json.dumps({"from_code": src, "to_code": tgt, "package_version": "1.0", "type": "translate"}))
        ours.append(_pkg(root, src, tgt))
    listed = argos_order(ours)

    class NoSentencizer:
        def __init__(self, pkg: Any) -> None:
            pass

    monkeypatch.setattr(argos_translate, "MiniSBDSentencizer", NoSentencizer)
    monkeypatch.setattr(argos_translate, "installed_translates", [])
    for order in (listed, list(reversed(listed))):
        argos_packages = [argostranslate.package.Package(p.path) for p in order]
        monkeypatch.setattr(argostranslate.package, "get_installed_packages", lambda *a, _p=argos_packages: list(_p))
        argos_translate.get_installed_languages.cache_clear()
        for target in ("es", "it"):
            composite = argos_translate.get_translation_from_codes("fr", target)
            route = choose_route("fr", target, order)
            assert route is not None
            assert type(composite).__name__ == "CompositeTranslation"
            assert composite.t1.to_lang.code == route.pivot
    argos_translate.get_installed_languages.cache_clear()


# --------------------------------------------------------------------------- the chain
def _route(tmp_path: Path) -> PivotRoute:
    return PivotRoute(_pkg(tmp_path, "fr", "en"), _pkg(tmp_path, "en", "es"))


def test_chain_is_batched_on_both_legs_and_keeps_order(tmp_path: Path) -> None:
    first, second = Recorder("en"), Recorder("es")
    engine = PivotEngine(_route(tmp_path), first, second)
    texts = ["un", "deux", "", "un bis"]
    assert engine.translate(texts) == ["un [en] [es]", "deux [en] [es]", "", "un bis [en] [es]"]
    assert first.calls == [texts]  # one call for the whole batch
    assert second.calls == [["un [en]", "deux [en]", "", "un bis [en]"]]


def test_second_leg_decodes_each_distinct_text_once(tmp_path: Path) -> None:
    first, second = Recorder("en"), Recorder("es")
    engine = PivotEngine(_route(tmp_path), first, second)
    first.translate = lambda texts: ["same" for _ in texts]  # type: ignore[method-assign]
    assert engine.translate(["a", "b", "c"]) == ["same [es]"] * 3
    assert second.calls == [["same"]]


def test_a_segment_the_first_leg_cannot_translate_stays_untranslated(tmp_path: Path) -> None:
    engine = PivotEngine(_route(tmp_path), Recorder("en"), Recorder("es"))
    assert engine.translate(["BROKEN piece", "fine"]) == ["", "fine [en] [es]"]


def test_signature_names_both_models_and_the_pivot(tmp_path: Path) -> None:
    engine = PivotEngine(_route(tmp_path), Recorder("en"), Recorder("es"))
    assert engine.signature == "pivot-en(fake-en+fake-es)"
    assert pivot_language(f"model={engine.signature}|glossary=none|segmenter=1") == "en"
    assert pivot_language("model=translate-fr_en-1.0|ct2-4|int8|beam4|glossary=none") is None


def test_glossary_leg_is_the_one_whose_languages_it_covers(tmp_path: Path) -> None:
    from reltrans.glossary import load_glossaries

    bundled = load_glossaries((), bundled=True)  # French-English
    route = _route(tmp_path)
    assert glossary_leg(bundled, route) == ("fr", "en")
    assert glossary_leg(bundled, PivotRoute(_pkg(tmp_path, "es", "fr"), _pkg(tmp_path, "fr", "en"))) == ("fr", "en")
    assert glossary_leg(bundled, PivotRoute(_pkg(tmp_path, "de", "it"), _pkg(tmp_path, "it", "es"))) is None
    assert glossary_leg(None, route) is None
    engine = PivotEngine(route, Recorder("en"), Recorder("es"), bundled)
    assert engine.signature == f"pivot-en(fake-en+fake-es;glossary fr->en {bundled.digest})"


# --------------------------------------------------------------------------- real packages, CLI
@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from reltrans.engine.toymodel import build_copy_package, build_random_package

    base = tmp_path_factory.mktemp("pivot-archives")
    return {
        "fr-en": build_copy_package(base / "fr-en", "fr", "en"),
        "en-es": build_copy_package(base / "en-es", "en", "es"),
        "en-es-random": build_random_package(
            base / "en-es-random", layers=1, d_model=64, heads=2, ffn=128, vocab_size=300, corpus_lines=300,
            from_code="en", to_code="es",
        ),
    }


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "rel.fr.txt"
    path.write_text(f"{WITH_TERM}\n\n{PLAIN}\n", encoding="utf-8")
    return path


def _install_into(root: Path, monkeypatch: pytest.MonkeyPatch, *archives: Path) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    for archive in archives:
        install_archive(archive)


def _msgstrs(po: Path) -> dict[str, str]:
    from reltrans.catalog import read_catalog

    return {e.msgid: e.msgstr for e in read_catalog(po).entries if e.msgid}


def _header(po: Path, field: str) -> str:
    line = next(l for l in po.read_text(encoding="utf-8").splitlines() if l.startswith(f'"{field}: '))
    return line[len(field) + 3 : -3]


@pytest.mark.model
def test_translate_through_a_pivot_applies_the_glossary_on_the_fr_en_leg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path], release: Path
) -> None:
    from reltrans.engine.toymodel import build_copy_package

    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es"])
    result = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--no-tm"])
    assert result.exit_code == EXIT_OK, result.output
    assert "pivot: no fr->es package; translated through en" in result.stdout
    po = tmp_path / "rel.fr.es.po"
    # both copy models: the glossary's IOM can only come from enforcement on fr->en
    assert _msgstrs(po) == {WITH_TERM: WITH_TERM.replace("OIM", "IOM"), PLAIN: PLAIN}
    signature = _header(po, "X-Reltrans-Signature")
    assert signature.startswith("model=pivot-en(translate-fr_en-1.0|") and "+translate-en_es-1.0|" in signature
    assert ";glossary fr->en " in signature
    assert _header(po, "Language") == "es"
    # once a direct package is installed it is used, not the pivot
    install_archive(build_copy_package(tmp_path / "direct", "fr", "es"))
    result = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--no-tm", "--force"])
    assert result.exit_code == EXIT_OK, result.output
    assert "pivot:" not in result.stdout
    assert _header(po, "X-Reltrans-Signature").startswith("model=translate-fr_es-1.0|")


@pytest.mark.model
def test_pivot_output_is_the_second_model_over_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path], release: Path
) -> None:
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import DecodeOptions, Engine

    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es-random"])
    result = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--no-tm", "--no-enforce", "-q"])
    assert result.exit_code == EXIT_OK, result.output
    expected = Engine.load(find_package("en", "es"), DecodeOptions()).translate(
        Engine.load(find_package("fr", "en"), DecodeOptions()).translate([WITH_TERM, PLAIN])
    )
    got = _msgstrs(tmp_path / "rel.fr.es.po")
    assert [got[WITH_TERM], got[PLAIN]] == expected
    assert expected != [WITH_TERM, PLAIN]  # the random en->es model really ran


@pytest.mark.model
def test_pivot_matches_argos_composite_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path]
) -> None:
    """Argos' own CompositeTranslation over the same two packages (float32, so batching cannot
    change a bit) gives the same sentences as the pivot engine, batched on both legs."""
    pytest.importorskip("argostranslate")
    from reltrans.engine.toymodel import build_random_package
    from reltrans.pipeline import load_engine

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/")
    en_es = build_random_package(
        tmp_path / "en-es-f32", layers=1, d_model=64, heads=2, ffn=128, vocab_size=300, corpus_lines=300,
        from_code="en", to_code="es", quantization=None,
    )
    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], en_es)
    import argostranslate.package
    import argostranslate.settings as argos_settings_module
    import argostranslate.translate as argos_translate

    class OneSentence:
        def __init__(self, pkg: Any) -> None:
            pass

        def split_sentences(self, text: str) -> list[str]:
            return [text]

    for name, value in (("beam_size", 4), ("compute_type", "auto"), ("device", "cpu"), ("inter_threads", 1), ("intra_threads", 0)):
        monkeypatch.setattr(argos_settings_module, name, value)
    monkeypatch.setattr(argos_translate, "MiniSBDSentencizer", OneSentence)
    monkeypatch.setattr(argos_translate, "installed_translates", [])
    listed = [argostranslate.package.Package(p) for p in sorted((tmp_path / "pk").iterdir())]
    monkeypatch.setattr(argostranslate.package, "get_installed_packages", lambda *a: list(listed))
    argos_translate.get_installed_languages.cache_clear()
    try:
        composite = argos_translate.get_translation_from_codes("fr", "es")
        assert type(composite).__name__ == "CompositeTranslation"
        texts = [WITH_TERM, PLAIN, "Bonjour."]
        ours = load_engine("fr", "es", None).translate(texts)
        assert ours == [composite.translate(text) for text in texts]
        assert ours != texts  # the random en->es model really ran
    finally:
        argos_translate.get_installed_languages.cache_clear()


@pytest.mark.model
def test_no_pivot_refuses_with_the_no_model_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path], release: Path
) -> None:
    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es"])
    result = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--no-pivot"])
    assert result.exit_code == EXIT_MODEL
    assert "E-NO-MODEL no model installed for fr->es" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "rel.fr.es.po").exists()
    shutil.rmtree(tmp_path / "pk" / "translate-fr_en-1_0")  # no route at all: the same error with pivots on
    result = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--pivot"])
    assert result.exit_code == EXIT_MODEL
    assert "E-NO-MODEL no model installed for fr->es" in result.stderr


@pytest.mark.model
def test_pivot_false_in_the_configuration_refuses_and_the_option_overrides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path], release: Path
) -> None:
    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es"])
    (tmp_path / "reltrans.toml").write_text("pivot = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    refused = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es"])
    assert refused.exit_code == EXIT_MODEL and "E-NO-MODEL" in refused.stderr
    allowed = CliRunner().invoke(cli, ["translate", str(release), "--from", "fr", "--to", "es", "--pivot", "-q"])
    assert allowed.exit_code == EXIT_OK, allowed.output
    assert (tmp_path / "rel.fr.es.po").exists()


@pytest.mark.model
def test_load_engine_keeps_its_positional_interface(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path]) -> None:
    from reltrans.errors import ModelNotFoundError
    from reltrans.pipeline import load_engine

    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es"])
    engine = load_engine("fr", "es", None)
    assert isinstance(engine, PivotEngine) and engine.translate([PLAIN]) == [PLAIN]
    with pytest.raises(ModelNotFoundError):
        load_engine("fr", "es", None, pivot=False)


@pytest.mark.model
@pytest.mark.parametrize(
    ("languages", "term", "sentence"),
    [
        (("fr", "es"), "HCR", "Le HCR aide les réfugiés."),  # the whole pair: applied to the final drafts
        (("en", "es"), "UNHCR", "Le UNHCR aide les réfugiés."),  # the second leg: matched in the English pivot text
    ],
)
def test_a_glossary_of_other_languages_goes_on_the_leg_it_covers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archives: dict[str, Path], languages: tuple[str, str], term: str, sentence: str
) -> None:
    _install_into(tmp_path / "pk", monkeypatch, archives["fr-en"], archives["en-es"])
    src, tgt = languages
    glossary = tmp_path / "terms.toml"
    glossary.write_text(
        f'[glossary]\nname = "test"\nlanguages = ["{src}", "{tgt}"]\n\n[[concept]]\nid = "unhcr"\n{src} = ["{term}"]\n{tgt} = ["ACNUR"]\n',
        encoding="utf-8",
    )
    release = tmp_path / "rel.fr.txt"
    release.write_text(f"{sentence}\n\n{PLAIN}\n", encoding="utf-8")
    args = ["translate", str(release), "--from", "fr", "--to", "es", "--no-tm", "--no-bundled-glossary", "--glossary", str(glossary), "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == EXIT_OK, result.output
    assert _msgstrs(tmp_path / "rel.fr.es.po") == {sentence: sentence.replace(term, "ACNUR"), PLAIN: PLAIN}
    plain = CliRunner().invoke(cli, [*args, "--no-enforce", "--force"])
    assert plain.exit_code == EXIT_OK, plain.output
    assert _msgstrs(tmp_path / "rel.fr.es.po")[sentence] == sentence
