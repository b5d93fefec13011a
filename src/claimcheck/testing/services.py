"""A stand-in for the article services (Europe PMC, arXiv, OpenAlex, publisher pages) on
127.0.0.1, for tests and benchmarks with no network.

It serves fixed answers by path: `routes["/europepmc/PMC1/fullTextXML"] = Answer(...)`. A
key with a query (`/arxiv/api/query?id_list=1`) matches that exact request; a key without one
matches the path with any query. Anything else is a 404. Give each service its own prefix and
point the options at it (`--europepmc-url {url}/europepmc`). It counts requests per path,
so a test can show that a second, offline run asked nothing.
"""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote, urlsplit

from claimcheck.testing.routes import Answer
from claimcheck.testing.server import LocalServer

__all__ = ["Answer", "StandinServices"]


class StandinServices(LocalServer):
    """A threaded HTTP server answering from `routes`; use it as a context manager."""

    def __init__(self, routes: dict[str, Answer] | None = None) -> None:
        self.routes: dict[str, Answer] = dict(routes or {})
        self.requests: Counter[str] = Counter()
        self.headers: list[dict[str, str]] = []
        self.targets: list[str] = []  # every request's path and query, as sent
        self._lock = threading.Lock()
        super().__init__(_handler_for(self))

    def answer(self, target: str, headers: dict[str, str]) -> Answer:
        parts = urlsplit(target)
        path = unquote(parts.path)
        with self._lock:
            self.requests[path] += 1
            self.headers.append(headers)
            self.targets.append(target)
        exact = f"{path}?{unquote(parts.query)}"
        found = self.routes.get(exact) or self.routes.get(path)
        return found or Answer(404, "text/plain", b"Not Found")

    @property
    def total(self) -> int:
        return sum(self.requests.values())


def _handler_for(server: StandinServices) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            answer = server.answer(self.path, dict(self.headers.items()))
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: tests read the counters instead."""

    return Handler
