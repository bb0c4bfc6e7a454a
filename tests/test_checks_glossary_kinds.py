"""Issue 14 on the glossary checks: severity by concept kind, forbidden renderings tied to the
source occurrences, documented derivations (real glossary objects and matcher)."""
from __future__ import annotations

from reltrans.checks import check_catalog
from reltrans.checks.glossary_checks import is_required_concept
from reltrans.glossary import Concept, Glossary, Term
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


def t(text: str, lang: str, status: str = "preferred", case_sensitive: bool = False) -> Term:
    return Term(text, lang, status, case_sensitive, not text.isupper())


GLOSSARY = Glossary((
    Concept("iom", (t("OIM", "fr", case_sensitive=True), t("IOM", "en", case_sensitive=True)), domain="organization"),
    Concept("un", (t("Nations Unies", "fr"), t("United Nations", "en"), t("UN", "en", "admitted", True)), domain="organization"),
    Concept("return", (t("retour volontaire", "fr"), t("voluntary return", "en")), domain="migration"),
    Concept("travel-doc", (t("document de voyage", "fr"), t("travel document", "en")), domain="migration"),
    Concept("tip-bare", (t("traite", "fr"), t("trafficking", "en"), t("trade", "en", "forbidden"), t("treaty", "en", "forbidden")), domain="trafficking"),
    Concept("migrant", (t("migrant", "fr"), t("migrant", "en"), t("illegal migrant", "en", "forbidden")), domain="migration"),
    Concept("organization", (t("organisation", "fr"), t("organization", "en", case_sensitive=True)), domain="organization"),
    Concept("geneva", (t("Genève", "fr", case_sensitive=True), t("Geneva", "en", case_sensitive=True)), domain="place"),
    Concept("belarus", (t("Bélarus", "fr", case_sensitive=True), t("Belarus", "en", case_sensitive=True)), domain="place"),
    Concept("dakar", (t("DAKAR", "fr", case_sensitive=True), t("DAKAR", "en", case_sensitive=True)), dnt=True),
))


def findings(source: str, target: str, strict: bool = False) -> list[tuple[str, Severity]]:
    entry = CatalogEntry(msgid=source, msgstr=target, line=4)
    report = check_catalog(Catalog(header=HEADER, entries=(entry,), path="k.po"), glossary=GLOSSARY, strict=strict)
    return [(f.code, f.severity) for f in report.findings]


def test_kind_is_derived_from_the_concept_data() -> None:
    assert is_required_concept(GLOSSARY.get("iom"), "en")
    assert is_required_concept(GLOSSARY.get("un"), "en")
    assert not is_required_concept(GLOSSARY.get("return"), "en")
    # the common noun is vocabulary, even in an "organization" domain with case_sensitive set
    assert not is_required_concept(GLOSSARY.get("organization"), "en")
    name_by_case = Concept("x", (t("camp", "fr"), t("Camp Zeta", "en", case_sensitive=True)))
    assert is_required_concept(name_by_case, "en")


def test_missing_name_is_an_error_missing_vocabulary_a_warning() -> None:
    assert findings("L'OIM aide.", "The agency helps.") == [("RT101", Severity.ERROR)]
    assert findings("Le retour volontaire est possible.", "Going home is possible.") == [("RT101", Severity.WARNING)]
    assert findings("Le retour volontaire est possible.", "Going home is possible.", strict=True) == [("RT101", Severity.ERROR)]


def test_admitted_short_form_satisfies_the_concept() -> None:
    assert findings("Les Nations Unies aident.", "The UN helps.") == []


def test_documented_head_word_derivation_counts_as_the_term() -> None:
    assert findings("Il a reçu ses documents de voyage.", "He received his travel documentation.") == []
    assert findings("Il a reçu ses documents de voyage.", "He received his papers.") == [("RT101", Severity.WARNING)]


def test_single_forbidden_word_elsewhere_is_not_reported() -> None:
    # no "traite" in the source: "trade" translates something else
    assert findings("L'accord commercial est signé.", "The trade agreement is signed.") == []
    # one "traite", rendered "trafficking": "treaty" elsewhere renders another word
    assert findings("La traite recule depuis le traité.", "Trafficking is falling since the treaty.") == []


def test_planted_forbidden_renderings_still_reported() -> None:
    assert findings("La traite recule.", "The trade is falling.") == [("RT101", Severity.WARNING), ("RT102", Severity.ERROR)]
    # two occurrences in the source, one rendered right: the forbidden one is the other
    assert [c for c, _ in findings("La traite et encore la traite.", "Trafficking and again trade.")] == ["RT102"]
    # a phrase is wrong in any sentence
    assert [c for c, _ in findings("Les personnes arrivent.", "The illegal migrants arrive.")] == ["RT103"]
    assert [c for c, _ in findings("Les migrants arrivent.", "The illegal migrants arrive.")] == ["RT102"]


def test_dropped_dateline_is_not_an_error() -> None:
    assert findings("Genève - L'OIM aide.", "IOM helps.") == [("RT101", Severity.WARNING)]
    assert findings("DAKAR – L'OIM aide.", "IOM helps.") == []
    # the same place inside the sentence is required
    assert findings("L'OIM aide à Genève.", "IOM helps.") == [("RT101", Severity.ERROR)]


def test_name_as_its_adjective_counts() -> None:
    assert findings("À la frontière du Bélarus.", "At the Belarusian border.") == []
