"""Glossary loaders on damaged and hostile input: line ends, special files, regexes that
backtrack catastrophically, TBX v2 DOCTYPEs, CSV without a header row."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_FINDINGS, EXIT_INPUT, GlossaryError
from reltrans.glossary import build_matcher, load_glossary, validate_glossary
from reltrans.glossary.fileformat import MAX_RULE_PATTERN_CHARS, pattern_error
from reltrans.glossary.model import PREFERRED, Concept, Glossary, Term

DATA = Path(__file__).parent / "data" / "glossary"
TOML_TEXT = (
    '[glossary]\nname = "t"\nlanguages = ["fr", "en"]\n\n'
    '[[concept]]\nid = "iom"\nsource = "UNTERM"\nfr = ["OIM"]\nen = ["IOM"]\n\n'
    '[[concept]]\nid = "traite"\nsource = "UNTERM"\nfr = ["traite"]\nen = ["trafficking"]\n'
    'exclude_after = { fr = "^\\\\s+des\\\\s+vaches" }\n'
)
CSV_TEXT = 'id,fr,en,source\niom,OIM,IOM,UNTERM\nrefugie,"réfugié | réfugiée",refugee,UNHCR\n'
TSV_TEXT = "fr\ten\nOIM\tIOM\npersonne déplacée\tdisplaced person\n"
TBX2_BODY = (
    '<martif type="TBX" xml:lang="fr"><martifHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
    "</fileDesc></martifHeader>\n<text>\n<body>\n<termEntry id=\"iom\">\n"
    '<langSet xml:lang="fr"><tig><term>OIM</term></tig></langSet>\n'
    '<langSet xml:lang="en"><tig><term>IOM</term></tig></langSet>\n'
    "</termEntry>\n</body>\n</text>\n</martif>\n"
)
TBX2_TEXT = '<?xml version="1.0" encoding="UTF-8"?>\n' + TBX2_BODY


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _rule_toml(rule: str, key: str = "context_before") -> str:
    return TOML_TEXT + f'\n[[concept]]\nid = "bad"\nsource = "x"\nfr = ["accord"]\nen = ["agreement"]\n{key} = {{ fr = "{rule}" }}\n'


# ------------------------------------------------------------------ line ends
@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["cr", "crlf"])
@pytest.mark.parametrize(("name", "text"), [("g.toml", TOML_TEXT), ("g.csv", CSV_TEXT), ("g.tsv", TSV_TEXT), ("g.tbx", TBX2_TEXT)])
def test_cr_and_crlf_glossaries_read_like_lf(tmp_path: Path, name: str, text: str, newline: str) -> None:
    lf = load_glossary(_write(tmp_path, name, text))
    other = load_glossary(_write(tmp_path / "", "x" + name, text.replace("\n", newline)))
    assert lf.concepts and other.digest == lf.digest
    assert [c.line for c in other.concepts] == [c.line for c in lf.concepts]


def test_cr_only_toml_errors_keep_their_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.toml", (TOML_TEXT + '[[concept]]\nid = "x"\nfr = ["a"\n').replace("\n", "\r"))
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert info.value.line == len(TOML_TEXT.splitlines()) + 3


def test_cr_only_toml_validates_with_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.toml", TOML_TEXT.replace('source = "UNTERM"\nfr = ["traite"]', 'source = ""\nfr = ["traite"]').replace("\n", "\r"))
    findings = [f for f in validate_glossary(path) if f.code == "GL103"]
    assert [f.line for f in findings] == [TOML_TEXT.splitlines().index('id = "traite"') + 2]


# ------------------------------------------------------------------ special files and links
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_glossary_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "g.toml"
    os.mkfifo(fifo)  # opening it for reading would block
    with pytest.raises(GlossaryError, match="FIFO"):
        load_glossary(fifo)
    source = _write(tmp_path, "r.fr.txt", "L'OIM aide.\n")
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", "--glossary", str(fifo)])
    assert result.exit_code == EXIT_INPUT and f"{fifo}: E-GLOSSARY cannot read glossary: is a FIFO" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_glossary_is_refused() -> None:
    with pytest.raises(GlossaryError, match="character device"):
        load_glossary("/dev/zero")


@pytest.mark.parametrize("name", ["g.toml", "g.tbx", "g.csv"])
def test_symlink_loop_glossary_is_named(tmp_path: Path, name: str) -> None:
    (tmp_path / name).symlink_to(tmp_path / ("other" + name))
    (tmp_path / ("other" + name)).symlink_to(tmp_path / name)
    with pytest.raises(GlossaryError, match="symbolic link loop"):
        load_glossary(tmp_path / name)


# ------------------------------------------------------------------ regexes
CATASTROPHIC = [r"(a|a)*$", r"(a+)+$", r"(\\w*)*$", r"(?:\\s|,)+$", r"^(?:x\\s*){2,50}"]


@pytest.mark.parametrize("rule", CATASTROPHIC)
def test_catastrophic_rule_is_refused_at_load(tmp_path: Path, rule: str) -> None:
    path = _write(tmp_path, "g.toml", _rule_toml(rule))
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    message = str(info.value)
    assert "context_before.fr: bad regex" in message and "backtrack catastrophically" in message
    assert "\n" not in message and info.value.line is not None


def test_catastrophic_rule_is_a_validate_finding(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.toml", _rule_toml(r"(a|a)*$", "exclude_after"))
    codes = [f.code for f in validate_glossary(path)]
    assert "GL104" in codes
    result = CliRunner().invoke(cli, ["glossary", "validate", str(path)])
    assert result.exit_code == EXIT_FINDINGS and "GL104" in result.stderr and "backtrack" in result.stderr


def test_catastrophic_rule_in_tbx_note_is_refused(tmp_path: Path) -> None:
    note = '<note>reltrans:{"context_after": {"fr": "^(a+)+b"}}</note>\n'
    path = _write(tmp_path, "g.tbx", TBX2_TEXT.replace('<termEntry id="iom">\n', '<termEntry id="iom">\n' + note))
    with pytest.raises(GlossaryError, match="backtrack catastrophically"):
        load_glossary(path)


def test_translate_with_catastrophic_rule_stops_at_once(tmp_path: Path) -> None:
    """``(a|a)*$`` before a term preceded by 60 a's takes 2**60 steps without the check."""
    glossary = _write(tmp_path, "g.toml", _rule_toml(r"(a|a)*$"))
    source = _write(tmp_path, "r.fr.txt", "a" * 60 + " accord signé.\n")
    result = CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q", "--glossary", str(glossary)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{glossary}:") and "backtrack catastrophically" in lines[0]


def test_rule_that_escapes_the_load_check_runs_under_a_time_budget() -> None:
    """A glossary built in code skips the loaders: the matcher's time budget still ends the search."""
    concept = Concept(
        id="bad",
        terms=(Term("accord", "fr", PREFERRED, False, True), Term("agreement", "en", PREFERRED, False, True)),
        context_before={"fr": r"(a|a)*$"},
        path="g.toml",
        line=7,
    )
    matcher = build_matcher(Glossary(concepts=(concept,)), "fr")
    with pytest.raises(GlossaryError) as info:
        matcher.find("a" * 60 + " accord")
    assert str(info.value).startswith("g.toml:7: E-GLOSSARY concept bad: context_before.fr: regex ran over")


def test_overlong_rule_is_refused() -> None:
    assert "too long" in (pattern_error("x" * (MAX_RULE_PATTERN_CHARS + 1)) or "")
    assert pattern_error("x" * MAX_RULE_PATTERN_CHARS) is None


@pytest.mark.parametrize(
    "rule",
    [r"^\s+de", r"(?:\w+\s+){0,2}?", r"(?>a+)+", r"(a+)++", r"(?:\d{3})+", r"[(a+)+]", r"\(a+\)+", r"(?i:\b(?:son|sa)\s+)$"],
)
def test_safe_rules_are_accepted(rule: str) -> None:
    assert pattern_error(rule) is None


# ------------------------------------------------------------------ TBX DOCTYPE
@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
        '<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">',
        "<!DOCTYPE martif>",
        "<!DOCTYPE martif [\n<!ELEMENT martif ANY>\n]>",
    ],
    ids=["v2-system", "public", "bare", "internal-no-entities"],
)
def test_tbx_doctype_without_entities_is_accepted(tmp_path: Path, doctype: str) -> None:
    path = _write(tmp_path, "g.tbx", '<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + "\n" + TBX2_BODY)
    glossary = load_glossary(path)
    assert [c.id for c in glossary.concepts] == ["iom"]


@pytest.mark.parametrize(
    "sysid", ["file:///etc/passwd", "http://127.0.0.1:9/x.dtd", "/etc/passwd", "../x.dtd", "dir/x.dtd"]
)
def test_tbx_doctype_naming_a_url_or_path_is_refused(tmp_path: Path, sysid: str) -> None:
    path = _write(tmp_path, "g.tbx", f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "{sysid}">\n' + TBX2_BODY)
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert "unsafe XML rejected" in str(info.value) and sysid not in str(info.value)


@pytest.mark.parametrize("name", ["xxe.tbx", "bomb.tbx"])
def test_tbx_entities_still_refused(name: str) -> None:
    with pytest.raises(GlossaryError, match="unsafe XML rejected"):
        load_glossary(DATA / name)


# ------------------------------------------------------------------ CSV without a header row
def test_csv_with_only_one_row_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "fr,en\n")
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert info.value.line == 1 and "header row naming the columns, e.g. fr,en" in info.value.message


def test_csv_whose_first_row_is_data_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "ONU,UN\nOIM,IOM\n")
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert info.value.line == 1 and "is the header row missing?" in info.value.message


def test_csv_without_header_through_the_cli(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "ONU,UN\n")
    result = CliRunner().invoke(cli, ["glossary", "import", str(path)])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr.splitlines()[0].startswith(f"{path}:1: E-GLOSSARY")
