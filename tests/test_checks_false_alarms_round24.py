"""Issue 14, check side, round 24: wordings of official English versions that raise no error
(a year counted back from the release date, an acronym spelt out, a name's demonym in the
agency's capitals, a network's name as the Secretary-General writes it), next to the real
errors of the same kind, which still do.

Every sentence here was written for these tests (official style, no release text).
"""
from __future__ import annotations

import pytest

from reltrans.checks.numbers import compare_numbers
from reltrans.glossary import load_glossaries
from reltrans.model import Severity

import test_checks_official_house_style as house  # its findings/errors helpers


def findings(pair: tuple[str, str], *, date: str | None = "2022-03-15", **kwargs: object) -> list[tuple[str, Severity]]:
    return house.findings(pair, date=date, **kwargs)  # type: ignore[arg-type]


def errors(pair: tuple[str, str], *, date: str | None = "2022-03-15", **kwargs: object) -> list[str]:
    return house.errors(pair, date=date, **kwargs)


@pytest.fixture(scope="module")
def bundled() -> object:
    return load_glossaries()


# --------------------------------------------------------------------------- years counted back
@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les pays ont signé l'accord en 2018 à Marrakech.", "Four years ago, countries signed the agreement in Marrakech."),
        ("Les pays ont signé l'accord en 2019 à Marrakech.", "Countries signed the agreement in Marrakech three years ago."),
        ("Il y a deux ans, les pays ont signé l'accord.", "In 2020, countries signed the agreement."),
    ],
)
def test_a_year_counted_back_from_the_document_date(fr: str, en: str) -> None:
    assert findings((fr, en)) == []
    # without a document date, or from another year, the year is still reported
    assert findings((fr, en), date=None) != []
    assert findings((fr, en), date="2025-03-15") != []


def test_years_ago_does_not_excuse_a_wrong_year_or_number() -> None:
    fr = "Les pays ont signé l'accord en 2017 à Marrakech."
    # round 31: a count rounded by one year is a warning (relative years: a warning at most);
    # a count further off stays an error
    assert findings((fr, "Four years ago, countries signed the agreement in Marrakech."), date="2022-03-15") == [("RT301", Severity.WARNING)]
    assert errors((fr, "Two years ago, countries signed the agreement in Marrakech."), date="2022-03-15") == ["RT301"]
    assert compare_numbers("En 2018, 340 personnes.", "Four years ago, 430 people.", "fr", "en", document_year=2022).missing[0].key == "340"


# --------------------------------------------------------------------------- an acronym spelt out
def test_the_full_name_renders_its_acronym(bundled: object) -> None:
    fr = "Djibouti - En mars, l'OIM a aidé 312 migrants à rentrer chez eux."
    assert errors((fr, "Djibouti - In March, the International Organization for Migration helped 312 migrants return home."), glossary=bundled) == []
    # a wrong long name, another agency, or the French acronym are still errors
    assert "RT101" in errors((fr, "Djibouti - In March, the International Organisation of Migrants helped 312 migrants return home."), glossary=bundled)
    assert "RT101" in errors((fr, "Djibouti - In March, the UN Refugee Agency helped 312 migrants return home."), glossary=bundled)
    assert "RT102" in errors((fr, "Djibouti - In March, OIM helped 312 migrants return home."), glossary=bundled)


# --------------------------------------------------------------------------- capitals of a name
def test_a_demonym_in_the_agencys_capitals_is_house_style(bundled: object) -> None:
    fr = "La plupart des passagers venaient d'Afrique subsaharienne."
    assert errors((fr, "Most passengers were sub-Saharan Africans."), glossary=bundled) == []
    found = findings((fr, "Most passengers were mostly Sub-Saharan Africans."), glossary=bundled)
    assert found == [("RT101", Severity.WARNING)]
    # the form the glossary forbids stays an error, and another region is still missing
    assert "RT102" in errors((fr, "Most passengers came from Sub-Saharan Africa."), glossary=bundled)
    assert "RT101" in errors((fr, "Most passengers were North Africans."), glossary=bundled)


# --------------------------------------------------------------------------- network name
def test_the_network_name_as_the_secretary_general_writes_it(bundled: object) -> None:
    fr = "Le Réseau des Nations Unies sur les migrations publiera son rapport en juin."
    assert errors((fr, "The United Nations Migration Network will publish its report in June."), glossary=bundled) == []
    assert errors((fr, "The United Nations Network on Migration will publish its report in June."), glossary=bundled) == []
    assert "RT102" in errors((fr, "The United Nations Network on Migrations will publish its report in June."), glossary=bundled)
    assert "RT101" in errors((fr, "The United Nations Migration Agency will publish its report in June."), glossary=bundled)


# --------------------------------------------------------------------------- forms of address
def test_a_form_of_address_dropped_before_the_name(bundled: object) -> None:
    fr = "« Les routes sont coupées », a déclaré M. Okonkwo aux journalistes."
    assert findings((fr, "“The roads are cut,” Okonkwo told journalists."), glossary=bundled) == []
    assert findings((fr, "“The roads are cut,” Mr. Okonkwo told journalists."), glossary=bundled) == []
    # another form of address, or another name, is still reported; --strict keeps the error
    assert ("RT101", Severity.WARNING) in findings((fr, "“The roads are cut,” Ms. Okonkwo told journalists."), glossary=bundled)
    assert ("RT101", Severity.WARNING) in findings((fr, "“The roads are cut,” Adeyemi told journalists."), glossary=bundled)
    assert "RT101" in errors((fr, "“The roads are cut,” Okonkwo told journalists."), glossary=bundled, strict=True)
