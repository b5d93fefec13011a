"""One-entry-a-line lists in forms the shared sets under-represent: merges and splits counted apart.

Usage:
    python benchmarks/segment_oneline.py                       # held-out groups + excite, parscit
    python benchmarks/segment_oneline.py --split tune --show 5 --forms dash
    python benchmarks/segment_oneline.py --synth /tmp/cc-seg-synth/heldout/refstrings.jsonl

A list of one reference a line (no blank lines, no numbers, no hanging indent) is split right
when every line that opens an entry starts one. The worst error is a merge: a whole reference
swallowed by the one before, which then disappears from the check. The shared sets are mostly
journal articles that open with their authors; held-out lists also hold humanities
bibliographies, reports, web pages and entries in other scripts. Each list of `--size` strings
(ordered as `segment_accuracy.load` orders them, so a list keeps one paper's style) is
rewritten in one FORM, with a fixed seed per list (the author block is the labelled author
spans at a string's start; strings without one are left as they are):

    plain      as they are
    dash       the author block of an entry after one by the same hand becomes the
               repeated-author dash ("———. 2005. Title."), in runs of 2-4 entries
    title      a third of the entries lose their author block: they open with the title
    org        a third open with an organisation instead ("World Health Organization.")
    particle   a third of the first family names take a lower-case particle ("van der ")
    script     a third of the author blocks, or whole entries, are written in Cyrillic or
               in CJK names (`parse_synth_gost`'s letter map; CJK names written here)
    short      one entry in six is followed by a very short one ("Plato. Republic.",
               a one-line book, a web page with its URL)
    wrapped    one line per entry, as extracted text gives them, with a hard wrap in one
               entry in six, half at a sentence end (the first line ends with a full stop)
    mixed      all of the above at a lower rate

`--synth FILE`: also lists of citeproc renders (`segment_synth.py --out DIR`, DIR/heldout),
where only the forms that need no author spans apply. Scoring (by lines): an entry is found
when it starts on its first line and no other start falls inside it before the next entry;
a MERGE is an entry whose first line starts none (it is in the entry before), a SPLIT an
entry with a start after its first line. Last line: JSON {source: {form: [found, total,
merges, splits]}}.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from pathlib import Path

from claimcheck.ingest.interface import InputError
from claimcheck.ingest.plaintext import split_document
from segment_accuracy import SHARED, TUNING_SETS, Lines
from segment_oneline_forms import FORMS, SPANLESS, Ref, load, wrapped_lines


def score(lines: Lines) -> tuple[int, int, int, int, list[str]]:
    """(found, total, merges, splits, misses shown) for one list."""
    text = "Body text.\n\nReferences\n\n" + "\n".join(line for line, _ in lines) + "\n"
    try:
        starts = {e.line - 5 for e in split_document(text).entries}
    except InputError:
        starts = set()
    spans: dict[int, list[int]] = {}
    for k, (_, i) in enumerate(lines):
        spans.setdefault(i, [k, k])[1] = k
    found = merges = splits = 0
    misses = []
    for s, e in spans.values():
        merged, split = s not in starts, any(s < p <= e for p in starts)
        found += not (merged or split)
        merges += merged
        splits += split
        if merged or split:
            shown = range(max(0, s - 1), min(len(lines), e + 2))
            misses.append("\n".join(("> " if k in starts else "  ") + lines[k][0] for k in shown))
    return found, len(spans), merges, splits, misses


def run_source(refs: list[Ref], forms: list[str], size: int, show: int
               ) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    lists = [refs[k: k + size] for k in range(0, len(refs), size)]
    for form in forms:
        totals, shown = [0, 0, 0, 0], 0
        for chunk in (c for c in lists if len(c) >= 5):
            rng = random.Random(zlib.crc32((form + chunk[0][0]).encode()))
            strings = FORMS[form](chunk, rng)
            share = 1 / 6 if form in ("wrapped", "mixed") else 0.0
            *counts, misses = score(wrapped_lines(strings, rng, share))
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            for miss in misses[: max(0, show - shown)]:
                print(f"--- miss ({form}):\n{miss}")
                shown += 1
        out[form] = totals
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="anystyle,grobid,jats-mixed,excite,parscit")
    parser.add_argument("--forms", default=",".join(FORMS))
    parser.add_argument("--synth", type=Path, help="refstrings.jsonl of citeproc renders")
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--split", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--show", type=int, default=0, help="print the first K misses a form")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to measure")
        return 0
    forms = args.forms.split(",")
    result: dict[str, dict[str, list[int]]] = {}
    for name in args.sets.split(","):
        path = SHARED / f"refstrings-{name}" / "refstrings.jsonl"
        result[name] = run_source(load(path, args.split, name in TUNING_SETS), forms, args.size,
                                  args.show)
    if args.synth:
        synth = [f for f in forms if f in SPANLESS]
        result["citeproc"] = run_source(load(args.synth, "all", False), synth, args.size,
                                        args.show)
    print(f"{'source':<11}" + "".join(f"{form:>18}" for form in forms))
    for name, row in result.items():
        cells = [f"{row[f][0]}/{row[f][1]} m{row[f][2]} s{row[f][3]}" if f in row else "-"
                 for f in forms]
        print(f"{name:<11}" + "".join(f"{c:>18}" for c in cells))
    print("(found/total, m = merges, s = splits)", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
