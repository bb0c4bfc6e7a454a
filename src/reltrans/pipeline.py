"""``translate_files``: the whole translate stage, callable without the command line.

sources ─▶ documents ─▶ segments ─▶ distinct msgids ─▶ (reviewed PO | memory | model + glossary)
        ─▶ translation units ─▶ one PO file per source, written atomically under a file lock.

Every input is read and segmented, under a lock on its PO, before anything is translated or
written, so a bad input fails the run before any output is touched. Every distinct sentence of
the run that no PO or memory translates goes to an executor (:mod:`reltrans.executors`: this
process, or Ray actors; the model loaded once per worker) in batches of about
:data:`GROUP_SEGMENTS` sentences, and each file's PO is written as soon as its last sentence is
back.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, Mapping, Protocol, Sequence

from reltrans import __version__
from reltrans.errors import InputError, OutputError, UsageError
from reltrans.executors import ExecutorSettings
from reltrans.model import Catalog, Origin, SegmentedDocument, TermMatch, TranslationUnit

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.translator import DecodeOptions
    from reltrans.executors import Executor, WorkerSpec
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
    people_names: bool = True  # people's names found in the sources are do-not-translate terms (reltrans.glossary.people)
    no_mt: bool = False
    force: bool = False
    enforce_terms: bool = True
    decode: "DecodeOptions | None" = None
    tm_path: Path | None = None  # the translation memory to consult first (None: none)
    tm_threshold: float = 75.0
    fmt: str | None = None
    invalid_bytes: str = "refuse"  # or "replace": see reltrans.textio.read_source
    update_draft: str = "comment"  # a changed sentence's new draft: a '#.' note, or "mt": the msgstr
    wrap: bool | None = None  # PO layout: msgcat's wrapping, unwrapped, None: as the existing PO
    last_translator: str | None = None  # header values from the project configuration
    language_team: str | None = None
    keep_chrome: bool = False  # translate site chrome too (menus, labels: reltrans.formats.chrome)
    quote_attribution: bool = True  # a quotation with its attribution is one segment; False: --split-quotes
    executor: ExecutorSettings = ExecutorSettings()  # where the model runs: local (default) or ray
    pivot: bool = True  # no package for the pair: chain two through another language (reltrans.engine.pivot)


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
    unmet: int  # glossary terms not placed in fuzzy entries (kept ones included): check's count too
    written: bool = True  # False: the existing PO was already up to date and left alone
    warnings: tuple[str, ...] = ()


class TranslationInterrupted(KeyboardInterrupt):
    """Ctrl-C during :func:`translate_files`: ``files`` are the PO files finished (and written,
    or already up to date) before it, in source order; nothing else was touched."""

    def __init__(self, files: Sequence[FileResult], total: int) -> None:
        super().__init__()
        self.files = tuple(files)
        self.total = total  # files in the run


@dataclass(frozen=True)
class TranslateSummary:
    """The result of :func:`translate_files`."""

    files: tuple[FileResult, ...]
    seconds: float
    signature: str
    executor: str = "local"
    model_loads: int = 0  # model loads in this run: one per worker (actor), plus replacements
    retried: tuple[str, ...] = ()  # batches sent again because their worker died, one line each

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
    executor: "Executor | None" = None,
) -> TranslateSummary:
    """Translate every source file into a PO file; return what was done.

    Raises :class:`reltrans.errors.ReltransError` subclasses: bad input (exit 3) before any
    output is written, no model (exit 4), unwritable output or a PO in the way (exit 5).
    Every distinct sentence of every file is looked up (its own PO, the translation memory);
    the rest goes to ``executor`` (default: the one ``settings.executor`` names) in batches of
    about :data:`GROUP_SEGMENTS` sentences, and each PO file is written as soon as its last
    sentence is back, so an interrupted run keeps what it finished (Ctrl-C raises
    :class:`TranslationInterrupted` naming those files) and a rerun sends only what is still
    untranslated to the model.
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
        prepared = _with_run_chrome([_prepare(path, output, settings) for path, output in zip(paths, outputs)], settings)
        glossary = _document_glossary(_load_glossary(settings), prepared, settings)
        matcher = _source_matcher(glossary, settings.source_lang)
        run = _Run(settings, glossary, matcher, engine_loader or _default_loader(settings, glossary), progress, executor)
        run.start(prepared)
        results = run.translate_and_write(prepared)
    return TranslateSummary(
        files=tuple(results),
        seconds=time.perf_counter() - started,
        signature=run.signature(),
        executor=run.executor.kind,
        model_loads=run.executor.model_loads(),
        retried=tuple(retry.describe() for retry in run.executor.retries),
    )


#: The largest ``--files-from`` list read (a million paths fit well within it).
MAX_SOURCE_LIST_BYTES = 256 * 1024 * 1024
_SHOWN_MISSING = 5  # listed files named in the error about missing ones


def read_source_list(path: str | Path, *, stdin: "BinaryIO | None" = None) -> list[Path]:
    """The sources named in a ``--files-from`` list: one path per line (relative to the working
    directory; spaces around it dropped), blank lines and ``#`` comment lines skipped, a path
    listed twice taken once; ``"-"`` reads ``stdin``. Every listed file must exist: an
    :class:`InputError` names the list's lines that do not (up to five, and how many in all)."""
    import os
    import sys

    from reltrans.textio import read_input_bytes

    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_SOURCE_LIST_BYTES + 1)
        if len(data) > MAX_SOURCE_LIST_BYTES:
            raise InputError(f"the list of files on stdin is over {MAX_SOURCE_LIST_BYTES // 2**20} MiB")
        where = "stdin"
    else:
        data = read_input_bytes(path, what="a list of files", limit=MAX_SOURCE_LIST_BYTES)
        where = str(path)
    sources: list[Path] = []
    missing: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.splitlines(), start=1):
        name = os.fsdecode(raw).strip()  # a file name that is not UTF-8 still names its file
        if not name or name.startswith("#"):
            continue  # blank lines and comments, as in rsync's --files-from
        if "\0" in name:
            raise InputError(f"line {number} of the list holds a NUL byte", path=where)
        source = Path(name)
        if not source.exists():
            missing.append(f"line {number}: {_one_line(name)}")
        key = os.path.abspath(name)
        if key in seen:
            continue  # listed twice: translated once
        seen.add(key)
        sources.append(source)
    if missing:
        shown = "; ".join(missing[:_SHOWN_MISSING]) + (f"; ... ({len(missing)} in all)" if len(missing) > _SHOWN_MISSING else "")
        raise InputError(f"listed file(s) not found: {shown}", path=where)
    return sources


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


#: About how many distinct sentences go to the model in one batch (one engine call; one task
#: for an executor's worker). A batch ends at the end of a file once it holds this many (and
#: inside a file at four times this many), so files are finished, and written, one after another.
GROUP_SEGMENTS = 256
#: The first batch's size; each next one doubles, up to :data:`GROUP_SEGMENTS`.
FIRST_BATCH = 16


def _batches(prepared: Sequence[_Prepared], misses: Sequence[str], size: int) -> list[list[str]]:
    """``misses`` (distinct, in document order) cut into batches, in that order: the same cut
    whatever the executor, so each batch is the same engine call locally and on a cluster."""
    wanted = set(misses)
    batches: list[list[str]] = []
    batch: list[str] = []
    # The first batches end at the first file end after a few sentences, and the threshold
    # doubles up to ``size``: the first files are written within seconds, so a run interrupted
    # early keeps them, while later batches are big enough for the engine's own batching.
    target = min(size, FIRST_BATCH)
    for item in prepared:
        for segment in item.segmented.segments:
            if segment.msgid in wanted:
                wanted.discard(segment.msgid)
                batch.append(segment.msgid)
                if len(batch) >= 4 * size:
                    batches.append(batch)
                    batch = []
        if len(batch) >= target:
            batches.append(batch)
            batch = []
            target = min(size, 2 * target)
    if batch:
        batches.append(batch)
    return batches


# --------------------------------------------------------------------------- preparation
def _prepare(source: Path, output: Path, settings: TranslateSettings) -> _Prepared:
    """Read and segment ``source``; read the PO already at ``output``, which will be updated
    (``--force``: ignored and overwritten)."""
    from reltrans.catalog import read_catalog
    from reltrans.formats import load_document
    from reltrans.segment import segment_document

    if source.suffix.lower() in (".po", ".pot"):
        raise InputError("is a PO file, not a source document (translate takes releases: .txt, .md, .html, .docx)", path=source)
    from reltrans.formats.chrome import mark_chrome

    document = mark_chrome(load_document(source, settings.fmt, invalid_bytes=settings.invalid_bytes))
    segmented = segment_document(
        document, settings.source_lang, keep_chrome=settings.keep_chrome, quote_attribution=settings.quote_attribution
    )
    existing = read_catalog(output) if output.exists() and not settings.force else None
    return _Prepared(source, output, segmented, existing)


def _quotes_field() -> str:
    from reltrans.segment import QUOTES_HEADER_FIELD

    return QUOTES_HEADER_FIELD


def _with_run_chrome(prepared: list[_Prepared], settings: TranslateSettings) -> list[_Prepared]:
    """Mark the lines that open several files of this run as chrome too (the site around
    scraped pages: :func:`reltrans.formats.chrome.shared_lines`), and segment again the files
    where that changed something."""
    import dataclasses

    from reltrans.formats.chrome import mark_chrome, shared_lines
    from reltrans.segment import segment_document

    shared = shared_lines([item.segmented.document for item in prepared])
    if not shared:
        return prepared
    result = []
    for item in prepared:
        document = mark_chrome(item.segmented.document, shared=shared)
        if document.blocks != item.segmented.document.blocks:
            segmented = segment_document(
                document, settings.source_lang, keep_chrome=settings.keep_chrome,
                quote_attribution=settings.quote_attribution,
            )
            item = dataclasses.replace(item, segmented=segmented)
        result.append(item)
    return result


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


def _source_matcher(
    glossary: "Glossary | None", lang: str, *, document_text: str | None = None, document_date: object | None = None
) -> object | None:
    """The ``lang`` matcher of ``glossary``, as the glossary applies to the document (its whole
    source text and date) when they are given."""
    if glossary is None:
        return None
    from reltrans.glossary import build_matcher

    return build_matcher(glossary, lang, document_text=document_text, document_date=document_date)


def _document_glossary(glossary: "Glossary | None", prepared: Sequence[_Prepared], settings: TranslateSettings) -> "Glossary | None":
    """The glossary as it applies to the run's documents (each file's whole source text, and
    ``settings.document_date`` when the settings carry one; see ``Glossary.for_document``).

    Sentences are decided once per run, whatever file they come from, so one glossary serves
    the run: the documents' when they all agree (always for one file); the file's as written
    when documents differ (a smuggling release and a trafficking release translated together),
    so that no document's cues decide for another. With ``settings.people_names``, the people's
    names found in any of the run's documents (in their sentences, as ``check`` reads them) are
    added: a person's name is the same name in every file of the run."""
    if glossary is None or not prepared:
        return glossary
    view = glossary
    if glossary.depends_on_document:
        date = getattr(settings, "document_date", None)
        applied = [glossary.for_document(item.segmented.document.text, date, people=False) for item in prepared]
        view = applied[0] if all(g.digest == applied[0].digest for g in applied) else glossary
    if getattr(settings, "people_names", True):
        from reltrans.glossary.people import with_people

        texts = ["\n".join(dict.fromkeys(seg.msgid for seg in item.segmented.segments)) for item in prepared]
        view = with_people(view, texts, known_from=glossary)
    return view


# --------------------------------------------------------------------------- translation
@dataclass(frozen=True)
class _EngineIdentity:
    """The engine that made this run's drafts, wherever it runs (here or in Ray actors)."""

    signature: str


class _Run:
    """The state of one ``translate_files`` call: decisions so far, the executor that runs the
    model (started only when some sentence needs it), and the files written."""

    def __init__(
        self,
        settings: TranslateSettings,
        glossary: "Glossary | None",
        matcher: object | None,
        loader: EngineLoader,
        progress: Progress | None,
        executor: "Executor | None" = None,
    ) -> None:
        from reltrans.executors import make_executor

        self.settings = settings
        self.glossary = glossary
        self.matcher = matcher
        self.loader = loader
        self.progress = progress
        self.decided: dict[str, Decision] = {}
        self.engine: _EngineIdentity | None = None  # set when the executor has loaded the model
        self.executor = executor if executor is not None else make_executor(settings.executor)
        self.total = 0
        self.done = 0

    def start(self, prepared: Sequence[_Prepared]) -> None:
        """Count what will go to the memory or the model, for the progress bar."""
        self.total = len(_needing_translation(prepared, {}))
        if self.progress and self.total:
            self.progress(0, self.total)

    def translate_and_write(self, prepared: Sequence[_Prepared]) -> list[FileResult]:
        """Decide a translation for every msgid some file needs (its own PO, the memory, then
        the executor) and write each file's PO as soon as all its msgids are decided.

        Returns the files' results in source order; Ctrl-C raises
        :class:`TranslationInterrupted` with the files finished so far."""
        written: dict[int, FileResult] = {}
        try:
            misses = self._decide_without_model(_needing_translation(prepared, self.decided))
            if misses:  # before any file is written: every PO of the run names the same engine
                spec = self._worker_spec()
                self.engine = _EngineIdentity(self.executor.start(spec, self.loader))
            waiting = _Waiting(prepared, self.decided, misses)
            for index in waiting.ready():
                written[index] = _write_po(prepared[index], self, self.settings)
            batches = _batches(prepared, misses, GROUP_SEGMENTS)
            for number, translations in self.executor.run(batches) if batches else ():
                batch = batches[number]
                for msgid, translation in zip(batch, translations):
                    self.decided[msgid] = Decision(translation.text, Origin.MODEL, True, tuple(translation.unmet), translation.note)
                self._advance(len(batch))
                for index in waiting.decided(batch):
                    written[index] = _write_po(prepared[index], self, self.settings)
        except KeyboardInterrupt:
            raise TranslationInterrupted([written[i] for i in sorted(written)], len(prepared)) from None
        finally:
            self.executor.close()
        return [written[i] for i in range(len(prepared))]

    def _decide_without_model(self, pending: list[str]) -> list[str]:
        """Decide what the translation memory has (or, with ``no_mt``, everything, as
        untranslated); return the msgids left for the model."""
        if self.settings.tm_path is not None and pending:
            before = len(pending)
            pending = _from_memory(pending, self)
            self._advance(before - len(pending))
        if self.settings.no_mt:
            for msgid in pending:
                self.decided[msgid] = _UNDECIDED
            return []
        return pending

    def _worker_spec(self) -> "WorkerSpec":
        from reltrans.executors import WorkerSpec

        settings = self.settings
        return WorkerSpec(
            source_lang=settings.source_lang,
            target_lang=settings.target_lang,
            decode=settings.decode,
            glossary=self.glossary,
            matcher=self.matcher,
            enforce_terms=settings.enforce_terms,
        )

    def _advance(self, count: int) -> None:
        if not count:
            return
        self.done += count
        if self.progress:
            self.progress(self.done, max(self.total, self.done))

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


class _Waiting:
    """Which files still wait for which msgids from the model."""

    def __init__(self, prepared: Sequence[_Prepared], decided: Mapping[str, Decision], misses: Sequence[str]) -> None:
        missing = set(misses)
        self.left: list[int] = []
        self.files_of: dict[str, list[int]] = {}
        for index, item in enumerate(prepared):
            needed = set(_needing_translation([item], {})) & missing
            self.left.append(len(needed))
            for msgid in needed:
                self.files_of.setdefault(msgid, []).append(index)

    def ready(self) -> list[int]:
        """Files waiting for nothing."""
        return [index for index, left in enumerate(self.left) if left == 0]

    def decided(self, msgids: Sequence[str]) -> list[int]:
        """Files that ``msgids`` finished, in source order."""
        finished = []
        for msgid in msgids:
            for index in self.files_of.pop(msgid, ()):
                self.left[index] -= 1
                if self.left[index] == 0:
                    finished.append(index)
        return sorted(finished)


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
        if hit is not None and "<" in msgid:  # placeholders stored under other numbers
            from dataclasses import replace as _replace

            from reltrans.formats.inline import renumber_like

            hit = _replace(hit, target=renumber_like(hit.source, msgid, hit.target))
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


def load_engine(
    source_lang: str,
    target_lang: str,
    options: "DecodeOptions | None",
    *,
    pivot: bool = True,
    pivot_glossary: "Glossary | None" = None,
) -> EngineLike:
    """Load the installed Argos model for the pair. Without one, and with ``pivot``, two
    installed packages chained through another language, as Argos chains them
    (:mod:`reltrans.engine.pivot`; ``pivot_glossary`` is applied on the leg it covers);
    otherwise :class:`ModelNotFoundError`. ``options`` None: the Argos settings
    (``ARGOS_BEAM_SIZE``...) over reltrans' defaults (:mod:`reltrans.engine.argos_settings`)."""
    from reltrans.engine.argos_settings import decode_options
    from reltrans.engine.packages import find_package
    from reltrans.engine.translator import Engine
    from reltrans.errors import ModelNotFoundError

    options = options or decode_options()
    try:
        package = find_package(source_lang, target_lang)
    except ModelNotFoundError:
        if not pivot:
            raise
        from reltrans.engine.pivot import load_pivot

        chained = load_pivot(source_lang, target_lang, options, glossary=pivot_glossary)
        if chained is None:
            raise
        return chained
    return Engine.load(package, options)


def _default_loader(settings: TranslateSettings, glossary: "Glossary | None") -> EngineLoader:
    """:func:`load_engine` with the run's pivot setting and, for a pivot, the glossary with all
    its languages (the run's ``glossary`` covers the pair only; a pivot may use it on one leg).
    A picklable partial: executors ship it to their workers."""
    import functools

    pivot_glossary = glossary
    if glossary is None and settings.pivot and settings.enforce_terms and not settings.no_mt:
        from reltrans.glossary import load_glossaries

        loaded = load_glossaries(settings.glossary_paths, bundled=settings.bundled_glossary)
        pivot_glossary = loaded if loaded.concepts else None
    return functools.partial(load_engine, pivot=settings.pivot, pivot_glossary=pivot_glossary)


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
    from reltrans.glossary.model import fold_document

    folded = fold_document(item.segmented.document.text)  # what the review hints' reasons read
    units = []
    for msgid, places in order.items():
        decision = decided.get(msgid, _UNDECIDED)
        line, paragraph, position = places[0]
        comments = [f"paragraph {paragraph}, sentence {position}"]
        concepts = _concept_comment(msgid, matcher, glossary, target_lang)
        if concepts:
            comments.append(concepts)
        comments.extend(_review_comments(msgid, matcher, glossary, target_lang, folded))
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
    """``glossary: OIM → IOM; traite des personnes → trafficking in persons``.

    A longer term is followed by the known terms it holds or crosses (the matcher's inner
    matches), after its own rendering, so the translator sees the parts of a long name too:
    ``Secrétaire général des Nations Unies → United Nations Secretary-General (inside:
    Secrétaire général → Secretary-General; Nations Unies → United Nations)``; ``overlapping:``
    names a term that shares words with the match (``trafic de drogues → drug trafficking
    (overlapping: drogues illicites → illicit drugs)``). Forbidden terms are not listed."""
    if matcher is None or glossary is None:
        return ""
    with_inner = getattr(matcher, "find_with_inner", None)
    if with_inner is not None:
        found = with_inner(msgid)
    else:  # a matcher that reports no hidden terms
        from reltrans.glossary.matcher import NestedMatch

        found = [NestedMatch(m) for m in matcher.find(msgid)]  # type: ignore[attr-defined]
    parts: list[str] = []
    for nested in found:
        match = nested.match
        if match.status == "forbidden":  # not listed; what it hid still is
            parts.extend(p for p in _hint_parts(nested.inner + nested.overlapping, glossary, target_lang) if p not in parts)
            continue
        concept = glossary.get(match.concept_id)
        if concept.review:  # its own line: _review_comments
            continue
        preferred = concept.preferred(target_lang)
        part = f"{match.surface} → {preferred.text}" if preferred is not None else match.surface
        if concept.kind == "person":  # found in the document, not in a glossary file
            part = f"{match.surface} (a person's name: as written)"
        for label, hidden in (("inside", nested.inner), ("overlapping", nested.overlapping)):
            shown = _hint_parts(hidden, glossary, target_lang)
            if shown:
                part += f" ({label}: {'; '.join(shown)})"
        if part not in parts:
            parts.append(part)
    return "glossary: " + "; ".join(parts) if parts else ""


def _review_comments(
    msgid: str, matcher: object | None, glossary: "Glossary | None", target_lang: str, folded_document: str | None = None
) -> list[str]:
    """One ``review: « mandat » → 'mandate' (or ...); not forced: WHY`` line per concept of
    ``msgid`` flagged for review rather than forced (:func:`reltrans.glossary.review.review_hint`;
    ``folded_document``: the file's source text, folded, which tells why)."""
    if matcher is None or glossary is None:
        return []
    from reltrans.glossary.review import review_hint

    lines: list[str] = []
    seen: set[str] = set()
    for match in matcher.find(msgid):  # type: ignore[attr-defined]
        concept = glossary.get(match.concept_id)
        if concept is None or not concept.review or match.status == "forbidden" or concept.id in seen:
            continue
        seen.add(concept.id)
        lines.append(_one_line(review_hint(match.surface, concept, target_lang, folded_document)))
    return lines


def _hint_parts(matches: Sequence[TermMatch], glossary: "Glossary", target_lang: str) -> list[str]:
    """``surface → rendering`` of each allowed match that has a rendering, once each. A
    person's name (a surname inside the full name) adds nothing to the hint and is left out."""
    parts: list[str] = []
    for match in matches:
        if match.status == "forbidden":
            continue
        concept = glossary.get(match.concept_id)
        if concept.kind == "person":
            continue
        preferred = concept.preferred(target_lang)
        part = f"{match.surface} → {preferred.text}" if preferred is not None else ""
        if part and part not in parts:
            parts.append(part)
    return parts


def _write_po(item: _Prepared, run: _Run, settings: TranslateSettings) -> FileResult:
    """Build the file's catalog, merge it into the existing PO if any, write it atomically.

    An existing PO that the merge would leave unchanged is not rewritten (a resumed run)."""
    from reltrans.catalog import build_catalog, is_wrapped, make_header, source_version, write_catalog
    from reltrans.checks.glossary_checks import open_unmet_terms
    from reltrans.words import count_words

    units = _units_for(item, run.decided, run.matcher, run.glossary, settings.target_lang)
    name = _one_line(item.source.name)  # a file name may hold a newline: never a header line
    from reltrans.formats.chrome import HEADER_FIELD, header_value

    header = make_header(
        source_lang=settings.source_lang,
        target_lang=settings.target_lang,
        project=name,
        signature=run.signature(),
        extra={
            HEADER_FIELD: header_value(item.segmented.document, kept=settings.keep_chrome),
            **({} if settings.quote_attribution else {_quotes_field(): "split"}),
        },
        version=source_version(item.segmented.document.text),
        last_translator=settings.last_translator,
        language_team=settings.language_team,
    )
    comment = f"Translation of {name} from {settings.source_lang} to {settings.target_lang}, made by reltrans {__version__}."
    catalog = build_catalog(units, header, path=str(item.output), header_comment=comment)
    kept = 0
    already: set[str] = set()
    written = True
    if item.existing is None:
        write_catalog(catalog, item.output, wrap=bool(settings.wrap))
    else:
        already = {e.msgid for e in item.existing.entries if e.msgstr}
        # the signature names the model that made the drafts: a run that made none keeps it
        catalog, kept = _merge(
            item.existing, catalog, keep_signature=run.engine is None, update_draft=settings.update_draft, source_name=name
        )
        relayout = settings.wrap is not None and settings.wrap != is_wrapped(item.output)
        written = catalog.entries != item.existing.entries or relayout
        if written:
            write_catalog(catalog, item.output, wrap=settings.wrap)
    fresh = [u for u in units if u.msgid not in already]  # what this run put in, not what it kept
    return FileResult(
        source=item.source,
        output=item.output,
        segments=len(item.segmented.segments),
        entries=len(units),
        words=sum(count_words(u.msgid) for u in units),
        from_model=sum(1 for u in fresh if u.origin is Origin.MODEL),
        from_memory=sum(1 for u in fresh if u.origin in (Origin.MEMORY, Origin.MEMORY_FUZZY)),
        kept=kept,
        fuzzy=sum(1 for e in catalog.live_entries if e.fuzzy),
        unmet=sum(len(open_unmet_terms(e)) for e in catalog.live_entries),
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


def _extracted(catalog: Catalog) -> list[tuple[str | None, str, str | None]]:
    """The live (msgctxt, msgid, msgid_plural) of a catalog, in order: what an extraction decides."""
    return [(e.msgctxt, e.msgid, e.msgid_plural) for e in catalog.live_entries if e.msgid]


def _merge(
    existing: Catalog, fresh: Catalog, *, keep_signature: bool, update_draft: str = "comment", source_name: str | None = None
) -> tuple[Catalog, int]:
    """Merge into the existing PO. Header fields a re-run refreshes: the extraction date (only
    when the sentences changed), generator, charset and plural forms, the revision date only when a translation changed, the
    signature unless this run made no draft, and ``Project-Id-Version`` when it names this
    source (its version follows the source); the rest (Last-Translator, team) belongs to the
    reviewers."""
    from reltrans.catalog import header_source
    from reltrans.update import merge_catalogs

    refresh = ["PO-Revision-Date", "X-Generator", "Content-Type", "Plural-Forms", "X-Reltrans-Chrome"]
    if _extracted(existing) != _extracted(fresh):  # as xgettext: the date of the extraction that changed
        refresh.append("POT-Creation-Date")
    if not keep_signature:
        refresh.append("X-Reltrans-Signature")
    if source_name is not None and source_name in (header_source(existing.header), existing.header.get("Project-Id-Version")):
        refresh.append("Project-Id-Version")
    result = merge_catalogs(existing, fresh, refresh=refresh, update_draft=update_draft)
    return result.catalog, result.kept
