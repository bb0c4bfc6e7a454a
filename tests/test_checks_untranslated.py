"""Entries that look untranslated (RT503): the source copied or French in the English msgstr get
one finding, not a cascade of number and term findings."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reltrans.checks import check_catalog, resolve_glossary
from reltrans.checks.untranslated import untranslated_reason
from reltrans.cli import cli
from reltrans.model import Catalog, CatalogEntry, Severity

HEADER = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n"X-Source-Language: fr\\n"\n\n'


def findings(*pairs: tuple[str, str], strict: bool = False, glossary: object = None) -> list[tuple[str, int, Severity]]:
    entries = tuple(CatalogEntry(msgid=fr, msgstr=en, line=5 + 3 * i) for i, (fr, en) in enumerate(pairs))
    report = check_catalog(Catalog(header=HEADER, entries=entries, path="r.po"), glossary=glossary, strict=strict)
    return [(f.code, f.line, f.severity) for f in report.findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Le 22 novembre 2024", "Le 22 Novembre 2024"),  # the dateline left as it was
        ("Le 22 novembre 2024", "Le 22 novembre 2024"),
        ("22 novembre", "22 novembre"),
        ("Mai 2024", "Mai 2024"),
        ("GENÈVE, le 4 juin 2025 – Les équipes ont livré 3 200 kits.", "GENÈVE, le 4 juin 2025 – Les équipes ont livré 3 200 kits."),
        ("Les familles déplacées reçoivent de l'aide.", "Les  familles déplacées reçoivent de l'aide."),  # spacing aside
        ("Plus de 40 000 personnes ont quitté la ville en mars.", "Selon les équipes, les familles sont arrivées dans la nuit avec leurs enfants."),
    ],
)
def test_untranslated_entries_are_named_so(msgid: str, msgstr: str) -> None:
    reason = untranslated_reason(msgid, msgstr, "fr", "en")
    assert reason is not None and reason.startswith("the entry looks untranslated")


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("COVID-19", "COVID-19"),
        ("Amy Pope", "Amy Pope"),
        ("2024", "2024"),
        ("Port-au-Prince", "Port-au-Prince"),
        ("La Paz", "La Paz"),
        ("Les Cayes, 2024", "Les Cayes, 2024"),
        ("UNICEF", "UNICEF"),
        ("Le rapport « État de la migration dans le monde » paraît.", "The report « État de la migration dans le monde » is out."),
        ("La Paz et Le Cap accueillent la réunion.", "La Paz and Cape Town host the meeting."),
        ("M. Le Duc a salué les équipes de l'OIM à Port-au-Prince.", "Mr. Le Duc thanked the IOM teams in Port-au-Prince."),
        ("Les réfugiés de Côte d'Ivoire sont rentrés.", "Refugees from Côte d'Ivoire have returned."),
    ],
)
def test_names_codes_and_quoted_french_are_no_untranslated_entry(msgid: str, msgstr: str) -> None:
    assert untranslated_reason(msgid, msgstr, "fr", "en") is None


def test_a_copied_dateline_is_one_warning_not_number_errors() -> None:
    assert findings(("Le 22 novembre 2024", "Le 22 Novembre 2024")) == [("RT503", 5, Severity.WARNING)]
    assert findings(("Le 22 novembre 2024", "Le 22 Novembre 2024"), strict=True) == [("RT503", 5, Severity.ERROR)]


def test_a_copied_sentence_gets_no_term_or_number_cascade() -> None:
    copied = "L'OIM a aidé 1 200 migrants en 2023, soit 12,5 % de plus."
    assert findings((copied, copied), glossary=resolve_glossary()) == [("RT503", 5, Severity.WARNING)]


def test_broken_text_in_a_copy_is_still_reported() -> None:
    assert [code for code, _, _ in findings(("Les équipes sont arrivées.", "Les Ã©quipes sont arrivÃ©es."))] == ["RT409"]
    assert [code for code, _, _ in findings(("Les équipes sont arrivées à l'aube.", "Les équipes sont arrivées à l'aube.\ufffd"))] != []


def test_cli_reports_the_copied_entry_in_one_line(tmp_path) -> None:
    po = tmp_path / "release.po"
    po.write_text(PO_HEADER + 'msgid "Le 22 novembre 2024"\nmsgstr "Le 22 Novembre 2024"\n\n'
                  'msgid "Le 3 mars, 4 500 personnes ont été déplacées."\nmsgstr "On 3 March, 4,500 people were displaced."\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(po)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"{po}:7: RT503 the entry looks untranslated: the translation is a copy of the source; translate it"]
    assert "same as source 1" in result.stdout


def test_a_copied_draft_keeps_the_terms_enforcement_flagged_as_rt105() -> None:
    draft = CatalogEntry(msgid="Les rapatriés de l'OIM sont arrivés à Niamey.", msgstr="Les rapatriés de l'OIM sont arrivés à Niamey.",
                         flags=("fuzzy",), extracted_comments=("reltrans: unmet terms: returnee",), line=5)
    report = check_catalog(Catalog(header=HEADER, entries=(draft,), path="r.po"), glossary=resolve_glossary())
    assert sorted(f.code for f in report.findings) == ["RT105", "RT502", "RT503"]
    assert report.unmet_terms == 1
