from __future__ import annotations

from pathlib import Path

import pytest

from reltrans.errors import InputError, UsageError
from reltrans.formats import FORMATS, format_for_path, load_document, parse_document


def _blocks(text: str, fmt: str) -> list[tuple[str, int, bool, str]]:
    doc = parse_document(text, "p", fmt)
    return [(b.kind, b.line, b.translatable, text[b.start : b.end]) for b in doc.blocks]


def test_format_from_extension() -> None:
    assert FORMATS == ("text", "markdown", "html", "docx")
    assert format_for_path("a.md") == format_for_path("b.MARKDOWN") == "markdown"
    assert format_for_path("release.fr.txt") == format_for_path("noext") == "text"


def test_unknown_format_is_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown document format 'pdf'"):
        parse_document("x", "p", "pdf")


# ------------------------------------------------------------------ text
def test_text_one_block_per_line_with_markers_as_skeleton() -> None:
    text = "-\r\nQui sommes nous\r\n  - Structure organisationnelle  \r\n\r\n• Puce\n1. Premier\n2) Second\n***\n2020\n"
    assert _blocks(text, "text") == [
        ("separator", 1, False, "-"),
        ("line", 2, True, "Qui sommes nous"),
        ("list_item", 3, True, "Structure organisationnelle"),
        ("list_item", 5, True, "Puce"),
        ("list_item", 6, True, "Premier"),
        ("list_item", 7, True, "Second"),
        ("separator", 8, False, "***"),
        ("separator", 9, False, "2020"),
    ]


def test_text_dash_inside_words_is_not_a_marker() -> None:
    assert _blocks("-5 % en 2020\nRiyadh - Arabie saoudite - L'OIM", "text") == [
        ("line", 1, True, "-5 % en 2020"),
        ("line", 2, True, "Riyadh - Arabie saoudite - L'OIM"),
    ]


def test_text_lone_cr_lines() -> None:
    assert [b[1] for b in _blocks("a\rb\r\rc", "text")] == [1, 2, 4]


# ------------------------------------------------------------------ markdown
MARKDOWN = """---
title: Communiqué
---
# Titre de la page #

Premier paragraphe
sur deux lignes avec [un lien](https://iom.int) et **du gras**.

- item un
  suite de l'item
- item deux
1. numéroté

> citation un
> citation deux

```python
code = "pas traduit"
```
<!-- commentaire
sur deux lignes -->
| Pays | Réfugiés |
|:-----|---------:|
| Liban | 1 500 |

Sous-titre
----------

***

    code indenté

<div class="x">
html brut
</div>
"""


def test_markdown_blocks() -> None:
    assert _blocks(MARKDOWN, "markdown") == [
        ("front_matter", 1, False, "---\ntitle: Communiqué\n---"),
        ("heading", 4, True, "Titre de la page"),
        ("paragraph", 6, True, "Premier paragraphe\nsur deux lignes avec [un lien](https://iom.int) et **du gras**."),
        ("list_item", 9, True, "item un\n  suite de l'item"),
        ("list_item", 11, True, "item deux"),
        ("list_item", 12, True, "numéroté"),
        ("blockquote", 14, True, "citation un"),
        ("blockquote", 15, True, "citation deux"),
        ("code", 17, False, '```python\ncode = "pas traduit"\n```'),
        ("comment", 20, False, "<!-- commentaire\nsur deux lignes -->"),
        ("table_cell", 22, True, "Pays"),
        ("table_cell", 22, True, "Réfugiés"),
        ("table_cell", 24, True, "Liban"),
        ("separator", 24, False, "1 500"),
        ("heading", 26, True, "Sous-titre"),
        ("separator", 29, False, "***"),
        ("code", 31, False, "code indenté"),
        ("html", 33, False, '<div class="x">\nhtml brut\n</div>'),
    ]


def test_markdown_crlf_and_heading_variants() -> None:
    text = "## Titre ##\r\n#Pas un titre\r\n\r\nTitre deux\r\n===\r\n"
    assert _blocks(text, "markdown") == [
        ("heading", 1, True, "Titre"),
        ("paragraph", 2, True, "#Pas un titre"),
        ("heading", 4, True, "Titre deux"),
    ]


def test_markdown_unclosed_fence_runs_to_end() -> None:
    assert _blocks("Texte\n\n```\ncode\n", "markdown") == [
        ("paragraph", 1, True, "Texte"),
        ("code", 3, False, "```\ncode"),
    ]


def test_markdown_list_continuation_does_not_become_code() -> None:
    assert _blocks("- item\n\n    suite après blanc\n", "markdown")[-1][0] == "paragraph"


# ------------------------------------------------------------------ load_document
def test_load_document_carries_encoding_and_warnings(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes("# Réfugiés\r\n\r\nTexte.\r\n".encode("cp1252"))
    doc = load_document(path)
    assert doc.format == "markdown" and doc.encoding == "cp1252" and not doc.bom
    assert doc.warnings == (
        "decoded as cp1252 (not valid UTF-8: no valid UTF-8 multi-byte sequence; 2 byte(s) >= 0x80, first at line 1)",
    )
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Réfugiés", "Texte."]
    assert load_document(path, "text").format == "text"


def test_load_document_refuses_empty(tmp_path: Path) -> None:
    path = tmp_path / "vide.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_document(path)
