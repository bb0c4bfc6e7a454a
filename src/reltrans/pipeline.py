"""``translate_files``: the whole translate stage, callable without the command line.

sources ─▶ documents ─▶ segments ─▶ distinct msgids ─▶ (reviewed PO | memory | model + glossary)
        ─▶ translation units ─▶ one PO file per source, written atomically under a file lock.

Every input is read and segmented before anything is translated or written, so a bad input
fails the run before any output is touched. The model is loaded once for all files, and every
distinct sentence of every file goes to the model in the same batched calls.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Protocol, Sequence

from reltrans import __version__
from reltrans.errors import OutputError, UsageError
from reltrans.model import Catalog, Origin, SegmentedDocument, TermMatch, TranslationUnit

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.translator import DecodeOptions
    from reltrans.glossary import Glossary


class EngineLike(Protocol):
    """What the pipeline needs from a translation engine (``reltrans.engine.translator.Engine``)."""

    signature: str

    def translate(self, texts: Sequence[str]) -> list[str]: ...


#: ``(source_lang, target_lang, options) -> engine``; the default loads the installed Argos model.
EngineLoader = Callable[[str, str, "DecodeOptions | None"], EngineLike]
#: ``(done, total)`` callback for progress bars.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TranslateSettings:
    """What ``reltrans translate`` was asked to do."""

    source_lang: str = "fr"
    target_lang: str = "en"
    output_dir: Path | None = None
    glossary_paths: tuple[Path, ...] = ()
    bundled_glossary: bool = True
    no_mt: bool = False
    force: bool = False
    enforce_terms: bool = True
    decode: "DecodeOptions | None" = None
    tm_path: Path | None = None
    use_tm: bool = False
    tm_threshold: float = 75.0
    fmt: str | None = None


@dataclass(frozen=True)
class FileResult:
    """What happened to one source file."""

    source: Path
    output: Path
    segments: int
    entries: int
    words: int
    from_model: int
    from_memory: int
    kept: int
    fuzzy: int
    unmet: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TranslateSummary:
    """The result of :func:`translate_files`."""

    files: tuple[FileResult, ...]
    seconds: float
    signature: str

    @property
    def segments(self) -> int:
        return sum(f.segments for f in self.files)

    @property
    def words(self) -> int:
        return sum(f.words for f in self.files)


@dataclass(frozen=True)
class _Prepared:
    """One source, read and segmented, with its output path and existing PO (if any)."""

    source: Path
    output: Path
    segmented: SegmentedDocument
    existing: Catalog | None


@dataclass
class _Translations:
    """msgid -> (msgstr, origin, fuzzy, unmet) decided for this run."""

    items: dict[str, tuple[str, Origin, bool, tuple[str, ...], str]] = field(default_factory=dict)


def output_path_for(source: Path, target_lang: str, output_dir: Path | None) -> Path:
    """``<stem>.<target>.po`` beside the source, or in ``output_dir``."""
    folder = output_dir if output_dir is not None else source.parent
    return folder / f"{source.stem}.{target_lang}.po"


def translate_files(
    sources: Sequence[str | Path],
    settings: TranslateSettings,
    *,
    engine_loader: EngineLoader | None = None,
    progress: Progress | None = None,
) -> TranslateSummary:
    """Translate every source file into a PO file; return what was done.

    Raises :class:`reltrans.errors.ReltransError` subclasses: bad input (exit 3) before any
    output is written, no model (exit 4), unwritable output or a PO in the way (exit 5).
    """
    from reltrans.fsutil import file_lock

    started = time.perf_counter()
    if not sources:
        raise UsageError("no source file given")
    prepared = [_prepare(Path(source), settings) for source in sources]
    _reject_duplicate_outputs(prepared)
    glossary = _load_glossary(settings)
    matcher = _source_matcher(glossary, settings.source_lang)
    locks = [file_lock(item.output) for item in prepared]
    for lock in locks:
        lock.__enter__()
    try:
        engine_signature, decided = _translate_all(prepared, settings, glossary, matcher, engine_loader, progress)
        signature = _signature(engine_signature, glossary, settings)
        results = tuple(_write_po(item, decided, matcher, glossary, settings, signature) for item in prepared)
    finally:
        for lock in reversed(locks):
            lock.__exit__(None, None, None)
    return TranslateSummary(files=results, seconds=time.perf_counter() - started, signature=signature)


# --------------------------------------------------------------------------- preparation
def _prepare(source: Path, settings: TranslateSettings) -> _Prepared:
    from reltrans.catalog import read_catalog
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    document = load_document(source, settings.fmt)
    segmented = segment_document(document, settings.source_lang)
    output = output_path_for(source, settings.target_lang, settings.output_dir)
    if settings.output_dir is not None and not settings.output_dir.is_dir():
        raise OutputError("output directory does not exist", path=settings.output_dir)
    existing = None
    if output.exists() and not settings.force:
        existing = read_catalog(output)
        if not _can_update():
            raise OutputError("a PO file already exists here; use --force to overwrite it", path=output)
    return _Prepared(source, output, segmented, existing)


def _can_update() -> bool:
    try:
        from reltrans import update  # noqa: F401
    except ImportError:  # pragma: no cover - update semantics ship with reltrans.update
        return False
    return True


def _reject_duplicate_outputs(prepared: Sequence[_Prepared]) -> None:
    seen: dict[Path, Path] = {}
    for item in prepared:
        key = item.output.resolve()
        if key in seen:
            raise UsageError(f"{item.source} and {seen[key]} would both write {item.output}")
        seen[key] = item.source


def _load_glossary(settings: TranslateSettings) -> "Glossary | None":
    from reltrans.glossary import load_glossaries

    glossary = load_glossaries(settings.glossary_paths, bundled=settings.bundled_glossary)
    if not glossary.concepts:
        return None
    languages = set(glossary.languages)
    if settings.source_lang not in languages or settings.target_lang not in languages:
        return None
    return glossary


def _source_matcher(glossary: "Glossary | None", lang: str) -> object | None:
    if glossary is None:
        return None
    from reltrans.glossary import build_matcher

    return build_matcher(glossary, lang)


# --------------------------------------------------------------------------- translation
def _distinct_msgids(prepared: Iterable[_Prepared]) -> list[str]:
    seen: dict[str, None] = {}
    for item in prepared:
        for segment in item.segmented.segments:
            seen.setdefault(segment.msgid, None)
    return list(seen)


def _translate_all(
    prepared: Sequence[_Prepared],
    settings: TranslateSettings,
    glossary: "Glossary | None",
    matcher: object | None,
    engine_loader: EngineLoader | None,
    progress: Progress | None,
) -> tuple[str, _Translations]:
    decided = _Translations()
    msgids = _distinct_msgids(prepared)
    already = _translated_in_existing(prepared)
    pending = [m for m in msgids if m not in already]
    if settings.use_tm and pending:
        pending = _from_memory(pending, settings, decided)
    if settings.no_mt:
        for msgid in pending:
            decided.items[msgid] = ("", Origin.NONE, False, (), "")
        return "no-mt", decided
    if not pending:
        return "none", decided
    loader = engine_loader or load_engine
    engine = loader(settings.source_lang, settings.target_lang, settings.decode)
    total = len(pending)
    if progress:
        progress(0, total)
    if glossary is not None and settings.enforce_terms and matcher is not None:
        outputs = _translate_constrained(engine, pending, glossary, matcher, settings, progress)
    else:
        outputs = [(text, ()) for text in _translate_plain(engine, pending, progress)]
    for msgid, (text, unmet) in zip(pending, outputs):
        decided.items[msgid] = (text, Origin.MODEL, True, tuple(unmet), "")
    return engine.signature, decided


def _translated_in_existing(prepared: Sequence[_Prepared]) -> set[str]:
    """msgids some existing PO already translates (reviewed or draft): never re-sent to the model."""
    return {
        entry.msgid
        for item in prepared
        if item.existing is not None
        for entry in item.existing.entries
        if not entry.obsolete and entry.msgstr
    }


def _translate_plain(engine: EngineLike, texts: Sequence[str], progress: Progress | None) -> list[str]:
    out: list[str] = []
    chunk = 256  # progress granularity; the engine batches inside each chunk by tokens
    for start in range(0, len(texts), chunk):
        out.extend(engine.translate(texts[start : start + chunk]))
        if progress:
            progress(len(out), len(texts))
    return out


def _translate_constrained(
    engine: EngineLike,
    texts: Sequence[str],
    glossary: "Glossary",
    matcher: object,
    settings: TranslateSettings,
    progress: Progress | None,
) -> list[tuple[str, tuple[str, ...]]]:
    from reltrans.constrain import enforce_terms

    out: list[tuple[str, tuple[str, ...]]] = []
    chunk = 256
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        matches = [matcher.find(text) for text in part]  # type: ignore[attr-defined]
        results = enforce_terms(engine, part, matches, glossary, target_lang=settings.target_lang)
        out.extend((r.text, tuple(r.unmet)) for r in results)
        if progress:
            progress(len(out), len(texts))
    return out


def _from_memory(pending: list[str], settings: TranslateSettings, decided: _Translations) -> list[str]:
    from reltrans.tm import TranslationMemory, default_tm_path

    memory = TranslationMemory(settings.tm_path or default_tm_path())
    remaining: list[str] = []
    for msgid in pending:
        exact = memory.lookup_exact(msgid, settings.source_lang, settings.target_lang)
        if exact is not None:
            fuzzy = not exact.reviewed
            decided.items[msgid] = (exact.target, Origin.MEMORY, fuzzy, (), f"memory: exact match ({exact.origin})")
            continue
        hits = memory.lookup_fuzzy(msgid, settings.source_lang, settings.target_lang, threshold=settings.tm_threshold, limit=1)
        if hits:
            hit = hits[0]
            note = f"memory: {hit.score:.0f}% match ({hit.origin}) for: {hit.source}"
            decided.items[msgid] = (hit.target, Origin.MEMORY_FUZZY, True, (), note)
            continue
        remaining.append(msgid)
    return remaining


def load_engine(source_lang: str, target_lang: str, options: "DecodeOptions | None") -> EngineLike:
    """Load the installed Argos model for the pair (raises ModelNotFoundError when there is none)."""
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import DecodeOptions, Engine

    package = find_package(source_lang, target_lang)
    return Engine.load(package, options or DecodeOptions())


# --------------------------------------------------------------------------- writing
def _signature(engine_signature: str, glossary: "Glossary | None", settings: TranslateSettings) -> str:
    from reltrans.segment import SEGMENTER_VERSION

    digest = glossary.digest if glossary is not None else "none"
    return f"model={engine_signature}|glossary={digest}|segmenter={SEGMENTER_VERSION}|reltrans={__version__}"


def _units_for(
    item: _Prepared,
    decided: _Translations,
    matcher: object | None,
    glossary: "Glossary | None",
    target_lang: str,
) -> list[TranslationUnit]:
    """One unit per distinct sentence of the document, in document order, repeats merged."""
    order: dict[str, list[tuple[int, int, int]]] = {}
    for segment in item.segmented.segments:
        order.setdefault(segment.msgid, []).append((segment.line, segment.paragraph, segment.position))
    reference_name = item.source.name
    units = []
    for msgid, places in order.items():
        msgstr, origin, fuzzy, unmet, note = decided.items.get(msgid, ("", Origin.NONE, False, (), ""))
        line, paragraph, position = places[0]
        comments = [f"paragraph {paragraph}, sentence {position}"]
        concepts = _concept_comment(msgid, matcher, glossary, target_lang)
        if concepts:
            comments.append(concepts)
        if note:
            comments.append(note)
        units.append(
            TranslationUnit(
                msgid=msgid,
                msgstr=msgstr,
                origin=origin,
                fuzzy=fuzzy and bool(msgstr),
                references=tuple((reference_name, place[0]) for place in places),
                context_comments=tuple(comments),
                unmet_terms=unmet,
            )
        )
    return units


def _concept_comment(msgid: str, matcher: object | None, glossary: "Glossary | None", target_lang: str) -> str:
    """``glossary: OIM → IOM; traite des personnes → trafficking in persons``."""
    if matcher is None or glossary is None:
        return ""
    parts: list[str] = []
    for match in matcher.find(msgid):  # type: ignore[attr-defined]
        if match.status == "forbidden":
            continue
        preferred = glossary.get(match.concept_id).preferred(target_lang)
        part = f"{match.surface} → {preferred.text}" if preferred is not None else match.surface
        if part not in parts:
            parts.append(part)
    return "glossary: " + "; ".join(parts) if parts else ""


def _write_po(
    item: _Prepared,
    decided: _Translations,
    matcher: object | None,
    glossary: "Glossary | None",
    settings: TranslateSettings,
    signature: str,
) -> FileResult:
    from reltrans.catalog import build_catalog, make_header, write_catalog

    units = _units_for(item, decided, matcher, glossary, settings.target_lang)
    header = make_header(
        source_lang=settings.source_lang,
        target_lang=settings.target_lang,
        project=item.source.name,
        signature=signature,
    )
    comment = f"Translation of {item.source.name} from {settings.source_lang} to {settings.target_lang}, made by reltrans {__version__}."
    catalog = build_catalog(units, header, path=str(item.output), header_comment=comment)
    kept = 0
    if item.existing is not None:
        catalog, kept = _merge(item.existing, catalog)
    write_catalog(catalog, item.output)
    return FileResult(
        source=item.source,
        output=item.output,
        segments=len(item.segmented.segments),
        entries=len(units),
        words=sum(len(u.msgid.split()) for u in units),
        from_model=sum(1 for u in units if u.origin is Origin.MODEL),
        from_memory=sum(1 for u in units if u.origin in (Origin.MEMORY, Origin.MEMORY_FUZZY)),
        kept=kept,
        fuzzy=sum(1 for e in catalog.live_entries if e.fuzzy),
        unmet=sum(1 for u in units if u.unmet_terms),
        warnings=item.segmented.document.warnings,
    )


def _merge(existing: Catalog, fresh: Catalog) -> tuple[Catalog, int]:
    from reltrans.update import merge_catalogs

    result = merge_catalogs(existing, fresh)
    merged = replace(result.catalog, header={**existing.header, **_refreshed_header(fresh.header)})
    return merged, result.kept


def _refreshed_header(header: Mapping[str, str]) -> dict[str, str]:
    """Fields a re-run updates; the rest (Last-Translator, team) belongs to the reviewer."""
    keys = ("PO-Revision-Date", "X-Generator", "X-Reltrans-Signature", "Content-Type", "Plural-Forms")
    return {key: header[key] for key in keys if key in header}
