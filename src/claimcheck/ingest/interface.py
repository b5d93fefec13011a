"""What every input kind hands to the pipeline: the body text and the raw reference entries."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Reference


class InputError(Exception):
    """The input cannot be read as an article; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One reference-list entry as printed (PDF line breaks joined), with where it starts."""

    text: str
    index: int  # 1-based position in the list
    line: int  # 1-based line in the input where the entry starts


@dataclass(frozen=True, slots=True)
class Marked:
    """A citation the input marks explicitly (JATS `xref`, LaTeX `\\cite`, pandoc `[@key]`),
    with the input's own keys for the works it cites (XML ids, BibTeX keys)."""

    text: str
    start: int  # offsets into Document.body
    end: int
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """An article split at its reference list. `body` is a prefix of `text`, so offsets agree.

    Inputs that carry structured references (BibTeX, JATS) fill `references` (used instead of
    parsing `entries`) and `entry_keys` (the input's key of each, in order); inputs that mark
    their citations fill `marked`.
    """

    path: str
    text: str
    body: str
    entries: tuple[RawEntry, ...]
    references_line: int  # line of the reference heading (or first entry), 0 when none
    references: tuple[Reference, ...] = ()
    entry_keys: tuple[str, ...] = ()
    marked: tuple[Marked, ...] = ()
