"""Glossary checks: missing preferred terms, forbidden renderings, changed do-not-translate
terms, and terms that enforcement left unmet.

Written against small protocols (what :mod:`reltrans.glossary` provides), so the checks can be
tested with a fake matcher. Each translated entry costs one ``find`` call on each side (the
matcher memoizes per word and per text, so a text without candidates costs a few µs); the
cross-concept rules for forbidden renderings only run when a forbidden rendering is found.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Protocol, Sequence

from reltrans.checks.dateline import DATELINE_MAX as _DATELINE_MAX, dateline_end as _dateline_end
from reltrans.checks.headline import is_headline
from reltrans.checks.rules import EntryContext, make_finding
from reltrans.checks.spelling import DocumentSpelling, differing_words, other_spellings, spelling_variant as _spelling_variant
from reltrans.model import CatalogEntry, Finding, Severity, TermMatch

__all__ = [
    "TermLike",
    "ConceptLike",
    "GlossaryLike",
    "MatcherLike",
    "GlossaryContext",
    "TermIndex",
    "build_term_index",
    "make_glossary_context",
    "check_glossary",
    "unmet_terms",
    "check_unmet",
    "open_unmet_terms",
    "VariantUse",
    "variant_is_a_choice",
    "is_required_concept",
]


class TermLike(Protocol):
    text: str


class ConceptLike(Protocol):
    id: str
    dnt: bool

    def preferred(self, lang: str) -> TermLike | None: ...

    def allowed(self, lang: str) -> Sequence[TermLike]: ...

    def forbidden(self, lang: str) -> Sequence[TermLike]: ...


class GlossaryLike(Protocol):
    @property
    def concepts(self) -> Sequence[ConceptLike]: ...

    def get(self, concept_id: str) -> ConceptLike | None: ...


class MatcherLike(Protocol):
    def find(self, text: str) -> list[TermMatch]: ...

    def contains(self, text: str, term: TermLike) -> bool: ...

    def spans(self, text: str, term: TermLike) -> list[tuple[int, int]]: ...


@dataclass(frozen=True)
class VariantUse:
    """Which allowed target variant of a concept an entry uses (for RT203)."""

    concept_id: str
    term: str
    line: int
    msgid: str
    # where the variant stands in ``text``, the translation matched (-1 and "" when unknown):
    # lets RT203 see two variants written together ("IOM, the UN Migration Agency,")
    start: int = -1
    end: int = -1
    text: str = ""


def variant_is_a_choice(concept: ConceptLike | None, source_lang: str) -> bool:
    """Is the allowed variant a translator uses for ``concept`` a file-wide choice (so RT203
    reports a switch)? Yes for names, titles, acronyms and multi-word terms (« traite des
    personnes »: *trafficking in persons* or *human trafficking*, one per release). No for a
    vocabulary concept whose source terms are single everyday words (« réunion »: *meeting*,
    *conference*, *talks*): its allowed renderings are picked by what each sentence says, and a
    file using several of them is no inconsistency."""
    if concept is None:
        return False
    if getattr(concept, "kind", "") != "vocabulary":
        return True
    preferred = concept.preferred(source_lang)
    source_terms = ([preferred] if preferred is not None else []) + list(concept.allowed(source_lang) or ())
    return not source_terms or any(len(term.text.split()) > 1 for term in source_terms)


@dataclass(frozen=True)
class TermIndex:
    """Which concepts list a term text, casefolded: allow or forbid it in the target language,
    or hold it in the source language (to see source ties between concepts)."""

    target_allowed: Mapping[str, frozenset[str]]
    target_forbidden: Mapping[str, frozenset[str]]
    source: Mapping[str, frozenset[str]]


def build_term_index(glossary: GlossaryLike, source_lang: str, target_lang: str) -> TermIndex:
    """The :class:`TermIndex` of every concept of ``glossary`` (empty when it exposes none)."""
    allowed: dict[str, set[str]] = {}
    forbidden: dict[str, set[str]] = {}
    source: dict[str, set[str]] = {}
    for concept in getattr(glossary, "concepts", None) or ():
        preferred = concept.preferred(target_lang)
        for term in ([preferred] if preferred is not None else []) + list(concept.allowed(target_lang) or ()):
            allowed.setdefault(term.text.casefold(), set()).add(concept.id)
        for term in concept.forbidden(target_lang) or ():
            forbidden.setdefault(term.text.casefold(), set()).add(concept.id)
        preferred = concept.preferred(source_lang)
        source_terms = ([preferred] if preferred is not None else []) + list(concept.allowed(source_lang) or ())
        for term in source_terms + list(concept.forbidden(source_lang) or ()):
            source.setdefault(term.text.casefold(), set()).add(concept.id)

    def freeze(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        return {key: frozenset(ids) for key, ids in table.items()}

    return TermIndex(freeze(allowed), freeze(forbidden), freeze(source))


@dataclass(frozen=True)
class GlossaryContext:
    """A glossary with its source and target matchers, built once per language pair."""

    glossary: GlossaryLike
    source: MatcherLike
    target: MatcherLike
    source_lang: str
    target_lang: str
    # concept id -> (allowed target terms, preferred first; forbidden target terms), both unique
    _target_terms: dict[str, tuple[list[TermLike], list[TermLike]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _index: list[TermIndex] = field(default_factory=list, init=False, compare=False, repr=False)
    # concept id -> the forms of its forbidden renderings that RT102 looks for (forbidden_forms)
    _forbidden_forms: dict[str, list[TermLike]] = field(default_factory=dict, init=False, compare=False, repr=False)
    _adjectives: list[dict[str, tuple[str, ...]]] = field(default_factory=list, init=False, compare=False, repr=False)
    _descriptors: list[dict[str, tuple[str, ...]]] = field(default_factory=list, init=False, compare=False, repr=False)
    _full_names: list[dict[str, tuple[str, ...]]] = field(default_factory=list, init=False, compare=False, repr=False)
    _surnames: list[frozenset[str]] = field(default_factory=list, init=False, compare=False, repr=False)

    def target_terms(self, concept_id: str, concept: ConceptLike) -> tuple[list[TermLike], list[TermLike]]:
        """(allowed, forbidden) unique target terms of ``concept``, the preferred one first
        (computed once per concept)."""
        terms = self._target_terms.get(concept_id)
        if terms is None:
            lang = self.target_lang
            preferred = concept.preferred(lang)
            allowed = _unique(([preferred] if preferred is not None else []) + list(concept.allowed(lang) or ()))
            terms = self._target_terms[concept_id] = (allowed, _unique(concept.forbidden(lang) or ()))
        return terms

    def forbidden_forms(self, concept_id: str, concept: ConceptLike) -> list[TermLike]:
        """The forbidden renderings of ``concept`` as RT102 looks for them (computed once per
        concept): each listed forbidden term, then the forms it may be written in — plural and
        inflected, in lower case (a phrase, or a word with a capital), with a hyphen for a space
        and back, and in the other (British or American) spelling —, then the other spelling of
        each allowed term ("forced labor" for "forced labour", "UN Development Program"). A
        form that is an allowed term of the concept (case aside) is never one."""
        forms = self._forbidden_forms.get(concept_id)
        if forms is None:
            allowed, forbidden = self.target_terms(concept_id, concept)
            try:
                derived = _cached_forbidden_forms(tuple(allowed), tuple(forbidden))
            except TypeError:  # terms that cannot be hashed
                derived = _forbidden_forms(allowed, forbidden)[len(forbidden):]
            forms = self._forbidden_forms[concept_id] = [*forbidden, *derived]
        return forms

    @property
    def adjectives(self) -> Mapping[str, tuple[str, ...]]:
        """Casefolded admitted target term -> the vocabulary concepts that admit it beside
        another preferred term (a nationality adjective that admits its country's name:
        ``polish-adj`` = "Polish", "Poland"); built on first use."""
        if not self._adjectives:
            table: dict[str, list[str]] = {}
            for concept in getattr(self.glossary, "concepts", None) or ():
                if getattr(concept, "kind", "") != "vocabulary":
                    continue
                allowed = self.target_terms(concept.id, concept)[0]
                for term in allowed[1:]:
                    table.setdefault(term.text.casefold(), []).append(concept.id)
            self._adjectives.append({key: tuple(ids) for key, ids in table.items()})
        return self._adjectives[0]

    @property
    def descriptors(self) -> Mapping[str, tuple[str, ...]]:
        """Casefolded admitted target term -> the organization concepts whose preferred term is
        a descriptor ("UN health agency") and that admit it (``who-descriptor`` admits "WHO"):
        the descriptor renders the organization; built on first use."""
        if not self._descriptors:
            self._descriptors.append(self._organization_table(lambda preferred: _DESCRIPTOR_NOUN.search(preferred) is not None))
        return self._descriptors[0]

    @property
    def full_names(self) -> Mapping[str, tuple[str, ...]]:
        """Casefolded admitted target acronym -> the organization concepts whose preferred term
        is a full name and that admit it (``iom-name``: "International Organization for
        Migration", "IOM"): the full name renders the acronym; built on first use."""
        if not self._full_names:
            self._full_names.append(self._organization_table(lambda preferred: len(preferred.split()) >= 2, _is_acronym))
        return self._full_names[0]

    @property
    def surnames(self) -> frozenset[str]:
        """The surnames (last word of the name) of the people the document names (concepts of
        kind ``person``, see :func:`reltrans.glossary.people.person_concepts`); built on first use."""
        if not self._surnames:
            names: set[str] = set()
            for concept in getattr(self.glossary, "concepts", None) or ():
                if getattr(concept, "kind", "") != "person":
                    continue
                for term in self.target_terms(concept.id, concept)[0]:
                    last = term.text.split()[-1] if term.text.split() else ""
                    if len(last) >= 3 and last[:1].isupper():
                        names.add(last)
            self._surnames.append(frozenset(names))
        return self._surnames[0]

    def _organization_table(
        self, preferred_ok: Callable[[str], bool], admitted_ok: Callable[[str], bool] = lambda text: True
    ) -> dict[str, tuple[str, ...]]:
        """Casefolded admitted target term -> the organization concepts whose preferred term
        passes ``preferred_ok`` and that admit it (when it passes ``admitted_ok``)."""
        table: dict[str, list[str]] = {}
        for concept in getattr(self.glossary, "concepts", None) or ():
            if getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS:
                continue
            allowed = self.target_terms(concept.id, concept)[0]
            if not allowed or not preferred_ok(allowed[0].text):
                continue
            for term in allowed[1:]:
                if admitted_ok(term.text):
                    table.setdefault(term.text.casefold(), []).append(concept.id)
        return {key: tuple(ids) for key, ids in table.items()}

    @property
    def index(self) -> TermIndex:
        """The glossary's :class:`TermIndex` (built on first use: only entries that hold a
        forbidden rendering need it)."""
        if not self._index:
            self._index.append(build_term_index(self.glossary, self.source_lang, self.target_lang))
        return self._index[0]


def make_glossary_context(
    glossary: GlossaryLike,
    source_lang: str,
    target_lang: str,
    *,
    document_text: str | None = None,
    document_date: object | None = None,
) -> GlossaryContext:
    """Build the matchers of ``glossary`` for the pair with :func:`reltrans.glossary.build_matcher`.

    ``document_text``/``document_date`` (the whole source document and its date) apply the
    glossary's document rules first (:meth:`reltrans.glossary.Glossary.for_document`): the
    context's ``glossary`` is then the glossary as it applies to that document."""
    from reltrans.glossary import build_matcher

    source = build_matcher(glossary, source_lang, document_text=document_text, document_date=document_date)  # type: ignore[arg-type]
    target = build_matcher(glossary, target_lang, document_text=document_text, document_date=document_date)  # type: ignore[arg-type]
    applied = getattr(source, "glossary", glossary) if document_text is not None or document_date is not None else glossary
    return GlossaryContext(applied, source, target, source_lang, target_lang)


def check_glossary(
    entry: CatalogEntry,
    target: str,
    gctx: GlossaryContext,
    ctx: EntryContext,
    variants: list[VariantUse] | None = None,
    missing: list[str] | None = None,
    spelling: DocumentSpelling | None = None,
    agency: DocumentAgency | None = None,
) -> list[Finding]:
    """RT101-RT104 for one translated text of ``entry``; appends the allowed variants it uses to
    ``variants`` (for the RT203 file-level check) and the allowed target terms of every concept
    reported missing to ``missing`` (so that RT105 does not report the same term again).
    ``spelling`` (the translations of the file's entries) tells a house style from a slip: the
    other spelling of a vocabulary term is an error where the other entries write the word the
    glossary's way, a warning otherwise. ``agency`` (the file's msgids) tells the release's own
    agency, which a translation may leave implied as the agent of a passive.

    A forbidden rendering is reported (see docs/checks.md, "Forbidden renderings"):
    (a) as RT102 when a concept that forbids it is in the msgid and the rendering stands where
    that concept's source occurrence is translated (alignment by position, anchored on the
    concepts found on both sides), unless the text is an allowed term of another concept also
    in the msgid, or the msgstr already renders every source occurrence of the concept with an
    allowed term; (b) otherwise as RT103, only for a phrase or an all-capitals form that no
    concept of the glossary allows. RT101 is an error for names, titles and acronyms and a
    warning for vocabulary (error under ``--strict``).
    """
    out: list[Finding] = []
    if not target:
        return out
    source_matches = gctx.source.find(entry.msgid)
    target_matches = gctx.target.find(target)
    source_concepts: dict[str, TermMatch] = {}
    for match in source_matches:
        source_concepts.setdefault(match.concept_id, match)
    present = _Present(gctx, source_matches, source_concepts, entry.msgid)
    aligner = _PositionAligner(entry.msgid, target, source_matches, target_matches)
    for concept_id, match in source_concepts.items():
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        dateline = _is_dateline(entry.msgid, match)
        if concept.dnt:
            if dateline:
                continue  # official versions often drop the dateline ("DAKAR –")
            # the source spelling, or any target form the glossary allows (Cadre Harmonisé)
            dnt_allowed = concept.allowed(gctx.target_lang)
            if (
                match.surface not in target
                and not any(gctx.target.contains(target, t) for t in dnt_allowed)
                and not _rendered_by_descriptor(target, concept_id, dnt_allowed, gctx)
            ):
                # severity by kind, as for RT101: a people's name used like a demonym
                # ("ces Rohingya" -> "they") is vocabulary; names and acronyms stay errors
                required = is_required_concept(concept, gctx.target_lang)
                generic = _generic_reference(concept, target) if required else ""  # "in the country"
                # the publishing agency named again by a short form ("the agency", "It says")
                generic = generic or (_agency_short_form(concept_id, concept, target, agency, gctx, dnt_allowed, entry.line) if required else "")
                occurrences = [(m.start, m.end) for m in source_matches if m.concept_id == concept_id]
                # « le rapport de l'UNICEF » -> "the report says": as for RT101, an organization
                # named only as the complement of a common noun may be left implied
                head = _complement_head(entry.msgid, concept, occurrences) if required and not generic else ""
                # « Message de la Directrice générale de l'UNICEF pour ... » -> "Message for ...": a
                # headline that leaves out the title leaves out the body it heads
                owner = (
                    _owned_title_left_out(entry.msgid, concept, occurrences, source_matches, target, gctx)
                    if required and not generic and not head and (
                        (is_headline(entry.msgid) and is_headline(target))
                        # « l'Ambassadeur de bonne volonté de l'UNICEF explique » -> "Neeson
                        # talks": the title, and the body it heads, are the person named
                        or _holder_named(entry.msgid, target, gctx)
                        or _PERSON.search(target) is not None
                    ) else ""
                )
                # « les vaccins fournis par l'UNICEF » -> "the vaccines supplied" in UNICEF's release
                passive = (
                    required and not generic and not head and not owner and agency is not None
                    and _passive_agent(entry.msgid, occurrences) and concept_id in agency.of(gctx)
                )
                # "Covid-19" for « COVID-19 »: the term is kept, only its case differs (house
                # styles: IOM and the British press write Covid-19); a warning, an error under --strict
                recased = _recased_in(target, match.surface)
                # « le Secrétaire général António Guterres » -> "Secretary-General Guterres": a
                # person's full name written as the surname alone
                surname = _surname_kept(match.surface, concept, target) if required and not recased else ""
                severity = Severity.ERROR if (required and not generic and not head and not owner and not passive and not recased and not surname) or ctx.strict else Severity.WARNING
                if getattr(concept, "kind", "") == "person":
                    # a name found in the document is never an error, even under --strict: a
                    # translation may say "she" or drop a repeated name
                    severity = Severity.WARNING
                note = f" (named as {generic!r}: check it refers to it)" if generic else ""
                note = f" (complement of {head!r}: check the translation implies it)" if head else note
                note = (f" (headline: owner of the title {owner!r}, which it leaves out too)" if is_headline(target) else f" (owner of the title {owner!r}, whose holder the translation names)") if owner else note
                note = " (agent of a passive, the publishing agency: check the translation implies it)" if passive else note
                note = f" (only its case: {recased!r})" if recased else note
                note = f" (written as the surname {surname!r}: check it names the same person)" if surname else note
                if getattr(concept, "kind", "") == "person" and not recased:
                    note = f" ({getattr(concept, 'note', '') or 'a person’s name'}: copy it as written)"
                out.append(make_finding("RT104", ctx, entry.line, f"do-not-translate term {match.surface!r} was changed{note}", entry.msgid, severity))
            continue
        occurrences = [(m.start, m.end) for m in source_matches if m.concept_id == concept_id]
        context = _Occurrence(
            match,
            occurrences,
            dateline,
            _apposition_of(entry.msgid, match, source_matches, target, gctx),
            _acronym_beside(entry.msgid, concept, occurrences, source_matches, target, gctx),
            _owned_title_left_out(entry.msgid, concept, occurrences, source_matches, target, gctx),
        )
        _check_concept(entry, target, concept_id, concept, context, gctx, ctx, out, present, aligner, missing, spelling, agency)
    for match in [*target_matches, *_hidden_forbidden(target, target_matches, gctx)]:
        if match.status == "forbidden":
            if _banned_everywhere(match) and _report_elsewhere(match, target, gctx, source_concepts, present):
                severity, note = _stance_of_source(match.term, entry.msgid, ctx)
                out.append(make_finding("RT103", ctx, entry.line, f"forbidden rendering {match.surface!r}{_preferred_hint(gctx, match.concept_id)}{note}", entry.msgid, severity))
        elif variants is not None and match.status in ("preferred", "admitted") and match.concept_id in source_concepts and variant_is_a_choice(gctx.glossary.get(match.concept_id), gctx.source_lang):
            variants.append(VariantUse(match.concept_id, match.term, entry.line, entry.msgid, match.start, match.end, target))
    return out


@dataclass(frozen=True)
class _Occurrence:
    """A concept of the msgid: its first match, every source span, and what excuses a drop."""

    match: TermMatch
    spans: Sequence[tuple[int, int]]
    dateline: bool = False
    apposition_of: str = ""  # the rendered name this occurrence only restates ("l'OIM, l'organisme ...")
    acronym_beside: str = ""  # the rendered acronym the name is given with (« Comité ... (CICR) »)
    owner_of: str = ""  # the title this organization only owns (« du Directeur exécutif de l'ONUDC »), left out too


class _PositionAligner:
    """Where in the target a source offset is translated, by linear interpolation between
    anchors: the start and end of both texts, and each concept found exactly once on each side
    (its source and target matches). Anchors that cross an earlier one are dropped, so the
    mapping stays monotonic."""

    def __init__(self, source: str, target: str, source_matches: Sequence[TermMatch], target_matches: Sequence[TermMatch]) -> None:
        self.source_len = max(len(source), 1)
        self.target_len = max(len(target), 1)
        src: dict[str, list[TermMatch]] = {}
        tgt: dict[str, list[TermMatch]] = {}
        for m in source_matches:
            src.setdefault(m.concept_id, []).append(m)
        for m in target_matches:
            if m.status != "forbidden":
                tgt.setdefault(m.concept_id, []).append(m)
        pairs = sorted(
            ((s[0].start + s[0].end) / 2, (t[0].start + t[0].end) / 2)
            for cid, s in src.items()
            if len(s) == 1 and len(t := tgt.get(cid, ())) == 1
        )
        anchors = [(0.0, 0.0)]
        for s_pos, t_pos in pairs:
            if t_pos > anchors[-1][1]:
                anchors.append((s_pos, t_pos))
        anchors.append((float(self.source_len), float(self.target_len)))
        self.anchors = anchors
        self._target_spans = [(m.concept_id, (m.start, m.end)) for m in target_matches if m.status != "forbidden"]

    def foreign_spans(self, concept_id: str, among: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """The target matches (allowed terms) of concepts other than ``concept_id`` (only those
        ``among`` these ids, when given)."""
        wanted = None if among is None else set(among)
        return [span for cid, span in self._target_spans if cid != concept_id and (wanted is None or cid in wanted)]

    def covered(self, concept_id: str, span: tuple[int, int]) -> bool:
        """Is ``span`` inside a target match of an allowed term of ``concept_id`` (the matcher
        reports the allowed term where both cover the words: "Sub-Saharan Africa" opening a
        sentence is the preferred "sub-Saharan Africa")?"""
        return any(cid == concept_id and s <= span[0] and span[1] <= e for cid, (s, e) in self._target_spans)

    def covered_by_any(self, span: tuple[int, int]) -> bool:
        """Is ``span`` inside a target match of an allowed term of any concept?"""
        return any(s <= span[0] and span[1] <= e for _cid, (s, e) in self._target_spans)

    def predict(self, source_pos: float) -> float:
        """The target offset where ``source_pos`` is probably translated."""
        anchors = self.anchors
        for (s0, t0), (s1, t1) in zip(anchors, anchors[1:]):
            if source_pos <= s1:
                return t0 if s1 == s0 else t0 + (source_pos - s0) * (t1 - t0) / (s1 - s0)
        return anchors[-1][1]

    def translates(self, source_span: tuple[int, int], target_span: tuple[int, int]) -> bool:
        """Does ``target_span`` stand where ``source_span`` is translated (within a window of a
        quarter of the target, at least :data:`_ALIGN_WINDOW` characters)?"""
        expected = self.predict((source_span[0] + source_span[1]) / 2)
        window = max(_ALIGN_WINDOW, _ALIGN_SHARE * self.target_len)
        return abs((target_span[0] + target_span[1]) / 2 - expected) <= window


_ALIGN_WINDOW = 30
_ALIGN_SHARE = 0.25


# An apposition that restates the name just before it: "l'OIM, l'organisme des Nations Unies
# chargé des migrations, ..." (official English versions often drop it when the name is there)
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:l['\u2019]|le\s+|la\s+|les\s+)\s*)?\Z", re.IGNORECASE)
_APPOSITION_END = re.compile(r"\s*,")


def _apposition_of(msgid: str, match: TermMatch, source_matches: Sequence[TermMatch], target: str, gctx: GlossaryContext) -> str:
    """The surface of the concept that ``match`` stands in apposition to (between commas, right
    after it), when that concept is rendered in ``target``; empty otherwise. An acronym is never
    an apposition: "(OIM)" defines the name, it does not restate it."""
    if match.surface.isupper():
        return ""
    previous = [m for m in source_matches if m.end <= match.start and m.concept_id != match.concept_id]
    if not previous:
        return ""
    before = previous[-1]
    if not _APPOSITION_GAP.match(msgid[before.end : match.start]) or not _APPOSITION_END.match(msgid, match.end):
        return ""
    concept = gctx.glossary.get(before.concept_id)
    if concept is None:
        return ""
    allowed = gctx.target_terms(before.concept_id, concept)[0]
    return before.surface if any(gctx.target.contains(target, t) for t in allowed) else ""


# A name given with its own acronym in brackets, either order: « le Comité international de la
# Croix-Rouge (CICR) », « le CICR (Comité international de la Croix-Rouge) ». Official English
# versions often write the acronym alone ("the ICRC"); the acronym stays required.
_BRACKETED_ACRONYM_AFTER = re.compile(r"\s*\(\s*([^\W\d_][\w&.\u2019'-]*)\s*\)")
_BRACKETED_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w&.\u2019'-]*)\s*\(\s*\Z")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _acronym_beside(
    msgid: str,
    concept: ConceptLike,
    spans: Sequence[tuple[int, int]],
    source_matches: Sequence[TermMatch],
    target: str,
    gctx: GlossaryContext,
) -> str:
    """The acronym that a name or title of ``concept`` is given with in brackets at one of its source
    ``spans`` (« Comité international de la Croix-Rouge (CICR) », or the acronym first: « le
    CICR (Comité ...) »), when ``target`` renders that acronym; empty otherwise. The acronym is
    rendered when the allowed terms of its own concept stand in ``target`` (« CICR » -> "ICRC";
    the French acronym left standing is no rendering), or, for an acronym the glossary does not
    know, when it stands in ``target`` as written (« (OCHA) » -> "OCHA")."""
    kind = getattr(concept, "kind", "")
    if kind == "acronym" or (kind not in ("name", "title") and getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS):
        return ""  # an organization, a body, a treaty or a programme's name, a title (« (RSSG) »)
    for start, end in spans:
        found = _BRACKETED_ACRONYM_AFTER.match(msgid, end)
        if found is None:
            before = _BRACKETED_ACRONYM_BEFORE.search(msgid, 0, start)
            found = before if before is not None and _BRACKET_CLOSE.match(msgid, end) else None
        if found is None or not _is_acronym(found.group(1)):
            continue
        acronym, span = found.group(1), found.span(1)
        name_terms = [msgid[start:end], *(t.text for t in gctx.target_terms(concept.id, concept)[0][:1])]
        owners = [m for m in source_matches if m.start <= span[0] and span[1] <= m.end and (m.start, m.end) != (start, end)]
        if not owners:
            if _word_spans(target, acronym) and _abbreviates(acronym, name_terms):
                return acronym
            continue
        for owner in owners:
            owner_concept = gctx.glossary.get(owner.concept_id)
            if owner_concept is None or not _same_body(concept, owner_concept, acronym, name_terms, gctx):
                continue  # « DAKAR, Sénégal (PAM) – »: the bracket names who speaks, not the place
            owner_allowed = owner_concept.allowed(gctx.target_lang) if owner_concept.dnt else gctx.target_terms(owner.concept_id, owner_concept)[0]
            if any(gctx.target.contains(target, t) for t in owner_allowed) and not _left_untranslated(acronym, target, owner_allowed):
                return acronym
    return ""


# between a title and the body it heads: « Directeur exécutif de l'ONUDC », « Directrice
# générale du PAM », « Haut-Commissaire des Nations Unies »
_OWNER_GAP = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)\Z")


def _owned_title_left_out(
    msgid: str,
    concept: ConceptLike,
    spans: Sequence[tuple[int, int]],
    source_matches: Sequence[TermMatch],
    target: str,
    gctx: GlossaryContext,
) -> str:
    """The title of the msgid that an organization only complements at every occurrence («
    du Directeur exécutif de l'ONUDC ») when the target renders neither, or "". A headline
    that leaves out the speaker leaves out the body the speaker heads with it."""
    if getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS or getattr(concept, "kind", "") == "title":
        return ""
    owned = ""
    for start, _end in spans:
        title = next(
            (m for m in source_matches if m.end <= start and _OWNER_GAP.fullmatch(msgid, m.end, start) is not None),
            None,
        )
        owner = gctx.glossary.get(title.concept_id) if title is not None else None
        if owner is None or getattr(owner, "kind", "") != "title":
            return ""
        allowed, forbidden = gctx.target_terms(title.concept_id, owner)
        if not allowed or _renders(target, allowed, gctx, forbidden, initials=False) or _head_word(target, allowed):
            return ""
        owned = owned or title.surface
    return owned


def _abbreviates(acronym: str, names: Sequence[str]) -> bool:
    """Are the letters of ``acronym`` the initials, in order, of words of one of ``names`` (small
    words may be skipped, not taken: « Comité international de la Croix-Rouge » = CICR,
    "United Nations Mission in South Sudan" = UNMISS)?"""
    letters = [ch for ch in acronym.casefold() if ch.isalpha()]
    for name in names:
        initials = [w[0] for w in re.split(r"[\s'’-]+", name.casefold()) if w and w[0].isalpha()]
        at = 0
        for ch in initials:
            if at < len(letters) and ch == letters[at]:
                at += 1
        if letters and at == len(letters):
            return True
    return False


def _same_body(concept: ConceptLike, owner: ConceptLike, acronym: str, names: Sequence[str], gctx: GlossaryContext) -> bool:
    """Does the acronym concept ``owner`` name what ``concept`` names: the glossary's pairing of
    ids (``icrc`` / ``icrc-name``), one admitting the other's English term, or initials (the
    French or the English acronym abbreviates the French or the English name)?"""
    a, b = concept.id, owner.id
    if a.startswith(b + "-") or b.startswith(a + "-"):
        return True
    name_allowed = {t.text.casefold() for t in gctx.target_terms(a, concept)[0]}
    owner_allowed = gctx.target_terms(b, owner)[0]
    if any(t.text.casefold() in name_allowed for t in owner_allowed):
        return True
    if names[1:] and any(names[1].casefold() == t.text.casefold() for t in owner_allowed):
        return True
    return any(_abbreviates(text, names) for text in (acronym, *(t.text for t in owner_allowed[:1])))


# The head of a title "HEAD of/for/to the OWNER" ("Special Representative of the Secretary-General",
# "Executive Director of UNICEF", "President of the General Assembly"): English names the office
# holder with the head alone before the name ("Special Representative Sergio Duarte")
_TITLE_HEAD = re.compile(r"^((?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*)\s+(?:of|for|to|on)\s+\S")
# a person's name in French: capitalised words, with the particles of surnames between them
_FR_NAME = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|al|el|ben|bin|ibn|la|le)\s+)*[A-ZÀ-Ý][\w’'-]+)*"
# the name just before the title, as an apposition: « Sergio Duarte (le Représentant ...) »,
# « Sergio Duarte, Représentant ... »
_NAME_BEFORE_TITLE = re.compile(rf"({_FR_NAME})\s*[,(]\s*(?:(?:le|la|l['’]|ancien|ancienne|alors)\s*)*\Z")
# the name just after the title: « le Représentant spécial, Sergio Duarte, », « ... général Sergio Duarte »
_NAME_AFTER_TITLE = re.compile(rf"\s*[,(]?\s*(?:(?:M\.|Mme|Mlle|Dr|Pr)\s+)?({_FR_NAME})")
_ADDRESS_EN = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?"
_UN_BEFORE_HEAD = re.compile(r"^(?:United\s+Nations|UN)\s+")


def _short_title_by_name(msgid: str, spans: Sequence[tuple[int, int]], target: str, concept: ConceptLike, allowed: Sequence[TermLike]) -> bool:
    """Is the title ``concept``, standing in apposition to a person's name in the source (a name
    just before or after it: « Sergio Duarte (le Représentant spécial du Secrétaire général) »),
    rendered in ``target`` by its head before that name ("Special Representative Sergio
    Duarte", "Deputy Executive Director Ana Ruiz")? The whole family of titles "HEAD of the
    OWNER" is covered; the head must stand right before a word of the source's name."""
    if getattr(concept, "kind", "") != "title":
        return False
    heads = []
    for term in allowed:
        found = _TITLE_HEAD.match(term.text)
        if found is not None:
            heads.append(found.group(1))
            # "United Nations High Commissioner for Refugees" -> "High Commissioner Ana Ruiz"
            unnamed = _UN_BEFORE_HEAD.sub("", found.group(1))
            if unnamed != found.group(1) and unnamed:
                heads.append(unnamed)
    if not heads:
        return False
    names: set[str] = set()
    for start, end in spans:
        before = _NAME_BEFORE_TITLE.search(msgid, max(0, start - 80), start)
        after = _NAME_AFTER_TITLE.match(msgid, end)
        for found in (before, after):
            if found is not None:
                names.update(w for w in re.findall(r"[A-ZÀ-Ý][\w’'-]+", found.group(1)))
    names -= {w for start, end in spans for w in msgid[start:end].split()}
    if not names:
        return False
    for head in dict.fromkeys(heads):
        pattern = rf"(?<![\w-]){re.escape(head)}\s+{_ADDRESS_EN}([A-ZÀ-Ý][\w’'-]+)"
        if any(m.group(1) in names for m in re.finditer(pattern, target)):
            return True
    return False


class _Present:
    """The concepts of the msgid, plus those tied with them on the same source term text (the
    source matcher keeps only the first concept of a tie) whose own context rules accept that
    occurrence (« Directeur général de l'OMS » is no generic ``director-general``, whose
    ``exclude_after`` rejects it, so that concept's "Director General" is no excuse for the
    forbidden rendering). Computed on first use."""

    def __init__(self, gctx: GlossaryContext, matches: Sequence[TermMatch], concepts: Mapping[str, TermMatch], msgid: str = "") -> None:
        self._gctx = gctx
        self._matches = matches
        self._msgid = msgid
        self._ids: frozenset[str] | None = frozenset(concepts) if not matches else None

    @property
    def ids(self) -> frozenset[str]:
        if self._ids is None:
            ties = self._gctx.index.source
            ids = {m.concept_id for m in self._matches}
            find_concept = getattr(self._gctx.source, "find_concept", None)
            for m in self._matches:
                for tie in ties.get(m.term.casefold(), frozenset()) - ids:
                    if find_concept is None or any(
                        o.start < m.end and m.start < o.end for o in find_concept(self._msgid, tie)
                    ):
                        ids.add(tie)
            self._ids = frozenset(ids)
        return self._ids


def _allowed_by(span: tuple[int, int], texts: Sequence[str], target: str, concept_ids: Iterable[str], gctx: GlossaryContext) -> bool:
    """Is the forbidden rendering at ``span`` (glossary/surface ``texts``) an allowed term of one
    of ``concept_ids``: same text, casefolded, or an allowed term whose match covers the span
    (inflection-aware, through the target matcher)?"""
    ids = set(concept_ids)
    if not ids:
        return False
    allowed_index = gctx.index.target_allowed
    if any(ids & allowed_index.get(text.casefold(), frozenset()) for text in texts):
        return True
    start, end = span
    for concept_id in ids:
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        for term in gctx.target_terms(concept_id, concept)[0]:
            if any(s <= start and end <= e for s, e in gctx.target.spans(target, term)):
                return True
    return False


def _report_elsewhere(match: TermMatch, target: str, gctx: GlossaryContext, source_concepts: Mapping[str, TermMatch], present: _Present) -> bool:
    """Should the forbidden target ``match`` be reported as RT103?"""
    index = gctx.index
    forbidders = {match.concept_id} | index.target_forbidden.get(match.term.casefold(), frozenset())
    if not forbidders.isdisjoint(source_concepts):
        return False  # (a): RT102 of the source concept says it (or its exception applies)
    texts = (match.term, match.surface)
    if any(index.target_allowed.get(text.casefold()) for text in texts):
        return False  # (b): some concept allows it, and that concept's source is not here
    # (b), inflection-aware: a concept of the msgid allows a term covering the match
    return not _allowed_by((match.start, match.end), texts, target, present.ids - forbidders, gctx)


def _is_dateline(msgid: str, match: TermMatch) -> bool:
    """Is the source ``match`` inside the dateline of the msgid (a place the translation may
    drop: "DAKAR, Sénégal –" -> "Dakar —")?"""
    return match.start < _DATELINE_MAX and match.end <= _dateline_end(msgid)


def _hidden_forbidden(target: str, target_matches: list[TermMatch], gctx: GlossaryContext) -> list[TermMatch]:
    """Forbidden renderings that a longer allowed term of another concept, overlapping them,
    took out of ``target_matches`` ("illegal migrants held in detention": the allowed "migrants
    held in detention" wins the match, the forbidden "illegal migrants" is still there). One
    inside an allowed match is part of that term, not hidden."""
    allowed = [(m.start, m.end) for m in target_matches if m.status != "forbidden"]
    if not allowed or not hasattr(gctx.target, "find_forbidden"):
        return []
    shown = {(m.start, m.end) for m in target_matches if m.status == "forbidden"}
    out = []
    for match in gctx.target.find_forbidden(target):
        span = (match.start, match.end)
        if span in shown or any(s <= span[0] and span[1] <= e for s, e in allowed):
            continue
        if any(s < span[1] and span[0] < e for s, e in allowed):
            out.append(match)
    return out


def _banned_everywhere(match: TermMatch) -> bool:
    """Is a forbidden rendering wrong even where its concept is not in the source (RT103)?

    A phrase ("illegal migrant") is wrong in any sentence; a single word ("trade", "treaty",
    "clandestine") is wrong only as the translation of its concept's source term, and correct
    English elsewhere ("trade agreement"), so it is checked only through RT102."""
    return len(_WORD_RUN.findall(match.term)) > 1 or match.term.isupper()


_WORD_RUN = re.compile(r"[^\W_]+")


def _specific(text: str) -> bool:
    """A phrase or an all-capitals form: wrong wherever it stands, not only where it aligns."""
    return len(_WORD_RUN.findall(text)) > 1 or text.isupper()


def is_required_concept(concept: ConceptLike, target_lang: str) -> bool:
    """Names, titles and acronyms are required (a missing one is an error); general vocabulary
    is recommended (a missing term is a warning, an error under ``--strict``).

    The concept's ``kind`` decides when the glossary model has one (``Concept.required``: a
    declared kind, or one derived from the terms). Otherwise the capital-letter rule: English
    writes names, titles and acronyms with capitals, so a concept whose preferred target term
    holds a capital letter (``IOM``, ``Geneva``, ``Director General``, ``Member States``) is
    required; one whose preferred term is lower case (``organization``, ``voluntary return``)
    is vocabulary, whatever its ``domain`` or its ``case_sensitive`` flag."""
    required = getattr(concept, "required", None)
    if isinstance(required, bool):
        return required
    preferred = concept.preferred(target_lang)
    return preferred is not None and any(ch.isupper() for ch in preferred.text)


# Documented derivations of the head (last) word of an English term that still render the
# concept: "travel documents" -> "travel documentation"; see docs/checks.md
_HEAD_DERIVATIONS = (("document", "documentation"), ("assist", "assistance"), ("register", "registration"))


# A one-word name may appear as its adjective or demonym: "Belarus" -> "Belarusian",
# "Africa" -> "African", "Sudan" -> "Sudanese" (irregular ones, "Polish", belong in the glossary)
_NAME_ADJECTIVE_ENDINGS = ("ian", "an", "n", "ese", "i")

# "United Nations" inside a name has the admitted short form "UN" (UN Editorial Manual), and
# the other way round: "UN Convention against ..." renders "United Nations Convention against ..."
_UNITED_NATIONS = re.compile(r"\bUnited Nations\b")
_UN = re.compile(r"\bUN\b")
# a term that opens with "people/persons" may be rendered with a pronoun: "those in need"
_PEOPLE = re.compile(r"^(?:people|persons|person)\s+(?=\S)", re.IGNORECASE)


def _derived_terms(term: TermLike) -> list[TermLike]:
    """The documented derivations of ``term`` that still render its concept, for RT101 only:
    a name's adjective or demonym, a derived head word, the plural of a head word that the
    glossary does not inflect, the hyphen/space spelling of a compound (``third-country``),
    ``UN`` for ``United Nations`` (and back), ``those`` for ``people`` and the possessive of a
    name "A of the B" ("the Secretary-General's Special Representative")."""
    from dataclasses import is_dataclass, replace as dc_replace

    if not is_dataclass(term):
        return []
    out: list[TermLike] = []
    text = term.text
    inflects = bool(getattr(term, "inflect", False))

    def add(new_text: str, inflect: bool | None = None) -> None:
        if new_text == text:
            return
        changes: dict[str, object] = {"text": new_text}
        if inflect is not None and hasattr(term, "inflect"):
            changes["inflect"] = inflect
        out.append(dc_replace(term, **changes))  # type: ignore[type-var]

    last = text.split()[-1] if text.split() else ""
    # a name: every word holds a capital ("sub-Saharan Africa" too), the last one a capitalised word
    name_words = all(w.replace("-", "").isalpha() and any(ch.isupper() for ch in w) for w in text.split())
    if name_words and last[:1].isupper() and last.isalpha() and not last.isupper():
        for ending in _NAME_ADJECTIVE_ENDINGS:  # "Belarusian", "West African"
            add(text + ending, True)
    for base, derived in _HEAD_DERIVATIONS:
        for stem in (base + "s", base):
            if text.lower().endswith(" " + stem):
                add(text[: len(text) - len(stem)] + derived, False)
                break
    words = text.split()
    if not inflects and len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        add(text + ("es" if text.endswith(("s", "sh", "ch", "x")) else "s"))
        if text.endswith("y") and text[-2:-1] not in "aeiou":
            add(text[:-1] + "ies")
    if len(words) > 1 and "-" not in text and all(w.isalpha() for w in words):
        add("-".join(words), inflects)
    elif " " not in text and text.count("-") == 1 and not text.isupper():
        add(text.replace("-", " "), inflects)
    if _UNITED_NATIONS.search(text) and len(words) >= 2:  # "the UN" for "the United Nations" too
        add(_UNITED_NATIONS.sub("UN", text), inflects)
        if len(words) == 2 and hasattr(term, "case_sensitive"):
            out[-1] = dc_replace(out[-1], case_sensitive=True)  # type: ignore[type-var]  # "UN", never "un"
    elif _UN.search(text) and len(words) > 1:
        add(_UN.sub("United Nations", text), inflects)
    if _PEOPLE.match(text):
        add(_PEOPLE.sub("those ", text), False)
    of = _OF_NAME.match(text)
    if of is not None:  # "the Secretary-General's Special Representative"
        head, owner = of.group(1), of.group(2)
        add(f"{owner}'s {head}", inflects)
        if owner.endswith("s"):
            add(f"{owner}' {head}", inflects)
    return out


# a title or name "A of the B" whose possessive "B's A" renders it too
_OF_NAME = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)*) of (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)*)$")


def _coordinated(target: str, term: TermLike) -> bool:
    """Is a two- or three-word ``term`` written as the first conjunct of a coordination that
    shares its last word: "Central and West Africa" for "Central Africa", "North, East and
    West Darfur" for "North Darfur"?"""
    words = term.text.split()
    if not 2 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    inflects = bool(getattr(term, "inflect", True))
    return _coordination_pattern(tuple(words), bool(getattr(term, "case_sensitive", False)), inflects).search(target) is not None


@functools.lru_cache(maxsize=4096)
def _coordination_pattern(words: tuple[str, ...], case_sensitive: bool, inflects: bool = False) -> "re.Pattern[str]":
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    other = r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?"
    return re.compile(
        rf"(?<!\w){head}(?:\s*,\s*{other})*\s*,?\s+(?:and|or)\s+{other}\s+{_shared_last_word(words[-1], inflects)}(?!\w)",
        0 if case_sensitive else re.IGNORECASE,
    )


def _shared_last_word(word: str, inflects: bool) -> str:
    """The shared last word of a coordination as a pattern: a term that inflects shares it in
    the plural too, since two conjuncts make the head plural ("Humanitarian and Resident
    Coordinators" for "Humanitarian Coordinator", "country and regional offices")."""
    if not inflects or not word[-1:].isalpha():
        return re.escape(word)
    if word.endswith("y") and len(word) > 2 and word[-2].lower() not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    return re.escape(word) + "(?:e?s)?"


@functools.lru_cache(maxsize=8192)  # a context per document: the same concepts again and again
def _cached_forbidden_forms(allowed: tuple[TermLike, ...], forbidden: tuple[TermLike, ...]) -> tuple[TermLike, ...]:
    """The forms :func:`_forbidden_forms` derives (the listed terms themselves left out: the
    caller gives its own objects)."""
    return tuple(_forbidden_forms(allowed, forbidden)[len(forbidden):])


def _forbidden_forms(allowed: Sequence[TermLike], forbidden: Sequence[TermLike]) -> list[TermLike]:
    """See :meth:`GlossaryContext.forbidden_forms`. Terms that are not dataclasses (a fake
    glossary) have no forms beyond themselves."""
    from dataclasses import fields, is_dataclass, replace as dc_replace

    # case aside, but not hyphens: "Secretary General" is forbidden where "Secretary-General" is allowed
    allowed_keys = {" ".join(t.text.casefold().split()) for t in allowed}
    out: list[TermLike] = list(forbidden)
    seen = {(t.text, getattr(t, "case_sensitive", None), getattr(t, "inflect", None)) for t in out}

    def add(term: TermLike, text: str, **changes: object) -> None:
        if not is_dataclass(term) or " ".join(text.casefold().split()) in allowed_keys:
            return
        names = {f.name for f in fields(term)}
        changes = {k: v for k, v in changes.items() if k in names}
        if "status" in names:
            changes["status"] = "forbidden"
        form = dc_replace(term, text=text, **changes)  # type: ignore[type-var]
        key = (form.text, getattr(form, "case_sensitive", None), getattr(form, "inflect", None))
        if key not in seen:
            seen.add(key)
            out.append(form)

    def spelt(term: TermLike, texts: Iterable[str]) -> None:
        inflect = not _is_acronym(term.text)
        for text in texts:
            add(term, text, inflect=inflect)
            for other in other_spellings(text):
                add(term, other, inflect=inflect)

    for term in forbidden:
        text = term.text
        if _is_acronym(text):
            if "." in text:  # "I.O.M." is as wrong as "i.o.m."; a bare "PAM" in lower case is a name
                add(term, text, case_sensitive=False)
            continue
        words = text.split()
        texts = [text]
        if len(words) > 1 and "-" not in text and all(w.isalpha() for w in words):
            texts.append("-".join(words))  # "forced-labor"
        elif " " not in text and text.count("-") == 1 and not text.lower().startswith("co-o"):
            texts.append(text.replace("-", " "))
        spelt(term, texts)
        if getattr(term, "case_sensitive", False) and (len(words) > 1 or any(ch.isupper() for ch in text)):
            # a phrase in other capitals is the same wrong phrase ("members states"), a wrong
            # name in lower case the same wrong name ("columbia"); a lower-case word is not
            # made wrong by a capital ("Program" in a name is left to the name's concept)
            for other in texts:
                add(term, other, case_sensitive=False, inflect=True)
    for term in allowed:
        if not _is_acronym(term.text):
            for other in other_spellings(term.text):
                add(term, other, inflect=bool(getattr(term, "inflect", True)))
    return out


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


@functools.lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    """``text`` case- and accent-folded, invisible characters dropped (for :func:`_needle`)."""
    from reltrans.glossary.matcher import fold_key

    return fold_key(_INVISIBLE.sub("", text))


@functools.lru_cache(maxsize=8192)
def _needle(text: str) -> str:
    """A piece of ``text`` that every match of it holds, folded: the start of its longest word,
    less the letters an inflection may change ("countr" for "country", "countries")."""
    from reltrans.glossary.matcher import fold_key

    words = _WORD_RUN.findall(fold_key(text))
    if not words:
        return ""
    longest = max(words, key=len)
    return longest[: max(3, len(longest) - 3)]


def _spelling_key(text: str) -> str:
    """``text`` casefolded with hyphens read as spaces (to compare spellings)."""
    return " ".join(text.casefold().replace("-", " ").split())


def _renders(
    target: str, allowed: Sequence[TermLike], gctx: GlossaryContext, forbidden: Sequence[TermLike] = (), initials: bool = True
) -> bool:
    """Does ``target`` hold one of the ``allowed`` terms, or a documented derivation of one
    that the concept does not forbid ("Director-General" is no derivation where it is listed
    as a wrong spelling)? ``initials=False``: the initials of a term do not render it (a
    person's title: "UNHCR" is the office, not the High Commissioner)."""
    if any(gctx.target.contains(target, term) for term in allowed):
        return True
    banned = {_spelling_key(t.text) for t in forbidden}
    derived = [d for term in allowed for d in _derived_terms(term) if _spelling_key(d.text) not in banned]
    if any(gctx.target.contains(target, d) for d in derived):
        return True
    if initials and any(_initials_in(target, term) for term in allowed):
        return True
    if any(_session_title_in(target, term) for term in allowed):
        return True
    return any(_coordinated(target, term) for term in allowed)


# the presiding officer of a body that meets in sessions, with the session named (UN Editorial
# Manual: "the President of the seventy-eighth session of the General Assembly")
_PRESIDING_OF = re.compile(r"^(President|Vice-President|Chair|Chairperson|Chairman|Chairwoman) of the ([A-Z][\w-]*(?: [A-Z][\w-]*)*)$")


def _session_title_in(target: str, term: TermLike) -> bool:
    """Is the presiding-officer title ``term`` ("President of the General Assembly") written
    with its session in ``target``: "President of the sixty-fifth session of the United
    Nations General Assembly"?"""
    found = _PRESIDING_OF.match(term.text)
    if found is None:
        return False
    return _session_pattern(found.group(1), found.group(2)).search(target) is not None


@functools.lru_cache(maxsize=256)
def _session_pattern(head: str, body: str) -> "re.Pattern[str]":
    words = r"\s+".join(re.escape(w) for w in body.split())
    return re.compile(
        rf"(?<![\w-]){re.escape(head)}\s+of\s+the\s+(?:[a-z]+(?:-[a-z]+)?\s+|\d+(?:st|nd|rd|th)\s+)?"
        rf"(?:(?:regular|special|emergency\s+special|resumed)\s+)?session\s+of\s+the\s+(?:United\s+Nations\s+|UN\s+)?{words}(?![\w-])"
    )


# forms of address (UN Editorial Manual: "Mr.", "Ms."); news style may drop them before a name
_FORM_OF_ADDRESS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?$")
_NAME_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_TITLED_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mme|M)\.?\s+\Z")  # a form of address ends here


def _address_dropped(msgid: str, match: TermMatch, target: str, allowed: Sequence[TermLike]) -> bool:
    """Is ``match`` a form of address (every allowed term is one: "Mr.", "Ms.") before a name
    that ``target`` gives without one: « a déclaré M. Ruiz » -> "said Ruiz"? A name that
    ``target`` gives with another form of address ("Ms. Ruiz" for « M. Ruiz ») is no drop."""
    if not allowed or not all(_FORM_OF_ADDRESS.match(t.text) for t in allowed):
        return False
    after = _NAME_AFTER.match(msgid, match.end)
    if after is None or not after.group(1)[:1].isupper():
        return False
    name = after.group(1)
    spans = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", target)]
    if not spans:
        return False
    return not any(_TITLED_BEFORE.search(target[max(0, start - 8):start]) for start in spans)


def _case_variant_in(target: str, allowed: Sequence[TermLike], gctx: GlossaryContext, forbidden: Sequence[TermLike] = ()) -> str:
    """The text of ``target`` that writes one of the case-sensitive ``allowed`` terms (or a
    documented derivation) in other capitals, when it is no forbidden term and the term no
    acronym; else ""."""
    from dataclasses import is_dataclass, replace as dc_replace

    banned = {t.text.casefold() for t in forbidden}
    candidates = [t for t in allowed if getattr(t, "case_sensitive", False) and is_dataclass(t) and not _is_acronym(t.text)]
    for term in candidates + [d for t in candidates for d in _derived_terms(t) if getattr(d, "case_sensitive", False)]:
        for start, end in gctx.target.spans(target, dc_replace(term, case_sensitive=False)):  # type: ignore[type-var]
            written = target[start:end]
            if written.casefold() not in banned:
                return written
    return ""


def _rendered_by_adjective(target: str, concept_id: str, concept: ConceptLike, gctx: GlossaryContext) -> bool:
    """Is the name rendered by the adjective or demonym the glossary ties to it: a vocabulary
    concept of the same domain that admits the name as a variant (``polish-adj``: "Polish",
    "Poland") -> "the Belarusian-Polish border" renders « la Pologne »?"""
    preferred = concept.preferred(gctx.target_lang)
    if preferred is None:
        return False
    for sibling_id in gctx.adjectives.get(preferred.text.casefold(), ()):
        sibling = gctx.glossary.get(sibling_id)
        if sibling is None or sibling_id == concept_id or getattr(sibling, "domain", "") != getattr(concept, "domain", ""):
            continue
        if any(gctx.target.contains(target, term) for term in gctx.target_terms(sibling_id, sibling)[0]):
            return True
    return False


# a descriptor names an organization by what it does: "the UN health agency", "UN humanitarian office"
_DESCRIPTOR_NOUN = re.compile(r"(?<![\w-])(?:agency|office|entity)(?![\w-])")


def _rendered_by_descriptor(target: str, concept_id: str, allowed: Sequence[TermLike], gctx: GlossaryContext) -> bool:
    """Is the organization rendered by the descriptor the glossary ties to it: a concept whose
    preferred term is a descriptor and that admits one of the organization's terms
    (``who-descriptor``: "UN health agency", "WHO") -> "the UN health agency" renders « l'OMS »?"""
    seen: set[str] = set()
    for term in allowed:
        for sibling_id in gctx.descriptors.get(term.text.casefold(), ()):
            if sibling_id == concept_id or sibling_id in seen:
                continue
            seen.add(sibling_id)
            sibling = gctx.glossary.get(sibling_id)
            if sibling is None:
                continue
            descriptors = [t for t in gctx.target_terms(sibling_id, sibling)[0] if _DESCRIPTOR_NOUN.search(t.text)]
            if any(gctx.target.contains(target, t) for t in descriptors):
                return True
    return False


def _rendered_by_full_name(target: str, concept_id: str, concept: ConceptLike, gctx: GlossaryContext) -> bool:
    """Is the acronym spelt out: the preferred term of an organization concept of the same
    domain that admits the acronym (``iom-name``: "International Organization for Migration",
    "IOM") -> "The International Organization for Migration has assisted" renders « l'OIM »?
    Only the full name itself counts (its own derivations and admitted forms do not)."""
    preferred = concept.preferred(gctx.target_lang)
    if preferred is None or not _is_acronym(preferred.text):
        return False
    for sibling_id in gctx.full_names.get(preferred.text.casefold(), ()):
        sibling = gctx.glossary.get(sibling_id)
        if sibling is None or sibling_id == concept_id or getattr(sibling, "domain", "") != getattr(concept, "domain", ""):
            continue
        if gctx.target.contains(target, gctx.target_terms(sibling_id, sibling)[0][0]):
            return True
    return False


# words an acronym skips: "International Organization for Migration" -> IOM
def _recased_in(target: str, surface: str) -> str:
    """The form of ``surface`` that ``target`` writes with other capitals ("Covid-19" for
    "COVID-19"), or ''; a word of at least three letters, never a case-folded short acronym."""
    if sum(ch.isalpha() for ch in surface) < 3:
        return ""
    found = re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", target, re.IGNORECASE)
    return found.group(0) if found and found.group(0) != surface else ""


_SKIPPED_BY_ACRONYMS = frozenset("a an and at by for in of on or the to".split())


def _initials_in(target: str, term: TermLike) -> bool:
    """Is the acronym of a multi-word ``term`` (its initials, in capitals) in ``target``: "the
    VHR programme" for "voluntary humanitarian return", "DTM" for "Displacement Tracking
    Matrix"?"""
    words = [w for w in re.split(r"[\s-]+", term.text) if w and w.lower() not in _SKIPPED_BY_ACRONYMS]
    if not 3 <= len(words) <= 6 or not all(w[:1].isalpha() for w in words):
        return False
    initials = "".join(w[0] for w in words).upper()
    # a full stop after it ends the sentence ("President of the ICRC."), one before a letter is
    # part of a dotted form
    return re.search(rf"(?<![\w.]){initials}s?(?!\w|\.\w)", target) is not None


def _placed_spans(
    target: str,
    terms: Sequence[TermLike],
    banned: Sequence[TermLike],
    gctx: GlossaryContext,
    foreign: Sequence[tuple[int, int]] = (),
    taken: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The distinct places of ``target`` that hold one of ``terms`` outside every ``banned``
    term ("migrants" inside "illegal migrants" is not a correct rendering), not strictly inside
    a ``foreign`` span (the rendering of another concept: "migrant" inside "migrant smugglers")
    and not on a ``taken`` span (the rendering of another concept of the source: "(IOM)" after
    a wrong long name renders "(OIM)", not the long name)."""
    bad = [span for term in banned for span in gctx.target.spans(target, term)]
    bad += [(s, e) for s, e in foreign]
    spans: set[tuple[int, int]] = set()
    for term in terms:
        spans.update(
            sp
            for sp in gctx.target.spans(target, term)
            if not any(s < sp[1] and sp[0] < e and (s, e) != sp for s, e in bad) and not any(s < sp[1] and sp[0] < e for s, e in taken)
        )
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or e <= start for s, e in chosen):
            chosen.append((start, end))
    return chosen


@dataclass(frozen=True)
class DocumentAgency:
    """The organization a file's release comes from, as far as its msgids tell: the
    organizations (domain organization or body, no title) named in the most entries, two at
    least; a joint release has two. Computed on first use: only an RT101 or RT104 it could
    excuse asks (:meth:`of`)."""

    msgids: tuple[str, ...]
    # (line, msgstr) of the file's entries: a short form ("the agency") needs an earlier entry
    # that names the agency (:meth:`named_before`)
    translations: tuple[tuple[int, str], ...] = ()
    _found: list[frozenset[str]] = field(default_factory=list, init=False, compare=False, repr=False)
    _first_named: dict[str, int] = field(default_factory=dict, init=False, compare=False, repr=False)

    def of(self, gctx: GlossaryContext) -> frozenset[str]:
        """The concept ids of the publishing agency (empty when no organization stands out)."""
        if not self._found:
            counts: dict[str, int] = {}
            for msgid in self.msgids:
                named = set()
                for match in gctx.source.find(msgid):
                    concept = gctx.glossary.get(match.concept_id)
                    if concept is not None and getattr(concept, "domain", "") in _ORGANIZATION_DOMAINS and getattr(concept, "kind", "") != "title":
                        named.add(match.concept_id)
                for concept_id in named:
                    counts[concept_id] = counts.get(concept_id, 0) + 1
            most = max(counts.values(), default=0)
            self._found.append(frozenset(c for c, n in counts.items() if n == most) if most >= 2 else frozenset())
        return self._found[0]

    def named_before(self, gctx: GlossaryContext, line: int) -> bool:
        """Does an entry before ``line`` name the publishing agency in its translation (an
        English term of one of its concepts)? A short form refers back to it."""
        if "" not in self._first_named:
            first = 1 << 30
            ids = self.of(gctx)
            terms = [t for cid in sorted(ids) if (c := gctx.glossary.get(cid)) is not None for t in gctx.target_terms(cid, c)[0]]
            for entry_line, text in sorted(self.translations):
                if text and any(gctx.target.contains(text, t) for t in terms):
                    first = entry_line
                    break
            self._first_named[""] = first
        return self._first_named[""] < line


# the agent of a passive: « les migrants rapatriés par l'OIM », « un programme mis en œuvre par
# le PAM », « l'aide fournie notamment par l'UNICEF »
_PASSIVE_AGENT = re.compile(
    r"(?:[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes|int|inte|ints|intes)"
    r"|en\s+œuvre|en\s+place|en\s+charge)"
    r"\s+(?:(?:notamment|principalement|directement|également|aussi|essentiellement)\s+)?par\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?\Z",
    re.IGNORECASE,
)


def _passive_agent(msgid: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Is every source occurrence the agent of a passive (« rapatriés par l'OIM »)? The
    release's own agency is often left implied there ("most migrants returned")."""
    return bool(spans) and all(_PASSIVE_AGENT.search(msgid[max(0, start - 60) : start]) is not None for start, _end in spans)


def _check_concept(
    entry: CatalogEntry,
    target: str,
    concept_id: str,
    concept: ConceptLike,
    occurrence: _Occurrence,
    gctx: GlossaryContext,
    ctx: EntryContext,
    out: list[Finding],
    present: _Present,
    aligner: _PositionAligner,
    missing: list[str] | None = None,
    spelling: DocumentSpelling | None = None,
    agency: DocumentAgency | None = None,
) -> None:
    match = occurrence.match
    allowed, forbidden = gctx.target_terms(concept_id, concept)
    if (
        allowed
        and not _renders(target, allowed, gctx, forbidden, initials=getattr(concept, "kind", "") != "title")
        and not _rendered_by_adjective(target, concept_id, concept, gctx)
        and not _rendered_by_descriptor(target, concept_id, allowed, gctx)
        and not _rendered_by_full_name(target, concept_id, concept, gctx)
        and not occurrence.acronym_beside
        and not _short_title_by_name(entry.msgid, occurrence.spans, target, concept, allowed)
    ):
        required = is_required_concept(concept, gctx.target_lang)
        if not required and not ctx.strict and _address_dropped(entry.msgid, match, target, allowed):
            return  # "a déclaré M. Ruiz" -> "said Ruiz": news style names the person bare
        others = f" (or {', '.join(repr(t.text) for t in allowed[1:])})" if len(allowed) > 1 else ""
        note = ""
        if not required and _is_acronym(match.surface) and _left_untranslated(match.surface, target, allowed):
            # a French acronym standing in the English ("VIH" for HIV) is wrong whatever the kind
            required, note = True, " (the source acronym is left untranslated)"
        if required and _left_untranslated(match.surface, target, allowed):
            pass  # the source form itself stands in the translation ("PAM's food assistance"): no excuse
        elif required and occurrence.dateline and len(occurrence.spans) == 1:
            required, note = False, " (dateline)"
        elif required and occurrence.apposition_of:
            required, note = False, f" (apposition to {occurrence.apposition_of!r}, which is rendered)"
        elif required and _WE.search(target) and not _NOUS.search(entry.msgid):
            required, note = False, " (the translation speaks as 'we')"
        elif required and (head := _complement_head(entry.msgid, concept, occurrence.spans)):
            required, note = False, f" (complement of {head!r}: check the translation implies it)"
        elif required and agency is not None and _passive_agent(entry.msgid, occurrence.spans) and concept_id in agency.of(gctx):
            # « les migrants rapatriés par l'OIM » -> "migrants returned" in IOM's own release
            required, note = False, " (agent of a passive, the publishing agency: check the translation implies it)"
        elif required and getattr(concept, "kind", "") == "title" and (word := _head_word(target, allowed)):
            required, note = False, f" (a title rendered as {word!r}: check it names the same office)"
        elif required and (generic := _generic_reference(concept, target)):
            # a place the English repeats as a common noun: « au Liban » -> "in the country"
            required, note = False, f" (named as {generic!r}: check it refers to it)"
        elif required and (short := _agency_short_form(concept_id, concept, target, agency, gctx, allowed, entry.line)):
            # the release's own agency named again by a short form or a pronoun: « le PAM et
            # ses partenaires » -> "the agency and its partners", "the Organization", "It recommends"
            required, note = False, f" (named as {short!r}, the publishing agency: check it refers to it)"
        elif required and getattr(concept, "kind", "") == "title" and (person := _PERSON.search(target)):
            # a later mention of the office holder: "a ajouté le Haut-Commissaire" -> "he
            # added", "Mr. Grandi added"
            required, note = False, f" (the office holder named as {person.group(0)!r}: check it is the same person)"
        elif required and getattr(concept, "kind", "") == "title" and (holder := _holder_named(entry.msgid, target, gctx)):
            # « l'Ambassadeur de bonne volonté explique » -> "Neeson talks": the English names
            # the office holder the document names elsewhere
            required, note = False, f" (the office holder named as {holder!r}: check it is the same person)"
        elif required and (written := _case_variant_in(target, allowed, gctx, forbidden)):
            # the agency's house style capitalises otherwise ("Sub-Saharan Africans" for
            # "sub-Saharan Africa"); a form the glossary forbids stays an RT102 error, an
            # acronym in other capitals ("Iom") is never a case variant
            required, note = False, f" (written {written!r}: capitalisation differs, house style)"
        elif required and occurrence.owner_of and (person := _PERSON.search(target) or _holder_named(entry.msgid, target, gctx)):
            # « le Directeur général de l'OMS a salué » -> "Dr Tedros welcomed": the title and the
            # body it heads are the office holder named
            named = person if isinstance(person, str) else person.group(0)
            required, note = False, f" (owner of the title {occurrence.owner_of!r}, whose holder the translation names as {named!r})"
        elif required and _generic_agency(allowed) and (named := _publishing_agency_named(target, agency, gctx)):
            # « l'agence onusienne » -> "UNHCR": the English names the release's own agency
            required, note = False, f" (named as {named!r}, the publishing agency: check it refers to it)"
        elif required and occurrence.owner_of and is_headline(entry.msgid) and is_headline(target):
            # « Déclaration du Directeur exécutif de l'ONUDC à l'occasion de ... » -> "Statement
            # on ...": the headline leaves out the speaker, the title and the body it heads
            required, note = False, f" (headline: owner of the title {occurrence.owner_of!r}, which it leaves out too)"
        elif required and getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS and is_headline(entry.msgid) and is_headline(target):
            # a headline leaves out a place or a title ("Guterres Welcomes ..."); the agency
            # that speaks stays named
            required, note = False, " (headline: check the headline implies it)"
        severity = Severity.ERROR if required or ctx.strict else Severity.WARNING
        kind = "required" if required else "recommended"
        if missing is not None:
            missing.extend(t.text for t in allowed)
        out.append(make_finding("RT101", ctx, entry.line, f"missing {kind} term {allowed[0].text!r}{others} for source {match.surface!r}{note}", entry.msgid, severity))
    elif allowed and _is_acronym(match.surface) and not any(_spelling_key(t.text) == _spelling_key(match.surface) for t in forbidden):
        # rendered once, and the French acronym left standing at another occurrence: "the
        # Office on Drugs and Crime (ONUDC) ... UNODC Executive Director"
        left = [s for s in _word_spans(target, match.surface) if not aligner.covered_by_any(s)]
        if left and _left_untranslated(match.surface, target, allowed):
            out.append(make_finding("RT102", ctx, entry.line, f"source acronym {match.surface!r} left untranslated, use {allowed[0].text!r}", entry.msgid))
    forms = gctx.forbidden_forms(concept_id, concept)
    if not forms:
        return
    # every source occurrence has its allowed rendering: a forbidden word elsewhere in the
    # sentence translates something else ("trade agreement" next to "trafficking"); a
    # forbidden phrase or all-capitals form is wrong wherever it stands ("OIM's" in English)
    placed: list[bool] = []  # computed once, where a form is found

    def every_placed() -> bool:
        if not placed:
            spans = (
                _placed_spans(target, allowed, forbidden, gctx, aligner.foreign_spans(concept_id), aligner.foreign_spans(concept_id, present.ids))
                if allowed
                else []
            )
            placed.append(bool(allowed) and len(spans) >= len(occurrence.spans))
        return placed[0]

    folded = _folded(target)
    reported: list[tuple[int, int]] = []
    allowed_found: list[list[tuple[int, int]]] = []  # computed once, where a form is found

    def inside_allowed(span: tuple[int, int]) -> bool:
        # a derived form can be part of an allowed term: the plural of the forbidden "United
        # Nation" is the allowed "United Nations"; what an allowed term covers is that term
        if not allowed_found:
            allowed_found.append([a for t in allowed for a in gctx.target.spans(target, t)])
        return any(a0 <= span[0] and span[1] <= a1 for a0, a1 in allowed_found[0])

    for term in forms:
        if _needle(term.text) not in folded:
            continue  # cheap: the form's longest word is not in the text
        spans = [
            span
            for span in gctx.target.spans(target, term)
            if not aligner.covered(concept_id, span) and not any(s < span[1] and span[0] < e for s, e in reported)  # one report a place
            and not inside_allowed(span)
        ]
        if not spans:
            continue
        # the source word itself left in the English is wrong wherever it stands, as a phrase
        # or an all-capitals form is ("pour bon nombre de réfugiés" -> "for many refugié")
        specific = _specific(term.text) or _source_word(term.text, match.surface)
        if not specific and every_placed():
            continue
        others = present.ids - {concept_id}
        # (a) exception: every occurrence is an allowed term of another concept of the msgid
        if others and all(_allowed_by(span, (term.text, target[span[0]:span[1]]), target, others, gctx) for span in spans):
            continue
        # a forbidden phrase or all-capitals form is specific to the concept; a single common
        # word ("trade", "treaty") is one of its renderings only where a source occurrence is
        # translated (alignment by position)
        if not specific and not any(aligner.translates(src, span) for src in occurrence.spans for span in spans):
            continue
        reported.extend(spans)
        hint = f", use {allowed[0].text!r}" if allowed else ""
        spelt_as = next((a for a in allowed if _spelling_variant(term.text, a.text)), None)
        if not is_required_concept(concept, gctx.target_lang) and spelt_as is not None:
            # vocabulary in another spelling (neighboring/neighbouring): house style, unless
            # the other entries of the file write the word the glossary's way (a slip)
            pairs = differing_words(term.text, spelt_as.text)
            style = spelling.prefers(pairs, entry.line) if spelling is not None and pairs else ""
            if style == "glossary" or ctx.strict:
                written = ", ".join(repr(a) for a, _b in pairs)
                note = f" (this file writes {written} in other entries)" if style == "glossary" else ""
                out.append(make_finding("RT102", ctx, entry.line, f"spelling variant {term.text!r} of {match.surface!r}{hint}{note}", entry.msgid, Severity.ERROR))
            else:
                out.append(make_finding("RT102", ctx, entry.line, f"spelling variant {term.text!r} of {match.surface!r}{hint} (house style)", entry.msgid, Severity.WARNING))
            continue
        severity, note = _stance_of_source(term.text, entry.msgid, ctx)
        out.append(make_finding("RT102", ctx, entry.line, f"forbidden rendering {term.text!r} of {match.surface!r}{hint}{note}", entry.msgid, severity))


# UN News names officials by their office: "UN chief", "WHO chief", "the head of WFP", "the UN
# envoy for Syria" (an envoy or representative only)
_HEAD_WORDS = re.compile(r"(?<![\w-])(chief|head|envoy)(?![\w-])", re.IGNORECASE)


def _head_word(target: str, allowed: Sequence[TermLike]) -> str:
    """The word of ``target`` that may stand for a title ("chief", "head"; "envoy" for a title
    that is an envoy or representative), or ""."""
    for match in _HEAD_WORDS.finditer(target):
        word = match.group(1).lower()
        if word != "envoy" or any(w in t.text.lower() for t in allowed for w in ("envoy", "representative")):
            return match.group(1)
    return ""


# the common nouns an official version uses for a place it has just named ("in the country");
# an organization replaced by "the agency" stays an error unless it is the publishing agency
# (:func:`_agency_short_form`): the agency that speaks is named
_PLACE_NOUNS = re.compile(r"(?<![\w-])[Tt]he\s+(?:country|region|city|capital|island|territory|province|area)(?![\w-])")


def _generic_reference(concept: ConceptLike, target: str) -> str:
    """The common noun that ``target`` uses for a place ("the country"), or ""."""
    if getattr(concept, "domain", "") != "place" or getattr(concept, "kind", "") == "acronym":
        return ""
    found = _PLACE_NOUNS.search(target)
    return found.group(0) if found else ""


# a short form of an organization: "the agency", "the UN refugee agency", "the emergency food
# relief agency", "the Organization", "the Programme" (a head noun of its English name)
_AGENCY_SHORT = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(agency|Agency|[A-Z][a-z]+)(?![\w-])"
)
# "it" as the subject of what an agency does or says ("It recommends", "it also warned"); not
# "its" alone, which as often stands for a country or a programme
_AGENCY_PRONOUN = re.compile(
    r"(?<![\w-])[Ii]t\s+(?:also\s+|has\s+|had\s+|will\s+|would\s+)?(?:said|says|added|adds|warned|warns|noted|notes|stressed|stresses"
    r"|estimated|estimates|recommended|recommends|called|calls|urged|urges|appealed|appeals|seeks|sought|aims|plans|launched|launches"
    r"|provided|provides|helped|helps|supported|supports|reached|reaches|assisted|assists|delivered|delivers|distributed|distributes|reported|reports)(?![\w-])"
)
_AGENCY_HEADS = frozenset({"Organization", "Programme", "Fund", "Office", "Commission", "Agency", "Bank", "Union", "Institute", "Entity"})


def _agency_short_form(
    concept_id: str, concept: ConceptLike, target: str, agency: DocumentAgency | None, gctx: GlossaryContext, allowed: Sequence[TermLike],
    line: int = 0,
) -> str:
    """The short form or pronoun by which ``target`` names the release's own agency (the
    organization of the file's msgids, see :class:`DocumentAgency`): "the agency", a head noun
    of its English name ("the Organization" for the World Health Organization, "the Programme"
    for the World Food Programme), or "it" as the subject of what it does or says ("It
    recommends"); "" otherwise. Another organization replaced
    by "the agency" stays an error: the text never named it; so does the agency's first mention
    (no earlier entry names it in English: the short form refers to nothing yet)."""
    if (
        agency is None
        or getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS
        or getattr(concept, "kind", "") == "title"
        or concept_id not in agency.of(gctx)
        or not agency.named_before(gctx, line)
    ):
        return ""
    heads = {w for t in allowed for w in t.text.split() if w in _AGENCY_HEADS}
    for found in _AGENCY_SHORT.finditer(target):
        word = found.group(1)
        if word.casefold() == "agency" or word in heads:
            return found.group(0)
    pronoun = _AGENCY_PRONOUN.search(target)
    return pronoun.group(0) if pronoun else ""


def _surname_kept(surface: str, concept: ConceptLike, target: str) -> str:
    """The last word of a person's name of two words or more (a concept of kind ``name``) that
    ``target`` writes as a whole word, the full name being absent ("Guterres" for « António
    Guterres »), or ""."""
    if getattr(concept, "kind", "") != "name" or len(surface.split()) < 2:
        return ""
    last = surface.split()[-1]
    if len(last) < 3 or not last[:1].isupper():
        return ""
    return last if re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", target) else ""


def _generic_agency(allowed: Sequence[TermLike]) -> bool:
    """Is the concept a generic descriptor of UN agencies (« agence onusienne » = "UN agency"):
    one of its English terms is the bare noun "agency"?"""
    return any(t.text.casefold() in ("agency", "agencies") for t in allowed)


def _publishing_agency_named(target: str, agency: DocumentAgency | None, gctx: GlossaryContext) -> str:
    """The English term of the release's own agency that ``target`` writes, or ""."""
    if agency is None:
        return ""
    for concept_id in sorted(agency.of(gctx)):
        concept = gctx.glossary.get(concept_id)
        if concept is None:
            continue
        for term in gctx.target_terms(concept_id, concept)[0]:
            if gctx.target.contains(target, term):
                return term.text
    return ""


def _holder_named(msgid: str, target: str, gctx: GlossaryContext) -> str:
    """The surname of a person the document names that ``target`` writes and the msgid does
    not: the source names the person by the title there (« le Haut-Commissaire a salué » ->
    "Grandi welcomed", news style names the office holder bare), or "". A title beside the
    name in the source that the translation drops stays missing (the source says both)."""
    names = gctx.surnames
    if not names:
        return ""
    for word in re.findall(r"[A-ZÀ-Ý][\w’'-]+", target):
        if word in names and word not in msgid:
            return word
    return ""


# "illegal" is forbidden as the agencies' own word for migrants and migration; where the
# source itself says « illégal » (a minister quoted, a law cited), the English says what the
# source says
_ILLEGAL_EN = re.compile(r"(?<![\w-])illegal(?:ly)?(?![\w-])", re.IGNORECASE)
_ILLEGAL_FR = re.compile(r"(?<![\w-])ill[ée]ga(?:l|le|les|ux|lement)(?![\w-])", re.IGNORECASE)


def _stance_of_source(forbidden: str, msgid: str, ctx: EntryContext) -> tuple[Severity | None, str]:
    """(severity, note) of a forbidden rendering: the rule's own, or a warning (an error under
    ``--strict``) where "illegal" renders the source's own « illégal »."""
    if _ILLEGAL_EN.search(forbidden) and _ILLEGAL_FR.search(msgid):
        return (Severity.ERROR if ctx.strict else Severity.WARNING), " (the source says « illégal »: check whose words these are)"
    return None, ""


# a person: a personal pronoun, or a form of address before a name
_PERSON = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+)(?![\w-])")


def _source_word(forbidden: str, surface: str) -> bool:
    """Is the forbidden word the source word itself, maybe without its accents or its
    inflection ("refugié" for « réfugiés »), not an English word that looks like it ("trade"
    for « traite »)?"""
    from reltrans.glossary.matcher import fold_key

    a, b = fold_key(forbidden), fold_key(surface)
    return len(a) >= 4 and forbidden.casefold() != a and (b.startswith(a) or a.startswith(b)) and abs(len(a) - len(b)) <= 2


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word, case as written."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def _is_acronym(surface: str) -> bool:
    """An acronym as the source writes it: two capitals or more, no lower-case letter (VIH, ONG)."""
    return sum(ch.isupper() for ch in surface) >= 2 and not any(ch.islower() for ch in surface)


def _left_untranslated(surface: str, target: str, allowed: Sequence[TermLike]) -> bool:
    """Does the source form ``surface`` stand, as a whole word and unchanged, in ``target``
    while no allowed target term is spelt so (« du PAM » -> "PAM's", not "WFP's")?"""
    if not surface or any(t.text.casefold() == surface.casefold() for t in allowed):
        return False
    at = target.find(surface)
    while at >= 0:
        end = at + len(surface)
        if (at == 0 or not target[at - 1].isalnum()) and (end == len(target) or not target[end].isalnum()):
            return True
        at = target.find(surface, at + 1)
    return False


# An organization named only as the complement of a common noun, « les partenaires de l'ONU »,
# « le personnel du PAM »: official versions often leave it implied ("partners", "staff").
# The noun follows a determiner (so it is a noun, not a title or a name) and is no part of a
# prepositional phrase that carries the name itself (« auprès de », « au nom de », « au sein de »).
_COMPLEMENT = re.compile(
    r"(?:^|[\s(«“\"])(?i:les|le|la|l['’]|des|du|aux|au|ses|son|sa|leurs|leur|ces|ce|cet|cette|un|une|nos|notre|vos|votre)\s*"
    r"((?!(?:auprès|près|part|nom|sein|lors|hors|faveur|côté|compte|cadre|initiative|demande)\s)[a-zà-ÿœæ][\w’'-]*)"
    r"(?:\s+[a-zà-ÿœæ][\w-]*)?\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)\Z"
)
_ORGANIZATION_DOMAINS = frozenset({"organization", "body"})


def _complement_head(msgid: str, concept: ConceptLike, spans: Sequence[tuple[int, int]]) -> str:
    """The common noun that an organization concept complements at every source occurrence
    (« les partenaires de l'ONU » -> "partenaires"), or "" (also for titles and other kinds)."""
    if getattr(concept, "domain", "") not in _ORGANIZATION_DOMAINS or getattr(concept, "kind", "") == "title":
        return ""
    head = ""
    for start, _end in spans:
        found = _COMPLEMENT.search(msgid[max(0, start - 60) : start])
        if found is None:
            return ""
        head = head or found.group(1)
    return head


# the translation speaks in the first person plural where the source names the speakers
# ("l'OIM se joint au HCR pour appeler" -> "we call on")
_WE = re.compile(r"\b(?:[Ww]e|W[Ee]|[Oo]ur|OUR|us)\b")  # not "US", the United States
_NOUS = re.compile(r"(?<!\w)(?:nous|notre|nos)(?!\w)", re.IGNORECASE)

def _unique(terms: Iterable[TermLike | None]) -> list[TermLike]:
    seen: dict[str, TermLike] = {}
    for term in terms:
        if term is not None and term.text not in seen:
            seen[term.text] = term
    return list(seen.values())


def _preferred_hint(gctx: GlossaryContext, concept_id: str) -> str:
    concept = gctx.glossary.get(concept_id)
    preferred = concept.preferred(gctx.target_lang) if concept is not None else None
    return f", use {preferred.text!r}" if preferred is not None else ""


_UNMET = re.compile(r"^\s*reltrans:\s*unmet terms?:\s*(.+?)\s*$", re.IGNORECASE)


def unmet_terms(entry: CatalogEntry) -> list[str]:
    """Terms listed by enforcement in ``#. reltrans: unmet terms: A; B``."""
    terms: list[str] = []
    for comment in entry.extracted_comments:
        match = _UNMET.match(comment)
        if match:
            terms.extend(t.strip() for t in match.group(1).split(";") if t.strip())
    return terms


def check_unmet(
    entry: CatalogEntry,
    target: str,
    matcher: MatcherLike | None,
    ctx: EntryContext,
    reported: Iterable[str] = (),
) -> list[Finding]:
    """RT105: a still-fuzzy entry whose unmet terms are still absent from the translation.

    Once a reviewer places the term and clears ``fuzzy``, the stale comment is not reported
    (RT101 covers the term from then on). With a matcher, inflected forms count as present.
    ``reported`` are the target terms RT101 already reports missing for this entry: one
    missing term is reported once (by RT101, whose severity follows the concept's kind).
    """
    terms = open_unmet_terms(entry, target, matcher)
    if not terms:
        return []
    found: set[str] = {term.casefold() for term in reported}
    out: list[Finding] = []
    severity = Severity.ERROR if ctx.strict else Severity.WARNING
    for term in terms:
        if term.casefold() not in found:
            out.append(make_finding("RT105", ctx, entry.line, f"term enforcement could not place {term!r}", entry.msgid, severity))
    return out


def open_unmet_terms(entry: CatalogEntry, target: str | None = None, matcher: MatcherLike | None = None) -> list[str]:
    """The terms enforcement listed as not placed (``#. reltrans: unmet terms``) in a still
    fuzzy entry that are still absent from ``target`` (default: its msgstr). The one count of
    unmet terms: ``translate``'s summary and ``check``'s (``RT105``, or ``RT101`` for a term the
    glossary check reports missing) both come from it."""
    if not entry.fuzzy or not entry.extracted_comments:
        return []
    terms = unmet_terms(entry)
    if not terms:
        return []
    text = entry.msgstr if target is None else target
    found: set[str] = set()
    if matcher is not None and text:
        for match in matcher.find(text):
            found.add(match.term.casefold())
    folded = text.casefold()
    return [term for term in dict.fromkeys(terms) if term.casefold() not in found and term.casefold() not in folded]
