"""Pipeline layer: parsed reference entries kept between runs, so a warm run parses nothing.

The same article checked again holds the same entries, and the same code parses them into
the same references; yet parsing (the CRF tagger and the rule layers) is a third of a warm
`claimcheck dois`. `ParsedEntries` keeps each entry's parse in the answer cache's folder
(`parsed.sqlite3`), keyed by the entry's text and position in the list and by a fingerprint
of the installed claimcheck: the size and modification time of every module and model file
of the package, so that any change to the code or a model parses afresh. Keys unique
within the list are assigned afterwards (`assign_keys`), as after a fresh parse, and each
reference takes its line in this input. A row that does not decode is a miss; a broken file
costs speed, never correctness (the cache's rule: one warning, then no cache).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Author, Reference

FILE_NAME = "parsed.sqlite3"
_AUTHORS = ("authors", "editors")
_TUPLES = ("notes", "doubtful")


@dataclass(frozen=True, slots=True)
class KeepParsed:
    """Where parsed entries are kept: a cache folder (None: the platform's user cache) and
    whether rows are read (`refresh`: only written, as for the answer cache)."""

    directory: Path | None = None
    refresh: bool = False


@cache
def fingerprint() -> str:
    """Changes whenever a file of the installed package changes (code or model)."""
    from claimcheck import __version__

    root = Path(__file__).resolve().parents[1]
    stats = sorted(_file_stats(str(root), ""), key=lambda row: row[0].split("/"))  # as Paths sort
    return hashlib.sha256(repr((__version__, stats)).encode()).hexdigest()[:16]


def _file_stats(folder: str, prefix: str) -> list[tuple[str, int, int]]:
    """(relative path, mtime_ns, size) of each code or model file under `folder`: one stat
    per file from scandir (rglob and Path.stat cost a warm run 2% of its instructions)."""
    rows = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir() and entry.name != "__pycache__":  # which holds only .pyc
                rows += _file_stats(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith((".py", ".crfsuite", ".json")) and entry.is_file():
                info = entry.stat()
                rows.append((prefix + entry.name, info.st_mtime_ns, info.st_size))
    return rows


def reference_to_json(reference: Reference) -> str:
    return json.dumps(dataclasses.asdict(reference), ensure_ascii=False)


def _authors(value: Any) -> tuple[Author, ...]:
    if not isinstance(value, list):
        raise ValueError("authors must be a list")
    return tuple(Author(**person) for person in value)


def reference_from_json(text: str) -> Reference:
    """Strict: ValueError unless `text` is a reference as `reference_to_json` writes it."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        data.update({name: _authors(data[name]) for name in _AUTHORS})
        data.update({name: tuple(data[name]) for name in _TUPLES})
        return Reference(**data)
    except (TypeError, KeyError) as exc:
        raise ValueError(f"not a parsed reference: {exc}") from exc


def _key(entry: RawEntry) -> str:
    text = f"{fingerprint()}\n{entry.index}\n{entry.text}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _parse_missing(entries: dict[str, RawEntry]) -> dict[str, Reference]:
    """The entries not kept, parsed in one tagger pass (as `parse_entries` does: a long list
    is tagged in batches) and keyed as if alone; the parser (its rule modules' patterns, the
    model) is imported only here, so a run that finds every entry kept never imports it."""
    from claimcheck.parse import parse_entries_with
    from claimcheck.parse.tagger import MODEL_PATH

    return dict(zip(entries, parse_entries_with(list(entries.values()), MODEL_PATH), strict=True))


class ParsedEntries:
    """Parses entries, reading the ones parsed before from the cache and keeping the rest."""

    def __init__(self, keep: KeepParsed) -> None:
        # the cache (sqlite3, the resolver's package) only where entries are kept: `dois` and
        # `verify`, not `refs` nor `claims` (start-up time counts)
        from claimcheck.resolve.cache import Cache, CacheMode, CacheOptions

        mode = CacheMode.REFRESH if keep.refresh else CacheMode.NORMAL
        self._cache = Cache(CacheOptions(directory=keep.directory, mode=mode,
                                         file_name=FILE_NAME))

    def parse(self, entries: Sequence[RawEntry]) -> tuple[Reference, ...]:
        from claimcheck.parse.keys import assign_keys
        from claimcheck.resolve.cache import DAY

        by_key = {_key(entry): entry for entry in entries}  # an entry's index is its own
        kept, _ = self._cache.read_through(
            "parse", list(by_key), reference_from_json,
            lambda missing: _parse_missing({key: by_key[key] for key in missing}),
            lambda fresh: [(key, reference_to_json(r), 30 * DAY) for key, r in fresh.items()])
        return assign_keys(dataclasses.replace(kept[key], line=entry.line)
                           for key, entry in by_key.items())

    def close(self) -> None:
        self._cache.close()
