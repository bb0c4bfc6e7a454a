"""The closing summary of ``reltrans check`` in text format: errors first, glossary first.

A reviewer reading a CI log wants to know first whether something is wrong (errors), then
whether the terminology holds (glossary findings), and only then how much review is left
(fuzzy, untranslated, same-as-source warnings), which on fresh machine drafts is most of the
findings and says nothing about their quality.
"""
from __future__ import annotations

from reltrans.checks.report import Report
from reltrans.model import Severity

__all__ = ["summary_lines"]

_FIRST = ("glossary", "numbers", "urls", "markup", "encoding", "format")
_REVIEW = "completeness"
_WIDTH = 80


def _families(counts: dict[str, int]) -> list[str]:
    order = sorted(counts, key=lambda fam: (fam not in _FIRST, _FIRST.index(fam) if fam in _FIRST else 0, -counts[fam], fam))
    return [f"{fam} {counts[fam]}" for fam in order]


def _line(label: str, total: int, parts: list[str]) -> list[str]:
    head = f"  {label:<9}{total:>6}"
    if not parts:
        return [head]
    lines: list[str] = []
    current = head + "  (" + parts[0]
    for part in parts[1:]:
        if len(current) + len(part) + 3 > _WIDTH:  # ", " and the closing ")"
            lines.append(current + ",")
            current = " " * (len(head) + 3) + part
        else:
            current += ", " + part
    lines.append(current + ")")
    return lines


def summary_lines(report: Report) -> list[str]:
    """The summary as lines of at most 80 columns::

        reltrans check: 2 files, 40 entries
          errors        3  (glossary 2, numbers 1)
          warnings     25  (glossary 1, punctuation 2)
          to review    22  (fuzzy 20, untranslated 2)
    """
    counts = report.counts()
    files = counts["files"]
    entries = counts["entries"]
    head = f"reltrans check: {files} file{'s' if files != 1 else ''}"
    errors = report.family_counts(Severity.ERROR)
    if not entries:
        # nothing was checked: one line says so (the RT905 line above names each file); the
        # only other findings a file without entries can have are header errors, counted here
        return [f"{head}, no entries: nothing checked"] + (_line("errors", sum(errors.values()), _families(errors)) if errors else [])
    lines = [f"{head}, {entries} entr{'ies' if entries != 1 else 'y'}"]
    warnings = report.family_counts(Severity.WARNING)
    review_errors = errors.pop(_REVIEW, 0)  # --strict makes them errors: still review work
    review = warnings.pop(_REVIEW, 0) + review_errors
    lines += _line("errors", sum(errors.values()) + review_errors, _families(errors) + ([f"review {review_errors}"] if review_errors else []))
    lines += _line("warnings", sum(warnings.values()), _families(warnings))
    if review:
        by_code = report.by_code()
        names = {"RT501": "untranslated", "RT502": "fuzzy", "RT503": "same as source"}
        lines += _line("to review", review, [f"{name} {by_code[code]}" for code, name in names.items() if by_code.get(code)])
    if report.unmet_terms:
        # the count translate prints for the same PO (reltrans.checks.glossary_checks.open_unmet_terms)
        lines += _line("unmet", report.unmet_terms, ["glossary terms translate could not place, still missing",
                                                     "each reported as RT105 or, if check finds it missing, RT101"])
    if counts["infos"]:
        lines.append(f"  {'notes':<9}{counts['infos']:>6}")
    return lines
