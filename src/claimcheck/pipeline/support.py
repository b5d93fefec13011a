"""Pipeline layer, the support stage (called by `check.py`; the judging itself is `support/`):
Claim x Record -> Support and Finding[] for every (claim, source) pair.

Source text is the user's own full text of the work (`--fulltext DIR`, judged on the passages
that bear on the claim), else the record's Crossref abstract, else OpenAlex's (asked only for
the DOIs whose record has none, in one batched call), else the title, and each judgement says
which it rested on (a full text by its file name). A claim citing several works takes the
judgement of the source that supports it best; findings are per (claim, source), so a
reader sees which citation is doubtful.
Each cited work's text is made once; with `claimcheck[semantic]` every text the judge will
need is encoded in one batch first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from claimcheck.model import Claim, Doi, Finding, Record, Report, Unchecked
from claimcheck.sources import AbstractLookup, AbstractSource, best_source_text, is_abstract
from claimcheck.support import judge, source_from_record, support_findings
from claimcheck.support.judge import prefetch
from claimcheck.support.source import SourceText, source_from_fulltext

_NOT_ASKED = Unchecked("abstract not looked up")


def _records(report: Report) -> dict[str, Record]:
    return {r.reference.id: r.record for r in report.references if r.record is not None}


def _openalex(records: Mapping[str, Record], source: AbstractSource | None,
              claims: Sequence[Claim]) -> dict[Doi, AbstractLookup]:
    """OpenAlex abstracts for the cited records that carry none of their own."""
    if source is None:
        return {}
    cited = {i for claim in claims for c in claim.citations for i in c.reference_ids}
    wanted = sorted({records[i].doi for i in cited if i in records
                     and not is_abstract(records[i].abstract)})
    return source.abstracts(wanted) if wanted else {}


def _source_text(record: Record, lookups: Mapping[Doi, AbstractLookup],
                 source: AbstractSource | None) -> tuple[SourceText, str]:
    """What a record is judged on, and the name of the full-text file it came from ("" for
    none)."""
    full = source.fulltext(record.doi, record.title) if source is not None else None
    if full is not None and full.name:
        return source_from_fulltext(full.title or record.title, full.text), full.name
    text, basis = best_source_text(record.abstract, lookups.get(record.doi, _NOT_ASKED),
                                   record.title)
    return source_from_record(record.title, text if basis == "abstract" else ""), ""


def _cited(claim: Claim, texts: Mapping[str, tuple[SourceText, str]]) -> list[str]:
    return [i for c in claim.citations for i in c.reference_ids if i in texts]


def _claim_support(claim: Claim,
                   texts: Mapping[str, tuple[SourceText, str]]) -> tuple[Claim, list[Finding]]:
    judged = [(ref_id, judge(claim.sentence, texts[ref_id][0]), texts[ref_id][1])
              for ref_id in _cited(claim, texts)]
    if not judged:
        return claim, []
    findings = [f for ref_id, support, origin in judged
                for f in support_findings(claim, ref_id, support, claim.line, origin)]
    best = max((support for _, support, _ in judged), key=lambda s: s.score)
    return replace(claim, support=best), findings


def add_support(report: Report, source: AbstractSource | None) -> Report:
    """The report with each claim's support judged and the doubtful pairs as findings."""
    records = _records(report)
    lookups = _openalex(records, source, report.claims)
    cited = {i for claim in report.claims for c in claim.citations for i in c.reference_ids}
    texts = {i: _source_text(records[i], lookups, source) for i in sorted(cited) if i in records}
    prefetch((claim.sentence, texts[i][0]) for claim in report.claims for i in _cited(claim, texts))
    claims: list[Claim] = []
    findings: list[Finding] = []
    for claim in report.claims:
        judged, found = _claim_support(claim, texts)
        claims.append(judged)
        findings.extend(found)
    return replace(report, claims=tuple(claims), findings=(*report.findings, *findings),
                   parts=(*report.parts, "support"))
