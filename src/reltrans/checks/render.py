"""Renderers of a :class:`~reltrans.checks.report.Report`: compiler-style text, JSON, SARIF 2.1.0
and GitHub Actions workflow commands. Pure functions returning strings (no terminal, no rich)."""
from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath
from typing import Any

from reltrans import __version__
from reltrans.checks.codes import RULES
from reltrans.checks.report import Report
from reltrans.model import Finding, Severity

__all__ = ["JSON_SCHEMA_VERSION", "FORMATS", "render", "render_text", "render_json", "render_sarif", "render_github", "render_statistics"]

#: Version of the ``--format json`` document; bumped on any incompatible change.
JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FORMATS = ("text", "json", "sarif", "github")

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(report: Report, fmt: str, *, base: str | os.PathLike[str] | None = None) -> str:
    """Dispatch on ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return render_text(report)
    if fmt == "json":
        return render_json(report)
    if fmt == "sarif":
        return render_sarif(report, base=base)
    if fmt == "github":
        return render_github(report, base=base)
    raise ValueError(f"unknown format {fmt!r}")


def render_text(report: Report) -> str:
    """``path:line: CODE message`` lines, one per finding (newline-terminated)."""
    return "".join(f"{f}\n" for f in report.findings)


def render_statistics(report: Report) -> str:
    """``--statistics``: one line per code, most frequent first (``  12  RT502  fuzzy  warning``)."""
    rows = report.statistics()
    if not rows:
        return ""
    width = max(len(str(count)) for _code, count, _sev in rows)
    name_width = max(len(RULES[code].name) if code in RULES else 0 for code, _c, _s in rows)
    return "".join(
        f"{count:>{width}}  {code}  {(RULES[code].name if code in RULES else ''):<{name_width}}  {severity.name.lower()}\n"
        for code, count, severity in rows
    )


def render_json(report: Report) -> str:
    """A stable JSON document: ``{"version", "tool", "summary", "findings": [...]}``."""
    doc = {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "reltrans", "version": __version__},
        "summary": {**report.counts(), "unmet_terms": report.unmet_terms},
        "files": list(report.files),
        "findings": [
            {
                "code": f.code,
                "name": RULES[f.code].name if f.code in RULES else f.code,
                "family": RULES[f.code].family if f.code in RULES else "",
                "severity": f.severity.label,
                "path": f.path,
                "line": f.line,
                "message": f.message,
                "msgid": f.msgid,
            }
            for f in report.findings
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def relative_uri(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory), with forward slashes;
    unchanged (as POSIX) when it lies outside ``base``."""
    base_path = Path(base) if base is not None else Path.cwd()
    candidate = Path(path)
    try:
        resolved = candidate.resolve()
        relative = resolved.relative_to(base_path.resolve())
        return PurePosixPath(*relative.parts).as_posix()
    except (ValueError, OSError):
        return PurePosixPath(*candidate.parts).as_posix() if candidate.parts else str(path)


def _sarif_rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.description},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            "properties": {"family": rule.family},
        }
        for rule in RULES.values()
    ]


def render_sarif(report: Report, *, base: str | os.PathLike[str] | None = None) -> str:
    """A SARIF 2.1.0 log with one run; locations are relative to ``base`` (default cwd).

    No ``informationUri``/``helpUri`` (optional in SARIF): reltrans has no public address."""
    rule_index = {code: i for i, code in enumerate(RULES)}
    artifacts = list(dict.fromkeys([*report.files, *(f.path for f in report.findings)]))
    artifact_index = {path: i for i, path in enumerate(artifacts)}
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": relative_uri(f.path, base), "index": artifact_index[f.path]},
                        "region": {"startLine": max(f.line, 1)},
                    }
                }
            ],
        }
        if f.code in rule_index:
            result["ruleIndex"] = rule_index[f.code]
        if f.msgid is not None:
            result["properties"] = {"msgid": f.msgid}
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "reltrans",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _sarif_rules(),
                    }
                },
                # every checked file is listed, so a file that came out clean leaves a trace
                "artifacts": [
                    {"location": {"uri": relative_uri(path, base)}, "roles": ["analysisTarget"]} for path in artifacts
                ],
                "invocations": [{"executionSuccessful": True}],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(finding: Finding, base: str | os.PathLike[str] | None = None) -> str:
    """One ``::error file=...,line=...,title=CODE::message`` workflow command."""
    command = _GITHUB_COMMAND[finding.severity]
    file = _escape_property(relative_uri(finding.path, base))
    return f"::{command} file={file},line={max(finding.line, 1)},title={_escape_property(finding.code)}::{_escape_data(finding.message)}"


def render_github(report: Report, *, base: str | os.PathLike[str] | None = None) -> str:
    """GitHub Actions annotations, one per finding (newline-terminated)."""
    return "".join(github_line(f, base) + "\n" for f in report.findings)
