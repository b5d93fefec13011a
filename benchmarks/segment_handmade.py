"""Hand-made one-a-line reference lists: entries expected, found, merges, splits.

The review of seg5 and its fixer (session 12), seg6 (session 13, set `seg6`) and the review
of seg6 and its fixer (session 13, set `rev13`) and helper seg7 (session 14, set `s14seg7`:
physics, law, archives, humanities, Vancouver organisations, software and data, short forms,
entries lacking their stop, German humanities, chemistry), the review of seg7 (session 14,
set `rev14seg7`: works cited alone after entries lacking their stop, bills after forthcoming
entries, true wraps) wrote these lists by hand (our own text, no list copied):
Chicago, Vancouver, APA, Harvard, legal and humanities lists with undated items, titles cut
on a function word, names and year alone, repeated-author dashes, organisations, unsigned
journal items, open brackets, CJK and Cyrillic entries, works of reference and magazine
issues cited alone and hard wraps; session 17's helper seg13 added set `s17seg13` (10 lists
in layouts the rules were not written for: PDF copies with running heads printed once,
IEEE, ACS, Nature, APA with DOIs, MLA, Harvard, German lists without stops, APS) and its
reviewer set `rev17seg13c` (45 hard-wrapped lists with notes naming another work), and
its helper seg14 set `s17seg14` (8 one-a-line lists: manuscripts and works cited alone,
places with their country, imprints printed twice, bodies' dated entries after short titles). They
caught merges and splits the shared sets did not, and are kept here as a regression net
(read them as forms we know, not as a held-out estimate). The data is
`segment_handmade.txt` (format in its header).

Each list is written as Markdown under a "References" heading (as the review's driver
wrote it) and read as `claimcheck refs` reads it (`read_article`); an entry is right when a
reference starts on its first line. A MERGE is an expected start no reference starts on
(the entry ran into the one before), a SPLIT a reference starting on a line that opens no
entry; a FABRICATED entry (also a split) one that starts on a page header or footer
marked as such in the data (set `s14seg8`: hard-wrapped lists with page furniture).
`--src DIR` imports claimcheck from DIR (another checkout's `src`).

    python benchmarks/segment_handmade.py [--show-errors] [--src DIR] [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

LISTS = Path(__file__).with_name("segment_handmade.txt")
HEAD = "# A study\n\nSome text cites things.\n\n## References\n\n"
CONTINUED = "↳ "
FURNITURE = "⊘ "  # a page header or footer inside the list: no entry may start on it


def lists(path: Path = LISTS) -> dict[str, tuple[str, list[list[str]]]]:
    """'set name' -> (set, entries as their physical lines) from the data file."""
    found: dict[str, tuple[str, list[list[str]]]] = {}
    for block in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
        head, *lines = block.splitlines()
        entries: list[list[str]] = []
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith((CONTINUED, FURNITURE)):  # furniture keeps its mark
                entries[-1].append(line[len(CONTINUED):] if line.startswith(CONTINUED) else line)
            else:
                entries.append([line])
        found[head.strip()] = (head.split()[0], entries)
    return found


def measure(entries: list[list[str]], folder: Path) -> tuple[Counter[str], list[str]]:
    """Counts of one list, and its errors with the lines around them."""
    from claimcheck.ingest.interface import InputError
    from claimcheck.pipeline.check import read_article

    first = HEAD.count("\n") + 1  # the line number of the list's first line
    lines = [line.removeprefix(FURNITURE) for entry in entries for line in entry]
    furniture = {first + k for k, line in enumerate(line for entry in entries for line in entry)
                 if line.startswith(FURNITURE)}
    starts, at = set(), first
    for entry in entries:
        starts.add(at)
        at += len(entry)
    path = folder / "list.md"
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    try:
        found = {r.line for r in read_article(path)[1]}
    except InputError:  # no list found at all: every entry is lost
        found = set()
    merges, splits = sorted(starts - found), sorted(found - starts)
    counts = Counter(expected=len(entries), found=len(found), right=len(starts & found),
                     merges=len(merges), splits=len(splits), fabricated=len(found & furniture))

    def show(n: int) -> str:
        return repr(lines[n - first]) if 0 <= n - first < len(lines) else "?"

    errors = [f"  MERGE line {n}: {show(n - 1)} + {show(n)}" for n in merges]
    errors += [f"  {'FABRICATED' if n in furniture else 'SPLIT'} at line {n}: {show(n - 1)} | "
               f"{show(n)}" for n in splits]
    return counts, errors


_KEYS = ("expected", "found", "merges", "splits", "fabricated")


def _shown(counts: Counter[str]) -> str:
    """The counts printed ("fabricated" only where a list has furniture that became one)."""
    return " ".join(f"{k}={counts[k]}" for k in _KEYS if k != "fabricated" or counts[k])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="only these lists ('review NAME' or NAME)")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    totals: dict[str, Counter[str]] = {}
    with tempfile.TemporaryDirectory(prefix="segment-handmade-") as folder:
        for name, (group, entries) in lists().items():
            if args.names and not {name, name.split()[-1]} & set(args.names):
                continue
            counts, errors = measure(entries, Path(folder))
            totals.setdefault(group, Counter()).update(counts)
            totals.setdefault("all", Counter()).update(counts)
            print(f"{name:36} {_shown(counts)}")
            if args.show_errors and errors:
                print("\n".join(errors))
    for group, counts in totals.items():
        print(f"{'total ' + group:36} {_shown(counts)}")
    print(json.dumps({g: dict(c) for g, c in totals.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
