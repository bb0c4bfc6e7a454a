"""LF, CRLF and lone CR (old Mac files) read alike: same blocks, same segments, same msgids,
and ``build`` gives the source's own bytes back."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.build import MissingPolicy, build_document
from reltrans.cli import cli
from reltrans.errors import EXIT_OK
from reltrans.formats import load_document
from reltrans.segment import segment_document

RELEASE_LF = (
    "# Communiqué de presse\n"
    "\n"
    "Le Secrétaire général a salué l'accord. Il a ajouté :\n"
    "Les réfugiés recevront une aide.\n"
    "\n"
    "- Premier point de la liste.\n"
    "- Second point,\n"
    "  suite du second point.\n"
    "\n"
    "> Une citation du rapport.\n"
    "\n"
    "| Pays | Aide |\n"
    "|------|------|\n"
    "| Mali | Vivres |\n"
)
NEWLINES = {"crlf": "\r\n", "cr": "\r"}


def _segments(path: Path) -> list[tuple[int, str]]:
    return [(s.line, s.msgid) for s in segment_document(load_document(path), "fr").segments]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("newline", sorted(NEWLINES))
def test_segments_do_not_depend_on_line_ends(tmp_path: Path, suffix: str, newline: str) -> None:
    lf = tmp_path / f"lf{suffix}"
    lf.write_bytes(RELEASE_LF.encode("utf-8"))
    other = tmp_path / f"other{suffix}"
    other.write_bytes(RELEASE_LF.replace("\n", NEWLINES[newline]).encode("utf-8"))
    assert _segments(other) == _segments(lf)
    blocks = [(b.kind, b.line) for b in load_document(other).blocks]
    assert blocks == [(b.kind, b.line) for b in load_document(lf).blocks]


@pytest.mark.parametrize("newline", sorted(NEWLINES))
def test_line_end_colon_splits_with_any_line_end(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(f"Pour tout renseignement, veuillez contacter :{NEWLINES[newline]}Marie Dupont, porte-parole.\n".encode("utf-8"))
    assert [m for _, m in _segments(path)] == ["Pour tout renseignement, veuillez contacter :", "Marie Dupont, porte-parole."]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("newline", sorted(NEWLINES))
def test_build_gives_the_bytes_back(tmp_path: Path, suffix: str, newline: str) -> None:
    source = tmp_path / f"release.fr{suffix}"
    source.write_bytes(RELEASE_LF.replace("\n", NEWLINES[newline]).encode("utf-8"))
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q"])
    assert result.exit_code == EXIT_OK, result.output
    built = build_document(source, tmp_path / "release.fr.en.po", policy=MissingPolicy.FALLBACK_SOURCE)
    assert built.data == source.read_bytes()
