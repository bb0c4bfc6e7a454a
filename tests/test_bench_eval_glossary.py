"""bench/eval_glossary_recall.py on a tiny set written for this test (no third-party text).

The real evaluation set lives outside the repository; these tests check that the script says
so when it is absent, and that recall, precision and the document context are computed as
its docstring says.
"""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import eval_glossary_recall  # noqa: E402

HEADER = "release_id\tfr\ten\tsource_url_fr\tsource_url_en\n"


def write_set(folder: Path) -> None:
    rows = [
        ("r1", "L'OIM a secouru 40 migrants au large de la Grèce.", "IOM rescued 40 migrants off Greece."),
        ("r1", "Les trafiquants demandent 3 000 dollars par passage ; le trafic illicite de migrants progresse.",
         "Smugglers ask for $3,000 a crossing; migrant smuggling is growing."),
        ("r2", "En 2017, les migrants sont arrivés en Turquie.", "In 2017, the migrants arrived in Turkey."),
    ]
    (folder / "pairs.tsv").write_text(HEADER + "".join(f"{r}\t{fr}\t{en}\tu\tu\n" for r, fr, en in rows), encoding="utf-8")
    (folder / "heldout.tsv").write_text(HEADER + "".join(f"{r}\t{fr}\t{en}\tu\tu\n" for r, fr, en in rows if r == "r2"), encoding="utf-8")
    (folder / "releases.tsv").write_text("release_id\tdate\tsplit\n" "r1\t2018-06-13\ttune\n" "r2\t2017-03-01\theldout\n", encoding="utf-8")
    (folder / "terms.tsv").write_text(
        "fr\ten\tkind\tevidence\n"
        "OIM\tIOM\tacronym\tr1\n"
        "Grèce\tGreece\tcountry\tr1\n"
        "trafiquants\tSmugglers\ttrafficking\tr1 ; smuggling story\n"
        "Turquie\tTurkey\tcountry\tr2 ; 2017: before the new name\n"
        "mot inconnu\tunknown word\tgeneral\tr2\n",
        encoding="utf-8",
    )


def test_without_the_set_it_says_so_and_exits_0(tmp_path, capsys):
    assert eval_glossary_recall.main(["--set", str(tmp_path / "none")]) == 0
    assert "evaluation set not found" in capsys.readouterr().out


def test_scores_a_set_with_document_context(tmp_path, capsys):
    write_set(tmp_path)
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--json"]) == 0
    import json

    figures = json.loads(capsys.readouterr().out)
    # the unknown word is in no pair, so it is not counted; the four others are known: the
    # smuggling story makes 'trafiquants' smugglers, the 2017 date makes 'Turquie' Turkey
    assert figures["terms"] == 4 and figures["recall"] == 100.0
    assert figures["heldout_terms"] == 1 and figures["heldout_recall"] == 100.0
    assert figures["precision"] == 100.0 and figures["sense_precision"] == 100.0


def test_misses_are_listed_and_count_against_sense_precision_until_judged(tmp_path, capsys):
    write_set(tmp_path)
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(pairs.read_text(encoding="utf-8").replace("IOM rescued", "The agency rescued"), encoding="utf-8")
    eval_glossary_recall.main(["--set", str(tmp_path), "--show"])
    out = capsys.readouterr().out
    assert "wrong:  [unjudged] r1: 'OIM' (iom -> 'IOM')" in out
    assert "recall            3/3" in out  # a term whose English is not in the pair is not counted
    (tmp_path / "judgements.tsv").write_text(
        "release_id\tsurface\tconcept_id\tverdict\treason\nr1\tOIM\tiom\tright-sense\tthe agency = IOM\n", encoding="utf-8"
    )
    eval_glossary_recall.main(["--set", str(tmp_path), "--json"])
    import json

    figures = json.loads(capsys.readouterr().out)
    assert figures["precision"] < 100.0 and figures["sense_precision"] == 100.0


def write_split_set(folder: Path) -> None:
    """The split layout: pairs_<split>.tsv and terms_<split>.tsv, one term occurrence a row."""
    pairs = {
        "tuning": [("t1", "L'OIM a secouru 40 migrants au large de la Grèce.", "IOM rescued 40 migrants off Greece.")],
        "heldout": [
            ("h1", "Le HCR aide les réfugiés en Grèce.", "UNHCR helps refugees in Greece."),
            ("h1", "Un mot inconnu ici.", "An unknown word here."),
        ],
    }
    terms = {
        "tuning": [("t1", "OIM", "IOM", "acronym"), ("t1", "Grèce", "Greece", "name")],
        "heldout": [
            ("h1", "HCR", "UNHCR", "acronym"),
            ("h1", "réfugiés", "refugees", "vocabulary"),
            ("h1", "mot inconnu", "unknown word", "vocabulary"),
        ],
    }
    for split in ("tuning", "heldout"):
        (folder / f"pairs_{split}.tsv").write_text(
            HEADER + "".join(f"{r}\t{fr}\t{en}\tu\tu\n" for r, fr, en in pairs[split]), encoding="utf-8"
        )
        (folder / f"terms_{split}.tsv").write_text(
            "release_id\tfr\ten\tkind\n" + "".join("\t".join(row) + "\n" for row in terms[split]), encoding="utf-8"
        )
    (folder / "releases.tsv").write_text("release_id\tdate\tsplit\nt1\t2018-06-13\ttuning\nh1\t2020-01-01\theldout\n", encoding="utf-8")


def test_split_layout_scores_each_split_and_each_kind(tmp_path, capsys):
    import json

    write_split_set(tmp_path)
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--split", "heldout", "--json"]) == 0
    held = json.loads(capsys.readouterr().out)
    assert held["releases"] == 1 and held["terms"] == 3 and held["heldout_terms"] == 3
    assert held["by_kind"] == {"acronym": {"terms": 1, "known": 1}, "vocabulary": {"terms": 2, "known": 1}}
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--split", "tuning", "--json"]) == 0
    tuning = json.loads(capsys.readouterr().out)
    assert tuning["terms"] == 2 and tuning["recall"] == 100.0 and tuning["heldout_terms"] == 0
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--json"]) == 0
    both = json.loads(capsys.readouterr().out)
    assert both["terms"] == 5 and both["heldout_terms"] == 3 and both["releases"] == 2


def test_split_layout_missing_a_file_says_so(tmp_path, capsys):
    write_split_set(tmp_path)
    (tmp_path / "terms_tuning.tsv").unlink()
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--split", "tuning"]) == 0
    assert "terms_tuning.tsv needed" in capsys.readouterr().out


def test_eval_traps_a_forbidden_rendering_is_no_right_sense(tmp_path: Path) -> None:
    """bench/eval_traps.py: the correct English holding only a *forbidden* term of the concept
    (a union's « general secretary ») does not make a forced match right."""
    import eval_traps

    from reltrans.glossary import load_glossary

    path = tmp_path / "g.toml"
    path.write_text(
        '[glossary]\nname = "t"\nversion = "2026.12"\nlanguages = ["fr", "en"]\n\n'
        '[[concept]]\nid = "sg"\ndomain = "title"\nkind = "title"\nsource = "test"\n'
        'fr = ["Secrétaire général"]\nen = ["Secretary-General"]\nen_forbidden = ["General Secretary"]\n',
        encoding="utf-8",
    )
    rows = [
        {"fr": "Le secrétaire général du syndicat a parlé.", "en": "The union's general secretary spoke.", "word": "secrétaire général", "note": ""},
        {"fr": "Le Secrétaire général a parlé.", "en": "The Secretary-General spoke.", "word": "Secrétaire général", "note": ""},
        {"fr": "Le maire a parlé.", "en": "The mayor spoke.", "word": "maire", "note": ""},
    ]
    result = eval_traps.score(rows, load_glossary(path))
    assert (result["forced_wrong"], result["right"], result["left_alone"]) == (1, 1, 1)
    assert "general secretary" in result["wrong"][0]


INNER_GLOSSARY = (
    '[glossary]\nname = "t"\nversion = "2026.12"\nlanguages = ["fr", "en"]\n\n'
    '[[concept]]\nid = "un"\ndomain = "organization"\nsource = "test"\nkind = "name"\n'
    'fr = ["Nations Unies"]\nen = ["United Nations"]\ninflect = false\n\n'
    '[[concept]]\nid = "forest-fund"\ndomain = "organization"\nsource = "test"\nkind = "name"\n'
    'fr = ["Fonds des Nations Unies pour les forêts"]\nen = ["UN Forest Fund"]\ninflect = false\n\n'
    '[[concept]]\nid = "forests"\ndomain = "environment"\nsource = "test"\n'
    'fr = ["forêts"]\nen = ["forests"]\n'
)


def write_inner_set(folder: Path, english: str) -> list[str]:
    """One pair about an invented fund whose French name holds « Nations Unies » and « forêts »,
    with ``english`` as its official English; the verified term is « Nations Unies ». Returns the
    script's arguments."""
    fr = "Le Fonds des Nations Unies pour les forêts plante des arbres."
    (folder / "pairs_inner.tsv").write_text(HEADER + f"i1\t{fr}\t{english}\tu\tu\n", encoding="utf-8")
    (folder / "terms_inner.tsv").write_text("release_id\tfr\ten\tkind\ni1\tNations Unies\tUnited Nations\tname\n", encoding="utf-8")
    (folder / "g.toml").write_text(INNER_GLOSSARY, encoding="utf-8")
    return ["--set", str(folder), "--split", "inner", "--json", "--no-bundled", "--glossary", str(folder / "g.toml")]


def test_a_term_hidden_inside_a_longer_match_is_known_only_with_inner(tmp_path, capsys):
    import json

    # the English paraphrases the fund's name: only the inner terms are in it
    args = write_inner_set(tmp_path, "The United Nations fund for forests plants trees.")
    eval_glossary_recall.main(args)
    inner = json.loads(capsys.readouterr().out)
    eval_glossary_recall.main([*args, "--no-inner"])
    plain = json.loads(capsys.readouterr().out)
    assert inner["inner"] is True and plain["inner"] is False
    assert (inner["terms"], inner["recall"], plain["recall"]) == (1, 100.0, 0.0)
    assert (plain["matches"], plain["precision"]) == (1, 0.0)
    assert (inner["matches"], inner["inner_matches"], inner["inner_right"]) == (3, 2, 2)


def test_a_wrong_inner_match_counts_against_precision(tmp_path, capsys):
    import json

    # the English keeps the fund's own name: its inner terms are not spelled out
    args = write_inner_set(tmp_path, "The UN Forest Fund plants trees.")
    eval_glossary_recall.main(args)
    inner = json.loads(capsys.readouterr().out)
    eval_glossary_recall.main([*args, "--no-inner"])
    plain = json.loads(capsys.readouterr().out)
    assert (plain["matches"], plain["precision"]) == (1, 100.0)
    assert (inner["matches"], inner["inner_matches"], inner["inner_right"], inner["precision"]) == (3, 2, 0, 33.33)
    eval_glossary_recall.main([a for a in args if a != "--json"] + ["--show"])
    assert "wrong:  [unjudged] [inner] i1: 'forêts' (forests -> 'forests')" in capsys.readouterr().out


def test_a_matcher_without_inner_matches_is_scored_with_find():
    class Old:  # code older than round 28: only find
        def find(self, text):
            return ["m"]

    assert eval_glossary_recall.french_matches(Old(), "x") == [("m", False)]


def test_scoring_one_split_opens_only_that_splits_files(tmp_path, capsys, monkeypatch):
    import json

    write_split_set(tmp_path)
    # a later set, and another one beside it whose files must stay closed
    (tmp_path / "pairs_heldout7.tsv").write_text(HEADER + "s1\tL'OIM aide les réfugiés.\tIOM helps refugees.\tu\tu\n", encoding="utf-8")
    (tmp_path / "terms_heldout7.tsv").write_text("release_id\tfr\ten\tkind\ns1\tOIM\tIOM\tacronym\n", encoding="utf-8")
    (tmp_path / "releases_heldout7.tsv").write_text("release_id\tdate\ns1\t2021-04-02\n", encoding="utf-8")
    for kind in ("pairs", "terms", "releases"):
        (tmp_path / f"{kind}_heldout8.tsv").write_text("not read\n", encoding="utf-8")
    opened: list[str] = []
    real_open = Path.open

    def recording_open(self, *args, **kwargs):
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", recording_open)
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--split", "heldout7", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["terms"] == 1 and figures["heldout_terms"] == 1 and figures["recall"] == 100.0
    split_files = {name for name in opened if "_" in name}
    assert split_files == {"pairs_heldout7.tsv", "terms_heldout7.tsv", "releases_heldout7.tsv"}, opened
    opened.clear()
    assert eval_glossary_recall.main(["--set", str(tmp_path), "--split", "tuning", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["heldout_terms"] == 0
    assert {name for name in opened if "_" in name} == {"pairs_tuning.tsv", "terms_tuning.tsv"}, opened
