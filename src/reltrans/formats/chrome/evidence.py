"""Site chrome: the evidence one line carries by itself.

Known labels and calls to action, breadcrumbs, glued labels, article metadata (bylines, dates,
reading times, credits), contact addresses (chrome 13), labels of chrome 15; :func:`kept_line` (what
is never chrome by itself) and the per-block evidence :func:`_own_evidence` that :func:`mark_chrome` starts from.
"""
from __future__ import annotations

import regex

from reltrans.formats.chrome.lexicon import (
    SITE_SECTIONS, WEB_ARCHIVE, _COMMENT_COUNT, _COMMENT_COUNTER, _CONTACT_LEADIN, _DATE, _HAS_SENTENCE_END, _LABELS,
    _NAME_BYLINE, _PAYWALL_BOX_WORDS, _RUBRICS, _SENTENCE_END, _SOCIAL, _WEEKDAY, _WORD, normalize_label,
)
from reltrans.formats.chrome.line_rules import LineRule, first_reason
from reltrans.formats.chrome.lines import _Line


_LANGUAGE_NAMES = frozenset("francais english espanol العربية русский 中文 deutsch portugues french anglais".split())
_SOCIAL_WORDS = frozenset(_SOCIAL.split("|")) | {"share", "partager", "google+", "pinterest", "telegram", "mail"}
_TOKEN_SEPARATORS = regex.compile(r"[\s,;|/]+")

_SHARE = regex.compile(rf"^(?:partager|share)(?:\s+(?:sur|on|via|par|by)\s+(?:{_SOCIAL})\b.*|\s*[\"«“].*)$")
_COOKIE = regex.compile(r"\bcookies?\b")
_COOKIE_ACTION = regex.compile(r"accept|utilis|use|consent|parametr|refus|politique|policy|settings|traceur|confidentialite|privacy")
_SUBSCRIBE = regex.compile(r"^(?:abonnez-vous|inscrivez-vous|recevez|s'abonner|s'inscrire|subscribe|sign up)\b")
_SUBSCRIBE_WHAT = regex.compile(r"newsletter|lettre d'information|communiques|alertes|e-mail|email|courriel|updates|bulletin")
_LABEL_SEPARATORS = regex.compile(r"\s*/\s+|\s+/\s*|\s+[-–|]\s+|\s+(?:et|and|&)\s+")  # chrome 15: "et"
_SEPARATORS = regex.compile(r"\s(?:\||>|›|»|→|▸|⟩)\s")
_PIPE = regex.compile(r"\s\|\s")
_IMAGE = regex.compile(r"^!\[[^\]]{0,300}\]\([^)\s]{1,2000}\)$")

_PAYWALL = regex.compile(
    r"^(?:pour )?(?:lire|continuer a lire) la suite\b|\bdeja abonne|\bm'abonne\b|\babonnez-vous\b|"
    r"\bessai gratuit\b|\bfree trial\b|\balready a subscriber\b|\bsubscribe to read\b"
)
# "Article réservé à nos abonnés Lire aussi …": a teaser for subscribers, however long its title.
_SUBSCRIBERS_ONLY = regex.compile(
    r"^(?:article |contenu )?reserve (?:a nos|aux) abonnes\b|^(?:subscribers|members) only\b"
    r"|^il vous reste \d{1,3}(?:[.,]\d+)?\s*% de cet article a lire\b"  # "… La suite est réservée aux abonnés."
)
# "Accueil > Actualités > … Imprimer Facebook": a breadcrumb from the site's home, whatever follows it.
_BREADCRUMB_ROOT = regex.compile(r"^(?:(?:vous etes ici|you are here)\s*:?\s*)?(?:accueil|home)\s*(?:>|›|»|/|\||→|▸|▶|⟩|>>)\s*\S.*(?:>|›|»|/|\||→|▸|▶|⟩)")
# chrome 9: "Accueil > Actualités", "Accueil → Presse": two crumbs from the home page (a short line).
_BREADCRUMB_HOME = regex.compile(r"^(?:(?:vous etes ici|you are here)\s*:?\s*)?(?:accueil|home|page d'accueil)\s*(?:>|›|»|/|\||→|▸|▶|⟩|>>)\s*\S")
_BREADCRUMB_HOME_WORDS = 8
# chrome 9: "1. Accueil 2. Presse 3. Communiqués": a numbered breadcrumb the scraper put on one line.
_NUMBERED_CRUMBS = regex.compile(r"^\s*(?:1\s*[.)]\s*)?(?:accueil|home)\s+2\s*[.)]\s*\S")
_PRICE = regex.compile(
    r"\d+(?:[.,]\d+)?\s*(?:\.-|€|eur|chf|fr\.|\$|£)?\s*(?:/|par|pour une?|per|a)\s*"
    r"(?:mois|an|annee|jour|semaine|month|year|day|week)\b"
)

# chrome 13: "Posts Tagged ‘OIM’", "Articles étiquetés Port-Bleu": the heading of a tag archive page
_TAGGED = regex.compile(
    r"^(?:posts?|articles?|billets?|messages?|entrees?)\s+(?:tagged|etiquetes?|tagues?|marques?|avec (?:le tag|l'etiquette|le mot-cle))"
    r"\s*:?\s*\S"
)
# chrome 13: "Agrandir la figure 12", "Cliquez pour agrandir": an image viewer's button
_ENLARGE = regex.compile(
    r"^(?:(?:cliquez|cliquer|click|tap)\s+(?:ici\s+|here\s+)?(?:pour|to)\s+)?(?:agrandir|enlarge|zoom)"
    r"(?:\s+(?:la|le|l'|cette|cet|the))?\s*(?:figure|image|photo|carte|tableau|graphique|infographie|map|table|chart)?(?:\s+\d{1,4})?$"
)
# chrome 13: "Page archivée : peut contenir des informations obsolètes": a site's archive banner
_ARCHIVE_BANNER = regex.compile(
    r"^(?:page|contenu|article|document)s?\s+archivee?s?(?:\s*[:.,–-]\s*(?:il |elle |ce contenu |cette page )?peu(?:t|vent) contenir\b.*)?$"
    r"|^peu(?:t|vent) contenir des informations (?:obsoletes|perimees|depassees|qui ne sont plus a jour)$"
    r"|^(?:cette page|ce contenu|cet article|ce document) (?:a ete|est) archivee?(?: et n'est plus (?:mise? a jour|actualisee?))?$"
    r"|^archived (?:page|content)(?:\s*[:.,–-]\s*(?:it )?may contain\b.*)?$|^this (?:page|content) (?:has been|is) archived$"
)
_ARCHIVE_BANNER_WORDS = 14
_MORE_BUTTON = frozenset({"Plus", "PLUS", "Plus +", "+ Plus", "+ plus"})  # chrome 13: a "more" button; lowercase "plus" may be a wrapped word
_PREFIXED_LABEL = regex.compile(r"^[\p{L}\p{N}][\p{L}\p{N}'. ]{0,30}?\s*[:|–—]\s+(.+)$")
# HTML or CSS the scraper left as text: an attribute (`id="x"`), a tag closed after a quote, or a
# style declaration with CSS units; release prose carries none of these.
_MARKUP = regex.compile(
    r'(?:^|[\s<])[a-z][a-z-]{1,20}="[^"\n]{0,300}"|^\s*</?(?:div|span|img|a|p|table|td|tr|script|style|iframe)\b[^<]*>|'
    r'"\s*>|\b[a-z-]{3,20}:\s*[^;]{0,60}\b(?:\d+px|rgb\(|solid\b)[^;]*;'
    r"|<!--.{0,200}?-->",  # chrome 15: an HTML comment ("…<!-- --> | Site.fr", a page title left with its markup)
    regex.IGNORECASE,
)

# "The Wayback Machine - https://web.archive.org/web/20190312093015/https://…": the archive's banner.
_WAYBACK = regex.compile(
    r"^the wayback machine\b.{0,20}https?://web\.archive\.org/|^https?://web\.archive\.org/web/\d{8,14}\S*$"
    r"|^archived \d{1,2} \p{L}{3,9}\.? \d{4} \d{1,2}:\d{2}(?::\d{2})? utc\b"  # archive.today's stamp
)
_RELATED_LINK = regex.compile(r"^\s*(?:>>|»»|→|►|▶|-{1,2}>|=>)\s*\S")
_LOGO = regex.compile(r"\blogos?\b")
# chrome 11: "#directionlajusticesociale", "#COVID19 #Vaccins": a line of hashtags only (a campaign's tags)
_HASHTAGS = regex.compile(r"^#[\p{L}\p{N}_]+(?:[ \u00a0,]+#[\p{L}\p{N}_]+)*$")
# chrome 11: "Fermer sites icon close", "search icon": the alt text of a widget's button icon
_BUTTON_ICON = regex.compile(r"\b(?:close|search|menu|share|arrow|fermer|rechercher)\b.*\bicon\b|\bicon\b.*\b(?:close|search|menu|share|arrow)\b")

# " date 2017-06 communiqué de presse", "date 12 mars 2019 Communiqué": a stored page's date, then a label
_CRAWL_DATE = regex.compile(rf"^date\s*:?\s*(?:{_DATE}|\d{{4}}-\d{{2}})\s+(.+)$")

# Article metadata that CMSs print around the title (compared on normalize_label forms).
_UPDATED = regex.compile(
    rf"^(?:(?:derniere|last)\s+)?(?:mis|mise)\s+a\s+jour\b.*\d|^(?:publie|modifie|updated|published)\s+(?:le|on)\s+.*\d"
    rf"|^date\s*:?\s*(?:{_DATE}|\d{{4}}-\d{{2}})$"  # "date 2026-01-26", "Date : 12/03/2019"
    # chrome 13: "Publié : 12 novembre 2013", "Posted: 2031-03-04" (the labelled form only: a bare date stays)
    rf"|^(?:publie|modifie|poste|mis en ligne|posted|published|updated)\s*:\s*(?:le\s+|on\s+)?(?:{_WEEKDAY},?\s+)?(?:{_DATE}|\d{{4}}-\d{{2}})"
    rf"(?:\s*(?:[-–|,]|a|at)?\s*\d{{1,2}}\s*[:h]\s*\d{{2}})?$"
    # chrome 9: "Date de publication :", "Date de mise en ligne : 12 mars 2019" (with or without the date)
    rf"|^dates? (?:de (?:la )?(?:publication|parution|mise en ligne|mise a jour|creation|modification)|d'(?:ajout|edition))"
    rf"\s*:?\s*(?:(?:le\s+)?(?:{_WEEKDAY},?\s+)?(?:{_DATE}|\d{{4}}-\d{{2}})(?:\s*(?:[-–|,]|a)?\s*\d{{1,2}}\s*[:h]\s*\d{{2}})?)?$"
)
_READING_TIME = regex.compile(r"^(?:temps de lecture|reading time|lecture)\s*:?\s*\d+\s*(?:min|minutes?|mn)\b")
_BYLINE = regex.compile(
    r"^(?:article\s+)?(?:redige|ecrit|publie|propos recueillis|written|posted)\s+(?:par|by)\s+[^,;:]{1,40}$"
    r"|^(?:by|par)\s+[\p{L}'-]+\s+[\p{L}'-]+[^,;:]{0,30}[·•]$"
)
_DATED_BYLINE = regex.compile(rf"^(?:{_WEEKDAY},?\s+)?{_DATE}\s*[-|,·]?\s*(?:par|by)\s+\S")
_OLD_ARTICLE = regex.compile(r"^cet article (?:date de |a (?:ete publie il y a )?)plus d")
_OTHER_LANGUAGES = regex.compile(
    r"\b(?:egalement disponible en|aussi disponible en|disponible en\s*:|also available in)\b"
    r"|^(?:differentes|autres) langues$|^(?:other|available) languages$"  # chrome 11: a language switcher's label
)
_MESSAGE_COUNT = regex.compile(r"^message\s+\d+\s+(?:de|sur|of)\s+\d+\b")
_PAGE_ERROR = regex.compile(r"\bune erreur (?:est survenue|s'est produite)\b|\ban error (?:has )?occurred\b")
_READ_LINK = regex.compile(
    r"^(?:pour )?lire (?:l'article|la suite|l'integralite|le reste|aussi|en entier)\b|^read (?:the full|more|the article)\b"
    r"|^(?:(?:et|ou)\s+)?(?:(?:lire|voir|cliquez|cliquer|ecouter|regarder|telecharger|read|click)\s+)?(?:ici|here)$"  # "Lire ICI", "et ICI"
    # chrome 10: "Lire le rapport complet (en anglais)", "Consulter la déclaration intégrale"
    r"|^(?:lire|consulter|voir|telecharger|read|see)\s+(?:le|la|l'|the)\s*(?:rapport|communique|declaration|document|texte|discours|etude|"
    r"article|report|statement|full report|full statement)\s+(?:complet|complete|integral|integrale|entier|entiere|in full)\b"
    # chrome 14: a link's own text naming what it opens ("LIEN VERS LA DÉCLARATION", "Accéder au rapport")
    r"|^(?:lien(?: direct)? vers|link to|go to)\s+(?:le|la|les|l'|the)\b|^(?:acceder|accedez)\s+(?:au|aux|a la|a l')\b"
)
# chrome 10: "En savoir plus sur le travail du HCR (EN)": a read-more link naming its page (no comma:
# "En savoir plus sur ce projet, l'OIM a …" opens a sentence).
_LEARN_MORE = regex.compile(r"^(?:pour )?(?:en savoir plus|en apprendre davantage|learn more|find out more|read more)\s+(?:sur|a propos|about|on)\b[^,;]*$")
_SITE_FOOTER = regex.compile(
    r"\b(?:plan du site|mentions legales|politique de confidentialite|conditions d'utilisation|tous droits reserves|"
    r"all rights reserved|sitemap|terms of use|privacy policy)\b|^©\s*(?:copyright\s*)?\d{4}|\s©\s*(?:\d{4}|$)"
    r"|^(?:powered by|propulse par)\s+\S+$"
)
# "Département de l'information • Service des informations et des accréditations • New York" (press.un.org)
_UN_PRESS_HEADER = regex.compile(r"^departement de l'information\s*[•·|-]\s*service des informations\b")
_DOCUMENT_SYMBOL = regex.compile(r"^\p{Lu}{1,8}(?:/[\p{Lu}\p{N}.-]{1,12}){1,4}$(?<=\d)")  # "AG/11387", "SG/SM/2011"
_AGENCIES = regex.compile(r"^\p{Lu}{2,8}(?:\s*/\s*\p{Lu}{2,8})+$")  # "APS/VNA/CVN": the agencies that carried a story
# "Country: Niger, Mali", "Pays : Tchad": the metadata of an aggregator's entry
_FIELD = regex.compile(
    r"^(?:country|countries|pays|theme|themes|format|langue|language|tags?|mots[- ]cles|etiquettes|libelles|labels|keywords|"
    r"categories?|rubriques?|duree|duration|taille|size|length)\s*:\s*\S"
)

# "Bienvenue sur le site de l'OIM", "Welcome to the UNHCR website": a site's welcome line or tagline.
_WELCOME = regex.compile(
    r"^(?:bienvenue|bienvenu|bienvenus)\s+(?:sur|a|au|dans)\s+(?:le site|le portail|notre site|notre portail|la page|les pages|"
    r"l'espace|le blog|notre blog|le site web|le site internet)\b|^welcome to (?:the |our )?.{0,60}\b(?:website|site|portal|blog)\b"
    r"|^(?:bienvenue aux nations unies|bienvenue a l'onu|welcome to the united nations)$"  # chrome 11: the UN site's header
)
# "Télécharger (PDF, 2 Mo)", "Rapport annuel - PDF - 1,2 Mo": a file link, known by its size in
# brackets, after its file type or after a separator ending the line ("3 Go par jour" is no file).
_SIZE = r"\d+(?:[.,]\d+)?\s?(?:ko|mo|go|kb|mb|gb|kio|mio|octets|bytes)\b"
_FILE_TYPES = r"(?:pdf|docx?|xlsx?|pptx?|odt|zip|mp3|mp4)"
_FILE_SIZE = regex.compile(
    rf"\([^()]{{0,20}}\b{_SIZE}[^()]{{0,10}}\)|\b{_FILE_TYPES}\b\s*[-–|,:]?\s*{_SIZE}|[-–|,]\s*{_SIZE}$"
)
_FILE_LINK = regex.compile(
    rf"^(?:telecharger|download|fichier|file|piece jointe|attachment)\b.{{0,80}}\b{_FILE_TYPES}\b"
)
# chrome 10: "MP4", "3.4 GB" alone on their lines: a download's format and size (a media page's links).
_FILE_ALONE = regex.compile(rf"^(?:{_FILE_TYPES}|mov|wav|m4a|avi|{_SIZE})$")
# chrome 10: "UNESCO Banner", "Bannière du site": an image's alt text (a name and the word banner).
_BANNER = regex.compile(r"^(?:banniere|bandeau|banner)(?:\s+\S+){1,3}$|^\S+(?:\s+\S+){0,2}\s+(?:banner|banniere|bandeau)$")
# "Vidéo (3:24)", "Écouter (2:15)": a media player's label with its duration.
_MEDIA_DURATION = regex.compile(
    r"^(?:video|videos|audio|podcast|ecouter|regarder|listen|watch|lecture|play)\b[^.!?]{0,60}"
    r"\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:min)?\s*\)$"
)
# "Photo 1 de 5", "Image 3/8", "Diapositive 2 sur 10": a slide show's counter.
_GALLERY_COUNTER = regex.compile(r"^(?:photos?|images?|diapositives?|diapos?|slides?|vues?)\s+\d{1,3}\s*(?:de|sur|/|of)\s*\d{1,3}$")
# "Tags : migration, Libye, retour, ...", "Publié dans : Afrique, Migration": a list of categories or
# tags after its field name, however many (each item of a few words, no sentence end).
_TAG_FIELD = regex.compile(
    r"^(?:tags?|mots[- ]cles|etiquettes|libelles|keywords|categories?|rubriques?|themes?|thematiques?|sujets?|topics?|"
    r"publie dans|classe dans|filed under|posted in)\s*:\s*(.+)$"
)
_TAG_ITEMS = regex.compile(r"\s*[,;|/#•·]\s*|\s+-\s+")
_TAG_ITEM_WORDS = 4
_ADVERTISING = regex.compile(r"\bpublicite\b|\bsponsoris|\bliens commerciaux\b|\badvertis")
_COMMENT_FORM = regex.compile(
    r"\bcommentaires?\b.*\binscrits?\b|^connectez-vous\b.*\bcommenter\b|^vos reactions doivent\b|\brespecter nos cgu\b|"
    r"^(?:log in|sign in) to (?:comment|post)\b"
    # chrome 13: the notice of a WordPress comment form ("Votre adresse de messagerie ne sera pas publiée.
    # Les champs obligatoires sont indiqués avec *"), either sentence alone or both on one line
    r"|^votre adresse (?:de messagerie|e-?mail|courriel|electronique) ne sera pas publiee\b"
    r"|^les champs (?:obligatoires|requis) sont (?:indiques|marques|signales) (?:avec|par) (?:une? )?(?:\*|asterisque)"
    r"|^your email address will not be published\b|^required fields are marked\b"
)
_FEED_FOOTER = regex.compile(r"^l'article .{1,160} est apparu en premier sur\b|^the post .{1,160} appeared first on\b")
_NEXT_VIDEO = regex.compile(r"^(?:video suivante|prochaine video|next video|up next)\b")
_READ_IN = regex.compile(r"^(?:read in|lire en|also in|aussi en|afficher en|voir en|consulter en|view in|display in|show in)\s*:\s*\S")

# "Vidéo par : Harold Martin", "Texte par Lise B."
_MEDIA_BYLINE = regex.compile(r"^(?:video|texte|reportage|photos?|images?|realisation|propos recueillis)\s+(?:par|by)\s*:?\s*[^,;.:]{1,40}$")
# "Votre navigateur n'est pas à jour", "mettez à jour votre navigateur": an out-of-date-browser notice
_OLD_BROWSER = regex.compile(
    r"\bvotre navigateur\b.{0,40}\b(?:n'est (?:pas|plus) a jour|obsolete|ancien)|\bmettez a jour votre navigateur\b|"
    r"\bversions? des navigateurs\b|\byour browser\b.{0,40}\b(?:out of date|outdated|not supported)|\bupdate your browser\b"
    # chrome 13: "Si votre navigateur ne rend pas la page correctement, lisez …" (a document viewer's notice)
    r"|^si (?:votre navigateur|la page|ce message|cet e-?mail|ce courriel) ne (?:rend|s'affiche|affiche) pas (?:la page )?correctement\b"
    r"|^if (?:your browser|this (?:page|e-?mail|message)) (?:does not|doesn't) (?:render|display)\b"
)
_IMAGE_FILE = regex.compile(r"^[\w.,()-]{1,80}\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp)$")
_SUBMITTED = regex.compile(rf"^(?:\w{{2,9}}\.?,?\s+)?{_DATE}\s*-\s*\d{{1,2}}:\d{{2}}\s*--\s*\S+$")  # "jeu, 12/22/2016 - 10:21 -- siteadmin"
# "Si vous ne changez pas les paramètres de votre navigateur, vous êtes d'accord": consent without the word cookie
_CONSENT = regex.compile(r"\bparametres de votre navigateur\b.*\baccord\b|\ben poursuivant votre navigation\b")
# "Le Sénégal doit débourser des « droits… Plus »": the teaser of another article (allafrica)
_MORE_LINK = regex.compile(r"…\s*(?:Plus|More)\s*»$")
# "→ A LIRE AUSSI : Un autre titre !": a related article, whatever ends its title
_READ_ALSO = regex.compile(r"^(?:→|>>|►|▶)?\s*(?:a lire aussi|lire aussi|a lire egalement|lire egalement|a voir aussi|voir aussi)\s*:\s*\S")
_STAFF_BYLINE = regex.compile(
    r"^(?:la redaction|the editors)$|^(?:par|by)\s+(?:la redaction|notre redaction|notre correspondante?|nos correspondants|l'equipe de redaction|"
    r"la redaction de \S+|the editors|staff writer|editorial staff)\b[^.!?,;:]{0,30}$"
)

# Kept whatever the runs around them: a credit ("Photo : OIM/X", "© HCR/A. Martin", "(AFP)",
# "Ph. DR") and a date stamp on a line of its own ("23/11/2010", "Le 12 mars 2014") are part of the release.
_CREDIT_IN_BRACKETS = regex.compile(r"^\((?=[^()]*\p{Lu})[^().!?…]{1,60}\)$")
_CREDIT_LINE = regex.compile(r"^(?:(?:photos?|credits?(?: photo)?|sources?)\s*(?::\s*\S|\S*/)|(?:ph\.|©)\s*\S)")
# "Couverture de réunionOBV/1099": a page label glued to the document symbol (press.un.org).
_GLUED_SYMBOL = regex.compile(r"^[\p{L}][\p{L} ’'-]{2,40}\p{Ll}\p{Lu}{1,8}(?:/[\p{Lu}\p{N}.-]+)+$")


def line_evidence(text: str) -> str:
    """The chrome evidence one line of text carries by itself ('' when none): a known label (a
    short prefix allowed: ``PAM: Communiqué de presse``), a cookie, share, subscribe or paywall
    line (``Vous êtes déjà abonné ?``, ``A partir de 9.50 / mois``), a comment count
    (``0 Commentaires``), an image or the alt text of a logo, a breadcrumb, a related-article
    link (``>>Titre d'un autre article``). Used by :func:`mark_chrome` and, so that chrome lines
    are never joined as a hard-wrapped sentence, by :mod:`reltrans.formats.text`."""
    norm = normalize_label(text)
    words = len(_WORD.findall(text))
    sentence = _SENTENCE_END.search(text.strip()) is not None
    if norm in _LABELS or norm in _LANGUAGE_NAMES:
        return f"label {text.strip()!r}"
    if text.strip() and not _WORD.search(text):
        return "no word: a separator line"
    if _MARKUP.search(text):
        return "markup: HTML or CSS left by the scraper"
    tokens = _TOKEN_SEPARATORS.split(norm.strip())
    if len(tokens) > 1 and all(token in _SOCIAL_WORDS for token in tokens):
        return f"social links {text.strip()!r}"
    if len(tokens) > 1 and all(token in _LANGUAGE_NAMES for token in tokens):
        return f"language links {text.strip()!r}"
    if words <= 30 and _OLD_BROWSER.search(norm):
        return "browser notice"
    if _IMAGE_FILE.match(text.strip()):
        return "image file name"
    parts = _LABEL_SEPARATORS.split(norm)
    if len(parts) > 1 and all(part.strip() in _LABELS for part in parts):
        return f"labels {text.strip()!r}"  # "Écouter / Télécharger", "Real lives / Histoires vécues"
    glued = _glued_labels(norm, _LABELS) if not sentence else None
    if glued:
        return f"glued labels {' + '.join(repr(part) for part in glued)}"
    prefixed = _PREFIXED_LABEL.match(norm) or _CRAWL_DATE.match(norm)
    if prefixed and normalize_label(prefixed.group(1)) in _LABELS and words <= 8:
        return f"label with a prefix {text.strip()!r}"
    if words <= 30 and ((_COOKIE.search(norm) and _COOKIE_ACTION.search(norm)) or _CONSENT.search(norm)):
        return "cookie notice"
    if words <= 25 and _SHARE.match(norm):
        return "share line"
    if words <= 12 and _SUBSCRIBE.match(norm) and _SUBSCRIBE_WHAT.search(norm):
        return "subscribe line"
    if words <= 8 and (_PAYWALL.search(norm) or (_PRICE.search(norm) and not sentence)):
        return "paywall: a subscription offer"
    if _COMMENT_COUNT.match(norm):
        return "comment count"
    if text.strip() in _MORE_BUTTON:
        return f"label {text.strip()!r}: a \"more\" button"
    if words <= 8 and not _HAS_SENTENCE_END.search(text.strip()) and _TAGGED.match(norm):
        return "label: a tag archive's heading"
    if _ENLARGE.match(norm):
        return "label: an image viewer's enlarge button"
    if words <= _ARCHIVE_BANNER_WORDS and _ARCHIVE_BANNER.match(norm):
        return "archive banner: the site marks the page as archived"
    if _IMAGE.match(text.strip()):
        return "image"
    if (words <= 6 and not sentence and _LOGO.search(norm)) or (words <= 10 and norm.startswith(("logo ", "logo:"))):
        return "image alt text: a logo"
    if _HASHTAGS.match(text.strip()):
        return "hashtags: a line of tags only"
    if words <= 6 and not sentence and _BUTTON_ICON.search(norm):
        return "image alt text: a button's icon"
    if words <= 30 and (not sentence or norm.startswith("il vous reste")) and _SUBSCRIBERS_ONLY.search(norm):
        return "paywall: a teaser for subscribers"
    if words <= 30 and not sentence and _BREADCRUMB_ROOT.search(norm):
        return "breadcrumb or page metadata"
    if words <= _BREADCRUMB_HOME_WORDS and not sentence and _BREADCRUMB_HOME.search(norm):
        return "breadcrumb: a path from the home page"
    if words <= 30 and not sentence and _NUMBERED_CRUMBS.match(norm):
        return "breadcrumb: numbered crumbs from the home page"
    if _WAYBACK.search(norm):
        return f"{WEB_ARCHIVE}: the Wayback Machine's banner line"
    if _breadcrumb(text):
        return "breadcrumb or page metadata"
    metadata = _article_metadata(text, norm, words, sentence)
    if metadata:
        return metadata
    if words <= 15 and not regex.search(r"[.?;:]\s*$", text.strip()) and _WELCOME.search(norm):
        return "site welcome line: a greeting to the site's visitors"
    if _FILE_ALONE.match(norm):
        return "media/file link: a file type or size alone on its line"
    if words <= 10 and not sentence and (_FILE_SIZE.search(norm) or _FILE_LINK.search(norm)):
        return "media/file link: a download with its file type or size"
    if words <= 10 and _MEDIA_DURATION.match(norm):
        return "media/file link: a player label with its duration"
    if words <= 5 and not sentence and _BANNER.search(norm):
        return "image alt text: a banner"
    if _GALLERY_COUNTER.match(norm):
        return "media/file link: a slide show's counter"
    if words <= 40 and not sentence and _tag_list(norm):
        return f"{METADATA}: a list of tags or categories"
    if words <= 40 and _MORE_LINK.search(text.strip()):
        return "teaser: the opening of another article closed by its link"
    if words <= 40 and _READ_ALSO.match(norm):
        return "related-article link"
    if words <= 25 and not sentence and _RELATED_LINK.match(text):
        return "related-article link"
    stripped = text.strip()
    if stripped[:1].isupper() or stripped[:1].isdigit() or stripped[:1] in "[(+▼▲▶►▸" or regex.search(r"\d|^[\p{So}\p{Sm}]", stripped):
        # chrome 15: a label that opens with a capital, a figure or a bracket, or carries a figure
        # (a duration, a count): a wrapped sentence's lowercase fragment ("réécouter l'émission")
        # is left to the joiner, then judged as part of its paragraph
        return _chrome15_label(text, norm, words, sentence)
    return ""


def _tag_list(norm: str) -> bool:
    """Whether ``norm`` is a field name of tags or categories and a list of short items."""
    match = _TAG_FIELD.match(norm)
    if match is None:
        return False
    items = [item for item in _TAG_ITEMS.split(match.group(1)) if item.strip()]
    return bool(items) and all(len(_WORD.findall(item)) <= _TAG_ITEM_WORDS for item in items)


_DATE_STAMP = regex.compile(
    rf"^(?:(?:le|the|on)\s+)?(?:{_WEEKDAY},?\s+)?{_DATE}(?:\s*(?:[-–|,]|a|at)?\s*\d{{1,2}}\s*[:h]\s*\d{{2}})?$"
)


def kept_line(text: str) -> str:
    """Why a line is part of the release whatever the chrome around it ('' when no such reason):
    a credit on a line of its own (``Photo : OIM/Jeanne Dupont``, ``© HCR/A. Martin``, ``(AFP)``,
    ``Ph. DR``, ``APS/VNA/CVN``) or a date stamp (``23/11/2010``, ``Le 12 mars 2014``, ``Mardi 21
    juin 2016 - 11:47``). Such lines are never menu, footer or related-list entries."""
    stripped = text.strip()
    norm = normalize_label(text)
    if len(_WORD.findall(text)) <= 10 and (
        _CREDIT_LINE.match(norm) or _AGENCIES.match(stripped)
        or (_CREDIT_IN_BRACKETS.match(stripped) and len(_WORD.findall(text)) <= 6)
    ):
        return "a credit"
    if _DATE_STAMP.match(norm):
        return "a date stamp"
    if _DOCUMENT_SYMBOL.match(stripped):
        return "a document symbol"
    return ""


METADATA = "article metadata"
"""The prefix of the reasons for what a CMS prints around an article (a byline, a date, a reading
time, a credit): such lines sit next to the title, so they never make a menu run."""


def _article_metadata(text: str, norm: str, words: int, sentence: bool) -> str:
    """The evidence of a line of article metadata or of a site footer ('' when none)."""
    stripped = text.strip()
    if words <= 10 and not sentence and stripped.count("(") == stripped.count(")"):  # not a line cut in a bracket
        if _UPDATED.search(norm):
            return f"{METADATA}: a date of publication or update"
        if _READING_TIME.search(norm):
            return f"{METADATA}: a reading time"
        if (_BYLINE.search(norm) and words <= 7) or _DATED_BYLINE.search(norm) or _MEDIA_BYLINE.match(norm) or (
            words <= 6 and (_NAME_BYLINE.match(stripped) or _STAFF_BYLINE.match(norm))
        ):
            return f"{METADATA}: a byline"
        if _SUBMITTED.match(norm):
            return f"{METADATA}: a date of publication and the account that posted it"
        if _MESSAGE_COUNT.search(norm):
            return f"{METADATA}: a message counter"
        if _FIELD.match(norm) and words <= 8:
            return f"{METADATA}: a field of the entry (country, theme, tags, duration)"
    if words <= 10 and _OLD_ARTICLE.search(norm):
        return f"{METADATA}: an archive notice"
    if words <= 12 and _OTHER_LANGUAGES.search(norm):
        return "language links"
    if words <= 12 and _PAGE_ERROR.search(norm):
        return "page error message"
    if words <= 12 and (not sentence or stripped.endswith(":")) and _READ_LINK.search(norm):
        return "read-more link"
    if words <= 15 and not sentence and _LEARN_MORE.search(norm):
        return "read-more link: a link to the page it names"
    if words <= 12 and (_ADVERTISING.search(norm) and (not sentence or stripped.endswith("?"))):
        return "advertising"
    if words <= 15 and _COMMENT_FORM.search(norm):
        return "comment form"
    if words <= 40 and _FEED_FOOTER.search(norm):
        return "feed footer: where the article first appeared"
    if words <= 8 and not sentence and _NEXT_VIDEO.search(norm):
        return "video player"
    if words <= 8 and _READ_IN.search(norm):
        return "language links"
    if words <= 15 and not sentence and _SITE_FOOTER.search(norm):
        return "site footer line"
    if words <= 20 and _UN_PRESS_HEADER.search(norm):
        return "page label: the press office's header line"
    if _GLUED_SYMBOL.match(stripped):
        return "page label glued to the document symbol"
    return ""


def _block_evidence(text: str) -> str:
    """The evidence a whole block carries by itself: :func:`line_evidence`, and chrome 13's
    evidence, which needs the whole paragraph (a wrapped line ``anne.petit@example.org.`` or
    ``Faites un don pour …`` may end or go on a sentence: the joiner of hard-wrapped text does not
    consult it)."""
    reason = line_evidence(text)
    if reason:
        return reason
    norm = normalize_label(text)
    words, sentence = len(_WORD.findall(text)), _SENTENCE_END.search(text.strip()) is not None
    return _chrome13_evidence(text, norm, words, sentence) or _chrome15_evidence(text, norm, words, sentence)


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` comes right under ``previous`` (no blank line between them) and
    ``previous`` leaves its sentence open on a colon, a lead-in alone aside."""
    adjacent = previous.line + previous.raw.count("\n") + 1 == line.line
    return adjacent and previous.text.rstrip().endswith(":") and not _CONTACT_LEADIN.match(previous.normalized)


def _own_evidence(line: _Line, previous: _Line | None) -> str:
    """The evidence one line carries by itself (or with the line before it)."""
    reason = _block_evidence(line.text)
    if reason.startswith(CONTACT) and previous is not None and _continues(previous, line):
        reason = ""  # "… veuillez contacter Mme X, courriel :" / "x@example.org": the sentence's end
    if reason:
        return reason
    if previous is not None and previous.text:
        if line.text == previous.text and line.line != previous.line:
            return f"doubled: repeats the line before it (block {previous.index + 1})"
        if line.line != previous.line and "".join(line.text.split()) == "".join(previous.text.split()):
            # chrome 10: "… du HCR © photothek" then "… du HCR© photothek": the copy lost a space
            return f"doubled: repeats the line before it but for its spaces (block {previous.index + 1})"
        if (
            line.text.startswith(previous.text)
            and len(line.text) > len(previous.text)
            and _glued_capital(line.text, len(previous.text))
            and previous.text[-1:].isalpha()
        ):
            return f"glued label: starts with the line before it ({previous.text[:40]!r}) glued to its blurb"
    return ""


_GLUED_MAX = 120  # a line of glued labels is short: longer lines are not decomposed
_GLUED_PART = 4  # labels shorter than this ("x", "rss") never make part of a glued run


def _glued_labels(norm: str, vocabulary: frozenset[str]) -> list[str] | None:
    """``norm`` read as two or more labels of ``vocabulary`` glued by the scraper, with or without
    a space (``version imprimableenvoyer par courrielversion pdf``, ``partagertweeterimprimer``),
    at least one of them without: the labels, or None."""
    if len(norm) > _GLUED_MAX or len(norm) < 2 * _GLUED_PART:
        return None
    lengths = sorted({len(label) for label in vocabulary if len(label) >= _GLUED_PART}, reverse=True)
    # best[i]: a decomposition of norm[i:] as (parts, glued without a space somewhere)
    best: list[tuple[list[str], bool] | None] = [None] * (len(norm) + 1)
    best[len(norm)] = ([], False)
    for start in range(len(norm) - 1, -1, -1):
        for length in lengths:
            part = norm[start : start + length]
            if len(part) < length or part not in vocabulary:
                continue
            after = start + length
            spaced = after < len(norm) and norm[after] == " "
            rest = best[after + 1] if spaced else best[after]
            if rest is None:
                continue
            best[start] = ([part, *rest[0]], rest[1] or (not spaced and after < len(norm)))
            break
    found = best[0]
    if found is None or len(found[0]) < 2 or not found[1]:
        return None
    return found[0]


def _glued_capital(text: str, at: int) -> bool:
    return text[at].isupper() and text[at - 1].islower()


_CAPTION_WORDS = 4  # a part before a pipe with a sentence end and this many words is a caption, no crumb


def _breadcrumb(text: str) -> bool:
    stripped = text.strip()
    if stripped.endswith((".", "!", "?", "…")) or "«" in text or stripped.startswith("|") or stripped.endswith("|"):
        return False  # a sentence, a quotation or a table row
    pieces = _PIPE.split(text)
    if any(piece.rstrip().endswith((".", "!", "?", "…")) and len(_WORD.findall(piece)) >= _CAPTION_WORDS for piece in pieces[:-1]):
        return False  # "… à Genève, en septembre 2021. | D. DUPONT / REUTERS": a caption and its credit
    if _PIPE.search(text) and len(_WORD.findall(text)) <= 14:
        return True
    parts = _SEPARATORS.split(text)
    if len(parts) >= 3 and all(0 < len(_WORD.findall(part)) <= 5 or (0 < p < len(parts) - 1 and not part.strip()) for p, part in enumerate(parts)):
        return sum(1 for part in parts if part.strip()) >= 3  # chrome 10: an empty crumb inside ("… > Profils >  > Commentaires")
    return False


CONTACT = "contact detail"
"""The prefix of the reasons for a line that is only an address (an e-mail, a link): a contact
lead-in above such a line goes with it."""
_URL = r"(?:https?://|www\.)\S+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESSES = regex.compile(rf"{_URL}|{_EMAIL}")
# What may stand beside a bare address and say nothing else: the label of a copied page's link
# ("Source : https://…") or a crawl date ("date 2023-04 https://…").
_SOURCE_LABEL = regex.compile(
    rf"^(?:(?:sources?|lien|link|url|article original|original|via|lire sur|read on)|date\s*:?\s*(?:{_DATE}|\d{{4}}-\d{{2}}))$"
)
_ADDRESS_PUNCTUATION = regex.compile(r"[\s:;,.|()\[\]<>«»\"“”–—]+")
# "Choisissez une langue pour cette section :", "Sélectionnez le site d'un pays", "Select your
# language": a language or site chooser's prompt (an imperative: "Choisir un pays…" may open a sentence).
_CHOOSER = regex.compile(
    r"^(?:choisissez|selectionnez|recherchez|changez de|choose|select|change|find)\s+(?:(?:une|un|la|le|votre|vos|a|an|the|your)\s+)?"
    r"(?:langue|langues|site|sites|pays|region|version|language|languages|country|region|website)\b"
)
_CHOOSER_WORDS = 10
# "Faites un don pour soutenir l'action de X", "Donate now": a donation button (no sentence end).
_DONATION = regex.compile(
    r"^(?:faites|faire|effectuez|effectuer) un don\b|^(?:donnez|je donne|soutenez-nous|soutenez nous)\b|"
    r"^(?:donate|give)(?: now| today)?\b|^make a donation\b"
)
_DONATION_WORDS = 15
# "ActualitéSahel": a section label glued to the next word by the scraper (no space between them).
_GLUED_LABEL_WORD = regex.compile(r"^(\p{L}[\p{L}'’ -]{2,30}?\p{Ll})(\p{Lu}\p{Ll}[\p{L}-]{1,30})$")
# "À propos du PAMLe PAM est …": an "about" box's heading glued to its blurb (the organization's boilerplate).
_ABOUT_GLUED = regex.compile(r"^(?:[ÀA] propos (?:de l['’]|de la |du |des |de |d['’])|About (?:the )?)\p{Lu}{2,10}(?=\p{Lu}\p{Ll})")


def _chrome13_evidence(text: str, norm: str, words: int, sentence: bool) -> str:
    """Chrome 13's evidence of one line by itself ('' when none): a bare address, a chooser's
    prompt, a donation button, a label glued to a word, an "about" heading glued to its blurb."""
    stripped = text.strip()
    address = _address_only(stripped)
    if address:
        return address
    if words <= _CHOOSER_WORDS and _CHOOSER.match(norm):
        return "language or site chooser: its prompt"
    if words <= _DONATION_WORDS and not sentence and _DONATION.match(norm):
        return "donation button: a call to give"
    glued = _GLUED_LABEL_WORD.match(stripped)
    if glued and len(glued.group(1)) >= _GLUED_PART:
        label = normalize_label(glued.group(1))
        if label in _LABELS or label in _RUBRICS or label in SITE_SECTIONS:
            return f"glued label: the label {glued.group(1)!r} glued to the word {glued.group(2)!r}"
    about = _ABOUT_GLUED.match(stripped)
    if about:
        return f"glued label: the heading {about.group(0)!r} glued to its blurb (the organization's boilerplate)"
    return ""


def _address_only(text: str) -> str:
    """Why ``text`` holds nothing but an address ('' when it holds more): an e-mail address or a
    link alone (``press@example.org``), or a copied page's link after ``Source :`` or a crawl
    date. A labelled field (``Courriel : x@…``) or a name with its numbers is a release's contact: kept."""
    found = _ADDRESSES.findall(text)
    if not found or (text.endswith(".") and not text.endswith("...")):
        return ""  # "… courriel :" / "anne.petit@example.org.": the end of a sentence
    rest = normalize_label(_ADDRESSES.sub(" ", text))
    rest = _ADDRESS_PUNCTUATION.sub(" ", rest).strip()
    if not rest:
        return f"{CONTACT}: an e-mail address or a link alone on its line"
    if _SOURCE_LABEL.match(rest):
        return f"{CONTACT}: the address of the page the text was copied from ({rest!r})"
    return ""


# The nouns and verbs of a media player's labels ("Écouter l'émission", "Réécouter", "Audio 03:22",
# "vidéo : 3min", "24 épisodes", "À propos de cet audio"), compared on normalize_label forms.
_MEDIA_NOUNS = (
    r"(?:emissions?|podcasts?|episodes?|audios?|videos?|reportages?|chroniques?|entretiens?|interviews?|replay|direct|extraits?|"
    r"son|bande-annonce|journal|editions?|magazines?|programmes?|enregistrements?|diaporamas?|live|player|lecteur)"
)
# the recordings a duration follows ("Audio 03:22"; "Programme : 10:30" is an agenda's time)
_MEDIA_CLIPS = r"(?:podcasts?|episodes?|audios?|videos?|reportages?|entretiens?|interviews?|replay|extraits?|son|emissions?|diaporamas?)"
_MEDIA_VERBS = (
    r"(?:ecouter|ecoutez|reecouter|reecoutez|regarder|regardez|revoir|visionner|visionnez|telecharger|telechargez|suivre|suivez|"
    r"lancer|lire|relire|voir|s'abonner (?:a|au|aux)|abonnez-vous (?:a|au|aux)|listen(?: to)?|watch|play|download|subscribe(?: to)?)"
)
_DETERMINERS = r"(?:l'|la|le|les|cet|cette|ce|un|une|notre|nos|votre|tout|tous|toute|toutes|de|du|des|d'|the|this|our)"
_MEDIA_ADVERBS = r"(?:gratuitement|plus tard|en direct|a nouveau|de nouveau|maintenant|en entier|en integralite|integralement|ici|now|later|again|free)"
# a duration as a player prints it: "03:22", "(2:15)", "3 min", "3min", "19'46""
_PLAYER_DURATION = (
    r"(?:\(\s*)?(?:(?:\d{1,2}\s*:\s*)?\d{1,2}\s*:\s*\d{2}|\d{1,3}\s*(?:min|mn|minutes?|sec|secondes?|s)\b\.?(?:\s*\d{1,2}\s*(?:s|sec)\b)?"
    r"|\d{1,3}\s*'\s*\d{1,2}\s*(?:\"|''|”)?)(?:\s*\))?"
)  # no hours: "Programme : 10 h 30" is an agenda's time
# alone on its line, a duration in minutes or seconds only ("10 h 30" alone may be an agenda's time: kept)
_PLAYER_DURATION_ALONE = (
    r"(?:\(\s*)?(?:(?:\d{1,2}\s*:\s*)?\d{1,2}\s*:\s*\d{2}|\d{1,3}\s*(?:min|mn|minutes?|sec|secondes?)\b\.?(?:\s*\d{1,2}\s*(?:s|sec)\b)?"
    r"|\d{1,3}\s*'\s*\d{1,2}\s*(?:\"|''|”)?)(?:\s*\))?"
)
_MEDIA_LABEL = regex.compile(
    rf"^{_MEDIA_VERBS}(?:\s*{_DETERMINERS})*\s*(?:{_MEDIA_NOUNS}|article|texte|suite)?(?:\s+{_MEDIA_ADVERBS})?(?:\s*[-–:|,]?\s*{_PLAYER_DURATION})?$"
    rf"|^{_MEDIA_CLIPS}\s*[-–:|,]?\s*{_PLAYER_DURATION}$"
    rf"|^{_PLAYER_DURATION_ALONE}$"
    rf"|^\d{{1,4}}\s+{_MEDIA_NOUNS}$"
    rf"|^(?:a propos|about)\s+(?:de\s+)?(?:cet|ce|cette|this)\s+(?:audio|podcast|emission|episode|video|programme|show|chronique)$"
)
_MEDIA_LABEL_WORDS = 8
# "[cliquer pour dérouler]", "(Lire la suite)", "+ Voir plus", "▼ Déplier": a fold-out button, its
# label in brackets or beside an arrow; each part of the line a label or a fold verb.
_FOLD = regex.compile(
    r"^(?:(?:cliquer|cliquez|click|tap|appuyer|appuyez)(?:\s+ici|\s+here)?\s+(?:pour|to)\s+)?"
    r"(?:derouler|enrouler|deplier|replier|developper|reduire|afficher|masquer|cacher|montrer|ouvrir|fermer|agrandir|"
    r"expand|collapse|show|hide|open|close|lire la suite|voir la suite|afficher la suite|voir plus|afficher plus|lire plus|"
    r"voir moins|afficher moins|voir tout|tout afficher|afficher tout|plus de details|moins de details|voir le detail|"
    r"voir les details|afficher les details|masquer les details|read more|show more|show less|see more|view more|more|less|plus|moins)"
    r"(?:\s+(?:(?:le|la|les|l'|ce|cet|cette|the|tout le|toute la)\s*)?(?:texte|contenu|menu|sommaire|section|paragraphe|resume|"
    r"details?|biographie|transcription|legende|article|suite|liste|reponse|encadre|tableau|content|text|all))?$"
)
_FOLD_PART = regex.compile(r"\s*[\[\]()]+\s*|^\s*[+▼▲▶►▸↓↑⌄⌃-]+\s*|\s*[+▼▲▶►▸↓↑⌄⌃-]+\s*$")
_FOLD_WORDS = 8
_EDGE_SYMBOLS = regex.compile(r"^[\p{So}\p{Sm}\p{Sk}\uFE0F\u200d\s]+|[\p{So}\p{Sm}\p{Sk}\uFE0F\u200d\s]+$")  # icons and arrows at the ends
# "Portrait de la directrice - JPEG", "Carte de la région (PNG)", "Rapport annuel – PDF": a file
# link named by its type after a separator or in brackets, the line's end (no sentence end before it).
_FILE_TYPE_END = regex.compile(
    r"(?:\s[-–—|:,]\s*|\s*\(\s*)(?:jpe?g|png|gif|tiff?|webp|svg|bmp|heic|pdf|docx?|xlsx?|pptx?|odt|ods|zip|mp3|mp4|mov|wav)(?:\s*\))?$"
)
# "Télécharger l'image", "Télécharger la photo en haute résolution", "Image haute définition"
_IMAGE_DOWNLOAD = regex.compile(
    r"^(?:telecharger|telechargez|download|enregistrer|save)\s+(?:l'|la |le |les |cette |cet |ce |the |this )?"
    r"(?:image|photo|photographie|visuel|illustration|infographie|affiche|fichier|document|logo|carte|file|picture|image file)s?\b"
    r"(?:\s+(?:en\s+)?(?:haute|basse|pleine|full|high|low)\s+(?:resolution|definition|taille|size|res))?(?:\s*\(.{0,30}\))?$"
    r"|^(?:image|photo|visuel|fichier)s?\s+(?:en\s+)?(?:haute|basse)\s+(?:resolution|definition)(?:\s*\(.{0,30}\))?$"
    r"|^(?:page|image|photo|illustration|visuel|vignette)s? de couverture\b"  # "Page de couverture de Reportage Afrique": a cover's alt text
)
# "Avec notre correspondante à Dakar, Jeanne Dupont", "De notre envoyé spécial à Goma,", "Par notre
# correspondant à Bamako": the radio or agency line naming who reports, alone on its line. The
# place and the name are capitalised words: "Notre correspondant à Goma a vu …" is a sentence.
_NAME_WORDS = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|la|le|van|von|da|d['’]\p{Lu}[\p{L}'’-]*|ben|ould|el|al|et)){0,5}"
_CORRESPONDENT = regex.compile(
    r"^(?i:(?:(?:avec|de|d['’]apr[eè]s|par|selon|aupr[eè]s de)\s+)?(?:notre|nos|l['’]une? de nos|une? de nos)\s+"
    r"(?:correspondant(?:e|s|es)?|envoy[ée](?:e|s|es)?\s+sp[ée]ciale?s?|envoy[ée](?:e|s|es)?|journalistes?|reporters?|bureau|r[ée]daction)"
    r"(?:\s+(?:r[ée]gionale?s?|r[ée]gionaux|permanente?s?|locale?s?|locaux|sur place|sp[ée]ciale?s?|sp[ée]ciaux))?)"
    rf"(?:\s+(?i:a|à|au|aux|en|dans|pour|sur)\s+(?:(?i:l['’]|la\s|le\s|les\s))?{_NAME_WORDS})?"
    rf"(?:\s*(?:,|[-–—])\s*(?:{_NAME_WORDS})?)?\s*\.?$"
)
_CORRESPONDENT_WORDS = 16
# "Le Monde avec AFP", "Avec l'AFP", "avec agences": the wire source a news site credits on a line of its own.
_WIRE_SOURCE = regex.compile(
    r"^(?:\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,3}\s+)?(?i:avec|with)\s+(?i:l['’])?"
    r"(?i:afp|reuters|ap|belga|agences?|dpa|ats|ansa|efe|xinhua|aps|map|reuters et afp|afp et reuters)$"
)
# "Ce contenu a été mis à jour le 30 avril 2016 à 13 h 26 min.": a CMS's update notice, a sentence in form only.
_UPDATE_NOTICE = regex.compile(
    r"^(?:ce contenu|cet article|cette page|ce document|ce billet|cette publication|ce texte|ce communique|cette fiche)\s+"
    r"a ete (?:mise? a jour|publiee?|modifiee?|mise? en ligne|actualisee?|revisee?)\s+(?:pour la derniere fois\s+)?(?:le|il y a)\s+.*\d"
)
# "Pour lire cet article :", "Achetez un pack de crédits", "Consultez nos offres d'abonnement,":
# the lines of a paywall box.
_PAYWALL_BOX = regex.compile(
    r"^pour (?:lire|acceder a|consulter|continuer|debloquer) (?:cet article|ce contenu|l'article|l'integralite|la suite|tous nos articles)\b"
    r"|^(?:achetez|acheter|je choisis|choisissez|decouvrez|consultez|voir|souscrire a|souscrivez a)\s+(?:un pack|nos offres|une offre|un abonnement|nos formules|nos abonnements)\b"
    r"|^(?:a partir de|des|seulement|pour seulement)\s+\d+(?:[.,]\d+)?\s*(?:€|eur|euros?|chf|\$)\s*(?:/|par)\s*(?:mois|an|semaine|jour)\b"
)

_PAYWALL_PRICE = regex.compile(r"^(?:a partir de|des|seulement|pour seulement)\s+\d")
_PAYWALL_TARGET = regex.compile(r"\b(?:cet article|ce contenu|nos offres|un pack|abonnement)\b")
# "Accueil Vidéos Belgique": a breadcrumb from the home page whose separators the scraper lost
# (every crumb capitalised: "Accueil des réfugiés à Goma" is a title).
_BARE_CRUMBS = regex.compile(r"^(?:Accueil|ACCUEIL|Home|HOME)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*){1,4}$")


# The rules of chrome 15 that share one shape (:class:`LineRule`: a pattern, a word cap, a guard
# on the line's end); the order is the precedence.
_FILE_AND_CRUMB_RULES_15 = (
    LineRule(_FILE_TYPE_END, "media/file link: a file named by its type", 15, "no sentence inside", find="search"),
    LineRule(_IMAGE_DOWNLOAD, "media/file link: an image's download or cover label", 12, "no sentence"),
    LineRule(_BARE_CRUMBS, "breadcrumb: crumbs from the home page, their separators lost", 6, "no sentence", on="text"),
)
_SOURCE_RULES_15 = (
    LineRule(_WIRE_SOURCE, f"{METADATA}: the wire source the site credits", 8, on="text"),
    LineRule(_UPDATE_NOTICE, f"{METADATA}: a CMS's update notice", 18),
)


def _chrome15_evidence(text: str, norm: str, words: int, sentence: bool) -> str:
    """Chrome 15's evidence of one block by itself ('' when none): a comment counter, a media
    player's label, a fold-out button, a file's type or download label, a correspondent's line,
    a wire source line, a CMS's update notice, the lines of a paywall box, bare crumbs from the
    home page, spaced labels (``Publié Mis à jour``) and a label glued before a chrome line."""
    return _chrome15_label(text, norm, words, sentence) or _chrome15_lines(text, norm, words, sentence)


def _chrome15_label(text: str, norm: str, words: int, sentence: bool) -> str:
    """The part of :func:`_chrome15_evidence` that a short label carries by itself (a counter, a
    player's label, a fold-out button, a file label, crumbs, spaced labels): also consulted line
    by line (:func:`line_evidence`), so that the hard-wrap joiner keeps such a line apart."""
    stripped = text.strip()
    bare = _EDGE_SYMBOLS.sub("", norm)
    if bare != norm and bare and words <= _MEDIA_LABEL_WORDS and (
        bare in _LABELS or _MEDIA_LABEL.match(bare) or _FOLD.match(bare) or _COMMENT_COUNTER.match(bare)
    ):  # "Écouter ▶", "🎧 Podcast", "Voir plus →": a label beside its icon
        return f"label {stripped!r} beside its icon"
    quoted_title = words <= 30 and stripped[-1:] in "»”\"’'"  # "2 réflexions sur « Titre »" ends with the title's quote
    if (words <= 8 or quoted_title) and _COMMENT_COUNTER.match(norm):
        return "comment count: the comment section's counter or button"
    if words <= _MEDIA_LABEL_WORDS and _MEDIA_LABEL.match(norm) and any(ch.isalpha() for ch in norm):
        return "media player label: a listen/watch button, a duration or an episode count"
    if words <= _FOLD_WORDS and not sentence:
        parts = [part for part in _FOLD_PART.split(norm) if part and part.strip()]
        if parts and (stripped[:1] in "[(+▼▲▶►▸" or stripped[-1:] in "])+▼▲") and all(
            part.strip() in _LABELS or _FOLD.match(part.strip()) for part in parts
        ) and any(_FOLD.match(part.strip()) for part in parts):  # "(archives)" is a caption's note, no button
            return f"fold-out button {stripped!r}"
        if len(parts) == 1 and _FOLD.match(parts[0].strip()) and regex.search(r"\b(?:cliqu|click|tap|appuy)", parts[0]):
            return f"fold-out button {stripped!r}"
    reason = first_reason(_FILE_AND_CRUMB_RULES_15, stripped, norm, words, sentence)
    if reason:
        return reason
    if words <= 8 and not sentence:
        spaced = _spaced_labels(norm)
        if spaced:
            return f"labels {' + '.join(repr(part) for part in spaced)}"
    return ""


def _chrome15_lines(text: str, norm: str, words: int, sentence: bool) -> str:
    """The part of :func:`_chrome15_evidence` judged on a whole block only (a wrapped line may
    look like it: ``Avec notre correspondante à Dakar,`` / ``la campagne …``)."""
    stripped = text.strip()
    if words <= _CORRESPONDENT_WORDS and _CORRESPONDENT.match(stripped.replace("\u00a0", " ")):
        return f"{METADATA}: a correspondent's line (who reports, and where)"
    reason = first_reason(_SOURCE_RULES_15, stripped, norm, words, sentence)
    if reason:
        return reason
    if words <= _PAYWALL_BOX_WORDS and _PAYWALL_BOX.match(norm) and (
        not sentence or stripped.endswith(":") or _PAYWALL_PRICE.match(norm) or _PAYWALL_TARGET.search(norm)
    ):  # "Pour continuer la suite des travaux, le comité …" is a sentence
        return "paywall: a line of the subscription box"
    head = _glued_head_label(stripped)
    if head:
        return head
    return ""


def _spaced_labels(norm: str) -> list[str] | None:
    """``norm`` read as two or more known labels side by side, separated by spaces only
    (``publie mis a jour``, ``partager imprimer``): the labels, or None."""
    tokens = norm.split()
    if len(tokens) < 2:
        return None
    best: list[list[str] | None] = [None] * (len(tokens) + 1)
    best[len(tokens)] = []
    for start in range(len(tokens) - 1, -1, -1):
        for end in range(len(tokens), start, -1):
            rest = best[end]
            if rest is not None and " ".join(tokens[start:end]) in _LABELS:
                best[start] = [" ".join(tokens[start:end]), *rest]
                break
    found = best[0]
    return found if found is not None and len(found) >= 2 else None


_GLUED_HEAD = regex.compile(r"^(\p{L}[\p{L}'’ -]{2,30}?\p{Ll})(\p{Lu}.*)$")


def _glued_head_label(text: str) -> str:
    """A label glued to the next line's text, itself chrome (``NewsletterRecevez toute l'actualité
    … dans votre boîte mail``, ``PartagerLire aussi : …``): '' when none."""
    match = _GLUED_HEAD.match(text)
    if match is None or normalize_label(match.group(1)) not in _LABELS:
        return ""
    rest = match.group(2)
    if _block_evidence(rest) or _SUBSCRIBE.match(normalize_label(rest)) or _NEWSLETTER_PITCH.search(normalize_label(rest)):
        return f"glued label: the label {match.group(1)!r} glued to a chrome line"
    return ""


# "Recevez toute l'actualité … dans votre boîte mail": a newsletter's pitch
_NEWSLETTER_PITCH = regex.compile(r"^(?:recevez|recevoir|inscrivez-vous|abonnez-vous|get|receive)\b.{0,80}\b(?:boite (?:mail|e-?mail|aux lettres|de reception)|inbox|newsletter|courriel|e-?mail)\b")


BYLINE_RUN = f"{METADATA}: a byline over several lines"
"""The prefix of the reasons for the lines of a byline the page splits (``Par`` / a name / a date
and time): its date stamp is chrome by this evidence, not kept as a date."""
