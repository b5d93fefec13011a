"""CPU seconds of the serial stages of `claimcheck claims` on the 10,000-reference article,
this checkout against another, in turn (issue 17: what runs in the main process alone,
before the parse forks and after it joins).

Each run is a fresh process that reads the article with the stages of `load_document`
timed apart (`time.process_time` around `bracket_markdown`, the list's lines, `segment`, the
notes test), parses it (not timed: the parser has its own benchmarks), builds the linker's
entries, then times `find_callouts` (of it `known_names`, the first call: its caches cold
as in `claims`). CPU seconds do not count the time other jobs take the core, so a pair is
comparable on a loaded machine where wall time is not; the medians of every stage print at
the end. The article is the one `benchmarks/scale.py` writes.

    .venv/bin/python benchmarks/claims_stages.py --runs 5 --src OTHER/src
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from scale import build_article, reference_strings

SRC = Path(__file__).resolve().parent.parent / "src"

# one run: each stage function wrapped where its caller looks it up
_RUN = """import json, sys, time
from pathlib import Path
times = {}
def wrap(module, name, key):
    inner = getattr(module, name)
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            times[key] = times.get(key, 0.0) + time.process_time() - start
    setattr(module, name, timed)
start = time.process_time()
import claimcheck.cli, claimcheck.commands.run, claimcheck.ingest as ingest
from claimcheck.ingest import footnotes, plaintext
times["imports"] = time.process_time() - start
wrap(ingest, "bracket_markdown", "bracket_markdown")
wrap(plaintext, "_list_lines", "list_lines")
wrap(plaintext, "segment", "segment")
wrap(footnotes, "_reads_as_notes", "notes_test")
from claimcheck.pipeline import check
wrap(check, "load_document", "load_document")
from claimcheck.pipeline.check import read_article
document, references = read_article(Path(sys.argv[1]))
from claimcheck.citations import extract, known
from claimcheck.citations.entries import entries_of
entries = entries_of(references)
wrap(extract, "known_names", "known_names")
wrap(extract, "find_callouts", "find_callouts")
extract.find_callouts(document.body, entries, extract.scan_ahead(document.body, len(entries)))
print(json.dumps(times))
"""


def run_once(src: Path, article: Path) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    done = subprocess.run([sys.executable, "-c", _RUN, str(article)], env=env, check=True,
                          capture_output=True, text=True)
    times: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--src", required=True, help="the other checkout's src (the 'before')")
    parser.add_argument("--style", choices=("numeric", "author-year"), default="numeric")
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args(argv)
    sides = {"before": Path(args.src).resolve(), "after": SRC}
    rows: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.md"
        article.write_text(build_article(args.size, args.style, reference_strings()),
                           encoding="utf-8")
        for src in sides.values():  # a first run of each writes its bytecode
            run_once(src, article)
        for run in range(args.runs):
            for side, src in sides.items():
                rows[side].append(times := run_once(src, article))
                print(f"run {run + 1} {side:6s} " + "  ".join(
                    f"{key} {value:.3f}" for key, value in times.items()), flush=True)
    for key in rows["after"][0]:
        print(f"{key:16s} CPU s, medians: " + " -> ".join(
            f"{statistics.median(r.get(key, 0.0) for r in runs):.3f}" for runs in rows.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
