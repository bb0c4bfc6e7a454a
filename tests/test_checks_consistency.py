"""Consistency across entries (RT201), across files (RT202) and of glossary variants (RT203)."""
from __future__ import annotations

from reltrans.checks import check_catalog
from reltrans.checks.consistency import check_across_files, check_variants, check_within_file
from reltrans.checks.glossary_checks import VariantUse
from reltrans.checks.rules import EntryContext
from reltrans.model import Catalog, CatalogEntry

A, B = EntryContext("a.po"), EntryContext("b.po")


def entry(msgid: str, msgstr: str, line: int, **kw: object) -> CatalogEntry:
    return CatalogEntry(msgid=msgid, msgstr=msgstr, line=line, **kw)  # type: ignore[arg-type]


def test_same_msgid_other_context_translated_differently() -> None:
    entries = [entry("Bienvenue.", "Welcome.", 3, msgctxt="title"), entry("Bienvenue.", "Hello.", 7, msgctxt="body")]
    (finding,) = check_within_file(entries, A)
    assert (finding.code, finding.line) == ("RT201", 7) and "line 3" in finding.message


def test_same_translation_and_untranslated_are_not_flagged() -> None:
    entries = [
        entry("Bienvenue.", "Welcome.", 3, msgctxt="title"),
        entry("Bienvenue.", "Welcome.", 7, msgctxt="body"),
        entry("Bienvenue.", "", 9, msgctxt="foot"),
        entry("Bienvenue.", "Hi.", 11, msgctxt="x", flags=("fuzzy",)),
    ]
    assert check_within_file(entries, A) == []


def test_across_files() -> None:
    files = [(A, [entry("Merci.", "Thank you.", 3)]), (B, [entry("Merci.", "Thanks.", 5), entry("Oui.", "Yes.", 7)])]
    (finding,) = check_across_files(files)
    assert (finding.code, finding.path, finding.line) == ("RT202", "b.po", 5)
    assert "a.po:3" in finding.message
    assert check_across_files([(A, [entry("Merci.", "Thank you.", 3)]), (B, [entry("Merci.", "Thank you.", 5)])]) == []


def test_variants_majority_wins() -> None:
    uses = [
        VariantUse("tip", "trafficking in persons", 3, "a"),
        VariantUse("tip", "human trafficking", 5, "b"),
        VariantUse("tip", "trafficking in persons", 7, "c"),
        VariantUse("iom", "IOM", 9, "d"),
    ]
    (finding,) = check_variants(uses, A)
    assert (finding.code, finding.line) == ("RT203", 5) and "'trafficking in persons'" in finding.message
    assert check_variants(uses[:1] + uses[2:], A) == []


def test_variant_message_names_another_entry_never_its_own_line() -> None:
    both_here = VariantUse("tip", "trafficking in persons", 5, "a"), VariantUse("tip", "human trafficking", 5, "a")
    (finding,) = check_variants([*both_here, VariantUse("tip", "trafficking in persons", 9, "b")], A)
    assert finding.line == 5 and "in another entry (a.po:9)" in finding.message and "a.po:5" not in finding.message
    # the chosen form only in the entry itself: there is no other entry to name, no finding
    assert check_variants(list(both_here), A) == []


def test_variant_found_through_check_catalog_points_at_the_other_entry() -> None:
    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    entries = (
        entry("La traite des personnes et la traite des êtres humains progressent.", "Trafficking in persons and human trafficking are growing.", 5),
        entry("La traite des personnes recule.", "Trafficking in persons is falling.", 8),
    )
    from reltrans.checks import resolve_glossary

    report = check_catalog(Catalog(header=header, entries=entries, path="a.po"), glossary=resolve_glossary())
    variants = [f for f in report.findings if f.code == "RT203"]
    assert variants and all(f.line == 5 and "(a.po:8)" in f.message for f in variants)


def test_ignore_inconsistent_flag_waives_rt201() -> None:
    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    entries = (
        entry("Bienvenue.", "Welcome.", 3, msgctxt="title"),
        entry("Bienvenue.", "Hello.", 7, msgctxt="body", flags=("ignore-inconsistent",)),
    )
    assert check_catalog(Catalog(header=header, entries=entries, path="a.po")).findings == ()
    flagged = (entries[0], entry("Bienvenue.", "Hello.", 7, msgctxt="body"))
    assert [f.code for f in check_catalog(Catalog(header=header, entries=flagged, path="a.po")).findings] == ["RT201"]


def test_singular_and_plural_of_one_term_are_one_variant() -> None:
    uses = [
        VariantUse("idp", "internally displaced persons", 3, "a"),
        VariantUse("idp", "internally displaced person", 5, "b"),
        VariantUse("idp", "internally displaced persons", 7, "c"),
    ]
    assert check_variants(uses, A) == []
    # another wording beside the plural still counts; the message names the file's own form
    (finding,) = check_variants([*uses, VariantUse("idp", "displaced people", 9, "d")], A)
    assert finding.line == 9 and "'internally displaced persons'" in finding.message


def _bundled_rt203(pairs: list[tuple[str, str]]) -> list[int]:
    from reltrans.checks import resolve_glossary

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    entries = tuple(entry(fr, en, 3 * i + 3) for i, (fr, en) in enumerate(pairs))
    report = check_catalog(Catalog(header=header, entries=entries, path="a.po"), glossary=resolve_glossary())
    return [f.line for f in report.findings if f.code == "RT203"]


def test_an_everyday_word_rendered_by_context_is_no_inconsistent_variant() -> None:
    # « réunion » is a conference in one sentence and meetings in the others: both allowed
    pairs = [
        ("La réunion de Genève réunira trente pays.", "The Geneva conference will bring together thirty countries."),
        ("Les réunions techniques ont duré deux jours.", "The technical meetings lasted two days."),
        ("Les réunions reprennent demain.", "The meetings resume tomorrow."),
        ("Une réunion a suivi.", "A meeting followed."),
    ]
    assert _bundled_rt203(pairs) == []
    # a multi-word term is still one choice per file
    pairs = [
        ("La traite des personnes augmente.", "Trafficking in persons is rising."),
        ("La traite des personnes recule ici.", "Trafficking in persons is falling here."),
        ("La traite des personnes change.", "Human trafficking is changing."),
    ]
    assert _bundled_rt203(pairs) == [9]


def test_which_concepts_make_a_file_wide_choice() -> None:
    from reltrans.checks import resolve_glossary
    from reltrans.checks.glossary_checks import variant_is_a_choice

    glossary = resolve_glossary()
    meeting = next(c for c in glossary.concepts if "réunion" in [t.text for t in c.terms_in("fr")] and c.kind == "vocabulary")
    trafficking = next(c for c in glossary.concepts if "traite des personnes" in [t.text for t in c.terms_in("fr")])
    iom = next(c for c in glossary.concepts if "OIM" in [t.text for t in c.terms_in("fr")])
    assert not variant_is_a_choice(meeting, "fr")
    assert variant_is_a_choice(trafficking, "fr") and variant_is_a_choice(iom, "fr")
    assert not variant_is_a_choice(None, "fr")


def test_name_and_descriptor_in_apposition_are_no_inconsistent_variant() -> None:
    # the house style "IOM, the UN Migration Agency," names the agency by both renderings at once
    apposition = [
        ("Selon l’OIM, l’organisme des Nations Unies chargé des migrations, 900 personnes sont parties.",
         "According to IOM, the UN Migration Agency, 900 people left."),
        ("L’OIM a ouvert un bureau à Tunis.", "IOM opened an office in Tunis."),
    ]
    assert _bundled_rt203(apposition) == []
    bracketed = [
        ("L’organisme des Nations Unies chargé des migrations (OIM) a publié un rapport.",
         "The UN Migration Agency (IOM) published a report."),
        ("L’OIM a ouvert un bureau à Tunis.", "IOM opened an office in Tunis."),
    ]
    assert _bundled_rt203(bracketed) == []


def test_switching_between_name_and_descriptor_in_separate_sentences_is_still_reported() -> None:
    pairs = [
        ("L’OIM a ouvert un bureau à Tunis.", "The UN Migration Agency opened an office in Tunis."),
        ("L’OIM a publié un rapport.", "IOM published a report."),
        ("L’OIM aide 900 personnes.", "IOM is helping 900 people."),
    ]
    assert _bundled_rt203(pairs) == [3]
    # both in one entry, but in two sentences: a switch, not an apposition
    one_entry = [
        ("L’OIM a ouvert un bureau. L’OIM aide 900 personnes.",
         "IOM opened an office. The UN Migration Agency is helping 900 people."),
        ("L’OIM a publié un rapport.", "IOM published a report."),
    ]
    assert _bundled_rt203(one_entry) == [3]


def test_written_together_needs_positions_and_an_apposition_gap() -> None:
    text = "According to IOM, the UN Migration Agency, 900 people left."
    iom = VariantUse("iom", "IOM", 5, "a", text.index("IOM"), text.index("IOM") + 3, text)
    agency = VariantUse("iom", "UN Migration Agency", 5, "a", text.index("UN"), text.index("UN") + 19, text)
    other = VariantUse("iom", "IOM", 9, "b")
    assert check_variants([iom, agency, other], A) == []
    joined = "IOM and the UN Migration Agency met."
    iom2 = VariantUse("iom", "IOM", 5, "a", 0, 3, joined)
    agency2 = VariantUse("iom", "UN Migration Agency", 5, "a", joined.index("UN"), joined.index("UN") + 19, joined)
    assert [f.line for f in check_variants([iom2, agency2, other], A)] == [5]
