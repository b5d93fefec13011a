"""Bad 200 bodies: malformed JSON, an empty body, a `message-type` that is not a work list.
A 200 is not retried; the lookups it should have answered are `unchecked`, never `not found`,
and nothing of the bad body reaches the cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.testing import Fault, StandinCrossref

from .harness import VERIFIED, article, assert_unchecked, assert_verified, cache_rows, verify


@pytest.mark.parametrize("kind", ["malformed", "empty", "wrong-type"])
def test_a_bad_body_leaves_its_lookups_unchecked(
    tmp_path: Path, server: StandinCrossref, kind: str
) -> None:
    path, cache = article(tmp_path, 5), tmp_path / "cache"
    server.inject(Fault(kind=kind))
    assert_unchecked(verify(path, server.url, cache), VERIFIED[:5])
    assert server.counters.requests == 1
    assert not (cache / "crossref.sqlite3").exists() or cache_rows(cache) == []

    assert_verified(verify(path, server.url, cache))  # the next run asks again
    assert server.counters.requests == 2
