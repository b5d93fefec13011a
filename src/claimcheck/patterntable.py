"""The file `patterncache` keeps compiled regular expressions in: what a row holds, how the
file is read and written, and which patterns wait for a second run before they are kept.

The file is JSON text, as the rest of the cache folder is (nothing a load could execute): a
header line, the interpreter's tag and a CRC of the rest, then `[rows, pending]`. A row per
(pattern, flags): the pattern's UTF-8 in hex, the flags, then what `_sre.compile` takes after
the pattern: the final flags, the opcodes (an array's bytes in hex: no escapes to decode), the
groups less one, the group names and their index. `pending`: CRCs of the patterns a run
compiled afresh and did not keep; a pattern is kept when the next run that writes the file
compiles it again, so that the patterns built from one article's names (dozens in a long
list) do not pile up run after run, while a pattern of the code is kept at its second run.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (CPython's regular expression engine)
import json
import os
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, NamedTuple

# One opcode of `_sre` as an array's item (4 bytes on CPython's usual builds); "" where no
# array type fits, and then no table is used.
CODE = next((kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE), "")

Key = tuple[str, int]  # (pattern, flags)
Row = list[Any]


class Table(NamedTuple):
    rows: dict[Key, Row]
    pending: frozenset[int]


def tag() -> str:
    """The interpreter the opcodes belong to."""
    return f"{sys.implementation.name} {sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}"


def file_name() -> str:
    """The table's file, one per interpreter."""
    return f"patterns-{zlib.crc32(tag().encode()):08x}.json"


def mark(key: Key) -> int:
    """A pattern's entry in `pending`."""
    return zlib.crc32(f"{key[1]}:".encode() + key[0].encode("utf-8", "surrogatepass"))


def row(key: Key, arguments: tuple[Any, ...]) -> Row | None:
    """The row of what `re` passed to `_sre.compile` for `key`; None where a part would not
    come back as it went (a name that is not text, an opcode beyond the array's items)."""
    final, code, groups, names, index = arguments[1:]
    try:
        made: Row = [_hex(key[0]), key[1], int(final), array(CODE, code).tobytes().hex(),
                     int(groups), {str(k): int(v) for k, v in names.items()}, list(index)]
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    same = made[5] == names and all(name is None or type(name) is str for name in made[6])
    return made if same else None


def arguments(made: Row) -> tuple[Any, ...]:
    """What `_sre.compile` takes after the pattern, from its row."""
    code = array(CODE, bytes.fromhex(made[3])).tolist()
    return made[2], code, made[4], made[5], tuple(made[6])


def _hex(text: str) -> str:
    """Text as hex of its UTF-8 (lone surrogates, which a pattern may hold, kept as such)."""
    return text.encode("utf-8", "surrogatepass").hex()


def _text(digits: str) -> str:
    return bytes.fromhex(digits).decode("utf-8", "surrogatepass")


def read(path: Path) -> Table:
    """The table in `path`; empty when there is none, for another interpreter, or broken."""
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        if json.loads(head) != [tag(), zlib.crc32(body)]:
            return Table({}, frozenset())
        rows, pending = json.loads(body)
        return Table({(_text(r[0]), r[1]): r for r in rows}, frozenset(map(int, pending)))
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        return Table({}, frozenset())


def write(path: Path, rows: dict[Key, Row], pending: set[int]) -> None:
    """The table written to `path` at once (a temporary file renamed)."""
    import tempfile

    body = json.dumps([list(rows.values()), sorted(pending)], separators=(",", ":")).encode()
    data = json.dumps([tag(), zlib.crc32(body)]).encode() + b"\n" + body
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
