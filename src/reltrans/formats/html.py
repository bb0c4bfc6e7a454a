"""HTML releases: a saved web page or a CMS body (``.html``, ``.htm``, ``--format html``).

The page is scanned once with an offset-keeping tokenizer (no byte of the source is lost:
everything that is not a block's text is skeleton, copied as it is), then read as a tree:

* **The release.** The root is the page's ``<main>`` (or ``role="main"``), else its largest
  ``<article>``, else ``<body>``. Outside the root nothing is translated. Inside it, these stay
  skeleton too: ``nav``, ``aside``, ``form``, ``script``, ``style``, ``noscript``, ``template``,
  ``svg``, ``iframe``, a page banner or footer (``role="banner"``/``"contentinfo"``, or a
  ``header``/``footer`` that is a direct child of ``body``), ARIA ``navigation``,
  ``complementary``, ``search`` and ``dialog`` regions, elements whose class or id names a cookie
  banner, consent box, breadcrumb, menu, share bar, newsletter box or related-links box, and
  link lists (a list or box of three links or more whose text is mostly links).
* **Blocks.** ``p``, ``h1``-``h6``, ``li``, ``td``/``th``, ``figcaption``, ``blockquote``,
  ``dt``/``dd``, ``caption`` and the loose text of containers (``div`` ...) are blocks; inline
  elements (``a``, ``strong``, ``em``, ``b``, ``i``, ``span``, ``sup``, ``sub``, ``br``,
  ``abbr``, ``code`` ...) inside them become numbered placeholders (:mod:`reltrans.formats.inline`).
* **Attributes.** ``alt``, ``title``, ``aria-label`` and ``placeholder`` of elements in the release,
  and ``<meta name="description">`` (and ``og:description``), are entries of their own. The
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
    r"newsletter|subscribe|subscription|signup|paywall|promo|related|recommended|popular|trending|sidebar|"
    r"skip|popup|modal|banner|comments?|respond|reply|disqus|author-bio|tags|sponsored|advert|ads?)(?:$|[-_\s])",
    re.IGNORECASE,
)
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

    def attr(self, name: str) -> str:
        return self.attrs.get(name, ("", 0, 0))[0]


def parse_blocks(text: str) -> list[Block]:
    """The blocks of an HTML page (see the module docstring)."""
    root, elements = _tree(text)
    release = _release_root(text, root, elements)
    blocks: list[Block] = []
    for element in elements:
        if element.tag == "meta" and (element.attr("name") or element.attr("property")).lower() in _META_NAMES:
            _attribute_block(text, element, "content", blocks)
    _walk(text, release, blocks, line_starts=_line_starts(text))
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
    for match in _SCAN.finditer(text):
        if match.group("start") or match.group("raw"):
            name = (match.group("name") or match.group("rawname")).lower()
            _implied_close(stack, name, match.start())
            open_end = match.end() if match.group("start") else match.end("rawopen")
            element = _Element(name, match.start(), open_end, _attributes(text, match.start(), open_end), stack[-1])
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
                    stack[depth].close_start, stack[depth].end = match.start(), match.end()
                    del stack[depth:]
                    break
    for open_element in stack[1:]:
        open_element.close_start = open_element.end = len(text)
    for element in reversed(elements):  # children come after their parent: bottom-up
        element.all_inline = element.tag in INLINE and all(child.all_inline for child in element.children)
    return document, elements


_IN_HEAD = frozenset("base link meta noscript script style template title".split())


def _implied_close(stack: list[_Element], name: str, at: int) -> None:
    if name not in _IN_HEAD and any(e.tag == "head" for e in stack):  # body content ends the head
        while stack[-1].tag != "head":
            stack[-1].close_start = stack[-1].end = at
            stack.pop()
        stack[-1].close_start = stack[-1].end = at
        stack.pop()
    closing = _IMPLIED.get(name, set())
    if name in _CLOSES_P:
        closing = closing | {"p"}
    while len(stack) > 1 and stack[-1].tag in closing:
        stack[-1].close_start = stack[-1].end = at
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
def _text_length(text: str, element: _Element) -> int:
    return len(_TAGLESS.sub("", text[element.open_end : element.close_start]).strip())


_TAGLESS = re.compile(r"<[^<>]*>|\s+")
_TAG = re.compile(r"<[^<>]*>")
_BREAK = re.compile(r"<br\b[^<>]*>", re.IGNORECASE)


def _release_root(text: str, document: _Element, elements: list[_Element]) -> _Element:
    mains = [e for e in elements if e.tag == "main" or e.attr("role").lower() == "main"]
    if mains:
        return mains[0]
    articles = [e for e in elements if e.tag == "article"]
    if articles:
        return max(articles, key=lambda e: (_text_length(text, e), -e.start))
    bodies = [e for e in elements if e.tag == "body"]
    return bodies[0] if bodies else document


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
    names = f"{element.attr('class')} {element.attr('id')}"
    if names.strip() and _CHROME_WORDS.search(names):
        return True
    return element.tag in ("ul", "ol", "div", "section", "table", "dl") and _link_list(text, element)


def _link_list(text: str, element: _Element) -> bool:
    links = [e for e in _descendants(element) if e.tag == "a"]
    if len(links) < 3:
        return False
    total = _text_length(text, element)
    linked = sum(_text_length(text, a) for a in links)
    return total > 0 and linked / total > 0.6


def _descendants(element: _Element) -> list[_Element]:
    out: list[_Element] = []
    todo = list(element.children)
    while todo:
        e = todo.pop()
        out.append(e)
        todo.extend(e.children)
    return out


def _no_translate(element: _Element) -> bool:
    return element.attr("translate").lower() == "no" or "notranslate" in element.attr("class").split()


# --------------------------------------------------------------------------- blocks
def _walk(text: str, element: _Element, blocks: list[Block], *, line_starts: list[int]) -> None:
    """Blocks of ``element``'s loose text runs, then of its children, depth first (iterative)."""
    todo = [element]
    while todo:
        current = todo.pop()
        if current is not element and (is_chrome(text, current) or _no_translate(current)):
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
    if start < end and has_letter(_TAGLESS.sub(" ", text[start:end])):
        blocks.append(Block(kind, start, end, bisect.bisect_right(line_starts, start), True, "html"))


def _attribute_block(text: str, element: _Element, name: str, blocks: list[Block], line_starts: list[int] | None = None) -> None:
    if name not in element.attrs:
        return
    value, start, end = element.attrs[name]
    start, end = strip_span(text, start, end)
    if start < end and has_letter(html_lib.unescape(text[start:end])):
        line = bisect.bisect_right(line_starts or _line_starts(text), start)
        blocks.append(Block("attribute", start, end, line, True, "html-attr"))


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
