"""Telling an absent service from a slow one, and the per-host circuit breaker that follows.

A name that does not resolve, a refused connection, no route to the host, a TLS handshake
that fails or a proxy that cannot be reached will not change within a run: asking again only
makes the user wait (with four retries and backoff, about a minute for one article). So the
first such failure *opens* the host's breaker, and every later request to that host is
answered `Unchecked` at once with the same reason. Timeouts, resets, 5xx and 429 are slowness,
not absence: they keep the session's backoff with Retry-After and never open the breaker.

`absence()` reads urllib3 and requests errors alike (it walks the causes each wraps), so the
session's `Retry` can stop retrying on the first sign and the transport can name the cause.
No requests or urllib3 import here: the classes are matched by name, so this module costs
nothing on the paths that never touch the network.
"""

from __future__ import annotations

import errno
import threading
from dataclasses import dataclass

# cause -> what the user reads after "unreachable"
CAUSES = {
    "DNS": "the host name does not resolve",
    "refused": "connection refused",
    "no route": "no route to the host",
    "TLS": "the TLS handshake failed",
    "proxy": "the proxy cannot be reached",
}
_NO_ROUTE = frozenset({errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EADDRNOTAVAIL})


def _inner(error: BaseException) -> list[BaseException]:
    """The errors `error` wraps: urllib3's `reason`/`original_error`, causes, exception args."""
    found = [getattr(error, "reason", None), getattr(error, "original_error", None),
             error.__cause__, error.__context__, *getattr(error, "args", ())]
    return [e for e in found if isinstance(e, BaseException)]


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending = [error]
    while pending and len(seen) < 20:
        current = pending.pop(0)
        if any(current is s for s in seen):
            continue
        seen.append(current)
        pending.extend(_inner(current))
    return seen


def _names(error: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(error).__mro__}


def _cause_of(error: BaseException) -> str | None:
    names = _names(error)
    if "ProxyError" in names:
        return "proxy"
    # socket.gaierror and ssl.SSLError (and their subclasses) are matched by name too: importing
    # ssl costs a start-up (~70 M instructions) that a run from the cache never needs.
    if "NameResolutionError" in names or "gaierror" in names:
        return "DNS"
    if "SSLError" in names:
        return "TLS"
    if isinstance(error, ConnectionRefusedError):
        return "refused"
    if isinstance(error, OSError) and error.errno in _NO_ROUTE:
        return "no route"
    return None


def absence(error: BaseException) -> str | None:
    """A key of `CAUSES` when `error` says the service is not there; None when it may only
    be slow or briefly unwell (timeouts, resets, anything unrecognised)."""
    causes = [cause for e in _chain(error) if (cause := _cause_of(e))]
    if not causes:
        return None
    return "proxy" if "proxy" in causes else causes[0]


@dataclass(frozen=True, slots=True)
class Outage:
    """A service found absent: which, at which host, and why."""

    service: str
    host: str
    cause: str  # a key of CAUSES

    @property
    def reason(self) -> str:
        """The `Unchecked` reason every answer the service owed carries."""
        return f"{self.service} unreachable ({self.cause}: {CAUSES[self.cause]})"


class Breaker:
    """Per host, thread-safe: once open, stays open for the rest of the run. Shared by every
    service of a run, so a host found absent by one is not asked by another; each service
    that was refused an answer is remembered as an outage of its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._causes: dict[str, str] = {}  # host -> cause
        self._outages: dict[tuple[str, str], Outage] = {}  # (service, host) -> outage

    def outage(self, service: str, host: str) -> Outage | None:
        """The host's outage as `service` meets it, when the host's breaker is open."""
        with self._lock:
            cause = self._causes.get(host)
            if cause is None:
                return None
            return self._outages.setdefault((service, host), Outage(service, host, cause))

    def trip(self, service: str, host: str, cause: str) -> Outage:
        """Opens the host's breaker (the first cause is kept) and returns its outage."""
        with self._lock:
            self._causes.setdefault(host, cause)
        outage = self.outage(service, host)
        assert outage is not None
        return outage

    def outages(self) -> tuple[Outage, ...]:
        with self._lock:
            return tuple(self._outages.values())
