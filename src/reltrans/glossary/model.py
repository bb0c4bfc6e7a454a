"""Frozen glossary types: :class:`Term`, :class:`Concept`, :class:`Glossary`.

A concept groups the terms of every language for one meaning. In each language the first
allowed term is the *preferred* one (required in a translation), the others are *admitted*
variants; *forbidden* terms must not appear when the concept is in the source.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

import regex

PREFERRED = "preferred"
ADMITTED = "admitted"
FORBIDDEN = "forbidden"
STATUSES = (PREFERRED, ADMITTED, FORBIDDEN)

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


@dataclass(frozen=True)
class Term:
    """One written form of a concept in one language."""

    text: str
    lang: str
    status: str  # "preferred" | "admitted" | "forbidden"
    case_sensitive: bool
    inflect: bool


@dataclass(frozen=True)
class Concept:
    """One meaning with its terms in every language, plus matching rules.

    ``context_before``/``context_after`` map a language to a regex that must match the text
    before/after a term for the match to count (both, when both are given);
    ``exclude_before``/``exclude_after`` reject a match when they match. ``path``/``line``
    locate the concept in its file (``line`` None when unknown, as in TBX).
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
    path: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """Every term of ``lang``, in file order (preferred, admitted, then forbidden)."""
        return tuple(t for t in self.terms if t.lang == lang)

    def preferred(self, lang: str) -> Term | None:
        """The preferred term of ``lang`` or None."""
        for term in self.terms:
            if term.lang == lang and term.status == PREFERRED:
                return term
        return None

    def allowed(self, lang: str) -> tuple[Term, ...]:
        """Preferred then admitted terms of ``lang``."""
        return tuple(t for t in self.terms if t.lang == lang and t.status != FORBIDDEN)

    def forbidden(self, lang: str) -> tuple[Term, ...]:
        """Forbidden renderings in ``lang``."""
        return tuple(t for t in self.terms if t.lang == lang and t.status == FORBIDDEN)

    def source_terms(self, lang: str) -> tuple[Term, ...]:
        """The terms that identify this concept in a ``lang`` source text (the allowed ones)."""
        return self.allowed(lang)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with at least one term, in first-seen order."""
        return tuple(dict.fromkeys(t.lang for t in self.terms))

    def canonical(self) -> dict[str, Any]:
        """A plain, order-stable dict of everything that affects matching and checking."""
        return {
            "id": self.id,
            "domain": self.domain,
            "source": self.source,
            "note": self.note,
            "dnt": self.dnt,
            "terms": [[t.lang, t.text, t.status, t.case_sensitive, t.inflect] for t in self.terms],
            "context_before": dict(sorted(self.context_before.items())),
            "context_after": dict(sorted(self.context_after.items())),
            "exclude_before": dict(sorted(self.exclude_before.items())),
            "exclude_after": dict(sorted(self.exclude_after.items())),
        }


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
        payload = json.dumps([c.canonical() for c in self.concepts], ensure_ascii=False, sort_keys=True)
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
