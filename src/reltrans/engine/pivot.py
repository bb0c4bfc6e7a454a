"""Pivot translation: when no package exists for a pair, two installed packages chained
through an intermediate language (fr->en->es), behind the engine interface the pipeline uses
(``signature``, ``translate``).

Which intermediate: the one Argos picks (``get_installed_languages`` building its
``CompositeTranslation``s): it walks the source language's packages in the order it lists
them and takes the first whose target language has a package to the wanted target. Argos
lists packages in directory order, which depends on the filesystem; reltrans lists them in
folder-name order (the packages directory, then the snap folders, as Argos searches them), so
the choice is deterministic and equals Argos' whenever Argos lists in name order. For each
leg the package is the one reltrans uses for that pair (the highest version, see
``reltrans models list``). Only two packages are chained (Argos may chain more).

Both legs are batched: every segment goes through the first model in one call, every distinct
intermediate text through the second in one more. A glossary is applied on the leg whose
languages it covers (:func:`glossary_leg`): the bundled French-English glossary on fr->en of
fr->en->es, by the same enforcement and damage guard as a direct translation.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from reltrans.engine.packages import InstalledPackage

if TYPE_CHECKING:  # pragma: no cover
    from reltrans.engine.translator import DecodeOptions
    from reltrans.glossary import Glossary


@dataclass(frozen=True)
class PivotRoute:
    """Two packages chained: ``first`` (source -> pivot) then ``second`` (pivot -> target)."""

    first: InstalledPackage
    second: InstalledPackage

    @property
    def source(self) -> str:
        return self.first.from_code

    @property
    def pivot(self) -> str:
        return self.first.to_code

    @property
    def target(self) -> str:
        return self.second.to_code

    @property
    def description(self) -> str:
        """``fr->en->es (translate-fr_en-1_0 1.0 + translate-en_es-1_0 1.0)``."""
        return (
            f"{self.source}->{self.pivot}->{self.target} "
            f"({self.first.name} {self.first.package_version} + {self.second.name} {self.second.package_version})"
        )


def choose_route(source: str, target: str, packages: Sequence[InstalledPackage]) -> PivotRoute | None:
    """The pivot Argos would build for ``source``->``target`` from ``packages`` listed in Argos'
    order, or None when no two packages chain (or source and target are one language: a round
    trip is not a translation). Each leg uses the package reltrans uses for its pair
    (:func:`reltrans.engine.packages.in_use`)."""
    from reltrans.engine.packages import in_use

    if source == target:
        return None

    translation = [p for p in packages if p.package_type == "translate"]
    used = in_use(translation)
    chosen = {(p.from_code, p.to_code): p for p in translation if p.path in used}
    intermediates: list[str] = []
    for package in translation:  # Argos: the source language's translations, in listing order
        middle = package.to_code
        if package.from_code == source and middle not in (source, target) and middle not in intermediates:
            intermediates.append(middle)
    for middle in intermediates:
        if (middle, target) in chosen:
            return PivotRoute(chosen[(source, middle)], chosen[(middle, target)])
    return None


def argos_order(packages: Sequence[InstalledPackage]) -> list[InstalledPackage]:
    """``packages`` in the order Argos searches them: the packages directory, then the snap
    folders; by folder name inside each (Argos: directory order)."""
    from reltrans.engine.argos_settings import packages_dir, snap_package_dirs

    folders = [packages_dir(), *snap_package_dirs()]

    def rank(package: InstalledPackage) -> tuple[int, str]:
        parent = package.path.parent
        return (folders.index(parent) if parent in folders else len(folders), package.name)

    return sorted(packages, key=rank)


def find_route(source: str, target: str) -> PivotRoute | None:
    """The pivot route over the installed packages (:func:`choose_route`), or None."""
    from reltrans.engine.packages import list_installed

    return choose_route(source, target, argos_order(list_installed()))


class PivotEngine:
    """Two loaded engines chained; ``translate`` is batched on both legs. ``glossary`` (any
    languages; None: none) is applied by :meth:`translate_terms` on the leg it covers."""

    def __init__(self, route: PivotRoute, first: Any, second: Any, glossary: "Glossary | None" = None) -> None:
        self.route = route
        self.first = first
        self.second = second
        self.glossary = glossary
        self.glossary_leg = glossary_leg(glossary, route)

    @classmethod
    def load(cls, route: PivotRoute, options: "DecodeOptions | None" = None, *, glossary: "Glossary | None" = None) -> PivotEngine:
        """Load both packages with the same decoding options."""
        from reltrans.engine.translator import DecodeOptions, Engine

        options = options or DecodeOptions()
        return cls(route, Engine.load(route.first, options), Engine.load(route.second, options), glossary)

    @property
    def signature(self) -> str:
        """``pivot-en(<first engine's signature>+<second's>)``, and the glossary and the leg it
        is applied on when one is (``;glossary fr->en <digest>``)."""
        applied = ""
        if self.glossary is not None and self.glossary_leg is not None:
            applied = f";glossary {self.glossary_leg[0]}->{self.glossary_leg[1]} {self.glossary.digest}"
        return f"{PIVOT_PREFIX}{self.route.pivot}({self.first.signature}+{self.second.signature}{applied})"

    @property
    def description(self) -> str:
        return self.route.description

    @property
    def max_batch_tokens(self) -> int:
        return min(int(getattr(self.first, "max_batch_tokens", 0) or 0), int(getattr(self.second, "max_batch_tokens", 0) or 0))

    def translate(self, texts: Sequence[str]) -> list[str]:
        """1-best translations through the pivot, in order; ``""`` stays ``""`` (a segment the
        first model could not translate stays untranslated). No glossary."""
        return self.second_leg(self.first.translate(list(texts)))

    def translate_terms(self, texts: Sequence[str], *, enforce: bool = True) -> list[tuple[str, tuple[str, ...], str]]:
        """(translation, unmet terms, note) per text, the glossary placed on its leg
        (:func:`translate_segments`); ``enforce`` False: plain :meth:`translate`."""
        return translate_segments(self, texts, self.glossary, enforce=enforce)

    def second_leg(self, middles: Sequence[str]) -> list[str]:
        """The second model over intermediate texts, each distinct text decoded once."""
        distinct = list(dict.fromkeys(middles))
        translated = dict(zip(distinct, self.second.translate(distinct))) if distinct else {}
        return [translated[text] for text in middles]


#: How a pivot engine's signature starts (``model=pivot-en(...)`` in the PO header).
PIVOT_PREFIX = "pivot-"


def pivot_language(signature: str) -> str | None:
    """The pivot language named in a run signature (``model=pivot-en(...)|...``), or None."""
    import re

    found = re.search(r"(?:^|model=)" + re.escape(PIVOT_PREFIX) + r"([A-Za-z0-9-]+)\(", signature)
    return found.group(1) if found else None


def load_pivot(source: str, target: str, options: "DecodeOptions | None" = None, *, glossary: "Glossary | None" = None) -> PivotEngine | None:
    """The pivot engine for ``source``->``target`` over the installed packages, or None."""
    route = find_route(source, target)
    return PivotEngine.load(route, options, glossary=glossary) if route is not None else None


def glossary_leg(glossary: "Glossary | None", route: PivotRoute) -> tuple[str, str] | None:
    """The (source, target) languages the glossary is applied in for ``route``: the whole
    pair when it covers it (applied to the final drafts), else the first leg it covers, else None."""
    if glossary is None or not glossary.concepts:
        return None
    languages = set(glossary.languages)
    for pair in ((route.source, route.target), (route.source, route.pivot), (route.pivot, route.target)):
        if set(pair) <= languages:
            return pair
    return None


def translate_segments(
    engine: PivotEngine, texts: Sequence[str], glossary: "Glossary | None", *, enforce: bool = True
) -> list[tuple[str, tuple[str, ...], str]]:
    """(translation, unmet terms, note) per text through the pivot, the glossary enforced on
    the leg :func:`glossary_leg` names (on the whole pair: on the final drafts, as for the
    translation memory's fuzzy drafts; no model is asked again)."""
    from reltrans.constrain import enforce_on_drafts, enforce_terms
    from reltrans.glossary import build_matcher

    texts = list(texts)
    leg = glossary_leg(glossary, engine.route) if enforce else None
    if leg is None or glossary is None:
        return [(text, (), "") for text in engine.translate(texts)]
    route = engine.route
    if leg == (route.source, route.target):
        drafts = engine.translate(texts)
        matcher = build_matcher(glossary, route.source)
        results = enforce_on_drafts(drafts, texts, [matcher.find(t) for t in texts], glossary, target_lang=route.target)
        return [(r.text, tuple(r.unmet), r.note) for r in results]
    where = f" (on the {leg[0]}->{leg[1]} leg of the pivot)"
    if leg == (route.source, route.pivot):
        matcher = build_matcher(glossary, route.source)
        first = enforce_terms(engine.first, texts, [matcher.find(t) for t in texts], glossary, target_lang=route.pivot)
        finals = engine.second_leg([r.text for r in first])
        return [(text, tuple(r.unmet), r.note + where if r.note else "") for text, r in zip(finals, first)]
    middles = engine.first.translate(texts)
    matcher = build_matcher(glossary, route.pivot)
    second = enforce_terms(engine.second, middles, [matcher.find(t) for t in middles], glossary, target_lang=route.target)
    return [(r.text, tuple(r.unmet), r.note + where if r.note else "") for r in second]
