"""Shared helpers for the parser tests: the bundled example's reference entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from claimcheck.ingest import load_document
from claimcheck.ingest.interface import RawEntry
from claimcheck.parse.tokens import Token, tokenize

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "colla2021" / "review.md"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def example_entries() -> tuple[RawEntry, ...]:
    return load_document(EXAMPLE).entries


Rule = Callable[[tuple[Token, ...], list[str]], bool]


def relabel_with(rules: Sequence[Rule], pieces: list[tuple[str, str]]) -> dict[str, str]:
    """The words of each label after the rules, from (text, label) pieces of one string."""
    text = " ".join(piece for piece, _ in pieces)
    labels = [label for piece, label in pieces for _ in tokenize(piece)]
    tokens = tokenize(text)
    assert len(tokens) == len(labels)
    for rule in rules:
        rule(tokens, labels)
    out: dict[str, str] = {}
    for token, label in zip(tokens, labels, strict=True):
        out[label] = f"{out.get(label, '')} {token.text}".strip()
    return out
