"""HTML pages: the release found inside the site chrome, inline markup as placeholders,
attributes as entries, byte-for-byte untranslated builds, translated builds with every tag.

The page ``tests/golden/html_iom_page.html`` is written for these tests (an IOM-style press
release with a cookie banner, site header, navigation, breadcrumb, share bar, related box and
footer); its golden msgids and translated build sit beside it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.catalog import read_catalog, write_catalog
from reltrans.cli import cli
from reltrans.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from reltrans.formats import format_for_path, load_document, parse_document
from reltrans.formats.html import release_text, set_lang
from reltrans.model import Catalog, CatalogEntry
from reltrans.segment import segment_document

GOLDEN = Path(__file__).parent / "golden"
PAGE = GOLDEN / "html_iom_page.html"
UPDATE = os.environ.get("RELTRANS_UPDATE_GOLDEN") == "1"


def _msgids(path: Path) -> list[str]:
    return [s.msgid for s in segment_document(load_document(path), "fr").segments]


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def _tags(html: str) -> list[str]:
    """Every tag, translatable attribute values left out."""
    tags = re.findall(r"<[^<>]*>", html)
    return [re.sub(r'\b(content|alt|title)="[^"]*"', r'\1=""', tag) for tag in tags]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    target = tmp_path / "release.html"
    shutil.copyfile(PAGE, target)
    return target


# --------------------------------------------------------------------------- the release
def test_html_and_htm_files_are_html() -> None:
    assert format_for_path("a.html") == format_for_path("b.HTM") == "html"


def test_the_po_holds_the_release_sentences_only_with_placeholders() -> None:
    msgids = _msgids(PAGE)
    _golden("html_iom_page.msgids.json", json.dumps(msgids, ensure_ascii=False, indent=1) + "\n")
    text = "\n".join(msgids)
    for chrome in ("cookies", "Accepter", "Aller au contenu", "Qui sommes-nous", "Salle de presse", "Rechercher",
                   "Communiqués", "Facebook", "Articles liés", "Tous droits réservés", "Mentions légales", "dataLayer",
                   "margin", "pas du texte"):
        assert chrome not in text, chrome
    assert "href" not in text and "<a" not in text and "<strong>" not in text
    assert "<1>Port-Louis</1> – L'<2>OIM</2> a ouvert mardi un centre d'accueil pour 300\u00a0familles." in msgids
    assert "Selon <1>le dernier rapport</1>, les besoins augmentent." in msgids


def test_attributes_are_entries_and_translate_no_is_honoured() -> None:
    msgids = _msgids(PAGE)
    assert "L\u2019OIM ouvre un centre d'accueil pour les familles déplacées." in msgids  # meta description
    assert "Des familles devant le nouveau centre" in msgids and "Le centre d'accueil" in msgids  # alt, title
    assert "Organisation internationale pour les migrations" not in msgids  # the logo's alt: site header
    assert not any("Référence" in m or "Jean Dupont" in m for m in msgids)  # notranslate, translate="no"
    assert "Pour plus d'informations, contactez <1/> à l'adresse <2>presse@example.org</2>." in msgids


def test_a_page_without_main_or_article_keeps_the_body_minus_its_chrome() -> None:
    html = ("<html><body><header><p>Menu du site</p></header><nav><a href='/'>Accueil</a></nav>"
            "<div><p>Le texte du communiqué.</p></div><footer><p>Pied de page.</p></footer></body></html>")
    doc = parse_document(html, "p.html", "html")
    assert [s.msgid for s in segment_document(doc, "fr").segments] == ["Le texte du communiqué."]


def test_a_link_list_inside_the_article_is_chrome() -> None:
    html = ("<article><p>Une phrase du communiqué.</p><div><a href='/1'>Un</a> <a href='/2'>Deux</a> "
            "<a href='/3'>Trois</a></div></article>")
    assert release_text(html) == "Une phrase du communiqué."


def test_scripts_comments_and_unclosed_markup_are_skeleton() -> None:
    html = "<main><!-- <p>commentaire</p> --><p>Un <b>texte</b> ici.<script>var p = '<p>non</p>';</script></main>"
    doc = parse_document(html, "p.html", "html")
    assert [s.msgid for s in segment_document(doc, "fr").segments] == ["Un <1>texte</1> ici."]


def test_hostile_markup_takes_bounded_time() -> None:
    doc = parse_document("<p>" + "a &amp; <a b" * 5000, "p.html", "html")
    assert len(segment_document(doc, "fr").segments) >= 1
    deep = parse_document("<div>" * 5000 + "texte." + "</div>" * 5000, "p.html", "html")
    assert [s.msgid for s in segment_document(deep, "fr").segments] == ["texte."]


# --------------------------------------------------------------------------- builds
def test_untranslated_build_gives_the_page_back_byte_for_byte(page: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["translate", str(page), "--no-mt", "-q", "--to", "en"])
    assert made.exit_code == EXIT_OK, made.output
    out = tmp_path / "out.html"
    built = runner.invoke(cli, ["build", str(page), str(tmp_path / "release.en.po"), "--fallback-source", "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    assert out.read_bytes() == PAGE.read_bytes()


def _translated_po(page: Path, tmp_path: Path, translate=str.upper) -> Path:
    segmented = segment_document(load_document(page), "fr")
    entries = {s.msgid: CatalogEntry(s.msgid, translate(s.msgid)) for s in segmented.segments}
    po = tmp_path / "release.en.po"
    write_catalog(Catalog({"Language": "en", "Content-Type": "text/plain; charset=UTF-8", "X-Source-Language": "fr"},
                          tuple(entries.values())), po)
    return po


def test_translated_build_keeps_every_tag_and_sets_the_lang(page: Path, tmp_path: Path) -> None:
    po = _translated_po(page, tmp_path)
    out = tmp_path / "out.html"
    built = CliRunner().invoke(cli, ["build", str(page), str(po), "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    html = out.read_text(encoding="utf-8")
    _golden("html_iom_page.en.html", html)
    source = PAGE.read_text(encoding="utf-8")
    assert _tags(html) == [t.replace('lang="fr"', 'lang="en"') for t in _tags(source)]
    assert '<a href="https://example.org/rapport.pdf" target="_blank">LE DERNIER RAPPORT</a>' in html
    assert "300&nbsp;FAMILLES" in html and "&ndash;" in html  # references written as in the source
    assert 'content="L&#8217;OIM OUVRE' in html  # an attribute keeps its references too
    assert "Tous droits réservés" in html and "Référence : IOM-PR-2024-031" in html  # chrome, notranslate


def test_build_refuses_a_translation_that_loses_a_placeholder(page: Path, tmp_path: Path) -> None:
    lose = lambda m: m.replace("<1>", "").replace("</1>", "") if m.startswith("Selon") else m  # noqa: E731
    po = _translated_po(page, tmp_path, lose)
    result = CliRunner().invoke(cli, ["build", str(page), str(po), "-o", str(tmp_path / "out.html")])
    assert result.exit_code == EXIT_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "E-PO" in lines[0] and "Selon <1>le dernier rapport</1>" in lines[0] and "missing <1> </1>" in lines[0]
    assert not (tmp_path / "out.html").exists()
    checked = CliRunner().invoke(cli, ["check", str(po), "--no-bundled-glossary"])
    assert checked.exit_code == EXIT_FINDINGS and "RT410" in checked.output


def test_translate_with_the_copy_model_keeps_the_markup(page: Path, tmp_path: Path, argos_dir: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["translate", str(page), "--from", "fr", "--to", "en", "-q"])
    assert made.exit_code == EXIT_OK, made.output
    po = tmp_path / "release.en.po"
    catalog = read_catalog(po)
    by_id = {e.msgid: e.msgstr for e in catalog.entries}
    # the copy model copies the source and places the glossary's terms (here the recommended
    # vocabulary 'rapport' and 'besoins'); the inline markup must survive around them
    assert by_id["Selon <1>le dernier rapport</1>, les besoins augmentent."] == "Selon <1>le dernier report</1>, les needs augmentent."
    assert "IOM" in by_id["<1>Port-Louis</1> – L'<2>OIM</2> a ouvert mardi un centre d'accueil pour 300\u00a0familles."]
    checked = runner.invoke(cli, ["check", str(po), "--no-bundled-glossary"])
    assert not re.search(r"RT41[0-4]", checked.output), checked.output
    out = tmp_path / "out.html"
    built = runner.invoke(cli, ["build", str(page), str(po), "--allow-fuzzy", "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    assert len(_tags(out.read_text(encoding="utf-8"))) == len(_tags(PAGE.read_text(encoding="utf-8")))


def test_set_lang_adds_or_replaces_the_attribute() -> None:
    assert set_lang('<html lang="fr" xml:lang="fr"><p>x</p>', "en") == '<html lang="en" xml:lang="en"><p>x</p>'
    assert set_lang("<html><p>x</p>", "en") == '<html lang="en"><p>x</p>'


def test_format_html_reads_a_page_saved_under_another_name(tmp_path: Path) -> None:
    saved = tmp_path / "release.txt"
    shutil.copyfile(PAGE, saved)
    runner = CliRunner()
    made = runner.invoke(cli, ["translate", str(saved), "--format", "html", "--no-mt", "-q", "--to", "en"])
    assert made.exit_code == EXIT_OK, made.output
    po = tmp_path / "release.en.po"
    assert "Selon <1>le dernier rapport</1>, les besoins augmentent." in [e.msgid for e in read_catalog(po).entries]
    out = tmp_path / "out.txt"
    built = runner.invoke(cli, ["build", str(saved), str(po), "--format", "html", "--fallback-source", "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    assert out.read_bytes() == PAGE.read_bytes()


def test_eval_on_a_page_scores_its_text_not_its_markup(page: Path, tmp_path: Path, argos_dir: Path) -> None:
    reference = tmp_path / "release.en.html"
    shutil.copyfile(PAGE, reference)  # the copy model copies: a page scored against itself
    result = CliRunner().invoke(cli, ["eval", "--source", str(page), "--reference", str(reference),
                                      "--no-constrain", "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads(result.stdout)
    assert report["segments"] == 20  # with the <title>
    assert "Selon le dernier rapport, les besoins augmentent." in [d["source"] for d in report["details"]]
    assert not any("<1>" in d["source"] for d in report["details"])
    assert {m["name"]: m["score"] for m in report["metrics"]}["chrF"] == 100.0


# --------------------------------------------------------------------------- UN-style pages
UN_NEWS_PAGE = GOLDEN / "html_un_news_page.html"  # no <main>/<article>; the whole page inside a <form>


def test_a_page_without_main_or_article_gives_its_release_and_no_chrome() -> None:
    msgids = _msgids(UN_NEWS_PAGE)
    _golden("html_un_news_page.msgids.json", json.dumps(msgids, ensure_ascii=False, indent=1) + "\n")
    assert msgids[0] == "Des pluies record déplacent des milliers de familles | ONU Info"  # the <title>
    assert "Des pluies record déplacent des milliers de familles" in msgids  # the <h1> above the story body
    assert "3 juin 2026 · Aide humanitaire" in msgids
    text = "\n".join(msgids)
    for chrome in ("témoins", "accepte", "Logo", "English", "Régions", "Afrique", "Accueil", "Facebook",
                   "À lire aussi", "HCR s'inquiète", "Un appel aux dons", "Suivez ONU Info", "Plan du site", "titre"):
        assert chrome not in text, chrome


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alts: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title"
        if tag == "img":
            self.alts.append(dict(attrs)["alt"] or "")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def test_translated_values_in_single_quoted_and_unquoted_attributes_stay_whole(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    shutil.copyfile(UN_NEWS_PAGE, page)
    po = _translated_po(page, tmp_path, lambda m: m.upper() + " L'ÉTÉ \"2026\"")
    out = tmp_path / "story.en.html"
    built = CliRunner().invoke(cli, ["build", str(page), str(po), "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    html = out.read_text(encoding="utf-8")
    parsed = _Attributes()
    parsed.feed(html)
    assert parsed.alts == ["Logo d'ONU Info", "UNE RUE INONDÉE DANS LE DISTRICT DE L'EST L'ÉTÉ \"2026\"", "CARTE L'ÉTÉ \"2026\""]
    assert parsed.title == "DES PLUIES RECORD DÉPLACENT DES MILLIERS DE FAMILLES | ONU INFO L'ÉTÉ \"2026\""
    assert "width=600>" in html and "src='/img/pluies.jpg'" in html  # the other attributes as they were
    assert len(_tags(html)) == len(_tags(UN_NEWS_PAGE.read_text(encoding="utf-8"))) and '<html lang="en" dir="ltr">' in html


def test_a_cell_of_digits_and_references_is_no_entry() -> None:
    html = "<main><table><tr><td>Nord</td><td>25&nbsp;000</td><td>&copy;&nbsp;2026</td></tr></table></main>"
    doc = parse_document(html, "p.html", "html")
    assert [s.msgid for s in segment_document(doc, "fr").segments] == ["Nord"]


def test_a_wrapper_named_like_chrome_keeps_the_release_it_holds() -> None:
    body = "".join(f"<p>Phrase numéro {n} du communiqué de presse, assez longue pour peser.</p>" for n in range(5))
    html = (f"<html><body><div class='content-sidebar-wrap'><div class='entry'><h1>Le titre du communiqué</h1>{body}"
            "</div><div class='sidebar'><p>Une boîte de promotion.</p></div></div></body></html>")
    kept = release_text(html).splitlines()
    assert kept == ["Le titre du communiqué"] + [f"Phrase numéro {n} du communiqué de presse, assez longue pour peser." for n in range(5)]


def test_repeated_teaser_cards_inside_the_release_are_chrome() -> None:
    cards = "".join(f"<div class='item'><a href='/s{n}'><h3>Autre article {n}</h3></a><p>Un résumé de l'article {n} "
                    "qui est plus long que son titre.</p></div>" for n in range(3))
    html = f"<main><h1>Titre</h1><p>Le texte du communiqué.</p><div class='row'>{cards}</div></main>"
    assert release_text(html) == "Titre\nLe texte du communiqué."
