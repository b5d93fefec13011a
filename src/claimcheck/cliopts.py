"""The command line's options, declared once each (`Annotated` types) and grouped.

Each group (INPUT, LOOKUPS, OUTPUT, LIMITS) is also its heading in `--help`. `cli.py` gives
these types to the commands that take them. Adding an option: declare it here under its
group, add it to the commands in `cli.py`, and give `commands.settings.Settings` a field of
the same name (flags, config file and defaults merge there).

Start-up time counts, so a declaration is a plain `Opt` value, not a typer object: `--help`
is printed from these values without importing typer (`commands/helptext.py`), and
`Opt.to_typer()` makes the typer parameter only when a command runs (`commands/typerapp.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NamedTuple


class Opt(NamedTuple):
    """One option or argument as typer is to be given it (the same fields, same meaning)."""

    names: tuple[str, ...] = ()  # none: typer's `--param-name`
    group: str | None = None  # the heading in --help (typer's rich_help_panel)
    help: str = ""
    metavar: str | None = None
    argument: bool = False

    def to_typer(self) -> Any:
        import typer  # only when a command runs

        if self.argument:
            return typer.Argument(metavar=self.metavar, show_default=False, help=self.help)
        return typer.Option(*self.names, metavar=self.metavar, rich_help_panel=self.group,
                            help=self.help)


def option(*names: str, rich_help_panel: str, help: str, metavar: str | None = None) -> Opt:
    """Declared with typer.Option's keywords, so it reads as typer's declaration would."""
    return Opt(names, rich_help_panel, help, metavar)


def argument(metavar: str, help: str) -> Opt:
    return Opt(help=help, metavar=metavar, argument=True)


INPUT, LOOKUPS, OUTPUT, LIMITS = "Input", "Lookups", "Output", "Limits"
KINDS = ("text, Markdown, BibTeX, LaTeX, JATS XML (also as PMC serves it), HTML, Word (.docx) "
         "or PDF, or a DOI, PMCID, PMID, arXiv id or URL")

# --- Input: what is read ----------------------------------------------------------------------
Article = Annotated[str, argument(
    "ARTICLE",
    help=f"The article: {KINDS} (the kind is read from the suffix, or --input-format).")]
ArticleOrDir = Annotated[str, argument(
    "ARTICLE|DIR",
    help=f"The article ({KINDS}), or a folder or a .txt list of identifiers: every article in "
    "it, one report each in -o DIR.")]
InputFormat = Annotated[str | None, option(
    metavar="KIND", rich_help_panel=INPUT,
    help="text|markdown|bibtex|latex|jats|docx|pdf|html|package (default: from the file's "
    "suffix).")]

# --- Lookups: Crossref, OpenAlex, the cache -----------------------------------------------------
Offline = Annotated[bool | None, option(
    "--offline", rich_help_panel=LOOKUPS,
    help="No network: answer from the cache and snapshots; the rest is unchecked (exit 3).")]
Snapshot = Annotated[Path | None, option(
    metavar="FILE", rich_help_panel=LOOKUPS,
    help="Crossref records (JSONL, or a public-data-file .json.gz) answered with no network.")]
SnapshotComplete = Annotated[bool | None, option(
    "--snapshot-complete", rich_help_panel=LOOKUPS,
    help="The snapshot is the whole registry: a DOI absent from it is not found "
    "(default: absent means unchecked).")]
CrossrefUrl = Annotated[str | None, option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="Crossref API base URL (env CLAIMCHECK_CROSSREF_URL).")]
Mailto = Annotated[str | None, option(
    metavar="ADDR", rich_help_panel=LOOKUPS,
    help="Your e-mail, for Crossref's and OpenAlex's polite pools (env CLAIMCHECK_MAILTO).")]
OpenalexUrl = Annotated[str | None, option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="OpenAlex API base URL for abstracts and open copies of articles named by identifier "
    "(env CLAIMCHECK_OPENALEX_URL; API key from env CLAIMCHECK_OPENALEX_API_KEY).")]
EuropepmcUrl = Annotated[str | None, option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="Europe PMC REST base URL for articles named by identifier "
    "(env CLAIMCHECK_EUROPEPMC_URL).")]
ArxivUrl = Annotated[str | None, option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="arXiv base URL (API, e-prints, PDFs) for articles named by identifier "
    "(env CLAIMCHECK_ARXIV_URL).")]
OpenalexSnapshot = Annotated[Path | None, option(
    metavar="FILE", rich_help_panel=LOOKUPS,
    help="OpenAlex works (JSONL) answered with no network.")]
FullTextDir = Annotated[Path | None, option(
    "--fulltext", metavar="DIR", rich_help_panel=LOOKUPS,
    help="Folder of the cited works' PDFs or JATS XML, named by DOI (10.1234_abc.pdf) or "
    "matched by title: support is judged on their passages that bear on the claim.")]
CacheDir = Annotated[Path | None, option(
    metavar="DIR", rich_help_panel=LOOKUPS,
    help="Answer cache folder (default: the platform's user cache).")]
NoCache = Annotated[bool | None, option(
    "--no-cache", rich_help_panel=LOOKUPS, help="Do not read or write the cache.")]
Refresh = Annotated[bool | None, option(
    "--refresh", rich_help_panel=LOOKUPS, help="Ask again; store the fresh answers.")]
Workers = Annotated[int | None, option(
    metavar="N", rich_help_panel=LOOKUPS,
    help="Parallel lookups (never more than Crossref allows).")]
Timeout = Annotated[float | None, option(
    metavar="SECONDS", rich_help_panel=LOOKUPS,
    help="Longest wait for one answer (default 30); a lookup that times out is unchecked.")]

# --- Output: the report, the exit code, stderr --------------------------------------------------
Output = Annotated[Path | None, option(
    "-o", "--output", metavar="FILE", rich_help_panel=OUTPUT,
    help="Write the report here (atomically; never over the input). Default: stdout.")]
Fmt = Annotated[str | None, option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="table|json|markdown|html|sarif (default table).")]
FailOn = Annotated[str | None, option(
    metavar="LEVEL", rich_help_panel=OUTPUT,
    help="Exit 1 on findings at or above: error|warning|info|never (default error).")]
Select = Annotated[str | None, option(
    metavar="RULES", rich_help_panel=OUTPUT, help="Keep only these rules (comma-separated).")]
Ignore = Annotated[str | None, option(
    metavar="RULES", rich_help_panel=OUTPUT, help="Drop these rules (comma-separated).")]
Quiet = Annotated[bool, option(
    "-q", "--quiet", rich_help_panel=OUTPUT, help="Nothing on stderr but errors.")]
Verbose = Annotated[bool, option(
    "-v", "--verbose", rich_help_panel=OUTPUT,
    help="Log lookups and retries on stderr, one short line each.")]
# For one command each: its own --format choices, and `dois --fix`.
RefsFmt = Annotated[str, option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="bibtex|json (default bibtex).")]
ClaimsFmt = Annotated[str, option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="jsonl|json|table|markdown|html|sarif (default jsonl).")]
Fix = Annotated[bool, option(
    "--fix", rich_help_panel=OUTPUT,
    help="Write corrected BibTeX to -o instead of a report.")]

# --- Limits: how big an input may be (claimcheck.limits; each also a [tool.claimcheck] key) ---
MaxInputMb = Annotated[float | None, option(
    metavar="MB", rich_help_panel=LIMITS, help="Largest PDF or Word file (default 100).")]
MaxTextMb = Annotated[float | None, option(
    metavar="MB", rich_help_panel=LIMITS,
    help="Largest text: a text file, or what a PDF or Word file holds (default 3).")]
MaxReferences = Annotated[int | None, option(
    metavar="N", rich_help_panel=LIMITS, help="Most references in one list (default 10000).")]
MaxCalloutsPerSentence = Annotated[int | None, option(
    metavar="N", rich_help_panel=LIMITS, help="Most callouts in one sentence (default 1000).")]
MaxLineChars = Annotated[int | None, option(
    metavar="N", rich_help_panel=LIMITS,
    help="Most characters in one line of the text (default 1000000).")]
MaxPdfPages = Annotated[int | None, option(
    metavar="N", rich_help_panel=LIMITS, help="Most pages of a PDF (default 1000).")]
MaxMemberMb = Annotated[float | None, option(
    metavar="MB", rich_help_panel=LIMITS,
    help="Largest member of a .docx, uncompressed, as the archive declares it (default 20).")]
