"""A revise-and-update cycle on real releases, reltrans against GNU ``msgmerge --previous``.

For every ``*.fr.txt`` in ``--releases`` (real releases kept outside the repository, e.g.
/work/evalsets/chrome/heldout): translate it (a deterministic stand-in for the model, so no
model is needed), accept every entry with a "reviewed" translation, revise the source the way
editors do (one word changed, a number changed, a sentence removed, one added, paragraphs
swapped; seeded, so the same revision every run), then update the PO twice:

* ``reltrans translate`` on the revised source (the pipeline, default ``--update-draft comment``);
* ``msgmerge --previous reviewed.po revised.pot`` with the template of ``reltrans extract``.

Counted per set: reviewed translations in the old PO, how many are no longer a msgstr of the
update (displaced; must be 0), entries where msgmerge keeps a translation and reltrans gives the
same msgstr / fuzzy / ``#|`` (agreement), changed sentences each tool fuzzy-matched, and obsolete
entries.

    python bench/eval_update_msgmerge.py --releases /work/evalsets/chrome/tuning
    python bench/eval_update_msgmerge.py --releases /work/evalsets/chrome/heldout
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Sequence


class StandInEngine:
    """Deterministic drafts: what matters here is where each text ends up, not its quality."""

    signature = "stand-in"

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [f"MT<{text}>" for text in texts]


def revise(text: str, rng: random.Random) -> str:
    """An editor's revision: per line (a paragraph in these files), maybe change a word or a
    number, drop its first sentence or add one; and swap two lines."""
    paragraphs = text.split("\n")
    out = []
    for paragraph in paragraphs:
        roll = rng.random()
        if roll < 0.2 and re.search(r"\d", paragraph):
            paragraph = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), paragraph, count=1)
        elif roll < 0.4:
            words = paragraph.split(" ")
            if len(words) > 4:
                spot = rng.randrange(1, len(words) - 1)
                words[spot] = "notamment " + words[spot]
                paragraph = " ".join(words)
        elif roll < 0.5 and ". " in paragraph:
            paragraph = paragraph.split(". ", 1)[1]
        elif roll < 0.6 and paragraph.strip():
            paragraph += " Cette phrase a été ajoutée lors de la révision du communiqué."
        out.append(paragraph)
    if len(out) > 3:
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return "\n".join(out)


def cycle(source_text: str, name: str, folder: Path, seed: int) -> dict[str, int]:
    from reltrans.catalog import parse_catalog, read_catalog, write_catalog
    from reltrans.extract import extract_templates
    from reltrans.pipeline import TranslateSettings, translate_files

    settings = TranslateSettings(enforce_terms=False, bundled_glossary=False)
    source = folder / name
    source.write_text(source_text, encoding="utf-8")
    translate_files([source], settings, engine_loader=lambda *_: StandInEngine())
    po = folder / (source.stem + ".en.po")
    catalog = read_catalog(po)
    reviewed = tuple(
        dataclasses.replace(e, msgstr=f"REVIEWED {n}: {e.msgid}", flags=()) for n, e in enumerate(catalog.entries)
    )
    write_catalog(dataclasses.replace(catalog, entries=reviewed), po)
    old_po = folder / "reviewed.po"
    shutil.copy(po, old_po)
    source.write_text(revise(source_text, random.Random(seed)), encoding="utf-8")
    (template,) = extract_templates([source], output_dir=folder / "pot")
    theirs = parse_catalog(
        subprocess.run(
            ["msgmerge", "--previous", "--quiet", "-o", "-", str(old_po), str(template.output)],
            capture_output=True, text=True, check=True,
        ).stdout,
        "msgmerge.po",
    )
    translate_files([source], settings, engine_loader=lambda *_: StandInEngine())
    ours = read_catalog(po)
    live = {e.msgid: e for e in ours.entries if not e.obsolete}
    msgstrs = {e.msgstr for e in ours.entries}
    kept_by_msgmerge = [e for e in theirs.entries if not e.obsolete and e.msgstr]
    agree = sum(
        1
        for e in kept_by_msgmerge
        if e.msgid in live
        and (live[e.msgid].msgstr, live[e.msgid].fuzzy, live[e.msgid].previous_msgid) == (e.msgstr, e.fuzzy, e.previous_msgid)
    )
    return {
        "reviewed": len(reviewed),
        "displaced": sum(1 for e in reviewed if e.msgstr not in msgstrs),
        "msgmerge_kept": len(kept_by_msgmerge),
        "agree": agree,
        "reltrans_fuzzy_matched": sum(1 for e in ours.entries if not e.obsolete and e.previous_msgid is not None),
        "msgmerge_fuzzy_matched": sum(1 for e in theirs.entries if not e.obsolete and e.previous_msgid is not None),
        "reltrans_obsolete": sum(1 for e in ours.entries if e.obsolete),
        "msgmerge_obsolete": sum(1 for e in theirs.entries if e.obsolete),
        "draft_notes": sum(1 for e in ours.entries if any(c.startswith("reltrans: machine draft:") for c in e.extracted_comments)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--releases", type=Path, required=True, help="Folder of *.fr.txt releases.")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    if shutil.which("msgmerge") is None:
        print("GNU gettext (msgmerge) is not installed", file=sys.stderr)
        return 2
    totals: dict[str, int] = {}
    releases = sorted(args.releases.glob("*.fr.txt"))
    for number, path in enumerate(releases):
        with tempfile.TemporaryDirectory(prefix="reltrans-update-") as tmp:
            row = cycle(path.read_text(encoding="utf-8"), path.name, Path(tmp), args.seed + number)
        print(f"{path.name:34} " + " ".join(f"{k}={v}" for k, v in row.items()))
        for key, value in row.items():
            totals[key] = totals.get(key, 0) + value
    print(f"{len(releases)} releases: " + " ".join(f"{k}={v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
