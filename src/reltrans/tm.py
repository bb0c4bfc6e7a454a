"""The translation memory: reviewed sentence pairs in one SQLite file, with exact and fuzzy lookup.

Storage. One SQLite file (WAL mode, so a lookup never blocks on an import), by default
:func:`default_tm_path` (``<user data dir>/reltrans/tm.sqlite``). Table ``segments`` holds one
row per distinct (language pair, source, target): ``source``, ``target``, ``origin``
(``reviewed`` for PO imports, ``imported-tmx`` for TMX, or whatever the caller says),
``origin_file``, ``created`` (ISO 8601 UTC, from ``SOURCE_DATE_EPOCH`` when set) and ``reviewed``.
Language tags are stored lower-case with ``-`` (``fr``, ``en-gb``) and compared exactly.
``schema_version`` records the layout; a file of a newer layout, an SQLite file of another
program, or a file that is not SQLite at all is refused with one-line
:class:`~reltrans.errors.MemoryStoreError`.

Read-only media. When the file or its folder is not writable (a read-only mount, a shared
folder), the memory is opened read-only (``mode=ro`` URI), so lookups, ``stats`` and ``export``
work; when SQLite cannot even create the ``-shm`` file WAL mode reads through, and no ``-wal``
file holds pending changes, it is opened ``immutable=1``. Writing to such a memory, and any
failure while storing, is an :class:`~reltrans.errors.OutputError` (exit 5); a file that cannot
be read is a :class:`~reltrans.errors.MemoryStoreError` (exit 3).

Exact lookup compares the normalized source (NFC, whitespace runs folded, trimmed; case kept)
through a 64-bit hash index. Fuzzy lookup must stay fast on a million segments, so it never
scans: an FTS5 index (``unicode61`` tokenizer, diacritics kept, so ``été`` is not ``ete``)
holds the normalized sources plus a per-pair token, and table ``terms`` keeps each word's
document frequency. A lookup first asks FTS5 for rows sharing at least two of the query's rarest
words, then, if that finds nothing good enough, for rows sharing any rare word (see
:meth:`TranslationMemory._fts_queries`); each time the :data:`CANDIDATES` best rows by BM25 of
the pair, and of a length that can reach the threshold, are scored with
``rapidfuzz.fuzz.ratio`` on the lower-cased normalized texts (0-100, whole sentences, no
truncation). A stored sentence sharing no word with the query is not found; it would score
below any useful threshold anyway.
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from reltrans.errors import LockedError, MemoryStoreError, OutputError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.model import Catalog

SCHEMA_VERSION = 1
#: How many FTS candidates are scored with rapidfuzz per fuzzy lookup.
CANDIDATES = 100
#: At most this many query words go into the FTS query (the rarest ones).
MAX_QUERY_TERMS = 8
#: Stop adding words to the OR query once their document frequencies add up to this.
POSTINGS_BUDGET = 2_000
#: The "shares two rare words" query uses this many of the query's rarest words.
PAIR_TERMS = 5
#: Words in more than this share of the memory are too common for the "two rare words" query.
COMMON_SHARE = 0.02

_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE pairs (
    id INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    UNIQUE (source_lang, target_lang)
);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id),
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    source_hash INTEGER NOT NULL,
    target TEXT NOT NULL,
    target_hash INTEGER NOT NULL,
    length INTEGER NOT NULL,
    origin TEXT NOT NULL,
    origin_file TEXT,
    created TEXT NOT NULL,
    reviewed INTEGER NOT NULL,
    UNIQUE (pair_id, source_hash, target_hash)
);
CREATE VIRTUAL TABLE segments_fts USING fts5(
    text, pair, content='', detail='full', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts(rowid, text, pair) VALUES (new.id, new.source_key, 'p' || new.pair_id);
END;
CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, text, pair)
    VALUES ('delete', old.id, old.source_key, 'p' || old.pair_id);
END;
"""

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- value types
@dataclass(frozen=True)
class TMUnit:
    """A sentence pair to store."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = "reviewed"
    origin_file: str | None = None
    created: str | None = None  # ISO 8601; None: now (or SOURCE_DATE_EPOCH)
    reviewed: bool = True


@dataclass(frozen=True)
class Match:
    """A memory hit. ``score`` is 100 for an exact hit, else the rapidfuzz ratio (0-100)."""

    source: str
    target: str
    score: float
    origin: str
    reviewed: bool
    origin_file: str | None = None
    created: str | None = None


@dataclass(frozen=True)
class PairStats:
    source_lang: str
    target_lang: str
    segments: int
    reviewed: int

    @property
    def unreviewed(self) -> int:
        return self.segments - self.reviewed


@dataclass(frozen=True)
class TMStats:
    """Counts per language pair."""

    path: str
    pairs: tuple[PairStats, ...]

    @property
    def segments(self) -> int:
        return sum(p.segments for p in self.pairs)

    @property
    def reviewed(self) -> int:
        return sum(p.reviewed for p in self.pairs)


@dataclass(frozen=True)
class ImportReport:
    """What one file brought into the memory."""

    path: str
    kind: str  # "po" | "tmx"
    pairs: tuple[tuple[str, str], ...]
    considered: int  # reviewed PO entries / TMX pairs read
    added: int  # new segments (the others were already in the memory)


# --------------------------------------------------------------------------- helpers
def default_tm_path() -> Path:
    """``$RELTRANS_TM`` when set, else ``platformdirs.user_data_dir("reltrans")/tm.sqlite``."""
    explicit = os.environ.get("RELTRANS_TM")
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_data_dir("reltrans")) / "tm.sqlite"


def now_iso() -> str:
    """Current UTC time as ISO 8601 (``SOURCE_DATE_EPOCH`` when set, for reproducible runs)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_source(text: str) -> str:
    """The form compared by exact lookup: NFC, whitespace runs folded to one space, trimmed,
    inline-markup placeholder numbers folded (``<1>a</1>`` and ``<3>a</3>`` are the same key)."""
    from reltrans.formats.inline import numberless

    return numberless(_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip())


def normalize_lang(tag: str) -> str:
    """``fr_FR`` -> ``fr-fr``; empty tags are refused."""
    value = tag.strip().replace("_", "-").lower()
    if not value:
        raise UsageError("empty language code")
    return value


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _length_window(length: int, threshold: float) -> tuple[int, int]:
    """Candidate lengths whose ratio with a ``length``-long text can reach ``threshold``.

    ratio = 2*LCS/(a+b) <= 2*min(a,b)/(a+b).
    """
    t = max(min(threshold / 100.0, 1.0), 0.0)
    if t <= 0.0:
        return 0, 1 << 62
    low = int(length * t / (2.0 - t)) - 1
    high = int(length * (2.0 - t) / t) + 1
    return max(low, 0), high


# --------------------------------------------------------------------------- the memory
class TranslationMemory:
    """A translation memory file. Use as a context manager, or call :meth:`close`.

    ``create=False`` refuses a path that does not exist (for read-only commands).
    ``read_only`` tells whether the file was opened read-only (file or folder not writable).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_tm_path()
        self._pair_ids: dict[tuple[str, str], int] = {}
        self._pairs_cache: int | None = None
        self._size_cache: int | None = None
        self.read_only = False
        self._conn = self._open(create)

    # -- lifecycle
    def _open(self, create: bool) -> sqlite3.Connection:
        path = self.path
        if path.is_dir():
            raise MemoryStoreError("is a directory, expected a translation memory file", path=path)
        if not path.exists():
            if not create:
                raise MemoryStoreError("no translation memory here (create one with `reltrans tm import`)", path=path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(f"cannot create the folder: {exc.strerror or exc}", path=path.parent) from None
            if not _writable(path.parent):
                raise OutputError("cannot create a translation memory here: the folder is not writable", path=path)
        else:
            self.read_only = not (_writable(path) and _writable(path.parent))
        conn = self._connect()
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                if self.read_only:
                    raise MemoryStoreError("an empty file on read-only media, not a translation memory", path=path)
                with conn:
                    conn.executescript(_SCHEMA)
                    conn.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION,))
            elif "schema_version" not in tables or "segments" not in tables:
                raise MemoryStoreError("an SQLite database, but not a reltrans translation memory", path=path)
            else:
                row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
                if row is None or row[0] != SCHEMA_VERSION:
                    raise MemoryStoreError(
                        f"translation memory schema version {row[0] if row else None}, this reltrans reads {SCHEMA_VERSION}",
                        path=path,
                    )
            if not self.read_only:
                with contextlib.suppress(sqlite3.OperationalError):
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
        except MemoryStoreError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise self._error(exc, opening=True) from None
        return conn

    def _connect(self) -> sqlite3.Connection:
        """A connection: read-write, or read-only (``mode=ro``, else ``immutable=1`` when the
        ``-shm`` file cannot be made and no ``-wal`` file holds changes an immutable reader
        would miss)."""
        path = self.path
        try:
            if not self.read_only:
                return sqlite3.connect(str(path), timeout=10.0)
            uri = path.resolve().as_uri()
            conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=10.0)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                if "unable to open" not in str(exc):
                    raise
            wal = Path(str(path) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise MemoryStoreError(
                    "cannot read on read-only media: its -wal file holds changes and the -shm file SQLite "
                    "needs to read them cannot be created; open it once where it is writable",
                    path=path,
                )
            return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=10.0)
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"cannot open: {exc}", path=path) from None

    def close(self) -> None:
        """Close the database (idempotent)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> "TranslationMemory":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _error(self, exc: sqlite3.Error, *, opening: bool = False, writing: bool = False) -> MemoryStoreError | OutputError:
        message = str(exc).split("\n")[0]
        if "locked" in message or "busy" in message:
            return LockedError("the translation memory is locked by another process", path=self.path)
        if writing and not any(sign in message for sign in ("malformed", "not a database", "no such")):
            return OutputError(f"cannot store in the translation memory ({message}); nothing stored", path=self.path)
        if "no such module: fts5" in message:
            return MemoryStoreError("this Python's SQLite has no FTS5 support", path=self.path)
        if opening or isinstance(exc, sqlite3.DatabaseError):
            return MemoryStoreError(f"not a usable translation memory ({message})", path=self.path)
        return MemoryStoreError(message, path=self.path)

    @contextlib.contextmanager
    def _guard(self, *, writing: bool = False) -> Iterator[sqlite3.Connection]:
        if self._conn is None:
            raise MemoryStoreError("translation memory is closed", path=self.path)
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise self._error(exc, writing=writing) from None

    def _pair_id(self, conn: sqlite3.Connection, source_lang: str, target_lang: str, *, create: bool) -> int | None:
        key = (normalize_lang(source_lang), normalize_lang(target_lang))
        if key in self._pair_ids:
            return self._pair_ids[key]
        row = conn.execute("SELECT id FROM pairs WHERE source_lang = ? AND target_lang = ?", key).fetchone()
        if row is None:
            if not create:
                return None
            row = (conn.execute("INSERT INTO pairs(source_lang, target_lang) VALUES (?, ?)", key).lastrowid,)
        self._pair_ids[key] = int(row[0])
        return int(row[0])

    # -- writing
    def add(self, units: Iterable[TMUnit]) -> int:
        """Store ``units`` in one transaction; returns how many were new. A pair already stored
        is kept (and marked reviewed when the new copy is reviewed). Empty sources or targets
        are skipped."""
        if self.read_only:
            raise OutputError("the translation memory is read-only here (file or folder not writable); nothing stored", path=self.path)
        stamp = now_iso()
        self._pairs_cache = self._size_cache = None
        try:
            with self._guard(writing=True) as conn, conn:
                before = conn.execute("SELECT coalesce(max(id), 0) FROM segments").fetchone()[0]
                for chunk in _chunks(units, 10_000):
                    conn.executemany(
                        "INSERT INTO segments(pair_id, source, source_key, source_hash, target, target_hash,"
                        " length, origin, origin_file, created, reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT(pair_id, source_hash, target_hash) DO UPDATE SET"
                        " reviewed = 1, origin = excluded.origin, origin_file = excluded.origin_file"
                        " WHERE excluded.reviewed > segments.reviewed",
                        self._rows(conn, chunk, stamp),
                    )
                return self._count_terms(conn, before)
        except BaseException:
            self._pair_ids.clear()  # pair rows created in the rolled-back transaction are gone
            raise

    def _count_terms(self, conn: sqlite3.Connection, before: int) -> int:
        """Add the words of the segments stored after rowid ``before`` to the document
        frequencies; returns how many segments that is."""
        counts: dict[str, int] = {}
        new = 0
        for (key,) in conn.execute("SELECT source_key FROM segments WHERE id > ?", (before,)):
            new += 1
            for word in set(_WORD.findall(key.lower())):
                counts[word] = counts.get(word, 0) + 1
        conn.executemany(
            "INSERT INTO terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            counts.items(),
        )
        return new

    def _rows(self, conn: sqlite3.Connection, units: Sequence[TMUnit], stamp: str) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for unit in units:
            key = normalize_source(unit.source)
            if not key or not unit.target.strip():
                continue
            pair = self._pair_id(conn, unit.source_lang, unit.target_lang, create=True)
            rows.append((
                pair, unit.source, key, _hash(key), unit.target, _hash(unit.target), len(key.lower()),
                unit.origin, unit.origin_file, unit.created or stamp, int(unit.reviewed),
            ))
        return rows

    def import_catalog(self, catalog: "Catalog", source_lang: str, target_lang: str) -> int:
        """Store the reviewed entries of ``catalog`` (translated, not fuzzy, not obsolete,
        non-empty, singular); returns how many were new."""
        return self.add(_catalog_units(catalog, source_lang, target_lang))

    def import_tmx(self, path: str | os.PathLike[str]) -> int:
        """Store every pair of a TMX file; returns how many were new. Pairs without an
        ``x-reltrans-reviewed`` property count as reviewed (TMX files hold human translations);
        origin defaults to ``imported-tmx``."""
        return self.add(_tmx_units(path))

    # -- reading
    def lookup_exact(self, source: str, source_lang: str, target_lang: str) -> Match | None:
        """The stored translation of exactly ``source`` (after normalization); reviewed ones
        first, then the most recent."""
        with self._guard() as conn:
            pair = self._pair_id(conn, source_lang, target_lang, create=False)
            if pair is None:
                return None
            return self._exact(conn, pair, normalize_source(source))

    def _exact(self, conn: sqlite3.Connection, pair: int, key: str) -> Match | None:
        row = conn.execute(
            "SELECT source, target, origin, reviewed, origin_file, created FROM segments"
            " WHERE pair_id = ? AND source_hash = ? AND source_key = ?"
            " ORDER BY reviewed DESC, created DESC, id DESC LIMIT 1",
            (pair, _hash(key), key),
        ).fetchone()
        if row is None:
            return None
        return Match(row[0], row[1], 100.0, row[2], bool(row[3]), row[4], row[5])

    def lookup_fuzzy(
        self, source: str, source_lang: str, target_lang: str, threshold: float = 75.0, limit: int = 1
    ) -> list[Match]:
        """Up to ``limit`` hits scoring at least ``threshold`` (0-100), best first."""
        with self._guard() as conn:
            pair = self._pair_id(conn, source_lang, target_lang, create=False)
            if pair is None:
                return []
            return self._fuzzy(conn, pair, normalize_source(source), threshold, limit)

    def _fuzzy(self, conn: sqlite3.Connection, pair: int, key: str, threshold: float, limit: int) -> list[Match]:
        from rapidfuzz import fuzz

        query = key.lower()
        low, high = _length_window(len(query), threshold)
        for expression in self._fts_queries(conn, query, pair):
            rows = conn.execute(
                # the FTS top-k drives the query; '+' keeps the planner off the pair_id index
                "SELECT s.source, s.target, s.origin, s.reviewed, s.origin_file, s.created, s.source_key"
                " FROM (SELECT rowid AS rid FROM segments_fts WHERE segments_fts MATCH ?"
                " ORDER BY bm25(segments_fts, 1.0, 0.0) LIMIT ?) AS c JOIN segments AS s ON s.id = c.rid"
                " WHERE +s.pair_id = ? AND +s.length BETWEEN ? AND ?",
                (expression, CANDIDATES, pair, low, high),
            ).fetchall()
            hits: dict[tuple[str, str], Match] = {}
            for source, target, origin, reviewed, origin_file, created, source_key in rows:
                score = 100.0 if source_key == key else float(fuzz.ratio(query, source_key.lower()))
                if score >= threshold and (source, target) not in hits:
                    hits[(source, target)] = Match(source, target, score, origin, bool(reviewed), origin_file, created)
            if hits:
                ranked = sorted(hits.values(), key=lambda m: (-m.score, not m.reviewed, _neg(m.created)))
                return ranked[: max(limit, 0)]
        return []

    def _fts_queries(self, conn: sqlite3.Connection, query: str, pair: int) -> Iterator[str]:
        """FTS5 expressions to try in turn, from the most selective; none when no word is known.

        1. rows sharing at least two of the query's :data:`PAIR_TERMS` rarest words that are not
           common: ``(a AND b) OR (a AND c) ...`` -- tiny result sets even on a million
           segments, and a revised sentence keeps most of its rare words;
        2. rows sharing any of the rarest words, taken while their frequencies fit
           :data:`POSTINGS_BUDGET` (at least one word);
        3. when even the rarest word is common (a short sentence of function words), rows with
           all of the rarest three.

        The pair token is added only when the memory holds several pairs (the SQL join filters
        on the pair anyway, this keeps other pairs from filling the top-k).
        """
        words = list(dict.fromkeys(_WORD.findall(query)))
        if not words:
            return
        marks = ",".join("?" * len(words))
        frequency = dict(conn.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", words).fetchall())
        known = sorted((w for w in words if frequency.get(w)), key=lambda w: (frequency[w], -len(w)))
        if not known:
            return
        suffix = f' AND pair : "p{pair}"' if self._pair_count(conn) > 1 else ""
        common = max(POSTINGS_BUDGET, int(self._size(conn) * COMMON_SHARE))
        rare = [w for w in known if frequency[w] <= common][:PAIR_TERMS]
        if len(rare) >= 2:
            combos = " OR ".join(f'("{a}" AND "{b}")' for a, b in itertools.combinations(rare, 2))
            yield f"text : ({combos}){suffix}"
        if frequency[known[0]] > POSTINGS_BUDGET:
            yield "text : (" + " AND ".join(f'"{w}"' for w in known[:3]) + ")" + suffix
            return
        chosen: list[str] = []
        spent = 0
        for word in known[:MAX_QUERY_TERMS]:
            if chosen and spent + frequency[word] > POSTINGS_BUDGET:
                break
            chosen.append(word)
            spent += frequency[word]
        yield "text : (" + " OR ".join(f'"{w}"' for w in chosen) + ")" + suffix

    def _size(self, conn: sqlite3.Connection) -> int:
        """Number of segments (max rowid), cached until the next :meth:`add`."""
        if self._size_cache is None:
            self._size_cache = int(conn.execute("SELECT coalesce(max(id), 0) FROM segments").fetchone()[0])
        return self._size_cache

    def _pair_count(self, conn: sqlite3.Connection) -> int:
        """Number of language pairs, cached until the next :meth:`add`."""
        if self._pairs_cache is None:
            self._pairs_cache = int(conn.execute("SELECT count(*) FROM pairs").fetchone()[0])
        return self._pairs_cache

    def lookup_many(
        self,
        sources: Sequence[str],
        source_lang: str,
        target_lang: str,
        *,
        threshold: float = 75.0,
        fuzzy: bool = True,
    ) -> list[Match | None]:
        """Best hit per source (exact, else fuzzy when ``fuzzy``), in order; None for no hit."""
        with self._guard() as conn:
            pair = self._pair_id(conn, source_lang, target_lang, create=False)
            if pair is None:
                return [None] * len(sources)
            results: list[Match | None] = []
            for source in sources:
                key = normalize_source(source)
                hit = self._exact(conn, pair, key) if key else None
                if hit is None and fuzzy and key:
                    found = self._fuzzy(conn, pair, key, threshold, 1)
                    hit = found[0] if found else None
                results.append(hit)
            return results

    def stats(self) -> TMStats:
        """Segment counts per language pair, reviewed and not."""
        with self._guard() as conn:
            rows = conn.execute(
                "SELECT p.source_lang, p.target_lang, count(s.id), coalesce(sum(s.reviewed), 0)"
                " FROM pairs AS p JOIN segments AS s ON s.pair_id = p.id"
                " GROUP BY p.id ORDER BY p.source_lang, p.target_lang"
            ).fetchall()
        return TMStats(str(self.path), tuple(PairStats(r[0], r[1], int(r[2]), int(r[3])) for r in rows))

    def export_tmx(self, source_lang: str | None = None, target_lang: str | None = None) -> str:
        """TMX 1.4 text of the memory, optionally restricted to a source and/or target language."""
        from reltrans.tmx import TmxUnit, write_tmx

        sql = (
            "SELECT p.source_lang, p.target_lang, s.source, s.target, s.created, s.origin, s.reviewed, s.origin_file"
            " FROM segments AS s JOIN pairs AS p ON p.id = s.pair_id WHERE 1"
        )
        params: list[str] = []
        if source_lang:
            sql += " AND p.source_lang = ?"
            params.append(normalize_lang(source_lang))
        if target_lang:
            sql += " AND p.target_lang = ?"
            params.append(normalize_lang(target_lang))
        sql += " ORDER BY p.source_lang, p.target_lang, s.id"
        with self._guard() as conn:
            units = [
                TmxUnit(r[0], r[1], r[2], r[3], created=r[4], origin=r[5], reviewed=bool(r[6]), origin_file=r[7])
                for r in conn.execute(sql, params)
            ]
        return write_tmx(units, created=now_iso())


def _writable(path: Path) -> bool:
    """Whether this process may write ``path`` (``os.access`` also sees read-only mounts)."""
    return os.access(path if str(path) else Path("."), os.W_OK)


def _chunks(units: Iterable[TMUnit], size: int) -> Iterator[list[TMUnit]]:
    chunk: list[TMUnit] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _neg(created: str | None) -> str:
    """Sort key putting the most recent ISO date first (dates are fixed-width ASCII)."""
    return "".join(chr(0x10FFFF - ord(c)) for c in (created or ""))


def _catalog_units(catalog: "Catalog", source_lang: str, target_lang: str) -> Iterator[TMUnit]:
    for entry in catalog.entries:
        if entry.msgid_plural is None and entry.translated and entry.msgid.strip() and entry.msgstr.strip():
            yield TMUnit(source_lang, target_lang, entry.msgid, entry.msgstr, "reviewed", catalog.path, None, True)


def _tmx_units(path: str | os.PathLike[str]) -> Iterator[TMUnit]:
    from reltrans.tmx import read_tmx

    for unit in read_tmx(path):
        yield TMUnit(
            unit.source_lang,
            unit.target_lang,
            unit.source,
            unit.target,
            origin=unit.origin or "imported-tmx",
            origin_file=unit.origin_file or str(path),
            created=unit.created,
            reviewed=True if unit.reviewed is None else unit.reviewed,
        )


# --------------------------------------------------------------------------- file-level API
def catalog_pair(catalog: "Catalog", source_lang: str | None, target_lang: str | None) -> tuple[str, str]:
    """The language pair of a PO file: the options when given, else ``X-Source-Language`` and
    ``Language`` from its header. Raises :class:`UsageError` when neither says."""
    source = source_lang or catalog.header.get("X-Source-Language", "").strip()
    target = target_lang or catalog.header.get("Language", "").strip()
    missing = [name for name, value in (("X-Source-Language", source), ("Language", target)) if not value]
    if missing:
        raise UsageError(
            f"cannot tell the language pair: no {' / '.join(missing)} in the header; pass --from and --to",
            path=catalog.path,
        )
    return normalize_lang(source), normalize_lang(target)


def import_files(
    tm_path: str | os.PathLike[str] | None,
    paths: Sequence[str | os.PathLike[str]],
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> list[ImportReport]:
    """Import PO files (reviewed entries) and TMX files (``.tmx``) into the memory at ``tm_path``.

    Every file is read and validated before the memory is touched, so one bad file imports nothing.
    """
    from reltrans.catalog import read_catalog

    plans: list[tuple[str, str, list[TMUnit]]] = []
    for path in paths:
        name = str(path)
        if name.lower().endswith(".tmx"):
            units = list(_tmx_units(path))
            if source_lang or target_lang:
                units = [
                    u for u in units
                    if (not source_lang or normalize_lang(u.source_lang) == normalize_lang(source_lang))
                    and (not target_lang or normalize_lang(u.target_lang) == normalize_lang(target_lang))
                ]
            plans.append((name, "tmx", units))
        else:
            catalog = read_catalog(path)
            pair = catalog_pair(catalog, source_lang, target_lang)
            plans.append((name, "po", list(_catalog_units(catalog, *pair))))
    reports = []
    with TranslationMemory(tm_path) as memory:
        for name, kind, units in plans:
            added = memory.add(units)
            pairs = tuple(dict.fromkeys((normalize_lang(u.source_lang), normalize_lang(u.target_lang)) for u in units))
            reports.append(ImportReport(name, kind, pairs, len(units), added))
    return reports


def read_stats(tm_path: str | os.PathLike[str] | None) -> TMStats:
    """Statistics of the memory at ``tm_path``; an empty result when no memory exists yet."""
    path = Path(tm_path) if tm_path is not None else default_tm_path()
    if not path.exists():
        return TMStats(str(path), ())
    with TranslationMemory(path, create=False) as memory:
        return memory.stats()


def export_file(
    tm_path: str | os.PathLike[str] | None,
    output: str | os.PathLike[str] | None,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    force: bool = False,
) -> str:
    """Export the memory as TMX; written atomically to ``output`` when given, and returned."""
    from reltrans.fsutil import refuse_overwrite, refuse_writing_over_inputs, write_new

    if output is not None:
        # never over the memory itself, whatever --force says; then before the work, not after it
        refuse_writing_over_inputs(output, [tm_path if tm_path is not None else default_tm_path()])
        refuse_overwrite(output, force=force)
    with TranslationMemory(tm_path, create=False) as memory:
        text = memory.export_tmx(source_lang, target_lang)
    if output is not None:
        write_new(output, text.encode("utf-8"), force=force)
    return text
