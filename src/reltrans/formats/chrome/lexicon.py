"""Site chrome: the label vocabularies, the shared patterns and thresholds, and :func:`normalize_label`.

Every other module of :mod:`reltrans.formats.chrome` compares lines in :func:`normalize_label` form
against these tables; a pattern or a threshold that only one family uses lives in that family's module.
"""
from __future__ import annotations

import unicodedata

import regex


FORMATS = ("text", "markdown")
"""The document formats whose site chrome is detected."""

CHROME_VERSION = "17"
"""Changes whenever a rule change may judge the same text differently."""

_LABELS_FR = """
aller au contenu principal|aller au contenu|passer au contenu principal|acceder au contenu principal|
contenu principal|aller a la navigation|fil d'ariane|vous etes ici|accueil|menu|menu principal|
rechercher|recherche|fermer|partager|partager cette page|partager cet article|imprimer|
imprimer cette page|envoyer par e-mail|envoyer par courriel|copier le lien|lien copie|copie|copied|
abonnez-vous|s'abonner|s'inscrire|newsletter|lettre d'information|lire la suite|en savoir plus|
decouvrir|voir plus|voir tout|tout voir|retour|retour en haut|haut de page|retour en haut de page|
page precedente|page suivante|texte integral|transcription|compte rendu de seance|telecharger|
telecharger le pdf|aucun resultat trouve|faire un don|langue|choisissez une langue|
selectionnez le site d'un pays|en cours au siege de l'onu|salle de presse|centre de presse|
actualites|dernieres nouvelles|articles connexes|contenu connexe|sur le meme sujet|a lire aussi|
mots-cles|communique|communique de presse|communiques de presse|communiques|global|
declaration|points de presse|galerie photos|protected|n/a|
archives|commentaires|laisser une reponse|laisser un commentaire|repondre|filtrer par|trier par|
aucun commentaire|enregistrer un commentaire|publier un commentaire|ajouter un commentaire|
votre adresse e-mail ne sera pas publiee|votre adresse de messagerie ne sera pas publiee|
lire l'article|lire l'article complet|lire aussi|date|partager l'article|partager la page|en bref|
publie|mis a jour|ecouter|chargement|chargement en cours|loading|loading the player|
l'actualite mondiale un regard humain|faits et chiffres|donnees et chiffres|histoires vecues|a la une|
envoyer cet article|imprimer cet article|reportages photo|
plus d'infos|audio|video|podcast|accepter|tout accepter|j'accepte|refuser|tout refuser|personnaliser|
connexion|se connecter|deconnexion|mon compte|testez-nous|je m'abonne|s'abonner maintenant|
publicite|contenus sponsorises|contenu sponsorise|liens commerciaux|liens sponsorises|autres videos|
suivez-nous|reseaux sociaux|image|version imprimable|plus d'articles|vous pouvez aussi aimer|vous aimerez aussi|
articles similaires|articles lies|a lire egalement|lire egalement|a voir aussi|sur le meme theme|dans la meme rubrique|
local|tags|etiquettes|envoyer|envoyer a un ami|contactez-nous|suite de l'article|lire la suite de l'article|
tweeter|version pdf|rejoignez la conversation|connexion a votre compte|identifiant|mot de passe|mot de passe oublie|
maintenir la connexion active sur ce site|se souvenir de moi|rester connecte|creer un compte|
actualite|international|infos|on en parle|lire plus|intranet|conference de presse|
pin it|j'ai compris|pour en savoir plus|teleprompter|transcriptions|connectez-vous|connectez-vous s'inscrire|connexion s'inscrire|se connecter s'inscrire|aller a la video|nouveau commentaire|autres articles|version mobile|les commentaires sont fermes|la suite est reservee aux abonnes|precedent|suivant|precedent suivant|article precedent|article suivant|publie le|mis a jour le|
date de publication|date de mise en ligne|date de parution|date de mise a jour|date de creation|
formulaire de recherche|
archives du tag|archives de l'etiquette|archives de la categorie|× fermer|✕ fermer|
bouton retour en haut de la page|bouton retour en haut|afficher plus|afficher moins|voir moins|autres pages|
transcription du contenu de la page|filtre|filtres|filtrer|
reagir|commenter|reagir a cet article|commenter cet article|lancez la conversation|participer a la conversation|
rejoindre la conversation|soyez le premier a commenter|soyez le premier a reagir|ecrire un commentaire|donnez votre avis|
voir les commentaires|afficher les commentaires|lire les commentaires|masquer les commentaires|
rejoignez-nous|retrouvez-nous|suivez-nous sur|en direct|direct|selectionne pour vous|selectionnes pour vous|
episodes|tous les episodes|derniers episodes|autres episodes|episode suivant|episode precedent|
article reserve|contenu reserve|article reserve aux abonnes|contenu reserve aux abonnes|
derouler|deplier|replier|enrouler|afficher la suite|voir la suite|lire plus|en lire plus|en voir plus|afficher tout|
thematiques|sujets associes|themes associes|sujets lies|rubriques|mots-cles associes|
"""
_LABELS_EN = """
skip to main content|skip to content|skip to navigation|breadcrumb|you are here|home|share|
share this|share this page|share this article|print|print this page|tweet|subscribe|sign up|
read more|learn more|see more|view all|see all|back to top|related|related content|related news|
download|download pdf|search|close|press release|press releases|news|latest news|statement|
photo gallery|donate|language|select a language|comments|leave a reply|leave a comment|reply|
filter by|sort by|more info|accept|accept all|reject all|log in|sign in|my account|
global perspective human stories|listen|published|updated|publish date|publication date|date published|no comments|post a comment|
media centre|media center|highlights|photo essays|real lives|facts and figures|email this article|
e-mail this article|unite for children|
related post|related posts|related articles|you may also like|more articles|more stories|similar articles|
submitted on|go to main content|transcript|transcripts|teleprompter|log in sign up|sign in register|goto main content|advertisement|sponsored content|send|news reporter|got it|exit mobile version|comments are closed|previous|next|previous next|username|password|forgot your password|remember me|
search form|tag archive|× close|✕ close|tag archives|category archive|category archives|
back to top button|show more|show less|other pages|filter|filters|subject|subjects|
main content|main navigation|skip to main navigation|skip navigation|jump to content|jump to main content|main menu|
about|more|categories|top categories|episodes|all episodes|latest episodes|expand|collapse|show all|live|
related topics|topics|
"""
_SOCIAL = "facebook|twitter|x|linkedin|whatsapp|instagram|youtube|flickr|tiktok|e-mail|email|courriel|rss"
_LABELS = frozenset(
    label.strip() for label in (_LABELS_FR + "|" + _LABELS_EN + "|" + _SOCIAL).replace("\n", "").split("|")
    if label.strip()
)

_SENTENCE_END = regex.compile(r"[.!?…:;][\s»”’\"')\]]*$")
_HAS_SENTENCE_END = regex.compile(r"[.!?…][\s»”’\"')\]]*(?:\s|$)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_LIST_LINE = regex.compile(r"^[ \t]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)])(?:[ \t\u00a0]|$)")
_BULLET_PREFIX = regex.compile(r"^[\s\-*•‣◦▪–—+]+")

_COMMENT_COUNT = regex.compile(r"^\d+\s+(?:commentaires?|comments?|reactions?|reponses?|replies)$")

WEB_ARCHIVE = "web-archive banner"
"""The prefix of the reasons for the toolbar a web archive prints above a stored page."""

_MONTH = (
    r"(?:janv(?:ier|\.)?|fevr(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|l?\.)?|aout|sept(?:embre|\.)?|"
    r"oct(?:obre|\.)?|nov(?:embre|\.)?|dec(?:embre|\.)?|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
)
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"

_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Headings of a list of other articles (after the body, the titles that follow them are chrome too).
RELATED_HEADINGS = frozenset(
    "vous pouvez aussi aimer|vous aimerez aussi|plus d'articles|autres articles|articles similaires|articles lies|sur le meme sujet|"
    "sur le meme theme|a lire aussi|a lire egalement|lire aussi|lire egalement|a voir aussi|autres videos|"
    "dans la meme rubrique|articles connexes|contenu connexe|related post|related posts|related articles|"
    "related|related content|related news|you may also like|more articles|more stories|similar articles|"
    "voir aussi|les plus lus|articles les plus lus|les plus populaires|articles recents|derniers articles|dernieres actualites|"
    "autres actualites|actualites liees|nouvelles connexes|a decouvrir aussi|a decouvrir egalement|"
    "ces articles peuvent vous interesser|recommande pour vous|en lien avec cet article|sur le meme theme|"
    "most read|most popular|recent posts|latest stories|see also|read also|further reading".split("|")
)

# "Par Marcel Dupuis", "par France 24 FR", "Par la rédaction": a byline alone on its line (the
# original case: every word after "par" capitalised, a figure or a name particle).
_NAME_BYLINE = regex.compile(
    r"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*"
    r"(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}|de|du|des|la|le|van|von|da|et|and|d['’]\p{Lu}[\p{L}'’-]*)){0,4}$"
)

# Section names of news sites ("Afrique", "Société", "Monde, Libye"): chrome on a line of their own
# where a release has no heading (before its first sentence paragraph, after its last one); a topic
# (not a place) also between paragraphs when no sentence paragraph follows it.
_TOPIC_RUBRICS = frozenset(
    "societe|politique|economie|culture|sport|sports|sante|environnement|faits divers|migration|migrations|"
    "immigration|diaspora|international|internationale|national|nationale|opinion|opinions|education|justice|"
    "securite|humanitaire|planete|sciences|medias|insolite|people|debats|idees|regions|region|province|provinces|"
    "politics|economy|business|health|environment|world|society|africa|europe news".split("|")
)
_PLACE_RUBRICS = frozenset(
    "afrique|monde|france|europe|asie|ameriques|amerique|amerique latine|moyen-orient|maghreb|oceanie|"
    "afrique de l'ouest|afrique centrale|afrique du nord|proche-orient|asie-pacifique|middle east|americas|asia".split("|")
)
_RUBRICS = _TOPIC_RUBRICS | _PLACE_RUBRICS

_MENU_SHORT_WORDS = 5  # unmarked lines inside a menu run up to this many words are entries


def normalize_label(text: str) -> str:
    """Lowercase, accents removed, bullets/quotes/colons at the ends and inner space runs folded:
    the form labels are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _BULLET_PREFIX.sub("", plain)
    plain = " ".join(plain.split())
    return plain.strip(" :!.›»>|/…")


# Headings of a news ticker or of other articles above or below the release.
_TICKER_HEADINGS = frozenset(
    "a la une|dernieres nouvelles|dernieres actualites|dernieres infos|les dernieres actualites|les dernieres nouvelles|"
    "fil d'actualite|fil d'actualites|fil d'info|fil info|flash info|flash infos|en continu|l'info en continu|"
    "actualites recentes|en ce moment|a ne pas manquer|les plus lus|les plus populaires|"
    "latest news|breaking news|top stories|headlines|latest stories|most read".split("|")
)

_SITE_ACRONYMS = frozenset(
    "PAM WFP OIM IOM HCR UNHCR UNICEF OMS WHO PNUD UNDP FAO ONU OCHA UNFPA ONUSIDA UNAIDS UNESCO OIT ILO FIDA IFAD "
    "ONUDI UNIDO CNUCED UNCTAD PNUE UNEP UNRWA OMM WMO OMPI WIPO AIEA IAEA "
    # chrome 14: the rest of the family: the Red Cross and Red Crescent movement, the other UN
    # agencies, offices and commissions, both languages
    "CICR ICRC CICV FICR IFRC BIT UIT ITU UPU OACI ICAO OMI IMO OMC WTO OMT UNWTO ONUDC UNODC HCDH OHCHR "
    "UNOPS UNITAR UNU ONUG UNOG FNUAP CEA UNECA CEE-ONU UNECE CESAP ESCAP CEPALC ECLAC CESAO ESCWA".split()
)

_TRUNCATED = regex.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*$")
_TEASER_WORDS = 60
_ARTICLE_LIST_TITLES = 2  # titles, each with its date or a cut-off teaser, that make a list of articles

_TIME_OF_DAY = regex.compile(r"\d{1,2}\s*[:h]\s*\d{2}$")

# A word that cannot stand alone ("Publié" / "sur", "Pour" / "lire l'article...>>"): what is left of a
# chrome line the scraper broke up.
_LONE_WORDS = frozenset("sur|pour|par|le|la|les|de|du|des|a|et|ou|en|dans|avec|the|by|on|of|for|and|in|at".split("|"))

_REPEAT_WORDS = 6  # a shorter line ("Contexte", "Appels aux volontaires") may well come twice

_ACRONYM = regex.compile(r"^\p{Lu}{2,8}$")

# "Déclarations Haut-Commissariat aux droits de l'homme": a page type, then its office or collection
# with no "de" between them (a title says "Déclarations du Haut-Commissaire …").
_SECTION_LABEL = regex.compile(
    r"^(?i:d[ée]clarations|communiqu[ée]s(?:\s+de\s+presse)?|discours|actualit[ée]s|statements|speeches|"
    r"press releases|publications|[ée]v[ée]nements|dossiers|interventions)(?:\s+|\s*[/|>›]\s*)\p{Lu}"  # chrome 15: "Actualités/Maintien de la paix"
)

# The sections of an agency's menu ("Notre action", "Qui nous aidons"): site chrome above the title
# and, each with its blurb, as a menu below the release (never the title: "À propos" may be one).
SITE_SECTIONS = frozenset(
    "notre action|nos actions|notre travail|notre mission|nos missions|nos priorites|nos programmes|nos projets|"
    "ce que nous faisons|qui nous sommes|qui sommes-nous|qui sommes nous|qui nous aidons|ou nous travaillons|ou nous intervenons|"
    "comment nous travaillons|comment aider|agir avec nous|nous soutenir|s'engager|impliquez-vous|"
    "a propos|a propos de nous|espace presse|espace medias|salle de presse|what we do|who we are|where we work|"
    "who we help|about us|get involved|our work".split("|")
)
_SECTION_WORDS = 8

# Short generic labels a site prints as section tabs: chrome only beside other chrome or at the
# page's first or last line outside the body ("Focus" may also head a release's box).
_WEAK_LABELS = frozenset(
    "faq|focus|blog|blogs|dossiers|agenda|multimedia|videos|photos|evenements|ressources|publications|campagnes|"
    "nos campagnes|temoignages|opinions|tribunes|podcasts|webinaires|en images|en video|events|resources|stories".split("|")
)

# "Pour plus d'informations, veuillez contacter :", "Contact presse", "Media contacts"
_CONTACT_LEADIN = regex.compile(
    r"^(?:pour (?:plus d'informations?|plus de renseignements|toute information(?: complementaire| supplementaire)?|tout renseignement"
    r"(?: complementaire)?)(?:\s*,?\s*(?:veuillez |merci de )?(?:contacter|contactez|vous adresser a|s'adresser a))?|"
    r"contacts?(?: presse| medias?| pour les medias)?|informations complementaires|renseignements|"
    r"for (?:more|further) information(?:,? please contact)?|media contacts?|press contacts?)$"
)

# The countries (French names, as normalize_label writes them): a run of them alone on their lines
# outside the body is a page's tags.
COUNTRIES = frozenset(
    "afghanistan|afrique du sud|albanie|algerie|allemagne|andorre|angola|arabie saoudite|argentine|armenie|australie|"
    "autriche|azerbaidjan|bahamas|bahrein|bangladesh|barbade|belgique|belize|benin|bhoutan|bielorussie|birmanie|myanmar|"
    "bolivie|bosnie-herzegovine|botswana|bresil|brunei|bulgarie|burkina faso|burundi|cambodge|cameroun|canada|cap-vert|"
    "centrafrique|republique centrafricaine|chili|chine|chypre|colombie|comores|congo|republique du congo|"
    "republique democratique du congo|rdc|coree du nord|coree du sud|costa rica|cote d'ivoire|croatie|cuba|danemark|djibouti|"
    "dominique|egypte|emirats arabes unis|equateur|erythree|espagne|estonie|eswatini|etats-unis|ethiopie|fidji|finlande|"
    "france|gabon|gambie|georgie|ghana|grece|grenade|guatemala|guinee|guinee-bissau|guinee equatoriale|guyana|haiti|"
    "honduras|hongrie|inde|indonesie|irak|iran|irlande|islande|israel|italie|jamaique|japon|jordanie|kazakhstan|kenya|"
    "kirghizistan|kiribati|kosovo|koweit|laos|lesotho|lettonie|liban|liberia|libye|liechtenstein|lituanie|luxembourg|"
    "macedoine du nord|madagascar|malaisie|malawi|maldives|mali|malte|maroc|maurice|mauritanie|mexique|moldavie|monaco|"
    "mongolie|montenegro|mozambique|namibie|nauru|nepal|nicaragua|niger|nigeria|norvege|nouvelle-zelande|oman|ouganda|"
    "ouzbekistan|pakistan|palaos|palestine|etat de palestine|territoire palestinien occupe|gaza|panama|"
    "papouasie-nouvelle-guinee|paraguay|pays-bas|perou|philippines|pologne|portugal|qatar|roumanie|royaume-uni|russie|"
    "federation de russie|rwanda|saint-marin|salvador|samoa|sao tome-et-principe|senegal|serbie|seychelles|sierra leone|"
    "singapour|slovaquie|slovenie|somalie|soudan|soudan du sud|sri lanka|suede|suisse|suriname|syrie|tadjikistan|"
    "tanzanie|tchad|tchequie|republique tcheque|thailande|timor-leste|togo|tonga|trinite-et-tobago|tunisie|turkmenistan|"
    "turquie|tuvalu|ukraine|uruguay|vanuatu|venezuela|viet nam|vietnam|yemen|zambie|zimbabwe|sahel|sahara occidental".split("|")
)

# "Réagir (3)", "Commentaires (12)", "Voir les 12 commentaires", "Vue 1638 fois": a counter or a
# button of the comment section, the count in brackets or after a verb ("Il a réagi (3 fois) …"
# is a sentence: the line must be the label and its count only).
_COMMENT_COUNTER = regex.compile(
    r"^(?:reagir|reagissez|commenter|commentaires?|reactions?|comments?|reponses?|avis|messages?|contributions?)"
    r"\s*[(\[]\s*\d{1,6}\s*[)\]]$"
    r"|^(?:voir|lire|afficher|masquer|consulter|see|view|show)\s+(?:les\s+|tous les\s+|the\s+|all\s+)?(?:\d{1,6}\s+)?"
    r"(?:commentaires?|reactions?|comments?|avis|reponses?)(?:\s*[(\[]\s*\d{1,6}\s*[)\]])?$"
    r"|^\d{1,6}\s+(?:reactions?|avis|partages?|likes?|j'aime|vues?|lectures?|views?|shares?|contributions?)$"
    r"|^(?:vue?s?|lue?s?|consulte(?:e|s|es)?|viewed|read)\s+\d[\d\s.,]{0,9}\s+(?:fois|times)$"
    r"|^(?:commentaires?|reactions?|comments?|reponses?)\s*:\s*\d{1,6}$"  # "Commentaires : 12"
    # WordPress's heading of the comments: "2 réflexions sur « Titre »", "Un commentaire sur “Titre”"
    r"|^(?:\d{1,5}|une?|deux|trois|quatre|cinq)\s+(?:commentaires?|reflexions?|reponses?|reactions?|pensees?|comments?|thoughts?|responses?)"
    r"\s+(?:sur|a propos de|au sujet de|on|to)\s+[«\"“‘'].{1,200}$"  # (normalize_label drops the closing »)
)

_PAYWALL_BOX_WORDS = 12

_READ_ON_SHORT = 8  # a prompt this short is chrome anywhere; longer ones only outside the body

_CONTACT_FIELD = regex.compile(r"\b(?:contact|presse|press|tel|telephone|email|e-mail|courriel|adresse|fax)\b")
