"""Site chrome in scraped releases: menus, breadcrumbs, share/cookie/subscribe lines, page labels.

Pages copied from a web site carry the site around the release: the navigation menu before the
title, "Aller au contenu principal", "Partager", "COMMUNIQUÉ DE PRESSE" and similar labels. This
module marks such blocks (:attr:`reltrans.model.Block.chrome` holds the reason, shown by
``reltrans segment``); :func:`reltrans.segment.segment_document` leaves chrome blocks out unless
asked to keep them, so they are not in the PO, and ``build`` leaves them out of the release.

Every decision rests on evidence a reviewer can check, named in the reason:

* **label**: the whole line is a known CMS label (``Aller au contenu principal``, ``Partager``,
  ``Fil d'Ariane``, ``Communiqué de presse``, ``Global``, ``Lire la suite``, ``Archives``,
  ``Filtrer par``, ``Accepter``...), possibly after a short prefix (``PAM: Communiqué de
  presse``), a cookie notice, a share line (``Partager sur Facebook``, ``Partager « ... »``) or a
  subscribe line;
* **paywall**: a short line (eight words at most) offering a subscription (``Pour lire la suite
  de cet article``, ``Vous êtes déjà abonné ?``, ``je m'abonne``) or a price per period that is
  not a sentence (``A partir de 9.50 / mois``, ``3.- pour un jour``);
* **comment count** (``0 Commentaires``), **related-article link** (a line opened by ``>>``,
  ``→``, ``►``), **image alt text** of a logo (a short unpunctuated line naming a logo);
* **breadcrumb**: a line of short parts joined by ``|``, ``>``, ``›`` or ``»``, without a sentence
  end (a table row, which starts with ``|``, is never chrome);
* **image**: a Markdown image line (``![alt](/path.jpg)``);
* **article metadata** (ten words at most, no sentence end, no bracket left open): a date of
  publication or update (``Mise à jour 30.04.2011 à 13:18``, ``Publié le 4 mai 2031``), a reading
  time, a byline (``Article rédigé par X``, ``mardi 5 janvier 2016 par …``), a message counter,
  an aggregator's field (``Country: Niger``, ``Tags : …``, ``Durée : 2 min``, ``Format : vidéo``),
  an archive notice (``Cet article date de plus de neuf ans.``). These sit next to the title, so
  they never count towards a menu run (a short title between them is kept);
* **advertising**, a **comment form**, a **feed footer** (``L'article … est apparu en premier
  sur …``), a **video player** line, a **subscriber teaser**, a breadcrumb from the home page;
* **related list**: below the last sentence paragraph, after a heading of other articles
  (:data:`RELATED_HEADINGS`), the lines without a sentence end;
* **kept** (:func:`kept_line`): a credit on a line of its own (``(AFP)``, ``Photo : OIM/X``,
  ``© UNICEF/X``, ``Ph. DR``, ``APS/VNA/CVN``) and a date stamp (``23/11/2010``) are part of the
  release: chrome only by their own evidence, never by a run;
* **language links** (``Ce message est également disponible en : …``), a **page error message**,
  a **read-more link** (``Lire l'article de …``), a **site footer line** (``Plan du site``,
  ``Mentions légales``, ``© 2023``), a **page label glued to the document symbol**
  (``Couverture de réunionOBV/1099``, press.un.org), and label lists (``Écouter / Télécharger``);
* **doubled**: the same text as the line just before it (the scraper doubled it; the first copy
  stays unless other evidence marks it); chrome 7: **repeated**, a sentence paragraph of six
  words or more with the same text as an earlier kept one further down (the scraper repeated
  the page's first paragraphs; a title may come twice and is kept);
* Markdown headings and table rows are the author's structure and never chrome;
* **glued label**: a line that starts with the previous line glued to a capital
  (``Qui sommes nousL'Organisation ...``: a menu label and its blurb);
* **cards**: from the top of the page, two or more teasers each closed by a call to action
  (``Découvrir``, ``En savoir plus``);
* **menu run**: before the release's first sentence paragraph, three or more of the above or
  list items, two of them at least of the above, make a menu (its list items without a sentence
  end are entries); the short lines (five words at most) up to the last
  of them are menu entries too. Lines after the last one (the title, a subtitle) are kept;
* **repeated in N files**: a line before the first sentence paragraph that also opens other files
  of the same run (:func:`shared_lines`);
* chrome 5: **glued labels**, two or more labels glued by the scraper (``Version
  imprimableEnvoyer par courriel…``, ``PartagerTweeterImprimer``); a **byline** alone on its line
  (``Par Jean Dupont``, ``par France 24 FR``, ``Par la rédaction``, ``Vidéo par : X``) and an
  author's initials (``N.D.``) outside the body; a **category label**, a news site's section name
  (``Afrique``, ``Société``, ``Monde, Libye``, ``PROVINCESOCIETE``) before the first or after the
  last sentence paragraph, or a topic (not a place) between paragraphs that heads none; a **video
  list** (two or more titles each after its duration, ``02:15``, below the body); a **lone word**
  that cannot stand alone (``sur``, ``Pour``) beside a chrome line; login forms, ``powered by X``,
  ``→ A LIRE AUSSI : …`` whatever ends it. A document symbol (``AG/11387``) is kept like a credit.
  A read-more tail glued after the last sentence is chrome too (:func:`reltrans.segment.read_more_tail`);
* chrome 7: **markup** (an HTML attribute ``id="x"``, a tag, a CSS declaration with units, left as
  text by the scraper) and a line **without a word** (``—``, ``* * *``) anywhere on the page;
* chrome 8: a site's **welcome line** (``Bienvenue sur le site de …``); **media/file** lines
  (``Télécharger (PDF, 2 Mo)``, ``Vidéo (3:24)``, ``Photo 1 de 5``); a **list of tags or
  categories** however long (``Mots-clés : a, b, c …``); more **related-list** headings (``Les
  plus lus``, ``Voir aussi``; the heading is chrome too); a **date stamp** alone on its line below
  the last sentence paragraph, or with a time of day before the first one (a bare date there may
  be the release's own: kept);
* chrome 9: a **menu of unknown labels** from the page top (five short capitalised lines without
  a sentence end or more, three not list items, and the long **menu blurbs** between them; the
  last one is kept when at most one line follows it before the first sentence paragraph); a
  **news ticker** (a heading such as ``À la une`` and two or more headlines before the title,
  which is kept); the **web-archive banner** (the Wayback Machine's line, toolbar and "About this
  capture" box); **breadcrumbs** from the home page with two crumbs, arrows or numbers
  (``Accueil > Actualités``, ``1. Accueil 2. Presse``); a **dated related list** (after a heading
  of other articles, down to the page end, two or more titles each with its date or a cut-off
  teaser, teasers included); a **site tagline** at the head and the foot, or between footer
  lines; a **site label** (``PAM``) or a lone lowercase alt word outside the body; and a date
  label glued before the first sentence (:func:`reltrans.segment.metadata_head`);
* chrome 10: before the title (the last line kept before the first sentence paragraph, never
  judged here), the **site header** (:func:`_mark_site_header`): an organization's name spelled
  out beside its acronym (``CICR`` / ``Comité International de la Croix-Rouge``, ``UNOG - United
  Nations Office at Geneva``), a masthead (``CICR infos``), a page type with its office
  (``Déclarations Haut-Commissariat …``), an office's name in capitals, a section of an
  agency's menu (:data:`SITE_SECTIONS`), the crumb after ``Vous êtes ici``, an image's file name
  (``ILO-en-strap``); anywhere, **media/file** lines (``MP4``,
  ``3.4 GB``, ``Transcripts``), a **banner**'s alt text, **read-more links** naming their page
  (``En savoir plus sur …`` without a comma, ``-> Lire le rapport complet``), ``Afficher en :``
  language links, a breadcrumb with an empty crumb and a caption **doubled** with a space lost;
  below the body, **dated teasers** of a related list (the last title may have lost its date at
  the page end), a **teaser menu** after ``POUR EN SAVOIR PLUS`` or from a menu section down
  to the page end (links and short blurbs, no contact) and a **pull quote** repeating a sentence paragraph above it;
* **footer run**: after the last sentence paragraph, when at least two lines among the page's
  last eight (below its first sentence paragraph) carry evidence, the short unpunctuated lines
  that follow the first of them are the site's footer (``Archives`` / ``Juillet 2017``; a
  contact name before ``Partager`` stays).
* chrome 11 keeps two kinds of listing body the rules above took: on a page that is only cards
  (no sentence paragraph after them: a tag or listing page) the teasers are its body and only
  their calls to action (``Read more``) are chrome; a date and a place joined by ``|``
  (``26 déc 2020 | Siège``, the place not a page label) right above a kept sentence paragraph
  is that entry's dateline, not a breadcrumb. Chrome 11 adds: a button icon's alt text (``Fermer
  sites icon close``), a search form's label, a language switcher's label (``Différentes
  langues:``), a tag or category archive label (``Tag archive``), the UN site's welcome line
  (``Bienvenue aux Nations Unies``), a close button (``× Fermer``), a line of hashtags only
  (``#Ports2031 #Digues``) and, after the last
  sentence, a read-more pointer with nothing but its address (``Pour lire en entier :
  https://…``) or after a spaced period with its own dots (``… apatrides . ... suite de
  l'article``).
* chrome 12 keeps a date stamp at the page foot on a listing whose entries each carry one (two
  or more kept between sentence paragraphs): the date of an entry the page cut off; it adds the
  label ``Publish Date:``.
* chrome 13 adds: a line that is only an address (``press@example.org``, a bare link, ``Source :
  https://…``, a crawl date and its link) and a contact lead-in alone right above such a line (a
  name with its numbers, or ``Courriel : x@…``, is the release's contact: kept, lead-in too); a
  short unpunctuated line in **another language** (:func:`foreign_language`: two function words
  of English, Portuguese or Spanish, none of French: an image's alt text, ``Flag of the …``) and
  short paragraphs in another language below the last French one (an author's blurb); a
  language or site **chooser**'s prompt (``Choisissez une langue …``); a **donation button**
  (``Faites un don pour …`` without a sentence end); a label **glued** to the next word
  (``ActualitéSahel``) and an "about" heading glued to its blurb (``À propos du PAMLe PAM …``);
  the alt text the caption below repeats with its credit; a listing's **tags** (a short label
  above each entry's title, two at least); a person's name alone at the page foot (a
  **byline**); the page foot **repeating** a line above; a short **section tab** (``FAQ``,
  ``Focus``, ``Blogs``) beside chrome or as the page's first or last line outside the body;
  country names alone on two or more lines in a row outside the body (:data:`COUNTRIES`: tags);
  before the title, a short line between chrome and a menu entry (a menu section's heading, a
  question entry) when a kept line remains after it for the title.
  Chrome 13 also takes standard CMS lines: a comment form's notice (``Votre adresse de messagerie
  ne sera pas publiée.``, ``Les champs obligatoires sont indiqués avec *``), ``Bouton retour en
  haut de la page``, ``Afficher plus``, a capitalised ``Plus`` alone, ``Autres pages``, a tag
  archive's heading (``Posts Tagged ‘X’``), facet labels (``Filter :``, ``Subject``), an enlarge
  button (``Agrandir la figure 12``), a document viewer's notice (``Si votre navigateur ne rend
  pas la page correctement …``), an **archive banner** (``Page archivée : peut contenir des
  informations obsolètes``), a labelled date of publication (``Publié : 12 novembre 2013``) and,
  in :func:`reltrans.segment.metadata_head`, the store's crawl date (``date 2020-03``) glued
  before a short first line.
* chrome 14 (:func:`_mark_chrome14`) reads the page edges and the chrome around a line: an
  organization's acronym alone beside a chrome line (``OMM`` above ``Publish Date:``), a news
  agency's name alone at the page edge (``Belga``; ``(AFP)`` is a credit: kept), a byline joined
  to a photo credit (``Par X - © AFP - Y``, :func:`credited_byline`), an "about" heading naming an
  organization that heads no paragraph outside the body (``À propos de l'OMS`` above the title),
  and on a French page an English title-case label (:func:`english_title`) outside the body or
  beside chrome, or capitalised words with nothing French between two chrome lines (a facet's
  value); a link's own text (``LIEN VERS LA DÉCLARATION``, ``Accéder au rapport``); below the
  last sentence paragraph, what follows a comment section's heading (readers' comments).
* chrome 15 (:func:`_chrome15_evidence`, :func:`_mark_chrome15`): what news and agency CMSs print
  around an article: a **comment counter** (``Réagir (3)``, ``12 commentaires``), a **file label**
  (``… - JPEG``, ``Télécharger l'image``), a **correspondent's line** (``Avec notre correspondante
  à Dakar, Jeanne Dupont``) and a wire source (``Le Monde avec AFP``), a **byline split over
  lines** (``Par`` / a name / a date with its time, anywhere), **media player labels**
  (``Réécouter l'émission``, ``Audio 03:22``), **fold-out buttons** (``[cliquer pour dérouler]``),
  labels side by side or glued before a chrome line, crumbs without separators, a news section's
  label outside the body, an update notice, a paywall box below the body, an alt text its
  credited caption repeats, a media group's name alone outside the body.
* chrome 15, second part (:func:`_mark_chrome15f`, :func:`chrome15f_evidence`): news, government, NGO,
  press-agency and listing pages: site labels and widgets (``Bannière``, ``Short Url``, ``A+ A
  A-``, a daily proverb, the weather, a player's labels, a template variable), a blog platform's
  header and sidebar, bylines with their date, paper or post, both dates on one line, labelled
  entry fields, relative times, a listing's headings and pagination, language codes, a home crumb
  ending with the title, a menu flattened on one line, a form's notices, an agency's signature, a
  one-line ticker, a dated list of other articles, a template's labels repeated in pairs; on a feed
  page the entries chrome 9 took for a ticker are kept.
* chrome 15, third part (:func:`_mark_chrome15g`, :func:`chrome15g_evidence`): evidence that
  carries over to sites never seen, read from a line's shape and its place rather than a site's
  words: a site header of short lines between chrome lines before the title, a product menu on
  the first line, a field and its value at the page foot, a section label the title repeats, a
  list of headlines to the page end, a short line with chrome on both sides, bylines naming
  several authors or the kind of text, read-on prompts, placeholder tags, dashed menus and Title
  Case names outside the body. Dates and credits stay kept whatever their place.
* chrome 15, fourth part (:func:`_mark_chrome15h`, run after the others): a CMS's dated stamp
  (a posting line, a label and its date, a date then the site), a posting label whose date was
  lost, an image's file name, an ellipsis read-on link, a field's name ending on its
  preposition, a short name repeated in the page head, a footer going on between chrome lines.
  A bare date, a dateline and a credit stay kept.

:func:`line_evidence` (the evidence of one line by itself) is also what the hard-wrap joiner of
:mod:`reltrans.formats.text` consults: chrome is judged first, lines are joined in the body only.
When ``build`` leaves chrome out (:func:`chrome_spans`) the blank lines it leaves behind go with
it when a blank line (or the top of the page) already comes before it: no page starts with blank
lines, no double blank line is left where a breadcrumb was; the source's own blank lines stay.

When no evidence applies, the block is kept: a missed menu entry costs a translator a few
seconds, a dropped sentence loses the release's content.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter
from typing import Iterable, Sequence

import regex

from reltrans.function_words import ENGLISH, is_french_word
from reltrans.model import Block, Document

FORMATS = ("text", "markdown")
"""The document formats whose site chrome is detected."""

CHROME_VERSION = "15"
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
_CALLS_TO_ACTION = frozenset(
    "decouvrir|en savoir plus|lire la suite|voir plus|read more|learn more|discover|see more".split("|")
)
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
_SENTENCE_END = regex.compile(r"[.!?…:;][\s»”’\"')\]]*$")
_HAS_SENTENCE_END = regex.compile(r"[.!?…][\s»”’\"')\]]*(?:\s|$)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_LIST_LINE = regex.compile(r"^[ \t]*(?:[-*•‣◦▪–—+]|\d{1,3}[.)])(?:[ \t\u00a0]|$)")
_BULLET_PREFIX = regex.compile(r"^[\s\-*•‣◦▪–—+]+")
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
_COMMENT_COUNT = regex.compile(r"^\d+\s+(?:commentaires?|comments?|reactions?|reponses?|replies)$")
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
WEB_ARCHIVE = "web-archive banner"
"""The prefix of the reasons for the toolbar a web archive prints above a stored page."""
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
_MONTH = (
    r"(?:janv(?:ier|\.)?|fevr(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|l?\.)?|aout|sept(?:embre|\.)?|"
    r"oct(?:obre|\.)?|nov(?:embre|\.)?|dec(?:embre|\.)?|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
)
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
# " date 2017-06 communiqué de presse", "date 12 mars 2019 Communiqué": a stored page's date, then a label
_CRAWL_DATE = regex.compile(rf"^date\s*:?\s*(?:{_DATE}|\d{{4}}-\d{{2}})\s+(.+)$")
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
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
# "Par Marcel Dupuis", "par France 24 FR", "Par la rédaction": a byline alone on its line (the
# original case: every word after "par" capitalised, a figure or a name particle).
_NAME_BYLINE = regex.compile(
    r"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*"
    r"(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}|de|du|des|la|le|van|von|da|et|and|d['’]\p{Lu}[\p{L}'’-]*)){0,4}$"
)
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
_INITIALS = regex.compile(r"^(?:\p{Lu}\.){2,3}$")  # "N.D.": an author's initials
_RUBRIC_LIST = regex.compile(r"\s*[,/|]\s*|\s+[-–>›»]\s+")  # chrome 15: "Monde > Afrique"
# Kept whatever the runs around them: a credit ("Photo : OIM/X", "© HCR/A. Martin", "(AFP)",
# "Ph. DR") and a date stamp on a line of its own ("23/11/2010", "Le 12 mars 2014") are part of the release.
_CREDIT_IN_BRACKETS = regex.compile(r"^\((?=[^()]*\p{Lu})[^().!?…]{1,60}\)$")
_CREDIT_LINE = regex.compile(r"^(?:(?:photos?|credits?(?: photo)?|sources?)\s*(?::\s*\S|\S*/)|(?:ph\.|©)\s*\S)")
# "Couverture de réunionOBV/1099": a page label glued to the document symbol (press.un.org).
_GLUED_SYMBOL = regex.compile(r"^[\p{L}][\p{L} ’'-]{2,40}\p{Ll}\p{Lu}{1,8}(?:/[\p{Lu}\p{N}.-]+)+$")

_MENU_EVIDENCE = 3  # evidence blocks before the first sentence paragraph that make a menu run
_MENU_SHORT_WORDS = 5  # unmarked lines inside a menu run up to this many words are entries
_BODY_WORDS = 8  # a "sentence paragraph" has at least this many words and a sentence end
_CARD_LINES = 4  # a teaser card has at most this many lines before its call to action
_PAGE_BOTTOM = 8  # the lines that make the bottom of a page (where a footer is looked for)
_FOOTER_EVIDENCE = 2  # chrome lines among them that make a footer


@dataclasses.dataclass(frozen=True)
class _Line:
    index: int  # in document.blocks
    line: int  # the block's first line
    text: str  # the block's text (without list marker)
    raw: str  # the whole physical line(s) of the block
    normalized: str


def normalize_label(text: str) -> str:
    """Lowercase, accents removed, bullets/quotes/colons at the ends and inner space runs folded:
    the form labels are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _BULLET_PREFIX.sub("", plain)
    plain = " ".join(plain.split())
    return plain.strip(" :!.›»>|/…")


def shared_lines(documents: Sequence[Document], *, min_files: int = 3) -> frozenset[str]:
    """Lines found before the first sentence paragraph of at least ``min_files`` of
    ``documents`` (as :func:`normalize_label` forms): the site around a run of scraped pages.

    With fewer documents than ``min_files`` nothing is shared (a single file has no such
    evidence)."""
    if len(documents) < min_files:
        return frozenset()
    counts: Counter[str] = Counter()
    for document in documents:
        lines = _lines(document)
        body = _first_body(lines, set())
        counts.update({line.normalized for line in lines[:body] if line.normalized})
    return frozenset(text for text, count in counts.items() if count >= min_files)


def mark_chrome(document: Document, *, shared: Iterable[str] = ()) -> Document:
    """``document`` with its site-chrome blocks marked (:attr:`Block.chrome` = the reason).

    ``shared``: lines repeated across the files of one run (:func:`shared_lines`). Blocks that
    are not translatable are left as they are. A pure function: the text is never changed.
    Only line-oriented formats are judged (:data:`FORMATS`: plain text and Markdown); a
    document of another format (HTML, whose markup a dropped line would break) comes back as is."""
    if document.format not in FORMATS:
        return document
    lines = _lines(document)
    if not lines:
        return document
    shared_set = frozenset(shared)
    reasons: dict[int, str] = {}
    previous: _Line | None = None
    for line in lines:
        reason = _own_evidence(line, previous)
        if reason:
            reasons[line.index] = reason
        previous = line
    _mark_web_archive(lines, reasons)
    _mark_cards(lines, reasons)
    body = _first_body(lines, set(reasons))
    head = lines[:body]
    for line in head:
        if line.index not in reasons and line.normalized in shared_set:
            reasons[line.index] = "repeated in several files of this run"
    _mark_ticker(lines, reasons)
    _mark_menu_run(head, reasons, lines[body] if body < len(lines) else None)
    _mark_menu_gaps(head, reasons)
    _mark_label_menu(head, body < len(lines), reasons)
    _mark_site_header(lines, reasons)
    _mark_site_acronyms(lines, reasons)
    _mark_footer(lines, reasons)
    _mark_related(lines, reasons)
    _mark_article_list(lines, reasons)
    _mark_teaser_menu(lines, reasons)
    _mark_site_taglines(lines, reasons)
    _mark_rubrics(lines, reasons)
    _mark_videos(document, lines, reasons)
    _mark_lone_words(lines, reasons)
    _mark_repeats(lines, reasons)
    _mark_pull_quotes(lines, reasons)
    _mark_foreign_lines(lines, reasons)
    _mark_alt_before_caption(lines, reasons)
    _mark_listing_tags(lines, reasons)
    _mark_end_byline(lines, reasons)
    _mark_foot_repeats(lines, reasons)
    _mark_place_tags(lines, reasons)
    _mark_weak_labels(lines, reasons)
    _mark_contact_leadins(lines, reasons)
    _mark_chrome14(lines, reasons)
    _mark_chrome15(lines, reasons)
    _mark_chrome15f(lines, reasons)
    _mark_chrome15g(lines, reasons)
    _mark_chrome15h(lines, reasons)
    for line in lines:  # a credit or a date stamp is chrome by its own evidence only
        if line.index in reasons and kept_line(line.text) and not _block_evidence(line.text) and not reasons[
            line.index
        ].startswith((WEB_ARCHIVE, ARTICLE_LIST, BYLINE_RUN)):  # a capture date of the archive, an article's date in a list, a byline's
            del reasons[line.index]
    _keep_entry_datelines(lines, reasons)
    _mark_date_stamps(lines, reasons)
    if not reasons:
        return document
    blocks = tuple(
        dataclasses.replace(block, chrome=reasons[i]) if i in reasons else block
        for i, block in enumerate(document.blocks)
    )
    return dataclasses.replace(document, blocks=blocks)


# --------------------------------------------------------------------------- evidence
def _lines(document: Document) -> list[_Line]:
    text = document.text
    lines = []
    for index, block in enumerate(document.blocks):
        if not block.translatable or block.start >= block.end or block.kind == "heading":
            continue  # a Markdown heading is the author's structure, never chrome
        line_start = text.rfind("\n", 0, block.start) + 1
        line_end = text.find("\n", block.end)
        raw = text[line_start : len(text) if line_end < 0 else line_end]
        if raw.lstrip().startswith("|"):
            continue  # a table row (Markdown cells are blocks): never chrome
        body = text[block.start : block.end]
        lines.append(_Line(index, block.line, body, raw, normalize_label(body)))
    return lines


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


def _mark_cards(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Promotional cards from the top of the page: short groups each closed by a call to action."""
    start = 0
    cards: list[tuple[int, int]] = []
    for position, line in enumerate(lines):
        if position - start > _CARD_LINES:
            break
        if line.normalized in _CALLS_TO_ACTION:
            cards.append((start, position))
            start = position + 1
    if len(cards) < 2:
        return  # one teaser may be the release's own opening: two or more make a card run
    listing = not any(_is_body(line) for line in lines[cards[-1][1] + 1 :])
    for first, last in cards:
        # chrome 11: with no sentence paragraph after the cards, the cards are the page (a tag or
        # listing page): their teasers are its body and only the calls to action are chrome
        for card_line in lines[last : last + 1] if listing else lines[first : last + 1]:
            reasons.setdefault(card_line.index, f"card: a teaser closed by {lines[last].text.strip()!r}")


# "l'initiative de MM. Raymond Forni": a title or an initial before a period ends no sentence.
_NO_END_BEFORE = regex.compile(r"(?:^|[\s(])(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Mgr|St|Ste|Mr|Mrs|Ms|Jr|\p{Lu})\.$")


def _is_body(line: _Line) -> bool:
    """A sentence paragraph: enough words and a sentence end (not the period of ``M.`` or an initial)."""
    if len(_WORD.findall(line.text)) < _BODY_WORDS:
        return False
    for match in _HAS_SENTENCE_END.finditer(line.text):
        if line.text[match.start()] != "." or not _NO_END_BEFORE.search(line.text, max(0, match.start() - 6), match.start() + 1):
            return True
    return False


def _first_body(lines: list[_Line], chrome: set[int]) -> int:
    """The position in ``lines`` of the first sentence paragraph not marked as chrome."""
    for position, line in enumerate(lines):
        if line.index not in chrome and _is_body(line):
            return position
    return len(lines)


def _last_body(lines: list[_Line], chrome: Iterable[int]) -> int:
    """The position in ``lines`` of the last sentence paragraph not marked as chrome (-1: none)."""
    for position in range(len(lines) - 1, -1, -1):
        if lines[position].index not in chrome and _is_body(lines[position]):
            return position
    return -1


# d32a: "1. Visites" over "1.1. Réunions …": the first heading of the release's own outline.
_SECTION_NUMBER = regex.compile(r"^[ \t]*(\d{1,3})\.[ \t\u00a0]")
_TEASER_TITLE_WORDS = 8  # a title shown twice (a link to itself, then the heading) has this many words or more


def _heads_the_release(head: list[_Line], position: int, reasons: dict[int, str], first_body: _Line | None) -> bool:
    """Whether the list line at ``position`` is the release's own, not a menu entry: a numbered
    heading whose next line opens its first subsection (``1. Visites`` / ``1.1. Réunions``), or a
    title of several words that the next line repeats (marked doubled: the page shows its title
    as a link, then as its heading)."""
    following = head[position + 1] if position + 1 < len(head) else first_body
    if following is None:
        return False
    line = head[position]
    number = _SECTION_NUMBER.match(line.raw)
    if number is not None and following.raw.lstrip().startswith(f"{number.group(1)}.1."):
        return True
    doubled = reasons.get(following.index, "").startswith("doubled:")
    return doubled and len(_WORD.findall(line.text)) >= _TEASER_TITLE_WORDS


def _mark_menu_run(head: list[_Line], reasons: dict[int, str], first_body: _Line | None = None) -> None:
    """Before the first sentence paragraph (``first_body``): enough evidence makes the short lines between a menu."""
    navigation = {i for i, reason in reasons.items() if not reason.startswith(METADATA)}
    marked = [position for position, line in enumerate(head) if line.index in navigation]
    evidence = [position for position, line in enumerate(head) if line.index in navigation or _LIST_LINE.match(line.raw)]
    if len(evidence) < _MENU_EVIDENCE or len(marked) < 2:
        return  # list items alone (a release's key points) are no menu
    last = evidence[-1]
    for position, line in enumerate(head[: last + 1]):
        if line.index in reasons or _heads_the_release(head, position, reasons, first_body):
            continue
        if _LIST_LINE.match(line.raw) and not _is_body(line) and not _SENTENCE_END.search(line.text):
            reasons[line.index] = "menu run: a link-list entry before the title"
        elif len(_WORD.findall(line.text)) <= _MENU_SHORT_WORDS and not _SENTENCE_END.search(line.text):
            reasons[line.index] = "menu run: a short line among menu entries before the title"


# --------------------------------------------------------------------------- chrome 9
# The toolbar of the Wayback Machine above a stored page: capture counts, the dates of the first
# and last captures, the calendar's months and years, its "About this capture" box.
_ARCHIVE_TOOLBAR = regex.compile(
    r"^(?:\d[\d,. ]{0,9}\s+captures?|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s*[-–]\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}"
    r"|(?:\p{L}{3,4}\.?\s+){2}\p{L}{3,4}\.?|(?:(?:19|20)\d{2}\s+){2}(?:19|20)\d{2}|\d{1,2}|(?:19|20)\d{2}|success|fail|failed|"
    r"success fail|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|go|capture|captures|"
    r"about this capture|collected by|timestamps|loading\.*|chargement\.*|close|help|exit|previous capture|next capture|"
    r"(?:organization|collection)\s*:.{0,80})$"
)
_ARCHIVE_WINDOW = 40  # lines after the banner line where the toolbar's "TIMESTAMPS" closes it


def _mark_web_archive(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the Wayback Machine's banner line (``The Wayback Machine - https://web.archive.org/…``):
    the lines of its toolbar (``43 captures``, ``12 mars 2016 - 4 juin 2021``, ``FEB MAR APR``,
    ``About this capture``); when the toolbar's ``TIMESTAMPS`` closes it within forty lines,
    everything up to it (the box about the collection is in English sentences)."""
    for position, line in enumerate(lines):
        if not reasons.get(line.index, "").startswith(WEB_ARCHIVE):
            continue
        window = lines[position + 1 : position + 1 + _ARCHIVE_WINDOW]
        close = next((p for p, other in enumerate(window) if other.normalized == "timestamps"), None)
        if close is not None and any(other.normalized == "about this capture" for other in window[:close]):
            for other in window[: close + 1]:
                reasons.setdefault(other.index, f"{WEB_ARCHIVE}: the archive's toolbar, up to its 'TIMESTAMPS' line")
            continue
        for other in window:
            if other.index in reasons or not _ARCHIVE_TOOLBAR.match(other.normalized):
                break
            reasons[other.index] = f"{WEB_ARCHIVE}: a line of the archive's toolbar (captures, calendar)"


_LABEL_MENU_WORDS = 5  # a menu label of a site whose labels are not known
_LABEL_MENU_LINES = 5  # such labels from the page top that make a menu
_LABEL_MENU_PLAIN = 3  # of them at least this many not list items (a release's key points are)
_BLURB_WORDS = 40  # a menu blurb: a long line without a sentence end between menu labels


def _menu_label(line: _Line) -> bool:
    """A short line that may be a menu label: five words at most, a capital first letter, no
    sentence end (a question mark aside: ``Qui sommes-nous ?``), no comma ending it (a speech's
    ``Monsieur le Président,``), no address or figure that a contact or a key figure would carry."""
    text = line.text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        bool(letters) and letters[0].isupper() and 0 < len(_WORD.findall(text)) <= _LABEL_MENU_WORDS
        and not _SENTENCE_END.search(text.rstrip(" ?")) and not text.endswith(",") and "@" not in text and not kept_line(text)
        and sum(ch.isdigit() for ch in text) <= 4
    )


def _mark_label_menu(head: list[_Line], has_body: bool, reasons: dict[int, str]) -> None:
    """A menu whose labels are not known (``Qui sommes nous`` / ``Structure`` / ``- Directrice
    générale`` / ``2030 AGENDA``): from the top of the page (only chrome above it), five or more
    short lines with a capital, no sentence end (three of them at least not list items), the
    long lines without a sentence end between them (menu blurbs) and chrome lines, up to the
    first other line. The last of them (not a list item) is kept when one line at most (dates,
    credits and chrome aside) lies between it and the first sentence paragraph: it may be a
    short title before its subtitle."""
    if not has_body:
        return  # no sentence paragraph: nothing tells the menu from the text
    position = 0
    while position < len(head) and head[position].index in reasons:
        position += 1
    labels: list[int] = []
    blurbs: list[int] = []
    while position < len(head):
        line = head[position]
        if line.index in reasons:
            position += 1
            continue
        if _menu_label(line):
            labels.append(position)
        elif (
            labels and not _SENTENCE_END.search(line.text.strip()) and len(_WORD.findall(line.text)) <= _BLURB_WORDS
            and position + 1 < len(head) and _menu_label(head[position + 1])
        ):
            blurbs.append(position)
        else:
            break
        position += 1
    if not labels:
        return
    last = labels[-1]
    between = [line for line in head[last + 1 :] if line.index not in reasons and not kept_line(line.text)]
    if len(between) <= 1 and not _LIST_LINE.match(head[last].raw):
        labels.pop()  # a title, or a short title and its subtitle ("Radar livré" / "Un radar de 40 km …"): kept
    plain = [p for p in labels if not _LIST_LINE.match(head[p].raw)]
    if len(labels) < _LABEL_MENU_LINES or len(plain) < _LABEL_MENU_PLAIN:
        return
    for p in labels:
        reasons[head[p].index] = f"menu run: a short unpunctuated line among {len(labels)} at the page top, before the title"
    for p in blurbs:
        if labels and p < labels[-1]:  # a blurb has a menu label after it
            reasons[head[p].index] = "menu run: a long unpunctuated line between menu labels (a menu blurb)"


# Headings of a news ticker or of other articles above or below the release.
_TICKER_HEADINGS = frozenset(
    "a la une|dernieres nouvelles|dernieres actualites|dernieres infos|les dernieres actualites|les dernieres nouvelles|"
    "fil d'actualite|fil d'actualites|fil d'info|fil info|flash info|flash infos|en continu|l'info en continu|"
    "actualites recentes|en ce moment|a ne pas manquer|les plus lus|les plus populaires|"
    "latest news|breaking news|top stories|headlines|latest stories|most read".split("|")
)
_TICKER_WORDS = 25


def _headline(line: _Line) -> bool:
    """A line that may be a headline link: a few words and no sentence end (a question mark or a
    cut-off ``…`` aside)."""
    text = line.text.strip()
    if _TRUNCATED.search(text):
        text = _TRUNCATED.sub("", text).rstrip()
    return 0 < len(_WORD.findall(text)) <= _TICKER_WORDS and not _SENTENCE_END.search(text.rstrip(" ?!"))


_TICKER_LINES = 2  # headlines after a ticker heading, the title aside, that make a ticker


def _mark_ticker(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph that is no headline (a question of eight words is
    one): after a ticker heading (``À la une``, ``Dernières nouvelles``), two or more headlines
    without a sentence end (a question mark or a cut-off ``…`` aside) up to the last line before
    that paragraph, which is kept (the release's title; a date or credit next to it is kept too).
    One line between the heading and the title may be the title's own: kept."""
    body = next(
        (p for p, line in enumerate(lines) if line.index not in reasons and _is_body(line) and not _headline(line)), len(lines)
    )
    head = lines[:body]
    candidates = [p for p, line in enumerate(head) if line.index not in reasons and not kept_line(line.text)]
    if not candidates:
        return
    title = candidates[-1]
    for position, line in enumerate(head[:title]):
        if line.normalized not in _TICKER_HEADINGS:
            continue
        headlines = []
        for other in head[position + 1 : title]:
            if other.index in reasons or kept_line(other.text):
                continue
            if not _headline(other):
                break
            headlines.append(other)
        if len(headlines) < _TICKER_LINES:
            return
        reasons.setdefault(line.index, f"news ticker: the heading {line.text.strip()!r} before the title")
        for other in headlines:
            reasons[other.index] = f"news ticker: a headline after {line.text.strip()!r}, before the title"
        return


_SITE_ACRONYMS = frozenset(
    "PAM WFP OIM IOM HCR UNHCR UNICEF OMS WHO PNUD UNDP FAO ONU OCHA UNFPA ONUSIDA UNAIDS UNESCO OIT ILO FIDA IFAD "
    "ONUDI UNIDO CNUCED UNCTAD PNUE UNEP UNRWA OMM WMO OMPI WIPO AIEA IAEA "
    # chrome 14: the rest of the family: the Red Cross and Red Crescent movement, the other UN
    # agencies, offices and commissions, both languages
    "CICR ICRC CICV FICR IFRC BIT UIT ITU UPU OACI ICAO OMI IMO OMC WTO OMT UNWTO ONUDC UNODC HCDH OHCHR "
    "UNOPS UNITAR UNU ONUG UNOG FNUAP CEA UNECA CEE-ONU UNECE CESAP ESCAP CEPALC ECLAC CESAO ESCWA".split()
)


def _mark_site_acronyms(lines: list[_Line], reasons: dict[int, str]) -> None:
    """An organization's acronym alone on its line (``PAM`` above a WFP page) before the first
    sentence paragraph or after the last one: the site's label; and before the first one, a lone
    lowercase word (``laxmi``: an image's alt text, a user name). Between paragraphs both are kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < 0:
        return
    for position, line in enumerate(lines):
        text = line.text.strip()
        if line.index in reasons or not (position < first_body or position > last_body):
            continue
        if text in _SITE_ACRONYMS:
            reasons[line.index] = f"site label: the organization's acronym {text!r} alone, outside the body"
        elif position < first_body and _LOWER_WORD.match(text) and text not in _LONE_WORDS:
            reasons[line.index] = "image alt text: a lone lowercase word before the first sentence paragraph (a name or a file)"
        elif position < first_body and _SLUG.match(text):
            reasons[line.index] = "image alt text: an image's file name (an acronym and hyphened parts) before the first sentence paragraph"


_LOWER_WORD = regex.compile(r"^\p{Ll}[\p{Ll}\d_-]{2,30}$")  # "laxmi": an image's alt text or a user name
_SLUG = regex.compile(r"^\p{Lu}{2,8}(?:[-_][\p{Ll}\d]{1,12}){2,4}$")  # chrome 10: "ILO-en-strap", an image's file name


ARTICLE_LIST = "related list: an article"
_TRUNCATED = regex.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*$")
_TEASER_WORDS = 60
_ARTICLE_LIST_TITLES = 2  # titles, each with its date or a cut-off teaser, that make a list of articles


def _mark_article_list(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the first sentence paragraph, a heading of other articles (``Lire aussi``, ``Sur le
    même sujet``, ``Articles liés``) followed down to the page end (chrome aside) by nothing but
    article titles, their dates and their teasers: two titles at least, and a date or a cut-off
    teaser (``…``) for each. A teaser may then be a sentence (when it follows a title or a date):
    that list is other articles, not the release, which ends above the heading."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    for position in range(first_body + 1, len(lines)):
        heading = lines[position]
        if heading.normalized not in RELATED_HEADINGS and heading.normalized not in _TICKER_HEADINGS:
            continue
        items: list[tuple[_Line, str]] = []
        previous = "heading"
        for line in lines[position + 1 :]:
            text = line.text.strip()
            if line.index in chrome:
                previous = "chrome"
                continue
            if kept_line(text) == "a date stamp":
                kind = "date"
            elif _DATED_TEASER.match(normalize_label(text)) and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "dated teaser"  # chrome 10: "14/01/2016. Le rapport présente …"
            elif _TRUNCATED.search(text) and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "cut teaser"
            elif _headline(line):
                kind = "title"
            elif previous in ("title", "date") and len(_WORD.findall(text)) <= _TEASER_WORDS:
                kind = "teaser"
            else:
                items = []
                break
            items.append((line, kind))
            previous = kind
        titles = sum(1 for _, kind in items if kind == "title")
        dated = sum(1 for _, kind in items if kind in ("date", "cut teaser", "dated teaser"))
        # chrome 10: the title ending the page may have lost its date (the page was cut after it)
        undated_end = 1 if items and items[-1][1] == "title" and dated >= _ARTICLE_LIST_TITLES else 0
        if titles < _ARTICLE_LIST_TITLES or dated < titles - undated_end:
            continue
        reasons.setdefault(heading.index, f"related list: the heading of other articles, followed by {titles} titles with their dates")
        for line, kind in items:
            reasons[line.index] = f"{ARTICLE_LIST}'s {kind} after {heading.text.strip()!r}, down to the page end"
        return


_DATED_TEASER = regex.compile(rf"^{_DATE}\s*[.:–-]\s+\S")  # "14/01/2016. Le rapport …": a teaser after its date

_TAGLINE_WORDS = 12


def _mark_site_taglines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A site's slogan or name: a line without a sentence end (twelve words at most) found both
    before the first sentence paragraph and after the last one (``Ensemble, pour un monde plus
    juste`` in the header and the footer). The footer copy is chrome; the header copy too when it
    sits among chrome lines (chrome or the page top above it, chrome below it) and a longer line,
    which may be the title, comes after it (a title repeated at the foot stays at the head)."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < first_body:
        return
    def key(line: _Line) -> str:
        text = line.text.strip()
        if _SENTENCE_END.search(text) or kept_line(text) or line_evidence(text):
            return ""
        return line.normalized if 2 <= len(_WORD.findall(text)) <= _TAGLINE_WORDS else ""

    head = {key(line): p for p, line in enumerate(lines[:first_body]) if line.index not in chrome and key(line)}
    for position in range(last_body + 1, len(lines)):
        line = lines[position]
        found = head.get(key(line)) if key(line) else None
        if found is None:
            continue
        reasons.setdefault(line.index, f"site tagline: the same line as block {lines[found].index + 1} at the page head, in the footer")
        above = found == 0 or lines[found - 1].index in chrome
        below = found + 1 < first_body and lines[found + 1].index in chrome
        words = len(_WORD.findall(lines[found].text))
        title_after = any(  # a title is the longest line of a page head: a longer one must follow
            other.index not in chrome and not kept_line(other.text) and len(_WORD.findall(other.text)) > words
            for other in lines[found + 1 : first_body]
        )
        if above and below and title_after:
            reasons[lines[found].index] = f"site tagline: among chrome at the page head, repeated in the footer (block {line.index + 1})"


def _mark_footer(lines: list[_Line], reasons: dict[int, str]) -> None:
    """After the last sentence paragraph: with enough chrome at the bottom of the page, its short
    unpunctuated lines (``Archives`` / ``Juillet 2017``) are the site's footer."""
    first_body = _first_body(lines, set(reasons))
    bottom = lines[max(first_body + 1, len(lines) - _PAGE_BOTTOM) :]  # the header is not the footer
    evidence = sum(1 for line in bottom if line.index in reasons)
    if evidence < _FOOTER_EVIDENCE:
        return
    last_body = _last_body(lines, reasons)
    tail = lines[last_body + 1 :]
    first = next((p for p, line in enumerate(tail) if line.index in reasons), len(tail))
    for line in tail[first + 1 :]:  # from the first chrome line on: a contact name before it stays
        if line.index in reasons or _SENTENCE_END.search(line.text.strip()):
            continue
        if len(_WORD.findall(line.text)) <= _MENU_SHORT_WORDS:
            reasons[line.index] = f"footer run: a short line after the last sentence, {evidence} chrome lines at the page bottom"
    for position in range(first + 1, len(tail)):  # chrome 9: a slogan between footer lines
        line = tail[position]
        text = line.text.strip()
        if line.index in reasons or _SENTENCE_END.search(text) or kept_line(text) or "@" in text or any(ch.isdigit() for ch in text):
            continue
        if position + 1 < len(tail) and len(_WORD.findall(text)) <= _TAGLINE_WORDS and all(
            line_evidence(other.text) for other in (tail[position - 1], tail[position + 1])
        ):  # between two lines that are chrome by their own evidence (not a contact after "Contact presse")
            reasons[line.index] = "footer run: a line without a sentence end between footer lines (a site's tagline)"


def _mark_related(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph: after a heading of other articles (``Vous pouvez aussi
    aimer``, ``Articles similaires``, ``Autres vidéos``), the lines without a sentence end are the
    titles of those articles."""
    last_body = _last_body(lines, reasons)
    for position in range(last_body + 1, len(lines)):
        heading = lines[position]
        if heading.normalized not in RELATED_HEADINGS and heading.normalized not in _TICKER_HEADINGS:
            continue  # chrome 9: a ticker's heading ("Dernières nouvelles") heads other articles too
        reasons.setdefault(heading.index, "related list: the heading of other articles, below the last sentence paragraph")
        for line in lines[position + 1 :]:
            if line.index in reasons or _SENTENCE_END.search(line.text.strip()) or len(_WORD.findall(line.text)) > 25:
                continue
            reasons[line.index] = f"related list: a title after {heading.text.strip()!r}, below the last sentence paragraph"
        return


_TIME_OF_DAY = regex.compile(r"\d{1,2}\s*[:h]\s*\d{2}$")


# "26 déc 2020 | Siège de l'ONU": the date and place of the statement on the next line
_ENTRY_DATELINE = regex.compile(rf"^{_DATE}\s*\|\s*[^|]+$")
_ENTRY_PLACE_WORDS = 6


def _is_page_label(norm: str) -> bool:
    """A CMS label or a site section (``Communiqué``, ``Actualités``): not a place."""
    return norm in _LABELS or norm in SITE_SECTIONS or norm in _TOPIC_RUBRICS


def _keep_entry_datelines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 11: a date and a place joined by ``|`` (``26 déc 2020 | Siège``) right above a
    sentence paragraph that is kept is that entry's dateline (a page listing statements), not a
    breadcrumb: it is kept with its entry, as a dateline stays with its sentence. A label in the
    place's stead (``22/06/2022 | Communiqué``) is page metadata and stays chrome."""
    for position, line in enumerate(lines[:-1]):
        if not reasons.get(line.index, "").startswith("breadcrumb or page metadata"):
            continue
        match = _ENTRY_DATELINE.match(line.normalized)
        following = lines[position + 1]
        if (
            match
            and len(_WORD.findall(line.text.split("|", 1)[1])) <= _ENTRY_PLACE_WORDS
            and not _is_page_label(normalize_label(line.text.split("|", 1)[1]))
            and following.index not in reasons
            and _is_body(following)
        ):
            del reasons[line.index]


_DATED_LISTING = 2  # kept date stamps between sentence paragraphs that show a listing of dated entries


def _mark_date_stamps(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A date stamp alone on its line outside the body: below the last sentence paragraph (the
    page's foot: when it was posted or updated), or before the first one when it carries a time
    of day (``12 mars 2019 14:05``: the CMS's stamp). A bare date before the body
    (``Le 12 mars 2019``) may be the release's own date: kept. On a listing whose entries each
    carry a date stamp (two or more kept between sentence paragraphs), a date stamp at the
    foot is the date of an entry the page cut off: kept too (chrome 12)."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    if last_body < 0:
        return  # no sentence paragraph: nothing tells the head from the foot
    dated_entries = sum(
        1 for line in lines[first_body + 1 : last_body] if line.index not in reasons and kept_line(line.text) == "a date stamp"
    ) >= _DATED_LISTING
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text) != "a date stamp":
            continue
        if position > last_body and not dated_entries:
            reasons[line.index] = f"{METADATA}: a date stamp alone at the page foot, below the last sentence paragraph"
        elif position < first_body and _TIME_OF_DAY.search(normalize_label(line.text)):
            reasons[line.index] = f"{METADATA}: a date and time stamp at the page head, before the first sentence paragraph"


_DURATION = regex.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
_VIDEO_LIST = 2  # titles after their duration that make a list of videos


def _mark_videos(document: Document, lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph: titles each on the line after a duration (``02:15``),
    two or more of them, are a list of other videos."""
    text = document.text
    last_body = _last_body(lines, reasons)
    found = []
    for line in lines[last_body + 1 :]:
        start = document.blocks[line.index].start
        line_start = text.rfind("\n", 0, start) + 1
        previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start > 0 and _DURATION.match(text[previous_start : line_start - 1]) and not _SENTENCE_END.search(line.text.strip()):
            found.append(line)
    if len(found) >= _VIDEO_LIST:
        for line in found:
            reasons.setdefault(line.index, "video list: a title after its duration, below the last sentence paragraph")


# A word that cannot stand alone ("Publié" / "sur", "Pour" / "lire l'article...>>"): what is left of a
# chrome line the scraper broke up.
_LONE_WORDS = frozenset("sur|pour|par|le|la|les|de|du|des|a|et|ou|en|dans|avec|the|by|on|of|for|and|in|at".split("|"))


def _mark_lone_words(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line of one word that cannot stand alone, next to a chrome line, is a piece of it."""
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _LONE_WORDS or line.text.strip().lower() != line.normalized:
            continue
        beside = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]
        if beside:
            reasons[line.index] = f"a lone word beside the chrome line {beside[0].text.strip()[:40]!r}"


_REPEAT_WORDS = 6  # a shorter line ("Contexte", "Appels aux volontaires") may well come twice


def _mark_repeats(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A sentence paragraph of six words or more with the same text as an earlier kept one,
    further down the page (not the line just before it: that is **doubled**), is the scraper
    repeating the page (``(Source …)`` then the first paragraphs again): the first copy stays.
    A title without a sentence end may come twice (a page header, then the document's own)."""
    seen: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.text.split())
        if line.index in reasons or len(_WORD.findall(key)) < _REPEAT_WORDS or not _is_body(line):
            continue  # a title may come twice (the page's header, then the document's)
        if key in seen:
            reasons[line.index] = f"repeated: the same text as block {seen[key] + 1} above (the scraper repeated it)"
        else:
            seen[key] = line.index


def _rubric(line: _Line) -> str:
    """The section name(s) a line holds by themselves (``Afrique``, ``Monde, Libye``,
    ``PROVINCESOCIETE``): '' when it holds anything else."""
    norm = line.normalized
    if norm in _RUBRICS:
        return norm
    if _SENTENCE_END.search(line.text.strip()) or len(_WORD.findall(line.text)) > 6:
        return ""
    parts = [part for part in _RUBRIC_LIST.split(line.text.strip()) if part]
    if len(parts) >= 2 and normalize_label(parts[0]) in _RUBRICS and all(
        len(_WORD.findall(part)) <= 2 and part[:1].isupper() for part in parts
    ):
        return normalize_label(parts[0])  # "Monde, Libye": the section, then its sub-section
    glued = _glued_labels(norm, _RUBRICS)
    return " + ".join(glued) if glued else ""


def _mark_rubrics(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Section names of a news site on a line of their own: before the first sentence paragraph
    and after the last one; between paragraphs a topic (not a place) before a caption or a chrome
    line (it heads no paragraph). A name before a list item heads the release's own list: kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text):
            continue
        if _INITIALS.match(line.text.strip()) and (position < first_body or position > last_body):
            reasons[line.index] = f"{METADATA}: the author's initials outside the body"
            continue
        rubric = _rubric(line)
        if not rubric:
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and _LIST_LINE.match(following.raw):
            continue  # "Santé" / "- 3 centres rouverts": a heading of the release's own list
        if position < first_body or position > last_body:
            reasons[line.index] = f"category label {rubric!r}: a section name outside the body"
        elif rubric in _TOPIC_RUBRICS and following is not None and (
            following.index in reasons or "©" in following.text or kept_line(following.text)
        ):
            reasons[line.index] = f"category label {rubric!r}: a section name before a caption or chrome, heading no paragraph"


# --------------------------------------------------------------------------- recording and removing
HEADER_FIELD = "X-Reltrans-Chrome"
"""The PO header field where ``translate`` records which lines it judged chrome, so that
``build`` leaves out exactly those lines (run-wide evidence included)."""


def header_value(document: Document, *, kept: bool) -> str:
    """The :data:`HEADER_FIELD` value for ``document``:
    ``v1; kept=no; lines=1-29,31; digest=<12 hex>`` (the digest is of those lines' text)."""
    chrome = [block for block in document.blocks if block.chrome]
    lines = sorted({block.line for block in chrome})
    return (
        f"v{CHROME_VERSION}; kept={'yes' if kept else 'no'}; lines={_ranges(lines)}; "
        f"digest={_digest(document, chrome)}"
    )


def apply_header(document: Document, value: str) -> Document | None:
    """``document`` with the blocks on the lines a :data:`HEADER_FIELD` value names marked as
    chrome (and no others). None when the value cannot be read or the text on those lines is
    not the text ``translate`` judged (the source changed since): then detect again, so a
    recorded line number never drops a sentence that has moved there."""
    fields = dict(part.strip().partition("=")[::2] for part in value.split(";") if "=" in part)
    lines = _parse_ranges(fields.get("lines"))
    if lines is None:
        return None
    judged = mark_chrome(document).blocks  # the reasons this text's own evidence gives, where it gives one
    blocks = tuple(
        dataclasses.replace(block, chrome=block.chrome or judged[i].chrome or "judged chrome by translate (PO header)")
        if block.line in lines and block.translatable else dataclasses.replace(block, chrome="")
        for i, block in enumerate(document.blocks)
    )
    chrome = [block for block in blocks if block.chrome]
    if {block.line for block in chrome} != set(lines) or fields.get("digest") != _digest(document, chrome):
        return None
    return dataclasses.replace(document, blocks=blocks)


def _digest(document: Document, blocks: Sequence[Block]) -> str:
    import hashlib

    joined = "\n".join(document.text[block.start : block.end] for block in blocks)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def chrome_spans(document: Document) -> list[tuple[int, int]]:
    """The text of every chrome block's lines, with the line terminator: what ``build`` leaves
    out of the translated release (sorted, disjoint)."""
    text = document.text
    spans: list[tuple[int, int, bool]] = []
    blocks = document.blocks
    for position, block in enumerate(blocks):
        if not (block.chrome or (block.kind == "separator" and _between_chrome(blocks, position) and (
            not any(ch.isdigit() for ch in text[block.start : block.end]) or _between_chrome(blocks, position, WEB_ARCHIVE)
        ))):
            continue  # a separator with a digit ("23/11/2010", "2031") is a date or a figure: kept (not the archive's calendar)
        start = max(text.rfind("\n", 0, block.start), text.rfind("\r", 0, block.start)) + 1
        end = _line_end(text, block.end)
        if start == 0 or _blank_line_before(text, start) or (spans and spans[-1][1] == start and spans[-1][2]):
            # a blank line already separates what comes before (or nothing does, at the top):
            # the blank lines the removed chrome leaves behind go with it
            while end < len(text) and _blank_line_at(text, end):
                end = _line_end(text, end)
            swallowed = True
        else:
            swallowed = False
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] or swallowed)
        else:
            spans.append((start, end, swallowed))
    result = [(start, end) for start, end, _ in spans]
    from reltrans.segment import metadata_head, read_more_tail

    for block in blocks:  # a read-more tail after the last sentence: from the space before it to the block end
        tail = read_more_tail(document, block)
        if tail is not None:
            start = block.start + len(text[block.start : tail].rstrip())
            result.append((start, block.end))
        head = metadata_head(document, block)
        if head is not None:  # a date label glued before the first sentence: up to that sentence
            result.append((block.start, head))
    return _merged(sorted(result))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _line_end(text: str, end: int) -> int:
    """The offset after the line terminator of the line that holds ``end``."""
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    if text.startswith("\r\n", end):
        return end + 2
    return end + 1 if end < len(text) else end


def _blank_line_at(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` is blank (whitespace only)."""
    end = pos
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    return pos < len(text) and not text[pos:end].strip()


def _blank_line_before(text: str, start: int) -> bool:
    """Whether the line before the one starting at ``start`` is blank."""
    if start == 0:
        return False
    end = start - (2 if text.startswith("\r\n", start - 2) else 1)
    previous_start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return not text[previous_start:end].strip()


def _between_chrome(blocks: Sequence[Block], position: int, kind: str = "") -> bool:
    """Whether the translatable blocks around a separator (``-`` in a menu) are chrome (whose
    reason starts with ``kind``); the document start counts as chrome, its end does not."""
    before = next((b for b in reversed(blocks[:position]) if b.translatable), None)
    after = next((b for b in blocks[position + 1 :] if b.translatable), None)
    return (
        (before is None or before.chrome.startswith(kind) and bool(before.chrome))
        and after is not None and bool(after.chrome) and after.chrome.startswith(kind)
    )


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    for number in numbers:
        if parts and "-" not in parts[-1].split(",")[-1] and int(parts[-1]) == number - 1:
            parts[-1] = f"{parts[-1]}-{number}"
        elif parts and "-" in parts[-1] and int(parts[-1].split("-")[1]) == number - 1:
            parts[-1] = f"{parts[-1].split('-')[0]}-{number}"
        else:
            parts.append(str(number))
    return ",".join(parts)


def _parse_ranges(value: str | None) -> frozenset[int] | None:
    if value is None:
        return None
    numbers: set[int] = set()
    for part in filter(None, value.strip().split(",")):
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            return None
        low, high = int(first), int(last or first)
        if high < low or high - low > 1_000_000:
            return None
        numbers.update(range(low, high + 1))
    return frozenset(numbers)


# --------------------------------------------------------------------------- chrome 10
_PARTICLES = frozenset("de|du|des|la|le|les|l|d|et|pour|aux|au|en|sur|of|the|at|for|and|on|in|to".split("|"))
_ACRONYM = regex.compile(r"^\p{Lu}{2,8}$")
_ACRONYM_FIRST = regex.compile(r"^(\p{Lu}{2,8})\s*[-–—:|]\s*(.+)$")
_ACRONYM_LAST = regex.compile(r"^(.+?)\s*\((\p{Lu}{2,8})\)$")
_ORG_NAME_WORDS = 12


def _expands(acronym: str, name: str) -> bool:
    """Whether ``name`` is only an organization's name whose capitalised words' initials spell
    ``acronym`` (``Comité International de la Croix-Rouge`` for ``CICR``, ``United Nations Office
    at Geneva`` for ``UNOG``): every other word is a particle (``de``, ``la``, ``of``, ``at``)."""
    words = regex.findall(r"\p{L}+", name)
    if not 2 <= len(words) <= _ORG_NAME_WORDS or _SENTENCE_END.search(name.strip()):
        return False
    initials = []
    for word in words:
        if word[0].isupper():
            initials.append(word[0])
        elif word.lower() not in _PARTICLES:
            return False  # a verb or a noun in lower case: a sentence, not a name
    return "".join(initials) == acronym


# "CICR infos", "Africa news": a site's masthead (a name and the word for news).
_MASTHEAD = regex.compile(r"^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)?\s+(?:infos?|actus?|news|hebdo|magazine)$")
# "Déclarations Haut-Commissariat aux droits de l'homme": a page type, then its office or collection
# with no "de" between them (a title says "Déclarations du Haut-Commissaire …").
_SECTION_LABEL = regex.compile(
    r"^(?i:d[ée]clarations|communiqu[ée]s(?:\s+de\s+presse)?|discours|actualit[ée]s|statements|speeches|"
    r"press releases|publications|[ée]v[ée]nements|dossiers|interventions)(?:\s+|\s*[/|>›]\s*)\p{Lu}"  # chrome 15: "Actualités/Maintien de la paix"
)
# "DIRECTRICE GENERALE DE L'UNESCO", "Bureau du porte-parole": an office's name heading its pages.
_OFFICE = regex.compile(
    r"^(?:(?:le|la|l')\s*)?(?:cabinet|bureau|service|direction|secretariat|directeur|directrice|secretaire|haut-commissaire|"
    r"haute-commissaire|haut commissaire|president|presidente|porte-parole|office of the|spokesperson)"
    r"(?:\s+(?:general|generale|executif|executive|adjoint|adjointe|de presse|du porte-parole))?"
    r"(?:\s+(?:du|de la|de l'|des|de|d'|of the|of)\s*\S+(?:\s+\S+){0,3})?$"
)
_CRUMB_LABELS = frozenset({"vous etes ici", "you are here", "fil d'ariane", "breadcrumb"})
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


def _mark_site_header(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the release's title (the last line kept before the first sentence paragraph, never
    judged here), the site's own header lines: an organization's name spelled out next to its
    acronym (``CICR`` / ``Comité International de la Croix-Rouge``, ``UNOG - United Nations Office
    at Geneva``) and that acronym alone; a masthead (``CICR infos``); a page type with its office
    (``Déclarations Haut-Commissariat …``); an office's name in capitals (``DIRECTRICE GENERALE DE
    L'X``; ``La Directrice générale`` may name the speaker: kept); the
    current crumb after ``Vous êtes ici``."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    if first_body >= len(lines):
        return  # no sentence paragraph: nothing tells the header from the text
    kept = [p for p in range(first_body) if lines[p].index not in chrome and not kept_line(lines[p].text)]
    if not kept:
        return
    title = kept[-1]
    # chrome 10: an organization's name with its acronym stays site header when chrome (a
    # distribution line, a label) parts it from the first sentence paragraph, the title itself
    title_parted = any(lines[p].index in chrome for p in range(title + 1, first_body))
    for position in kept if title_parted else kept[:-1]:
        line = lines[position]
        text = line.text.strip()
        norm = line.normalized
        words = len(_WORD.findall(text))
        reason = ""
        first, last = _ACRONYM_FIRST.match(text), _ACRONYM_LAST.match(text)
        if (first and _expands(first.group(1), first.group(2))) or (last and _expands(last.group(2), last.group(1))):
            reason = "site header: an organization's acronym and its name, before the title"
        elif position == title:
            continue  # the title: only an organization's name with its acronym is judged there
        else:
            for other in (position - 1, position + 1):
                if 0 <= other < first_body and other != title and _ACRONYM.match(lines[other].text.strip()) and _expands(
                    lines[other].text.strip(), text
                ):
                    reason = f"site header: the name of {lines[other].text.strip()!r} spelled out, before the title"
                    if lines[other].index not in reasons:
                        reasons[lines[other].index] = "site header: an organization's acronym, spelled out beside it, before the title"
                    break
        if not reason and _MASTHEAD.match(text):
            reason = "site header: a site's masthead (a name and 'infos'), before the title"
        if not reason and words <= _SECTION_WORDS and not _SENTENCE_END.search(text) and _SECTION_LABEL.match(text):
            reason = "site header: a page type and its office or collection, before the title"
        if not reason and words <= _SECTION_WORDS and text.isupper() and not _SENTENCE_END.search(text) and _OFFICE.match(norm):
            reason = "site header: an office's name heading its pages, before the title"
        if not reason and line.normalized.rstrip(" ?") in SITE_SECTIONS:
            reason = f"site header: a section of the site's menu ({text!r}), before the title"
        if not reason and position > 0 and lines[position - 1].normalized in _CRUMB_LABELS and lines[position - 1].index in chrome and (
            words <= _MENU_SHORT_WORDS and not _SENTENCE_END.search(text)
        ):
            reason = f"breadcrumb: the current page after {lines[position - 1].text.strip()!r}, before the title"
        if reason and line.index not in reasons:
            reasons[line.index] = reason


# Headings of teaser links below the release ("POUR EN SAVOIR PLUS": linked headings and their blurbs).
_TEASER_HEADINGS = frozenset("pour en savoir plus|en savoir plus|a decouvrir|a decouvrir aussi|decouvrir aussi|learn more|explore more".split("|"))
_TEASER_BLURB_WORDS = 50
_CONTACT = regex.compile(r"@|\d[\d .-]{7,}\d|\b(?:contacts?|tel|telephone|courriel|e-mail|email|fax)\b")


def _mark_teaser_menu(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the first sentence paragraph, a heading of teaser links (``POUR EN SAVOIR PLUS``), or
    with no heading a section of the site's menu (:data:`SITE_SECTIONS`, every link one of them),
    followed down to the page end by nothing but menu labels (``Qui nous aidons``) each with at
    most one blurb of a short paragraph (fifty words at most), two labels at least: the site's
    menu below the release (a release's own notes, ``À propos de l'OIM`` and its long
    paragraph, are kept). A
    contact (an address, a phone number, ``Contact``) among them keeps them all."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    for position in range(first_body + 1, len(lines)):
        heading = lines[position]
        # no heading: from a section of the site's menu ("Qui nous aidons"), every link one of them
        sections_only = heading.normalized.rstrip(" ?") in SITE_SECTIONS and heading.index not in chrome
        if heading.normalized not in _TEASER_HEADINGS and not sections_only:
            continue
        items: list[tuple[_Line, str]] = []
        previous = "heading"
        for line in lines[position + (0 if sections_only else 1) :]:
            if line.index in chrome:
                continue
            if _CONTACT.search(line.normalized):
                items = []
                break
            if _menu_label(line) and (not sections_only or line.normalized.rstrip(" ?") in SITE_SECTIONS):
                kind = "label"
            elif previous == "label" and len(_WORD.findall(line.text)) <= _TEASER_BLURB_WORDS:
                kind = "blurb"
            else:
                items = []
                break
            items.append((line, kind))
            previous = kind
        if sum(1 for _, kind in items if kind == "label") < 2:
            continue
        if not sections_only:
            reasons.setdefault(heading.index, "teaser menu: the heading of the site's links below the release")
        for line, kind in items:
            where = "from the site's section" if sections_only else "after"
            reasons[line.index] = f"teaser menu: a {'link' if kind == 'label' else 'blurb'} {where} {heading.text.strip()!r}, down to the page end"
        return


_QUOTED = regex.compile(r"^\s*[«“\"]\s*(.+?)\s*[»”\"]\s*$")


def _mark_pull_quotes(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line that is only a quotation (``“…”``) of six words or more repeating a sentence of an
    earlier kept paragraph is a pull quote, the page's display copy of it: the body's copy stays."""
    for position, line in enumerate(lines):
        match = _QUOTED.match(line.text)
        if line.index in reasons or match is None or len(_WORD.findall(match.group(1))) < _REPEAT_WORDS:
            continue
        quoted = " ".join(match.group(1).split())
        source = next(
            (other for other in lines[:position] if other.index not in reasons and _is_body(other) and quoted in " ".join(other.text.split())),
            None,
        )
        if source is not None:
            reasons[line.index] = f"pull quote: repeats the text of block {source.index + 1} above"


# --------------------------------------------------------------------------- chrome 13
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


# Short function words of the other languages a scraped French page carries in its alt texts
# and labels: a shorter list than reltrans.function_words.ENGLISH (no "about", "more", "after":
# a toolbar's "About this capture" stays unjudged) and no French homograph ("on", "an", "a").
_FOREIGN_WORDS = {
    "English": frozenset("the of and to for with from by at is are was our your this that its in into we you their".split()),
    "Portuguese": frozenset("com do dos das da o um uma para pelo pela no na nas em ao".split()),
    "Spanish": frozenset("el los las del y con por para una".split()),
}
_FOREIGN_MIN = 2  # function words of one other language that make a line that language
_FOREIGN_LINE_WORDS = 15
_TOKEN_EDGES = "\"'“”«»‘’()[]{}.,;:!?…"


def foreign_language(text: str) -> str:
    """The language a short line is written in when it is not French ('' when it may be French):
    two or more short function words of English, Portuguese or Spanish (``of``, ``the``, ``com``,
    ``do``, ``del``) and none of French (``de``, ``la``, ``et``, an elision such as ``l'``). A cheap
    test for alt texts and labels, never for a sentence."""
    tokens = [token.strip(_TOKEN_EDGES).lower() for token in text.split()]
    tokens = [token for token in tokens if token]
    if any(is_french_word(token) for token in tokens):
        return ""
    counts = {language: sum(token in words for token in tokens) for language, words in _FOREIGN_WORDS.items()}
    language, count = max(counts.items(), key=lambda item: item[1])
    return language if count >= _FOREIGN_MIN else ""


_FRENCH_PAGE_RATIO = 3  # French function words per word of the most frequent other language


def _page_is_french(lines: list[_Line]) -> bool:
    """The page is written in French: its French function words outnumber those of each other
    language three to one (an alt text or a blurb in English does not change that)."""
    tokens = [token.strip(_TOKEN_EDGES).lower() for line in lines for token in line.text.split()]
    french = sum(1 for token in tokens if is_french_word(token))
    other = max(sum(1 for token in tokens if token in words) for words in _FOREIGN_WORDS.values())
    return french > 0 and french >= _FRENCH_PAGE_RATIO * other


def _mark_foreign_lines(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short line without sentence punctuation in another language than the page (``Flag of the
    International Committee``, ``Bandeira com o logotipo do CICV``): an image's alt text or a
    label the site did not translate. A line with a sentence end, a quoted line (a slogan cited)
    and a credit are kept. Only on a French page: on an English or Spanish page these are its
    own headings."""
    if not _page_is_french(lines):
        return
    for line in lines:
        text = line.text.strip()
        words = len(_WORD.findall(text))
        if line.index in reasons or not 2 <= words <= _FOREIGN_LINE_WORDS or _HAS_SENTENCE_END.search(text):
            continue
        if _SENTENCE_END.search(text) or text[:1] in "«“\"‘'(" or kept_line(text):
            continue
        language = foreign_language(text)
        if language:
            reasons[line.index] = f"another language: a short unpunctuated line in {language} (an image's alt text or a label)"
    _mark_foreign_foot(lines, reasons)


_FOREIGN_FOOT_WORDS = 40


def _mark_foreign_foot(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the release's last French sentence paragraph, down to the page end (chrome aside),
    short paragraphs (forty words at most) in another language: an author's blurb the site did
    not translate (``“Coffee lover. Travel writer.”``). A summary in English above the French
    text, or between its paragraphs, is the release's: kept."""
    last_french = max(
        (p for p, line in enumerate(lines) if line.index not in reasons and _is_body(line) and not foreign_language(line.text)),
        default=-1,
    )
    if last_french < 0:
        return
    tail = [line for line in lines[last_french + 1 :] if line.index not in reasons]
    if not tail or not all(len(_WORD.findall(line.text)) <= _FOREIGN_FOOT_WORDS and foreign_language(line.text) for line in tail):
        return
    for line in tail:
        language = foreign_language(line.text)
        reasons[line.index] = f"another language: a paragraph in {language} below the last French sentence paragraph (an author's blurb)"


_CAPTION_CREDIT = regex.compile(r"^\s*(?:[-–—|,/]\s*)?(?:©|\(?(?:photos?|crédits?|credits?|ph\.)\b)", regex.IGNORECASE)


def _mark_alt_before_caption(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A line repeated at the start of the next one, which adds a credit (``Irina X, directrice``
    / ``Irina X, directrice - © J. DOE - AFP``): the image's alt text, then its caption; the
    caption (the line with the credit) stays."""
    for line, following in zip(lines, lines[1:]):
        text = line.text.strip()
        if line.index in reasons or following.line == line.line or len(_WORD.findall(text)) < 2:
            continue
        rest = following.text.strip()
        if rest.startswith(text) and _CAPTION_CREDIT.match(rest[len(text) :]):
            reasons[line.index] = f"image alt text: the caption below repeats it with its credit (block {following.index + 1})"


_TAG_WORDS = 6
_LISTING_TAGS = 2  # tag lines, each above an entry's title, that make a listing's tags


def _mark_listing_tags(lines: list[_Line], reasons: dict[int, str]) -> None:
    """On a listing, the topic or country label above each entry's title (``Soudan`` / ``Soudan :
    arrestation d'une équipe`` / its teaser; ``Migration de main d'œuvre`` / a title / its date):
    a short unpunctuated line directly above a title (a line without a sentence end) that a
    sentence paragraph follows (a date or a credit between them aside), two such labels at least.
    A heading directly above its paragraph (``Santé`` / ``Trois centres …``) is the release's: kept."""
    found = []
    for position, line in enumerate(lines[:-2]):
        text = line.text.strip()
        if line.index in reasons or _is_body(line) or _SENTENCE_END.search(text) or kept_line(text):
            continue
        if not 0 < len(_WORD.findall(text)) <= _TAG_WORDS or _LIST_LINE.match(line.raw) or not text[:1].isupper():
            continue
        title = lines[position + 1]
        title_text = title.text.strip()
        if title.index in reasons or _is_body(title) or not _headline(title) or kept_line(title_text) or _LIST_LINE.match(title.raw):
            continue
        if len(_WORD.findall(title_text)) <= len(_WORD.findall(text)):
            continue  # a title is longer than its label
        after = [other for other in lines[position + 2 : position + 5] if other.index not in reasons and not kept_line(other.text)]
        if after and _is_body(after[0]):
            found.append(line)
    if len(found) >= _LISTING_TAGS:
        for line in found:
            reasons[line.index] = f"listing tag: a short label above an entry's title ({len(found)} on the page)"


_PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)){1,2}$")
_BIO_WORDS = 20


def _mark_end_byline(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A person's name alone (two or three capitalised words, ``Jeanne Dupuis``) after the last
    sentence paragraph, as the page's last kept line or above one short line (the author's
    note): the author's byline at the foot of an article. A name with a title or a place
    (``Genève, le 3 mai``) is no byline: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    tail = [position for position in range(last_body + 1, len(lines)) if lines[position].index not in reasons]
    if not tail or len(tail) > 2:
        return
    line = lines[tail[0]]
    text = line.text.strip()
    if not _PERSON_NAME.match(text) or kept_line(text) or _CONTACT_LEADIN.match(line.normalized):
        return  # chrome 14: "Media Contact", "Contacts Médias" head the release's contact block
    words = [word.lower() for word in text.split()]
    if any(is_french_word(word) or normalize_label(word) in _LABELS or normalize_label(word) in _RUBRICS for word in words):
        return
    if normalize_label(text) in _LABELS or normalize_label(text) in _RUBRICS or normalize_label(text) in SITE_SECTIONS:
        return
    if len(tail) == 2 and len(_WORD.findall(lines[tail[1]].text)) > _BIO_WORDS:
        return
    reasons[line.index] = "byline: a person's name alone below the last sentence paragraph, at the page foot"


_FOOT_REPEAT_WORDS = 6


def _mark_foot_repeats(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a line of six words or more with the same text as an
    earlier kept line (not the one just before it: that is **doubled**): the page foot repeating
    a box of the page (a contact, a call). The first copy stays. A lead-in ending on a colon
    (``Pour toute information complémentaire, veuillez contacter :``) may head each of two
    contact blocks: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    seen: dict[str, int] = {}
    for position, line in enumerate(lines):
        key = " ".join(line.text.split())
        if line.index in reasons or len(_WORD.findall(key)) < _FOOT_REPEAT_WORDS:
            continue
        if position > last_body and key in seen and not key.endswith(":"):
            reasons[line.index] = f"repeated: the page foot repeats block {seen[key] + 1}"
        else:
            seen.setdefault(key, line.index)


# Short generic labels a site prints as section tabs: chrome only beside other chrome or at the
# page's first or last line outside the body ("Focus" may also head a release's box).
_WEAK_LABELS = frozenset(
    "faq|focus|blog|blogs|dossiers|agenda|multimedia|videos|photos|evenements|ressources|publications|campagnes|"
    "nos campagnes|temoignages|opinions|tribunes|podcasts|webinaires|en images|en video|events|resources|stories".split("|")
)


def _mark_weak_labels(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short generic label (``FAQ``, ``Focus``, ``Blogs``) next to a chrome line, or as the
    page's first or last line before the first or after the last sentence paragraph."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _WEAK_LABELS:
            continue
        beside = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]
        edge = (position == 0 and position < first_body) or (position == len(lines) - 1 and position > last_body)
        if beside:
            reasons[line.index] = f"label {line.text.strip()!r}: a section tab beside the chrome line {beside[0].text.strip()[:40]!r}"
        elif edge:
            reasons[line.index] = f"label {line.text.strip()!r}: a section tab at the page {'top' if position == 0 else 'foot'}"


# "Pour plus d'informations, veuillez contacter :", "Contact presse", "Media contacts"
_CONTACT_LEADIN = regex.compile(
    r"^(?:pour (?:plus d'informations?|plus de renseignements|toute information(?: complementaire| supplementaire)?|tout renseignement"
    r"(?: complementaire)?)(?:\s*,?\s*(?:veuillez |merci de )?(?:contacter|contactez|vous adresser a|s'adresser a))?|"
    r"contacts?(?: presse| medias?| pour les medias)?|informations complementaires|renseignements|"
    r"for (?:more|further) information(?:,? please contact)?|media contacts?|press contacts?)$"
)


def _mark_contact_leadins(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A contact lead-in alone on its line (``Pour plus d'informations, veuillez contacter :``,
    ``Contact presse``) directly above an address that is chrome (``press@example.org``): it
    introduces nothing left in the release. Above a name and its numbers (a release's contact
    block) it is kept with them."""
    for line, following in zip(lines, lines[1:]):
        if line.index in reasons or not _CONTACT_LEADIN.match(line.normalized):
            continue
        if reasons.get(following.index, "").startswith(CONTACT):
            reasons[line.index] = f"contact lead-in: above the address {following.text.strip()[:40]!r}, chrome too"


_MENU_GAP_WORDS = 8
_MENU_RUN = "menu run"


def _mark_menu_gaps(head: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph, a line of eight words at most that is no sentence (a
    question mark aside: a menu's ``- pourquoi une assemblée ?``) between a chrome line and a
    menu entry below it (a menu section's heading or a longer entry): a menu entry too, provided
    a kept line remains after it before the first sentence paragraph (the title)."""
    for position in range(1, len(head) - 1):
        line = head[position]
        text = line.text.strip()
        if line.index in reasons or kept_line(text) or _is_body(line) or len(_WORD.findall(text)) > _MENU_GAP_WORDS:
            continue
        if _SENTENCE_END.search(text.rstrip(" ?")) or text.endswith(","):
            continue
        above, below = reasons.get(head[position - 1].index, ""), reasons.get(head[position + 1].index, "")
        if not above or above.startswith(METADATA) or not below.startswith(_MENU_RUN):
            continue
        if any(other.index not in reasons and not kept_line(other.text) for other in head[position + 2 :]):
            reasons[line.index] = "menu run: a line between chrome and a menu entry, before the title"


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
_TAG_RUN = 2  # country or region names alone on consecutive lines that make a list of tags
_PLACE_LIST = regex.compile(r"\s*[,;/|·•]\s*")


def _place_tags(line: _Line) -> int:
    """How many country or region names a line is made of (0: it holds anything else)."""
    if _SENTENCE_END.search(line.text.strip()):
        return 0
    parts = [normalize_label(part) for part in _PLACE_LIST.split(line.text.strip()) if part.strip()]
    places = COUNTRIES | _PLACE_RUBRICS
    return len(parts) if parts and all(part in places for part in parts) else 0


def _mark_place_tags(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph or after the last one, country or region names alone
    on two or more lines in a row (``Soudan`` / ``Tchad``), or three or more on one line
    (``Mali, Niger, Tchad``): the page's tags. One country alone (a heading, a dateline's place)
    and names between paragraphs are kept."""
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    run: list[_Line] = []

    def close() -> None:
        if len(run) >= _TAG_RUN or (run and _place_tags(run[0]) >= 3):
            for line in run:
                reasons[line.index] = f"tag list: country or region names alone on their lines ({len(run)} in a row), outside the body"
        run.clear()

    for position, line in enumerate(lines):
        outside = position < first_body or position > last_body
        if line.index in chrome and run:
            continue  # a chrome line inside the run ("Tags") does not break it
        if outside and line.index not in chrome and _place_tags(line):
            run.append(line)
        else:
            close()
    close()


# --------------------------------------------------------------------------- chrome 14
# A news agency's name alone on its line ("Belga", "AFP"): the wire's credit the site printed at
# the page edge. In brackets ("(AFP)") it is the release's credit (kept_line): kept.
_NEWS_AGENCIES = frozenset(
    "afp reuters belga ap xinhua aps map dpa ats keystone-ats efe ansa anadolu kyodo tass ria novosti anp apa pana lusa "
    "aip acp agp vna sputnik".split()
)
# "Par Jeanne Dupuis - © AFP - Luc Martin", "By Jane Doe | Photo: UNICEF": a byline joined to the
# photo's credit, a line the CMS prints under the lead.
_CREDITED_BYLINE = regex.compile(
    r"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*"
    r"(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|la|le|van|von|da)){0,4}"
    r"[ \u00a0]*[-–—|,/][ \u00a0]*(?:©|\([Cc]\)|[Cc]r[ée]dits?\b|[Pp]hotos?\b|[Ii]mages?\b)"
)
_CREDITED_BYLINE_WORDS = 14
# "À propos de l'OMS", "À propos du CICR", "About UNICEF": the heading of an organization's box.
# The organization is named (a capital): "À propos des ports" is a topic, not a box.
_ABOUT_HEADING = regex.compile(r"^(?:[ÀàAa] propos (?:de la |de l['’]|du |des |de |d['’])|[Aa]bout (?:the )?)\p{Lu}")
_ABOUT_WORDS = 7
_FRENCH_DIACRITICS = regex.compile(r"[éèêëàâäçôöûùüîïœæÉÈÊËÀÂÇÔÛÙÎÏŒ]")
_TITLE_WORDS = 8
_TITLE_CASE_LOWER = frozenset(
    "of on and the for in to at by with from a an".split()
)  # the words English titles leave in lowercase


def credited_byline(text: str) -> bool:
    """``text`` is a byline joined to a credit (``Par Jeanne Dupuis - © AFP - Luc Martin``): a
    name after ``par``/``by``, then a credit mark (``©``, ``Photo``, ``Crédit``), no sentence end."""
    stripped = text.strip()
    return (
        len(_WORD.findall(stripped)) <= _CREDITED_BYLINE_WORDS
        and not _HAS_SENTENCE_END.search(stripped)
        and _CREDITED_BYLINE.match(stripped) is not None
    )


def english_title(text: str) -> bool:
    """``text`` is an English label in title case (``Information System on International Labour
    Standards``): two to eight words, each capitalised but the small words English titles leave
    in lowercase, one of them at least an English function word in lowercase, no French function
    word, no French accent, no punctuation. A person's name (no function word) or a French
    heading (``de``, an accent) is never one."""
    stripped = text.strip()
    if regex.search(r"[.!?…:;,«»\"“”()\[\]/|]", stripped) or _FRENCH_DIACRITICS.search(stripped):
        return False
    words = stripped.split()
    if not 2 <= len(words) <= _TITLE_WORDS or any(is_french_word(word.strip("'’-")) for word in words):
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    small = [word for word in words if word in _TITLE_CASE_LOWER]
    capitalised = all(word[:1].isupper() or word in _TITLE_CASE_LOWER for word in words)
    return capitalised and any(word in ENGLISH for word in small)


def _title_case_without_french(text: str) -> bool:
    """Two to eight capitalised words (``Sustainable Development Goals``, ``Top Slides``), no
    French function word or accent, no punctuation: nothing says the line is French."""
    stripped = text.strip()
    if regex.search(r"[.!?…:;,«»\"“”()\[\]/|&]", stripped) or _FRENCH_DIACRITICS.search(stripped):
        return False
    words = stripped.split()
    if not 2 <= len(words) <= _TITLE_WORDS or any(is_french_word(word.strip("'’-")) for word in words):
        return False
    return all(word[:1].isupper() or word in _TITLE_CASE_LOWER for word in words)


def _chrome_beside(lines: list[_Line], position: int, reasons: dict[int, str]) -> list[_Line]:
    return [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines) and lines[p].index in reasons]


def _mark_chrome14(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 14: what the page edges and the chrome around a line say about it.

    * an organization's acronym alone (:data:`_SITE_ACRONYMS`) next to a chrome line, anywhere
      (``OMM`` above a listing's ``Publish Date:``, ``CICR`` under a logo's alt text); between
      two kept lines it is kept;
    * a news agency's name alone (``Belga``, ``AFP``) before the first or after the last sentence
      paragraph: the wire's credit at the page edge (``(AFP)`` is a credit: kept);
    * a byline joined to a photo credit (``Par Jeanne Dupuis - © AFP - Luc Martin``), anywhere;
    * an "about" heading naming an organization (``À propos de l'OMS``, ``About UNICEF``) outside
      the body that heads no paragraph: a menu section, not the organization's box (above its
      blurb it is kept; ``À propos des ports`` names a topic: kept);
    * on a French page, an English title-case label (:func:`english_title`) outside the body or
      beside chrome, and a title-case line with nothing French in it between two chrome lines
      (a facet's value, ``Sustainable Development Goals`` between ``Filter :`` and ``Subject``).
    """
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    french = _page_is_french(lines)
    for position, line in enumerate(lines):
        if line.index in reasons:
            continue
        text = line.text.strip()
        outside = position < first_body or position > last_body
        beside = _chrome_beside(lines, position, reasons)
        if text in _SITE_ACRONYMS and beside:
            reasons[line.index] = (
                f"site label: the organization's acronym {text!r} alone, beside the chrome line {beside[0].text.strip()[:40]!r}"
            )
        elif outside and line.normalized in _NEWS_AGENCIES and text[:1].isupper():
            reasons[line.index] = f"credit: the news agency's name {text!r} alone at the page edge, outside the body"
        elif credited_byline(text):
            reasons[line.index] = f"{METADATA}: a byline joined to a photo credit"
        elif outside and _about_heading(line) and not _heads_paragraph(lines, position, reasons):
            reasons[line.index] = "about heading: an organization's 'about' section outside the body, heading no paragraph"
        elif french and (outside or beside) and english_title(text):
            reasons[line.index] = "another language: an English label in title case on a French page"
        elif french and len(beside) == 2 and _title_case_without_french(text) and not kept_line(text):
            reasons[line.index] = "label: capitalised words with nothing French in them, between two chrome lines"
    _mark_comment_section(lines, reasons)


_COMMENT_HEADINGS = frozenset(
    "commentaires|commentaire|laisser un commentaire|laisser une reponse|ajouter un commentaire|publier un commentaire|"
    "reactions|vos reactions|comments|leave a comment|leave a reply".split("|")
)


def _mark_comment_section(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a comment section's heading that is chrome
    (``Commentaires``, ``0 Commentaires``, ``Laisser une réponse``): the lines after it down to
    the page end are readers' comments and the comment form (``super article merci``), never the
    release, whose text has ended above. A comment that is a sentence paragraph moves the last
    sentence paragraph below the heading: then nothing is judged (kept)."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    for position in range(last_body + 1, len(lines)):
        line = lines[position]
        if line.index in reasons and (
            line.normalized in _COMMENT_HEADINGS or _COMMENT_COUNT.match(line.normalized) or _COMMENT_COUNTER.match(line.normalized)
        ):  # chrome 15: a counter or WordPress's "2 réflexions sur « … »" heads the comments too
            for other in lines[position + 1 :]:
                if other.index not in reasons:
                    reasons[other.index] = f"comments: below the comment section's heading {line.text.strip()[:40]!r}, after the last sentence paragraph"
            return


def _about_heading(line: _Line) -> bool:
    text = line.text.strip()
    return (
        len(_WORD.findall(text)) <= _ABOUT_WORDS
        and not _HAS_SENTENCE_END.search(text)
        and not _SENTENCE_END.search(text)
        and _ABOUT_HEADING.match(text) is not None
    )


def _heads_paragraph(lines: list[_Line], position: int, reasons: dict[int, str]) -> bool:
    """The next kept line after ``position`` is a sentence paragraph (the heading's blurb)."""
    for following in lines[position + 1 :]:
        if following.index not in reasons:
            return _is_body(following)
    return False


# --------------------------------------------------------------------------- chrome 15
# What news and agency CMSs print around an article (Drupal, WordPress, the radio and TV sites):
# comment counters, file labels, a radio correspondent's line, bylines split over lines, media
# player labels, fold-out buttons. Each rule matches a whole line (or block), never a sentence.

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
_UPDATE_NOTICE_WORDS = 18
# "Pour lire cet article :", "Achetez un pack de crédits", "Consultez nos offres d'abonnement,":
# the lines of a paywall box.
_PAYWALL_BOX = regex.compile(
    r"^pour (?:lire|acceder a|consulter|continuer|debloquer) (?:cet article|ce contenu|l'article|l'integralite|la suite|tous nos articles)\b"
    r"|^(?:achetez|acheter|je choisis|choisissez|decouvrez|consultez|voir|souscrire a|souscrivez a)\s+(?:un pack|nos offres|une offre|un abonnement|nos formules|nos abonnements)\b"
    r"|^(?:a partir de|des|seulement|pour seulement)\s+\d+(?:[.,]\d+)?\s*(?:€|eur|euros?|chf|\$)\s*(?:/|par)\s*(?:mois|an|semaine|jour)\b"
)
_PAYWALL_BOX_WORDS = 12
_PAYWALL_PRICE = regex.compile(r"^(?:a partir de|des|seulement|pour seulement)\s+\d")
_PAYWALL_TARGET = regex.compile(r"\b(?:cet article|ce contenu|nos offres|un pack|abonnement)\b")
# "Accueil Vidéos Belgique": a breadcrumb from the home page whose separators the scraper lost
# (every crumb capitalised: "Accueil des réfugiés à Goma" is a title).
_BARE_CRUMBS = regex.compile(r"^(?:Accueil|ACCUEIL|Home|HOME)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*){1,4}$")
# The media groups whose name a page prints alone by its byline or logo ("France Télévisions").
_MEDIA_GROUPS = frozenset(
    "france televisions|france medias monde|radio france|franceinfo|france info|rfi|france 24|france24|tv5monde|tv5 monde|"
    "radio-canada|ici radio-canada|rtbf|rts|rtl|rtl info|le monde|jeune afrique|voa afrique|bbc afrique|dw|deutsche welle".split("|")
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
    if words <= 15 and _FILE_TYPE_END.search(norm) and not _HAS_SENTENCE_END.search(stripped):
        return "media/file link: a file named by its type"
    if words <= 12 and not sentence and _IMAGE_DOWNLOAD.match(norm):
        return "media/file link: an image's download or cover label"
    if words <= 6 and _BARE_CRUMBS.match(stripped) and not _SENTENCE_END.search(stripped):
        return "breadcrumb: crumbs from the home page, their separators lost"
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
    if words <= 8 and _WIRE_SOURCE.match(stripped):
        return f"{METADATA}: the wire source the site credits"
    if words <= _UPDATE_NOTICE_WORDS and _UPDATE_NOTICE.match(norm):
        return f"{METADATA}: a CMS's update notice"
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
_BYLINE_LEADS = frozenset(
    "par|by|de|ecrit par|redige par|publie par|propos recueillis par|texte|texte de|auteur|auteure|auteurs|author|signe|signe par".split("|")
)
_BYLINE_NAME = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:[ \u00a0]+|[ \u00a0]*,[ \u00a0]*)(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|la|le|van|von|da|d['’]\p{Lu}[\p{L}'’-]*|et|and)){0,7}$"
)
_BYLINE_NAME_WORDS = 8
_PUBLISHED_LEADS = frozenset("publie|publie le|mis a jour|mis a jour le|modifie le|poste le|mis en ligne le|published|updated|posted".split("|"))
# "Belgique Par Thierry Remacle": a section name, then the byline, on one line.
_SECTION_BYLINE = regex.compile(r"^(.{2,40}?)[ \u00a0]+((?:Par|PAR|By)[ \u00a0]+\p{Lu}.*)$")
_CREDIT_MARK = regex.compile(
    r"©|\((?:c|C)\)|\b(?:[Pp]hotos?|PHOTOS?|[Cc]r[ée]dits?(?: photo)?|[Ii]mages?)\s*:|\b\p{Lu}{2,10}\s*/\s*\p{Lu}"
)
_ALT_WORDS = 4  # an alt text repeated by its caption has at least this many words
_CREDIT_TAIL_WORDS = 6  # a caption's credit ends it: at most this many words after its mark


def _credit_at_end(text: str) -> bool:
    """A credit mark (``©``, ``Photo :``, ``AFP/X``) with a few words after it ending ``text``, no
    sentence after it (``… l'OMS/OPS a lancé un appel …`` is a paragraph naming two agencies)."""
    marks = list(_CREDIT_MARK.finditer(text))
    if not marks:
        return False
    after = text[marks[-1].start() :]
    return len(_WORD.findall(after)) <= _CREDIT_TAIL_WORDS and not _HAS_SENTENCE_END.search(after.rstrip(". "))
# "Actualités Santé", "Infos Afrique", "Dans la rubrique Société", "Actualités internationales":
# a news word, then a section (a topic, a place, or an adjective of scope).
_NEWS_SECTION = regex.compile(
    r"^(?:(?:dans (?:la |les )?)?(?:rubriques?|categories?|sections?)|actualites?|actus?|infos?|informations|nouvelles|news|dossiers?|themes?)"
    r"\s*:?\s+(.{2,40})$"
)
_SECTION_ADJECTIVES = frozenset(
    "internationale|internationales|nationale|nationales|regionale|regionales|locale|locales|africaines|europeennes|"
    "du monde|monde|en bref|a la une|generales|economiques|politiques|culturelles|sportives".split("|")
)


def _mark_chrome15(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15: what the lines around a line say about it.

    * a byline split over lines (``Par`` / ``Jeanne Dupont`` / ``Le 3 mai 2014 à 10h12``): a lead
      alone (``Par``, ``Écrit par``), the name under it (capitalised words, no figure, no sentence
      end) and, under the name or under a one-line byline, a date with its time of day; anywhere
      (Le Monde puts it below the lead paragraph). A date without a time stays (the release's date);
    * a date with its time of day under a publication label alone (``Publié`` / ``3 mai 2014 à 10h12``);
    * a section name glued before a byline (``Belgique Par Thierry Remacle``);
    * an image's alt text repeated at the start of the next line, which carries a credit anywhere
      (``Un homme marche dans la neige.`` / ``Un homme marche dans la neige à Boston. Photo: AP/X``),
      compared without case and its final period: the caption stays;
    * a media group's name alone (``France Télévisions``, ``RFI``) outside the body or beside chrome;
    * below the last sentence paragraph, the lines of a paywall box after a paywall line (short
      lines down to the next long one: ``Je choisis un pack`` / ``pour accéder à cet article.``);
    * a page type before an office's name (``Actualités Conseil des droits de l'homme``) as the
      last line before the first sentence paragraph (chrome 10 judged it above the title only).
    """
    chrome = set(reasons)
    first_body = _first_body(lines, chrome)
    last_body = _last_body(lines, chrome)
    for position, line in enumerate(lines):
        text = line.text.strip()
        following = lines[position + 1] if position + 1 < len(lines) else None
        if line.index not in reasons and line.normalized in _BYLINE_LEADS and following is not None and following.index not in reasons:
            name = following.text.strip()
            if _BYLINE_NAME.match(name) and len(_WORD.findall(name)) <= _BYLINE_NAME_WORDS and not kept_line(name) and (
                normalize_label(name) not in _LABELS
            ):
                reasons[line.index] = f"{BYLINE_RUN}: {text!r} alone above the author's name"
                reasons[following.index] = f"{BYLINE_RUN}: the author's name under {text!r}"
        if line.index not in reasons:
            section = _SECTION_BYLINE.match(text)
            if section and (normalize_label(section.group(1)) in _RUBRICS | COUNTRIES | _LABELS | _WEAK_LABELS) and _NAME_BYLINE.match(section.group(2)):
                reasons[line.index] = f"{METADATA}: a section name ({section.group(1)!r}) glued before the byline"
    for position, line in enumerate(lines[1:], start=1):  # the date and time under a byline or a publication label
        above = lines[position - 1]
        reason = reasons.get(above.index, "")
        if line.index in reasons or kept_line(line.text) != "a date stamp" or not _TIME_OF_DAY.search(line.normalized):
            continue
        if reason.startswith(BYLINE_RUN) or (reason.startswith(f"{METADATA}: a byline")) or above.normalized in _PUBLISHED_LEADS:
            reasons[line.index] = f"{BYLINE_RUN}: the date and time under {above.text.strip()[:40]!r}"
    for line, following in zip(lines, lines[1:]):  # an alt text the caption below repeats, with a credit
        text = line.text.strip().rstrip(".").strip()
        if line.index in reasons or following.line == line.line or len(_WORD.findall(text)) < _ALT_WORDS:
            continue
        rest = following.text.strip()
        if rest.casefold().startswith(text.casefold()) and len(rest) > len(text) and _credit_at_end(rest[len(text) :]):
            reasons[line.index] = f"image alt text: the caption below repeats it with its credit (block {following.index + 1})"
    for position, line in enumerate(lines):
        if line.index in reasons or line.normalized not in _MEDIA_GROUPS or not line.text.strip()[:1].isupper():
            continue
        outside = position < first_body or position > last_body
        if outside or _chrome_beside(lines, position, reasons):
            reasons[line.index] = f"credit: the media group's name {line.text.strip()!r} alone, outside the body or beside chrome"
    if last_body >= 0:
        tail = lines[last_body + 1 :]
        box = next((p for p, line in enumerate(tail) if reasons.get(line.index, "").startswith("paywall")), None)
        if box is not None:
            for line in tail[box + 1 :]:
                if line.index in reasons:
                    continue
                if len(_WORD.findall(line.text)) > _PAYWALL_BOX_WORDS or kept_line(line.text) or "@" in line.text:
                    break
                reasons[line.index] = "paywall: a line of the subscription box, below the last sentence paragraph"
    head_kept = [p for p in range(min(first_body, len(lines))) if lines[p].index not in reasons and not kept_line(lines[p].text)]
    lone_title = head_kept[-1] if len(head_kept) == 1 else -1  # the page's only line above its body: its title, kept
    for position, line in enumerate(lines):  # a news section's label, and a page type with its office, outside the body
        text = line.text.strip()
        outside = position < first_body or position > last_body
        if line.index in reasons or position == lone_title or _SENTENCE_END.search(text) or len(_WORD.findall(text)) > _SECTION_WORDS:
            continue
        section = _NEWS_SECTION.match(line.normalized)
        if section and section.group(1) in _RUBRICS | COUNTRIES | _SECTION_ADJECTIVES and (outside or _chrome_beside(lines, position, reasons)):
            reasons[line.index] = f"category label {text!r}: a news section's name outside the body or beside chrome"
        elif position > last_body >= 0 and _SECTION_LABEL.match(text):
            reasons[line.index] = "site header: a page type and its office or collection, below the last sentence paragraph"
    if 0 < first_body < len(lines):
        kept = [p for p in range(first_body) if lines[p].index not in reasons and not kept_line(lines[p].text)]
        if kept:
            title = lines[kept[-1]]
            text = title.text.strip()
            if len(kept) > 1 and len(_WORD.findall(text)) <= _SECTION_WORDS and not _SENTENCE_END.search(text) and _SECTION_LABEL.match(text):
                reasons[title.index] = "site header: a page type and its office or collection, before the first sentence paragraph"
# --------------------------------------------------------------------------- chrome 15f
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
_LISTING_FIELD_WORDS = 8
# "Accueil Blog Page 471", "Page 3 sur 12": a listing's page number.
_PAGE_NUMBER = regex.compile(
    r"^(?:accueil\s+)?(?:(?:blog|actualites?|news|archives?|articles?|categorie|rubrique|communiques)\s+)?page\s+\d{1,5}(?:\s+(?:de|sur|of|/)\s+\d{1,5})?$"
)
# "Contenu - LA REVUE DU PORT": a page type and the site's name in capitals, the page's first line.
_SITE_TITLE = regex.compile(r"^(?i:contenu|accueil|actualit[ée]s?|articles?|blog|news|infos?)\s*[-–|:]\s*(.+)$")
_SITE_TITLE_WORDS = 8
# "NB : Photo d'archive et d'illustration": a note on the picture.
_PHOTO_NOTE = regex.compile(r"^(?:nb|n\.b\.?)\s*:?\s*(?:photos?|images?)\b|^(?:photos?|images?) d'(?:archives?|illustration)\b")
_PHOTO_NOTE_WORDS = 8
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
_DAILY_WIDGET_WORDS = 60
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
_POSTED_BYLINE_WORDS = 20
# "6 Janvier 78 Politique (25323),": an entry's date, its views and its category with its count.
_ENTRY_COUNTS = regex.compile(rf"^\d{{1,2}}\s+{_MONTH}\s+\d+\s+[\p{{L}} -]{{2,30}}\s*\(\d+\)\s*,?$")
# "novembre 08, 2024": a date in the English order with French month names.
_MONTH_FIRST_DATE = regex.compile(rf"^{_MONTH}\s+\d{{1,2}},\s*\d{{4}}$")
# "Obtenez des mises à jour en temps réel directement sur votre appareil, abonnez-vous maintenant.": a push prompt.
_PUSH_PROMPT = regex.compile(
    r"^obtenez (?:des|les) mises a jour en temps reel\b|\bactive[zr] les notifications\b|^recevez (?:nos|les) (?:alertes|notifications)\b"
    r"|^autorisez les notifications\b"
)
_PUSH_PROMPT_WORDS = 20
# Sections of a news site's menu alone at the page foot ("Programmes", "Émissions").
_FOOT_SECTIONS = frozenset("programmes|emissions|rubriques|services|dossiers|nos programmes|toutes les emissions".split("|"))
_TICKER_TOKEN = regex.compile(r"(?:^|\s)(\p{Lu}{2,6})\s+\p{Lu}")
_TICKER_REPEATS = 3


# "Publié le 12 mars 2024 à 10h05 Mis à jour le 13 mars 2024 à 08h00": both dates on one line.
_PUBLISHED_UPDATED = regex.compile(
    r"^(?:publie|mis en ligne|poste)\s+(?:le\s+)?.{0,40}\d.{0,40}\b(?:mis a jour|mise a jour|modifie|actualise)\s+(?:le\s+)?.{0,40}\d"
)
_PUBLISHED_UPDATED_WORDS = 25
# "Journaliste : Rédaction Date de publication : 10/09/2022": two labelled fields of an entry.
_META_FIELD = (
    r"(?:journaliste|auteure?|redacteur|redactrice|redaction|par|source|categorie|rubrique|date de publication|date|publie le|"
    r"mis a jour le|mise a jour|lecture)\s*:"
)
_META_FIELDS = regex.compile(rf"^{_META_FIELD}.{{1,60}}?\s{_META_FIELD}")
_META_FIELDS_WORDS = 15
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
_COLON_BYLINE_WORDS = 6
# "Lecture : 3 minutes.": a reading time closed by a period.
_READING_TIME_15F = regex.compile(r"^(?:temps de )?lecture\s*:?\s*\d+\s*(?:min|minutes?|mn)\.?$")
# "Publié 12 mars 2024 à 10:15", "Modifié à 12:30": a date or time of publication without "le".
_PUBLISHED_AT = regex.compile(
    rf"^(?:publie|modifie|mis a jour|mise a jour|mis en ligne)\s+(?:a\s+|le\s+)?(?:{_WEEKDAY},?\s+)?(?:{_DATE}|\d{{1,2}}\s*[:h]\s*\d{{2}})"
)
_PUBLISHED_AT_WORDS = 12
# "Copyright © 2031 Le Journal. Tous droits réservés. Distribué par AllAfrica …": a syndicated story's footer.
_SYNDICATION_FOOTER = regex.compile(
    r"\bdistribue par allafrica\b|^(?:copyright\s*)?©\s*\d{4}\b.*\b(?:tous droits reserves|all rights reserved|distribue par)\b"
)
_SYNDICATION_FOOTER_WORDS = 60
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
    if words <= 8 and not sentence and (_APP_PROMO.match(norm) or _BLOG_HEADER.match(norm)):
        return f"{CHROME_15F}: the site's header (an app or a blog platform)"
    if _FONT_SIZE.match(stripped) and ("+" in stripped or "-" in stripped):
        return f"{CHROME_15F}: the text size buttons"
    if words <= 40 and _EMAIL_CLOAK.search(norm):
        return f"{CHROME_15F}: an e-mail address hidden from robots (the page's script)"
    if words <= 6 and _PLAYER.search(norm):
        return f"{CHROME_15F}: a media player's labels"
    if _RELATIVE_TIME.match(norm):
        return f"{METADATA}: a relative time of publication ({CHROME_15F})"
    if _DATE_WIDGET.match(norm) or _SOURCE_DATE.match(norm):
        return f"{METADATA}: a date of publication, with its parts or its source ({CHROME_15F})"
    if words <= _BYLINE_15F_WORDS and not _HAS_SENTENCE_END.search(stripped) and not stripped.endswith((".", "!", "?")):
        if _TIMED_BYLINE.match(norm) or (_PAPER_BYLINE.match(norm) and regex.match(r"^(?:Par|PAR|By)\s+\p{Lu}", stripped)):
            return f"{METADATA}: a byline with its date ({CHROME_15F})"
    if words <= _DESCRIBED_BYLINE_WORDS and not sentence and not regex.search(r"\d", stripped) and _DESCRIBED_BYLINE.match(stripped):
        return f"{METADATA}: a byline, the author's name and what the author is ({CHROME_15F})"
    if words <= _LISTING_FIELD_WORDS and not sentence and (_LISTING_FIELD.match(norm) or _PAGE_NUMBER.match(norm)):
        return f"{CHROME_15F}: a listing page's heading (its archive field or page number)"
    if words <= _PHOTO_NOTE_WORDS and not sentence and _PHOTO_NOTE.match(norm):
        return f"{CHROME_15F}: a note on the picture"
    if words <= 10 and _FEED_SUBSCRIBE.match(norm):
        return f"{CHROME_15F}: subscribe line: a feed's"
    if words <= _DAILY_WIDGET_WORDS and (_DAILY_WIDGET.match(norm) or (_WEATHER_LABEL.match(norm) and not sentence and words <= 8)):
        return f"{CHROME_15F}: a site's daily widget (proverb, weather, horoscope)"
    if _GLUED_DAY_DATE.match(norm) or (words <= 10 and not sentence and _LAST_UPDATE.match(norm)) or _ENTRY_COUNTS.match(norm):
        return f"{METADATA}: a date widget or an entry's counters ({CHROME_15F})"
    if words <= _POSTED_BYLINE_WORDS and not stripped.endswith((".", "!", "?")) and _POSTED_BYLINE.match(norm):
        return f"{METADATA}: a byline with the author's post ({CHROME_15F})"
    if words <= _PUSH_PROMPT_WORDS and _PUSH_PROMPT.search(norm):
        return f"{CHROME_15F}: a prompt to allow the site's notifications"
    if words <= _PUBLISHED_UPDATED_WORDS and not stripped.endswith((".", "!", "?")) and _PUBLISHED_UPDATED.match(norm):
        return f"{METADATA}: the dates of publication and update on one line ({CHROME_15F})"
    if words <= _META_FIELDS_WORDS and not stripped.endswith((".", "!", "?")) and _META_FIELDS.match(norm):
        return f"{METADATA}: labelled fields of the entry (author, date) ({CHROME_15F})"
    if _LANGUAGE_CODES.match(norm) and (stripped.upper() == stripped or regex.search(r"[|/·•]", stripped)):
        return f"{CHROME_15F}: a language switcher's codes"
    tokens_15f = norm.replace("«", " « ").replace("»", " » ").split()
    if sum(token.isdigit() for token in tokens_15f) >= 2 and all(token.isdigit() or token in _PAGINATION_WORDS for token in tokens_15f) and any(
        not token.isdigit() for token in tokens_15f
    ):
        return f"{CHROME_15F}: a listing's pagination"
    if _WEATHER.match(stripped):
        return f"{CHROME_15F}: a weather widget"
    if words <= _COLON_BYLINE_WORDS and not sentence and _COLON_BYLINE.match(stripped):
        return f"{METADATA}: a byline after a colon ({CHROME_15F})"
    if _READING_TIME_15F.match(norm):
        return f"{METADATA}: a reading time ({CHROME_15F})"
    if words <= _PUBLISHED_AT_WORDS and not stripped.endswith((".", "!", "?")) and _PUBLISHED_AT.match(norm):
        return f"{METADATA}: a date or time of publication ({CHROME_15F})"
    if words <= _SYNDICATION_FOOTER_WORDS and _SYNDICATION_FOOTER.search(norm):
        return f"{CHROME_15F}: site footer line, a syndicated story's copyright"
    if _PLACE_TYPE_DATE.match(norm):
        return f"{METADATA}: the place, the page type and the date ({CHROME_15F})"
    if words <= 15 and _PLAYER_NOTICE.match(norm):
        return f"{CHROME_15F}: a media player's notice"
    if words <= 10 and _PLACED_BYLINE.match(stripped):
        return f"{METADATA}: a byline and where it was written ({CHROME_15F})"
    if _TEMPLATE_VARIABLE.match(stripped):
        return f"{CHROME_15F}: markup, a template's variable left by the scraper"
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


def _caps_label_words(text: str) -> bool:
    """Two words or more in capitals (``LA REVUE DU PORT``): a site's name."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(_WORD.findall(text)) >= 2 and bool(letters) and all(ch.isupper() for ch in letters)


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


# --------------------------------------------------------------------------- chrome 15g
# Site-independent evidence: a line's shape and its place on the page, not a site's words.
CHROME_15G = "chrome 15g"
_PLACEHOLDER = regex.compile(r"^\[[\p{L}][\p{L} '’-]{1,20}\]\s+\S(?!.*\]\()")  # "[bannière] Site …": a scraper's tag for an image
_DASHED_PARTS = regex.compile(r"\s+[-–|·•]\s+|[ \t\u00a0]{2,}")
_DASHED_MENU_PARTS = 5  # labels joined by " - " (or two spaces) that make a menu on one line
_DASHED_PART_WORDS = 4
# "Par Jeanne Dupont, Léa Martin et Paul Durand": a byline naming several authors, nothing else.
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|du|des|van|von|da|d['’]\p{Lu}[\p{L}'’-]*)){0,3}"
_NAMES_BYLINE = regex.compile(rf"^(?:[Pp]ar|PAR|[Bb]y)[ \u00a0]+{_NAME}(?:\s*,\s*{_NAME})+(?:\s*,?\s+(?:et|and|&)\s+{_NAME})?$")
# "Un article de Microprojets", "Une tribune de Jeanne Dupont": a byline naming the kind of text.
_KIND_BYLINE = regex.compile(
    r"^(?:un|une)\s+(?:article|billet|texte|chronique|tribune|reportage|entretien|dossier|post)\s+(?:de|d'|par|signe par|signee par)\s*\S"
)
_KIND_BYLINE_WORDS = 8
# "Envie de lire la suite ?", "Si vous avez déjà un compte, connectez-vous …", "créer un COMPTE
# GRATUIT": a reader's prompt to log in or read on (compared on the normalized form).
_READ_ON_PROMPT = regex.compile(
    r"\blire la suite\b|\bla suite de (?:cet|l')article\b|\b(?:creer|cree|creez) (?:un|votre) compte\b|\bcompte gratuit\b|"
    r"\bpas encore de compte\b|\bvous avez deja un compte\b|\bdeja (?:un )?compte\b|"
    r"\b(?:continuer|poursuivre) la lecture\b"
)
# "Créez votre compte pour consulter …": a prompt opened by its imperative, a sentence of its own.
# A login verb alone ("Identifiez-vous auprès de l'accueil.") is no evidence: the account must be named.
_ACCOUNT_IMPERATIVE = regex.compile(r"^(?:creez|connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous)\b.*\bcompte\b")
_READ_ON_SHORT = 8  # a prompt this short is chrome anywhere; longer ones only outside the body
_PROMPT_WORDS = 24
_SPACED_INITIALS = regex.compile(r"^(?:\p{Lu}\.[ \u00a0]?){2,3}$")  # "M. M.": an author's initials
_HEAD_RUN_WORDS = 12  # a line this short between chrome lines before the title is a header line
_HEAD_TAB_WORDS = 3  # a line this short right above the title, below chrome, is a header tab
_HEAD_TAB_CHROME = 3  # chrome lines before the title that let such a tab go
_TOP_MENU_WORDS = 10  # the page's first line: a menu of the site's products when this long and...
_TOP_MENU_REPEATS = 3  # ...a capitalised name comes back this many times in it
_FIELD_WORDS = 4  # "Site référencé:" then its value at the page foot
_FIELD_VALUE_WORDS = 6
_CONTACT_FIELD = regex.compile(r"\b(?:contact|presse|press|tel|telephone|email|e-mail|courriel|adresse|fax)\b")
_RUBRIC_WORDS = 4  # a section label the title below repeats before its colon
_HEADLINE_MIN, _HEADLINE_MAX = 4, 20
_HEADLINE_COLON = regex.compile(r"^\p{Lu}[^:]{1,60}\s:\s+\S+(?:\s+\S+){2,}$")  # "Niger : le gouvernement vise …"
_FOOT_HEADLINES = 2
_SANDWICH_WORDS = 8


def _no_end(text: str) -> bool:
    """No sentence end (a question mark aside)."""
    return not _SENTENCE_END.search(text.strip().rstrip(" ?"))


def chrome15g_evidence(text: str, *, outside: bool, last: bool = False) -> str:
    """The shape evidence of one line ('' when none); ``outside``: the line is before the first or
    after the last sentence paragraph (some shapes count only there); ``last``: it is the last
    sentence paragraph itself (a long prompt without a final period may be)."""
    stripped = text.strip()
    norm = normalize_label(text)
    words = len(_WORD.findall(text))
    if _NAMES_BYLINE.match(stripped) and words <= 25:
        return f"{CHROME_15G}: a byline naming several authors"
    if words <= _KIND_BYLINE_WORDS and _KIND_BYLINE.match(norm) and _no_end(stripped):
        return f"{CHROME_15G}: a byline naming the kind of text"
    if _READ_ON_PROMPT.search(norm) and (not stripped.endswith(".") or _ACCOUNT_IMPERATIVE.match(norm)) and (
        words <= _READ_ON_SHORT or ((outside or last) and words <= _PROMPT_WORDS)
    ):
        return f"{CHROME_15G}: a prompt to log in or read on"
    if not outside:
        return ""
    if _PLACEHOLDER.match(stripped) and _no_end(stripped):
        return f"{CHROME_15G}: a scraper's placeholder tag ({stripped.split(']')[0]}]) outside the body"
    parts = [part for part in _DASHED_PARTS.split(stripped) if part.strip()]
    if len(parts) >= _DASHED_MENU_PARTS and _no_end(stripped) and all(
        0 < len(_WORD.findall(part)) <= _DASHED_PART_WORDS for part in parts
    ):
        return f"{CHROME_15G}: menu, {len(parts)} labels joined on one line outside the body"
    return ""


_CAPITALISED_FUNCTION_WORDS = frozenset("De Du Des La Le Les Et En Pour Sur Au Aux Dans Par Un Une D L".split())
_TITLE_CASE_WORDS = (3, 8)


def title_case_label(text: str) -> bool:
    """Every word capitalised, a French function word among them (``Tchad, Berceau De
    L'humanité``): a blog's or a site's name in English-style Title Case, not French prose."""
    stripped = text.strip()
    words = _WORD.findall(stripped)
    if not _TITLE_CASE_WORDS[0] <= len(words) <= _TITLE_CASE_WORDS[1] or not _no_end(stripped):
        return False
    if not all(word[:1].isupper() or word[:1].isdigit() for word in words):
        return False
    parts = [part for word in words[1:] for part in regex.split(r"['’]", word) if part]
    return any(part in _CAPITALISED_FUNCTION_WORDS for part in parts) and not _caps_label_words(stripped)


def _headline_shape(line: _Line) -> bool:
    """A news headline: a topic, a colon, a claim; no sentence end (``Niger : le gouvernement …``)."""
    text = line.text.strip()
    words = len(_WORD.findall(text))
    return _HEADLINE_MIN <= words <= _HEADLINE_MAX and _no_end(text) and bool(_HEADLINE_COLON.match(text))


def _title_like(line: _Line) -> bool:
    """A headline whose topic is not in capitals (``Soudan : la tragédie au Darfour``): maybe the
    page's title, never a header line."""
    if not _headline_shape(line):
        return False
    topic = line.text.strip().split(":")[0]
    return not _caps_label_words(topic) and not (len(_WORD.findall(topic)) == 1 and topic.strip().isupper())


def _mark_chrome15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15g: evidence that carries over to sites never seen, read from a line's shape and
    its place, not from a site's words.

    * each line's shape (:func:`chrome15g_evidence`): a byline naming several authors or the kind
      of text (``Un article de X``), a prompt to log in or read on; outside the body a scraper's
      placeholder tag (``[bannière] …``), labels joined by `` - `` on one line; below the last
      sentence paragraph an author's initials (``M. M.``); outside the body (the title aside) a
      name in Title Case with a capitalised function word (``Tchad, Berceau De L'humanité``);
    * before the title (the last kept line before the first sentence paragraph, never judged
      here): the short lines between chrome lines, or between the page top and two chrome lines
      in a row (a site header: tagline, counters, section labels; not beside a date or byline,
      not a field's value, not a headline), and a question tab of three words at most right above
      the title below chrome (``Nouvel utilisateur ?``), when three chrome lines or more come
      before the title (a plain label there may be the title's kicker: kept);
    * the page's first line when it is a menu of the site's products: ten words or more, no
      sentence end, half of them capitalised and one capitalised name three times or more;
    * below the last sentence paragraph, a field label and its value to the page end
      (``Site référencé:`` / ``Afriques en Lutte``; a contact's field is the release's);
    * a short section label that the next line (a title) repeats before its colon;
    * a list of headlines (``Topic : claim``, no sentence end) from the last sentence paragraph
      to the page end, two at least: other articles; on such a page, the headlines that follow
      another one between paragraphs are other articles too (the first is the title);
    * between sentence paragraphs, a short unpunctuated line with chrome right above and right
      below it (not a contact, a field's value or a headline).

    Dates and credits are kept whatever their place (:func:`kept_line`): a bare date above the
    title may be the release's own."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons or kept_line(line.text):
            continue
        outside = position < first_body or position > last_body
        reason = chrome15g_evidence(line.text, outside=outside, last=position == last_body)
        if not reason and position > last_body >= 0 and _SPACED_INITIALS.match(line.text.strip()):
            reason = f"{CHROME_15G}: an author's initials below the last sentence paragraph"  # above it, they may sign a lead
        if reason:
            reasons[line.index] = reason
    first_body = _first_body(lines, set(reasons))
    free_head = [position for position in range(first_body) if _free(lines[position], reasons)]
    title = free_head[-1] if free_head else -1
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        outside = (position < first_body and position != title) or position > last_body
        if outside and _free(line, reasons) and title_case_label(line.text):
            reasons[line.index] = f"{CHROME_15G}: a name in Title Case outside the body"
    _mark_head_run_15g(lines, reasons)
    _mark_top_menu_15g(lines, reasons)
    _mark_foot_field_15g(lines, reasons)
    _mark_rubric_prefix_15g(lines, reasons)
    _mark_headlines_15g(lines, reasons)
    _mark_sandwich_15g(lines, reasons)


def _free(line: _Line, reasons: dict[int, str]) -> bool:
    return line.index not in reasons and not kept_line(line.text)


_HEAD_TITLE_WORDS = 4
"""A shorter line with a figure in it (a stamp, a counter) is not taken for the title by the head-run rule."""


def _mark_head_run_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the title, the short lines enclosed by chrome (or by the page top and chrome)."""
    first_body = _first_body(lines, set(reasons))
    head = lines[:first_body]
    free = [position for position, line in enumerate(head) if _free(line, reasons)]
    if not free:
        return
    # the title is the last free line with a headline's length: a stamp or a counter the scraper
    # left free below it ("3 jours", "12 vues") is no title, and taking it for one exposed the title
    worded = [
        position
        for position in free
        if len(_WORD.findall(head[position].text)) >= _HEAD_TITLE_WORDS or not regex.search(r"\d", head[position].text)
    ]
    title = worded[-1] if worded else free[-1]
    chrome = [position for position in range(title) if head[position].index in reasons]
    if not chrome:
        return

    def short(line: _Line) -> bool:
        return len(_WORD.findall(line.text)) <= _HEAD_RUN_WORDS and _no_end(line.text) and not _is_body(line)

    position = 0
    while position < title:
        if head[position].index in reasons:
            position += 1
            continue
        end = position
        while end < title and head[end].index not in reasons:
            end += 1
        run = head[position:end]
        closed_below = end < title  # a chrome line below the run, before the title
        above = reasons.get(head[position - 1].index, "") if position else ""
        below = reasons.get(head[end].index, "") if closed_below else ""
        at_top = position == 0  # the page's first lines: a tagline above a menu, or the title above a label
        if at_top and not (end + 1 < title and head[end + 1].index in reasons and not below.startswith(METADATA)):
            position = end
            continue  # at the page top, only above two chrome lines in a row (a menu)
        if (
            closed_below
            and not above.startswith(METADATA) and not below.startswith(METADATA)  # a date or byline sits beside a title
            and not (position and head[position - 1].text.strip().endswith(":"))  # a field's value
            and all(short(line) and not kept_line(line.text) and not _title_like(line) for line in run)
        ):
            for line in run:
                reasons[line.index] = f"{CHROME_15G}: site header, a short line between chrome lines before the title"
        position = end
    if title >= 2 and len(chrome) >= _HEAD_TAB_CHROME:
        above = head[title - 1]
        question = above.text.strip().endswith("?")  # a form's tab ("Nouvel utilisateur ?"); a plain label may be the title's kicker
        if question and head[title - 2].index in reasons and _free(above, reasons) and short(above) and len(_WORD.findall(above.text)) <= _HEAD_TAB_WORDS:
            reasons[above.index] = f"{CHROME_15G}: site header, a tab right above the title below chrome"


def _mark_top_menu_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """The page's first line, a menu of the site's products (``OpenEdition Books OpenEdition
    Journals …``): long, unpunctuated, half capitalised, one name three times or more."""
    first = lines[0]
    text = first.text.strip()
    words = _WORD.findall(text)
    if first.index in reasons or len(lines) < 2 or len(words) < _TOP_MENU_WORDS or not _no_end(text):
        return
    capitalised = [word for word in words if word[:1].isupper()]
    if 2 * len(capitalised) < len(words):
        return
    name, count = Counter(capitalised).most_common(1)[0]
    if count >= _TOP_MENU_REPEATS:
        reasons[first.index] = f"{CHROME_15G}: the site's menu on the page's first line ({name!r} {count} times)"


def _mark_foot_field_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a field label (``Site référencé:``) and its value, the
    page's last lines; a contact's field (``Contact presse :``) is the release's: kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    rest = [line for line in lines[last_body + 1 :] if line.index not in reasons]
    if len(rest) != 2:
        return
    label, value = rest
    if label is not lines[-2] or value is not lines[-1]:
        return
    text = label.text.strip()
    if not text.endswith(":") or len(_WORD.findall(text)) > _FIELD_WORDS or _CONTACT_FIELD.search(label.normalized):
        return
    if len(_WORD.findall(value.text)) > _FIELD_VALUE_WORDS or not _no_end(value.text) or kept_line(value.text):
        return
    if "@" in value.text or regex.search(r"\d{2}[ .]?\d{2}[ .]?\d{2}", value.text):
        return  # an address or a phone number: a contact
    reasons[label.index] = f"{CHROME_15G}: a field label at the page foot"
    reasons[value.index] = f"{CHROME_15G}: the value of {text!r} at the page foot"


def _mark_rubric_prefix_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A short section label (``Énergies renouvelables``) that the next line, a title, repeats
    before its colon (``Énergies renouvelables : le Sénat adopte …``)."""
    for position in range(len(lines) - 1):
        line, below = lines[position], lines[position + 1]
        text = line.text.strip()
        if not _free(line, reasons) or not text or len(_WORD.findall(text)) > _RUBRIC_WORDS or not _no_end(text):
            continue
        if below.line != line.line + 1 and below.line != line.line + 2:
            continue
        head, colon, rest = below.text.strip().partition(":")
        if colon and head.strip() == text and len(_WORD.findall(rest)) >= 3:
            reasons[line.index] = f"{CHROME_15G}: a section label the title below repeats"


def _mark_headlines_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Headlines (``Topic : claim``) from the last sentence paragraph to the page end, two at
    least: other articles. On such a page a headline that follows another headline between
    sentence paragraphs is another article too; the first of each run (the title) is kept."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    foot = [line for line in lines[last_body + 1 :] if line.index not in reasons]
    if len(foot) < _FOOT_HEADLINES or not all(_headline_shape(line) and not kept_line(line.text) for line in foot):
        return
    for line in foot:
        reasons[line.index] = f"{CHROME_15G}: related list, a headline below the last sentence paragraph ({len(foot)} to the page end)"
    first_body = _first_body(lines, set(reasons))
    for position in range(first_body + 1, last_body):
        line, above = lines[position], lines[position - 1]
        if _free(line, reasons) and _headline_shape(line) and _headline_shape(above) and above.index not in reasons or (
            _free(line, reasons) and _headline_shape(line) and reasons.get(above.index, "").startswith(f"{CHROME_15G}: related list")
        ):
            reasons[line.index] = f"{CHROME_15G}: related list, a headline after another one between paragraphs"


def _mark_sandwich_15g(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Between sentence paragraphs, a short unpunctuated line with chrome right above and right below it (not article
    metadata: a short title between a date and a byline is kept; nor a field's value below its
    name, nor a headline, which may be the title)."""
    marked = []
    first_body, last_body = _first_body(lines, set(reasons)), _last_body(lines, reasons)
    for position in range(first_body + 1, last_body):  # between paragraphs: the head and the foot have their own rules
        line = lines[position]
        above, below = reasons.get(lines[position - 1].index, ""), reasons.get(lines[position + 1].index, "")
        if not above or not below or above.startswith(METADATA) or below.startswith(METADATA):
            continue
        if lines[position - 1].text.strip().endswith(":") or _title_like(line) or _CONTACT_FIELD.search(lines[position - 1].normalized):
            continue  # a field's value, a contact; a headline (maybe the title)
        if _free(line, reasons) and len(_WORD.findall(line.text)) <= _SANDWICH_WORDS and _no_end(line.text) and not _is_body(line):
            marked.append(line)
    for line in marked:
        reasons[line.index] = f"{CHROME_15G}: a short line between two chrome lines"


# --------------------------------------------------------------------------- chrome 15h
CHROME_15H = "chrome 15h"
"""The prefix of the reasons given by :func:`_mark_chrome15h`."""

# A date as a CMS prints it: "24/02/2022", "2022/05/05", "18.02.2022", "06-10-2004", "9 septembre 2019".
_ANY_DATE_15H = regex.compile(
    rf"(?:\b\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\b)"
)
_DATE_FIRST_15H = regex.compile(rf"^(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}\s*[-–|,]?\s*\p{{L}}")
_LABELLED_DATE_15H = regex.compile(rf"^[\p{{L}}'’ ]{{2,30}}\s*:\s*(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}$")
# A place then its date ("Genève, le 12 mars 2014", "Fait à Bamako, 13/04/2020"): the release's dateline, kept.
_PLACE_DATELINE_15H = regex.compile(rf",\s*(?:le\s+)?(?:{_WEEKDAY},?\s+)?{_ANY_DATE_15H.pattern}\s*[.)]?$")
# The words a CMS prints around an article's date: who posted it, when, which edition, how long to read.
_DATE_CUE_15H = regex.compile(
    r"^(?:publie|mis en ligne|mise a jour|soumis|poste|edition|fil info|retour)\b|\blecture\s*:|\bviews\b|\bvues\b|\bn°\s*\d"
)
# "Dernière mise à jour", "Publié le :", "Last updated": a posting label alone, its date lost by the scraper.
_POSTING_LABEL_15H = regex.compile(
    r"^(?:(?:derniere )?mise a jour|mis a jour|mis en ligne|publie|date de mise en ligne|last updated|updated|posted)(?: (?:le|on))?$"
)
_TIME_15H = regex.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}\b")
_DATED_WORDS_15H = 14  # a dated line this long at most is a stamp, not a sentence
_FOOT_DATED_WORDS_15H = 8  # below the body: a longer dated line, or one with its date in brackets, may head an entry
_EDGE_LABEL_WORDS_15H = 3  # a short label line
_FILE_NAME_15H = regex.compile(r"^(?=[^_]*\p{L})[\p{L}\p{N}.-]+(?:_[\p{L}\p{N}.-]+)+$")  # "QUAI-NORD_2021": no one writes underscores in a sentence
# The pattern reads normalize_label's form, which strips the ellipsis: "... suite de l'article sur Radio Baie".
_ELLIPSIS_READ_ON_15H = regex.compile(r"^(?:lire )?(?:la )?suite (?:de l'article|de l'entretien|de cet article)\b")
_FOOT_RUN_WORDS_15H = 8  # below the body, a line this short between chrome lines is footer too
_REPEATED_HEAD_WORDS_15H = 4  # a short line that comes back before the first sentence paragraph: a name or a label
# "Publié dans", "Classé sous", "Posted in": a field's name whose value is on the next line.
_OPEN_LABEL_15H = regex.compile(r"^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s+(?:dans|sous|par|in|under|by)$")


def _dated_metadata_15h(text: str, *, outside: bool, foot: bool) -> str:
    """Why a line holding a date is the CMS's stamp around the article ('' when not): a posting
    line (``Publié le …``, ``Soumis par … le …``, ``Édition du …``, a view counter), a label and
    its date (``Mis en ligne : 2022/05/05``); outside the body also a date then a label or the
    site (``06-10-2004 Communiqué de presse``) or a stamp with its time of day; below the last
    sentence paragraph any short dated line (not a date in brackets: an entry's heading). A place and its date is the release's dateline:
    kept, as a bare date is (:func:`kept_line`)."""
    stripped = text.strip()
    norm = normalize_label(text)
    if not _ANY_DATE_15H.search(norm) or len(_WORD.findall(text)) > _DATED_WORDS_15H or kept_line(text):
        return ""
    if _PLACE_DATELINE_15H.search(norm):
        return ""
    reading = regex.search(r"\blecture\s*:\s*\d+\s*min(?:utes?)?\.?$", norm)
    if not reading and not _no_end(stripped):
        return ""  # a sentence that holds a date
    if _DATE_CUE_15H.search(norm) or _LABELLED_DATE_15H.match(norm):
        return f"{CHROME_15H}: article metadata, a posting line with its date"
    if outside and (_DATE_FIRST_15H.match(norm) or _TIME_15H.search(norm)):
        return f"{CHROME_15H}: article metadata, a date stamp with a label or the site outside the body"
    if foot and len(_WORD.findall(text)) <= _FOOT_DATED_WORDS_15H and not regex.search(r"\([^)]*\d{4}[^)]*\)", stripped):
        return f"{CHROME_15H}: a dated line below the last sentence paragraph"
    return ""


def _edge_label_15h(text: str, most: int = _EDGE_LABEL_WORDS_15H, *, years: bool = False) -> bool:
    """A short line that is no sentence and no contact: a site's name or a label (``years``: a
    year or a day may be in it, not a phone number or a postcode)."""
    stripped = text.strip()
    words = _WORD.findall(text)
    if not words or len(words) > most or not _no_end(stripped) or stripped.endswith("?"):
        return False
    digits = r"\d{2}[ .]?\d{2}[ .]?\d{2}|\b\d{4,5}[ \u00a0]+\p{Lu}\p{Ll}" if years else r"\d"
    if kept_line(text) or "@" in stripped or regex.search(digits, stripped):
        return False  # a credit, a date; an address, a phone number, a figure
    return True


def _mark_chrome15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Chrome 15h: general evidence of a line's shape and place, for sites never seen.

    * a line with a date that is the CMS's stamp (:func:`_dated_metadata_15h`); the line right
      under the page's first line counts as outside the body there;
    * a posting label alone (``Dernière mise à jour``), an image's file name (``PORT_BLEU_2021``) and a read-on link (``... suite de l'article``);
    * a field's name ending on its preposition (``Publié dans``), its value left below;
    * before the first sentence paragraph, a short line that comes back (an author's or the
      site's name printed twice);
    * below the last sentence paragraph, a short line between chrome lines (or between chrome
      and the page end): the footer goes on.

    A short line alone at the page's first or last line is NOT judged here: it may be the
    title's kicker, an acronym above its name or a closing heading (the chrome 13-15 tests).

    Registered once, after the other rules (:func:`mark_chrome`)."""
    first_body = _first_body(lines, set(reasons))
    last_body = _last_body(lines, reasons)
    for position, line in enumerate(lines):
        if line.index in reasons:
            continue
        # the line right under the page's first line (the title) is where a CMS prints its stamp
        outside = position < first_body or position > last_body or position == 1
        reason = _dated_metadata_15h(line.text, outside=outside, foot=last_body >= 0 and position > last_body)
        if not reason and _POSTING_LABEL_15H.match(normalize_label(line.text)):
            reason = f"{CHROME_15H}: article metadata, a posting label whose date the scraper lost"
        if not reason and _FILE_NAME_15H.match(line.text.strip()):
            reason = f"{CHROME_15H}: image alt text, a file name (parts joined by underscores)"
        if not reason and _ELLIPSIS_READ_ON_15H.match(normalize_label(line.text)) and _no_end(line.text) and len(_WORD.findall(line.text)) <= _READ_ON_SHORT:
            reason = f"{CHROME_15H}: a read-on link (an ellipsis then the rest of the article elsewhere)"
        if reason:
            reasons[line.index] = reason
    _mark_open_labels_15h(lines, reasons)
    _mark_head_repeats_15h(lines, reasons)
    _mark_foot_run_15h(lines, reasons)


def _mark_open_labels_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """A field's name ending on its preposition (``Publié dans``, ``Posted in``), alone on its
    line: the value on the next line is the site's category (left to the other rules)."""
    for line in lines:
        text = line.text.strip()
        if line.index not in reasons and _OPEN_LABEL_15H.match(text) and not kept_line(text):
            reasons[line.index] = f"{CHROME_15H}: a field's name ending on its preposition, its value below"


def _mark_head_repeats_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Before the first sentence paragraph, a short line without a sentence end that comes back
    with another line between the copies (an author's name, the site's name in a header and a
    card): every copy. Not a line ending with a comma (a salutation), nor the title if short."""
    first_body = _first_body(lines, set(reasons))
    positions: dict[str, list[int]] = {}
    for position, line in enumerate(lines[:first_body]):
        text = line.text.strip()
        if not line.normalized or text.endswith(",") or not _edge_label_15h(text, _REPEATED_HEAD_WORDS_15H):
            continue
        positions.setdefault(line.normalized, []).append(position)
    for found in positions.values():
        if len(found) < 2 or found[-1] - found[0] < 2:
            continue  # a doubled line is the scraper's (other rules)
        for position in found:
            if lines[position].index not in reasons:
                reasons[lines[position].index] = f"{CHROME_15H}: a short line repeated {len(found)} times before the first sentence paragraph"


def _mark_foot_run_15h(lines: list[_Line], reasons: dict[int, str]) -> None:
    """Below the last sentence paragraph, a short line without a sentence end with chrome right
    above it and chrome (or the page end) right below: the footer goes on. Not a field's value,
    a contact (digits, an address), a credit or a date."""
    last_body = _last_body(lines, reasons)
    if last_body < 0:
        return
    for position in range(last_body + 2, len(lines)):
        line, above = lines[position], lines[position - 1]
        below_chrome = position == len(lines) - 1 or lines[position + 1].index in reasons
        if line.index in reasons or above.index not in reasons or not below_chrome:
            continue
        if above.text.strip().endswith(":") or _CONTACT_FIELD.search(above.normalized) or _CONTACT_FIELD.search(line.normalized):
            continue
        if _edge_label_15h(line.text, _FOOT_RUN_WORDS_15H, years=True):
            reasons[line.index] = f"{CHROME_15H}: footer, a short line between chrome lines below the last sentence paragraph"
