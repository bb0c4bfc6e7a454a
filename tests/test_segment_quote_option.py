"""The quotation-with-attribution policy as a documented option (issue 15): ``--split-quotes``
(``translate``, ``segment``), ``split_quotes`` in reltrans.toml, recorded in the PO header so that
``build`` cuts the source as ``translate`` did. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.catalog import read_catalog
from reltrans.cli import cli
from reltrans.config import ConfigError, parse_config
from reltrans.segment import QUOTES_HEADER_FIELD

QUOTE = "« Nous ouvrirons le centre lundi. Les familles sont prêtes », a déclaré Mme Léa Martin.\n"
WHOLE = ["« Nous ouvrirons le centre lundi. Les familles sont prêtes », a déclaré Mme Léa Martin."]
SPLIT = ["« Nous ouvrirons le centre lundi.", "Les familles sont prêtes », a déclaré Mme Léa Martin."]


def _segment(tmp_path: Path, *args: str) -> list[str]:
    source = tmp_path / "rel.fr.txt"
    source.write_text(QUOTE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", "--format", "json", *args, str(source)])
    assert result.exit_code == 0, result.output
    import json

    return [row["text"] for row in json.loads(result.stdout)]


def test_segment_split_quotes_cuts_it_at_its_sentences(tmp_path: Path) -> None:
    assert _segment(tmp_path) == WHOLE  # the default: one segment with its attribution
    assert _segment(tmp_path, "--split-quotes") == SPLIT
    assert _segment(tmp_path, "--no-split-quotes") == WHOLE


def test_translate_split_quotes_records_it_and_build_follows(tmp_path: Path) -> None:
    source = tmp_path / "rel.fr.txt"
    source.write_text(QUOTE, encoding="utf-8")
    runner = CliRunner()
    po = tmp_path / "rel.fr.en.po"
    assert runner.invoke(cli, ["translate", "--no-mt", str(source)]).exit_code == 0
    catalog = read_catalog(po)  # by default: no record, the quotation is one msgid
    assert QUOTES_HEADER_FIELD not in catalog.header
    assert [entry.msgid for entry in catalog.entries if entry.msgid] == WHOLE
    result = runner.invoke(cli, ["translate", "--no-mt", "--force", "--split-quotes", str(source)])
    assert result.exit_code == 0, result.output
    catalog = read_catalog(po)
    assert catalog.header[QUOTES_HEADER_FIELD] == "split"
    assert [entry.msgid for entry in catalog.entries if entry.msgid] == SPLIT
    out = tmp_path / "out.txt"
    built = runner.invoke(cli, ["build", str(source), str(po), "--fallback-source", "-o", str(out)])
    assert built.exit_code == 0, built.output
    assert "2 kept in the source language" in built.output  # both split msgids matched the source
    assert out.read_text(encoding="utf-8") == QUOTE


def test_project_configuration_split_quotes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reltrans.toml").write_text("split_quotes = true\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _segment(tmp_path) == SPLIT
    assert _segment(tmp_path, "--no-split-quotes") == WHOLE
    assert parse_config({"split_quotes": True}, tmp_path / "reltrans.toml").split_quotes is True
    with pytest.raises(ConfigError):
        parse_config({"split_quotes": "yes"}, tmp_path / "reltrans.toml")


# ------------------------------------------------------------------ attribution before or inside (segmenter 1.9)
from reltrans.segment import split_sentences  # noqa: E402

AFTER = "« Nous ouvrirons le centre lundi. Les familles sont prêtes », a déclaré Mme Léa Martin. Le convoi part."
INSIDE = "« Nous sommes prêts, a déclaré Mme Léa Martin. Nous agirons vite. » Le convoi part."
INSIDE_LATER = "« Nous sommes prêts. Nous agirons, a-t-il ajouté, dès demain. » Le convoi part."
BEFORE = "La directrice a déclaré : « Le centre est ouvert. Les familles arrivent. » Le convoi part."
BEFORE_SELON = "Selon elle : « Le centre est ouvert. Les familles arrivent ». Le convoi part."
BEFORE_EN = "The director said: “The centre is open. Families are arriving.” The convoy leaves."
ALONE = "« Il faut partir. Les routes sont coupées. » Le convoi part."
TITLE_QUOTE = "Le rapport s'intitule « Les villes. Les ports. » Il paraît demain."


def _cuts(text: str, *, kept: bool = True, lang: str = "fr") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang, quote_attribution=kept)]


@pytest.mark.parametrize(
    ("text", "whole", "split"),
    [
        (AFTER, [AFTER[: AFTER.index(" Le convoi")], "Le convoi part."],
         ["« Nous ouvrirons le centre lundi.", "Les familles sont prêtes », a déclaré Mme Léa Martin.", "Le convoi part."]),
        (INSIDE, ["« Nous sommes prêts, a déclaré Mme Léa Martin. Nous agirons vite. »", "Le convoi part."],
         ["« Nous sommes prêts, a déclaré Mme Léa Martin.", "Nous agirons vite. »", "Le convoi part."]),
        (INSIDE_LATER, ["« Nous sommes prêts. Nous agirons, a-t-il ajouté, dès demain. »", "Le convoi part."],
         ["« Nous sommes prêts.", "Nous agirons, a-t-il ajouté, dès demain. »", "Le convoi part."]),
        (BEFORE, ["La directrice a déclaré : « Le centre est ouvert. Les familles arrivent. »", "Le convoi part."],
         ["La directrice a déclaré : « Le centre est ouvert.", "Les familles arrivent. »", "Le convoi part."]),
        (BEFORE_SELON, ["Selon elle : « Le centre est ouvert. Les familles arrivent ».", "Le convoi part."],
         ["Selon elle : « Le centre est ouvert.", "Les familles arrivent ».", "Le convoi part."]),
    ],
    ids=["after", "inside", "inside-later", "before", "before-selon"],
)
def test_attribution_before_inside_or_after_follows_one_policy(text: str, whole: list[str], split: list[str]) -> None:
    assert _cuts(text) == whole  # the default: the quotation with its attribution is one segment
    assert _cuts(text, kept=False) == split  # --split-quotes: cut at its inner sentence ends


def test_attribution_before_in_english() -> None:
    assert _cuts(BEFORE_EN, lang="en") == ["The director said: “The centre is open. Families are arriving.”", "The convoy leaves."]
    assert _cuts(BEFORE_EN, kept=False, lang="en") == [
        "The director said: “The centre is open.", "Families are arriving.”", "The convoy leaves.",
    ]


@pytest.mark.parametrize("text", [ALONE, TITLE_QUOTE])
def test_a_quotation_without_attribution_is_cut_in_both_modes(text: str) -> None:
    assert _cuts(text) == _cuts(text, kept=False)
    assert len(_cuts(text)) == 3


def test_a_colon_without_a_reporting_verb_introduces_no_attribution() -> None:
    text = "Le programme est clair : « Former. Protéger. » Il commence lundi."
    assert _cuts(text) == ["Le programme est clair : « Former.", "Protéger. »", "Il commence lundi."]


def test_segment_cli_shows_the_policy_for_attribution_before(tmp_path: Path) -> None:
    import json

    source = tmp_path / "rel.fr.txt"
    source.write_text(BEFORE + "\n", encoding="utf-8")
    runner = CliRunner()
    whole = runner.invoke(cli, ["segment", "--format", "json", str(source)])
    split = runner.invoke(cli, ["segment", "--format", "json", "--split-quotes", str(source)])
    assert whole.exit_code == 0 and split.exit_code == 0, (whole.output, split.output)
    assert [row["text"] for row in json.loads(whole.stdout)] == [BEFORE[: BEFORE.index(" Le convoi")], "Le convoi part."]
    assert len(json.loads(split.stdout)) == 3


def test_split_quotes_cuts_a_quotation_opened_inside_its_sentence() -> None:
    from reltrans.segment import split_sentences

    text = 'Pour la présidente, les ports font "face à des crues. Il faut agir". Le débat reprend.'
    kept = [text[a:b] for a, b in split_sentences(text, "fr")]
    cut = [text[a:b] for a, b in split_sentences(text, "fr", quote_attribution=False)]
    assert kept == ['Pour la présidente, les ports font "face à des crues. Il faut agir".', "Le débat reprend."]
    assert cut == ['Pour la présidente, les ports font "face à des crues.', 'Il faut agir".', "Le débat reprend."]
