"""The work of one executor worker: an engine loaded once, glossary enforcement built once,
and batches of sentences translated with them (the same code in-process and in a Ray actor)."""
from __future__ import annotations

from typing import Sequence

from reltrans.executors import Loader, MachineTranslation, WorkerSpec


class SentenceTranslator:
    """Engine + glossary enforcement for one worker; the model is loaded on first use, once."""

    def __init__(self, spec: WorkerSpec, loader: Loader) -> None:
        self.spec = spec
        self.loader = loader
        self.engine: object | None = None
        self.loads = 0

    def load(self) -> str:
        """Load the engine (once); return its signature."""
        if self.engine is None:
            self.engine = self.loader(self.spec.source_lang, self.spec.target_lang, self.spec.decode)
            self.loads += 1
        return str(self.engine.signature)  # type: ignore[attr-defined]

    def translate(self, texts: Sequence[str]) -> list[MachineTranslation]:
        """Translate ``texts`` (one batch: the engine batches by tokens inside it), placing the
        glossary's terms when enforcement is on."""
        self.load()
        from reltrans.formats.inline import has_placeholders, translate_protected

        if any(has_placeholders(text) for text in texts):  # inline markup never reaches the model
            plain = lambda pieces: [(m.text, m.unmet, m.note) for m in self.translate(pieces)]  # noqa: E731
            return [MachineTranslation(*r) for r in translate_protected(texts, plain)]
        engine = self.engine
        spec = self.spec
        translate_terms = getattr(engine, "translate_terms", None)
        if translate_terms is not None:  # a pivot chain places its glossary on the leg it covers
            return [MachineTranslation(*r) for r in translate_terms(list(texts), enforce=spec.enforce_terms)]
        if spec.glossary is None or spec.matcher is None or not spec.enforce_terms:
            return [MachineTranslation(text) for text in engine.translate(list(texts))]  # type: ignore[attr-defined]
        from reltrans.constrain import enforce_terms

        matches = [spec.matcher.find(text) for text in texts]  # type: ignore[attr-defined]
        results = enforce_terms(engine, list(texts), matches, spec.glossary, target_lang=spec.target_lang)
        return [MachineTranslation(r.text, tuple(r.unmet), r.note) for r in results]
