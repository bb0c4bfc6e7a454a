"""End to end through ``translate_files`` with the copy model, on a release written for this
test: every msgstr equals its msgid except where glossary terms were placed, every term is
placed or flagged (with the layer that gave up), and no PO entry holds broken text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from reltrans.catalog import UNMET_PREFIX, read_catalog
from reltrans.constrain import GAVE_UP_PREFIX, placed_spans, requirements_for
from reltrans.constrain.placement import verbatim_spans
from reltrans.engine.scripted import SCENARIO_GLOSSARY
from reltrans.pipeline import TranslateSettings, translate_files

RELEASE = Path(__file__).resolve().parent / "data" / "releases" / "constrain-guard-release.fr.txt"
_TOKENS = re.compile(r"\w+|[^\w\s]")


def _outside(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [m.group() for m in _TOKENS.finditer(text) if not any(a < m.end() and m.start() < b for a, b in spans)]


@pytest.fixture(scope="module")
def engine(copy_package: Path, tmp_path_factory: pytest.TempPathFactory):
    from reltrans.engine.packages import find_package, install_archive
    from reltrans.engine.translator import Engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("argos-pipeline")))
        install_archive(copy_package)
        return Engine.load(find_package("fr", "en"))


@pytest.mark.parametrize("bundled", [False, True], ids=["scenario-glossary", "bundled-glossary"])
def test_copy_model_release_changes_only_placed_terms(engine, tmp_path: Path, bundled: bool) -> None:
    from reltrans.glossary import build_matcher, load_glossaries

    source = tmp_path / "release.fr.txt"
    shutil.copyfile(RELEASE, source)
    glossary_path = tmp_path / "g.toml"
    glossary_path.write_text(SCENARIO_GLOSSARY, encoding="utf-8")
    paths = () if bundled else (glossary_path,)
    settings = TranslateSettings(source_lang="fr", target_lang="en", glossary_paths=paths, bundled_glossary=bundled, enforce_terms=True)
    translate_files([source], settings, engine_loader=lambda *_: engine)
    catalog = read_catalog(tmp_path / "release.fr.en.po")

    glossary = load_glossaries(paths, bundled=bundled)
    fr, en = build_matcher(glossary, "fr"), build_matcher(glossary, "en")
    placed_total = flagged_total = 0
    entries = [e for e in catalog.entries if e.msgid]
    assert len(entries) >= 15
    for entry in entries:
        assert "\ufffd" not in entry.msgstr and "\u2047" not in entry.msgstr, entry.msgstr
        reqs = requirements_for(fr.find(entry.msgid), glossary, "en", entry.msgid)
        unmet = [c for c in entry.extracted_comments if c.startswith(UNMET_PREFIX)]
        source_spans = [(o.start, o.end) for r in reqs for o in r.occurrences]
        target_spans: list[tuple[int, int]] = []
        for req in reqs:
            placed = placed_spans(en, entry.msgstr, req, reqs)
            target_spans += placed
            placed_total += min(len(placed), len(req.occurrences))
            if len(placed) < len(req.occurrences):
                flagged_total += 1
                assert unmet and req.term.text in unmet[0], f"silent miss of {req.term.text!r}: {entry.msgstr!r}"
                assert entry.fuzzy
                assert any(c.startswith(GAVE_UP_PREFIX) and req.term.text in c for c in entry.extracted_comments)
                target_spans += verbatim_spans(entry.msgstr, req)
        # The copy model's own draft is the msgid: outside the placed terms nothing changed.
        assert _outside(entry.msgstr, target_spans) == _outside(entry.msgid, source_spans), entry.msgstr
    assert placed_total >= 20


def test_check_finds_no_broken_text_in_the_release_po(engine, tmp_path: Path) -> None:
    from reltrans.checks import check_catalogs

    source = tmp_path / "release.fr.txt"
    shutil.copyfile(RELEASE, source)
    translate_files([source], TranslateSettings(enforce_terms=True), engine_loader=lambda *_: engine)
    report = check_catalogs([tmp_path / "release.fr.en.po"])
    assert not [f for f in report.findings if f.code == "RT409"]


def test_po_names_the_layer_that_gave_up(tmp_path: Path) -> None:
    from reltrans.engine.scripted import FAILURE_MODES, scenario_engine

    scenario = next(s for s in FAILURE_MODES if s.name == "forbidden-word-of-another-source-word")
    source = tmp_path / "one.fr.txt"
    source.write_text(scenario.source + "\n", encoding="utf-8")
    glossary_path = tmp_path / "g.toml"
    glossary_path.write_text(SCENARIO_GLOSSARY, encoding="utf-8")
    settings = TranslateSettings(glossary_paths=(glossary_path,), bundled_glossary=False, enforce_terms=True)
    translate_files([source], settings, engine_loader=lambda *_: scenario_engine())
    [entry] = [e for e in read_catalog(tmp_path / "one.fr.en.po").entries if e.msgid]
    assert entry.msgstr == scenario.script.nbest[0] and entry.fuzzy
    assert f"{UNMET_PREFIX} returnee" in entry.extracted_comments
    assert any(c.startswith(f'{GAVE_UP_PREFIX} "returnee": the sentence renders the concept otherwise') for c in entry.extracted_comments)
