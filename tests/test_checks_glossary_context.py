"""Issue 14, check side: correct official English is not blocked (short forms, derivations,
coordination, appositions, initials, pronouns), forbidden renderings count only where they
translate the concept's source occurrence, one report per missing term, and the glossary
applies per file as to the document the file translates (its msgids, its date)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reltrans.checks import check_catalog, check_catalogs
from reltrans.glossary import Concept, Glossary, Term
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


def t(text: str, lang: str, status: str = "preferred", *, case_sensitive: bool = False, inflect: bool | None = None, **dates: str) -> Term:
    return Term(text, lang, status, case_sensitive, (not text.isupper()) if inflect is None else inflect, **dates)


GLOSSARY = Glossary((
    Concept("iom", (t("OIM", "fr", case_sensitive=True), t("IOM", "en", case_sensitive=True), t("OIM", "en", "forbidden", case_sensitive=True))),
    Concept("iom-name", (t("Organisation internationale pour les migrations", "fr"), t("International Organization for Migration", "en"))),
    Concept("un-agency", (t("organisme des Nations Unies chargé des migrations", "fr"), t("UN Migration Agency", "en"))),
    Concept("director-general", (t("Directeur général", "fr"), t("Director General", "en"), t("Director-General", "en", "forbidden"))),
    Concept("untoc", (t("Convention des Nations Unies contre la criminalité transnationale organisée", "fr"),
                      t("United Nations Convention against Transnational Organized Crime", "en"))),
    Concept("central-africa", (t("Afrique centrale", "fr"), t("Central Africa", "en"))),
    Concept("west-africa", (t("Afrique de l'Ouest", "fr"), t("West Africa", "en"))),
    Concept("vhr", (t("retour humanitaire volontaire", "fr"), t("voluntary humanitarian return", "en"))),
    Concept("country-office", (t("bureaux de pays", "fr", inflect=False), t("country office", "en", inflect=False))),
    Concept("third-country", (t("pays tiers", "fr", inflect=False), t("third country", "en", inflect=False))),
    Concept("in-need", (t("personnes dans le besoin", "fr"), t("people in need", "en"))),
    Concept("tip", (t("traite", "fr"), t("trafficking", "en"), t("trade", "en", "forbidden"))),
    Concept("neighbours", (t("pays voisins", "fr"), t("neighbouring countries", "en"), t("neighboring countries", "en", "forbidden"), t("nearby", "en", "forbidden"))),
    Concept("unhcr", (t("HCR", "fr", case_sensitive=True), t("UNHCR", "en", case_sensitive=True))),
    Concept("camp", (t("camp Zeta", "fr"), t("Camp Zeta", "en")), kind="vocabulary"),
    Concept("hc", (t("coordonnateur humanitaire", "fr"), t("Humanitarian Coordinator", "en")), kind="title"),
))


def findings(source: str, target: str, *, strict: bool = False, fuzzy: bool = False, comments: tuple[str, ...] = ()) -> list[tuple[str, Severity]]:
    entry = CatalogEntry(msgid=source, msgstr=target, line=4, flags=("fuzzy",) if fuzzy else (), extracted_comments=comments)
    report = check_catalog(Catalog(header=HEADER, entries=(entry,), path="c.po"), glossary=GLOSSARY, strict=strict)
    return [(f.code, f.severity) for f in report.findings if f.code.startswith("RT1")]


def test_un_is_the_admitted_short_form_of_united_nations_inside_a_name() -> None:
    fr = "Elle applique la Convention des Nations Unies contre la criminalité transnationale organisée."
    assert findings(fr, "It applies the UN Convention against Transnational Organized Crime.") == []
    assert findings(fr, "It applies the convention.") == [("RT101", Severity.ERROR)]


def test_a_term_shared_in_a_coordination_is_rendered() -> None:
    fr = "Ils rentrent en Afrique centrale et en Afrique de l'Ouest."
    assert findings(fr, "They return to Central and West Africa.") == []
    assert findings(fr, "They return to West Africa.") == [("RT101", Severity.ERROR)]


def test_a_term_shared_in_a_coordination_may_take_the_plural_of_its_last_word() -> None:
    # two conjuncts make the shared head plural: "Humanitarian and Resident Coordinators"
    fr = "Elle consulte les coordonnateurs humanitaires et les coordonnateurs résidents."
    assert findings(fr, "She consults the Humanitarian and Resident Coordinators.") == []
    assert [code for code, _ in findings(fr, "She consults the Resident Coordinators.")] == ["RT101"]
    # a term that does not inflect keeps its last word as written
    assert findings("Il parle aux bureaux de pays.", "He speaks to the country and regional offices.") == [("RT101", Severity.WARNING)]
    assert findings("Il parle aux bureaux de pays.", "He speaks to the country and regional office.") == []


def test_a_dropped_apposition_to_a_rendered_name_is_a_warning() -> None:
    fr = "Le Directeur général de l'OIM, l'organisme des Nations Unies chargé des migrations, est arrivé."
    assert findings(fr, "IOM Director General arrived.") == [("RT101", Severity.WARNING)]
    assert findings(fr, "IOM Director General arrived.", strict=True) == [("RT101", Severity.ERROR)]
    # an acronym in brackets defines the name, it is no apposition: leaving it French is an error
    codes = findings("L'Organisation internationale pour les migrations (OIM) aide.", "The International Organization for Migration (OIM) helps.")
    assert ("RT101", Severity.ERROR) in codes and ("RT102", Severity.ERROR) in codes


def test_a_multi_word_name_renders_as_its_adjective() -> None:
    assert findings("L'épidémie qui a sévi en Afrique de l'Ouest.", "The West African outbreak.") == []


def test_vocabulary_in_another_spelling_is_house_style_a_warning() -> None:
    fr = "Ainsi que dans les pays voisins."
    assert findings(fr, "And in neighboring countries.") == [("RT101", Severity.WARNING), ("RT102", Severity.WARNING)]
    assert findings(fr, "And in neighboring countries.", strict=True) == [("RT101", Severity.ERROR), ("RT102", Severity.ERROR)]
    # another word is not a spelling
    assert findings(fr, "And in nearby lands.") == [("RT101", Severity.WARNING), ("RT102", Severity.ERROR)]


def test_names_the_translation_turns_into_we_are_warnings() -> None:
    fr = "L'OIM se joint au HCR pour appeler les dirigeants à agir."
    assert findings(fr, "We call on leaders to act.") == [("RT101", Severity.WARNING), ("RT101", Severity.WARNING)]
    assert findings(fr, "They call on leaders to act.") == [("RT101", Severity.ERROR), ("RT101", Severity.ERROR)]


def test_initials_render_a_multi_word_term() -> None:
    assert findings("Le programme d'aide au retour humanitaire volontaire a été lancé.", "The VHR programme was launched.") == []


def test_plural_hyphenated_and_pronoun_forms_render_the_term() -> None:
    assert findings("Avec les bureaux de pays de l'OIM.", "With IOM country offices.") == []
    assert findings("Y compris les ressortissants de pays tiers.", "Including third-country nationals.") == []
    assert findings("Pour un tiers des personnes dans le besoin.", "For one third of those in need.") == []
    # a derivation that the concept lists as a wrong spelling is no rendering
    assert findings("Le Directeur général est arrivé.", "The Director-General arrived.") == [("RT101", Severity.ERROR), ("RT102", Severity.ERROR)]


def test_a_forbidden_word_counts_only_where_the_source_occurrence_is_translated() -> None:
    fr = "La traite des personnes augmente, selon un long rapport publié hier sur les échanges commerciaux de la région."
    # "trade" stands at the end, where "échanges commerciaux" is translated: not the rendering of "traite"
    assert findings(fr, "Human exploitation is rising, according to a long report published yesterday on the region's trade.") == [("RT101", Severity.WARNING)]
    # "trade" where "traite" is translated: the forbidden rendering
    assert findings(fr, "The trade in persons is rising, according to a long report published yesterday on the region's exchanges.") == [
        ("RT101", Severity.WARNING),
        ("RT102", Severity.ERROR),
    ]


def test_a_forbidden_acronym_or_phrase_is_reported_even_with_every_occurrence_rendered() -> None:
    # the French acronym left in an English sentence that also renders the name right
    assert findings("L'OIM aide.", "IOM helps, and OIM's staff too.") == [("RT102", Severity.ERROR)]
    # a single forbidden word next to the right rendering translates something else
    assert findings("La traite recule.", "Trafficking is falling, and so is trade.") == []


def test_a_declared_kind_decides_the_severity() -> None:
    # capitals, but declared vocabulary: recommended, a warning unless --strict
    assert findings("Ils vivent au camp Zeta.", "They live in the camp.") == [("RT101", Severity.WARNING)]
    assert findings("Ils vivent au camp Zeta.", "They live in the camp.", strict=True) == [("RT101", Severity.ERROR)]


def test_one_missing_term_is_reported_once() -> None:
    codes = findings("L'OIM aide.", "The agency helps.", fuzzy=True, comments=("reltrans: unmet terms: IOM",))
    assert codes == [("RT101", Severity.ERROR)]
    # a term RT101 does not cover is still RT105
    assert findings("Il aide.", "He helps.", fuzzy=True, comments=("reltrans: unmet terms: IOM",)) == [("RT105", Severity.WARNING)]


# --------------------------------------------------------------------------- document context
DOCUMENT_GLOSSARY = Glossary((
    Concept("smuggler", (t("trafiquant", "fr"), t("smuggler", "en")), when_document_mentions={"fr": ("passeur", "trafic de migrants")}),
    Concept("trafficker", (t("trafiquant", "fr"), t("trafficker", "en")), unless_document_mentions={"fr": ("passeur", "trafic de migrants")}),
    Concept("turkiye", (t("Turquie", "fr", case_sensitive=True), t("Türkiye", "en", case_sensitive=True, valid_from="2022-06"),
                        t("Turkey", "en", "admitted", case_sensitive=True, valid_until="2022-06"))),
))


def check_file(entries: list[tuple[str, str]], header: dict[str, str] | None = None, document_date: str | None = None) -> list[tuple[int, str, Severity]]:
    catalog = Catalog(header={**HEADER, **(header or {})}, entries=tuple(CatalogEntry(msgid=s, msgstr=m, line=i + 1) for i, (s, m) in enumerate(entries)), path="d.po")
    report = check_catalog(catalog, glossary=DOCUMENT_GLOSSARY, document_date=document_date)
    return [(f.line, f.code, f.severity) for f in report.findings]


def test_the_whole_file_is_the_document_its_cues_choose_the_sense() -> None:
    smuggling = [("Les passeurs exploitent les migrants.", "Smugglers exploit migrants."), ("Les trafiquants ont été arrêtés.", "The smugglers were arrested.")]
    assert check_file(smuggling) == []
    trafficking = [("Les victimes ont été aidées.", "The victims were helped."), ("Les trafiquants ont été arrêtés.", "The traffickers were arrested.")]
    assert check_file(trafficking) == []
    assert check_file([trafficking[0], ("Les trafiquants ont été arrêtés.", "The smugglers were arrested.")]) == [(2, "RT101", Severity.WARNING)]


def test_the_document_date_comes_from_the_header_or_the_option() -> None:
    old = [("La Turquie accueille des réfugiés.", "Turkey hosts refugees.")]
    assert check_file(old, {"X-Reltrans-Document-Date": "2017-05-01"}) == []
    # after the name changed, the old name is a forbidden rendering and the new one is missing
    assert check_file(old, {"X-Reltrans-Document-Date": "2023-01-10"}) == [(1, "RT101", Severity.ERROR), (1, "RT102", Severity.ERROR)]
    # the option wins over the header
    assert check_file(old, {"X-Reltrans-Document-Date": "2023-01-10"}, document_date="2017") == []


def test_a_bad_header_date_is_reported_and_not_applied() -> None:
    found = check_file([("La Turquie accueille des réfugiés.", "Turkey hosts refugees.")], {"X-Reltrans-Document-Date": "last year"})
    assert found == [(1, "RT106", Severity.WARNING)]


PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"
"X-Source-Language: fr\\n"

msgid "La Turquie accueille des réfugiés."
msgstr "Turkey hosts refugees."
"""


def test_check_command_takes_a_document_date(tmp_path: Path) -> None:
    from reltrans.cli import cli
    from reltrans.glossary import dump_toml

    po = tmp_path / "r.po"
    po.write_text(PO, encoding="utf-8")
    gl = tmp_path / "g.toml"
    gl.write_text(dump_toml(DOCUMENT_GLOSSARY), encoding="utf-8")
    args = ["check", str(po), "--no-bundled-glossary", "--glossary", str(gl), "--format", "json"]
    runner = CliRunner()
    assert runner.invoke(cli, args + ["--document-date", "2017-05"]).exit_code == 0
    late = runner.invoke(cli, args + ["--document-date", "2023-01-10"])
    assert late.exit_code == 1 and "RT102" in late.output
    bad = runner.invoke(cli, args + ["--document-date", "soon"])
    assert bad.exit_code == 2 and "--document-date" in bad.output
    assert check_catalogs([po], glossary=DOCUMENT_GLOSSARY, document_date="2017").findings == ()
