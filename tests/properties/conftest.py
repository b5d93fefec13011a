"""Shared pieces of the property-based tests: the library run, and the invariants every
report keeps whatever the input (links point at existing entries, spans lie in the text).

Example counts are small and there is no deadline, so the suite stays fast on a loaded
machine and no test depends on its speed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

from claimcheck.ingest import InputError, load_document
from claimcheck.limits import Limits
from claimcheck.model import Report
from claimcheck.pipeline.check import CheckOptions, check

settings.register_profile(
    "properties", max_examples=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROPERTIES = settings.get_profile("properties")
OFFLINE = CheckOptions(parts=frozenset({"references", "claims"}))


def run_check(name: str, content: str | bytes, options: CheckOptions = OFFLINE,
              extra: dict[str, str] | None = None) -> Report | None:
    """check() on `content` saved as `name` (with `extra` files beside it): the report, or
    None when it raised the declared input error. Any other exception fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        for other, text in (extra or {}).items():
            (Path(folder) / other).write_text(text, encoding="utf-8")
        try:
            report = check(path, options)
        except InputError:
            return None
        assert_consistent(report, load_document(path, options.input_format, options.limits))
        return report


def assert_consistent(report: Report, document: object) -> None:
    """Keys unique, every link at an existing entry, every span inside the body."""
    body = getattr(document, "body", "")
    ids = [result.reference.id for result in report.references]
    assert len(ids) == len(set(ids)), ids
    assert all(ids), ids
    known = set(ids)
    for claim in report.claims:
        assert 0 <= claim.start <= claim.end <= len(body), (claim.start, claim.end, len(body))
        assert claim.line >= 1
        for citation in claim.citations:
            assert 0 <= citation.start <= citation.end <= len(body)
            assert set(citation.reference_ids) <= known, citation.reference_ids
    for finding in report.findings:
        claims = {claim.id for claim in report.claims}
        assert not finding.reference_id or finding.reference_id in known, finding
        assert not finding.claim_id or finding.claim_id in claims, finding


__all__ = ["OFFLINE", "PROPERTIES", "Limits", "assert_consistent", "run_check"]
