"""Invented page parts and helpers shared by the chrome 13 tests (tests/test_formats_chrome13*.py):
three body paragraphs of a fictional release, a page of blank-line separated lines, the lines
judged chrome with their reasons, and the msgids a page gives."""
from __future__ import annotations

from reltrans.formats import parse_document
from reltrans.formats.chrome import mark_chrome
from reltrans.segment import segment_document

BODY_1 = "L'Agence fictive des ports a livré cette semaine un radar de sécurité aux autorités portuaires de Port-Bleu."
BODY_2 = "Le radar couvre quarante kilomètres de côte et sera entretenu par une équipe locale formée sur place."
BODY_3 = "Les pêcheurs de la baie saluent une mesure attendue depuis plusieurs années par toute la profession."


def page(*lines: str) -> str:
    """The lines as paragraphs (a blank line between them), ending with a newline."""
    return "\n\n".join(lines) + "\n"


def chrome_reasons(text: str) -> dict[str, str]:
    """Each line judged chrome in a scraped page ``text``, with its reason."""
    doc = mark_chrome(parse_document(text, "page.fr.txt", "text"))
    return {doc.text[b.start : b.end]: b.chrome for b in doc.blocks if b.chrome}


def msgids(text: str) -> list[str]:
    """The msgids of ``text`` once chrome is left out."""
    doc = mark_chrome(parse_document(text, "page.fr.txt", "text"))
    return [s.msgid for s in segment_document(doc, "fr").segments]
