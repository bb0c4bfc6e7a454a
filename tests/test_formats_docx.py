"""Word releases: a .docx built here with python-docx (styles, bold and italic runs, a hyperlink,
a list, a table, a line break, header and footer) goes to a PO and back."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")

from lxml import etree  # noqa: E402  (python-docx depends on lxml)

from reltrans.catalog import read_catalog, write_catalog  # noqa: E402
from reltrans.cli import cli  # noqa: E402
from reltrans.errors import EXIT_INPUT, EXIT_OK  # noqa: E402
from reltrans.formats import format_for_path, load_document  # noqa: E402
from reltrans.model import Catalog, CatalogEntry  # noqa: E402
from reltrans.segment import segment_document  # noqa: E402

HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _release(path: Path) -> Path:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("L'OIM ouvre un centre d'accueil", level=1)
    p = document.add_paragraph("Genève – ")
    p.add_run("L'OIM").bold = True
    p.add_run(" a ouvert un centre pour 300 familles. Le centre offre des ")
    p.add_run("repas chauds").italic = True
    p.add_run(" et des soins.")
    p = document.add_paragraph("Selon ")
    rid = document.part.relate_to("https://example.org/rapport", HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "le rapport"
    run.append(text)
    link.append(run)
    p._p.append(link)
    p.add_run(", les besoins augmentent.")
    document.add_paragraph("Premier point de la liste.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Service", "Personnes aidées"
    table.cell(1, 0).text, table.cell(1, 1).text = "Repas chauds", "4 500"
    p = document.add_paragraph("Ligne un")
    p.add_run().add_break()
    p.add_run("ligne deux.")
    document.sections[0].header.paragraphs[0].text = "Communiqué de presse"
    document.sections[0].footer.paragraphs[0].text = "Organisation internationale pour les migrations"
    document.save(path)
    return path


def _runs(path: Path) -> list[tuple[str, str, bytes]]:
    """Every run of every paragraph (body, tables, header, footer, hyperlinks): style, text, rPr."""
    document = docx.Document(path)
    parts = [document.element.body, document.sections[0].header._element, document.sections[0].footer._element]
    out = []
    for root in parts:
        for r in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r"):
            rpr = r.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr")
            text = "".join(t.text or "" for t in r.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))
            out.append((r.getparent().tag.rsplit("}")[1], text, etree.tostring(rpr) if rpr is not None else b""))
    return out


@pytest.fixture
def release(tmp_path: Path) -> Path:
    return _release(tmp_path / "release.docx")


def test_docx_files_are_word_documents() -> None:
    assert format_for_path("Communiqué.DOCX") == "docx"


def test_paragraphs_headings_lists_tables_headers_and_footers_become_entries(release: Path) -> None:
    segmented = segment_document(load_document(release), "fr")
    found = [(s.kind, s.msgid) for s in segmented.segments]
    assert found == [
        ("heading", "L'OIM ouvre un centre d'accueil"),
        ("paragraph", "Genève – <1>L'OIM</1> a ouvert un centre pour 300 familles."),
        ("paragraph", "Le centre offre des <1>repas chauds</1> et des soins."),
        ("paragraph", "Selon <1>le rapport</1>, les besoins augmentent."),
        ("list_item", "Premier point de la liste."),
        ("table_cell", "Service"),
        ("table_cell", "Personnes aidées"),
        ("table_cell", "Repas chauds"),
        ("paragraph", "Ligne un<1/>ligne deux."),
        ("header", "Communiqué de presse"),
        ("footer", "Organisation internationale pour les migrations"),
    ]


def test_untranslated_build_holds_the_same_runs_text_and_formatting(release: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    made = runner.invoke(cli, ["translate", str(release), "--no-mt", "-q", "--to", "en"])
    assert made.exit_code == EXIT_OK, made.output
    out = tmp_path / "out.docx"
    built = runner.invoke(cli, ["build", str(release), str(tmp_path / "release.en.po"), "--fallback-source", "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    assert _runs(out) == _runs(release)
    assert [p.style.name for p in docx.Document(out).paragraphs] == [p.style.name for p in docx.Document(release).paragraphs]


def _translated(release: Path, tmp_path: Path, translate=str.upper) -> Path:
    segmented = segment_document(load_document(release), "fr")
    entries = {s.msgid: CatalogEntry(s.msgid, translate(s.msgid)) for s in segmented.segments}
    po = tmp_path / "release.en.po"
    write_catalog(Catalog({"Language": "en", "Content-Type": "text/plain; charset=UTF-8", "X-Source-Language": "fr"},
                          tuple(entries.values())), po)
    return po


def test_translated_build_keeps_styles_runs_links_and_layout(release: Path, tmp_path: Path) -> None:
    po = _translated(release, tmp_path)
    out = tmp_path / "out.docx"
    built = CliRunner().invoke(cli, ["build", str(release), str(po), "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    result = docx.Document(out)
    paragraphs = result.paragraphs
    assert [p.style.name for p in paragraphs] == [p.style.name for p in docx.Document(release).paragraphs]
    runs = [(r.text, r.bold, r.italic) for r in paragraphs[1].runs]
    assert runs == [("GENÈVE – ", None, None), ("L'OIM", True, None),
                    (" A OUVERT UN CENTRE POUR 300 FAMILLES. LE CENTRE OFFRE DES ", None, None),
                    ("REPAS CHAUDS", None, True), (" ET DES SOINS.", None, None)]
    link = paragraphs[2]._p.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink")
    assert link is not None
    assert [t.text for t in link.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")] == ["LE RAPPORT"]
    assert result.part.rels[link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")].target_ref == "https://example.org/rapport"
    assert b"<w:u " in etree.tostring(link)  # the link's own run formatting
    assert [c.text for c in result.tables[0].rows[0].cells] == ["SERVICE", "PERSONNES AIDÉES"]
    assert result.tables[0].rows[1].cells[1].text == "4 500"  # no letters: kept as it is
    assert paragraphs[-1].runs[1]._r.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br") is not None
    assert result.sections[0].header.paragraphs[0].text == "COMMUNIQUÉ DE PRESSE"
    assert result.sections[0].footer.paragraphs[0].text == "ORGANISATION INTERNATIONALE POUR LES MIGRATIONS"


def test_build_refuses_a_docx_translation_that_drops_a_placeholder(release: Path, tmp_path: Path) -> None:
    drop = lambda m: m.replace("<1>", "").replace("</1>", "") if m.startswith("Selon") else m  # noqa: E731
    po = _translated(release, tmp_path, drop)
    result = CliRunner().invoke(cli, ["build", str(release), str(po), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == EXIT_INPUT
    assert "Selon <1>le rapport</1>" in result.stderr and "missing <1> </1>" in result.stderr
    assert not (tmp_path / "out.docx").exists()


def test_a_file_that_is_not_a_word_document_is_refused_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("pas un document Word", encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", str(fake), "--no-mt", "-q"])
    assert result.exit_code == EXIT_INPUT
    assert "not a Word document" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_po_of_a_word_release_reads_back(release: Path, tmp_path: Path) -> None:
    made = CliRunner().invoke(cli, ["translate", str(release), "--no-mt", "-q", "--to", "en"])
    assert made.exit_code == EXIT_OK, made.output
    msgids = [e.msgid for e in read_catalog(tmp_path / "release.en.po").entries]
    assert "Selon <1>le rapport</1>, les besoins augmentent." in msgids
    assert not any("x:" in m or "w:" in m for m in msgids)


def test_a_text_box_is_translated_in_place(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    source = tmp_path / "box.docx"
    document = docx.Document()
    document.add_paragraph("Avant l'encadré.")
    holder = document.add_paragraph()
    holder._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:50pt">'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>Texte de l'encadré.</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    ))
    document.save(source)
    segmented = segment_document(load_document(source), "fr")
    assert [(s.kind, s.msgid) for s in segmented.segments] == [("paragraph", "Avant l'encadré."), ("text_box", "Texte de l'encadré.")]
    po = _translated(source, tmp_path)
    out = tmp_path / "out.docx"
    built = CliRunner().invoke(cli, ["build", str(source), str(po), "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    body = docx.Document(out).element.body
    box = body.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent")
    assert box is not None
    assert [t.text for t in box.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")] == ["TEXTE DE L'ENCADRÉ."]


def _with_footnote(path: Path) -> Path:
    """The release with a footnotes part (python-docx writes none): one footnote, referenced."""
    import zipfile

    out = path.with_name("footnoted.docx")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Chiffres de la mission, mars 2024.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", footnotes)
    return out


def test_footnotes_are_entries_and_are_rebuilt(release: Path, tmp_path: Path) -> None:
    import zipfile

    source = _with_footnote(release)
    msgids = [s.msgid for s in segment_document(load_document(source), "fr").segments]
    assert msgids[-1] == "Chiffres de la mission, mars 2024."
    po = _translated(source, tmp_path)
    out = tmp_path / "out.docx"
    built = CliRunner().invoke(cli, ["build", str(source), str(po), "-o", str(out)])
    assert built.exit_code == EXIT_OK, built.output
    footnotes = zipfile.ZipFile(out).read("word/footnotes.xml").decode("utf-8")
    assert "CHIFFRES DE LA MISSION, MARS 2024." in footnotes and "Chiffres" not in footnotes
