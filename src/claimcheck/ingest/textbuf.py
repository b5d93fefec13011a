"""The text a structured article (JATS XML, HTML) is rendered to, built piece by piece.

`TextBuffer` holds the pieces, their total length (the offset the next piece starts at, so a
marked callout knows where it is), the marked callouts, and paragraph breaks. The JATS and
HTML renderers subclass it and add their own `add`: both collapse whitespace, but they treat
a leading space differently, and each keeps its own so its output stays what it was.
"""

from __future__ import annotations

from claimcheck.ingest.interface import Marked


class TextBuffer:
    """Pieces of rendered text, their length so far, and the marked callouts among them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.marked: list[Marked] = []

    def add_raw(self, text: str) -> None:
        """Appends `text` as it is (no whitespace collapsed)."""
        self.parts.append(text)
        self.size += len(text)

    def paragraph_break(self) -> None:
        """Ends the paragraph: trailing spaces dropped, one blank line (never two in a row,
        never at the start)."""
        if not self.parts or self.parts[-1].endswith("\n\n"):
            return
        while self.parts and self.parts[-1].endswith(" "):
            self.parts[-1] = self.parts[-1][:-1]
            self.size -= 1
        self.add_raw("\n\n")

    def text(self) -> str:
        return "".join(self.parts)
