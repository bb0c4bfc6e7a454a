"""The local executor: one engine in this process, batches translated in order."""
from __future__ import annotations

from typing import Iterator, Sequence

from reltrans.executors import Loader, MachineTranslation, Retry, WorkerSpec
from reltrans.executors.worker import SentenceTranslator


class LocalExecutor:
    """Today's path: the model loaded once in this process; nothing to retry."""

    kind = "local"

    def __init__(self) -> None:
        self.worker: SentenceTranslator | None = None
        self.retries: list[Retry] = []

    def start(self, spec: WorkerSpec, loader: Loader) -> str:
        self.worker = SentenceTranslator(spec, loader)
        return self.worker.load()

    def run(self, batches: Sequence[Sequence[str]]) -> Iterator[tuple[int, list[MachineTranslation]]]:
        assert self.worker is not None, "start() first"
        for index, batch in enumerate(batches):
            yield index, self.worker.translate(batch)

    def model_loads(self) -> int:
        return self.worker.loads if self.worker is not None else 0

    def close(self) -> None:
        pass
