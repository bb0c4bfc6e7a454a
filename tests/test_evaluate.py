"""reltrans.evaluate: term success rate, consistency, flagged vs silent misses, chrF/BLEU."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import pytest

from reltrans.errors import InputError, UsageError
from reltrans.evaluate import EvalReport, evaluate, score_translations

GLOSSARY = """\
[glossary]
languages = ["fr", "en"]

[[concept]]
id = "iom"
fr = ["OIM"]
en = ["IOM"]

[[concept]]
id = "trafficking-in-persons"
fr = ["traite des personnes"]
en = ["trafficking in persons", "human trafficking"]
"""


@pytest.fixture(scope="module")
def glossary_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gloss") / "g.toml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def glossary(glossary_path: Path):
    from reltrans.glossary import load_glossaries

    return load_glossaries([glossary_path], bundled=False)


class DictEngine:
    """translate() from a dict; no decode, so enforcement splices."""

    signature = "dict-engine"

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [self.table.get(t, t) for t in texts]


SOURCES = [
    "L'OIM combat la traite des personnes.",
    "La traite des personnes recule selon l'OIM.",
    "Il fait beau.",
]
HYPOTHESES = [
    "IOM fights trafficking in persons.",
    "Human trafficking is falling according to OIM.",
    "The weather is fine.",
]


def test_term_success_consistency_and_silent_misses(glossary) -> None:
    report = score_translations(SOURCES, HYPOTHESES, None, glossary, source_lang="fr", target_lang="en")
    terms = report.terms
    assert (terms.occurrences, terms.met) == (4, 2)  # the 2nd sentence misses both terms
    assert terms.success_rate == pytest.approx(0.5)
    assert (terms.flagged, terms.silent) == (0, 2)
    # trafficking-in-persons is rendered two ways, iom one way.
    assert (terms.concepts, terms.consistent) == (2, 1)
    assert report.metrics == () and report.level == "none"
    assert report.details[1].missing == ("trafficking in persons", "IOM")  # source order


def test_flagged_misses_are_not_silent(glossary) -> None:
    unmet = [(), ("trafficking in persons",), ()]
    report = score_translations(SOURCES, HYPOTHESES, None, glossary, source_lang="fr", target_lang="en", unmet=unmet)
    assert (report.terms.flagged, report.terms.silent) == (1, 1)


def test_sentence_level_metrics_with_signatures(glossary) -> None:
    report = score_translations(SOURCES, HYPOTHESES, HYPOTHESES, glossary, source_lang="fr", target_lang="en")
    assert report.level == "sentence"
    scores = {m.name: m for m in report.metrics}
    assert scores["chrF"].score == pytest.approx(100.0)
    assert scores["BLEU"].score == pytest.approx(100.0)
    assert "version:" in scores["BLEU"].signature and "nc:6" in scores["chrF"].signature


def test_sentence_counts_differ_scores_the_aligned_pairs(tmp_path: Path, glossary_path: Path) -> None:
    src = tmp_path / "src.fr.txt"
    ref = tmp_path / "ref.en.txt"
    src.write_text("\n\n".join(SOURCES) + "\n", encoding="utf-8")
    ref.write_text("IOM fights trafficking in persons. Trafficking in persons is falling according to IOM.\n", encoding="utf-8")
    table = {"L'IOM combat la traite des personnes.": "IOM fights trafficking in persons.", "Il fait beau.": "It is fine."}
    report = evaluate(
        source=src, reference=ref, glossary_paths=[glossary_path], bundled_glossary=False,
        engine_loader=lambda s, t, o: DictEngine(table),
    )
    assert isinstance(report, EvalReport)
    assert report.level == "sentence" and report.system == "dict-engine"
    assert report.alignment and all(src for src, _ref in report.alignment)
    assert any("aligned as" in note for note in report.notes)
    assert {m.name for m in report.metrics} == {"chrF", "BLEU"}
    # The second sentence is copied by DictEngine; enforcement splices both terms in.
    assert report.terms.success_rate == 1.0
    assert report.details[1].hypothesis == "La trafficking in persons recule selon l'IOM."


def test_no_constrain_counts_silent_misses(tmp_path: Path, glossary_path: Path) -> None:
    src = tmp_path / "src.fr.txt"
    src.write_text(SOURCES[1] + "\n", encoding="utf-8")
    report = evaluate(source=src, glossary_paths=[glossary_path], bundled_glossary=False, constrain=False,
                      engine_loader=lambda s, t, o: DictEngine({}))
    assert report.terms.silent == 2 and report.terms.met == 0
    assert not report.constrained


PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'


def _po(path: Path, entries: list[tuple[str, str, list[str]]]) -> Path:
    body = PO_HEADER
    for msgid, msgstr, extra in entries:
        body += "".join(line + "\n" for line in extra) + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n\n'
    path.write_text(body, encoding="utf-8")
    return path


def test_po_mode_with_hypothesis_po(tmp_path: Path, glossary_path: Path) -> None:
    reviewed = _po(tmp_path / "reviewed.po", [
        (SOURCES[0], HYPOTHESES[0], []),
        (SOURCES[1], "Trafficking in persons is falling, says IOM.", []),
        ("Brouillon.", "Draft.", ["#, fuzzy"]),  # not reviewed: ignored
    ])
    mt = _po(tmp_path / "mt.po", [
        (SOURCES[0], HYPOTHESES[0], []),
        (SOURCES[1], "Human trafficking is falling, says IOM.", ["#. reltrans: unmet terms: trafficking in persons", "#, fuzzy"]),
    ])
    report = evaluate(po=[reviewed], hypothesis_po=mt, glossary_paths=[glossary_path], bundled_glossary=False)
    assert report.segments == 2 and report.level == "sentence"
    assert report.system == "po:mt.po"
    assert (report.terms.met, report.terms.flagged, report.terms.silent) == (3, 1, 0)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["terms"]["success_rate"] == pytest.approx(0.75)


def test_usage_and_input_errors(tmp_path: Path, glossary_path: Path) -> None:
    with pytest.raises(UsageError):
        evaluate(bundled_glossary=False)
    with pytest.raises(UsageError):
        evaluate(source=tmp_path / "a.txt", po=[tmp_path / "b.po"], bundled_glossary=False)
    empty = _po(tmp_path / "empty.po", [("Bonjour.", "", [])])
    with pytest.raises(InputError):
        evaluate(po=[empty], glossary_paths=[glossary_path], bundled_glossary=False, engine_loader=lambda s, t, o: DictEngine({}))
    with pytest.raises(InputError):
        evaluate(source=tmp_path / "missing.txt", bundled_glossary=False, engine_loader=lambda s, t, o: DictEngine({}))
