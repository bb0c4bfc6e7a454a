"""Site chrome: recording and removing (the ``X-Reltrans-Chrome`` PO header field, :func:`chrome_spans`)."""
from __future__ import annotations

import dataclasses
from typing import Sequence

from reltrans.formats.chrome.lexicon import CHROME_VERSION, WEB_ARCHIVE
from reltrans.formats.chrome.mark import mark_chrome
from reltrans.model import Block, Document


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
