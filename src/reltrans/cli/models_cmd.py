"""``reltrans models``: list, install and remove Argos Translate packages."""
from __future__ import annotations

import json
from pathlib import Path

import click

from reltrans.cli.common import handle_errors, language_code, language_pair_target, terminate_cleanly
from reltrans.engine.packages import DOWNLOAD_DEADLINE_S, IndexEntry
from reltrans.errors import UsageError


def _is_file(source: str) -> bool:
    try:
        return Path(source).is_file()
    except OSError:  # a name too long for the filesystem is not a file
        return False


def _index_name(entry: "IndexEntry") -> str:
    """``French -> English``; a code stands in for a name the index does not give."""
    return f"{entry.from_name or entry.from_code} -> {entry.to_name or entry.to_code}"


@click.group()
def models() -> None:
    """List, install and remove Argos Translate models.

    \b
    Models live in the Argos packages directory ($ARGOS_PACKAGES_DIR, default
    ~/.local/share/argos-translate/packages), shared with argospm and LibreTranslate.
    """


@models.command("list")
@click.option("--available", is_flag=True, help="List the packages offered by the index (uses the network).")
@click.option("--index-url", metavar="URL", help="Package index (default: $ARGOS_PACKAGE_INDEX or the Argos index).")
@click.option("--allow-http", is_flag=True, help="Accept a plain-http (unencrypted) index URL.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_cmd(available: bool, index_url: str | None, allow_http: bool, fmt: str) -> None:
    """Show installed models (or, with --available, the index).

    \b
    in_use: the package reltrans translates with for its pair (the highest version when
    several are installed, e.g. by argospm); Argos' sentence-boundary (sbd) packages are
    not translation packages and are not listed.
    """
    from reltrans.console import print_table
    from reltrans.engine import packages

    with handle_errors():
        if available:
            rows = [
                {"from": e.from_code, "to": e.to_code, "version": e.package_version, "name": _index_name(e), "links": list(e.links)}
                for e in packages.fetch_index(index_url, allow_http=allow_http)
            ]
            columns = ("from", "to", "version", "name")
        else:
            installed = packages.list_installed()
            used = packages.in_use(installed)
            rows = [
                {
                    "from": p.from_code, "to": p.to_code, "version": p.package_version, "name": p.name,
                    "path": str(p.path), "in_use": p.path in used,
                }
                for p in installed
            ]
            if fmt == "table":
                rows = [{**row, "in_use": "yes" if row["in_use"] else "no"} for row in rows]
            columns = ("from", "to", "version", "in_use", "name", "path")
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not rows:
            where = "in the index" if available else f"in {packages.packages_dir()}"
            if not available and packages.packages_dir().is_file():
                where += ": it is a file, not a folder (check ARGOS_PACKAGES_DIR)"
            click.echo(f"no models {where}", err=True)
        else:
            print_table(rows, columns)


@models.command("install")
@click.argument("source", metavar="FROM_CODE|PATH.argosmodel")
@click.argument("target", metavar="[TO_CODE]", required=False, callback=language_pair_target)
@click.option("--index-url", metavar="URL", help="Package index (default: $ARGOS_PACKAGE_INDEX or the Argos index).")
@click.option("--allow-http", is_flag=True, help="Accept plain-http (unencrypted) index and download URLs.")
@click.option("--allow-redirects", is_flag=True, help="Follow redirects to another host (refused by default).")
@click.option(
    "--deadline",
    type=click.FloatRange(min=1),
    default=DOWNLOAD_DEADLINE_S,
    show_default=True,
    metavar="SECONDS",
    help="Give up when the whole download (index and package) takes longer.",
)
@click.option("--keep-old", is_flag=True, help="Keep the older versions of the pair (by default the new one replaces them, as Argos' update does).")
def install_cmd(
    source: str, target: str | None, index_url: str | None, allow_http: bool, allow_redirects: bool, deadline: float, keep_old: bool,
) -> None:
    """Install a model: `install fr en` downloads it, `install FILE.argosmodel` is offline.

    \b
    Every package is checked before it replaces anything: member paths stay inside the
    package, size and compression limits, and a load test (CTranslate2 model, tokenizer,
    one short translation). A folder of another language pair is never replaced.
    Once it is in place, the older versions of the pair are removed (--keep-old keeps
    them); a newer one stays, and stays in use. An Argos sentence-boundary (sbd) package
    is installed for Argos but is not a translation package.
    Downloads: https only (unless --allow-http), redirects stay on the same host (unless
    --allow-redirects), a sha256 given by the index is verified, and --deadline bounds
    the whole download. Exit 4: refused package; 5: packages folder not writable;
    6: network problem; 130 Ctrl-C, 143 SIGTERM (after cleaning up: nothing half-installed).
    """
    from reltrans.console import progress_bar
    from reltrans.engine import packages

    with handle_errors(), terminate_cleanly():
        if target is None:
            if not (source.endswith(".argosmodel") or _is_file(source)):
                raise UsageError("give a language pair (install fr en) or an .argosmodel file")
            installed = packages.install_archive(source)
        else:
            with progress_bar(f"downloading {source}->{target}", download=True) as progress:
                installed = packages.install_from_index(
                    source, target, index_url=index_url, progress=progress,
                    allow_http=allow_http, allow_redirects=allow_redirects, deadline=deadline,
                )
        if installed.package_type != "translate":
            click.echo(
                f"installed {installed.name} {installed.package_version} in {installed.path}: "
                f"not a translation package (type {installed.package_type}), kept for Argos"
            )
            return
        click.echo(f"installed {installed.from_code}->{installed.to_code} {installed.package_version} in {installed.path}")
        removed = [] if keep_old else packages.remove_older_versions(installed)
        for old in removed:
            click.echo(f"replaced {old.pair} {old.package_version} ({old.path})")
        in_use = packages.find_package(installed.from_code, installed.to_code)
        if in_use.path != installed.path:
            click.echo(f"note: {in_use.pair} {in_use.package_version} ({in_use.path}) is newer and stays in use", err=True)


@models.command("remove")
@click.argument("source", metavar="FROM_CODE", callback=language_code)
@click.argument("target", metavar="TO_CODE", callback=language_code)
def remove_cmd(source: str, target: str) -> None:
    """Remove the installed model for a language pair."""
    from reltrans.engine import packages

    with handle_errors(), terminate_cleanly():
        removed = packages.remove_package(source, target)
        click.echo(f"removed {removed.from_code}->{removed.to_code} {removed.package_version} ({removed.path})")
