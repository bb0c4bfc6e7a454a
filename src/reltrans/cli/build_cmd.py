"""``reltrans build``: rebuild the translated release from a reviewed PO file."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from reltrans.cli.common import handle_errors


@click.command()
@click.argument("source", type=click.Path(dir_okay=True, readable=False, path_type=Path))
@click.argument("po", type=click.Path(dir_okay=True, readable=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout (never over SOURCE or PO).")
@click.option("--allow-fuzzy", is_flag=True, help="Use fuzzy (draft) translations instead of refusing.")
@click.option("--fallback-source", is_flag=True, help="Keep the source sentence where there is no usable translation.")
@click.option("--keep-chrome", is_flag=True, help="Keep site chrome (menus, labels) in the release: translated where the PO has it, else as in the source.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "html", "docx"]), help="Source format (default: from the extension: .md, .html/.htm, .docx).")
def build(source: Path, po: Path, output: Path | None, allow_fuzzy: bool, fallback_source: bool, keep_chrome: bool = False, fmt: str | None = None) -> None:
    """Rebuild SOURCE translated with the entries of PO, in the source's format and layout.

    Untranslated or fuzzy entries are an error listing them (exit 1), unless --allow-fuzzy
    or --fallback-source is given. Target typography is applied to translated sentences.
    -o never names SOURCE or PO (exit 5); an existing output is kept as NAME~. Site chrome
    (menus, breadcrumbs, "Partager"... lines: see reltrans segment) is left out unless
    --keep-chrome.
    """
    from reltrans.build import IncompleteTranslationError, MissingPolicy, build_document
    from reltrans.fsutil import atomic_write, refuse_writing_over_inputs

    policy = {
        (False, False): MissingPolicy.STRICT,
        (True, False): MissingPolicy.ALLOW_FUZZY,
        (False, True): MissingPolicy.FALLBACK_SOURCE,
        (True, True): MissingPolicy.FUZZY_THEN_SOURCE,
    }[(allow_fuzzy, fallback_source)]
    with handle_errors():
        if output is not None:
            refuse_writing_over_inputs(output, [source, po])
        try:
            result = build_document(source, po, policy=policy, keep_chrome=keep_chrome, fmt=fmt)
        except IncompleteTranslationError as exc:
            # a header-only PO misses every sentence: its one E-INCOMPLETE line says so
            for gap in () if exc.header_only else exc.gaps:
                click.echo(f"{source}:{gap.line}: {gap.code} {gap.msgid[:70]}", err=True)
            raise
        for warning in result.warnings:
            click.echo(f"{source}: {warning}", err=True)
        if output is None:
            sys.stdout.buffer.write(result.data)
            sys.stdout.flush()
        else:
            atomic_write(output, result.data)
            click.echo(
                f"{output}: {result.translated} translated, {result.fuzzy_used} fuzzy drafts, "
                f"{len(result.fallbacks)} kept in the source language"
                + (f", {result.chrome_left_out} site chrome lines left out (--keep-chrome keeps them)" if result.chrome_left_out else ""),
                err=True,
            )
