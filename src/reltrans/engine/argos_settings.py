"""The Argos Translate settings an administrator sets for argospm and LibreTranslate, read the
way ``argostranslate/settings.py`` reads them, without importing it (its import creates folders).

Each setting comes from the environment, else from Argos' ``settings.json``
(``$XDG_CONFIG_HOME/argos-translate/settings.json``, ``~/.config/...`` by default; under snap,
``$SNAP_USER_DATA`` replaces ``~``). An empty environment variable counts as unset (Argos
would fail on it).

Where a reltrans command-line option exists it wins; the order is::

    command-line option  >  ARGOS_* environment variable  >  Argos settings.json  >  built-in default

(``reltrans.toml`` holds no decoding settings, so it does not take part.) Settings read:

* ``ARGOS_DEVICE_TYPE`` (``translate --device``): ``cpu``, ``cuda`` or ``auto``; default cpu.
* ``ARGOS_COMPUTE_TYPE`` (``--compute-type``): a CTranslate2 compute type; ``auto`` means what
  it means in Argos, no compute type passed, i.e. the model's own: reltrans' ``default``.
* ``ARGOS_BEAM_SIZE`` (``--beam-size``): 1 to 64; default 4.
* ``ARGOS_INTER_THREADS`` (``--inter-threads``): 1 to 64; default 1.
* ``ARGOS_INTRA_THREADS`` (``--threads``): 0 to 256, 0 lets CTranslate2 choose; default 0.
* ``ARGOS_PACKAGES_DIR``: where packages are installed (:func:`packages_dir`).
* ``ARGOS_PACKAGE_INDEX`` (``models --index-url``): the index base URL, ``index.json`` appended.
* ``SNAP`` with ``SNAP_USER_DATA``: the home folder under snap, and the read-only package
  folders bundled with the snap (:func:`snap_package_dirs`).

A value that is not valid is a :class:`UsageError` (exit 2) naming the variable and where it
was set. ``ARGOS_BATCH_SIZE`` (sentences per batch) is not used: reltrans batches by tokens.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from reltrans.errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.translator import DecodeOptions

#: The compute types CTranslate2 accepts (``default``: the model's own; ``auto``: the fastest).
COMPUTE_TYPES = (
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32",
)
DEVICES = ("cpu", "cuda", "auto")

#: ARGOS_* setting -> (DecodeOptions field, lowest, highest) for the whole-number settings.
_NUMBERS = {
    "ARGOS_BEAM_SIZE": ("beam_size", 1, 64),
    "ARGOS_INTER_THREADS": ("inter_threads", 1, 64),
    "ARGOS_INTRA_THREADS": ("intra_threads", 0, 256),
}


def home() -> Path:
    """The home folder Argos uses: ``$SNAP_USER_DATA`` under snap, else the user's."""
    if "SNAP" in os.environ and os.environ.get("SNAP_USER_DATA"):
        return Path(os.environ["SNAP_USER_DATA"])
    return Path.home()


def settings_file() -> Path:
    """Argos' ``settings.json`` (it may not exist)."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or home() / ".config") / "argos-translate" / "settings.json"


def setting(key: str) -> str | None:
    """An Argos setting as text: the environment first, then ``settings.json``; None if unset."""
    found = _setting_with_origin(key)
    return found[0] if found else None


def _setting_with_origin(key: str) -> tuple[str, str] | None:
    value = os.environ.get(key)
    if value:
        return value, "environment"
    path = settings_file()
    with contextlib.suppress(OSError, ValueError, RecursionError):
        data = _read_settings_json(path)
        if isinstance(data, dict):
            raw = data.get(key)
            if isinstance(raw, bool):
                raw = None
            if isinstance(raw, (str, int)) and str(raw):
                return str(raw), str(path)
    return None


def _read_settings_json(path: Path) -> object:
    """The parsed ``settings.json``; None when it does not exist or cannot be read. A file that
    is not valid JSON is ignored, as Argos ignores it ("Error decoding"), with a one-line
    :class:`UserWarning` naming it (printed as ``warning: ...`` by the commands)."""
    import warnings

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            warnings.warn(f"Argos settings file {path} is not UTF-8 text; ignored", stacklevel=2)
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:120] if isinstance(exc, ValueError) else "nested too deeply"
        warnings.warn(f"Argos settings file {path} is not valid JSON ({reason}); ignored", stacklevel=2)
        return None


def packages_dir() -> Path:
    """Where Argos (and reltrans) install packages: ``ARGOS_PACKAGES_DIR``, else
    ``$XDG_DATA_HOME/argos-translate/packages`` (``~/.local/share/...``). Not created here."""
    explicit = setting("ARGOS_PACKAGES_DIR")
    if explicit:
        return Path(explicit).expanduser()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home() / ".local" / "share")
    return data_home / "argos-translate" / "packages"


def snap_package_dirs() -> list[Path]:
    """The read-only package folders Argos also searches under snap: ``$SNAP/snap_custom/packages``
    and every folder of ``$SNAP/snap_custom/content_snap_packages``, those that exist."""
    snap = os.environ.get("SNAP")
    if not snap:
        return []
    custom = Path(snap) / "snap_custom"
    found: list[Path] = []
    with contextlib.suppress(OSError):
        if (custom / "packages").is_dir():
            found.append(custom / "packages")
    with contextlib.suppress(OSError):
        content = custom / "content_snap_packages"
        if content.is_dir():
            found += sorted(p for p in content.iterdir() if p.is_dir())
    return found


def decode_defaults(fields: Iterable[str] | None = None) -> dict[str, Any]:
    """The :class:`DecodeOptions` fields the Argos settings set (only those that are set; only
    ``fields``, when given: a setting the command line overrides is not even read).

    Raises :class:`UsageError` naming the setting and where it came from when a value is not valid.
    """
    wanted = set(fields) if fields is not None else {"device", "compute_type", *(f for f, _, _ in _NUMBERS.values())}
    out: dict[str, Any] = {}
    device = _setting_with_origin("ARGOS_DEVICE_TYPE") if "device" in wanted else None
    if device:
        value = device[0].strip().lower()
        if value not in DEVICES:
            _invalid("ARGOS_DEVICE_TYPE", device, f"one of {', '.join(DEVICES)}")
        out["device"] = value
    compute = _setting_with_origin("ARGOS_COMPUTE_TYPE") if "compute_type" in wanted else None
    if compute:
        value = compute[0].strip().lower()
        if value not in COMPUTE_TYPES:
            _invalid("ARGOS_COMPUTE_TYPE", compute, f"a CTranslate2 compute type ({', '.join(COMPUTE_TYPES)})")
        # Argos' "auto" passes no compute type to CTranslate2: the model's own, reltrans' "default".
        out["compute_type"] = "default" if value == "auto" else value
    for key, (field, low, high) in _NUMBERS.items():
        found = _setting_with_origin(key) if field in wanted else None
        if not found:
            continue
        try:
            number: int | None = int(found[0].strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            _invalid(key, found, f"a whole number from {low} to {high}")
        out[field] = number
    return out


def decode_options(**given: Any) -> "DecodeOptions":
    """:class:`DecodeOptions` from the options given (None: not given), else the Argos settings,
    else reltrans' defaults (Argos' own)."""
    import dataclasses

    from reltrans.engine.translator import DecodeOptions

    explicit = {key: value for key, value in given.items() if value is not None}
    unset = [f.name for f in dataclasses.fields(DecodeOptions) if f.name not in explicit]
    return DecodeOptions(**{**decode_defaults(unset), **explicit})


def _invalid(key: str, found: tuple[str, str], expected: str) -> None:
    value, origin = found
    where = "in the environment" if origin == "environment" else f"in {origin}"
    raise UsageError(f"{key}={value[:60]!r} {where}: expected {expected}")
