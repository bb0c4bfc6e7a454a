"""``translate_files``: the whole translate stage, callable without the command line.

sources ─▶ documents ─▶ segments ─▶ distinct msgids ─▶ (reviewed PO | memory | model + glossary)
        ─▶ translation units ─▶ one PO file per source, written atomically under a file lock.

Every input is read and segmented, under a lock on its PO, before anything is translated or
written, so a bad input fails the run before any output is touched. The model is loaded once
for all files; files are translated in groups (:data:`GROUP_SEGMENTS` sentences), every distinct
sentence of a group going to the model in the same token-batched calls, and each group's PO
files are written when it is done.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Protocol, Sequence

from reltrans import __version__
from reltrans.errors import InputError, OutputError, UsageError
from reltrans.model import Catalog, Origin, SegmentedDocument, TranslationUnit

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
    tm_path: Path | None = None  # the translation memory to consult first (None: none)
    tm_threshold: float = 75.0
    fmt: str | None = None
    invalid_bytes: str = "refuse"  # or "replace": see reltrans.textio.read_source


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
    unmet: int  # fuzzy entries whose drafts miss glossary terms (kept ones included)
    written: bool = True  # False: the existing PO was already up to date and left alone
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


@dataclass(frozen=True)
class Decision:
    """The translation decided for one msgid in this run, and where it came from."""

    msgstr: str
    origin: Origin
    fuzzy: bool
    unmet: tuple[str, ...] = ()
    note: str = ""  # an extra '#.' comment, e.g. the translation-memory match


_UNDECIDED = Decision("", Origin.NONE, False)


def output_path_for(source: Path, target_lang: str, output_dir: Path | None) -> Path:
    """``<stem>.<target>.po`` beside the source, or in ``output_dir``.

    ``target_lang`` must be a valid language code (:mod:`reltrans.langcodes`; it is normalised):
    anything else raises :class:`UsageError`, so a code can never name a path elsewhere."""
    from reltrans.langcodes import require

    lang = require(target_lang, label="target language")
    folder = output_dir if output_dir is not None else source.parent
    return folder / f"{source.stem}.{lang}.po"


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
    Files are translated in groups of about :data:`GROUP_SEGMENTS` sentences and each group's
    PO files are written as soon as it is done, so an interrupted run keeps what it finished and
    a rerun sends only what is still untranslated to the model.
    """
    from reltrans.fsutil import file_lock
    from reltrans.textio import require_regular_file

    started = time.perf_counter()
    if not sources:
        raise UsageError("no source file given")
    settings = _with_valid_languages(settings)
    if settings.output_dir is not None and settings.output_dir.exists() and not settings.output_dir.is_dir():
        raise OutputError("is a file; -o names the folder for the PO files", path=settings.output_dir)
    paths = [Path(source) for source in sources]
    for path in paths:  # before any lock file is made beside it
        require_regular_file(path)
    outputs = [output_path_for(path, settings.target_lang, settings.output_dir) for path in paths]
    _reject_duplicate_outputs(paths, outputs)
    results: list[FileResult] = []
    with _output_folder(settings.output_dir), contextlib.ExitStack() as locks:
        for output in outputs:  # before any existing PO is read: a concurrent run cannot interleave
            locks.enter_context(file_lock(output))
        prepared = [_prepare(path, output, settings) for path, output in zip(paths, outputs)]
        glossary = _load_glossary(settings)
        matcher = _source_matcher(glossary, settings.source_lang)
        run = _Run(settings, glossary, matcher, engine_loader or load_engine, progress)
        run.start(prepared)
        for group in _groups(prepared, GROUP_SEGMENTS):
            run.translate(group)
            results.extend(_write_po(item, run, settings) for item in group)
    return TranslateSummary(files=tuple(results), seconds=time.perf_counter() - started, signature=run.signature())


def _with_valid_languages(settings: TranslateSettings) -> TranslateSettings:
    """``settings`` with both language codes checked and normalised (UsageError otherwise),
    before any path or PO header is built from them."""
    import dataclasses

    from reltrans.langcodes import require

    source_lang = require(settings.source_lang, label="source language")
    target_lang = require(settings.target_lang, label="target language")
    return dataclasses.replace(settings, source_lang=source_lang, target_lang=target_lang)


@contextlib.contextmanager
def _output_folder(folder: Path | None) -> Iterator[None]:
    """Create ``folder`` (and missing parents) for the run; remove what was created, if it is
    still empty, when the run fails."""
    created: list[Path] = []
    if folder is not None:
        missing = folder
        while not missing.exists() and missing != missing.parent:
            created.append(missing)
            missing = missing.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder: {exc.strerror or exc}", path=folder) from None
    try:
        yield
    except BaseException:
        for path in created:  # deepest first
            with contextlib.suppress(OSError):
                path.rmdir()
        raise


#: About how many sentences are translated before the PO files that hold them are written.
GROUP_SEGMENTS = 4000


def _groups(prepared: Sequence[_Prepared], size: int) -> Iterable[list[_Prepared]]:
    group: list[_Prepared] = []
    count = 0
    for item in prepared:
        group.append(item)
        count += len(item.segmented.segments)
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group


# --------------------------------------------------------------------------- preparation
def _prepare(source: Path, output: Path, settings: TranslateSettings) -> _Prepared:
    """Read and segment ``source``; read the PO already at ``output``, which will be updated
    (``--force``: ignored and overwritten)."""
    from reltrans.catalog import read_catalog
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    if source.suffix.lower() in (".po", ".pot"):
        raise InputError("is a PO file, not a source document (translate takes .txt or .md releases)", path=source)
    document = load_document(source, settings.fmt, invalid_bytes=settings.invalid_bytes)
    segmented = segment_document(document, settings.source_lang)
    existing = read_catalog(output) if output.exists() and not settings.force else None
    return _Prepared(source, output, segmented, existing)


def _reject_duplicate_outputs(sources: Sequence[Path], outputs: Sequence[Path]) -> None:
    seen: dict[Path, Path] = {}
    for source, output in zip(sources, outputs):
        key = output.resolve()
        if key in seen:
            raise UsageError(f"{source} and {seen[key]} would both write {output}")
        seen[key] = source


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
class _Run:
    """The state of one ``translate_files`` call: decisions so far and the lazily loaded engine."""

    def __init__(
        self,
        settings: TranslateSettings,
        glossary: "Glossary | None",
        matcher: object | None,
        loader: EngineLoader,
        progress: Progress | None,
    ) -> None:
        self.settings = settings
        self.glossary = glossary
        self.matcher = matcher
        self.loader = loader
        self.progress = progress
        self.decided: dict[str, Decision] = {}
        self.engine: EngineLike | None = None
        self.total = 0
        self.done = 0

    def start(self, prepared: Sequence[_Prepared]) -> None:
        """Count what will go to the memory or the model, for the progress bar."""
        self.total = len(_needing_translation(prepared, {}))
        if self.progress and self.total:
            self.progress(0, self.total)

    def translate(self, group: Sequence[_Prepared]) -> None:
        """Decide a translation for every msgid of ``group`` that its own PO does not already
        translate and that this run has not decided yet."""
        pending = _needing_translation(group, self.decided)
        if self.settings.tm_path is not None and pending:
            pending = _from_memory(pending, self)
        if self.settings.no_mt:
            for msgid in pending:
                self.decided[msgid] = _UNDECIDED
            return
        if not pending:
            return
        if self.engine is None:
            self.engine = self.loader(self.settings.source_lang, self.settings.target_lang, self.settings.decode)
        for start in range(0, len(pending), _CHUNK):
            part = pending[start : start + _CHUNK]
            for msgid, (text, unmet, note) in zip(part, self._machine_translate(part)):
                self.decided[msgid] = Decision(text, Origin.MODEL, True, tuple(unmet), note)
            self.done += len(part)
            if self.progress:
                self.progress(self.done, max(self.total, self.done))

    def _machine_translate(self, texts: Sequence[str]) -> list[tuple[str, tuple[str, ...], str]]:
        """(text, unmet terms, the enforcement note naming the layers that gave up)."""
        assert self.engine is not None
        if self.glossary is None or self.matcher is None or not self.settings.enforce_terms:
            return [(text, (), "") for text in self.engine.translate(texts)]
        from reltrans.constrain import enforce_terms

        matches = [self.matcher.find(text) for text in texts]  # type: ignore[attr-defined]
        results = enforce_terms(self.engine, texts, matches, self.glossary, target_lang=self.settings.target_lang)
        return [(r.text, tuple(r.unmet), r.note) for r in results]

    def enforce_on_drafts(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
        """(msgid, draft) -> (draft with glossary terms placed, unmet terms)."""
        if not pairs or self.glossary is None or self.matcher is None or not self.settings.enforce_terms:
            return [(draft, ()) for _, draft in pairs]
        from reltrans.constrain import enforce_on_drafts

        sources = [msgid for msgid, _ in pairs]
        matches = [self.matcher.find(text) for text in sources]  # type: ignore[attr-defined]
        results = enforce_on_drafts(
            [draft for _, draft in pairs], sources, matches, self.glossary, target_lang=self.settings.target_lang
        )
        return [(r.text, tuple(r.unmet)) for r in results]

    def model_signature(self) -> str | None:
        """What produced the drafts: the engine, ``no-mt``, or None when nothing was translated."""
        if self.settings.no_mt:
            return "no-mt"
        return self.engine.signature if self.engine is not None else None

    def signature(self) -> str:
        """The reproducibility signature written into PO headers."""
        from reltrans.segment import SEGMENTER_VERSION

        digest = self.glossary.digest if self.glossary is not None else "none"
        model = self.model_signature() or "none"
        return f"model={model}|glossary={digest}|segmenter={SEGMENTER_VERSION}|reltrans={__version__}"


#: Sentences per engine call: the engine batches by tokens inside it; this sets progress steps.
_CHUNK = 256


def _needing_translation(prepared: Sequence[_Prepared], decided: Mapping[str, Decision]) -> list[str]:
    """Distinct msgids, in order, that some file needs and its own existing PO does not
    translate (reviewed, draft, or obsolete, which the merge revives), minus those decided."""
    needed: dict[str, None] = {}
    for item in prepared:
        kept = {e.msgid for e in item.existing.entries if e.msgstr} if item.existing is not None else set()
        for segment in item.segmented.segments:
            msgid = segment.msgid
            if msgid not in kept and msgid not in decided:
                needed.setdefault(msgid, None)
    return list(needed)


def _from_memory(pending: list[str], run: "_Run") -> list[str]:
    """Take what the translation memory has: exact hits of reviewed entries as reviewed, the
    rest (and fuzzy hits) as fuzzy drafts with score and origin in a comment, the glossary
    applied to fuzzy drafts as to machine translations. Returns the msgids still to translate."""
    from reltrans.tm import TranslationMemory

    settings = run.settings
    assert settings.tm_path is not None
    with TranslationMemory(settings.tm_path, create=False) as memory:
        hits = memory.lookup_many(pending, settings.source_lang, settings.target_lang, threshold=settings.tm_threshold)
    remaining: list[str] = []
    drafts: list[tuple[str, str, str]] = []  # (msgid, target, note)
    for msgid, hit in zip(pending, hits):
        if hit is None:
            remaining.append(msgid)
        elif hit.score >= 100.0 and hit.reviewed:
            run.decided[msgid] = Decision(hit.target, Origin.MEMORY, False, (), f"memory: exact match ({hit.origin})")
        else:
            drafts.append((msgid, hit.target, f"memory: {hit.score:.0f}% match ({hit.origin}) for: {hit.source}"))
    for (msgid, _, note), (text, unmet) in zip(drafts, run.enforce_on_drafts([(m, t) for m, t, _ in drafts])):
        run.decided[msgid] = Decision(text, Origin.MEMORY_FUZZY, True, unmet, note)
    return remaining


def memory_in_effect(
    explicit: Path | None, configured: Path | None = None, *, disabled: bool = False
) -> Path | None:
    """The translation memory ``translate`` consults: the one named on the command line (it
    must exist), else the project's configured one or the user's default one (``RELTRANS_TM``
    or the data directory) if it exists yet, else none. Translating never creates a memory."""
    if disabled:
        return None
    if explicit is not None:
        return explicit
    from reltrans.tm import default_tm_path

    candidate = configured if configured is not None else default_tm_path()
    return candidate if candidate.is_file() else None


def load_engine(source_lang: str, target_lang: str, options: "DecodeOptions | None") -> EngineLike:
    """Load the installed Argos model for the pair (raises ModelNotFoundError when there is none)."""
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import DecodeOptions, Engine

    package = find_package(source_lang, target_lang)
    return Engine.load(package, options or DecodeOptions())


# --------------------------------------------------------------------------- writing
def _units_for(
    item: _Prepared,
    decided: Mapping[str, Decision],
    matcher: object | None,
    glossary: "Glossary | None",
    target_lang: str,
) -> list[TranslationUnit]:
    """One unit per distinct sentence of the document, in document order, repeats merged."""
    order: dict[str, list[tuple[int, int, int]]] = {}
    for segment in item.segmented.segments:
        order.setdefault(segment.msgid, []).append((segment.line, segment.paragraph, segment.position))
    reference_name = _one_line(item.source.name)
    units = []
    for msgid, places in order.items():
        decision = decided.get(msgid, _UNDECIDED)
        line, paragraph, position = places[0]
        comments = [f"paragraph {paragraph}, sentence {position}"]
        concepts = _concept_comment(msgid, matcher, glossary, target_lang)
        if concepts:
            comments.append(concepts)
        if decision.note:
            comments.append(decision.note)
        units.append(
            TranslationUnit(
                msgid=msgid,
                msgstr=decision.msgstr,
                origin=decision.origin,
                fuzzy=decision.fuzzy and bool(decision.msgstr),
                references=tuple((reference_name, place[0]) for place in places),
                context_comments=tuple(comments),
                unmet_terms=decision.unmet,
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


def _write_po(item: _Prepared, run: _Run, settings: TranslateSettings) -> FileResult:
    """Build the file's catalog, merge it into the existing PO if any, write it atomically.

    An existing PO that the merge would leave unchanged is not rewritten (a resumed run)."""
    from reltrans.catalog import UNMET_PREFIX, build_catalog, make_header, write_catalog

    units = _units_for(item, run.decided, run.matcher, run.glossary, settings.target_lang)
    name = _one_line(item.source.name)  # a file name may hold a newline: never a header line
    header = make_header(
        source_lang=settings.source_lang,
        target_lang=settings.target_lang,
        project=name,
        signature=run.signature(),
    )
    comment = f"Translation of {name} from {settings.source_lang} to {settings.target_lang}, made by reltrans {__version__}."
    catalog = build_catalog(units, header, path=str(item.output), header_comment=comment)
    kept = 0
    already: set[str] = set()
    written = True
    if item.existing is None:
        write_catalog(catalog, item.output)
    else:
        already = {e.msgid for e in item.existing.entries if e.msgstr}
        # the signature names the model that made the drafts: a run that made none keeps it
        catalog, kept = _merge(item.existing, catalog, keep_signature=run.engine is None)
        written = catalog.entries != item.existing.entries
        if written:
            write_catalog(catalog, item.output)
    fresh = [u for u in units if u.msgid not in already]  # what this run put in, not what it kept
    return FileResult(
        source=item.source,
        output=item.output,
        segments=len(item.segmented.segments),
        entries=len(units),
        words=sum(len(u.msgid.split()) for u in units),
        from_model=sum(1 for u in fresh if u.origin is Origin.MODEL),
        from_memory=sum(1 for u in fresh if u.origin in (Origin.MEMORY, Origin.MEMORY_FUZZY)),
        kept=kept,
        fuzzy=sum(1 for e in catalog.live_entries if e.fuzzy),
        unmet=sum(1 for e in catalog.live_entries if e.fuzzy and any(c.startswith(UNMET_PREFIX) for c in e.extracted_comments)),
        written=written,
        warnings=item.segmented.document.warnings,
    )


def _one_line(text: str) -> str:
    """``text`` safe for one PO header field or comment line: line breaks and other control
    characters (``\\n``, ``\\r``, U+2028 ...) shown as ``\\n``-style escapes."""
    import unicodedata

    def shown(char: str) -> str:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return repr(char)[1:-1] if char in "\n\r\t" else f"\\u{ord(char):04x}"
        return char

    return "".join(shown(char) for char in text)


def _merge(existing: Catalog, fresh: Catalog, *, keep_signature: bool) -> tuple[Catalog, int]:
    """Merge into the existing PO. Header fields a re-run refreshes: the extraction and revision
    dates, generator, charset and plural forms, and the signature unless this run made no draft;
    the rest (Last-Translator, team) belongs to the reviewers."""
    from reltrans.update import merge_catalogs

    refresh = ["POT-Creation-Date", "PO-Revision-Date", "X-Generator", "Content-Type", "Plural-Forms"]
    if not keep_signature:
        refresh.append("X-Reltrans-Signature")
    result = merge_catalogs(existing, fresh, refresh=refresh)
    return result.catalog, result.kept
