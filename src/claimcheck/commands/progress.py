"""Command layer: progress bars on stderr, for lookups and for a folder of articles.

The lookup bar wraps the resolver rather than the engine, so the engine stays silent: every
DOI fetched and every search made advances it. The folder bar counts articles, and the
per-article summary lines are printed above it. Shown only on a terminal and never with -q
(`run.py` decides; this module, and rich with it, is imported only then).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from claimcheck.model import Doi, Lookup, Search
from claimcheck.resolve.interface import Resolver


class _Bar:
    """A transient rich progress bar on stderr, shown while used as a context manager."""

    def __init__(self, label: str, *extra: ProgressColumn, console: Console | None) -> None:
        self._progress = Progress(
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            *extra,
            console=console or Console(stderr=True),
            transient=True,
        )

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._progress.stop()


class ProgressResolver(_Bar, Resolver):
    """Delegates to `inner` and counts lookups on a rich progress bar (stderr)."""

    def __init__(self, inner: Resolver, console: Console | None = None) -> None:
        super().__init__("Crossref", console=console)
        self._inner = inner
        self._task = self._progress.add_task("lookups", total=None)

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        self._grow(len(dois))
        answers = self._inner.fetch(dois)
        self._progress.advance(self._task, len(dois))
        return answers

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        self._grow(len(dois))
        answers = self._inner.probe(dois)
        self._progress.advance(self._task, len(dois))
        return answers

    def search(self, query: str, rows: int = 5) -> Search:
        self._grow(1)
        answer = self._inner.search(query, rows)
        self._progress.advance(self._task, 1)
        return answer

    def close(self) -> None:
        self._inner.close()

    def _grow(self, count: int) -> None:
        task = self._progress.tasks[0]
        self._progress.update(self._task, total=(task.total or 0) + count)


class ArticleProgress(_Bar):
    """One bar over the articles of a folder; `note()` prints a line above the bar."""

    def __init__(self, total: int, console: Console | None = None) -> None:
        super().__init__("Articles", TextColumn("{task.description}"), console=console)
        self._task = self._progress.add_task("", total=total)

    def start(self, name: str) -> None:
        self._progress.update(self._task, description=name)

    def done(self) -> None:
        self._progress.advance(self._task, 1)

    def note(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False)
