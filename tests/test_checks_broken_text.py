"""RT409: U+FFFD, "⁇" and mojibake in any msgstr are errors; legitimate accented text is not."""
from __future__ import annotations

import pytest

from reltrans.checks.rules import EntryContext, check_entry
from reltrans.model import CatalogEntry, Severity

CTX = EntryContext("t.po")


def _codes(msgstr: str, *, fuzzy: bool = False) -> list[tuple[str, Severity, str]]:
    entry = CatalogEntry(msgid="La campagne de sensibilisation commence.", msgstr=msgstr, flags=("fuzzy",) if fuzzy else ())
    return [(f.code, f.severity, f.message) for f in check_entry(entry, CTX) if f.code == "RT409"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "The se\ufffdibilisation campaign starts.",
        "The campaign starts in \u2047 Agadez.",
        "The campaign starts in GenÃ¨ve.",  # è
        "IOMâ€™s campaign starts.",  # ’
        "The Â« campaign Â» starts.",  # « »
        "The campaign starts Ã\u00a0 noon.",  # à
    ],
)
def test_broken_text_is_an_error_in_machine_and_human_entries(msgstr: str) -> None:
    for fuzzy in (True, False):
        found = _codes(msgstr, fuzzy=fuzzy)
        assert len(found) == 1 and found[0][1] is Severity.ERROR, (msgstr, found)


def test_mojibake_message_names_the_meant_text() -> None:
    [(_, _, message)] = _codes("IOMâ€™s campaign starts.")
    assert "â€™" in message and "’" in message


@pytest.mark.parametrize(
    "msgstr",
    [
        "The campaign starts in São Paulo, then in SÃO PAULO and with JOÃO.",
        "La campagne « de sensibilisation » commence à Genève, déjà, naïve, Noël, cœur.",
        "MÃE and ÃO are Portuguese capitals, Ãgua too.",
        "Dağ, Łódź, Ærøskøbing, Þórshöfn, Ñandú.",
    ],
)
def test_legitimate_text_is_not_broken(msgstr: str) -> None:
    assert _codes(msgstr) == []
