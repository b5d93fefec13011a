"""Ctrl-C mid-run: exit code 130, no report file (not even half of one), and a cache that is
intact and still serves what it held, so the next run starts from where this one stopped.

The interrupt is raised by the live client's `search`, which runs after the batched DOI fetch
has been answered and stored, so the cache holds fresh answers at the moment it strikes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.resolve.client import CrossrefClient
from claimcheck.testing import StandinCrossref

from .harness import (
    VERIFIED,
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
