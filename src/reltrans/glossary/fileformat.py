"""The own glossary format (TOML): reading with :mod:`tomllib`, writing with a small serializer.

Reading is in two steps so that :mod:`reltrans.glossary.validate` can report every problem:
:func:`parse_toml_text` gives the raw tables with their line numbers, :func:`build_concept`
turns one raw table into a :class:`Concept` (raising :class:`GlossaryError` on structural
errors). Quality problems (missing source, conflicts) are left to the validator.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import regex

from reltrans.errors import GlossaryError
from reltrans.glossary.model import (
    ADMITTED,
    FORBIDDEN,
    KINDS,
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
DOCUMENT_KEYS = (
    "pos", "when_document_mentions", "unless_document_mentions", "valid_from", "valid_until", "review", "review_elsewhere",
)
CONCEPT_KEYS = frozenset(
    {"id", "domain", "source", "note", "dnt", "kind", "case_sensitive", "inflect", *CONTEXT_KEYS, *DOCUMENT_KEYS}
)
HEADER_KEYS = frozenset({"name", "version", "languages", "description"})
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_FORBIDDEN_SUFFIX = "_forbidden"
_CONCEPT_HEADER = re.compile(r"^\s*\[\[\s*concept\s*\]\]")
_TOML_LINE = re.compile(r"line (\d+)")
_LONE_CR = re.compile(r"\r(?!\n)")


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
    cues: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    """The named cue sets of the ``[cues]`` table: name -> language -> words."""

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


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a glossary file; GlossaryError (one line) when it is missing, a directory,
    a special file (FIFO, device: refused before opening), a symbolic link loop, unreadable or
    over :data:`reltrans.textio.MAX_INPUT_BYTES`."""
    from reltrans.errors import InputError
    from reltrans.textio import read_input_bytes

    try:
        return read_input_bytes(path, what="a glossary file")
    except InputError as exc:
        raise GlossaryError(f"cannot read glossary: {exc.message}", path=exc.path, line=exc.line) from None


def read_text(path: str | Path) -> str:
    """Read a glossary file as UTF-8 (BOM tolerated); GlossaryError when unreadable."""
    p = Path(path)
    return _decode(read_bytes(p), p)


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = len(re.findall(rb"\r\n|\r|\n", data[: exc.start])) + 1
        raise GlossaryError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=path, line=line) from None


def parse_toml_text(text: str, path: str = "<string>") -> RawGlossary:
    """Parse the TOML and locate each ``[[concept]]``; GlossaryError on syntax/shape errors.

    Line ends may be LF, CRLF or a lone CR (old Mac files): TOML allows no bare CR anywhere,
    so each one is read as a line end."""
    text = _LONE_CR.sub("\n", text)
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
    cues = _cue_sets(data.get("cues", {}), path)
    header_lines = [i + 1 for i, line in enumerate(lines) if _CONCEPT_HEADER.match(line)]
    raws = []
    for index, table in enumerate(tables):
        line = header_lines[index] if len(header_lines) == len(tables) else _find_id_line(lines, table)
        raws.append(RawConcept(data=table, line=line, index=index))
    return RawGlossary(path=path, header=header, concepts=tuple(raws), top_keys=tuple(data), lines=lines, cues=cues)


CUE_REFERENCE = "@"
"""A word of a document-cue list that starts with it names a set of the ``[cues]`` table."""


def _cue_sets(value: Any, path: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The ``[cues]`` table: named sets of document cues, each ``name = { fr = [...] }``, so that
    the cue lists many concepts share (the UN bodies, migration, crises) are written once and
    referred to as ``"@name"`` in ``when_document_mentions`` / ``unless_document_mentions``."""
    if not isinstance(value, dict):
        raise GlossaryError("[cues] must be a table of name = { language = [words] }", path=path, line=1)
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, table in value.items():
        if not ID_RE.match(name):
            raise GlossaryError(f"cue set name must match [a-z0-9-]+, got {name!r}", path=path, line=1)
        if not isinstance(table, dict) or not table:
            raise GlossaryError(f"cue set {name!r} must be a table of language = [words]", path=path, line=1)
        words: dict[str, tuple[str, ...]] = {}
        for lang, items in table.items():
            if not isinstance(items, list) or not items or not all(isinstance(v, str) and v.strip() for v in items):
                raise GlossaryError(f"cue set {name!r}: {lang} must be a non-empty list of words", path=path, line=1)
            if any(v.strip().startswith(CUE_REFERENCE) for v in items):
                # one level only: a set is read in one place, never through a chain of names
                raise GlossaryError(f"cue set {name!r}: a cue set cannot refer to another ({CUE_REFERENCE}...)", path=path, line=1)
            words[lang] = tuple(v.strip() for v in items)
        out[name] = words
    return out


def _expand_cues(
    mapping: dict[str, tuple[str, ...]], cues: Mapping[str, Mapping[str, tuple[str, ...]]], key: str, cid: str, fail: Any
) -> dict[str, tuple[str, ...]]:
    """Each ``"@name"`` of a cue list replaced by the words of that set in the list's language
    (in place, duplicates dropped), so the concept holds its cues in full as before."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, words in mapping.items():
        expanded: list[str] = []
        for word in words:
            if not word.startswith(CUE_REFERENCE):
                expanded.append(word)
                continue
            name = word[len(CUE_REFERENCE):]
            if name not in cues:
                known = ", ".join(sorted(cues)) or "none declared"
                raise fail(f"concept {cid}: {key}.{lang}: unknown cue set {word!r} ([cues]: {known})", key)
            if lang not in cues[name]:
                raise fail(f"concept {cid}: {key}.{lang}: cue set {word!r} has no {lang} words", key)
            expanded.extend(cues[name][lang])
        out[lang] = tuple(dict.fromkeys(expanded))
    return out


def _find_id_line(lines: tuple[str, ...], table: Mapping[str, Any]) -> int:
    cid = table.get("id")
    if isinstance(cid, str):
        pattern = re.compile(rf"""\bid\s*=\s*["']{re.escape(cid)}["']""")
        for number, line in enumerate(lines, 1):
            if pattern.search(line):
                return number
    return 0


def build_concept(raw: RawConcept, glossary: RawGlossary, *, check_patterns: bool = True) -> Concept:
    """Turn a raw table into a Concept; GlossaryError (with line) on a structural error.
    ``check_patterns=False`` skips the regex safety check of context rules (the bundled
    glossary, checked by ``reltrans glossary validate`` in the test suite)."""
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
    kind = data.get("kind", "")
    if kind != "" and kind not in KINDS:
        raise fail(f"concept {cid}: kind must be one of {', '.join(repr(k) for k in KINDS)}, got {kind!r}", "kind")
    case_rule = _bool_or_terms(data, "case_sensitive", cid, fail)
    inflect_rule = _bool_or_terms(data, "inflect", cid, fail)
    contexts = {key: _context_map(data, key, cid, fail, check_patterns) for key in CONTEXT_KEYS}
    document = _document_rules(data, cid, fail, _first_language(glossary), contexts, glossary.cues)
    terms: list[Term] = []
    for lang, groups in texts.items():
        for i, text in enumerate(groups[False]):
            terms.append(_make_term(text, lang, PREFERRED if i == 0 else ADMITTED, case_rule, inflect_rule))
        terms.extend(_make_term(text, lang, FORBIDDEN, case_rule, inflect_rule) for text in groups[True])
    terms = _date_terms(terms, document.pop("term_dates"), cid, fail)
    return Concept(
        id=cid,
        terms=tuple(terms),
        domain=strings["domain"],
        source=strings["source"],
        note=strings["note"],
        dnt=dnt,
        kind=kind,
        path=path,
        line=raw.line or None,
        **contexts,
        **document,
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


def _context_map(data: Mapping[str, Any], key: str, cid: str, fail: Any, check_patterns: bool = True) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise fail(f"concept {cid}: {key} must be a table of language = \"regex\"", key)
    for lang, pattern in value.items():
        error = pattern_error(pattern) if check_patterns else None
        if error:
            raise fail(f"concept {cid}: {key}.{lang}: bad regex: {error}", key)
    return dict(value)


MAX_RULE_PATTERN_CHARS = 1000
"""The longest context/exclude regex accepted (characters)."""

MAX_SAFE_REPEAT = 10
"""A group holding a quantifier or an alternation may be repeated at most this many times."""


# --------------------------------------------------------------------------- document rules
POS_VALUES = ("noun", "adjective")
# French: a word right after a determiner, a number or a quantity word is read as a noun
# ("les clandestins", "3 000 clandestins", "les autres rescapés"), anywhere else as an adjective
# ("travail clandestin")
FRENCH_DETERMINER_BEFORE = (
    r"(?i:(?<!\w)(?:le|la|les|l['’]|un|une|des|du|de|d['’]|aux?|ces?|cet|cette|leurs?|ses|sa|son|"
    r"mes|ma|mon|nos|vos|notre|votre|plusieurs|quelques|certains|certaines|nombreux|nombreuses|"
    r"tous|toutes|\d[\d\s\u00a0\u202f.,]*)\s*(?:autres?\s+)?)$"
)
POS_RULES = {"fr": FRENCH_DETERMINER_BEFORE}


def _first_language(glossary: RawGlossary) -> str | None:
    languages = glossary.header.get("languages")
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return None


def _by_language(value: Any, key: str, cid: str, fail: Any, default_lang: str | None, kind: type) -> dict[str, Any]:
    """``key`` as ``{lang: value}``: a bare value (or list) is for the glossary's first language."""
    if isinstance(value, (str, list)):
        if default_lang is None:
            raise fail(f"concept {cid}: {key} needs a language table ({key} = {{ fr = ... }}): [glossary] declares no languages", key)
        value = {default_lang: value}
    if not isinstance(value, dict):
        raise fail(f"concept {cid}: {key} must be a list or a table of language = value", key)
    out: dict[str, Any] = {}
    for lang, item in value.items():
        if kind is list:
            item = [item] if isinstance(item, str) else item
            if not isinstance(item, list) or not item or not all(isinstance(v, str) and v.strip() for v in item):
                raise fail(f"concept {cid}: {key}.{lang} must be a non-empty list of words", key)
            out[lang] = tuple(v.strip() for v in item)
        else:
            if not isinstance(item, str):
                raise fail(f"concept {cid}: {key}.{lang} must be a string", key)
            out[lang] = item
    return out


def _date_value(value: Any, key: str, cid: str, fail: Any) -> str:
    from reltrans.glossary.model import parse_date

    if not isinstance(value, str):
        raise fail(f"concept {cid}: {key} must be a date string (YYYY, YYYY-MM or YYYY-MM-DD)", key)
    try:
        parse_date(value)
    except ValueError as exc:
        raise fail(f"concept {cid}: {key}: {exc}", key) from None
    return value.strip()


def _document_rules(
    data: Mapping[str, Any],
    cid: str,
    fail: Any,
    default_lang: str | None,
    contexts: dict[str, dict[str, str]],
    cues: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
) -> dict[str, Any]:
    """The document keys of a concept; ``pos`` is also folded into ``contexts`` (a noun needs a
    determiner before it: ``context_before``; an adjective must not have one: ``exclude_before``);
    the ``"@name"`` references of the cue lists are expanded from ``cues`` (the ``[cues]`` table)."""
    out: dict[str, Any] = {"term_dates": {}}
    for key in ("when_document_mentions", "unless_document_mentions"):
        if key in data:
            words = _by_language(data[key], key, cid, fail, default_lang, list)
            out[key] = _expand_cues(words, cues or {}, key, cid, fail)
    if "pos" in data:
        pos = _by_language(data["pos"], "pos", cid, fail, default_lang, str)
        for lang, value in pos.items():
            if value not in POS_VALUES:
                raise fail(f"concept {cid}: pos.{lang} must be 'noun' or 'adjective', got {value!r}", "pos")
            rule = POS_RULES.get(lang)
            if rule is None:
                raise fail(f"concept {cid}: pos.{lang}: no part-of-speech rule for this language (only {sorted(POS_RULES)})", "pos")
            if value == "noun":
                if contexts["context_before"].get(lang):
                    raise fail(f"concept {cid}: pos.{lang} = 'noun' cannot be combined with context_before.{lang}", "pos")
                contexts["context_before"][lang] = rule
            else:
                declared = contexts["exclude_before"].get(lang)
                contexts["exclude_before"][lang] = f"(?:{declared})|(?:{rule})" if declared else rule
        out["pos"] = pos
    for key in ("valid_from", "valid_until"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, dict):  # per term: { "Türkiye" = "2022-06" }
            for text, date in value.items():
                out["term_dates"].setdefault(text, {})[key] = _date_value(date, f"{key}.{text}", cid, fail)
        else:
            out[key] = _date_value(value, key, cid, fail)
    review = data.get("review", False)
    if not isinstance(review, bool):
        raise fail(f"concept {cid}: review must be true or false", "review")
    if review:
        out["review"] = True
    elsewhere = data.get("review_elsewhere", False)
    if not isinstance(elsewhere, bool):
        raise fail(f"concept {cid}: review_elsewhere must be true or false", "review_elsewhere")
    if elsewhere:
        # what it turns into a review concept is a document the cues turn away: without cues it
        # would never apply, and a review concept is flagged everywhere already
        if not (out.get("when_document_mentions") or out.get("unless_document_mentions")):
            raise fail(
                f"concept {cid}: review_elsewhere needs when_document_mentions or unless_document_mentions "
                "(it says what the concept becomes in a document they turn away)",
                "review_elsewhere",
            )
        if review:
            raise fail(f"concept {cid}: review_elsewhere with review = true: the concept is a review concept everywhere", "review_elsewhere")
        out["review_elsewhere"] = True
    return out


def _date_terms(terms: list[Term], dates: dict[str, dict[str, str]], cid: str, fail: Any) -> list[Term]:
    """Give the terms named in the per-term ``valid_from``/``valid_until`` tables their dates."""
    if not dates:
        return terms
    texts = {t.text for t in terms}
    unknown = sorted(set(dates) - texts)
    if unknown:
        key = "valid_from" if any("valid_from" in dates[u] for u in unknown) else "valid_until"
        raise fail(f"concept {cid}: {key} names no term of the concept: {unknown}", key)
    from dataclasses import replace

    return [replace(t, **dates[t.text]) if t.text in dates else t for t in terms]


def pattern_error(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a context/exclude rule, or None.

    Refused: a pattern over :data:`MAX_RULE_PATTERN_CHARS`, one that does not compile with the
    ``regex`` module, and one that can backtrack catastrophically (see :func:`backtracking_risk`).
    """
    if len(pattern) > MAX_RULE_PATTERN_CHARS:
        return f"pattern too long ({len(pattern)} characters, at most {MAX_RULE_PATTERN_CHARS})"
    try:
        regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as exc:
        return str(exc)
    risk = backtracking_risk(pattern)
    if risk:
        return risk
    return None


def backtracking_risk(pattern: str) -> str | None:
    """A reason ``pattern`` can take exponential time, or None.

    The shape refused is a quantifier or alternation inside a group that is itself repeated
    without bound (``*``, ``+``, ``{n,}``, or more than :data:`MAX_SAFE_REPEAT` times):
    ``(a|a)*``, ``(a+)+``, ``(\\w*)*``, ``(?:x\\s*){1,50}``. Atomic groups ``(?>...)`` and
    possessive quantifiers (``*+``, ``++``) never backtrack and are allowed. The check is
    syntactic (it does not prove a pattern safe); rules also run under a time budget.
    """
    # One frame per open group: [start index, atomic, holds a quantifier or alternation]
    stack: list[list[object]] = [[0, False, False]]
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i = _skip_escape(pattern, i)
            i = _after_atom(pattern, i, stack)
            continue
        if ch == "[":
            i = _skip_class(pattern, i)
            i = _after_atom(pattern, i, stack)
            continue
        if ch == "(":
            if pattern.startswith("(?#", i):
                end = pattern.find(")", i)
                i = n if end < 0 else end + 1
                continue
            stack.append([i, pattern.startswith("(?>", i), False])
            i += 1
            continue
        if ch == "|":
            stack[-1][2] = True
            i += 1
            continue
        if ch == ")" and len(stack) > 1:
            start, atomic, complex_inside = stack.pop()
            i += 1
            variable, risky, possessive, i = _quantifier(pattern, i)
            if complex_inside and risky and not atomic and not possessive:
                group = pattern[start:i]
                shown = group if len(group) <= 40 else group[:37] + "..."
                return (
                    f"{shown!r} can backtrack catastrophically (a repeated group that holds a quantifier or "
                    "an alternation); rewrite it, e.g. with a character class or an atomic group (?>...)"
                )
            if complex_inside or variable:
                stack[-1][2] = True
            continue
        i = _after_atom(pattern, i + 1, stack)
    return None


def _after_atom(pattern: str, i: int, stack: list[list[object]]) -> int:
    """Skip a quantifier after an atom ending before ``i``; note it in the enclosing group."""
    variable, _risky, _possessive, i = _quantifier(pattern, i)
    if variable:
        stack[-1][2] = True
    return i


_QUANTIFIER = re.compile(r"(?:[*+?]|\{(\d*)(,?)(\d*)\})([?+]?)")


def _quantifier(pattern: str, i: int) -> tuple[bool, bool, bool, int]:
    """The quantifier at ``i``: (variable repeat, unbounded or over MAX_SAFE_REPEAT, possessive,
    index after it). ``?`` and an exact ``{n}`` are not variable repeats."""
    m = _QUANTIFIER.match(pattern, i)
    if m is None:
        return False, False, False, i
    possessive = m.group(4) == "+"
    first = m.group(0)[0]
    if first == "?":
        return False, False, possessive, m.end()
    if first in "*+":
        return True, True, possessive, m.end()
    low, comma, high = m.group(1), m.group(2), m.group(3)
    if not low and not high:
        return False, False, False, i  # "{}" or "{,}" is a literal in Python syntax
    if not comma:
        return False, int(low) > MAX_SAFE_REPEAT, possessive, m.end()
    if not high:
        return True, True, possessive, m.end()
    return int(high) > int(low or 0), int(high) > MAX_SAFE_REPEAT, possessive, m.end()


def _skip_escape(pattern: str, i: int) -> int:
    """Index after the escape starting at ``pattern[i] == '\\\\'`` (``\\p{..}``, ``\\x{..}`` included)."""
    if i + 1 >= len(pattern):
        return i + 1
    if pattern[i + 1] in "pPNxuUgk" and i + 2 < len(pattern) and pattern[i + 2] in "{<":
        close = pattern.find("}" if pattern[i + 2] == "{" else ">", i + 3)
        return len(pattern) if close < 0 else close + 1
    return i + 2


def _skip_class(pattern: str, i: int) -> int:
    """Index after the character class starting at ``pattern[i] == '['`` (version 0 syntax:
    no nested sets; a ``]`` right after ``[`` or ``[^`` is a literal)."""
    j = i + 1
    n = len(pattern)
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n:
        if pattern[j] == "\\":
            j = _skip_escape(pattern, j)
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    return n


def glossary_from_raw(raw: RawGlossary, *, check_patterns: bool = True) -> Glossary:
    """Build the Glossary; duplicate ids are an error."""
    concepts: list[Concept] = []
    seen: dict[str, int] = {}
    for item in raw.concepts:
        concept = build_concept(item, raw, check_patterns=check_patterns)
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


def load_toml(path: str | Path, *, check_patterns: bool = True) -> Glossary:
    """Load a glossary in the own TOML format (``check_patterns``: see :func:`build_concept`)."""
    return glossary_from_raw(parse_toml_text(read_text(path), str(path)), check_patterns=check_patterns)


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
    if concept.kind_declared:
        lines.append(f"kind = {toml_string(concept.kind)}")
    for key in CONTEXT_KEYS:
        mapping = _declared_rules(concept, key)
        if mapping:
            inner = ", ".join(f"{lang} = {toml_string(p)}" for lang, p in mapping.items())
            lines.append(f"{key} = {{ {inner} }}")
    lines.extend(_dump_document_rules(concept))
    return "\n".join(lines) + "\n"


def _declared_rules(concept: Concept, key: str) -> dict[str, str]:
    """A context/exclude table as written in the file: without what ``pos`` added to it."""
    mapping = dict(getattr(concept, key))
    for lang, value in concept.pos.items():
        rule = POS_RULES.get(lang)
        if rule is None or lang not in mapping:
            continue
        if value == "noun" and key == "context_before" and mapping[lang] == rule:
            del mapping[lang]
        elif value == "adjective" and key == "exclude_before":
            suffix = f"|(?:{rule})"
            if mapping[lang] == rule:
                del mapping[lang]
            elif mapping[lang].startswith("(?:") and mapping[lang].endswith(suffix):
                mapping[lang] = mapping[lang][3 : -len(suffix) - 1]
    return mapping


def _dump_document_rules(concept: Concept) -> list[str]:
    lines: list[str] = []
    if concept.pos:
        inner = ", ".join(f"{lang} = {toml_string(v)}" for lang, v in concept.pos.items())
        lines.append(f"pos = {{ {inner} }}")
    for key in ("when_document_mentions", "unless_document_mentions"):
        mapping = getattr(concept, key)
        if mapping:
            inner = ", ".join(f"{lang} = {_toml_list(list(v))}" for lang, v in mapping.items())
            lines.append(f"{key} = {{ {inner} }}")
    for key in ("valid_from", "valid_until"):
        per_term = {t.text: getattr(t, key) for t in concept.terms if getattr(t, key)}
        if getattr(concept, key):
            lines.append(f"{key} = {toml_string(getattr(concept, key))}")
        elif per_term:
            inner = ", ".join(f"{toml_string(text)} = {toml_string(date)}" for text, date in per_term.items())
            lines.append(f"{key} = {{ {inner} }}")
    if concept.review:
        lines.append("review = true")
    if concept.review_elsewhere:
        lines.append("review_elsewhere = true")
    return lines


def dump_toml(glossary: Glossary) -> str:
    """The glossary in the own format: stable order, one key per line, diff-friendly."""
    head = ["[glossary]", f"name = {toml_string(glossary.name or 'Glossary')}"]
    if glossary.version:
        head.append(f"version = {toml_string(glossary.version)}")
    head.append(f"languages = {_toml_list(list(glossary.languages))}")
    parts = ["\n".join(head) + "\n"]
    parts.extend(dump_concept(c) for c in glossary.concepts)
    return "\n".join(parts)
