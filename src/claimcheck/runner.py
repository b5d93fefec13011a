"""What every command does around the engine: settings, resolver, report, output, exit code.

Kept apart from cli.py so the typer layer holds only option declarations. Nothing here exits:
`run()` returns the exit code and the CLI exits with it.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimcheck.articles import (
    DEFAULT_ARXIV_URL,
    DEFAULT_EUROPEPMC_URL,
    ArticleError,
    ArticleOptions,
    Fetcher,
    build_fetcher,
    open_article,
)
from claimcheck.articles.arguments import as_article, identifier_list, report_name, source_line
from claimcheck.engine import CheckOptions, check, check_document, references_of
from claimcheck.files import write_atomic
from claimcheck.ingest import InputError
from claimcheck.model import Report, Severity
from claimcheck.progress import ProgressResolver
from claimcheck.render import RenderOptions, jsonl_claims, renderer_for, summary_line
from claimcheck.resolve import ResolverOptions, build_resolver
from claimcheck.resolve.interface import Resolver
from claimcheck.sources import (
    DEFAULT_OPENALEX_URL,
    AbstractSource,
    SourceOptions,
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
    for name in ("output", "snapshot", "cache_dir", "openalex_snapshot"):
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


def article_options(settings: Settings) -> ArticleOptions:
    """Where and how articles named by identifier or URL are looked for."""
    return ArticleOptions(
        europepmc_url=settings.europepmc_url, arxiv_url=settings.arxiv_url,
        openalex_url=settings.openalex_url, mailto=settings.mailto,
        openalex_api_key=settings.openalex_api_key, offline=settings.offline,
        cache_dir=settings.cache_dir, no_cache=settings.no_cache, refresh=settings.refresh,
        timeout=settings.timeout,
    )  # fmt: skip


def _check(article: Path | str, settings: Settings, resolver: Resolver | None,
           abstracts: AbstractSource | None, fetcher: Fetcher | None = None) -> Report:
    """One article: a local file, or the open full text an identifier names."""
    if isinstance(article, Path):
        return check(article, _options(settings), resolver, abstracts)
    opened = open_article(article, article_options(settings), fetcher)
    document = opened.document
    report = check_document(document, references_of(document), _options(settings), resolver,
                            abstracts)
    return replace(report, source=opened.source)


def _abstracts(settings: Settings) -> AbstractSource | None:
    """OpenAlex abstracts for the support stage; offline with no OpenAlex snapshot, none."""
    if "support" not in settings.parts or (settings.offline and not settings.openalex_snapshot):
        return None
    return build_abstract_source(source_options(settings))


def _options(settings: Settings) -> CheckOptions:
    return CheckOptions(parts=settings.parts, select=settings.select, ignore=settings.ignore,
                        input_format=settings.input_format)


def _resolver(settings: Settings) -> Resolver | None:
    if not settings.parts & {"dois", "support"}:
        return None
    return build_resolver(resolver_options(settings))


def build_report(article: Path | str, settings: Settings) -> Report:
    article = as_article(article)
    resolver = _resolver(settings)
    if resolver is None:
        return _check(article, settings, None, None)
    abstracts = _abstracts(settings)
    show_progress = not settings.quiet and sys.stderr.isatty()
    try:
        if show_progress:
            with ProgressResolver(resolver) as shown:
                return _check(article, settings, shown, abstracts)
        return _check(article, settings, resolver, abstracts)
    finally:
        resolver.close()
        if abstracts is not None:
            abstracts.close()


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
    if isinstance(article, Path) and (article.is_dir() or identifier_list(article)):
        return run_batch(article, settings)
    report = build_report(article, settings)
    to_terminal = settings.output is None and sys.stdout.isatty()
    emit(render(report, settings.fmt, to_terminal), settings, article)
    table_on_stdout = settings.output is None and settings.fmt == "table"  # it ends with it
    if not settings.quiet and report.source is not None:
        sys.stderr.write(source_line(report.source) + "\n")
    if not settings.quiet and not table_on_stdout:
        sys.stderr.write(summary_line(report) + "\n")
    return exit_code(report, settings.fail_on)


ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".bib", ".tex", ".xml", ".nxml",
                    ".docx", ".pdf", ".html", ".htm", ".gz", ".tgz")
_EXTENSIONS = {"table": "txt", "json": "json", "markdown": "md", "html": "html",
               "sarif": "sarif", "jsonl": "jsonl"}


def _batch_items(source: Path) -> list[Path | str]:
    if not source.is_dir():
        return list(identifier_list(source))
    articles = sorted(p for p in source.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not articles:
        raise UsageError(f"{source}: no articles ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
    return list(articles)


def _report_path(article: Path | str, settings: Settings) -> Path:
    assert settings.output is not None
    name = article.stem if isinstance(article, Path) else report_name(article)
    return settings.output / f"{name}.{_EXTENSIONS.get(settings.fmt, 'out')}"


def run_batch(folder: Path, settings: Settings) -> int:
    """Every article in `folder` (or named in a list file), one report each in the -o folder,
    one resolver and one downloader (so one cache and one rate limiter per service) shared by
    all. The exit code is the worst of the articles'."""
    if settings.output is None or (settings.output.exists() and not settings.output.is_dir()):
        raise UsageError("checking a folder or a list of identifiers needs -o OUTDIR/ "
                         "(a folder for the reports)")
    items = _batch_items(folder)
    settings.output.mkdir(parents=True, exist_ok=True)
    resolver = _resolver(settings)
    abstracts = _abstracts(settings)
    remote = any(isinstance(item, str) for item in items)
    fetcher = build_fetcher(article_options(settings)) if remote else None
    worst = EXIT_CLEAN
    try:
        for article in items:
            try:
                report = _check(article, settings, resolver, abstracts, fetcher)
            except (InputError, ArticleError) as exc:  # one bad article must not stop the rest
                sys.stderr.write(f"claimcheck: error: {exc}\n")
                worst = max(worst, EXIT_USAGE)
                continue
            protect = (article,) if isinstance(article, Path) else ()
            write_atomic(_report_path(article, settings), render(report, settings.fmt),
                         protect=protect)
            if not settings.quiet:
                name = article.name if isinstance(article, Path) else article
                sys.stderr.write(f"{name}: {summary_line(report)}\n")
            worst = max(worst, exit_code(report, settings.fail_on))
    finally:
        for service in (resolver, abstracts, fetcher):
            if service is not None:
                service.close()
    return worst
