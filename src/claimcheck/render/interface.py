"""The renderer seam: the abstract `Renderer`, its options and its errors.

A renderer projects a finished `Report` onto one output format and returns the text; it never
prints, writes files or exits (the CLI decides where the text goes).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from claimcheck.model import Report


class RenderError(Exception):
    """Base class of the errors this seam raises."""


class UnknownFormatError(RenderError, ValueError):
    """A format name that no renderer is registered under."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown format {name!r}; choose one of: {', '.join(known)}")
        self.name = name
        self.known = known


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Presentation choices; every renderer accepts them and ignores what it does not use."""

    color: bool = False  # table: ANSI colour, only when the CLI knows the terminal wants it
    width: int = 100  # table: columns to lay out for (fixed by default so output is stable)
    source_root: Path | None = None  # sarif: artifact URIs are made relative to this directory


class Renderer(ABC):
    """One output format."""

    name: str = ""

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole report as text in this format, ending with a newline."""
