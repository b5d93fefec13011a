"""A timeline of one `claimcheck claims` run: when each stage begins and ends in the main
process, its threads and its workers, on one clock, with each process's CPU seconds (user +
system) at that moment (issue 17: where the critical path goes, and who waits for whom).

The run is a fresh process (`--src`'s code; bytecode cached unless --no-bytecode) whose
stage functions are wrapped where their callers look them up, as their modules are first
imported (an import hook, so that nothing is imported earlier than the command itself
imports it): reading, the fork, the warm-up, each part's parse and linker entries, the
aside, the results' trip back (sent in the worker, received in the main process's executor
thread), keys, the citations stage's steps, rendering, writing. Every process appends its
events to one file (CLOCK_MONOTONIC is one clock for all of them). A stage missing from a
version of the code is simply not shown.

    .venv/bin/python benchmarks/claims_timeline.py ARTICLE [--src OTHER/src]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

# module -> functions to wrap (name, or "Class.method")
_STAGES = {
    "claimcheck.pipeline.check": ["load_document", "references_of", "check_document"],
    "claimcheck.pipeline.longlist": ["_warm", "_part", "_entries"],
    "claimcheck.parallel": ["_run_aside", "_result", "_in_worker", "Ahead.close"],
    "claimcheck.parse.pool": ["_parse_part"],
    "claimcheck.parse.parser": ["parse_here", "assign_keys"],
    "claimcheck.parse.keys": ["assign_keys"],
    "claimcheck.parse.tagger": ["loaded"],
    "claimcheck.citations.entries": ["entry_fields", "_fields_of", "entries_of"],
    "claimcheck.citations.extract": ["find_callouts", "link_callouts", "split_units",
                                     "build_claims", "link_findings"],
    "claimcheck.commands.run": ["render", "write_atomic"],
    "concurrent.futures.process": ["_sendback_result"],
}

_HOOK = """import importlib.abc, os, sys, threading, time
_fd = os.open(sys.argv.pop(1), os.O_WRONLY | os.O_APPEND)
_STAGES = STAGES_HERE
def _event(label):
    t = os.times()
    os.write(_fd, f"{os.getpid()} {threading.current_thread().name[:10]} "
                  f"{time.monotonic():.4f} {t.user + t.system:.3f} {label}\\n".encode())
def _wrap(owner, name, label):
    inner = getattr(owner, name, None)
    if inner is None:
        return
    def timed(*args, **kwargs):
        _event(label + " begin")
        try:
            return inner(*args, **kwargs)
        finally:
            _event(label + " end")
    for attr in ("__module__", "__qualname__", "__name__"):  # pickles as the original
        setattr(timed, attr, getattr(inner, attr))
    setattr(owner, name, timed)
class _Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in _STAGES:
            return None
        for finder in sys.meta_path:
            if finder is not self and (spec := finder.find_spec(name, path, target)):
                break
        else:
            return None
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            for stage in _STAGES[name]:
                *cls, func = stage.split(".")
                owner = getattr(module, cls[0], None) if cls else module
                if owner is not None:
                    _wrap(owner, func, stage)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, _Hook())
_event("start")
import multiprocessing.connection as _connection
_recv = _connection.Connection.recv
def _received(self):
    item = _recv(self)
    _event(f"received {type(item).__name__}")
    return item
_connection.Connection.recv = _received
sys.argv = ["claimcheck", "claims", *sys.argv[1:], "-q"]
from claimcheck.__main__ import main
try:
    main()
finally:
    _event("main returned")
"""


def timeline(src: Path, article: Path, bytecode: bool) -> list[tuple[str, str, float, float,
                                                                      str]]:
    """(process, thread, seconds from the start, CPU s of the process, event), in time order."""
    env = dict(os.environ, PYTHONPATH=str(src))
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "events"
        log.touch()
        code = _HOOK.replace("STAGES_HERE", repr(_STAGES))
        subprocess.run([sys.executable, "-c", code, str(log), str(article), "-o",
                        str(Path(tmp) / "out.jsonl")], env=env, check=True)
        rows = [line.split(None, 4) for line in log.read_text().splitlines()]
    start = min(float(row[2]) for row in rows)
    names: dict[str, str] = {}
    out = []
    for pid, thread, when, cpu, event in sorted(rows, key=lambda row: float(row[2])):
        process = names.setdefault(pid, "main" if not names else f"worker{len(names)}")
        out.append((process, thread, float(when) - start, float(cpu), event))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--src", type=Path, default=SRC)
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as the environment has it")
    args = parser.parse_args(argv)
    print(f"{'wall s':>7}  {'process':8} {'thread':10} {'CPU s':>6}  event")
    for process, thread, when, cpu, event in timeline(args.src.resolve(), args.article,
                                                      not args.no_bytecode):
        print(f"{when:7.3f}  {process:8} {thread:10} {cpu:6.2f}  {event}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
