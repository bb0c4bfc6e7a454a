"""``reltrans glossary`` commands."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.glossary import load_glossary

DATA = Path(__file__).parent / "data" / "glossary"
SMALL = str(DATA / "small.toml")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["glossary", *args], input=input)


def test_list_table_and_json():
    result = run("list", "--no-bundled", "--glossary", SMALL)
    assert result.exit_code == 0, result.output
    assert "iom-name" in result.stdout and "17 concepts" in result.stdout
    result = run("list", "--no-bundled", "--glossary", SMALL, "--format", "json")
    data = json.loads(result.stdout)
    assert data["concepts"][0]["terms"] == {"fr": ["OIM"], "en": ["IOM"]}
    assert data["concepts"][0]["forbidden"] == {"en": ["I.O.M."]}


def test_list_bundled():
    result = run("list", "--format", "json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)["concepts"]) >= 10


def test_lookup_json_and_stdin():
    result = run("lookup", "Selon l'OIM, les réfugiés", "--no-bundled", "--glossary", SMALL, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["concept"], r["start"], r["end"], r["targets"]) for r in rows] == [
        ("iom", 8, 11, {"en": "IOM"}),
        ("refugee", 17, 25, {"en": "refugee"}),
    ]
    result = run("lookup", "-", "--lang", "en", "--no-bundled", "--glossary", SMALL, input="illegal migrants\n")
    assert result.exit_code == 0 and "forbidden" in result.stdout and "migrant" in result.stdout


def test_lookup_nothing_found():
    result = run("lookup", "rien ici", "--no-bundled", "--glossary", SMALL)
    assert result.exit_code == 0 and "no glossary term found" in result.stderr


def test_validate_exit_codes():
    result = run("validate", SMALL)
    assert result.exit_code == 0, result.output
    result = run("validate", str(DATA / "bad_semantic.toml"))
    assert result.exit_code == 1
    assert f"{DATA / 'bad_semantic.toml'}:11: GL101 duplicate concept id 'iom'" in result.stderr
    assert result.stdout == ""
    result = run("validate", str(DATA / "bad_syntax.toml"))
    assert result.exit_code == 3 and "E-GLOSSARY invalid TOML" in result.stderr
    assert run("validate").exit_code == 0  # bundled


def test_import_to_stdout_and_file(tmp_path):
    result = run("import", str(DATA / "v3.tbx"))
    assert result.exit_code == 0 and 'id = "smuggling"' in result.stdout
    out = tmp_path / "g.toml"
    result = run("import", str(DATA / "small.csv"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert [c.id for c in load_glossary(out).concepts][0] == "iom"
    result = run("import", str(DATA / "small.tsv"), "-o", str(out))
    assert result.exit_code == 5 and "--force" in result.stderr
    assert run("import", str(DATA / "small.tsv"), "-o", str(out), "--force").exit_code == 0
    assert load_glossary(out).concepts[0].id == "oim"


def test_import_bad_file_writes_nothing(tmp_path):
    out = tmp_path / "g.toml"
    result = run("import", str(DATA / "xxe.tbx"), "-o", str(out))
    assert result.exit_code == 3 and "unsafe XML" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_export_formats(tmp_path):
    result = run("export", "--format", "tbx", "--no-bundled", "--glossary", SMALL)
    assert result.exit_code == 0 and "<conceptEntry" in result.stdout
    out = tmp_path / "g.csv"
    assert run("export", "--format", "csv", "-o", str(out), "--no-bundled", "--glossary", SMALL).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("id,fr,en,en_forbidden")
    assert run("export", "--format", "xlsx").exit_code == 2


def test_no_bundled_glossary_is_the_main_name_and_no_bundled_an_alias():
    for flag in ("--no-bundled-glossary", "--no-bundled"):
        result = run("list", flag, "--glossary", SMALL, "--format", "json")
        assert result.exit_code == 0, result.output
        assert len(json.loads(result.stdout)["concepts"]) == 17
    assert "--no-bundled-glossary" in run("lookup", "--help").stdout


def test_validate_without_argument_is_the_bundled_glossary():
    assert "with no PATH, the bundled UN glossary" in " ".join(run("validate", "--help").stdout.split())
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "validating the bundled glossary" in result.stderr
    assert "0 error(s), 0 warning(s)" in result.stderr


def test_lookup_with_a_bad_tbx_rule_is_one_line_exit_3(tmp_path):
    from test_glossary_tbx import BAD_RULE_TBX

    path = tmp_path / "x.tbx"
    path.write_text(BAD_RULE_TBX, encoding="utf-8")
    result = run("lookup", "la traite", "--glossary", str(path))
    assert result.exit_code == 3
    assert "bad regex" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("validate", str(path))
    assert result.exit_code == 1 and f"{path}: GL104" in result.stderr


def test_glossary_tables_fit_80_columns() -> None:
    """Without a terminal (or with COLUMNS=80), `glossary list` and `lookup` fold their cells
    inside 80 columns, as the other tables do."""
    from click.testing import CliRunner as _Runner

    from reltrans.cli import cli as _cli

    runner = _Runner(env={"COLUMNS": "80"})
    listed = runner.invoke(_cli, ["glossary", "list"])
    looked = runner.invoke(_cli, ["glossary", "lookup", "L'OIM et l'ONUDC luttent contre la traite des personnes"])
    for result in (listed, looked):
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert len(lines) > 3 and max(len(line) for line in lines) <= 80
    assert "trafficking in persons" in looked.stdout.replace("\n", " ") or "trafficking" in looked.stdout
