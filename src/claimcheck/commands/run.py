"""Command layer: what every command does around the pipeline: services, report, output,
exit code (the settings they start from are `settings.py`).

Kept apart from cli.py so the typer layer holds only option declarations. Nothing here exits:
`run()` returns the exit code and the CLI exits with it. One rule for every command's exit
code (`exit_code`): 3 when any reference could not be checked, else 1 on findings at or above
--fail-on, else 0. Services found unreachable are named once on stderr (`outages.py`).
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.articles.arguments import as_article, identifier_list, source_line
from claimcheck.commands.settings import Settings, check_options, resolver_options, source_options
from claimcheck.files import write_atomic
from claimcheck.model import Report, Severity
from claimcheck.pipeline.check import check
from claimcheck.render import RenderOptions, jsonl_claims, renderer_for, summary_line

if TYPE_CHECKING:  # the lookups' packages are imported by the commands that look up: not
    # `refs` nor `claims` (start-up time counts)
    from claimcheck.commands.watched import WatchedSource
    from claimcheck.resolve import Breaker
    from claimcheck.resolve.interface import Resolver
    from claimcheck.sources import AbstractSource

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


@dataclass
class Services:
    """One run's lookups: a resolver, an abstract source, one breaker for both hosts."""

    resolver: Resolver | None = None
    abstracts: WatchedSource | None = None
    breaker: Breaker = field(default_factory=lambda: _breaker())

    def notices(self, reports: list[Report]) -> list[str]:
        from claimcheck.commands.outages import notice_lines

        unchecked = self.abstracts.unchecked if self.abstracts is not None else {}
        return notice_lines(self.breaker.outages(), reports, unchecked)

    def close(self) -> None:
        for service in (self.resolver, self.abstracts):
            if service is not None:
                service.close()


def open_services(settings: Settings) -> Services:
    """The resolver (for dois and support) and OpenAlex abstracts (for support; none
    offline without an OpenAlex snapshot), sharing one breaker."""
    from claimcheck.resolve import build_resolver

    services = Services()
    if settings.parts & {"dois", "support"}:
        services.resolver = build_resolver(resolver_options(settings), None, services.breaker)
    if "support" not in settings.parts:
        return services
    from claimcheck.commands.watched import WatchedSource
    from claimcheck.sources import WithFullText, build_abstract_source

    source: AbstractSource | None = None
    if not (settings.offline and not settings.openalex_snapshot):
        source = build_abstract_source(source_options(settings), None, services.breaker)
    if settings.fulltext is not None:  # the user's own full texts, beside any abstracts
        source = WithFullText(source, settings.fulltext)
    if source is not None:
        services.abstracts = WatchedSource(source)
    return services


def _breaker() -> Breaker:
    from claimcheck.resolve import Breaker

    return Breaker()


def tell(lines: list[str], settings: Settings) -> None:
    """Lines for the user on stderr, unless -q."""
    if not settings.quiet:
        sys.stderr.write("".join(line + "\n" for line in lines))


def _check(article: Path | str, settings: Settings, resolver: Resolver | None,
           abstracts: WatchedSource | None) -> Report:
    if isinstance(article, Path):
        return check(article, check_options(settings), resolver, abstracts)
    from claimcheck.commands.identifiers import check_article  # a DOI, PMCID, arXiv id or URL

    return check_article(article, settings, resolver, abstracts)


def build_report(article: Path | str, settings: Settings) -> Report:
    """One article through the engine; unreachable services are named on stderr (not -q)."""
    article = as_article(article)
    if not settings.parts & {"dois", "support"}:  # nothing to look up: no services
        return _check(article, settings, None, None)
    services = open_services(settings)
    if services.resolver is None:
        return _check(article, settings, None, None)
    try:
        if not settings.quiet and sys.stderr.isatty():
            from claimcheck.commands.progress import ProgressResolver  # rich: only on a terminal

            with ProgressResolver(services.resolver) as shown:
                report = _check(article, settings, shown, services.abstracts)
        else:
            report = _check(article, settings, services.resolver, services.abstracts)
    finally:
        services.close()
    tell(services.notices([report]), settings)
    return report


def exit_code(report: Report, fail_on: str) -> int:
    """3 when lookups were incomplete (the verdict cannot be trusted), else 1 on findings at or
    above `fail_on`, else 0."""
    if not report.complete:
        return EXIT_INCOMPLETE
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in report.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def emit(text: str, settings: Settings, article: Path | str) -> None:
    """The report to -o (atomically, never over the article) or to stdout."""
    if settings.output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        local = as_article(article)  # the CLI passes text: a file is protected, a DOI is not
        protect = (local,) if isinstance(local, Path) else ()
        write_atomic(settings.output, text, protect=protect)


def render(report: Report, fmt: str, to_terminal: bool = False) -> str:
    """The report in a named format; `jsonl` is one claim per line (`claimcheck claims`).
    Colour and the terminal's width only when the table goes to a terminal."""
    if fmt == "jsonl":
        return jsonl_claims(report)
    options = RenderOptions(source_root=Path.cwd())
    if to_terminal:
        width = shutil.get_terminal_size((100, 24)).columns
        options = RenderOptions(color="NO_COLOR" not in os.environ, width=width,
                                source_root=Path.cwd())
    return renderer_for(fmt, options).render(report)


def run(article: Path | str, settings: Settings) -> int:
    article = as_article(article)
    if isinstance(article, Path) and article.is_dir():
        from claimcheck.commands.folder import run_batch

        return run_batch(article, settings)
    if isinstance(article, Path) and identifier_list(article):
        from claimcheck.commands.identifiers import run_list

        return run_list(article, settings)
    report = build_report(article, settings)
    if report.source is not None:
        tell([source_line(report.source)], settings)
    to_terminal = settings.output is None and sys.stdout.isatty()
    emit(render(report, settings.fmt, to_terminal), settings, article)
    table_on_stdout = settings.output is None and settings.fmt == "table"  # it ends with it
    if not settings.quiet and not table_on_stdout:
        sys.stderr.write(summary_line(report) + "\n")
    return exit_code(report, settings.fail_on)


ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".bib", ".tex", ".xml", ".nxml",
                    ".docx", ".pdf", ".html", ".htm", ".gz", ".tgz")
REPORT_EXTENSIONS = {"table": "txt", "json": "json", "markdown": "md", "html": "html",
               "sarif": "sarif", "jsonl": "jsonl"}
