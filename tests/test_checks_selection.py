"""--select / --ignore code selection (ruff-style prefixes), the [check] table, --statistics."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.checks.codes import RULES
from reltrans.checks.report import Report
from reltrans.checks.selection import CodeSelection, parse_check_table, parse_selectors, resolve_selection
from reltrans.cli import cli
from reltrans.errors import UsageError
from reltrans.model import Finding, Severity

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"
"X-Source-Language: fr\\n"

'''


def _po(tmp_path: Path, body: str, name: str = "a.po") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


# Entries written for these tests: a number error (RT303), a fuzzy entry (RT502), an untranslated one
# (RT501) and a missing end stop (RT406).
BODY = '''msgid "Le centre a accueilli 1 200 personnes."
msgstr "The centre hosted 1,300 people."

#, fuzzy
msgid "La réunion a eu lieu à Genève."
msgstr "The meeting took place in Geneva."

msgid "Le rapport sera publié demain."
msgstr ""

msgid "Les équipes sont arrivées hier."
msgstr "The teams arrived yesterday"
'''


def test_parse_selectors_normalises_and_splits() -> None:
    assert parse_selectors(["rt1, RT406", "numbers missing-term"]) == ("RT1", "RT406", "numbers", "missing-term")
    assert parse_selectors("all") == ("ALL",)


@pytest.mark.parametrize("bad, hint", [("RT10l", "RT101"), ("RT7", None), ("glosary", "glossary"), ("XYZ", None)])
def test_unknown_selector_is_a_usage_error_with_a_hint(bad: str, hint: str | None) -> None:
    with pytest.raises(UsageError) as info:
        parse_selectors([bad], label="--ignore")
    message = str(info.value)
    assert "--ignore" in message and repr(bad) in message and "\n" not in message
    if hint:
        assert f"did you mean {hint!r}" in message


def test_most_specific_selector_wins_ignore_breaks_ties() -> None:
    sel = CodeSelection(select=parse_selectors("RT4"), ignore=parse_selectors("RT406"))
    assert sel.enabled("RT401") and not sel.enabled("RT406") and not sel.enabled("RT101")
    sel = CodeSelection(ignore=parse_selectors("RT5"), select=parse_selectors("ALL RT501"))
    assert sel.enabled("RT501") and not sel.enabled("RT502") and sel.enabled("RT303")
    sel = CodeSelection(select=parse_selectors("RT303"), ignore=parse_selectors("RT303"))
    assert not sel.enabled("RT303")
    sel = CodeSelection(ignore=parse_selectors("numbers"), select=parse_selectors("number-changed"))
    assert sel.enabled("RT303") and not sel.enabled("RT301")
    sel = CodeSelection(select=parse_selectors("RT3"), ignore=parse_selectors("numbers"))
    assert sel.codes() == ()  # the family name is more specific than RT3
    assert CodeSelection().codes() == tuple(sorted(RULES))


def test_cli_selection_replaces_config_lists() -> None:
    sel = resolve_selection((), ("RT406",), ("RT3", "RT4"), ("RT401",))
    assert sel.select == ("RT3", "RT4") and sel.ignore == ("RT406",)
    sel = resolve_selection(("RT1",), (), ("RT3",), ("RT101",))
    assert sel.select == ("RT1",) and sel.ignore == ("RT101",)


def test_report_selected_and_statistics() -> None:
    findings = tuple(
        Finding(code, Severity.ERROR if code == "RT303" else Severity.WARNING, "a.po", line, "m")
        for line, code in enumerate(["RT502", "RT502", "RT303", "RT502", "RT406"])
    )
    report = Report(findings, ("a.po",), 5)
    assert report.statistics() == [("RT502", 3, Severity.WARNING), ("RT303", 1, Severity.ERROR), ("RT406", 1, Severity.WARNING)]
    kept = report.selected(CodeSelection(ignore=("RT5",)))
    assert [f.code for f in kept.findings] == ["RT303", "RT406"]
    assert kept.entries == 5 and kept.exit_code() == 1
    assert report.selected(CodeSelection(select=("RT4",))).exit_code() == 0


def test_check_table_validation() -> None:
    settings = parse_check_table({"select": ["rt1", "RT3"], "ignore": "RT503", "strict": True, "fail_on": "warning"})
    assert settings.select == ("RT1", "RT3") and settings.ignore == ("RT503",) and settings.strict is True
    for bad in ({"selct": []}, {"select": [1]}, {"ignore": ["RT7"]}, {"strict": "yes"}, {"fail_on": "info"}):
        with pytest.raises(ValueError):
            parse_check_table(bad)


def run(*args: str) -> "object":
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_ignore_changes_findings_and_exit_code(tmp_path: Path) -> None:
    po = str(_po(tmp_path, BODY))
    everything = run("check", "--no-bundled-glossary", po)
    assert everything.exit_code == 1
    assert {"RT303", "RT502", "RT501", "RT406"} <= {line.split()[1] for line in everything.stderr.splitlines()}
    no_numbers = run("check", "--no-bundled-glossary", "--ignore", "RT3", po)
    assert no_numbers.exit_code == 0, no_numbers.output
    codes = {line.split()[1] for line in no_numbers.stderr.splitlines()}
    assert "RT303" not in codes and {"RT502", "RT501", "RT406"} <= codes
    only = run("check", "--no-bundled-glossary", "--select", "RT50", "--ignore", "RT502", po)
    assert {line.split()[1] for line in only.stderr.splitlines()} == {"RT501"}


def test_cli_unknown_code_exit_2_one_line(tmp_path: Path) -> None:
    po = str(_po(tmp_path, BODY))
    result = run("check", "--no-bundled-glossary", "--select", "RT30x", po)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "RT30x" in result.stderr


def test_cli_statistics(tmp_path: Path) -> None:
    po = str(_po(tmp_path, BODY + '''
msgid "Les équipes sont parties hier."
msgstr "The teams left yesterday"
'''))
    result = run("check", "--no-bundled-glossary", "--statistics", po)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["2", "RT406"] and lines[0].split()[-1] == "warning"
    assert any(line.split()[1:] == ["RT303", "number-changed", "error"] for line in lines)
    assert result.stderr == ""
    bad = run("check", "--no-bundled-glossary", "--statistics", "--format", "json", po)
    assert bad.exit_code == 2


def test_config_check_table_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = str(_po(tmp_path, BODY))
    (tmp_path / "reltrans.toml").write_text('[check]\nignore = ["RT3", "RT5"]\nfail_on = "warning"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--no-bundled-glossary", po)
    assert {line.split()[1] for line in result.stderr.splitlines()} == {"RT406"}
    assert result.exit_code == 1  # fail_on = warning
    override = run("check", "--no-bundled-glossary", "--ignore", "RT4", "--fail-on", "error", po)
    assert "RT303" in override.stderr and "RT406" not in override.stderr and override.exit_code == 1
    (tmp_path / "reltrans.toml").write_text('[check]\nignore = ["RT3O3"]\n', encoding="utf-8")
    broken = run("check", "--no-bundled-glossary", po)
    assert broken.exit_code == 3 and "check.ignore" in broken.stderr


def test_summary_leads_with_errors_then_review(tmp_path: Path) -> None:
    po = str(_po(tmp_path, BODY))
    result = run("check", "--no-bundled-glossary", po)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0].startswith("reltrans check: 1 file, 4 entries")
    assert lines[1].split()[:2] == ["errors", "1"] and "numbers 1" in lines[1]
    assert lines[2].split()[:2] == ["warnings", "1"] and "punctuation 1" in lines[2]
    assert lines[3].split()[:3] == ["to", "review", "2"] and "fuzzy 1" in lines[3] and "untranslated 1" in lines[3]
    assert all(len(line) <= 80 for line in lines)


def test_the_same_file_twice_is_checked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = _po(tmp_path, BODY)
    monkeypatch.chdir(tmp_path)
    once = run("check", "--no-bundled-glossary", str(po))
    twice = run("check", "--no-bundled-glossary", str(po), "./a.po", "a.po")
    assert twice.stderr == once.stderr
    assert "1 file, 4 entries" in twice.stdout


def test_config_error_is_one_prefix_and_suggests_the_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = _po(tmp_path, BODY)
    (tmp_path / "reltrans.toml").write_text('[check]\nselect = ["RT3x"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--no-bundled-glossary", str(po))
    assert result.exit_code == 3
    assert result.stderr.count("E-") == 1 and "did you mean 'RT3'" in result.stderr
