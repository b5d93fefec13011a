"""Input kinds: each turns a file into a `Document` (body text and raw reference entries)."""

from __future__ import annotations

from pathlib import Path

from claimcheck.ingest.interface import Document, InputError, RawEntry
from claimcheck.ingest.plaintext import split_document
from claimcheck.ingest.reader import read_text

__all__ = ["Document", "InputError", "RawEntry", "load_document"]


def load_document(path: Path) -> Document:
    """Reads an article (plain text or Markdown) and splits off its reference list."""
    return split_document(read_text(path), str(path))
