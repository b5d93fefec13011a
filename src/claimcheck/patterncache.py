"""Regular expressions compiled once per machine, not once per run: the CLI's start-up.

A `claimcheck` run compiles ~750 patterns (the parser's rules, the citation readers, the
ingest layouts, rich, typer), and Python's `re` compiles each in pure Python, from scratch, in
every new process: ~0.2 s of CPU for `verify` on the bundled example, a quarter of the run.
What `re` builds from a pattern is a list of integers (its opcodes), which `_sre.compile`
turns into the pattern object in microseconds; this module keeps those lists on disk
(`patterntable`), keyed by the pattern and its flags, and gives `re` a compiler that takes
them from there (`re` keeps its own in-process cache, warnings and checks: only
`re._compiler.compile`, the step after them, is replaced).

Where it can be wrong, it is not used:
- the file's tag names the interpreter exactly (`sys.version`, `_sre.MAGIC`, the code unit
  size), and so does its name: another Python keeps its own file, never reads this one;
- a checksum guards the table: a torn or altered file is no table (a broken cache costs
  speed, never correctness, STYLE habit 6); the file is JSON text, as the rest of the cache
  is: nothing a load could execute;
- a pattern not in the table, bytes patterns and `re.DEBUG` go to `re`'s own compiler;
- a row holds the very arguments `re`'s own compiler passed to `_sre.compile` when it
  compiled that pattern (`_Recorder`): nothing here repeats `re`'s steps, so the table holds
  nothing that `re` itself would not build.

Only the CLI installs it (`cli.main`), once, for its own process; the library never patches
`re`. The file is written when the run ends (atomically) if the run compiled patterns afresh
for at least 10 ms; a pattern is kept at its second run (`patterntable`: not the names of
every article checked), every pattern at once while the table is empty; `--no-cache`
neither reads nor writes it. Its cost: reading the file, ~6 ms for ~1,000 patterns; writing
it, ~10 ms, in the runs that do.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (CPython's regular expression engine)
import atexit
import contextlib
import re
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from claimcheck import patterntable

_MOST = 3000  # rows kept in the file (a run needs ~750-1,100); beyond, only the last run's
# The file is written only when this run spent at least this much CPU time compiling patterns
# afresh (rewriting it costs ~7-10 ms).
_WORTH = 0.010


class _Patterns:
    """The table, `re`'s own compiler, and what this run compiled afresh."""

    def __init__(self, path: Path, table: patterntable.Table,
                 plain: Callable[..., re.Pattern[Any]]) -> None:
        self.path, self.plain = path, plain
        self.rows, self.pending = table.rows, table.pending
        self.fresh = not table.rows  # (an empty table takes every pattern at once)
        self.used: set[patterntable.Key] = set()
        self.missed: set[int] = set()  # `mark`s of the patterns compiled afresh, not kept
        self.new = 0  # patterns kept this run
        self.spent = 0.0  # CPU seconds compiling patterns afresh

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """`re._compiler.compile`: a text pattern from the table (noted when new), a parsed
        one (`re.Scanner`'s) or one to debug by `re`'s own."""
        if type(pattern) is not str or flags & re.DEBUG:
            return self.plain(pattern, flags)
        key = (pattern, int(flags))
        row = self.rows.get(key)  # (opcodes decoded only when used: most runs use few)
        if row is None:
            return self._new(pattern, key)
        self.used.add(key)
        compiled: re.Pattern[Any] = _sre.compile(pattern, *patterntable.arguments(row))
        return compiled

    def _new(self, pattern: str, key: patterntable.Key) -> re.Pattern[Any]:
        """A pattern the table does not hold: compiled by `re` itself, which hands its
        opcodes to `_sre.compile` (`_Recorder`); those very arguments are its row."""
        started = time.process_time()
        _RECORDER.last.arguments = None
        compiled = self.plain(pattern, key[1])
        arguments = _RECORDER.last.arguments
        row = patterntable.row(key, arguments) if arguments is not None else None
        if row is not None and arguments is not None and arguments[0] is pattern:
            mark = patterntable.mark(key)
            if self.fresh or mark in self.pending:
                self.rows[key] = row
                self.used.add(key)
                self.new += 1
            else:
                self.missed.add(mark)
        self.spent += time.process_time() - started
        return compiled

    def save(self) -> None:
        """The table written back when this run kept patterns or met new ones, at a cost
        worth a rewrite (never raises)."""
        if self.spent < _WORTH or not (self.new or self.missed - self.pending):
            return
        rows = self.rows if len(self.rows) <= _MOST else {
            key: self.rows[key] for key in self.used}
        # (no cache directory, a full disk: the next run compiles again)
        with contextlib.suppress(OSError, ValueError):
            patterntable.write(self.path, rows, self.missed)


class _Recorder:
    """`_sre` as `re._compiler` sees it while installed: the same module, except that the
    arguments of the last `compile` in each thread are kept (an opcode list is all that
    `re`'s pure-Python compiler makes; `_sre.compile` builds the pattern from it)."""

    def __init__(self) -> None:
        self.last = threading.local()
        for name in dir(_sre):  # (its other names as attributes: `__getattr__` costs a call)
            if not name.startswith("__") and name != "compile":
                setattr(self, name, getattr(_sre, name))

    def compile(self, *arguments: Any) -> Any:
        self.last.arguments = arguments
        return _sre.compile(*arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


_RECORDER = _Recorder()


def directory(argv: Sequence[str]) -> Path | None:
    """Where the CLI run given `argv` keeps its caches (`--cache-dir`, else the user's cache
    directory); None with `--no-cache`."""
    if "--no-cache" in argv:
        return None
    for i, arg in enumerate(argv):
        if arg == "--cache-dir" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--cache-dir="):
            return Path(arg.partition("=")[2])
    import platformdirs  # (as resolve.cache's default: without its sqlite3 and logging)

    return Path(platformdirs.user_cache_dir("claimcheck", appauthor=False))


_installed: list[_Patterns] = []


def install(where: Path | None) -> None:
    """`re` compiles from the table in `where` for the rest of this process (once; nothing
    when `where` is None or this Python's `re` has no such steps)."""
    if where is None or _installed:
        return
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:
        return
    if getattr(_compiler, "_sre", None) is not _sre or not hasattr(_compiler, "compile") \
            or not patterntable.CODE:
        return
    path = where / patterntable.file_name()
    patterns = _Patterns(path, patterntable.read(path), _compiler.compile)
    _compiler._sre = _RECORDER
    _compiler.compile = patterns.compile
    _installed.append(patterns)
    atexit.register(patterns.save)


def uninstall() -> None:
    """`re`'s own compiler back, the table saved (for tests)."""
    from re import _compiler  # type: ignore[attr-defined]

    while _installed:
        patterns = _installed.pop()
        _compiler.compile = patterns.plain
        _compiler._sre = _sre
        atexit.unregister(patterns.save)
        patterns.save()
