"""Frozen glossary types: :class:`Term`, :class:`Concept`, :class:`Glossary`.

A concept groups the terms of every language for one meaning. In each language the first
allowed term is the *preferred* one (required in a translation), the others are *admitted*
variants; *forbidden* terms must not appear when the concept is in the source.

Document context: a concept may apply only to documents that mention (or do not mention) some
cue words (``when_document_mentions`` / ``unless_document_mentions``), and a concept or a term
may be valid only between two dates (``valid_from`` inclusive, ``valid_until`` exclusive).
:meth:`Glossary.for_document` gives the glossary as it applies to one document.
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Mapping

import regex

PREFERRED = "preferred"
ADMITTED = "admitted"
FORBIDDEN = "forbidden"
STATUSES = (PREFERRED, ADMITTED, FORBIDDEN)

NAME = "name"
TITLE = "title"
ACRONYM = "acronym"
VOCABULARY = "vocabulary"
PERSON = "person"
KINDS = (NAME, TITLE, ACRONYM, VOCABULARY, PERSON)
"""What a concept is: a proper name, a title, an acronym, general vocabulary, or a person's name
(``person``: what :meth:`Glossary.for_document` finds in a document, see
:mod:`reltrans.glossary.people`; never derived from the terms)."""
REQUIRED_KINDS = frozenset({NAME, TITLE, ACRONYM})
"""Kinds whose preferred term is required in a translation (missing = error); vocabulary is
recommended (missing = warning, an error only under ``--strict``); a person's name is
recommended and never an error (a translation may say "she" or drop a repeated name)."""

# An acronym: capitals (accented too) and digits, with inner hyphens/dots/ampersands,
# at least one capital and no lower-case letter: "OIM", "COVID-19", "UNHCR", "G7".
_ACRONYM = regex.compile(r"^(?=.*\p{Lu})[\p{Lu}\d][\p{Lu}\d&.\-/]*$")


def is_acronym(text: str) -> bool:
    """True when ``text`` is written all in capitals (digits allowed): ``OIM``, ``COVID-19``."""
    return bool(_ACRONYM.match(text.strip()))


def default_case_sensitive(text: str) -> bool:
    """Auto rule: acronyms are case-sensitive, other terms are not."""
    return is_acronym(text)


def default_inflect(text: str) -> bool:
    """Auto rule: every term may inflect (plural/gender) except acronyms."""
    return not is_acronym(text)


def default_kind(terms: tuple["Term", ...]) -> str:
    """The kind of a concept that declares none, from its terms (the capital-letter rule).

    Looked at: the first allowed term of each language. ``acronym`` when every one of them is
    written in capitals (``OIM``/``IOM``); ``name`` when one of them holds a capital letter
    (``Genève``/``Geneva``, ``États membres``/``Member States``: English capitalises names and
    titles, so a title is found as a ``name`` unless declared); ``vocabulary`` otherwise
    (``migrant``, ``retour volontaire``). A concept with no allowed term is vocabulary."""
    firsts: dict[str, str] = {}
    for term in terms:
        if term.status != FORBIDDEN and term.lang not in firsts:
            firsts[term.lang] = term.text
    if not firsts:
        return VOCABULARY
    if all(is_acronym(text) for text in firsts.values()):
        return ACRONYM
    if any(ch.isupper() for text in firsts.values() for ch in text):
        return NAME
    return VOCABULARY


@dataclass(frozen=True)
class Term:
    """One written form of a concept in one language.

    ``valid_from``/``valid_until`` (ISO dates, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty:
    no bound) date names that changed: see :meth:`Glossary.for_document`."""

    text: str
    lang: str
    status: str  # "preferred" | "admitted" | "forbidden"
    case_sensitive: bool
    inflect: bool
    valid_from: str = ""
    valid_until: str = ""


@dataclass(frozen=True)
class Concept:
    """One meaning with its terms in every language, plus matching rules.

    ``context_before``/``context_after`` map a language to a regex that must match the text
    before/after a term for the match to count (both, when both are given);
    ``exclude_before``/``exclude_after`` reject a match when they match. ``pos`` maps a
    language to ``noun`` or ``adjective`` (a French determiner heuristic, folded into those
    rules by the file reader). ``when_document_mentions``/``unless_document_mentions`` map a
    language to cue words and ``valid_from``/``valid_until`` bound the concept in time (see
    :meth:`Glossary.for_document`). A ``review`` concept is matched (so that it wins over its
    shorter parts) but never forced: it has no preferred target term, its target terms are
    suggestions. ``review_elsewhere``: in a document that its cues turn away, the concept becomes
    such a review concept instead of being dropped (forced only where the document supports its
    sense, flagged elsewhere). ``kind`` is ``name``, ``title``, ``acronym`` or ``vocabulary`` (see
    :data:`KINDS`; left empty, it is derived by :func:`default_kind`): names, titles and
    acronyms are required in a translation, vocabulary is recommended (:attr:`required`).
    ``path``/``line`` locate the concept in its file (``line`` None when unknown,
    as in TBX).
    """

    id: str
    terms: tuple[Term, ...]
    domain: str = ""
    source: str = ""
    note: str = ""
    dnt: bool = False
    context_before: Mapping[str, str] = field(default_factory=dict, hash=False)
    context_after: Mapping[str, str] = field(default_factory=dict, hash=False)
    exclude_before: Mapping[str, str] = field(default_factory=dict, hash=False)
    exclude_after: Mapping[str, str] = field(default_factory=dict, hash=False)
    pos: Mapping[str, str] = field(default_factory=dict, hash=False)
    when_document_mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    unless_document_mentions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    valid_from: str = ""
    valid_until: str = ""
    review: bool = False
    review_elsewhere: bool = False
    kind: str = ""
    path: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # an empty kind is derived from the terms (default_kind); the file reader validates
        # a declared one, a bad value given in code is a programming error
        if not self.kind:
            object.__setattr__(self, "kind", default_kind(self.terms))
        elif self.kind not in KINDS:
            raise ValueError(f"concept {self.id}: kind must be one of {', '.join(KINDS)}, got {self.kind!r}")

    @property
    def required(self) -> bool:
        """Is the preferred term required in a translation (names, titles, acronyms)? General
        vocabulary is only recommended."""
        return self.kind in REQUIRED_KINDS

    @property
    def kind_declared(self) -> bool:
        """Does ``kind`` differ from what :func:`default_kind` derives (so a writer must keep it)?"""
        return self.kind != default_kind(self.terms)

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """Every term of ``lang``, in file order (preferred, admitted, then forbidden)."""
        return tuple(t for t in self.terms if t.lang == lang)

    def preferred(self, lang: str) -> Term | None:
        """The preferred term of ``lang`` or None (always None for a ``review`` concept)."""
        if self.review:
            return None
        for term in self.terms:
            if term.lang == lang and term.status == PREFERRED:
                return term
        return None

    def allowed(self, lang: str) -> tuple[Term, ...]:
        """Preferred then admitted terms of ``lang``."""
        return self._split_by_status(lang)[0]

    def forbidden(self, lang: str) -> tuple[Term, ...]:
        """Forbidden renderings in ``lang``."""
        return self._split_by_status(lang)[1]

    def _split_by_status(self, lang: str) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
        # (allowed, forbidden) terms of ``lang``, kept on the instance: the checks ask for them
        # for every matched concept of every entry (the concept is frozen, its terms too)
        cache: dict[str, tuple[tuple[Term, ...], tuple[Term, ...]]] | None = self.__dict__.get("_by_status")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_by_status", cache)
        found = cache.get(lang)
        if found is None:
            terms = [t for t in self.terms if t.lang == lang]
            found = cache[lang] = (
                tuple(t for t in terms if t.status != FORBIDDEN),
                tuple(t for t in terms if t.status == FORBIDDEN),
            )
        return found

    def source_terms(self, lang: str) -> tuple[Term, ...]:
        """The terms that identify this concept in a ``lang`` source text (the allowed ones)."""
        return self.allowed(lang)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with at least one term, in first-seen order."""
        return tuple(dict.fromkeys(t.lang for t in self.terms))

    @property
    def depends_on_document(self) -> bool:
        """Does this concept (or one of its terms) depend on the document's text or date?"""
        return bool(
            self.when_document_mentions
            or self.unless_document_mentions
            or self.valid_from
            or self.valid_until
            or any(t.valid_from or t.valid_until for t in self.terms)
        )

    def canonical(self) -> dict[str, Any]:
        """A plain, order-stable dict of everything that affects matching and checking."""
        return {
            "id": self.id,
            "domain": self.domain,
            "source": self.source,
            "note": self.note,
            "dnt": self.dnt,
            "terms": [
                [t.lang, t.text, t.status, t.case_sensitive, t.inflect]
                + ([t.valid_from, t.valid_until] if t.valid_from or t.valid_until else [])
                for t in self.terms
            ],
            "context_before": dict(sorted(self.context_before.items())),
            "context_after": dict(sorted(self.context_after.items())),
            "exclude_before": dict(sorted(self.exclude_before.items())),
            "exclude_after": dict(sorted(self.exclude_after.items())),
            # the document keys only when used, so that older glossaries keep their digest
            **({"pos": dict(sorted(self.pos.items()))} if self.pos else {}),
            **(
                {"when_document_mentions": {k: list(v) for k, v in sorted(self.when_document_mentions.items())}}
                if self.when_document_mentions
                else {}
            ),
            **(
                {"unless_document_mentions": {k: list(v) for k, v in sorted(self.unless_document_mentions.items())}}
                if self.unless_document_mentions
                else {}
            ),
            **({"valid_from": self.valid_from} if self.valid_from else {}),
            **({"valid_until": self.valid_until} if self.valid_until else {}),
            **({"review": True} if self.review else {}),
            **({"review_elsewhere": True} if self.review_elsewhere else {}),
            # only a kind that the terms do not imply, so that older glossaries keep their digest
            **({"kind": self.kind} if self.kind_declared else {}),
        }

    @cached_property
    def canonical_json(self) -> str:
        """:meth:`canonical` as JSON (keys sorted, non-ASCII kept), computed once."""
        return json.dumps(self.canonical(), ensure_ascii=False, sort_keys=True)

    def document_extras(self) -> dict[str, Any]:
        """The document keys of this concept as plain JSON-able values (for formats that carry
        them in a note, such as TBX): empty when it has none."""
        out: dict[str, Any] = {}
        if self.pos:
            out["pos"] = dict(self.pos)
        for key in ("when_document_mentions", "unless_document_mentions"):
            mapping = getattr(self, key)
            if mapping:
                out[key] = {lang: list(cues) for lang, cues in mapping.items()}
        for key in ("valid_from", "valid_until"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        dates = [[t.lang, t.text, t.status, t.valid_from, t.valid_until] for t in self.terms if t.valid_from or t.valid_until]
        if dates:
            out["term_dates"] = dates
        if self.review:
            out["review"] = True
        if self.review_elsewhere:
            out["review_elsewhere"] = True
        if self.kind_declared:
            out["kind"] = self.kind
        return out

    def with_document_extras(self, extra: Mapping[str, Any]) -> Concept:
        """This concept with the document keys of :meth:`document_extras` (unknown or malformed
        values are ignored: the carrying format is not the place to validate them)."""
        changes: dict[str, Any] = {}

        def table(value: Any, kind: type) -> dict[str, Any]:
            if not isinstance(value, dict):
                return {}
            if kind is str:
                return {str(k): v for k, v in value.items() if isinstance(v, str)}
            return {str(k): tuple(str(x) for x in v) for k, v in value.items() if isinstance(v, list) and v}

        if extra.get("pos"):
            changes["pos"] = table(extra["pos"], str)
        for key in ("when_document_mentions", "unless_document_mentions"):
            if extra.get(key):
                changes[key] = table(extra[key], list)
        for key in ("valid_from", "valid_until"):
            if isinstance(extra.get(key), str):
                changes[key] = extra[key]
        if extra.get("review") is True:
            changes["review"] = True
        if extra.get("review_elsewhere") is True:
            changes["review_elsewhere"] = True
        if extra.get("kind") in KINDS:
            changes["kind"] = extra["kind"]
        dates = extra.get("term_dates")
        if isinstance(dates, list):
            wanted = {tuple(d[:3]): (d[3], d[4]) for d in dates if isinstance(d, list) and len(d) == 5}
            changes["terms"] = tuple(
                replace(t, valid_from=wanted[key][0], valid_until=wanted[key][1]) if (key := (t.lang, t.text, t.status)) in wanted else t
                for t in self.terms
            )
        return replace(self, **changes) if changes else self

    def for_date(self, when: datetime.date) -> Concept | None:
        """This concept as it applies on ``when``; None when the concept itself is out of date.

        A term whose ``valid_from`` is after ``when`` is dropped (the name did not exist yet);
        an allowed term whose ``valid_until`` is on or before ``when`` becomes forbidden (an
        outdated name), a forbidden one is forbidden only inside its window. In each language
        the first remaining allowed term becomes the preferred one."""
        if not _in_window(when, self.valid_from, self.valid_until):
            return None
        if not any(t.valid_from or t.valid_until for t in self.terms):
            return self
        kept: list[Term] = []
        for term in self.terms:
            if term.valid_from and when < parse_date(term.valid_from):
                continue
            expired = bool(term.valid_until) and when >= parse_date(term.valid_until)
            if term.status == FORBIDDEN:
                if not expired:
                    kept.append(term)
            elif expired:
                kept.append(replace(term, status=FORBIDDEN))
            else:
                kept.append(term)
        seen: set[str] = set()
        ordered: list[Term] = []
        for term in sorted(kept, key=lambda t: t.status == FORBIDDEN):  # stable: file order kept
            if term.status != FORBIDDEN:
                term = replace(term, status=ADMITTED if term.lang in seen else PREFERRED)
                seen.add(term.lang)
            ordered.append(term)
        return replace(self, terms=tuple(ordered))

    def applies_to(self, folded_document: str) -> bool:
        """Do the document cues of this concept accept a document (folded with
        :func:`fold_document`)?"""
        if self.when_document_mentions and not any(
            _mentions(folded_document, cue) for cues in self.when_document_mentions.values() for cue in cues
        ):
            return False
        return not any(_mentions(folded_document, cue) for cues in self.unless_document_mentions.values() for cue in cues)


@dataclass(frozen=True)
class Glossary:
    """An ordered set of concepts (unique ids). ``sources`` are the files it was loaded from.

    ``version`` and ``declared_languages`` come from the ``[glossary]`` table of the own format
    (the first declared language is the usual source language).
    """

    concepts: tuple[Concept, ...]
    name: str = ""
    sources: tuple[str, ...] = ()
    version: str = ""
    declared_languages: tuple[str, ...] = ()

    @cached_property
    def digest(self) -> str:
        """Short sha256 (12 hex) of the canonical concepts: equal content, equal digest."""
        # the same bytes as json.dumps of the list of canonical dicts, from each concept's cached
        # JSON: a document view of a large glossary re-hashes without re-encoding every concept
        payload = "[" + ", ".join(c.canonical_json for c in self.concepts) + "]"
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]

    @cached_property
    def _by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self._by_id.get(concept_id)

    def __len__(self) -> int:
        return len(self.concepts)

    @property
    def languages(self) -> tuple[str, ...]:
        """Declared languages first, then any other language used by a concept."""
        seen = dict.fromkeys(self.declared_languages)
        for concept in self.concepts:
            seen.update(dict.fromkeys(concept.languages))
        return tuple(seen)

    @cached_property
    def depends_on_document(self) -> bool:
        """Does any concept depend on the document (cue words or dates)?"""
        return any(c.depends_on_document for c in self.concepts)

    def for_document(
        self,
        text: str | None = None,
        date: str | datetime.date | datetime.datetime | None = None,
        *,
        people: bool = True,
    ) -> Glossary:
        """The glossary as it applies to one document: ``text`` (the whole source document) and
        ``date`` (its publication date: a ``date`` or an ISO ``YYYY[-MM[-DD]]`` string; a bad
        string is a :class:`~reltrans.errors.UsageError`).

        With ``text``, a concept with ``when_document_mentions`` is kept only when the text
        mentions one of its cues, and one with ``unless_document_mentions`` only when it
        mentions none; a concept turned away that declares ``review_elsewhere`` is kept as a
        ``review`` concept (matched and flagged, nothing forced). With ``date``, out-of-date concepts are dropped and dated terms are
        applied (:meth:`Concept.for_date`). ``None`` leaves that side as it is in the file.
        With ``text`` and ``people`` (the default; ``reltrans translate``/``check``/``status``
        ``--no-people-names`` turn it off), every person's name the French text gives evidence
        for becomes a do-not-translate concept of kind ``person``
        (:func:`reltrans.glossary.people.with_people`). Returns ``self`` when nothing changes.
        """
        view = self._document_view(text, date)
        if people and text is not None:
            from reltrans.glossary.people import with_people

            view = with_people(view, (text,), known_from=self)
        return view

    def _document_view(self, text: str | None, date: str | datetime.date | datetime.datetime | None) -> Glossary:
        # the document cues and dates of :meth:`for_document`, without the people's names
        if (text is None and date is None) or not self.depends_on_document:
            return self
        when = _as_date(date) if date is not None else None
        folded = fold_document(text) if text is not None else None
        concepts: list[Concept] = []
        changed = False
        for concept in self.concepts:
            result: Concept | None = concept
            if folded is not None and not concept.applies_to(folded):
                # the sense the concept forces is not this document's: flagged, or left alone
                result = replace(concept, review=True, review_elsewhere=False) if concept.review_elsewhere else None
            if result is not None and when is not None:
                result = result.for_date(when)
            if result is not concept:
                changed = True
            if result is not None:
                concepts.append(result)
        if not changed:
            return self
        return replace(self, concepts=tuple(concepts))

    def merged(self, other: Glossary) -> Glossary:
        """This glossary overridden by ``other``: a concept with the same id is replaced in place,
        new concepts are appended."""
        replaced = {c.id: c for c in other.concepts}
        concepts = [replaced.pop(c.id, c) for c in self.concepts]
        concepts.extend(c for c in other.concepts if c.id in replaced)
        return Glossary(
            concepts=tuple(concepts),
            name=self.name or other.name,
            sources=self.sources + other.sources,
            version=self.version or other.version,
            declared_languages=tuple(dict.fromkeys(self.declared_languages + other.declared_languages)),
        )


# --------------------------------------------------------------------------- document context
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " ", "\u00ad": None})
_CUE_ENDING = 3  # letters a cue word may take at its end (plural, feminine: passeur -> passeuses)


def fold_document(text: str) -> str:
    """A document as cue words are looked up in it: NFC, case-folded, apostrophes and spaces
    unified, soft hyphens removed, runs of whitespace made one space (accents are kept)."""
    folded = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold()
    return " ".join(folded.split())


@functools.lru_cache(maxsize=4096)
def _cue_pattern(cue: str) -> regex.Pattern[str]:
    words = fold_document(cue)
    return regex.compile(r"(?<!\w)" + regex.escape(words).replace(r"\ ", " ") + rf"\w{{0,{_CUE_ENDING}}}(?!\w)")


def _mentions(folded_document: str, cue: str) -> bool:
    """Is ``cue`` (a word or phrase, its last word may take a short ending) in the document?"""
    return _cue_pattern(cue).search(folded_document) is not None


_DATE_FORMATS = ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y"))


def parse_date(text: str) -> datetime.date:
    """``YYYY-MM-DD``, ``YYYY-MM`` (first of the month) or ``YYYY`` (1 January); ValueError
    otherwise."""
    value = text.strip()
    for length, fmt in _DATE_FORMATS:
        if len(value) == length:
            try:
                return datetime.datetime.strptime(value, fmt).date()
            except ValueError:
                break
    raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")


def _as_date(value: str | datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        from reltrans.errors import UsageError

        raise UsageError(f"document date: {exc}") from None


def _in_window(when: datetime.date, start: str, end: str) -> bool:
    if start and when < parse_date(start):
        return False
    return not (end and when >= parse_date(end))
