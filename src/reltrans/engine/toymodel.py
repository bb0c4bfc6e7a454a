"""Tiny *real* Argos Translate packages built in-process, for tests and benchmarks.

:func:`build_copy_package` writes a genuine ``.argosmodel`` (zip with ``metadata.json``,
a CTranslate2 ``model/`` and a ``sentencepiece.model``) whose Transformer is an *analytic
copy model*: greedy and beam decoding reproduce the source tokens exactly, then ``</s>``.
It loads and decodes through exactly the same code path as a downloaded Argos model, so the
whole translate pipeline can be tested end to end, offline, in well under a second.

How the copy model works (weights are written directly from numpy arrays):

* the residual stream has two disjoint subspaces (interleaved: token dims even, position dims
  odd): *token identity* (balanced random +-1 codes, zero mean and constant norm so every
  layer norm is a pure rescaling) and *position* (the position written in base 11 with three
  digits, one centred one-hot block per digit: also zero mean and constant norm);
* all self-attention and feed-forward output projections are zero: the encoder output at
  source position ``j`` is ``norm(token_j + position_j)``;
* the decoder embeddings are zero, so decoder step ``t`` only knows its position ``t``
  (step 0 is the ``<s>`` start token); cross-attention compares positions (queries and keys
  read the position subspace; any other position differs in at least one whole digit, and the
  query scale makes that cost 30 nats, so the softmax is one-hot) and its values copy the
  token identity of source position ``t``; the output projection scores the vocabulary by dot
  product with that identity. The source gets ``</s>`` appended (``add_source_eos``), so step
  ``len(source)`` emits ``</s>``.
* Quantization: every weight row is a single one (exact in int8) or a +-1 token code (exact),
  and no row has two non-zero entries in one adjacent pair (u8*s8 kernels without VNNI add
  such pairs in saturating int16). The margins (one digit for positions, at least 24 of 64
  code units for tokens) are far above the rounding of dynamically quantized int8
  activations, so int8, int8_float32 and float32 all copy exactly, up to 1100 positions.
* Consequence for ``target_prefix``: the model is purely positional. After a forced prefix
  of ``p`` tokens it continues copying from source position ``p`` (not from where the prefix
  text "ends" in the source). With a prefix equal to the first ``p`` source tokens the
  output is therefore the whole source again. A prefix longer than the source leaves no
  aligned position: the continuation is then unspecified (it may run to the length limit).

Rebuild the test model (deterministic: same bytes every time)::

    python -m reltrans.engine.toymodel OUT_DIR            # copy model fr->en
    python -m reltrans.engine.toymodel OUT_DIR --random   # Argos-sized random model (bench)
    python -m reltrans.engine.toymodel OUT_DIR --legacy   # copy model, pre-3.0 CTranslate2 format
    python -m reltrans.engine.toymodel OUT_DIR --bpe      # copy model, Moses + BPE tokenizer

Packages built like real Argos packages (``build_copy_package(..., argos_tokenizer=True)``):
SentencePiece trained with Argos' settings (``nmt_nfkc``, no byte fallback: characters outside
the vocabulary are ``<unk>``), weights stored int8. ``separate_vocabularies=True`` adds
separate CTranslate2 source and target vocabularies (French-side and English-side pieces of one
joint SentencePiece model). Both still copy: token codes belong to piece strings, and a piece
the target side lacks comes out as ``<unk>``, which ``replace_unknowns`` turns back into the
source piece.

:func:`build_legacy_package`: the copy model as converted before CTranslate2 3.0 (``model.bin``
binary version 5, no ``config.json``, ``shared_vocabulary.txt``; see :func:`write_legacy_model`).
:func:`build_bpe_package`: the copy model over subword-nmt BPE tokens, with ``bpe.model`` (codes
learned on our Moses-tokenized corpus) and no SentencePiece, like OPUS-MT conversions.

:func:`build_random_package` builds an Argos-sized Transformer (6+6 layers, d_model 512) with
random weights, stored int8 with an Argos-style tokenizer, for throughput benchmarks and (shrunk)
decoding-parity tests (its output is gibberish).
"""
from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator, Sequence

_ZIP_DATE = (2024, 1, 1, 0, 0, 0)
_LANG_NAMES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German", "ar": "Arabic"}

# Copy-model geometry.
_TOKEN_DIMS = 64
_POS_BASE = 11  # positions are written in base 11 with three digits (up to 1331)
_POS_DIGITS = 3
_MAX_POSITIONS = 1100  # sources and outputs up to 1024 tokens (+ </s>, + slack)
_ATTENTION_GAP = 30.0  # nats between the aligned source position and any other one

# --------------------------------------------------------------------------- corpus
_FR_SUBJECTS = [
    "L'Organisation internationale pour les migrations (OIM)",
    "L'OIM",
    "L'Office des Nations Unies contre la drogue et le crime (ONUDC)",
    "L'ONUDC",
    "Le Haut Commissariat des Nations Unies pour les réfugiés (HCR)",
    "Le HCR",
    "Le Secrétaire général",
    "La Directrice générale",
    "Les États Membres",
    "Le Conseil de sécurité",
    "Les partenaires humanitaires",
    "Le Gouvernement du Niger",
]
_EN_SUBJECTS = [
    "The International Organization for Migration (IOM)",
    "IOM",
    "The United Nations Office on Drugs and Crime (UNODC)",
    "UNODC",
    "The Office of the United Nations High Commissioner for Refugees (UNHCR)",
    "UNHCR",
    "The Secretary-General",
    "The Director General",
    "Member States",
    "The Security Council",
    "Humanitarian partners",
    "The Government of Niger",
]
_FR_PREDICATES = [
    "salue l'adoption du protocole contre le trafic illicite de migrants.",
    "condamne la traite des personnes sous toutes ses formes.",
    "appelle à renforcer la protection des réfugiés et des demandeurs d'asile.",
    "a publié aujourd'hui un nouveau rapport sur la traite des personnes.",
    "se félicite de la coopération régionale en matière de migration.",
    "a fourni une aide d'urgence à 12 500 personnes déplacées.",
    "a lancé un appel de 45 millions de dollars pour l'année 2024.",
    "rappelle que « nul ne doit être renvoyé vers un pays où sa vie est menacée ».",
    "a tenu une réunion à Genève le 3 février.",
    "exprime sa profonde préoccupation face à la situation humanitaire.",
    "soutient les victimes de la traite et les migrants vulnérables.",
    "a formé 300 agents des services de police et des frontières.",
]
_EN_PREDICATES = [
    "welcomes the adoption of the protocol against the smuggling of migrants.",
    "condemns trafficking in persons in all its forms.",
    "calls for stronger protection of refugees and asylum-seekers.",
    "today published a new report on trafficking in persons.",
    "welcomes regional cooperation on migration.",
    "provided emergency assistance to 12,500 displaced people.",
    "launched a 45 million dollar appeal for the year 2024.",
    "recalls that “no one should be returned to a country where their life is threatened”.",
    "held a meeting in Geneva on 3 February.",
    "expresses deep concern about the humanitarian situation.",
    "supports victims of trafficking and vulnerable migrants.",
    "trained 300 police and border officials.",
]
_EXTRA = [
    "Pour plus d'informations, veuillez contacter le service de presse : presse@example.org.",
    "For more information, please contact the press office: press@example.org.",
    "Événements, réfugiés, déplacés, côte, où, déjà, être, naïf, Noël, cœur, œuvre, ça, à.",
    "ÉTATS ÀÉÈÊËÎÏÔÛÙÇ éèêëàâîïôûùç « guillemets » — tiret ; point-virgule ? ! …",
    "Genève, New York, Vienne, Niamey, Tripoli, Dakar, Bamako, Agadez.",
    "0123456789 0,5 % 1 000 2 500 10 000 100 000 1er 2e 3e 21e",
]


def training_corpus() -> list[str]:
    """The built-in French + English press-release corpus (deterministic)."""
    lines: list[str] = []
    for i, (fs, es) in enumerate(zip(_FR_SUBJECTS, _EN_SUBJECTS)):
        for j, (fp, ep) in enumerate(zip(_FR_PREDICATES, _EN_PREDICATES)):
            if (i + j) % 2 == 0 or j < 3:
                lines.append(f"{fs} {fp}")
                lines.append(f"{es} {ep}")
    lines.extend(_EXTRA * 3)
    return lines


def _train_sentencepiece(sentences: Sequence[str], vocab_size: int, *, argos_tokenizer: bool = False) -> bytes:
    """A unigram SentencePiece model.

    Default (the original test tokenizer): ``identity`` normalisation and byte fallback, so
    every character round-trips. ``argos_tokenizer``: the settings Argos' own packages are
    trained with -- ``nmt_nfkc`` normalisation (NFKC: "Ｗ" becomes "W", "½" becomes "1⁄2") and
    *no* byte fallback, so characters outside the vocabulary are ``<unk>``.
    """
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        byte_fallback=not argos_tokenizer,
        character_coverage=1.0,
        num_threads=1,
        input_sentence_size=0,
        shuffle_input_sentence=False,
        normalization_rule_name="nmt_nfkc" if argos_tokenizer else "identity",
        minloglevel=2,
    )
    return model.getvalue()


def _side_vocabularies(sp_model: bytes) -> tuple[list[str], list[str]]:
    """(source, target) CTranslate2 vocabularies of a split-vocabulary package.

    Like a model trained with separate vocabularies over one joint SentencePiece model: the
    source side holds the pieces of the French half of the corpus, the target side those of
    the English half (special pieces in both). Every other piece is ``<unk>`` on that side.
    """
    import sentencepiece as spm

    proc = spm.SentencePieceProcessor(model_proto=sp_model)
    specials = [proc.id_to_piece(i) for i in range(proc.get_piece_size()) if proc.is_control(i) or proc.is_unknown(i)]
    french = [f"{s} {p}" for s in _FR_SUBJECTS for p in _FR_PREDICATES] + [_EXTRA[i] for i in (0, 2, 3, 4, 5)]
    english = [f"{s} {p}" for s in _EN_SUBJECTS for p in _EN_PREDICATES] + [_EXTRA[i] for i in (1, 4, 5)]

    def pieces(lines: list[str]) -> list[str]:
        seen = {piece for line in lines for piece in proc.encode(line, out_type=str)}
        return specials + [proc.id_to_piece(i) for i in range(proc.get_piece_size()) if proc.id_to_piece(i) in seen and proc.id_to_piece(i) not in specials]

    return pieces(french), pieces(english)


def _vocabulary(sp_model: bytes) -> list[str]:
    import sentencepiece as spm

    proc = spm.SentencePieceProcessor(model_proto=sp_model)
    return [proc.id_to_piece(i) for i in range(proc.get_piece_size())]


# --------------------------------------------------------------------------- copy model
def _token_codes(vocab_size: int, dims: int, rng) -> "object":
    """Balanced +-1 codes: zero mean, constant norm, nearly orthogonal."""
    import numpy as np

    half = np.concatenate([np.ones(dims // 2), -np.ones(dims - dims // 2)])
    return np.stack([rng.permutation(half) for _ in range(vocab_size)]).astype(np.float32)


def _position_table(n: int) -> "object":
    """Mixed-radix position codes: one centred one-hot block per base-``_POS_BASE`` digit.

    ``<p_t, p_j> = (matching digits) - const``: the same position beats every other one by at
    least one whole digit, a margin of about a third of the code's squared norm (coarse
    enough that int8 rounding, about 1/254 of the largest component, cannot close it). Each
    block is zero mean with constant norm, so layer norms only rescale.
    """
    import numpy as np

    base, digits = _POS_BASE, _POS_DIGITS
    if n > base**digits:
        raise ValueError(f"at most {base ** digits} positions")
    table = np.full((n, base * digits), -1.0 / base, dtype=np.float32)
    t = np.arange(n)
    for k in range(digits):
        table[t, k * base + (t // base**k) % base] += 1.0
    return table


def _layout(d_tok: int, d_pos: int) -> tuple["object", "object", int]:
    """Residual-stream indices of the token and position subspaces, and d_model.

    Interleaved (token dims even, position dims odd) so that no int8 weight row has two
    non-zero entries in one adjacent pair (2i, 2i+1): u8*s8 CPU kernels without VNNI add such
    pairs in saturating int16, and +-127 weights next to each other could overflow there.
    """
    import numpy as np

    d = 2 * max(d_tok, d_pos)
    return np.arange(d_tok) * 2, np.arange(d_pos) * 2 + 1, d


def _copy_spec(vocab: list[str], target_vocab: list[str] | None = None):
    """The copy Transformer over ``vocab`` (shared) or ``vocab`` -> ``target_vocab`` (split).

    Token codes belong to piece *strings*, so a piece present on both sides is copied as
    itself; a source piece the target side lacks gets the code of ``<unk>`` and comes out as
    ``<unk>`` (which ``replace_unknowns`` turns back into the source piece, as in Argos).
    """
    import ctranslate2
    import numpy as np

    rng = np.random.default_rng(1234)
    target_vocab = vocab if target_vocab is None else target_vocab
    pieces = list(dict.fromkeys([*vocab, *target_vocab]))
    dt, dp = _TOKEN_DIMS, _POS_BASE * _POS_DIGITS
    tok, pos, d = _layout(dt, dp)
    table = _token_codes(len(pieces), dt, rng)
    row = {piece: i for i, piece in enumerate(pieces)}
    targets = set(target_vocab)
    unk = row["<unk>"]
    codes = table[[row[p] if p in targets else unk for p in vocab]]
    target_codes = table[[row[p] for p in target_vocab]]
    v = len(vocab)
    # Largest position component equal to a token component (+-1): int8 activation rows
    # (scaled by their largest entry) then resolve both subspaces equally well.
    ptab = _position_table(_MAX_POSITIONS) * (_POS_BASE / (_POS_BASE - 1))

    spec = ctranslate2.specs.TransformerSpec.from_config(1, 1)
    spec.config.add_source_eos = True
    zeros = lambda *shape: np.zeros(shape, dtype=np.float32)  # noqa: E731
    ones = lambda n: np.ones(n, dtype=np.float32)  # noqa: E731

    def pos_table() -> np.ndarray:
        full = zeros(_MAX_POSITIONS, d)
        full[:, pos] = ptab
        return full

    def norm(ln) -> None:
        ln.gamma, ln.beta = ones(d), zeros(d)

    def eye_rows(rows: int, row_idx, col_idx, scale: float = 1.0) -> np.ndarray:
        w = zeros(rows, d)
        w[row_idx, col_idx] = scale
        return w

    enc, dec = spec.encoder, spec.decoder
    emb = zeros(v, d)
    emb[:, tok] = codes / np.sqrt(d)  # CTranslate2 scales embeddings by sqrt(d_model)
    enc.embeddings[0].weight = emb
    enc.position_encodings.encodings = pos_table()
    norm(enc.layer_norm)
    layer = enc.layer[0]
    norm(layer.self_attention.layer_norm)
    layer.self_attention.linear[0].weight, layer.self_attention.linear[0].bias = zeros(3 * d, d), zeros(3 * d)
    layer.self_attention.linear[1].weight, layer.self_attention.linear[1].bias = zeros(d, d), zeros(d)
    _zero_ffn(layer.ffn, d, norm)

    dec.embeddings.weight = zeros(len(target_vocab), d)
    dec.position_encodings.encodings = pos_table()
    norm(dec.layer_norm)
    layer = dec.layer[0]
    norm(layer.self_attention.layer_norm)
    layer.self_attention.linear[0].weight, layer.self_attention.linear[0].bias = zeros(3 * d, d), zeros(3 * d)
    layer.self_attention.linear[1].weight, layer.self_attention.linear[1].bias = zeros(d, d), zeros(d)
    att = layer.attention
    norm(att.layer_norm)
    # Queries and keys read the position subspace; the scale makes one differing digit cost
    # _ATTENTION_GAP nats, so the softmax is one-hot (leak < positions * e^-gap).
    att.linear[0].weight, att.linear[0].bias = eye_rows(d, pos, pos, _query_scale(ptab, codes, d)), zeros(d)
    kv = zeros(2 * d, d)
    kv[pos, pos] = 1.0
    kv[d + tok, tok] = 1.0  # values copy the token identity
    att.linear[1].weight, att.linear[1].bias = kv, zeros(2 * d)
    att.linear[2].weight, att.linear[2].bias = eye_rows(d, tok, tok), zeros(d)
    _zero_ffn(layer.ffn, d, norm)
    proj = zeros(len(target_vocab), d)
    proj[:, tok] = target_codes
    dec.projection.weight, dec.projection.bias = proj, zeros(len(target_vocab))

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(target_vocab)
    return spec


def _query_scale(ptab, codes, d: int) -> float:
    """Query weight making a one-digit mismatch cost ``_ATTENTION_GAP`` in the attention logits.

    After the layer norms a constant-norm, zero-mean vector ``x`` becomes ``x * sqrt(d) / |x|``;
    a one-digit mismatch lowers ``<p_t, p_j>`` by ``c**2`` (``c`` the digit's hot value), and
    CTranslate2 divides the logits by ``sqrt(d)``.
    """
    import numpy as np

    hot = float(ptab.max() - ptab.min())
    pos_norm = float(np.linalg.norm(ptab[0]))  # decoder input: position only
    enc_norm = float(np.hypot(pos_norm, np.linalg.norm(codes[0])))  # encoder input: token + position
    unit = (np.sqrt(d) / pos_norm) * (np.sqrt(d) / enc_norm) * hot**2 / np.sqrt(d)
    return float(_ATTENTION_GAP / unit)


def _zero_ffn(ffn, d: int, norm) -> None:
    import numpy as np

    norm(ffn.layer_norm)
    ffn.linear_0.weight, ffn.linear_0.bias = np.zeros((4, d), np.float32), np.zeros(4, np.float32)
    ffn.linear_1.weight, ffn.linear_1.bias = np.zeros((d, 4), np.float32), np.zeros(d, np.float32)


# --------------------------------------------------------------------------- packaging
def _metadata(from_code: str, to_code: str, package_version: str, note: str) -> dict[str, object]:
    return {
        "package_version": package_version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": _LANG_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": _LANG_NAMES.get(to_code, to_code),
        "type": "translate",
        "note": note,
    }


def _zip_package(folder: Path, top: str, archive: Path) -> None:
    """Zip ``folder`` as ``top/...`` with fixed timestamps and sorted members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        entries = sorted(p for p in folder.rglob("*"))
        for entry in entries:
            rel = entry.relative_to(folder).as_posix()
            name = f"{top}/{rel}" + ("/" if entry.is_dir() else "")
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.external_attr = ((0o40755 if entry.is_dir() else 0o100644) << 16) | (0x10 if entry.is_dir() else 0)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, b"" if entry.is_dir() else entry.read_bytes())
    from reltrans.fsutil import atomic_write

    atomic_write(archive, buffer.getvalue(), backup=False)


def _build(
    dest_dir: str | os.PathLike[str], from_code: str, to_code: str, package_version: str, *, spec_factory,
    sp_model: bytes | None = None, readme: str, note: str, quantization: str | None = None,
    vocabulary: list[str] | None = None, tokenizer_files: dict[str, bytes] | None = None, legacy: bool = False,
) -> Path:
    """Write the package: ``sp_model`` (SentencePiece, whose pieces are the vocabulary) or
    ``vocabulary`` + ``tokenizer_files`` (e.g. ``{"bpe.model": codes}``); ``legacy``: the model
    folder as CTranslate2 2.x wrote it (:func:`write_legacy_model`)."""
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    top = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"
    files = dict(tokenizer_files or {})
    if sp_model is not None:
        files["sentencepiece.model"] = sp_model
        vocabulary = _vocabulary(sp_model)
    if vocabulary is None:
        raise ValueError("a vocabulary or a SentencePiece model is needed")
    with tempfile.TemporaryDirectory(prefix=".reltrans-toy-") as tmp:
        root = Path(tmp) / top
        (root / "model").mkdir(parents=True)
        spec = spec_factory(vocabulary)
        spec.validate()
        if quantization:
            spec.optimize(quantization=quantization)  # weights stored quantized, as Argos ships them
        if legacy:
            write_legacy_model(spec, root / "model")
        else:
            spec.save(str(root / "model"))
        for name, data in files.items():
            (root / name).write_bytes(data)
        meta = _metadata(from_code, to_code, package_version, note)
        (root / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (root / "README.md").write_text(readme, encoding="utf-8")
        archive = dest / f"{top}.argosmodel"
        _zip_package(root, top, archive)
    return archive


def build_copy_package(
    dest_dir: str | os.PathLike[str],
    from_code: str = "fr",
    to_code: str = "en",
    *,
    package_version: str = "1.0",
    argos_tokenizer: bool = False,
    separate_vocabularies: bool = False,
) -> Path:
    """Build the tiny copy-model ``.argosmodel`` into ``dest_dir`` and return its path.

    Deterministic: the same call writes the same bytes. Translating with it returns the
    input (see the module docstring for how, and for the ``target_prefix`` behaviour).

    ``argos_tokenizer``: SentencePiece trained the way Argos packages are (``nmt_nfkc``, no
    byte fallback): characters outside its vocabulary (’ ° ≥ ✓ W, CJK names...) are
    ``<unk>`` and only come back through ``replace_unknowns``. ``separate_vocabularies``
    (implies ``argos_tokenizer``): CTranslate2 ``source_vocabulary.json`` and
    ``target_vocabulary.json`` differ (French-side and English-side pieces of one joint
    SentencePiece model, see :func:`_side_vocabularies`); the model still copies.
    """
    argos_like = argos_tokenizer or separate_vocabularies
    sp_model = _train_sentencepiece(training_corpus(), vocab_size=800, argos_tokenizer=argos_like)
    if separate_vocabularies:
        sides = _side_vocabularies(sp_model)
        factory = lambda _vocab: _copy_spec(*sides)  # noqa: E731
        kind = "copy model, Argos tokenizer, separate vocabularies"
    else:
        factory = _copy_spec
        kind = "copy model, Argos tokenizer" if argos_like else "copy model"
    readme = f"# reltrans {kind}\n\nAnalytic Transformer that copies its input (tests only).\n"
    return _build(
        dest_dir, from_code, to_code, package_version, spec_factory=factory, sp_model=sp_model, readme=readme,
        note=f"reltrans test {kind}", quantization="int8" if argos_like else None,
    )


# --------------------------------------------------------------------------- BPE packages
def _moses_tokenized(lines: Sequence[str], lang: str) -> list[str]:
    """``lines`` normalised and tokenized as Argos' BPE tokenizer does before BPE."""
    from sacremoses.normalize import MosesPunctNormalizer
    from sacremoses.tokenize import MosesTokenizer

    normalizer, tokenizer = MosesPunctNormalizer(lang), MosesTokenizer(lang)
    return [" ".join(tokenizer.tokenize(normalizer.normalize(line))).strip("\r\n ") for line in lines]


def _learn_bpe_codes(tokenized: Sequence[str], merges: int) -> bytes:
    """subword-nmt codes (``#version: 0.2``) learned on Moses-tokenized lines."""
    from subword_nmt.learn_bpe import learn_bpe

    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()):  # its progress bar
        learn_bpe(io.StringIO("\n".join(tokenized) + "\n"), out, merges, min_frequency=2, num_workers=1)
    return out.getvalue().encode("utf-8")


def build_bpe_package(
    dest_dir: str | os.PathLike[str],
    from_code: str = "fr",
    to_code: str = "en",
    *,
    package_version: str = "1.0",
    merges: int = 400,
) -> Path:
    """A copy-model package tokenized like an OPUS-MT conversion: ``bpe.model`` holds
    subword-nmt codes (``merges`` merge operations) learned on our Moses-tokenized
    French + English corpus (joint BPE), and there is no ``sentencepiece.model`` (Argos then
    uses Moses + BPE, source side only). The CTranslate2 vocabulary (shared, ``.json``) holds
    the BPE tokens of the corpus; a source token outside it is ``<unk>`` and comes back
    through ``replace_unknowns``. Translating copies the Moses-tokenized source, which the
    target-language Moses detokenizer then joins. Deterministic, int8 like Argos packages.
    """
    from subword_nmt.apply_bpe import BPE

    corpus = training_corpus()
    tokenized = _moses_tokenized(corpus[0::2], from_code) + _moses_tokenized(corpus[1::2], to_code)
    codes = _learn_bpe_codes(tokenized, merges)
    bpe = BPE(io.StringIO(codes.decode("utf-8")))
    seen: dict[str, None] = {}
    for line in tokenized:
        for token in bpe.segment_tokens(line.split(" ")):
            seen.setdefault(token, None)
    vocabulary = ["<unk>", "<s>", "</s>", *seen]
    readme = "# reltrans copy model, BPE tokenizer\n\nAnalytic Transformer that copies its input (tests only); Moses + subword-nmt BPE.\n"
    return _build(
        dest_dir, from_code, to_code, package_version, spec_factory=_copy_spec, vocabulary=vocabulary,
        tokenizer_files={"bpe.model": codes}, readme=readme, note="reltrans test copy model, BPE tokenizer", quantization="int8",
    )


# --------------------------------------------------------------------------- pre-3.0 models
LEGACY_BINARY_VERSION = 5  # what CTranslate2 2.x (before 3.0, Nov. 2022) wrote
LEGACY_TRANSFORMER_REVISION = 4  # TransformerSpec revision of CTranslate2 2.x (2.11 to 2.24)
# Variables a 2.x TransformerSpec kept under encoder/ and decoder/ besides the weights.
_LEGACY_LAYER_FLAGS = {"encoder/scale_embeddings", "decoder/scale_embeddings", "decoder/start_from_zero_embedding"}
_WEIGHT_SUFFIXES = ("/weight", "/weight_scale", "/bias", "/gamma", "/beta", "/encodings")
_DTYPE_IDS = {"float32": 0, "int8": 1, "int16": 2, "int32": 3, "float16": 4}  # CTranslate2's DataType enum


def write_legacy_model(spec, model_dir: Path) -> None:
    """Save a (validated, optimized) CTranslate2 4.x ``TransformerSpec`` as CTranslate2 2.x did.

    What differs from a 4.x save (``binary version 6``, spec revision 7, ``config.json``):

    * ``model.bin`` has binary version 5 and TransformerSpec revision 4;
    * no ``config.json``: the model-level settings are variables of ``model.bin`` --
      ``unk_token``, ``bos_token``, ``eos_token`` (UTF-8 bytes as int8 arrays),
      ``with_source_bos``, ``with_source_eos``, ``with_target_bos``,
      ``user_decoder_start_tokens`` (int8 flags), and the Transformer's ``num_heads``,
      ``pre_norm``, ``activation``, ``embeddings_merge``, ``layernorm_embedding``,
      ``with_relative_position`` (int8), ``alignment_layer``, ``alignment_heads`` (int16) at the
      top level, where revision 5 moved them under ``encoder/`` and ``decoder/``;
    * the vocabulary is ``shared_vocabulary.txt`` (or ``source_`` / ``target_vocabulary.txt``),
      one token a line, not ``.json``.

    The layout follows CTranslate2 2.24's ``model_spec.py`` (variables sorted by name, then
    the aliases of duplicated variables); CTranslate2 4.x maps it back on load.
    """
    import struct

    import numpy as np

    config = spec.config.to_dict()
    variables: dict[str, object] = {}
    for name, value in spec.variables(ordered=True):
        if isinstance(value, str):
            variables[name] = value  # an alias of another variable
            continue
        array = value.numpy() if hasattr(value, "numpy") else np.asarray(value)
        if name.endswith(_WEIGHT_SUFFIXES) or name in _LEGACY_LAYER_FLAGS:
            variables[name] = array
        elif array.ndim:
            raise ValueError(f"no pre-3.0 layout for variable {name}")
    scalar = lambda dtype, value: np.array(value, dtype=dtype)  # noqa: E731
    everything = dict(spec.variables(ordered=True))
    encoder = {name.split("/", 1)[1]: value for name, value in everything.items() if name.startswith("encoder/")}
    decoder = {name.split("/", 1)[1]: value for name, value in everything.items() if name.startswith("decoder/")}

    def attribute(scope: dict, key: str, default: int) -> int:
        value = scope.get(key)
        return default if value is None or isinstance(value, str) else int(value.numpy() if hasattr(value, "numpy") else value)

    start = config.get("decoder_start_token", "<s>")
    variables.update(
        {
            "num_heads": scalar(np.int8, attribute(encoder, "num_heads", 8)),
            "pre_norm": scalar(np.int8, attribute(encoder, "pre_norm", 1)),
            "activation": scalar(np.int8, attribute(encoder, "activation", 0)),
            "embeddings_merge": scalar(np.int8, attribute(encoder, "embeddings_merge", 0)),
            "alignment_layer": scalar(np.int16, attribute(decoder, "alignment_layer", -1)),
            "alignment_heads": scalar(np.int16, attribute(decoder, "alignment_heads", 1)),
            "layernorm_embedding": scalar(np.int8, 0),
            "with_relative_position": scalar(np.int8, 0),
            "unk_token": np.frombuffer(config.get("unk_token", "<unk>").encode("utf-8"), dtype=np.int8),
            "bos_token": np.frombuffer(config.get("bos_token", "<s>").encode("utf-8"), dtype=np.int8),
            "eos_token": np.frombuffer(config.get("eos_token", "</s>").encode("utf-8"), dtype=np.int8),
            "with_source_bos": scalar(np.int8, bool(config.get("add_source_bos"))),
            "with_source_eos": scalar(np.int8, bool(config.get("add_source_eos"))),
            "with_target_bos": scalar(np.int8, start == config.get("bos_token", "<s>")),
            "user_decoder_start_tokens": scalar(np.int8, start is None),
        }
    )
    ordered = sorted(variables.items())
    arrays = [(n, v) for n, v in ordered if not isinstance(v, str)]
    aliases = [(n, v) for n, v in ordered if isinstance(v, str) and v in variables]
    out = io.BytesIO()

    def string(text: str) -> None:
        data = text.encode("utf-8")
        out.write(struct.pack("H", len(data) + 1) + data + b"\0")

    out.write(struct.pack("I", LEGACY_BINARY_VERSION))
    string(spec.name)
    out.write(struct.pack("I", LEGACY_TRANSFORMER_REVISION))
    out.write(struct.pack("I", len(arrays)))
    for name, array in arrays:
        string(name)
        out.write(struct.pack("B", array.ndim) + b"".join(struct.pack("I", dim) for dim in array.shape))
        out.write(struct.pack("B", _DTYPE_IDS[str(array.dtype)]) + struct.pack("I", array.nbytes))
        out.write(np.ascontiguousarray(array).tobytes())
    out.write(struct.pack("I", len(aliases)))
    for alias, target in aliases:
        string(alias)
        string(target)
    model_dir.mkdir(parents=True, exist_ok=True)
    (model_dir / "model.bin").write_bytes(out.getvalue())
    vocabularies = spec._vocabularies  # {"source": [tokens], "target": [tokens]}
    source, target = vocabularies["source"][0], vocabularies["target"][0]
    sides = {"shared": source} if source == target else {"source": source, "target": target}
    for side, tokens in sides.items():
        (model_dir / f"{side}_vocabulary.txt").write_text("".join(f"{t}\n" for t in tokens), encoding="utf-8")


def build_legacy_package(
    dest_dir: str | os.PathLike[str],
    from_code: str = "fr",
    to_code: str = "en",
    *,
    package_version: str = "1.0",
    separate_vocabularies: bool = False,
) -> Path:
    """A copy-model package as converted before CTranslate2 3.0 (like Argos' en->es 1.0):
    ``model.bin`` in binary version 5 (TransformerSpec revision 4), no ``config.json``,
    ``shared_vocabulary.txt`` (``separate_vocabularies``: ``source_vocabulary.txt`` and
    ``target_vocabulary.txt``, split as in :func:`build_copy_package`); SentencePiece with
    Argos' settings, weights int8. See :func:`write_legacy_model` for exactly what differs
    from a current conversion.
    """
    sp_model = _train_sentencepiece(training_corpus(), vocab_size=800, argos_tokenizer=True)
    factory = _copy_spec
    if separate_vocabularies:
        sides = _side_vocabularies(sp_model)
        factory = lambda _vocab: _copy_spec(*sides)  # noqa: E731
    readme = "# reltrans copy model, converted as by CTranslate2 2.x\n\nAnalytic Transformer that copies its input (tests only).\n"
    return _build(
        dest_dir, from_code, to_code, package_version, spec_factory=factory, sp_model=sp_model, readme=readme,
        note="reltrans test copy model, pre-3.0 CTranslate2 format", quantization="int8", legacy=True,
    )


# --------------------------------------------------------------------------- random model
def _generated_corpus(n: int, seed: int) -> Iterator[str]:
    """Pseudo-words in varied shapes so SentencePiece can fill a large vocabulary."""
    import numpy as np

    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyzéèàçôîû"))
    base = training_corpus()
    for i in range(n):
        words = ["".join(rng.choice(letters, size=rng.integers(2, 11))) for _ in range(rng.integers(5, 25))]
        yield f"{base[i % len(base)]} {' '.join(words)}"


def _random_spec_factory(layers: int, d_model: int, heads: int, ffn: int, seed: int):
    def factory(vocab: list[str]):
        import ctranslate2
        import numpy as np

        rng = np.random.default_rng(seed)
        std = 1.0 / np.sqrt(d_model)

        def rnd(*shape: int) -> np.ndarray:
            return (rng.standard_normal(shape, dtype=np.float32) * std).astype(np.float32)

        def ln(spec) -> None:
            spec.gamma, spec.beta = np.ones(d_model, np.float32), np.zeros(d_model, np.float32)

        def lin(spec, out: int, inp: int) -> None:
            spec.weight, spec.bias = rnd(out, inp), np.zeros(out, np.float32)

        def ffn_spec(spec) -> None:
            ln(spec.layer_norm)
            lin(spec.linear_0, ffn, d_model)
            lin(spec.linear_1, d_model, ffn)

        v = len(vocab)
        spec = ctranslate2.specs.TransformerSpec.from_config(layers, heads)
        spec.encoder.embeddings[0].weight = rnd(v, d_model)
        ln(spec.encoder.layer_norm)
        for layer in spec.encoder.layer:
            ln(layer.self_attention.layer_norm)
            lin(layer.self_attention.linear[0], 3 * d_model, d_model)
            lin(layer.self_attention.linear[1], d_model, d_model)
            ffn_spec(layer.ffn)
        spec.decoder.embeddings.weight = rnd(v, d_model)
        ln(spec.decoder.layer_norm)
        for layer in spec.decoder.layer:
            ln(layer.self_attention.layer_norm)
            lin(layer.self_attention.linear[0], 3 * d_model, d_model)
            lin(layer.self_attention.linear[1], d_model, d_model)
            ln(layer.attention.layer_norm)
            lin(layer.attention.linear[0], d_model, d_model)
            lin(layer.attention.linear[1], 2 * d_model, d_model)
            lin(layer.attention.linear[2], d_model, d_model)
            ffn_spec(layer.ffn)
        lin(spec.decoder.projection, v, d_model)
        spec.register_source_vocabulary(vocab)
        spec.register_target_vocabulary(vocab)
        return spec

    return factory


def build_random_package(
    dest_dir: str | os.PathLike[str],
    *,
    layers: int = 6,
    d_model: int = 512,
    heads: int = 8,
    ffn: int = 2048,
    vocab_size: int = 32000,
    seed: int = 0,
    from_code: str = "fr",
    to_code: str = "en",
    corpus_lines: int = 60000,
    quantization: str | None = "int8",
    argos_tokenizer: bool = True,
) -> Path:
    """Build an Argos-sized Transformer with random weights (benchmarks and parity tests).

    The SentencePiece vocabulary is trained on a generated corpus with
    ``hard_vocab_limit=False``: when the corpus cannot support ``vocab_size`` pieces the
    vocabulary is smaller; by default with Argos' settings (``nmt_nfkc``, no byte fallback).
    Weights are stored ``int8`` like Argos' packages (``quantization=None``: float32), so the
    model's own compute type (CTranslate2 ``default``, Argos' ``auto``) is int8.
    Smaller variants (``layers=1, d_model=64, vocab_size=300, corpus_lines=300``) build in
    well under a second.
    """
    sp_model = _train_sentencepiece(list(_generated_corpus(corpus_lines, seed)), vocab_size=vocab_size, argos_tokenizer=argos_tokenizer)
    readme = "# reltrans random model\n\nRandom weights, Argos-sized (benchmarks only).\n"
    factory = _random_spec_factory(layers, d_model, heads, ffn, seed)
    return _build(
        dest_dir, from_code, to_code, "1.0", spec_factory=factory, sp_model=sp_model, readme=readme,
        note="reltrans benchmark random model", quantization=quantization,
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m reltrans.engine.toymodel OUT_DIR [--random | --legacy | --bpe]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print("usage: python -m reltrans.engine.toymodel OUT_DIR [--random | --legacy | --bpe]", file=sys.stderr)
        return 2
    builders = {"--random": build_random_package, "--legacy": build_legacy_package, "--bpe": build_bpe_package}
    builder = next((builders[a] for a in args[1:] if a in builders), build_copy_package)
    print(builder(args[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
