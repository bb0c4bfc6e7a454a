"""Inner matches: the known terms a longest match hides (``Matcher.find_with_inner``).

Every sentence and every concept here is invented for these tests.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reltrans.glossary import NestedMatch, build_matcher, load_glossary

GLOSSARY = """
[glossary]
name = "inner matches test"
version = "2026.12"
languages = ["fr", "en"]

[[concept]]
id = "un"
domain = "organization"
source = "test"
kind = "name"
fr = ["Nations Unies"]
en = ["United Nations"]
inflect = false

[[concept]]
id = "fisheries-office"
domain = "organization"
source = "test"
kind = "name"
fr = ["Bureau des Nations Unies pour la pêche durable"]
en = ["United Nations Office for Sustainable Fisheries"]
inflect = false

[[concept]]
id = "sustainable-fishing"
domain = "environment"
source = "test"
fr = ["pêche durable"]
en = ["sustainable fishing"]

[[concept]]
id = "sg"
domain = "title"
source = "test"
kind = "title"
fr = ["Secrétaire général"]
en = ["Secretary-General"]

[[concept]]
id = "sg-un"
domain = "title"
source = "test"
kind = "title"
fr = ["Secrétaire général des Nations Unies"]
en = ["United Nations Secretary-General"]

[[concept]]
id = "usg"
domain = "title"
source = "test"
kind = "title"
fr = ["Sous-Secrétaire général"]
en = ["Under-Secretary-General"]

[[concept]]
id = "un-water"
domain = "organization"
source = "test"
kind = "name"
fr = ["ONU-Océans"]
en = ["UN-Oceans"]

[[concept]]
id = "un-acronym"
domain = "organization"
source = "test"
kind = "acronym"
fr = ["ONU"]
en = ["UN"]

[[concept]]
id = "toxic-waste"
domain = "environment"
source = "test"
fr = ["déchets toxiques"]
en = ["toxic waste"]

[[concept]]
id = "toxic-waste-dumping"
domain = "environment"
source = "test"
fr = ["déversement de déchets toxiques"]
en = ["toxic waste dumping"]

[[concept]]
id = "waste-trade"
domain = "environment"
source = "test"
fr = ["commerce de déchets"]
en = ["waste trade"]

[[concept]]
id = "campaign"
domain = "general"
source = "test"
note = "a campaign, not the countryside (« la campagne » of fields and farms)"
fr = ["campagne"]
en = ["campaign"]
exclude_after = { fr = "^\\\\s+(?:agricole|verdoyante)" }

[[concept]]
id = "vaccination-campaign"
domain = "health"
source = "test"
fr = ["campagne de vaccination"]
en = ["vaccination campaign"]

[[concept]]
id = "farm-vaccination"
domain = "health"
source = "test"
fr = ["vaccination du bétail de la campagne agricole"]
en = ["livestock vaccination in the farming season"]

[[concept]]
id = "irregular-migrant"
domain = "migration"
source = "test"
fr = ["migrant en situation irrégulière"]
fr_forbidden = ["migrant illégal"]
en = ["irregular migrant"]

[[concept]]
id = "return-of-migrants"
domain = "migration"
source = "test"
fr = ["retour des migrants illégaux"]
en = ["return of irregular migrants"]

[[concept]]
id = "reef-office"
domain = "organization"
source = "test"
kind = "name"
fr = ["Bureau des récifs"]
en = ["Reef Office"]
when_document_mentions = { fr = ["corail", "atoll"] }

[[concept]]
id = "reef-office-un"
domain = "organization"
source = "test"
kind = "name"
fr = ["Bureau des récifs des Nations Unies"]
en = ["United Nations Reef Office"]
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("inner")) / "inner.toml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


@pytest.fixture(scope="module")
def fr(glossary):
    return build_matcher(glossary, "fr")


def inner_of(nested: list[NestedMatch]) -> dict[str, list[tuple[str, str]]]:
    """outer surface -> its inner matches as (concept, surface)."""
    return {n.match.surface: [(m.concept_id, m.surface) for m in n.inner] for n in nested}


SENTENCES = [
    "Le Bureau des Nations Unies pour la pêche durable ouvre une antenne à Dakar.",
    "Le Secrétaire général des Nations Unies a salué l'accord.",
    "Le déversement de déchets toxiques dans le fleuve a été dénoncé.",
    "La Sous-Secrétaire générale a présenté le rapport d'ONU-Océans.",
    "Le commerce de déchets toxiques prospère.",
    "La campagne de vaccination du bétail de la campagne agricole commence.",
    "Le retour des migrants illégaux a été suspendu.",
    "Aucun terme connu dans cette phrase.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_find_is_unchanged_and_every_match_is_an_outer(fr, text):
    nested = fr.find_with_inner(text)
    assert [n.match for n in nested] == fr.find(text)
    for n in nested:
        for m in n.hidden:
            assert m.surface == text[m.start : m.end]
            assert (m.start, m.end) != (n.match.start, n.match.end)


def test_inner_concepts_under_a_long_agency_name(fr):
    text = SENTENCES[0]
    assert [m.concept_id for m in fr.find(text)] == ["fisheries-office"]
    assert inner_of(fr.find_with_inner(text)) == {
        "Bureau des Nations Unies pour la pêche durable": [("un", "Nations Unies"), ("sustainable-fishing", "pêche durable")]
    }


@pytest.mark.parametrize(
    "text, outer",
    [
        ("Le Secrétaire général des Nations Unies a salué l'accord.", "Secrétaire général des Nations Unies"),
        ("Selon la Secrétaire générale des Nations Unies, rien n'est joué.", "Secrétaire générale des Nations Unies"),
        ("LE SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES A PARLÉ.", "SECRÉTAIRE GÉNÉRAL DES NATIONS UNIES"),
    ],
)
def test_inner_title_and_name_under_a_longer_title(fr, text, outer):
    nested = fr.find_with_inner(text)
    assert [n.match.concept_id for n in nested] == ["sg-un"]
    (n,) = nested
    assert n.match.surface == outer
    assert [m.concept_id for m in n.inner] == ["sg", "un"]
    assert n.overlapping == ()


def test_inner_term_under_a_vocabulary_phrase(fr):
    text = "Le déversement de déchets toxiques dans le fleuve a été dénoncé."
    assert inner_of(fr.find_with_inner(text)) == {"déversement de déchets toxiques": [("toxic-waste", "déchets toxiques")]}


def test_a_hyphenated_fragment_is_not_an_inner_term(fr):
    text = "La Sous-Secrétaire générale a présenté le rapport d'ONU-Océans."
    nested = fr.find_with_inner(text)
    assert [n.match.concept_id for n in nested] == ["usg", "un-water"]
    assert all(n.hidden == () for n in nested)  # no « Secrétaire générale », no « ONU »
    # the same words standing apart are terms of their own
    apart = fr.find_with_inner("La Secrétaire générale a cité l'ONU.")
    assert [n.match.concept_id for n in apart] == ["sg", "un-acronym"]


def test_a_term_crossing_the_match_edge_is_reported_as_overlapping(fr):
    text = "Le commerce de déchets toxiques prospère."
    (n,) = fr.find_with_inner(text)
    assert n.match.concept_id == "waste-trade" and n.inner == ()
    assert [(m.concept_id, m.surface) for m in n.overlapping] == [("toxic-waste", "déchets toxiques")]
    assert n.hidden == n.overlapping


def test_a_sense_rule_that_excludes_the_inner_term_still_excludes_it(fr):
    # « campagne agricole » is the farming season of the countryside: the campaign concept's
    # exclude rule, judged on the whole text, keeps it out inside the longer term as it does alone
    assert fr.find("La campagne agricole commence.") == []
    text = "La vaccination du bétail de la campagne agricole commence."
    (n,) = fr.find_with_inner(text)
    assert n.match.concept_id == "farm-vaccination"
    assert n.hidden == ()
    # counter-example: inside another term, with no excluding word after it, it is reported
    inside = fr.find_with_inner("Une campagne de vaccination commence.")
    assert inner_of(inside) == {"campagne de vaccination": [("campaign", "campagne")]}


def test_a_forbidden_inner_term_is_reported_as_forbidden(fr):
    text = "Le retour des migrants illégaux a été suspendu."
    (n,) = fr.find_with_inner(text)
    assert n.match.concept_id == "return-of-migrants"
    assert [(m.concept_id, m.surface, m.status) for m in n.inner] == [("irregular-migrant", "migrants illégaux", "forbidden")]


def test_inner_terms_follow_the_document_view_of_the_glossary(glossary):
    text = "Le Bureau des récifs des Nations Unies publie un atlas."
    reefs = build_matcher(glossary, "fr", document_text=text + " Le corail blanchit.")
    assert inner_of(reefs.find_with_inner(text)) == {
        "Bureau des récifs des Nations Unies": [("reef-office", "Bureau des récifs"), ("un", "Nations Unies")]
    }
    # a document that never mentions coral or atolls does not know the short name
    other = build_matcher(glossary, "fr", document_text=text + " La pêche reprend.")
    assert other.glossary.get("reef-office") is None
    assert inner_of(other.find_with_inner(text)) == {"Bureau des récifs des Nations Unies": [("un", "Nations Unies")]}


def test_offsets_are_the_original_text_after_normalisation(fr):
    text = unicodedata.normalize("NFD", "Le Secrétaire général des Nations Unies a salué l'accord.").replace("Unies", "Uni\u00ades")
    (n,) = fr.find_with_inner(text)
    assert n.match == fr.find(text)[0]
    assert [text[m.start : m.end] for m in n.inner] == [unicodedata.normalize("NFD", "Secrétaire général"), "Nations Uni\u00ades"]


def test_a_concept_of_the_outer_match_is_not_its_own_inner_term(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(
        '[glossary]\nname = "t"\nversion = "1"\nlanguages = ["fr", "en"]\n\n'
        '[[concept]]\nid = "court"\ndomain = "law"\nsource = "test"\nkind = "name"\n'
        'fr = ["Cour régionale des comptes", "Cour régionale"]\nen = ["Regional Audit Court", "Regional Court"]\n\n'
        '[[concept]]\nid = "accounts"\ndomain = "law"\nsource = "test"\nfr = ["comptes publics", "comptes"]\nen = ["public accounts", "accounts"]\n',
        encoding="utf-8",
    )
    matcher = build_matcher(load_glossary(path), "fr")
    assert inner_of(matcher.find_with_inner("La Cour régionale des comptes a rendu son avis.")) == {
        "Cour régionale des comptes": [("accounts", "comptes")]
    }
    # « comptes » inside « comptes publics » is the same concept again: reported once
    assert inner_of(matcher.find_with_inner("La Cour régionale des comptes publics a rendu son avis.")) == {
        "Cour régionale des comptes": [("accounts", "comptes")]
    }


def test_enforcement_and_the_check_require_the_outer_term_only(glossary, fr):
    """Inner terms are hints: enforcement's requirements and the check's findings come from
    :meth:`find`, so they name the long title and never its parts."""
    from reltrans.checks import check_catalog
    from reltrans.constrain import requirements_for
    from reltrans.model import Catalog, CatalogEntry

    source = "Le Secrétaire général des Nations Unies a salué l'accord."
    assert [r.concept_id for r in requirements_for(fr.find(source), glossary, "en", source)] == ["sg-un"]
    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    entry = CatalogEntry(msgid=source, msgstr="The head of the organization welcomed the agreement.")
    findings = check_catalog(Catalog(header=header, entries=(entry,), path="x.po"), glossary=glossary).findings
    assert [f.code for f in findings] == ["RT101"]
    assert "'United Nations Secretary-General'" in findings[0].message
    assert "'Secretary-General'" not in findings[0].message and "'United Nations'" not in findings[0].message
