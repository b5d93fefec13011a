"""Command layer: what a run says on stderr besides its summary when a service was not there.

One line per service found unreachable (the per-host breaker in `resolve/breaker.py`): which
service, why, how much was left unchecked, and what to do about it. And one line when the
support stage could not get abstracts (OpenAlex unreachable or failing) although the
references were checked: those claims were not judged, the reference findings stand.

Exit codes do not change here; the one rule lives in `run.exit_code`: 3 when any reference
could not be checked, whatever the command; abstracts that could not be fetched are reported,
never an exit 3 (support findings are advice, raised only on abstracts).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from claimcheck.model import Doi, Report

if TYPE_CHECKING:  # a `dois` run prints these lines and imports no abstract source
    from claimcheck.resolve.breaker import Outage

_ADVICE = {
    "DNS": "check {flag} and the network",
    "refused": "check {flag} (host and port)",
    "no route": "check the network or {flag}",
    "TLS": "check {flag} (https?) or REQUESTS_CA_BUNDLE",
    "proxy": "check HTTPS_PROXY / NO_PROXY",
}
_OFFLINE = {
    "Crossref": "or work offline: --offline with --snapshot FILE or the cache",
    "OpenAlex": "or give --openalex-snapshot FILE",
}
_FLAG = {"Crossref": "--crossref-url", "OpenAlex": "--openalex-url"}


def unjudged_claims(report: Report, unchecked: Iterable[Doi]) -> int:
    """Claims judged on no abstract although a cited work's abstract was asked for and the
    question went unanswered."""
    missing = set(unchecked)
    dois = {r.reference.id: r.record.doi for r in report.references if r.record is not None}
    return sum(
        1 for claim in report.claims
        if claim.support.basis not in ("abstract", "fulltext")
        and any(dois.get(i) in missing for c in claim.citations for i in c.reference_ids)
    )


def _left(outage: Outage, reports: Sequence[Report], unjudged: int) -> str:
    if outage.service == "OpenAlex":
        return (f"support not judged for {unjudged} claim{'s' * (unjudged != 1)} "
                "(the reference findings stand)")
    count = sum(r.status == "unchecked" for report in reports for r in report.references)
    return f"{count} reference{'s' * (count != 1)} unchecked"


def outage_line(outage: Outage, reports: Sequence[Report], unjudged: int) -> str:
    """E.g. `Crossref unreachable at 127.0.0.1:9 (refused: connection refused): 89
    references unchecked; check --crossref-url (host and port), or work offline: ...`."""
    flag = _FLAG.get(outage.service, "the service URL")
    advice = _ADVICE[outage.cause].format(flag=flag)
    offline = _OFFLINE.get(outage.service, "")
    return (f"claimcheck: {outage.reason.replace(' (', f' at {outage.host} (', 1)}: "
            f"{_left(outage, reports, unjudged)}; {advice}{', ' + offline if offline else ''}")


def notice_lines(
    outages: Sequence[Outage], reports: Sequence[Report], unchecked: dict[Doi, str]
) -> list[str]:
    """The lines to print after a run (one per unreachable service, and the support note)."""
    unjudged = sum(unjudged_claims(report, unchecked) for report in reports)
    lines = [outage_line(outage, reports, unjudged) for outage in outages]
    if unjudged and not any(o.service == "OpenAlex" for o in outages):
        why = sorted(set(unchecked.values()))[0]
        lines.append(f"claimcheck: support not judged for {unjudged} claim"
                     f"{'s' * (unjudged != 1)}: {why}; the reference findings stand")
    return lines
