"""The command line's options, declared once each (typer `Annotated` types) and grouped.

Each group (INPUT, LOOKUPS, OUTPUT, LIMITS) is also its heading in `--help`. `cli.py` gives
these types to the commands that take them. Adding an option: declare it here under its
group, add it to the commands in `cli.py`, and give `commands.settings.Settings` a field of
the same name (flags, config file and defaults merge there). Imports only typer: `--help`
and `--version` must come up at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

INPUT, LOOKUPS, OUTPUT, LIMITS = "Input", "Lookups", "Output", "Limits"
KINDS = ("text, Markdown, BibTeX, LaTeX, JATS XML (also as PMC serves it), HTML, Word (.docx) "
         "or PDF, or a DOI, PMCID, PMID, arXiv id or URL")

# --- Input: what is read ----------------------------------------------------------------------
Article = Annotated[str, typer.Argument(
    metavar="ARTICLE", show_default=False,
    help=f"The article: {KINDS} (the kind is read from the suffix, or --input-format).")]
ArticleOrDir = Annotated[str, typer.Argument(
    metavar="ARTICLE|DIR", show_default=False,
    help=f"The article ({KINDS}), or a folder or a .txt list of identifiers: every article in "
    "it, one report each in -o DIR.")]
InputFormat = Annotated[str | None, typer.Option(
    metavar="KIND", rich_help_panel=INPUT,
    help="text|markdown|bibtex|latex|jats|docx|pdf|html|package (default: from the file's "
    "suffix).")]

# --- Lookups: Crossref, OpenAlex, the cache -----------------------------------------------------
Offline = Annotated[bool | None, typer.Option(
    "--offline", rich_help_panel=LOOKUPS,
    help="No network: answer from the cache and snapshots; the rest is unchecked (exit 3).")]
Snapshot = Annotated[Path | None, typer.Option(
    metavar="FILE", rich_help_panel=LOOKUPS,
    help="Crossref records (JSONL, or a public-data-file .json.gz) answered with no network.")]
SnapshotComplete = Annotated[bool | None, typer.Option(
    "--snapshot-complete", rich_help_panel=LOOKUPS,
    help="The snapshot is the whole registry: a DOI absent from it is not found "
    "(default: absent means unchecked).")]
CrossrefUrl = Annotated[str | None, typer.Option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="Crossref API base URL (env CLAIMCHECK_CROSSREF_URL).")]
Mailto = Annotated[str | None, typer.Option(
    metavar="ADDR", rich_help_panel=LOOKUPS,
    help="Your e-mail, for Crossref's and OpenAlex's polite pools (env CLAIMCHECK_MAILTO).")]
OpenalexUrl = Annotated[str | None, typer.Option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="OpenAlex API base URL for abstracts and open copies of articles named by identifier "
    "(env CLAIMCHECK_OPENALEX_URL; API key from env CLAIMCHECK_OPENALEX_API_KEY).")]
EuropepmcUrl = Annotated[str | None, typer.Option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="Europe PMC REST base URL for articles named by identifier "
    "(env CLAIMCHECK_EUROPEPMC_URL).")]
ArxivUrl = Annotated[str | None, typer.Option(
    metavar="URL", rich_help_panel=LOOKUPS,
    help="arXiv base URL (API, e-prints, PDFs) for articles named by identifier "
    "(env CLAIMCHECK_ARXIV_URL).")]
OpenalexSnapshot = Annotated[Path | None, typer.Option(
    metavar="FILE", rich_help_panel=LOOKUPS,
    help="OpenAlex works (JSONL) answered with no network.")]
FullTextDir = Annotated[Path | None, typer.Option(
    "--fulltext", metavar="DIR", rich_help_panel=LOOKUPS,
    help="Folder of the cited works' PDFs or JATS XML, named by DOI (10.1234_abc.pdf) or "
    "matched by title: support is judged on their passages that bear on the claim.")]
CacheDir = Annotated[Path | None, typer.Option(
    metavar="DIR", rich_help_panel=LOOKUPS,
    help="Answer cache folder (default: the platform's user cache).")]
NoCache = Annotated[bool | None, typer.Option(
    "--no-cache", rich_help_panel=LOOKUPS, help="Do not read or write the cache.")]
Refresh = Annotated[bool | None, typer.Option(
    "--refresh", rich_help_panel=LOOKUPS, help="Ask again; store the fresh answers.")]
Workers = Annotated[int | None, typer.Option(
    metavar="N", rich_help_panel=LOOKUPS,
    help="Parallel lookups (never more than Crossref allows).")]
Timeout = Annotated[float | None, typer.Option(
    metavar="SECONDS", rich_help_panel=LOOKUPS,
    help="Longest wait for one answer (default 30); a lookup that times out is unchecked.")]

# --- Output: the report, the exit code, stderr --------------------------------------------------
Output = Annotated[Path | None, typer.Option(
    "-o", "--output", metavar="FILE", rich_help_panel=OUTPUT,
    help="Write the report here (atomically; never over the input). Default: stdout.")]
Fmt = Annotated[str | None, typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="table|json|markdown|html|sarif (default table).")]
FailOn = Annotated[str | None, typer.Option(
    metavar="LEVEL", rich_help_panel=OUTPUT,
    help="Exit 1 on findings at or above: error|warning|info|never (default error).")]
Select = Annotated[str | None, typer.Option(
    metavar="RULES", rich_help_panel=OUTPUT, help="Keep only these rules (comma-separated).")]
Ignore = Annotated[str | None, typer.Option(
    metavar="RULES", rich_help_panel=OUTPUT, help="Drop these rules (comma-separated).")]
Quiet = Annotated[bool, typer.Option(
    "-q", "--quiet", rich_help_panel=OUTPUT, help="Nothing on stderr but errors.")]
Verbose = Annotated[bool, typer.Option(
    "-v", "--verbose", rich_help_panel=OUTPUT,
    help="Log lookups and retries on stderr, one short line each.")]
# For one command each: its own --format choices, and `dois --fix`.
RefsFmt = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="bibtex|json (default bibtex).")]
ClaimsFmt = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
    help="jsonl|json|table|markdown|html|sarif (default jsonl).")]
Fix = Annotated[bool, typer.Option(
    "--fix", rich_help_panel=OUTPUT,
    help="Write corrected BibTeX to -o instead of a report.")]

# --- Limits: how big an input may be (claimcheck.limits; each also a [tool.claimcheck] key) ---
MaxInputMb = Annotated[float | None, typer.Option(
    metavar="MB", rich_help_panel=LIMITS, help="Largest PDF or Word file (default 100).")]
MaxTextMb = Annotated[float | None, typer.Option(
    metavar="MB", rich_help_panel=LIMITS,
    help="Largest text: a text file, or what a PDF or Word file holds (default 3).")]
MaxReferences = Annotated[int | None, typer.Option(
    metavar="N", rich_help_panel=LIMITS, help="Most references in one list (default 10000).")]
MaxCalloutsPerSentence = Annotated[int | None, typer.Option(
    metavar="N", rich_help_panel=LIMITS, help="Most callouts in one sentence (default 1000).")]
MaxLineChars = Annotated[int | None, typer.Option(
    metavar="N", rich_help_panel=LIMITS,
    help="Most characters in one line of the text (default 1000000).")]
MaxPdfPages = Annotated[int | None, typer.Option(
    metavar="N", rich_help_panel=LIMITS, help="Most pages of a PDF (default 1000).")]
MaxMemberMb = Annotated[float | None, typer.Option(
    metavar="MB", rich_help_panel=LIMITS,
    help="Largest member of a .docx, uncompressed, as the archive declares it (default 20).")]
