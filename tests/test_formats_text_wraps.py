"""Hard-wrapped plain text (a release pasted from a PDF or an e-mail): lines joined into
sentences, losslessly (reltrans.formats.text). The release below is written for these tests."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from reltrans.build import MissingPolicy, build_document
from reltrans.catalog import read_catalog, write_catalog
from reltrans.cli import cli
from reltrans.formats import load_document, parse_document
from reltrans.formats.text import hyphen_breaks, hyphen_warning, wrap_warning
from reltrans.model import Catalog, CatalogEntry
from reltrans.pipeline import TranslateSettings, output_path_for, translate_files
from reltrans.segment import segment_document

WRAPPED = """Ouverture d'un centre d'accueil à Port-Bleu
La directrice de l'Agence fictive, Léa Martin,
inaugure aujourd'hui un centre dans la ville de
Port-Bleu, qui accueillera 200 personnes. Le centre
ouvrira ses portes lundi.
Dans le cadre d'un accord avec la municipalité de
Port-Bleu, les locaux sont prêtés pour trois ans.
"""


def _msgids(text: str) -> list[str]:
    return [s.msgid for s in segment_document(parse_document(text, "r.txt", "text"), "fr").segments]


def test_wrapped_lines_are_joined_into_sentences() -> None:
    assert _msgids(WRAPPED) == [
        "Ouverture d'un centre d'accueil à Port-Bleu",
        "La directrice de l'Agence fictive, Léa Martin, inaugure aujourd'hui un centre dans la ville de Port-Bleu, qui accueillera 200 personnes.",
        "Le centre ouvrira ses portes lundi.",
        "Dans le cadre d'un accord avec la municipalité de Port-Bleu, les locaux sont prêtés pour trois ans.",
    ]


def test_joining_is_lossless() -> None:
    segmented = segment_document(parse_document(WRAPPED, "r.txt", "text"), "fr")
    assert segmented.render() == WRAPPED
    blocks = segmented.document.blocks
    assert [(b.kind, b.line) for b in blocks] == [("line", 1), ("paragraph", 2), ("paragraph", 6)]


def test_lines_that_are_not_wrapped_stay_apart() -> None:
    # short lines (a list of features), finished sentences, list items and blank lines end a block
    assert _msgids("features\ncontact manager\nevents, activities\n") == ["features", "contact manager", "events, activities"]
    assert _msgids("Le centre a ouvert lundi matin.\nil était attendu.\n") == ["Le centre a ouvert lundi matin.", "il était attendu."]
    assert _msgids("Le centre offre plusieurs services\n- un abri\n- des repas\n") == [
        "Le centre offre plusieurs services", "un abri", "des repas",
    ]
    assert _msgids("Le centre offre plusieurs services\n\naux familles.\n") == ["Le centre offre plusieurs services", "aux familles."]
    assert _msgids("Le centre ouvre ses portes\nLundi 3 mars\n") == ["Le centre ouvre ses portes", "Lundi 3 mars"]


def test_a_line_ending_with_a_title_abbreviation_continues() -> None:
    assert _msgids("« Nous restons mobilisés », a déclaré M.\nDupont devant le Conseil.\n") == [
        "« Nous restons mobilisés », a déclaré M. Dupont devant le Conseil.",
    ]
    assert _msgids("Le centre a ouvert ses portes ce matin.\nDupont était présent.\n") == [
        "Le centre a ouvert ses portes ce matin.", "Dupont était présent.",
    ]


def test_a_wrapped_list_item_continues() -> None:
    assert _msgids("- un abri pour les familles qui\n  arrivent la nuit\n- des repas\n") == [
        "un abri pour les familles qui arrivent la nuit", "des repas",
    ]


def test_warning_names_the_joined_lines(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text(WRAPPED, encoding="utf-8")
    document = load_document(source)
    assert wrap_warning(document) == document.warnings[-1]
    assert document.warnings[-1].startswith("W-WRAP 2 hard-wrapped paragraphs joined into sentences (lines 2-5, 6-7)")
    assert wrap_warning(parse_document("Une ligne.\nUne autre.\n", "r.txt", "text")) is None
    result = CliRunner().invoke(cli, ["segment", str(source)])
    assert result.exit_code == 0 and "W-WRAP 2 hard-wrapped" in result.output


def test_build_writes_each_translated_sentence_on_one_line(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text(WRAPPED, encoding="utf-8")
    translate_files([source], TranslateSettings(no_mt=True))
    po = output_path_for(source, "en", None)
    catalog = read_catalog(po)
    entries = tuple(CatalogEntry(msgid=e.msgid, msgstr=f"EN{i}.", references=e.references) for i, e in enumerate(catalog.live_entries))
    write_catalog(Catalog(header=catalog.header, entries=entries), po)
    assert build_document(source, po).text == "EN0.\nEN1. EN2.\nEN3.\n"
    # untranslated, the source comes back as it was, line breaks included
    assert build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE).text == "EN0.\nEN1. EN2.\nEN3.\n"
    source_only = tmp_path / "other.fr.txt"
    source_only.write_text(WRAPPED, encoding="utf-8")
    translate_files([source_only], TranslateSettings(no_mt=True))
    assert build_document(source_only, output_path_for(source_only, "en", None), policy=MissingPolicy.FALLBACK_SOURCE).text == WRAPPED


# A paragraph wrapped at a common width (as textwrap or a PDF writes it): the line breaks fall
# where the next word would not fit, whatever its case.
WIDTH_WRAPPED = """Le Conseil fictif a entendu ce matin les représentants du Burkina
Faso, du Cap-Vert et des Îles Salomon, ainsi que ceux de l'Estonie,
Hongrie et Lettonie, sur la mission conjointe de l'Agence ATLAS-
PORT et des autorités locales. La séance a été levée à midi.
"""


def test_a_paragraph_wrapped_at_a_common_width_is_joined_whatever_the_case() -> None:
    assert _msgids(WIDTH_WRAPPED) == [
        "Le Conseil fictif a entendu ce matin les représentants du Burkina Faso, du Cap-Vert et des Îles "
        "Salomon, ainsi que ceux de l'Estonie, Hongrie et Lettonie, sur la mission conjointe de l'Agence "
        "ATLAS-PORT et des autorités locales.",
        "La séance a été levée à midi.",
    ]
    segmented = segment_document(parse_document(WIDTH_WRAPPED, "r.txt", "text"), "fr")
    assert segmented.render() == WIDTH_WRAPPED  # lossless: the breaks stay in the skeleton


def test_titles_of_similar_length_without_a_sentence_end_stay_apart() -> None:
    titles = (
        "Le port de Port-Bleu rouvre ses quais aux navires de commerce\n"
        "Les autorités de Port-Vert annoncent un nouveau plan pour la côte\n"
        "Une équipe locale formée à l'entretien du radar de sécurité côtière\n"
    )
    assert len(_msgids(titles)) == 3


def test_chrome_lines_are_not_joined_as_a_wrapped_sentence() -> None:
    assert _msgids("Abonnez-vous à notre offre\nA partir de 9.50 / mois\nje m'abonne\n") == [
        "Abonnez-vous à notre offre", "A partir de 9.50 / mois", "je m'abonne",
    ]


def test_a_compound_word_broken_after_its_hyphen_is_rejoined_without_a_space() -> None:
    assert _msgids("Une mission conjointe ATLAS-\nPORT a été annoncée mercredi par le porte-parole.\n") == [
        "Une mission conjointe ATLAS-PORT a été annoncée mercredi par le porte-parole.",
    ]
    assert _msgids("La hausse des prix -\nune crise durable - inquiète.\n") == ["La hausse des prix - une crise durable - inquiète."]


def test_a_wrapped_line_that_opens_with_a_bracket_continues() -> None:
    assert _msgids("Le Haut-Commissariat des Nations Unies aux droits de l'homme\n(HCDH) a publié jeudi un rapport.\n") == [
        "Le Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH) a publié jeudi un rapport.",
    ]
    assert _msgids("Selon les chiffres publiés mardi par l'agence\n(Programme alimentaire mondial), la récolte a baissé.\n") == [
        "Selon les chiffres publiés mardi par l'agence (Programme alimentaire mondial), la récolte a baissé.",
    ]
    # a sentence in brackets after a sentence end, or a bracket before a dash after a title, stays apart
    assert _msgids("Le centre accueille les familles déplacées.\n(Les chiffres sont provisoires.)\n") == [
        "Le centre accueille les familles déplacées.", "(Les chiffres sont provisoires.)",
    ]
    assert _msgids("Un nouveau centre pour les familles à Kayes\n(Bamako) – Le bureau a ouvert un centre.\n") == [
        "Un nouveau centre pour les familles à Kayes", "(Bamako) – Le bureau a ouvert un centre.",
    ]


def test_a_title_or_subtitle_is_not_joined_to_the_paragraph_after_it() -> None:
    # a two-line subtitle with commas and many words, then the body: the subtitle is its own segment
    assert _msgids(
        "Une nouvelle école, ouverte lundi à Kayes par le ministère, pour les enfants\n"
        "des familles arrivées du nord depuis le début de la saison sèche\n"
        "Le ministère a ouvert lundi une école pour 300 élèves. Les cours commencent demain.\n"
    ) == [
        "Une nouvelle école, ouverte lundi à Kayes par le ministère, pour les enfants des familles arrivées du nord "
        "depuis le début de la saison sèche",
        "Le ministère a ouvert lundi une école pour 300 élèves.", "Les cours commencent demain.",
    ]
    # a title in capitals, even one ending with a word that cannot end a sentence
    assert _msgids("UNE ÉCOLE OUVRE SES PORTES À KAYES POUR LES ENFANTS DES\nLe ministère a ouvert lundi une école pour 300 élèves.\n") == [
        "UNE ÉCOLE OUVRE SES PORTES À KAYES POUR LES ENFANTS DES", "Le ministère a ouvert lundi une école pour 300 élèves.",
    ]
    # a title and its byline
    assert _msgids("Au Mali, l'école “des enfants du fleuve”\npar Radio Kayes\nLes cours ont repris lundi dans la région.\n") == [
        "Au Mali, l'école “des enfants du fleuve”", "par Radio Kayes", "Les cours ont repris lundi dans la région.",
    ]


def test_a_photo_caption_is_not_joined_to_the_quotation_after_it() -> None:
    assert _msgids(
        "Des élèves attendent devant l'école de Kayes, rouverte la semaine dernière par\n"
        "le ministère de l'éducation, où les cours ont repris malgré la chaleur\n"
        "« Nous voulons apprendre », explique Awa, douze ans.\n"
    ) == [
        "Des élèves attendent devant l'école de Kayes, rouverte la semaine dernière par le ministère de l'éducation, "
        "où les cours ont repris malgré la chaleur",
        "« Nous voulons apprendre », explique Awa, douze ans.",
    ]
    # a sentence wrapped inside a paragraph still continues before a capitalised name
    assert _msgids(
        "Le ministère a ouvert lundi une école pour les enfants des familles arrivées de la région de\n"
        "Tombouctou, de Gao et de\n"
        "Kidal. Les cours commencent demain.\n"
    ) == ["Le ministère a ouvert lundi une école pour les enfants des familles arrivées de la région de Tombouctou, de Gao et de Kidal.",
          "Les cours commencent demain."]


def test_a_short_line_ending_with_a_comma_continues_before_a_lowercase_line() -> None:
    assert _msgids("Mardi,\nles familles ont reçu des bâches et des kits d'hygiène à Kayes.\n") == [
        "Mardi, les familles ont reçu des bâches et des kits d'hygiène à Kayes.",
    ]
    # a short list stays a list
    assert _msgids("abris,\nsoins\n") == ["abris,", "soins"]


def test_many_thousand_wrapped_lines_are_parsed_in_linear_time() -> None:
    # hostile input: every line continues the one before it and no line ends a sentence; each
    # join used to rescan the rest of the paragraph and the whole block (quadratic: minutes)
    from reltrans.formats.text import parse_blocks

    text = "(HCR) a ouvert\n" * 20_000 + "\n" + "Publicité\n" * 20_000
    blocks = parse_blocks(text)
    assert blocks[0].start == 0 and blocks[-1].end == len(text.rstrip("\n"))
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))


def test_a_heading_in_capitals_whose_next_line_opens_with_a_link_word_is_joined() -> None:
    assert _msgids("L'AGENCE OUVRE TROIS CENTRES POUR LES FAMILLES\nDU DELTA ET DES ÎLES\nLe premier centre ouvre lundi.\n") == [
        "L'AGENCE OUVRE TROIS CENTRES POUR LES FAMILLES DU DELTA ET DES ÎLES", "Le premier centre ouvre lundi.",
    ]
    assert _msgids("NEW SHELTERS OPENED IN THE NORTHERN VALLEY\nFOR DISPLACED FAMILIES\nThe first one opens on Monday.\n") == [
        "NEW SHELTERS OPENED IN THE NORTHERN VALLEY FOR DISPLACED FAMILIES", "The first one opens on Monday.",
    ]
    # a heading and a subheading that opens like a title, a short menu entry, or across a blank line stay apart
    assert _msgids("L'AGENCE OUVRE TROIS CENTRES CETTE SEMAINE\nLE PREMIER ACCUEILLE 90 FAMILLES\n") == [
        "L'AGENCE OUVRE TROIS CENTRES CETTE SEMAINE", "LE PREMIER ACCUEILLE 90 FAMILLES",
    ]
    assert _msgids("NOS ACTIONS\nDANS LE MONDE\n") == ["NOS ACTIONS", "DANS LE MONDE"]
    assert _msgids("À PROPOS DE NOTRE AGENCE ICI\nEN BREF\n") == ["À PROPOS DE NOTRE AGENCE ICI", "EN BREF"]
    assert _msgids("L'AGENCE OUVRE TROIS CENTRES POUR LES FAMILLES\n\nDU DELTA ET DES ÎLES\n") == [
        "L'AGENCE OUVRE TROIS CENTRES POUR LES FAMILLES", "DU DELTA ET DES ÎLES",
    ]


# ------------------------------------------------------------------ words broken by a hyphen (issue 15)
# A release pasted from a PDF whose writer hyphenated words at the line ends.
HYPHENATED = """Le centre d'accueil de Port-Bleu a ouvert ses portes lundi, après une longue de-
mande des autorités locales qui souhaitaient offrir un abri aux familles dé-
placées par les crues. Les équipes ont peut-
être sous-estimé la durée du séjour, a-
t-il précisé, et le porte-
parole de l'Agence fictive, c'est-à-
dire Léa Martin, a parlé d'une fragi-
lité des digues. Une nouvelle demande a été déposée.
Une fragilité connue depuis 2020.
"""


def test_a_word_broken_at_a_line_end_is_joined_when_it_stands_unbroken_elsewhere() -> None:
    msgids = _msgids(HYPHENATED)
    assert msgids[0] == (
        "Le centre d'accueil de Port-Bleu a ouvert ses portes lundi, après une longue demande des autorités locales qui "
        "souhaitaient offrir un abri aux familles dé-placées par les crues."
    )
    assert msgids[1] == (
        "Les équipes ont peut-être sous-estimé la durée du séjour, a-t-il précisé, et le porte-parole de l'Agence "
        "fictive, c'est-à-dire Léa Martin, a parlé d'une fragilité des digues."
    )


def test_the_decisions_carry_their_evidence() -> None:
    breaks = {(b.left, b.right): b for b in hyphen_breaks(parse_document(HYPHENATED, "r.txt", "text"))}
    assert breaks[("de", "mande")].joined and "'demande' stands unbroken elsewhere" in breaks[("de", "mande")].reason
    assert breaks[("fragi", "lité")].joined
    for compound in [("peut", "être"), ("a", "t-il"), ("porte", "parole"), ("est-à", "dire")]:
        assert not breaks[compound].joined and breaks[compound].reason == "kept: a compound word part"
    unsure = breaks[("dé", "placées")]
    assert not unsure.joined and unsure.unsure and unsure.line == 2
    assert [b.line for b in breaks.values() if b.unsure] == [2]
    assert not any(b.chrome for b in breaks.values())


def test_the_hyphenated_form_elsewhere_keeps_the_hyphen() -> None:
    text = "Une réunion de haut niveau sur la côte-\nouest a eu lieu mardi à Port-Bleu. La côte-ouest reste fragile.\n"
    found = hyphen_breaks(parse_document(text, "r.txt", "text"))
    assert [(b.joined, b.reason) for b in found] == [(False, "kept: 'côte-ouest' stands elsewhere in the text")]
    assert _msgids(text)[0] == "Une réunion de haut niveau sur la côte-ouest a eu lieu mardi à Port-Bleu."


def test_an_unsure_hyphen_is_kept_and_its_line_named(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text(HYPHENATED, encoding="utf-8")
    document = load_document(source)
    warning = "W-HYPHEN 1 hyphen at a line end kept (line 2: dé- / placées): a word broken by the wrap or a compound? The msgid keeps the hyphen"
    assert hyphen_warning(document) == warning and warning in document.warnings
    result = CliRunner().invoke(cli, ["segment", str(source)])
    assert result.exit_code == 0 and warning in result.output
    assert hyphen_warning(parse_document(WRAPPED, "r.txt", "text")) is None


def test_a_syllable_that_looks_like_a_compound_part_is_no_evidence() -> None:
    text = (
        "Le président a reçu les partenaires et les autorités de Port-Bleu, puis le pré-\n"
        "sident du comité a remercié les par-\ntenaires et les au-\ntorités de la ville, beau-\ncoup plus nombreux.\n"
    )
    found = {(b.left, b.right): b for b in hyphen_breaks(parse_document(text, "r.txt", "text"))}
    assert all(found[pair].joined for pair in [("pré", "sident"), ("par", "tenaires"), ("au", "torités")]), found
    assert found[("beau", "coup")].unsure  # no evidence either way: kept and named, never kept silently
    assert _msgids(text)[0].endswith("puis le président du comité a remercié les partenaires et les autorités de la ville, beau-coup plus nombreux.")


def test_no_join_outside_a_hard_wrapped_paragraph() -> None:
    # an upper-case continuation, a hyphen followed by a space, two lines that are not one paragraph
    text = "La demande du Sud-\nOuest est forte, avec une demande - \npar écrit - déposée mardi.\n\nLa de-\n\nmande reste.\n"
    assert [(b.left, b.right) for b in hyphen_breaks(parse_document(text, "r.txt", "text"))] == []


def test_joined_words_keep_build_lossless(tmp_path: Path) -> None:
    source = tmp_path / "r.fr.txt"
    source.write_text(HYPHENATED, encoding="utf-8")
    segmented = segment_document(parse_document(HYPHENATED, str(source), "text"), "fr")
    assert segmented.render() == HYPHENATED  # the skeleton and the segment texts keep every byte
    assert segmented.segments[0].text.count("de-\nmande") == 1 and "demande" in segmented.segments[0].msgid
    translate_files([source], TranslateSettings(no_mt=True))
    po = output_path_for(source, "en", None)
    assert any("longue demande des autorités" in e.msgid for e in read_catalog(po).live_entries)
    assert build_document(source, po, policy=MissingPolicy.FALLBACK_SOURCE).text == HYPHENATED


# ------------------------------------------------------------------ wrapped = unwrapped (issue 15, segmenter 2.0)
# One paragraph a line, then the same paragraphs hard-wrapped: a quotation with its attribution,
# abbreviations and initials, an ellipsis ending a quotation, "!" / "?" in an aside, an inline list
# and a photo credit must be cut the same way whatever the width.
PARAGRAPHS = [
    "Port-Bleu, le 3 mars 2031 – L'Agence fictive pour les réfugiés a ouvert lundi un centre d'accueil "
    "pour les familles déplacées par les crues, a annoncé M. Jean-Marc Dupont, son directeur. Le centre, "
    "prévu par l'art. 12 de l'accord n° 45 signé avec la ville, recevra p. ex. les familles du quartier "
    "du port, des marins, des pêcheurs, etc. et leurs enfants.",
    "« Nous ne pouvons plus attendre. Les familles ont besoin d'un toit avant l'hiver », a déclaré "
    "Mme Léa Martin, cheffe de la mission. « Les stocks de vivres baissent chaque semaine. Il faut agir "
    "vite », selon le Dr Paul Garnier, médecin du centre.",
    "La directrice régionale, J.-M. Dupont, a déclaré devant les délégués : « Le centre est ouvert. "
    "Les premières familles arrivent déjà. » Elle a ajouté que le port, fondé vers 300 av. J.-C. par "
    "des marchands, n'avait jamais connu de telles crues.",
    "Une mère de famille résume : « Nous avons tout perdu… » Le conseil municipal (quelle surprise !) "
    "a voté l'aide à l'unanimité, et ce budget — faut-il le rappeler ? — reste modeste. Le plan prévoit "
    "trois mesures : 1. Renforcer les abris 2. Améliorer l'accès à l'eau 3. Former les équipes locales.",
    "Des familles attendent devant le centre d'accueil de Port-Bleu. Photo AFR/S. Lenoir",
]
PARAGRAPH_MSGIDS = [
    "Port-Bleu, le 3 mars 2031 – L'Agence fictive pour les réfugiés a ouvert lundi un centre d'accueil pour les "
    "familles déplacées par les crues, a annoncé M. Jean-Marc Dupont, son directeur.",
    "Le centre, prévu par l'art. 12 de l'accord n° 45 signé avec la ville, recevra p. ex. les familles du quartier "
    "du port, des marins, des pêcheurs, etc. et leurs enfants.",
    "« Nous ne pouvons plus attendre. Les familles ont besoin d'un toit avant l'hiver », a déclaré Mme Léa Martin, "
    "cheffe de la mission.",
    "« Les stocks de vivres baissent chaque semaine. Il faut agir vite », selon le Dr Paul Garnier, médecin du centre.",
    "La directrice régionale, J.-M. Dupont, a déclaré devant les délégués : « Le centre est ouvert. Les premières "
    "familles arrivent déjà. »",
    "Elle a ajouté que le port, fondé vers 300 av. J.-C. par des marchands, n'avait jamais connu de telles crues.",
    "Une mère de famille résume : « Nous avons tout perdu… »",
    "Le conseil municipal (quelle surprise !) a voté l'aide à l'unanimité, et ce budget — faut-il le rappeler ? — "
    "reste modeste.",
    "Le plan prévoit trois mesures : 1. Renforcer les abris",
    "2. Améliorer l'accès à l'eau",
    "3. Former les équipes locales.",
    "Des familles attendent devant le centre d'accueil de Port-Bleu. Photo AFR/S. Lenoir",  # a caption and its credit
]


def _lossless_msgids(text: str, fmt: str = "text") -> list[str]:
    segmented = segment_document(parse_document(text, "r.txt" if fmt == "text" else "r.md", fmt), "fr")
    assert segmented.render() == text
    return [s.msgid for s in segmented.segments]


def test_one_paragraph_a_line_is_cut_as_documented() -> None:
    assert _lossless_msgids("\n\n".join(PARAGRAPHS) + "\n") == PARAGRAPH_MSGIDS


@pytest.mark.parametrize("width", range(45, 110, 3))
def test_a_release_wrapped_at_any_width_is_cut_as_on_one_line(width: int) -> None:
    text = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"
    assert text.count("\n") > 2 * len(PARAGRAPHS)
    assert _lossless_msgids(text) == PARAGRAPH_MSGIDS
    if not re.search(r"^1\. ", text, re.M):  # in Markdown (CommonMark) "1. " opening a line starts a list
        assert _lossless_msgids(text, "markdown") == PARAGRAPH_MSGIDS


@pytest.mark.parametrize(("first", "second"), [(66, 40), (72, 50), (80, 45)])
def test_a_release_wrapped_twice_is_cut_as_on_one_line(first: int, second: int) -> None:
    def twice(paragraph: str) -> str:
        once = textwrap.wrap(paragraph, first)
        return "\n".join(part for line in once for part in (textwrap.wrap(line, second) if len(line) > second else [line]))

    # (not the caption: wrapped twice, a credit opening a line may be the writer's, and a credit on
    # its own line is its own segment)
    assert _lossless_msgids("\n\n".join(twice(p) for p in PARAGRAPHS[:-1]) + "\n") == PARAGRAPH_MSGIDS[:-1]


def test_a_line_ending_with_a_period_that_ends_no_sentence_continues() -> None:
    # no wrap width here: the lowercase word after "suiv." goes on, a finished sentence does not
    assert _msgids("Le détail figure au rapport, p. 12 et suiv.\ndu rapport annuel de l'Agence.\n") == [
        "Le détail figure au rapport, p. 12 et suiv. du rapport annuel de l'Agence."
    ]
    assert _msgids("Le centre a ouvert lundi matin.\nil était attendu.\n") == ["Le centre a ouvert lundi matin.", "il était attendu."]
    # a line that was not joined itself, ending with an acronym, ends its paragraph (a scraped page)
    assert _msgids(
        "Le centre d'accueil ouvre ses portes à Port-Bleu pour les familles\ndéplacées par les crues de septembre.\n"
        "Le rapport a été remis au siège de l'A.F.R.\nGenève accueillera la conférence en mai.\n"
    )[1:] == ["Le rapport a été remis au siège de l'A.F.R.", "Genève accueillera la conférence en mai."]
    # a list of dashes after a line that is not wrapped stays a list
    assert _msgids("Le plan de l'Agence fictive fixe les priorités du port\n— la santé des familles du port\n"
                   "— l'éducation des enfants du port\n") == [
        "Le plan de l'Agence fictive fixe les priorités du port", "la santé des familles du port", "l'éducation des enfants du port"
    ]
    # a real list keeps its items: each opens its line, the first one too
    assert _msgids("Le plan prévoit trois mesures :\n1. Renforcer les abris\n2. Améliorer l'accès à l'eau\n") == [
        "Le plan prévoit trois mesures :", "Renforcer les abris", "Améliorer l'accès à l'eau"
    ]


def test_an_elided_article_at_a_line_end_continues_without_a_space() -> None:
    text = (
        "Les équipes de l'Agence fictive ont présenté mardi à Port-Bleu le bilan de l'\n"
        "« Opération Hiver » lancée en mars avec la ville. Elle a aidé dix mille personnes, jusqu'\n"
        "à la fin des crues.\n"
    )
    assert _lossless_msgids(text) == [
        "Les équipes de l'Agence fictive ont présenté mardi à Port-Bleu le bilan de l'« Opération Hiver » lancée en "
        "mars avec la ville.",
        "Elle a aidé dix mille personnes, jusqu'à la fin des crues.",
    ]


# ------------------------------------------------------------------ words broken by a hyphen, in Markdown
def test_markdown_words_broken_by_a_hyphen_are_joined_on_the_same_evidence(tmp_path: Path) -> None:
    text = (
        "# Un centre à Port-Bleu\n\n"
        "Le centre d'accueil de **Port-Bleu** a ouvert lundi, après une longue de-\n"
        "mande des autorités. Une nouvelle demande a été adressée [au\n"
        "comité](https://example.org/comite) par les *fa-\nmilles* et les familles dé-\nplacées.\n\n"
        "- Une liste avec une de-\n  mande répétée.\n"
    )
    document = parse_document(text, "r.md", "markdown")
    found = {(b.left, b.right): b for b in hyphen_breaks(document)}
    assert found[("de", "mande")].joined and found[("fa", "milles")].joined and found[("dé", "placées")].unsure
    assert _lossless_msgids(text, "markdown") == [
        "Un centre à Port-Bleu",
        "Le centre d'accueil de <1>Port-Bleu</1> a ouvert lundi, après une longue demande des autorités.",
        "Une nouvelle demande a été adressée <1>au comité</1> par les <2>familles</2> et les familles dé-placées.",
        "Une liste avec une demande répétée.",
    ]
    source = tmp_path / "r.fr.md"
    source.write_text(text, encoding="utf-8")
    assert any(w.startswith("W-HYPHEN 1 hyphen") and "dé- / placées" in w for w in load_document(source).warnings)


# ------------------------------------------------------------------ paragraphs not parted by blank lines, wrapped
# (a scraped page, one paragraph a line, then hard-wrapped at one width: titles, captions and
# bodies follow each other with no blank line between them)
def _fill_lines(lines: list[str], width: int) -> str:
    return "\n".join(textwrap.fill(line, width) for line in lines) + "\n"


def test_a_caption_ending_with_its_credit_ends_its_block() -> None:
    text = _fill_lines([
        "Un marin répare un filet sur le quai de Port-Bleu, le 9 septembre 2030. LÉA MARTIN / AFR",
        "Le port de Port-Bleu a rouvert lundi après trois semaines de fermeture. Les navires reviennent.",
    ], 62)
    assert _lossless_msgids(text) == [
        "Un marin répare un filet sur le quai de Port-Bleu, le 9 septembre 2030. LÉA MARTIN / AFR",
        "Le port de Port-Bleu a rouvert lundi après trois semaines de fermeture.",
        "Les navires reviennent.",
    ]


def test_a_credit_pushed_onto_the_next_line_by_the_width_stays_with_its_caption() -> None:
    caption = "Le directeur de l'Agence fictive pour les réfugiés, Jean Roux. Photo AFR/T. Marchand (archives)"
    text = _fill_lines([caption, caption, "Le centre a ouvert lundi. Il accueille deux cents personnes."], 62)
    assert text.splitlines()[1] == "Photo AFR/T. Marchand (archives)"
    assert _lossless_msgids(text) == [caption, caption, "Le centre a ouvert lundi.", "Il accueille deux cents personnes."]


def test_a_title_before_a_body_opening_with_a_preposition_or_a_place_and_a_dash_stays_apart() -> None:
    text = _fill_lines([
        "Le port de Port-Bleu rouvre après les crues de septembre dernier",
        "À travers la région, plus de dix mille familles attendent encore une aide pour reconstruire.",
        "Le bilan des crues dans la région côtière publié par l'Agence fictive",
        "Port-Bleu - D'après l'Agence fictive, dix mille familles attendent encore une aide alimentaire.",
    ], 66)
    assert _lossless_msgids(text) == [
        "Le port de Port-Bleu rouvre après les crues de septembre dernier",
        "À travers la région, plus de dix mille familles attendent encore une aide pour reconstruire.",
        "Le bilan des crues dans la région côtière publié par l'Agence fictive",
        "Port-Bleu - D'après l'Agence fictive, dix mille familles attendent encore une aide alimentaire.",
    ]


def test_a_wrapped_title_heading_in_capitals_and_a_colon_before_a_lowercase_word_are_joined() -> None:
    text = _fill_lines([
        "Déclaration liminaire de la directrice de l'Agence fictive pour les réfugiés, Léa Martin, à l'occasion de la "
        "réunion des donateurs",
        "LA DIRECTRICE ASSURE LES DONATEURS DE SA DÉTERMINATION À RECONSTRUIRE LE PORT AVANT L'HIVER",
        "Deux rendez-vous sont d'une importance essentielle : la conférence des donateurs en mars et la réunion "
        "des maires en mai.",
    ], 64)
    assert _lossless_msgids(text) == [
        "Déclaration liminaire de la directrice de l'Agence fictive pour les réfugiés, Léa Martin, à l'occasion de la "
        "réunion des donateurs",
        "LA DIRECTRICE ASSURE LES DONATEURS DE SA DÉTERMINATION À RECONSTRUIRE LE PORT AVANT L'HIVER",
        "Deux rendez-vous sont d'une importance essentielle : la conférence des donateurs en mars et la réunion des "
        "maires en mai.",
    ]


def test_a_credit_wrapped_after_an_initial_or_a_slash_goes_on() -> None:
    # the issue-15 kind: "Photo HCR/S." | "Hopper" must never be two segments
    assert _msgids("Des familles attendent devant le centre de Port-Bleu. Photo AFR/S.\nLenoir\n") == [
        "Des familles attendent devant le centre de Port-Bleu. Photo AFR/S. Lenoir"
    ]
    assert _msgids("Des familles attendent devant le centre de Port-Bleu. © AFR /\nS. Lenoir\n") == [
        "Des familles attendent devant le centre de Port-Bleu. © AFR / S. Lenoir"
    ]


# A second release, with a contact line, a URL, a telephone number and a credit label before a
# line break; its paragraphs parted by blank lines or not.
SECOND_RELEASE = [
 "Le Programme fictif pour l'alimentation (PFA) a distribué en mai plus de 12 000 tonnes de vivres dans la province du Nord, selon un communiqué publié jeudi à Port-Bleu.",
 "« La situation reste très préoccupante. Des milliers de familles n'ont plus rien », a déclaré Mme Claire Fontaine, directrice du PFA pour la région, lors d'une conférence de presse.",
 "Selon le dernier rapport (p. 14), près de 40 % des enfants de moins de 5 ans souffrent de malnutrition aiguë, soit env. 250 000 enfants, dont 60 000 dans un état critique.",
 "Le PFA appelle les donateurs à verser d'urgence 45 millions de dollars. « Sans ces fonds, nous devrons réduire les rations dès juillet… », a averti M. Paul Garnier, chef des opérations.",
 "Les équipes de l'Agence fictive, dirigées par le Dr J.-P. Morel, ont vacciné 80 000 enfants contre la rougeole (quel succès !) en trois semaines.",
 "Le plan d'urgence comporte quatre volets : 1. Distribuer des vivres 2. Soigner les enfants malnutris 3. Réparer les puits 4. Former les agents de santé.",
 "Le Conseil de sécurité a adopté la résolution 2790 (2031) par 13 voix pour, zéro contre et deux abstentions (Chine, Fédération de Russie). Le texte prévoit notamment l'ouverture de couloirs humanitaires.",
 "Une femme porte son enfant au centre de nutrition de Port-Bleu, le 3 mai 2031. Photo PFA/A. Diallo",
 "Pour plus d'informations, veuillez contacter Mme Anne Petit, porte-parole du PFA à Port-Bleu, tél. +33 6 12 34 56 78, courriel : anne.petit@example.org.",
 "Le rapport, publié en anglais et en français, est disponible à l'adresse www.example.org/rapport. Il couvre la période allant de janv. 2030 à mars 2031.",
 "La directrice a rappelé que le pays, indépendant depuis 1960, accueillait aussi 300 000 réfugiés venus des É.-U. et d'ailleurs, etc. et que « chaque dollar compte ».",
 "GENÈVE, 4 juin 2031 – Le Haut-Commissaire a salué mercredi l'accord conclu entre les deux pays. Il a estimé que ce texte « ouvre la voie à des retours volontaires, dans la sécurité et la dignité ».",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize("width", range(55, 100, 4))
def test_a_second_release_wrapped_at_any_width_is_cut_as_on_one_line(separator: str, width: int) -> None:
    expected = _lossless_msgids(separator.join(SECOND_RELEASE) + "\n")
    assert len(expected) == 19  # one line a paragraph: the same cuts, blank lines between them or not
    assert _lossless_msgids(separator.join(textwrap.fill(p, width) for p in SECOND_RELEASE) + "\n") == expected


SPEECH = """Allocution devant le Conseil fictif de Port-Bleu, réuni en session d'hiver
de Mme Léa Martin, directrice de l'Agence fictive
04/05/2031
Monsieur le Président,
Mesdames et Messieurs les Délégués,
Chers amis et collègues,
Je vous remercie de m'accueillir aujourd'hui à Port-Bleu, au nom de toute
l'équipe de l'Agence fictive et de ses partenaires venus des quatre régions.
"""


def test_a_speechs_salutation_lines_are_each_a_segment() -> None:
    # a salutation on its own line, closed by a comma, is its own line in the speech: never
    # joined to the heading and date above (a paragraph already joined, with no common width),
    # to the next salutation, nor to the speech's first sentence
    assert _msgids(SPEECH)[-4:] == [
        "Monsieur le Président,",
        "Mesdames et Messieurs les Délégués,",
        "Chers amis et collègues,",
        "Je vous remercie de m'accueillir aujourd'hui à Port-Bleu, au nom de toute l'équipe de l'Agence fictive"
        " et de ses partenaires venus des quatre régions.",
    ]


def test_a_salutation_that_a_wrap_cut_goes_on() -> None:
    # ragged hard-wrapped text: the line before ends with a word that cannot end a sentence, or
    # the next line goes on in lowercase, so the form of address sits inside a sentence
    ragged = (
        "Le 3 mai, les délégués venus de Port-Bleu. Ils ont été reçus par\n"
        "Monsieur le Président,\n"
        "qui les a remerciés de leur venue au nom du Conseil fictif.\n"
    )
    assert _msgids(ragged) == [
        "Le 3 mai, les délégués venus de Port-Bleu.",
        "Ils ont été reçus par Monsieur le Président, qui les a remerciés de leur venue au nom du Conseil fictif.",
    ]
    # a line ending with a comma inside a wrapped paragraph still goes on
    assert _msgids(WRAPPED)[1].endswith("qui accueillera 200 personnes.")


def test_a_table_cells_closing_pipe_is_skeleton() -> None:
    text = "Des familles devant le centre de Port-Bleu. |\nPhoto : AFR/Léa Martin |\nLe centre a ouvert lundi.\n"
    segmented = segment_document(parse_document(text, "r.txt", "text"), "fr")
    assert [s.msgid for s in segmented.segments] == [
        "Des familles devant le centre de Port-Bleu.", "Photo : AFR/Léa Martin", "Le centre a ouvert lundi.",
    ]
    assert segmented.render() == text
    # a pipe inside the line, or a line of a pipe only, is no cell end
    assert _msgids("Accueil | Actualités | Le centre a ouvert lundi matin à Port-Bleu.\n|\n")[0].startswith("Accueil |")


def test_an_enumeration_left_open_by_its_comma_goes_on() -> None:
    text = (
        "La tempête a frappé la côte fictive de Port-Bleu dans la nuit de lundi.\n"
        "Ponts coupés, champs noyés, villages vides,\n"
        "Familles sans toit, écoles fermées.\n"
        "Les secours arrivent mardi.\n"
    )
    assert _msgids(text) == [
        "La tempête a frappé la côte fictive de Port-Bleu dans la nuit de lundi.",
        "Ponts coupés, champs noyés, villages vides, Familles sans toit, écoles fermées.",
        "Les secours arrivent mardi.",
    ]
    # two items are no enumeration (a speaker's line), a next line opening like a paragraph or
    # holding more than one sentence is no end of it
    assert _msgids("M. Paul Durand, directeur de l'Agence fictive,\nJe vous remercie de votre accueil.\n") == [
        "M. Paul Durand, directeur de l'Agence fictive,", "Je vous remercie de votre accueil.",
    ]
    assert _msgids("Abris, soins, repas, écoles,\nLe centre ouvre lundi.\n") == ["Abris, soins, repas, écoles,", "Le centre ouvre lundi."]
    assert _msgids("Abris, soins, repas, écoles,\nTout manque. Les secours arrivent.\n")[0] == "Abris, soins, repas, écoles,"


def test_a_date_line_under_a_heading_stands_alone() -> None:
    # a date alone on its line ends the heading's block, even in a paragraph already joined
    assert _msgids(SPEECH)[0] == (
        "Allocution devant le Conseil fictif de Port-Bleu, réuni en session d'hiver de Mme Léa Martin, directrice de l'Agence fictive"
    )
    # after a word that cannot end a sentence, the date goes on the sentence
    ragged = "Le rapport fictif sur les digues de Port-Bleu a été publié le\n04/05/2031 par l'Agence fictive.\n"
    assert _msgids(ragged) == ["Le rapport fictif sur les digues de Port-Bleu a été publié le 04/05/2031 par l'Agence fictive."]


@pytest.mark.parametrize(
    "credit", ["AFR/Léa Martin", "PFA/Jean-Marc Roux", "Photo : Agence fictive"],
)
def test_a_line_doubled_by_the_scraper_is_no_wrap_width(credit: str) -> None:
    # segmenter 2.5: a caption written twice around its credit reaches the same length twice,
    # which shows no common width: the credit is not pushed onto its line by a wrap
    caption = "Une cantine scolaire dans la région de Port-Bleu au Sahel."
    assert _msgids(f"{caption}\n{credit}\n{caption}\n") == [caption, credit, caption]


def test_two_different_lines_at_one_width_still_show_a_wrap() -> None:
    # counter-example: two different lines reaching the width; the capitalised word was pushed
    # down by the wrap, so the lines are joined
    text = (
        "Les équipes de l'agence ont livré des vivres au Burkina\n"
        "Faso et au Niger, où les familles attendent depuis mars.\n"
        "Le convoi repart lundi.\n"
    )
    assert _msgids(text) == [
        "Les équipes de l'agence ont livré des vivres au Burkina Faso et au Niger, où les familles attendent depuis mars.",
        "Le convoi repart lundi.",
    ]


# Segmenter 2.7: a numbered heading ending with a date in brackets, then a paragraph opening with
# a title and a name, in a hard-wrapped briefing (written for this test).
BRIEFING = """La mairie publie les annonces de la semaine :
1 - Santé - Ouverture d'un dispensaire dans la vallée du fleuve (12 mars 2030)
M. Paul Roux, maire de Port-Bleu, ouvrira lundi le nouveau dispensaire du
quartier des pêcheurs, avec l'aide de Mme Léa Martin, infirmière en chef.
Le dispensaire accueillera les familles des villages voisins dès lundi.
"""


def test_a_heading_ending_with_a_date_before_a_paragraph_opening_with_a_title_is_its_own_segment() -> None:
    assert _msgids(BRIEFING) == [
        "La mairie publie les annonces de la semaine :",
        "1 - Santé - Ouverture d'un dispensaire dans la vallée du fleuve (12 mars 2030)",
        "M. Paul Roux, maire de Port-Bleu, ouvrira lundi le nouveau dispensaire du quartier des pêcheurs, "
        "avec l'aide de Mme Léa Martin, infirmière en chef.",
        "Le dispensaire accueillera les familles des villages voisins dès lundi.",
    ]


def test_a_wrapped_sentence_before_a_title_and_a_name_goes_on() -> None:
    # the line ends with a word or a date, not a bracket: the sentence goes on over the wrap
    for end in ("pour une visite de deux heures,", "pour une visite, le 12 mars 2030"):
        text = (
            f"Le comité de la vallée a reçu ce matin au port, {end}\n"
            "M. Paul Roux des services de santé, qui a visité les salles du dispensaire neuf.\n"
            "La visite a duré deux heures.\n"
        )
        assert len(_msgids(text)) == 2, end
