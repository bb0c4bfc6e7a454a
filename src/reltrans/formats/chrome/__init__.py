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

The package holds one module per family of evidence (:mod:`.lexicon` the vocabularies and shared
patterns, :mod:`.lines` the line model and the body, :mod:`.evidence` a line's own evidence,
:mod:`.head`, :mod:`.foot`, :mod:`.tags`, :mod:`.widgets`, :mod:`.repeats`, :mod:`.foreign`,
:mod:`.dates`, the rule sets :mod:`.rules14` ... :mod:`.rules15h`, whose line rules of one shape
are rows of :mod:`.line_rules`), :mod:`.mark` runs them in order and :mod:`.record` keeps
the verdicts in the PO header; this module re-exports the public names.
"""
from __future__ import annotations

from reltrans.formats.chrome.lexicon import (
    CHROME_VERSION, COUNTRIES, FORMATS, RELATED_HEADINGS, SITE_SECTIONS, WEB_ARCHIVE, _HAS_SENTENCE_END,
    _SENTENCE_END, _WORD, normalize_label,
)
from reltrans.formats.chrome.evidence import BYLINE_RUN, CONTACT, METADATA, kept_line, line_evidence
from reltrans.formats.chrome.foot import ARTICLE_LIST
from reltrans.formats.chrome.foreign import foreign_language
from reltrans.formats.chrome.rules14 import credited_byline, english_title
from reltrans.formats.chrome.rules15f import CHROME_15F, chrome15f_evidence
from reltrans.formats.chrome.rules15g import CHROME_15G, chrome15g_evidence, title_case_label
from reltrans.formats.chrome.rules15h import CHROME_15H, _dated_metadata_15h
from reltrans.formats.chrome.mark import mark_chrome, shared_lines
from reltrans.formats.chrome.record import HEADER_FIELD, apply_header, chrome_spans, header_value

__all__ = [
    "ARTICLE_LIST", "BYLINE_RUN", "CHROME_15F", "CHROME_15G", "CHROME_15H", "CHROME_VERSION", "CONTACT", "COUNTRIES",
    "FORMATS", "HEADER_FIELD", "METADATA", "RELATED_HEADINGS", "SITE_SECTIONS", "WEB_ARCHIVE", "apply_header",
    "chrome15f_evidence", "chrome15g_evidence", "chrome_spans", "credited_byline", "english_title",
    "foreign_language", "header_value", "kept_line", "line_evidence", "mark_chrome", "normalize_label",
    "shared_lines", "title_case_label", "_HAS_SENTENCE_END", "_SENTENCE_END", "_WORD", "_dated_metadata_15h",
]
