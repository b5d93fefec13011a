"""Shared test helpers: where the repo, the bundled example and ../shared live; property
tests have no deadline (a loaded CI machine must not fail a test by its speed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "colla2021" / "review.md"
SNAPSHOT = REPO / "examples" / "colla2021" / "crossref-snapshot.jsonl"
SHARED = REPO.parent / "shared"


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ imported as a module (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses in the script look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _default_support_judge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite checks the default judge even where `claimcheck[semantic]` is installed (its
    PyTorch would also change memory and time); tests of the extra switch it back on."""
    monkeypatch.setenv("CLAIMCHECK_SEMANTIC", "0")


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repo; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


class FakeClock:
    """A clock whose sleep advances time instead of waiting; records every sleep."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
