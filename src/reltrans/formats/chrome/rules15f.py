"""Site chrome 15f: news, government, NGO, press-agency and listing pages (:func:`chrome15f_evidence`
and its page-level passes). Kept as one rule set: its passes share its tables and run in their own order.
"""
from __future__ import annotations

from collections import Counter

import regex

from reltrans.formats.chrome.evidence import METADATA, _block_evidence, kept_line
from reltrans.formats.chrome.lexicon import (
    RELATED_HEADINGS, _ACRONYM, _ARTICLE_LIST_TITLES, _DATE, _HAS_SENTENCE_END, _LIST_LINE, _MONTH, _SENTENCE_END,
    _TEASER_WORDS, _TICKER_HEADINGS, _TRUNCATED, _WEEKDAY, _WORD, normalize_label,
)
from reltrans.formats.chrome.line_rules import LineRule, first_reason
from reltrans.formats.chrome.lines import (
    _Line, _caps_label_words, _chrome_beside, _first_body, _headline, _is_body, _last_body,
)


# News, government, NGO, press-agency and listing pages (issue 15): the labels, widgets and
# signatures such sites print around a release or a list of releases. Every rule below judges a
# short line that is no sentence (a form's notices aside, which need two of them), so that a
# release's own sentence is never taken; when unsure a line is kept.

CHROME_15F = "chrome 15f"
"""The prefix of the reasons given by :func:`_mark_chrome15f`."""

# Whole-line labels of such sites, anywhere on the page (normalize_label forms).
_LABELS_15F = frozenset(
    "banniere|flash info|flash infos|info news|infos news|breaking news|derniere minute|short url|lien court|overblog|"
    "l'actualite|toute l'actualite|audio de l'info|le sommaire de l'emission|sommaire de l'emission|discours|"
    "restons en contact|restez en contact|impliquez-vous|engagez-vous|rejoignez-nous|devenez membre|"
    "creer mon blog|suivre ce blog|debut de la page|navigation principale|devenir membre|adherer|pour aller plus loin|"
    "ajouter a mes favoris|ajouter aux favoris|taille du texte|ecouter cet article|ecouter l'article|lire plus tard|suivez-nous sur|"
    "telecharger l'application|le fil info|photo droits tiers|a lire|partager sur|partagez cet article|partagez l'article|"
    "retrouvez-nous sur|commenter|reagir|signaler une erreur|retour a la liste|retour aux actualites|toutes les actualites|"
    "voir toutes les actualites|recherche avancee".split("|")
)
# Labels that are chrome only before the first sentence paragraph and beside a chrome line: a
# blog's sidebar ("Sommaire", "Liens", "Contact"); elsewhere they may head the release's own parts.
_HEAD_LABELS_15F = frozenset("sommaire|liens|liens utiles|contact|contacts".split("|"))
# The end of a call to action cut onto its own line ("Impliquez-vous" / "dès maintenant!").
_CALL_ENDS_15F = frozenset("des maintenant|maintenant|des aujourd'hui|aujourd'hui".split("|"))
# A field name alone on its line, closed by its colon ("Speaker:", "Lieu :"): the value follows.
_FIELD_NAMES_15F = frozenset(
    "speaker|speakers|event|location|venue|lieu|orateur|oratrice|orateurs|intervenant|intervenante|intervenants|evenement|heure|"
    "editeur|editrice|editeurs".split("|")
)
_APP_PROMO = regex.compile(r"^(?:nouvelle|notre|telechargez(?: notre| l')?|decouvrez(?: notre| la nouvelle)?) (?:application|appli)\b")
_BLOG_HEADER = regex.compile(r"^suivre ce blog\b|^administration \+ creer mon blog$")
_BLOG_FIELD = regex.compile(r"^:\s+\S")  # "• : centrafrique-presse": a blog sidebar's field without its name
_FONT_SIZE = regex.compile(r"^A[+-]?(?:\s*A[+-]?){1,3}$")  # "A+ A A-": the text size buttons
_EMAIL_CLOAK = regex.compile(r"cette adresse (?:e-?mail|email|electronique|de courriel) est protegee contre les robots")
_FORM_NOTICE = regex.compile(
    r"^le formulaire a detecte\b|^nous avons bien recu (?:vos informations|votre (?:message|demande|inscription))"
    r"|^merci de votre (?:interet|inscription|message|soutien) pour\b|^(?:veuillez )?(?:remplir|completer) (?:tous )?les champs (?:obligatoires|requis)\b"
    r"|^ce champ est (?:obligatoire|requis)$"
)
_FORM_NOTICE_WORDS = 15
_FORM_NOTICES = 2  # notices of a form that make it one (a release may thank its readers once)
_PLAYER = regex.compile(r"\badd this\s*:|\bplaylist\s*:")
_RELATIVE_TIME = regex.compile(
    r"^(?:(?:mis a jour|publie)\s*:?\s*)?il y a\s+\d+\s+(?:sec|secondes?|min|minutes?|h|heures?|jours?|semaines?|mois|ans?)"
    r"(?:\s+\d+\s+(?:sec|secondes?|min|minutes?|heures?|jours?))*$"
)
# "3 février 2020 1 03 /02 /février /2020 00:53": a blog's date widget, the date and its parts.
_DATE_WIDGET = regex.compile(rf"^{_DATE}(?:\s+\d{{1,2}})?\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*{_MONTH}\s*/\s*\d{{4}}\s+\d{{1,2}}:\d{{2}}$")
_SOURCE_DATE = regex.compile(rf"^\[[^\]]{{2,40}}\]\s*[-–]?\s*{_DATE}$")  # "[Radio Okapi] - 17/02/2026"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}"
# "25 juin 2018 à 10h59 par AFP", "RFI 31/01/2020 - 07:22Modifié le : …": a source, a date and time, then who or when.
_TIMED_BYLINE = regex.compile(
    rf"^(?:[\p{{L}}\p{{N}}'.-]+\s+){{0,3}}{_DATE}\s*(?:a|-|,)?\s*{_TIME}\s*(?:par|by|modifie|mis a jour|mise a jour)\b"
)
# "Par Anne DUPRÉ – Jeune Revue 19 Septembre 2016 modifié le …": a byline, its paper and its dates.
_PAPER_BYLINE = regex.compile(rf"^par\s+.{{1,60}}?\s{_DATE}.*\b(?:modifie|mis a jour|mise a jour|publie)\b")
# "Par Jeanne Dupuis Observatrice avertie": a name and what the author is (no figure, no sentence).
_DESCRIBED_BYLINE = regex.compile(r"^(?:Par|PAR)[ \u00a0]+\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+){1,3}(?:[ \u00a0]+\p{L}[\p{L}'’-]*){0,3}$")
_BYLINE_15F_WORDS = 25
_DESCRIBED_BYLINE_WORDS = 7
# "Année : 2024", "Auteur/autrice : X", "Catégorie : Dépêches": the heading of an archive page.
_LISTING_FIELD = regex.compile(
    r"^(?:annee|mois|archive mensuelle|categorie|auteur/autrice|auteur|autrice|author|tag|etiquette)\s*:\s*\S"
)
# "Accueil Blog Page 471", "Page 3 sur 12": a listing's page number.
_PAGE_NUMBER = regex.compile(
    r"^(?:accueil\s+)?(?:(?:blog|actualites?|news|archives?|articles?|categorie|rubrique|communiques)\s+)?page\s+\d{1,5}(?:\s+(?:de|sur|of|/)\s+\d{1,5})?$"
)
# "Contenu - LA REVUE DU PORT": a page type and the site's name in capitals, the page's first line.
_SITE_TITLE = regex.compile(r"^(?i:contenu|accueil|actualit[ée]s?|articles?|blog|news|infos?)\s*[-–|:]\s*(.+)$")
_SITE_TITLE_WORDS = 8
# "NB : Photo d'archive et d'illustration": a note on the picture.
_PHOTO_NOTE = regex.compile(r"^(?:nb|n\.b\.?)\s*:?\s*(?:photos?|images?)\b|^(?:photos?|images?) d'(?:archives?|illustration)\b")
# "Agence d'information du Burkina", "Agence de presse africaine": a news agency's signature.
_AGENCY_NAME = regex.compile(r"^(?:l')?agence\s+(?:(?:nationale|ivoirienne|senegalaise|congolaise|centrafricaine|africaine)\s+)?(?:d'informations?|de presse)\b")
_AGENCY_NAME_WORDS = 8
# "Liste des derniers douze communiqués de presse …": a listing page's description of its list.
_LIST_DESCRIPTION = regex.compile(r"^liste des (?:derniers?|dernieres)\b.{0,80}\b(?:communiques|articles|actualites|publications|nouvelles|discours)\b")
_LIST_DESCRIPTION_WORDS = 40
_FEED_SUBSCRIBE = regex.compile(r"^s'abonner (?:a|au) (?:flux|ce flux|fil)\b")
_FEED_DESCRIPTION_WORDS = 50
_MENU_PARTS = regex.compile(r"[ \t\u00a0]{3,}")  # labels of a menu flattened on one line, three spaces or more apart
_MENU_LINE_PARTS = 5
_MENU_PART_WORDS = 6
# A month alone, without its year ("04" / "January"): the parts of a date widget.
_MONTH_ALONE = regex.compile(rf"^{_MONTH}$")
_CAPS_LABEL_WORDS = 3
# Section names of news programmes and of the UN news site: a card's topic above its credit.
_END_RUBRICS = frozenset(
    "journal|flash|editorial|chronique|reportage|interview|entretien|dossier|tribune|analyse|decryptage|portrait".split("|")
)
_UN_TOPICS = frozenset(
    "paix et securite|droits de l'homme|aide humanitaire|climat et environnement|sante|developpement economique|"
    "culture et education|femmes|migrants et refugies|objectifs de developpement durable|droit et prevention du crime|"
    "affaires de l'onu".split("|")
)
# "16 - Octobre - 2023": a date spelled with dashes (an aggregator's list of other articles).
_SPACED_DATE = regex.compile(rf"^\d{{1,2}}\s*-\s*{_MONTH}\s*-\s*\d{{4}}$")
_ACRONYM_REPEATS = 2


# "Proverbe du Jour : « … »", "Météo : …", "Horoscope du jour": a site's daily widget.
_DAILY_WIDGET = regex.compile(r"^(?:proverbe|citation|pensee|verset|quote|mot|chiffre|photo) du jour\s*:")
_WEATHER_LABEL = regex.compile(r"^(?:meteo|horoscope)(?: du jour)?\s*(?::|$)")  # without a sentence end only: "Météo : des pluies …." is news
# "Tue10162018": a weekday glued to the date's digits (a CMS's date widget).
_GLUED_DAY_DATE = regex.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?\d{6,8}$")
# "Last updateWed, 10 Oct 2018 10pm": a site's update time in English.
_LAST_UPDATE = regex.compile(r"^last update.*\d")
# "LeSite.net, l'actualité du pays sur le net": the site's address and its tagline.
_DOMAIN_TAGLINE = regex.compile(r"^[\p{L}\p{N}-]+\.(?:net|com|org|info|ci|sn|bf|cd|cg|cm|dz|ma|tn|ml|ne|tg|bj|ga|td|cf|ch|fr|be|ca|africa)\s*[,:|–-]\s*\S")
_TAGLINE_WORDS_15F = 12
# "Ouest-Info", "SudActu": a site's name alone, a brand glued to a news word.
_BRAND = regex.compile(r"^\p{Lu}[\p{L}]{1,20}-?(?i:info|infos|news|actu|actus|presse|hebdo|mag|media|medias)$")
# "Reportage de Jean Dupont, envoyé spécial à X pour Y": a byline with the author's post.
_POSTED_BYLINE = regex.compile(
    r"^(?:reportage|article|texte|enquete|propos recueillis|interview|entretien|chronique|analyse|video|photos?)\s+(?:de|par|realise par)\s+"
    r".{1,60}\b(?:envoye|envoyee|envoyes) speciale?s?\b|^(?:reportage|article|texte|enquete)\s+(?:de|par)\s+.{1,60}\bcorrespondante?\b"
)
# "6 Janvier 78 Politique (25323),": an entry's date, its views and its category with its count.
_ENTRY_COUNTS = regex.compile(rf"^\d{{1,2}}\s+{_MONTH}\s+\d+\s+[\p{{L}} -]{{2,30}}\s*\(\d+\)\s*,?$")
# "novembre 08, 2024": a date in the English order with French month names.
_MONTH_FIRST_DATE = regex.compile(rf"^{_MONTH}\s+\d{{1,2}},\s*\d{{4}}$")
# "Obtenez des mises à jour en temps réel directement sur votre appareil, abonnez-vous maintenant.": a push prompt.
_PUSH_PROMPT = regex.compile(
    r"^obtenez (?:des|les) mises a jour en temps reel\b|\bactive[zr] les notifications\b|^recevez (?:nos|les) (?:alertes|notifications)\b"
    r"|^autorisez les notifications\b"
)
# Sections of a news site's menu alone at the page foot ("Programmes", "Émissions").
_FOOT_SECTIONS = frozenset("programmes|emissions|rubriques|services|dossiers|nos programmes|toutes les emissions".split("|"))
_TICKER_TOKEN = regex.compile(r"(?:^|\s)(\p{Lu}{2,6})\s+\p{Lu}")
_TICKER_REPEATS = 3


# "Publié le 12 mars 2024 à 10h05 Mis à jour le 13 mars 2024 à 08h00": both dates on one line.
_PUBLISHED_UPDATED = regex.compile(
    r"^(?:publie|mis en ligne|poste)\s+(?:le\s+)?.{0,40}\d.{0,40}\b(?:mis a jour|mise a jour|modifie|actualise)\s+(?:le\s+)?.{0,40}\d"
)
# "Journaliste : Rédaction Date de publication : 10/09/2022": two labelled fields of an entry.
_META_FIELD = (
    r"(?:journaliste|auteure?|redacteur|redactrice|redaction|par|source|categorie|rubrique|date de publication|date|publie le|"
    r"mis a jour le|mise a jour|lecture)\s*:"
)
_META_FIELDS = regex.compile(rf"^{_META_FIELD}.{{1,60}}?\s{_META_FIELD}")
# "FR EN", "FR | EN | AR": a language switcher's codes.
_LANGUAGE_CODES = regex.compile(r"^(?:fr|en|es|ar|pt|de|it|ru|zh|nl)(?:\s*[|/·•-]?\s*(?:fr|en|es|ar|pt|de|it|ru|zh|nl)){1,6}$")
# "« Précédent 1 2 3 … Suivant »": a listing's pagination.
_PAGINATION_WORDS = frozenset(
    "precedent precedente precedents suivant suivante suivants next previous prev first last premiere derniere page pages "
    "« » ‹ › < > … ... | -".split()
)
# "23.1 C", "Ouagadougou 32°C": a weather widget.
_WEATHER = regex.compile(r"^(?:\p{Lu}[\p{L}' -]{1,30}\s+)?-?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]?$|^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")
_READ_ON = regex.compile(r"^lire la suite\b")
_READ_ON_WORDS = 20
# "Prononcé le", "Intervenant(s) :": the field names of a speech's page (vie-publique.fr), alone.
_SPEECH_FIELDS = frozenset("prononce le|intervenant(s)|intervenants|circonstance|texte integral".split("|"))
# "- Jeanne Martin": a byline after a dash, a name alone below the title.
_DASH_BYLINE = regex.compile(r"^[-–—]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*$")
_HOME_WORDS = regex.compile(r"^(?:(?:home|accueil|page d'accueil)\s*[>›»|/:–-]?\s*)+")


# "spot_img": a template's variable left as text by the scraper (a code name with an underscore).
_TEMPLATE_VARIABLE = regex.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
_TEMPLATE_WORDS = 6  # a template's repeated label is short
_TEMPLATE_REPEATS = 2


# "Par : RFI": a byline after a colon.
_COLON_BYLINE = regex.compile(r"^(?:[Pp]ar|PAR|[Bb]y)\s*:\s*\p{Lu}")
# "Lecture : 3 minutes.": a reading time closed by a period.
_READING_TIME_15F = regex.compile(r"^(?:temps de )?lecture\s*:?\s*\d+\s*(?:min|minutes?|mn)\.?$")
# "Publié 12 mars 2024 à 10:15", "Modifié à 12:30": a date or time of publication without "le".
_PUBLISHED_AT = regex.compile(
    rf"^(?:publie|modifie|mis a jour|mise a jour|mis en ligne)\s+(?:a\s+|le\s+)?(?:{_WEEKDAY},?\s+)?(?:{_DATE}|\d{{1,2}}\s*[:h]\s*\d{{2}})"
)
# "Copyright © 2031 Le Journal. Tous droits réservés. Distribué par AllAfrica …": a syndicated story's footer.
_SYNDICATION_FOOTER = regex.compile(
    r"\bdistribue par allafrica\b|^(?:copyright\s*)?©\s*\d{4}\b.*\b(?:tous droits reserves|all rights reserved|distribue par)\b"
)
# "Berne, Communiqué de presse, 12.03.2031": a place, the page type and the date.
_PLACE_TYPE_DATE = regex.compile(
    rf"^[\p{{L}}' -]{{2,30}},\s*(?:communique de presse|communique|declaration|discours|article|interview|news)\s*,\s*{_DATE}$"
)
# "Votre navigateur ne supporte pas la lecture audio": a player's notice.
_PLAYER_NOTICE = regex.compile(r"^votre navigateur ne (?:supporte|prend en charge|permet) pas\b")
# "Par Jeanne Martin - à Abidjan": a byline and where it was written.
_PLACED_BYLINE = regex.compile(
    r"^(?:Par|PAR)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s*[-–,]\s*(?:à|a|au|aux|en|depuis)\s+\p{Lu}[\p{L}'’ -]{1,30}$"
)


# The rules of chrome 15f that share one shape (:class:`LineRule`: a pattern, a word cap, a guard
# on the line's end), in four runs between the rules of other shapes; the order is the precedence.
_SITE_HEADER_RULES_15F = (
    LineRule(_APP_PROMO, f"{CHROME_15F}: the site's header (an app or a blog platform)", 8, "no sentence"),
    LineRule(_BLOG_HEADER, f"{CHROME_15F}: the site's header (an app or a blog platform)", 8, "no sentence"),
)
_WIDGET_RULES_15F = (
    LineRule(_EMAIL_CLOAK, f"{CHROME_15F}: an e-mail address hidden from robots (the page's script)", 40, find="search"),
    LineRule(_PLAYER, f"{CHROME_15F}: a media player's labels", 6, find="search"),
    LineRule(_RELATIVE_TIME, f"{METADATA}: a relative time of publication ({CHROME_15F})"),
    LineRule(_DATE_WIDGET, f"{METADATA}: a date of publication, with its parts or its source ({CHROME_15F})"),
    LineRule(_SOURCE_DATE, f"{METADATA}: a date of publication, with its parts or its source ({CHROME_15F})"),
)
_LISTING_RULES_15F = (
    LineRule(_LISTING_FIELD, f"{CHROME_15F}: a listing page's heading (its archive field or page number)", 8, "no sentence"),
    LineRule(_PAGE_NUMBER, f"{CHROME_15F}: a listing page's heading (its archive field or page number)", 8, "no sentence"),
    LineRule(_PHOTO_NOTE, f"{CHROME_15F}: a note on the picture", 8, "no sentence"),
    LineRule(_FEED_SUBSCRIBE, f"{CHROME_15F}: subscribe line: a feed's", 10),
    LineRule(_DAILY_WIDGET, f"{CHROME_15F}: a site's daily widget (proverb, weather, horoscope)", 60),
    LineRule(_WEATHER_LABEL, f"{CHROME_15F}: a site's daily widget (proverb, weather, horoscope)", 8, "no sentence"),
    LineRule(_GLUED_DAY_DATE, f"{METADATA}: a date widget or an entry's counters ({CHROME_15F})"),
    LineRule(_LAST_UPDATE, f"{METADATA}: a date widget or an entry's counters ({CHROME_15F})", 10, "no sentence"),
    LineRule(_ENTRY_COUNTS, f"{METADATA}: a date widget or an entry's counters ({CHROME_15F})"),
    LineRule(_POSTED_BYLINE, f"{METADATA}: a byline with the author's post ({CHROME_15F})", 20, "no final"),
    LineRule(_PUSH_PROMPT, f"{CHROME_15F}: a prompt to allow the site's notifications", 20, find="search"),
    LineRule(_PUBLISHED_UPDATED, f"{METADATA}: the dates of publication and update on one line ({CHROME_15F})", 25, "no final"),
    LineRule(_META_FIELDS, f"{METADATA}: labelled fields of the entry (author, date) ({CHROME_15F})", 15, "no final"),
)
_ENTRY_RULES_15F = (
    LineRule(_WEATHER, f"{CHROME_15F}: a weather widget", on="text"),
    LineRule(_COLON_BYLINE, f"{METADATA}: a byline after a colon ({CHROME_15F})", 6, "no sentence", on="text"),
    LineRule(_READING_TIME_15F, f"{METADATA}: a reading time ({CHROME_15F})"),
    LineRule(_PUBLISHED_AT, f"{METADATA}: a date or time of publication ({CHROME_15F})", 12, "no final"),
    LineRule(_SYNDICATION_FOOTER, f"{CHROME_15F}: site footer line, a syndicated story's copyright", 60, find="search"),
    LineRule(_PLACE_TYPE_DATE, f"{METADATA}: the place, the page type and the date ({CHROME_15F})"),
    LineRule(_PLAYER_NOTICE, f"{CHROME_15F}: a media player's notice", 15),
    LineRule(_PLACED_BYLINE, f"{METADATA}: a byline and where it was written ({CHROME_15F})", 10, on="text"),
    LineRule(_TEMPLATE_VARIABLE, f"{CHROME_15F}: markup, a template's variable left by the scraper", on="text"),
)


def chrome15f_evidence(text: str) -> str:
    """The evidence one line of a news, government, NGO or press-agency page carries by itself
    ('' when none): a site label (``Bannière``, ``Short Url``, ``Audio de l'info``), an app
    promotion, a blog's header, the text size buttons (``A+ A A-``), an address hidden from
    robots, a player's label, a relative time (``il y a 2 heures 8 min``), a blog's date widget,
    a source and date in brackets, a byline with its date and time, its paper or what the author
    is, an archive page's field (``Année : 2024``) or page number (``Accueil Blog Page 471``), a
    note on the picture, a feed's subscribe line."""
    stripped = text.strip()
    norm = normalize_label(text)
    words = len(_WORD.findall(stripped))
    sentence = _SENTENCE_END.search(stripped) is not None
    if norm in _LABELS_15F:
        return f"{CHROME_15F}: label {stripped!r}"
    if stripped.endswith(":") and norm in _FIELD_NAMES_15F:
        return f"{CHROME_15F}: a field's name alone, its value on the next line"
    reason = first_reason(_SITE_HEADER_RULES_15F, stripped, norm, words, sentence)
    if reason:
        return reason
    if _FONT_SIZE.match(stripped) and ("+" in stripped or "-" in stripped):
        return f"{CHROME_15F}: the text size buttons"
    reason = first_reason(_WIDGET_RULES_15F, stripped, norm, words, sentence)
    if reason:
        return reason
    if words <= _BYLINE_15F_WORDS and not _HAS_SENTENCE_END.search(stripped) and not stripped.endswith((".", "!", "?")):
        if _TIMED_BYLINE.match(norm) or (_PAPER_BYLINE.match(norm) and regex.match(r"^(?:Par|PAR|By)\s+\p{Lu}", stripped)):
            return f"{METADATA}: a byline with its date ({CHROME_15F})"
    if words <= _DESCRIBED_BYLINE_WORDS and not sentence and not regex.search(r"\d", stripped) and _DESCRIBED_BYLINE.match(stripped):
        return f"{METADATA}: a byline, the author's name and what the author is ({CHROME_15F})"
    reason = first_reason(_LISTING_RULES_15F, stripped, norm, words, sentence)
    if reason:
        return reason
    if _LANGUAGE_CODES.match(norm) and (stripped.upper() == stripped or regex.search(r"[|/·•]", stripped)):
        return f"{CHROME_15F}: a language switcher's codes"
    tokens_15f = norm.replace("«", " « ").replace("»", " » ").split()
    if sum(token.isdigit() for token in tokens_15f) >= 2 and all(token.isdigit() or token in _PAGINATION_WORDS for token in tokens_15f) and any(
        not token.isdigit() for token in tokens_15f
    ):
        return f"{CHROME_15F}: a listing's pagination"
    reason = first_reason(_ENTRY_RULES_15F, stripped, norm, words, sentence)
    if reason:
        return reason
    if norm in _SPEECH_FIELDS:
        return f"{CHROME_15F}: a field name of a speech's page alone"
    if words > 40 and not _HAS_SENTENCE_END.search(stripped):
        tokens = _TICKER_TOKEN.findall(stripped)
        top = Counter(tokens).most_common(1)
        if top and top[0][1] >= _TICKER_REPEATS and stripped.startswith(top[0][0]):
            return f"{CHROME_15F}: news ticker, headlines each after the agency's name {top[0][0]!r} on one line"
    return ""


def _caps_label(text: str) -> bool:
    """One to three words in capitals, no figure, no punctuation (``AFRICA RADIO``)."""
    stripped = text.strip()
    words = _WORD.findall(stripped)
    return (
        0 < len(words) <= _CAPS_LABEL_WORDS
        and stripped.upper() == stripped
        and sum(ch.isalpha() for ch in stripped) >= 3
        and not regex.search(r"[\d.!?:;,«»\"()\[\]/|]", stripped)
    )


def _mark_chrome15f(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15f: the labels, widgets and signatures of news, government, NGO, press-agency and
    listing pages.

    * each line's own evidence (:func:`chrome15f_evidence`);
    * a form's notices (``Le formulaire a détecté …``, ``Nous avons bien reçu vos informations!``,
      ``Merci de votre intérêt pour …``), two of them at least on the page;
    * the page's first line naming the site in capitals after a page type (``Contenu - LA REVUE``)
      or describing the list of a listing page (``Liste des derniers douze communiqués …``); an
      acronym alone as the first line is kept (its name below may be the title's);
    * a menu flattened on one line (five labels or more, three spaces apart) before the first
      sentence paragraph;
    * an acronym alone on two lines or more, each beside a chrome line (``EDA`` under each
      ``Communiqué de presse`` of a listing);
    * a month alone without its year beside a chrome line (``Info News :`` / ``04`` / ``January``),
      a date widget (``Mai 2031`` under a title is the release's date: kept);
    * a news agency's signature (``Agence d'information du …``) after the last sentence paragraph;
    * a short label in capitals (``AFRICA RADIO``, ``INVITÉ AFRIQUE``) beside chrome after the last
      sentence paragraph, or before the first one with a kept line below it (the title);
    * a programme's section (``Journal``) after the last sentence paragraph, a UN News topic
      (``Droits de l'homme``) above a photo credit or outside the body beside chrome;
    * a blog sidebar's labels (``Sommaire``, ``Liens``, ``Contact``, ``• : nom-du-blog``) before the
      first sentence paragraph beside chrome;
    * a feed's description between its subscribe line and its update time; on a feed page
      (``À la une`` / ``S'abonner à flux …``) the entries are the page's body, not a ticker;
    * a list of other articles with dates spelled ``16 - Octobre - 2023`` after its heading.
    """
    chrome = set(reasons)
    for line in lines:
        if line.index in chrome:
            continue
        reason = chrome15f_evidence(line.text)
        if reason:
            reasons[line.index] = reason
    notices = [line for line in lines if len(_WORD.findall(line.text)) <= _FORM_NOTICE_WORDS and _FORM_NOTICE.match(line.normalized)]
    if len(notices) >= _FORM_NOTICES:
        for line in notices:
            reasons.setdefault(line.index, f"{CHROME_15F}: a form's notice ({len(notices)} on the page)")
    _keep_feed_entries(lines, reasons)
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    _mark_page_top_15f(lines, first_body, reasons)
    _mark_repeated_acronyms(lines, reasons)
    for _ in range(2):  # a sidebar's labels: each one beside the one above it
        _mark_beside_15f(lines, first_body, last_body, reasons)
    _mark_dashed_date_list(lines, reasons)
    _mark_template_labels(lines, reasons)


def _mark_template_labels(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Short unpunctuated lines (six words at most) that each come twice or more on the page, each
    time right beside another such line of a different text (``Chad`` / ``Rapport de situation``,
    ``URL:`` / ``Téléchargé le:`` above each box of a report): the labels of the site's template,
    printed for every block. A doubled title (the same text twice in a row), a speaker's name before
    each of his answers (beside the answer, which does not repeat) and a sentence are kept."""
    counts = Counter(
        line.normalized for line in lines if 0 < len(_WORD.findall(line.text)) <= _TEMPLATE_WORDS and not _HAS_SENTENCE_END.search(line.text.strip())
    )
    repeated = {text for text, count in counts.items() if count >= _TEMPLATE_REPEATS}
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in repeated or kept_line(line.text):
            continue
        neighbours = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines)]
        if any(other.normalized in repeated and other.normalized != line.normalized for other in neighbours):
            reasons[line.index] = f"{CHROME_15F}: a template's label, repeated {counts[line.normalized]} times beside another repeated label"


def _mark_page_top_15f(lines: list[_Line], first_body: int, reasons: dict[int, str]) -> None:
    """The page's first line (a site title, an acronym, a listing's description) and a menu on one line."""
    first = lines[0]
    text = first.text.strip()
    if first.index not in reasons:
        site = _SITE_TITLE.match(text)
        if site and len(_WORD.findall(text)) <= _SITE_TITLE_WORDS and _caps_label_words(site.group(1)):
            reasons[first.index] = f"{CHROME_15F}: the page's title, a page type and the site's name in capitals"
        elif len(_WORD.findall(text)) <= _LIST_DESCRIPTION_WORDS and _LIST_DESCRIPTION.match(first.normalized):
            reasons[first.index] = f"{CHROME_15F}: a listing page's description of its list"
    for line in lines[:first_body]:
        parts = [part for part in _MENU_PARTS.split(line.raw.strip()) if part.strip()]
        if line.index in reasons or len(parts) < _MENU_LINE_PARTS or _SENTENCE_END.search(line.text.strip()):
            continue
        if all(0 < len(_WORD.findall(part)) <= _MENU_PART_WORDS and part[:1].isupper() for part in parts):
            reasons[line.index] = f"{CHROME_15F}: menu, {len(parts)} labels flattened on one line before the first sentence paragraph"


def _mark_repeated_acronyms(lines: list[_Line], reasons: dict[int, str]) -> None:
    """An acronym alone on two lines or more, each beside a chrome line: a listing's label."""
    found: dict[str, list[int]] = {}
    for position, line in enumerate(lines):
        if _ACRONYM.match(line.text.strip()):
            found.setdefault(line.text.strip(), []).append(position)
    for acronym, positions in found.items():
        if len(positions) < _ACRONYM_REPEATS or not all(_chrome_beside(lines, p, reasons) for p in positions):
            continue
        for position in positions:
            reasons.setdefault(lines[position].index, f"{CHROME_15F}: site label, the acronym {acronym!r} alone beside chrome, {len(positions)} times")


def _mark_beside_15f(lines: list[_Line], first_body: int, last_body: int, reasons: dict[int, str]) -> None:
    """The rules that read a line's place and its neighbours (see :func:`_mark_chrome15f`)."""
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text):
            continue
        text = line.text.strip()
        norm = line.normalized
        before, after = position < first_body, position > last_body
        beside = _chrome_beside(lines, position, reasons)
        above = lines[position - 1] if position > 0 else None
        below = lines[position + 1] if position + 1 < len(lines) else None
        kept_below = any(other.index not in reasons and not kept_line(other.text) for other in lines[position + 1 : first_body])
        nothing_kept_after = all(other.index in reasons or kept_line(other.text) for other in lines[position + 1 :])
        reason = ""
        if _MONTH_ALONE.match(norm) and beside:
            reason = "a date widget, a month alone beside chrome"
        elif above is not None and norm in _CALL_ENDS_15F and reasons.get(above.index, "").startswith(f"{CHROME_15F}: label"):
            reason = f"the end of the call to action {above.text.strip()!r} above"
        elif norm == "avant de continuer" and below is not None and _FORM_NOTICE.match(below.normalized):
            reason = "a form's lead-in, above its notice"
        elif after and len(_WORD.findall(text)) <= _AGENCY_NAME_WORDS and not _SENTENCE_END.search(text) and _AGENCY_NAME.match(norm):
            reason = "credit: a news agency's signature after the last sentence paragraph"
        elif _caps_label(text) and beside and ((after and nothing_kept_after) or (before and kept_below)):
            reason = f"a label in capitals beside the chrome line {beside[0].text.strip()[:40]!r}, outside the body"
        elif after and nothing_kept_after and norm in _END_RUBRICS and text[:1].isupper():
            reason = f"category label: a programme's section {text!r} after the last sentence paragraph"
        elif norm in _UN_TOPICS and text[:1].isupper() and (
            (below is not None and kept_line(below.text) == "a credit") or ((before or after) and beside)
        ):
            reason = f"category label: a news topic {text!r} above its picture's credit or outside the body"
        elif before and beside and (norm in _HEAD_LABELS_15F or (_BLOG_FIELD.match(text) and len(_WORD.findall(text)) <= 12 and not _SENTENCE_END.search(text))):
            reason = f"a sidebar's label before the first sentence paragraph, beside {beside[0].text.strip()[:40]!r}"
        elif (
            above is not None
            and below is not None
            and _FEED_SUBSCRIBE.match(above.normalized)
            and below.index in reasons
            and len(_WORD.findall(text)) <= _FEED_DESCRIPTION_WORDS
        ):
            reason = "a feed's description, between its subscribe line and its update time"
        elif before and len(_WORD.findall(text)) <= _TAGLINE_WORDS_15F and not _SENTENCE_END.search(text) and _DOMAIN_TAGLINE.match(norm):
            reason = "site tagline: the site's address and its motto before the first sentence paragraph"
        elif (before or after or beside) and _BRAND.match(text):
            reason = f"site label: the site's name {text!r} outside the body"
        elif after and norm in _FOOT_SECTIONS and text[:1].isupper():
            reason = f"a section of the site's menu {text!r} after the last sentence paragraph"
        elif after and _MONTH_FIRST_DATE.match(norm):
            reason = "a date stamp below the last sentence paragraph"
        elif (
            after
            and above is not None
            and position >= 2
            and reasons.get(above.index, "").startswith(CHROME_15F)
            and (_MONTH_FIRST_DATE.match(above.normalized) or kept_line(above.text) == "a date stamp")
            and lines[position - 2].index in reasons
            and _headline(line)
            and len(_WORD.findall(text)) >= 5
            and not regex.search(r"[:@\d]", text)
            and all(other.index in reasons for other in lines[position + 1 :])
        ):
            reason = "related list: an article's title after a menu section and its date, at the page end"
        elif before and _DASH_BYLINE.match(line.raw.strip()) and not regex.search(r"\d", text) and not any(
            _LIST_LINE.match(other.raw) for other in (above, below) if other is not None
        ):
            reason = "byline: a name after a dash before the first sentence paragraph"
        elif _HOME_WORDS.match(norm) and _crumb_title(lines, position, norm):
            reason = "breadcrumb: the home page's crumb and the title repeated on the next line"
        elif after and len(_WORD.findall(text)) <= _READ_ON_WORDS and not _SENTENCE_END.search(text) and _READ_ON.match(norm):
            reason = "read-more link: where the rest of the article is, after the last sentence paragraph"
        elif position == 0 and before and _ONE_WORD_RUBRIC.match(text) and _next_kept_words(lines, position, reasons) >= 4:
            reason = f"category label: a single word {text!r} as the page's first line, above the title"
        if reason:
            reasons[line.index] = f"{CHROME_15F}: {reason}"


_ONE_WORD_RUBRIC = regex.compile(r"^\p{Lu}\p{Ll}{2,14}$")


def _crumb_title(lines: list[_Line], position: int, norm: str) -> bool:
    """The line is ``Accueil`` (or ``Home Accueil``) and then the text of the next line (the
    title, repeated by the breadcrumb's last crumb)."""
    rest = _HOME_WORDS.sub("", norm).strip()
    following = lines[position + 1] if position + 1 < len(lines) else None
    return bool(rest) and following is not None and rest == following.normalized


def _next_kept_words(lines: list[_Line], position: int, reasons: dict[int, str]) -> int:
    """The words of the next line after ``position`` that is not chrome, when it is no sentence
    paragraph nor a sentence (a title); 0 otherwise (no such line, or the body itself right below)."""
    for other in lines[position + 1 :]:
        if other.index not in reasons:
            # a sentence, even a short one, is the body itself: the word above it is its title
            return 0 if _is_body(other) or _SENTENCE_END.search(other.text) else len(_WORD.findall(other.text))
    return 0


def _keep_feed_entries(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A ticker heading (``À la une``) followed by a feed's subscribe line (``S'abonner à flux À la
    une``) is a feed page's title: the headlines below are its entries, the page's body. The
    ticker's judgement of a headline with no evidence of its own is taken back."""
    for position, line in enumerate(lines[:-1]):
        if line.normalized in _TICKER_HEADINGS and _FEED_SUBSCRIBE.match(lines[position + 1].normalized):
            for other in lines[position + 2 :]:
                reason = reasons.get(other.index, "")
                if reason.startswith("news ticker: a headline") and not _block_evidence(other.text) and not chrome15f_evidence(other.text):
                    del reasons[other.index]
            return


def _mark_dashed_date_list(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the first sentence paragraph, a heading of other articles (:data:`RELATED_HEADINGS`)
    followed down to the page end by titles, each after its date spelled with dashes (``16 -
    Octobre - 2023``), and their cut-off teasers (``…``): two dated titles at least."""
    first_body = _first_body(lines, set(reasons))
    for position in range(first_body + 1, len(lines)):
        heading = lines[position]
        if heading.normalized not in RELATED_HEADINGS:
            continue
        items: list[tuple[_Line, str]] = []
        previous = "heading"
        for line in lines[position + 1 :]:
            text = line.text.strip()
            if line.index in reasons:
                continue
            if _SPACED_DATE.match(line.normalized):
                kind = "date"
            elif previous == "date" and _headline(line):
                kind = "title"
            elif previous == "title" and _TRUNCATED.search(text) and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "cut teaser"
            else:
                items = []
                break
            items.append((line, kind))
            previous = kind
        if sum(1 for _, kind in items if kind == "date") < _ARTICLE_LIST_TITLES:
            return
        reasons.setdefault(heading.index, f"{CHROME_15F}: related list, the heading of other articles with their dates")
        for line, kind in items:
            reasons[line.index] = f"{CHROME_15F}: related list, an article's {kind} after {heading.text.strip()!r}, down to the page end"
        return
