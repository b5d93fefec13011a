"""Pipeline layer (the library API): `check()` runs the pipeline on one article and returns a
Report.

It never prints or exits and builds no HTTP session: the resolver is handed in. Which stages
run is chosen by `CheckOptions.parts`; the CLI commands are projections of the same run.
`read_article()` is the CPU-only first half (read and parse), which a folder run does in
worker processes while the parent process looks up and links (`commands/folder.py`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.ingest import Document, load_document
from claimcheck.limits import DEFAULT as DEFAULT_LIMITS
from claimcheck.limits import Limits
from claimcheck.model import Callout, Doi, Finding, Reference, ReferenceResult, Report
from claimcheck.pipeline.parsed import KeepParsed, ParsedEntries
from claimcheck.text import is_valid_doi

if TYPE_CHECKING:
    from claimcheck.parallel import Aside
    from claimcheck.resolve.interface import Resolver
    from claimcheck.sources import AbstractSource

PARTS = ("references", "dois", "claims", "support")


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What to run and which findings to keep (rule names; empty select keeps all)."""

    parts: frozenset[str] = frozenset(PARTS)
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    input_format: str | None = None  # None: from the file's suffix
    limits: Limits = DEFAULT_LIMITS  # over one: LimitError, an InputError
    keep_parsed: KeepParsed | None = None  # parsed entries kept between runs (`parsed.py`)


def check(
    path: Path,
    options: CheckOptions,
    resolver: Resolver | None = None,
    abstracts: AbstractSource | None = None,
) -> Report:
    """Reads, parses, resolves and links one article. `resolver` is needed for dois and
    support; `abstracts` (OpenAlex) adds source text where Crossref has no abstract. The
    printed DOIs are looked up while the entries are parsed (`prefetch.py`)."""
    document = load_document(path, options.input_format, options.limits)
    if resolver is None or "dois" not in options.parts:
        scan = _scan(document, options)
        aside = scan.aside() if scan is not None else None
        references = references_of(document, options.keep_parsed, aside)
        numeric = scan.found(len(references)) if scan is not None else None
        return check_document(document, references, options, resolver, abstracts,
                              numeric=numeric)
    # the prefetcher is a Resolver: the resolver's package, imported by the commands that look
    # up only (start-up time counts)
    from claimcheck.pipeline.prefetch import Prefetcher, printed_dois

    ahead = Prefetcher(resolver)
    try:
        ahead.start_dois(printed_dois(e.text for e in document.entries)
                         or [Doi(r.doi) for r in document.references if is_valid_doi(r.doi)])
        # imported once the first lookups are on their way (start-up time counts)
        from claimcheck.compare.search import SEARCH_ROWS, is_searchable, search_query
        from claimcheck.compare.verify import wants_search

        references = references_of(document, options.keep_parsed)
        searchable = [r for r in references if is_searchable(r)]
        ahead.start_searches((search_query(r) for r in searchable if not is_valid_doi(r.doi)),
                             SEARCH_ROWS)
        with_doi = [r for r in searchable if is_valid_doi(r.doi)]
        ahead.search_after_dois(lambda answers: [
            search_query(r) for r in with_doi
            if (lookup := answers.get(Doi(r.doi))) is not None and wants_search(r, lookup)],
            SEARCH_ROWS)
        return check_document(document, references, options, ahead, abstracts)
    finally:
        ahead.close()


def read_article(
    path: Path, input_format: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> tuple[Document, tuple[Reference, ...]]:
    """The document and its references, read and parsed (no network; picklable)."""
    document = load_document(path, input_format, limits)
    return document, references_of(document)


# What finding the body's numeric callouts costs against parsing the list (both measured on
# the 10,000-reference articles of benchmarks/scale.py, docs/benchmarks/scale.md sessions 9
# and 20): ~0.4 as much per character of body as per character of entries (a first scan, as
# here: its patterns' first matches cost more than later ones), and importing the citations
# stage (its patterns) as much as parsing ~95,000 characters of entries. Too low a share
# leaves this process the last to finish, the worker's core idle meanwhile.
_SCAN_PER_CHARACTER = 0.4
_SCAN_IMPORT = 95_000


@dataclass(slots=True)
class _Scan:
    """The body's numeric callouts for a list of `count` entries, once the aside found them
    (it runs only when workers parse the list: `parallel.in_parts`)."""

    body: str
    count: int
    share: float  # its estimated share of the parse's cost
    callouts: tuple[Callout, ...] | None = None

    def aside(self) -> Aside:
        from claimcheck.parallel import Aside

        return Aside(self.run, self.share)

    def run(self) -> None:
        from claimcheck.citations import scan_ahead  # imported meanwhile too

        self.callouts = scan_ahead(self.body, self.count)

    def found(self, count: int) -> tuple[Callout, ...] | None:
        """The callouts when found, for a list of as many references."""
        return self.callouts if count == self.count else None


def _scan(document: Document, options: CheckOptions) -> _Scan | None:
    """What finds the body's numeric callouts while workers parse a long list (the citations
    stage's work that needs no reference: `citations.scan_ahead`), when claims are asked for,
    with its estimated share of the parse's cost (the import's too, when not yet done)."""
    if not ({"claims", "support"} & options.parts) or not document.body or document.marked:
        return None
    listed = sum(len(entry.text) for entry in document.entries) or 1
    cost = _SCAN_PER_CHARACTER * len(document.body)
    if "claimcheck.citations" not in sys.modules:
        cost += _SCAN_IMPORT
    return _Scan(document.body, len(document.entries), cost / listed)


def references_of(
    document: Document, keep: KeepParsed | None = None, aside: Aside | None = None
) -> tuple[Reference, ...]:
    """The input's structured references (keys kept when it has them), else the parsed list
    (entries parsed in an earlier run read back when `keep` says where they are kept).
    `aside` is done while a long list is parsed on worker processes (once, if the list is
    parsed here at all: `parse_entries`)."""
    if not document.references:
        if keep is not None and document.entries:
            kept = ParsedEntries(keep)
            try:
                return kept.parse(document.entries)
            finally:
                kept.close()
        from claimcheck.parse import parse_entries  # on first use: start-up time counts

        return parse_entries(document.entries, aside)
    if all(ref.id for ref in document.references):
        return document.references
    from claimcheck.parse.keys import assign_keys

    return assign_keys(document.references)


def check_document(
    document: Document,
    references: Sequence[Reference],
    options: CheckOptions,
    resolver: Resolver | None = None,
    abstracts: AbstractSource | None = None,
    *,
    numeric: tuple[Callout, ...] | None = None,
) -> Report:
    """The pipeline on an already read document and its parsed references (`numeric`: the
    body's numeric callouts for them, when found already while the list was parsed)."""
    report = Report(
        input=document.path,
        references=tuple(_unresolved(ref) for ref in references),
        parts=("references",),
    )
    if "dois" in options.parts and resolver is not None:
        report = _resolve(report, resolver)
    if ("claims" in options.parts or "support" in options.parts) and document.body:
        report = _claims(report, document, numeric)
        _check_callouts(report, document.path, options.limits)
    if "support" in options.parts and "dois" in report.parts and report.claims:
        from claimcheck.pipeline.support import add_support  # on first use: start-up time counts

        report = add_support(report, abstracts)
    return replace(report, findings=_kept(report.findings, options))


def _unresolved(reference: Reference) -> ReferenceResult:
    return ReferenceResult(reference=reference, status="not-checked")


def _resolve(report: Report, resolver: Resolver) -> Report:
    from claimcheck.compare import verify_references  # not for `refs` and `claims`

    verification = verify_references([r.reference for r in report.references], resolver)
    return replace(
        report,
        references=verification.results,
        findings=report.findings + verification.findings,
        complete=report.complete and verification.complete,
        parts=(*report.parts, "dois"),
    )


def _claims(report: Report, document: Document, numeric: tuple[Callout, ...] | None) -> Report:
    # Imported on first use: `refs` and `dois` never need them, and start-up time counts.
    from claimcheck.citations import extract_claims
    from claimcheck.citations.marked import extract_marked_claims

    references = [r.reference for r in report.references]
    if document.marked:
        extraction = extract_marked_claims(
            document.body, references, document.marked, document.entry_keys
        )
    else:
        extraction = extract_claims(document.body, references, numeric=numeric)
    return replace(
        report,
        claims=extraction.claims,
        findings=report.findings + extraction.findings,
        parts=(*report.parts, "claims"),
    )


def _check_callouts(report: Report, path: str, limits: Limits) -> None:
    """LimitError when one claim's sentence carries more callouts than the limit allows."""
    crowded = max(report.claims, key=lambda claim: len(claim.citations), default=None)
    if crowded is not None:
        limits.check("max_callouts_per_sentence", len(crowded.citations),
                     f"{path}: the sentence at line {crowded.line} has")


def _kept(findings: tuple[Finding, ...], options: CheckOptions) -> tuple[Finding, ...]:
    return tuple(
        f
        for f in findings
        if (not options.select or f.rule in options.select) and f.rule not in options.ignore
    )
