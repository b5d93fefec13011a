"""A held-out set of synthetic notes: new seed, and no record the earlier notes sets printed.

`parse_notes.py` has measured the same documents (seed 13; stored by session 13 in a
`--fixed` file) for several sessions of rule writers, who read their misses. This script
makes documents in the same two ways (`notes_synth.documents`, `notes_humanities.documents`)
with another seed, after dropping from the record pool every record whose title, or whose
book's title, any note of the earlier documents printed (their gold "item"s), so neither the
works nor (mostly) the shuffles are the old ones. The styles cannot be new: a family has few
(Chicago notes, MHRA); the documents draw them again with the new seed.

Writes the documents in `parse_notes.py --fixed` form; score them with
    python benchmarks/notes_heldout.py --old /tmp/fields6-notes-docs.json --seed 1616 \\
        --out /tmp/notes5-heldout-docs.json
    python benchmarks/parse_notes.py --fixed /tmp/notes5-heldout-docs.json
Prints counts only (no strings): a held-out set is scored, never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _key(title: Any) -> str:
    return re.sub(r"[\W_]+", "", str(title or "")).lower()[:80]


def _titles(value: Any, out: set[str]) -> None:
    """Every "item"'s title and container title anywhere in the stored documents."""
    if isinstance(value, dict):
        item = value.get("item")
        if isinstance(item, dict):
            out.update(k for k in (_key(item.get("title")), _key(item.get("container-title")))
                       if k)
        for inner in value.values():
            _titles(inner, out)
    elif isinstance(value, list):
        for inner in value:
            _titles(inner, out)


def _without(old: set[str], others_cap: int) -> None:
    """Filter the record pool both generators draw from. `notes_synth._pool` mixes up to
    3,000 books and chapters with 3,000 other works; the old sets printed most books (1,128
    in all records), so here the books left are mixed with `others` other works (the old
    mix was 1,128 to 3,000; MHRA styles print articles with citeproc-py's "Edition" fault,
    so they need books), and fewer documents can be made."""
    import notes_humanities
    import notes_synth

    def fresh_pool(rng: Any) -> list[dict[str, Any]]:
        items = [i for i in _records()
                 if _key(i.get("title")) not in old and _key(i.get("container-title")) not in old]
        books = [i for i in items if i["type"] in ("book", "chapter")]
        others = [i for i in items if i["type"] not in ("book", "chapter")]
        rng.shuffle(books)
        rng.shuffle(others)
        mixed = books + others[:others_cap]
        rng.shuffle(mixed)
        return mixed

    notes_synth._pool = fresh_pool  # type: ignore[assignment]
    notes_humanities._pool = fresh_pool  # type: ignore[assignment]


def _records() -> list[dict[str, Any]]:
    from parse_synth import jats_records, labelled_records

    out = []
    for _, _, item in [*jats_records(), *labelled_records()]:
        if item["type"] == "paper-conference" and item.get("publisher"):
            item = {**item, "type": "chapter"}
        out.append(item)
    return out


def _made(args: argparse.Namespace, old: set[str]) -> dict[str, Any] | None:
    """The documents; None, said on stderr, when the pool of records runs out (8 documents
    a family need more books than the old sets left: pass --reuse-records, or ask for
    fewer). More other works do not help: the families that run out need books."""
    import notes_synth
    from notes_humanities import documents as humanities

    _without(old, args.others)
    notes_synth.REUSE = args.reuse_records
    try:
        return {"synthetic": notes_synth.documents(args.documents, args.notes, args.seed),
                "humanities": humanities(args.per_family, args.notes, args.seed)}
    except notes_synth.PoolExhausted as exhausted:
        print(f"{exhausted} before the documents were made: ask for fewer --documents or "
              "--per-family (4 fit), or pass --reuse-records", file=sys.stderr)
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, action="append", required=True,
                        help="a --fixed documents file of an earlier set (repeatable)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--per-family", type=int, default=4)
    parser.add_argument("--notes", type=int, default=25)
    parser.add_argument("--others", type=int, default=1200,
                        help="works other than books and chapters in the pool")
    parser.add_argument("--reuse-records", action="store_true",
                        help="a pool that runs out starts again (a work may be printed twice)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    old: set[str] = set()
    for path in args.old:
        _titles(json.loads(path.read_text(encoding="utf-8")), old)
    docs = _made(args, old)
    if docs is None:
        return 2
    new: set[str] = set()
    _titles(docs, new)
    args.out.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    print(f"old titles {len(old)}; new documents {len(docs['synthetic'])} synthetic, "
          f"{len(docs['humanities'])} humanities; new titles {len(new)}, "
          f"shared with the old {len(new & old)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
