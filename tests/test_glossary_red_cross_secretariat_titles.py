"""Glossary families of names, titles and symbols (issue 14, round 27): the Red Cross and Red
Crescent Movement, the UN Secretariat's departments before and after the 2019 reform, ended
peace operations, presiding officers (a President of a body, the Chair of a UN committee), envoys
and observers, and the series prefixes of UN document symbols.

Every sentence is written for this test (none comes from a release or a trap set); each is
matched as its own document unless a document is given. For each family the other side is
checked too: another federation, movement, committee or force, a ministry's information
department, a grade or a class written like a symbol are left alone."""
from __future__ import annotations

import pytest

from glossary_senses import forced_over, matched_over
from reltrans.glossary import build_matcher


FOUND = [
    # the Movement: short forms inside a Red Cross or Red Crescent document
    ("La Croix-Rouge locale et la Fédération internationale ont ouvert trois abris.", "Fédération internationale", "ifrc-short"),
    ("Le Croissant-Rouge a reçu des kits, a précisé la Fédération internationale.", "Fédération internationale", "ifrc-short"),
    ("Pour la Croix-Rouge, notre Mouvement doit rester neutre.", "Mouvement", "red-cross-movement-short"),
    ("Avec la Croix-Rouge, le Mouvement a mobilisé ses volontaires.", "Mouvement", "red-cross-movement-short"),
    ("Dans ce pays, la Croix-Rouge compte sur 40 Sociétés nationales voisines.", "Sociétés nationales", "national-societies-short"),
    ("La Commission permanente de la Croix-Rouge et du Croissant-Rouge s'est réunie hier.", "Commission permanente", "standing-commission-rcrc"),
    ("Le Conseil des Délégués de la Croix-Rouge a adopté deux résolutions.", "Conseil des Délégués", "council-of-delegates-rcrc"),
    ("La Conférence internationale de la Croix-Rouge et du Croissant-Rouge se tient tous les quatre ans.", "Conférence internationale", "international-conference-rcrc"),
    ("Les volontaires de la Croix-Rouge respectent les Principes fondamentaux.", "Principes fondamentaux", "fundamental-principles-rcrc"),
    ("Le principe de neutralité interdit de prendre parti.", "principe de neutralité", "principle-of-neutrality"),
    ("Le principe d'impartialité guide l'aide aux blessés.", "principe d'impartialité", "principle-of-impartiality"),
    ("Le 8 mai, Journée mondiale de la Croix-Rouge et du Croissant-Rouge, les volontaires défilent.", "Journée mondiale", "world-red-cross-day"),
    ("La Croix-Rouge française a envoyé une équipe.", "Croix-Rouge française", "french-red-cross"),
    ("Le Croissant-Rouge du Bangladesh distribue de l'eau.", "Croissant-Rouge du Bangladesh", "bangladesh-red-crescent"),
    ("La Croix-Rouge ukrainienne évacue des blessés.", "Croix-Rouge ukrainienne", "ukrainian-red-cross"),
    # the heads of the Movement's components
    ("La présidente du CICR s'est rendue à Goma.", "présidente", "president-rcrc"),
    ("Il a été élu président de la Fédération internationale en novembre.", "président", "president-rcrc"),
    ("Le président de la Croix-Rouge libanaise a salué les secouristes.", "président", "president-rcrc"),
    # the Secretariat and its services
    ("Le Service des informations et des accréditations diffuse le message du Secrétaire général.", "Service des informations", "news-and-media-division"),
    ("Le Bureau d'appui à la consolidation de la paix gère le Fonds.", "Bureau d'appui", "pbso"),
    ("Le Centre d'information des Nations Unies à Dakar organise une exposition.", "Centre d'information", "unic-name"),
    ("Le directeur du CINU a présenté le rapport.", "CINU", "unic"),
    ("Le Bureau du Porte-parole du Secrétaire général a publié une note.", "Bureau du Porte-parole", "office-of-the-spokesperson-sg"),
    ("Une réunion s'est tenue au Cabinet du Secrétaire général.", "Cabinet du Secrétaire général", "eosg"),
    # peace operations that have ended
    ("Les Casques bleus de l'ONUCI ont quitté Abidjan.", "ONUCI", "unoci"),
    ("La MINUL a transféré la sécurité aux autorités.", "MINUL", "unmil"),
    ("La Mission des Nations Unies au Soudan a précédé deux missions.", "Mission des Nations Unies au Soudan", "unmis-name"),
    # presiding officers, envoys, observers
    ("La présidente de la Cour internationale de Justice a lu l'ordonnance.", "présidente", "president-of-a-body"),
    ("Le président du Groupe de la Banque mondiale a annoncé un prêt.", "président", "president-of-a-body"),
    ("Le président du Comité contre la torture a présenté le rapport à l'ONU.", "président", "chair-of-a-un-body"),
    ("La présidente de la Commission de la condition de la femme a ouvert la session de l'ONU.", "présidente", "chair-of-a-un-body"),
    ("La présidente du Groupe de travail sur la détention arbitraire s'est adressée au Conseil des droits de l'homme.", "présidente", "chair-of-a-un-body"),
    ("Le RSSG a condamné l'attaque.", "RSSG", "srsg-fr-acronym"),
    ("L'Envoyé personnel du Secrétaire général s'est rendu dans la région.", "Envoyé personnel", "personal-envoy-sg"),
    ("La Représentante permanente adjointe a pris la parole.", "Représentante permanente adjointe", "deputy-permanent-representative"),
    ("L'Observateur permanent du Saint-Siège a pris la parole.", "Observateur permanent", "permanent-observer"),
    ("Le chanteur, Messager de la paix des Nations Unies, a visité l'école.", "Messager de la paix", "messenger-of-peace"),
    ("Le commandant de la Force de la mission de maintien de la paix a visité Gao.", "commandant de la Force", "force-commander"),
    ("Le Secrétaire général de la FICR a lancé un appel aux Nations Unies.", "Secrétaire général", "ifrc-secretary-general"),
    ("La Directrice générale du CICR a rencontré les parties.", "Directrice générale", "icrc-director-general"),
    # the General Assembly's Main Committees and the UN's administrative bodies
    ("La Troisième Commission de l'Assemblée générale a adopté le projet.", "Troisième Commission", "ga-third-committee"),
    ("La Cinquième Commission examine le budget de l'ONU.", "Cinquième Commission", "ga-fifth-committee"),
    ("Le Comité consultatif pour les questions administratives et budgétaires a recommandé une baisse.", "Comité consultatif", "acabq"),
    ("Le Corps commun d'inspection a publié une étude.", "Corps commun", "jiu"),
    ("La CNUDCI a adopté une loi type.", "CNUDCI", "uncitral"),
    ("L'Instance permanente sur les questions autochtones se réunit à New York.", "Instance permanente", "unpfii"),
    ("Le Mécanisme résiduel international des tribunaux pénaux a rendu son arrêt.", "Mécanisme résiduel", "irmct"),
    ("Le Coordonnateur spécial des Nations Unies pour le processus de paix au Moyen-Orient a informé le Conseil.", "Coordonnateur spécial", "special-coordinator-mepp"),
    # humanitarian NGOs
    ("Action contre la Faim a ouvert un centre de nutrition.", "Action contre la Faim", "action-against-hunger"),
    ("Les équipes de Médecins du Monde soignent les blessés.", "Médecins du Monde", "medecins-du-monde"),
    ("Plan International soutient les écoles du district.", "Plan International", "plan-international"),
    # the Secretaries-General by name; the surname alone is kept alone
    ("Kofi Annan a reçu le prix Nobel de la paix en 2001.", "Kofi Annan", "sg-name-kofi-annan"),
    ("M. Guterres a appelé au cessez-le-feu.", "Guterres", "sg-surname-guterres"),
    ("L'avion de Dag Hammarskjöld s'est écrasé en 1961.", "Dag Hammarskjöld", "sg-name-hammarskjold"),
    # China's provinces and large cities in Pinyin; « province du X » is 'X province'
    ("Les cas se concentrent dans la province du Henan.", "province du Henan", "chn-henan"),
    ("Une équipe a été envoyée dans la province de l'Anhui.", "province de l'Anhui", "chn-anhui"),
    ("Le virus circule aussi au Zhejiang.", "Zhejiang", "chn-zhejiang-bare"),
    ("Des vols ont relié Chengdu à Wuhan.", "Chengdu", "chn-chengdu"),
    # document symbols: the series prefix, kept as written
    ("Le texte porte la cote SG/SM/12345.", "SG/SM", "symbol-sg-statements-messages"),
    ("Le Conseil a adopté la résolution S/RES/2417 (2018).", "S/RES", "symbol-security-council-resolutions"),
    ("Voir le rapport S/2024/321 du Secrétaire général.", "S", "symbol-security-council-documents"),
    ("Le projet A/79/L.12 a été adopté.", "A", "symbol-general-assembly-documents"),
    ("Le communiqué CS/16001 résume la séance.", "CS", "press-release-series-sc"),
]


@pytest.mark.parametrize("sentence, word, concept_id", FOUND)
def test_the_family_member_is_found(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert concept_id in forced_over(bundled, sentence, word)


NOT_FORCED = [
    # another federation, another movement, no Red Cross document
    ("La Croix-Rouge a salué la Fédération internationale des journalistes.", "Fédération internationale"),
    ("La Fédération internationale a publié le calendrier des matchs.", "Fédération internationale"),
    ("Selon la Croix-Rouge, le Mouvement national de libération bloque la route.", "Mouvement"),
    ("Près du camp de la Croix-Rouge, le Mouvement du 23 mars a reculé.", "Mouvement"),
    ("Le Mouvement a rassemblé des milliers de manifestants.", "Mouvement"),
    ("Les Sociétés nationales d'autoroutes ont relevé leurs tarifs.", "Sociétés nationales"),
    ("Ils défendent les principes fondamentaux de la République.", "principes fondamentaux"),
    # the bare nouns of the principles keep their everyday senses
    ("La Croix-Rouge a ouvert une unité mobile de dépistage.", "unité"),
    # a firm's, a ministry's, a club's
    ("Le président du Comité international olympique a visité les Nations Unies.", "président"),
    ("Le président du comité d'entreprise de l'usine a démissionné.", "président"),
    ("Le Département de l'information du ministère a démenti la rumeur.", "Département de l'information"),
    ("Le commandant de la force aérienne a parlé des opérations de maintien de la paix.", "commandant de la force"),
    ("Cette colombe est un Messager de la paix.", "Messager"),
    # a grade, a class or a model written with a slash
    ("La classe S/4 du navire a été révisée.", "S"),
    ("L'indice A/1 reste stable et le modèle A/B aussi.", "A"),
    ("Le code SG/SMS du fichier est faux.", "SG/SM"),
]


@pytest.mark.parametrize("sentence, word", NOT_FORCED)
def test_a_look_alike_is_not_forced(bundled, sentence: str, word: str) -> None:
    assert forced_over(bundled, sentence, word) == []


NOT_THE_NAME = [
    # the words keep their own concepts (« faim » is hunger, « médecins » doctors), not the name
    ("La Première Commission d'enquête du parlement a rendu son avis.", "Première Commission", "ga-first-committee"),
    ("Notre action contre la faim mobilise toute la commune.", "action contre la faim", "action-against-hunger"),
    ("Il mène une Action contre la faim dans son quartier.", "Action contre la faim", "action-against-hunger"),
    ("Les Médecins du monde entier se retrouvent à Lyon.", "Médecins du monde", "medecins-du-monde"),
    ("La Croix-Rouge a salué la Fédération internationale de football.", "Fédération internationale", "ifrc-short"),
]


@pytest.mark.parametrize("sentence, word, concept_id", NOT_THE_NAME)
def test_a_generic_phrase_is_not_the_name(bundled, sentence: str, word: str, concept_id: str) -> None:
    assert concept_id not in [cid for cid, _ in matched_over(bundled, sentence, word)]


def test_a_province_of_china_is_written_as_the_un_writes_it(bundled) -> None:
    """« province du Hubei » forces 'Hubei province'; the bare name stays bare."""
    assert bundled.get("chn-hubei").preferred("en").text == "Hubei province"
    assert bundled.get("chn-hubei-bare").preferred("en").text == "Hubei"
    assert forced_over(bundled, "Le Hubei a fermé ses écoles.", "Hubei") == ["chn-hubei-bare"]


def test_a_surname_alone_forces_no_first_name(bundled) -> None:
    """« M. Guterres » keeps the surname alone: its concept's preferred English is the surname,
    the full name's concept is not matched."""
    sentence = "M. Guterres a remercié les Casques bleus."
    assert forced_over(bundled, sentence, "Guterres") == ["sg-surname-guterres"]
    assert bundled.get("sg-surname-guterres").preferred("en").text == "Guterres"


def test_a_pre_2019_department_is_named_only_in_its_time(bundled) -> None:
    """The Department of Public Information became the Department of Global Communications on
    1 January 2019: a 2013 message names DPI, a 2021 one is left alone."""
    sentence = "Le Département de l'information de l'ONU publie le message du Secrétaire général."

    def found(date: str) -> list[str]:
        matcher = build_matcher(bundled, "fr", document_text=sentence, document_date=date)
        return [m.concept_id for m in matcher.find(sentence)]

    assert "dpi-name" in found("2013-08-19")
    assert "dpi-name" not in found("2021-08-19")
    assert "dgc" in [m.concept_id for m in build_matcher(bundled, "fr").find("Le Département de la communication globale a publié un guide.")]


def test_a_title_inside_a_longer_name_is_left_to_the_longer_concept(bundled) -> None:
    """« chef de Cabinet du Secrétaire général » is the Chef de Cabinet, not the Executive Office;
    the Department of Political and Peacebuilding Affairs wins over the old DPA by length."""
    document = "Le chef de Cabinet du Secrétaire général de l'ONU a reçu la délégation."
    assert [cid for cid, _ in matched_over(bundled, document, "Cabinet")] == ["chief-of-staff"]
    sentence = "Le Département des affaires politiques et de la consolidation de la paix a publié une note."
    assert forced_over(bundled, sentence, "affaires politiques") == ["dppa-name"]


def test_the_agencies_short_renderings_are_admitted(bundled) -> None:
    """The acronym after a full name, the bare title before a name; a French press release
    symbol is kept as written (its English counterpart has another number)."""
    en = build_matcher(bundled, "en")
    assert [m.status for m in en.find_concept("She met the President of the ICRC.", "icrc-name")] == ["admitted"]
    assert [m.status for m in en.find_concept("The IFRC launched an appeal.", "ifrc-name")] == ["admitted"]
    assert [m.status for m in en.find_concept("Special Representative Ana Lopez spoke.", "special-representative-sg")] == ["admitted"]
    assert [m.status for m in en.find_concept("See press release CS/16001.", "press-release-series-sc")] == ["preferred"]
    assert bundled.get("press-release-series-sc").preferred("en").text == "CS"
    assert bundled.get("press-release-series-ga").preferred("en").text == "AG"


def test_an_english_release_with_its_own_series_number_is_no_error(bundled) -> None:
    # the official English release of a French CS/ release has its own SC/ number: the kept
    # French symbol is recommended (a warning when missing), never an error
    from reltrans.checks import check_catalog
    from reltrans.model import Catalog, CatalogEntry, Severity

    header = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "X-Source-Language": "fr"}
    entry = CatalogEntry(msgid="Le communiqué CS/16001 résume la séance.", msgstr="Press release SC/17002 sums up the meeting.", line=1)
    report = check_catalog(Catalog(header=header, entries=(entry,), path="r.po"), glossary=bundled)
    assert [f.code for f in report.findings if f.severity is Severity.ERROR and f.code.startswith("RT1")] == []
    assert [f.code for f in report.findings if f.code.startswith("RT1")]  # still said, as a warning
