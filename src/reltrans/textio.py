"""Reading source documents as text, and writing them back byte for byte.

:func:`read_source` reads the raw bytes (never universal-newline mode, so ``\\r\\n`` and ``\\r``
survive), recognises a byte-order mark (UTF-8, UTF-16, UTF-32), otherwise decodes strict UTF-8.
A file that is UTF-8 apart from a few bad bytes is refused, naming the line of each bad byte
(``invalid_bytes="replace"`` substitutes U+FFFD instead, with a warning); only a file with no
valid UTF-8 multi-byte sequence at all falls back to cp1252 (then latin-1), with a warning that
gives the evidence. Special files (FIFOs, devices), files over :data:`MAX_INPUT_BYTES`, binary
files, UTF-16 without a BOM, empty files, files without visible text and undecodable content are
refused with a one-line :class:`~reltrans.errors.InputError`. :func:`encode_text` is the inverse:
``encode_text(d.text, d.encoding, d.bom)`` gives back the original bytes.

Memory: the file is read once (a 50 MB file costs the bytes plus the decoded string); binary
detection looks at the first :data:`SNIFF_BYTES` bytes only, apart from a whole-file NUL test.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reltrans.errors import InputError, ReltransError

SNIFF_BYTES = 65536
"""How many leading bytes are inspected for control characters and text-likeness."""

MAX_CONTROL_SHARE = 0.02
"""Above this share of control characters (other than tab, newlines, form feed) a file is binary."""

MIN_TEXT_SHARE = 0.95
"""A legacy (cp1252/latin-1) decoding is accepted only if this share of characters is text-like."""

MAX_INPUT_BYTES = 128 * 1024 * 1024
"""The largest source document or glossary file read (128 MiB); bigger ones are refused unread."""

INVALID_BYTES = ("refuse", "replace")
"""What :func:`read_source` does with bytes that are not UTF-8 in an otherwise UTF-8 file."""

_SHOWN_BAD_LINES = 5  # lines listed in an invalid-UTF-8 message

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
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_BYTE_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line numbering of reltrans.formats
# After decoding with surrogateescape: each undecodable byte is one lone surrogate U+DC80..U+DCFF.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_DECODED_NON_ASCII = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")
# Characters that show nothing: whitespace, format characters (U+200B, U+FEFF, ZWJ...), fillers.
_VISIBLE_PATTERN = r"[^\s\p{Cf}\p{Cc}\p{Z}\u115f\u1160\u2800\u3164\uffa0]"


@dataclass(frozen=True)
class DecodedText:
    """A decoded source: ``text`` without the BOM, newlines untouched.

    ``encoding`` is a Python codec name (``utf-8``, ``utf-16-le``, ``cp1252``, ...); ``bom`` says
    whether the file started with a byte-order mark; ``warnings`` are one-line notes such as
    ``"decoded as cp1252 (not valid UTF-8: ...)"``.
    """

    text: str
    encoding: str
    bom: bool
    warnings: tuple[str, ...] = ()


def read_source(path: str | os.PathLike[str], *, invalid_bytes: str = "refuse") -> DecodedText:
    """Read and decode a source document.

    ``invalid_bytes``: ``"refuse"`` (default) raises for a UTF-8 file with bytes that are not
    UTF-8; ``"replace"`` decodes them as U+FFFD and says so in a warning (a rebuilt document
    then holds U+FFFD there instead of the original bytes).

    Raises :class:`InputError` (one line, naming ``path``) for a missing file, a directory, a
    special file (FIFO, device), a symbolic link loop, an unreadable or too large file, empty or
    invisible-only content, binary content, UTF-16 without BOM and undecodable bytes.
    """
    source = Path(path)
    data = read_input_bytes(source)
    decoded = decode_bytes(data, path=source, invalid_bytes=invalid_bytes)
    if not decoded.text.strip():
        raise InputError("file is empty (nothing but whitespace)", path=source)
    if not has_visible_text(decoded.text):
        raise InputError(
            "file has no text (only whitespace and invisible characters such as U+200B, U+FEFF)", path=source
        )
    return decoded


def has_visible_text(text: str) -> bool:
    """Whether ``text`` holds a character that shows (not whitespace, U+200B, U+FEFF, ZWJ, ...)."""
    import regex

    return regex.search(_VISIBLE_PATTERN, text) is not None


def decode_bytes(data: bytes, *, path: object | None = None, invalid_bytes: str = "refuse") -> DecodedText:
    """Decode ``data`` as :func:`read_source` does (``path`` only names the file in errors)."""
    if invalid_bytes not in INVALID_BYTES:
        raise ValueError(f"invalid_bytes must be one of {INVALID_BYTES}, got {invalid_bytes!r}")
    if not data:
        raise InputError("file is empty", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding != "utf-8":
                return _decode_with_bom(data[len(bom):], encoding, path)
            decoded = _decode_utf8(data[len(bom):], path, invalid_bytes, bom=True)
            if _control_share(decoded.text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
                raise InputError("binary content (control characters), not a text document", path=path)
            return decoded
    _refuse_binary(data, path)
    return _decode_utf8(data, path, invalid_bytes, bom=False)


def _decode_utf8(data: bytes, path: object | None, invalid_bytes: str, *, bom: bool) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", bom)
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    if not bom and _DECODED_NON_ASCII.search(escaped) is None:
        legacy = _decode_legacy(data)  # not UTF-8 at all: no valid multi-byte sequence
        if legacy is not None:
            return legacy
        if invalid_bytes == "refuse":
            first = _ESCAPED_BYTE.search(escaped)
            offset = first.start() if first else 0
            raise InputError(
                f"cannot decode: not valid UTF-8 (byte 0x{ord(escaped[offset]) - 0xDC00:02x} at line "
                f"{_line_of(escaped, offset)}) and not legacy text; convert to UTF-8",
                path=path,
                line=_line_of(escaped, offset),
            )
    bad = [m.start() for m in _ESCAPED_BYTE.finditer(escaped)]
    lines = list(dict.fromkeys(_line_numbers(escaped, bad)))
    shown = ", ".join(map(str, lines[:_SHOWN_BAD_LINES])) + (", ..." if len(lines) > _SHOWN_BAD_LINES else "")
    if invalid_bytes == "replace":
        text = data.decode("utf-8", "replace")
        note = f"replaced {len(bad)} invalid UTF-8 byte(s) with U+FFFD on line(s) {shown}"
        return DecodedText(text, "utf-8", bom, (note,))
    first = bad[0]
    line = lines[0]
    column = first - _line_start(escaped, first) + 1
    more = f"; {len(bad)} bad bytes in all, on line(s) {shown}" if len(bad) > 1 else ""
    raise InputError(
        f"cannot decode as UTF-8: invalid byte 0x{ord(escaped[first]) - 0xDC00:02x} at column {column}{more}; "
        "the rest is UTF-8, so no legacy encoding is guessed: fix the bytes, or replace them with "
        "U+FFFD (translate --invalid-bytes replace)",
        path=path,
        line=line,
    )


def _decode_legacy(data: bytes) -> DecodedText | None:
    """cp1252, else latin-1, when the result reads as text; the warning gives the evidence."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    first = _HIGH_BYTE.search(data)
    line = len(_BYTE_LINE_BREAK.findall(data, 0, first.start())) + 1 if first else 1
    for legacy in ("cp1252", "latin-1"):
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text[:SNIFF_BYTES]):
            note = (
                f"decoded as {legacy} (not valid UTF-8: no valid UTF-8 multi-byte sequence; "
                f"{high} byte(s) >= 0x80, first at line {line})"
            )
            return DecodedText(text, legacy, False, (note,))
        break
    return None


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _line_of(text: str, pos: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, pos)) + 1


def _line_numbers(text: str, positions: list[int]) -> list[int]:
    """1-based line of each (sorted) position, in one pass over the line breaks."""
    out: list[int] = []
    breaks = _LINE_BREAK.finditer(text)
    line = 1
    pending = next(breaks, None)
    for pos in positions:
        while pending is not None and pending.end() <= pos:
            line += 1
            pending = next(breaks, None)
        out.append(line)
    return out


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


def require_regular_file(
    path: str | os.PathLike[str], *, error: type[ReltransError] = InputError, what: str = "a file"
) -> os.stat_result:
    """``stat`` of ``path``, which must be a regular file (symbolic links followed).

    Raises ``error`` (one line) for a missing file, a dangling link, a symbolic link loop, a
    directory, a FIFO, socket or device, and a permission problem -- without opening the file,
    so that a FIFO cannot block.
    """
    source = Path(path)
    try:
        info = os.stat(source)
    except OSError as exc:
        raise _os_error(exc, source, error, what) from None
    if stat.S_ISDIR(info.st_mode):
        raise error(f"is a directory, expected {what}", path=source)
    if not stat.S_ISREG(info.st_mode):
        raise error(f"is a {_file_kind(info.st_mode)}, not a regular file; expected {what}", path=source)
    return info


def read_input_bytes(
    path: str | os.PathLike[str], *, error: type[ReltransError] = InputError, what: str = "a file",
    limit: int | None = None,
) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` (default :data:`MAX_INPUT_BYTES`).

    Refuses special files before opening them (see :func:`require_regular_file`) and files over
    the limit before reading them; every failure is one line of ``error``.
    """
    source = Path(path)
    cap = MAX_INPUT_BYTES if limit is None else limit
    info = require_regular_file(source, error=error, what=what)
    if info.st_size > cap:
        raise error(_too_large(info.st_size, cap), path=source)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.fdopen(os.open(source, flags), "rb")
    except OSError as exc:
        raise _os_error(exc, source, error, what) from None
    try:
        with handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between the check and the open
                raise error(f"is a {_file_kind(mode)}, not a regular file; expected {what}", path=source)
            data = handle.read(cap + 1)
    except OSError as exc:
        raise _os_error(exc, source, error, what) from None
    if len(data) > cap:
        raise error(_too_large(len(data), cap), path=source)
    return data


def _too_large(size: int, cap: int) -> str:
    return f"file too large: {size / 2**20:.1f} MiB or more, the limit is {cap / 2**20:.0f} MiB (MAX_INPUT_BYTES)"


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _os_error(exc: OSError, source: Path, error: type[ReltransError], what: str) -> ReltransError:
    code = exc.errno
    if code == errno.ELOOP:
        return error("symbolic link loop (too many levels of symbolic links)", path=source)
    if code == errno.ENOENT:
        if os.path.islink(source):
            return error(f"dangling symbolic link (its target {os.readlink(source)!r} does not exist)", path=source)
        return error("no such file", path=source)
    if code in (errno.EACCES, errno.EPERM):
        return error("permission denied", path=source)
    if code == errno.EISDIR:
        return error(f"is a directory, expected {what}", path=source)
    if code == errno.ENOTDIR:
        return error("no such file (a parent in the path is not a directory)", path=source)
    if code == errno.ENAMETOOLONG:
        return error("file name too long", path=source)
    return error(f"cannot read: {exc.strerror or exc}", path=source)


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
