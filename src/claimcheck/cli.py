"""The command line: thin typer declarations over runner/engine; the only module that exits.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error, 3 lookups
incomplete (network). A user error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from claimcheck import __version__
from claimcheck.bibtex import BibtexError
from claimcheck.config import ConfigError, load_config
from claimcheck.files import OutputError
from claimcheck.ingest import InputError
from claimcheck.render import RenderError
from claimcheck.resolve.interface import ResolverError
from claimcheck.runner import EXIT_USAGE, Settings, UsageError, merge_settings, run
from claimcheck.sources import SourceError
from claimcheck.workflows import fix_bibtex, refs_output

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Check a scholarly article's references against Crossref and its citations.",
)
USER_ERRORS = (InputError, BibtexError, ConfigError, OutputError, RenderError, ResolverError,
               SourceError, UsageError)

Article = Annotated[Path, typer.Argument(help="Article: plain text / Markdown, or a .bib file.")]
Output = Annotated[Path | None, typer.Option("-o", "--output", help="Write the report here.")]
Fmt = Annotated[str | None, typer.Option("--format", "-f", help="table|json|markdown|html|sarif")]
FailOn = Annotated[str | None, typer.Option(help="Exit 1 on findings at or above: "
                                            "error|warning|info|never (default error).")]
Select = Annotated[str | None, typer.Option(help="Only these rules (comma-separated).")]
Ignore = Annotated[str | None, typer.Option(help="Drop these rules (comma-separated).")]
Offline = Annotated[bool | None, typer.Option("--offline", help="Cache and snapshot only.")]
Snapshot = Annotated[Path | None, typer.Option(help="Crossref records (JSONL or .json.gz).")]
SnapshotComplete = Annotated[bool | None, typer.Option(
    "--snapshot-complete", help="The snapshot is the whole registry: a DOI absent from it is "
    "not found (default: absent means unchecked).")]
CrossrefUrl = Annotated[str | None, typer.Option(help="Crossref API base URL "
                                                 "(env CLAIMCHECK_CROSSREF_URL).")]
Mailto = Annotated[str | None, typer.Option(help="Contact e-mail for Crossref's polite pool "
                                            "(env CLAIMCHECK_MAILTO).")]
CacheDir = Annotated[Path | None, typer.Option(help="Cache directory.")]
NoCache = Annotated[bool | None, typer.Option("--no-cache", help="Do not read or write the cache.")]
Refresh = Annotated[bool | None, typer.Option("--refresh", help="Ignore cached answers.")]
Workers = Annotated[int | None, typer.Option(help="Parallel lookups (capped by Crossref).")]
Timeout = Annotated[float | None, typer.Option(help="Seconds to wait for one answer (default 30); "
                                               "a lookup that times out is unchecked.")]
Quiet = Annotated[bool, typer.Option("-q", "--quiet", help="No summary or progress on stderr.")]
OpenalexUrl = Annotated[str | None, typer.Option(
    help="OpenAlex API base URL for abstracts (env CLAIMCHECK_OPENALEX_URL); API key from "
    "env CLAIMCHECK_OPENALEX_API_KEY.")]
OpenalexSnapshot = Annotated[Path | None, typer.Option(
    help="OpenAlex works (JSONL) answered with no network.")]
InputFormat = Annotated[str | None, typer.Option(
    help="text|markdown|bibtex|latex|jats|docx|pdf (default: from the file's suffix).")]
Verbose = Annotated[bool, typer.Option("-v", "--verbose", help="Log lookups on stderr.")]
# Limits (claimcheck.limits): over one, exit 2 naming it; each is also a [tool.claimcheck] key.
_LIMITS = "Limits"
MaxInputMb = Annotated[float | None, typer.Option(
    help="Largest PDF or Word file, MB (default 100).", rich_help_panel=_LIMITS)]
MaxTextMb = Annotated[float | None, typer.Option(
    help="Largest text: a text file, or what a PDF or Word file holds, MB (default 3).",
    rich_help_panel=_LIMITS)]
MaxReferences = Annotated[int | None, typer.Option(
    help="Most references in one list (default 10000).", rich_help_panel=_LIMITS)]
MaxCalloutsPerSentence = Annotated[int | None, typer.Option(
    help="Most callouts in one sentence (default 1000).", rich_help_panel=_LIMITS)]
MaxLineChars = Annotated[int | None, typer.Option(
    help="Most characters in one line of the text (default 1000000).", rich_help_panel=_LIMITS)]
MaxPdfPages = Annotated[int | None, typer.Option(
    help="Most pages of a PDF (default 1000).", rich_help_panel=_LIMITS)]
MaxMemberMb = Annotated[float | None, typer.Option(
    help="Largest member of a .docx, uncompressed, MB (default 20).", rich_help_panel=_LIMITS)]


def _guard(action: Callable[[], int]) -> None:
    """Runs a command; user errors become one line and exit 2, Ctrl-C exit 130."""
    try:
        code = action()
    except USER_ERRORS as exc:
        typer.echo(f"claimcheck: error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted; no report written", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug of ours: one line, the traceback only with -v
        if logging.getLogger().isEnabledFor(logging.INFO):
            raise
        typer.echo(f"claimcheck: internal error: {type(exc).__name__}: {exc} "
                   "(rerun with -v for the traceback and please report it)", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(code)


def _settings(article: Path, flags: dict[str, Any], parts: set[str]) -> Settings:
    if flags.get("verbose"):
        logging.basicConfig(level=logging.INFO, format="claimcheck: %(message)s")
    return merge_settings(flags, load_config(article), frozenset(parts))


@app.command()
def refs(article: Article, output: Output = None, fmt: Annotated[str, typer.Option(
        "--format", "-f", help="bibtex|json")] = "bibtex",
         input_format: InputFormat = None, quiet: Quiet = False,
         max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
         max_references: MaxReferences = None,
         max_callouts_per_sentence: MaxCalloutsPerSentence = None,
         max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
         max_member_mb: MaxMemberMb = None) -> None:
    """Parse the reference list and write it as BibTeX (or JSON)."""
    flags = {k: v for k, v in locals().items() if k not in ("article", "fmt", "quiet")}
    _guard(lambda: refs_output(article, _settings(article, flags, set()), fmt))


@app.command()
def dois(article: Article, fmt: Fmt = None, output: Output = None,
         fix: Annotated[bool, typer.Option(help="Write corrected BibTeX to -o.")] = False,
         fail_on: FailOn = None, select: Select = None, ignore: Ignore = None,
         offline: Offline = None, snapshot: Snapshot = None,
         snapshot_complete: SnapshotComplete = None, crossref_url: CrossrefUrl = None,
         mailto: Mailto = None, cache_dir: CacheDir = None, no_cache: NoCache = None,
         refresh: Refresh = None, workers: Workers = None, timeout: Timeout = None,
         input_format: InputFormat = None,
         quiet: Quiet = False, verbose: Verbose = False,
         max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
         max_references: MaxReferences = None,
         max_callouts_per_sentence: MaxCalloutsPerSentence = None,
         max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
         max_member_mb: MaxMemberMb = None) -> None:
    """Check every reference against Crossref: DOIs, titles, authors, years, journals."""
    flags = {k: v for k, v in locals().items() if k not in ("article", "fix")}

    def action() -> int:
        settings = _settings(article, flags, {"dois"})
        return fix_bibtex(article, settings) if fix else run(article, settings)

    _guard(action)


@app.command()
def claims(article: Article, output: Output = None, fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl|json|table|markdown|html|sarif")] = "jsonl",
           fail_on: FailOn = None, select: Select = None, ignore: Ignore = None,
           input_format: InputFormat = None, quiet: Quiet = False,
           max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
           max_references: MaxReferences = None,
           max_callouts_per_sentence: MaxCalloutsPerSentence = None,
           max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
           max_member_mb: MaxMemberMb = None) -> None:
    """Find in-text citations, link them to references, write the citing claims."""
    flags = {k: v for k, v in locals().items() if k != "article"}
    _guard(lambda: run(article, _settings(article, flags, {"claims"})))


@app.command()
def verify(article: Article, fmt: Fmt = None, output: Output = None, fail_on: FailOn = None,
           select: Select = None, ignore: Ignore = None, offline: Offline = None,
           snapshot: Snapshot = None, snapshot_complete: SnapshotComplete = None,
           crossref_url: CrossrefUrl = None, mailto: Mailto = None,
           openalex_url: OpenalexUrl = None, openalex_snapshot: OpenalexSnapshot = None,
           cache_dir: CacheDir = None, no_cache: NoCache = None, refresh: Refresh = None,
           workers: Workers = None, timeout: Timeout = None, input_format: InputFormat = None,
           quiet: Quiet = False,
           verbose: Verbose = False,
           max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
           max_references: MaxReferences = None,
           max_callouts_per_sentence: MaxCalloutsPerSentence = None,
           max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
           max_member_mb: MaxMemberMb = None) -> None:
    """Run everything: references, Crossref, citations and claims, and report."""
    flags = {k: v for k, v in locals().items() if k != "article"}
    _guard(lambda: run(article, _settings(article, flags, {"dois", "claims", "support"})))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version,
                                                is_eager=True)] = False) -> None:
    """claimcheck: references and citations you can trust."""


def main() -> None:
    app()  # every command reads its settings inside _guard, so errors end there
