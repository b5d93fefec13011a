"""The session factory: identity, retry policy, default timeouts."""

from __future__ import annotations

import re

import responses

from claimcheck import __version__
from claimcheck.resolve.session import (
    RETRY_STATUSES,
    SessionOptions,
    make_retry,
    make_session,
    user_agent,
)
from claimcheck.resolve.stats import ResolverStats

from .conftest import BASE


def test_user_agent_names_version_project_and_contact() -> None:
    agent = user_agent("lab@example.org")
    assert agent.startswith(f"claimcheck/{__version__} (http")
    assert agent.endswith("; mailto:lab@example.org)")
    assert re.fullmatch(
        rf"claimcheck/{re.escape(__version__)} \(https?://[^\s;]+\)", user_agent("")
    )


def test_retry_policy_is_bounded_and_polite() -> None:
    retry = make_retry(SessionOptions(retries=3, backoff_max=10.0), ResolverStats())
    assert retry.total == 3
    assert set(RETRY_STATUSES) == {429, 500, 502, 503, 504}
    assert retry.status_forcelist == RETRY_STATUSES
    assert retry.respect_retry_after_header
    assert retry.retry_after_max == 10  # a Retry-After of an hour is not obeyed for an hour
    assert retry.backoff_max == 10.0
    assert not retry.raise_on_status


@responses.activate
def test_default_timeouts_and_request_count() -> None:
    stats = ResolverStats()
    session = make_session(SessionOptions(connect_timeout=2.0, read_timeout=9.0), stats)
    responses.get(f"{BASE}/works", json={})
    session.get(f"{BASE}/works")
    session.get(f"{BASE}/works", timeout=1.0)
    kwargs = [call.request.req_kwargs for call in responses.calls]  # type: ignore[attr-defined]
    assert [k["timeout"] for k in kwargs] == [(2.0, 9.0), 1.0]
    assert stats.counts().requests == 2
    assert session.headers["Accept"] == "application/json"
