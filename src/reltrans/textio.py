"""Reading source documents as text, and writing them back byte for byte.

:func:`read_source` reads the raw bytes (never universal-newline mode, so ``\\r\\n`` and ``\\r``
survive), recognises a byte-order mark (UTF-8, UTF-16, UTF-32), otherwise tries strict UTF-8 and
falls back to cp1252 (then latin-1) with a warning. Binary files, UTF-16 without a BOM, empty
files and undecodable content are refused with a one-line :class:`~reltrans.errors.InputError`.
:func:`encode_text` is the inverse: ``encode_text(d.text, d.encoding, d.bom)`` gives back the
original bytes.

Memory: the file is read once (a 50 MB file costs the bytes plus the decoded string); binary
detection looks at the first :data:`SNIFF_BYTES` bytes only, apart from a whole-file NUL test.
"""
from __future__ import annotations

import codecs
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reltrans.errors import InputError

SNIFF_BYTES = 65536
"""How many leading bytes are inspected for control characters and text-likeness."""

MAX_CONTROL_SHARE = 0.02
"""Above this share of control characters (other than tab, newlines, form feed) a file is binary."""

MIN_TEXT_SHARE = 0.95
"""A legacy (cp1252/latin-1) decoding is accepted only if this share of characters is text-like."""

# (bom bytes, codec name) -- UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"%PDF-", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff",
    b"\x7fELF", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"SQLite format 3",
)

# ASCII control bytes that never occur in text (everything below 0x20 except \t \n \v \f \r, and DEL).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)) + b"\x7f"


@dataclass(frozen=True)
class DecodedText:
    """A decoded source: ``text`` without the BOM, newlines untouched.

    ``encoding`` is a Python codec name (``utf-8``, ``utf-16-le``, ``cp1252``, ...); ``bom`` says
    whether the file started with a byte-order mark; ``warnings`` are one-line notes such as
    ``"decoded as cp1252 (not valid UTF-8)"``.
    """

    text: str
    encoding: str
    bom: bool
    warnings: tuple[str, ...] = ()


def read_source(path: str | os.PathLike[str]) -> DecodedText:
    """Read and decode a source document.

    Raises :class:`InputError` (one line, naming ``path``) for a missing file, a directory, an
    unreadable file, empty or whitespace-only content, binary content, UTF-16 without BOM and
    undecodable bytes.
    """
    source = Path(path)
    data = _read_bytes(source)
    decoded = decode_bytes(data, path=source)
    if not decoded.text.strip():
        raise InputError("file is empty (nothing but whitespace)", path=source)
    return decoded


def decode_bytes(data: bytes, *, path: object | None = None) -> DecodedText:
    """Decode ``data`` as :func:`read_source` does (``path`` only names the file in errors)."""
    if not data:
        raise InputError("file is empty", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom):], encoding, path)
    _refuse_binary(data, path)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for legacy in ("cp1252", "latin-1"):
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text[:SNIFF_BYTES]):
            return DecodedText(text, legacy, False, (f"decoded as {legacy} (not valid UTF-8)",))
        break
    raise InputError(
        f"cannot decode: not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) and not legacy text; convert to UTF-8",
        path=path,
    )


def encode_text(text: str, encoding: str, bom: bool) -> bytes:
    """Encode ``text`` back to bytes: the inverse of :func:`read_source` for its result."""
    try:
        body = text.encode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeEncodeError as exc:
        raise InputError(
            f"cannot encode character {text[exc.start]!r} at offset {exc.start} as {encoding}"
        ) from None
    if not bom:
        return body
    return _bom_for(encoding) + body


def can_encode(text: str, encoding: str) -> bool:
    """Whether every character of ``text`` exists in ``encoding`` (False for unknown codecs)."""
    try:
        text.encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def _bom_for(encoding: str) -> bytes:
    name = codecs.lookup(encoding).name
    for bom, codec in _BOMS:
        if codecs.lookup(codec).name == name:
            return bom
    raise InputError(f"encoding {encoding!r} has no byte-order mark")


def _read_bytes(source: Path) -> bytes:
    try:
        if source.is_dir():
            raise InputError("is a directory, expected a file", path=source)
        return source.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=source) from None
    except PermissionError:
        raise InputError("permission denied", path=source) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", path=source) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=source) from None


def _decode_with_bom(body: bytes, encoding: str, path: object | None) -> DecodedText:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {encoding} despite its byte-order mark (offset {exc.start})", path=path
        ) from None
    if _control_share(text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        raise InputError("binary content (control characters), not a text document", path=path)
    return DecodedText(text, encoding, True)


def _refuse_binary(data: bytes, path: object | None) -> None:
    if data.startswith(_BINARY_SIGNATURES):
        raise InputError("binary file (archive, image or PDF), not a text document", path=path)
    if b"\x00" in data:
        if _looks_like_utf16(data[:SNIFF_BYTES]):
            raise InputError("looks like UTF-16 without BOM; convert to UTF-8", path=path)
        raise InputError("binary content (NUL bytes), not a text document", path=path)
    head = data[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(head):
        raise InputError("binary content (control characters), not a text document", path=path)


def _looks_like_utf16(head: bytes) -> bool:
    """NULs concentrated on one byte parity, as in ASCII-range text stored as UTF-16."""
    pairs = len(head) // 2
    if pairs == 0:
        return False
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    return max(even_nuls, odd_nuls) >= 0.3 * pairs and min(even_nuls, odd_nuls) <= 0.05 * pairs


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\v\f\r\x85")
    return controls / len(text)


def _looks_like_text(sample: str) -> bool:
    """Mostly letters, digits, punctuation and spaces: a real legacy-encoded document."""
    if not sample:
        return False
    texty = sum(1 for ch in sample if ch in "\t\n\r" or unicodedata.category(ch)[0] in "LMNPSZ")
    return texty >= MIN_TEXT_SHARE * len(sample) and _control_share(sample) <= MAX_CONTROL_SHARE
