"""A scripted, CTranslate2-shaped engine for tests and benchmarks of glossary enforcement.

:class:`ScriptedEngine` has the interface :mod:`reltrans.constrain` uses of
:class:`reltrans.engine.translator.Engine` -- ``translate``, ``decode`` (n-best, forced
``target_prefix``, ``suppress``), ``tokenize``/``detokenize``, ``suppress_variants``,
``signature`` -- but its outputs are written by hand, one :class:`Script` per (substituted)
source, so that each failure mode of a real model can be reproduced exactly:

* an unscripted source is copied, and after a forced prefix of *p* pieces the copy resumes
  at source piece *p* (what the analytic copy model does: it is purely positional);
* ``nbest``: the hypotheses, best first (the first is the model's unconstrained draft);
* ``continuation``: the text the model writes after a forced prefix (a faithful tail, a
  reordered one, a dropped tail...);
* ``banned``: the hypotheses under ``suppress``; unscripted, a ban breaks the banned word
  the way a runner-up byte piece does (``sensibilisation`` -> ``se\\ufffdibilisation``);
* ``alignment``: ``(target word, source word)`` pairs, returned as character spans in
  :attr:`ScriptedHypothesis.alignment` (what attention alignment gives).

:data:`FAILURE_MODES` holds one scripted scenario per failure mode seen on real models, with
:data:`SCENARIO_GLOSSARY`; tests and ``bench/bench_constrain.py`` use them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

__all__ = ["FAILURE_MODES", "SCENARIO_GLOSSARY", "Scenario", "Script", "ScriptedEngine", "ScriptedHypothesis", "scenario_engine"]


@dataclass(frozen=True)
class ScriptedHypothesis:
    """A :class:`reltrans.engine.translator.Hypothesis` with an optional word alignment:
    ``(target_start, target_end, source_start, source_end)`` character spans."""

    text: str
    tokens: tuple[str, ...]
    score: float
    damaged: bool = False
    alignment: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class Script:
    """What the model says for one source (see the module docstring)."""

    nbest: tuple[str, ...]
    continuation: str | None = None
    banned: tuple[str, ...] | None = None
    alignment: tuple[tuple[str, str], ...] = ()


@dataclass
class ScriptedEngine:
    """The fake engine; ``calls`` records ``(kind, requests)`` for every call."""

    scripts: Mapping[str, Script] = field(default_factory=dict)
    signature: str = "scripted"
    calls: list[tuple[str, list]] = field(default_factory=list)

    # ------------------------------------------------------------------ tokens
    def tokenize(self, text: str) -> list[str]:
        """Whitespace pieces, SentencePiece style (``▁`` before each word)."""
        return ["▁" + word for word in text.split()]

    def detokenize(self, tokens: Iterable[str]) -> str:
        return "".join(tokens).replace("▁", " ").strip()

    def suppress_variants(self, text: str) -> list[tuple[str, ...]]:
        forms = dict.fromkeys(f for f in (text, text.lower(), text.title(), text.upper()) if f.strip())
        return [tuple(self.tokenize(f)) for f in forms]

    # ------------------------------------------------------------------ decoding
    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls.append(("translate", list(texts)))
        return [self._nbest(t)[0] if t.strip() else t for t in texts]

    def decode(self, requests: Sequence, num_hypotheses: int | None = None, *, beam_size: int | None = None) -> list[list[ScriptedHypothesis]]:
        self.calls.append(("decode", list(requests)))
        n = num_hypotheses or 1
        out = []
        for req in requests:
            if req.target_prefix is not None:
                texts = [req.target_prefix + self._continue(req.source, req.target_prefix)]
            elif req.suppress:
                texts = self._banned(req.source, req.suppress)
            else:
                texts = self._nbest(req.source)
            script = self.scripts.get(req.source)
            hyps = []
            for k, text in enumerate(texts[:n]):
                alignment = _spans(text, req.source, script.alignment) if script and req.target_prefix is None else ()
                damaged = any(m in text and m not in req.source for m in ("\ufffd", "\u2047"))
                hyps.append(ScriptedHypothesis(text, tuple(self.tokenize(text)), -0.1 * (k + 1), damaged, alignment))
            out.append(hyps)
        return out

    def kinds(self) -> list[str]:
        """The kinds of the calls made so far (``translate``/``decode``)."""
        return [kind for kind, _ in self.calls]

    # ------------------------------------------------------------------ internals
    def _nbest(self, source: str) -> list[str]:
        script = self.scripts.get(source)
        return list(script.nbest) if script else [source]

    def _continue(self, source: str, prefix: str) -> str:
        script = self.scripts.get(source)
        if script is not None and script.continuation is not None:
            return script.continuation
        rest = source.split()[len(prefix.split()) :]  # positional copy
        return (" " + " ".join(rest)) if rest else ""

    def _banned(self, source: str, suppress: Sequence[str]) -> list[str]:
        script = self.scripts.get(source)
        if script is not None and script.banned is not None:
            return list(script.banned)
        out = []
        for text in self._nbest(source):
            for banned in suppress:
                text = re.sub(re.escape(banned), lambda m: m.group()[:2] + "\ufffd" + m.group()[5:], text, flags=re.IGNORECASE)
            out.append(text)
        return out


def _spans(target: str, source: str, pairs: Sequence[tuple[str, str]]) -> tuple[tuple[int, int, int, int], ...]:
    out = []
    for tgt, src in pairs:
        t = re.search(r"(?<!\w)" + re.escape(tgt) + r"(?!\w)", target)
        s = re.search(r"(?<!\w)" + re.escape(src) + r"(?!\w)", source)
        if t and s:
            out.append((t.start(), t.end(), s.start(), s.end()))
    return tuple(out)


# --------------------------------------------------------------------------- scenarios
SCENARIO_GLOSSARY = """\
[glossary]
name = "scripted scenarios"
languages = ["fr", "en"]

[[concept]]
id = "iom"
fr = ["OIM"]
en = ["IOM"]

[[concept]]
id = "unodc"
fr = ["ONUDC"]
en = ["UNODC"]

[[concept]]
id = "unhcr"
fr = ["HCR"]
en = ["UNHCR"]

[[concept]]
id = "trafficking-in-persons"
fr = ["traite des personnes"]
en = ["trafficking in persons", "human trafficking"]

[[concept]]
id = "migrant-smuggling"
fr = ["trafic illicite de migrants"]
en = ["smuggling of migrants", "migrant smuggling"]
en_forbidden = ["trafficking of migrants"]

[[concept]]
id = "returnee"
fr = ["rapatrié"]
en = ["returnee"]
en_forbidden = ["repatriate"]
context_before = { fr = "(?i:(?<!\\\\w)(?:les|des|aux|ces)\\\\s*)$" }

[[concept]]
id = "awareness-raising"
fr = ["sensibilisation"]
en = ["awareness-raising"]
en_forbidden = ["sensibilisation", "sensibilization"]
"""


@dataclass(frozen=True)
class Scenario:
    """One failure mode: a French source, the script of its substituted source, and what
    enforcement must do (``placed``: terms that must be placed; the others must be flagged)."""

    name: str
    source: str
    decode_source: str
    script: Script | None
    placed: tuple[str, ...]
    flagged: tuple[str, ...]


FAILURE_MODES: tuple[Scenario, ...] = (
    Scenario(
        "paraphrase",
        "L'ONUDC publie un rapport sur la traite des personnes en Afrique de l'Ouest.",
        "L'UNODC publie un rapport sur la traite des personnes en Afrique de l'Ouest.",
        Script(("UNODC publishes a report on the trade in people in West Africa.", "UNODC publishes a report on trafficking in persons.")),
        ("UNODC",),
        ("trafficking in persons",),
    ),
    Scenario(
        "reordering",
        "La lutte contre la traite des personnes se poursuit au Niger et au Mali avec le HCR.",
        "La lutte contre la traite des personnes se poursuit au Niger et au Mali avec le UNHCR.",
        Script(("The fight against human trafficking continues in Niger and in Mali with UNHCR.",), continuation=" continues in Mali and in Niger with UNHCR."),
        ("trafficking in persons", "UNHCR"),
        (),
    ),
    Scenario(
        "dropped-tail",
        "Le trafic illicite de migrants augmente le long de la route de la Méditerranée centrale.",
        "Le trafic illicite de migrants augmente le long de la route de la Méditerranée centrale.",
        Script(("Trafficking of migrants is rising along the central Mediterranean route.",), continuation=" is rising along the route.", banned=("Migrants are rising.",)),
        ("smuggling of migrants",),
        (),
    ),
    Scenario(
        "forbidden-word-of-another-source-word",
        "L'OIM aide à rapatrier les corps des victimes et soutient les rapatriés.",
        "L'IOM aide à rapatrier les corps des victimes et soutient les rapatriés.",
        Script(("IOM helps repatriate the bodies of the victims and supports the repatriates.",), continuation=" the bodies of the victims."),
        ("IOM",),
        ("returnee",),
    ),
    Scenario(
        "forbidden-word-aligned",
        "L'OIM aide à rapatrier les dépouilles et accompagne les rapatriés.",
        "L'IOM aide à rapatrier les dépouilles et accompagne les rapatriés.",
        Script(
            ("IOM helps repatriate the remains and assists the repatriates.",),
            continuation=".",
            alignment=(("repatriate", "rapatrier"), ("repatriates", "rapatriés")),
        ),
        ("IOM", "returnee"),
        (),
    ),
    Scenario(
        "pronoun-for-a-repeated-name",
        "L'OIM a ouvert un centre à Agadez, où l'OIM accueille 300 migrants.",
        "L'IOM a ouvert un centre à Agadez, où l'IOM accueille 300 migrants.",
        Script(("IOM opened a centre in Agadez, where it welcomes 300 migrants.",)),
        (),
        ("IOM",),
    ),
    Scenario(
        "broken-ban",
        "La campagne de sensibilisation de l'OIM commence demain.",
        "La campagne de sensibilisation de l'IOM commence demain.",
        None,  # copied; a ban breaks the word; a forced prefix repeats words (positional)
        ("awareness-raising", "IOM"),
        (),
    ),
)


def scenario_engine(scenarios: Sequence[Scenario] = FAILURE_MODES) -> ScriptedEngine:
    """A :class:`ScriptedEngine` scripted for ``scenarios``."""
    return ScriptedEngine({s.decode_source: s.script for s in scenarios if s.script is not None})
