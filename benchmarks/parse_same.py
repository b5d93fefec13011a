"""Whether a change to the parser kept every parse the same: writes, or checks against, the
`Reference` of every entry of the bundled example and of every shared reference string.

Usage:
    .venv/bin/python benchmarks/parse_same.py --write /tmp/parses-before.txt   # old code
    .venv/bin/python benchmarks/parse_same.py --check /tmp/parses-before.txt   # new code

Both tagger paths are covered: crfsuite's (the example, and every set of
../shared/data/refstrings-*/ in lists of 100, as short documents are parsed) and numpy's (each
set as one list, as a long document is). One line per parse: where it came from and the
Reference's repr (every field, the key, `doubtful`); a field `Reference` gained since the
file was written is no difference while it holds its default ('', (), False). `--check`
prints the first differences and exits 1 if there is any. `--src DIR` imports claimcheck
from DIR (another checkout's `src`), so the file can be written by the code before a change.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "colla2021" / "review.md"
SHARED = ROOT.parent / "shared" / "data"
CHUNK = 100


def _sets() -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted(SHARED.glob("refstrings-*/refstrings.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out.append((path.parent.name, [json.loads(line)["string"] for line in lines]))
    return out


def parses() -> Iterator[str]:
    """One line per parse, in a fixed order."""
    from claimcheck.ingest import load_document
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries, tagger

    def entries(texts: list[str]) -> list[RawEntry]:
        return [RawEntry(text=t, index=i + 1, line=i) for i, t in enumerate(texts)]

    tagger.NUMPY_FROM, tagger.BATCH_FROM = 10**9, 10**9  # crfsuite first
    for ref in parse_entries(load_document(EXAMPLE).entries):
        yield f"example\t{ref!r}"
    sets = _sets()
    for name, texts in sets:
        for start in range(0, len(texts), CHUNK):
            for ref in parse_entries(entries(texts[start:start + CHUNK])):
                yield f"{name}/{start}\t{ref!r}"
    tagger.NUMPY_FROM, tagger.BATCH_FROM = 0, 0  # then numpy, each set as one list
    for name, texts in sets:
        for ref in parse_entries(entries(texts)):
            yield f"{name}\t{ref!r}"


_NEW_DEFAULT = re.compile(r", (\w+)=(?:''|\(\)|False)(?=\)$)")


def _as_before(new: str, old: str) -> str:
    """`new` without the fields `Reference` gained since `old` was written while they hold
    their default (a field added with a default changes no parse until it is set)."""
    while (found := _NEW_DEFAULT.search(new)) and f", {found.group(1)}=" not in old:
        new = new[: found.start()] + new[found.end():]
    return new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write every parse to this file")
    mode.add_argument("--check", type=Path, help="compare every parse with this file")
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    started = time.process_time()
    lines = list(parses())
    seconds = time.process_time() - started
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} parses written to {args.write} ({seconds:.1f} s CPU)")
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    differ = [(old, new) for old, new in zip(before, lines, strict=False)
              if old != _as_before(new, old)]
    if len(before) != len(lines):
        print(f"{len(before)} parses before, {len(lines)} now")
    for old, new in differ[:5]:
        print(f"- {old}\n+ {new}")
    print(f"{len(lines)} parses, {len(differ)} different ({seconds:.1f} s CPU)")
    return 1 if differ or len(before) != len(lines) else 0


if __name__ == "__main__":
    sys.exit(main())
