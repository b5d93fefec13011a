"""The body's numeric callouts found ahead (while a long list is parsed) are the ones the
citations stage finds itself; they are handed to it, never kept in the library between
calls, so each body is searched once and threads do not share what one found."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from claimcheck import parallel
from claimcheck.citations import extract, extract_claims, scan_ahead
from claimcheck.citations.numeric import find_numeric
from claimcheck.ingest import load_document
from claimcheck.model import Callout
from claimcheck.parse import parse_entries, pool
from claimcheck.pipeline.check import CheckOptions, check
from tests.conftest import EXAMPLE

CLAIMS = CheckOptions(parts=frozenset({"references", "claims"}))


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The real `find_numeric`, each call's body length noted."""
    calls: list[int] = []

    def counted(body: str, count: int) -> tuple[Callout, ...]:
        calls.append(len(body))
        return find_numeric(body, count)

    monkeypatch.setattr(extract, "find_numeric", counted)
    return calls


def test_callouts_found_ahead_give_the_same_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    document = load_document(EXAMPLE)
    references = parse_entries(document.entries)
    alone = extract_claims(document.body, references)
    found = scan_ahead(document.body, len(references))
    calls = _counted(monkeypatch)
    assert extract_claims(document.body, references, numeric=found) == alone  # no search
    assert not calls
    assert extract_claims(document.body, references) == alone  # none handed: it searches
    assert len(calls) == 1


def test_a_long_list_parsed_on_workers_searches_the_body_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = check(EXAMPLE, CLAIMS)
    monkeypatch.setattr(pool, "POOL_FROM", 20)  # the example's 98 entries count as long
    monkeypatch.setattr(parallel, "_setting", {"jobs": 2})
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    ran: list[float] = []
    in_parts = parallel.in_parts

    def watched(items: Sequence[object], work: object, least: int,
                aside: parallel.Aside | None = None) -> object:
        ran.append(aside.share if aside else -1.0)
        return in_parts(items, work, least, aside)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "in_parts", watched)
    calls = _counted(monkeypatch)
    report = check(EXAMPLE, CLAIMS)
    assert len(ran) == 1 and ran[0] > 0  # the scan went aside while workers parsed
    assert calls == [len(load_document(EXAMPLE).body)]
    assert report.claims == alone.claims


def test_checks_in_threads_each_search_their_own_body_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    start = text.lower().find("# references")
    other = tmp_path / "other.md"  # the example with its body cut in half
    other.write_text(text[: start // 2] + "\n\n" + text[start:], encoding="utf-8")
    alone = {path: check(path, CLAIMS).claims for path in (EXAMPLE, other)}
    calls = _counted(monkeypatch)
    got: list[bool] = []

    def run(path: Path) -> None:
        got.extend(check(path, CLAIMS).claims == alone[path] for _ in range(3))

    threads = [threading.Thread(target=run, args=(path,)) for path in (EXAMPLE, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == [True] * 6
    assert len(calls) == 6


def test_the_pipeline_scans_ahead_only_when_claims_are_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bodies: list[int] = []

    def scan(body: str, count: int) -> tuple[Callout, ...]:
        bodies.append(count)
        return find_numeric(body, count)

    monkeypatch.setattr("claimcheck.citations.scan_ahead", scan)
    check(EXAMPLE, CheckOptions(parts=frozenset({"references"})))
    assert not bodies
    report = check(EXAMPLE, CLAIMS)
    assert bodies == [len(report.references)]
