"""Where one entry's parse goes: CPU time per stage and per rule function, per entry.

Usage:
    .venv/bin/python benchmarks/parse_profile.py [--shared 2000] [--repeat 2] [--src DIR]
                                                 [--all] [--one-by-one]

Parses the bundled example (crfsuite path) or, with `--shared N`, the first N grobid strings
as one list (numpy path, one process), each run from a cold token cache, with a
`time.perf_counter` wrapper put around every stage of `parse/parser.py` and every rule that
`repair`, `author_run_start` and `title_and_container` run (about 0.2 µs per wrapped call,
small beside the microseconds each takes). `--all` wraps every function defined in a
`claimcheck.parse` module instead (where it is defined and wherever a parse module imported it
by name; cached functions are left out), so that no rule hides in an unwrapped caller's own
time. `--one-by-one` parses each entry alone (`parse_entry`, crfsuite's way: a string parsed
alone), as issue 17's first throughput figure does. Prints µs per entry and the share of the
whole for each, largest first; nested functions are counted in their caller too. For the
load-independent figure, count instructions instead (docs/benchmarks/scale.md, session 10).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import FunctionType
from typing import Any

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "colla2021" / "review.md"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

_WRAPPED = {
    "claimcheck.parse.parser": (
        "_prepare", "_clean", "note_number", "read_note", "_back", "tokenize",
        "tags_with_confidence", "_finish", "emphasised", "repair", "runs", "first_runs",
        "tidy_numbers", "_with_chapter", "given_first_title", "split_names", "key_of", "_url",
        "_doi", "_abbreviation_stop", "doubtful_fields"),
    "claimcheck.parse.repair": (
        "_fill_gaps", "_one_label", "author_run_start", "uncued_editors",
        "_year_suffix_in_date", "_year_closing_the_title", "_date_ends_at_bracket",
        "document_code_closes_title", "title_and_container", "_year_inside_the_title",
        "family_after_initials", "glued_numbers", "wordless_runs", "locators"),
    "claimcheck.parse.authors": (
        "_leading_author", "_author_ends_at_full_stop", "_vancouver_list_end",
        "vancouver_without_stop", "run_together_end", "run_together_start", "_ends_at_et_al",
        "_ends_at_colon", "_editors_first"),
    "claimcheck.parse.boundaries": (
        "note_out_of_title", "_double_slash", "_abbreviations_to_container", "quoted_title",
        "_in_container", "_translator_out_of_container", "title_or_container", "settle"),
}


def _wrap(spent: dict[str, float], calls: dict[str, int]) -> None:
    """Every function named in _WRAPPED replaced, in its module, by a timing wrapper."""
    for module_name, names in _WRAPPED.items():
        module = importlib.import_module(module_name)
        for name in names:
            if not hasattr(module, name):  # a rule renamed or gone in another version
                continue
            key = f"{module_name.rsplit('.', 1)[1]}.{name}"
            setattr(module, name, _timed(getattr(module, name), key, spent, calls))


def _wrap_all(spent: dict[str, float], calls: dict[str, int]) -> None:
    """Every function defined in a parse module wrapped, in its module and in every parse
    module that holds it by name (`from ... import name`)."""
    modules = [module for name, module in list(sys.modules.items())
               if name.startswith("claimcheck.parse.") and module is not None]
    wrapped: dict[Any, Any] = {}
    for module in modules:
        short = module.__name__.rsplit(".", 1)[1]
        for name, value in vars(module).items():
            if isinstance(value, FunctionType) and value.__module__ == module.__name__:
                wrapped[value] = _timed(value, f"{short}.{name}", spent, calls)
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, FunctionType) and value in wrapped:
                setattr(module, name, wrapped[value])


def _timed(function: Callable[..., Any], key: str, spent: dict[str, float],
           calls: dict[str, int]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - started
            calls[key] += 1
    return timed


def _entries(shared: int) -> list[Any]:
    from claimcheck.ingest import load_document
    from claimcheck.ingest.interface import RawEntry

    if not shared:
        return list(load_document(EXAMPLE).entries)
    path = SHARED / "refstrings-grobid" / "refstrings.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["string"] for line in itertools.islice(lines, shared)]
    return [RawEntry(text=t, index=i + 1, line=i) for i, t in enumerate(texts)]


def _cold() -> None:
    from claimcheck.parse import tokenfeatures
    from claimcheck.parse.tagger import _LOADED

    tokenfeatures._facts.cache_clear()
    for shapes in ("_runs_cut", "_shape_name"):  # the token shapes' own cache (by version)
        if hasattr(tokenfeatures, shapes):
            getattr(tokenfeatures, shapes).cache_clear()
    for _, encoder in _LOADED.values():
        encoder.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=int, default=0, help="the first N grobid strings")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--src", type=Path, help="import claimcheck from this directory")
    parser.add_argument("--all", action="store_true", help="wrap every parse function")
    parser.add_argument("--one-by-one", action="store_true", help="parse each entry alone")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    from claimcheck import parallel
    from claimcheck.parse import parser as parse

    parallel.set_jobs(1)
    entries = _entries(args.shared)
    parse.parse_entries(entries)  # the model open and the modules imported, as after a first list
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    (_wrap_all if args.all else _wrap)(spent, calls)
    started = time.perf_counter()
    for _ in range(args.repeat):
        _cold()
        if args.one_by_one:
            for entry in entries:
                parse.parse_entry(entry)
        else:
            parse.parse_entries(entries)
    whole = (time.perf_counter() - started) / args.repeat
    count = len(entries)
    print(f"{count} entries: {whole * 1000:.1f} ms a parse, {whole / count * 1e6:.0f} µs an entry")
    for key, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        each = seconds / args.repeat
        print(f"{key:48}{calls[key] // args.repeat:7d} calls {each / count * 1e6:8.1f} µs/entry"
              f" {each / whole * 100:6.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
