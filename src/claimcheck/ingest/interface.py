"""What every input kind hands to the pipeline: the body text and the raw reference entries."""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """The input cannot be read as an article; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One reference-list entry as printed (PDF line breaks joined), with where it starts."""

    text: str
    index: int  # 1-based position in the list
    line: int  # 1-based line in the input where the entry starts


@dataclass(frozen=True, slots=True)
class Document:
    """An article split at its reference list. `body` is a prefix of `text`, so offsets agree."""

    path: str
    text: str
    body: str
    entries: tuple[RawEntry, ...]
    references_line: int  # line of the reference heading (or first entry), 0 when none
