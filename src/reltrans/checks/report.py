"""The result of ``reltrans check``: findings, counts, and the exit code derived from them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from reltrans.errors import EXIT_FINDINGS, EXIT_OK
from reltrans.model import Finding, Severity

if TYPE_CHECKING:
    from reltrans.checks.selection import CodeSelection

__all__ = ["Report", "parse_severity"]


def parse_severity(name: str | Severity) -> Severity:
    """``"error"`` / ``"warning"`` / ``"info"`` (any case) -> :class:`Severity`."""
    if isinstance(name, Severity):
        return name
    try:
        return Severity[name.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown severity {name!r}: expected error, warning or info") from None


@dataclass(frozen=True)
class Report:
    """Findings of one ``check`` run, sorted by path, line, code.

    ``files`` are the checked paths in order, ``entries`` the number of live entries checked,
    ``unmet_terms`` the terms ``translate`` could not place that are still missing (the count
    ``translate`` prints; each is reported as RT105, or as RT101 when the glossary check finds
    the term missing).
    """

    findings: tuple[Finding, ...] = ()
    files: tuple[str, ...] = ()
    entries: int = 0
    unmet_terms: int = 0

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.findings, key=lambda f: (f.path, f.line, f.code, f.message)))
        object.__setattr__(self, "findings", ordered)

    @classmethod
    def merge(cls, reports: Iterable["Report"], extra: Iterable[Finding] = ()) -> "Report":
        """One report for several files (plus cross-file findings)."""
        findings: list[Finding] = list(extra)
        files: list[str] = []
        entries = unmet = 0
        for report in reports:
            findings.extend(report.findings)
            files.extend(report.files)
            entries += report.entries
            unmet += report.unmet_terms
        return cls(tuple(findings), tuple(files), entries, unmet)

    def count(self, severity: Severity) -> int:
        """Number of findings of exactly ``severity``."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    def counts(self) -> dict[str, int]:
        """``{"files", "entries", "errors", "warnings", "infos"}``."""
        return {
            "files": len(self.files),
            "entries": self.entries,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
        }

    def by_code(self) -> dict[str, int]:
        """Finding count per code, sorted by code."""
        out: dict[str, int] = {}
        for f in sorted(self.findings, key=lambda f: f.code):
            out[f.code] = out.get(f.code, 0) + 1
        return out

    def selected(self, selection: "CodeSelection") -> "Report":
        """The same report with only the findings ``selection`` reports (``--select``/``--ignore``)."""
        if selection.is_everything:
            return self
        return Report(tuple(f for f in self.findings if selection.enabled(f.code)), self.files, self.entries, self.unmet_terms)

    def statistics(self) -> list[tuple[str, int, Severity]]:
        """``(code, count, most severe severity)`` per code, most frequent first (``--statistics``)."""
        counts: dict[str, int] = {}
        worst: dict[str, Severity] = {}
        for f in self.findings:
            counts[f.code] = counts.get(f.code, 0) + 1
            worst[f.code] = max(worst.get(f.code, f.severity), f.severity)
        return [(code, counts[code], worst[code]) for code in sorted(counts, key=lambda c: (-counts[c], c))]

    def family_counts(self, severity: Severity) -> dict[str, int]:
        """Findings of exactly ``severity`` per check family (``glossary``, ``numbers``...)."""
        from reltrans.checks.codes import RULES

        out: dict[str, int] = {}
        for f in self.findings:
            if f.severity == severity:
                rule = RULES.get(f.code)
                family = rule.family if rule is not None else "other"
                out[family] = out.get(family, 0) + 1
        return out

    def exit_code(self, fail_on: Severity | str = Severity.ERROR) -> int:
        """0 when no finding is at or above ``fail_on``, else 1 (:data:`EXIT_FINDINGS`)."""
        threshold = parse_severity(fail_on)
        return EXIT_FINDINGS if any(f.severity >= threshold for f in self.findings) else EXIT_OK
