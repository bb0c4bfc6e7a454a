"""The translator's glossary hints (the PO's ``#. glossary:`` comment) list the known terms a
longer term holds, after that term. Every sentence and concept is invented for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_OK
from reltrans.glossary import Concept, Glossary, Term, build_matcher
from reltrans.pipeline import _concept_comment


def t(text: str, lang: str, status: str = "preferred") -> Term:
    return Term(text, lang, status, False, False)


GLOSSARY = Glossary((
    Concept("un", (t("Nations Unies", "fr"), t("United Nations", "en"))),
    Concept("sg", (t("Secrétaire général", "fr"), t("Secretary-General", "en"))),
    Concept("sg-un", (t("Secrétaire général des Nations Unies", "fr"), t("United Nations Secretary-General", "en"))),
    Concept("glaciers", (t("fonte des glaciers", "fr"), t("glacier melt", "en"))),
    Concept("glacier-lakes", (t("glaciers de montagne", "fr"), t("mountain glaciers", "en"))),
    Concept("forbidden-inner", (t("Unies", "fr", "forbidden"), t("United", "en"))),
    Concept("no-english", (t("rapport annuel", "fr"),)),
    Concept("report-office", (t("Bureau du rapport annuel", "fr"), t("Annual Report Office", "en"))),
))


@pytest.fixture(scope="module")
def fr():
    return build_matcher(GLOSSARY, "fr")


def test_inner_terms_follow_the_outer_term(fr):
    comment = _concept_comment("Le Secrétaire général des Nations Unies arrive.", fr, GLOSSARY, "en")
    assert comment == (
        "glossary: Secrétaire général des Nations Unies → United Nations Secretary-General"
        " (inside: Secrétaire général → Secretary-General; Nations Unies → United Nations)"
    )


def test_a_term_sharing_words_with_the_match_is_listed_as_overlapping(fr):
    # the longer « glaciers de montagne » is the match; « fonte des glaciers » shares a word
    comment = _concept_comment("La fonte des glaciers de montagne s'accélère.", fr, GLOSSARY, "en")
    assert comment == "glossary: glaciers de montagne → mountain glaciers (overlapping: fonte des glaciers → glacier melt)"


def test_forbidden_and_unrendered_inner_terms_are_not_listed(fr):
    # « Unies » is a forbidden term inside « Nations Unies »; « rapport annuel » has no English
    assert _concept_comment("Les Nations Unies publient.", fr, GLOSSARY, "en") == "glossary: Nations Unies → United Nations"
    assert _concept_comment("Le Bureau du rapport annuel publie.", fr, GLOSSARY, "en") == (
        "glossary: Bureau du rapport annuel → Annual Report Office"
    )


def test_a_matcher_without_inner_matches_gives_the_plain_hint(fr):
    class Plain:
        def find(self, text):
            return fr.find(text)

    assert _concept_comment("Le Secrétaire général des Nations Unies arrive.", Plain(), GLOSSARY, "en") == (
        "glossary: Secrétaire général des Nations Unies → United Nations Secretary-General"
    )


def test_translate_writes_the_inner_terms_into_the_po(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra.csv").write_text(
        "fr,en\nNations Unies,United Nations\nFonds des Nations Unies pour les forêts,United Nations Forest Fund\n",
        encoding="utf-8",
    )
    (tmp_path / "reltrans.toml").write_text('glossaries = ["extra.csv"]\nbundled_glossary = false\n', encoding="utf-8")
    source = tmp_path / "rel.fr.txt"
    source.write_text("Le Fonds des Nations Unies pour les forêts plante des arbres.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    assert result.exit_code == EXIT_OK, result.output
    po = (tmp_path / "rel.fr.en.po").read_text(encoding="utf-8")
    assert (
        "#. glossary: Fonds des Nations Unies pour les forêts → United Nations Forest Fund"
        " (inside: Nations Unies → United Nations)"
    ) in po


def test_translate_writes_one_review_line_per_concept_flagged_not_forced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra.toml").write_text(
        '[glossary]\nname = "t"\nlanguages = ["fr", "en"]\n\n'
        '[[concept]]\nid = "rations"\nsource = "s"\nfr = ["ration", "rations"]\nen = ["rations", "ration", "food allowance"]\n'
        'when_document_mentions = { fr = ["PAM", "réfugié"] }\nreview_elsewhere = true\n\n'
        '[[concept]]\nid = "village"\nsource = "s"\nfr = ["village"]\nen = ["village"]\n',
        encoding="utf-8",
    )
    (tmp_path / "reltrans.toml").write_text('glossaries = ["extra.toml"]\nbundled_glossary = false\n', encoding="utf-8")
    source = tmp_path / "rel.fr.txt"
    # a hiking club's news: no word of the food-aid sense, so « ration » is flagged, not forced
    source.write_text("Chaque marcheur du village reçoit une ration de fromage.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", "--no-people-names"])
    assert result.exit_code == EXIT_OK, result.output
    po = (tmp_path / "rel.fr.en.po").read_text(encoding="utf-8")
    assert "#. glossary: village → village\n" in po  # the forced concept only
    assert (
        "#. review: « ration » → 'rations' (or 'food allowance'); not forced: the document names"
        " none of the words of that sense (PAM, réfugié)\n"
    ) in po
