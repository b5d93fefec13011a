"""How long parsing the bundled example's reference list takes, and where the time goes.

Usage:
    .venv/bin/python benchmarks/parse_speed.py [--repeat 7] [--shared 2000 [--jobs 2]] [--src DIR]

Loads examples/colla2021/review.md, then times `parse_entries` on its 98 entries (CPU time,
best of --repeat runs, the token cache cleared before each so every run starts cold, the
tagger model already open as in any run after the first entry), and the same for the steps
inside it: tokenising, the tagger's features alone, tagging (features, Viterbi and the
doubt's figures) by crfsuite, the way the example's parse takes, and the rule layers (what is
left); `numpy_features_ms` and `numpy_tagging_ms` are the same two figures through the numpy
tagger, which a process with its weights loaded uses (before session 15 `tagging_ms` was
numpy's, so that the rules' figure mixed the two ways; before the numpy tagger: features and
crfsuite's Viterbi). It also prints a calibration figure, the CPU time of
`sum(range(1_000_000))`, so that figures from machines of different speed can be compared
(about 10 ms on a current desktop core). Ends with one line of JSON holding the figures.

`--shared N` also parses the first N strings of ../shared/data/refstrings-grobid (cold token
cache) one by one and then as one list (as a document's reference list is parsed), and prints
entries per second for each: the throughput figure of issue 17.

`--first N` also times the first `parse_entries` of the example in N fresh processes (least
CPU time): the cold figure, which adds to the warm one above what a process pays once before
its first entry: importing the parser's modules (compiling their ~100 patterns), importing
python-crfsuite and opening the model. The warm figure (`parse_entries_ms`) is what every
later list of that size costs; issue 17's "< 50 ms" is read as the warm figure, the cold one
is printed beside it. Bytecode is written first (`compileall`) so that compiling the modules'
source, which an installed package never does, is not counted.

Every figure above is taken on one process (a list of 500 or more entries is otherwise
parsed on every core, parse/pool.py). `--jobs J` (with `--shared N`) also parses the N strings
as one list on J processes and prints entries per second of wall time, per CPU second of
all of them (this process and its ended workers), and per second of the longer CPU time of
this process and of a worker (`_path_`: the wall time on idle cores, which a loaded machine
does not show).

`--numpy` tags every list in numpy (by default a list of fewer than 500 strings is tagged by
crfsuite itself, see parse/tagger.py).

`--src DIR` imports claimcheck from DIR (the `src` of another checkout, e.g. made by
`git archive main src | tar -x -C /tmp/base`) instead of the installed one, so that two
versions can be timed alternately under the same machine load.
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "colla2021" / "review.md"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _features_module() -> ModuleType:
    """The module of the tokens' features: `tokens` itself in code before session 16."""
    try:
        from claimcheck.parse import tokenfeatures
    except ImportError:
        from claimcheck.parse import tokens as tokenfeatures
    return tokenfeatures


def _cold() -> None:
    """Forgets every token seen, so that a run starts as the first list of a process does."""
    features_module = _features_module()
    features_module._facts.cache_clear()
    for shapes in ("_runs_cut", "_shape_name"):  # the token shapes' own cache (by version)
        if hasattr(features_module, shapes):
            getattr(features_module, shapes).cache_clear()
    try:  # the numpy tagger's own cache of token texts, where loaded (not in older code)
        from claimcheck.parse.tagger import _LOADED
    except ImportError:
        return
    for _, encoder in _LOADED.values():
        encoder.clear()


def best_ms(run: Callable[[], object], repeat: int) -> float:
    """Least CPU time of `repeat` runs, in milliseconds, each from a cold token cache."""
    best = float("inf")
    for _ in range(repeat):
        _cold()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return round(best * 1000, 1)


def shared_rate(count: int, one_by_one: bool) -> float:
    """Entries per CPU second over the first `count` grobid strings, parsed one by one or as
    one list (as a document's reference list is)."""
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries, parse_entry

    path = SHARED / "refstrings-grobid" / "refstrings.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["string"] for line in itertools.islice(lines, count)]
    entries = [RawEntry(text=t, index=i + 1, line=i) for i, t in enumerate(texts)]
    _cold()
    started = time.process_time()
    if one_by_one:
        for entry in entries:
            parse_entry(entry)
    else:
        parse_entries(entries)
    return round(len(entries) / (time.process_time() - started))


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its ended children (the parse pool's workers)."""
    own, ended = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                       resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, ended.ru_utime + ended.ru_stime


def pooled_rate(count: int, jobs: int) -> dict[str, float]:
    """The first `count` grobid strings as one list on `jobs` processes (parse/pool.py):
    entries per second of wall time, per CPU second of all the processes, and per second of
    the longer of this process's CPU time and a worker's (its average): what the wall time
    is on idle cores, read from CPU times that other jobs on a loaded machine stretch less."""
    from claimcheck import parallel
    from claimcheck.ingest.interface import RawEntry
    from claimcheck.parse import parse_entries

    path = SHARED / "refstrings-grobid" / "refstrings.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["string"] for line in itertools.islice(lines, count)]
    entries = [RawEntry(text=t, index=i + 1, line=i) for i, t in enumerate(texts)]
    _cold()
    parallel.set_jobs(jobs)
    (own, ended), wall = _cpu(), time.perf_counter()
    parse_entries(entries)
    wall, (own_after, ended_after) = time.perf_counter() - wall, _cpu()
    parallel.set_jobs(1)
    own, ended = own_after - own, ended_after - ended
    return {f"jobs{jobs}_wall_per_s": round(count / wall),
            f"jobs{jobs}_cpu_per_s": round(count / (own + ended)),
            f"jobs{jobs}_path_per_s": round(count / max(own, ended / max(jobs - 1, 1)))}


def _one_job() -> None:
    """Every figure but --jobs on one process (code before parse/pool.py has no pool)."""
    try:
        from claimcheck import parallel
    except ImportError:
        return
    parallel.set_jobs(1)


# Run in a fresh process by first_call_ms: the CPU time of the first parse of the example.
_FIRST = """
import sys, time
sys.path[:0] = [p for p in sys.argv[1:] if p]
from claimcheck.ingest import load_document
from pathlib import Path
entries = load_document(Path({example!r})).entries
started = time.process_time()
from claimcheck.parse import parse_entries
parse_entries(entries)
print(time.process_time() - started)
"""


def first_call_ms(src: Path | None, processes: int) -> float:
    """Least CPU time of the example's first parse in `processes` fresh processes."""
    import claimcheck

    compileall.compile_dir(Path(claimcheck.__file__).parent, quiet=1)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    code = _FIRST.format(example=str(EXAMPLE))
    runs = [float(subprocess.run([sys.executable, "-c", code, str(src or "")], env=env,
                                 check=True, capture_output=True, text=True).stdout)
            for _ in range(processes)]
    return round(min(runs) * 1000, 1)


def _tagging(texts: list[str], tokens: list[Any], repeat: int) -> dict[str, float]:
    """CPU time of the tagger's features alone and of the tagging with them (labels and the
    doubt's figures), by the way the example's parse takes (crfsuite: its list is short), and
    the same in numpy (`numpy_` figures; the features there are the encoder's state scores).
    In code before the numpy tagger: crfsuite's tagging without the marginals."""
    features = _features_module().features
    try:
        from claimcheck.parse.doubt import tags_with_confidence
        from claimcheck.parse.tagger import MODEL_PATH, loaded
    except ImportError:  # code before the numpy tagger: features as strings, crfsuite
        from claimcheck.parse.tagger import MODEL_PATH, _tagger

        pairs = list(zip(texts, tokens, strict=True))
        tagger = _tagger(MODEL_PATH)
        return {"features_ms": best_ms(lambda: [features(t, k) for t, k in pairs], repeat),
                "tagging_ms": best_ms(lambda: [tagger.tag(features(t, k)) for t, k in pairs],
                                      repeat)}
    pairs = [(t, k) for t, k in zip(texts, tokens, strict=True) if k]
    figures = {
        "features_ms": best_ms(lambda: [features(t, k) for t, k in pairs], repeat),
        "tagging_ms": best_ms(lambda: tags_with_confidence(tokens, MODEL_PATH, False), repeat),
    }
    # (measured after the crfsuite figures: loading the weights sends later lists to numpy)
    encoder = loaded(MODEL_PATH)[1]
    figures["numpy_features_ms"] = best_ms(lambda: encoder.scores([k for _, k in pairs]), repeat)
    figures["numpy_tagging_ms"] = best_ms(lambda: tags_with_confidence(tokens, MODEL_PATH, True),
                                          repeat)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    parser.add_argument("--shared", type=int, default=0, help="also time N shared strings")
    parser.add_argument("--first", type=int, default=0,
                        help="also time the first parse in N fresh processes (cold)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="also time --shared N strings as one list on JOBS processes")
    parser.add_argument("--numpy", action="store_true",
                        help="tag every list in numpy (by default only lists of 500 or more)")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    if args.numpy:
        from claimcheck.parse import tagger

        tagger.NUMPY_FROM = 0  # type: ignore[attr-defined]
    _one_job()
    # Imported here, after --src, so that the version timed is the one asked for.
    from claimcheck.ingest import load_document
    from claimcheck.parse import _clean, parse_entries, patterns
    from claimcheck.parse.tokens import tokenize

    entries = load_document(EXAMPLE).entries
    parse_entries(entries)  # opens the model once, as the first entry of any run does
    texts = [patterns.strip_notes(patterns.split_label(_clean(e.text), e.index)[1])
             for e in entries]
    tokens = [tokenize(t) for t in texts]
    figures = {
        "entries": len(entries),
        "calibration_ms": best_ms(lambda: sum(range(1_000_000)), args.repeat),
        "parse_entries_ms": best_ms(lambda: parse_entries(entries), args.repeat),
        "tokenize_ms": best_ms(lambda: [tokenize(t) for t in texts], args.repeat),
        **_tagging(texts, tokens, args.repeat),
    }
    tagging = figures["numpy_tagging_ms" if args.numpy else "tagging_ms"]  # the parse's way
    figures["rules_and_rest_ms"] = round(
        figures["parse_entries_ms"] - figures["tokenize_ms"] - tagging, 1)
    if args.first:
        figures["first_call_ms"] = first_call_ms(args.src and args.src.resolve(), args.first)
    if args.shared:
        figures["shared_per_s"] = shared_rate(args.shared, one_by_one=True)
        figures["shared_list_per_s"] = shared_rate(args.shared, one_by_one=False)
    if args.shared and args.jobs:
        figures.update(pooled_rate(args.shared, args.jobs))
    for name, value in figures.items():
        print(f"{name:<20}{value:>10}")
    per_entry = figures["parse_entries_ms"] / max(len(entries), 1)
    print(f"{'ms per entry':<20}{per_entry:>10.2f}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
