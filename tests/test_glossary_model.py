"""Own TOML format, loading, merging, digest, bundled glossary."""
from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from reltrans.errors import GlossaryError
from reltrans.glossary import (
    Glossary,
    build_matcher,
    bundled_glossary_path,
    dump_toml,
    load_glossaries,
    load_glossary,
)
from reltrans.glossary.fileformat import loads_toml

DATA = Path(__file__).parent / "data" / "glossary"


@pytest.fixture(scope="module")
def small() -> Glossary:
    return load_glossary(DATA / "small.toml")


def test_load_small(small):
    assert small.name == "UN terminology, French-English"
    assert small.version == "2026.11"
    assert small.languages == ("fr", "en")
    iom = small.get("iom")
    assert iom is not None and iom.line == 7 and iom.path == str(DATA / "small.toml")
    assert iom.preferred("fr").text == "OIM" and iom.preferred("en").text == "IOM"
    assert [t.text for t in iom.forbidden("en")] == ["I.O.M."]
    assert iom.preferred("es") is None and small.get("nope") is None


def test_auto_case_and_inflection(small):
    oim = small.get("iom").preferred("fr")
    assert oim.case_sensitive and not oim.inflect
    refugee = small.get("refugee").preferred("fr")
    assert not refugee.case_sensitive and refugee.inflect
    covid = small.get("covid-19").preferred("en")
    assert covid.case_sensitive
    assert all(t.case_sensitive for t in small.get("member-states").terms)  # explicit case_sensitive = true


def test_allowed_and_source_terms(small):
    idp = small.get("idp")
    assert [t.text for t in idp.allowed("en")] == ["internally displaced person", "IDP"]
    assert [t.status for t in idp.allowed("en")] == ["preferred", "admitted"]
    assert idp.source_terms("fr") == idp.allowed("fr")


def test_contexts_loaded(small):
    assert "fr" in small.get("trafficking").context_before


def test_dump_toml_round_trip_is_stable(small):
    text = dump_toml(small)
    again = loads_toml(text)
    assert again.digest == small.digest
    assert dump_toml(again) == text
    assert [c.id for c in again.concepts] == [c.id for c in small.concepts]


def test_dump_toml_escapes_and_mixed_case_rule():
    g = loads_toml(
        '[glossary]\nname = "t"\nlanguages = ["fr", "en"]\n[[concept]]\nid = "q"\nsource = "a \\"quoted\\" \\\\ src"\n'
        'fr = ["Unies"]\nen = ["UN", "Nations"]\ncase_sensitive = ["Unies", "Nations"]\n'
    )
    text = dump_toml(g)
    assert 'source = "a \\"quoted\\" \\\\ src"' in text
    again = loads_toml(text)
    assert again.digest == g.digest
    assert [t.case_sensitive for t in again.get("q").terms] == [True, False, True]  # only the listed terms


def test_digest_changes_with_content(small):
    other = loads_toml(dump_toml(small).replace('en = ["IOM"]', 'en = ["IOM", "I O M"]'))
    assert other.digest != small.digest
    assert len(small.digest) == 12


def test_merged_overrides_in_place(small):
    override = loads_toml('[glossary]\nname = "o"\n[[concept]]\nid = "iom"\nsource = "x"\nfr = ["OIM"]\nen = ["UN Migration"]\n'
                          '[[concept]]\nid = "new"\nsource = "x"\nfr = ["apatride"]\nen = ["stateless person"]\n')
    merged = small.merged(override)
    assert merged.get("iom").preferred("en").text == "UN Migration"
    assert [c.id for c in merged.concepts][0] == "iom"
    assert merged.concepts[-1].id == "new"
    assert len(merged) == len(small) + 1


def test_load_glossaries_bundled_then_overrides(tmp_path):
    bundled = load_glossaries()
    assert len(bundled) >= 10
    assert bundled.get("iom") is not None
    extra = tmp_path / "extra.toml"
    extra.write_text('[glossary]\nname = "e"\n[[concept]]\nid = "iom"\nsource = "x"\nfr = ["OIM"]\nen = ["IOM (UN Migration)"]\n',
                     encoding="utf-8")
    merged = load_glossaries([extra])
    assert merged.get("iom").preferred("en").text == "IOM (UN Migration)"
    assert load_glossaries([extra], bundled=False).concepts[0].id == "iom"
    assert len(load_glossaries([extra], bundled=False)) == 1


def test_bundled_glossary_is_parsed_once_until_its_file_changes(tmp_path, monkeypatch):
    import reltrans.glossary as glossary_module

    copy = tmp_path / "un-fr-en.toml"
    copy.write_text('[glossary]\nname = "b"\n[[concept]]\nid = "iom"\nfr = ["OIM"]\nen = ["IOM"]\n', encoding="utf-8")
    monkeypatch.setattr(glossary_module, "bundled_glossary_path", lambda: copy)
    first = load_glossaries()
    assert load_glossaries() is first  # shared: a Glossary is immutable
    copy.write_text('[glossary]\nname = "b"\n[[concept]]\nid = "iom"\nfr = ["OIM"]\nen = ["IOM", "UN Migration Agency"]\n',
                    encoding="utf-8")
    changed = load_glossaries()
    assert changed is not first
    assert [t.text for t in changed.get("iom").terms if t.lang == "en"] == ["IOM", "UN Migration Agency"]


def test_bundled_path_is_in_package():
    path = bundled_glossary_path()
    assert path.name == "un-fr-en.toml" and path.is_file()


def test_syntax_error_has_line():
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / "bad_syntax.toml")
    assert info.value.line == 6 and "invalid TOML" in str(info.value)
    assert str(info.value).startswith(str(DATA / "bad_syntax.toml") + ":6: E-GLOSSARY")


def test_semantic_error_has_concept_line():
    with pytest.raises(GlossaryError) as info:
        load_glossary(DATA / "bad_semantic.toml")
    assert info.value.line == 11 and "duplicate concept id 'iom'" in info.value.message


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ('[[concept]]\nid = "Bad Id"\nfr = ["a"]\n', 2, "id must match"),
        ('[[concept]]\nid = "a"\nfr = [1]\n', 3, "list of strings"),
        ('[[concept]]\nid = "a"\nsource = "x"\n', 1, "no terms"),
        ('[[concept]]\nid = "a"\nfr = ["x"]\ncontext_before = { fr = "(" }\n', 4, "bad regex"),
        ('[[concept]]\nid = "a"\nfr = ["x"]\ndnt = "yes"\n', 4, "dnt must be"),
    ],
)
def test_structural_errors(body, line, fragment):
    with pytest.raises(GlossaryError) as info:
        loads_toml(body, "g.toml")
    assert info.value.line == line and fragment in info.value.message


def test_unreadable_files(tmp_path):
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('[glossary]\nname = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(GlossaryError, match="UTF-8") as info:
        load_glossary(bad)
    assert info.value.line == 2
    shutil.copy(DATA / "small.toml", tmp_path / "g.toml")
    assert len(load_glossary(tmp_path / "g.toml")) == 17


# --------------------------------------------------------------------------- document context
DOCUMENT_GLOSSARY = """
[glossary]
name = "doc"
languages = ["fr", "en"]

[[concept]]
id = "trafficker"
source = "s"
fr = ["trafiquant"]
en = ["trafficker"]
unless_document_mentions = ["trafic illicite de migrants", "passeur"]

[[concept]]
id = "smuggler"
source = "s"
fr = ["trafiquant"]
en = ["smuggler"]
when_document_mentions = { fr = ["trafic illicite de migrants", "passeur"] }
unless_document_mentions = { fr = ["traite des personnes"] }

[[concept]]
id = "turkiye"
source = "s"
fr = ["Turquie"]
en = ["Türkiye", "Turkey"]
valid_from = { "Türkiye" = "2022-06" }
valid_until = { "Turkey" = "2022-06" }
case_sensitive = true
inflect = false

[[concept]]
id = "fyrom"
source = "s"
fr = ["ARYM"]
en = ["FYROM"]
valid_until = "2019-02-12"

[[concept]]
id = "clandestin"
source = "s"
fr = ["clandestin"]
en = ["irregular migrant"]
pos = "noun"

[[concept]]
id = "abroad"
source = "s"
fr = ["étranger"]
en = ["foreign"]
pos = { fr = "adjective" }
exclude_before = { fr = "(?:à\\\\s+l['’])$" }

[[concept]]
id = "climate-refugee"
source = "s"
fr = ["réfugié climatique"]
en = ["climate migrant"]
review = true
"""


@pytest.fixture(scope="module")
def doc_glossary() -> Glossary:
    return loads_toml(DOCUMENT_GLOSSARY)


def ids(glossary: Glossary) -> list[str]:
    return [c.id for c in glossary.concepts]


def test_document_cues_select_the_concept(doc_glossary):
    smuggling = doc_glossary.for_document("Le TRAFIC illicite de migrants a augmenté ; des passeurs ont été arrêtés.")
    assert "smuggler" in ids(smuggling) and "trafficker" not in ids(smuggling)
    neutral = doc_glossary.for_document("Les trafiquants ont été arrêtés.")
    assert "trafficker" in ids(neutral) and "smuggler" not in ids(neutral)
    both = doc_glossary.for_document("Le trafic illicite de migrants et la traite des personnes.")
    assert "trafficker" not in ids(both) and "smuggler" not in ids(both)


def test_document_cues_fold_case_apostrophes_and_endings(doc_glossary):
    assert "smuggler" in ids(doc_glossary.for_document("Les PASSEURS ont fui."))  # plural ending, capitals
    assert "smuggler" in ids(doc_glossary.for_document("le trafic\u00a0illicite de\nmigrants"))  # NBSP, line break
    assert "smuggler" not in ids(doc_glossary.for_document("Le passeuriste."))  # a longer word is not the cue


def test_no_document_leaves_the_glossary_as_written(doc_glossary):
    assert doc_glossary.for_document() is doc_glossary
    assert doc_glossary.for_document(None, None) is doc_glossary
    assert ids(doc_glossary)[:2] == ["trafficker", "smuggler"]


def test_dated_terms_follow_the_document_date(doc_glossary):
    old = doc_glossary.for_document(date="2016-06-07").get("turkiye")
    assert old.preferred("en").text == "Turkey"
    assert [t.text for t in old.allowed("en")] == ["Turkey"] and not old.forbidden("en")
    new = doc_glossary.for_document(date=datetime.date(2023, 4, 27)).get("turkiye")
    assert new.preferred("en").text == "Türkiye"
    assert [t.text for t in new.forbidden("en")] == ["Turkey"]
    undated = doc_glossary.get("turkiye")
    assert [t.text for t in undated.allowed("en")] == ["Türkiye", "Turkey"]


def test_dated_concepts_are_dropped_outside_their_window(doc_glossary):
    assert "fyrom" in ids(doc_glossary.for_document(date="2015-10"))
    assert "fyrom" not in ids(doc_glossary.for_document(date="2019-02-12"))


def test_bad_document_date_is_a_usage_error(doc_glossary):
    from reltrans.errors import UsageError

    with pytest.raises(UsageError, match="document date"):
        doc_glossary.for_document(date="20-10-2015")


def test_matcher_applies_the_document(doc_glossary):
    from reltrans.glossary import build_matcher

    text = "Les trafiquants ont été arrêtés."
    document = "Le trafic illicite de migrants progresse. " + text
    plain = build_matcher(doc_glossary, "fr").find(text)
    assert [m.concept_id for m in plain] == ["trafficker"]
    in_context = build_matcher(doc_glossary, "fr", document_text=document)
    assert [m.concept_id for m in in_context.find(text)] == ["smuggler"]
    assert in_context.glossary.get("smuggler").preferred("en").text == "smuggler"


def test_pos_noun_needs_a_determiner(doc_glossary):
    from reltrans.glossary import build_matcher

    fr = build_matcher(doc_glossary, "fr")
    assert [m.surface for m in fr.find("Les clandestins et 300 clandestins.")] == ["clandestins", "clandestins"]
    assert fr.find("Un passage clandestin et le travail clandestin.") == []


def test_pos_adjective_is_refused_after_a_determiner_and_keeps_its_own_rule(doc_glossary):
    from reltrans.glossary import build_matcher

    fr = build_matcher(doc_glossary, "fr")
    assert [m.surface for m in fr.find("des travailleurs étrangers")] == ["étrangers"]
    assert fr.find("les étrangers") == [] and fr.find("vivre à l'étranger") == []


def test_review_concept_has_no_preferred_term(doc_glossary):
    concept = doc_glossary.get("climate-refugee")
    assert concept.review and concept.preferred("en") is None
    assert [t.text for t in concept.allowed("en")] == ["climate migrant"]


def test_document_keys_round_trip_through_toml_and_tbx(doc_glossary):
    from reltrans.glossary.tbx import dump_tbx, parse_tbx

    again = loads_toml(dump_toml(doc_glossary))
    assert again.digest == doc_glossary.digest
    assert again.get("clandestin").pos == {"fr": "noun"}
    assert "context_before" not in dump_toml(doc_glossary).split('id = "clandestin"')[1].split("[[concept]]")[0]
    via_tbx = parse_tbx(dump_tbx(doc_glossary))
    assert via_tbx.digest == doc_glossary.digest
    assert via_tbx.for_document(date="2016").get("turkiye").preferred("en").text == "Turkey"


def test_digest_changes_with_document_keys(doc_glossary):
    plain = loads_toml(DOCUMENT_GLOSSARY.replace('review = true\n', ''))
    assert plain.digest != doc_glossary.digest


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('pos = "verb"', "pos.fr must be 'noun' or 'adjective'"),
        ('pos = { de = "noun" }', "no part-of-speech rule"),
        ('pos = "noun"\ncontext_before = { fr = "x$" }', "cannot be combined with context_before"),
        ('when_document_mentions = []', "non-empty list"),
        ('when_document_mentions = 3', "must be a list or a table"),
        ('valid_from = "June 2022"', "not a date"),
        ('valid_until = { "Nope" = "2020" }', "names no term of the concept"),
        ('review = "yes"', "review must be true or false"),
    ],
)
def test_bad_document_keys_are_glossary_errors_with_a_line(snippet, message):
    text = f'[glossary]\nname = "x"\nlanguages = ["fr", "en"]\n[[concept]]\nid = "a"\nsource = "s"\nfr = ["a"]\nen = ["b"]\n{snippet}\n'
    with pytest.raises(GlossaryError, match=message) as info:
        loads_toml(text, "g.toml")
    assert info.value.line is not None and info.value.line >= 5


REVIEW_ELSEWHERE_GLOSSARY = """
[glossary]
name = "elsewhere"
languages = ["fr", "en"]

[[concept]]
id = "rations"
source = "s"
fr = ["ration", "rations"]
en = ["rations", "ration"]
when_document_mentions = { fr = ["PAM", "réfugié"] }
review_elsewhere = true

[[concept]]
id = "escalation"
source = "s"
fr = ["escalade"]
en = ["escalation"]
unless_document_mentions = ["salle d'escalade"]
review_elsewhere = true
"""


@pytest.fixture(scope="module")
def elsewhere_glossary() -> Glossary:
    return loads_toml(REVIEW_ELSEWHERE_GLOSSARY)


def test_review_elsewhere_forces_only_where_the_document_supports_the_sense(elsewhere_glossary):
    food_aid = elsewhere_glossary.for_document("Le PAM a réduit les rations des réfugiés.")
    assert food_aid.get("rations").preferred("en").text == "rations"
    # a cat's portion: still matched (so it wins its words), flagged, nothing forced
    cat = elsewhere_glossary.for_document("Le chat a mangé sa ration de croquettes.")
    concept = cat.get("rations")
    assert concept is not None and concept.review and concept.preferred("en") is None
    assert [t.text for t in concept.allowed("en")] == ["rations", "ration"]
    assert cat.get("escalation").preferred("en").text == "escalation"  # no cue turns it away
    gym = elsewhere_glossary.for_document("La salle d'escalade ouvre lundi.")
    assert gym.get("escalation").review
    # no document: the glossary as written
    assert elsewhere_glossary.for_document().get("rations").preferred("en").text == "rations"


def test_review_elsewhere_in_the_matcher(elsewhere_glossary):
    sentence = "Donnez au chien une ration adaptée."
    matcher = build_matcher(elsewhere_glossary, "fr", document_text=sentence)
    (match,) = matcher.find(sentence)
    assert match.concept_id == "rations" and matcher.glossary.get("rations").preferred("en") is None


def test_review_elsewhere_round_trips_and_changes_the_digest(elsewhere_glossary):
    from reltrans.glossary.tabular import dump_tabular, parse_tabular
    from reltrans.glossary.tbx import dump_tbx, parse_tbx

    assert parse_tabular(dump_tabular(elsewhere_glossary)).get("rations").review_elsewhere

    text = dump_toml(elsewhere_glossary)
    assert text.count("review_elsewhere = true") == 2
    assert loads_toml(text).digest == elsewhere_glossary.digest
    assert parse_tbx(dump_tbx(elsewhere_glossary)).get("rations").review_elsewhere
    plain = loads_toml(REVIEW_ELSEWHERE_GLOSSARY.replace("review_elsewhere = true\n", ""))
    assert plain.digest != elsewhere_glossary.digest
    assert plain.for_document("Le chat a mangé sa ration.").get("rations") is None  # dropped, as before


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("review_elsewhere = true", "needs when_document_mentions or unless_document_mentions"),
        ('when_document_mentions = ["x"]\nreview_elsewhere = "yes"', "review_elsewhere must be true or false"),
        ('when_document_mentions = ["x"]\nreview = true\nreview_elsewhere = true', "review concept everywhere"),
    ],
)
def test_bad_review_elsewhere_is_a_glossary_error(snippet, message):
    text = f'[glossary]\nname = "x"\nlanguages = ["fr", "en"]\n[[concept]]\nid = "a"\nsource = "s"\nfr = ["a"]\nen = ["b"]\n{snippet}\n'
    with pytest.raises(GlossaryError, match=message):
        loads_toml(text, "g.toml")


CUE_SET_GLOSSARY = """
[glossary]
name = "cue sets"
languages = ["fr", "en"]

[cues]
aid-bodies = { fr = ["PAM", "HCR"], en = ["WFP"] }
sea = { fr = ["garde-côtes", "embarcation"] }

[[concept]]
id = "rations"
source = "s"
fr = ["ration", "rations"]
en = ["rations", "ration"]
when_document_mentions = { fr = ["@aid-bodies", "vivres", "HCR"] }
review_elsewhere = true

[[concept]]
id = "rescue"
source = "s"
fr = ["sauvetage"]
en = ["rescue"]
when_document_mentions = ["@aid-bodies", "@sea"]
unless_document_mentions = { fr = ["@sea"] }
"""


def test_a_named_cue_set_expands_in_place_in_each_concept():
    glossary = loads_toml(CUE_SET_GLOSSARY)
    # the set's words where the reference stood, then the concept's own; a repeat is dropped
    assert glossary.get("rations").when_document_mentions == {"fr": ("PAM", "HCR", "vivres")}
    assert glossary.get("rescue").when_document_mentions == {"fr": ("PAM", "HCR", "garde-côtes", "embarcation")}
    assert glossary.get("rescue").unless_document_mentions == {"fr": ("garde-côtes", "embarcation")}
    # the expanded cues decide as written-out ones would
    assert glossary.for_document("Le PAM a réduit la ration.").get("rations").preferred("en").text == "rations"
    cat = glossary.for_document("Le chat a mangé sa ration.").get("rations")
    assert cat.review and cat.preferred("en") is None
    written_out = CUE_SET_GLOSSARY.replace('["@aid-bodies", "vivres", "HCR"]', '["PAM", "HCR", "vivres"]')
    assert loads_toml(written_out).get("rations") == glossary.get("rations")


def test_exports_write_the_cue_words_in_full():
    from reltrans.glossary.tabular import dump_tabular, parse_tabular
    from reltrans.glossary.tbx import dump_tbx, parse_tbx

    glossary = loads_toml(CUE_SET_GLOSSARY)
    toml_text = dump_toml(glossary)
    assert "@" not in toml_text and "[cues]" not in toml_text
    assert loads_toml(toml_text).digest == glossary.digest
    for reread in (parse_tabular(dump_tabular(glossary)), parse_tbx(dump_tbx(glossary))):
        assert reread.get("rations").when_document_mentions == {"fr": ("PAM", "HCR", "vivres")}
        assert reread.get("rations").review_elsewhere


@pytest.mark.parametrize(
    ("cues", "reference", "message"),
    [
        ('aid = { fr = ["PAM"] }', "@nope", "unknown cue set '@nope'"),
        ('aid = { en = ["WFP"] }', "@aid", "has no fr words"),
        ('aid = { fr = [] }', "@aid", "non-empty list of words"),
        ('Aid = { fr = ["PAM"] }', "@Aid", "cue set name must match"),
        ('aid = { fr = ["@other"] }', "@aid", "cannot refer to another"),
        ('aid = ["PAM"]', "@aid", "must be a table of language"),
    ],
)
def test_bad_cue_sets_are_glossary_errors(cues, reference, message):
    text = (
        f'[glossary]\nname = "x"\nlanguages = ["fr", "en"]\n[cues]\n{cues}\n'
        f'[[concept]]\nid = "a"\nsource = "s"\nfr = ["a"]\nen = ["b"]\nwhen_document_mentions = ["{reference}"]\n'
    )
    with pytest.raises(GlossaryError, match=message):
        loads_toml(text, "g.toml")


def test_validate_accepts_the_cues_table(tmp_path):
    from reltrans.glossary import validate_glossary

    path = tmp_path / "g.toml"
    path.write_text(CUE_SET_GLOSSARY.replace('source = "s"', 'source = "UNTERM"'), encoding="utf-8")
    assert not [f for f in validate_glossary(path) if f.code == "GL106"]


KIND_GLOSSARY = """[glossary]
name = "kinds"
languages = ["fr", "en"]

[[concept]]
id = "iom"
source = "s"
fr = ["OIM"]
en = ["IOM"]

[[concept]]
id = "geneva"
source = "s"
fr = ["Genève"]
en = ["Geneva"]

[[concept]]
id = "return"
source = "s"
fr = ["retour volontaire"]
en = ["voluntary return"]

[[concept]]
id = "sg"
source = "s"
fr = ["Secrétaire général"]
en = ["Secretary-General"]
kind = "title"

[[concept]]
id = "sudanese"
source = "s"
fr = ["soudanais"]
en = ["Sudanese"]
kind = "vocabulary"
"""


def test_concept_kind_is_declared_or_derived_by_the_capital_rule():
    g = loads_toml(KIND_GLOSSARY)
    assert {c.id: c.kind for c in g.concepts} == {
        "iom": "acronym",
        "geneva": "name",
        "return": "vocabulary",
        "sg": "title",
        "sudanese": "vocabulary",
    }
    assert [c.id for c in g.concepts if c.required] == ["iom", "geneva", "sg"]


def test_declared_kind_round_trips_and_changes_the_digest():
    from reltrans.glossary.tbx import dump_tbx, parse_tbx

    g = loads_toml(KIND_GLOSSARY)
    text = dump_toml(g)
    assert text.count("kind = ") == 2  # only the kinds the rule would not derive are written
    assert loads_toml(text).digest == g.digest
    assert [c.kind for c in parse_tbx(dump_tbx(g)).concepts] == [c.kind for c in g.concepts]
    assert loads_toml(KIND_GLOSSARY.replace('kind = "title"\n', "")).digest != g.digest
    # declaring the kind the rule derives anyway changes nothing
    assert loads_toml(KIND_GLOSSARY.replace('en = ["IOM"]', 'en = ["IOM"]\nkind = "acronym"')).digest == g.digest


@pytest.mark.parametrize("value", ['"nom"', '"Name"', "3", "true"])
def test_bad_kind_is_a_glossary_error_with_its_line(value):
    text = KIND_GLOSSARY.replace('kind = "title"', f"kind = {value}")
    with pytest.raises(GlossaryError, match="kind must be one of") as info:
        loads_toml(text, "g.toml")
    assert info.value.line == text.splitlines().index(f"kind = {value}") + 1
