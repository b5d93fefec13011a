"""Hand-made reference strings in styles and fields the labelled sets lack (law, history,
philosophy, engineering, medicine; English, German, French, Spanish, a few Czech and
Romanian name lists), gold written by hand in `parse_handmade.txt`.

Usage:
    python benchmarks/parse_handmade.py                          # per-field F1, this code
    python benchmarks/parse_handmade.py --src OLD/src --write /tmp/old.json
    python benchmarks/parse_handmade.py --against /tmp/old.json  # and every field that
                                                                 # changed, old vs new vs gold

Scoring as `parse_accuracy.py` (its `normal`): authors (and editors) as the ordered family
names, a field scored only where the block gives it ("container:" with no value: right when
the parse has none). Other sets of the same format: `--data parse_handmade_rev14fields.txt`
(the strings of session 14's review of the name-list and volume rules),
`--data parse_handmade_rev15fields.txt` (session 15's review of the note imprints, language
notes, directed and "a cura di" chapters and slashed names), `--data parse_handmade_notes.txt`
(session 16: 32 humanities footnotes, Chicago, MHRA, OSCOLA, German, French, Italian, parsed
as one list of notes), `--data parse_handmade_rev16notes.txt` (session 16's review of the note
imprint, subtitle, archive and name rules: two-town imprints, a country after the place,
particles in second names), `--data parse_handmade_fields11.txt` (session 17: journals whose
page range, volume word, medium or placeholder the tagger runs into another field, "and" in
Finnish, Indonesian and Slovenian name lists, chemistry's "Journal Year, Volume, Page", and
look-alikes where those rules must not fire), `--data parse_handmade_rev21fields.txt` (session
21's review of the numeric-style rules `commacut`, `journalimprint`, `namesjournal`,
`lonevolume`, `semicolonlist`: 163 look-alikes, and 42 in Nature, Science, Cell, IEEE, MLA,
Turabian, Iberian and German styles, theses, datasets and reports).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def blocks(path: Path) -> list[tuple[str, dict[str, str]]]:
    """(string, gold fields) of every block of the file."""
    out: list[tuple[str, dict[str, str]]] = []
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    for block in "\n".join(lines).split("\n\n"):
        rows = [x for x in block.strip().splitlines() if x.strip()]
        if rows:
            gold = {k: v.strip() for k, _, v in (r.partition(":") for r in rows[1:])}
            out.append((rows[0], gold))
    return out


def predicted(strings: list[str]) -> list[dict[str, str]]:
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries

    refs = parse_entries([RawEntry(s, i + 1, 0) for i, s in enumerate(strings)])
    return [{"authors": "|".join(a.family for a in r.authors),
             "editors": "|".join(a.family for a in r.editors), "title": r.title,
             "container": r.container, "year": r.year, "volume": r.volume, "issue": r.issue,
             "pages": r.pages, "publisher": r.publisher, "location": r.location}
            for r in refs]


def _folded(field: str, value: str) -> str:
    from parse_accuracy import normal

    if field in ("authors", "editors"):
        return " | ".join(normal("title", v) for v in value.split("|") if v)
    return normal(field, value)


def score(items: list[tuple[str, dict[str, str]]], preds: list[dict[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for (_, gold), pred in zip(items, preds, strict=True):
        for field, value in gold.items():
            g, p = _folded(field, value), _folded(field, pred.get(field, ""))
            counts[f"{field}.{'tp' if g == p else 'miss'}"] += 1
            if field == "authors":
                first = g.split(" | ")[0] == p.split(" | ")[0]
                counts[f"first_author.{'tp' if first else 'miss'}"] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, help="import claimcheck from this src folder")
    parser.add_argument("--write", type=Path, help="write the predictions here (JSON)")
    parser.add_argument("--against", type=Path, help="predictions of another version")
    parser.add_argument("--data", type=Path, default=HERE / "parse_handmade.txt")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    sys.path.insert(0, str(HERE))
    items = blocks(args.data)
    preds = predicted([s for s, _ in items])
    counts = score(items, preds)
    fields = sorted({k.split(".")[0] for k in counts})
    total = sum(counts[f"{f}.tp"] for f in fields if f != "first_author")
    n = total + sum(counts[f"{f}.miss"] for f in fields if f != "first_author")
    print(f"{len(items)} strings; fields right: {total}/{n} = {total / n:.3f}")
    for f in fields:
        right, miss = counts[f"{f}.tp"], counts[f"{f}.miss"]
        print(f"  {f:<13}{right:>4}/{right + miss:<4}")
    if args.write:
        args.write.write_text(json.dumps(preds, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.against:
        _compare(items, json.loads(args.against.read_text(encoding="utf-8")), preds)
    return 0


def _compare(items: list[tuple[str, dict[str, str]]], old: list[dict[str, Any]],
             new: list[dict[str, str]]) -> None:
    verdicts: Counter[str] = Counter()
    for (string, gold), before, after in zip(items, old, new, strict=True):
        changed = [f for f in after if before.get(f, "") != after[f]]
        if not changed:
            continue
        gains = sum(_folded(f, after[f]) == _folded(f, gold[f]) for f in changed if f in gold)
        losses = sum(_folded(f, before.get(f, "")) == _folded(f, gold[f])
                     for f in changed if f in gold)
        verdict = "better" if gains > losses else "worse" if losses > gains else "neither"
        verdicts[verdict] += 1
        print(f"[{verdict}] {string}")
        for f in changed:
            print(f"    {f}: gold={gold.get(f, '(not scored)')!r} old={before.get(f, '')!r} "
                  f"new={after[f]!r}")
    print("changed:", dict(verdicts) or "none")


if __name__ == "__main__":
    raise SystemExit(main())
