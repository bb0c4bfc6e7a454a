from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reltrans.cli import cli
from reltrans.formats import parse_document
from reltrans.model import Block, Document
from reltrans.segment import SEGMENTER_VERSION, normalize_msgid, segment_document, split_sentences

GOLDEN = Path(__file__).parent / "golden"
EXAMPLE = Path(__file__).resolve().parent / "data" / "releases" / "scraped-release.fr.txt"
_TOKENS = {"{NBSP}": "\u00a0", "{NNBSP}": "\u202f"}


def _expand(line: str) -> str:
    for token, char in _TOKENS.items():
        line = line.replace(token, char)
    return line


def _load_golden(name: str) -> list[tuple[str, str, list[str]]]:
    cases: list[tuple[str, str, list[str]]] = []
    case_id: str | None = None
    source: list[str] = []
    expected: list[str] = []
    in_expected = False
    for raw in (GOLDEN / name).read_text(encoding="utf-8").splitlines():
        if raw.startswith("### "):
            if case_id is not None:
                cases.append((case_id, "\n".join(source), expected))
            case_id, source, expected, in_expected = raw[4:].strip(), [], [], False
        elif case_id is None:
            continue
        elif raw == "---":
            in_expected = True
        elif in_expected:
            if raw.strip():
                expected.append(_expand(raw))
        else:
            source.append(_expand(raw))
    if case_id is not None:
        cases.append((case_id, "\n".join(source), expected))
    return cases


FR_CASES = _load_golden("segment_fr.txt")
EN_CASES = _load_golden("segment_en.txt")


def _cut(text: str, lang: str) -> list[str]:
    return [normalize_msgid(text[s:e]) for s, e in split_sentences(text, lang)]


def test_golden_sets_are_large_enough() -> None:
    assert len(FR_CASES) >= 60
    assert len(EN_CASES) >= 15
    assert len({c[0] for c in FR_CASES}) == len(FR_CASES)


@pytest.mark.parametrize(("case_id", "text", "expected"), FR_CASES, ids=[c[0] for c in FR_CASES])
def test_golden_french(case_id: str, text: str, expected: list[str]) -> None:
    assert _cut(text, "fr") == expected


@pytest.mark.parametrize(("case_id", "text", "expected"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_golden_english(case_id: str, text: str, expected: list[str]) -> None:
    assert _cut(text, "en") == expected


# ------------------------------------------------------------------ normalize_msgid
def test_normalize_msgid_folds_only_runs_with_line_breaks() -> None:
    assert normalize_msgid("un appel\r\n   de fonds") == "un appel de fonds"
    assert normalize_msgid("a \n\n b\rc\u2028d") == "a b c d"
    assert normalize_msgid("2,5\u202f%  et\u00a0x") == "2,5\u202f%  et\u00a0x"
    assert normalize_msgid("") == ""


@given(st.text())
def test_normalize_msgid_is_idempotent(text: str) -> None:
    once = normalize_msgid(text)
    assert normalize_msgid(once) == once
    assert "\n" not in once.strip() or not once.strip()


# ------------------------------------------------------------------ lossless property
_ALPHABET = st.one_of(
    st.sampled_from(list("aZé .!?…«»“”\"'()-*#>|`~:;,0123456789\r\n\t\u00a0\u202f\x00\x0b@/_")),
    st.characters(),
)
_TEXTS = st.one_of(
    st.text(_ALPHABET, max_size=200),
    st.lists(st.sampled_from(["M. Dupont", "Mme X.", "« Oui. Non », a-t-il dit.", "etc.", "nousL'OIM",
                              "- item", "# Titre", "```", "\r\n", "\n\n", " ", "x@iom.int.", "https://a.b/c.",
                              "| a | b |", "|---|---|", "---", "> cite", "<!-- c -->", "1. un", "\u202f?"]),
             max_size=25).map("".join),
)


def _check_invariants(text: str, fmt: str, lang: str) -> None:
    doc = parse_document(text, "p", fmt)
    seg = segment_document(doc, lang)
    assert seg.render() == text
    cursor = 0
    for s in seg.segments:
        assert cursor <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end] == s.text.strip()
        assert s.line == 1 + len(re.findall(r"\r\n|\r|\n", text[: s.start]))
        cursor = s.end
    covered = {i for s in seg.segments for i in range(s.start, s.end)}
    for block in doc.blocks:
        assert block.start < block.end
        assert text[block.start : block.end] == text[block.start : block.end].strip()
        if block.translatable:
            for i in range(block.start, block.end):
                assert i in covered or text[i].isspace()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_TEXTS, st.sampled_from(["text", "markdown"]), st.sampled_from(["fr", "en"]))
def test_segmentation_is_lossless_for_any_text(text: str, fmt: str, lang: str) -> None:
    _check_invariants(text, fmt, lang)


def test_render_replaces_segments_and_keeps_skeleton() -> None:
    text = "- Bonjour. Au revoir.\r\n-\r\n# x\n"
    seg = segment_document(parse_document(text, "p", "text"), "fr")
    assert [s.text for s in seg.segments] == ["Bonjour.", "Au revoir.", "# x"]
    assert seg.render({0: "Hello.", 1: "Goodbye."}) == "- Hello. Goodbye.\r\n-\r\n# x\n"


# ------------------------------------------------------------------ segment_document
def test_segment_document_numbers_lines_paragraphs_positions() -> None:
    text = "Titre\n\nPremière phrase. Deuxième\nphrase.\n- Point un\n"
    seg = segment_document(parse_document(text, "r.md", "markdown"), "fr")
    rows = [(s.line, s.paragraph, s.position, s.kind, s.msgid) for s in seg.segments]
    assert rows == [
        (1, 1, 1, "paragraph", "Titre"),
        (3, 2, 1, "paragraph", "Première phrase."),
        (3, 2, 2, "paragraph", "Deuxième phrase."),
        (5, 3, 1, "list_item", "Point un"),
    ]
    assert seg.segmenter_version == SEGMENTER_VERSION
    assert seg.segments[2].text == "Deuxième\nphrase."


def test_non_translatable_blocks_give_no_segment() -> None:
    doc = Document("p", "abc. Def.", "utf-8", False, "text", (Block("code", 0, 9, 1, False),))
    assert segment_document(doc, "fr").segments == ()


def test_ten_megabyte_paragraph_is_segmented() -> None:
    sentence = "Le programme de l'O.I.M., lancé en 2020, a formé 400 agents (env. 2,5 %) ; « voir p. 3 » etc. "
    text = sentence * (2_000_000 // len(sentence))
    spans = split_sentences(text, "fr")
    assert spans and spans[-1][1] == len(text.rstrip())
    nasty = "a" * 1_000_000 + "@" + "b." * 200_000 + " " * 100_000 + "X"
    assert split_sentences(nasty, "fr")[-1] == (len(nasty) - 1, len(nasty))


def test_example_release_segmentation() -> None:
    from reltrans.formats import load_document

    seg = segment_document(load_document(EXAMPLE), "fr")
    texts = [s.msgid for s in seg.segments]
    assert seg.render() == seg.document.text
    assert "Qui sommes nous" in texts and texts.count("Notre travail") == 2
    assert any(t.startswith("L'Organisation internationale pour les migrations") for t in texts)
    assert any(t.startswith("Dakar - Sénégal - L'OIM et le ministère") for t in texts)  # dateline kept with its sentence
    assert "M. Diallo, chef de la police régionale, a rappelé que les victimes ne doivent jamais être traitées comme des délinquants." in texts
    quote = [t for t in texts if t.startswith("« Ces sessions")]
    assert len(quote) == 1 and quote[0].endswith("cheffe de mission de l'OIM au Sénégal.")
    assert texts[-1].endswith("Email: presse-dakar@example.org")
    assert len(texts) == 27


# ------------------------------------------------------------------ CLI
def test_cli_segment_text_and_json(tmp_path: Path) -> None:
    source = tmp_path / "release.fr.txt"
    source.write_text("Titre\n- M. Dupont est arrivé. Il repart demain.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["segment", str(source)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "1  1.1  Titre",
        "2  2.1  M. Dupont est arrivé.",
        "2  2.2  Il repart demain.",
    ]
    result = runner.invoke(cli, ["segment", str(source), "--format", "json", "--lang", "fr"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows[1] == {"line": 2, "paragraph": 2, "position": 1, "text": "M. Dupont est arrivé."}


def test_cli_segment_reports_bad_input(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["segment", str(tmp_path / "missing.txt")])
    assert result.exit_code == 3
    assert "missing.txt" in result.output and "E-INPUT" in result.output
    binary = tmp_path / "logo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = runner.invoke(cli, ["segment", str(binary)])
    assert result.exit_code == 3 and "binary" in result.output


def test_cli_segment_warns_about_legacy_encoding(tmp_path: Path) -> None:
    source = tmp_path / "ancien.txt"
    source.write_bytes("Les réfugiés sont arrivés à Genève. Ils repartent.\n".encode("cp1252"))
    result = CliRunner().invoke(cli, ["segment", str(source)])
    assert result.exit_code == 0
    assert "W-ENCODING decoded as cp1252" in result.output
    assert "1  1.1  Les réfugiés sont arrivés à Genève." in result.output


def _pieces(text: str, lang: str = "fr", **options: bool) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2. Visites du bureau (Lyon, 4 juin 2019)", ["1.2. Visites du bureau (Lyon, 4 juin 2019)"]),
        ("II.3. AU TITRE DU MINISTERE DES SPORTS", ["II.3. AU TITRE DU MINISTERE DES SPORTS"]),
        ("III. Les suites données", ["III. Les suites données"]),
        ("Le local est au N°. 4.2.1. Il ouvre à midi.", ["Le local est au N°. 4.2.1.", "Il ouvre à midi."]),
        ("Il a versé 3.5. Le reste suivra.", ["Il a versé 3.5.", "Le reste suivra."]),
        ("Voir la phase II. Elle commence demain.", ["Voir la phase II.", "Elle commence demain."]),
    ],
)
def test_section_number_opening_its_heading_is_no_sentence(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize(
    "credit", ["(PAUL MARTIN / AGENCE SUD)", "(Claire Dubois / AFP)"]
)
def test_photographer_and_agency_credit_stays_with_its_caption(credit: str) -> None:
    text = f"La bénévole lors de la collecte, à Nantes.  {credit}"
    assert _pieces(text) == [text]


def test_bracket_with_spaced_slash_but_lowercase_words_is_no_credit() -> None:
    assert _pieces("Il est parti. (Voir le dossier / Archives de la semaine)") == [
        "Il est parti.", "(Voir le dossier / Archives de la semaine)"
    ]


def test_noun_of_speech_before_colon_attributes_the_quotation() -> None:
    text = "On retient cette déclaration forte de Mme Roux, présidente du conseil : « Nous agirons. Nous tiendrons. » La séance a repris."
    assert _pieces(text) == [text[: text.index(" La séance")], "La séance a repris."]
    assert len(_pieces(text, quote_attribution=False)) == 3
    # with no speech word before the colon, the quotation is still cut at its sentences
    assert _pieces("Le panneau : « Nous agirons. Nous tiendrons. »") == ["Le panneau : « Nous agirons.", "Nous tiendrons. »"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "II.2. AU TITRE DU MINISTERE DES SPORTS Le conseil a adopté un décret.",
            ["II.2. AU TITRE DU MINISTERE DES SPORTS", "Le conseil a adopté un décret."],
        ),
        ("1.3. LES PORTS DE LA COTE Les pêcheurs sont venus.", ["1.3. LES PORTS DE LA COTE", "Les pêcheurs sont venus."]),
        # no section number, or too few words in capitals, or a capitalised name after them: no cut
        ("AU TITRE DU MINISTERE DES SPORTS Le conseil a adopté un décret.", ["AU TITRE DU MINISTERE DES SPORTS Le conseil a adopté un décret."]),
        ("2.1. ONU FAO Le plan est prêt.", ["2.1. ONU FAO Le plan est prêt."]),
        ("3.1. LA FAO ET L'OMS Le Caire accueille la réunion.", ["3.1. LA FAO ET L'OMS Le Caire accueille la réunion."]),
    ],
)
def test_numbered_caps_heading_run_into_its_first_sentence_is_cut(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


# --------------------------------------------------------------------------- segmenter 2.9: an ellipsis the sentence goes on after
@pytest.mark.parametrize(
    "text",
    [
        "Le camion est garé tout près, à… 30 mètres du puits.",
        "Il reste… 1.500 sacs au port.",
        "On entend partout dans le quartier… « c'est trop tard » disent les pêcheurs.",
        "Un grand silence dans la salle… « Nous voulons des digues, pas des promesses » répètent les élus.",
        "Un grand silence dans la salle… “Nous voulons des digues”, lance une élue.",
        "Elle a attendu… \"c'est long\" dit-elle.",
    ],
)
def test_an_ellipsis_the_sentence_goes_on_after_is_no_sentence_end(text: str) -> None:
    assert _cut(text, "fr") == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word opens a new sentence after an ellipsis
        ("Les eaux ont baissé… Trois familles sont rentrées.", ["Les eaux ont baissé…", "Trois familles sont rentrées."]),
        # a quotation closed by its own sentence end, or with a capitalised sentence after it
        ("Ils ont hésité… « Nous partirons. » Puis ils sont restés.",
         ["Ils ont hésité…", "« Nous partirons. »", "Puis ils sont restés."]),
        ("Ils ont hésité… « Nous partirons » Puis ils sont restés.", ["Ils ont hésité…", "« Nous partirons » Puis ils sont restés."]),
        # a numbered list item, or a date in figures where a teaser was cut
        ("Deux pistes sont à l'étude... 2. Renforcer les digues.", ["Deux pistes sont à l'étude...", "2. Renforcer les digues."]),
        ("Le nombre de sinistrés a presque... 18.02.2031, Radio Fleuve", ["Le nombre de sinistrés a presque...", "18.02.2031, Radio Fleuve"]),
        # a line break after the ellipsis
        ("Nous attendions…\n20 familles sont arrivées.", ["Nous attendions…", "20 familles sont arrivées."]),
    ],
)
def test_an_ellipsis_before_a_new_sentence_still_ends_one(text: str, expected: list[str]) -> None:
    assert _cut(text, "fr") == expected
