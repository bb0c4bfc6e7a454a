"""`reltrans check` and `reltrans status` through click's CliRunner: formats and exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from reltrans.cli import cli

PO = Path(__file__).parent / "data" / "po"
CLEAN, PLANTED, OTHER, INCOMPLETE, BROKEN = (str(PO / n) for n in ("clean.po", "planted.po", "other.po", "incomplete.po", "broken.po"))


def invoke(*args: str) -> "object":
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_clean_file_exit_0_and_summary_table() -> None:
    result = invoke("check", CLEAN)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "errors" in result.stdout and "warnings" in result.stdout


def test_planted_errors_exit_1_compiler_lines() -> None:
    result = invoke("check", PLANTED)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"{PLANTED}:9: RT303 number changed: '1 000' (1000) became '10,000' (10000)" in lines
    codes = [line.split(": ")[1].split()[0] for line in lines]
    assert {"RT303", "RT101", "RT401", "RT406", "RT502", "RT501"} <= set(codes)
    # the unmet IOM of the fuzzy entry (line 37) is reported once, by RT101, not again by RT105
    assert "RT105" not in codes and any(":37: RT101" in line and "'IOM'" in line for line in lines)
    # the suppressed entries (ignore numbers: msgid at line 26, ignore-end-stop: line 31) stay silent
    assert not any(":26: RT30" in line or ":31: RT406" in line for line in lines)


def test_warnings_only_and_fail_on_and_strict() -> None:
    assert invoke("check", INCOMPLETE).exit_code == 0
    assert invoke("check", "--fail-on", "warning", INCOMPLETE).exit_code == 1
    strict = invoke("check", "--strict", "--format", "json", INCOMPLETE)
    assert strict.exit_code == 1
    assert {f["severity"] for f in json.loads(strict.stdout)["findings"]} == {"error"}


def test_unreadable_file_exit_3_one_line() -> None:
    result = invoke("check", CLEAN, BROKEN)
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [f"{BROKEN}:6: E-PO unterminated or malformed string after msgid"]
    missing = invoke("check", str(PO / "nope.po"))
    assert missing.exit_code == 3 and "E-PO" in missing.stderr


def test_usage_error_exit_2() -> None:
    assert invoke("check").exit_code == 2
    assert invoke("check", "--format", "xml", CLEAN).exit_code == 2


def test_cross_file_consistency() -> None:
    result = invoke("check", "--format", "json", CLEAN, OTHER)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], Path(f["path"]).name, f["line"]) for f in findings] == [("RT202", "other.po", 8)]
    assert result.exit_code == 0  # a warning


def test_json_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = invoke("check", "--format", "json", "--output", str(out), PLANTED)
    assert result.exit_code == 1 and result.stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["summary"]["files"] == 1 and doc["summary"]["errors"] >= 3


def test_sarif_format(tmp_path: Path) -> None:
    out = tmp_path / "r.sarif"
    invoke("check", "--format", "sarif", "--output", str(out), PLANTED)
    log = json.loads(out.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("planted.po") for r in results)


def test_github_format() -> None:
    result = invoke("check", "--format", "github", PLANTED)
    assert result.exit_code == 1
    assert any(line.startswith("::error file=") and ",line=9,title=RT303::" in line for line in result.stdout.splitlines())
    assert any(line.startswith("::warning file=") and "title=RT501" in line for line in result.stdout.splitlines())


def test_no_bundled_glossary_drops_glossary_findings() -> None:
    result = invoke("check", "--no-bundled-glossary", "--format", "json", PLANTED)
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert "RT101" not in codes and "RT303" in codes and "RT105" in codes


def test_status_table_and_json() -> None:
    table = invoke("status", CLEAN, PLANTED)
    assert table.exit_code == 0 and "transl." in table.stdout
    assert "gloss." in table.stdout and "│    38 │" in table.stdout  # clean.po: 38 source words (UAX #29 words: reltrans.words)
    result = invoke("status", "--format", "json", INCOMPLETE)
    (row,) = json.loads(result.stdout)["files"]
    assert (row["translated"], row["fuzzy"], row["untranslated"], row["source_words"]) == (0, 1, 1, 2)
    assert invoke("status", BROKEN).exit_code == 3


def test_check_never_imports_ctranslate2() -> None:
    code = (
        "import sys\n"
        "from reltrans.cli import cli\n"
        "try:\n"
        f"    cli.main(args=['check', {PLANTED!r}, {CLEAN!r}], prog_name='reltrans')\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code)\n"
        "print('ctranslate2' in sys.modules, 'sentencepiece' in sys.modules, 'argostranslate' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip().splitlines()[-2:] == ["exit 1", "False False False"], done.stderr


def test_text_output_file(tmp_path: Path) -> None:
    out = tmp_path / "findings.txt"
    result = invoke("check", "--output", str(out), PLANTED)
    assert result.exit_code == 1 and result.stderr == ""
    assert f"{PLANTED}:9: RT303 " in out.read_text(encoding="utf-8")
    assert "errors" in result.stdout  # the summary table still goes to stdout


def test_sarif_lists_every_checked_file_even_clean_ones() -> None:
    result = invoke("check", "--format", "sarif", PLANTED, CLEAN)
    run = json.loads(result.stdout)["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert any(u.endswith("planted.po") for u in uris) and any(u.endswith("clean.po") for u in uris)
    assert run["invocations"] == [{"executionSuccessful": True}]
    indexes = {r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] for r in run["results"]}
    assert all(uris[i].endswith("planted.po") for i in indexes)


def test_glossary_option_help_lists_every_format() -> None:
    for command in ("check", "status"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "TOML, TBX, CSV, TSV" in " ".join(result.output.split()), command


def test_unknown_charset_is_unreadable_missing_charset_is_rt901(tmp_path: Path) -> None:
    body = '\n#: a.txt:1\nmsgid "Bonjour."\nmsgstr "Hello."\n'
    unknown = tmp_path / "unknown.po"
    unknown.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=klingon-8\\n"\n"Language: en\\n"\n' + body, encoding="utf-8")
    result = invoke("check", "--no-bundled-glossary", str(unknown))
    assert result.exit_code == 3 and "E-PO" in result.stderr and "RT901" not in result.stderr
    missing = tmp_path / "missing.po"
    missing.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain\\n"\n"Language: en\\n"\n' + body, encoding="utf-8")
    result = invoke("check", "--no-bundled-glossary", str(missing))
    assert result.exit_code == 1 and f"{missing}:1: RT901" in result.stderr


def test_output_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    out.write_text("yesterday's report\n", encoding="utf-8")
    result = invoke("check", "--output", str(out), PLANTED)
    assert result.exit_code == 5
    assert result.stderr.strip().splitlines() == [f"{out}: E-OUTPUT exists; use --force to overwrite (the old file is kept as NAME~)"]
    assert out.read_text(encoding="utf-8") == "yesterday's report\n"
    forced = invoke("check", "--output", str(out), "--force", PLANTED)
    assert forced.exit_code == 1
    assert f"{PLANTED}:9: RT303 " in out.read_text(encoding="utf-8")
    assert (tmp_path / "report.txt~").read_text(encoding="utf-8") == "yesterday's report\n"


def test_output_never_replaces_a_checked_po_even_with_force(tmp_path: Path) -> None:
    po = tmp_path / "release.en.po"
    po.write_bytes(Path(PLANTED).read_bytes())
    os.link(po, tmp_path / "hard-link.po")
    (tmp_path / "sym-link.po").symlink_to(po)
    for target in (po, tmp_path / "." / "release.en.po", tmp_path / "hard-link.po", tmp_path / "sym-link.po"):
        for extra in ([], ["--force"]):
            result = invoke("check", "--format", "json", "-o", str(target), *extra, str(po))
            assert result.exit_code == 5, (target, extra, result.output)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "E-OUTPUT is an input of this command" in lines[0], lines
    assert po.read_bytes() == Path(PLANTED).read_bytes()
    assert not (tmp_path / "release.en.po~").exists()


def test_output_never_replaces_a_glossary_in_use(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.csv"
    glossary.write_text("fr,en\nOIM,IOM\n", encoding="utf-8")
    result = invoke("check", "-o", str(glossary), "--force", "--glossary", str(glossary), CLEAN)
    assert result.exit_code == 5 and "is an input" in result.stderr
    assert glossary.read_text(encoding="utf-8") == "fr,en\nOIM,IOM\n"


def test_a_file_that_is_not_po_is_one_line_saying_so_exit_3(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Réunion du 3 mars : relire le communiqué.\nPenser aux chiffres.\n", encoding="utf-8")
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(1, 256)) * 40)
    elf = tmp_path / "tool"
    elf.write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + os.urandom(4096))
    noise = tmp_path / "noise.po"
    noise.write_bytes(bytes(b for b in os.urandom(8192) if b) + b"\xff\xfe")
    for path, line, what in ((notes, 1, "no msgid entry"), (png, 3, "binary content"), (elf, 1, "binary content"), (noise, None, "undecodable")):
        result = invoke("check", str(path), "--no-bundled-glossary")
        assert result.exit_code == 3, result.output
        (message,) = result.stderr.strip().splitlines()
        assert message.startswith(f"{path}:{line or ''}"), message
        assert "E-PO not a PO file" in message and what in message and "expected a gettext PO file" in message
        assert "syntax error" not in message and "Traceback" not in result.output


def test_a_po_file_with_a_bad_line_is_still_a_syntax_error(tmp_path: Path) -> None:
    po = tmp_path / "bad.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Bonjour."\nmsgstr "Hello."\nnot po\n', encoding="utf-8")
    result = invoke("check", str(po), "--no-bundled-glossary")
    assert result.exit_code == 3 and result.stderr.strip() == f"{po}:7: E-PO syntax error: unexpected 'not po'"


def test_an_empty_po_file_is_one_input_error_line(tmp_path: Path) -> None:
    # 0 bytes, blank lines only, comments only: no header and no entries, nothing to check
    cases = {"empty.po": (b"", "0 bytes"), "blank.po": (b"\n \n\n", "only blank lines"), "notes.po": ("# rien de traduit encore\n".encode(), "only comments")}
    for name, (data, what) in cases.items():
        po = tmp_path / name
        po.write_bytes(data)
        for command in (("check", str(po), "--no-bundled-glossary"), ("status", str(po))):
            result = invoke(*command)
            assert result.exit_code == 3, (command, result.output)
            assert result.stdout == ""
            (message,) = result.stderr.strip().splitlines()
            assert message == f"{po}: E-PO empty PO file ({what}): no header and no entries; expected a gettext PO file (entries of msgid \"...\" and msgstr \"...\" lines)"


def test_a_header_only_po_file_exits_0_with_one_note(tmp_path: Path) -> None:
    po = tmp_path / "header.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n', encoding="utf-8")
    result = invoke("check", str(po), "--no-bundled-glossary")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"{po}:1: RT905 the file has no entries to check"
    assert result.stdout.strip() == "reltrans check: 1 file, no entries: nothing checked"
    # a gate that fails on warnings still fails on a file that checks nothing
    assert invoke("check", str(po), "--no-bundled-glossary", "--fail-on", "warning").exit_code == 1
    # a header with an error is still reported, and counted
    bad = tmp_path / "nocharset.po"
    bad.write_text('msgid ""\nmsgstr ""\n"Language: en\\n"\n', encoding="utf-8")
    result = invoke("check", str(bad), "--no-bundled-glossary")
    assert result.exit_code == 1 and "RT901" in result.stderr
    assert result.stdout.splitlines()[0] == "reltrans check: 1 file, no entries: nothing checked" and "errors" in result.stdout
