"""HTML releases: a saved web page or a CMS body (``.html``, ``.htm``, ``--format html``).

The page is scanned once with an offset-keeping tokenizer (no byte of the source is lost:
everything that is not a block's text is skeleton, copied as it is), then read as a tree:

* **The release.** The text of each element is measured once (letters and digits outside tags,
  scripts and styles; its "good" text leaves out links, navigation, banners, footers, cookie and
  privacy boxes, comments and repeated teaser cards). The root is the page's ``<main>`` (or
  ``role="main"``), else its largest ``<article>``, when it holds 40 % of the page's good text;
  else the deepest container holding 70 % of it, grown to take in the page's first ``<h1>``.
  Outside the root nothing is translated. Inside it, these stay skeleton too: ``nav``,
  ``aside``, ``form``, ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe``, a
  page banner or footer (``role="banner"``/``"contentinfo"``, a ``footer``, a ``header`` that
  is a direct child of ``body``), ARIA ``navigation``, ``complementary``, ``search`` and
  ``dialog`` regions, elements whose class or id names a cookie banner, consent box,
  breadcrumb, menu, share bar, newsletter box, related-links box, widget, pager, footer or
  print-hidden box, teasers with a link, three or more alike siblings that are each a linked
  heading (a teaser list), and link lists (three links or more, most of the text in links).
  The containers holding 60 % of the root's good text are never chrome, whatever their class
  names (``content-sidebar-wrap``) or tag (an ASP.NET ``<form>`` around the page) say.
* **Blocks.** ``p``, ``h1``-``h6``, ``li``, ``td``/``th``, ``figcaption``, ``blockquote``,
  ``dt``/``dd``, ``caption`` and the loose text of containers (``div`` ...) are blocks; inline
  elements (``a``, ``strong``, ``em``, ``b``, ``i``, ``span``, ``sup``, ``sub``, ``br``,
  ``abbr``, ``code`` ...) inside them become numbered placeholders (:mod:`reltrans.formats.inline`).
* **Attributes.** ``alt``, ``title``, ``aria-label`` and ``placeholder`` of elements in the release,
  ``<meta name="description">`` (and ``og:description``) and the page's ``<title>`` are entries
  of their own; a translated value is escaped for its quotes (``&#39;`` in a single-quoted
  value, character references for spaces and quotes in an unquoted one). The
  attributes of a *paired* inline element inside a sentence (``<abbr title=...>``) are kept as
  they are: a separate entry there would cut the sentence.
* ``translate="no"`` and ``class="notranslate"`` keep an element as it is (inside a sentence it is
  one standalone placeholder).
* Character references (``&nbsp;``, ``&#233;``) are decoded in the msgid and written back the same
  way in a translated build; ``&lt;`` stays as it is in the msgid.

:func:`release_text` tells what was kept (for ``bench/bench_html_extract.py``);
:func:`set_lang` sets the target language on ``<html>`` when a page is rebuilt.
"""
from __future__ import annotations

import bisect
import html as html_lib
import re
from dataclasses import dataclass, field

from reltrans.formats._lines import has_letter, strip_span
from reltrans.formats.inline import Token
from reltrans.model import Block

# attribute names and unquoted values never hold "<", quoted values are bounded: a tag that is
# never closed costs the distance to the next "<", so scanning stays linear on hostile input
_ATTR = r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]{0,8192}"|'[^']{0,8192}'|[^\s"'=<>`]+))?)"""
_SCAN = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<decl><![^<>]*>|<\?[^<>]*>)"
    r"|(?P<raw>(?P<rawopen><(?P<rawname>script|style|textarea|title)\b" + _ATTR + r"*\s*/?>).*?(?:</(?P=rawname)\s*>|\Z))"
    r"|(?P<start><(?P<name>[A-Za-z][^\s/<>]*)" + _ATTR + r"*\s*(?P<selfclose>/?)>)"
    r"|(?P<end></(?P<endname>[A-Za-z][^\s/<>]*)[^<>]*>)"
    r"|(?P<ref>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<lt><)",
    re.DOTALL | re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
INLINE = frozenset(
    "a abbr b bdi bdo br cite code data del dfn em font i img ins kbd mark q s samp small span strong "
    "sub sup time u var wbr".split()
)
_STANDALONE_INLINE = frozenset({"br", "img", "wbr"})
BLOCK_KINDS = {
    "p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "td": "table_cell", "th": "table_cell", "figcaption": "caption",
    "caption": "caption", "blockquote": "blockquote", "dt": "list_item", "dd": "list_item",
}
_SKIP_TAGS = frozenset("nav aside form script style noscript template svg iframe button select textarea object head title".split())
_SKIP_ROLES = frozenset("banner navigation contentinfo complementary search dialog alertdialog menu menubar".split())
_CHROME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|breadcrumbs?|menu|navbar|nav|navigation|share|sharing|social|"
    r"newsletter|subscribe|subscription|signup|promo|dsgvo|privacy|related|recommended|popular|trending|sidebar|"
    r"skip|popup|modal|banner|comments?|respond|reply|disqus|author-bio|tags|sponsored|advert|ads?|"
    r"footer|widgets?|pager|pagination|noprint|no-print|hidden-print|d-print-none|print-hide|"
    r"read-?more|more-?(?:news|stories|articles)|see-also|nextread)(?:$|[-_\s])",
    re.IGNORECASE,
)
# boxes whose text, however long, is never the page's: cookie and privacy notices, pop-ups, comments
_OVERLAY_WORDS = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|dsgvo|privacy|popup|modal|comments?|commentlist|comment-list|disqus)(?:$|[-_\s])",
    re.IGNORECASE,
)
# a teaser (a box linking to another story) is chrome; a "teaser" with little or no link text is a
# lead paragraph
_TEASER_WORDS = re.compile(r"teaser", re.IGNORECASE)
_CLOSES_P = frozenset(
    "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr main nav ol p pre section table ul li".split()
)
_IMPLIED = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
            "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
_TRANSLATABLE_ATTRS = ("alt", "title", "aria-label", "placeholder")
_META_NAMES = frozenset({"description", "og:description", "twitter:description"})
MAX_DEPTH = 512


@dataclass
class _Element:
    tag: str
    start: int  # of the start tag
    open_end: int  # end of the start tag
    attrs: dict[str, tuple[str, int, int]]  # name -> (value, start, end) of the raw value
    parent: "_Element | None"
    close_start: int = -1
    end: int = -1  # end of the end tag (or where the element was implicitly closed)
    children: list["_Element"] = field(default_factory=list)
    all_inline: bool = False  # an inline element with only inline elements inside (set by _tree)
    open_count: int = 0  # letters and digits of the page's text before the element's content
    close_count: int = 0  # ... and before its end tag: chars = close_count - open_count
    chars: int = 0  # text characters inside (no spaces, no tags, no script or style)
    good: int = 0  # of which outside links and outside hard chrome (nav, aside, banners...)
    link_chars: int = 0  # of which inside links
    links: int = 0  # <a> elements inside (or itself)
    linked_heading: bool = False  # an h1-h6 that is a link inside (or itself), as in a teaser
    card: bool = False  # one of three siblings or more alike, each a heading with a link: a teaser list

    def attr(self, name: str) -> str:
        return self.attrs.get(name, ("", 0, 0))[0]


def parse_blocks(text: str) -> list[Block]:
    """The blocks of an HTML page (see the module docstring)."""
    root, elements = _tree(text)
    release = _release_root(text, root, elements)
    blocks: list[Block] = []
    line_starts = _line_starts(text)
    _title_block(text, elements, blocks, line_starts)
    for element in elements:
        if element.tag == "meta" and (element.attr("name") or element.attr("property")).lower() in _META_NAMES:
            _attribute_block(text, element, "content", blocks, line_starts)
    _walk(text, release, blocks, line_starts=line_starts, core=_core_path(release))
    blocks.sort(key=lambda b: b.start)
    kept: list[Block] = []
    cursor = 0
    for block in blocks:  # an attribute inside a kept tag never overlaps a text block
        if block.start >= cursor:
            kept.append(block)
            cursor = block.end
    return kept


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


# --------------------------------------------------------------------------- tree
def _tree(text: str) -> tuple[_Element, list[_Element]]:
    document = _Element("#document", 0, 0, {}, None, len(text), len(text))
    elements: list[_Element] = []
    stack = [document]
    count = 0
    previous_end = 0
    for match in _SCAN.finditer(text):
        count += _text_chars(text, previous_end, match.start()) + (1 if match.group("ref") or match.group("lt") else 0)
        previous_end = match.end()
        if match.group("start") or match.group("raw"):
            name = (match.group("name") or match.group("rawname")).lower()
            _implied_close(stack, name, match.start(), count)
            open_end = match.end() if match.group("start") else match.end("rawopen")
            element = _Element(name, match.start(), open_end, _attributes(text, match.start(), open_end), stack[-1])
            element.open_count = element.close_count = count
            stack[-1].children.append(element)
            elements.append(element)
            if match.group("raw"):
                close = text.rfind("</", open_end, match.end())
                element.close_start = close if close >= 0 else match.end()
                element.end = match.end()
            elif name in VOID or match.group("selfclose") or len(stack) > MAX_DEPTH:
                element.close_start = element.end = match.end()
            else:
                stack.append(element)
        elif match.group("end"):
            name = match.group("endname").lower()
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].tag == name:
                    for open_element in stack[depth + 1 :]:
                        open_element.close_start = open_element.end = match.start()
                        open_element.close_count = count
                    stack[depth].close_start, stack[depth].end = match.start(), match.end()
                    stack[depth].close_count = count
                    del stack[depth:]
                    break
    count += _text_chars(text, previous_end, len(text))
    for open_element in stack[1:]:
        open_element.close_start = open_element.end = len(text)
        open_element.close_count = count
    document.close_count = count
    for element in reversed(elements + [document]):  # children come after their parent: bottom-up
        element.all_inline = element.tag in INLINE and all(child.all_inline for child in element.children)
        element.chars = element.close_count - element.open_count
        element.link_chars = element.chars if element.tag == "a" else sum(c.link_chars for c in element.children)
        element.links = (element.tag == "a") + sum(c.links for c in element.children)
        element.linked_heading = any(c.linked_heading for c in element.children) or (
            element.tag in _HEADINGS and element.chars > 0 and element.link_chars >= 0.8 * element.chars
        ) or (element.tag == "a" and any(e.tag in _HEADINGS for e in element.children))
        _mark_cards(element)
        if element.tag == "a" or _hard_chrome(element):
            element.good = 0
        else:
            element.good = element.chars - sum(c.chars - (0 if c.card or _overlay_or_comments(c) else c.good) for c in element.children)
    return document, elements


_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def _mark_cards(element: _Element) -> None:
    """Mark the children of ``element`` that are repeated teaser cards (same tag and class, each
    with a heading that is a link), three of them at least."""
    alike: dict[tuple[str, str], list[_Element]] = {}
    for child in element.children:
        if child.linked_heading and not child.all_inline:
            alike.setdefault((child.tag, child.attr("class")), []).append(child)
    for group in alike.values():
        if len(group) >= 3:
            for child in group:
                child.card = True


_NON_TEXT = re.compile(r"[\s\W_]+")


def _text_chars(text: str, start: int, end: int) -> int:
    """How many letters and digits ``text[start:end]`` holds."""
    if end <= start:
        return 0
    return len(_NON_TEXT.sub("", text[start:end]))


_IN_HEAD = frozenset("base link meta noscript script style template title".split())


def _implied_close(stack: list[_Element], name: str, at: int, count: int = 0) -> None:
    if name not in _IN_HEAD and any(e.tag == "head" for e in stack):  # body content ends the head
        while stack[-1].tag != "head":
            stack[-1].close_start = stack[-1].end = at
            stack[-1].close_count = count
            stack.pop()
        stack[-1].close_start = stack[-1].end = at
        stack[-1].close_count = count
        stack.pop()
    closing = _IMPLIED.get(name, set())
    if name in _CLOSES_P:
        closing = closing | {"p"}
    while len(stack) > 1 and stack[-1].tag in closing:
        stack[-1].close_start = stack[-1].end = at
        stack[-1].close_count = count
        stack.pop()
        if name not in _IMPLIED:
            break


def _attributes(text: str, start: int, open_end: int) -> dict[str, tuple[str, int, int]]:
    attrs: dict[str, tuple[str, int, int]] = {}
    name_end = start + 1
    while name_end < open_end and not text[name_end].isspace() and text[name_end] not in "/>":
        name_end += 1
    for match in _ATTRIBUTE.finditer(text, name_end, open_end - 1):
        for group in (2, 3, 4):
            if match.group(group) is not None:
                attrs.setdefault(match.group(1).lower(), (match.group(group), match.start(group), match.end(group)))
                break
        else:
            attrs.setdefault(match.group(1).lower(), ("", match.end(), match.end()))
    return attrs


# --------------------------------------------------------------------------- the release
_TAGLESS = re.compile(r"<[^<>]*>|\s+")
_TAG = re.compile(r"<[^<>]*>")
_BREAK = re.compile(r"<br\b[^<>]*>", re.IGNORECASE)


# a <main> or <article> is the release when it holds this share of the page's text (outside links
# and navigation); else the release is the smallest container holding _ROOT_SHARE of it
_MAIN_SHARE = 0.4
_ARTICLE_SHARE = 0.4
_ROOT_SHARE = 0.7
# inside the release, the containers holding _CORE_SHARE of its text are never chrome, whatever
# their class names say ("article paywall", an ASP.NET <form> around the whole page)
_CORE_SHARE = 0.6
_LEAF_BLOCKS = frozenset(BLOCK_KINDS) - {"td", "th"}


def _release_root(text: str, document: _Element, elements: list[_Element]) -> _Element:
    body = next((e for e in elements if e.tag == "body"), document)
    total = max(body.good, document.good - _head_good(document))
    mains = [e for e in elements if e.tag == "main" or e.attr("role").lower() == "main"]
    if mains and (mains[0].good >= _MAIN_SHARE * total or not total):
        return mains[0]
    articles = [e for e in elements if e.tag == "article"]
    if articles:
        best = max(articles, key=lambda e: (e.good, -e.start))
        if best.good >= _ARTICLE_SHARE * total or not total:
            return best
    return _with_title(_densest(body, _ROOT_SHARE), body, elements)


def _with_title(root: _Element, body: _Element, elements: list[_Element]) -> _Element:
    """``root`` grown to take in the page's first ``<h1>`` outside the chrome: the release's
    title often sits just above the container of its paragraphs."""
    title = next((e for e in elements if e.tag == "h1" and e.start >= body.start and e.end <= body.end
                  and not any(_hard_chrome(a) or _soft_chrome(a) for a in _ancestors(e) if a.start > body.start)), None)
    if title is None or root.start <= title.start < root.end:
        return root
    above = set(map(id, _ancestors(title)))
    while root is not body and id(root) not in above and root.parent is not None:
        root = root.parent
    return root


def _head_good(document: _Element) -> int:
    return sum(c.good for c in document.children if c.tag == "head")


def _densest(element: _Element, share: float) -> _Element:
    """The deepest container under ``element`` that holds ``share`` of its text."""
    needed = share * element.good
    while needed > 0:
        child = next((c for c in element.children if c.good >= needed and c.tag not in _LEAF_BLOCKS and c.tag not in INLINE), None)
        if child is None:
            break
        element = child
    return element


def _core_path(root: _Element) -> set[int]:
    """The ``id()`` of the containers, from ``root`` down, holding most of its text."""
    core = _densest(root, _CORE_SHARE)
    path: set[int] = set()
    while core is not None and core is not root:
        path.add(id(core))
        core = core.parent
    return path


_HARD_SKIP_TAGS = _SKIP_TAGS - {"form"}  # ASP.NET wraps whole pages in a <form>


def _hard_chrome(element: _Element) -> bool:
    """Chrome by its tag or role alone (its text never counts as the release's)."""
    if element.tag in _HARD_SKIP_TAGS or element.tag == "footer":
        return True
    if element.attr("role").lower() in _SKIP_ROLES:
        return True
    return element.tag == "header" and element.parent is not None and element.parent.tag in ("body", "#document")


def is_chrome(text: str, element: _Element) -> bool:
    """Whether ``element`` is site chrome (navigation, banner, cookie box, link list...)."""
    if element.tag in _SKIP_TAGS:
        return True
    role = element.attr("role").lower()
    if role in _SKIP_ROLES:
        return True
    if element.tag == "footer":  # a page's or an article's: tags, sharing, credits
        return True
    if element.tag == "header" and element.parent is not None and element.parent.tag in ("body", "#document"):
        return True
    return _soft_chrome(element)


def _overlay_or_comments(element: _Element) -> bool:
    names = f"{element.attr('class')} {element.attr('id')}"
    return bool(names.strip()) and _OVERLAY_WORDS.search(names) is not None


def _soft_chrome(element: _Element) -> bool:
    """Chrome by its class or id names, or by its shape (link list, teaser cards)."""
    names = f"{element.attr('class')} {element.attr('id')}"
    if names.strip() and _CHROME_WORDS.search(names):
        return True
    if names.strip() and element.link_chars >= 0.3 * element.chars > 0 and _TEASER_WORDS.search(names):
        return True
    if element.card:
        return True
    return element.tag in ("ul", "ol", "div", "section", "table", "dl") and _link_list(element)


def _link_list(element: _Element) -> bool:
    if element.chars == 0 or element.link_chars / element.chars <= 0.6:
        return False
    return element.links >= 3


def _no_translate(element: _Element) -> bool:
    return element.attr("translate").lower() == "no" or "notranslate" in element.attr("class").split()


# --------------------------------------------------------------------------- blocks
def _walk(text: str, element: _Element, blocks: list[Block], *, line_starts: list[int], core: set[int] = frozenset()) -> None:
    """Blocks of ``element``'s loose text runs, then of its children, depth first (iterative);
    the containers in ``core`` (``id()``) are never chrome."""
    todo = [element]
    while todo:
        current = todo.pop()
        if current is not element and id(current) not in core and is_chrome(text, current):
            continue
        if _no_translate(current):
            continue
        for name in _TRANSLATABLE_ATTRS:
            if current.tag not in INLINE or current.tag in _STANDALONE_INLINE:
                _attribute_block(text, current, name, blocks, line_starts)
        kind = BLOCK_KINDS.get(current.tag, "paragraph")
        run_start = current.open_end
        nested: list[_Element] = []
        for child in current.children:
            if _inline_child(child):
                if child.tag in _STANDALONE_INLINE and any(a in child.attrs for a in _TRANSLATABLE_ATTRS):
                    _run_block(text, run_start, child.start, kind, blocks, line_starts)
                    run_start = child.end
                    nested.append(child)
                continue
            _run_block(text, run_start, child.start, kind, blocks, line_starts)
            run_start = child.end
            nested.append(child)
        _run_block(text, run_start, current.close_start, kind, blocks, line_starts)
        todo.extend(reversed(nested))


def _inline_child(element: _Element) -> bool:
    """An inline element whose whole content is inline too (it can be a placeholder)."""
    return element.all_inline


def _run_block(text: str, start: int, end: int, kind: str, blocks: list[Block], line_starts: list[int]) -> None:
    if end <= start:
        return
    start, end = strip_span(text, start, end)
    if start < end and has_letter(html_lib.unescape(_TAGLESS.sub(" ", text[start:end]))):  # "&nbsp;" is no word
        blocks.append(Block(kind, start, end, bisect.bisect_right(line_starts, start), True, "html"))


def _attribute_block(text: str, element: _Element, name: str, blocks: list[Block], line_starts: list[int] | None = None) -> None:
    if name not in element.attrs:
        return
    value, start, end = element.attrs[name]
    quote = text[start - 1] if start > 0 else ""
    start, end = strip_span(text, start, end)
    if start < end and has_letter(html_lib.unescape(text[start:end])):
        line = bisect.bisect_right(line_starts or _line_starts(text), start)
        blocks.append(Block("attribute", start, end, line, True, _ATTRIBUTE_SYNTAX.get(quote, "html-attr-bare")))


# how a translated value is escaped depends on its quotes (reltrans.formats.inline): an apostrophe
# ends a single-quoted value, a space an unquoted one
_ATTRIBUTE_SYNTAX = {'"': "html-attr", "'": "html-attr-single"}


def _title_block(text: str, elements: list[_Element], blocks: list[Block], line_starts: list[int]) -> None:
    """The page's ``<title>`` (its text has no tags; it is escaped like an attribute value)."""
    for element in elements:
        if element.tag != "title" or any(a.tag in ("svg", "body") for a in _ancestors(element)):
            continue
        start, end = strip_span(text, element.open_end, element.close_start)
        if start < end and has_letter(html_lib.unescape(text[start:end])):
            blocks.append(Block("heading", start, end, bisect.bisect_right(line_starts, start), True, "html-attr"))
        return


def _ancestors(element: _Element) -> list[_Element]:
    out = []
    parent = element.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


# --------------------------------------------------------------------------- inline tokens
def tokenize_inline(text: str, start: int, end: int, *, attribute: bool = False) -> list[Token]:
    """The :class:`~reltrans.formats.inline.Token` objects of ``text[start:end]`` (a block's
    content, or an attribute value when ``attribute``)."""
    tokens: list[Token] = []
    cursor = start
    position = start
    while position < end:
        match = _SCAN.search(text, position, end)
        if match is None:
            break
        kind = match.lastgroup
        if attribute and kind not in ("ref", "lt"):
            position = match.start() + 1
            continue
        if match.start() > cursor:
            tokens.append(Token("text", cursor, match.start(), text[cursor : match.start()]))
        token, after = _inline_token(text, match, end)
        tokens.append(token)
        cursor = position = after
    if cursor < end:
        tokens.append(Token("text", cursor, end, text[cursor:end]))
    return tokens


def _inline_token(text: str, match: re.Match[str], end: int) -> tuple[Token, int]:
    if match.group("ref"):
        raw = match.group(0)
        value = "&lt;" if raw.lower() in ("&lt;", "&#60;", "&#x3c;") else html_lib.unescape(raw)
        return Token("ref", match.start(), match.end(), value), match.end()
    if match.group("lt"):
        return Token("ref", match.start(), match.end(), "&lt;"), match.end()
    if match.group("start"):
        name = match.group("name").lower()
        attrs = _attributes(text, match.start(), match.end())
        no_translate = attrs.get("translate", ("",))[0].lower() == "no" or "notranslate" in attrs.get("class", ("",))[0].split()
        if no_translate and name not in VOID and not match.group("selfclose"):
            close = _matching_close(text, name, match.end(), end)
            return Token("empty", match.start(), close, "", name), close
        if name in VOID or match.group("selfclose") or name not in INLINE:
            return Token("empty", match.start(), match.end(), "", name), match.end()
        return Token("open", match.start(), match.end(), "", name), match.end()
    if match.group("end"):
        return Token("close", match.start(), match.end(), "", match.group("endname").lower()), match.end()
    return Token("empty", match.start(), match.end()), match.end()  # comment, declaration, raw text


def _matching_close(text: str, name: str, start: int, end: int) -> int:
    depth = 1
    pattern = re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.IGNORECASE)
    for match in pattern.finditer(text, start, end):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return end


# --------------------------------------------------------------------------- build
_HTML_TAG = re.compile(r"<html\b" + _ATTR + r"*\s*/?>", re.IGNORECASE)


def set_lang(text: str, lang: str) -> str:
    """``text`` with ``lang`` (and ``xml:lang`` where present) on its ``<html>`` element set to
    ``lang``; a ``lang`` attribute is added when there is none."""
    match = _HTML_TAG.search(text)
    if match is None:
        return text
    attrs = _attributes(text, match.start(), match.end())
    edits = [(attrs[name][1], attrs[name][2], lang) for name in ("lang", "xml:lang") if name in attrs]
    if "lang" not in attrs:
        edits.append((match.start() + 5, match.start() + 5, f' lang="{lang}"'))
    for start, end, value in sorted(edits, reverse=True):
        text = text[:start] + value + text[end:]
    return text


# --------------------------------------------------------------------------- outline
def release_text(text: str) -> str:
    """The text reltrans keeps as the release, one block a line, tags left out (bench and
    ``reltrans segment``-style inspection)."""
    lines = []
    for block in parse_blocks(text):
        if block.inline == "html":
            plain = _BREAK.sub(" ", text[block.start : block.end])
            lines.append(" ".join(html_lib.unescape(_TAG.sub("", plain)).split()))
    return "\n".join(lines)
