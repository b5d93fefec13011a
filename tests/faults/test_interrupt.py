"""Ctrl-C mid-run: exit code 130, no report file (not even half of one), and a cache that is
intact and still serves what it held, so the next run starts from where this one stopped.

The first interrupt is raised by the live client's `search`, which runs after the batched DOI
fetch has been answered and stored, so the cache holds fresh answers when it strikes; the
second strikes inside the cache's own write, which must then store nothing of that batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from claimcheck.resolve.cache import Cache
from claimcheck.resolve.client import CrossrefClient
from claimcheck.testing import StandinCrossref

from .harness import (
    VERIFIED,
    article,
    cache_rows,
    filter_dois,
    integrity,
    reference_lines,
    verify,
    write_article,
)

# A reference without a DOI, so the run needs a bibliographic search after the fetch.
NO_DOI = (
    "- Kuhn, R. (1957). Treatment of depressive states with an iminodibenzyl derivative "
    "(G 22355). *Schweiz. Med. Wochenschr.* 87, 1135–1140."
)


def _interrupt(self: CrossrefClient, query: str, rows: int = 5) -> object:
    raise KeyboardInterrupt


def test_ctrl_c_writes_no_report_and_keeps_the_cache(
    tmp_path: Path, server: StandinCrossref, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_article(tmp_path, [*reference_lines(VERIFIED[:6]), NO_DOI])
    cache, out = tmp_path / "cache", tmp_path / "out"
    out.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(CrossrefClient, "search", _interrupt)
        result = verify(path, server.url, cache, "-o", str(out / "report.json"))
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert list(out.iterdir()) == []  # no report, no temporary file left behind
    assert integrity(cache) == "ok"
    assert {key for kind, key, _, _ in cache_rows(cache)} == set(VERIFIED[:6])
    interrupted_at = len(server.counters.paths)

    result = verify(path, server.url, cache, "-o", str(out / "report.json"))
    assert result.exit_code == 0, result.stderr
    assert (out / "report.json").is_file()
    rerun = server.counters.paths[interrupted_at:]
    assert filter_dois(rerun) == []  # the DOIs came from the cache
    assert len(rerun) == 1 and "query.bibliographic=" in rerun[0]


class _InterruptedWrite:
    """A cache connection whose bulk insert stores one row and then gets Ctrl-C."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __enter__(self) -> sqlite3.Connection:
        return self._conn.__enter__()

    def __exit__(self, *exc: Any) -> Any:
        return self._conn.__exit__(*exc)

    def executemany(self, sql: str, rows: Iterable[Any]) -> None:
        self._conn.executemany(sql, list(rows)[:1])
        raise KeyboardInterrupt


def test_ctrl_c_inside_a_cache_write_stores_none_of_it(
    tmp_path: Path, server: StandinCrossref, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    assert verify(article(tmp_path, 5), server.url, cache).exit_code == 0
    connect = Cache._connect
    with monkeypatch.context() as patch:
        patch.setattr(Cache, "_connect", lambda self: _InterruptedWrite(connect(self)))
        result = verify(article(tmp_path, 10), server.url, cache)
    assert result.exit_code == 130 and result.stdout == ""
    assert integrity(cache) == "ok"
    assert {key for _, key, _, _ in cache_rows(cache)} == set(VERIFIED[:5])  # all or nothing
    asked_before = len(server.counters.paths)

    assert verify(article(tmp_path, 10), server.url, cache).exit_code == 0
    assert filter_dois(server.counters.paths[asked_before:]) == list(VERIFIED[5:10])
