"""``reltrans eval``: term success rate, term consistency, chrF and BLEU of model + glossary.

Only click is imported at module level; the model, sacrebleu and rich load when the command runs.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import click

from reltrans.cli.common import handle_errors, language_code

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.evaluate import EvalReport

_FILE = click.Path(path_type=Path, readable=False)


@click.command("eval")
@click.option("--source", type=_FILE, help="Source text to translate with the installed model.")
@click.option("--reference", type=_FILE, help="Reference translation of --source (for chrF and BLEU).")
@click.option("--po", "po_files", multiple=True, type=_FILE, help="Reviewed PO file (msgstr is the reference); repeatable.")
@click.option("--hypothesis-po", type=_FILE, help="Machine-translated PO to score against --po (default: translate the msgids).")
@click.option("--from", "source_lang", callback=language_code, help="Source language code (default: project configuration, else fr).")
@click.option("--to", "target_lang", callback=language_code, help="Target language code (default: project configuration, else en).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path, readable=False), help="Extra glossary (TOML, TBX, CSV); repeatable.")
@click.option("--no-bundled-glossary", is_flag=True, help="Do not load the bundled UN glossary.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-constrain", is_flag=True, help="Plain decoding, without glossary enforcement.")
def eval(  # noqa: A001 - the command is called eval
    source: Path | None,
    reference: Path | None,
    po_files: Sequence[Path],
    hypothesis_po: Path | None,
    source_lang: str | None,
    target_lang: str | None,
    glossaries: Sequence[Path],
    no_bundled_glossary: bool,
    fmt: str,
    no_constrain: bool,
) -> None:
    """Measure term success rate, term consistency, chrF and BLEU.

    \b
    reltrans eval --source release.fr.txt --reference release.en.txt
    reltrans eval --po reviewed.en.po [--hypothesis-po mt.en.po]
    """
    from reltrans.config import load_config
    from reltrans.evaluate import evaluate

    with handle_errors():
        config = load_config()
        glossary_paths, bundled = config.glossary_sources(glossaries, no_bundled=no_bundled_glossary)
        report = evaluate(
            source=source,
            reference=reference,
            po=tuple(po_files),
            hypothesis_po=hypothesis_po,
            source_lang=source_lang or config.source_lang or "fr",
            target_lang=target_lang or config.target_lang or "en",
            glossary_paths=glossary_paths,
            bundled_glossary=bundled,
            constrain=not no_constrain,
        )
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _render_table(report)


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _render_table(report: "EvalReport") -> None:
    from rich.table import Table

    from reltrans.console import stderr_console, stdout_console

    terms = report.terms
    table = Table(title=f"reltrans eval {report.source_lang}→{report.target_lang}: {report.system}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("detail")
    how = {True: "glossary-constrained", False: "plain decoding", None: "translations from the hypothesis PO"}[report.constrained]
    table.add_row("segments", str(report.segments), how)
    table.add_row("term success rate", _percent(terms.success_rate), f"{terms.met}/{terms.occurrences} term occurrences")
    table.add_row("term consistency", _percent(terms.consistency), f"{terms.consistent}/{terms.concepts} concepts with one variant")
    table.add_row("misses flagged", str(terms.flagged), "listed as unmet terms (entry left fuzzy)")
    table.add_row("misses silent", str(terms.silent), "not flagged")
    for metric in report.metrics:
        table.add_row(metric.name, f"{metric.score:.2f}", f"{report.level}-level")
    stdout_console().print(table)
    for metric in report.metrics:
        click.echo(f"{metric.name} signature: {metric.signature}")
    err = stderr_console()
    for note in report.notes:
        err.print(f"note: {note}", markup=False, highlight=False)
