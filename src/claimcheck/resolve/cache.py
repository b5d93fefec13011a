"""The on-disk answer cache (SQLite); `cached.py` puts it in front of a resolver.

Why stdlib `sqlite3` and not requests-cache: what is worth caching is the answer per DOI, not
per HTTP request. A batch URL (`filter=doi:A,doi:B,...`) almost never repeats with the same
set of DOIs, so an HTTP-level cache would miss on every new article even when each DOI was
seen before; and requests-cache serialises responses with pickle by default. Here each DOI and
each search is one row of our own JSON (see `codec.py`), which needs no extra dependency.

Rules (STYLE habit 6): positive answers are kept long (30 days), NotFound short (1 day: DOIs
get registered late), Unchecked never; writes are transactional; a corrupt or locked database
logs ONE warning and from then on behaves as an empty cache (a broken cache costs speed, never
correctness). Modes: normal, refresh (no reads, still writes), disabled (no file at all).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import platformdirs

log = logging.getLogger(__name__)
K = TypeVar("K", bound=str)  # a cache key: a DOI, a query
V = TypeVar("V")  # what the key's answer decodes to
SCHEMA_VERSION = 1
FILE_NAME = "crossref.sqlite3"
DAY = 86400.0


class CacheMode(StrEnum):
    NORMAL = "normal"
    REFRESH = "refresh"  # ignore what is stored, store what is fetched
    DISABLED = "disabled"


@dataclass(frozen=True, slots=True)
class CacheOptions:
    directory: Path | None = None  # None: platformdirs user cache dir of "claimcheck"
    mode: CacheMode = CacheMode.NORMAL
    found_ttl: float = 30 * DAY
    not_found_ttl: float = 1 * DAY
    search_ttl: float = 30 * DAY
    busy_timeout: float = 2.0  # seconds to wait for another process's write lock
    file_name: str = FILE_NAME  # one file per service (OpenAlex abstracts have their own)


def default_directory() -> Path:
    return Path(platformdirs.user_cache_dir("claimcheck", appauthor=False))


class Cache:
    """Key/value rows `(kind, key) -> JSON text` with an expiry time; thread-safe."""

    def __init__(self, options: CacheOptions, clock: Callable[[], float] = time.time) -> None:
        self.options = options
        self._clock = clock
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._broken = options.mode is CacheMode.DISABLED
        self.path = (options.directory or default_directory()) / options.file_name

    @property
    def readable(self) -> bool:
        return not self._broken and self.options.mode is CacheMode.NORMAL

    def get_many(self, kind: str, keys: Sequence[str]) -> dict[str, str]:
        """Stored, unexpired values of the keys present (empty when unreadable)."""
        if not self.readable or not keys:
            return {}
        found: dict[str, str] = {}
        with self._lock:
            try:
                conn = self._connect()
                for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
                    part = list(keys[start : start + 500])
                    marks = ",".join("?" * len(part))
                    rows = conn.execute(
                        f"SELECT key, body FROM answers WHERE kind = ? AND expires > ? "
                        f"AND key IN ({marks})",
                        [kind, self._clock(), *part],
                    ).fetchall()
                    found.update((str(k), str(b)) for k, b in rows)
            except sqlite3.Error as exc:
                self._break(exc)
                return {}
        return found

    def put_many(self, kind: str, items: Iterable[tuple[str, str, float]]) -> None:
        """Stores `(key, body, ttl)` rows in one transaction (all or nothing)."""
        now = self._clock()
        rows = [(kind, key, body, now + ttl) for key, body, ttl in items]
        if self._broken or not rows:
            return
        with self._lock:
            try:
                conn = self._connect()
                with conn:
                    conn.execute("DELETE FROM answers WHERE expires <= ?", (now,))
                    conn.executemany(
                        "INSERT OR REPLACE INTO answers (kind, key, body, expires) "
                        "VALUES (?, ?, ?, ?)",
                        rows,
                    )
            except sqlite3.Error as exc:
                self._break(exc)

    def read_through(
        self,
        kind: str,
        keys: Sequence[K],
        decode: Callable[[str], V],
        ask: Callable[[list[K]], dict[K, V]],
        rows: Callable[[dict[K, V]], list[tuple[str, str, float]]],
    ) -> tuple[dict[K, V], int]:
        """Cached answers for `keys`, the rest from `ask` (and stored as `rows` says), with
        the number of cache hits. A row `decode` rejects (ValueError) is a miss."""
        found: dict[K, V] = {}
        by_key = {str(key): key for key in keys}
        for key, body in self.get_many(kind, list(by_key)).items():
            try:
                found[by_key[key]] = decode(body)
            except ValueError:
                continue  # an unreadable row is a miss
        hits = len(found)
        missing = [key for key in by_key.values() if key not in found]
        if missing:
            fresh = ask(missing)
            self.put_many(kind, rows(fresh))
            found.update(fresh)
        return found, hits

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise sqlite3.OperationalError(f"cannot create {self.path.parent}: {exc}") from exc
        conn = sqlite3.connect(
            self.path, timeout=self.options.busy_timeout, check_same_thread=False
        )
        try:
            self._prepare(conn)
        except sqlite3.Error:
            conn.close()
            raise
        self._conn = conn
        return conn

    @staticmethod
    def _prepare(conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        with conn:
            if version != SCHEMA_VERSION:  # an older layout: start afresh
                conn.execute("DROP TABLE IF EXISTS answers")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS answers (kind TEXT NOT NULL, key TEXT NOT NULL, "
                "body TEXT NOT NULL, expires REAL NOT NULL, PRIMARY KEY (kind, key))"
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _break(self, exc: sqlite3.Error) -> None:
        if not self._broken:
            log.warning("cache %s unusable (%s); continuing without it", self.path, exc)
        self._broken = True
