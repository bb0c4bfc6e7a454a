"""TBX (ISO 30042) import and export: v2 ``martif`` and v3 ``tbx`` (TBX-Basic, DCA style).

Parsing uses defusedxml with entity declarations and external references forbidden, so
external entities (XXE) and entity expansion ("billion laughs") are rejected before anything is
expanded or fetched. A DOCTYPE is accepted when its system identifier is a plain file name (the
standard TBX v2 ``<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">``); the DTD is never loaded.

Mapping: ``termEntry``/``conceptEntry`` -> concept (``id``); ``langSet``/``langSec`` ->
language; ``ntig/termGrp``, ``tig`` or ``termSec`` -> term; ``termNote
type="administrativeStatus"``: preferredTerm -> preferred, admittedTerm/standardizedTerm ->
admitted, deprecatedTerm/supersededTerm -> forbidden. Concept-level ``descrip`` (or ``admin``)
``subjectField`` -> domain, ``definition`` -> note, ``source`` -> source.

reltrans-only data travels in TBX extension categories so that a round trip is lossless:
term-level ``termNote type="x-reltrans-caseSensitive"`` / ``"x-reltrans-inflect"`` (only when
they differ from the automatic rule) and one concept-level ``note`` starting with
``reltrans:`` followed by JSON (dnt, context rules, original id when it is not an XML name).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from xml.etree import ElementTree as ET

from reltrans.errors import GlossaryError
from reltrans.glossary.fileformat import ID_RE, pattern_error
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

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
NOTE_PREFIX = "reltrans:"
CASE_NOTE = "x-reltrans-caseSensitive"
INFLECT_NOTE = "x-reltrans-inflect"
_STATUS_IN = {
    "preferredterm-admn-sts": PREFERRED,
    "admittedterm-admn-sts": ADMITTED,
    "standardizedterm-admn-sts": ADMITTED,
    "deprecatedterm-admn-sts": FORBIDDEN,
    "supersededterm-admn-sts": FORBIDDEN,
}
_STATUS_OUT = {PREFERRED: "preferredTerm-admn-sts", ADMITTED: "admittedTerm-admn-sts", FORBIDDEN: "deprecatedTerm-admn-sts"}
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_DTD_FILE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")  # no scheme, no slash, no ".."
_CONTEXT_KEYS = ("context_before", "context_after", "exclude_before", "exclude_after")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem: ET.Element, *names: str) -> Iterator[ET.Element]:
    return (child for child in elem if _local(child.tag) in names)


def _text(elem: ET.Element) -> str:
    return "".join(elem.itertext()).strip()


def _parse_xml(data: bytes, path: str) -> ET.Element:
    """Parse with defusedxml: entity declarations and external references are refused; a
    DOCTYPE is accepted only when its system identifier is a plain file name (TBX v2's
    ``<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">``), and the DTD is never loaded."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    parser.parser.StartDoctypeDeclHandler = _doctype_check(path)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        kinds = {"DTDForbidden": "DTD", "EntitiesForbidden": "entity declaration", "ExternalReferenceForbidden": "external reference"}
        kind = kinds.get(type(exc).__name__, "construct")
        raise GlossaryError(f"unsafe XML rejected ({kind} not allowed in a TBX file)", path=path) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        message = re.sub(r":\s*line \d+, column \d+$", "", str(exc))
        raise GlossaryError(f"malformed XML: {message}", path=path, line=line) from None


def _doctype_check(path: str) -> Any:
    def start_doctype(name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool) -> None:
        if sysid is not None and not _DTD_FILE_NAME.match(sysid):
            raise GlossaryError(
                "unsafe XML rejected (DOCTYPE naming a URL or a path; only a plain DTD file name such as "
                "TBXcoreStructV02.dtd is accepted, and it is never loaded)",
                path=path,
            )

    return start_doctype


def load_tbx(path: str | Path, *, problems: list[RuleProblem] | None = None) -> Glossary:
    """Read a TBX v2 (martif) or v3 (tbx) file (``problems``: see :func:`parse_tbx`)."""
    from reltrans.glossary.fileformat import read_bytes

    return parse_tbx(read_bytes(path), str(path), problems=problems)


@dataclass(frozen=True)
class RuleProblem:
    """A bad context/exclude rule in a ``reltrans:`` note: ``code`` GL104 (regex) or GL102 (shape)."""

    code: str
    concept_id: str
    message: str


def parse_tbx(data: bytes | str, path: str = "<string>", *, problems: list[RuleProblem] | None = None) -> Glossary:
    """Parse TBX content; GlossaryError on unsafe, malformed or non-TBX XML.

    Context/exclude regexes carried in ``reltrans:`` notes are checked like the TOML loader
    does: a bad one raises GlossaryError, or, when ``problems`` is a list (the validator), is
    appended to it and dropped from the concept."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    root = _parse_xml(raw, path)
    if _local(root.tag) not in ("martif", "tbx"):
        raise GlossaryError(f"not a TBX file (root element <{_local(root.tag)}>)", path=path)
    entries = [e for e in root.iter() if _local(e.tag) in ("termEntry", "conceptEntry")]
    concepts: list[Concept] = []
    used: set[str] = set()
    for number, entry in enumerate(entries, 1):
        concept = _read_entry(entry, number, path, used, problems)
        if concept is not None:
            used.add(concept.id)
            concepts.append(concept)
    title = next((_text(e) for e in root.iter() if _local(e.tag) == "title"), "")
    version = ""
    for p in root.iter():
        if _local(p.tag) == "p" and _text(p).startswith("version:"):
            version = _text(p)[len("version:") :].strip()
    languages = tuple(dict.fromkeys(t.lang for c in concepts for t in c.terms))
    return Glossary(concepts=tuple(concepts), name=title, sources=(path,), version=version, declared_languages=languages)


def _concept_fields(entry: ET.Element) -> tuple[dict[str, str], dict[str, Any], list[str]]:
    fields: dict[str, str] = {}
    extra: dict[str, Any] = {}
    plain_notes: list[str] = []
    holders = [entry, *_children(entry, "descripGrp", "adminGrp")]
    for holder in holders:
        for elem in _children(holder, "descrip", "admin", "note"):
            kind = elem.get("type", "")
            value = _text(elem)
            if _local(elem.tag) == "note":
                if value.startswith(NOTE_PREFIX):
                    try:
                        extra = json.loads(value[len(NOTE_PREFIX) :])
                    except json.JSONDecodeError:
                        plain_notes.append(value)
                elif value:
                    plain_notes.append(value)
            elif kind == "subjectField":
                fields["domain"] = value
            elif kind == "definition":
                fields["note"] = value
            elif kind == "source":
                fields["source"] = value
    return fields, extra if isinstance(extra, dict) else {}, plain_notes


def _term_holders(lang_elem: ET.Element) -> Iterator[tuple[ET.Element, ET.Element]]:
    """(element holding term notes, term element) for ntig/termGrp, tig and termSec."""
    for holder in _children(lang_elem, "ntig", "tig", "termSec"):
        group = next(_children(holder, "termGrp"), holder)
        term = next(_children(group, "term"), None)
        if term is not None:
            yield group, term


def _read_entry(
    entry: ET.Element, number: int, path: str, used: set[str], problems: list[RuleProblem] | None
) -> Concept | None:
    fields, extra, plain_notes = _concept_fields(entry)
    terms: list[Term] = []
    for lang_elem in _children(entry, "langSet", "langSec"):
        lang = (lang_elem.get(XML_LANG) or lang_elem.get("lang") or "").split("-")[0].lower()
        if not lang:
            raise GlossaryError(f"entry {number}: langSet without xml:lang", path=path)
        found: list[tuple[str, str, bool | None, bool | None]] = []
        for group, term_elem in _term_holders(lang_elem):
            text = " ".join(_text(term_elem).split())
            if not text:
                continue
            notes = {n.get("type", ""): _text(n) for n in group.iter() if _local(n.tag) == "termNote"}
            status = _STATUS_IN.get(notes.get("administrativeStatus", "").lower(), "")
            found.append((text, status, _yes_no(notes.get(CASE_NOTE)), _yes_no(notes.get(INFLECT_NOTE))))
        terms.extend(_order_terms(found, lang))
    if not terms:
        return None
    cid = str(extra.get("id") or _clean_id(entry.get("id", ""), terms, number))
    base, n = cid, 2
    while cid in used:
        cid, n = f"{base}-{n}", n + 1
    contexts = {key: _rules(extra, key, cid, path, problems) for key in _CONTEXT_KEYS}
    note = fields.get("note", "") or " ".join(plain_notes)
    return Concept(
        id=cid,
        terms=tuple(terms),
        domain=fields.get("domain", ""),
        source=fields.get("source", ""),
        note=note,
        dnt=bool(extra.get("dnt", False)),
        path=path,
        line=None,  # ElementTree keeps no line numbers
        **contexts,
    ).with_document_extras(extra)


def _rules(extra: dict[str, Any], key: str, cid: str, path: str, problems: list[RuleProblem] | None) -> dict[str, str]:
    """The ``key`` rules of a ``reltrans:`` note, each regex compiled once to check it."""
    value = extra.get(key, {})
    found: list[RuleProblem] = []
    rules: dict[str, str] = {}
    if not isinstance(value, dict):
        found.append(RuleProblem("GL102", cid, f"concept {cid}: {key} must be an object of language: regex"))
    else:
        for lang, pattern in value.items():
            error = pattern_error(pattern) if isinstance(pattern, str) else "not a string"
            if error:
                found.append(RuleProblem("GL104", cid, f"concept {cid}: {key}.{lang}: bad regex: {error}"))
            else:
                rules[str(lang)] = pattern
    if found and problems is None:
        raise GlossaryError(found[0].message, path=path)
    if problems is not None:
        problems.extend(found)
    return rules


def _yes_no(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in ("yes", "true", "1")


def _order_terms(found: list[tuple[str, str, bool | None, bool | None]], lang: str) -> list[Term]:
    """Preferred first (the first explicitly preferred, else the first allowed), then admitted
    in document order, then forbidden."""
    allowed = [f for f in found if f[1] != FORBIDDEN]
    preferred_index = next((i for i, f in enumerate(allowed) if f[1] == PREFERRED), 0)
    ordered = allowed[preferred_index : preferred_index + 1] + allowed[:preferred_index] + allowed[preferred_index + 1 :]
    out = []
    for i, (text, _status, case, inflect) in enumerate(ordered):
        out.append(_term(text, lang, PREFERRED if i == 0 else ADMITTED, case, inflect))
    out.extend(_term(f[0], lang, FORBIDDEN, f[2], f[3]) for f in found if f[1] == FORBIDDEN)
    return out


def _term(text: str, lang: str, status: str, case: bool | None, inflect: bool | None) -> Term:
    return Term(
        text=text,
        lang=lang,
        status=status,
        case_sensitive=default_case_sensitive(text) if case is None else case,
        inflect=default_inflect(text) if inflect is None else inflect,
    )


def slug(text: str) -> str:
    """An id in [a-z0-9-]+ made from free text."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")


def _clean_id(raw_id: str, terms: list[Term], number: int) -> str:
    if ID_RE.match(raw_id):
        return raw_id
    cleaned = slug(raw_id) or slug(terms[0].text)
    return cleaned or f"c{number}"


# --------------------------------------------------------------------------- export
def dump_tbx(glossary: Glossary, *, version: int = 3) -> str:
    """TBX v3 TBX-Basic (``version=3``) or v2 martif (``version=2``)."""
    source_lang = glossary.languages[0] if glossary.languages else "en"
    if version == 2:
        root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: source_lang})
        header = ET.SubElement(root, "martifHeader")
    else:
        root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: source_lang, "xmlns": TBX3_NS})
        header = ET.SubElement(root, "tbxHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title").text = glossary.name or "Glossary"
    source_desc = ET.SubElement(file_desc, "sourceDesc")
    if glossary.version:
        ET.SubElement(source_desc, "p").text = f"version: {glossary.version}"
    ET.SubElement(source_desc, "p").text = "Exported by reltrans"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for concept in glossary.concepts:
        _write_entry(body, concept, version)
    ET.indent(root, space="  ")
    xml = ET.tostring(root, encoding="unicode")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if version == 3:
        head += (
            '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/'
            'TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
            'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
        )
    return head + xml + "\n"


def _write_entry(body: ET.Element, concept: Concept, version: int) -> None:
    entry_id = concept.id if _NCNAME.match(concept.id) else f"c-{concept.id}"
    entry = ET.SubElement(body, "conceptEntry" if version == 3 else "termEntry", {"id": entry_id})
    for kind, value in (("subjectField", concept.domain), ("definition", concept.note), ("source", concept.source)):
        if value:
            ET.SubElement(entry, "descrip", {"type": kind}).text = value
    extra: dict[str, Any] = {}
    if entry_id != concept.id:
        extra["id"] = concept.id
    if concept.dnt:
        extra["dnt"] = True
    for key in _CONTEXT_KEYS:
        mapping = getattr(concept, key)
        if mapping:
            extra[key] = dict(mapping)
    extra.update(concept.document_extras())  # document context: pos, cue words, dates, review
    if extra:
        ET.SubElement(entry, "note").text = NOTE_PREFIX + json.dumps(extra, ensure_ascii=False, sort_keys=True)
    for lang in concept.languages:
        lang_elem = ET.SubElement(entry, "langSec" if version == 3 else "langSet", {XML_LANG: lang})
        for term in concept.terms_in(lang):
            if version == 3:
                group = ET.SubElement(lang_elem, "termSec")
            else:
                group = ET.SubElement(ET.SubElement(lang_elem, "ntig"), "termGrp")
            ET.SubElement(group, "term").text = term.text
            ET.SubElement(group, "termNote", {"type": "administrativeStatus"}).text = _STATUS_OUT[term.status]
            if term.case_sensitive != default_case_sensitive(term.text):
                ET.SubElement(group, "termNote", {"type": CASE_NOTE}).text = "yes" if term.case_sensitive else "no"
            if term.inflect != default_inflect(term.text):
                ET.SubElement(group, "termNote", {"type": INFLECT_NOTE}).text = "yes" if term.inflect else "no"
