"""Forbidden renderings in every form (issue 14): the other spelling of a term, its plural, its
hyphenated or lower-case form, tied to the source occurrence; and the file's own spelling,
which tells a house style (warning) from a slip (error).

Every sentence here was written for these tests.
"""
from __future__ import annotations

import pytest

from reltrans.checks import check_catalog
from reltrans.checks.spelling import DocumentSpelling, differing_words, other_spellings, spelling_variant
from reltrans.glossary import Concept, Glossary, Term, load_glossaries
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


def findings(pairs: list[tuple[str, str]], glossary: object, *, strict: bool = False) -> dict[int, list[tuple[str, Severity]]]:
    """Findings of the glossary codes per entry (entry i is at line i + 1)."""
    entries = tuple(CatalogEntry(msgid=fr, msgstr=en, msgctxt=f"c{i}", line=i + 1) for i, (fr, en) in enumerate(pairs))
    report = check_catalog(Catalog(header=HEADER, entries=entries, path="s.po"), glossary=glossary, strict=strict)
    out: dict[int, list[tuple[str, Severity]]] = {i + 1: [] for i in range(len(pairs))}
    for f in report.findings:
        if f.code.startswith("RT1"):
            out[f.line].append((f.code, f.severity))
    return out


def errors_of(pairs: list[tuple[str, str]], glossary: object, line: int, **kwargs: object) -> list[str]:
    return sorted(code for code, severity in findings(pairs, glossary, **kwargs)[line] if severity is Severity.ERROR)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def bundled() -> object:
    return load_glossaries()


# --------------------------------------------------------------------------- the spellings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("forced labour", ["forced labor"]),
        ("forced labor", ["forced labour"]),
        ("co-operation", ["cooperation"]),
        ("Cooperation", ["Co-operation"]),
        ("World Food Programme", ["World Food Program"]),
        ("programs", ["programmes"]),
        ("detention centre", ["detention center"]),
        ("neighbouring countries", ["neighboring countries"]),
        ("counselling", ["counseling"]),
        ("defence", ["defense"]),
        ("immunization", ["immunisation"]),
        ("Labourers", ["Laborers"]),
    ],
)
def test_other_spellings_of_a_term(text: str, expected: list[str]) -> None:
    assert other_spellings(text) == expected


def test_words_without_another_spelling_are_left_alone() -> None:
    # "four" is no "for", "donor" has no -our, "water" no -re, "filling" is no "filing"
    for text in ("four hours", "donor countries", "drinking water", "filling stations", "sector", "register"):
        assert other_spellings(text) == [], text


def test_a_phrase_with_two_spelt_words_has_every_combination() -> None:
    assert set(other_spellings("International Labor Organization")) == {
        "International Labour Organization", "International Labor Organisation", "International Labour Organisation"}


def test_spelling_variants_and_the_words_that_differ() -> None:
    assert spelling_variant("forced-labor", "forced labour")
    assert spelling_variant("co-operation", "cooperation")
    assert not spelling_variant("nearby", "neighbouring countries")
    assert not spelling_variant("forced labour", "forced labour")
    assert differing_words("programs", "programmes") == [("programmes", "programs")]
    assert differing_words("co-operation", "cooperation") == [("cooperation", "co-operation")]
    assert differing_words("nearby", "neighbouring") == []


def test_the_file_spelling_counts_other_entries_and_common_nouns_only() -> None:
    spelling = DocumentSpelling(((1, "Labour is scarce; the labour market is tight."), (2, "The Department of Labor agrees."), (3, "Labor costs rise.")))
    assert spelling.elsewhere("labour", 3) == 2
    assert spelling.elsewhere("labour", 1) == 0
    # "Labor" inside a sentence is a name; at a sentence start it is the word
    assert spelling.elsewhere("labor", 1) == 1
    assert spelling.prefers([("labour", "labor")], 3) == "glossary"
    assert spelling.prefers([("labour", "labor")], 1) == "variant"
    # no evidence on "centre": the other British/American words decide ("Labor" opens a sentence)
    assert spelling.prefers([("centre", "center")], 1) == "variant"
    assert DocumentSpelling(((1, "Nothing to see."), (2, "The health center opened."))).prefers([("centre", "center")], 2) == ""


def test_without_evidence_on_the_word_the_files_other_british_words_decide() -> None:
    british = DocumentSpelling(((1, "The programme helps neighbouring countries."), (2, "Labour is scarce."), (3, "The health center opened.")))
    assert british.prefers([("centre", "center")], 3) == "glossary"
    american = DocumentSpelling(((1, "The program helps neighboring countries."), (2, "Labour is scarce."), (3, "The health center opened.")))
    assert american.prefers([("centre", "center")], 3) == "variant"
    # one British word is not enough; -ise/-ize and co-operation are no British/American pairs
    thin = DocumentSpelling(((1, "The programme helps."), (3, "The health center opened.")))
    assert thin.prefers([("centre", "center")], 3) == ""
    assert british.prefers([("organization", "organisation")], 3) == ""
    assert british.prefers([("cooperation", "co-operation")], 3) == ""


# --------------------------------------------------------------------------- forms of a forbidden term
def t(text: str, lang: str, status: str = "preferred", *, case_sensitive: bool = False, inflect: bool = False) -> Term:
    return Term(text, lang, status, case_sensitive, inflect)


SMALL = Glossary((
    Concept("detention-centre", (t("centre de rétention", "fr", inflect=True), t("detention centre", "en"),
                                 t("detention center", "en", "forbidden")), kind="vocabulary"),
    Concept("joint-body", (t("Organe conjoint de suivi", "fr", case_sensitive=True), t("Joint Monitoring Body", "en", case_sensitive=True),
                           t("Joint Monitoring Organ", "en", "forbidden", case_sensitive=True)), kind="name"),
    Concept("harbour-authority", (t("Autorité portuaire", "fr"), t("Harbour Authority", "en"),), kind="name"),
    Concept("deputy-chief", (t("chef adjoint", "fr", inflect=True), t("Deputy-Chief", "en", inflect=True), t("Deputy Chief", "en", "forbidden")), kind="title"),
))


def test_the_plural_of_a_forbidden_term_that_does_not_inflect() -> None:
    fr = "Les centres de rétention sont pleins."
    assert findings([(fr, "The detention centers are full.")], SMALL)[1] == [("RT101", Severity.WARNING), ("RT102", Severity.WARNING)]
    assert findings([(fr, "The detention centres are full.")], SMALL)[1] == []


def test_a_forbidden_phrase_in_lower_case_or_with_a_hyphen() -> None:
    fr = "L'Organe conjoint de suivi se réunit."
    assert "RT102" in errors_of([(fr, "The joint monitoring organ meets.")], SMALL, 1)
    assert errors_of([(fr, "The Joint Monitoring Body meets.")], SMALL, 1) == []
    assert findings([("Les centres de rétention sont pleins.", "The detention-centers are full.")], SMALL)[1] == [
        ("RT101", Severity.WARNING), ("RT102", Severity.WARNING)]


def test_the_other_spelling_of_an_allowed_name_is_forbidden() -> None:
    fr = "L'Autorité portuaire a fermé le quai."
    assert errors_of([(fr, "The Harbor Authority closed the quay.")], SMALL, 1) == ["RT101", "RT102"]
    assert errors_of([(fr, "The Harbour Authority closed the quay.")], SMALL, 1) == []


# --------------------------------------------------------------------------- house style or slip
def test_american_spelling_in_a_file_that_writes_the_un_spelling_elsewhere_is_an_error(bundled: object) -> None:
    pairs = [
        ("Le nombre de centres de santé a doublé.", "The number of health centres has doubled."),
        ("Les enfants de ce district reçoivent des soins au centre de santé.", "Children of the district receive care at the health center."),
    ]
    assert "RT102" in errors_of(pairs, bundled, 2)
    pairs[1] = (pairs[1][0], "Children of the district receive care at the health centre.")
    assert errors_of(pairs, bundled, 2) == []


def test_forced_labour_slip_and_house_style(bundled: object) -> None:
    slip = [
        ("Le travail forcé touche surtout les travailleurs domestiques.", "Forced labour mostly affects domestic workers."),
        ("Les inspecteurs ont constaté du travail forcé dans deux usines.", "Inspectors found forced labor in two factories."),
    ]
    assert "RT102" in errors_of(slip, bundled, 2)
    # the hyphenated form is the same slip
    assert "RT102" in errors_of([slip[0], (slip[1][0], "Inspectors found forced-labor conditions in two factories.")], bundled, 2)
    # a file written in American spelling throughout: house style, a warning (error with --strict)
    house = [
        ("Le travail forcé touche surtout les travailleurs domestiques.", "Forced labor mostly affects domestic workers."),
        ("Les inspecteurs ont constaté du travail forcé dans deux usines.", "Inspectors found forced labor in two factories."),
    ]
    assert errors_of(house, bundled, 2) == []
    assert ("RT102", Severity.WARNING) in findings(house, bundled)[2]
    assert "RT102" in errors_of(house, bundled, 2, strict=True)


def test_a_wrong_name_or_phrase_in_lower_case_is_still_wrong(bundled: object) -> None:
    fr = "Elle est partie en Colombie en mars."
    assert "RT102" in errors_of([(fr, "She left for columbia in March.")], bundled, 1)
    assert errors_of([(fr, "She left for Colombia in March.")], bundled, 1) == []
    fr = "Les États Membres ont adopté la résolution."
    assert "RT102" in errors_of([(fr, "The members states adopted the resolution.")], bundled, 1)
    assert errors_of([(fr, "The Member States adopted the resolution.")], bundled, 1) == []


def test_a_forbidden_spelling_that_differs_from_the_allowed_by_a_hyphen_keeps_its_forms(bundled: object) -> None:
    # "Deputy Chief" is forbidden where "Deputy-Chief" is allowed: its plural is too
    fr = "Les chefs adjoints se sont réunis."
    assert "RT102" in errors_of([(fr, "The Deputy Chiefs met.")], SMALL, 1)
    assert errors_of([(fr, "The Deputy-Chiefs met.")], SMALL, 1) == []
    # a dotted acronym in lower case is the same wrong acronym
    fr = "L'OIM a affrété deux navires."
    assert "RT102" in errors_of([(fr, "The i.o.m. chartered two ships.")], bundled, 1)


def test_labor_in_the_name_of_a_us_department_is_no_forbidden_rendering(bundled: object) -> None:
    pairs = [
        ("Le travail forcé touche surtout les travailleurs domestiques.", "Forced labour mostly affects domestic workers."),
        ("La traite à des fins de travail forcé est dénoncée par le Département du travail des États-Unis.",
         "Trafficking for forced labour is condemned by the United States Department of Labor."),
    ]
    assert errors_of(pairs, bundled, 2) == []
    # and the name does not count as the file's spelling
    assert errors_of(pairs + [("Le travail forcé recule lentement.", "Forced labor is receding slowly.")], bundled, 3) == ["RT102"]


def test_co_operation_slip_and_the_oecd_name(bundled: object) -> None:
    pairs = [
        ("La coopération régionale s'est renforcée.", "Regional cooperation has grown stronger."),
        ("Cette coopération entre les ports reste fragile.", "This co-operation between ports remains fragile."),
    ]
    assert "RT102" in errors_of(pairs, bundled, 2)
    # the OECD's own name keeps its hyphen and its s
    oecd = ("L'Organisation de coopération et de développement économiques publie son rapport.",
            "The Organisation for Economic Co-operation and Development publishes its report.")
    assert errors_of(pairs[:1] + [oecd], bundled, 2) == []
    wrong = (oecd[0], "The Organization for Economic Cooperation and Development publishes its report.")
    assert "RT102" in errors_of(pairs[:1] + [wrong], bundled, 2)


def test_programme_slip_plural_and_a_correct_programme(bundled: object) -> None:
    pairs = [
        ("Le programme de retour volontaire a repris.", "The voluntary return programme has resumed."),
        ("Trois programmes de formation ont été lancés.", "Three training programs were launched."),
    ]
    assert "RT102" in errors_of(pairs, bundled, 2)
    pairs[1] = (pairs[1][0], "Three training programmes were launched.")
    assert errors_of(pairs, bundled, 2) == []


def test_the_american_spelling_of_an_admitted_short_name_is_forbidden(bundled: object) -> None:
    fr = "Le PNUD finance la reconstruction des écoles."
    assert "RT102" in errors_of([(fr, "The UN Development Program funds the rebuilding of schools.")], bundled, 1)
    assert errors_of([(fr, "The UN Development Programme funds the rebuilding of schools.")], bundled, 1) == []


def test_a_forbidden_word_elsewhere_in_the_sentence_is_still_tied_to_the_source(bundled: object) -> None:
    # « programme » is rendered; "program" elsewhere translates something else (a computer program)
    pairs = [
        ("Le programme de retour volontaire a repris.", "The voluntary return programme has resumed."),
        ("Le programme utilise un logiciel de gestion des cas.", "The programme uses a case management software program."),
    ]
    assert errors_of(pairs, bundled, 2) == []


# ------------------------------------------------- a derived form inside an allowed term
def test_the_plural_of_a_forbidden_singular_that_is_the_allowed_term_is_not_flagged(bundled: object) -> None:
    # "United Nation" is forbidden; its plural is the allowed "United Nations" (found by a new
    # user: every correct "United Nations" was an RT102 error)
    pairs = [
        ("Elle travaille aux Nations Unies depuis dix ans.", "She has worked at the United Nations for ten years."),
        ("Les Nations Unies ont ouvert un bureau à Mopti.", "The United Nations opened an office in Mopti."),
        ("Les Nations Unies ont ouvert un bureau à Kayes.", "The United Nation opened an office in Kayes."),
    ]
    assert errors_of(pairs, bundled, 1) == [] and errors_of(pairs, bundled, 2) == []
    assert "RT102" in errors_of(pairs, bundled, 3)


def test_a_derived_form_inside_an_allowed_term_is_the_allowed_term() -> None:
    glossary = Glossary((
        Concept("un-name", (t("Nations Unies", "fr", case_sensitive=True), t("United Nations", "en", case_sensitive=True),
                            t("United Nation", "en", "forbidden", case_sensitive=True)), kind="name"),
    ))
    pairs = [("Les Nations Unies ont parlé.", "The United Nations spoke."), ("Les Nations Unies ont parlé.", "The United Nation spoke.")]
    assert errors_of(pairs, glossary, 1) == [] and "RT102" in errors_of(pairs, glossary, 2)
