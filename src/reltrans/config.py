"""Project configuration: ``reltrans.toml`` or ``[tool.reltrans]`` in ``pyproject.toml``.

Looked up from the working directory upwards; the first file found wins. Paths in it are
relative to the file's folder. Command-line options override it; ``--glossary`` adds to the
glossaries it names. Example::

    # reltrans.toml
    source_lang = "fr"
    target_lang = "en"
    glossaries = ["glossaries/agency-terms.toml"]
    bundled_glossary = true
    tm = "memory/tm.sqlite"
    last_translator = "Ana Pérez <ana@example.org>"   # PO header (default: "Automatically generated")
    language_team = "English <en-team@example.org>"   # PO header (default: "none")
    wrap = true                  # PO layout: wrap like msgcat (default: as the existing PO)
    update_draft = "comment"     # or "mt": a changed sentence's new draft goes in msgstr
    pivot = true                 # false: no fr->en->es chains when a pair has no package (--no-pivot)
    split_quotes = false         # true: cut a quotation with its attribution at its sentences (--split-quotes)
    people_names = true          # false: people's names found in a release are not do-not-translate terms (--no-people-names)

    executor = "local"           # or "ray": with ray_address, actors, gpus_per_actor (docs/scale.md)

    [check]                      # defaults of `reltrans check` (see docs/checks.md)
    ignore = ["RT503"]
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from reltrans.errors import ConfigError
from reltrans.langcodes import require as require_language

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAME = "reltrans.toml"
UPDATE_DRAFT_MODES = ("comment", "mt")
"""Where an update puts the new machine draft of a changed sentence (``update_draft``)."""
KNOWN_KEYS = frozenset({"source_lang", "target_lang", "glossaries", "bundled_glossary", "tm", "last_translator", "language_team", "wrap", "update_draft", "pivot", "check", "split_quotes", "people_names"})
#: Where ``translate`` runs the model (see :class:`reltrans.executors.ExecutorSettings`).
EXECUTOR_KEYS = frozenset({"executor", "ray_address", "actors", "gpus_per_actor"})


@dataclass(frozen=True)
class ProjectConfig:
    """Settings a project keeps in its repository."""

    path: Path | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    glossaries: tuple[Path, ...] = ()
    bundled_glossary: bool = True
    tm: Path | None = None
    last_translator: str | None = None
    language_team: str | None = None
    wrap: bool | None = None
    update_draft: str | None = None
    pivot: bool = True  # translate through another language when the pair has no package
    split_quotes: bool = False  # cut a quotation with its attribution (before, inside, after) at its inner sentence ends
    people_names: bool = True  # people's names found in each document are do-not-translate terms (reltrans.glossary.people)
    check: Any = None  # reltrans.checks.selection.CheckSettings from the [check] table
    executor: Any = None  # reltrans.executors.ExecutorSettings (executor, ray_address, actors, gpus_per_actor)

    def glossary_sources(self, extra: Sequence[Path] = (), *, no_bundled: bool = False) -> tuple[tuple[Path, ...], bool]:
        """Glossaries in effect: this configuration's, then ``extra`` ones (``--glossary``, which
        override); and whether the bundled glossary is used (unless configured off or refused)."""
        return self.glossaries + tuple(extra), self.bundled_glossary and not no_bundled


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``reltrans.toml``, or ``pyproject.toml`` with a ``[tool.reltrans]`` table."""
    folder = (start or Path.cwd()).resolve()
    for candidate_dir in (folder, *folder.parents):
        own = candidate_dir / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and _has_reltrans_table(pyproject):
            return pyproject
    return None


def load_config(start: Path | None = None) -> ProjectConfig:
    """The project configuration in effect for ``start`` (default: the working directory)."""
    path = find_config(start)
    if path is None:
        return ProjectConfig()
    data = _read_toml(path)
    table = data.get("tool", {}).get("reltrans", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError("[tool.reltrans] must be a table", path=path)
    return parse_config(table, path)


def parse_config(table: Mapping[str, Any], path: Path) -> ProjectConfig:
    """Validate a configuration table read from ``path``. Language codes are normalised
    (``pt_br`` -> ``pt-BR``); one that is not valid is a :class:`ConfigError` naming the key and
    the closest valid code (``target_lang 'fra': ... did you mean 'fr'?``)."""
    unknown = sorted(set(table) - KNOWN_KEYS - EXECUTOR_KEYS)
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_KEYS | EXECUTOR_KEYS))}", path=path)
    base = path.parent
    glossaries = table.get("glossaries", [])
    if not isinstance(glossaries, list) or not all(isinstance(g, str) for g in glossaries):
        raise ConfigError("glossaries must be a list of paths", path=path)
    for key in ("source_lang", "target_lang", "tm", "last_translator", "language_team", "update_draft"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{key} must be a string", path=path)
    for key in ("last_translator", "language_team"):
        if key in table and (not table[key].strip() or any(c < " " for c in table[key])):
            raise ConfigError(f"{key} must be one line of text, e.g. \"Name <email>\"", path=path)
    if "wrap" in table and not isinstance(table["wrap"], bool):
        raise ConfigError("wrap must be true or false", path=path)
    if table.get("update_draft", "comment") not in UPDATE_DRAFT_MODES:
        raise ConfigError(f"update_draft must be \"comment\" or \"mt\", not {table['update_draft']!r}", path=path)
    if "bundled_glossary" in table and not isinstance(table["bundled_glossary"], bool):
        raise ConfigError("bundled_glossary must be true or false", path=path)
    if "pivot" in table and not isinstance(table["pivot"], bool):
        raise ConfigError("pivot must be true or false", path=path)
    if "split_quotes" in table and not isinstance(table["split_quotes"], bool):
        raise ConfigError("split_quotes must be true or false", path=path)
    if "people_names" in table and not isinstance(table["people_names"], bool):
        raise ConfigError("people_names must be true or false", path=path)
    languages = {
        key: require_language(table[key], label=key, error=ConfigError, path=path)
        for key in ("source_lang", "target_lang")
        if key in table
    }
    return ProjectConfig(
        path=path,
        source_lang=languages.get("source_lang"),
        target_lang=languages.get("target_lang"),
        glossaries=tuple(base / g for g in glossaries),
        bundled_glossary=table.get("bundled_glossary", True),
        tm=base / table["tm"] if "tm" in table else None,
        last_translator=table.get("last_translator"),
        language_team=table.get("language_team"),
        wrap=table.get("wrap"),
        update_draft=table.get("update_draft"),
        pivot=table.get("pivot", True),
        split_quotes=table.get("split_quotes", False),
        people_names=table.get("people_names", True),
        check=_check_settings(table, path),
        executor=_executor_settings(table, path),
    )


def _executor_settings(table: Mapping[str, Any], path: Path) -> Any:
    """``executor``, ``ray_address``, ``actors``, ``gpus_per_actor`` as ExecutorSettings."""
    from reltrans.executors import EXECUTOR_KINDS, ExecutorSettings

    kind = table.get("executor", "local")
    if kind not in EXECUTOR_KINDS:
        raise ConfigError(f"executor must be one of {', '.join(EXECUTOR_KINDS)}, not {kind!r}", path=path)
    address = table.get("ray_address")
    if address is not None and (not isinstance(address, str) or not address.strip()):
        raise ConfigError("ray_address must be a non-empty string (ray://HOST:10001, HOST:6379 or auto)", path=path)
    actors = table.get("actors", 0)
    if isinstance(actors, bool) or not isinstance(actors, int) or actors < 0:
        raise ConfigError("actors must be a whole number, 0 (automatic) or more", path=path)
    gpus = table.get("gpus_per_actor", 0)
    if isinstance(gpus, bool) or not isinstance(gpus, (int, float)) or not 0 <= gpus <= 64:
        raise ConfigError("gpus_per_actor must be a number from 0 (CPU actors) to 64", path=path)
    return ExecutorSettings(kind=kind, address=address, actors=actors, gpus_per_actor=float(gpus))


def _check_settings(table: Mapping[str, Any], path: Path) -> Any:
    from reltrans.checks.selection import CheckSettings, parse_check_table

    if "check" not in table:
        return CheckSettings()
    try:
        return parse_check_table(table["check"])
    except ValueError as exc:
        raise ConfigError(str(exc), path=path) from None


def _has_reltrans_table(pyproject: Path) -> bool:
    try:
        tool = _read_toml(pyproject).get("tool", {})
    except ConfigError:
        return False  # somebody else's broken pyproject is not our configuration
    return isinstance(tool, dict) and "reltrans" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path=path) from None
