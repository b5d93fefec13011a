"""What counts as an absent service (the breaker opens) and what as a slow one (backoff)."""

from __future__ import annotations

import errno
import logging
import re
import ssl

import pytest
import requests
import responses
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
)

from claimcheck.resolve.breaker import Breaker, absence
from claimcheck.resolve.session import SessionOptions, make_session


def _wrapped(reason: Exception) -> requests.ConnectionError:
    """As requests raises it: ConnectionError(MaxRetryError(reason))."""
    return requests.ConnectionError(MaxRetryError(None, "/works", reason))  # type: ignore[arg-type]


def _new_connection(cause: OSError) -> NewConnectionError:
    error = NewConnectionError(None, f"Failed to establish a new connection: {cause}")  # type: ignore[arg-type]
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (NameResolutionError("api.crossref.invalid", None, OSError("gaierror")), "DNS"),  # type: ignore[arg-type]
        (_new_connection(ConnectionRefusedError(errno.ECONNREFUSED, "refused")), "refused"),
        (_new_connection(OSError(errno.EHOSTUNREACH, "No route to host")), "no route"),
        (_new_connection(OSError(errno.ENETUNREACH, "Network is unreachable")), "no route"),
        (ssl.SSLCertVerificationError("certificate verify failed"), "TLS"),
        (ProxyError("Unable to connect to proxy",
                    _new_connection(ConnectionRefusedError(errno.ECONNREFUSED, "x"))), "proxy"),
    ],
)
def test_absence_is_named(error: Exception, cause: str) -> None:
    assert absence(error) == cause
    assert absence(_wrapped(error)) == cause  # as requests hands it over


@pytest.mark.parametrize(
    "error",
    [
        ConnectTimeoutError("connect timed out"),
        ReadTimeoutError(None, "/works", "read timed out"),  # type: ignore[arg-type]
        ProtocolError("Connection aborted.", ConnectionResetError(errno.ECONNRESET, "reset")),
        ValueError("something else"),
    ],
)
def test_slowness_is_not_absence(error: Exception) -> None:
    assert absence(error) is None
    assert absence(_wrapped(error)) is None


def test_the_breaker_stays_open_per_host_and_names_each_service() -> None:
    breaker = Breaker()
    assert breaker.outage("Crossref", "a.example") is None
    first = breaker.trip("Crossref", "a.example", "refused")
    assert breaker.trip("Crossref", "a.example", "DNS") == first  # the first cause is kept
    assert breaker.outage("OpenAlex", "b.example") is None
    shared = breaker.outage("OpenAlex", "a.example")
    assert shared is not None and shared.reason.startswith("OpenAlex unreachable (refused")
    assert [o.service for o in breaker.outages()] == ["Crossref", "OpenAlex"]


@responses.activate
def test_each_retry_is_one_short_log_line(caplog: pytest.LogCaptureFixture) -> None:
    url = "https://api.crossref.org/works?filter=" + ",".join(f"doi:10.1000/{i}" for i in range(40))
    responses.get(re.compile(r".*/works.*"), status=503)
    responses.get(re.compile(r".*/works.*"), json={"status": "ok"})
    session = make_session(SessionOptions(retries=2, backoff=0.0))
    with caplog.at_level(logging.INFO, logger="claimcheck"):
        assert session.get(url).status_code == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "claimcheck.resolve.session"]
    assert len(lines) == 1
    assert lines[0].startswith("retry 1 of api.crossref.org/works?filter=")
    assert lines[0].endswith("after HTTP 503")
    assert len(lines[0]) < 100
