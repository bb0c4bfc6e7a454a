"""Language codes: validate and normalise every code a user gives (options, ``reltrans.toml``).

A language code becomes part of a file name (``<stem>.<to>.po``) and of PO header fields, so
only well-formed codes pass, before any path or header is built:

- an ISO 639-1 code (``fr``), an ISO 639-3 code of a language that has no 639-1 code
  (``frr``, North Frisian; ``cmn``, Mandarin), or one of Argos' own package codes (``zt``, ``pb``);
- optionally followed by BCP 47 subtags: a script (ISO 15924, ``zh-Hant``), a region
  (ISO 3166-1 alpha-2 or three UN M.49 digits: ``pt-BR``, ``es-419``) and variants
  (``de-CH-1996``). ``_`` is read as ``-`` (gettext writes ``pt_BR``).

Case is normalised the BCP 47 way (``PT_br`` -> ``pt-BR``, ``ZH-HANT`` -> ``zh-Hant``). An ISO
639-2 or 639-3 code of a language that has a 639-1 code (``fra``, ``fre``, ``eng``) is refused
and the two-letter code suggested, as BCP 47 itself requires: models, glossaries and PO files
use the two-letter codes, and two spellings of one language would split them.

Pure Python, no third-party import; the code lists are in :mod:`reltrans.langcodes_data`.
"""
from __future__ import annotations

import functools
import os
from typing import Mapping

from reltrans.errors import ReltransError, UsageError

#: Longest code considered (BCP 47 asks implementations to support at least 35 characters).
MAX_LENGTH = 35

#: Codes withdrawn from ISO 639-1, and their replacements.
DEPRECATED_639_1: Mapping[str, str] = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}

#: Country codes and abbreviations often typed for a language (none of them a language code).
COMMON_MISTAKES: Mapping[str, str] = {
    "jp": "ja", "cn": "zh", "gr": "el", "dk": "da", "cz": "cs", "kr": "ko", "vn": "vi", "ua": "uk",
    "al": "sq", "il": "he", "ir": "fa", "us": "en", "gb": "en", "at": "de", "sp": "es", "esp": "es",
    "jap": "ja", "ned": "nl", "francais": "fr", "français": "fr", "anglais": "en", "deutsch": "de",
    "espanol": "es", "español": "es", "castellano": "es", "italiano": "it", "portugues": "pt",
    "português": "pt", "greek": "el", "farsi": "fa",
}

#: ISO 639 codes that name no language (uncoded, multiple, undetermined, no linguistic content).
SPECIAL_639 = frozenset({"mis", "mul", "und", "zxx"})

#: Codes of Argos Translate packages that are not ISO 639 codes (Chinese, Traditional;
#: Portuguese, Brazil), accepted so that their models can be installed and used.
ARGOS_CODES: Mapping[str, str] = {"zt": "Chinese (Traditional)", "pb": "Portuguese (Brazil)"}

#: Region codes often typed for another one.
REGION_MISTAKES: Mapping[str, str] = {"UK": "GB"}

#: BCP 47 regions outside ISO 3166-1 that IANA registers for common use.
EXTRA_REGIONS = frozenset({"EU", "UN"})


def canonical(code: object) -> str | None:
    """``code`` in its normal form (``pt-BR``, ``zh-Hant``, ``frr``), or None when it is not a
    language code reltrans accepts (see the module docstring)."""
    if not isinstance(code, str) or not code or len(code) > MAX_LENGTH or not code.isascii():
        return None
    parts = code.replace("_", "-").split("-")
    if not all(part.isalnum() for part in parts):
        return None
    language = parts[0].lower()
    if not _is_primary_language(language):
        return None
    rest = parts[1:]
    out = [language]
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        script = rest.pop(0).title()
        if script not in _tables().scripts:
            return None
        out.append(script)
    if rest and (len(rest[0]) == 2 and rest[0].isalpha() or len(rest[0]) == 3 and rest[0].isdigit()):
        region = rest.pop(0).upper()
        if region.isalpha() and region not in _tables().regions:
            return None
        out.append(region)
    seen: set[str] = set()
    for variant in rest:
        variant = variant.lower()
        well_formed = 5 <= len(variant) <= 8 or (len(variant) == 4 and variant[0].isdigit())
        if not well_formed or variant in seen:
            return None
        seen.add(variant)
        out.append(variant)
    return "-".join(out)


def is_valid(code: object) -> bool:
    """Whether ``code`` is a language code reltrans accepts (in any letter case)."""
    return canonical(code) is not None


def primary_language(code: str) -> str:
    """The language subtag of a valid code: ``pt-BR`` -> ``pt``."""
    return code.replace("_", "-").split("-")[0].lower()


def language_name(code: str) -> str | None:
    """The English name of the language of an ISO 639-1 based code (``pt-BR`` -> Portuguese)."""
    return _tables().names.get(primary_language(code))


def suggest(code: object) -> str | None:
    """The closest valid code to ``code``: the code itself normalised when it is valid, the
    ISO 639-1 code of a 639-2/639-3 code (``fra``, ``fre`` -> ``fr``), the replacement of a
    withdrawn or mistaken code (``iw`` -> ``he``, ``jp`` -> ``ja``, ``en-UK`` -> ``en-GB``),
    the code of an English name (``French`` -> ``fr``), the nearest three-letter code or name
    for a typo (``frn`` -> ``fr``); None when nothing is close enough to say."""
    if not isinstance(code, str):
        return None
    text = code.strip()
    if not text or len(text) > 64:
        return None
    exact = canonical(text)
    if exact is not None:
        return exact
    parts = text.replace("_", "-").split("-")
    head, rest = parts[0].lower(), parts[1:]
    language = head if _is_primary_language(head) else _replacement_language(head)
    if language is None:
        return None
    fixed_rest = [REGION_MISTAKES.get(part.upper(), part) for part in rest]
    for candidate in ("-".join([language, *fixed_rest]), "-".join([language, *rest[:1]])):
        if canonical(candidate) is not None:
            return canonical(candidate)
    return language


def problem(code: object) -> str | None:
    """Why ``code`` is refused, in a few words with a suggestion; None when it is valid."""
    if canonical(code) is not None:
        return None
    suggestion = suggest(code)
    head = code.replace("_", "-").split("-")[0].lower() if isinstance(code, str) else ""
    if suggestion and head in _tables().to_639_1:
        name = language_name(suggestion)
        return f"use the ISO 639-1 code of {name}: did you mean {suggestion!r}?"
    reason = "not a language code (ISO 639-1 or BCP 47, e.g. 'fr' or 'pt-BR')"
    if suggestion:
        name = language_name(suggestion)
        reason += f"; did you mean {suggestion!r}" + (f" ({name})?" if name else "?")
    return reason


def shown(code: object) -> str:
    """``code`` quoted for a one-line message: control characters escaped, long input cut."""
    if not isinstance(code, str):
        return repr(code)
    return repr(code[:40]) + ("..." if len(code) > 40 else "")


def require(
    code: object,
    *,
    label: str = "language code",
    error: type[ReltransError] = UsageError,
    path: str | os.PathLike[str] | None = None,
) -> str:
    """``code`` normalised, or raise ``error`` (one line: ``LABEL 'code': reason; did you mean
    'fr'?``) when it is not a valid language code."""
    normal = canonical(code)
    if normal is None:
        raise error(f"{label} {shown(code)}: {problem(code)}", path=path)
    return normal


# --------------------------------------------------------------------------- tables
class _Tables:
    """The code lists, parsed once on first use."""

    def __init__(self) -> None:
        from reltrans import langcodes_data as data

        self.iso_639_1 = frozenset(row[0] for row in data.ISO_639_1)
        self.names = {row[0]: row[3] for row in data.ISO_639_1} | dict(ARGOS_CODES)
        self.to_639_1 = {
            alias: row[0] for row in data.ISO_639_1 for alias in row[1:3] if alias
        }
        self.iso_639_3 = frozenset(data.ISO_639_3.split())
        self.scripts = frozenset(data.ISO_15924.split())
        self.regions = frozenset(data.ISO_3166_1.split()) | EXTRA_REGIONS
        by_name: dict[str, str] = {}
        for code, _, _, name in data.ISO_639_1:
            for part in name.replace(";", ",").split(","):
                by_name.setdefault(part.split("(")[0].strip().lower(), code)
        self.by_name = by_name


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def _is_primary_language(subtag: str) -> bool:
    """A two-letter ISO 639-1 code, or a three-letter ISO 639-3 code with no 639-1 code."""
    tables = _tables()
    if len(subtag) == 2:
        return subtag in tables.iso_639_1 or subtag in ARGOS_CODES
    return len(subtag) == 3 and subtag in tables.iso_639_3 and subtag not in tables.to_639_1


def _replacement_language(head: str) -> str | None:
    """The valid language meant by an invalid language subtag or name, if one is clear."""
    import difflib

    tables = _tables()
    for table in (tables.to_639_1, DEPRECATED_639_1, COMMON_MISTAKES, tables.by_name):
        if head in table:
            return table[head]
    if head in SPECIAL_639 or "qaa" <= head <= "qtz":
        return None  # not a language: nothing to suggest
    if len(head) == 3 and head.isalpha():  # a typo in a three-letter code: 'frn' for 'fra'
        close = sorted(
            (k for k in tables.to_639_1 if len(k) == 3 and _one_edit(head, k)),
            key=lambda k: (-_common_prefix(head, k), k),
        )
        return tables.to_639_1[close[0]] if close else None
    if len(head) >= 4:  # a misspelt name: 'frensh'
        close = difflib.get_close_matches(head, list(tables.by_name), n=1, cutoff=0.8)
        return tables.by_name[close[0]] if close else None
    return None


def _one_edit(typed: str, known: str) -> bool:
    """One letter replaced, or two neighbours swapped (same length)."""
    differ = [i for i, (a, b) in enumerate(zip(typed, known)) if a != b]
    if len(differ) == 1:
        return True
    return len(differ) == 2 and differ[1] == differ[0] + 1 and typed[differ[0]] == known[differ[1]] and typed[differ[1]] == known[differ[0]]


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))
