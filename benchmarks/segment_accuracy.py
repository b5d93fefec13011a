"""How many entries the plain-text segmenter finds exactly, per string set and list layout.

Usage:
    python benchmarks/segment_accuracy.py                    # every set, every layout, N=40
    python benchmarks/segment_accuracy.py --split tune       # the groups rules may be tuned on
    python benchmarks/segment_accuracy.py --sets grobid --layouts bare --show 5
    python benchmarks/segment_accuracy.py --size 300         # lists of 300 strings
    python benchmarks/segment_accuracy.py --narrow-model /tmp/n.json   # another narrow table

Input: ../shared/data/refstrings-<set>/refstrings.jsonl (one labelled reference a line). The
strings of a set are ordered by group (a paper for grobid and jats-mixed, so a list keeps one
paper's style; a single string for anystyle, so a list mixes styles) and cut into lists of
`--size` strings. Each list is printed under a "References" heading in one layout:

    bare          one reference a line, nothing else
    numbered      "1. ..." one a line            bulleted    "- ..." one a line
    blank         one a line, a blank line between entries (wrapped at 80)
    wrap72 wrap100            hard-wrapped at 72 / 100 columns (textwrap, greedy)
    wrap72-hang wrap100-hang  the same with a hanging indent of 4 spaces
    numbered-wrap "[n] ..." wrapped at 90 with the continuation aligned
    ragged72 ragged100        wrapped with each line's width drawn from width-8..width+4, as
                              the character counts of PDF text in a proportional font vary
    wrap48 ragged48           the same at 48 columns: a narrow column of a two-column PDF
                              copied as text (session 14)
    wrap72-furn   wrap72 with page furniture every 15 lines: a page number, "Page n of m", a
                  running header repeated from a PDF, a line of dashes, blank lines, a URL
                  alone, a footer with the article's DOI and "n / 40"
    bare-furn     bare with the same furniture

Split (`--split`): a group is held out when crc32(group) % 4 == 0; "held" (default) scores
those, "tune" the rest, "all" both. excite and parscit (GPL / LGPL) are measuring-only sets
never used for tuning; they are always scored whole.

Scoring, by lines: the benchmark knows the line span [s, e] of every gold entry. An entry is
found exactly when the segmenter starts an entry at s and its next start lies after e and no
later than the next gold entry's start (furniture lines between may be attached or dropped).
A start on a furniture line is a fabricated entry. Output: found / total per set and layout,
then a last line of JSON {set: {layout: [found, total, fabricated]}}.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from claimcheck.ingest import boundary, rescore
from claimcheck.ingest.interface import InputError
from claimcheck.ingest.plaintext import split_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TUNING_SETS = ("anystyle", "grobid", "jats-mixed")
MEASURING_SETS = ("excite", "parscit")
Lines = list[tuple[str, int]]  # (line, gold entry index or -1 for furniture)


def _one_a_line(prefix: Callable[[int], str]) -> Callable[[list[str]], Lines]:
    return lambda refs: [(prefix(i) + r, i) for i, r in enumerate(refs)]


def _wrapped(width: int, indent: str = "") -> Callable[[list[str]], Lines]:
    def layout(refs: list[str]) -> Lines:
        return [(line, i) for i, r in enumerate(refs)
                for line in textwrap.wrap(r, width, subsequent_indent=indent,
                                          break_on_hyphens=False)]
    return layout


def _ragged(width: int) -> Callable[[list[str]], Lines]:
    """Greedy wrapping where each line's width is drawn from width-8..width+4: the character
    counts of PDF text set in a proportional font; and one line in 25 is broken early (a font
    change or a DOI that PDF extraction puts on a line of its own)."""
    def layout(refs: list[str]) -> Lines:
        out: Lines = []
        for i, ref in enumerate(refs):
            seed = zlib.crc32(ref.encode())
            line = ""
            for k, word in enumerate(ref.split()):
                limit = width - 8 + (seed + len(out)) * 7 % 13
                early = (seed + k * 31) % 100 < 4 and len(line) > width // 3
                if line and (early or len(line) + 1 + len(word) > limit):
                    out.append((line, i))
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            out.append((line, i))
        return out
    return layout


def _blank(refs: list[str]) -> Lines:
    out: Lines = []
    for i, r in enumerate(refs):
        out += [(line, i) for line in textwrap.wrap(r, 80, break_on_hyphens=False)]
        out.append(("", -1))
    return out


def _numbered_wrapped(refs: list[str]) -> Lines:
    out: Lines = []
    for i, r in enumerate(refs):
        lead = f"[{i + 1}] "
        out += [(line, i) for line in textwrap.wrap(
            r, 90, initial_indent=lead, subsequent_indent=" " * len(lead),
            break_on_hyphens=False)]
    return out


def _furnished(layout: Callable[[list[str]], Lines]) -> Callable[[list[str]], Lines]:
    """Page furniture every 15 lines, anywhere (also inside an entry, as a page break is);
    one kind a list, as a PDF repeats its own running header and page number."""
    def furnished(refs: list[str]) -> Lines:
        kind = _FURNITURE[zlib.crc32(refs[0].encode()) % len(_FURNITURE)]
        out: Lines = []
        page = 11
        for k, item in enumerate(layout(refs)):
            if k and k % 15 == 0:
                page += 1
                out += [(f, -1) for f in kind(page)]
            out.append(item)
        return out
    return furnished


_FURNITURE: list[Callable[[int], list[str]]] = [
    lambda p: [str(p)],
    lambda p: ["", f"Page {p} of 40", ""],
    lambda p: ["Journal of Applied Studies 2019; 12: 1–9"],
    lambda p: ["Journal of Applied Studies 2019; 12: 1–9", str(p)],
    lambda p: ["-" * 40],
    lambda p: ["", "", f"{p}", "", "Smith et al.", ""],
    lambda p: ["www.appliedstudies.org"],
    lambda p: ["Applied Studies | https://doi.org/10.1234/jas.2019.0012 May 2, 2019", f"{p} / 40"],
]

LAYOUTS: dict[str, Callable[[list[str]], Lines]] = {
    "bare": _one_a_line(lambda i: ""),
    "numbered": _one_a_line(lambda i: f"{i + 1}. "),
    "bulleted": _one_a_line(lambda i: "- "),
    "blank": _blank,
    "wrap72": _wrapped(72),
    "wrap100": _wrapped(100),
    "wrap72-hang": _wrapped(72, "    "),
    "wrap100-hang": _wrapped(100, "    "),
    "numbered-wrap": _numbered_wrapped,
    "ragged72": _ragged(72),
    "ragged100": _ragged(100),
    "wrap48": _wrapped(48),
    "ragged48": _ragged(48),
    "wrap72-furn": _furnished(_wrapped(72)),
    "bare-furn": _furnished(_one_a_line(lambda i: "")),
}


def load(name: str, split: str) -> list[str]:
    path = Path(name) if "/" in name else SHARED / f"refstrings-{name}" / "refstrings.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    if name in TUNING_SETS and split != "all":
        held = [zlib.crc32(r["group"].encode()) % 4 == 0 for r in records]
        records = [r for r, h in zip(records, held, strict=True) if h == (split == "held")]
    records.sort(key=lambda r: (zlib.crc32(r["group"].encode()), r["id"]))
    return [" ".join(r["string"].split()) for r in records if r["string"].strip()]


def score(lines: Lines) -> tuple[int, int, int, list[str]]:
    """(found, total, fabricated, misses) for one list."""
    text = "Body text.\n\nReferences\n\n" + "\n".join(line for line, _ in lines) + "\n"
    offset = 5  # 1-based line number of lines[0]
    try:  # marked: lines read from a PDF (segment_pdf.py) carry the layout's marks at their ends
        starts = {e.line - offset for e in split_document(text, marked=True).entries}
    except InputError:  # no list found: every entry missed
        starts = set()
    owner = [i for _, i in lines]
    spans: dict[int, list[int]] = {}
    for k, i in enumerate(owner):
        if i >= 0:
            spans.setdefault(i, [k, k])[1] = k
    gold_starts = sorted(s for s, _ in spans.values())
    found, misses = 0, []
    for s, e in spans.values():
        after = [p for p in starts if p > s]
        nxt = min(after) if after else len(lines)
        limit = min((g for g in gold_starts if g > s), default=len(lines))
        if s in starts and e < nxt <= limit:
            found += 1
        else:
            shown = range(max(0, s - 1), min(len(lines), max(e, min(nxt, limit)) + 1))
            misses.append("\n".join(("> " if k in starts else "  ") + lines[k][0] for k in shown))
    fabricated = sum(1 for p in starts if 0 <= p < len(owner) and owner[p] < 0)
    return found, len(spans), fabricated, misses


def run(sets: list[str], layouts: list[str], size: int, split: str, show: int
        ) -> dict[str, dict[str, list[int]]]:
    result: dict[str, dict[str, list[int]]] = {}
    for name in sets:
        refs = load(name, split)
        lists = [refs[k : k + size] for k in range(0, len(refs), size)]
        lists = [chunk for chunk in lists if len(chunk) >= min(size, 5)]
        result[name] = {}
        for layout in layouts:
            totals = [0, 0, 0]
            shown = 0
            for chunk in lists:
                found, total, fabricated, misses = score(LAYOUTS[layout](chunk))
                totals = [totals[0] + found, totals[1] + total, totals[2] + fabricated]
                for miss in misses[: max(0, show - shown)]:
                    print(f"--- miss ({name}, {layout}):\n{miss}")
                    shown += 1
            result[name][layout] = totals
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNING_SETS + MEASURING_SETS))
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--split", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--show", type=int, default=0, help="print the first K misses")
    parser.add_argument("--model", type=Path, help="a boundary weight table to use instead")
    parser.add_argument("--narrow-model", type=Path,
                        help="a boundary weight table for narrow columns to use instead")
    parser.add_argument("--rescore", type=Path,
                        help="a rescore weight table to use instead (a missing file: none)")
    args = parser.parse_args()
    if args.model:
        boundary.MODEL = args.model
    if args.narrow_model:
        boundary.NARROW_MODEL = args.narrow_model
    if args.rescore and not args.rescore.exists():  # no second look at all
        rescore.revise = lambda texts, starts, scores: starts
    elif args.rescore:
        rescore.MODEL = args.rescore
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to measure")
        return 0
    layouts = args.layouts.split(",")
    began = time.perf_counter()
    result = run(args.sets.split(","), layouts, args.size, args.split, args.show)
    print(f"{'set':<11}" + "".join(f"{name:>14}" for name in layouts))
    for name, row in result.items():
        cells = [f"{f}/{t}" + (f"+{x}" if x else "") for f, t, x in row.values()]
        print(f"{name:<11}" + "".join(f"{c:>14}" for c in cells))
    print(f"({time.perf_counter() - began:.1f} s; '+k' = k fabricated entries)", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
