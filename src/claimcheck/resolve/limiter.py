"""The shared rate and concurrency limiter every Crossref request passes through.

Crossref (since December 2025) allows the public pool 5 requests per second and 1 request in
flight, the polite pool (a `mailto` in the User-Agent) 10 per second and 3 in flight, and says
so on every response in `x-rate-limit-limit`, `x-rate-limit-interval` ("1s") and
`x-concurrency-limit` (https://www.crossref.org/documentation/retrieve-metadata/rest-api/
access-and-authentication/). The limiter starts at the public pool's values and adopts whatever
the headers say, so it is never more aggressive than the service allows.

Rate is a sliding window over request start times, widened by a safety margin because the
server counts arrivals, which jitter by a few milliseconds. Clock and sleep are injectable so
tests never sleep for real.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

PUBLIC_RATE = 5
PUBLIC_INTERVAL = 1.0
PUBLIC_CONCURRENCY = 1
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_interval(text: str) -> float:
    """`"1s"` -> 1.0, `"500ms"` -> 0.5, `"2"` -> 2.0; 0.0 when unreadable."""
    match = _DURATION.match(text)
    if not match:
        return 0.0
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


def _positive_int(text: str | None) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        return 0
    return max(value, 0)


class RateLimiter:
    """Thread-safe: at most `limit` starts per `interval` and `concurrency` in flight."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
        margin: float = 0.1,
    ) -> None:
        self.limit = PUBLIC_RATE
        self.interval = PUBLIC_INTERVAL
        self.concurrency = PUBLIC_CONCURRENCY
        self.in_flight = 0
        self.max_in_flight = 0  # high-water mark, for tests and the benchmark
        self._clock = clock
        self._sleep = sleep
        self._margin = margin
        self._starts: deque[float] = deque()
        self._resume_at = 0.0
        self._cond = threading.Condition()

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Holds one request slot for the duration of the `with` block."""
        self.acquire()
        try:
            yield
        finally:
            self.release()

    def acquire(self) -> None:
        """Blocks until a request may start, then counts it as started and in flight.

        Without an injected `sleep`, waiting is on the condition, so a response announcing
        higher limits (`update`) wakes waiters at once instead of after a stale delay.
        """
        with self._cond:
            while True:
                while self.in_flight >= self.concurrency:
                    self._cond.wait()
                delay = self._claim_start()
                if delay <= 0:
                    self.in_flight += 1
                    self.max_in_flight = max(self.max_in_flight, self.in_flight)
                    return
                self._wait(delay)

    def before_retry(self, wait: float) -> None:
        """Paces a retry sent inside a held slot (called by the session's `Retry`).

        Everyone holds off for `wait` (the backoff or the server's Retry-After), then the
        retry waits for room in the rate window like any new request: retries that bypassed
        the window would themselves provoke 429s.
        """
        self.pause(wait)
        with self._cond:
            while (delay := self._claim_start()) > 0:
                self._wait(delay)

    def _claim_start(self) -> float:
        """Records a start and returns 0, or returns how long to wait; the lock is held."""
        now = self._clock()
        if now < self._resume_at:
            return self._resume_at - now
        window = self.interval * (1 + self._margin)
        while self._starts and self._starts[0] <= now - window:
            self._starts.popleft()
        if len(self._starts) >= self.limit:
            return self._starts[0] + window - now
        self._starts.append(now)
        return 0.0

    def _wait(self, delay: float) -> None:
        if self._sleep is None:
            self._cond.wait(timeout=delay)
            return
        self._cond.release()
        try:
            self._sleep(delay)
        finally:
            self._cond.acquire()

    def release(self) -> None:
        with self._cond:
            self.in_flight -= 1
            self._cond.notify_all()

    def update(self, headers: Mapping[str, str]) -> None:
        """Adopts the limits a response announces; absent or unreadable headers change nothing."""
        limit = _positive_int(headers.get("x-rate-limit-limit"))
        interval = parse_interval(headers.get("x-rate-limit-interval") or "")
        concurrency = _positive_int(headers.get("x-concurrency-limit"))
        with self._cond:
            if limit:
                self.limit = limit
            if interval > 0:
                self.interval = interval
            if concurrency:
                self.concurrency = concurrency
            self._cond.notify_all()

    def pause(self, seconds: float) -> None:
        """No request starts for `seconds` (after a 429 that survived the retries)."""
        with self._cond:
            self._resume_at = max(self._resume_at, self._clock() + max(seconds, 0.0))
