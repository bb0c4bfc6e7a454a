"""Per-entry QA rules, header checks and suppressions (planted errors found, clean entries not)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reltrans.checks import check_catalog
from reltrans.checks.rules import EntryContext, check_entry, check_header, suppressed_codes
from reltrans.model import Catalog, CatalogEntry, Severity

CTX = EntryContext("x.po", "fr", "en")
HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}


def codes(msgid: str, msgstr: str, **kw: object) -> list[str]:
    entry = CatalogEntry(msgid=msgid, msgstr=msgstr, line=7, **kw)  # type: ignore[arg-type]
    return [f.code for f in check_entry(entry, CTX)]


CLEAN = [
    ("L'OIM a aidé 1 000 personnes.", "IOM helped 1,000 people."),
    ("Voir https://www.iom.int/fr/news.", "See https://www.iom.int/fr/news."),
    ("Contact : media@iom.int", "Contact: media@iom.int"),
    ("Il a dit : « Nous sommes prêts. »", "He said: “We are ready.”"),
    ("Il a dit : « Nous sommes prêts ».", 'He said: "We are ready."'),
    ("Pourquoi ?", "Why?"),
    ("Attention !", "Warning!"),
    ("Note\u202f:", "Note:"),
    ("Et ensuite...", "And then…"),
    ("Le HCR (Agence des Nations Unies pour les réfugiés) [source].", "UNHCR (the UN Refugee Agency) [source]."),
    ("Il a dit que cela était vrai.", "He said that that was true."),
    ("Un <b>texte</b> en gras.", "A <b>bold</b> text."),
    ("Contexte", "Background"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), CLEAN)
def test_clean_entries_not_flagged(msgid: str, msgstr: str) -> None:
    assert codes(msgid, msgstr) == []


PLANTED = [
    ("Plus de 1 000 migrants.", "More than 10,000 migrants.", "RT303"),
    ("Le 3 mars.", "On 3 March 2024.", "RT303"),
    ("Le 3 mars.", "On 3 March, and 4 more.", "RT302"),
    ("En 2024, 5 pays.", "In 2024, countries.", "RT301"),
    ("Voir https://www.iom.int/fr.", "See https://www.iom.int/en.", "RT401"),
    ("Écrire à media@iom.int.", "Write to press@iom.int.", "RT402"),
    ("Un <b>texte</b> en gras.", "A bold text.", "RT403"),
    ("Le HCR (Agence des Nations Unies).", "UNHCR (the UN Refugee Agency.", "RT404"),
    ("Le HCR (Agence).", "UNHCR )the Agency(.", "RT404"),
    ("Il a dit « oui ».", "He said “yes.", "RT405"),
    ("Il a dit « oui ».", "He said yes.", "RT405"),
    ("Pourquoi ?", "Why.", "RT406"),
    ("Fin.", "End", "RT406"),
    ("Texte", " Text", "RT407"),
    ("Texte ", "Text", "RT407"),
    ("Bonjour le monde.", "Hello the the world.", "RT408"),
    ("Ligne\n", "Line", "RT903"),
    ("Les réfugiés sont arrivés.", "Les réfugiés sont arrivés.", "RT503"),
]


@pytest.mark.parametrize(("msgid", "msgstr", "code"), PLANTED)
def test_planted_errors_found(msgid: str, msgstr: str, code: str) -> None:
    assert code in codes(msgid, msgstr)


def test_untranslated_and_fuzzy_are_warnings_then_errors_under_strict() -> None:
    untranslated = CatalogEntry(msgid="Bonjour.", line=3)
    fuzzy = CatalogEntry(msgid="Bonjour.", msgstr="Hello.", flags=("fuzzy",), line=5)
    for strict, severity in ((False, Severity.WARNING), (True, Severity.ERROR)):
        ctx = EntryContext("x.po", strict=strict)
        assert [(f.code, f.severity) for f in check_entry(untranslated, ctx)] == [("RT501", severity)]
        assert [(f.code, f.severity) for f in check_entry(fuzzy, ctx)] == [("RT502", severity)]


def test_fuzzy_plural_entry_is_fuzzy_not_translated() -> None:
    from reltrans.checks.rules import entry_state

    plural = {"msgid": "%d migrant", "msgid_plural": "%d migrants", "line": 5}
    fuzzy = CatalogEntry(msgstr_plural={0: "%d migrant", 1: "%d migrants"}, flags=("fuzzy",), **plural)  # type: ignore[arg-type]
    assert entry_state(fuzzy) == "fuzzy"
    assert [f.code for f in check_entry(fuzzy, CTX)] == ["RT502"]
    strict = EntryContext("x.po", "fr", "en", strict=True)
    assert [(f.code, f.severity) for f in check_entry(fuzzy, strict)] == [("RT502", Severity.ERROR)]
    empty = CatalogEntry(msgstr_plural={0: "", 1: ""}, flags=("fuzzy",), **plural)  # type: ignore[arg-type]
    assert entry_state(empty) == "untranslated" and [f.code for f in check_entry(empty, CTX)] == ["RT501"]
    partial = CatalogEntry(msgstr_plural={0: "%d migrant", 1: ""}, **plural)  # type: ignore[arg-type]
    assert entry_state(partial) == "untranslated" and [f.code for f in check_entry(partial, CTX)] == ["RT501"]
    done = CatalogEntry(msgstr_plural={0: "%d migrant", 1: "%d migrants"}, **plural)  # type: ignore[arg-type]
    assert entry_state(done) == "translated" and check_entry(done, CTX) == []


def test_fuzzy_entry_content_is_checked_too() -> None:
    entry = CatalogEntry(msgid="1 000 personnes.", msgstr="10,000 people.", flags=("fuzzy",), line=5)
    assert {f.code for f in check_entry(entry, CTX)} == {"RT502", "RT303"}


def test_plural_entries_are_checked_per_form() -> None:
    entry = CatalogEntry(
        msgid="%d personne.", msgid_plural="%d personnes.", msgstr_plural={0: "%d person.", 1: "%d people"}, line=9
    )
    assert [f.code for f in check_entry(entry, CTX)] == ["RT406"]


def test_finding_location_and_message() -> None:
    entry = CatalogEntry(msgid="Plus de 1 000 migrants.", msgstr="More than 10,000 migrants.", line=42)
    (finding,) = check_entry(entry, CTX)
    assert str(finding).startswith("x.po:42: RT303 ")
    assert "1 000" in finding.message and "10,000" in finding.message
    assert finding.msgid == entry.msgid and finding.severity is Severity.ERROR


# --------------------------------------------------------------------------- suppression
@pytest.mark.parametrize(
    ("comment", "flags", "silenced", "kept"),
    [
        ("reltrans: ignore numbers", (), {"RT303"}, {"RT406"}),
        ("reltrans: ignore punctuation", (), {"RT406"}, {"RT303"}),
        ("reltrans: ignore all", (), {"RT303", "RT406"}, set()),
        ("reltrans: ignore RT406", (), {"RT406"}, {"RT303"}),
        ("", ("ignore-end-stop",), {"RT406"}, {"RT303"}),
        ("just a note", (), set(), {"RT303", "RT406"}),
    ],
)
def test_suppression(comment: str, flags: tuple[str, ...], silenced: set[str], kept: set[str]) -> None:
    entry = CatalogEntry(
        msgid="Plus de 1 000 migrants.", msgstr="More than 10,000 migrants", line=8,
        translator_comments=(comment,) if comment else (), flags=flags,
    )
    catalog = Catalog(header=HEADER, entries=(entry,), path="x.po")
    found = {f.code for f in check_catalog(catalog).findings}
    assert found == kept
    assert not silenced & found


def test_weblate_flags_map_to_codes() -> None:
    assert suppressed_codes(CatalogEntry(msgid="a", flags=("ignore-same",))) == {"RT503"}
    assert suppressed_codes(CatalogEntry(msgid="a", flags=("ignore-inconsistent",))) == {"RT201", "RT202", "RT203"}
    assert suppressed_codes(CatalogEntry(msgid="a", flags=("fuzzy",))) == frozenset()


def test_ignore_all_does_not_waive_syntax() -> None:
    codes_ = suppressed_codes(CatalogEntry(msgid="a", translator_comments=("reltrans: ignore all",)))
    assert "RT903" not in codes_ and "RT301" in codes_


# --------------------------------------------------------------------------- header
def header_codes(header: dict[str, str], entries: tuple[CatalogEntry, ...] = ()) -> list[str]:
    return [f.code for f in check_header(Catalog(header=header, entries=entries), CTX)]


def test_valid_header_has_no_finding() -> None:
    entry = CatalogEntry(msgid="Genève", msgstr="Geneva", line=4)
    assert header_codes({**HEADER, "Plural-Forms": "nplurals=2; plural=(n != 1);"}, (entry,)) == []


def test_a_catalogue_without_entries_is_a_warning() -> None:
    assert header_codes(HEADER) == ["RT905"]
    obsolete = CatalogEntry(msgid="Genève", msgstr="Geneva", line=4, obsolete=True)
    assert header_codes(HEADER, (obsolete,)) == ["RT905"]  # only an obsolete entry left


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ({"Language": "en"}, "RT901"),
        ({"Language": "en", "Content-Type": "text/plain; charset=CHARSET"}, "RT901"),
        ({"Language": "en", "Content-Type": "text/plain; charset=klingon-8"}, "RT901"),
        ({**HEADER, "Plural-Forms": "nplurals=two; plural=n"}, "RT902"),
        ({**HEADER, "Plural-Forms": "nplurals=2; plural=(n != 1;"}, "RT902"),
        ({**HEADER, "Plural-Forms": "nplurals=2; plural=import os;"}, "RT902"),
        ({"Content-Type": "text/plain; charset=UTF-8"}, "RT904"),
    ],
)
def test_bad_headers(header: dict[str, str], code: str) -> None:
    assert code in header_codes(header)


def test_plural_count_must_match_nplurals() -> None:
    entry = CatalogEntry(msgid="a", msgid_plural="b", msgstr_plural={0: "x", 1: "y", 2: "z"}, line=4)
    assert header_codes({**HEADER, "Plural-Forms": "nplurals=2; plural=(n != 1);"}, (entry,)) == ["RT902"]
    assert header_codes(HEADER, (entry,)) == ["RT902"]  # plural entry without Plural-Forms


# --------------------------------------------------------------------------- robustness
@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80), st.booleans())
def test_check_catalog_never_crashes(msgid: str, msgstr: str, fuzzy: bool) -> None:
    entry = CatalogEntry(msgid=msgid, msgstr=msgstr, flags=("fuzzy",) if fuzzy else (), line=3)
    report = check_catalog(Catalog(header=HEADER, entries=(entry,), path="h.po"))
    assert report.exit_code() in (0, 1)
    assert all(f.path == "h.po" for f in report.findings)


# --------------------------------------------------------------------------- fast paths vs reference
# _check_whitespace returns early when no text has a space at either end; _check_doubled searches
# once before iterating, with a possessive pattern; _check_quotes tests isdisjoint. The reference
# versions below are the plain ones they replaced: the findings must be identical.
import re  # noqa: E402

from reltrans.checks import rules as rules_module  # noqa: E402


def _reference_whitespace(source, target, entry, ctx, out):
    trans = rules_module._SPACE_TRANS
    s_lead = source[: len(source) - len(source.lstrip())].translate(trans)
    t_lead = target[: len(target) - len(target.lstrip())].translate(trans)
    s_trail = source[len(source.rstrip()) :].translate(trans)
    t_trail = target[len(target.rstrip()) :].translate(trans)
    make = rules_module.make_finding
    if s_lead != t_lead:
        out.append(make("RT407", ctx, entry.line, f"leading whitespace differs: source {s_lead!r}, translation {t_lead!r}", entry.msgid))
    if s_trail != t_trail:
        out.append(make("RT407", ctx, entry.line, f"trailing whitespace differs: source {s_trail!r}, translation {t_trail!r}", entry.msgid))
    if source.startswith("\n") != target.startswith("\n") or source.endswith("\n") != target.endswith("\n"):
        out.append(make("RT903", ctx, entry.line, "msgid and msgstr disagree on a leading or trailing newline", entry.msgid))


_PLAIN_DOUBLED = re.compile(r"(?<!\w)([^\W\d_]+)\s+(\1)(?!\w)", re.IGNORECASE)


def _reference_doubled(source, target, entry, ctx, out):
    for match in _PLAIN_DOUBLED.finditer(target):
        word = match.group(1)
        if word.lower() in rules_module._DOUBLED_OK or len(word) == 1 and not word.isalpha():
            continue
        if re.search(rf"(?<!\w){re.escape(word)}\s+{re.escape(word)}(?!\w)", source, re.IGNORECASE):
            continue
        out.append(rules_module.make_finding("RT408", ctx, entry.line, f"doubled word {match.group(0)!r}", entry.msgid))


def _reference_quotes(source, target, entry, ctx, out):
    chars = rules_module._QUOTE_CHARS
    if not (chars.intersection(source) or chars.intersection(target)):
        return
    s_count, s_paired = rules_module._quote_state(source)
    t_count, t_paired = rules_module._quote_state(target)
    if s_count != t_count:
        out.append(rules_module.make_finding("RT405", ctx, entry.line, f"quotation marks: source has {s_count}, translation {t_count}", entry.msgid))
    elif s_paired and not t_paired:
        out.append(rules_module.make_finding("RT405", ctx, entry.line, "unpaired quotation marks in the translation", entry.msgid))


_RULE_PIECES = st.sampled_from(
    ["the", "The", "THE", "that", "le", "Le", "la", "Ä", "ä", "é", "x", "1", "_", "a1", " ", "  ", "\t", "\n", "\u00a0",
     "\u202f", "\u2009", "\r", ".", ",", "«", "»", "“", "”", "„", '"', "(", ")", "-", "ſ", "K", "k", "ß", "SS"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_RULE_PIECES, max_size=12).map("".join), st.lists(_RULE_PIECES, max_size=12).map("".join))
def test_fast_rule_paths_agree_with_reference(source: str, target: str) -> None:
    entry = CatalogEntry(msgid=source or "x", msgstr=target, line=7)
    for fast, slow in (
        (rules_module._check_whitespace, _reference_whitespace),
        (rules_module._check_doubled, _reference_doubled),
        (rules_module._check_quotes, _reference_quotes),
    ):
        ours: list = []
        theirs: list = []
        fast(source, target, entry, CTX, ours)
        slow(source, target, entry, CTX, theirs)
        assert ours == theirs, fast.__name__


def test_a_dropped_url_is_a_warning_a_changed_or_added_url_an_error() -> None:
    source = "Le rapport est en ligne sur www.unodc.org/wdr."
    dropped = CatalogEntry(msgid=source, msgstr="The report is online.", line=4)
    for strict, severity in ((False, Severity.WARNING), (True, Severity.ERROR)):
        findings = check_entry(dropped, EntryContext("x.po", "fr", "en", strict=strict))
        assert [(f.code, f.severity) for f in findings] == [("RT401", severity)]
        assert "check the link" in findings[0].message
    changed = CatalogEntry(msgid=source, msgstr="The report is online at www.unodc.org/wbr.", line=4)
    assert [(f.code, f.severity) for f in check_entry(changed, CTX)] == [("RT401", Severity.ERROR)]
    added = CatalogEntry(msgid="Le rapport est en ligne.", msgstr="The report is online at www.example.org.", line=4)
    assert [(f.code, f.severity) for f in check_entry(added, CTX)] == [("RT401", Severity.ERROR)]


# --------------------------------------------------------------------------- issue 14, round 31
# A year or the release's own date worded relative to the release: a warning; the same
# omission without such wording, or with a number changed, stays an error. Own sentences.
def _dated_findings(fr: str, en: str, date: str | None = "2024-06-10", strict: bool = False) -> list[tuple[str, object]]:
    from reltrans.checks import check_catalog
    from reltrans.model import Catalog, CatalogEntry

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    if date:
        header["X-Reltrans-Document-Date"] = date
    report = check_catalog(Catalog(header=header, entries=(CatalogEntry(msgid=fr, msgstr=en, line=1),), path="d.po"), strict=strict)
    return [(f.code, f.severity) for f in report.findings if f.code.startswith("RT3")]


def test_round31_a_year_worded_relative_to_the_release_is_a_warning() -> None:
    from reltrans.model import Severity

    # the count rounded ("five years ago" for 2018 in a 2024 release), or no release date
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began five years ago.") == [("RT301", Severity.WARNING)]
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began five years ago.", date=None) == [("RT301", Severity.WARNING)]
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began five years ago.", strict=True) == [("RT301", Severity.ERROR)]
    # the exact count: nothing to say
    assert _dated_findings("La crise a commencé en 2019.", "The crisis began five years ago.") == []
    # no relative wording, a count two years off, or another number in its place: an error
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began.") == [("RT301", Severity.ERROR)]
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began three years ago.") == [("RT301", Severity.ERROR)]
    assert _dated_findings("La crise a commencé en 2018.", "The crisis began in 2017, five years ago.") == [("RT303", Severity.ERROR)]


def test_round31_the_release_date_worded_today_is_a_warning() -> None:
    from reltrans.model import Severity

    assert _dated_findings("Le 10 juin 2024, la réunion a commencé.", "Today, the meeting began.") == [("RT301", Severity.WARNING)]
    assert _dated_findings("Le 7 juin 2024, la réunion a commencé.", "On Friday, the meeting began.") == [("RT301", Severity.WARNING)]
    # a date far from the release's, or no relative wording, stays an error
    assert _dated_findings("Le 10 mars 2024, la réunion a commencé.", "Today, the meeting began.") == [("RT301", Severity.ERROR)]
    assert _dated_findings("Le 10 juin 2024, la réunion a commencé.", "The meeting began.") == [("RT301", Severity.ERROR)]


def test_round31_midnight_is_zero_hours() -> None:
    assert _dated_findings("Le couvre-feu commence à 0 h.", "The curfew starts at midnight.") == []
    assert _dated_findings("Le couvre-feu commence à 1 h.", "The curfew starts at midnight.")


def test_round31_the_year_of_a_resolution_symbol_left_out_is_a_warning() -> None:
    from reltrans.model import Severity

    fr = "Le Conseil a adopté la résolution 2728 (2024)."
    assert _dated_findings(fr, "The Council adopted resolution 2728.") == [("RT301", Severity.WARNING)]
    # the resolution number changed, or the year alone left out elsewhere, stays an error
    assert ("RT303", Severity.ERROR) in _dated_findings(fr, "The Council adopted resolution 2782.")
    assert _dated_findings("Le Conseil s'est réuni en 2024.", "The Council met.") == [("RT301", Severity.ERROR)]


def test_round31_an_approximate_fraction_is_a_warning() -> None:
    from reltrans.model import Severity

    assert _dated_findings("Près de 52 % des enfants ne sont pas scolarisés.", "More than half of children are out of school.") == [("RT301", Severity.WARNING)]
    assert _dated_findings("Plus de la moitié des enfants ne sont pas scolarisés.", "52 per cent of children are out of school.") == [("RT302", Severity.WARNING)]
    assert _dated_findings("Près de 52 % des enfants ne sont pas scolarisés.", "More than half of children are out of school.", strict=True) == [("RT301", Severity.ERROR)]
    assert _dated_findings("Près de 52 % des enfants ne sont pas scolarisés.", "A third of children are out of school.") == [("RT301", Severity.ERROR)]


# --------------------------------------------------------------------------- numbers across sentences
def _file_number_errors(pairs: list[tuple[str, str]], *, strict: bool = True) -> list[tuple[str, int]]:
    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr", "X-Reltrans-Document-Date": "2025-02-10"}
    entries = tuple(CatalogEntry(msgid=fr, msgstr=en, msgctxt=f"c{i}", line=3 * i + 3) for i, (fr, en) in enumerate(pairs))
    report = check_catalog(Catalog(header=header, entries=entries, path="n.po"), strict=strict)
    return [(f.code, f.line) for f in report.findings if f.code.startswith("RT30") and f.severity is Severity.ERROR]


def test_a_year_moved_to_the_next_sentence_is_no_number_error_even_strict() -> None:
    moved = [
        ("L'agence a lancé lundi son appel mondial pour 2025, de 4,2 milliards de dollars.", "The agency on Monday launched a USD 4.2 billion global appeal."),
        ("Cet appel doit financer l'aide aux familles déplacées.", "The 2025 appeal is to fund aid for displaced families."),
    ]
    assert _file_number_errors(moved) == [] and _file_number_errors(moved, strict=False) == []


def test_a_year_dropped_or_changed_stays_an_error() -> None:
    # the year is written nowhere in the translations: lost, not moved
    dropped = [
        ("L'agence a lancé lundi son appel mondial pour 2025, de 4,2 milliards de dollars.", "The agency on Monday launched a USD 4.2 billion global appeal."),
        ("Cet appel doit financer l'aide aux familles déplacées.", "The appeal is to fund aid for displaced families."),
    ]
    assert _file_number_errors(dropped, strict=False) == [("RT301", 3)]
    # a year the release never gives, added to a sentence, stays a strict error
    invented = [
        ("L'agence a lancé lundi son appel mondial, de 4,2 milliards de dollars.", "The agency on Monday launched a USD 4.2 billion global appeal."),
        ("Cet appel doit financer l'aide aux familles déplacées.", "The 2019 appeal is to fund aid for displaced families."),
    ]
    assert _file_number_errors(invented) == [("RT302", 6)]
    # a changed amount beside a moved year is still a change
    changed = [
        ("L'agence a lancé lundi son appel mondial pour 2025, de 4,2 milliards de dollars.", "The agency on Monday launched a USD 4.7 billion global appeal."),
        ("Cet appel doit financer l'aide aux familles déplacées.", "The 2025 appeal is to fund aid for displaced families."),
    ]
    assert ("RT303", 3) in _file_number_errors(changed, strict=False)


def test_a_year_the_release_gives_in_a_date_counts_as_stated() -> None:
    from reltrans.checks.numbers import document_numbers, stated_elsewhere

    stated = document_numbers("La conférence s'est ouverte le 3 mars 2025 à Genève.", "fr")
    assert stated_elsewhere("2025", stated) and stated_elsewhere("date:2025-03-03", stated)
    assert not stated_elsewhere("2024", stated) and not stated_elsewhere("date:2025-03-04", stated)
