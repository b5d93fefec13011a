"""Fixtures for the security tests: a stand-in Crossref, and a guard on outgoing connections
that records every (host, port) the process connects to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3.util.connection

from claimcheck.testing import StandinCrossref
from tests.faults.harness import LIMITS, SNAPSHOT


@pytest.fixture
def server() -> Iterator[StandinCrossref]:
    with StandinCrossref(SNAPSHOT, LIMITS) as standin:
        yield standin


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every address urllib3 (so requests) opens a connection to, in order."""
    opened: list[tuple[str, int]] = []
    original = urllib3.util.connection.create_connection

    def record(address: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        opened.append((address[0], int(address[1])))
        return original(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", record)
    return opened
