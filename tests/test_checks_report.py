"""Report (counts, exit codes) and the json / sarif / github / text renderers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reltrans.checks.codes import RULES
from reltrans.checks.render import JSON_SCHEMA_VERSION, render, render_github, render_json, render_sarif, render_text
from reltrans.checks.report import Report, parse_severity
from reltrans.errors import EXIT_FINDINGS, EXIT_OK
from reltrans.model import Finding, Severity

DATA = Path(__file__).parent / "data"
ERR = Finding("RT303", Severity.ERROR, "po/b.po", 12, "number changed: '1 000' (1000) became '10,000' (10000)", "1 000")
WARN = Finding("RT406", Severity.WARNING, "po/a.po", 3, "end punctuation differs: source '?', translation none", "Pourquoi ?")


def test_exit_codes_and_counts() -> None:
    assert Report().exit_code() == EXIT_OK
    warn_only = Report((WARN,), ("po/a.po",), 4)
    assert warn_only.exit_code() == EXIT_OK
    assert warn_only.exit_code("warning") == EXIT_FINDINGS
    both = Report((ERR, WARN), ("po/a.po", "po/b.po"), 9)
    assert both.exit_code(Severity.ERROR) == EXIT_FINDINGS
    assert both.counts() == {"files": 2, "entries": 9, "errors": 1, "warnings": 1, "infos": 0}
    assert [f.code for f in both.findings] == ["RT406", "RT303"]  # sorted by path, line


def test_parse_severity() -> None:
    assert parse_severity("Warning") is Severity.WARNING
    with pytest.raises(ValueError):
        parse_severity("fatal")


def test_every_rule_has_a_documented_code() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "checks.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert code in doc, code
        assert code[:3] in {"RT1", "RT2", "RT3", "RT4", "RT5", "RT9"}
        assert rule.family in doc


def test_text_format() -> None:
    assert render_text(Report((ERR,))) == "po/b.po:12: RT303 number changed: '1 000' (1000) became '10,000' (10000)\n"


def test_json_format_is_stable() -> None:
    doc = json.loads(render_json(Report((ERR, WARN), ("po/a.po", "po/b.po"), 9)))
    assert doc["version"] == JSON_SCHEMA_VERSION
    assert doc["tool"]["name"] == "reltrans"
    assert doc["summary"]["errors"] == 1 and doc["summary"]["warnings"] == 1
    assert doc["findings"][1] == {
        "code": "RT303",
        "name": "number-changed",
        "family": "numbers",
        "severity": "error",
        "path": "po/b.po",
        "line": 12,
        "message": ERR.message,
        "msgid": "1 000",
    }


def test_sarif_structure(tmp_path: Path) -> None:
    po = tmp_path / "po" / "b.po"
    finding = Finding("RT303", Severity.ERROR, str(po), 12, "changed", "x")
    log = json.loads(render_sarif(Report((finding, Finding("RT406", Severity.WARNING, str(po), 0, "m"))), base=tmp_path))
    assert log["version"] == "2.1.0" and "sarif" in log["$schema"]
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "reltrans" and driver["version"]
    # no made-up addresses: both fields are optional in SARIF and reltrans has no public home
    assert "informationUri" not in driver and not any("helpUri" in r for r in driver["rules"])
    assert "github.com/reltrans" not in json.dumps(log)
    ids = [r["id"] for r in driver["rules"]]
    assert ids == list(RULES)
    assert all(r["defaultConfiguration"]["level"] in ("error", "warning", "note") for r in driver["rules"])
    results = log["runs"][0]["results"]
    assert results[0]["ruleId"] == "RT406" and results[0]["level"] == "warning"
    location = results[1]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "po/b.po"  # relative, forward slashes
    assert location["region"]["startLine"] == 12
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1  # header: line >= 1
    assert driver["rules"][results[1]["ruleIndex"]]["id"] == "RT303"


def test_sarif_validates_against_schema_subset() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    official = DATA / "sarif-schema-2.1.0.json"  # used when someone vendors the official file
    schema_path = official if official.exists() else DATA / "sarif-2.1.0-subset.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    log = json.loads(render_sarif(Report((ERR, WARN), ("po/a.po", "po/b.po"), 2)))
    jsonschema.validate(log, schema)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_github_annotations_escape_properties_and_data() -> None:
    finding = Finding("RT401", Severity.ERROR, "po/a,b.po", 7, "URLs differ: 100% wrong\nsecond line")
    out = render_github(Report((finding, WARN)))
    lines = out.splitlines()
    assert lines[1] == "::warning file=po/a.po,line=3,title=RT406::end punctuation differs: source '?', translation none"
    assert lines[0] == "::error file=po/a%2Cb.po,line=7,title=RT401::URLs differ: 100%25 wrong%0Asecond line"


def test_render_dispatch() -> None:
    report = Report((ERR,))
    assert render(report, "text") == render_text(report)
    with pytest.raises(ValueError):
        render(report, "xml")
