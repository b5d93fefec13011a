"""Command layer: `claimcheck verify DIR -o OUTDIR` (and `dois`, `claims`): a folder of articles.

Articles are checked whole (read, parse, lookups, linking, support, report) in worker
processes, one per core, a few articles ahead; the lookups of every worker go to ONE
resolver and ONE abstract source held by a manager process (`remote.py`), so one rate
limiter, one breaker and one cache connection serve the whole folder, as in a single run.
The parent only prints, in the folder's order. Small folders (fewer than `POOL_FROM`
articles) or one core (`cores()`: the CPU affinity, so `taskset -c 0` means one):
everything in-process.

Processes are started with `spawn`: the parent may run threads, and forking a process with
threads can copy a held lock into the child.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.commands.outages import notice_lines
from claimcheck.commands.run import (
    ARTICLE_SUFFIXES,
    EXIT_CLEAN,
    EXIT_USAGE,
    REPORT_EXTENSIONS,
    exit_code,
    open_services,
    render,
    tell,
)
from claimcheck.commands.settings import Settings, UsageError, check_options, report_folder
from claimcheck.files import write_atomic
from claimcheck.ingest import InputError
from claimcheck.model import Report
from claimcheck.parallel import cores
from claimcheck.pipeline.check import check
from claimcheck.render import summary_line
from claimcheck.resolve.interface import Resolver
from claimcheck.sources.interface import AbstractSource

if TYPE_CHECKING:
    from claimcheck.commands.progress import ArticleProgress

POOL_FROM = 3  # articles; below this, starting processes costs more than it saves
Checked = Report | InputError


def check_one(
    article: Path, settings: Settings, resolver: Resolver | None, abstracts: AbstractSource | None
) -> Checked:
    """One article checked and its report written to the -o folder; an unreadable article
    is its InputError, as a value (it crosses the process boundary)."""
    try:
        report = check(article, check_options(settings), resolver, abstracts)
    except InputError as exc:
        return exc
    assert settings.output is not None
    target = settings.output / f"{article.stem}.{REPORT_EXTENSIONS.get(settings.fmt, 'out')}"
    write_atomic(target, render(report, settings.fmt), protect=(article,))
    return report


def _in_worker(article: Path, settings: Settings, host: Any) -> Checked:
    from claimcheck.commands.remote import RemoteResolver, RemoteSource

    has_resolver, has_abstracts = host.has()
    return check_one(article, settings, RemoteResolver(host) if has_resolver else None,
                     RemoteSource(host) if has_abstracts else None)


def _on_workers(articles: Sequence[Path], settings: Settings, host: Any,
                workers: int) -> Iterator[Checked]:
    """Each article's outcome, in order, checked on `workers` processes, `2 * workers` ahead."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        queue = iter(articles)

        def submit() -> Future[Checked] | None:
            path = next(queue, None)
            return None if path is None else pool.submit(_in_worker, path, settings, host)

        pending = [f for f in (submit() for _ in range(2 * workers)) if f is not None]
        while pending:
            done = pending.pop(0).result()
            if (more := submit()) is not None:
                pending.append(more)
            yield done


def checked(articles: Sequence[Path], settings: Settings, workers: int,
            stack: ExitStack) -> tuple[Iterator[Checked], Any]:
    """The outcomes, in order, and what holds the services (for the notices at the end)."""
    if workers <= 1 or len(articles) < POOL_FROM:
        services = open_services(settings)
        stack.callback(services.close)
        outcomes = (check_one(a, settings, services.resolver, services.abstracts)
                    for a in articles)
        return outcomes, services
    from claimcheck.commands.remote import start_host

    manager, host = start_host(settings)
    stack.callback(manager.shutdown)
    stack.callback(host.close)
    return _on_workers(articles, settings, host, workers), host


def _notices(holder: Any, reports: list[Report]) -> list[str]:
    if hasattr(holder, "notices"):  # in-process Services
        lines: list[str] = holder.notices(reports)
        return lines
    outages, unchecked = holder.outcome()
    return notice_lines(outages, reports, unchecked)


def _articles(folder: Path, settings: Settings) -> list[Path]:
    output = report_folder(settings, "a folder")
    articles = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not articles:
        raise UsageError(f"{folder}: no articles ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
    output.mkdir(parents=True, exist_ok=True)
    return articles


def run_batch(folder: Path, settings: Settings) -> int:
    """Every article in `folder`, one report each in the -o folder; the worst exit code."""
    articles = _articles(folder, settings)
    worst, reports, lines = EXIT_CLEAN, [], []
    with ExitStack() as stack:
        say = _sayer(stack, len(articles), settings)
        outcomes, holder = checked(articles, settings, cores(), stack)
        for article, outcome in zip(articles, outcomes, strict=True):
            if isinstance(outcome, InputError):  # one bad article must not stop the others
                say(f"claimcheck: error: {outcome}", always=True)
                worst = max(worst, EXIT_USAGE)
                continue
            reports.append(outcome)
            say(f"{article.name}: {summary_line(outcome)}")
            worst = max(worst, exit_code(outcome, settings.fail_on))
        lines = _notices(holder, reports)
    tell(lines, settings)
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
    from claimcheck.commands.progress import ArticleProgress  # rich: only on a terminal

    return _Feedback(False, stack.enter_context(ArticleProgress(total)))
