"""Glossary enforcement: what it places, what it flags, what it damages, and what it costs.

For each engine -- the tiny copy model (also built with Argos' tokenizer) and the scripted
engine of :mod:`reltrans.engine.scripted` (one scenario per failure mode of real models) --
prints the term placement rate (source occurrences whose preferred term is in the output),
the flagged rate (occurrences listed in ``unmet``), silent misses (neither: must be 0) and
damaged drafts (outputs that the damage guard, run again afterwards against the engine's own
unconstrained draft, refuses: must be 0).

Cost: a third of the segments carry glossary terms (acronyms that substitution handles, and
multi-word terms that need a repair); the rest take the plain fast path. Prints the time of
``engine.translate`` on all segments, the time of matching + ``enforce_terms`` on all
segments, and the ratio (goal: <= 1.3x; the guard reuses the n-best decode's first
hypothesis as the unconstrained draft, so it adds no decoding).

    python bench/bench_constrain.py                 # tiny copy model (fast)
    python bench/bench_constrain.py --random        # also an Argos-sized random-weight model
    python bench/bench_constrain.py --segments 300 --repeat 3
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PLAIN = [
    "Le Secrétaire général a tenu une réunion à Genève le 3 février.",
    "Les partenaires humanitaires expriment leur profonde préoccupation face à la situation.",
    "Le Gouvernement du Niger a fourni une aide d'urgence à 12 500 personnes.",
    "Le Conseil de sécurité se félicite de la coopération régionale en matière de migration.",
    "La Directrice générale a lancé un appel de 45 millions de dollars pour l'année 2024.",
    "Pour plus d'informations, veuillez contacter le service de presse.",
]
WITH_TERMS = [
    "L'OIM a formé 300 agents des services de police et des frontières.",
    "L'ONUDC a publié aujourd'hui un nouveau rapport sur la traite des personnes.",
    "Le HCR salue l'adoption du protocole contre le trafic illicite de migrants.",
    "L'OIM condamne la traite des personnes sous toutes ses formes.",
]
GLOSSARY = """\
[glossary]
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
en = ["trafficking in persons"]

[[concept]]
id = "migrant-smuggling"
fr = ["trafic illicite de migrants"]
en = ["smuggling of migrants"]
en_forbidden = ["trafficking of migrants"]
"""


def segments(n: int) -> list[str]:
    """n distinct segments, one in three with glossary terms."""
    out = []
    for i in range(n):
        pool = WITH_TERMS if i % 3 == 0 else PLAIN
        out.append(f"{pool[i % len(pool)][:-1]} (réf. {i}).")
    return out


def bench(engine, glossary, texts: list[str], repeat: int) -> None:
    from reltrans.constrain import enforce_terms
    from reltrans.glossary import build_matcher

    matcher = build_matcher(glossary, "fr")
    engine.translate(texts[:8])  # warm up
    plain_times, enforce_times = [], []
    strategies: Counter[str] = Counter()
    for _ in range(repeat):
        start = time.perf_counter()
        engine.translate(texts)
        plain_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = enforce_terms(engine, texts, [matcher.find(t) for t in texts], glossary, target_lang="en")
        enforce_times.append(time.perf_counter() - start)
    strategies.update(r.strategy for r in results)
    unmet = sum(1 for r in results if r.unmet)
    plain, enforced = min(plain_times), min(enforce_times)
    print(f"  segments: {len(texts)} ({sum(1 for s in strategies.elements() if s != 'plain')} with terms), best of {repeat}")
    print(f"  plain translate : {plain:8.3f} s")
    print(f"  enforce_terms   : {enforced:8.3f} s")
    print(f"  ratio           : {enforced / plain:8.2f}x  (goal <= 1.3x)")
    print(f"  strategies      : {dict(strategies)}; unmet segments: {unmet}")


def enforcement_figures(engine, glossary, texts: list[str], drafts: list[str] | None = None) -> dict[str, float]:
    """Placement, flagged, silent-miss and damaged-draft counts of ``enforce_terms`` on ``texts``.

    ``drafts``: the engine's unconstrained draft of each text (default: ``engine.translate`` of
    the substituted source, which is what the n-best layer decodes first)."""
    from reltrans.constrain import enforce_terms, placed_spans, requirements_for, substitute
    from reltrans.constrain.guard import baseline_of, damage
    from reltrans.glossary import build_matcher

    fr, en = build_matcher(glossary, "fr"), build_matcher(glossary, "en")
    matches = [fr.find(t) for t in texts]
    results = enforce_terms(engine, texts, matches, glossary, target_lang="en")
    reqs_of = [requirements_for(m, glossary, "en", t) for t, m in zip(texts, matches)]
    from reltrans.constrain.alignment import shift_spans
    from reltrans.constrain.requirements import substitution_edits
    from reltrans.engine.translator import DecodeRequest

    decode_sources = [substitute(t, r) for t, r in zip(texts, reqs_of)]
    alignments: list[object] = [None] * len(texts)
    if drafts is None:
        drafts = engine.translate(decode_sources)
    if callable(getattr(engine, "decode", None)):  # the draft's word alignment, when the engine gives one
        firsts = engine.decode([DecodeRequest(s) for s in decode_sources], 1)
        alignments = [getattr(h[0], "alignment", None) if h else None for h in firsts]
    occurrences = placed = flagged = silent = damaged = 0
    for reqs, result, draft, alignment in zip(reqs_of, results, drafts, alignments):
        for req in reqs:
            wanted = len(req.occurrences)
            got = min(wanted, len(placed_spans(en, result.text, req, reqs)))
            occurrences += wanted
            placed += got
            if got < wanted:
                if req.term.text in result.unmet:
                    flagged += wanted - got
                else:
                    silent += wanted - got
        spans = {r.concept_id: shift_spans([(o.start, o.end) for o in r.occurrences], substitution_edits(reqs)) for r in reqs}
        baseline = baseline_of(draft, reqs, en, alignment or None, spans)
        if reqs and result.text and damage(result.text, baseline, reqs, en) is not None:
            damaged += 1
    return {
        "segments": len(texts), "with terms": sum(1 for r in reqs_of if r), "occurrences": occurrences,
        "placed": placed, "flagged": flagged, "silent": silent, "damaged": damaged,
    }


def print_figures(name: str, figures: dict[str, float]) -> None:
    occ = max(figures["occurrences"], 1)
    print(
        f"  {name:<40} occurrences {figures['occurrences']:>4}  placed {100 * figures['placed'] / occ:5.1f} %"
        f"  flagged {100 * figures['flagged'] / occ:5.1f} %  silent {figures['silent']}  damaged drafts {figures['damaged']}"
    )


def scripted_figures(root: Path) -> None:
    """The scripted failure modes, one line each, with their own glossary."""
    from reltrans.engine.scripted import FAILURE_MODES, SCENARIO_GLOSSARY, scenario_engine
    from reltrans.glossary import load_glossaries

    (root / "scenarios.toml").write_text(SCENARIO_GLOSSARY, encoding="utf-8")
    glossary = load_glossaries([root / "scenarios.toml"], bundled=False)
    print("scripted engine (reltrans.engine.scripted), one scenario per failure mode:")
    for scenario in FAILURE_MODES:
        engine = scenario_engine([scenario])
        draft = engine.translate([scenario.decode_source])
        print_figures(scenario.name, enforcement_figures(engine, glossary, [scenario.source], draft))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--random", action="store_true", help="also bench an Argos-sized random-weight model")
    parser.add_argument("--no-timing", action="store_true", help="placement figures only")
    args = parser.parse_args(argv)

    from reltrans.engine import toymodel
    from reltrans.engine.packages import install_archive, read_package
    from reltrans.engine.translator import Engine
    from reltrans.glossary import load_glossaries

    with tempfile.TemporaryDirectory(prefix="reltrans-bench-") as tmp:
        root = Path(tmp)
        os.environ["ARGOS_PACKAGES_DIR"] = str(root / "packages")
        (root / "g.toml").write_text(GLOSSARY, encoding="utf-8")
        glossary = load_glossaries([root / "g.toml"], bundled=False)
        texts = segments(args.segments)
        scripted_figures(root)
        from reltrans.engine.scripted import SCENARIO_GLOSSARY

        (root / "scenarios.toml").write_text(SCENARIO_GLOSSARY, encoding="utf-8")
        bundled = load_glossaries()
        scenario_glossary = load_glossaries([root / "scenarios.toml"], bundled=False)
        from reltrans.engine.scripted import FAILURE_MODES

        probes = [s.source for s in FAILURE_MODES] + _release_sentences()
        for name, build in [("copy model", toymodel.build_copy_package), ("copy model, Argos tokenizer", lambda d: toymodel.build_copy_package(d, argos_tokenizer=True))]:
            os.environ["ARGOS_PACKAGES_DIR"] = str(root / ("packages-" + name.replace(" ", "-").replace(",", "")))
            installed = install_archive(build(root / name.replace(" ", "-").replace(",", "")))
            engine = Engine.load(installed if hasattr(installed, "path") else read_package(installed))
            print(f"{name}: {engine.signature}")
            print_figures("bench segments, bench glossary", enforcement_figures(engine, glossary, texts))
            print_figures("probes + release, scenario glossary", enforcement_figures(engine, scenario_glossary, probes))
            print_figures("probes + release, bundled glossary", enforcement_figures(engine, bundled, probes))
        if args.no_timing:
            return 0
        os.environ["ARGOS_PACKAGES_DIR"] = str(root / "packages")
        builders = [("copy model", toymodel.build_copy_package)]
        if args.random and hasattr(toymodel, "build_random_package"):
            builders.append(("random Argos-sized model", toymodel.build_random_package))
        for name, build in builders:
            archive = build(root / name.replace(" ", "-"))
            installed = install_archive(archive)
            package = installed if hasattr(installed, "path") else read_package(installed)
            engine = Engine.load(package)
            print(f"{name}: {engine.signature}")
            bench(engine, glossary, texts, args.repeat)
    return 0


def _release_sentences() -> list[str]:
    """The distinct sentences of the bench's French release (``common.release_text``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import release_text, segment_texts

    return list(dict.fromkeys(segment_texts(release_text())))


if __name__ == "__main__":
    sys.exit(main())
