"""build_resolver: how options compose snapshot, cache and live client; the example snapshot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import Candidates, Doi, Found, NotFound, Unchecked
from claimcheck.resolve import ResolverError, ResolverOptions, ResolverStats, build_resolver
from claimcheck.resolve.cached import CachedResolver
from claimcheck.resolve.chain import DeferredResolver
from claimcheck.testing import StandinCrossref, StandinOptions
from tests.conftest import SNAPSHOT

FAST = StandinOptions(rate_limit=1000, concurrency=3)


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_offline_without_snapshot_checks_nothing(tmp_path: Path) -> None:
    resolver = build_resolver(ResolverOptions(offline=True, cache_dir=tmp_path))
    assert resolver.fetch([Doi("10.1/a")]) == {Doi("10.1/a"): Unchecked(reason="offline")}
    assert resolver.search("anything") == Unchecked(reason="offline")


def test_offline_answers_from_snapshot_then_cache(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    snapshot = _write(tmp_path / "snap.jsonl", messages[:1])
    cache_dir = tmp_path / "cache"
    with StandinCrossref(messages, FAST) as server:  # an earlier online run fills the cache
        online = build_resolver(ResolverOptions(crossref_url=server.url, cache_dir=cache_dir))
        online.fetch([Doi("10.1000/beta"), Doi("10.1000/typo")])
        online.close()
    stats = ResolverStats()
    offline = build_resolver(
        ResolverOptions(offline=True, snapshot=snapshot, cache_dir=cache_dir), stats
    )
    answers = offline.fetch(
        [Doi("10.1000/alpha"), Doi("10.1000/beta"), Doi("10.1000/typo"), Doi("10.1000/new")]
    )
    assert isinstance(answers[Doi("10.1000/alpha")], Found)  # snapshot
    assert isinstance(answers[Doi("10.1000/beta")], Found)  # cache
    assert isinstance(answers[Doi("10.1000/typo")], NotFound)  # cached 404 from the live run
    assert answers[Doi("10.1000/new")] == Unchecked(reason="offline")
    assert stats.counts().requests == 0
    assert stats.counts().cache_hits == 2


def test_snapshot_search_falls_back_to_live(tmp_path: Path, messages: list[dict[str, Any]]) -> None:
    snapshot = _write(tmp_path / "snap.jsonl", messages[:1])
    with StandinCrossref(messages, FAST) as server:
        options = ResolverOptions(crossref_url=server.url, snapshot=snapshot, no_cache=True)
        resolver = build_resolver(options)
        from_snapshot = resolver.search("Berman 2000 Ketamine and the antidepressant response")
        from_live = resolver.search("Eriksson 1998 Neurogenesis in the adult hippocampus")
        resolver.close()
    assert isinstance(from_snapshot, Candidates) and isinstance(from_live, Candidates)
    assert from_snapshot.records[0].doi == "10.1000/alpha"
    assert from_live.records[0].doi == "10.1000/beta"
    assert server.counters.routes["works"] == 1


def test_no_cache_writes_nothing(tmp_path: Path, messages: list[dict[str, Any]]) -> None:
    with StandinCrossref(messages, FAST) as server:
        options = ResolverOptions(crossref_url=server.url, cache_dir=tmp_path, no_cache=True)
        resolver = build_resolver(options)
        assert isinstance(resolver.fetch([Doi("10.1000/alpha")])[Doi("10.1000/alpha")], Found)
        resolver.close()
    assert list(tmp_path.iterdir()) == []


def test_setup_errors(tmp_path: Path) -> None:
    with pytest.raises(ResolverError):
        build_resolver(ResolverOptions(crossref_url="ftp://example.org", cache_dir=tmp_path))
    with pytest.raises(ResolverError):
        build_resolver(ResolverOptions(offline=True, snapshot=tmp_path / "missing.jsonl"))


def test_example_snapshot_has_no_private_fields(shared_dir: Path) -> None:
    seed = shared_dir / "data" / "seed-crossref" / "records.jsonl"
    if not seed.is_file():
        pytest.skip("seed records absent")
    rows = [json.loads(line) for line in SNAPSHOT.read_text(encoding="utf-8").splitlines()]
    seeds = [json.loads(line) for line in seed.read_text(encoding="utf-8").splitlines() if line]
    assert all(not k.startswith("x-") for row in rows for k in row)
    assert rows == [{k: v for k, v in s.items() if not k.startswith("x-")} for s in seeds]


def test_example_runs_offline_from_its_snapshot(tmp_path: Path) -> None:
    options = ResolverOptions(offline=True, snapshot=SNAPSHOT, cache_dir=tmp_path)
    resolver = build_resolver(options)
    dois = [Doi(json.loads(line)["DOI"].lower()) for line in SNAPSHOT.read_text().splitlines()]
    answers = resolver.fetch(dois)
    assert len(answers) == 93 and all(isinstance(a, Found) for a in answers.values())
    absent = Doi("10.1021/acchemneuro.9b00288")  # printed with a typo: not in the snapshot
    assert resolver.fetch([absent])[absent] == Unchecked(reason="offline")


def test_prepare_builds_the_live_client_only_when_the_cache_cannot_answer(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    with StandinCrossref(messages) as server:
        options = ResolverOptions(crossref_url=server.url, cache_dir=tmp_path)
        first = build_resolver(options)
        doi = Doi(messages[0]["DOI"])
        first.fetch([doi])
        first.close()
        warm = build_resolver(options)
        assert isinstance(warm, CachedResolver) and isinstance(warm.inner, DeferredResolver)
        warm.prepare([doi])
        assert warm.inner._inner.built is None  # all cached: no session, no requests import
        warm.prepare([Doi("10.1000/not-cached")])
        assert warm.inner._inner.built is not None  # built now, on this thread
        warm.close()
        assert server.counters.requests == 1  # preparing asks nothing
