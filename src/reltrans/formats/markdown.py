"""Markdown releases: a line-based subset of CommonMark, enough for press releases.

Blocks and what is translatable:

* ATX (``# Title``) and setext (``Title`` / ``=====``) headings -> ``heading``, text only;
* paragraphs: consecutive non-blank lines form **one** block spanning the line breaks
  (the segmenter folds the breaks into spaces in msgids);
* list items (``-``, ``*``, ``+``, ``1.``, ``1)``) -> ``list_item``, with their lazy
  continuation lines;
* blockquotes: **one block per line** (``> `` markers of later lines could not be kept out of a
  multi-line block, since a block is one contiguous span), kind ``blockquote``;
* tables (a header row followed by a ``|---|`` delimiter row): **each cell** with letters is a
  ``table_cell`` block; pipes, padding and the delimiter row are skeleton;
* not translatable (kept verbatim, ``translatable=False``): YAML front matter (``---`` ...
  ``---`` on the first line), fenced code (```` ``` ```` / ``~~~``), indented code (after a blank
  line, outside lists), HTML comments ``<!-- -->``, HTML blocks (a line starting with a block-level
  tag, up to the next blank line), thematic breaks and any block without a letter.

Inline markup of translatable blocks becomes numbered placeholders in the msgids
(:mod:`reltrans.formats.inline`, :func:`tokenize_inline`): a link ``[text](url)`` is a pair
around its text (the URL stays in the skeleton), ``**bold**``, ``__bold__``, ``*em*`` and
``_em_`` are pairs, code spans, images, autolinks and inline HTML tags are standalone
placeholders (kept as they are).
"""
from __future__ import annotations

from typing import Callable

import regex

from reltrans.formats._lines import Line, has_letter, iter_lines, strip_span
from reltrans.formats.inline import Token
from reltrans.model import Block

_FENCE = regex.compile(r" {0,3}(`{3,}|~{3,})")
_THEMATIC = regex.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = regex.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_BLOCKQUOTE = regex.compile(r"(?: {0,3}>[ \t]?)+")
_BULLET = regex.compile(r" {0,3}(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)")
_ATX = regex.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_TABLE_DELIM = regex.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_BLOCK = regex.compile(
    r" {0,3}</?(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|"
    r"form|h[1-6]|header|hr|iframe|li|nav|ol|p|pre|script|section|style|table|tbody|td|tfoot|th|"
    r"thead|tr|ul)(?=[\s/>]|$)",
    regex.IGNORECASE,
)
_COMMENT = regex.compile(r" {0,3}<!--")


def parse_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown document (see the module docstring)."""
    return _Parser(text).run()


def _indent(s: str) -> int:
    width = 0
    for ch in s:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _interrupts_paragraph(s: str) -> bool:
    """A line that ends a paragraph or list item without a blank line before it."""
    if _ATX.match(s) or _FENCE.match(s) or _BLOCKQUOTE.match(s) or _THEMATIC.match(s):
        return True
    if _COMMENT.match(s) or _HTML_BLOCK.match(s):
        return True
    bullet = _BULLET.match(s)
    return bullet is not None and s[bullet.end():].strip() != "" and bullet.group(1) in (None, "1")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Line] = list(iter_lines(text))
        self.blocks: list[Block] = []
        self.in_list = False

    def run(self) -> list[Block]:
        i = self._front_matter()
        prev_blank = True
        while i < len(self.lines):
            line = self.lines[i]
            if line.blank:
                prev_blank = True
                i += 1
                continue
            i = self._block_at(i, prev_blank)
            prev_blank = False
        return self.blocks

    # ------------------------------------------------------------------ helpers
    def _add(self, kind: str, start: int, end: int, line: int, translatable: bool = True) -> None:
        start, end = strip_span(self.text, start, end)
        if start == end:
            return
        if translatable and not has_letter(self.text, start, end):
            kind, translatable = "separator", False
        self.blocks.append(Block(kind, start, end, line, translatable, "markdown" if translatable else None))

    def _verbatim(self, kind: str, first: int, last: int) -> None:
        self._add(kind, self.lines[first].start, self.lines[last].end, self.lines[first].number, False)

    def _front_matter(self) -> int:
        if not self.lines or self.lines[0].text.rstrip() != "---":
            return 0
        for j in range(1, len(self.lines)):
            if self.lines[j].text.rstrip() in ("---", "..."):
                self._verbatim("front_matter", 0, j)
                return j + 1
        return 0

    # ------------------------------------------------------------------ dispatch
    def _block_at(self, i: int, prev_blank: bool) -> int:
        s = self.lines[i].text
        fence = _FENCE.match(s)
        if fence:
            return self._fenced(i, fence.group(1))
        if _COMMENT.match(s):
            return self._until(i, "comment", lambda line: "-->" in line.text, inclusive=True)
        if _HTML_BLOCK.match(s):
            return self._until(i, "html", lambda line: line.blank, inclusive=False)
        if _indent(s) >= 4 and prev_blank and not self.in_list:
            return self._indented_code(i)
        if _THEMATIC.match(s):
            self._verbatim("separator", i, i)
            return i + 1
        atx = _ATX.match(s)
        if atx:
            return self._atx(i, atx.end())
        quote = _BLOCKQUOTE.match(s)
        if quote:
            self.in_list = False
            self._add("blockquote", self.lines[i].start + quote.end(), self.lines[i].end, self.lines[i].number)
            return i + 1
        if "|" in s and i + 1 < len(self.lines) and _TABLE_DELIM.match(self.lines[i + 1].text):
            return self._table(i)
        bullet = _BULLET.match(s)
        if bullet:
            self.in_list = True
            return self._flow(i, "list_item", bullet.end())
        if prev_blank:
            self.in_list = False
        return self._flow(i, "paragraph", 0)

    # ------------------------------------------------------------------ block kinds
    def _fenced(self, i: int, fence: str) -> int:
        closing = regex.compile(r" {0,3}" + regex.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$")
        j = i + 1
        while j < len(self.lines) and not closing.match(self.lines[j].text):
            j += 1
        last = min(j, len(self.lines) - 1)
        self._verbatim("code", i, last)
        return last + 1

    def _until(self, i: int, kind: str, stop: Callable[[Line], bool], *, inclusive: bool) -> int:
        j = i
        while j < len(self.lines) and not stop(self.lines[j]):
            j += 1
        if inclusive:
            last = min(j, len(self.lines) - 1)
        else:
            last = j - 1
        self._verbatim(kind, i, last)
        return last + 1

    def _indented_code(self, i: int) -> int:
        j = last = i
        while j < len(self.lines) and (self.lines[j].blank or _indent(self.lines[j].text) >= 4):
            if not self.lines[j].blank:
                last = j
            j += 1
        self._verbatim("code", i, last)
        return last + 1

    def _atx(self, i: int, content_offset: int) -> int:
        line = self.lines[i]
        s = line.text.rstrip()
        end = len(s)
        closing = len(s) - len(s.rstrip("#"))
        if closing and (closing == len(s) - content_offset or s[end - closing - 1] in " \t"):
            end -= closing
        self._add("heading", line.start + content_offset, line.start + max(end, content_offset), line.number)
        return i + 1

    def _table(self, i: int) -> int:
        j = i
        while j < len(self.lines) and not self.lines[j].blank and "|" in self.lines[j].text:
            if j != i + 1:  # the delimiter row is skeleton
                self._cells(self.lines[j])
            j += 1
        return j

    def _cells(self, line: Line) -> None:
        s = line.text
        cuts = [k for k, ch in enumerate(s) if ch == "|" and (k == 0 or s[k - 1] != "\\")]
        bounds = [-1, *cuts, len(s)]
        for left, right in zip(bounds, bounds[1:]):
            self._add("table_cell", line.start + left + 1, line.start + right, line.number)

    def _flow(self, i: int, kind: str, content_offset: int) -> int:
        """A paragraph or list item: this line plus its continuation lines."""
        j = i + 1
        while j < len(self.lines):
            nxt = self.lines[j].text
            if self.lines[j].blank:
                break
            if kind == "paragraph" and _SETEXT.match(nxt):
                start = self.lines[i].start + content_offset
                self._add("heading", start, self.lines[j - 1].end, self.lines[i].number)
                return j + 1
            if _interrupts_paragraph(nxt) or (kind == "list_item" and _BULLET.match(nxt)):
                break
            j += 1
        self._add(kind, self.lines[i].start + content_offset, self.lines[j - 1].end, self.lines[i].number)
        return j


# --------------------------------------------------------------------------- inline markup
_INLINE = regex.compile(
    r"(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>(?P<ticks>`+)(?:(?!(?P=ticks)).){0,4000}?(?P=ticks))"
    r"|(?P<auto><(?:https?://|mailto:)[^<>\s]{1,2000}>)"
    r"|(?P<tag></?[A-Za-z][^<>\n]{0,2000}>)"
    # a link's or an image's text may run over the line breaks of a wrapped paragraph (not a blank line)
    r"|(?P<image>!\[(?:[^\[\]\n]|\n(?![ \t]*\n)){0,2000}\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\))"
    r"|(?P<linkopen>\[(?=(?:[^\[\]\n]|\n(?![ \t]*\n)){0,2000}\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,200}\])))"
    r"|(?P<linkclose>\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,200}\]))"
    r"|(?P<delim>\*\*|__|\*|_)",
    regex.DOTALL,
)


def tokenize_inline(text: str, start: int, end: int) -> list[Token]:
    """The :class:`~reltrans.formats.inline.Token` objects of a Markdown block's text."""
    tokens: list[Token] = []
    pending: list[str] = []  # open emphasis delimiters
    cursor = start
    for match in _INLINE.finditer(text, start, end):
        kind = match.lastgroup if match.lastgroup != "ticks" else "code"
        if match.group("code") is not None:
            kind = "code"
        if kind == "escape":
            continue  # plain text, kept as written
        token: Token | None
        if kind in ("code", "auto", "tag", "image"):
            token = Token("empty", match.start(), match.end(), "", kind)
        elif kind == "linkopen":
            token = Token("open", match.start(), match.end(), "", "link")
        elif kind == "linkclose":
            token = Token("close", match.start(), match.end(), "", "link")
        else:
            token = _delimiter(text, match, start, end, pending)
        if token is None:
            continue
        if match.start() > cursor:
            tokens.append(Token("text", cursor, match.start(), text[cursor : match.start()]))
        tokens.append(token)
        cursor = match.end()
    if cursor < end:
        tokens.append(Token("text", cursor, end, text[cursor:end]))
    return tokens


def _delimiter(text: str, match: "regex.Match[str]", start: int, end: int, pending: list[str]) -> Token | None:
    """An emphasis delimiter as an open or close token, or None when it is plain text
    (surrounded by spaces, or an underscore inside a word)."""
    delim = match.group()
    before = text[match.start() - 1] if match.start() > start else " "
    after = text[match.end()] if match.end() < end else " "
    if delim[0] == "_" and before.isalnum() and after.isalnum():
        return None  # snake_case
    can_close = not before.isspace()
    can_open = not after.isspace()
    if can_close and delim in pending:
        while pending and pending[-1] != delim:
            pending.pop()
        pending.pop()
        return Token("close", match.start(), match.end(), "", delim)
    if can_open:
        pending.append(delim)
        return Token("open", match.start(), match.end(), "", delim)
    return None
