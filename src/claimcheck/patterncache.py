"""Regular expressions compiled once per machine, not once per run: the CLI's start-up.

A `claimcheck` run compiles ~750 patterns (the parser's rules, the citation readers, the
ingest layouts), and Python's `re` compiles each in pure Python, from scratch, in every new
process: ~100 ms of CPU for `verify` on the bundled example, a fifth of the whole run. What
`re` builds from a pattern is a list of integers (its bytecode), which `_sre.compile` turns
into the pattern object in microseconds; this module keeps those lists on disk, keyed by the
pattern and its flags, and gives `re` a compiler that takes them from there (`re` keeps its
own in-process cache, warnings and checks: only `re._compiler.compile`, the step after them,
is replaced).

Where it can be wrong, it is not used:
- the file's tag names the interpreter exactly (`sys.version`, `_sre.MAGIC`, the code unit
  size), and so does its name: another Python keeps its own file, never reads this one;
- a checksum guards the table: a torn or altered file is no table (a broken cache costs
  speed, never correctness, STYLE habit 6); the file is JSON text (the opcodes in hex), as
  the rest of the cache is: nothing a load could execute;
- a pattern not in the table, bytes patterns and `re.DEBUG` go to `re`'s own compiler;
- an entry holds the very arguments `re`'s own compiler passed to `_sre.compile` when it
  compiled that pattern (`_Recorder`): nothing here repeats `re`'s steps, so the table holds
  nothing that `re` itself would not build.

Only the CLI installs it (`cli.main`), once, for its own process; the library never patches
`re`. New patterns are added to the file when the run ends (atomically: a temporary file
renamed); a run with `--no-cache` neither reads nor writes it. Its cost: reading the file,
~6 ms for ~1,000 patterns; writing it, ~10 ms, in the runs that add to it.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (CPython's regular expression engine)
import atexit
import contextlib
import json
import os
import re
import sys
import threading
import time
import zlib
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_MOST = 5000  # entries kept in the file (a run needs ~750); beyond, only the last run's
# The file is written again only when this run compiled at least two patterns it did not
# hold, spending at least this much CPU time on them (rewriting it costs ~7 ms): one pattern
# built from the input, new in every run, would otherwise rewrite and grow it every time.
_WORTH = 0.010

# One opcode of `_sre` as an array's item (4 bytes on CPython's usual builds).
_CODE = next((kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE), "")

# A table row, per (pattern, flags): the pattern's UTF-8 in hex, the flags, then what
# `_sre.compile` takes after the pattern: the final flags, the opcodes (an array's bytes in
# hex), the groups less one, the group names and their index.
Row = list[Any]


def _tag() -> str:
    """The interpreter the bytecode belongs to."""
    return f"{sys.implementation.name} {sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}"


def file_name() -> str:
    """The table's file, one per interpreter."""
    return f"patterns-{zlib.crc32(_tag().encode()):08x}.json"


class _Patterns:
    """The table, `re`'s own compiler, and what this run added."""

    def __init__(self, path: Path, table: dict[tuple[str, int], Row],
                 plain: Callable[..., re.Pattern[Any]]) -> None:
        self.path, self.table, self.plain = path, table, plain
        self.used: set[tuple[str, int]] = set()
        self.spent = 0.0  # CPU seconds compiling patterns the table did not hold
        self.new = 0  # how many

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """`re._compiler.compile`: a text pattern from the table (added to it when new), a
        parsed one (`re.Scanner`'s) or one to debug by `re`'s own."""
        if type(pattern) is not str or flags & re.DEBUG:
            return self.plain(pattern, flags)
        key = (pattern, int(flags))
        row = self.table.get(key)  # (opcodes decoded only when used: most runs use few)
        if row is None:
            return self._new(pattern, key)
        self.used.add(key)
        code = array(_CODE, bytes.fromhex(row[3])).tolist()
        compiled: re.Pattern[Any] = _sre.compile(pattern, row[2], code, row[4], row[5],
                                                 tuple(row[6]))
        return compiled

    def _new(self, pattern: str, key: tuple[str, int]) -> re.Pattern[Any]:
        """A pattern the table does not hold: compiled by `re` itself, which hands its
        bytecode to `_sre.compile` (`_Recorder`); those very arguments are kept."""
        started = time.process_time()
        _RECORDER.last.arguments = None
        compiled = self.plain(pattern, key[1])
        arguments = _RECORDER.last.arguments
        row = _row(pattern, key[1], arguments) if arguments is not None else None
        if row is not None and arguments is not None and arguments[0] is pattern:
            self.table[key] = row
            self.used.add(key)
            self.new += 1
        self.spent += time.process_time() - started
        return compiled

    def save(self) -> None:
        """The table written back when this run added to it (never raises)."""
        if self.new < 2 or self.spent < _WORTH:
            return
        kept = self.table if len(self.table) <= _MOST else {
            key: self.table[key] for key in self.used}
        # (no cache directory, a full disk: the next run compiles again)
        with contextlib.suppress(OSError, ValueError):
            _write(self.path, kept)


def _row(pattern: str, flags: int, arguments: tuple[Any, ...]) -> Row | None:
    """The table's row of what `re` passed to `_sre.compile`; None where a part would not
    come back as it went (a name that is not text, an opcode beyond the array's items)."""
    final, code, groups, names, index = arguments[1:]
    try:
        row: Row = [_hex(pattern), flags, int(final), array(_CODE, code).tobytes().hex(),
               int(groups), {str(k): int(v) for k, v in names.items()}, list(index)]
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    same = row[5] == names and all(name is None or type(name) is str for name in row[6])
    return row if same else None


def _hex(text: str) -> str:
    """Text as hex of its UTF-8 (lone surrogates, which a pattern may hold, kept as such)."""
    return text.encode("utf-8", "surrogatepass").hex()


def _text(digits: str) -> str:
    return bytes.fromhex(digits).decode("utf-8", "surrogatepass")


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


def _read(path: Path) -> dict[tuple[str, int], Row]:
    """The table in `path`; empty when there is none, for another interpreter, or broken.
    The file: a header line (tag and checksum of the rest), then the rows as one JSON list."""
    try:
        head, _, rows = path.read_bytes().partition(b"\n")
        if json.loads(head) != [_tag(), zlib.crc32(rows)]:
            return {}
        return {(_text(row[0]), row[1]): row for row in json.loads(rows)}
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        return {}


def _write(path: Path, table: dict[tuple[str, int], Row]) -> None:
    import tempfile

    rows = json.dumps(list(table.values()), separators=(",", ":")).encode()
    data = json.dumps([_tag(), zlib.crc32(rows)]).encode() + b"\n" + rows
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
            or not _CODE:
        return
    path = where / file_name()
    patterns = _Patterns(path, _read(path), _compiler.compile)
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
