"""A stand-in Crossref REST API on 127.0.0.1 for tests and benchmarks (no internet needed).

Serves `work` messages from a JSONL file or a list, the way api.crossref.org does:
`GET /works/{doi}` (404 `Resource not found.` as text/plain, like the recorded body in
../shared/data/crossref-samples/), `GET /works?filter=doi:A,doi:B&rows=N` (filters ORed) and
`GET /works?query.bibliographic=...&rows=N` with a relevance score (the snapshot's scorer).

Options reproduce the service's manners: latency, the rate-limit headers (`x-rate-limit-limit`,
`x-rate-limit-interval`, `x-concurrency-limit`) with 429 when a client exceeds them, and
injected faults (5xx, timeouts, dropped connections, malformed or empty bodies, bodies that
trickle in, redirects). It counts requests and 429s. Use it as a context manager:
`with StandinCrossref(records, options) as server: server.url`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from claimcheck.testing.routes import Answer, CrossrefRoutes
from claimcheck.testing.server import LocalServer

_PIECE = 64  # bytes per write of a trickling body


@dataclass(frozen=True, slots=True)
class StandinOptions:
    latency: float = 0.0  # seconds added to every answer
    rate_limit: int = 0  # requests per interval announced and enforced; 0 = no headers
    interval: float = 1.0
    concurrency: int = 0  # requests in flight announced and enforced; 0 = unlimited
    pool: str = "polite"  # value of x-api-pool


@dataclass(frozen=True, slots=True)
class Fault:
    """One injected misbehaviour for the next request whose path+query contains `match`."""

    kind: str  # status | malformed | wrong-type | empty | timeout | drop | trickle | redirect
    status: int = 503  # for `redirect`, a 3xx
    retry_after: str = ""
    delay: float = 0.0  # `timeout`: stall before answering; `trickle`: pause between pieces
    match: str = ""
    location: str = ""  # for `redirect`: the Location header


@dataclass
class StandinCounters:
    requests: int = 0
    rate_limited: int = 0
    max_in_flight: int = 0
    routes: Counter[str] = field(default_factory=Counter)
    paths: list[str] = field(default_factory=list)


def load_messages(source: Path | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Work messages from a JSONL path (one message per line) or an iterable of dicts."""
    if isinstance(source, Path):
        lines = source.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    return list(source)


class StandinCrossref(LocalServer):
    """A threaded HTTP server impersonating api.crossref.org."""

    def __init__(
        self,
        records: Path | Iterable[dict[str, Any]],
        options: StandinOptions | None = None,
    ) -> None:
        self.options = options or StandinOptions()
        self.routes = CrossrefRoutes(load_messages(records))
        self.counters = StandinCounters()
        self._lock = threading.Lock()
        self._arrivals: deque[float] = deque()
        self._in_flight = 0
        self._faults: list[Fault] = []
        super().__init__(_handler_for(self))

    def inject(self, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._faults.extend([fault] * times)

    def headers(self) -> dict[str, str]:
        options = self.options
        if not options.rate_limit:
            return {}
        headers = {
            "x-rate-limit-limit": str(options.rate_limit),
            "x-rate-limit-interval": f"{options.interval:g}s",
            "x-api-pool": options.pool,
        }
        if options.concurrency:
            headers["x-concurrency-limit"] = str(options.concurrency)
        return headers

    def admit(self, target: str) -> tuple[bool, Fault | None]:
        """Counts the request; False when it exceeds the limits (-> 429)."""
        now = time.monotonic()
        options = self.options
        with self._lock:
            self.counters.requests += 1
            self.counters.paths.append(target)
            while self._arrivals and self._arrivals[0] <= now - options.interval:
                self._arrivals.popleft()
            too_fast = bool(options.rate_limit) and len(self._arrivals) >= options.rate_limit
            too_many = bool(options.concurrency) and self._in_flight >= options.concurrency
            if too_fast or too_many:
                self.counters.rate_limited += 1
                return False, None
            self._arrivals.append(now)
            self._in_flight += 1
            self.counters.max_in_flight = max(self.counters.max_in_flight, self._in_flight)
            fault = next((f for f in self._faults if f.match in target), None)
            if fault is not None:
                self._faults.remove(fault)
            return True, fault

    def done(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def answer(self, target: str, fault: Fault | None) -> Answer:
        if fault is not None:
            if fault.kind == "timeout":
                time.sleep(fault.delay)
            elif fault.kind not in ("drop", "trickle"):  # these two spoil a real answer
                return _fault_answer(fault)
        if self.options.latency:
            time.sleep(self.options.latency)
        parts = urlsplit(target)
        if parts.path.startswith("/works/") and parts.path.endswith("/agency"):
            self._count_route("agency")
            return self.routes.agency(unquote(parts.path[len("/works/") : -len("/agency")]))
        if parts.path.startswith("/works/"):
            self._count_route("work")
            return self.routes.work(unquote(parts.path[len("/works/") :]))
        if parts.path.rstrip("/") == "/works":
            self._count_route("works")
            return self.routes.works(parse_qs(parts.query, keep_blank_values=True))
        return Answer(404, "text/plain", b"Resource not found.")

    def _count_route(self, route: str) -> None:
        with self._lock:
            self.counters.routes[route] += 1


def _fault_answer(fault: Fault) -> Answer:
    if fault.kind == "malformed":
        return Answer(200, "application/json", b'{"status":"ok","message-type":"work","mes')
    if fault.kind == "empty":
        return Answer(200, "application/json", b"")
    if fault.kind == "redirect":
        return Answer(fault.status, "text/plain", b"", {"Location": fault.location})
    if fault.kind == "wrong-type":
        body = {"status": "ok", "message-type": "work-agency", "message": {"DOI": "10.1/x"}}
        return Answer(200, "application/json", json.dumps(body).encode())
    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
    return Answer(fault.status, "text/plain", b"Internal Server Error", headers)


def _handler_for(server: StandinCrossref) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            admitted, fault = server.admit(self.path)
            if not admitted:
                self._send(Answer(429, "text/plain", b"Too Many Requests"))
                return
            try:
                answer = server.answer(self.path, fault)
            finally:
                server.done()  # before writing: the client may send its next request at once
            if fault is not None and fault.kind == "drop":
                self.close_connection = True
                return
            self._send(answer, fault.delay if fault and fault.kind == "trickle" else 0.0)

        def _send(self, answer: Answer, pace: float = 0.0) -> None:
            self.send_response(answer.status)
            for name, value in {**server.headers(), **answer.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            try:
                if not pace:
                    self.wfile.write(answer.body)
                for start in range(0, len(answer.body) if pace else 0, _PIECE):
                    self.wfile.write(answer.body[start : start + _PIECE])
                    self.wfile.flush()  # each piece on the wire on its own: a slow body
                    time.sleep(pace)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: tests and benchmarks read the counters instead."""

    return Handler
