"""Cost of glossary enforcement against plain batched decoding, on the same text.

A third of the segments carry glossary terms (acronyms that substitution handles, and
multi-word terms that need a repair); the rest take the plain fast path. Prints the time of
``engine.translate`` on all segments, the time of matching + ``enforce_terms`` on all
segments, and the ratio (goal: <= 1.3x).

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--random", action="store_true", help="also bench an Argos-sized random-weight model")
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


if __name__ == "__main__":
    sys.exit(main())
