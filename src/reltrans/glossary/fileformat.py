"""The own glossary format (TOML): reading with :mod:`tomllib`, writing with a small serializer.

Reading is in two steps so that :mod:`reltrans.glossary.validate` can report every problem:
:func:`parse_toml_text` gives the raw tables with their line numbers, :func:`build_concept`
turns one raw table into a :class:`Concept` (raising :class:`GlossaryError` on structural
errors). Quality problems (missing source, conflicts) are left to the validator.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import regex

from reltrans.errors import GlossaryError
from reltrans.glossary.model import (
    ADMITTED,
    FORBIDDEN,
    PREFERRED,
    Concept,
    Glossary,
    Term,
    default_case_sensitive,
    default_inflect,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONTEXT_KEYS = ("context_before", "context_after", "exclude_before", "exclude_after")
CONCEPT_KEYS = frozenset({"id", "domain", "source", "note", "dnt", "case_sensitive", "inflect", *CONTEXT_KEYS})
HEADER_KEYS = frozenset({"name", "version", "languages", "description"})
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_FORBIDDEN_SUFFIX = "_forbidden"
_CONCEPT_HEADER = re.compile(r"^\s*\[\[\s*concept\s*\]\]")
_TOML_LINE = re.compile(r"line (\d+)")


@dataclass(frozen=True)
class RawConcept:
    """One ``[[concept]]`` table as tomllib read it, with its 1-based header line."""

    data: Mapping[str, Any]
    line: int
    index: int


@dataclass(frozen=True)
class RawGlossary:
    """A parsed TOML glossary before validation."""

    path: str
    header: Mapping[str, Any]
    concepts: tuple[RawConcept, ...]
    top_keys: tuple[str, ...]
    lines: tuple[str, ...]

    def key_line(self, raw: RawConcept, key: str) -> int:
        """Line of ``key = ...`` inside the concept's table, or the header line."""
        end = self.concepts[raw.index + 1].line - 1 if raw.index + 1 < len(self.concepts) else len(self.lines)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(raw.line, end + 1):
            if number - 1 < len(self.lines) and pattern.match(self.lines[number - 1]):
                return number
        return raw.line


def lang_of_key(key: str) -> tuple[str, bool] | None:
    """``"en"`` -> ("en", False); ``"en_forbidden"`` -> ("en", True); other keys -> None."""
    if key in CONCEPT_KEYS:
        return None
    forbidden = key.endswith(_FORBIDDEN_SUFFIX)
    lang = key[: -len(_FORBIDDEN_SUFFIX)] if forbidden else key
    return (lang, forbidden) if LANG_RE.match(lang) else None


def read_text(path: str | Path) -> str:
    """Read a glossary file as UTF-8 (BOM tolerated); GlossaryError when unreadable."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise GlossaryError("is a directory, expected a glossary file", path=p) from None
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary: {exc.strerror or exc}", path=p) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GlossaryError("not valid UTF-8", path=p, line=line) from None


def parse_toml_text(text: str, path: str = "<string>") -> RawGlossary:
    """Parse the TOML and locate each ``[[concept]]``; GlossaryError on syntax/shape errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        message = re.sub(r"\s*\(at [^)]*\)", "", str(exc)).strip()
        line = int(found.group(1)) if found else (len(text.splitlines()) or 1) if "end of document" in str(exc) else None
        raise GlossaryError(f"invalid TOML: {message}", path=path, line=line) from None
    lines = tuple(text.splitlines())
    header = data.get("glossary", {})
    if not isinstance(header, dict):
        raise GlossaryError("[glossary] must be a table", path=path, line=1)
    tables = data.get("concept", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise GlossaryError("'concept' must be an array of tables ([[concept]])", path=path, line=1)
    header_lines = [i + 1 for i, line in enumerate(lines) if _CONCEPT_HEADER.match(line)]
    raws = []
    for index, table in enumerate(tables):
        line = header_lines[index] if len(header_lines) == len(tables) else _find_id_line(lines, table)
        raws.append(RawConcept(data=table, line=line, index=index))
    return RawGlossary(path=path, header=header, concepts=tuple(raws), top_keys=tuple(data), lines=lines)


def _find_id_line(lines: tuple[str, ...], table: Mapping[str, Any]) -> int:
    cid = table.get("id")
    if isinstance(cid, str):
        pattern = re.compile(rf"""\bid\s*=\s*["']{re.escape(cid)}["']""")
        for number, line in enumerate(lines, 1):
            if pattern.search(line):
                return number
    return 0


def build_concept(raw: RawConcept, glossary: RawGlossary) -> Concept:
    """Turn a raw table into a Concept; GlossaryError (with line) on a structural error."""
    data = raw.data
    path = glossary.path

    def fail(message: str, key: str | None = None) -> GlossaryError:
        line = glossary.key_line(raw, key) if key else raw.line
        return GlossaryError(message, path=path, line=line or None)

    cid = data.get("id")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        raise fail(f"concept id must match [a-z0-9-]+, got {cid!r}", "id")
    texts: dict[str, dict[bool, list[str]]] = {}
    for key, value in data.items():
        parsed = lang_of_key(key)
        if parsed is None:
            continue
        lang, forbidden = parsed
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"concept {cid}: {key} must be a list of strings", key)
        clean = [v.strip() for v in value]
        if any(not v for v in clean):
            raise fail(f"concept {cid}: {key} contains an empty term", key)
        texts.setdefault(lang, {False: [], True: []})[forbidden].extend(clean)
    if not texts:
        raise fail(f"concept {cid}: no terms (expected keys like fr = [...], en = [...])")
    strings = {}
    for key in ("domain", "source", "note"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise fail(f"concept {cid}: {key} must be a string", key)
        strings[key] = value.strip()
    dnt = data.get("dnt", False)
    if not isinstance(dnt, bool):
        raise fail(f"concept {cid}: dnt must be true or false", "dnt")
    case_rule = _bool_or_terms(data, "case_sensitive", cid, fail)
    inflect_rule = _bool_or_terms(data, "inflect", cid, fail)
    contexts = {key: _context_map(data, key, cid, fail) for key in CONTEXT_KEYS}
    terms: list[Term] = []
    for lang, groups in texts.items():
        for i, text in enumerate(groups[False]):
            terms.append(_make_term(text, lang, PREFERRED if i == 0 else ADMITTED, case_rule, inflect_rule))
        terms.extend(_make_term(text, lang, FORBIDDEN, case_rule, inflect_rule) for text in groups[True])
    return Concept(
        id=cid,
        terms=tuple(terms),
        domain=strings["domain"],
        source=strings["source"],
        note=strings["note"],
        dnt=dnt,
        path=path,
        line=raw.line or None,
        **contexts,
    )


def _bool_or_terms(data: Mapping[str, Any], key: str, cid: str, fail: Any) -> bool | frozenset[str] | None:
    """``true``/``false`` for every term, or a list of the terms it applies to (None: auto)."""
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value)
    raise fail(f"concept {cid}: {key} must be true, false or a list of terms", key)


def _make_term(text: str, lang: str, status: str, case_rule: Any, inflect_rule: Any) -> Term:
    def resolve(rule: Any, auto: bool) -> bool:
        if rule is None:
            return auto
        if isinstance(rule, bool):
            return rule
        return text in rule

    return Term(
        text=text,
        lang=lang,
        status=status,
        case_sensitive=resolve(case_rule, default_case_sensitive(text)),
        inflect=resolve(inflect_rule, default_inflect(text)),
    )


def _context_map(data: Mapping[str, Any], key: str, cid: str, fail: Any) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise fail(f"concept {cid}: {key} must be a table of language = \"regex\"", key)
    for lang, pattern in value.items():
        error = pattern_error(pattern)
        if error:
            raise fail(f"concept {cid}: {key}.{lang}: bad regex: {error}", key)
    return dict(value)


def pattern_error(pattern: str) -> str | None:
    """Why ``pattern`` does not compile with the ``regex`` module, or None."""
    try:
        regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as exc:
        return str(exc)
    return None


def glossary_from_raw(raw: RawGlossary) -> Glossary:
    """Build the Glossary; duplicate ids are an error."""
    concepts: list[Concept] = []
    seen: dict[str, int] = {}
    for item in raw.concepts:
        concept = build_concept(item, raw)
        if concept.id in seen:
            raise GlossaryError(
                f"duplicate concept id {concept.id!r} (first at line {seen[concept.id]})", path=raw.path, line=item.line or None
            )
        seen[concept.id] = item.line
        concepts.append(concept)
    header = raw.header
    languages = header.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise GlossaryError("[glossary] languages must be a list of language codes", path=raw.path, line=1)
    return Glossary(
        concepts=tuple(concepts),
        name=str(header.get("name", "")),
        sources=(raw.path,),
        version=str(header.get("version", "")),
        declared_languages=tuple(languages),
    )


def load_toml(path: str | Path) -> Glossary:
    """Load a glossary in the own TOML format."""
    return glossary_from_raw(parse_toml_text(read_text(path), str(path)))


def loads_toml(text: str, path: str = "<string>") -> Glossary:
    """Load a glossary from TOML text."""
    return glossary_from_raw(parse_toml_text(text, path))


# --------------------------------------------------------------------------- writing
def toml_string(value: str) -> str:
    """A TOML basic string."""
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_list(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _rule_value(terms: tuple[Term, ...], attr: str, auto: Any) -> str | None:
    """``case_sensitive``/``inflect`` as written: omitted when every term follows the auto rule."""
    values = [getattr(t, attr) for t in terms]
    if all(v == auto(t.text) for v, t in zip(values, terms)):
        return None
    if len(set(values)) == 1:
        return "true" if values[0] else "false"
    return _toml_list(list(dict.fromkeys(t.text for t in terms if getattr(t, attr))))


def dump_concept(concept: Concept) -> str:
    """One ``[[concept]]`` table, keys in a fixed order."""
    lines = ["[[concept]]", f"id = {toml_string(concept.id)}"]
    for key in ("domain", "source", "note"):
        value = getattr(concept, key)
        if value or key == "source":
            lines.append(f"{key} = {toml_string(value)}")
    languages = concept.languages
    for lang in languages:
        allowed = concept.allowed(lang)
        if allowed:
            lines.append(f"{lang} = {_toml_list([t.text for t in allowed])}")
        elif concept.forbidden(lang):  # keep the language order on reload
            lines.append(f"{lang}_forbidden = {_toml_list([t.text for t in concept.forbidden(lang)])}")
    for lang in languages:
        forbidden = concept.forbidden(lang)
        if forbidden and concept.allowed(lang):
            lines.append(f"{lang}_forbidden = {_toml_list([t.text for t in forbidden])}")
    case = _rule_value(concept.terms, "case_sensitive", default_case_sensitive)
    if case is not None:
        lines.append(f"case_sensitive = {case}")
    inflect = _rule_value(concept.terms, "inflect", default_inflect)
    if inflect is not None:
        lines.append(f"inflect = {inflect}")
    if concept.dnt:
        lines.append("dnt = true")
    for key in CONTEXT_KEYS:
        mapping = getattr(concept, key)
        if mapping:
            inner = ", ".join(f"{lang} = {toml_string(p)}" for lang, p in mapping.items())
            lines.append(f"{key} = {{ {inner} }}")
    return "\n".join(lines) + "\n"


def dump_toml(glossary: Glossary) -> str:
    """The glossary in the own format: stable order, one key per line, diff-friendly."""
    head = ["[glossary]", f"name = {toml_string(glossary.name or 'Glossary')}"]
    if glossary.version:
        head.append(f"version = {toml_string(glossary.version)}")
    head.append(f"languages = {_toml_list(list(glossary.languages))}")
    parts = ["\n".join(head) + "\n"]
    parts.extend(dump_concept(c) for c in glossary.concepts)
    return "\n".join(parts)
