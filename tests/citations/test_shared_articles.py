"""Linking accuracy on a few small JATS gold articles from ../shared (skipped without it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO.parent / "shared" / "data" / "jats-articles" / "articles"
SMALL = ("elife09853", "elife00240", "journal.pmed.1001186", "journal.pbio.1001289")


def benchmark() -> ModuleType:
    path = REPO / "benchmarks" / "link_accuracy.py"
    spec = importlib.util.spec_from_file_location("link_accuracy", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SMALL)
def test_small_articles_link_completely(name: str) -> None:
    if not (ARTICLES / name / "gold-citations.jsonl").exists():
        pytest.skip("shared jats-articles data not present")
    pytest.importorskip("claimcheck.parse")
    counts = benchmark().measure(ARTICLES / name, raw=True)
    assert counts["found_gold"] == counts["gold_callouts"]
    assert counts["paired_links"] == counts["gold_links"] == counts["predicted_links"]
