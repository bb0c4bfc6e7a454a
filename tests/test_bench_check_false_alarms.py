"""bench/eval_check_false_alarms.py reads its pairs as written (sentences written for this
test, no third-party text)."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import eval_check_false_alarms  # noqa: E402


def test_a_raw_file_with_a_sentence_opening_on_a_quote_keeps_one_pair_per_row(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs_demo.tsv"
    pairs.write_text(
        "release_id\tfr\ten\n"
        'r1\t"Nous partons demain.\t"We leave tomorrow.\n'
        'r1\tIl pleut", a-t-il dit.\tIt is raining," he said.\n'
        "r2\tLe 3 mai.\tOn 3 May.\n",
        encoding="utf-8",
    )
    (tmp_path / "releases_demo.tsv").write_text("release_id\tdate\nr1\t2021-05-02\nr2\t2022-01-09\n", encoding="utf-8")
    read = eval_check_false_alarms.read_pairs([pairs])
    assert [(p.release, p.date, p.fr) for p in read] == [
        ("r1", "2021-05-02", '"Nous partons demain.'),
        ("r1", "2021-05-02", 'Il pleut", a-t-il dit.'),
        ("r2", "2022-01-09", "Le 3 mai."),
    ]


def test_a_file_written_with_csv_quoting_is_unquoted(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text('release_id\tdate\tfr\ten\nr1\t2020-01-01\t"""Oui"", dit-elle."\t"""Yes,"" she said."\n', encoding="utf-8")
    read = eval_check_false_alarms.read_pairs([pairs])
    assert [(p.date, p.fr, p.en) for p in read] == [("2020-01-01", '"Oui", dit-elle.', '"Yes," she said.')]
