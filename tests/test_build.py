"""Rebuilding a translated release from a PO file."""
from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.build import IncompleteTranslationError, MissingPolicy, build_document
from reltrans.catalog import make_header, write_catalog
from reltrans.model import Catalog, CatalogEntry

SOURCE = "Titre de la page\r\n\r\n- Premier point\r\n\r\nL'OIM aide. « Bravo », dit-il.\r\n"


def _po(tmp_path: Path, entries: list[CatalogEntry]) -> Path:
    header = make_header(source_lang="fr", target_lang="en", project="x", signature="s")
    return write_catalog(Catalog(header=header, entries=tuple(entries)), tmp_path / "x.en.po")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "x.txt"
    path.write_bytes(SOURCE.encode("utf-8"))
    return path


def test_translated_entries_replace_sentences_and_keep_the_layout(tmp_path: Path, source: Path) -> None:
    po = _po(
        tmp_path,
        [
            CatalogEntry("Titre de la page", "Page title"),
            CatalogEntry("Premier point", "First point"),
            CatalogEntry("L'OIM aide.", "IOM helps."),
            CatalogEntry("« Bravo », dit-il.", "« Well done », he said."),
        ],
    )
    result = build_document(source, po)
    assert result.text == "Page title\r\n\r\n- First point\r\n\r\nIOM helps. “Well done”, he said.\r\n"
    assert result.translated == 4 and not result.fallbacks


def test_gaps_are_refused_and_listed(tmp_path: Path, source: Path) -> None:
    po = _po(tmp_path, [CatalogEntry("Titre de la page", "Draft", flags=("fuzzy",))])
    with pytest.raises(IncompleteTranslationError) as caught:
        build_document(source, po)
    reasons = {gap.msgid: gap.reason for gap in caught.value.gaps}
    assert reasons["Titre de la page"] == "fuzzy"
    assert reasons["Premier point"] == "missing from PO"
    assert caught.value.exit_code == 1


def test_allow_fuzzy_and_fallback(tmp_path: Path, source: Path) -> None:
    po = _po(tmp_path, [CatalogEntry("Titre de la page", "Draft title", flags=("fuzzy",))])
    with pytest.raises(IncompleteTranslationError):
        build_document(source, po, policy=MissingPolicy.ALLOW_FUZZY)  # the others are untranslated
    both = build_document(source, po, policy=MissingPolicy.FUZZY_THEN_SOURCE)
    assert both.text.startswith("Draft title\r\n") and "Premier point" in both.text
    fallback = build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE)
    assert fallback.data == SOURCE.encode("utf-8")


def test_legacy_encoding_is_kept_when_possible(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("Été à Genève.\n".encode("cp1252"))
    po = _po(tmp_path, [CatalogEntry("Été à Genève.", "Summer in Geneva.")])
    result = build_document(path, po)
    assert result.data == b"Summer in Geneva.\n"
    assert result.encoding == "cp1252"


def test_translation_outside_the_legacy_encoding_falls_back_to_utf8(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("Été à Genève.\n".encode("cp1252"))
    po = _po(tmp_path, [CatalogEntry("Été à Genève.", "Summer → Geneva, Łódź.")])
    result = build_document(path, po)
    assert result.encoding == "utf-8"
    assert result.data == "Summer → Geneva, Łódź.\n".encode("utf-8")
    assert any("W-ENCODING" in w for w in result.warnings)


def test_counts_separate_reviewed_and_fuzzy(tmp_path: Path, source: Path) -> None:
    po = _po(
        tmp_path,
        [
            CatalogEntry("Titre de la page", "Page title"),
            CatalogEntry("Premier point", "First point", flags=("fuzzy",)),
        ],
    )
    result = build_document(source, po, policy=MissingPolicy.FUZZY_THEN_SOURCE)
    assert (result.translated, result.fuzzy_used, len(result.fallbacks)) == (1, 1, 2)


def test_a_po_from_another_segmenter_version_gives_a_warning(tmp_path: Path, source: Path) -> None:
    header = make_header(source_lang="fr", target_lang="en", project="x", signature="model=m|segmenter=0.9")
    po = write_catalog(Catalog(header=header, entries=(CatalogEntry("Titre de la page", "Page title"),)), tmp_path / "y.po")
    result = build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE)
    assert any(w.startswith("W-SEGMENTER") and "0.9" in w for w in result.warnings)
    same = build_document(source, _po(tmp_path, [CatalogEntry("Titre de la page", "Page title")]), policy=MissingPolicy.FALLBACK_SOURCE)
    assert not any(w.startswith("W-SEGMENTER") for w in same.warnings)


def test_sentences_glued_in_the_source_are_rebuilt_with_a_space(tmp_path: Path) -> None:
    source = tmp_path / "glued.txt"
    source.write_text("Le port est ouvert.Les navires arrivent.\n", encoding="utf-8")
    po = _po(tmp_path, [CatalogEntry("Le port est ouvert.", "The port is open."),
                        CatalogEntry("Les navires arrivent.", "Ships are arriving.")])
    result = build_document(source, po)
    assert result.text == "The port is open. Ships are arriving.\n" and result.translated == 2
    untouched = build_document(source, _po(tmp_path, []), policy=MissingPolicy.FALLBACK_SOURCE)
    assert untouched.text == "Le port est ouvert.Les navires arrivent.\n"  # nothing translated: as written


def test_a_credit_glued_to_a_dateline_is_rebuilt_with_a_space(tmp_path: Path) -> None:
    # no sentence end before the glue: the segmenter cut a credit from the dateline glued to it
    source = tmp_path / "glued.txt"
    source.write_text("Photo : Agence du Nord12 mars 2024 - Le port de Kéran a rouvert ses quais.\n", encoding="utf-8")
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    msgids = [s.msgid for s in segment_document(load_document(source), "fr").segments]
    assert len(msgids) == 2, msgids
    po = _po(tmp_path, [CatalogEntry(msgids[0], "Photo: Northern Agency"),
                        CatalogEntry(msgids[1], "12 March 2024 - The port of Kéran has reopened its docks.")])
    result = build_document(source, po)
    assert result.text == "Photo: Northern Agency 12 March 2024 - The port of Kéran has reopened its docks.\n"


def test_a_fuzzy_draft_whose_markup_was_not_placed_is_a_gap_not_a_refusal(tmp_path: Path) -> None:
    """A machine draft that could not keep the markup is flagged fuzzy in the PO: `--allow-fuzzy`
    lists it as not usable (exit 1), with `--fallback-source` the source sentence is kept for it;
    a reviewed msgstr with broken placeholders is still refused (exit 3)."""
    import dataclasses

    from click.testing import CliRunner

    from reltrans.catalog import write_catalog
    from reltrans.cli import cli
    from reltrans.formats import load_document
    from reltrans.model import Catalog, CatalogEntry
    from reltrans.segment import segment_document

    page = tmp_path / "release.fr.html"
    page.write_text(
        '<html lang="fr"><body><main><p>Selon <b>le dernier rapport</b>, les besoins augmentent.</p>'
        "<p>L'aide continue.</p></main></body></html>\n",
        encoding="utf-8",
    )
    marked, plain = (s.msgid for s in segment_document(load_document(page), "fr").segments)
    header = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8", "X-Source-Language": "fr"}
    draft = CatalogEntry(marked, "According to the latest report, needs are growing.", flags=("fuzzy",))
    po = tmp_path / "release.en.po"
    write_catalog(Catalog(header, (draft, CatalogEntry(plain, "Aid continues."))), po)
    runner = CliRunner()
    fuzzy_only = runner.invoke(cli, ["build", str(page), str(po), "--allow-fuzzy", "-o", str(tmp_path / "a.html")])
    assert fuzzy_only.exit_code == 1, fuzzy_only.output
    assert "E-MARKUP-NOT-PLACED" in fuzzy_only.stderr and "whose markup was not placed" in fuzzy_only.stderr
    assert not (tmp_path / "a.html").exists()
    both = runner.invoke(cli, ["build", str(page), str(po), "--allow-fuzzy", "--fallback-source", "-o", str(tmp_path / "b.html")])
    assert both.exit_code == 0, both.output
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "Selon <b>le dernier rapport</b>, les besoins augmentent." in html and "Aid continues." in html
    reviewed = dataclasses.replace(draft, flags=())
    write_catalog(Catalog(header, (reviewed, CatalogEntry(plain, "Aid continues."))), po)
    refused = runner.invoke(cli, ["build", str(page), str(po), "--fallback-source", "-o", str(tmp_path / "c.html")])
    assert refused.exit_code == 3 and "placeholders of" in refused.stderr


def test_an_empty_or_header_only_po_is_said_so(tmp_path: Path) -> None:
    """A 0-byte PO is one input-error line (exit 3, nothing written); a header-only PO is an
    incomplete translation (exit 1) whose message says the PO has no entries."""
    from click.testing import CliRunner

    from reltrans.cli import cli

    source = tmp_path / "note.txt"
    source.write_text("La séance est ouverte.\n\nLe vote aura lieu demain.\n", encoding="utf-8")
    empty = tmp_path / "empty.po"
    empty.write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(source), str(empty), "-o", str(tmp_path / "a.txt")])
    assert result.exit_code == 3, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"{empty}: E-PO empty PO file (0 bytes)") and not (tmp_path / "a.txt").exists()
    header_only = tmp_path / "header.po"
    header_only.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n"X-Source-Language: fr\\n"\n', encoding="utf-8")
    result = runner.invoke(cli, ["build", str(source), str(header_only), "-o", str(tmp_path / "b.txt")])
    assert result.exit_code == 1, result.output
    assert f"{header_only}: E-INCOMPLETE the PO file has no entries (header only: was it translated?); 2 segment(s) without a translation" in result.stderr
    assert not (tmp_path / "b.txt").exists()
    # that one line is all: no E-MISSING-FROM-PO line per sentence before it
    assert "E-MISSING-FROM-PO" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    # a PO with entries that leaves a sentence out still lists it (the library keeps every gap)
    partial = tmp_path / "partial.po"
    write_catalog(Catalog({"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"},
                          (CatalogEntry("La séance est ouverte.", "The meeting is open."),)), partial)
    result = runner.invoke(cli, ["build", str(source), str(partial), "-o", str(tmp_path / "c.txt")])
    assert result.exit_code == 1 and "E-MISSING-FROM-PO Le vote aura lieu demain." in result.stderr, result.stderr
    with pytest.raises(IncompleteTranslationError) as caught:
        build_document(source, header_only)
    assert caught.value.header_only and len(caught.value.gaps) == 2
