"""The one exception tree of reltrans, and the exit codes, documented in one place.

The library raises these; only :mod:`reltrans.cli` prints them and exits.
Every error renders as one line: ``path:line: CODE message`` (path and line when known).
``build`` lists each segment it refuses as ``source:line: E-UNTRANSLATED|E-FUZZY|E-MISSING-FROM-PO
msgid`` before its E-INCOMPLETE line; warnings are ``path: W-CODE message`` (W-ENCODING).

Exit codes
----------
===  ==========================================================================
0    success; ``check``: no finding at or above the failing severity
1    ``check``/``glossary validate``: findings at or above the failing severity;
     ``build``: untranslated or fuzzy entries without ``--allow-fuzzy``/``--fallback-source``
2    usage error (bad option, missing argument) -- click's own code
3    unreadable or invalid input: source document, PO file, glossary, TBX/CSV, TM, configuration
4    model problem: no model for the language pair, corrupt or incompatible package, unsafe archive
5    output problem: cannot write, target exists (use ``--force``), file locked by another run
6    network problem during ``models install`` (the only command that uses the network)
130  interrupted (Ctrl-C); every file on disk is left as it was
===  ==========================================================================
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_MODEL = 4
EXIT_OUTPUT = 5
EXIT_NETWORK = 6
EXIT_INTERRUPTED = 130


class ReltransError(Exception):
    """Base of every error reltrans raises on purpose.

    ``code`` is a stable short identifier (e.g. ``E-INPUT``), ``path``/``line`` locate the
    problem when known. ``str(error)`` is the one-line diagnostic.
    """

    exit_code: int = EXIT_INPUT
    code: str = "E-RELTRANS"

    def __init__(self, message: str, *, path: object | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return _one_line(f"{where}{self.code} {self.message}")


def _one_line(text: str) -> str:
    """A diagnostic stays one line even when a file name or a quoted input holds a line break
    or another control character: those are shown escaped (``\\n``), as ``repr`` would."""
    import unicodedata

    if text.isprintable():
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


class UsageError(ReltransError):
    """Options that cannot work together (beyond what click validates)."""

    exit_code = EXIT_USAGE
    code = "E-USAGE"


class InputError(ReltransError):
    """A source document that cannot be read: missing, directory, binary, undecodable, empty."""

    exit_code = EXIT_INPUT
    code = "E-INPUT"


class CatalogError(InputError):
    """A PO file that cannot be parsed or is invalid (syntax, charset, duplicates, truncation)."""

    code = "E-PO"


class GlossaryError(InputError):
    """A glossary (own format, TBX, CSV/TSV) that cannot be read or is invalid."""

    code = "E-GLOSSARY"


class ConfigError(InputError):
    """A project configuration (``reltrans.toml``, ``[tool.reltrans]``) that cannot be used."""

    code = "E-CONFIG"


class MemoryStoreError(InputError):
    """A translation memory (SQLite or TMX) that cannot be read."""

    code = "E-TM"


class ModelError(ReltransError):
    """A translation model that is missing, corrupt, unsafe or for the wrong pair."""

    exit_code = EXIT_MODEL
    code = "E-MODEL"


class ModelNotFoundError(ModelError):
    """No installed model for the requested language pair."""

    code = "E-NO-MODEL"


class PackageArchiveError(ModelError):
    """An ``.argosmodel`` archive that is malformed or unsafe (zip-slip, symlink, bomb)."""

    code = "E-ARCHIVE"


class OutputError(ReltransError):
    """An output that cannot be written, or would overwrite work without ``--force``."""

    exit_code = EXIT_OUTPUT
    code = "E-OUTPUT"


class LockedError(OutputError):
    """Another reltrans run holds the lock on this file."""

    code = "E-LOCKED"


class IncompleteTranslationError(ReltransError):
    """``build``: the PO leaves segments untranslated or fuzzy and no fallback was allowed.

    ``gaps`` lists them (objects with ``line``, ``msgid``, ``reason``). ``header_only``: the PO
    holds no entry at all, so every sentence is missing and one line says why (the CLI lists no
    gap)."""

    exit_code = EXIT_FINDINGS
    code = "E-INCOMPLETE"

    def __init__(self, gaps: tuple[object, ...], *, path: object, message: str | None = None, header_only: bool = False) -> None:
        super().__init__(
            message or f"{len(gaps)} segment(s) untranslated or fuzzy; use --allow-fuzzy or --fallback-source",
            path=path,
        )
        self.gaps = gaps
        self.header_only = header_only


class NetworkError(ReltransError):
    """A download for ``models install`` failed."""

    exit_code = EXIT_NETWORK
    code = "E-NETWORK"
