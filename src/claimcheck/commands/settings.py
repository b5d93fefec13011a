"""Command layer: the settings of one run, merged from flags, the environment, the config file
and defaults, and the options each service and the pipeline take from them.

Adding an option: give `Settings` a field named like the flag (cli.py declares the flag); a
config file key or CLAIMCHECK_* variable of the same name then sets it too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.articles.interface import (
    DEFAULT_ARXIV_URL,
    DEFAULT_EUROPEPMC_URL,
    DEFAULT_OPENALEX_URL,
)
from claimcheck.limits import DEFAULT as DEFAULT_LIMITS
from claimcheck.limits import Limits
from claimcheck.pipeline.check import CheckOptions
from claimcheck.pipeline.parsed import KeepParsed

if TYPE_CHECKING:  # imported where used: `refs` and `claims` look nothing up
    from claimcheck.resolve import ResolverOptions
    from claimcheck.sources import SourceOptions

FAIL_ON = ("error", "warning", "info", "never")


class UsageError(Exception):
    """A bad option value; one line for the user, exit code 2."""


def user_errors() -> tuple[type[Exception], ...]:
    """The exceptions that are the user's to fix: one line, exit 2 (imported when needed)."""
    from claimcheck.articles.interface import ArticleError
    from claimcheck.bibtex import BibtexError
    from claimcheck.config import ConfigError
    from claimcheck.files import OutputError
    from claimcheck.ingest import InputError
    from claimcheck.render import RenderError
    from claimcheck.resolve.interface import ResolverError
    from claimcheck.sources.interface import SourceError

    return (InputError, BibtexError, ConfigError, OutputError, RenderError, ResolverError,
            SourceError, UsageError, ArticleError)


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


def settings_for(article: str, flags: dict[str, Any], parts: frozenset[str]) -> Settings:
    """The settings of one command line: its flags over the config file found from the
    article, logging set up first (a wrong CLAIMCHECK_JOBS is one line now, not after the
    parse)."""
    from claimcheck.articles.arguments import config_anchor
    from claimcheck.config import environment_jobs, load_config

    _logging(bool(flags.get("verbose")))
    environment_jobs()
    return merge_settings(flags, load_config(config_anchor(article)), parts)


def _logging(verbose: bool) -> None:
    """Our own one-line messages with -v; urllib3's retry warnings (a whole request URL
    each) never reach the terminal: the session logs each retry in one short line."""
    import logging

    logging.getLogger("urllib3").propagate = False
    if verbose:
        logging.basicConfig(level=logging.INFO, format="claimcheck: %(message)s")


def report_folder(settings: Settings, what: str) -> Path:
    """The -o folder that takes one report per article when checking `what` (a folder, a
    list of identifiers); UsageError when -o is missing or names a file."""
    if settings.output is None or (settings.output.exists() and not settings.output.is_dir()):
        raise UsageError(f"checking {what} needs -o OUTDIR/ (a folder for the reports)")
    return settings.output


def resolver_options(settings: Settings) -> ResolverOptions:
    from claimcheck.resolve import ResolverOptions

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
    from claimcheck.sources import SourceOptions

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


def limits_of(settings: Settings) -> Limits:
    return Limits(**{name: getattr(settings, name) for name in Limits.__dataclass_fields__})


def check_options(settings: Settings) -> CheckOptions:
    """What the engine runs and keeps, from the settings. The commands that keep answers in
    the cache (`dois`, `verify`) keep parsed entries beside them, unless --no-cache."""
    keep = None
    if "dois" in settings.parts and not settings.no_cache:
        keep = KeepParsed(settings.cache_dir, settings.refresh)
    return CheckOptions(parts=settings.parts, select=settings.select, ignore=settings.ignore,
                        input_format=settings.input_format, limits=limits_of(settings),
                        keep_parsed=keep)
