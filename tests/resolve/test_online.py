"""Against the real api.crossref.org; run with `pytest -m online` (skipped by default)."""

from __future__ import annotations

import pytest

from claimcheck.model import Candidates, Doi, Found, NotFound
from claimcheck.resolve import ResolverOptions, build_resolver

pytestmark = pytest.mark.online


def test_real_crossref_fetch_and_search() -> None:
    resolver = build_resolver(ResolverOptions(no_cache=True, mailto="claimcheck@example.org"))
    plos, missing = Doi("10.1371/journal.pone.0033693"), Doi("10.1371/notarealdoi")
    answers = resolver.fetch([plos, missing])
    found = answers[plos]
    assert isinstance(found, Found)
    assert any(u.kind == "correction" for u in found.record.updates)
    assert isinstance(answers[missing], NotFound)
    hits = resolver.search(
        "Sadasivan S, Pond BB, Pani AK, Qu C, Jiao Y, Smeyne RJ (2012) Methylphenidate exposure "
        "induces dopamine neuron loss and activation of microglia in the basal ganglia of mice. "
        "PLoS ONE 7(3): e33693"
    )
    assert isinstance(hits, Candidates) and hits.records[0].doi == plos
    resolver.close()
