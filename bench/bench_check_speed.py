"""Speed of ``reltrans check`` and of ``Matcher.find`` with the bundled UN glossary.

Builds a synthetic PO file from realistic French/English press-release sentences (numbers,
dates, URLs, quotes; glossary terms in about a third of the entries, a few forbidden
renderings) and prints, side by side:

* µs per ``Matcher.find`` (French msgids, English msgstrs), fast matcher vs the reference
  per-term scan kept in ``reltrans.glossary.matcher._reference_find``;
* entries/s of ``check_catalogs`` (read + check, as ``reltrans check`` does) and of
  ``check_catalog`` alone, without the glossary, with it, and with it on the reference matcher.

Goal: >= 20,000 entries/s on one core with the bundled glossary. Times are CPU (process) time,
best of ``--repeat``; "first run" rows empty the compiled-pattern caches, as a new process would.
The reference rows swap ``Matcher.find`` for the old per-term scan (the checks code is today's).

    python bench/bench_check_speed.py                      # 5,000 entries, best of 3
    python bench/bench_check_speed.py --entries 20000 --repeat 5
    python bench/bench_check_speed.py --profile            # cProfile of check with glossary
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

PLAIN = [
    ("Le rapport annuel sera présenté la semaine prochaine à Nairobi.", "The annual report will be presented next week in Nairobi."),
    ("Les inondations ont touché plus de {n} ménages dans la région.", "The floods affected more than {n_en} households in the region."),
    ("La conférence s'est tenue du 3 au 5 mars {y} à Nairobi.", "The conference was held from 3 to 5 March {y} in Nairobi."),
    ("Pour plus d'informations, veuillez consulter https://www.example.org/fr/presse.", "For more information, please see https://www.example.org/en/press."),
    ("« Nous devons agir maintenant », a-t-elle déclaré aux journalistes.", "“We must act now,” she told journalists."),
    ("Les partenaires ont exprimé leur profonde préoccupation face à la situation.", "Partners expressed their deep concern about the situation."),
    ("Le budget total s'élève à {m} millions de dollars.", "The total budget amounts to {m} million dollars."),
    ("Contact : service de presse, presse@example.org, +41 22 917 90 00.", "Contact: press office, presse@example.org, +41 22 917 90 00."),
    ("Plus de {n} familles ont reçu des kits d'hygiène et des couvertures.", "More than {n_en} families received hygiene kits and blankets."),
    ("La saison des pluies a commencé plus tôt que prévu cette année.", "The rainy season started earlier than expected this year."),
    ("Les écoles de la ville resteront fermées jusqu'au {d} avril.", "Schools in the city will remain closed until {d} April."),
    ("Le taux de vaccination a atteint {p} % dans les zones rurales.", "The vaccination rate reached {p}% in rural areas."),
    ("Une réunion d'urgence est prévue pour jeudi matin.", "An emergency meeting is scheduled for Thursday morning."),
    ("Les prix des denrées alimentaires ont augmenté de {p} % en un an.", "Food prices rose by {p}% in one year."),
    ("Le bureau de Dakar a recruté {k} nouveaux agents depuis janvier.", "The Dakar office has hired {k} new staff since January."),
    ("Les routes principales sont de nouveau praticables.", "The main roads are passable again."),
    ("Les équipes mobiles ont effectué {k} visites au cours du mois.", "Mobile teams carried out {k} visits during the month."),
    ("Le nouveau dispensaire ouvrira ses portes en {y}.", "The new health post will open its doors in {y}."),
]

TERM_TEMPLATES = [
    ("Selon le dernier bilan, {t} reste une priorité pour l'année {y}.", "According to the latest update, {t} remains a priority for {y}."),
    ("Le rapport sur {t} a été publié aujourd'hui à Dakar.", "The report on {t} was published today in Dakar."),
    ("Les participants ont souligné le rôle de {t} dans la région.", "Participants stressed the role of {t} in the region."),
    ("Plus de {n} personnes sont concernées par {t}, selon les estimations.", "More than {n_en} people are affected by {t}, according to estimates."),
    ("Un appel de {m} millions de dollars a été lancé pour {t}.", "An appeal for {m} million dollars was launched for {t}."),
]

FIXED_TERMS = [
    ("L'OIM a formé {k} agents des services de police et des frontières.", "IOM trained {k} police and border officials."),
    ("L'ONUDC a publié un nouveau rapport sur la traite des personnes.", "UNODC published a new report on trafficking in persons."),
    ("Le HCR salue l'adoption du protocole contre le trafic illicite de migrants.", "UNHCR welcomes the adoption of the protocol against the smuggling of migrants."),
    ("Les États Membres se sont engagés à protéger les réfugiés et les migrants.", "Member States committed to protecting refugees and migrants."),
    ("Le Directeur général de l'OIM s'est rendu au camp de réfugiés de Kakuma.", "The IOM Director General visited Kakuma refugee camp."),
    ("Les personnes déplacées internes ont besoin d'une aide humanitaire urgente.", "Internally displaced persons need urgent humanitarian assistance."),
]


def _fill(template: str, rng: random.Random, **extra: str) -> str:
    n = rng.randint(1_000, 99_000)
    values = {
        "n": f"{n // 1000}\u00a0{n % 1000:03d}",
        "n_en": f"{n:,}",
        "m": str(rng.randint(2, 90)),
        "y": str(rng.randint(2015, 2026)),
        "d": str(rng.randint(1, 28)),
        "p": str(rng.randint(2, 95)),
        "k": str(rng.randint(12, 900)),
        **extra,
    }
    return template.format(**values)


def build_pairs(glossary: object, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` (msgid, msgstr) pairs; about a third carry glossary terms."""
    rng = random.Random(seed)
    concepts = [c for c in glossary.concepts if c.preferred("fr") and c.preferred("en")]  # type: ignore[attr-defined]
    pairs: list[tuple[str, str]] = []
    for i in range(count):
        r = rng.random()
        # random.Random(i) on both sides: the same numbers in the msgid and the msgstr
        if r < 0.67:
            fr, en = rng.choice(PLAIN)
            pairs.append((_fill(fr, random.Random(i)), _fill(en, random.Random(i))))
        elif r < 0.75:
            fr, en = rng.choice(FIXED_TERMS)
            pairs.append((_fill(fr, random.Random(i)), _fill(en, random.Random(i))))
        else:
            fr, en = rng.choice(TERM_TEMPLATES)
            concept = rng.choice(concepts)
            en_term = concept.preferred("en").text
            forbidden = concept.forbidden("en")
            if forbidden and rng.random() < 0.1:
                en_term = rng.choice(forbidden).text
            pairs.append(
                (
                    _fill(fr, random.Random(i), t=concept.preferred("fr").text),
                    _fill(en, random.Random(i), t=en_term),
                )
            )
    return pairs


def _po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def po_text(pairs: Sequence[tuple[str, str]]) -> str:
    """A PO file (written by hand: the bench must not depend on catalog writing)."""
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Language: en\\n"',
        '"X-Source-Language: fr\\n"',
        "",
    ]
    for i, (fr, en) in enumerate(pairs):
        lines += [f"#: release.fr.txt:{i + 1}", f'msgctxt "s{i}"', f"msgid {_po_quote(fr)}", f"msgstr {_po_quote(en)}", ""]
    return "\n".join(lines)


def _best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs (process time: one core, unaffected by other load)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _cold(fn: Callable[[], object]) -> float:
    """CPU time of one run with every compiled-pattern cache emptied (a fresh process)."""
    import regex

    from reltrans.glossary import matcher as matcher_mod

    for cached in vars(matcher_mod).values():  # compiled patterns, follow keys, head lengths...
        if callable(getattr(cached, "cache_clear", None)):
            cached.cache_clear()
    regex.purge()
    matcher_mod._MATCHERS.clear()
    return _best(fn, 1)


def _find_all(matcher: object, texts: Sequence[str], words: bool) -> None:
    matcher._find_memo.clear()  # type: ignore[attr-defined]
    if words:
        matcher._word_memo.clear()  # type: ignore[attr-defined]
    for text in texts:
        matcher.find(text)  # type: ignore[attr-defined]


def _fresh(fn: Callable[..., object], *args: object, **kwargs: object) -> object:
    from reltrans.glossary import matcher as matcher_mod

    matcher_mod._MATCHERS.clear()
    return fn(*args, **kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile check_catalog with the glossary")
    args = parser.parse_args(argv)

    from reltrans.catalog import read_catalog
    from reltrans.checks import check_catalog, check_catalogs, resolve_glossary
    from reltrans.glossary import build_matcher, matcher as matcher_mod

    glossary = resolve_glossary(bundled=True)
    pairs = build_pairs(glossary, args.entries)
    fr_m, en_m = build_matcher(glossary, "fr"), build_matcher(glossary, "en")
    reference = getattr(matcher_mod, "_reference_find", None)
    with_terms = sum(1 for fr, _ in pairs if fr_m.find(fr))
    print(f"{len(pairs)} entries, {with_terms} ({100 * with_terms / len(pairs):.0f}%) with a French glossary term; "
          f"glossary {len(glossary.concepts)} concepts, {fr_m.term_count} fr / {en_m.term_count} en terms")

    sources = [fr for fr, _ in pairs]
    targets = [en for _, en in pairs]
    print("\nMatcher.find, µs per call (best of %d; 'cold': word and text memos emptied before each"
          " pass, 'warm words': text memo only)" % args.repeat)
    print(f"{'':14}{'cold':>10}{'warm words':>12}{'reference':>12}{'speed-up':>10}")
    for label, m, texts in (("fr msgid", fr_m, sources), ("en msgstr", en_m, targets)):
        cold = _best(lambda: _find_all(m, texts, words=True), args.repeat) / len(texts) * 1e6
        warm = _best(lambda: _find_all(m, texts, words=False), args.repeat) / len(texts) * 1e6
        if reference is not None:
            slow = _best(lambda: [reference(m, t) for t in texts], args.repeat) / len(texts) * 1e6
            print(f"{label:14}{cold:10.1f}{warm:12.1f}{slow:12.1f}{slow / cold:9.1f}x")
        else:
            print(f"{label:14}{cold:10.1f}{warm:12.1f}{'n/a':>12}")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.po"
        path.write_text(po_text(pairs), encoding="utf-8")
        catalog = read_catalog(path)
        n = len(catalog.live_entries)

        def run_checks(gloss: object) -> tuple[float, float]:
            # compiled term patterns stay cached; each pass gets fresh matchers (empty memos),
            # as one ``reltrans check`` process would
            check_catalog(catalog, glossary=gloss)
            total = _best(lambda: _fresh(check_catalogs, [path], glossary=gloss), args.repeat)
            only = _best(lambda: _fresh(check_catalog, catalog, glossary=gloss), args.repeat)
            return n / total, n / only

        print("\ncheck, entries/s (best of %d)" % args.repeat)
        print(f"{'':34}{'read+check':>12}{'check only':>12}")
        rows = [("no glossary", None), ("bundled glossary (fast)", glossary)]
        for label, gloss in rows:
            total, only = run_checks(gloss)
            print(f"{label:34}{total:12,.0f}{only:12,.0f}")
        cold = _cold(lambda: check_catalogs([path], glossary=glossary))
        print(f"{'bundled glossary, first run':34}{n / cold:12,.0f}{'':>12}   (cold pattern caches)")
        if reference is not None:
            fast_find = matcher_mod.Matcher.find
            matcher_mod.Matcher.find = lambda self, text: reference(self, text)  # type: ignore[method-assign]
            try:
                total, only = run_checks(glossary)
            except BaseException:
                matcher_mod.Matcher.find = fast_find  # type: ignore[method-assign]
                raise
            print(f"{'bundled glossary (reference find)':34}{total:12,.0f}{only:12,.0f}")
            try:
                cold = _cold(lambda: check_catalogs([path], glossary=glossary))
            finally:
                matcher_mod.Matcher.find = fast_find  # type: ignore[method-assign]
            print(f"{'reference find, first run':34}{n / cold:12,.0f}{'':>12}   (cold pattern caches)")

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(check_catalog, catalog, glossary=glossary)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
