"""How long parsing lists of footnotes takes: CPU time per entry, warm and first-list.

Usage:
    python benchmarks/parse_notes_speed.py --fixed /tmp/notes5-heldout-docs.json [--src DIR]

Each humanities document of a `parse_notes.py --fixed` file is one list of notes, parsed by
`parse_entries` as the pipeline parses a document's notes (not split into works, so that the
figure is the parser's alone). Printed: the first pass over all the documents (it opens every
model it needs, the note model too where the code has one: `parse/listmodel.py`), then the
best of --repeat warm passes, as microseconds per entry; CPU time of this process. `--src`
imports claimcheck from another checkout's `src`, to compare versions on the same documents.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixed", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    from claimcheck import parallel
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries

    parallel.set_jobs(1)
    documents = json.loads(args.fixed.read_text(encoding="utf-8"))["humanities"]
    lists = [[RawEntry(text=note["string"], index=i + 1, line=i + 1)
              for i, note in enumerate(notes)] for _, notes in documents]
    count = sum(map(len, lists))

    def run() -> float:
        started = time.process_time()
        for entries in lists:
            parse_entries(entries)
        return time.process_time() - started

    first = run()
    warm = min(run() for _ in range(args.repeat))
    print(json.dumps({"lists": len(lists), "entries": count,
                      "first_pass_us_per_entry": round(first / count * 1e6),
                      "warm_us_per_entry": round(warm / count * 1e6)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
