"""Decoding with an installed Argos package: SentencePiece + CTranslate2.

The only module that imports ``ctranslate2`` and ``sentencepiece`` (lazily, inside
functions). No network access, no sentence splitting (segments come from
:mod:`reltrans.segment`), no ``argostranslate`` import.

* :meth:`Engine.translate` -- plain 1-best translation of many segments, batched by tokens;
  the result of a segment does not depend on the other segments in the call.
* :meth:`Engine.decode` -- n-best with scores, forced target prefixes and banned texts
  (``suppress_sequences``), for glossary enforcement.

Segments longer than :attr:`DecodeOptions.max_input_tokens` are never truncated silently:
they are cut at punctuation or whitespace into chunks that fit, translated chunk by chunk and
joined with a space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from reltrans.engine.packages import InstalledPackage
from reltrans.errors import ModelError

_PREFERRED_COMPUTE = ("int8_float16", "int8_bfloat16", "int8_float32", "int8", "float16", "bfloat16", "float32")
_SOFT_BREAK = re.compile(r"(?<=[.;:!?,…»)\]])\s+")
_ANY_BREAK = re.compile(r"\s+")
_NBEST_SUPPRESS = 3  # tokenizations banned per surface form


@dataclass(frozen=True)
class DecodeOptions:
    """How to run the model. ``compute_type`` falls back to the best type the device supports."""

    beam_size: int = 4
    num_hypotheses: int = 1
    device: str = "cpu"
    compute_type: str = "int8"
    inter_threads: int = 1
    intra_threads: int = 0  # 0: CTranslate2 default
    max_batch_tokens: int = 2048
    max_input_tokens: int = 1024  # longer segments are split into chunks, never truncated
    max_decoding_length_ratio: float = 2.0  # output budget: ratio * source tokens + slack
    max_decoding_length_slack: int = 10
    max_decoding_length: int = 1024  # absolute cap
    length_penalty: float = 1.0
    repetition_penalty: float = 1.0


@dataclass(frozen=True)
class DecodeRequest:
    """One segment to decode: optional forced target prefix and texts that must not appear."""

    source: str
    target_prefix: str | None = None
    suppress: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hypothesis:
    """One translation candidate; ``score`` is CTranslate2's length-normalised log-probability."""

    text: str
    tokens: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class _Unit:
    """One chunk to decode (a request is one or more chunks)."""

    request: int
    chunk: int
    tokens: tuple[str, ...]
    prefix: tuple[str, ...] | None
    suppress: tuple[tuple[str, ...], ...]
    joiner: str = ""  # text put between the previous chunk's output and this one's


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

    def __init__(self, package: InstalledPackage, options: DecodeOptions, translator: Any, processor: Any, compute_type: str, ct2_version: str) -> None:
        self.package = package
        self.options = options
        self._translator = translator
        self._sp = processor
        self._compute_type = compute_type
        self._ct2_version = ct2_version
        self._sp_no_prefix: Any = None
        self._prefix_tokens: tuple[str, ...] = (package.target_prefix,) if package.target_prefix else ()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, package: InstalledPackage, options: DecodeOptions | None = None) -> Engine:
        """Load the package's SentencePiece and CTranslate2 models.

        Raises :class:`ModelError` (one line, naming the file) when the package is not usable.
        """
        options = options or DecodeOptions()
        sp_path = package.path / "sentencepiece.model"
        model_dir = package.path / "model"
        if not sp_path.is_file():
            if (package.path / "bpe.model").exists():
                raise ModelError("BPE-tokenized Argos packages are not supported (no sentencepiece.model)", path=package.path)
            raise ModelError("no sentencepiece.model in the package", path=package.path)
        for required in ("model.bin", "config.json"):
            if not (model_dir / required).is_file():
                raise ModelError(f"no {required} in the CTranslate2 model", path=model_dir)
        processor = _load_sentencepiece(sp_path)
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
        return cls(package, options, translator, processor, compute_type, ctranslate2.__version__)

    @property
    def signature(self) -> str:
        """Identifies model + decoding settings, e.g. ``translate-fr_en-1.0|ct2-4.8.5|int8|beam4``."""
        p = self.package
        return f"translate-{p.from_code}_{p.to_code}-{p.package_version}|ct2-{self._ct2_version}|{self._compute_type}|beam{self.options.beam_size}"

    # ------------------------------------------------------------------ tokens
    def tokenize(self, text: str) -> list[str]:
        """SentencePiece pieces of ``text``."""
        return list(self._sp.encode(text, out_type=str))

    def detokenize(self, tokens: Iterable[str]) -> str:
        """Text of SentencePiece pieces (byte-fallback pieces are decoded)."""
        return str(self._sp.decode_pieces(list(tokens)))

    # ------------------------------------------------------------------ decoding
    def translate(self, texts: Sequence[str]) -> list[str]:
        """1-best translations, in order. Blank inputs come back unchanged."""
        results = self._run([DecodeRequest(t) for t in texts], 1, with_scores=False)
        return [hyps[0].text if hyps else "" for hyps in results]

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
            form = form.strip()
            variants = [*self._sp.nbest_encode(form, nbest_size=_NBEST_SUPPRESS, out_type=str)]
            variants += self._no_prefix_sp().nbest_encode(form, nbest_size=_NBEST_SUPPRESS, out_type=str)
            for variant in variants:
                if variant and self._in_vocab(variant) and tuple(variant) not in out:
                    out.append(tuple(variant))
        return out

    # ------------------------------------------------------------------ internals
    def _no_prefix_sp(self) -> Any:
        """A processor that tokenizes a word as it appears glued to the previous text."""
        if self._sp_no_prefix is None:
            import sentencepiece as spm

            # Appending a second normalizer_spec (field 3) to the serialized ModelProto merges
            # into the first one: {add_dummy_prefix (field 3): false}. Avoids needing protobuf.
            proto = self._sp.serialized_model_proto() + b"\x1a\x02\x18\x00"
            self._sp_no_prefix = spm.SentencePieceProcessor(model_proto=proto)
        return self._sp_no_prefix

    def _in_vocab(self, pieces: Sequence[str]) -> bool:
        unk = self._sp.unk_id()
        return all(self._sp.piece_to_id(p) != unk or p == self._sp.id_to_piece(unk) for p in pieces)

    def _chunks(self, text: str, joiner: str = "") -> list[tuple[list[str], str]]:
        """(tokens, joiner) pieces of ``text``, each within ``max_input_tokens``."""
        tokens = self.tokenize(text)
        if len(tokens) <= max(self.options.max_input_tokens, 1) or len(text) < 2:
            return [(tokens, joiner)]
        left, sep, right = _split_in_two(text)
        return self._chunks(left, joiner) + self._chunks(right, sep)

    def _units(self, requests: Sequence[DecodeRequest]) -> list[_Unit]:
        units: list[_Unit] = []
        for i, req in enumerate(requests):
            if not req.source.strip():
                continue
            banned = tuple(v for text in req.suppress for v in self.suppress_variants(text))
            for j, (chunk, joiner) in enumerate(self._chunks(req.source)):
                prefix = list(self._prefix_tokens)
                if j == 0 and req.target_prefix:
                    prefix += self.tokenize(req.target_prefix)
                units.append(_Unit(i, j, tuple(chunk), tuple(prefix) if prefix else None, banned, joiner))
        return units

    def _batches(self, units: list[_Unit]) -> list[list[_Unit]]:
        """Token-budget batches of units sorted by length (sum of max_len*count <= budget)."""
        batches: list[list[_Unit]] = []
        current: list[_Unit] = []
        for unit in sorted(units, key=lambda u: (len(u.tokens), u.request, u.chunk)):
            width = max(len(unit.tokens), 1)
            if current and width * (len(current) + 1) > self.options.max_batch_tokens:
                batches.append(current)
                current = []
            current.append(unit)
        if current:
            batches.append(current)
        return batches

    def _run(
        self, requests: Sequence[DecodeRequest], n: int, *, with_scores: bool, beam_size: int | None = None
    ) -> list[list[Hypothesis]]:
        units = self._units(requests)
        groups: dict[tuple[tuple[str, ...], ...], list[_Unit]] = {}
        for unit in units:
            groups.setdefault(unit.suppress, []).append(unit)
        decoded: dict[tuple[int, int], list[Hypothesis]] = {}
        joiners = {(u.request, u.chunk): u.joiner for u in units}
        for suppress, members in groups.items():
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
        longest = max(len(u.tokens) for u in batch)
        longest_prefix = max(len(u.prefix or ()) for u in batch)
        budget = int(opts.max_decoding_length_ratio * longest) + opts.max_decoding_length_slack + longest_prefix
        prefixes = [list(u.prefix) if u.prefix else None for u in batch]
        try:
            results = self._translator.translate_batch(
                [list(u.tokens) for u in batch],
                target_prefix=prefixes if any(prefixes) else None,
                beam_size=max(beam_size or opts.beam_size, n),
                num_hypotheses=n,
                length_penalty=opts.length_penalty,
                repetition_penalty=opts.repetition_penalty,
                max_input_length=0,
                max_decoding_length=min(budget, opts.max_decoding_length + longest_prefix),
                suppress_sequences=[list(s) for s in suppress] or None,
                return_scores=with_scores,
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"decoding failed: {_one_line(exc)}", path=self.package.path) from None
        out: list[list[Hypothesis]] = []
        for result in results:
            scores = list(result.scores) if with_scores else [0.0] * len(result.hypotheses)
            hyps = []
            for tokens, score in zip(result.hypotheses, scores):
                tokens = list(tokens)[len(self._prefix_tokens) :]
                hyps.append(Hypothesis(self.detokenize(tokens), tuple(tokens), float(score)))
            out.append(hyps)
        return out


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
            )
        )
    return joined


def _split_in_two(text: str) -> tuple[str, str, str]:
    """Cut ``text`` near its middle into (left, joiner, right): after punctuation if
    possible, else at whitespace (joiner " "), else anywhere (joiner "")."""
    middle = len(text) // 2
    for pattern in (_SOFT_BREAK, _ANY_BREAK):
        best = None
        for match in pattern.finditer(text):
            if 0 < match.start() and match.end() < len(text):
                if best is None or abs(match.start() - middle) < abs(best.start() - middle):
                    best = match
        # Only accept a punctuation cut that is not too lopsided.
        if best is not None and (pattern is _ANY_BREAK or len(text) // 4 <= best.start() <= 3 * len(text) // 4):
            return text[: best.start()], " ", text[best.end() :]
    return text[:middle], "", text[middle:]


def _load_sentencepiece(path: Path) -> Any:
    import sentencepiece as spm

    try:
        return spm.SentencePieceProcessor(model_file=str(path))
    except (RuntimeError, OSError, ValueError) as exc:
        raise ModelError(f"cannot load the SentencePiece model: {_one_line(exc)}", path=path) from None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__
