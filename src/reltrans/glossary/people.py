"""People's names found in a French document, as document-level do-not-translate concepts.

A release names people (« le Directeur général de l'OIM, António Vitorino », « Mme Catherine
Dupuis », « a déclaré Jean Dupont », later « M. Vitorino »). The official English copies a name
unchanged, a translation model often mangles it, and no glossary can list them all. So
:meth:`Glossary.for_document <reltrans.glossary.model.Glossary.for_document>` (``people=True``,
the default) adds one concept per name this module finds *with evidence* in the document: kind
``person``, do-not-translate, the name as written in every language (plus its spelling without
accents, an admitted variant). A person concept is recommended, never required: a translator may
write "she" or drop a repeated name, so a missing name is a warning (``RT104``); a mangled one
is what the warning is for.

A name is 1 to 4 capitalised words (``Jean-Pierre``, ``McCain``, ``O'Neill``, ``Ki-moon``,
``al-Amin``), initials among them (``J.-P. Dupont``), particles between them (``de``, ``da``,
``dos``, ``van``, ``von``, ``ben``, ``ould``, ``d'``: ``Sergio Vieira de Mello``). It is taken
only with one of these pieces of evidence (:class:`PersonName` ``cue`` says which):

* an honorific right before it: ``M.``, ``Mme``, ``Mlle``, ``Dr``, ``Pr``, ``Me``, ``S.E.``,
  ``Monsieur``, ``Madame`` ... (one word is enough: « M. Vitorino »; an honorific inside a run
  of capitalised words starts the name: « l'Union africaine M. Jean Dupont »);
* a title in apposition, before it (« la Directrice exécutive de l'UNICEF, Marie Dupuis, »,
  « le Haut-Commissaire Jean Dupont ») or after it (« Marie Dupuis, Directrice exécutive »,
  « Jean Dupont (le Représentant spécial ») ; an age after it counts as such an apposition
  (« Amina Diallo, 23 ans, »);
* a speech verb or « selon » right before it (« a déclaré Jean Dupont », « selon Marie Dupuis »),
  or a speech verb right after it (« Jean Dupont a déclaré »);
* a byline (a line that opens « Par Jean Dupont »).

Without an honorific a name needs two words: one capitalised word after « selon » is too often
an organisation (« selon Eurostat »). Once a full name is found, its surname alone elsewhere in
the document is the same name (a second concept, « Vitorino »), and the other way round a full
name whose surname was found after an honorific is the same name.

Never a name: a place, an organisation or a title word (a word list here, and every French term
of the glossary: « Genève », « Nations Unies », « Guterres » are the glossary's), a month, a
weekday, an article or other function word, a capitalised ordinary word that opens a sentence
(« Malgré », or any word the document also writes in lower case there), a word that follows
« à » or « en » elsewhere in the document (a place), and nothing on a line written in capitals
(a headline is not evidence).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

import regex

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.glossary.model import Concept, Glossary

__all__ = ["PERSON_ID_PREFIX", "PersonName", "find_people", "known_terms", "person_concepts", "with_people"]

PERSON_ID_PREFIX = "person:"
"""Ids of the concepts made from a document's names (no glossary file id holds a colon)."""

SOURCE_LANG = "fr"
"""The language whose cues this module reads."""

# languages whose script is not Latin: a French name is not copied into them as written
_NON_LATIN = frozenset("ar fa ur he yi ru uk be bg sr mk kk ky tg mn el hy ka am ti hi mr ne bn pa gu ta te kn ml si th lo km my zh ja ko".split())

_SPACE = "[ \u00a0\u202f]"
_LOW = r"[\p{Ll}\p{M}]"
# one capitalised word: Dupont, McCain, DiCaprio, O'Neill, N'Diaye, Jean-Pierre, Ki-moon, Al-Amin
_PART = rf"\p{{Lu}}{_LOW}+(?:\p{{Lu}}{_LOW}+)?"
_WORD = rf"(?:(?:[ODN]['’])?{_PART}(?:[-‐‑]\p{{L}}{_LOW}+)*|(?:al|el|ad|as|ash|ul)[-‐‑]{_PART})"
_INITIAL = r"\p{Lu}\.(?:[-‐‑]\p{Lu}\.)?"
_PARTICLE = r"(?:de|da|das|do|dos|di|del|della|los|las|van|von|der|den|ter|ten|bin|ben|ibn|ould|bint|y)"
_ITEM = rf"(?:{_INITIAL}|{_WORD})"
# a surname in capitals after the given names (« Macky SALL »)
_CAPS = r"\p{Lu}[\p{Lu}\p{M}]+(?:[-‐‑]\p{Lu}[\p{Lu}\p{M}]+)*"
# a run of capitalised words: where a name may stand (the words around it are cut off later)
_RUN = regex.compile(
    rf"(?<![\w'’‐‑.\-]){_ITEM}(?:(?:{_SPACE}{{1,2}}(?:(?:{_PARTICLE}{_SPACE}{{1,2}}){{1,2}}|d['’])?|(?<=\.)){_ITEM})*"
    rf"(?:{_SPACE}{_CAPS})?(?![\w'’‐‑\-])"
)
_RUN_ITEM = regex.compile(
    rf"(?P<initial>{_INITIAL})|(?P<word>{_WORD})|(?P<particle>{_PARTICLE}(?=\s)|d['’])|(?P<caps>{_CAPS}(?![\w]))"
)
_LOWER_WORD = regex.compile(r"(?<![\w'’‐‑\-])\p{Ll}[\p{L}\p{M}]*")

MAX_NAME_WORDS = 4

_HONORIFIC_WORDS = frozenset(
    "m. mm. mme mmes mlle mlles dr dre pr pre me monsieur madame mademoiselle messieurs mesdames "
    "docteur professeur maître excellence sir dame lady lord cheikh sheikh".split()
)
# an honorific ending the text before a name
_HONORIFIC_BEFORE = regex.compile(
    rf"(?<![\w.])(?P<h>M\.|MM\.|S\.{_SPACE}?E\.?|SEM|(?:Mme|Mmes|Mlle|Mlles|Dr|Dre|Pr|Pre|Me|Monsieur|Madame|Mademoiselle|"
    rf"Messieurs|Mesdames|Docteur|Professeur|Maître|Excellence|Sir|Dame|Lady|Lord|Cheikh|Sheikh)\.?){_SPACE}+$"
)

_SPEECH_VERBS = (
    "déclaré dit affirmé souligné expliqué ajouté indiqué précisé noté rappelé estimé insisté averti "
    "poursuivi conclu annoncé commenté observé relevé martelé confié raconté témoigné lancé plaidé "
    "prévenu assuré reconnu répondu signalé déploré regretté salué écrit"
).split()
_SPEECH_PRESENT = (
    "déclare dit affirme souligne explique ajoute indique précise note rappelle estime insiste avertit "
    "poursuit conclut annonce commente observe relève martèle confie raconte témoigne plaide assure "
    "reconnaît répond signale déplore regrette salue écrit déclara affirma souligna expliqua ajouta "
    "indiqua précisa nota rappela estima insista poursuivit raconta répondit"
).split()
_SPEECH_BEFORE = regex.compile(
    rf"(?<!\w)(?P<v>(?:a|ont|avait|avaient|aurait){_SPACE}+(?:{'|'.join(_SPEECH_VERBS)})|{'|'.join(_SPEECH_PRESENT)}"
    rf"|[Ss]elon|[Dd]['’]après){_SPACE}+$"
)
# a speech verb right after a name (« Jean Dupont a déclaré », « Jean Dupont, 34 ans, raconte »)
_SPEECH_AFTER = regex.compile(
    rf"^{_SPACE}+(?P<v>(?:a|avait|aurait){_SPACE}+(?:{'|'.join(_SPEECH_VERBS)})|(?:{'|'.join(_SPEECH_PRESENT)}))(?![\w‐‑\-])"
)
_BYLINE_BEFORE = regex.compile(
    rf"^\s*(?:[-–—]\s*)?(?P<b>(?:Propos{_SPACE}+recueillis{_SPACE}+)?[Pp]ar|Texte{_SPACE}*:|Auteure?{_SPACE}*:|Rédigé{_SPACE}+par){_SPACE}+$"
)
# what may follow a byline's name: nothing, an organisation (« , UNICEF », « (OIM) »), another name
_BYLINE_AFTER = regex.compile(r"^\s*(?:$|(?:[,(|/–—]|-\s)\s*\p{Lu}|et\s+\p{Lu})")

# head words of titles and of the nouns that describe a person in apposition
_TITLE_HEADS = (
    "directeur directrice président présidente vice-président vice-présidente secrétaire sous-secrétaire "
    "ministre représentant représentante ambassadeur ambassadrice commissaire haut-commissaire "
    "haute-commissaire coordonnateur coordonnatrice coordinateur coordinatrice porte-parole chef cheffe "
    "conseiller conseillère envoyé envoyée rapporteur rapporteuse rapporteure administrateur "
    "administratrice responsable délégué déléguée procureur procureure juge gouverneur gouverneure maire "
    "sénateur sénatrice député députée fondateur fondatrice cofondateur cofondatrice dirigeant dirigeante "
    "chargé chargée adjoint adjointe roi reine prince princesse émir sultan pape "
    "journaliste photographe avocat avocate militant militante défenseur défenseure défenseuse infirmier "
    "infirmière sage-femme médecin chirurgien chirurgienne enseignant enseignante professeur professeure "
    "étudiant étudiante chercheur chercheuse expert experte spécialiste analyste économiste agriculteur "
    "agricultrice bénévole lauréat lauréate survivant survivante mère père fille fils épouse veuve"
).split()
_TITLE_HEAD = rf"(?:{'|'.join(sorted(_TITLE_HEADS, key=len, reverse=True))})s?"
_TITLE_SEARCH = regex.compile(rf"(?<![\w‐‑\-])(?P<t>(?:vice|sous|co|pro)?[-‐‑]?{_TITLE_HEAD})(?![\w‐‑\-])", regex.IGNORECASE)
_TITLE_AFTER = regex.compile(
    rf"^(?:{_SPACE}*,|{_SPACE}*\(|{_SPACE}+[–—-]){_SPACE}*"
    rf"(?:(?:le|la|les|l['’]|son|sa|ses|leur|notre|un|une|nouvel|nouvelle|nouveau|ancien|ancienne|actuel|actuelle|"
    rf"ex|futur|future|premier|première|seul|seule|jeune|célèbre)(?:{_SPACE}+|[-‐‑]|(?<=['’])))*"
    rf"(?P<t>{_TITLE_HEAD})(?![\w‐‑\-])",
    regex.IGNORECASE,
)
_AGE_AFTER = regex.compile(rf"^{_SPACE}*,{_SPACE}*(?P<t>\d{{1,3}}{_SPACE}ans)(?!\w)")
# words that end a title's complement: verbs, pronouns, relatives, time words
_COMPLEMENT_BREAKS = frozenset(
    "a ont est sont était étaient sera seront avait avaient fut aurait qui que qu dont où il elle ils elles on "
    "nous vous je j se s ne n y ce cet cette ces lors pendant après avant depuis hier aujourd demain mais car "
    "donc puis alors si quand lorsque lorsqu comme ainsi également notamment".split()
)
_COMPLEMENT_STOPS = regex.compile(r"[.!?;:«»“”\"…]")
_COMPLEMENT_WORD = regex.compile(r"[\w‐‑\-]+")
MAX_COMPLEMENT_WORDS = 16
# the word before a name that a title's complement runs into (« de la Santé Jean Dupont »)
_COMPLEMENT_LINKS = frozenset("de du des d l la le les pour et sur contre par chez dans".split())
_LOCATIVES = frozenset("à au aux en".split())

_MONTHS_DAYS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# capitalised words that open a sentence or a phrase and are not names
_STARTERS = frozenset(
    "le la les l un une des du de d au aux à en et ou où mais or donc car ni puis alors ainsi "
    "malgré selon ensuite enfin depuis pendant après avant cependant toutefois pourtant néanmoins "
    "aujourd hier demain lors dans pour par avec sans sous sur entre parmi outre face grâce comme "
    "quand lorsque lorsqu si également notamment actuellement désormais jusqu chaque tous toutes tout "
    "toute plusieurs certains certaines nombre beaucoup environ près plus moins afin bien encore déjà "
    "seulement récemment là ici cela ceci celui celle ceux celles nous vous ils elles il elle on je "
    "merci bonjour chers chères excellences voici voilà ensemble partout aucun aucune leur leurs ce "
    "cet cette ces son sa ses notre nos votre vos mon ma mes oui non contre vers chez dès "
    "the a an of and in on for to by with from at this that these those our their his her "
    "déclaration discours message allocution remarques intervention communiqué entretien interview "
    "note photo crédit légende lire voir source sources".split()
)
# organisations, places and the words of titles: never part of a person's name
_NOT_NAME_WORDS = frozenset(
    "organisation organization organisations internationale international internationales internationaux "
    "nations unies united programme program fonds fund foundation fondation institut institute centre "
    "center banque bank groupe group agence agency office bureau conseil council commission comité "
    "committee union ministère ministry gouvernement government république republic royaume kingdom "
    "état états state states association alliance forum réseau network coalition mission cour court "
    "tribunal parlement parliament assemblée assembly université university mouvement movement croix "
    "rouge croissant médecins frontières monde world journal times post radio télévision tribune "
    "express société society compagnie company corporation entreprise partenariat partnership "
    "initiative plan projet project campagne campaign agenda sommet summit conférence conference "
    "convention pacte compact traité journée day année year semaine week rapport report église "
    "church hôpital hospital école school lycée collège camp province région region district ville "
    "city département department service division unité direction secrétariat secretariat "
    "délégation ambassade embassy consulat police armée army forces force garde nord sud est ouest "
    "north south east west central centrale saint sainte mont lac île îles golfe mer océan fleuve "
    "rivière vallée haut haute bas basse grand grande nouvelle nouveau new port cap global action "
    "human humanitarian rights watch save children international amnesty oxfam fédération federation "
    "sociétés générale général exécutif exécutive adjoint adjointe spécial spéciale régional régionale "
    "national nationale premier première excellence majesté honorable covid "
    "señor señora senhor senhora signor signora herr frau mister miss mr mrs ms presidente president "
    "director directora minister ministro ministra secretary secretario ambassador chairman chairperson"
    .split()
) | frozenset(_TITLE_HEADS) | _HONORIFIC_WORDS
# the head of a place's name, which takes the next word with it (« les Îles Marshall »)
_PLACE_HEADS = frozenset("île îles ile iles mont monts lac golfe cap port saint sainte san santa são sao fort baie".split())
# an article right before a word: that word is a noun, a demonym or a title, not a given name
# (« la Costa-Ricaine Laura Thompson », « le ministre de la Santé Jean Dupont »)
_ARTICLE_BEFORE = regex.compile(rf"(?<!\w)(?:le|la|les|l['’]|un|une|du|des|au|aux){_SPACE}*$", regex.IGNORECASE)
_ARTICLE_START = regex.compile(rf"^{_SPACE}*(?:le|la|les|l['’])(?:{_SPACE}|(?<=['’]))", regex.IGNORECASE)
_SENTENCE_START = regex.compile(rf"(?:^|[.!?…:;»”\"]|[–—]|{_SPACE}-)[\s«“\"(]*$")
_CAPS_LINE_SHARE = 0.6  # a line whose letters are mostly capitals is a headline: not evidence


@dataclass(frozen=True)
class PersonName:
    """A person's name found in a document: ``text`` as written (spaces unified), ``surname`` (the
    words after the first given name; empty for a one-word name), ``cue`` (the evidence, in
    words: « after the honorific « M. » »), ``line`` (the 1-based line of that evidence)."""

    text: str
    surname: str
    cue: str
    line: int


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    text: str
    kind: str  # "word", "initial", "particle" or "caps" (a surname in capitals, last)


class _Document:
    """What the rules ask of the whole document: its lower-case words and its places."""

    def __init__(self, text: str, known: frozenset[str]) -> None:
        self.text = text
        self.known = known
        self.lower_words = frozenset(w.casefold() for w in _LOWER_WORD.findall(text))
        self.place_words = frozenset(
            m.group(1).casefold()
            for m in regex.finditer(rf"(?<!\w)(?:à|au|aux|en){_SPACE}+({_WORD})", text)
        )


def known_terms(glossary: "Glossary", lang: str = SOURCE_LANG) -> frozenset[str]:
    """Every ``lang`` term of ``glossary`` (allowed and forbidden) that holds a capital letter,
    case-folded, apostrophes and spaces unified: a detected name is never one of them, nor
    starts with one (a name is capitalised: a lower-case term cannot be one)."""
    return frozenset(
        _fold(term.text)
        for concept in glossary.concepts
        for term in concept.terms
        if term.lang == lang and not term.text.islower()
    )


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("’", "'").casefold().split())


def _items(line: str, run: regex.Match[str]) -> list[_Item]:
    out = []
    for m in _RUN_ITEM.finditer(line, run.start(), run.end()):
        kind = m.lastgroup or "word"
        out.append(_Item(m.start(), m.end(), m.group(0), kind))
    return out


def _is_caps_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= _CAPS_LINE_SHARE * len(letters)


def _word_parts(text: str) -> list[str]:
    folded = text.casefold().replace("’", "'")
    parts = regex.split(r"[-‐‑']", folded)
    return [folded, *parts]


def _not_name_word(item: _Item, doc: _Document) -> bool:
    """A word that is never part of a person's name (an organisation's, a place's, a title's, a
    month, a function word) or that starts a glossary term."""
    if item.kind != "word":
        return False
    parts = _word_parts(item.text)
    if any(p in _NOT_NAME_WORDS or p in _MONTHS_DAYS for p in parts):
        return True
    return parts[0] in _STARTERS


def _known_at(items: Sequence[_Item], index: int, doc: _Document) -> int:
    """How many items from ``index`` on spell a glossary term (0: none)."""
    for size in range(min(MAX_NAME_WORDS + 2, len(items) - index), 0, -1):
        words = items[index : index + size]
        if words[-1].kind == "particle":
            continue
        if _fold(" ".join(w.text for w in words).replace("' ", "'")) in doc.known:
            return size
    return 0


def _trim(line: str, items: list[_Item], doc: _Document) -> list[_Item]:
    """The items of a run that may be a name: words that are not names cut off the left, the run
    cut before the first word that is not a name, particles and initials not left at the end, a
    surname in capitals only last after a given name."""
    while items:
        first = items[0]
        if first.kind == "initial" and (first.text == "M." or (first.text == "S." and len(items) > 1 and items[1].text == "E.")):
            items = items[2:] if first.text == "S." else items[1:]  # honorifics: « M. », « S.E. »
            continue
        size = _known_at(items, 0, doc)
        if size:
            items = items[size:]
            continue
        if first.kind in ("particle", "caps") or _not_name_word(first, doc):
            place = first.kind == "word" and _word_parts(first.text)[0] in _PLACE_HEADS
            items = items[2:] if place else items[1:]
            continue
        if first.kind == "word" and _SENTENCE_START.search(line[: first.start]) and first.text.casefold() in doc.lower_words:
            items = items[1:]  # « Malgré » at a sentence start, « malgré » elsewhere: a word
            continue
        if first.kind == "word" and _ARTICLE_BEFORE.search(line[: first.start]):
            items = items[1:]
            continue
        break
    for index, item in enumerate(items):
        if not index:
            continue
        caps_misplaced = item.kind == "caps" and (index != len(items) - 1 or items[index - 1].kind != "word")
        if caps_misplaced or _not_name_word(item, doc) or (item.kind != "particle" and _known_at(items, index, doc)):
            items = items[:index]
            break
    while items and items[-1].kind not in ("word", "caps"):
        items = items[:-1]
    if items and not any(item.kind == "word" for item in items):
        return []
    return items


def _name_words(items: Sequence[_Item]) -> int:
    return sum(1 for item in items if item.kind != "particle")


def _complement_ok(between: str) -> bool:
    """Is ``between`` (the text from a title's head word to a name) the title's complement: no
    sentence punctuation, no verb or pronoun, at most :data:`MAX_COMPLEMENT_WORDS` words?"""
    if _COMPLEMENT_STOPS.search(between) or regex.search(r"\d", between):
        return False
    # one comma at most, after which an apposed article and noun may stand before the name
    # (« le président de la Commission, le Djiboutien Jean Dupont »); another one ends the title
    title, comma, apposed = between.partition(",")
    if comma and (("," in apposed) or (apposed.strip() and not _ARTICLE_START.match(apposed))):
        return False
    words = [w.casefold() for w in _COMPLEMENT_WORD.findall(between)]
    if len(words) > MAX_COMPLEMENT_WORDS:
        return False
    return not any(w in _COMPLEMENT_BREAKS for w in words)


def _title_before(line: str, start: int) -> str:
    """The title head whose apposition the name at ``start`` is (« la Directrice exécutive de
    l'UNICEF, Marie Dupuis »), or ""."""
    before = line[:start]
    heads = list(_TITLE_SEARCH.finditer(before, max(0, start - 200)))
    if not heads:
        return ""
    head = heads[-1]
    between = before[head.end() :]
    if not _complement_ok(between.rstrip().rstrip(",")):
        return ""
    if between.rstrip().endswith(","):
        return head.group("t")
    if not between.strip():
        return head.group("t")  # « le Haut-Commissaire Jean Dupont »
    last = _COMPLEMENT_WORD.findall(between.replace("'", " ").replace("’", " "))
    if last and last[-1].casefold() in _COMPLEMENT_LINKS | _LOCATIVES:
        return ""  # the complement runs into the name: « de la Santé Jean Dupont »
    return head.group("t")


def _cue(line: str, items: list[_Item], doc: _Document) -> tuple[str, list[_Item]]:
    """The evidence that ``items`` (trimmed) name a person, and the items that do; ("", [])
    when there is none."""
    start, end = items[0].start, items[-1].end
    before, after = line[:start], line[end:]
    honorific = _HONORIFIC_BEFORE.search(before)
    if honorific:
        return f"after the honorific « {honorific.group('h')} »", items
    if _name_words(items) < 2:
        return "", []
    if (m := _SPEECH_BEFORE.search(before)) is not None:
        return f"after « {' '.join(m.group('v').split())} »", items
    if (m := _SPEECH_AFTER.match(after)) is not None:
        return f"before « {' '.join(m.group('v').split())} »", items
    if (m := _BYLINE_BEFORE.search(before)) is not None and (_BYLINE_AFTER.match(after) or _TITLE_AFTER.match(after)):
        return f"in a byline « {m.group('b')} »", items
    if (m := _TITLE_AFTER.match(after)) is not None or (m := _AGE_AFTER.match(after)) is not None:
        return f"before « {m.group('t')} » in apposition", items
    if head := _title_before(line, start):
        return f"after the title « {head} » in apposition", items
    return "", []


def _is_honorific(item: _Item) -> bool:
    return item.text == "M." or (item.kind == "word" and item.text.casefold() in _HONORIFIC_WORDS)


def _candidates(line: str, doc: _Document) -> Iterable[list[_Item]]:
    for run in _RUN.finditer(line):
        # an honorific inside a run starts another name (« l'Union Africaine M. Jean Dupont »)
        pieces: list[list[_Item]] = [[]]
        for item in _items(line, run):
            if _is_honorific(item) and pieces[-1]:
                pieces.append([])
            pieces[-1].append(item)
        for piece in pieces:
            items = _trim(line, piece, doc)
            if items and _name_words(items) <= MAX_NAME_WORDS:
                yield items


def _spelled(line: str, items: Sequence[_Item]) -> str:
    return " ".join(line[items[0].start : items[-1].end].split())


def _surname(items: Sequence[_Item], line: str) -> str:
    """The words after the first given name (initials are not given names to keep)."""
    words = [i for i, item in enumerate(items) if item.kind == "word"]
    if not words:
        return ""
    first = words[0]
    if first:  # initials for the given names: « J.-P. Dupont »
        return _spelled(line, items[first:])
    rest = items[first + 1 :]
    if not any(item.kind in ("word", "caps") for item in rest):
        return ""
    return _spelled(line, rest)


def find_people(text: str, *, known: frozenset[str] = frozenset()) -> tuple[PersonName, ...]:
    """Every person's name that ``text`` (a French document) gives evidence for, in order of first
    evidence, each once; ``known`` (:func:`known_terms`) are the glossary's terms, never names."""
    doc = _Document(text, known)
    found: dict[str, PersonName] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if _is_caps_line(line):
            continue
        for items in _candidates(line, doc):
            cue, items = _cue(line, items, doc)
            if not cue:
                continue
            spelled = _spelled(line, items)
            if _fold(spelled) in known or any(_fold(item.text) in doc.place_words for item in items if item.kind == "word" and _name_words(items) == 1):
                continue
            if spelled not in found:
                found[spelled] = PersonName(spelled, _surname(items, line), cue, number)
    # a full name whose surname was found after an honorific (« M. Dupont » ... « Jean Dupont »)
    single = {name.text: name for name in found.values() if not name.surname}
    if single:
        for number, line in enumerate(text.splitlines(), start=1):
            if _is_caps_line(line):
                continue
            for items in _candidates(line, doc):
                spelled = _spelled(line, items)
                surname = _surname(items, line)
                if surname in single and spelled not in found and 2 <= _name_words(items):
                    found[spelled] = PersonName(spelled, surname, f"the full name of « {single[surname].text} » ({single[surname].cue})", number)
    return tuple(found.values())


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _recased(text: str) -> str:
    """A surname in capitals written as a name (« Macky SALL » -> « Macky Sall »)."""
    return regex.sub(r"\p{Lu}[\p{Lu}\p{M}]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)


def _slug(text: str) -> str:
    return "-".join(regex.findall(r"\w+", _without_accents(text).casefold()))


def _occurs_alone(text: str, surname: str, full: str) -> bool:
    """Does ``surname`` stand in ``text`` outside the occurrences of the ``full`` name?"""
    pattern = regex.compile(rf"(?<![\w'’‐‑\-]){regex.escape(surname)}(?![\w‐‑\-])")
    return len(pattern.findall(text)) > len(regex.findall(rf"(?<!\w){regex.escape(full)}(?!\w)", text))


def person_concepts(names: Iterable[PersonName], languages: Sequence[str], *, text: str = "") -> tuple["Concept", ...]:
    """One do-not-translate concept of kind ``person`` per name (and per surname that ``text``,
    the document, also writes alone), its terms the name as written in ``languages`` (those in Latin script),
    its spelling without accents admitted; the evidence in its ``note``."""
    from reltrans.glossary.model import ADMITTED, PERSON, PREFERRED, Concept, Term

    targets = [lang for lang in dict.fromkeys((SOURCE_LANG, *languages)) if lang.split("-")[0].split("_")[0].lower() not in _NON_LATIN]
    concepts: dict[str, Concept] = {}

    def add(spelled: str, note: str, surname: str = "") -> None:
        cid = PERSON_ID_PREFIX + _slug(spelled)
        if cid in concepts or not _slug(spelled):
            return
        terms = []
        for lang in targets:
            # a translation may name the person by the surname alone (« Mme Linda Dupuis » ->
            # "Ambassador Dupuis"): kept, not mangled; the source side finds it as its own concept.
            # The words after the first given name may hold a second one (« Luis Rodolfo
            # Abinader » -> "President Abinader"): each tail of them is admitted too
            tails = surname.split()
            forms = [spelled] if lang == SOURCE_LANG or not surname else [spelled, *(" ".join(tails[i:]) for i in range(len(tails)))]
            spellings = list(dict.fromkeys(
                f for form in forms for variant in (form, _recased(form)) for f in (variant, _without_accents(variant))
            ))
            terms.append(Term(spellings[0], lang, PREFERRED, case_sensitive=True, inflect=False))
            terms.extend(Term(f, lang, ADMITTED, case_sensitive=True, inflect=False) for f in spellings[1:])
        concepts[cid] = Concept(
            id=cid, terms=tuple(terms), domain="person", source="this document", note=note, dnt=True, kind=PERSON
        )

    for name in names:
        add(name.text, f"a person's name found in this document {name.cue}", name.surname)
    for name in names:
        if name.surname and text and _occurs_alone(text, name.surname, name.text):
            add(name.surname, f"the surname of « {name.text} », a person's name found in this document {name.cue}")
    return tuple(concepts.values())


_KNOWN_MEMO: dict[str, frozenset[str]] = {}
_KNOWN_MEMO_SIZE = 8


def _known_of(glossary: "Glossary") -> frozenset[str]:
    key = glossary.digest
    known = _KNOWN_MEMO.get(key)
    if known is None:
        if len(_KNOWN_MEMO) >= _KNOWN_MEMO_SIZE:
            _KNOWN_MEMO.pop(next(iter(_KNOWN_MEMO)))
        known = _KNOWN_MEMO[key] = known_terms(glossary)
    return known


def with_people(glossary: "Glossary", texts: Iterable[str], *, known_from: "Glossary | None" = None) -> "Glossary":
    """``glossary`` plus a person concept for every name found in ``texts`` (French documents)
    that no concept of ``known_from`` (default: ``glossary``) spells; ``glossary`` itself when
    none is found or when it has no French terms."""
    from dataclasses import replace

    reference = known_from if known_from is not None else glossary
    if SOURCE_LANG not in glossary.languages:
        return glossary
    known = _known_of(reference)
    added: dict[str, "Concept"] = {}
    languages = [lang for lang in glossary.languages if lang != SOURCE_LANG]
    for text in texts:
        names = find_people(text, known=known)
        for concept in person_concepts(names, languages, text=text):
            if glossary.get(concept.id) is None:
                added.setdefault(concept.id, concept)
    if not added:
        return glossary
    return replace(glossary, concepts=glossary.concepts + tuple(added.values()))
