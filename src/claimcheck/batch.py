"""Command layer: `claimcheck verify DIR -o OUTDIR` (and `dois`, `claims`): a folder of articles.

Reading and parsing (the CPU-heavy half, `engine.read_article`) run in worker processes, one
per core, a few articles ahead; the parent process does the rest (lookups, linking, support,
rendering) with ONE resolver and ONE abstract source, so one rate limiter, one breaker and one
cache connection serve every article and nothing has to be shared between processes. Lookups
of article k thus overlap the parsing of articles k+1, k+2. Small folders (fewer than
`POOL_FROM` articles) or one core: everything in-process, as before.

Workers are started with `spawn`: the parent runs threads (lookups), and forking a process
with threads can copy a held lock into the child.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.engine import check_document, read_article
from claimcheck.files import write_atomic
from claimcheck.ingest import Document, InputError
from claimcheck.model import Reference, Report
from claimcheck.render import summary_line
from claimcheck.runner import (
    _EXTENSIONS,
    ARTICLE_SUFFIXES,
    EXIT_CLEAN,
    EXIT_USAGE,
    Services,
    Settings,
    UsageError,
    _options,
    _tell,
    exit_code,
    open_services,
    render,
)

if TYPE_CHECKING:
    from claimcheck.progress import ArticleProgress

POOL_FROM = 3  # articles; below this, worker start-up costs more than it saves
Read = tuple[Document, tuple[Reference, ...]] | InputError


def _read(path: Path, input_format: str | None) -> Read:
    """In a worker: the article read and parsed, or the InputError as a value (picklable)."""
    try:
        return read_article(path, input_format)
    except InputError as exc:
        return exc


def read_ahead(articles: Sequence[Path], input_format: str | None, workers: int) -> Iterator[Read]:
    """Each article read and parsed, in order; on `workers` processes, `2 * workers` ahead."""
    if workers <= 1 or len(articles) < POOL_FROM:
        yield from (_read(path, input_format) for path in articles)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        queue = iter(articles)

        def submit() -> Future[Read] | None:
            path = next(queue, None)
            return None if path is None else pool.submit(_read, path, input_format)

        pending = [f for f in (submit() for _ in range(2 * workers)) if f is not None]
        while pending:
            done = pending.pop(0).result()
            if (more := submit()) is not None:
                pending.append(more)
            yield done


def _articles(folder: Path, settings: Settings) -> list[Path]:
    if settings.output is None or (settings.output.exists() and not settings.output.is_dir()):
        raise UsageError("checking a folder needs -o OUTDIR/ (a folder for the reports)")
    articles = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not articles:
        raise UsageError(f"{folder}: no articles ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
    settings.output.mkdir(parents=True, exist_ok=True)
    return articles


def _one(article: Path, read: Read, services: Services, settings: Settings) -> Report:
    if isinstance(read, InputError):
        raise read
    report = check_document(read[0], read[1], _options(settings), services.resolver,
                            services.abstracts)
    assert settings.output is not None
    target = settings.output / f"{article.stem}.{_EXTENSIONS.get(settings.fmt, 'out')}"
    write_atomic(target, render(report, settings.fmt), protect=(article,))
    return report


def run_batch(folder: Path, settings: Settings) -> int:
    """Every article in `folder`, one report each in the -o folder; the worst exit code."""
    articles = _articles(folder, settings)
    services = open_services(settings)
    worst, reports = EXIT_CLEAN, []
    with ExitStack() as stack:
        stack.callback(services.close)
        say = _sayer(stack, len(articles), settings)
        reads = read_ahead(articles, settings.input_format, os.cpu_count() or 1)
        for article, read in zip(articles, reads, strict=True):
            try:
                report = _one(article, read, services, settings)
            except InputError as exc:  # one bad article must not stop the others
                say(f"claimcheck: error: {exc}", always=True)
                worst = max(worst, EXIT_USAGE)
                continue
            reports.append(report)
            say(f"{article.name}: {summary_line(report)}")
            worst = max(worst, exit_code(report, settings.fail_on))
    _tell(services.notices(reports), settings)
    return worst


class _Feedback:
    """One stderr line per article: above the folder's progress bar when one is shown."""

    def __init__(self, quiet: bool, bar: ArticleProgress | None) -> None:
        self._quiet, self._bar = quiet, bar

    def __call__(self, line: str, always: bool = False) -> None:
        if self._bar is not None:
            self._bar.note(line)
            self._bar.done()
        elif always or not self._quiet:
            sys.stderr.write(line + "\n")


def _sayer(stack: ExitStack, total: int, settings: Settings) -> _Feedback:
    if settings.quiet or not sys.stderr.isatty():
        return _Feedback(settings.quiet, None)
    from claimcheck.progress import ArticleProgress  # rich: only on a terminal

    return _Feedback(False, stack.enter_context(ArticleProgress(total)))
