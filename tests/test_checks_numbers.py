"""Numbers compared by value across the French -> English locale change."""
from __future__ import annotations

import pytest

from reltrans.checks.numbers import compare_numbers, extract_numbers


def keys(text: str, lang: str) -> list[str]:
    return [t.key for t in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 000,5 personnes", ["1000.5"]),
        ("1\u00a0000 et 2\u202f500", ["1000", "2500"]),
        ("2,5 %", ["2.5"]),
        ("9,8 millions de dollars", ["9800000"]),
        ("3 milliards", ["3000000000"]),
        ("66 700 réfugiés", ["66700"]),
        ("le 3 mars 2024", ["date:2024-03-03"]),
        ("le 1er janvier", ["date:????-01-01"]),
        ("en 2023, 1 000 personnes", ["2023", "1000"]),
        ("la COVID-19 et le G20", ["name:19", "name:20"]),
        ("34.000 migrants et 1.600 enfants", ["34000", "1600"]),
        ("à 14h30 puis à 9 h", ["time:14:30", "time:09:00"]),
        ("la COVID 19 et l'ODD 16", ["name:19", "name:16"]),
        ("trois personnes", []),
        ("la résolution A/RES/70/1", []),
        ("la résolution 2019/25 du Conseil", []),  # a resolution number, not the years 2019-2025
    ],
)
def test_french_values(text: str, expected: list[str]) -> None:
    assert keys(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,000.5 people", ["1000.5"]),
        ("2.5%", ["2.5"]),
        ("9.8 million dollars", ["9800000"]),
        ("66,700 refugees", ["66700"]),
        ("on 3 March 2024", ["date:2024-03-03"]),
        ("on March 3, 2024", ["date:2024-03-03"]),
        ("on 1st January", ["date:????-01-01"]),
        ("In 2023, 1,000 people", ["2023", "1000"]),
        ("COVID-19 and the G20", ["name:19", "name:20"]),
        ("10 000 people", ["10000"]),
        ("at 2.30 p.m. and 14:30", ["time:14:30", "time:14:30"]),
    ],
)
def test_english_values(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("1 000 personnes", "1,000 people"),
        ("66 700 réfugiés", "66,700 refugees"),
        ("1 000,5 tonnes", "1,000.5 tonnes"),
        ("2,5 %", "2.5 per cent"),
        ("9,8 millions", "9.8 million"),
        ("le 3 mars 2024", "on March 3, 2024"),
        ("le 3 mars 2024", "on 3 March 2024"),
        ("le 1er janvier", "on 1 January"),
        ("Au 1er trimestre", "In the 1st quarter"),
        ("la COVID-19 a touché trois pays", "COVID-19 affected three countries"),
        ("Appelez le +41 22 917 9000.", "Call +41 22 917 9000."),
        ("Entre 2023 et 2024", "Between 2023 and 2024"),
        # issue 14: written differently, same meaning
        ("34.000 migrants", "34,000 migrants"),
        ("1.600 enfants", "1,600 children"),
        ("1,5 million", "1.5 million"),
        ("7 % des ménages", "seven per cent of households"),
        ("7 % des ménages", "7 per cent of households"),
        ("sept pays", "7 countries"),
        ("1,2 milliard de dollars", "1.2 billion dollars"),
        ("le 2e rapport", "the second report"),
        ("le 1er rapport", "the first report"),
        ("à 14h30", "at 2.30 p.m."),
        ("à 14h30", "at 14:30"),
        ("à 9 h", "at 9 a.m."),
        ("le 6 octobre 2012", "on 6 October 2012"),
        ("la COVID 19", "COVID-19"),
        ("l'ODD 16", "SDG 16"),
        ("le G20", "the G20"),
        ("10 000 personnes", "10 000 people"),
        ("vendredi 16 octobre", "on Friday (16/10)"),
        ("le 30 octobre et le 31", "on October 30th and October 31st"),
        ("samedi 17", "on Saturday (17/10)"),
        ("avril 2016 a été le pire mois", "April was 2016's worst month"),
        ("près d'un millier de personnes", "close to 1,000 people"),
        ("1er janvier-5 avril", "1 January-5 April"),
    ],
)
def test_equal_values_pass(fr: str, en: str) -> None:
    assert not compare_numbers(fr, en, "fr", "en")


def test_thousand_vs_ten_thousand_fails() -> None:
    # pofilter compares digit strings ("1000" vs "10000" after removing separators differ, but
    # "1 000" vs "10,000" both yield digit runs it accepts); by value they differ.
    diff = compare_numbers("Plus de 1 000 migrants", "More than 10,000 migrants", "fr", "en")
    assert [t.key for t in diff.missing] == ["1000"]
    assert [t.key for t in diff.extra] == ["10000"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("2,5 %", "25%"),
        ("le 3 mars 2024", "on 3 May 2024"),
        ("le 3 mars 2024", "on 3 March 2023"),
        ("9,8 millions", "9.8 billion"),
        ("66 700 réfugiés", "66,070 refugees"),
        ("5 pays", "countries"),
        ("des pays", "5 countries"),
        ("34.000 migrants", "3,400 migrants"),
        ("à 14h30", "at 2.30 a.m."),
        ("le G20", "the G7"),
        ("l'ODD 16", "SDG 15"),
        ("7 % des ménages", "eight per cent of households"),
        ("vendredi 16 octobre", "on Friday (15/10)"),
        ("le 31", "on October 30th"),
    ],
)
def test_changed_missing_or_extra_fails(fr: str, en: str) -> None:
    assert compare_numbers(fr, en, "fr", "en")


def test_spaced_english_grouping_is_one_number() -> None:
    # issue 17: "10 000" in the msgstr was read as 10 and 0 ("'10 000' (10000) became '10'")
    diff = compare_numbers("10 000 personnes", "10 000 people", "fr", "en")
    assert not diff
    diff = compare_numbers("10 000 personnes", "1 000 people", "fr", "en")
    assert [(t.surface, t.key) for t in diff.missing] == [("10 000", "10000")]
    assert [(t.surface, t.key) for t in diff.extra] == [("1 000", "1000")]


def test_multiset_not_set() -> None:
    assert compare_numbers("5 et 5", "5 and 55", "fr", "en")
    assert not compare_numbers("5 et 5", "5 and 5", "fr", "en")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["1", "000", "3", "2024", " ", "\u00a0", "\u202f", ",", ".", "%", "mars", "March", "1er", "st", "millions", "14h30", "G20", "16/10",
     "million", "+41", "-", "/", "COVID-19", "(", "A", "é", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from(["fr", "en", "de", "fr_FR", "zz"]))
def test_extract_numbers_never_crashes_and_is_ordered(text: str, lang: str) -> None:
    tokens = extract_numbers(text, lang)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    # surfaces are slices of the text itself (times and names are blanked out for the scan)
    assert all(t.surface in text for t in tokens)
    assert not compare_numbers(text, text, lang, lang)  # a text always agrees with itself


# --------------------------------------------------------------------------- fast path vs reference
# compare_numbers compares sorted keys of cheap (start, surface, key) tuples and builds tokens only
# for a difference; the reference is the plain multiset difference of extract_numbers tokens.
from collections import Counter  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _reference_compare(source: str, target: str, source_lang: str, target_lang: str) -> tuple[list, list]:
    src, tgt = extract_numbers(source, source_lang), extract_numbers(target, target_lang)
    missing, extra = Counter(t.key for t in src) - Counter(t.key for t in tgt), Counter(t.key for t in tgt) - Counter(t.key for t in src)

    def pick(tokens, wanted):
        left, out = Counter(wanted), []
        for token in tokens:
            if left[token.key] > 0:
                left[token.key] -= 1
                out.append(token)
        return out

    return pick(src, missing), pick(tgt, extra)


_NUMBER_PIECES = st.sampled_from(
    ["1", "3", "12", "2024", "1 000", "1\u00a0000", "10,000", "1,5", "2.5", "9,8 millions", "9.8 million", " ", ", ",
     "mars", "March", "May", "mai", "1er", "1st", "+41 22 917 90 00", "COVID-19", "G20", "A/RES/70/1", "%", "le ",
     "the ", ".", "-", "3 mars 2024", "March 3, 2024", "000"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=10).map("".join), st.lists(_NUMBER_PIECES, max_size=10).map("".join))
def test_compare_numbers_agrees_with_token_multisets(source: str, target: str) -> None:
    diff = compare_numbers(source, target, "fr", "en")
    missing, extra = _reference_compare(source, target, "fr", "en")
    # pairing across forms (a name's digits, the day of a date, a number in words) only ever
    # excuses a token of the plain multiset difference, never reports one of its own
    assert not Counter(diff.missing + diff.dropped + diff.merged + diff.named_dropped) - Counter(missing)
    assert not Counter(diff.extra + diff.added + diff.named_added) - Counter(extra)
    assert bool(diff) == bool(
        diff.missing or diff.extra or diff.dropped or diff.added or diff.merged or diff.named_added or diff.named_dropped
        or diff.partial or diff.partial_kept or diff.approximate or diff.approximate_extra  # the softer pairings count too
    )
    # names set apart only where nothing else is unmatched on the other side
    assert all(t.key.startswith("name:") for t in diff.named_added + diff.named_dropped)
    assert not diff.named_added or not (diff.missing or diff.dropped)
    assert not diff.named_dropped or not (diff.extra or diff.added)
    # merged: years the target writes fewer times, never next to an extra number
    assert all(t.key.isdigit() and len(t.key) == 4 for t in diff.merged) and not (diff.merged and diff.extra)
    # only dates without a year are ever set apart as dropped, and never next to a date of the
    # other side that could be the same one changed; added are such dates too, or, when every
    # source number is rendered, years and dated dates only the target has
    assert all(t.key.startswith("date:????-") for t in diff.dropped)
    assert all(
        t.key.startswith("date:") or (not diff.missing and not diff.dropped and t.surface == t.key and t.key.isdigit() and len(t.key) == 4)
        for t in diff.added
    )
    assert not diff.dropped or not any(t.key.startswith(("date:", "time:")) for t in diff.extra)
    assert not diff.added or not any(t.key.startswith(("date:", "time:")) for t in diff.missing)


def test_partial_dates_an_official_version_words_otherwise_are_set_apart() -> None:
    # "(1-3 August)" written "earlier this week": dropped, not missing (a warning in check)
    diff = compare_numbers("en début de semaine (1er-3/08)", "earlier this week", "fr", "en")
    assert diff and not diff.missing and [t.key for t in diff.dropped] == ["date:????-08-01", "date:????-08-03"]
    assert not compare_numbers("du 1er-3 août", "on 1–3 August", "fr", "en")
    assert [t.key for t in compare_numbers("le 3 février", "tomorrow", "fr", "en").dropped] == ["date:????-02-03"]
    # a date that became another date, or a dated one that went missing, stays an error
    changed = compare_numbers("le 3 février", "on 4 February", "fr", "en")
    assert [t.key for t in changed.missing] == ["date:????-02-03"] and [t.key for t in changed.extra] == ["date:????-02-04"]
    assert [t.key for t in compare_numbers("le 3 février 2017", "tomorrow", "fr", "en").missing] == ["date:2017-02-03"]
    # the reverse: « aujourd'hui » written as the date
    added = compare_numbers("Aujourd'hui à Vienne, l'ONUDC a organisé un évènement.", "On 28 March, in Vienna, UNODC held an event.", "fr", "en")
    assert not added.extra and [t.key for t in added.added] == ["date:????-03-28"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Plus de 8 millions de personnes", "More than eight million people"),
        ("à 9 heures", "at 9 a.m."),
        ("la réunion du 11-17 avril", "the meeting of 11-17 April"),
    ],
)
def test_same_value_written_otherwise(source: str, target: str) -> None:
    assert not compare_numbers(source, target, "fr", "en")


def test_a_dropped_partial_date_is_a_warning_in_check_an_error_under_strict() -> None:
    from reltrans.checks import check_catalog
    from reltrans.model import Catalog, CatalogEntry, Severity

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    entry = CatalogEntry(msgid="La réunion a lieu le 3 février.", msgstr="The meeting takes place tomorrow.", line=3)
    for strict, severity in ((False, Severity.WARNING), (True, Severity.ERROR)):
        report = check_catalog(Catalog(header=header, entries=(entry,), path="n.po"), strict=strict)
        assert [(f.code, f.severity) for f in report.findings] == [("RT301", severity)]


# --------------------------------------------------------------------------- issue 14: numbers by meaning
@pytest.mark.parametrize(
    ("source", "target", "wrong"),
    [
        ("la moitié des enfants", "50 per cent of the children", "60 per cent of the children"),
        ("50 % des enfants", "half of the children", "40 per cent of the children"),
        ("de 2018 à 2019", "in 2018–19", "in 2018–20"),
        ("le plan 2018-2019", "the 2018-19 plan", "the 2018-17 plan"),
        ("USD 5 millions", "$5 million", "$50 million"),
        ("5 M$ pour le Sahel", "$5 million for the Sahel", "$5 for the Sahel"),
        ("4,3 Mds $", "$4.3 billion", "$4.3 million"),
        ("une dizaine de pays", "about 10 countries", "about 100 countries"),
        ("une vingtaine de pays", "some 20 countries", "some 30 countries"),
        ("quinze pays", "15 countries", "16 countries"),
        ("la 75e session", "the seventy-fifth session", "the seventy-sixth session"),
        ("la soixante-quinzième session", "the 75th session", "the 76th session"),
        ("le XXIe siècle", "the 21st century", "the 20th century"),
        ("500 000 personnes", "half a million people", "half a billion people"),
        ("un demi-million de personnes", "500,000 people", "50,000 people"),
        ("à midi", "at 12 noon", "at 11 a.m."),
        ("à 12h00", "at noon", "at 1 p.m."),
        # round 25: hundreds and thousands in words, two days written as a range
        ("la mission compte deux cents membres", "the mission has 200 members", "the mission has 300 members"),
        ("trois cents familles", "300 families", "30 families"),
        ("2 000 réfugiés", "two thousand refugees", "three thousand refugees"),
        ("500 vols", "five hundred flights", "six hundred flights"),
        ("les 10 et 11 juillet 2024", "on 10-11 July 2024", "on 10-12 July 2024"),
        ("du 2 au 5 mai 2025", "2–5 May 2025", "2–6 May 2025"),
        ("du 2 au 5 mai 2025", "from 2 to 5 May 2025", "from 3 to 5 May 2025"),
        ("les 18 et 19 novembre", "on 18 and 19 November", "on 18 and 20 November"),
        ("pour l'exercice 2023-2024", "for the 2023/24 financial year", "for the 2023/25 financial year"),
        ("pour l'exercice 2023/2024", "for the 2023-24 financial year", "for the 2022-24 financial year"),
    ],
)
def test_numbers_restated_in_words_or_another_notation_pass_changed_ones_fail(source: str, target: str, wrong: str) -> None:
    assert not compare_numbers(source, target, "fr", "en")
    diff = compare_numbers(source, wrong, "fr", "en")
    assert diff.missing or diff.extra


def test_a_year_the_source_repeats_may_be_written_once() -> None:
    diff = compare_numbers("le rapport pour 2024 (Needs Assessment for 2024 en anglais)", "the Needs Assessment for 2024", "fr", "en")
    assert not diff.missing and [t.key for t in diff.merged] == ["2024"]
    # not when another number stands in its place, nor for numbers other than years
    assert [t.key for t in compare_numbers("en 2024 et en 2024", "in 2024 and 2025", "fr", "en").missing] == ["2024"]
    assert [t.key for t in compare_numbers("3 morts et 3 blessés", "3 dead and injured", "fr", "en").missing] == ["3"]


@pytest.mark.parametrize(
    ("source", "target", "added"),
    [
        ("vers le Texas", "into Texas in 2018", ["2018"]),
        ("à la mi-2023", "by the middle of 2023", ["2023"]),
        ("aujourd'hui", "On 28 March 2018", ["date:2018-03-28"]),
        ("en mars", "in March 2018", ["date:2018-03"]),
    ],
)
def test_a_year_or_dated_date_only_the_translation_has_is_set_apart(source: str, target: str, added: list[str]) -> None:
    diff = compare_numbers(source, target, "fr", "en")
    assert not diff.missing and not diff.extra and [t.key for t in diff.added] == added
    # a year that changed, or one next to a changed number, stays missing/extra
    assert compare_numbers("en 2017, " + source, "in 2016, " + target, "fr", "en").missing
    assert compare_numbers("166 migrants " + source, "1,663 migrants " + target, "fr", "en").extra
    # "m" is a million only before a currency
    assert compare_numbers("10 000 m", "10 million", "fr", "en").missing


# --------------------------------------------------------------------------- issue 14: relative periods
@pytest.mark.parametrize(
    ("text", "lang", "surface", "period"),
    [
        ("Ils ont consommé du cannabis au cours des 12 derniers mois.", "fr", "12", True),
        ("Aucun cas ces 14 derniers jours.", "fr", "14", True),
        ("Les 30 jours écoulés ont été calmes.", "fr", "30", True),
        ("Dans les 5 années à venir, le nombre doublera.", "fr", "5", True),
        ("Il a été condamné à 12 mois de prison.", "fr", "12", False),
        ("Les 12 pays membres se sont réunis.", "fr", "12", False),
        ("No case in the past 14 days.", "en", "14", True),
        ("The camp opened 12 months later.", "en", "12", False),
    ],
)
def test_counts_of_relative_periods(text: str, lang: str, surface: str, period: bool) -> None:
    from reltrans.checks.numbers import counts_relative_period

    (token,) = [t for t in extract_numbers(text, lang) if t.surface == surface]
    assert counts_relative_period(text, token, lang) is period


def test_a_relative_period_worded_otherwise_is_a_warning_a_changed_number_an_error() -> None:
    from reltrans.checks import check_catalog
    from reltrans.model import Catalog, CatalogEntry, Severity

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    source = "Quelque 40 millions de personnes ont consommé des opioïdes au cours des 12 derniers mois."
    worded = CatalogEntry(msgid=source, msgstr="Some 40 million people use opioids each year.", line=3)
    for strict, severity in ((False, Severity.WARNING), (True, Severity.ERROR)):
        report = check_catalog(Catalog(header=header, entries=(worded,), path="n.po"), strict=strict)
        assert [(f.code, f.severity) for f in report.findings] == [("RT301", severity)]
    changed = CatalogEntry(msgid=source, msgstr="Some 40 million people used opioids in the past 18 months.", line=3)
    report = check_catalog(Catalog(header=header, entries=(changed,), path="n.po"))
    assert [(f.code, f.severity) for f in report.findings] == [("RT303", Severity.ERROR)]
    dropped = CatalogEntry(msgid="Plus de 40 000 personnes ont fui au cours des 12 derniers mois.", msgstr="Many people fled last year.", line=3)
    report = check_catalog(Catalog(header=header, entries=(dropped,), path="n.po"))
    assert ("RT301", Severity.ERROR) in [(f.code, f.severity) for f in report.findings]


# --------------------------------------------------------------------------- issue 14, round 31: numbers by meaning
@pytest.mark.parametrize(
    ("source", "target", "wrong"),
    [
        # a year or a decade glued to a prefix in English
        ("sous sa trajectoire d'avant 2019", "below its pre-2019 projections", "below its pre-2018 projections"),
        ("le programme d'après 2015", "the post-2015 agenda", "the post-2016 agenda"),
        ("d'ici le milieu des années 2080", "by the mid-2080s", "by the mid-2070s"),
        # a decade in two digits
        ("dans les années 90", "in the 1990s", "in the 1980s"),
        ("dans les années 1990", "in the '90s", "in the '80s"),
        # fractions for percentages, both ways
        ("25 % des enfants", "a quarter of the children", "a third of the children"),
        ("33 % des ménages", "a third of households", "a quarter of households"),
        ("un quart de la population", "25 per cent of the population", "20 per cent of the population"),
        ("deux tiers des pays", "67 per cent of the countries", "60 per cent of the countries"),
        ("66 % des pays", "two-thirds of the countries", "three quarters of the countries"),
        ("20 % du budget", "one fifth of the budget", "one quarter of the budget"),
        # half of one unit
        ("une hausse de 0,5 point de pourcentage", "a rise of half a percentage point", "a rise of 5 percentage points"),
    ],
)
def test_round31_numbers_written_otherwise_pass_changed_ones_fail(source: str, target: str, wrong: str) -> None:
    assert not compare_numbers(source, target, "fr", "en")
    diff = compare_numbers(source, wrong, "fr", "en")
    assert diff.missing or diff.extra


def test_round31_a_year_glued_to_a_prefix_only_the_english_writes_is_set_apart() -> None:
    # « à la mi-2023 » is read as words, as "the middle of 2023" is: the English year is added
    diff = compare_numbers("Les fonds seront épuisés à la mi-2023.", "Funds will run out by mid-2023.", "fr", "en")
    assert not diff.missing and not diff.extra and [t.key for t in diff.added] == ["2023"]


def test_round31_the_year_a_day_and_month_leave_implied_is_set_apart() -> None:
    diff = compare_numbers("La réunion a eu lieu le 3 mars.", "The meeting took place on 3 March 2024.", "fr", "en", document_year=2024)
    assert not diff.missing and not diff.extra and [t.key for t in diff.added] == ["date:2024-03-03"]
    # a December release speaks of January of the next year, and the other way round
    assert not compare_numbers("le 31 décembre", "on 31 December 2023", "fr", "en", document_year=2024).missing
    # another day, a year far from the release's, or a year with no release date, is a change
    assert compare_numbers("le 3 mars", "on 3 March 2024", "fr", "en").missing
    assert compare_numbers("le 3 mars", "on 4 March 2024", "fr", "en", document_year=2024).missing
    assert compare_numbers("le 3 mars", "on 3 March 2019", "fr", "en", document_year=2024).missing


def test_round31_implied_year_and_fraction_findings_in_a_catalog() -> None:
    from reltrans.checks import check_catalog
    from reltrans.model import Catalog, CatalogEntry, Severity

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr", "X-Reltrans-Document-Date": "2024-06-10"}

    def found(fr: str, en: str) -> list[tuple[str, Severity]]:
        report = check_catalog(Catalog(header=header, entries=(CatalogEntry(msgid=fr, msgstr=en, line=1),), path="n.po"))
        return [(f.code, f.severity) for f in report.findings]

    assert found("La réunion a eu lieu le 3 mars.", "The meeting took place on 3 March 2024.") == [("RT302", Severity.WARNING)]
    assert found("La réunion a eu lieu le 3 mars.", "The meeting took place on 3 March 2021.") == [("RT303", Severity.ERROR)]
    assert found("Environ 25 % des écoles sont fermées.", "About a quarter of schools are closed.") == []
    assert found("Environ 25 % des écoles sont fermées.", "About a third of schools are closed.") == [("RT301", Severity.ERROR)]


@pytest.mark.parametrize(
    ("source", "target", "wrong"),
    [
        # an age group glued to its word
        ("les moins de 18 ans", "under-18s", "under-16s"),
        ("les plus de 65 ans", "the over-65s", "the over-60s"),
        # a share in words, both ways
        ("huit enfants sur dix", "80 per cent of children", "70 per cent of children"),
        ("80 % des enfants", "eight in ten children", "seven in ten children"),
        ("un enfant sur cinq", "20 per cent of children", "25 per cent of children"),
        # a number multiplied
        ("une hausse de 100 %", "prices have doubled", "prices have tripled"),
        ("le nombre a été multiplié par 3", "the number has tripled", "the number has doubled"),
        # degrees glued, a time in four digits
        ("sous 1,5 degré", "below 1.5C", "below 2C"),
        ("à 15 h GMT", "at 1500 GMT", "at 1600 GMT"),
    ],
)
def test_round31_more_numbers_written_otherwise(source: str, target: str, wrong: str) -> None:
    assert not compare_numbers(source, target, "fr", "en")
    diff = compare_numbers(source, wrong, "fr", "en")
    assert diff.missing or diff.extra


@pytest.mark.parametrize(
    ("source", "target", "approximate", "approximate_extra"),
    [
        ("Près de 52 % des enfants", "More than half of the children", ["52"], []),
        ("30 % des ménages", "nearly a third of households", ["30"], []),
        ("plus de la moitié des enfants", "52 per cent of the children", [], ["52"]),
        ("près d'un tiers des ménages", "30 per cent of households", [], ["30"]),
    ],
)
def test_round31_a_percentage_as_an_approximate_fraction_is_set_apart(source: str, target: str, approximate: list[str], approximate_extra: list[str]) -> None:
    diff = compare_numbers(source, target, "fr", "en")
    assert not diff.missing and not diff.extra
    assert [t.key for t in diff.approximate] == approximate and [t.key for t in diff.approximate_extra] == approximate_extra


def test_round31_an_approximate_fraction_far_off_or_no_percentage_stays_a_change() -> None:
    assert compare_numbers("52 % des enfants", "nearly a third of the children", "fr", "en").missing
    assert compare_numbers("environ un quart des écoles", "40 per cent of schools", "fr", "en").extra
    assert compare_numbers("52 enfants", "more than half of the children", "fr", "en").missing  # no percentage


def test_round31_and_a_half_before_a_scale_word() -> None:
    assert not compare_numbers("1,5 million de personnes", "one and a half million people", "fr", "en")
    assert not compare_numbers("un million et demi de personnes", "1.5 million people", "fr", "en")
    # another figure: a change, not a scale word kept alone
    diff = compare_numbers("1,5 million de personnes", "two and a half million people", "fr", "en")
    assert [t.key for t in diff.missing] == ["1500000"] and not diff.partial


def test_a_date_written_without_the_releases_own_year_is_the_same_date() -> None:
    # the dateline of a 2019 release: the English leaves out the year the reader knows
    assert not compare_numbers("Genève, 14 mai 2019 - Le comité s'est réuni.", "GENEVA, 14 May - The committee met.", "fr", "en", document_year=2019)
    assert not compare_numbers("le 30 décembre 2018", "on 30 December", "fr", "en", document_year=2019)
    # another year, another day, or no release date to tell: the date is still only partly kept
    assert compare_numbers("le 14 mai 2012", "on 14 May", "fr", "en", document_year=2019).partial
    assert compare_numbers("le 14 mai 2019", "on 15 May", "fr", "en", document_year=2019)
    assert compare_numbers("le 14 mai 2019", "on 14 May", "fr", "en").partial


def test_a_year_left_over_beside_a_date_without_its_year_is_no_implied_year() -> None:
    # "2020" may be the date's year, changed: the date is not taken as the release's
    diff = compare_numbers("Au 14 mars 2021, 5 210 migrants étaient arrivés.", "In 2020 through 14 March, 5,210 migrants had arrived.", "fr", "en", document_year=2021)
    assert diff.missing or diff.extra
