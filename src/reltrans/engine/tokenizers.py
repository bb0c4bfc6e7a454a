"""The tokenizers of Argos packages, behind one small interface.

Argos packages come with one of two tokenizers, and reltrans tokenizes and detokenizes
exactly as ``argostranslate.tokenizer`` does:

* :class:`SentencePieceTokenizer` -- ``sentencepiece.model`` (most packages): pieces with
  ``▁`` word marks; one model for both sides. Argos turns every ``_`` of the output into a
  space; reltrans keeps underscores (see :mod:`reltrans.engine.translator`).
* :class:`BpeTokenizer` -- ``bpe.model`` (OPUS-MT conversions): Moses punctuation
  normalisation and tokenization of the *source* language (sacremoses), then subword-nmt BPE
  with the ``@@`` joiner; output tokens are joined (``"@@ "`` removed) and Moses-detokenized
  in the *target* language. The package has no target-side tokenizer, so the target pieces
  that constrained decoding needs (forced prefixes, banned texts) are built from the
  CTranslate2 target vocabulary (:meth:`BpeTokenizer.target_tokens`).

:func:`load_tokenizer` picks the tokenizer of a package folder the way Argos does
(``sentencepiece.model`` first, then ``bpe.model``). Heavy imports (sentencepiece,
sacremoses, subword_nmt) happen inside the functions that need them.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, NamedTuple, Sequence

from reltrans.errors import ModelError

SENTENCEPIECE_FILE = "sentencepiece.model"
BPE_FILE = "bpe.model"
BPE_JOINER = "@@"
_NBEST = 3  # SentencePiece tokenizations banned per surface form
_MAX_WORD_CHARS = 200  # longest word segmented against the target vocabulary (DP is quadratic)
_MAX_BPE_WORD = 200  # longer Moses tokens are segmented in slices (BPE is quadratic in a word)
_MAX_MOSES_WORD = 1000  # longer runs without whitespace are Moses-tokenized in slices (quadratic there too)


class Piece(NamedTuple):
    """One source token and where it comes from.

    ``surface``: the source text it covers (SentencePiece: exact, leading space included; BPE:
    the whitespace-delimited word it belongs to, leading whitespace included); ``begin``: the
    character offset where that surface starts; ``word_start``: a chunk may be cut before it.
    """

    token: str
    surface: str
    begin: int
    word_start: bool


class Tokenizer:
    """What the engine needs from a tokenizer (see the two implementations)."""

    kind = ""
    #: ``pieces`` gives the exact tokens of ``encode`` with exact surfaces (SentencePiece);
    #: otherwise ``pieces`` is an estimate by whitespace word, used only to cut long texts.
    exact_pieces = False

    def encode(self, text: str) -> list[str]:
        """Source tokens of ``text``, as Argos feeds them to CTranslate2."""
        raise NotImplementedError

    def pieces(self, text: str) -> list[Piece]:
        """Source tokens with surfaces and offsets (see :attr:`exact_pieces`)."""
        raise NotImplementedError

    def decode(self, tokens: Iterable[str]) -> str:
        """Text of target tokens, as Argos detokenizes them (leading space removed)."""
        raise NotImplementedError

    def decode_restoring(self, tokens: Sequence[str], restore: dict[tuple[str, ...], str]) -> str:
        """:meth:`decode`, with runs of tokens in ``restore`` written as the given source text."""
        return self.decode(tokens)

    def target_tokens(self, text: str) -> list[str]:
        """Target-side tokens of ``text`` (a forced prefix)."""
        raise NotImplementedError

    def target_variants(self, form: str) -> list[tuple[str, ...]]:
        """Usual target-side tokenizations of ``form`` (a banned text), not yet filtered by
        the target vocabulary."""
        raise NotImplementedError

    def in_own_vocabulary(self, tokens: Sequence[str]) -> bool:
        """Whether ``tokens`` are in the tokenizer's own vocabulary (used when the CTranslate2
        model has no vocabulary file to ask)."""
        return True


# --------------------------------------------------------------------------- SentencePiece
class SentencePieceTokenizer(Tokenizer):
    """Argos' ``SentencePieceTokenizer`` (``sentencepiece.model``, both sides)."""

    kind = "sentencepiece"
    exact_pieces = True

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self._no_prefix: Any = None

    @classmethod
    def load(cls, path: Path) -> SentencePieceTokenizer:
        import sentencepiece as spm

        try:
            return cls(spm.SentencePieceProcessor(model_file=str(path)))
        except (RuntimeError, OSError, ValueError) as exc:
            raise ModelError(f"cannot load the SentencePiece model: {_one_line(exc)}", path=path) from None

    def encode(self, text: str) -> list[str]:
        return list(self.processor.encode(text, out_type=str))

    def pieces(self, text: str) -> list[Piece]:
        raw = _parse_pieces(self.processor.encode(text, out_type="serialized_proto"))
        data = text.encode("utf-8")
        if len(data) == len(text):
            return [Piece(p, s, b, p.startswith("▁") and s[:1].isspace()) for p, s, b in raw]
        char_of = [0] * (len(data) + 1)
        position = 0
        for index, char in enumerate(text):
            width = len(char.encode("utf-8"))
            char_of[position : position + width] = [index] * width
            position += width
        char_of[len(data)] = len(text)
        return [Piece(p, s, char_of[min(b, len(data))], p.startswith("▁") and s[:1].isspace()) for p, s, b in raw]

    def decode(self, tokens: Iterable[str]) -> str:
        """Byte-fallback pieces are decoded; a piece outside the SentencePiece vocabulary (as
        ``replace_unknowns`` copies it) is kept as it is."""
        return str(self.processor.decode_pieces(list(tokens)))

    def decode_restoring(self, tokens: Sequence[str], restore: dict[tuple[str, ...], str]) -> str:
        if not restore:
            return self.decode(tokens)
        longest = max(len(run) for run in restore)
        pieces: list[str] = []
        i = 0
        while i < len(tokens):
            for width in range(min(longest, len(tokens) - i), 0, -1):
                surface = restore.get(tuple(tokens[i : i + width]))
                if surface is not None:
                    # Kept verbatim by SentencePiece's decoder (not a piece of its vocabulary);
                    # a leading space becomes "▁" so the decoder drops it at the very start.
                    pieces += ["▁", surface[1:]] if surface.startswith(" ") else [surface]
                    i += width
                    break
            else:
                pieces.append(tokens[i])
                i += 1
        return self.decode(p for p in pieces if p)

    def target_tokens(self, text: str) -> list[str]:
        return self.encode(text)

    def target_variants(self, form: str) -> list[tuple[str, ...]]:
        """Up to three tokenizations with a word mark and three glued to the previous text."""
        variants = [*self.processor.nbest_encode(form, nbest_size=_NBEST, out_type=str)]
        variants += self._no_prefix_processor().nbest_encode(form, nbest_size=_NBEST, out_type=str)
        return [tuple(v) for v in variants if v]

    def in_own_vocabulary(self, tokens: Sequence[str]) -> bool:
        sp = self.processor
        unk = sp.unk_id()
        return all(sp.piece_to_id(p) != unk or p == sp.id_to_piece(unk) for p in tokens)

    def _no_prefix_processor(self) -> Any:
        """A processor that tokenizes a word as it appears glued to the previous text."""
        if self._no_prefix is None:
            import sentencepiece as spm

            # Appending a second normalizer_spec (field 3) to the serialized ModelProto merges
            # into the first one: {add_dummy_prefix (field 3): false}. Avoids needing protobuf.
            proto = self.processor.serialized_model_proto() + b"\x1a\x02\x18\x00"
            self._no_prefix = spm.SentencePieceProcessor(model_proto=proto)
        return self._no_prefix


# --------------------------------------------------------------------------- BPE
class BpeTokenizer(Tokenizer):
    """Argos' ``BPETokenizer``: sacremoses + subword-nmt codes (``bpe.model``), source side only.

    ``target_vocabulary``: the CTranslate2 target vocabulary, from which target-side tokens
    are built (a word is split into the fewest vocabulary pieces, ``@@`` on all but the last;
    the source codes' own segmentation is preferred when every piece of it is a target token).
    """

    kind = "bpe"
    exact_pieces = False

    def __init__(self, codes_path: Path, from_code: str, to_code: str, target_vocabulary: frozenset[str] = frozenset()) -> None:
        self.codes_path = codes_path
        self.from_code = from_code
        self.to_code = to_code
        self.target_vocabulary = target_vocabulary
        self._bpe: Any = None
        self._normalizer: Any = None
        self._tokenizer: Any = None
        self._target_tokenizer: Any = None
        self._detokenizer: Any = None

    @classmethod
    def load(cls, path: Path, from_code: str, to_code: str, target_vocabulary: frozenset[str] = frozenset()) -> BpeTokenizer:
        tokenizer = cls(path, from_code, to_code, target_vocabulary)
        tokenizer._load()
        return tokenizer

    def _load(self) -> None:
        if self._bpe is not None:
            return
        try:
            from sacremoses.normalize import MosesPunctNormalizer
            from sacremoses.tokenize import MosesDetokenizer, MosesTokenizer
            from subword_nmt.apply_bpe import BPE
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise ModelError(f"BPE packages need sacremoses and subword-nmt: {_one_line(exc)}", path=self.codes_path) from None
        import contextlib
        import io

        try:
            with open(self.codes_path, encoding="utf-8") as codes, contextlib.redirect_stderr(io.StringIO()):
                bpe = BPE(codes)  # writes its complaint about a malformed line to stderr
        except (OSError, UnicodeDecodeError, ValueError, IndexError) as exc:
            raise ModelError(f"cannot load the BPE codes: {_one_line(exc)}", path=self.codes_path) from None
        except SystemExit:  # subword-nmt exits on a malformed codes line
            raise ModelError("cannot load the BPE codes: malformed line (two units per line expected)", path=self.codes_path) from None
        self._normalizer = MosesPunctNormalizer(self.from_code)
        self._tokenizer = MosesTokenizer(self.from_code)
        self._target_tokenizer = MosesTokenizer(self.to_code)
        self._detokenizer = MosesDetokenizer(self.to_code)
        self._bpe = bpe

    def encode(self, text: str) -> list[str]:
        """As Argos, except for hostile input, whose time would grow with the square of a
        word's length (no real word is that long): a Moses token longer than 200 characters
        is BPE-segmented 200 characters at a time, and a run of more than 1,000 characters
        without whitespace is Moses-tokenized 200 characters at a time; the slices are joined
        with ``@@`` (so they decode back into one word)."""
        self._load()
        import re

        if len(text) <= _MAX_MOSES_WORD or not re.search(r"\S{%d}" % (_MAX_MOSES_WORD + 1), text):
            return self._segment(self._moses(text))
        out: list[str] = []
        for index, part in enumerate(re.split(r"(\S{%d,})" % (_MAX_MOSES_WORD + 1), text)):
            if index % 2 == 0:  # text between the long runs, as usual
                if part.strip():
                    out += self._segment(self._moses(part))
                continue
            slices = [part[i : i + _MAX_BPE_WORD] for i in range(0, len(part), _MAX_BPE_WORD)]
            for k, piece in enumerate(slices):
                tokens = self._segment(self._moses(piece))
                if tokens and k < len(slices) - 1:
                    tokens[-1] += BPE_JOINER
                out += tokens
        return out

    def _moses(self, text: str) -> list[str]:
        """Argos' Moses steps: punctuation normalisation, tokenization (escaped), split."""
        normalized = self._normalizer.normalize(text)
        tokenized = " ".join(self._tokenizer.tokenize(normalized))
        return tokenized.strip("\r\n ").split(" ")

    def _segment(self, words: list[str]) -> list[str]:
        """subword-nmt BPE of Moses tokens (``@@`` on all but the last piece of a word)."""
        if all(len(word) <= _MAX_BPE_WORD for word in words):
            return list(self._bpe.segment_tokens(words))
        out: list[str] = []
        for word in words:
            if len(word) <= _MAX_BPE_WORD:
                out += self._bpe.segment_tokens([word])
                continue
            slices = [word[i : i + _MAX_BPE_WORD] for i in range(0, len(word), _MAX_BPE_WORD)]
            for k, part in enumerate(slices):
                pieces = list(self._bpe.segment_tokens([part]))
                if k < len(slices) - 1:
                    pieces[-1] += BPE_JOINER
                out += pieces
        return out

    def pieces(self, text: str) -> list[Piece]:
        """Estimated by encoding each whitespace-delimited word alone (Moses may tokenize a
        word differently in context, e.g. an abbreviation's full stop): used only to cut
        long texts, whose chunks are then encoded exactly. A piece inside a word starts where
        the text of the pieces before it ends (clamped to the word: Moses escapes are longer)."""
        import re

        out: list[Piece] = []
        previous_end = 0
        for match in re.finditer(r"\S+", text):
            surface = text[previous_end : match.end()]
            offset = match.start()
            for k, token in enumerate(self.encode(match.group()) or [match.group()]):
                begin = previous_end if k == 0 else min(offset, match.end() - 1)
                out.append(Piece(token, surface, begin, k == 0 and surface[:1].isspace()))
                offset += len(token.removesuffix(BPE_JOINER))
            previous_end = match.end()
        return out

    def decode(self, tokens: Iterable[str]) -> str:
        self._load()
        text = str(self._detokenizer.detokenize(" ".join(tokens).replace(BPE_JOINER + " ", "").split(" ")))
        return text[1:] if text.startswith(" ") else text

    def target_tokens(self, text: str) -> list[str]:
        self._load()
        words = " ".join(self._target_tokenizer.tokenize(text)).split()
        out: list[str] = []
        for word in words:
            out += self._target_word(word)
        return out

    def target_variants(self, form: str) -> list[tuple[str, ...]]:
        self._load()
        words = " ".join(self._target_tokenizer.tokenize(form)).split()
        if not words:
            return []
        by_codes = list(self._bpe.segment_tokens(words))
        by_vocabulary = [t for w in words for t in self._vocabulary_split(w)]
        return [tuple(v) for v in (by_codes, by_vocabulary) if v]

    def _target_word(self, word: str) -> list[str]:
        by_codes = list(self._bpe.segment_tokens([word]))
        if not self.target_vocabulary or all(t in self.target_vocabulary for t in by_codes):
            return by_codes
        return self._vocabulary_split(word) or by_codes

    def _vocabulary_split(self, word: str) -> list[str]:
        """The fewest target-vocabulary pieces spelling ``word`` (``@@`` on all but the last);
        [] when the vocabulary cannot spell it."""
        vocab = self.target_vocabulary
        if not vocab or len(word) > _MAX_WORD_CHARS:
            return []
        n = len(word)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for start in range(n):
            so_far = best[start]
            if so_far is None:
                continue
            for end in range(n, start, -1):
                piece = word[start:end] if end == n else word[start:end] + BPE_JOINER
                if piece in vocab:
                    candidate = so_far + [piece]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        return best[n] or []


# --------------------------------------------------------------------------- loading
def load_tokenizer(package_path: Path, from_code: str, to_code: str) -> Tokenizer:
    """The package's tokenizer, chosen as Argos does: ``sentencepiece.model``, else ``bpe.model``.

    Raises :class:`ModelError` (naming the file) when there is none or it cannot be read.
    """
    sp_path = package_path / SENTENCEPIECE_FILE
    if sp_path.is_file():
        return SentencePieceTokenizer.load(sp_path)
    bpe_path = package_path / BPE_FILE
    if bpe_path.is_file():
        return BpeTokenizer.load(bpe_path, from_code, to_code, read_target_vocabulary(package_path / "model"))
    raise ModelError(f"no tokenizer in the package (neither {SENTENCEPIECE_FILE} nor {BPE_FILE})", path=package_path)


def read_target_vocabulary(model_dir: Path) -> frozenset[str]:
    """The CTranslate2 target vocabulary (``target_vocabulary`` or ``shared_vocabulary``,
    ``.json`` list or ``.txt`` one token a line, as CTranslate2 reads them); empty when there
    is none or it cannot be read."""
    for name in ("target_vocabulary", "shared_vocabulary"):
        for suffix in (".json", ".txt"):
            path = model_dir / f"{name}{suffix}"
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
                tokens = json.loads(text) if suffix == ".json" else text.splitlines()
            except (OSError, ValueError, UnicodeDecodeError, RecursionError):
                return frozenset()
            if not isinstance(tokens, list):
                return frozenset()
            return frozenset(t for t in tokens if isinstance(t, str))
    return frozenset()


# --------------------------------------------------------------------------- SentencePiece output
def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _parse_pieces(data: bytes) -> list[tuple[str, str, int]]:
    """(piece, surface, begin byte) of a serialized ``SentencePieceText`` (field 2: pieces, each
    with piece = 1, surface = 3, begin = 4), read by hand so that protobuf is not needed."""
    out: list[tuple[str, str, int]] = []
    pos, end = 0, len(data)
    while pos < end:
        key, pos = _varint(data, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(data, pos)
        elif wire == 5:
            pos += 4
        elif wire == 1:
            pos += 8
        elif wire == 2:
            size, pos = _varint(data, pos)
            if field == 2:
                out.append(_parse_piece(data, pos, pos + size))
            pos += size
        else:
            raise ModelError(f"unexpected SentencePiece output (wire type {wire})")
    return out


def _parse_piece(data: bytes, pos: int, end: int) -> tuple[str, str, int]:
    piece = surface = ""
    begin = 0
    while pos < end:
        key, pos = _varint(data, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
            if field == 4:
                begin = value
        elif wire == 2:
            size, pos = _varint(data, pos)
            if field == 1:
                piece = data[pos : pos + size].decode("utf-8", "replace")
            elif field == 3:
                surface = data[pos : pos + size].decode("utf-8", "replace")
            pos += size
        elif wire == 5:
            pos += 4
        elif wire == 1:
            pos += 8
        else:
            raise ModelError(f"unexpected SentencePiece output (wire type {wire})")
    return piece, surface, begin


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__
