"""Glossary validation: every problem of a file as :class:`reltrans.model.Finding`.

Codes (errors make ``reltrans glossary validate`` exit 1, warnings do not):

=======  =======  ==========================================================================
GL101    error    duplicate concept id
GL102    error    invalid concept: bad id, wrong value type, no terms
GL103    error    empty required field: ``source``, or no preferred term in a declared language
GL104    error    bad regular expression in a context/exclude rule
GL105    error    the same source term in two concepts with conflicting targets
GL106    warning  unknown key, or a language not declared in ``[glossary] languages``
GL107    warning  overlapping source terms: a term of one concept also matches a term of another
                  (concepts with context rules in the source language are exempt)
GL108    error    a forbidden term that an allowed term of the same concept also matches
GL109    info     a target term forbidden in one concept and allowed in another: normal when the
                  concepts differ (``trafficker`` is right for ``trafiquant``, wrong for
                  ``passeur``); a translation is flagged only for the concept its source holds
GL110    warning  header problem: no ``[glossary]`` name or languages
=======  =======  ==========================================================================
"""
from __future__ import annotations

from pathlib import Path

from reltrans.errors import GlossaryError
from reltrans.glossary.fileformat import (
    CONCEPT_KEYS,
    CONTEXT_KEYS,
    HEADER_KEYS,
    ID_RE,
    RawConcept,
    RawGlossary,
    build_concept,
    lang_of_key,
    parse_toml_text,
    pattern_error,
    read_text,
)
from reltrans.glossary.matcher import Matcher, compile_term, fold_key
from reltrans.glossary.model import FORBIDDEN, Concept, Glossary, Term
from reltrans.model import Finding, Severity

ERROR = Severity.ERROR
WARNING = Severity.WARNING


def validate_path(path: str | Path) -> list[Finding]:
    """Validate one glossary file (any supported format); GlossaryError if it cannot be parsed."""
    from reltrans.glossary import glossary_format, load_glossary

    name = str(path)
    fmt = glossary_format(path)
    if fmt == "tbx":
        from reltrans.glossary.tbx import RuleProblem, load_tbx

        problems: list[RuleProblem] = []
        glossary = load_tbx(path, problems=problems)
        found = [Finding(p.code, ERROR, name, _line(glossary.get(p.concept_id)), p.message) for p in problems]
        return _sorted(found + check_concepts(glossary, name))
    if fmt != "toml":
        glossary = load_glossary(path)
        return _sorted(check_concepts(glossary, name))
    raw = parse_toml_text(read_text(path), name)
    findings = _check_header(raw)
    languages = tuple(x for x in raw.header.get("languages", []) if isinstance(x, str)) if isinstance(raw.header.get("languages"), list) else ()
    concepts: list[Concept] = []
    seen: dict[str, int] = {}
    for item in raw.concepts:
        item_findings = _check_raw(raw, item, languages)
        findings += item_findings
        cid = item.data.get("id")
        if isinstance(cid, str) and cid in seen:
            findings.append(Finding("GL101", ERROR, name, item.line, f"duplicate concept id {cid!r} (first at line {seen[cid]})"))
            continue
        if isinstance(cid, str):
            seen[cid] = item.line
        if any(f.severity >= ERROR and f.code in ("GL102", "GL104") for f in item_findings):
            continue
        try:
            concepts.append(build_concept(item, raw))
        except GlossaryError as exc:
            findings.append(Finding("GL102", ERROR, name, exc.line or item.line, exc.message))
    glossary = Glossary(concepts=tuple(concepts), name=str(raw.header.get("name", "")), declared_languages=languages)
    findings += check_concepts(glossary, name, content=False)
    return _sorted(findings)


def _line(concept: Concept | None) -> int:
    """The concept's line for a Finding; 0 when unknown (TBX has no line numbers)."""
    return (concept.line or 0) if concept is not None else 0


def format_finding(finding: Finding) -> str:
    """``path:line: CODE message``, or ``path: CODE message`` when the line is unknown (0)."""
    where = f"{finding.path}:{finding.line}:" if finding.line else f"{finding.path}:"
    return f"{where} {finding.code} {finding.message}"


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.code, f.message))


def _check_header(raw: RawGlossary) -> list[Finding]:
    out: list[Finding] = []
    for key in raw.top_keys:
        if key not in ("glossary", "concept", "cues"):
            out.append(Finding("GL106", WARNING, raw.path, 1, f"unknown top-level key {key!r}"))
    for key in raw.header:
        if key not in HEADER_KEYS:
            out.append(Finding("GL106", WARNING, raw.path, 1, f"unknown key {key!r} in [glossary]"))
    if not raw.header.get("name"):
        out.append(Finding("GL110", WARNING, raw.path, 1, "[glossary] has no name"))
    languages = raw.header.get("languages")
    if not languages:
        out.append(Finding("GL110", WARNING, raw.path, 1, "[glossary] declares no languages"))
    elif not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        out.append(Finding("GL102", ERROR, raw.path, 1, "[glossary] languages must be a list of language codes"))
    return out


def _check_raw(raw: RawGlossary, item: RawConcept, languages: tuple[str, ...]) -> list[Finding]:
    """Checks on one ``[[concept]]`` table that do not need it to be well-formed."""
    out: list[Finding] = []
    data = item.data
    cid = data.get("id")
    label = cid if isinstance(cid, str) else f"#{item.index + 1}"

    def add(code: str, severity: Severity, key: str | None, message: str) -> None:
        line = raw.key_line(item, key) if key else item.line
        out.append(Finding(code, severity, raw.path, line, f"concept {label}: {message}"))

    if not isinstance(cid, str) or not ID_RE.match(cid):
        add("GL102", ERROR, "id" if "id" in data else None, f"id must match [a-z0-9-]+, got {cid!r}")
    for key in data:
        parsed = lang_of_key(key)
        if key in CONCEPT_KEYS:
            continue
        if parsed is None:
            add("GL106", WARNING, key, f"unknown key {key!r}")
        elif languages and parsed[0] not in languages:
            add("GL106", WARNING, key, f"language {parsed[0]!r} is not declared in [glossary] languages")
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        add("GL103", ERROR, "source" if "source" in data else None, "empty required field 'source'")
    for position, lang in enumerate(languages):
        terms = data.get(lang)
        if isinstance(terms, str):
            terms = [terms]
        has_term = isinstance(terms, list) and any(isinstance(t, str) and t.strip() for t in terms)
        if not has_term and not (position > 0 and data.get("dnt") is True):
            kind = "source" if position == 0 else "preferred target"
            add("GL103", ERROR, lang if lang in data else None, f"no {kind} term in {lang!r}")
    for key in CONTEXT_KEYS:
        rules = data.get(key, {})
        if not isinstance(rules, dict):
            continue  # reported by build_concept as GL102
        for lang, pattern in rules.items():
            error = pattern_error(pattern) if isinstance(pattern, str) else "not a string"
            if error:
                add("GL104", ERROR, key, f"{key}.{lang}: bad regex: {error}")
    return out


def check_concepts(glossary: Glossary, path: str, *, content: bool = True) -> list[Finding]:
    """Cross-concept checks (and, with ``content``, per-concept required fields)."""
    out: list[Finding] = []
    languages = glossary.languages
    if content:
        out += _check_content(glossary, path)
    out += _check_allowed_forbidden(glossary, path)
    if languages:
        out += _check_source_conflicts(glossary, path, languages[0], languages[1:])
        out += _check_overlaps(glossary, path, languages[0])
    return out


def _check_content(glossary: Glossary, path: str) -> list[Finding]:
    out = []
    seen: set[str] = set()
    declared = glossary.declared_languages or glossary.languages
    for concept in glossary.concepts:
        where = _line(concept)
        if concept.id in seen:
            out.append(Finding("GL101", ERROR, path, where, f"duplicate concept id {concept.id!r}"))
        seen.add(concept.id)
        if not concept.source:
            out.append(Finding("GL103", ERROR, path, where, f"concept {concept.id}: empty required field 'source'"))
        for position, lang in enumerate(declared):
            if concept.preferred(lang) is None and not (position > 0 and concept.dnt):
                kind = "source" if position == 0 else "preferred target"
                out.append(Finding("GL103", ERROR, path, where, f"concept {concept.id}: no {kind} term in {lang!r}"))
    return out


def _full_match(pattern_term: Term, text: str) -> bool:
    """Does ``pattern_term`` match the whole of ``text`` inside a sentence? (At a sentence start
    a lower-case case-sensitive term also matches capitalised, which a forbidden capitalised
    spelling must not count as shadowing: ``sub-Saharan Africa`` / ``Sub-Saharan Africa``.)"""
    return compile_term(pattern_term).fullmatch("x " + text, 2) is not None


def _check_allowed_forbidden(glossary: Glossary, path: str) -> list[Finding]:
    """A forbidden term that an allowed term also matches can never be reported (GL108);
    one allowed in another concept is worth knowing (GL109, info: one line per pair)."""
    out = []
    allowed_by: dict[tuple[str, str], list[tuple[Concept, Term]]] = {}
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.status != FORBIDDEN:
                allowed_by.setdefault((term.lang, fold_key(term.text)), []).append((concept, term))
    for concept in glossary.concepts:
        shared: dict[tuple[str, str], list[str]] = {}  # (lang, other concept) -> forbidden terms
        for term in concept.terms:
            if term.status != FORBIDDEN:
                continue
            for owner, allowed in allowed_by.get((term.lang, fold_key(term.text)), []):
                if not _full_match(allowed, term.text):
                    continue
                if owner.id == concept.id:
                    out.append(
                        Finding(
                            "GL108",
                            ERROR,
                            path,
                            _line(concept),
                            f"concept {concept.id}: forbidden {term.text!r} is matched by allowed {allowed.text!r} "
                            "(set case_sensitive = true, or remove one)",
                        )
                    )
                else:
                    terms = shared.setdefault((term.lang, owner.id), [])
                    if term.text not in terms:
                        terms.append(term.text)
        for (lang, other), terms in shared.items():
            out.append(Finding("GL109", Severity.INFO, path, _line(concept), _shared_message(concept.id, other, lang, terms)))
    return out


def _shared_message(concept_id: str, other: str, lang: str, terms: list[str]) -> str:
    shown = ", ".join(repr(t) for t in terms)
    return (
        f"(info) concept {concept_id}: {lang} {shown} forbidden here, allowed in concept {other}; "
        f"fine when the concepts differ: flagged only when the source holds {concept_id} and not {other}"
    )


def _has_rules(concept: Concept, lang: str) -> bool:
    # document cues tell two concepts apart too (one applies where the other does not)
    return any(lang in getattr(concept, key) for key in (*CONTEXT_KEYS, "when_document_mentions", "unless_document_mentions"))


def _targets(concept: Concept, targets: tuple[str, ...]) -> tuple[str | None, ...]:
    return tuple(t.text if (t := concept.preferred(lang)) else None for lang in targets)


def _check_source_conflicts(glossary: Glossary, path: str, source: str, targets: tuple[str, ...]) -> list[Finding]:
    out = []
    first: dict[str, Concept] = {}
    for concept in glossary.concepts:
        for term, key in {t.text: fold_key(t.text) for t in concept.allowed(source)}.items():
            other = first.setdefault(key, concept)
            if other is concept or _has_rules(concept, source) or _has_rules(other, source):
                continue  # context rules tell them apart
            mine, theirs = _targets(concept, targets), _targets(other, targets)
            if mine == theirs:
                out.append(
                    Finding(
                        "GL107",
                        WARNING,
                        path,
                        _line(concept),
                        f"concept {concept.id}: {source} term {term!r} is also in concept {other.id} (same targets)",
                    )
                )
            else:
                out.append(
                    Finding(
                        "GL105",
                        ERROR,
                        path,
                        _line(concept),
                        f"concept {concept.id}: {source} term {term!r} also in concept {other.id} with different targets "
                        f"({' / '.join(map(str, mine))} vs {' / '.join(map(str, theirs))})",
                    )
                )
    return out


def _check_overlaps(glossary: Glossary, path: str, lang: str) -> list[Finding]:
    """A term whose whole text is matched by another concept's term (inflection included)."""
    matcher = Matcher(glossary, lang)
    out = []
    reported: set[tuple[str, str]] = set()
    for concept in glossary.concepts:
        for term in concept.allowed(lang):
            for pos, entries in matcher._starts(term.text):
                if pos != 0:
                    break
                for entry in entries:
                    other = entry.concept
                    if other.id == concept.id or entry.term.status == FORBIDDEN:
                        continue
                    if _has_rules(concept, lang) or _has_rules(other, lang):
                        continue
                    if fold_key(entry.term.text) == fold_key(term.text):
                        continue  # identical terms: GL105 territory
                    m = compile_term(entry.term).match(term.text, 0)
                    pair = tuple(sorted((concept.id, other.id)))
                    if m is None or m.end() != len(term.text) or pair in reported:
                        continue
                    reported.add(pair)  # type: ignore[arg-type]
                    out.append(
                        Finding(
                            "GL107",
                            WARNING,
                            path,
                            _line(concept),
                            f"concept {concept.id}: {lang} term {term.text!r} is also matched by {entry.term.text!r} "
                            f"of concept {other.id}",
                        )
                    )
    return out
