"""Command layer (typer): the commands and their help; the only module that exits.

Exit codes, one rule for every command: 0 nothing at or above --fail-on, 1 findings, 2 usage
or input error, 3 lookups incomplete (some reference could not be checked: a service was
unreachable or failing, or --offline without the answer). A user error is one line on stderr,
never a traceback.

Start-up time counts, so this module imports nothing heavy: the commands are plain functions
declared with `@command`; `--help` is printed from the declarations without typer
(`commands/helptext.py`; a test keeps it identical to typer's), a plainly well-formed command
line is read from them too (`commands/argv.py`; a test checks it against typer), and
`commands/typerapp.py` gives the commands to typer for every other line (`app`). The
pipeline, rich, requests and the parsers come with the command.

Adding an option: declare it once in `cliopts.py`, under its group's heading (INPUT, LOOKUPS,
OUTPUT or LIMITS; the group is also its heading in `--help`), add it to the commands below that
take it, and give `commands.settings.Settings` a field of the same name (flags, config file and
defaults merge there).
"""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck.cliopts import (
    Article,
    ArticleOrDir,
    ArxivUrl,
    CacheDir,
    ClaimsFmt,
    CrossrefUrl,
    EuropepmcUrl,
    FailOn,
    Fix,
    Fmt,
    FullTextDir,
    Ignore,
    InputFormat,
    Mailto,
    MaxCalloutsPerSentence,
    MaxInputMb,
    MaxLineChars,
    MaxMemberMb,
    MaxPdfPages,
    MaxReferences,
    MaxTextMb,
    NoCache,
    Offline,
    OpenalexSnapshot,
    OpenalexUrl,
    Output,
    Quiet,
    Refresh,
    RefsFmt,
    Select,
    Snapshot,
    SnapshotComplete,
    Timeout,
    Verbose,
    Workers,
)

if TYPE_CHECKING:
    from claimcheck.commands.settings import Settings

HELP = ("Check a scholarly article's references against Crossref, and its citations against "
        "what the cited works say.")
EPILOG = ("Examples:\n  claimcheck verify paper.pdf\n  claimcheck dois refs.bib --fix -o "
          "fixed.bib\n  claimcheck verify articles/ -o reports/ --format html\n\n"
          "Run 'claimcheck COMMAND --help' for a command's options.")
VERSION_HELP = "Print the version and exit."
EXIT_USAGE = 2
F = TypeVar("F", bound=Callable[..., None])
COMMANDS: dict[str, tuple[Callable[..., None], str]] = {}  # name -> (function, epilog)


def command(epilog: str) -> Callable[[F], F]:
    """Declares a command: typer gets it in `build_app`, the fast `--help` reads it as is."""
    def declare(function: F) -> F:
        COMMANDS[function.__name__] = (function, epilog)
        return function

    return declare


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _guard(action: Callable[[], int]) -> None:
    """Runs a command; user errors become one line and exit 2, Ctrl-C exit 130. It ends in
    SystemExit, whether typer called the command or `main` did (typer lets it through)."""
    try:
        code = action()
    except KeyboardInterrupt:
        _say("claimcheck: interrupted; no report written")
        raise SystemExit(130) from None
    except Exception as exc:
        from claimcheck.commands.settings import user_errors

        if isinstance(exc, user_errors()):
            _say(f"claimcheck: error: {exc}")
            raise SystemExit(EXIT_USAGE) from None
        import logging

        if logging.getLogger().isEnabledFor(logging.INFO):  # a bug of ours: traceback with -v
            raise
        _say(f"claimcheck: internal error: {type(exc).__name__}: {exc} "
             "(rerun with -v for the traceback and please report it)")
        raise SystemExit(EXIT_USAGE) from None
    raise SystemExit(code)


def _settings(article: str, flags: dict[str, Any], parts: set[str]) -> "Settings":
    from claimcheck.commands.settings import settings_for

    return settings_for(article, flags, frozenset(parts))


def _run(article: str, flags: dict[str, Any], parts: set[str]) -> int:
    from claimcheck.commands.run import run

    return run(article, _settings(article, flags, parts))


@command("Examples:\n  claimcheck refs paper.pdf -o refs.bib\n"
         "  claimcheck refs paper.md --format json")
def refs(article: Article, input_format: InputFormat = None, output: Output = None,
         fmt: RefsFmt = "bibtex",
         quiet: Quiet = False, verbose: Verbose = False,
         max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
         max_references: MaxReferences = None,
         max_callouts_per_sentence: MaxCalloutsPerSentence = None,
         max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
         max_member_mb: MaxMemberMb = None) -> None:
    """Parse the reference list and write it as BibTeX (or JSON). No network."""
    from claimcheck.commands.bibfiles import refs_output

    flags = {k: v for k, v in locals().items() if k not in ("article", "fmt")}
    _guard(lambda: refs_output(article, _settings(article, flags, set()), fmt))


@command("Examples:\n"
         "  claimcheck dois paper.md --mailto you@example.org\n"
         "  claimcheck dois refs.bib --fix -o fixed.bib\n"
         "  claimcheck dois paper.md --offline --snapshot crossref.jsonl")
def dois(article: ArticleOrDir, input_format: InputFormat = None,
         offline: Offline = None, snapshot: Snapshot = None,
         snapshot_complete: SnapshotComplete = None, crossref_url: CrossrefUrl = None,
         europepmc_url: EuropepmcUrl = None, arxiv_url: ArxivUrl = None,
         openalex_url: OpenalexUrl = None,
         mailto: Mailto = None, cache_dir: CacheDir = None, no_cache: NoCache = None,
         refresh: Refresh = None, workers: Workers = None, timeout: Timeout = None,
         output: Output = None, fmt: Fmt = None,
         fix: Fix = False,
         fail_on: FailOn = None, select: Select = None, ignore: Ignore = None,
         quiet: Quiet = False, verbose: Verbose = False,
         max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
         max_references: MaxReferences = None,
         max_callouts_per_sentence: MaxCalloutsPerSentence = None,
         max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
         max_member_mb: MaxMemberMb = None) -> None:
    """Check every reference against Crossref: DOIs, titles, authors, years, journals,
    retractions."""
    flags = {k: v for k, v in locals().items() if k not in ("article", "fix")}

    def action() -> int:
        if not fix:
            return _run(article, flags, {"dois"})
        from claimcheck.commands.bibfiles import fix_bibtex

        return fix_bibtex(article, _settings(article, flags, {"dois"}))

    _guard(action)


@command("Example:\n  claimcheck claims paper.md -o claims.jsonl")
def claims(article: ArticleOrDir, input_format: InputFormat = None, output: Output = None,
           fmt: ClaimsFmt = "jsonl",
           fail_on: FailOn = None, select: Select = None, ignore: Ignore = None,
           quiet: Quiet = False, verbose: Verbose = False,
           max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
           max_references: MaxReferences = None,
           max_callouts_per_sentence: MaxCalloutsPerSentence = None,
           max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
           max_member_mb: MaxMemberMb = None) -> None:
    """Find in-text citations, link them to references, write the citing claims. No
    network."""
    flags = {k: v for k, v in locals().items() if k != "article"}
    _guard(lambda: _run(article, flags, {"claims"}))


@command("Examples:\n"
         "  claimcheck verify paper.pdf --mailto you@example.org\n"
         "  claimcheck verify articles/ -o reports/ --format html\n"
         "  claimcheck verify paper.md --offline    # cache and snapshots only")
def verify(article: ArticleOrDir, input_format: InputFormat = None,
           offline: Offline = None, snapshot: Snapshot = None,
           snapshot_complete: SnapshotComplete = None, crossref_url: CrossrefUrl = None,
           mailto: Mailto = None, openalex_url: OpenalexUrl = None,
           openalex_snapshot: OpenalexSnapshot = None, europepmc_url: EuropepmcUrl = None,
           arxiv_url: ArxivUrl = None, fulltext: FullTextDir = None, cache_dir: CacheDir = None,
           no_cache: NoCache = None, refresh: Refresh = None, workers: Workers = None,
           timeout: Timeout = None, output: Output = None, fmt: Fmt = None,
           fail_on: FailOn = None, select: Select = None, ignore: Ignore = None,
           quiet: Quiet = False, verbose: Verbose = False,
           max_input_mb: MaxInputMb = None, max_text_mb: MaxTextMb = None,
           max_references: MaxReferences = None,
           max_callouts_per_sentence: MaxCalloutsPerSentence = None,
           max_line_chars: MaxLineChars = None, max_pdf_pages: MaxPdfPages = None,
           max_member_mb: MaxMemberMb = None) -> None:
    """Run everything: references against Crossref, citations and claims, claim support;
    one report."""
    flags = {k: v for k, v in locals().items() if k != "article"}
    _guard(lambda: _run(article, flags, {"dois", "claims", "support"}))


def __getattr__(name: str) -> Any:
    """`claimcheck.cli.app`, built on first use (PEP 562): importing cli imports no typer."""
    if name == "app":
        from claimcheck.commands.typerapp import build_app

        return build_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from claimcheck.commands.argv import read
    from claimcheck.commands.helptext import help_page

    page = help_page(sys.argv[1:], COMMANDS, (HELP, EPILOG, VERSION_HELP))
    if page is not None:  # `--help` or `COMMAND --help`: no typer needed
        sys.stdout.write(page)
        return
    plain = read(sys.argv[1:], COMMANDS)  # a plainly well-formed line: no typer needed either
    if plain is not None:
        command, values = plain
        command(**values)  # ends in SystemExit (`_guard`)
        return
    __getattr__("app")()  # every command reads its settings inside _guard, so errors end there
