"""Command layer: articles named by identifier or URL, one at a time or from a list file.

`check_article` opens the article (`claimcheck.articles`) and runs the engine on the text
found, recording where it came from in the report. `run_list` is `verify ids.txt -o OUTDIR/`:
every identifier of the list in turn, with one resolver, one abstract source and one
downloader (so one cache and one rate limiter per service), one report each; an identifier
with no open text is one line on stderr, and the others are still checked.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from claimcheck.articles import ArticleError, ArticleOptions, Fetcher, build_fetcher, open_article
from claimcheck.articles.arguments import identifier_list, report_name
from claimcheck.commands.run import (
    EXIT_CLEAN,
    EXIT_USAGE,
    REPORT_EXTENSIONS,
    exit_code,
    open_services,
    render,
    tell,
)
from claimcheck.commands.settings import Settings, check_options, report_folder
from claimcheck.files import write_atomic
from claimcheck.ingest import InputError
from claimcheck.model import Report
from claimcheck.pipeline.check import check_document, references_of
from claimcheck.render import summary_line
from claimcheck.resolve.interface import Resolver
from claimcheck.sources.interface import AbstractSource


def article_options(settings: Settings) -> ArticleOptions:
    """Where and how articles named by identifier or URL are looked for."""
    return ArticleOptions(
        europepmc_url=settings.europepmc_url, arxiv_url=settings.arxiv_url,
        openalex_url=settings.openalex_url, mailto=settings.mailto,
        openalex_api_key=settings.openalex_api_key, offline=settings.offline,
        cache_dir=settings.cache_dir, no_cache=settings.no_cache, refresh=settings.refresh,
        timeout=settings.timeout,
    )  # fmt: skip


def check_article(article: str, settings: Settings, resolver: Resolver | None,
                  abstracts: AbstractSource | None, fetcher: Fetcher | None = None) -> Report:
    """The open full text `article` names, through the engine; ArticleError when none."""
    opened = open_article(article, article_options(settings), fetcher)
    document = opened.document
    report = check_document(document, references_of(document), check_options(settings),
                            resolver, abstracts)
    return replace(report, source=opened.source)


def run_list(path: Path, settings: Settings) -> int:
    """Every identifier of the list file, one report each in the -o folder; the worst code."""
    folder = report_folder(settings, "a list of identifiers")
    folder.mkdir(parents=True, exist_ok=True)
    services = open_services(settings)
    fetcher = build_fetcher(article_options(settings))
    worst, reports = EXIT_CLEAN, list[Report]()
    try:
        for article in identifier_list(path):
            try:
                report = check_article(article, settings, services.resolver, services.abstracts,
                                       fetcher)
            except (InputError, ArticleError) as exc:  # one bad article must not stop the rest
                sys.stderr.write(f"claimcheck: error: {exc}\n")
                worst = max(worst, EXIT_USAGE)
                continue
            name = f"{report_name(article)}.{REPORT_EXTENSIONS.get(settings.fmt, 'out')}"
            write_atomic(folder / name, render(report, settings.fmt))
            tell([f"{article}: {summary_line(report)}"], settings)
            worst, reports = max(worst, exit_code(report, settings.fail_on)), [*reports, report]
    finally:
        services.close()
        fetcher.close()
    tell(services.notices(reports), settings)
    return worst
