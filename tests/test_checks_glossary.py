"""Glossary checks against a tiny fake glossary/matcher, plus one test on the bundled glossary."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from reltrans.checks import check_catalog
from reltrans.checks.glossary_checks import GlossaryContext, check_unmet, unmet_terms
from reltrans.checks.rules import EntryContext
from reltrans.model import Catalog, CatalogEntry, TermMatch

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


@dataclass(frozen=True)
class FakeTerm:
    text: str
    status: str = "preferred"


@dataclass(frozen=True)
class FakeConcept:
    id: str
    terms: dict[str, tuple[FakeTerm, ...]]
    dnt: bool = False

    def preferred(self, lang: str) -> FakeTerm | None:
        return next((t for t in self.terms.get(lang, ()) if t.status == "preferred"), None)

    def allowed(self, lang: str) -> tuple[FakeTerm, ...]:
        return tuple(t for t in self.terms.get(lang, ()) if t.status != "forbidden")

    def forbidden(self, lang: str) -> tuple[FakeTerm, ...]:
        return tuple(t for t in self.terms.get(lang, ()) if t.status == "forbidden")


class FakeGlossary:
    def __init__(self, *concepts: FakeConcept) -> None:
        self.concepts = {c.id: c for c in concepts}

    def get(self, concept_id: str) -> FakeConcept | None:
        return self.concepts.get(concept_id)


class FakeMatcher:
    """Whole-word, case-insensitive (except all-caps terms), optional plural -s."""

    def __init__(self, glossary: FakeGlossary, lang: str) -> None:
        self.patterns = []
        for concept in glossary.concepts.values():
            for term in concept.terms.get(lang, ()):
                flags = 0 if term.text.isupper() else re.IGNORECASE
                self.patterns.append((concept.id, term, re.compile(rf"(?<!\w){re.escape(term.text)}s?(?!\w)", flags)))
        self.lang = lang

    def find(self, text: str) -> list[TermMatch]:
        out = []
        for cid, term, pattern in self.patterns:
            for m in pattern.finditer(text):
                out.append(TermMatch(cid, self.lang, m.start(), m.end(), m.group(0), term.text, term.status))
        return out

    def contains(self, text: str, term: FakeTerm) -> bool:
        return any(t is term and p.search(text) for _, t, p in self.patterns)


GLOSSARY = FakeGlossary(
    FakeConcept("iom", {"fr": (FakeTerm("OIM"),), "en": (FakeTerm("IOM"), FakeTerm("I.O.M.", "forbidden"))}),
    FakeConcept(
        "tip",
        {
            "fr": (FakeTerm("traite des personnes"),),
            "en": (FakeTerm("trafficking in persons"), FakeTerm("human trafficking", "admitted")),
        },
    ),
    FakeConcept("migrant", {"fr": (FakeTerm("migrant"),), "en": (FakeTerm("migrant"), FakeTerm("illegal migrant", "forbidden"))}),
    FakeConcept("covax", {"fr": (FakeTerm("COVAX"),), "en": (FakeTerm("COVAX"),)}, dnt=True),
)
GCTX = GlossaryContext(GLOSSARY, FakeMatcher(GLOSSARY, "fr"), FakeMatcher(GLOSSARY, "en"), "fr", "en")


def run(*pairs: tuple[str, str], **kw: object) -> list[tuple[str, int]]:
    entries = tuple(CatalogEntry(msgid=s, msgstr=t, line=10 + 2 * i, **kw) for i, (s, t) in enumerate(pairs))  # type: ignore[arg-type]
    report = check_catalog(Catalog(header=HEADER, entries=entries, path="g.po"), glossary=GCTX)
    return [(f.code, f.line) for f in report.findings]


def test_preferred_or_admitted_term_present_is_clean() -> None:
    assert run(("L'OIM lutte contre la traite des personnes.", "IOM fights trafficking in persons.")) == []
    assert run(("La traite des personnes augmente.", "Human trafficking is rising.")) == []
    assert run(("Les migrants arrivent.", "The migrants arrive.")) == []


def test_missing_term() -> None:
    assert run(("L'OIM aide.", "The agency helps.")) == [("RT101", 10)]


def test_forbidden_rendering_of_source_concept() -> None:
    found = run(("L'OIM aide.", "I.O.M. helps."))
    assert ("RT102", 10) in found


def test_always_forbidden_rendering_without_source_concept() -> None:
    assert run(("Les personnes arrivent.", "The illegal migrants arrive.")) == [("RT103", 10)]


def test_do_not_translate_term_changed() -> None:
    assert run(("Le mécanisme COVAX livre.", "The Covax facility delivers.")) == [("RT104", 10)]
    assert run(("Le mécanisme COVAX livre.", "The COVAX facility delivers.")) == []


def test_variant_inconsistency_within_file_is_a_warning() -> None:
    found = run(
        ("La traite des personnes augmente.", "Trafficking in persons is rising."),
        ("La traite des personnes recule.", "Trafficking in persons is falling."),
        ("La traite des personnes change.", "Human trafficking is changing."),
    )
    assert found == [("RT203", 14)]


def test_ignore_glossary_comment() -> None:
    assert run(("L'OIM aide.", "The agency helps."), translator_comments=("reltrans: ignore glossary",)) == []


def test_unmet_terms_comment() -> None:
    entry = CatalogEntry(
        msgid="L'OIM lutte contre la traite des personnes.",
        msgstr="The agency fights trafficking.",
        flags=("fuzzy",),
        extracted_comments=("glossary: OIM → IOM; traite des personnes → trafficking in persons", "reltrans: unmet terms: IOM; trafficking in persons"),
        line=5,
    )
    assert unmet_terms(entry) == ["IOM", "trafficking in persons"]
    ctx = EntryContext("u.po")
    assert [f.message for f in check_unmet(entry, entry.msgstr, None, ctx)] == [
        "term enforcement could not place 'IOM'",
        "term enforcement could not place 'trafficking in persons'",
    ]
    report = check_catalog(Catalog(header=HEADER, entries=(entry,), path="u.po"))  # no glossary
    assert [f.code for f in report.findings].count("RT105") == 2
    # reviewed: fuzzy cleared -> the stale comment is not reported
    reviewed = CatalogEntry(msgid=entry.msgid, msgstr=entry.msgstr, extracted_comments=entry.extracted_comments, line=5)
    assert check_unmet(reviewed, reviewed.msgstr, None, ctx) == []


def test_unmet_term_placed_by_reviewer_but_still_fuzzy_is_not_reported() -> None:
    entry = CatalogEntry(
        msgid="L'OIM aide.", msgstr="IOM helps.", flags=("fuzzy",),
        extracted_comments=("reltrans: unmet terms: IOM",), line=5,
    )
    assert check_unmet(entry, entry.msgstr, GCTX.target, EntryContext("u.po")) == []


def test_bundled_glossary_integration() -> None:
    glossary_module = pytest.importorskip("reltrans.glossary")
    if not hasattr(glossary_module, "load_glossaries"):
        pytest.skip("reltrans.glossary.load_glossaries not available yet")
    glossary = glossary_module.load_glossaries()
    entries = (
        CatalogEntry(msgid="L'OIM a aidé 1 000 personnes.", msgstr="IOM helped 1,000 people.", line=3),
        CatalogEntry(msgid="L'OIM a aidé 2 000 personnes.", msgstr="The agency helped 2,000 people.", line=5),
    )
    report = check_catalog(Catalog(header=HEADER, entries=entries, path="b.po"), glossary=glossary)
    assert [(f.code, f.line) for f in report.findings] == [("RT101", 5)]


def test_forbidden_stems_prefilter() -> None:
    from reltrans.checks.glossary_checks import forbidden_stems

    class G:
        concepts = GLOSSARY.concepts.values()

    assert forbidden_stems(G(), "en") == ("i.o", "ill")
    assert forbidden_stems(object(), "en") is None  # no concepts exposed: always scan
    gctx = GlossaryContext(GLOSSARY, GCTX.source, GCTX.target, "fr", "en", ("ill",))
    assert gctx.may_hold_forbidden("Some ILLEGAL migrants") and not gctx.may_hold_forbidden("Some migrants")


_BUNDLED_PAIRS = (
    ("L'OIM a formé 300 agents.", "IOM trained 300 officials."),
    ("L'OIM a formé 300 agents.", "The agency trained 300 officials."),
    ("Le HCR salue le protocole contre le trafic illicite de migrants.", "UNHCR welcomes the protocol against trafficking of migrants."),
    ("Les États Membres protègent les réfugiés.", "Members States protect refugees."),
    ("Les personnes déplacées internes ont besoin d'aide.", "Internally displaced persons need help."),
    ("Les personnes déplacées internes ont besoin d'aide.", "IDPs need help."),
    ("Le rapport annuel sera présenté à Genève.", "The annual report will be presented in Geneva."),
    ("Le rapport annuel sera présenté à Genève.", "The Secretary General presented the report of the I.O.M."),
    ("La traite des personnes recule.", "Human trafficking is falling."),
    ("La traite des personnes recule.", "Trafficking in persons is falling."),
    ("Le Directeur général de l'OIM s'est rendu au camp.", "The IOM Director General visited the camp."),
    ("La COVID-19 et le mécanisme COVAX.", "Covid-19 and the Covax facility."),
)


def test_bundled_glossary_fast_matcher_gives_the_reference_findings(monkeypatch) -> None:
    from reltrans.glossary import load_glossaries
    from reltrans.glossary import matcher as matcher_module

    glossary = load_glossaries()
    entries = tuple(
        CatalogEntry(msgid=s, msgstr=t, msgctxt=f"c{i}", line=3 + 4 * i) for i, (s, t) in enumerate(_BUNDLED_PAIRS)
    )
    catalog = Catalog(header=HEADER, entries=entries, path="d.po")
    fast = check_catalog(catalog, glossary=glossary).findings
    matcher_module._MATCHERS.clear()
    monkeypatch.setattr(matcher_module.Matcher, "find", lambda self, text: matcher_module._reference_find(self, text))
    reference = check_catalog(catalog, glossary=glossary).findings
    assert fast == reference
    codes = {f.code for f in fast}
    assert {"RT101", "RT102", "RT103"} <= codes  # the pairs exercise every glossary finding kind
