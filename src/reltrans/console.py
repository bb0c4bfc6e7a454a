"""All terminal rendering with rich: progress bars on stderr, tables on stdout.

Kept apart from the library so the pipeline runs without a terminal, and imported only by
:mod:`reltrans.cli` commands.
"""
from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

    from reltrans.pipeline import TranslateSummary


#: The width of a console that is no terminal and has no ``COLUMNS``: a CI log or a pipe,
#: where a table is printed at its own width, so no path or message is cut or folded.
LOG_WIDTH = 10_000


def stdout_console() -> "Console":
    """The console of tables and summaries: the terminal's width on a terminal; off a terminal
    ``COLUMNS`` when set (cells fold inside it), else every line in full (:data:`LOG_WIDTH`)."""
    from rich.console import Console

    return _off_terminal_in_full(Console(soft_wrap=False))


def stderr_console() -> "Console":
    from rich.console import Console

    return _off_terminal_in_full(Console(stderr=True, soft_wrap=False))


def _off_terminal_in_full(console: "Console") -> "Console":
    if not console.is_terminal and not os.environ.get("COLUMNS", "").strip():
        console.width = LOG_WIDTH
    return console


def shortening_width(console: "Console") -> int | None:
    """The width :func:`fit_to_width` shortens cells to: the terminal's; None off a terminal,
    where a log keeps every path whole (folded inside ``COLUMNS`` when it is set)."""
    return console.width if console.is_terminal else None


@contextlib.contextmanager
def progress_bar(description: str, *, enabled: bool = True, download: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A ``(done, total)`` callback drawing a rich progress bar on stderr (no-op when disabled
    or when stderr is not a terminal). ``download``: counts are bytes (size and speed shown)."""
    console = stderr_console()
    if not enabled or not console.is_terminal:
        yield lambda done, total: None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    counts = (DownloadColumn(), TransferSpeedColumn()) if download else (MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), *counts, console=console, transient=True) as progress:
        task = progress.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total or None)

        yield update


def render_translate_summary(summary: "TranslateSummary", console: "Console") -> None:
    """The end-of-run table: per file, then totals and speed."""
    from rich.table import Table

    table = Table(title="reltrans translate", show_footer=True)
    if any(f.unmet for f in summary.files):
        table.caption = "unmet terms: glossary terms not placed in fuzzy entries; `reltrans check` counts the same (RT105, or RT101 where it reports the term missing)"
    seconds = max(summary.seconds, 1e-9)
    table.add_column("file", footer="total", overflow="fold")
    table.add_column("segments", justify="right", footer=str(summary.segments))
    table.add_column("entries", justify="right", footer=str(sum(f.entries for f in summary.files)))
    table.add_column("words", justify="right", footer=str(summary.words))
    table.add_column("model", justify="right", footer=str(sum(f.from_model for f in summary.files)))
    table.add_column("memory", justify="right", footer=str(sum(f.from_memory for f in summary.files)))
    table.add_column("kept", justify="right", footer=str(sum(f.kept for f in summary.files)))
    table.add_column("unmet terms", justify="right", footer=str(sum(f.unmet for f in summary.files)))
    rows = [
        [item.source.name, str(item.segments), str(item.entries), str(item.words),
         str(item.from_model), str(item.from_memory), str(item.kept), str(item.unmet)]
        for item in summary.files
    ]
    headers = ["file", "segments", "entries", "words", "model", "memory", "kept", "unmet terms"]
    for row in fit_to_width(headers, rows + [["total", *(str(c.footer) for c in table.columns[1:])]], shortening_width(console))[:-1]:
        table.add_row(*row)
    console.print(table)
    for item in summary.files:
        console.print(f"wrote {item.output}" if item.written else f"up to date: {item.output}", soft_wrap=True)
    console.print(
        f"{summary.segments} segments in {summary.seconds:.2f} s "
        f"({summary.segments / seconds:.1f} segments/s)  signature: {summary.signature}"
    )
    if getattr(summary, "executor", "local") != "local":
        console.print(f"executor: {summary.executor}, {summary.model_loads} model load(s)", soft_wrap=True)
    for line in getattr(summary, "retried", ()):
        console.print(f"retried: {line}", soft_wrap=True)


def print_table(rows: Sequence[dict[str, object]], columns: Sequence[str]) -> None:
    """A plain rich table of ``rows`` (dicts) on stdout; when it is wider than the terminal (80
    columns when not one), the widest column's cells are shortened in the middle."""
    from rich.table import Table

    console = stdout_console()
    cells = [[str(row[c]) for c in columns] for row in rows]
    if cells:
        widest = max(range(len(columns)), key=lambda i: max(len(r[i]) for r in cells))
        cells = fit_to_width(list(columns), cells, shortening_width(console), shrink=widest)
    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*row)
    console.print(table)


def shorten_middle(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, its middle replaced by "…": the start and the
    end of a path say which file it is (a cut end would not); the end, where the file name is,
    keeps two thirds of the room."""
    if len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    tail = 2 * (width - 1) // 3
    head = width - 1 - tail
    return text[:head] + "…" + (text[-tail:] if tail else "")


#: Narrowest a shortened column gets, however many other columns there are.
MIN_SHRUNK_COLUMN = 12


def fit_to_width(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None, *, shrink: int = 0) -> list[list[str]]:
    """``rows`` with column ``shrink`` shortened in the middle (:func:`shorten_middle`) so that a
    rich table of them (one space of padding each side, a border between columns and around)
    fits in ``width`` columns; ``width`` None (off a terminal, see :func:`shortening_width`):
    the rows as they are, nothing cut."""
    if width is None:
        return [list(row) for row in rows]
    columns = len(headers)
    natural = [max([len(headers[i])] + [len(row[i]) for row in rows]) for i in range(columns)]
    frame = 1 + 3 * columns  # "│ " + " │" per column, minus the shared borders
    others = sum(natural) - natural[shrink]
    room = max(MIN_SHRUNK_COLUMN, len(headers[shrink]), width - frame - others)
    return [[shorten_middle(cell, room) if i == shrink else cell for i, cell in enumerate(row)] for row in rows]


def print_warnings(lines: Sequence[str]) -> None:
    """Warnings as plain lines on stderr."""
    import click

    for line in lines:
        click.echo(line, err=True)
