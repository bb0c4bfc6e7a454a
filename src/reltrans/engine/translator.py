"""Decoding with an installed Argos package: its tokenizer + CTranslate2.

The only module that imports ``ctranslate2`` (lazily, inside functions); the package's
tokenizer (SentencePiece or Moses + BPE) comes from :mod:`reltrans.engine.tokenizers`. No
network access, no sentence splitting (segments come from :mod:`reltrans.segment`), no
``argostranslate`` import. Any model folder CTranslate2 loads is accepted: ``config.json``
is optional (models converted before CTranslate2 3.0 have none), vocabularies may be
``.json`` or ``.txt``, shared or separate.

* :meth:`Engine.translate` -- plain 1-best translation of many segments, batched by tokens;
  the result of a segment does not depend on the other segments in the call.
* :meth:`Engine.decode` -- n-best with scores, forced target prefixes and banned texts
  (``suppress_sequences``), for glossary enforcement.

Decoding follows ``argostranslate`` (``apply_packaged_translation``): ``replace_unknowns``,
length penalty 0.2, an output cap of 256 tokens (CTranslate2's default), the model's own
compute type. Where reltrans deliberately differs:

* segments longer than :attr:`DecodeOptions.max_input_tokens` (256) are never truncated
  (Argos/CTranslate2 cut the input at 1,024 tokens): they are cut at punctuation or whitespace
  into chunks that fit (in one linear pass over the tokens), translated chunk by chunk and
  joined with a space;
* a long segment's output cap is raised to ``2 x tokens + 10`` (in steps of 64) where 256
  would truncate it; the cap is a function of the segment alone, never of its batch;
* underscores are kept (Argos turns every ``_`` of the output into a space);
* no unknown mark reaches the text: a target piece that copies a source piece NFKC changed
  ("Ｗ" -> "W") gets the source's own characters back when the source writes that piece one
  way only, and a hypothesis still holding "⁇" (U+2047) or U+FFFD that its source lacks is
  marked :attr:`Hypothesis.damaged` (``translate`` returns ``""`` for it: an untranslated
  entry, never a mark in a draft).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from reltrans.engine.packages import InstalledPackage
from reltrans.engine.tokenizers import Piece, Tokenizer, load_tokenizer
from reltrans.engine.tokenizers import read_target_vocabulary as _read_target_vocabulary
from reltrans.errors import ModelError

_UNKNOWN_MARKS = ("\u2047", "\ufffd")  # SentencePiece's surface of <unk>; undecodable bytes
_CAP_STEP = 64  # raised output caps are rounded up to this (few distinct caps, fuller batches)
_CALL_BATCHES = 16  # token budgets handed to one translate_batch call (it batches inside)
_CUT_AFTER = tuple(".;:!?,…»)]")
_PREFERRED_COMPUTE = ("int8_float16", "int8_bfloat16", "int8_float32", "int8", "float16", "bfloat16", "float32")


@dataclass(frozen=True)
class DecodeOptions:
    """How to run the model; the defaults are Argos' (see the module docstring).

    ``compute_type`` "default" (or "auto") runs the model in the type it was saved in (int8
    for Argos packages), as Argos' ``auto`` does; another type falls back to the best one the
    device supports. ``max_batch_tokens`` 0 picks the batch size from the machine and the
    model (:func:`auto_batch_tokens`). A segment's output cap is
    ``min(max_decoding_length, max(max_decoding_length_base, ratio * tokens + slack))``.
    """

    beam_size: int = 4
    num_hypotheses: int = 1
    device: str = "cpu"
    compute_type: str = "default"
    inter_threads: int = 1
    intra_threads: int = 0  # 0: CTranslate2 default
    max_batch_tokens: int = 0  # 0: auto_batch_tokens(...)
    max_input_tokens: int = 256  # longer segments are split into chunks, never truncated
    max_decoding_length_base: int = 256  # Argos' cap (CTranslate2's default max_decoding_length)
    max_decoding_length_ratio: float = 2.0  # long segments: ratio * source tokens + slack
    max_decoding_length_slack: int = 10
    max_decoding_length: int = 1024  # absolute cap
    length_penalty: float = 0.2  # Argos' value
    repetition_penalty: float = 1.0


@dataclass(frozen=True)
class DecodeRequest:
    """One segment to decode: optional forced target prefix and texts that must not appear."""

    source: str
    target_prefix: str | None = None
    suppress: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hypothesis:
    """One translation candidate; ``score`` is CTranslate2's length-normalised log-probability.

    ``damaged``: the text holds an unknown mark ("⁇", U+2047) or U+FFFD that the source does
    not, and it could not be restored; callers must not use the text as a translation.
    """

    text: str
    tokens: tuple[str, ...]
    score: float
    damaged: bool = False


@dataclass(frozen=True)
class _Unit:
    """One chunk to decode (a request is one or more chunks)."""

    request: int
    chunk: int
    tokens: tuple[str, ...]
    prefix: tuple[str, ...] | None
    suppress: tuple[tuple[str, ...], ...]
    joiner: str = ""  # text put between the previous chunk's output and this one's
    prefix_text: str = ""  # the forced target prefix as the caller wrote it
    restore: tuple[tuple[tuple[str, ...], str], ...] = ()  # source pieces NFKC changed -> source text
    marks: int = 0  # unknown marks the source chunk itself holds
    cap: int = 256  # output tokens allowed, forced prefix included


def auto_batch_tokens(device: str, beam_size: int, model_dir: Path) -> int:
    """Source tokens per batch chosen from the device and the model (``max_batch_tokens`` 0).

    reltrans hands CTranslate2 this budget as ``max_batch_size`` with ``batch_type="tokens"``
    (it then cuts batches exactly as a raw call does). Measured side by side with raw
    ``translate_batch`` (bench/bench_decode.py, Argos-sized model, 2 shared CPU cores): 4,096
    tokens was the best or within 5 % of the best setting at beam 1 and beam 4 (2,048 and
    16,384 were slower, 8,192 about equal); memory grows linearly with the batch
    (CTranslate2 keeps ``beam`` copies of each layer's cross-attention keys and values per
    source token), so the batch is also bounded to about 1/16 of the machine's memory and to
    1 GiB. GPUs gain from larger batches (16,384 tokens, bench/bench_gpu.py).
    """
    import os

    per_token = max(beam_size, 1) * _model_bytes_per_token(model_dir)
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        memory = 4 << 30
    budget = min(memory // 16, 1 << 30)
    wanted = 16384 if device == "cuda" else 4096
    return int(max(512, min(wanted, budget // max(per_token, 1))))


def _model_bytes_per_token(model_dir: Path) -> int:
    """Rough memory per source token in a batch, per beam: float32 cross-attention keys and
    values of every decoder layer plus the encoder states, from the model's size."""
    try:
        size = (model_dir / "model.bin").stat().st_size
    except OSError:
        size = 100 << 20
    # An Argos-sized model (~60-100 MB int8, d_model 512, 6 decoder layers) keeps about
    # 6 x 2 x 512 x 4 bytes = 24 KiB per token and beam; scale with the model's size.
    return int(24 * 1024 * max(size / (80 << 20), 0.05))


MAX_BINARY_VERSION = 6  # the newest model.bin format CTranslate2 4.x reads


@dataclass(frozen=True)
class ModelHeader:
    """The start of a CTranslate2 ``model.bin``: format version, model spec and its revision.

    Binary version 6 is CTranslate2 3.0 and later (settings in ``config.json``); 5 and older
    (CTranslate2 2.x and before) keep the settings as variables of ``model.bin`` and have no
    ``config.json``; CTranslate2 4.x loads them all.
    """

    binary_version: int
    spec: str
    revision: int


def read_model_header(path: Path) -> ModelHeader:
    """Read the header of ``model.bin`` (no ctranslate2 import); :class:`ModelError` when the
    file cannot be read or does not start like a CTranslate2 model."""
    import struct

    try:
        with open(path, "rb") as model:
            head = model.read(4 + 2 + 256 + 4)
    except OSError as exc:
        raise ModelError(f"cannot be read: {exc.strerror or exc}", path=path) from None
    if len(head) < 4:
        raise ModelError("is not a CTranslate2 model (too short)", path=path)
    (version,) = struct.unpack_from("<I", head, 0)
    if not 1 <= version <= MAX_BINARY_VERSION:
        raise ModelError(f"is not a CTranslate2 model this version reads (binary version {version})", path=path)
    if version == 1:
        return ModelHeader(1, "", 1)
    if len(head) < 6:
        raise ModelError("is not a CTranslate2 model (truncated header)", path=path)
    (length,) = struct.unpack_from("<H", head, 4)
    name = head[6 : 6 + length]
    if not 2 <= length <= 256 or len(name) < length or not name.endswith(b"\0") or len(head) < 6 + length + 4:
        raise ModelError("is not a CTranslate2 model (no model spec name)", path=path)
    try:
        spec = name[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise ModelError("is not a CTranslate2 model (unreadable model spec name)", path=path) from None
    if not spec.isidentifier():
        raise ModelError("is not a CTranslate2 model (unreadable model spec name)", path=path)
    (revision,) = struct.unpack_from("<I", head, 6 + length)
    return ModelHeader(version, spec, revision)


def _choose_compute_type(ct2: Any, device: str, requested: str) -> str:
    if requested in {"auto", "default"}:
        return requested
    try:
        supported = set(ct2.get_supported_compute_types(device))
    except (RuntimeError, ValueError) as exc:
        raise ModelError(f"device {device!r} is not usable: {exc}") from None
    if requested in supported:
        return requested
    for candidate in _PREFERRED_COMPUTE:
        if candidate in supported:
            return candidate
    raise ModelError(f"no usable compute type on {device} (supported: {', '.join(sorted(supported))})")


class Engine:
    """A loaded translation model. Build it with :meth:`Engine.load`."""

    def __init__(self, package: InstalledPackage, options: DecodeOptions, translator: Any, tokenizer: Tokenizer, compute_type: str, ct2_version: str) -> None:
        self.package = package
        self.options = options
        self._translator = translator
        self._tokenizer = tokenizer
        self._compute_type = compute_type
        self._ct2_version = ct2_version
        self._prefix_tokens: tuple[str, ...] = (package.target_prefix,) if package.target_prefix else ()
        self._target_vocab: frozenset[str] | None = None
        self._batch_tokens = options.max_batch_tokens or auto_batch_tokens(options.device, options.beam_size, package.path / "model")

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, package: InstalledPackage, options: DecodeOptions | None = None) -> Engine:
        """Load the package's tokenizer (SentencePiece or BPE) and CTranslate2 model.

        Only ``model/model.bin`` is required of the model folder: CTranslate2 judges the
        rest (``config.json`` is optional, vocabularies ``.json`` or ``.txt``). Raises
        :class:`ModelError` (one line, naming the file) when the package is not usable.
        """
        options = options or DecodeOptions()
        model_dir = package.path / "model"
        if not (model_dir / "model.bin").is_file():
            raise ModelError("no model.bin in the CTranslate2 model", path=model_dir)
        processor = load_tokenizer(package.path, package.from_code, package.to_code)
        import ctranslate2

        compute_type = _choose_compute_type(ctranslate2, options.device, options.compute_type)
        try:
            translator = ctranslate2.Translator(
                str(model_dir),
                device=options.device,
                compute_type=compute_type,
                inter_threads=options.inter_threads,
                intra_threads=options.intra_threads,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"cannot load the CTranslate2 model: {_one_line(exc)}", path=model_dir) from None
        # "default"/"auto": name the type the model actually runs in (signature, PO header).
        actual = getattr(translator, "compute_type", None)
        if isinstance(actual, str) and actual:
            compute_type = actual
        return cls(package, options, translator, processor, compute_type, ctranslate2.__version__)

    @property
    def signature(self) -> str:
        """Identifies model + decoding settings, e.g. ``translate-fr_en-1.0|ct2-4.8.5|int8|beam4``."""
        p = self.package
        return f"translate-{p.from_code}_{p.to_code}-{p.package_version}|ct2-{self._ct2_version}|{self._compute_type}|beam{self.options.beam_size}"

    # ------------------------------------------------------------------ tokens
    @property
    def tokenizer(self) -> Tokenizer:
        """The package's tokenizer (``kind``: "sentencepiece" or "bpe")."""
        return self._tokenizer

    def tokenize(self, text: str) -> list[str]:
        """Source tokens of ``text`` (SentencePiece pieces, or Moses + BPE tokens)."""
        return self._tokenizer.encode(text)

    def detokenize(self, tokens: Iterable[str]) -> str:
        """Text of target tokens, as Argos detokenizes them (SentencePiece: byte-fallback
        pieces are decoded, a piece outside the vocabulary, as ``replace_unknowns`` copies it,
        is kept as it is; BPE: ``@@`` joins, Moses detokenization)."""
        return self._tokenizer.decode(tokens)

    @property
    def max_batch_tokens(self) -> int:
        """Source tokens per batch in effect (chosen by :func:`auto_batch_tokens` when 0)."""
        return self._batch_tokens

    # ------------------------------------------------------------------ decoding
    def translate(self, texts: Sequence[str]) -> list[str]:
        """1-best translations, in order. Blank inputs come back unchanged.

        A segment whose translation is :attr:`Hypothesis.damaged` comes back as ``""``
        (untranslated), never with an unknown mark in it.
        """
        results = self._run([DecodeRequest(t) for t in texts], 1, with_scores=False)
        return [hyps[0].text if hyps and not hyps[0].damaged else "" for hyps in results]

    def decode(
        self,
        requests: Sequence[DecodeRequest],
        num_hypotheses: int | None = None,
        *,
        beam_size: int | None = None,
    ) -> list[list[Hypothesis]]:
        """n-best hypotheses (best first) per request.

        ``target_prefix`` is forced and the model continues after it (the returned text
        includes it); ``suppress`` texts are banned in their usual tokenizations (with and
        without a leading space, lower/Title/UPPER case). Other tokenizations of a banned
        text are still possible in principle; callers should verify the output.
        ``beam_size`` overrides the engine's beam for this call (e.g. 1 for a greedy
        continuation after a forced prefix); it is raised to ``num_hypotheses`` if smaller.
        """
        n = num_hypotheses or self.options.num_hypotheses
        if n < 1:
            raise ValueError("num_hypotheses must be >= 1")
        return self._run(requests, n, with_scores=True, beam_size=beam_size)

    def suppress_variants(self, text: str) -> list[tuple[str, ...]]:
        """The token sequences banned for ``text`` (see :meth:`decode`)."""
        forms: list[str] = []
        for form in (text, text.lower(), text.title(), text.upper(), text[:1].upper() + text[1:]):
            if form.strip() and form not in forms:
                forms.append(form)
        out: list[tuple[str, ...]] = []
        for form in forms:
            for variant in self._tokenizer.target_variants(form.strip()):
                if variant and self._in_vocab(variant) and variant not in out:
                    out.append(variant)
        return out

    # ------------------------------------------------------------------ internals
    def _in_vocab(self, pieces: Sequence[str]) -> bool:
        """Whether the model can emit ``pieces``: in its CTranslate2 target vocabulary (which
        may differ from the tokenizer's vocabulary) or, without one, in the tokenizer's."""
        target = self._target_vocabulary()
        if target:
            return all(p in target for p in pieces)
        return self._tokenizer.in_own_vocabulary(pieces)

    def _target_vocabulary(self) -> frozenset[str]:
        if self._target_vocab is None:
            # a BPE tokenizer read it already (its target-side pieces come from it)
            self._target_vocab = getattr(self._tokenizer, "target_vocabulary", None) or _read_target_vocabulary(self.package.path / "model")
        return self._target_vocab

    def _encode(self, text: str) -> list[Piece]:
        """(token, source surface, char offset where the surface starts, cut allowed) for ``text``."""
        return self._tokenizer.pieces(text)

    def _chunks(self, text: str) -> list[tuple[list[str], str, tuple[tuple[tuple[str, ...], str], ...], int]]:
        """(tokens, joiner, restorable runs, unknown marks in the chunk's text) chunks of
        ``text``, each within ``max_input_tokens``.

        One pass over the tokens: each chunk ends at the last word start after punctuation in
        the second half of its window, else at the last word start, else at the window's end
        (inside a word: joiner ""). Time and memory stay linear in the length of ``text``.
        """
        limit = max(self.options.max_input_tokens, 1)
        exact = self._tokenizer.exact_pieces
        if exact:
            pieces = self._encode(text)
            tokens = [p.token for p in pieces]
        else:  # BPE: exact tokens first; word estimates only to cut a text that is too long
            tokens = self.tokenize(text)
        if len(tokens) <= limit:
            return [(tokens, "", _restorable_runs(pieces) if exact else (), _marks(text))]
        if not exact:
            pieces = self._encode(text)
            if len(pieces) <= limit:
                return [(tokens, "", (), _marks(text))]
        bounds: list[int] = [0]
        start = 0
        while len(pieces) - start > limit:
            cut = _cut_point(pieces, start, limit)
            bounds.append(cut)
            start = cut
        chunks = []
        char_bounds = [0] + [pieces[b].begin for b in bounds[1:]] + [len(text)]
        for k in range(len(bounds)):
            piece_text = text[char_bounds[k] : char_bounds[k + 1]]
            joiner = ""
            if k and piece_text[:1].isspace():
                joiner, piece_text = " ", piece_text.lstrip()
            if exact:
                chunk = self._encode(piece_text)
                chunks.append(([p.token for p in chunk], joiner, _restorable_runs(chunk), _marks(piece_text)))
            else:
                chunks.append((self.tokenize(piece_text), joiner, (), _marks(piece_text)))
        return chunks

    def _units(self, requests: Sequence[DecodeRequest]) -> list[_Unit]:
        units: list[_Unit] = []
        for i, req in enumerate(requests):
            if not req.source.strip():
                continue
            banned = tuple(v for text in req.suppress for v in self.suppress_variants(text))
            for j, (chunk, joiner, restore, marks) in enumerate(self._chunks(req.source)):
                prefix = list(self._prefix_tokens)
                forced = req.target_prefix if j == 0 and req.target_prefix else ""
                if forced:
                    prefix += self._tokenizer.target_tokens(forced)
                # The forced prefix of enforcement comes on top of the cap; the package's own
                # target prefix (a language token) counts in it, as in Argos.
                cap = self._cap(len(chunk)) + len(prefix) - len(self._prefix_tokens)
                units.append(_Unit(i, j, tuple(chunk), tuple(prefix) if prefix else None, banned, joiner, forced, restore, marks, cap))
        return units

    def _cap(self, source_tokens: int) -> int:
        """Output tokens allowed for a chunk of ``source_tokens``: a function of the chunk alone."""
        opts = self.options
        wanted = opts.max_decoding_length_ratio * source_tokens + opts.max_decoding_length_slack
        if wanted > opts.max_decoding_length_base:
            wanted = -(-int(wanted) // _CAP_STEP) * _CAP_STEP
        return max(1, min(opts.max_decoding_length, max(opts.max_decoding_length_base, int(wanted))))

    def _batches(self, units: list[_Unit]) -> list[list[_Unit]]:
        """Calls to ``translate_batch``: units sorted by length, at most ``_CALL_BATCHES``
        token budgets per call. Inside a call CTranslate2 itself cuts batches of
        ``max_batch_tokens`` (``batch_type="tokens"``), exactly as a raw call would."""
        limit = self._batch_tokens * _CALL_BATCHES
        calls: list[list[_Unit]] = []
        current: list[_Unit] = []
        total = 0
        for unit in sorted(units, key=lambda u: (len(u.tokens), u.request, u.chunk)):
            width = max(len(unit.tokens), 1)
            if current and total + width > limit:
                calls.append(current)
                current, total = [], 0
            current.append(unit)
            total += width
        if current:
            calls.append(current)
        return calls

    def _run(
        self, requests: Sequence[DecodeRequest], n: int, *, with_scores: bool, beam_size: int | None = None
    ) -> list[list[Hypothesis]]:
        units = self._units(requests)
        # Units share a batch only with units of the same bans and the same output cap, so no
        # setting of one segment depends on what it is batched with.
        groups: dict[tuple[tuple[tuple[str, ...], ...], int], list[_Unit]] = {}
        for unit in units:
            groups.setdefault((unit.suppress, unit.cap), []).append(unit)
        decoded: dict[tuple[int, int], list[Hypothesis]] = {}
        joiners = {(u.request, u.chunk): u.joiner for u in units}
        for (suppress, _cap), members in groups.items():
            for batch in self._batches(members):
                for unit, hyps in zip(batch, self._translate_batch(batch, n, suppress, with_scores, beam_size)):
                    decoded[(unit.request, unit.chunk)] = hyps
        results: list[list[Hypothesis]] = []
        for i, req in enumerate(requests):
            keys = sorted(k for k in decoded if k[0] == i)
            chunks = [(joiners[k], decoded[k]) for k in keys]
            results.append(_join_chunks(chunks) if chunks else [Hypothesis(req.source, (), 0.0)])
        return results

    def _translate_batch(
        self,
        batch: list[_Unit],
        n: int,
        suppress: tuple[tuple[str, ...], ...],
        with_scores: bool,
        beam_size: int | None = None,
    ) -> list[list[Hypothesis]]:
        opts = self.options
        prefixes = [list(u.prefix) if u.prefix else None for u in batch]
        try:
            results = self._translator.translate_batch(
                [list(u.tokens) for u in batch],
                target_prefix=prefixes if any(prefixes) else None,
                beam_size=max(beam_size or opts.beam_size, n),
                num_hypotheses=n,
                length_penalty=opts.length_penalty,
                repetition_penalty=opts.repetition_penalty,
                max_batch_size=self._batch_tokens,
                batch_type="tokens",
                max_input_length=0,
                max_decoding_length=batch[0].cap,  # every unit of a batch has the same cap
                suppress_sequences=[list(s) for s in suppress] or None,
                return_scores=with_scores,
                replace_unknowns=True,
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"decoding failed: {_one_line(exc)}", path=self.package.path) from None
        out: list[list[Hypothesis]] = []
        for unit, result in zip(batch, results):
            scores = list(result.scores) if with_scores else [0.0] * len(result.hypotheses)
            hyps = []
            for tokens, score in zip(result.hypotheses, scores):
                tokens = list(tokens)[len(self._prefix_tokens) :]
                text = self._text_of(tokens, dict(unit.restore))
                if unit.prefix_text:
                    text = self._keep_prefix_text(text, unit)
                damaged = _marks(text) > unit.marks
                hyps.append(Hypothesis(text, tuple(tokens), float(score), damaged))
            out.append(hyps)
        return out

    def _text_of(self, tokens: list[str], restore: dict[tuple[str, ...], str]) -> str:
        """Detokenized ``tokens``, with the source's own characters put back where a run of
        pieces copies one that NFKC normalisation changed (see :func:`_restorable_runs`)."""
        return self._tokenizer.decode_restoring(tokens, restore)

    def _keep_prefix_text(self, text: str, unit: _Unit) -> str:
        """The forced prefix as the caller wrote it: a lossy detokenizer (Moses: "L'OIM" ->
        "L' OIM") must not make the output look as if it did not start with the prefix."""
        if text.startswith(unit.prefix_text):
            return text
        forced = self.detokenize(list(unit.prefix or ())[len(self._prefix_tokens) :])
        if forced and text.startswith(forced):
            return unit.prefix_text + text[len(forced) :]
        return text


def _restorable_runs(pieces: Sequence[Piece]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Runs of consecutive pieces whose source surface is not their own text (NFKC changed
    it: "Ｗ" -> "W", "½" -> "1⁄2") -> the surface, for runs the source writes one way only.

    A run whose pieces also occur elsewhere in the source written plainly, or with another
    surface, is left out: the output cannot tell which one it copies.
    """
    runs: dict[tuple[str, ...], set[str]] = {}
    current: list[tuple[str, str]] = []
    tokens = [p[0] for p in pieces]

    def close() -> None:
        if current:
            key = tuple(p for p, _ in current)
            runs.setdefault(key, set()).add("".join(s for _, s in current))
            current.clear()

    for piece, surface, *_ in pieces:
        if surface == piece.replace("▁", " "):
            close()
        else:
            current.append((piece, surface))
    close()
    out = []
    for key, surfaces in runs.items():
        surface = next(iter(surfaces))
        if len(surfaces) != 1 or not surface.strip() or "▁" in surface:
            continue
        occurrences = sum(1 for i in range(len(tokens) - len(key) + 1) if tuple(tokens[i : i + len(key)]) == key)
        written = sum(1 for _ in _find_runs(pieces, key))
        if occurrences == written:
            out.append((key, surface))
    return tuple(out)


def _find_runs(pieces: Sequence[Piece], key: tuple[str, ...]) -> Iterable[int]:
    """Start indexes where ``key`` occurs as a run of pieces whose surfaces differ from their text."""
    n = len(key)
    for i in range(len(pieces) - n + 1):
        window = pieces[i : i + n]
        if tuple(p[0] for p in window) == key and all(p[1] != p[0].replace("▁", " ") for p in window):
            yield i


def _marks(text: str) -> int:
    """How many unknown marks ("⁇", U+FFFD) ``text`` holds."""
    return sum(text.count(mark) for mark in _UNKNOWN_MARKS)


def _cut_point(pieces: Sequence[Piece], start: int, limit: int) -> int:
    """Where the chunk starting at piece ``start`` ends (exclusive), within ``limit`` pieces."""
    end = start + limit
    low = start + max(limit // 2, 1)
    word_start = None
    for cut in range(end, low - 1, -1):
        if pieces[cut].word_start:
            if pieces[cut - 1].surface.rstrip().endswith(_CUT_AFTER):
                return cut
            if word_start is None:
                word_start = cut
    return word_start if word_start is not None else end


def _join_chunks(chunks: list[tuple[str, list[Hypothesis]]]) -> list[Hypothesis]:
    if len(chunks) == 1:
        return chunks[0][1]
    count = min(len(hyps) for _, hyps in chunks)
    joined: list[Hypothesis] = []
    for k in range(count):
        parts = [hyps[k] for _, hyps in chunks]
        joined.append(
            Hypothesis(
                "".join(joiner + p.text for (joiner, _), p in zip(chunks, parts)),
                tuple(t for p in parts for t in p.tokens),
                sum(p.score for p in parts),
                any(p.damaged for p in parts),
            )
        )
    return joined


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__
