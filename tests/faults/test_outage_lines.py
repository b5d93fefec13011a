"""The one stderr line per unreachable service: which, where, why, how much, what to do."""

from __future__ import annotations

import pytest

from claimcheck.commands.outages import notice_lines
from claimcheck.model import Reference, ReferenceResult, Report
from claimcheck.resolve.breaker import CAUSES, Outage


def _report(statuses: list[str]) -> Report:
    results = tuple(ReferenceResult(Reference(id=f"r{i}", index=i, line=i, raw="x"), status)
                    for i, status in enumerate(statuses, 1))
    return Report(input="a.md", references=results, complete="unchecked" not in statuses)


@pytest.mark.parametrize(("cause", "advice"), [
    ("DNS", "check --crossref-url and the network"),
    ("refused", "check --crossref-url (host and port)"),
    ("no route", "check the network or --crossref-url"),
    ("TLS", "REQUESTS_CA_BUNDLE"),
    ("proxy", "check HTTPS_PROXY / NO_PROXY"),
])
def test_one_line_per_service_with_cause_count_and_advice(cause: str, advice: str) -> None:
    report = _report(["unchecked", "verified", "unchecked"])
    [line] = notice_lines([Outage("Crossref", "api.example", cause)], [report], {})
    assert line.startswith(f"claimcheck: Crossref unreachable at api.example ({cause}: ")
    assert CAUSES[cause] in line and "2 references unchecked" in line and advice in line
    assert "--offline" in line


def test_two_reports_are_counted_together_and_nothing_is_said_without_outages() -> None:
    reports = [_report(["unchecked"]), _report(["unchecked", "unchecked"])]
    [line] = notice_lines([Outage("Crossref", "h", "refused")], reports, {})
    assert "3 references unchecked" in line
    assert notice_lines([], reports, {}) == []
