"""An abstract source with the user's folder of full texts beside it (`--fulltext DIR`).

Owns the pairing: abstracts still come from the wrapped source (or none, offline without a
snapshot), and `fulltext()` answers from the folder, each file read once per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimcheck.model import Doi, Unchecked
from claimcheck.sources.fulltext import FullText, FullTextFolder
from claimcheck.sources.interface import AbstractLookup, AbstractSource, SourceError


class WithFullText(AbstractSource):
    """`inner`'s abstracts plus the full texts of one folder."""

    def __init__(self, inner: AbstractSource | None, folder: Path) -> None:
        if not folder.is_dir():
            raise SourceError(f"--fulltext {folder}: not a folder")
        self.inner = inner
        self.folder = FullTextFolder(folder)
        self._seen: dict[tuple[str, str], FullText] = {}

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        if self.inner is None:
            return {doi: Unchecked("no abstract source") for doi in dict.fromkeys(dois)}
        return self.inner.abstracts(dois)

    def fulltext(self, doi: Doi, title: str) -> FullText:
        key = (str(doi), title)
        if key not in self._seen:
            self._seen[key] = self.folder.find(str(doi), title)
        return self._seen[key]

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()
