"""The shared inline-markup model: placeholders, integrity, restore, segmentation, protected
translation (scripted engine and the real tiny copy model), checks RT410-RT414, the memory key."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.checks import check_catalog
from reltrans.engine.scripted import Script, ScriptedEngine
from reltrans.formats import parse_document
from reltrans.formats.inline import (
    MARKUP_NOT_PLACED,
    PlaceholderMismatch,
    compare,
    numberless,
    placeholders,
    renumber_like,
    restore,
    translate_protected,
)
from reltrans.model import Catalog, CatalogEntry, InlineMarkup
from reltrans.segment import segment_document


def _segments(html: str):
    return segment_document(parse_document(html, "p.html", "html"), "fr").segments


# --------------------------------------------------------------------------- placeholders
def test_placeholders_are_listed_in_order_and_numbers_fold() -> None:
    text = "Selon <1>l'OIM</1>, voir<2/> <3>ici</3>"
    assert placeholders(text) == ["<1>", "</1>", "<2/>", "<3>", "</3>"]
    assert numberless(text) == numberless("Selon <4>l'OIM</4>, voir<7/> <9>ici</9>")
    assert numberless("a < 1 > b") == "a < 1 > b"  # not a placeholder


@pytest.mark.parametrize(
    ("target", "kinds"),
    [
        ("According to <1>IOM</1>, see<2/>", []),
        ("<2/> According to <1>IOM</1>", []),  # reordered: allowed
        ("According to IOM, see<2/>", ["missing"]),
        ("According to <1>IOM</1>, see<2/> <3/>", ["extra"]),
        ("According to <1>IOM</1>, see<2/><2/>", ["duplicated"]),
        ("According to <3>IOM</3>, see<2/>", ["renumbered"]),
        ("According to </1>IOM<1>, see<2/>", ["misnested"]),
    ],
)
def test_compare_names_each_kind_of_problem(target: str, kinds: list[str]) -> None:
    assert [p.kind for p in compare("Selon <1>l'OIM</1>, voir<2/>", target)] == kinds


def test_crossed_pairs_are_misnested() -> None:
    assert [p.kind for p in compare("<1>a</1> <2>b</2>", "<1>a <2>b</1></2>")] == ["misnested"]


def test_restore_puts_the_source_markup_back_and_escapes_text() -> None:
    markup = InlineMarkup("html", "Selon <1>l'OIM</1>, 500\u00a0personnes", (("<1>", '<a href="/x">'), ("</1>", "</a>")), (("\u00a0", "&nbsp;"),))
    assert restore("Per <1>IOM</1>, 500\u00a0people & more", markup) == 'Per <a href="/x">IOM</a>, 500&nbsp;people &amp; more'
    with pytest.raises(PlaceholderMismatch, match="missing"):
        restore("Per IOM, 500 people", markup)


def test_renumber_like_maps_a_stored_translation_onto_new_numbers() -> None:
    assert renumber_like("a <3>b</3>", "a <1>b</1>", "x <3>y</3>") == "x <1>y</1>"
    assert renumber_like("a b", "a b", "x y") == "x y"


# --------------------------------------------------------------------------- segmentation
def test_a_sentence_never_cuts_a_paired_element() -> None:
    segments = _segments("<p><b>Un. Deux.</b> Trois. <a href='/x'>Quatre</a> cinq. Six.</p>")
    assert [s.msgid for s in segments] == ["Un.", "Deux.", "Trois.", "<1>Quatre</1> cinq.", "Six."]
    glued = _segments("<p><b>Un. Deux</b> trois. Quatre.</p>")
    assert [s.msgid for s in glued] == ["<1>Un. Deux</1> trois.", "Quatre."]


def test_placeholders_are_numbered_from_one_in_each_segment() -> None:
    segments = _segments('<p><em>Alpha</em> bravo. Charlie <a href="/y">delta</a> echo<br>foxtrot.</p>')
    assert [s.msgid for s in segments] == ["<1>Alpha</1> bravo.", "Charlie <1>delta</1> echo<2/>foxtrot."]
    assert dict(segments[1].markup.codes) == {"<1>": '<a href="/y">', "</1>": "</a>", "<2/>": "<br>"}


# --------------------------------------------------------------------------- protected translation
def _plain(engine: ScriptedEngine):
    return lambda texts: [(t, (), "") for t in engine.translate(list(texts))]


def test_placeholders_never_reach_the_model_and_pairs_follow_their_content() -> None:
    engine = ScriptedEngine({
        "Selon l'OIM, 500 personnes ont fui.": Script(("500 people fled, according to IOM.",)),
        "l'OIM": Script(("IOM",)),
    })
    [(text, _unmet, note)] = translate_protected(["Selon <1>l'OIM</1>, 500 personnes ont fui."], _plain(engine))
    assert text == "500 people fled, according to <1>IOM</1>."  # reordered with its content
    assert note == ""
    sent = [request for _kind, requests in engine.calls for request in requests]
    assert not any("<" in str(request) for request in sent)


def test_standalone_and_wrapping_placeholders_are_kept_around_the_pieces() -> None:
    engine = ScriptedEngine({"Ligne un": Script(("Line one",)), "ligne deux": Script(("line two",)), "Titre": Script(("Title",))})
    results = translate_protected(["Ligne un<1/>ligne deux", "<1>Titre</1>"], _plain(engine))
    assert [r[0] for r in results] == ["Line one<1/>line two", "<1>Title</1>"]


def test_a_pair_that_cannot_be_placed_is_flagged_not_guessed() -> None:
    engine = ScriptedEngine({
        "Le chef a parlé au chef.": Script(("The chief spoke to the chief.",)),
        "chef": Script(("chief",)),
    })
    [(text, _unmet, note)] = translate_protected(["Le <1>chef</1> a parlé au chef."], _plain(engine))
    assert text == "The chief spoke to the chief."  # two candidates: no silent choice
    assert note.startswith(MARKUP_NOT_PLACED) and "<1>chef</1>" in note
    assert [p.kind for p in compare("Le <1>chef</1> a parlé au chef.", text)] == ["missing"]


def test_the_copy_model_keeps_every_placeholder(copy_engine_inline) -> None:
    plain = lambda texts: [(t, (), "") for t in copy_engine_inline.translate(list(texts))]  # noqa: E731
    sources = ["Selon <1>le rapport</1>, les besoins augmentent.", "Contactez <1/> à <2>presse</2>.", "<1>Genève</1>"]
    results = translate_protected(sources, plain)
    for source, (text, _unmet, _note) in zip(sources, results):
        assert compare(source, text) == [], text
    assert results[0][0] == "Selon <1>le rapport</1>, les besoins augmentent."


@pytest.fixture(scope="module")
def copy_engine_inline(copy_package: Path, tmp_path_factory: pytest.TempPathFactory):
    from reltrans.engine.packages import find_package, install_archive
    from reltrans.engine.translator import Engine

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("argos-inline")))
        install_archive(copy_package)
        return Engine.load(find_package("fr", "en"))


# --------------------------------------------------------------------------- checks and memory
def test_check_reports_rt410_to_rt414() -> None:
    entries = (
        CatalogEntry("Selon <1>l'OIM</1>.", "According to IOM.", line=3),
        CatalogEntry("a <1>b</1> c", "x <1>y</1> z <5/>", line=5),
        CatalogEntry("a <1/> b", "x <1/> <1/> y", line=7),
        CatalogEntry("a <1>b</1> c", "x <2>y</2> z", line=9),
        CatalogEntry("a <1>b</1> <2>c</2>", "x <1>y <2>z</1></2>", line=11),
        CatalogEntry("a <1>b</1> c", "x <1>y</1> z", line=13),
    )
    report = check_catalog(Catalog({"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}, entries))
    found = sorted((f.line, f.code) for f in report.findings if f.code.startswith("RT41"))
    assert found == [(3, "RT410"), (5, "RT411"), (7, "RT412"), (9, "RT413"), (11, "RT414")]
    assert not any(f.code == "RT303" for f in report.findings)  # placeholder numbers are not numbers


def test_memory_exact_and_fuzzy_lookup_ignore_placeholder_numbers(tmp_path: Path) -> None:
    from reltrans.tm import TMUnit, TranslationMemory

    with TranslationMemory(tmp_path / "tm.db") as memory:
        memory.add([TMUnit("fr", "en", "Selon <3>l'OIM</3>, les besoins augmentent.", "According to <3>IOM</3>, needs grow.")])
        exact = memory.lookup_exact("Selon <1>l'OIM</1>, les besoins augmentent.", "fr", "en")
        fuzzy = memory.lookup_fuzzy("Selon <1>l'OIM</1>, les besoins augmentent vite.", "fr", "en", threshold=70)
    assert exact is not None and exact.target == "According to <3>IOM</3>, needs grow."
    assert renumber_like(exact.source, "Selon <1>l'OIM</1>, les besoins augmentent.", exact.target) == "According to <1>IOM</1>, needs grow."
    assert fuzzy and fuzzy[0].score > 90


# --------------------------------------------------------------------------- markdown
MARKDOWN = "# Titre **gras**\n\nSelon [le rapport](https://example.org/r \"titre\"), les **besoins** augmentent. Voir `code` ici.\n\n- *Un* point, 5 * 3 et snake_case.\n"


def test_markdown_links_and_emphasis_are_placeholders_and_urls_stay_in_the_skeleton() -> None:
    segments = segment_document(parse_document(MARKDOWN, "r.md", "markdown"), "fr").segments
    assert [s.msgid for s in segments] == [
        "Titre <1>gras</1>",
        "Selon <1>le rapport</1>, les <2>besoins</2> augmentent.",
        "Voir <1/> ici.",
        "<1>Un</1> point, 5 * 3 et snake_case.",
    ]
    assert not any("example.org" in s.msgid for s in segments)


def test_markdown_build_puts_links_and_emphasis_back(tmp_path: Path) -> None:
    from reltrans.build import MissingPolicy, render_translation

    segmented = segment_document(parse_document(MARKDOWN, "r.md", "markdown"), "fr")
    translations = {
        "Selon <1>le rapport</1>, les <2>besoins</2> augmentent.": "<2>Needs</2> grow, says <1>the report</1>.",
        "<1>Un</1> point, 5 * 3 et snake_case.": "<1>One</1> point, 5 * 3 and snake_case.",
    }
    catalog = Catalog({"Language": "en"}, tuple(CatalogEntry(m, t) for m, t in translations.items()))
    built = render_translation(segmented, catalog, target_lang="en", policy=MissingPolicy.FALLBACK_SOURCE)
    assert built.text == (
        "# Titre **gras**\n\n**Needs** grow, says [the report](https://example.org/r \"titre\"). Voir `code` ici.\n\n"
        "- *One* point, 5 * 3 and snake_case.\n"
    )
    untouched = render_translation(segmented, Catalog({"Language": "en"}, ()), target_lang="en", policy=MissingPolicy.FALLBACK_SOURCE)
    assert untouched.text == MARKDOWN


def test_translate_takes_a_memory_hit_under_other_numbers_and_renumbers_it(tmp_path: Path) -> None:
    from reltrans.catalog import read_catalog
    from reltrans.pipeline import TranslateSettings, translate_files
    from reltrans.tm import TMUnit, TranslationMemory

    page = tmp_path / "page.html"
    page.write_text('<main><p>Selon <a href="/r">le rapport</a>, les besoins augmentent.</p><p>Une autre phrase.</p></main>', encoding="utf-8")
    tm = tmp_path / "tm.db"
    with TranslationMemory(tm) as memory:
        memory.add([TMUnit("fr", "en", "Selon <4>le rapport</4>, les besoins augmentent.", "Needs grow, says <4>the report</4>.")])
    engine = ScriptedEngine()  # copies what it is given: records every call
    settings = TranslateSettings(source_lang="fr", target_lang="en", enforce_terms=False, tm_path=tm)
    translate_files([page], settings, engine_loader=lambda *_: engine)
    entries = {e.msgid: e for e in read_catalog(tmp_path / "page.en.po").entries}
    hit = entries["Selon <1>le rapport</1>, les besoins augmentent."]
    assert hit.msgstr == "Needs grow, says <1>the report</1>." and not hit.fuzzy
    sent = [str(request) for _kind, requests in engine.calls for request in requests]
    assert sent and not any("rapport" in s for s in sent)  # the hit never went to the model


def test_attribute_translations_are_escaped_for_their_quotes() -> None:
    from reltrans.formats.inline import restore
    from reltrans.model import InlineMarkup

    assert restore('L\'été "chaud"', InlineMarkup("html-attr", "x")) == "L'été &quot;chaud&quot;"
    assert restore('L\'été "chaud"', InlineMarkup("html-attr-single", "x")) == 'L&#39;été "chaud"'
    assert restore("L'été = chaud", InlineMarkup("html-attr-bare", "x")) == "L&#39;été&#32;&#61;&#32;chaud"
