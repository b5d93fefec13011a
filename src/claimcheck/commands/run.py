"""Command layer: what every command does around the engine: settings, services, report,
output, exit code.

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
from typing import Any

from claimcheck.articles.arguments import as_article, identifier_list, source_line
from claimcheck.articles.interface import DEFAULT_ARXIV_URL, DEFAULT_EUROPEPMC_URL
from claimcheck.commands.outages import WatchedSource, notice_lines
from claimcheck.files import write_atomic
from claimcheck.limits import DEFAULT as DEFAULT_LIMITS
from claimcheck.limits import Limits
from claimcheck.model import Report, Severity
from claimcheck.pipeline.check import CheckOptions, check
from claimcheck.render import RenderOptions, jsonl_claims, renderer_for, summary_line
from claimcheck.resolve import Breaker, ResolverOptions, build_resolver
from claimcheck.resolve.interface import Resolver
from claimcheck.sources import (
    DEFAULT_OPENALEX_URL,
    AbstractSource,
    SourceOptions,
    WithFullText,
    build_abstract_source,
)

FAIL_ON = ("error", "warning", "info", "never")
EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


class UsageError(Exception):
    """A bad option value; one line for the user, exit code 2."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Every option of every command, after flags, config file and defaults are merged."""

    fmt: str = "table"
    output: Path | None = None
    fail_on: str = "error"
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    offline: bool = False
    snapshot: Path | None = None
    snapshot_complete: bool = False
    openalex_url: str = DEFAULT_OPENALEX_URL
    openalex_snapshot: Path | None = None
    openalex_api_key: str = ""
    fulltext: Path | None = None  # a folder of the cited works' PDFs / JATS, named by DOI
    europepmc_url: str = DEFAULT_EUROPEPMC_URL
    arxiv_url: str = DEFAULT_ARXIV_URL
    crossref_url: str = "https://api.crossref.org"
    mailto: str = ""
    cache_dir: Path | None = None
    no_cache: bool = False
    refresh: bool = False
    workers: int = 3
    timeout: float = 30.0
    quiet: bool = False
    verbose: bool = False
    parts: frozenset[str] = field(default_factory=frozenset)
    input_format: str | None = None
    # limits (claimcheck.limits): the same names as its fields, options and config keys
    max_input_mb: float = DEFAULT_LIMITS.max_input_mb
    max_text_mb: float = DEFAULT_LIMITS.max_text_mb
    max_references: int = DEFAULT_LIMITS.max_references
    max_callouts_per_sentence: int = DEFAULT_LIMITS.max_callouts_per_sentence
    max_line_chars: int = DEFAULT_LIMITS.max_line_chars
    max_pdf_pages: int = DEFAULT_LIMITS.max_pdf_pages
    max_member_mb: float = DEFAULT_LIMITS.max_member_mb


def _split_rules(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        value = value.split(",")
    return frozenset(str(v).strip() for v in value or () if str(v).strip())


def merge_settings(
    flags: dict[str, Any], config: dict[str, Any], parts: frozenset[str]
) -> Settings:
    """Flags (None when not given) override the config file, which overrides defaults."""
    env = {
        "crossref_url": os.environ.get("CLAIMCHECK_CROSSREF_URL"),
        "mailto": os.environ.get("CLAIMCHECK_MAILTO"),
        "openalex_url": os.environ.get("CLAIMCHECK_OPENALEX_URL"),
        "openalex_api_key": os.environ.get("CLAIMCHECK_OPENALEX_API_KEY"),
        "europepmc_url": os.environ.get("CLAIMCHECK_EUROPEPMC_URL"),
        "arxiv_url": os.environ.get("CLAIMCHECK_ARXIV_URL"),
    }
    config = {("fmt" if key == "format" else key): value for key, value in config.items()}
    unknown = sorted(set(config) - set(Settings.__dataclass_fields__))
    if unknown:
        raise UsageError(f"unknown setting(s) in the configuration file: {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for name in Settings.__dataclass_fields__:
        for source in (flags, env, config):
            if source.get(name) not in (None, ()):
                values[name] = source[name]
                break
    for name in ("select", "ignore"):
        values[name] = _split_rules(values.get(name))
    for name in ("output", "snapshot", "cache_dir", "openalex_snapshot", "fulltext"):
        if values.get(name) is not None:
            values[name] = Path(values[name])
    values["parts"] = parts
    settings = Settings(**values)
    if settings.fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {settings.fail_on!r}")
    return settings


def resolver_options(settings: Settings) -> ResolverOptions:
    return ResolverOptions(
        crossref_url=settings.crossref_url,
        mailto=settings.mailto,
        offline=settings.offline,
        snapshot=settings.snapshot,
        snapshot_complete=settings.snapshot_complete,
        cache_dir=settings.cache_dir,
        no_cache=settings.no_cache,
        refresh=settings.refresh,
        workers=settings.workers,
        timeout=settings.timeout,
    )


def source_options(settings: Settings) -> SourceOptions:
    return SourceOptions(
        openalex_url=settings.openalex_url,
        mailto=settings.mailto,
        offline=settings.offline,
        snapshot=settings.openalex_snapshot,
        cache_dir=settings.cache_dir,
        no_cache=settings.no_cache,
        refresh=settings.refresh,
        timeout=settings.timeout,
        api_key=settings.openalex_api_key,
    )


@dataclass
class Services:
    """One run's lookups: a resolver, an abstract source, one breaker for both hosts."""

    resolver: Resolver | None = None
    abstracts: WatchedSource | None = None
    breaker: Breaker = field(default_factory=Breaker)

    def notices(self, reports: list[Report]) -> list[str]:
        unchecked = self.abstracts.unchecked if self.abstracts is not None else {}
        return notice_lines(self.breaker.outages(), reports, unchecked)

    def close(self) -> None:
        for service in (self.resolver, self.abstracts):
            if service is not None:
                service.close()


def open_services(settings: Settings) -> Services:
    """The resolver (for dois and support) and OpenAlex abstracts (for support; none
    offline without an OpenAlex snapshot), sharing one breaker."""
    services = Services()
    if settings.parts & {"dois", "support"}:
        services.resolver = build_resolver(resolver_options(settings), None, services.breaker)
    if "support" not in settings.parts:
        return services
    source: AbstractSource | None = None
    if not (settings.offline and not settings.openalex_snapshot):
        source = build_abstract_source(source_options(settings), None, services.breaker)
    if settings.fulltext is not None:  # the user's own full texts, beside any abstracts
        source = WithFullText(source, settings.fulltext)
    if source is not None:
        services.abstracts = WatchedSource(source)
    return services


def limits_of(settings: Settings) -> Limits:
    return Limits(**{name: getattr(settings, name) for name in Limits.__dataclass_fields__})


def check_options(settings: Settings) -> CheckOptions:
    """What the engine runs and keeps, from the settings."""
    return CheckOptions(parts=settings.parts, select=settings.select, ignore=settings.ignore,
                        input_format=settings.input_format, limits=limits_of(settings))


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
