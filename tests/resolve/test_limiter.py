"""The rate and concurrency limiter, on a fake clock (nothing sleeps for real)."""

from __future__ import annotations

import threading

import pytest

from claimcheck.resolve.limiter import RateLimiter, parse_interval
from tests.conftest import FakeClock

from .conftest import POLITE_HEADERS


def _limiter(clock: FakeClock, margin: float = 0.0) -> RateLimiter:
    return RateLimiter(clock=clock, sleep=clock.sleep, margin=margin)


def test_starts_at_the_public_pool(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    assert (limiter.limit, limiter.interval, limiter.concurrency) == (5, 1.0, 1)


def test_rate_window_spaces_requests(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    starts = []
    for _ in range(12):
        with limiter.slot():
            starts.append(clock.now)
    # 5 per second: requests 6-10 wait for the first second to pass, 11-12 for the second
    assert starts[:5] == [1000.0] * 5
    assert starts[5:10] == [1001.0] * 5
    assert starts[10:] == [1002.0] * 2
    for i in range(len(starts) - 5):
        assert starts[i + 5] - starts[i] >= 1.0


def test_margin_widens_the_window(clock: FakeClock) -> None:
    limiter = _limiter(clock, margin=0.1)
    for _ in range(6):
        limiter.acquire()
        limiter.release()
    assert clock.now == pytest.approx(1001.1)


def test_adopts_polite_pool_headers(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    limiter.update(POLITE_HEADERS)
    assert (limiter.limit, limiter.interval, limiter.concurrency) == (10, 1.0, 3)
    limiter.update({"x-rate-limit-limit": "junk", "x-rate-limit-interval": "soon"})
    assert (limiter.limit, limiter.interval) == (10, 1.0)  # unreadable headers change nothing
    limiter.update({"x-rate-limit-limit": "50", "x-rate-limit-interval": "60s"})
    assert (limiter.limit, limiter.interval) == (50, 60.0)


@pytest.mark.parametrize(
    ("text", "seconds"), [("1s", 1.0), ("500ms", 0.5), ("2", 2.0), ("1m", 60.0), ("x", 0.0)]
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


def test_pause_after_429(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    limiter.pause(2.5)
    with limiter.slot():
        assert clock.now == pytest.approx(1002.5)


def test_never_more_in_flight_than_allowed(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    limiter.update({"x-rate-limit-limit": "1000", "x-concurrency-limit": "3"})
    gate = threading.Event()
    inside = threading.Semaphore(0)

    def work() -> None:
        with limiter.slot():
            inside.release()
            gate.wait(timeout=5)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for _ in range(3):
        assert inside.acquire(timeout=5)
    assert not inside.acquire(timeout=0.05)  # a fourth cannot start while three are in
    assert limiter.in_flight == 3
    gate.set()
    for thread in threads:
        thread.join(timeout=5)
    assert limiter.max_in_flight == 3
    assert limiter.in_flight == 0


def test_waiting_request_starts_when_a_slot_frees(clock: FakeClock) -> None:
    limiter = _limiter(clock)
    limiter.update({"x-concurrency-limit": "1"})
    limiter.acquire()
    blocked = threading.Thread(target=limiter.acquire)
    blocked.start()
    blocked.join(timeout=0.05)
    assert blocked.is_alive()
    limiter.release()
    blocked.join(timeout=5)
    assert not blocked.is_alive()
    limiter.release()
