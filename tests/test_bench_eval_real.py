"""bench/eval_real_releases.py on pages written for this test (no third-party text).

The real scraped pages and their hand judgements live outside the repository; these tests check
that the script counts missed and extra cuts, chrome lines left in the PO and body lines lost as
its docstring says, and that it says so when there is nothing to score.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import eval_real_releases  # noqa: E402

PAGE = (
    "Accueil\nNos actions\n\n"
    "DAKAR, 4 mai 2023 – L'équipe a reçu 120 familles à M'bour. Elle ouvrira un second centre en juin.\n\n"
    "Partager cet article\n"
)
BODY = [
    "DAKAR, 4 mai 2023 – L'équipe a reçu 120 familles à M'bour.",
    "Elle ouvrira un second centre en juin.",
]
CHROME = ["Accueil", "Nos actions", "Partager cet article"]


def rows(*segments: str, chrome: tuple[str, ...] = ()) -> list[dict]:
    out: list[dict] = [{"text": c, "chrome": "label"} for c in chrome]
    return out + [{"text": s} for s in segments]


def test_a_perfect_output_scores_no_error() -> None:
    score = eval_real_releases.score_page("p", PAGE, {"body": BODY, "chrome": CHROME}, rows(*BODY, chrome=tuple(CHROME)))
    assert (score.errors, score.chrome_left, score.body_lost, score.gold_problems) == (0, [], [], [])


def test_a_missed_cut_and_an_extra_cut_are_each_one_error() -> None:
    glued = " ".join(BODY)
    missed = eval_real_releases.score_page("p", PAGE, {"body": BODY, "chrome": CHROME}, rows(glued, chrome=tuple(CHROME)))
    assert len(missed.missed_cuts) == 1 and missed.extra_cuts == []
    cut = ["DAKAR, 4 mai 2023 – L'équipe a reçu 120 familles à", "M'bour.", BODY[1]]
    extra = eval_real_releases.score_page("p", PAGE, {"body": BODY, "chrome": CHROME}, rows(*cut, chrome=tuple(CHROME)))
    assert missed.errors == 1 and len(extra.extra_cuts) == 1 and extra.missed_cuts == []


def test_chrome_kept_in_the_po_is_counted_as_left_not_as_a_cut() -> None:
    output = rows("Nos actions", *BODY, chrome=("Accueil", "Partager cet article"))
    score = eval_real_releases.score_page("p", PAGE, {"body": BODY, "chrome": CHROME}, output)
    assert score.chrome_left == ["Nos actions"] and score.errors == 0


def test_a_body_sentence_judged_chrome_is_lost() -> None:
    output = rows(BODY[0], chrome=(*CHROME, BODY[1]))
    score = eval_real_releases.score_page("p", PAGE, {"body": BODY, "chrome": CHROME}, output)
    assert score.body_lost == [BODY[1]]


def test_a_gold_line_absent_from_the_page_is_reported() -> None:
    score = eval_real_releases.score_page("p", PAGE, {"body": [*BODY, "Une phrase inventée."], "chrome": CHROME}, rows(*BODY))
    assert score.gold_problems and "inventée" in score.gold_problems[0]


def test_main_runs_reltrans_segment_on_each_page(tmp_path: Path, capsys) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "pages" / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold" / "p1.json").write_text(json.dumps({"body": BODY, "chrome": CHROME}), encoding="utf-8")
    assert eval_real_releases.main([str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["pages"] == 1 and figures["body_segments"] == 2 and figures["body_lost"] == 0
    assert figures["signature"].startswith("reltrans:")


def test_main_without_gold_says_so(tmp_path: Path, capsys) -> None:
    assert eval_real_releases.main([str(tmp_path)]) == 0
    assert "nothing to score" in capsys.readouterr().out


def test_a_list_marker_kept_in_the_skeleton_is_no_chrome_left_and_no_body_lost() -> None:
    gold = {"body": ["- Un centre ouvre à Thiès."], "chrome": ["- Nos bureaux"]}
    page = "- Nos bureaux\n\n- Un centre ouvre à Thiès.\n"
    score = eval_real_releases.score_page("p", page, gold, rows("Un centre ouvre à Thiès.", chrome=("Nos bureaux",)))
    assert (score.chrome_left, score.body_lost, score.errors) == ([], [], 0)


def test_a_chrome_line_without_letters_is_not_judged() -> None:
    score = eval_real_releases.score_page("p", PAGE + "-\n", {"body": BODY, "chrome": [*CHROME, "-"]}, rows(*BODY, chrome=tuple(CHROME)))
    assert score.chrome == len(CHROME) and score.chrome_left == []


def test_a_gold_line_with_its_list_marker_matches_the_row_without_it() -> None:
    page = "- Nos actions\n- Nos bureaux\nL'équipe a reçu 120 familles à M'bour et les a logées.\n• Elle ouvrira un second centre en juin\n"
    gold = {"body": ["L'équipe a reçu 120 familles à M'bour et les a logées.", "• Elle ouvrira un second centre en juin"],
            "chrome": ["- Nos actions", "- Nos bureaux"]}
    output = rows("L'équipe a reçu 120 familles à M'bour et les a logées.", "Elle ouvrira un second centre en juin",
                  chrome=("Nos actions", "Nos bureaux"))
    score = eval_real_releases.score_page("p", page, gold, output)
    assert (score.chrome_left, score.body_lost, score.errors) == ([], [], 0)
    lost = eval_real_releases.score_page("p", page, gold, rows("L'équipe a reçu 120 familles à M'bour et les a logées.",
                                                                 "Nos actions", "Nos bureaux"))
    assert lost.chrome_left == ["- Nos actions", "- Nos bureaux"] and lost.body_lost == ["• Elle ouvrira un second centre en juin"]


def test_numbered_list_items_are_compared_without_their_number() -> None:
    page = "Le fonds finance :\n\n  1. Des cliniques mobiles dans trois régions.\n  2. Des repas scolaires pour 400 élèves.\n"
    gold = {"body": ["Le fonds finance :", "1. Des cliniques mobiles dans trois régions.", "2. Des repas scolaires pour 400 élèves."],
            "chrome": []}
    output = rows("Le fonds finance :", "Des cliniques mobiles dans trois régions.", "Des repas scolaires pour 400 élèves.")
    score = eval_real_releases.score_page("p", page, gold, output)
    assert (score.body_lost, score.missed_cuts, score.extra_cuts) == ([], [], [])
    glued = eval_real_releases.score_page("p", page, gold, rows("Le fonds finance :",
                                                                  "Des cliniques mobiles dans trois régions. Des repas scolaires pour 400 élèves."))
    assert len(glued.missed_cuts) == 1 and glued.body_lost == []


def test_a_gold_line_without_letters_is_not_judged_body_or_chrome() -> None:
    page = PAGE + "\n07/05/2009\n\n53:23\n"
    gold = {"body": [*BODY, "07/05/2009"], "chrome": [*CHROME, "53:23"]}
    score = eval_real_releases.score_page("p", page, gold, rows(*BODY, chrome=tuple(CHROME)))
    assert (score.body, score.chrome, score.body_lost, score.chrome_left) == (len(BODY), len(CHROME), [], [])


def test_a_gold_chrome_line_with_its_cell_pipe_matches_the_row_without_it() -> None:
    page = "Écrire un commentaire. |\nUn centre ouvre à Thiès.\n"
    gold = {"body": ["Un centre ouvre à Thiès."], "chrome": ["Écrire un commentaire. |"]}
    judged = eval_real_releases.score_page("p", page, gold, rows("Un centre ouvre à Thiès.", chrome=("Écrire un commentaire.",)))
    assert judged.chrome_left == []
    left = eval_real_releases.score_page("p", page, gold, rows("Écrire un commentaire.", "Un centre ouvre à Thiès."))
    assert left.chrome_left == ["Écrire un commentaire. |"]
