"""Inline-markup placeholders (``<1>l'OIM</1>``, ``<2/>``): RT410-RT414.

HTML, Word and Markdown sources put their inline markup into msgids as numbered placeholders
(:mod:`reltrans.formats.inline`); ``build`` puts the markup back and refuses a translation
whose placeholders do not match. These checks report the same problems earlier, per entry:
missing (RT410), extra (RT411), duplicated (RT412), renumbered (RT413) and misnested (RT414).
Fuzzy drafts are checked too: a draft whose markup could not be placed is a flagged miss.
"""
from __future__ import annotations

from reltrans.checks.rules import EntryContext, make_finding, text_pairs
from reltrans.model import CatalogEntry, Finding

__all__ = ["check_placeholders", "CODE_BY_PROBLEM"]

CODE_BY_PROBLEM = {
    "missing": "RT410",
    "extra": "RT411",
    "duplicated": "RT412",
    "renumbered": "RT413",
    "misnested": "RT414",
}


def check_placeholders(entry: CatalogEntry, ctx: EntryContext) -> list[Finding]:
    """The placeholder findings of one live entry (nothing for an untranslated one)."""
    from reltrans.formats.inline import compare

    findings: list[Finding] = []
    for source, target in text_pairs(entry):
        if not target:
            continue
        for problem in compare(source, target):
            code = CODE_BY_PROBLEM[problem.kind]
            findings.append(make_finding(code, ctx, entry.line, f"placeholders {problem.kind}: {problem.detail}", entry.msgid))
    return findings
