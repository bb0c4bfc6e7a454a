"""The ``reltrans`` command line: parse options, call one library function, render, exit.

Subcommands live one module each in this package and are imported only when invoked, so
``reltrans --help`` and ``reltrans check`` never import ctranslate2. Exit codes: see
:mod:`reltrans.errors`.
"""
from __future__ import annotations

import importlib
from typing import Any

import click

from reltrans import __version__

# name -> (module, attribute, short help). The help is repeated here so that listing the
# commands does not import them.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "translate": ("reltrans.cli.translate_cmd", "translate", "Segment, machine-translate and write PO files."),
    "build": ("reltrans.cli.build_cmd", "build", "Rebuild the translated release from a reviewed PO file."),
    "check": ("reltrans.cli.check_cmd", "check", "Glossary and QA checks on PO files (for CI)."),
    "status": ("reltrans.cli.check_cmd", "status", "Translated / fuzzy / untranslated counts per PO file."),
    "models": ("reltrans.cli.models_cmd", "models", "List, install and remove Argos Translate models."),
    "glossary": ("reltrans.cli.glossary_cmd", "glossary", "List, look up, validate, import and export glossaries."),
    "tm": ("reltrans.cli.tm_cmd", "tm", "Translation memory: import, export, stats."),
    "eval": ("reltrans.cli.eval_cmd", "eval", "Measure term success rate, chrF and BLEU of a model plus glossary."),
    "extract": ("reltrans.cli.extract_cmd", "extract", "Write gettext templates (POT) of source releases."),
    "segment": ("reltrans.cli.translate_cmd", "segment", "Show how a release is cut into sentences."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module_name, attr, _ = spec
        return getattr(importlib.import_module(module_name), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reltrans")
def cli() -> None:
    """Turn press releases into reviewable translations.

    \b
    Workflow:  reltrans translate release.fr.txt --from fr --to en
               (review release.fr.en.po in Poedit, Lokalize or Weblate)
               reltrans check release.fr.en.po
               reltrans build release.fr.txt release.fr.en.po -o release.en.txt

    Exit codes: 0 ok, 1 findings, 2 usage, 3 bad input, 4 model, 5 output, 6 network,
    130 interrupted.
    """


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point.

    click's standalone mode, except that Ctrl-C at any point (even before a command's own
    handler runs, where click would print "Aborted!" and exit 1) prints ``interrupted`` and
    exits 130, as the commands do.
    """
    import errno
    import os
    import sys

    from reltrans.errors import EXIT_INTERRUPTED

    try:
        try:
            result = cli.main(args=argv, prog_name="reltrans", standalone_mode=False)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the reader went away
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)
    except (KeyboardInterrupt, click.Abort):
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
