"""What every command does around the engine: settings, resolver, report, output, exit code.

Kept apart from cli.py so the typer layer holds only option declarations. Nothing here exits:
`run()` returns the exit code and the CLI exits with it.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.engine import CheckOptions, check
from claimcheck.files import write_atomic
from claimcheck.ingest import InputError
from claimcheck.limits import DEFAULT as DEFAULT_LIMITS
from claimcheck.limits import Limits
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


def _abstracts(settings: Settings) -> AbstractSource | None:
    """OpenAlex abstracts for the support stage; offline with no OpenAlex snapshot, none."""
    if "support" not in settings.parts or (settings.offline and not settings.openalex_snapshot):
        return None
    return build_abstract_source(source_options(settings))


def limits_of(settings: Settings) -> Limits:
    return Limits(**{name: getattr(settings, name) for name in Limits.__dataclass_fields__})


def _options(settings: Settings) -> CheckOptions:
    return CheckOptions(parts=settings.parts, select=settings.select, ignore=settings.ignore,
                        input_format=settings.input_format, limits=limits_of(settings))


def _resolver(settings: Settings) -> Resolver | None:
    if not settings.parts & {"dois", "support"}:
        return None
    return build_resolver(resolver_options(settings))


def build_report(article: Path, settings: Settings) -> Report:
    resolver = _resolver(settings)
    if resolver is None:
        return check(article, _options(settings))
    abstracts = _abstracts(settings)
    show_progress = not settings.quiet and sys.stderr.isatty()
    try:
        if show_progress:
            with ProgressResolver(resolver) as shown:
                return check(article, _options(settings), shown, abstracts)
        return check(article, _options(settings), resolver, abstracts)
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


def emit(text: str, settings: Settings, article: Path) -> None:
    """The report to -o (atomically, never over the article) or to stdout."""
    if settings.output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        write_atomic(settings.output, text, protect=(article,))


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


def run(article: Path, settings: Settings) -> int:
    if article.is_dir():
        return run_batch(article, settings)
    report = build_report(article, settings)
    to_terminal = settings.output is None and sys.stdout.isatty()
    emit(render(report, settings.fmt, to_terminal), settings, article)
    table_on_stdout = settings.output is None and settings.fmt == "table"  # it ends with it
    if not settings.quiet and not table_on_stdout:
        sys.stderr.write(summary_line(report) + "\n")
    return exit_code(report, settings.fail_on)


ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".bib", ".tex", ".xml", ".nxml",
                    ".docx", ".pdf")
_EXTENSIONS = {"table": "txt", "json": "json", "markdown": "md", "html": "html",
               "sarif": "sarif", "jsonl": "jsonl"}


def run_batch(folder: Path, settings: Settings) -> int:
    """Every article in `folder`, one report each in the -o folder, one resolver (so one cache
    and one rate limiter) shared by all. The exit code is the worst of the articles'."""
    if settings.output is None or (settings.output.exists() and not settings.output.is_dir()):
        raise UsageError("checking a folder needs -o OUTDIR/ (a folder for the reports)")
    settings.output.mkdir(parents=True, exist_ok=True)
    articles = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not articles:
        raise UsageError(f"{folder}: no articles ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
    resolver = _resolver(settings)
    abstracts = _abstracts(settings)
    worst = EXIT_CLEAN
    try:
        for article in articles:
            try:
                report = check(article, _options(settings), resolver, abstracts)
            except InputError as exc:  # one bad article must not stop the others
                sys.stderr.write(f"claimcheck: error: {exc}\n")
                worst = max(worst, EXIT_USAGE)
                continue
            target = settings.output / f"{article.stem}.{_EXTENSIONS.get(settings.fmt, 'out')}"
            write_atomic(target, render(report, settings.fmt), protect=(article,))
            if not settings.quiet:
                sys.stderr.write(f"{article.name}: {summary_line(report)}\n")
            worst = max(worst, exit_code(report, settings.fail_on))
    finally:
        for service in (resolver, abstracts):
            if service is not None:
                service.close()
    return worst
