"""``reltrans extract``: gettext templates (POT) of source releases."""
from __future__ import annotations

from pathlib import Path

import click

from reltrans.cli.common import handle_errors, language_code


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--from", "source_lang", callback=language_code, help="Source language (default: project configuration, else fr).")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), help="Write <stem>.pot in this folder, created if missing (default: beside each source).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "html"]), help="Source format (default: from the extension).")
@click.option("--invalid-bytes", type=click.Choice(["refuse", "replace"]), default="refuse", show_default=True, help="As for translate.")
@click.option("--keep-chrome", is_flag=True, help="Keep site chrome (menus, labels), as translate --keep-chrome.")
@click.option("--wrap/--no-wrap", default=None, help="Wrap strings at 79 columns as msgcat does (default: wrap in reltrans.toml, else unwrapped).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the paths written.")
def extract(
    sources: tuple[Path, ...], source_lang: str | None, output_dir: Path | None, fmt: str | None,
    invalid_bytes: str, keep_chrome: bool, wrap: bool | None, quiet: bool,
) -> None:
    """Write a gettext template <stem>.pot of each SOURCE: the sentences translate would
    write, without translations (for msgmerge, msginit and Weblate)."""
    from reltrans.config import load_config
    from reltrans.extract import extract_templates

    with handle_errors():
        config = load_config()
        results = extract_templates(
            sources, output_dir=output_dir, source_lang=source_lang or config.source_lang or "fr", fmt=fmt,
            invalid_bytes=invalid_bytes, keep_chrome=keep_chrome, wrap=bool(config.wrap if wrap is None else wrap),
        )
    for result in results:
        if quiet:
            if result.written:
                click.echo(str(result.output))
        else:
            state = "wrote" if result.written else "up to date:"
            click.echo(f"{state} {result.output} ({result.entries} entries)")
