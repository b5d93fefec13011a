"""build_abstract_source: the snapshot -> cache -> OpenAlex stack, offline and live."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import responses

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources import (
    CachedSource,
    ChainSource,
    FoundAbstract,
    OfflineSource,
    OpenAlexClient,
    SourceError,
    SourceOptions,
    build_abstract_source,
)
from claimcheck.sources.chain import DeferredSource

from .conftest import BASE, MISSING, PEERJ, PLOS, page, work


def _snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "openalex.jsonl"
    path.write_text(json.dumps(work(PEERJ, "Open access grows every year")) + "\n")
    return path


def test_offline_with_snapshot_answers_without_network(tmp_path: Path) -> None:
    options = SourceOptions(offline=True, snapshot=_snapshot(tmp_path), cache_dir=tmp_path)
    source = build_abstract_source(options)
    assert isinstance(source, ChainSource)
    answers = source.abstracts([Doi(PEERJ), Doi(MISSING)])
    assert isinstance(answers[Doi(PEERJ)], FoundAbstract)
    assert answers[Doi(MISSING)] == Unchecked(reason="offline")
    source.close()


def test_offline_without_cache_is_the_offline_source() -> None:
    assert isinstance(
        build_abstract_source(SourceOptions(offline=True, no_cache=True)), OfflineSource
    )


def test_setup_errors_are_source_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="OpenAlex URL"):
        build_abstract_source(SourceOptions(openalex_url="openalex", no_cache=True))
    with pytest.raises(SourceError, match="not found"):
        build_abstract_source(SourceOptions(snapshot=tmp_path / "absent.jsonl"))


@responses.activate
def test_live_stack_caches_answers_between_runs(tmp_path: Path) -> None:
    responses.get(
        re.compile(re.escape(BASE) + r"/works\?.*"),
        json=page([work(PEERJ, "Open access grows every year"), work(PLOS, None)]),
    )
    options = SourceOptions(openalex_url=BASE, mailto="me@example.org", cache_dir=tmp_path)
    stats = ResolverStats()
    first = build_abstract_source(options, stats)
    assert isinstance(first, CachedSource) and isinstance(first.inner, DeferredSource)
    first.abstracts([Doi(PEERJ), Doi(PLOS)])
    assert isinstance(first.inner._inner.built, OpenAlexClient)  # built on the first question
    first.close()
    second = build_abstract_source(options, stats)
    answers = second.abstracts([Doi(PEERJ), Doi(PLOS)])
    second.close()
    assert isinstance(answers[Doi(PEERJ)], FoundAbstract)
    assert len(responses.calls) == 1 and stats.counts().cache_hits == 2
    assert "&mailto=me@example.org" in (responses.calls[0].request.url or "")
