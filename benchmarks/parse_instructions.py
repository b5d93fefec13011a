"""The parser's cost in instructions (valgrind's callgrind), which the machine's load does not
move: the figure to compare two versions by on a shared VM, where CPU time moves by ±10 %.

Usage:
    .venv/bin/python benchmarks/parse_instructions.py [--src DIR ...] [--modes example one list]

For each `--src` (the `src` of a checkout, e.g. made by `git archive main src | tar -x -C
/tmp/base`; default: the installed claimcheck) and each mode, runs one cold parse in a fresh
process under `valgrind --tool=callgrind` and prints the instructions counted inside it alone:

* `example`: the bundled example's 98 entries as one list (crfsuite's tagger: a short list);
* `one`: the first 300 grobid strings parsed one by one (`parse_entry`, crfsuite);
* `list`: the first 1,000 grobid strings as one list (numpy's tagger, weights loaded);
* `numpy`: the example tagged in numpy (as a process with the weights loaded tags any list of
  16 or more; the figure that weighs numpy against crfsuite for a short list, once numpy's
  import and the weights, paid once per process, are set aside).

Each process first parses a warm-up list (the example, or grobid strings 1,001-1,600), so that
the modules, the model and numpy are loaded, then clears the token caches (`parse_speed._cold`)
and counts the parse alone (`--toggle-collect` on `functools.reduce`, which runs it; one
process, `PYTHONHASHSEED=0`). Counts move by ~0.2 % with edits away from the hot paths
(docs/benchmarks/scale.md, session 18): read a smaller change on its function's own inputs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Run in the counted process: argv = [SRC or "", MODE].
_CHILD = """
import functools, itertools, json, sys
from pathlib import Path
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
sys.path.insert(0, {here!r})
from claimcheck import parallel
parallel.set_jobs(1)
from claimcheck.ingest import load_document
from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_entry
from parse_speed import EXAMPLE, SHARED, _cold
mode = sys.argv[2]
if mode == "numpy":
    from claimcheck.parse import tagger
    tagger.NUMPY_FROM = 0
if mode in ("example", "numpy"):
    entries = warm = load_document(EXAMPLE).entries
else:
    with (SHARED / "refstrings-grobid" / "refstrings.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["string"] for line in itertools.islice(lines, 1600)]
    entries = [RawEntry(text=t, index=i + 1, line=i)
               for i, t in enumerate(texts[:1000 if mode == "list" else 300])]
    warm = [RawEntry(text=t, index=i + 1, line=i) for i, t in enumerate(texts[1000:])]
parse_entries(warm)
_cold()
if mode == "one":
    functools.reduce(lambda _, __: [parse_entry(e) for e in entries], [0, 1])
else:
    functools.reduce(lambda _, __: parse_entries(entries), [0, 1])
"""


def instructions(src: Path | None, mode: str) -> int:
    """Instructions of one cold parse in `mode`, claimcheck imported from `src`."""
    code = _CHILD.format(here=str(HERE))
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               "--toggle-collect=*functools_reduce*", sys.executable, "-c", code,
               str(src.resolve()) if src else "", mode]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise RuntimeError(f"no count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, action="append",
                        help="import claimcheck from this directory (repeatable)")
    parser.add_argument("--modes", nargs="+", default=["example", "one", "list"],
                        choices=["example", "one", "list", "numpy"])
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed", file=sys.stderr)
        return 2
    for src in args.src or [None]:
        for mode in args.modes:
            count = instructions(src, mode)
            print(f"{src or 'installed'!s:<40}{mode:<10}{count / 1e6:>12,.1f} M", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
