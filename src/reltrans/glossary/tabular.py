"""CSV and TSV glossaries (the shape commercial MT glossaries use: one column per language).

The header row names the columns: language codes (``fr``, ``en``, ``fr-FR`` is read as
``fr``), ``<lang>_forbidden``, and optionally ``id``, ``domain``, ``source`` (where the term
was checked), ``note``, ``dnt``, ``kind`` (name, title, acronym or vocabulary; empty: derived)
and ``rules``: the context rules and document context of the concept as one JSON object (the
keys of the ``reltrans:`` note of TBX: ``context_before``, ``pos``, ``when_document_mentions``,
``valid_from``, ``review``, ``review_elsewhere``...), so that an exported glossary reads back with them. Several variants in one cell are separated by ``|``; the first
is the preferred term. Case sensitivity and inflection follow the automatic rules (settings
that differ are lost on export, with a warning: use TBX or the own TOML format for those).
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from reltrans.errors import GlossaryError
from reltrans.glossary.fileformat import ID_RE, read_text
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

VARIANT_SEPARATOR = " | "
META_COLUMNS = ("id", "domain", "source", "note", "dnt", "kind", "rules")
_LANG_COLUMN = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})?(_forbidden)?$")
_TRUE = ("1", "yes", "true", "x", "y")
# ISO 639-1: a two-letter column outside this list is data, not a language (a missing header row).
_ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
    "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik "
    "io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml "
    "mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
    "se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
    "vo wa wo xh yi yo za zh zu".split()
)
_EXPECTED_HEADER = "a header row naming the columns, e.g. fr,en (or id,fr,en,en_forbidden,source)"


def _column(name: str, path: str, line: int = 1) -> tuple[str, str, bool]:
    """('meta', name, False) or ('lang', code, forbidden) for a header cell."""
    clean = name.strip().lower().lstrip("\ufeff")
    if clean in META_COLUMNS:
        return "meta", clean, False
    m = _LANG_COLUMN.match(clean)
    if m and (len(m.group(1)) == 3 or m.group(1) in _ISO_639_1):
        return "lang", m.group(1), bool(m.group(2))
    raise GlossaryError(
        f"unknown column {name.strip()!r} in the first row (expected {_EXPECTED_HEADER}; "
        f"columns: ISO 639-1 language codes, <lang>_forbidden, {', '.join(META_COLUMNS)}); is the header row missing?",
        path=path,
        line=line,
    )


def load_tabular(path: str | Path, *, delimiter: str = ",") -> Glossary:
    """Read a CSV (``delimiter=","``) or TSV (``"\\t"``) glossary file."""
    return parse_tabular(read_text(path), str(path), delimiter=delimiter)


def parse_tabular(text: str, path: str = "<string>", *, delimiter: str = ",") -> Glossary:
    """Parse CSV/TSV text; GlossaryError with the line on malformed input."""
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting, strict=True)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise GlossaryError(f"malformed {'TSV' if delimiter == chr(9) else 'CSV'}: {exc}", path=path, line=reader.line_num) from None
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise GlossaryError("empty glossary (expected a header row like fr,en)", path=path, line=1)
    header_line, header = rows[0]
    columns = [_column(name, path, header_line) for name in header]
    langs = [c for c in columns if c[0] == "lang"]
    if not langs:
        raise GlossaryError("the header names no language column (expected e.g. fr,en)", path=path, line=header_line)
    if len(rows) == 1:
        raise GlossaryError(
            f"only one row, read as the header ({delimiter.join(cell.strip() for cell in header)}), and no terms: "
            f"expected {_EXPECTED_HEADER}, then one row per concept",
            path=path,
            line=header_line,
        )
    concepts: list[Concept] = []
    used: set[str] = set()
    for line, row in rows[1:]:
        if len(row) > len(columns):
            raise GlossaryError(f"{len(row)} fields, the header has {len(columns)}", path=path, line=line)
        row = row + [""] * (len(columns) - len(row))
        concept = _row_concept(columns, row, path, line, len(concepts) + 1, used)
        used.add(concept.id)
        concepts.append(concept)
    languages = tuple(dict.fromkeys(c[1] for c in langs))
    return Glossary(concepts=tuple(concepts), name=Path(path).stem, sources=(path,), declared_languages=languages)


def _row_concept(
    columns: list[tuple[str, str, bool]], row: list[str], path: str, line: int, number: int, used: set[str]
) -> Concept:
    meta: dict[str, str] = {}
    texts: dict[str, dict[bool, list[str]]] = {}
    for (kind, name, forbidden), cell in zip(columns, row):
        if kind == "meta":
            meta[name] = cell.strip()
            continue
        variants = [v.strip() for v in cell.split("|") if v.strip()]
        texts.setdefault(name, {False: [], True: []})[forbidden].extend(variants)
    terms: list[Term] = []
    for lang, groups in texts.items():
        for i, text in enumerate(groups[False]):
            terms.append(_term(text, lang, PREFERRED if i == 0 else ADMITTED))
        terms.extend(_term(text, lang, FORBIDDEN) for text in groups[True])
    if not terms:
        raise GlossaryError("row has no term", path=path, line=line)
    cid = meta.get("id", "")
    if cid and not ID_RE.match(cid):
        raise GlossaryError(f"id must match [a-z0-9-]+, got {cid!r}", path=path, line=line)
    if cid in used:
        raise GlossaryError(f"duplicate id {cid!r}", path=path, line=line)
    kind = meta.get("kind", "").lower()
    if kind and kind not in KINDS:
        raise GlossaryError(f"kind must be one of {', '.join(KINDS)}, got {meta['kind']!r}", path=path, line=line)
    extra = _rules_cell(meta.get("rules", ""), cid or terms[0].text, path, line)
    if not cid:
        from reltrans.glossary.tbx import slug

        base = slug(terms[0].text) or f"c{number}"
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}-{n}", n + 1
    from reltrans.glossary.tbx import _CONTEXT_KEYS, _rules

    try:
        contexts = {key: _rules(extra, key, cid, path, None) for key in _CONTEXT_KEYS}
    except GlossaryError as exc:
        raise GlossaryError(f"rules: {exc.message}", path=path, line=line) from None
    return Concept(
        id=cid,
        terms=tuple(terms),
        domain=meta.get("domain", ""),
        source=meta.get("source", ""),
        note=meta.get("note", ""),
        dnt=meta.get("dnt", "").lower() in _TRUE,
        kind=kind,
        path=path,
        line=line,
        **contexts,
    ).with_document_extras(extra)


def _rules_cell(cell: str, cid: str, path: str, line: int) -> dict:
    """The ``rules`` cell: empty, or a JSON object (GlossaryError with the line otherwise)."""
    import json

    if not cell.strip():
        return {}
    try:
        value = json.loads(cell)
    except ValueError as exc:
        raise GlossaryError(f"concept {cid}: rules is not valid JSON ({exc.msg})", path=path, line=line) from None
    if not isinstance(value, dict):
        raise GlossaryError(f"concept {cid}: rules must be a JSON object", path=path, line=line)
    return value


def _rules_json(concept: Concept) -> str:
    """What the ``rules`` column carries for ``concept`` (empty when it has nothing to carry)."""
    import json

    from reltrans.glossary.tbx import _CONTEXT_KEYS

    extra: dict = {key: dict(getattr(concept, key)) for key in _CONTEXT_KEYS if getattr(concept, key)}
    extra.update(concept.document_extras())
    extra.pop("kind", None)  # its own column
    return json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else ""


def _term(text: str, lang: str, status: str) -> Term:
    return Term(text, lang, status, default_case_sensitive(text), default_inflect(text))


def lossy_concepts(glossary: Glossary) -> list[str]:
    """Ids of concepts whose case/inflection settings CSV/TSV cannot carry (context rules and
    document context travel in the ``rules`` column)."""
    lossy = []
    for concept in glossary.concepts:
        settings = any(
            t.case_sensitive != default_case_sensitive(t.text) or t.inflect != default_inflect(t.text) for t in concept.terms
        )
        if settings:
            lossy.append(concept.id)
    return lossy


def dump_tabular(glossary: Glossary, *, delimiter: str = ",") -> str:
    """The glossary as CSV/TSV: ``id``, one column per language, forbidden columns, metadata
    (``kind`` and ``rules`` only when a concept needs them).

    Case/inflection settings that differ from the automatic rules are not written (the format
    has no place for them): a ``UserWarning`` names how many concepts lose them (TBX and TOML
    keep everything)."""
    import warnings

    lossy = lossy_concepts(glossary)
    if lossy:
        warnings.warn(
            f"{len(lossy)} concept(s) lose their case/inflection settings in "
            f"{'TSV' if delimiter == chr(9) else 'CSV'} (e.g. {', '.join(lossy[:3])}); export as tbx or toml to keep them",
            stacklevel=2,
        )
    rules = {c.id: _rules_json(c) for c in glossary.concepts}
    languages = glossary.languages
    forbidden_langs = [lang for lang in languages if any(c.forbidden(lang) for c in glossary.concepts)]
    meta = ["domain", "source", "note"] + (["dnt"] if any(c.dnt for c in glossary.concepts) else [])
    meta += ["kind"] if any(c.kind_declared for c in glossary.concepts) else []
    meta += ["rules"] if any(rules.values()) else []
    header = ["id", *languages, *(f"{lang}_forbidden" for lang in forbidden_langs), *meta]
    out = io.StringIO()
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    # TSV is read without quoting, so a quote (JSON rules) is written as it is
    quotechar = None if delimiter == "\t" else '"'
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, quotechar=quotechar, lineterminator="\n", escapechar=None)
    writer.writerow(header)
    for concept in glossary.concepts:
        row = [concept.id]
        row += [_cell(concept.allowed(lang), concept.id) for lang in languages]
        row += [_cell(concept.forbidden(lang), concept.id) for lang in forbidden_langs]
        row += [concept.domain, concept.source, concept.note]
        if "dnt" in meta:
            row.append("yes" if concept.dnt else "")
        if "kind" in meta:
            row.append(concept.kind if concept.kind_declared else "")
        if "rules" in meta:
            row.append(rules[concept.id])
        if delimiter == "\t" and any(("\t" in cell or "\n" in cell or "\r" in cell) for cell in row):
            raise GlossaryError(f"concept {concept.id}: a tab or line break cannot be written to TSV")
        try:
            writer.writerow(row)
        except csv.Error as exc:
            raise GlossaryError(f"concept {concept.id}: cannot write as TSV: {exc}") from None
    return out.getvalue()


def _cell(terms: tuple[Term, ...], cid: str) -> str:
    for term in terms:
        if "|" in term.text:
            raise GlossaryError(f"concept {cid}: term {term.text!r} contains '|', the variant separator")
    return VARIANT_SEPARATOR.join(t.text for t in terms)
