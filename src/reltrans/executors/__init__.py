"""Executors: where the model runs for ``translate`` (in this process, or on a Ray cluster).

The pipeline's driver reads, segments and deduplicates every sentence of the archive and
consults the translation memory; what is left (distinct misses, cut into batches) goes to an
executor, which translates each batch with the engine and glossary enforcement and hands the
batches back, in any order, as they finish. The driver writes each PO as soon as its last
sentence is back. Batches are the same whatever the executor, and each batch is translated by
the same code (:class:`reltrans.executors.worker.SentenceTranslator`), so the output is the
same byte for byte.

``local`` (default, :mod:`reltrans.executors.local`) is one engine in this process; ``ray``
(:mod:`reltrans.executors.ray`, which imports ``ray`` only when it is used) is a pool of Ray
actors, each loading the model once, a dead actor replaced and its batch retried.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, Protocol, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.translator import DecodeOptions
    from reltrans.glossary import Glossary

#: The executors ``translate --executor`` accepts.
EXECUTOR_KINDS = ("local", "ray")


@dataclass(frozen=True)
class ExecutorSettings:
    """Where the model runs: ``kind`` is ``local`` or ``ray``; the rest is for Ray.

    ``address``: the Ray cluster to join (``None``: start a local Ray runtime for the run);
    ``actors``: how many model actors (0: one per ``cpus_per_actor`` CPUs of the cluster, or
    per GPU share with ``gpus_per_actor``); ``gpus_per_actor``: a GPU share per actor (0: CPU
    actors); ``cpus_per_actor``: CPUs reserved per actor, also its CTranslate2 threads unless
    ``--threads`` says otherwise."""

    kind: str = "local"
    address: str | None = None
    actors: int = 0
    gpus_per_actor: float = 0.0
    cpus_per_actor: int = 1


@dataclass(frozen=True)
class MachineTranslation:
    """One sentence back from the model: the text, glossary terms it could not place, and the
    enforcement note naming the layers that gave up."""

    text: str
    unmet: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs to build its engine and enforcement once (picklable: it is
    shipped to Ray actors). ``matcher`` is the driver's source-language glossary matcher."""

    source_lang: str
    target_lang: str
    decode: "DecodeOptions | None" = None
    glossary: "Glossary | None" = None
    matcher: object | None = None
    enforce_terms: bool = True


@dataclass(frozen=True)
class Retry:
    """A batch that was sent again because the worker holding it died."""

    batch: int
    sentences: int
    reason: str

    def describe(self) -> str:
        return f"batch {self.batch} ({self.sentences} sentences) retried on a new actor: {self.reason}"


class Executor(Protocol):
    """What the pipeline needs from an executor."""

    kind: str
    #: batches sent again after their worker died, in the order it happened
    retries: list[Retry]

    def start(self, spec: WorkerSpec, loader: "Loader") -> str:
        """Make the workers ready (each builds engine + enforcement from ``spec`` once, the
        model loaded by ``loader``); return the engine signature."""

    def run(self, batches: Sequence[Sequence[str]]) -> Iterator[tuple[int, list[MachineTranslation]]]:
        """Translate every batch; yield ``(batch index, translations)`` as each one finishes."""

    def model_loads(self) -> int:
        """How many times a model was loaded in this run (one per worker, plus replacements)."""

    def close(self) -> None:
        """Release the workers (and a runtime started for the run)."""


#: ``(source_lang, target_lang, options) -> engine`` (see :data:`reltrans.pipeline.EngineLoader`).
Loader = Callable[[str, str, "DecodeOptions | None"], object]


def make_executor(settings: ExecutorSettings) -> Executor:
    """The executor ``settings`` names (a :class:`reltrans.errors.UsageError` for another)."""
    from reltrans.errors import UsageError

    if settings.kind == "local":
        from reltrans.executors.local import LocalExecutor

        return LocalExecutor()
    if settings.kind == "ray":
        from reltrans.executors.ray import RayExecutor

        return RayExecutor(settings)
    raise UsageError(f"unknown executor {settings.kind!r}; known: {', '.join(EXECUTOR_KINDS)}")


__all__ = [
    "EXECUTOR_KINDS",
    "Executor",
    "ExecutorSettings",
    "MachineTranslation",
    "Retry",
    "WorkerSpec",
    "make_executor",
]
