"""RT421 format placeholders, RT420 double spaces and RT422 case of acronyms and names."""
from __future__ import annotations

import pytest

from reltrans.checks.case import case_changes
from reltrans.checks.core import check_catalog
from reltrans.checks.format_strings import compare_format_placeholders, format_placeholders
from reltrans.model import Catalog, CatalogEntry


def test_prose_per_cent_is_never_a_placeholder() -> None:
    assert not format_placeholders("Le chômage a baissé de 50 % des cas, soit 3 % de plus.", ())
    assert not compare_format_placeholders("Une hausse de 12 % depuis 2020.", "An increase of 12 per cent since 2020.")
    assert not compare_format_placeholders("100 % des enfants", "100% of children")


@pytest.mark.parametrize(
    "source, target, flags, expected",
    [
        ("Bonjour %s, vous avez %d messages.", "Hello %s, you have messages.", (), "missing from the translation: '%d'"),
        ("Fichier {name} introuvable", "File {nom} not found", (), "missing from the translation: '{name}'"),
        ("%(count)d personnes", "%(count)d people", (), None),
        ("{0} sur {1}", "{1} of {0}", (), None),
        ("%1$s a rencontré %2$s", "%2$s met %1$s", ("c-format",), None),
        ("%s a rencontré %s le %d", "%s met %s on %d", ("c-format",), None),
        ("%s de %d", "%d of %s", ("c-format",), "reordered"),
        ("Taux : %5.1f %%", "Rate: %5.1f %%", ("c-format",), None),
        ("Taux : %5.1f %%", "Rate: %5.2f %%", ("c-format",), "'%5.1f'"),
        ("Valeur {x!r:>10}", "Value {x}", ("python-brace-format",), "'{x!r:>10}'"),
        ("{{littéral}} et {n}", "{{literal}} and {n}", ("python-brace-format",), None),
        ("Bonjour %s", "Hello", ("no-c-format",), None),
    ],
)
def test_compare_format_placeholders(source: str, target: str, flags: tuple[str, ...], expected: str | None) -> None:
    messages = compare_format_placeholders(source, target, flags)
    if expected is None:
        assert messages == []
    else:
        assert messages and expected in " ".join(messages)


def test_case_changes() -> None:
    assert case_changes("La CNDH a publié son rapport.", "The Cndh published its report.") == ["acronym 'CNDH' kept with its case changed: 'Cndh'"]
    assert case_changes("La CNDH a publié son rapport.", "The CNDH published its report.") == []
    assert case_changes("Selon Amy Pope, directrice générale.", "According to amy pope, Director General.") == [
        "name 'Amy' kept with its case changed: 'amy'", "name 'Pope' kept with its case changed: 'pope'",
    ]
    assert case_changes("Il a rencontré McAllister.", "He met Mcallister.")
    # a lone capitalised French word may be lower case in English; sentence starts say nothing
    assert case_changes("Le Centre de transit a ouvert.", "The transit centre opened.") == []
    assert case_changes("Migration et développement.", "migration and development.") == []
    # addresses are not words of the text
    assert case_changes("Le PAM publie une analyse.", "WFP publishes an analysis: https://www.wfp.org/news/new-wfp-analysis") == []
    assert case_changes("Écrivez à la CNDH.", "Write to CNDH at press@cndh.example.org.") == []
    # headlines in capitals are skipped
    assert case_changes("L'OIM SALUE LA DÉCISION DU CONSEIL", "IOM welcomes the council decision") == []


def _catalog(*entries: tuple[str, str, tuple[str, ...]]) -> Catalog:
    return Catalog(
        path="t.po",
        header={"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"},
        entries=tuple(CatalogEntry(msgid=m, msgstr=t, flags=f, line=10 * (i + 1)) for i, (m, t, f) in enumerate(entries)),
    )


def test_new_codes_reported_by_check_catalog() -> None:
    report = check_catalog(_catalog(
        ("Le centre a ouvert ses portes.", "The centre  opened its doors.", ()),
        ("Bonjour %s.", "Hello.", ("c-format",)),
        ("La CNDH est venue.", "The Cndh came.", ()),
        ("Le double  espace de la source.", "The source's double  space.", ()),
    ))
    by_line = {(f.line, f.code) for f in report.findings}
    assert (10, "RT420") in by_line
    assert (20, "RT421") in by_line and next(f for f in report.findings if f.code == "RT421").severity.name == "ERROR"
    assert (30, "RT422") in by_line
    assert (40, "RT420") not in by_line  # the source has the same double space


def test_weblate_flags_waive_the_new_codes() -> None:
    report = check_catalog(_catalog(
        ("Le centre a ouvert.", "The centre  opened.", ("ignore-double-space",)),
        ("Bonjour %s.", "Hello.", ("c-format", "ignore-c-format")),
        ("La CNDH est venue.", "The Cndh came.", ("ignore-acronyms",)),
    ))
    assert not {f.code for f in report.findings} & {"RT420", "RT421", "RT422"}
