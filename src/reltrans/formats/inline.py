"""Inline markup as numbered placeholders, shared by HTML, DOCX and Markdown.

A block of a marked-up document (an HTML ``<p>``, a Word paragraph) holds inline elements: links,
emphasis, line breaks. The reviewer sees them as numbered placeholders, translate-toolkit and
Okapi style: a paired element is ``<1>l'OIM</1>``, a standalone one (``<br>``, an image, a
``translate="no"`` span) is ``<2/>``. The original markup stays in the skeleton
(:class:`reltrans.model.InlineMarkup`), so an ``href`` never reaches the PO file.

* :func:`segment_block` cuts a block into sentences over its text (tags are invisible to the
  segmenter); a sentence never splits a paired element: a pair is either wholly inside a segment
  or left in the skeleton around it.
* :func:`restore` turns a translation with placeholders back into the source's markup, after
  :func:`compare` said its placeholders match the source's.
* :func:`compare` is the integrity comparison used by ``check`` (RT410-RT414) and ``build``:
  missing, extra, duplicated, renumbered and misnested placeholders.
* :func:`numberless` folds placeholder numbers, for translation-memory keys.
* :func:`translate_protected` translates texts with placeholders through any plain-text
  translator: placeholders are never sent to the model, never dropped; a paired element is put
  back around the translation of its content when that can be found exactly once, else the
  translation is flagged (``reltrans: markup not placed: ...``).

Tokenizers per syntax (``html``; ``html-attr``, ``html-attr-single`` and ``html-attr-bare`` for
double-quoted, single-quoted and unquoted attribute values; ``markdown``; ``docx``) live with their format
module; each returns :class:`Token` objects with absolute offsets into the document text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from reltrans.model import Block, InlineMarkup, Segment

__all__ = [
    "PLACEHOLDER",
    "Token",
    "Problem",
    "PlaceholderMismatch",
    "compare",
    "has_placeholders",
    "numberless",
    "placeholders",
    "renumber_like",
    "restore",
    "segment_block",
    "strip_placeholders",
    "translate_protected",
]

PLACEHOLDER = re.compile(r"<(/?)(\d{1,4})(/?)>")
"""A placeholder: ``<1>``, ``</1>`` or ``<1/>``."""

MARKUP_NOT_PLACED = "reltrans: markup not placed:"
"""The ``#.`` comment of an entry whose inline markup the engine could not put back safely."""


@dataclass(frozen=True)
class Token:
    """A piece of a block: ``text`` (``value`` is the text, decoded), ``ref`` (a character
    reference; ``value`` is the character), ``open``/``close`` (a paired element's tags; ``name``
    pairs them) or ``empty`` (a standalone element, or a whole element kept as it is)."""

    kind: str
    start: int
    end: int
    value: str = ""
    name: str = ""


class PlaceholderMismatch(ValueError):
    """A translation whose placeholders do not match its source's (see :func:`compare`)."""


# --------------------------------------------------------------------------- placeholders
def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` in order (``["<1>", "</1>", "<2/>"]``)."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text) if not (m.group(1) and m.group(3))]


def has_placeholders(text: str) -> bool:
    """Whether ``text`` holds at least one placeholder."""
    return bool(placeholders(text))


def strip_placeholders(text: str) -> str:
    """``text`` as plain text: paired placeholders dropped, a standalone one (``<2/>``, a line
    break or a picture) read as a space, runs of spaces folded."""
    if "<" not in text:
        return text
    return re.sub(r" {2,}", " ", PLACEHOLDER.sub(lambda p: " " if p.group(3) else "", text)).strip()


def numberless(text: str) -> str:
    """Placeholders with their numbers folded (``<1>a</1>`` -> ``<#>a</#>``): the key under which
    two texts that differ only in placeholder numbering are the same."""
    return PLACEHOLDER.sub(lambda m: f"<{m.group(1)}#{m.group(3)}>", text)


def renumber_like(stored_source: str, source: str, target: str) -> str:
    """``target`` (a translation of ``stored_source``) with its placeholders renumbered as in
    ``source``, which has the same placeholders in the same order under other numbers; ``target``
    unchanged when they do not correspond."""
    old = [_number(p) for p in placeholders(stored_source)]
    new = [_number(p) for p in placeholders(source)]
    if len(old) != len(new) or numberless(stored_source) == stored_source:
        return target
    mapping: dict[str, str] = {}
    for a, b in zip(old, new):
        if mapping.setdefault(a, b) != b:
            return target
    return PLACEHOLDER.sub(lambda m: f"<{m.group(1)}{mapping.get(m.group(2), m.group(2))}{m.group(3)}>", target)


def _number(placeholder: str) -> str:
    match = PLACEHOLDER.fullmatch(placeholder)
    assert match is not None
    return match.group(2)


@dataclass(frozen=True)
class Problem:
    """One placeholder problem of a translation: ``kind`` is ``missing``, ``extra``,
    ``duplicated``, ``renumbered`` or ``misnested`` (the check codes RT410-RT414)."""

    kind: str
    detail: str


def compare(source: str, target: str) -> list[Problem]:
    """How the placeholders of ``target`` differ from those of ``source`` (empty: they match).

    Order may differ (a target language may need it) as long as pairs stay well nested.
    Renumbered: the same placeholders up to their numbers (reported alone, not as missing plus
    extra).
    """
    src, tgt = placeholders(source), placeholders(target)
    if not src and not tgt:
        return []
    problems: list[Problem] = []
    if sorted(src) != sorted(tgt) and sorted(numberless(p) for p in src) == sorted(numberless(p) for p in tgt):
        return [Problem("renumbered", f"{' '.join(src)} became {' '.join(tgt)}")]
    counts_src = {p: src.count(p) for p in src}
    counts_tgt = {p: tgt.count(p) for p in tgt}
    missing = [p for p in counts_src if counts_tgt.get(p, 0) == 0]
    extra = [p for p in counts_tgt if p not in counts_src]
    duplicated = [p for p, n in counts_tgt.items() if p in counts_src and n > counts_src[p]]
    if missing:
        problems.append(Problem("missing", " ".join(missing)))
    if extra:
        problems.append(Problem("extra", " ".join(extra)))
    if duplicated:
        problems.append(Problem("duplicated", " ".join(duplicated)))
    if not problems:
        nesting = _nesting_problem(tgt)
        if nesting:
            problems.append(Problem("misnested", nesting))
    return problems


def _nesting_problem(sequence: Sequence[str]) -> str:
    stack: list[str] = []
    for p in sequence:
        match = PLACEHOLDER.fullmatch(p)
        assert match is not None
        if match.group(3):
            continue
        if not match.group(1):
            stack.append(match.group(2))
        elif not stack or stack[-1] != match.group(2):
            return f"{p} closes before what it pairs with is open, or across another pair"
        else:
            stack.pop()
    return f"<{stack[-1]}> is never closed" if stack else ""


def describe(problems: Iterable[Problem]) -> str:
    """One line: ``missing <1> </1>; extra <3/>``."""
    return "; ".join(f"{p.kind} {p.detail}" for p in problems)


def restore(translation: str, markup: InlineMarkup) -> str:
    """``translation`` (placeholders as in ``markup.text``) with the source's markup put back and
    its text escaped for the syntax. Raises :class:`PlaceholderMismatch` when the placeholders do
    not match the source's."""
    problems = compare(markup.text, translation)
    if problems:
        raise PlaceholderMismatch(describe(problems))
    codes = dict(markup.codes)
    escape = _escaper(markup)
    out: list[str] = []
    cursor = 0
    for match in PLACEHOLDER.finditer(translation):
        out.append(escape(translation[cursor : match.start()]))
        out.append(codes[match.group(0)])
        cursor = match.end()
    out.append(escape(translation[cursor:]))
    return "".join(out)


_AMP = re.compile(r"&(?!(?:lt|gt);)")
_BARE_UNSAFE = re.compile(r"[\s\"'=>`]")


def _escaper(markup: InlineMarkup) -> Callable[[str], str]:
    references = {char: ref for char, ref in markup.references if char not in "&<>"}
    if markup.syntax in ("html", "docx") or markup.syntax.startswith("html-attr"):
        def escape(text: str) -> str:
            text = _AMP.sub("&amp;", text).replace("<", "&lt;")
            if markup.syntax == "docx":  # one line per paragraph in the serialization
                text = text.replace("\r", " ").replace("\n", " ")
            if markup.syntax == "html-attr":  # a double-quoted attribute value (or a <title>)
                text = text.replace('"', "&quot;")
            elif markup.syntax == "html-attr-single":
                text = text.replace("'", "&#39;")
            elif markup.syntax == "html-attr-bare":  # an unquoted value ends at a space or a quote
                text = _BARE_UNSAFE.sub(lambda m: f"&#{ord(m.group())};", text)
            return "".join(references.get(ch, ch) for ch in text) if references else text

        return escape
    return lambda text: text


# --------------------------------------------------------------------------- segmentation
def tokenizer(syntax: str) -> Callable[[str, int, int], list[Token]]:
    """The tokenizer of an inline syntax: ``(text, start, end) -> [Token]``."""
    if syntax == "html" or syntax in ("html-attr", "html-attr-single", "html-attr-bare"):
        from reltrans.formats.html import tokenize_inline

        return lambda text, start, end: tokenize_inline(text, start, end, attribute=syntax != "html")
    if syntax == "docx":
        from reltrans.formats.docx import tokenize_inline as docx_tokens

        return docx_tokens
    if syntax == "markdown":
        from reltrans.formats.markdown import tokenize_inline as markdown_tokens

        return markdown_tokens
    raise ValueError(f"unknown inline syntax {syntax!r}")


def pair_tokens(tokens: list[Token]) -> list[int | None]:
    """For each token, the index of its partner (open <-> close), None otherwise. Opens and
    closes without a partner inside the block are made ``empty`` by the caller."""
    partner: list[int | None] = [None] * len(tokens)
    stack: list[int] = []
    for i, token in enumerate(tokens):
        if token.kind == "open":
            stack.append(i)
        elif token.kind == "close":
            for depth in range(len(stack) - 1, -1, -1):
                if tokens[stack[depth]].name == token.name:
                    opener = stack[depth]
                    del stack[depth:]  # opens left inside are unclosed: standalone
                    partner[opener], partner[i] = i, opener
                    break
    return partner


def segment_block(
    text: str, block: Block, paragraph: int, lang: str, line_starts: Sequence[int], *, quote_attribution: bool = True,
    joined_hyphens: Sequence[int] = (),
) -> list[Segment]:
    """The sentences of one block with inline markup, each with its :class:`InlineMarkup`
    (``quote_attribution``: see :func:`reltrans.segment.split_sentences`; ``joined_hyphens``: the
    sorted offsets in ``text`` of line-end hyphens of words a hard wrap broke, removed with their
    line break from the msgid's text, see :func:`reltrans.formats.text.hyphen_breaks`)."""
    from reltrans.segment import split_sentences

    assert block.inline is not None
    tokens = tokenizer(block.inline)(text, block.start, block.end)
    partner = pair_tokens(tokens)
    lossless = block.inline == "markdown"  # Markdown: every character of a block is in a segment
    tokens = [t if t.kind not in ("open", "close") or partner[i] is not None
              else Token("text", t.start, t.end, text[t.start : t.end]) if lossless  # a lone "*" is text
              else Token("empty", t.start, t.end, "", t.name)
              for i, t in enumerate(tokens)]
    # what the segmenter sees: the text, a space for a standalone element, nothing for a tag
    plain: list[str] = []
    where: list[tuple[int, int]] = []  # raw span of each plain character
    for token in tokens:
        if token.kind == "text":
            for k, ch in enumerate(token.value):
                plain.append(ch)
                where.append((token.start + k, token.start + k + 1))
        elif token.kind == "ref":
            for ch in token.value:
                plain.append(ch)
                where.append((token.start, token.end))
        elif token.kind == "empty":
            plain.append(" ")
            where.append((token.start, token.end))
    spans = [(where[s][0], where[e - 1][1]) for s, e in split_sentences(
        "".join(plain), lang, quote_attribution=quote_attribution,
        soft_breaks=block.inline in ("html", "html-attr"),  # a line break in HTML source is a space (<br> is a tag)
    )]
    if lossless:
        spans = _cover(text, spans, block.start, block.end)
    spans = _balance(spans, tokens, partner)
    segments = []
    for position, (start, end) in enumerate(spans, start=1):
        markup = _markup(text, tokens, partner, start, end, block.inline, joined_hyphens)
        line = bisect.bisect_right(line_starts, start)
        segments.append(Segment(text[start:end], start, end, line, paragraph, position, block.kind, markup))
    return segments


def _cover(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Spans grown so that only whitespace is left between them: markup before a sentence joins
    it, markup after the last one joins the last."""
    if not spans:
        return spans
    out = []
    cursor = start
    for span_start, span_end in spans:
        gap = cursor
        while gap < span_start and text[gap].isspace():
            gap += 1
        out.append((min(gap, span_start), span_end))
        cursor = span_end
    tail = end
    while tail > cursor and text[tail - 1].isspace():
        tail -= 1
    out[-1] = (out[-1][0], max(out[-1][1], tail))
    return out


def _balance(spans: list[tuple[int, int]], tokens: list[Token], partner: list[int | None]) -> list[tuple[int, int]]:
    """Spans grown over adjacent tags, or merged, until no paired element is cut. Linear in the
    block's tokens (each span looks only at the tags inside it and right around it)."""
    starts = [t.start for t in tokens]
    tags = [i for i, t in enumerate(tokens) if t.kind in ("open", "close")]
    tag_starts = [tokens[i].start for i in tags]
    out = list(spans)
    i = 0
    while i < len(out):
        start, end = _grow(out[i], tokens, partner, starts)
        out[i] = (start, end)
        side = _unbalanced(start, end, tokens, partner, tags, tag_starts)
        if side == "open" and i + 1 < len(out):
            out[i : i + 2] = [(start, out[i + 1][1])]
        elif side == "close" and i > 0:
            out[i - 1 : i + 1] = [(out[i - 1][0], end)]
            i -= 1
        else:
            i += 1
    return out


def _grow(span: tuple[int, int], tokens: list[Token], partner: list[int | None], starts: list[int]) -> tuple[int, int]:
    """Take in the tags right before/after the span (only spaces between) whose partner is
    inside it."""
    start, end = span
    k = bisect.bisect_left(starts, start) - 1  # tokens before the span, nearest first
    while k >= 0 and _blank_or_tag(tokens[k]):
        mate = partner[k]
        if tokens[k].kind == "open" and mate is not None and start <= tokens[mate].start < end:
            start = tokens[k].start
        k -= 1
    k = bisect.bisect_left(starts, end)  # tokens after the span
    while k < len(tokens) and _blank_or_tag(tokens[k]):
        mate = partner[k]
        if tokens[k].kind == "close" and mate is not None and start <= tokens[mate].start < end:
            end = tokens[k].end
        k += 1
    return start, end


def _blank_or_tag(token: Token) -> bool:
    return token.kind in ("open", "close") or (token.kind in ("text", "ref") and not token.value.strip())


def _unbalanced(start: int, end: int, tokens: list[Token], partner: list[int | None], tags: list[int], tag_starts: list[int]) -> str:
    for k in range(bisect.bisect_left(tag_starts, start), bisect.bisect_left(tag_starts, end)):
        i = tags[k]
        if tokens[i].end > end:
            continue
        mate = partner[i]
        assert mate is not None
        other = tokens[mate]
        if other.start < start:
            return "close"
        if other.end > end:
            return "open"
    return ""


def _markup(
    text: str, tokens: list[Token], partner: list[int | None], start: int, end: int, syntax: str, joined: Sequence[int] = ()
) -> InlineMarkup:
    numbers: dict[int, int] = {}
    codes: list[tuple[str, str]] = []
    references: dict[str, str] = {}
    out: list[str] = []
    first = max(bisect.bisect_left([t.start for t in tokens], start) - 1, 0)
    for i in range(first, len(tokens)):
        token = tokens[i]
        if token.start >= end:
            break
        if token.end <= start:
            continue
        if token.kind == "text":
            piece = token.value[max(start - token.start, 0) : len(token.value) - max(token.end - end, 0)]
            if joined and token.value == text[token.start : token.end]:  # raw text: offsets hold
                from reltrans.segment import join_broken_words

                piece_start = max(start, token.start)
                inside = joined[bisect.bisect_left(joined, piece_start) : bisect.bisect_left(joined, piece_start + len(piece))]
                piece = join_broken_words(piece, tuple(o - piece_start for o in inside))
            out.append(piece)
        elif token.kind == "ref":
            out.append(token.value)
            references.setdefault(token.value, text[token.start : token.end])
        else:
            raw = text[token.start : token.end]
            if token.kind == "close":
                mate = partner[i]
                assert mate is not None
                placeholder = f"</{numbers[mate]}>"
            else:
                numbers[i] = len(numbers) + 1
                placeholder = f"<{numbers[i]}>" if token.kind == "open" else f"<{numbers[i]}/>"
            codes.append((placeholder, raw))
            out.append(placeholder)
    return InlineMarkup(syntax, "".join(out), tuple(codes), tuple(references.items()))


# --------------------------------------------------------------------------- translation
@dataclass(frozen=True)
class _Plan:
    """How one text with placeholders is translated: ``parts`` alternate plain texts (to
    translate) and runs of standalone/edge placeholders kept as they are; ``pairs`` are the
    paired elements inside a part, with their plain content."""

    parts: tuple[tuple[str, str], ...]  # ("text", plain) | ("keep", placeholders)
    pairs: tuple[tuple[int, str, str, str, tuple[bool, bool]], ...]  # (part, "<k>", "</k>", content, glued)
    unplaceable: tuple[str, ...] = ()


Translator = Callable[[Sequence[str]], Sequence[tuple[str, tuple[str, ...], str]]]


def translate_protected(texts: Sequence[str], translate: Translator) -> list[tuple[str, tuple[str, ...], str]]:
    """Translate ``texts`` (which may hold placeholders) with ``translate``, a plain-text
    translator returning ``(translation, unmet terms, note)`` per text, in one call.

    Placeholders never reach the model: the text is cut at standalone placeholders (and at
    placeholders opening or closing it), each piece translated alone, the placeholders put back
    between the pieces; a paired element inside a piece is put back around the translation of
    its content (translated too, or copied when the model copies it) when that occurs exactly
    once in the piece's translation. Otherwise its placeholders are left out and the note says
    ``reltrans: markup not placed: <1>…</1>`` (``check`` then reports them missing, and
    ``build`` refuses the entry until a reviewer places them).
    """
    plans = [_plan(text) for text in texts]
    queries: list[str] = []
    for plan in plans:
        queries.extend(plain for kind, plain in plan.parts if kind == "text")
        queries.extend(pair[3] for pair in plan.pairs)
    distinct = list(dict.fromkeys(q for q in queries if q.strip()))
    translated = dict(zip(distinct, translate(distinct))) if distinct else {}
    return [_assemble(plan, translated) for plan in plans]


def _plan(text: str) -> _Plan:
    """Cut a text with placeholders into what is translated and what is kept (see :class:`_Plan`)."""
    pieces: list[tuple[str, str]] = []  # ("text", s) | ("ph", placeholder)
    cursor = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > cursor:
            pieces.append(("text", text[cursor : match.start()]))
        pieces.append(("ph", match.group(0)))
        cursor = match.end()
    if cursor < len(text):
        pieces.append(("text", text[cursor:]))
    parts: list[tuple[str, str]] = []
    pairs: list[tuple[int, str, str, str, tuple[bool, bool]]] = []
    unplaceable: list[str] = []
    i = 0
    while i < len(pieces):
        kind, value = pieces[i]
        if kind == "ph" and (value.endswith("/>") or value.startswith("</") or _edge_pair(pieces, i)):
            _append(parts, "keep", value)
            i += 1
            continue
        if kind == "ph":  # a pair opening inside a sentence: its content is found by alignment
            close = value.replace("<", "</", 1)
            j = next((k for k in range(i + 1, len(pieces)) if pieces[k] == ("ph", close)), len(pieces))
            inner = pieces[i + 1 : j]
            content = "".join(v for k, v in inner if k == "text")
            _append(parts, "text", content)
            if j == len(pieces) or any(k == "ph" for k, _ in inner):  # nested: not placed by alignment
                unplaceable.append(value + content.strip() + "".join(v for k, v in inner if k == "ph") + close)
            else:
                before = pieces[i - 1][1][-1:] if i > 0 else ""
                after = pieces[j + 1][1][:1] if j + 1 < len(pieces) else ""
                glued = (bool(re.match(r"\w", before)) and bool(re.match(r"\w", content)),
                         bool(re.match(r"\w", after)) and bool(re.search(r"\w$", content)))
                pairs.append((len(parts) - 1, value, close, content, glued))
            i = j + 1
            continue
        _append(parts, "text", value)
        i += 1
    return _Plan(tuple(parts), tuple(pairs), tuple(unplaceable))


def _edge_pair(pieces: list[tuple[str, str]], i: int) -> bool:
    """Whether the pair opening at ``i`` has only placeholders and spaces before it and after its
    close: it wraps the whole text and is kept around its translation."""
    close = pieces[i][1].replace("<", "</", 1)
    j = next((k for k in range(i + 1, len(pieces)) if pieces[k] == ("ph", close)), None)
    if j is None:
        return True
    before = all(kind == "ph" or not value.strip() for kind, value in pieces[:i])
    after = all(kind == "ph" or not value.strip() for kind, value in pieces[j + 1 :])
    return before and after


def _append(parts: list[tuple[str, str]], kind: str, value: str) -> None:
    if parts and parts[-1][0] == kind:
        parts[-1] = (kind, parts[-1][1] + value)
    else:
        parts.append((kind, value))


def _assemble(plan: _Plan, translated: Mapping[str, tuple[str, tuple[str, ...], str]]) -> tuple[str, tuple[str, ...], str]:
    out: list[str] = []
    unmet: list[str] = []
    notes: list[str] = []
    not_placed = list(plan.unplaceable)
    for index, (kind, value) in enumerate(plan.parts):
        if kind == "keep":
            out.append(value)
            continue
        if not value.strip():
            out.append(value)
            continue
        text, part_unmet, note = translated.get(value, (value, (), ""))
        lead = value[: len(value) - len(value.lstrip())]
        trail = value[len(value.rstrip()) :]
        text = lead + text.strip() + trail
        unmet.extend(part_unmet)
        if note:
            notes.append(note)
        for part, opening, closing, content, glued in plan.pairs:
            if part != index:
                continue
            placed = _wrap(text, content, translated, opening, closing, glued)
            if placed is None:
                not_placed.append(f"{opening}{content.strip()}{closing}")
            else:
                text = placed
        out.append(text)
    if not_placed:
        notes.append(f"{MARKUP_NOT_PLACED} {', '.join(not_placed)} (put the placeholders back by hand)")
    return "".join(out), tuple(dict.fromkeys(unmet)), "; ".join(notes)


def _wrap(
    text: str,
    content: str,
    translated: Mapping[str, tuple[str, tuple[str, ...], str]],
    opening: str,
    closing: str,
    glued: tuple[bool, bool] = (False, False),
) -> str | None:
    """``text`` with ``content``'s translation (or the content itself) wrapped in the pair, when
    exactly one of them occurs exactly once in ``text`` outside placeholders."""
    candidates = [content.strip()]
    own = translated.get(content)
    if own is not None and own[0].strip():
        candidates.insert(0, own[0].strip().rstrip(".").strip())
    for candidate in dict.fromkeys(c for c in candidates if c):
        # a word boundary on each side, unless the source glues the element to a word there
        # ("mobile<sup>1</sup>")
        pattern = ("" if glued[0] else r"(?<!\w)") + re.escape(candidate) + ("" if glued[1] else r"(?!\w)")
        hits = list(re.finditer(pattern, text))
        if len(hits) == 1 and not _inside_placeholder(text, hits[0].start(), hits[0].end()):
            hit = hits[0]
            return text[: hit.start()] + opening + hit.group(0) + closing + text[hit.end() :]
    return None


def _inside_placeholder(text: str, start: int, end: int) -> bool:
    return any(m.start() < end and start < m.end() for m in PLACEHOLDER.finditer(text))
