"""Site chrome: :func:`mark_chrome` (every family of evidence, in a fixed order) and :func:`shared_lines`."""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Iterable, Sequence

from reltrans.formats.chrome.dates import _keep_entry_datelines, _mark_date_stamps
from reltrans.formats.chrome.evidence import BYLINE_RUN, _block_evidence, _own_evidence, kept_line
from reltrans.formats.chrome.foot import (
    ARTICLE_LIST, _mark_article_list, _mark_contact_leadins, _mark_end_byline, _mark_footer, _mark_related,
    _mark_site_taglines,
)
from reltrans.formats.chrome.foreign import _mark_foreign_lines
from reltrans.formats.chrome.head import (
    _mark_label_menu, _mark_menu_gaps, _mark_menu_run, _mark_site_acronyms, _mark_site_header, _mark_teaser_menu,
    _mark_ticker,
)
from reltrans.formats.chrome.layout import mark_layout
from reltrans.formats.chrome.lexicon import FORMATS, WEB_ARCHIVE
from reltrans.formats.chrome.lines import _Line, _first_body, _lines
from reltrans.formats.chrome.repeats import _mark_foot_repeats, _mark_repeats
from reltrans.formats.chrome.rules14 import _mark_chrome14
from reltrans.formats.chrome.rules15 import _mark_chrome15
from reltrans.formats.chrome.rules15f import _mark_chrome15f
from reltrans.formats.chrome.rules15g import _mark_chrome15g
from reltrans.formats.chrome.rules15h import _mark_chrome15h
from reltrans.formats.chrome.tags import (
    _mark_listing_tags, _mark_lone_words, _mark_place_tags, _mark_rubrics, _mark_weak_labels,
)
from reltrans.formats.chrome.widgets import (
    _mark_alt_before_caption, _mark_cards, _mark_pull_quotes, _mark_videos, _mark_web_archive,
)
from reltrans.model import Document


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
    mark_layout(lines, reasons)
    if not reasons:
        return document
    blocks = tuple(
        dataclasses.replace(block, chrome=reasons[i]) if i in reasons else block
        for i, block in enumerate(document.blocks)
    )
    return dataclasses.replace(document, blocks=blocks)
