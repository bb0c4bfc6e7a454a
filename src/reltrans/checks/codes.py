"""The stable finding codes of ``reltrans check``, their family and default severity.

Codes never change meaning; retired codes are not reused. The table is documented in
``docs/checks.md`` and exported as SARIF rules. A family is the name used in suppression
comments (``# reltrans: ignore numbers``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from reltrans.model import Severity

__all__ = ["Rule", "RULES", "FAMILIES", "WEBLATE_FLAGS", "rule"]


@dataclass(frozen=True)
class Rule:
    """One finding code: ``RT301``, family ``numbers``, default severity, one-line description."""

    code: str
    name: str
    family: str
    severity: Severity
    description: str


_E, _W = Severity.ERROR, Severity.WARNING

RULES: Mapping[str, Rule] = {
    r.code: r
    for r in (
        Rule("RT101", "missing-term", "glossary", _E, "A source concept's preferred (or allowed) target term is missing from the translation."),
        Rule("RT102", "forbidden-term", "glossary", _E, "A forbidden rendering of a concept present in the source is used in the translation."),
        Rule("RT103", "always-forbidden-term", "glossary", _E, "A rendering the glossary forbids everywhere is used in the translation."),
        Rule("RT104", "dnt-changed", "glossary", _E, "A do-not-translate term of the source was changed in the translation."),
        Rule("RT105", "unmet-term", "glossary", _W, "Term enforcement could not place a required term (entry left fuzzy)."),
        Rule("RT106", "document-date", "glossary", _W, "The X-Reltrans-Document-Date header is not a date; the glossary's dated terms were not applied."),
        Rule("RT201", "inconsistent-msgid", "consistency", _W, "The same source text is translated differently in another entry (other msgctxt)."),
        Rule("RT202", "inconsistent-across-files", "consistency", _W, "The same source text is translated differently in another file of this run."),
        Rule("RT203", "inconsistent-variant", "consistency", _W, "A concept is rendered with different allowed variants in the same file."),
        Rule("RT301", "number-missing", "numbers", _E, "A number or date of the source is missing from the translation."),
        Rule("RT302", "number-extra", "numbers", _E, "The translation has a number or date that is not in the source."),
        Rule("RT303", "number-changed", "numbers", _E, "A number or date has a different value in the translation."),
        Rule("RT401", "url-mismatch", "urls", _E, "URLs differ between source and translation."),
        Rule("RT402", "email-mismatch", "urls", _E, "E-mail addresses differ between source and translation."),
        Rule("RT403", "markup-mismatch", "markup", _E, "Markup tags differ between source and translation."),
        Rule("RT404", "brackets", "brackets", _W, "Brackets are unbalanced or their counts differ from the source."),
        Rule("RT405", "quotes", "quotes", _W, "Quotation marks are unpaired or their count differs from the source."),
        Rule("RT406", "end-punctuation", "punctuation", _W, "The end punctuation differs from the source."),
        Rule("RT407", "whitespace", "whitespace", _W, "Leading or trailing whitespace differs from the source."),
        Rule("RT408", "doubled-word", "doubled", _W, "A word is repeated (\"the the\")."),
        Rule("RT409", "broken-text", "encoding", _E, "The translation holds U+FFFD, an unknown-piece mark (\u2047) or mojibake (UTF-8 read as cp1252: \"Ã©\", \"â€™\")."),
        Rule("RT410", "placeholder-missing", "placeholders", _E, "An inline-markup placeholder of the source (<1>, </1>, <2/>) is missing from the translation (build refuses the entry)."),
        Rule("RT411", "placeholder-extra", "placeholders", _E, "The translation has a placeholder the source does not have (build refuses the entry)."),
        Rule("RT412", "placeholder-duplicated", "placeholders", _E, "A placeholder appears more often in the translation than in the source (build refuses the entry)."),
        Rule("RT413", "placeholder-renumbered", "placeholders", _E, "The translation has the source's placeholders under other numbers (build refuses the entry)."),
        Rule("RT414", "placeholder-misnested", "placeholders", _E, "Paired placeholders are closed before they open, cross each other or are left open (build refuses the entry)."),
        Rule("RT420", "double-space", "whitespace", _W, "The translation has more runs of two or more spaces inside the text than the source."),
        Rule("RT421", "format-placeholder", "format", _E, "printf or brace format placeholders (%s, %(name)d, %1$s, {name}, {0}) differ from the source (msgfmt --check-format)."),
        Rule("RT422", "case-changed", "case", _W, "An acronym or a name kept in the translation has its case changed (CNDH -> Cndh)."),
        Rule("RT501", "untranslated", "completeness", _W, "The entry is not translated (error under --strict)."),
        Rule("RT502", "fuzzy", "completeness", _W, "The entry is marked fuzzy, it needs review (error under --strict)."),
        Rule("RT503", "same-as-source", "completeness", _W, "The entry looks untranslated: a copy of the source or French text in the msgstr (error under --strict)."),
        Rule("RT901", "charset", "syntax", _E, "The Content-Type header declares no charset (an unknown one makes the file unreadable, exit 3)."),
        Rule("RT902", "plural-forms", "syntax", _E, "The Plural-Forms header is malformed, or plural msgstr count differs from nplurals."),
        Rule("RT903", "newline-mismatch", "syntax", _E, "msgid and msgstr disagree on a leading or trailing newline (msgfmt --check)."),
        Rule("RT904", "language-header", "syntax", _W, "The Language header is missing; the target language was assumed."),
        Rule("RT905", "no-entries", "syntax", _W, "The file has no entries: nothing was extracted or translated (msgfmt accepts an empty catalogue; a gate on it checks nothing)."),
    )
}

#: Families accepted in ``# reltrans: ignore FAMILY`` comments; ``all`` disables every family
#: except ``syntax`` (a broken file cannot be waived entry by entry).
FAMILIES: frozenset[str] = frozenset(r.family for r in RULES.values()) | {"all"}

#: Weblate ``ignore-*`` flags (``#, ignore-end-stop``) mapped to the codes they silence.
WEBLATE_FLAGS: Mapping[str, frozenset[str]] = {
    "ignore-end-stop": frozenset({"RT406"}),
    "ignore-end-colon": frozenset({"RT406"}),
    "ignore-end-question": frozenset({"RT406"}),
    "ignore-end-exclamation": frozenset({"RT406"}),
    "ignore-end-ellipsis": frozenset({"RT406"}),
    "ignore-end-semicolon": frozenset({"RT406"}),
    "ignore-punctuation-spacing": frozenset({"RT406"}),
    "ignore-begin-space": frozenset({"RT407"}),
    "ignore-end-space": frozenset({"RT407"}),
    "ignore-double-space": frozenset({"RT420"}),
    "ignore-c-format": frozenset({"RT421"}),
    "ignore-python-format": frozenset({"RT421"}),
    "ignore-python-brace-format": frozenset({"RT421"}),
    "ignore-acronyms": frozenset({"RT422"}),
    "ignore-begin-newline": frozenset({"RT903"}),
    "ignore-end-newline": frozenset({"RT903"}),
    "ignore-duplicate": frozenset({"RT408"}),
    "ignore-same": frozenset({"RT503"}),
    "ignore-inconsistent": frozenset({"RT201", "RT202", "RT203"}),
    "ignore-check-glossary": frozenset({"RT101", "RT102", "RT103", "RT104", "RT105"}),
    "ignore-url": frozenset({"RT401", "RT402"}),
    "ignore-xml-tags": frozenset({"RT403"}),
    "ignore-xml-invalid": frozenset({"RT403"}),
    "ignore-safe-html": frozenset({"RT403"}),
    "ignore-md-link": frozenset({"RT403"}),
    "ignore-md-syntax": frozenset({"RT403"}),
    "ignore-translated": frozenset({"RT501"}),
}


def rule(code: str) -> Rule:
    """The :class:`Rule` of ``code`` (KeyError for an unknown code: a programming error)."""
    return RULES[code]
