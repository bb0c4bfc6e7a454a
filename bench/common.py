"""Shared helpers for the reltrans benchmarks (run by hand, never by the test suite).

* :func:`install_socket_guard` -- any attempt to open a network connection raises;
* :func:`model_packages_dir` -- the copy model or the Argos-sized random model, built once and
  installed into a cache folder (``$RELTRANS_BENCH_CACHE``, default ``~/.cache/reltrans-bench``);
* :func:`release_text` / :func:`release_variant` / :func:`write_releases` -- the French example
  release (``shared/examples/iom-saudi-training.fr.txt`` when present, else a built-in release)
  and distinct variants of it, so that N releases mean N x the distinct sentences;
* :func:`best_of`, :func:`fmt_rate`, :func:`print_table` -- timing and output.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import regex

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
EXAMPLE_RELEASE = REPO_DIR.parent / "shared" / "examples" / "iom-saudi-training.fr.txt"

#: A short French release used when the shared example is not there (written for reltrans).
BUILTIN_RELEASE_FR = """\
Le HCR et l'OIM appellent à renforcer la protection des migrants au Sahel
Genève - Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et l'Organisation internationale pour les migrations (OIM) ont lancé aujourd'hui un appel conjoint de 45 millions de dollars pour venir en aide aux personnes déplacées et aux migrants vulnérables au Sahel.
Depuis le début de l'année, plus de 12 500 personnes ont été contraintes de fuir leur foyer en raison de l'insécurité et des effets du changement climatique. Beaucoup d'entre elles sont exposées au risque de traite des personnes et de trafic illicite de migrants.
« Nous devons agir maintenant pour protéger les plus vulnérables », a déclaré la Directrice générale de l'OIM. « Aucune personne ne doit être renvoyée vers un pays où sa vie est menacée. »
Le programme prévoit la formation de 300 agents des services de police et des frontières à l'identification des victimes de la traite, ainsi que le renforcement des abris et des lignes d'assistance téléphonique.
Les Etats membres de la région se sont engagés à améliorer la coopération en matière de migration, conformément au Pacte mondial pour des migrations sûres, ordonnées et régulières.
- Aide d'urgence aux personnes déplacées
- Protection des enfants non accompagnés
- Retour volontaire et réintégration
Le Secrétaire général a salué cette initiative et rappelé que la protection des réfugiés et des demandeurs d'asile est une responsabilité partagée.
La réunion de coordination s'est tenue à Niamey le 3 février, en présence de représentants du gouvernement du Niger, de l'Office des Nations Unies contre la drogue et le crime (ONUDC) et de partenaires humanitaires.
Pour plus d'informations, veuillez contacter le service de presse : presse@example.org.
"""

_TRAILING = regex.compile(r"[\s.!?…:;»\"”)\]]*\Z")
_FIRST_SPACE = regex.compile(r"\s")


# --------------------------------------------------------------------------- network
class NetworkBlocked(ConnectionError):
    """Raised when benchmark code tries to reach the network."""


def install_socket_guard() -> None:
    """Make every non-Unix socket connection and DNS lookup in this process raise."""
    if getattr(socket.socket.connect, "_reltrans_guard", False):
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def _check(sock: socket.socket, address: Any) -> None:
        if sock.family != getattr(socket, "AF_UNIX", object()):
            raise NetworkBlocked(f"network access blocked in benchmarks: {address!r}")

    def connect(self: socket.socket, address: Any) -> Any:
        _check(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        _check(self, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise NetworkBlocked(f"network access blocked in benchmarks: DNS lookup of {host!r}")

    connect._reltrans_guard = True  # type: ignore[attr-defined]
    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.create_connection = lambda address, *a, **k: (_ for _ in ()).throw(  # type: ignore[assignment]
        NetworkBlocked(f"network access blocked in benchmarks: {address!r}")
    )


# --------------------------------------------------------------------------- models
def cache_root() -> Path:
    """Where built models are kept between runs."""
    explicit = os.environ.get("RELTRANS_BENCH_CACHE")
    return Path(explicit) if explicit else Path.home() / ".cache" / "reltrans-bench"


@contextlib.contextmanager
def packages_env(folder: Path) -> Iterator[None]:
    """Point ``ARGOS_PACKAGES_DIR`` (read by reltrans and by argostranslate) at ``folder``."""
    old = os.environ.get("ARGOS_PACKAGES_DIR")
    os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("ARGOS_PACKAGES_DIR", None)
        else:
            os.environ["ARGOS_PACKAGES_DIR"] = old


def _toymodel_digest() -> str:
    from reltrans.engine import toymodel

    return hashlib.sha256(Path(toymodel.__file__).read_bytes()).hexdigest()[:10]


def model_packages_dir(kind: str = "random", *, vocab_size: int = 32000, log: Callable[[str], None] | None = None) -> Path:
    """An Argos packages folder holding the ``kind`` model ("copy" or "random"), built on first use.

    The random model is Argos-sized (6+6 layers, d_model 512, 8 heads, FFN 2048, ~32k
    SentencePiece pieces); building it takes a few minutes once, then it is reused.
    """
    from reltrans.engine.packages import install_archive
    from reltrans.engine.toymodel import build_copy_package, build_random_package

    if kind not in {"copy", "random"}:
        raise ValueError(f"unknown model kind {kind!r}")
    key = f"{kind}-v{vocab_size}-{_toymodel_digest()}" if kind == "random" else f"copy-{_toymodel_digest()}"
    folder = cache_root() / key
    packages = folder / "packages"
    if any(packages.glob("*/metadata.json")):
        return packages
    if log:
        log(f"building the {kind} model once into {folder} (random: a few minutes)...")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        if kind == "random":
            archive = build_random_package(tmp, vocab_size=vocab_size)
        else:
            archive = build_copy_package(tmp)
        staging = folder / "packages.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        with packages_env(staging):
            install_archive(archive)
        for leftover in staging.glob(".reltrans-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        shutil.rmtree(packages, ignore_errors=True)
        staging.rename(packages)
    return packages


# --------------------------------------------------------------------------- releases
def release_text() -> str:
    """The French example release: ``$RELTRANS_BENCH_RELEASE``, the shared example, or built-in."""
    explicit = os.environ.get("RELTRANS_BENCH_RELEASE")
    for candidate in (Path(explicit) if explicit else None, EXAMPLE_RELEASE):
        if candidate is not None and candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return BUILTIN_RELEASE_FR


def release_source_name() -> str:
    """Where :func:`release_text` came from, for the report."""
    explicit = os.environ.get("RELTRANS_BENCH_RELEASE")
    if explicit and Path(explicit).is_file():
        return explicit
    return EXAMPLE_RELEASE.name if EXAMPLE_RELEASE.is_file() else "built-in release"


def release_variant(text: str, k: int) -> str:
    """``text`` with `` (k)`` inserted after the first word of every sentence.

    Copy ``k`` shares no sentence with copy ``j != k``, so N variants hold N times the distinct
    sentences of one release (real releases rarely repeat each other); ``k == 0`` is ``text``.
    """
    if k == 0:
        return text
    from reltrans.formats import parse_document
    from reltrans.segment import segment_document

    doc = parse_document(text, "variant.txt", "text", "utf-8", False)
    out: list[str] = []
    last = 0
    for segment in segment_document(doc, "fr").segments:
        body = text[segment.start : segment.end]
        space = _FIRST_SPACE.search(body)
        # After the first word (keeps glued boundaries such as "nousL'Organisation" intact),
        # else before the closing punctuation of a one-word segment.
        cut = space.start() if space else _TRAILING.search(body).start()  # type: ignore[union-attr]
        out.append(text[last : segment.start] + body[:cut] + f" ({k})" + body[cut:])
        last = segment.end
    out.append(text[last:])
    return "".join(out)


def write_releases(folder: Path, count: int, *, start: int = 0, text: str | None = None) -> list[Path]:
    """Write ``count`` distinct release variants into ``folder``; return their paths."""
    base = release_text() if text is None else text
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(start, start + count):
        path = folder / f"release-{k:05d}.fr.txt"
        path.write_text(release_variant(base, k), encoding="utf-8")
        paths.append(path)
    return paths


def segment_texts(text: str) -> list[str]:
    """The msgids reltrans would send for ``text`` (in order, repeats kept)."""
    from reltrans.formats import parse_document
    from reltrans.segment import segment_document

    doc = parse_document(text, "bench.txt", "text", "utf-8", False)
    return [s.msgid for s in segment_document(doc, "fr").segments]


def repeated_release(min_segments: int) -> tuple[str, int]:
    """Distinct variants of the release joined until they hold ``min_segments`` segments."""
    base = release_text()
    per_copy = len(segment_texts(base))
    copies = max(1, -(-min_segments // max(per_copy, 1)))
    text = "\n".join(release_variant(base, k).rstrip("\n") for k in range(copies)) + "\n"
    return text, copies


# --------------------------------------------------------------------------- timing / output
@dataclass(frozen=True)
class Timing:
    """Best and all wall times of repeated runs, in seconds."""

    best: float
    runs: tuple[float, ...]


def best_of(fn: Callable[[], object], repeat: int = 3) -> Timing:
    """Run ``fn`` ``repeat`` times; return the best wall time."""
    runs = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return Timing(min(runs), tuple(runs))


def fmt_rate(value: float) -> str:
    """A rate with a sensible number of digits."""
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, title: str = "", align_numbers: bool = True) -> None:
    """A plain fixed-width table on stdout (benchmarks keep their output copy-pasteable);
    numeric cells are right-aligned unless ``align_numbers`` is False."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    if title:
        print(f"\n{title}")
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(cells[0], widths)).rstrip())
    print(line)
    for row in cells[1:]:
        print("  ".join(c.rjust(w) if align_numbers and _numeric(c) else c.ljust(w) for c, w in zip(row, widths)).rstrip())
    sys.stdout.flush()


def _numeric(cell: str) -> bool:
    return bool(regex.fullmatch(r"[-+]?[\d,.]+\s*(%|x|×|s|ms|MiB|/s)?", cell.strip()))


def header(title: str) -> None:
    """A section title with the machine's core count."""
    print(f"\n=== {title} ===  (cpus: {os.cpu_count()}, python {sys.version.split()[0]})")
    sys.stdout.flush()
