"""The Ray executor: a pool of Ray Core actors, each loading the model once.

``ray`` is imported here, inside the functions that need it, and only when ``--executor ray``
is asked for (``pip install 'reltrans[ray]'``). Without an address a local Ray runtime is
started for the run (CPUs bounded, no dashboard, bound to 127.0.0.1) and shut down after it;
with one the run joins that cluster and leaves it running.

Each actor builds a :class:`~reltrans.executors.worker.SentenceTranslator` (engine + glossary
enforcement) once and translates whole batches; the driver keeps a few batches in flight per
actor and takes them back as they finish. An actor that dies (killed, out of memory, its node
lost) is replaced by a new one and the batches it held are sent again, at most
:data:`MAX_ATTEMPTS` times each; every retry is recorded for the run's summary. An error
raised inside an actor (no model for the pair, a broken package) fails the run as it would
locally.
"""
from __future__ import annotations

import collections
import dataclasses
import os
from typing import Any, Iterator, Sequence

from reltrans.errors import ModelError, ReltransError, UsageError
from reltrans.executors import ExecutorSettings, Loader, MachineTranslation, Retry, WorkerSpec
from reltrans.executors.worker import SentenceTranslator

#: How many times one batch is sent before the run gives up on it.
MAX_ATTEMPTS = 4
#: Batches queued on each actor, so it never waits for the driver between two batches.
IN_FLIGHT_PER_ACTOR = 2
#: Object store of a local runtime started for the run: translations are small.
LOCAL_OBJECT_STORE_BYTES = 128 * 1024 * 1024
#: How long the actors may take to be scheduled and load the model.
START_TIMEOUT_S = 900
#: Actors started when neither ``actors`` nor a GPU share says how many.
MAX_AUTO_ACTORS = 64


class TranslatorActor:
    """The body of one Ray actor (wrapped with ``ray.remote`` at run time)."""

    def __init__(self, spec: WorkerSpec, loader: Loader) -> None:
        self.worker = SentenceTranslator(spec, loader)

    def ready(self) -> tuple[str, int, int]:
        """Load the model; (signature, model loads so far, process id)."""
        signature = self.worker.load()
        return signature, self.worker.loads, os.getpid()

    def translate(self, texts: Sequence[str]) -> tuple[list[MachineTranslation], int]:
        """(translations, model loads so far)."""
        return self.worker.translate(texts), self.worker.loads


@dataclasses.dataclass
class _Slot:
    """One place in the pool: its current actor, which replacement it is, what it holds."""

    number: int
    actor: Any
    generation: int = 0
    in_flight: int = 0


def import_ray() -> Any:
    """``ray``, or a :class:`UsageError` saying how to install it."""
    try:
        import ray
    except ImportError:
        raise UsageError("--executor ray needs Ray: pip install 'reltrans[ray]'") from None
    return ray


class RayExecutor:
    """Batches translated by a pool of Ray actors (see the module docstring)."""

    kind = "ray"

    def __init__(self, settings: ExecutorSettings) -> None:
        if settings.actors < 0:
            raise UsageError("--actors must be 0 (automatic) or more")
        if settings.gpus_per_actor < 0 or settings.cpus_per_actor < 1:
            raise UsageError("--gpus-per-actor must be 0 or more, and an actor needs at least one CPU")
        self.settings = settings
        self.loader: Loader | None = None
        self.retries: list[Retry] = []
        self.slots: list[_Slot] = []
        self.loads: dict[tuple[int, int], int] = {}  # (slot, generation) -> model loads reported
        self._ray: Any = None
        self._owns_runtime = False
        self._actor_class: Any = None
        self._spec_ref: Any = None

    # ------------------------------------------------------------------ life cycle
    def start(self, spec: WorkerSpec, loader: Loader) -> str:
        ray = self._ray = import_ray()
        if not ray.is_initialized():
            self._init_runtime(ray)
        self.loader = loader
        if self.settings.gpus_per_actor and not ray.cluster_resources().get("GPU"):
            raise UsageError("--gpus-per-actor: the Ray cluster has no GPU")
        options: dict[str, Any] = {"num_cpus": self.settings.cpus_per_actor, "max_restarts": 0}
        if self.settings.gpus_per_actor:
            options["num_gpus"] = self.settings.gpus_per_actor
        if os.environ.get("ARGOS_PACKAGES_DIR"):  # where this run's models are (on every node of a cluster)
            options["runtime_env"] = {"env_vars": {"ARGOS_PACKAGES_DIR": os.environ["ARGOS_PACKAGES_DIR"]}}
        self._actor_class = ray.remote(TranslatorActor).options(**options)
        self._spec_ref = ray.put(_spec_for_actor(spec, self.settings))
        self.slots = [_Slot(number, self._new_actor()) for number in range(self._actor_count(ray))]
        try:
            readies = self._get([slot.actor.ready.remote() for slot in self.slots], timeout=START_TIMEOUT_S)
        except ray.exceptions.GetTimeoutError:
            raise ModelError(
                f"the Ray actors did not start within {START_TIMEOUT_S} s: the cluster lacks "
                f"{self.settings.cpus_per_actor} CPU(s)/{self.settings.gpus_per_actor} GPU per actor for {len(self.slots)} actors"
            ) from None
        except ray.exceptions.RayActorError as exc:
            raise ModelError(f"a Ray actor died while loading the model: {_reason(exc)}") from None
        for slot, (_, loads, _) in zip(self.slots, readies):
            self.loads[(slot.number, slot.generation)] = loads
        signatures = sorted({signature for signature, _, _ in readies})
        if len(signatures) > 1:  # nodes with different model versions would mix drafts
            raise ModelError(f"the Ray actors loaded different models: {', '.join(signatures)}")
        return signatures[0]

    def close(self) -> None:
        ray = self._ray
        if ray is None:
            return
        for slot in self.slots:
            try:
                ray.kill(slot.actor)
            except Exception:  # noqa: BLE001 - already dead or the cluster is gone
                pass
        self.slots = []
        if self._owns_runtime:
            ray.shutdown()
            self._owns_runtime = False

    def model_loads(self) -> int:
        return sum(self.loads.values())

    # ------------------------------------------------------------------ work
    def run(self, batches: Sequence[Sequence[str]]) -> Iterator[tuple[int, list[MachineTranslation]]]:
        ray = self._ray
        queue = collections.deque(range(len(batches)))
        attempts = collections.Counter[int]()
        flying: dict[Any, tuple[_Slot, int, int]] = {}  # ref -> (slot, its generation then, batch)
        while queue or flying:
            for slot in self.slots:
                while queue and slot.in_flight < IN_FLIGHT_PER_ACTOR:
                    index = queue.popleft()
                    attempts[index] += 1
                    flying[slot.actor.translate.remote(list(batches[index]))] = (slot, slot.generation, index)
                    slot.in_flight += 1
            done, _ = ray.wait(list(flying), num_returns=1)
            for ref in done:
                slot, generation, index = flying.pop(ref)
                if generation == slot.generation:
                    slot.in_flight -= 1
                try:
                    translations, loads = self._get(ref)
                except ray.exceptions.RayActorError as exc:
                    self._replace(slot, generation, exc)
                    if attempts[index] >= MAX_ATTEMPTS:
                        raise ModelError(f"batch {index} failed {attempts[index]} times: its Ray actor died each time ({_reason(exc)})") from None
                    self.retries.append(Retry(index, len(batches[index]), f"actor {slot.number} died ({_reason(exc)})"))
                    queue.appendleft(index)
                    continue
                self.loads[(slot.number, generation)] = loads
                yield index, translations

    def _replace(self, slot: _Slot, generation: int, exc: Exception) -> None:
        """A new actor in ``slot``, unless the dead one was replaced already."""
        if generation != slot.generation:
            return
        slot.generation += 1
        slot.in_flight = 0  # what the dead actor held fails too and is sent again
        slot.actor = self._new_actor()

    def _new_actor(self) -> Any:
        return self._actor_class.remote(self._spec_ref, self.loader)

    def _get(self, refs: Any, timeout: float | None = None) -> Any:
        """``ray.get``, with an error raised in an actor turned back into the library's own."""
        ray = self._ray
        try:
            return ray.get(refs, timeout=timeout)
        except ray.exceptions.RayTaskError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, ReltransError):
                raise cause from None
            raise ModelError(f"a Ray actor failed: {_reason(cause or exc)}") from None

    # ------------------------------------------------------------------ runtime
    def _init_runtime(self, ray: Any) -> None:
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # never report usage anywhere
        quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": "ERROR", "include_dashboard": False}
        try:
            if self.settings.address:
                _require_listening(self.settings.address)
                ray.init(address=self.settings.address, **quiet)
            else:
                ray.init(address="local", num_cpus=self._local_cpus(), object_store_memory=LOCAL_OBJECT_STORE_BYTES, _node_ip_address="127.0.0.1", **quiet)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = self.settings.address or "a local Ray runtime"
            raise ModelError(f"cannot start or join {where}: {_reason(exc)}") from None
        self._owns_runtime = True

    def _local_cpus(self) -> int:
        machine = os.cpu_count() or 1
        if self.settings.actors:
            return max(1, min(machine, self.settings.actors * self.settings.cpus_per_actor))
        return machine

    def _actor_count(self, ray: Any) -> int:
        if self.settings.actors:
            return self.settings.actors
        resources = ray.cluster_resources()
        if self.settings.gpus_per_actor:
            count = int(resources.get("GPU", 0) / self.settings.gpus_per_actor)
        else:
            count = int(resources.get("CPU", 1) // self.settings.cpus_per_actor)
        return max(1, min(MAX_AUTO_ACTORS, count))


def _spec_for_actor(spec: WorkerSpec, settings: ExecutorSettings) -> WorkerSpec:
    """The spec as an actor runs it: on a GPU share it decodes on CUDA; with CTranslate2's
    default thread count it uses the CPUs reserved for it, not every core of its node. Neither
    changes a translation (the engine signature names neither)."""
    from reltrans.engine.translator import DecodeOptions

    decode = spec.decode or DecodeOptions()
    changes: dict[str, Any] = {}
    if settings.gpus_per_actor and decode.device == "cpu":
        changes["device"] = "cuda"
    if decode.intra_threads == 0:
        changes["intra_threads"] = settings.cpus_per_actor
    return dataclasses.replace(spec, decode=dataclasses.replace(decode, **changes))


def _reason(exc: BaseException | None) -> str:
    """The first line of an exception, for one summary line."""
    text = str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


#: Seconds to wait for a TCP connection to a ``--ray-address`` before giving up.
CONNECT_TIMEOUT_S = 5.0


def _require_listening(address: str) -> None:
    """Fail fast, in one line, when ``host:port`` refuses or does not answer: ``ray.init``
    itself retries a closed port for minutes, printing warnings. Other address forms
    (``auto``, ``ray://...``) are left to Ray."""
    import socket

    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address or not host:
        return
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S):
            return
    except OSError as exc:
        raise ModelError(f"cannot join the Ray cluster at {address}: {exc.strerror or exc} (is `ray start --head` running there?)") from None
