"""The JSON report, a versioned contract (docs/report-schema.md, report.schema.json).

`report_to_dict` is the single projection of a `Report` onto plain JSON values; the JSON, JSONL
and HTML (embedded data) outputs all use it. A string the model leaves empty (the article
printed nothing, the record has no such field) becomes null; stages that did not run
(`Report.parts`) give empty lists.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import claimcheck
from claimcheck.model import Author, Claim, Finding, Record, Reference, ReferenceResult, Report
from claimcheck.render.interface import Renderer
from claimcheck.render.summary import counts

SCHEMA_VERSION = 1

JsonObject = dict[str, Any]


def _s(value: str) -> str | None:
    return value or None


def _year(value: int) -> int | None:
    return value or None


def _author(author: Author) -> JsonObject:
    return {"family": author.family, "given": _s(author.given), "suffix": _s(author.suffix),
            "literal": author.literal}


def _fields(ref: Reference) -> JsonObject:
    return {
        "authors": [_author(a) for a in ref.authors], "et_al": ref.et_al,
        "year": _s(ref.year), "title": _s(ref.title), "container": _s(ref.container),
        "volume": _s(ref.volume), "issue": _s(ref.issue), "pages": _s(ref.pages),
        "doi": _s(ref.doi), "kind": ref.kind, "label": _s(ref.label),
        "year_suffix": _s(ref.year_suffix), "editors": [_author(a) for a in ref.editors],
        "publisher": _s(ref.publisher), "location": _s(ref.location), "url": _s(ref.url),
        "notes": list(ref.notes),
        **_note_parts(ref),
    }


def _note_parts(ref: Reference) -> JsonObject:
    """A footnote's own parts (signal word, pinpoint, the entry a back-reference repeats),
    present only when printed: the report of a reference list without notes is unchanged.
    A back-reference (kind "short") always carries `refers_to`, "" when no earlier entry
    was found for it (an "Ibid." first in the list)."""
    parts = {"signal": ref.signal, "pinpoint": ref.pinpoint, "refers_to": ref.refers_to}
    short = ref.kind == "short"
    return {key: value for key, value in parts.items() if value or (short and key == "refers_to")}


def _record(record: Record) -> JsonObject:
    return {
        "doi": record.doi, "title": _s(record.title),
        "authors": [_author(a) for a in record.authors], "year": _year(record.issued_year),
        "container": _s(record.containers[0] if record.containers else ""),
        "volume": _s(record.volume), "issue": _s(record.issue), "pages": _s(record.pages),
        "type": _s(record.type), "subtitle": _s(record.subtitle),
        "short_container": _s(record.short_containers[0] if record.short_containers else ""),
        "print_year": _year(record.print_year), "online_year": _year(record.online_year),
        "article_number": _s(record.article_number),
        "updates": [{"kind": u.kind, "doi": _s(u.doi), "source": _s(u.source), "date": _s(u.date)}
                    for u in record.updates],
    }


def _reference(result: ReferenceResult) -> JsonObject:
    ref = result.reference
    value: JsonObject = {
        "id": ref.id, "index": ref.index, "line": ref.line, "raw": ref.raw,
        "fields": _fields(ref), "status": result.status, "doi": _s(result.doi),
        "record": _record(result.record) if result.record is not None else None,
        "match_score": round(result.match_score, 4),
    }
    if result.reason:  # optional, so reports without one keep their shape
        value["reason"] = result.reason
    return value


def claim_to_dict(claim: Claim) -> JsonObject:
    """One claim as it appears in `claims` of the JSON report and in the JSONL claim stream."""
    support = claim.support
    return {
        "id": claim.id, "sentence": claim.sentence, "section": _s(claim.section),
        "line": claim.line, "start": claim.start, "end": claim.end,
        "citations": [{"text": c.text, "start": c.start, "end": c.end,
                       "reference_ids": list(c.reference_ids)} for c in claim.citations],
        "support": {"label": support.label, "score": round(support.score, 4),
                    "basis": support.basis,
                    "evidence": [{"sentence": s, "similarity": round(sim, 4)}
                                 for s, sim in support.evidence]},
    }


def _finding(finding: Finding) -> JsonObject:
    return {
        "rule": finding.rule, "severity": finding.severity.value,
        "reference_id": _s(finding.reference_id), "claim_id": _s(finding.claim_id),
        "line": finding.line or None, "field": _s(finding.field),
        "printed": _s(finding.printed), "expected": _s(finding.expected),
        "message": finding.message, "suggestion": _s(finding.suggestion),
        "evidence": list(finding.evidence),
    }


def _summary(report: Report) -> JsonObject:
    c = counts(report)
    return {"references": c.references, "claims": c.claims, "citations": c.citations,
            "statuses": dict(c.statuses),
            "findings": {severity.value: n for severity, n in c.findings}}


def visible(report: Report) -> Report:
    """The report without the lists of stages that did not run, so every format agrees."""
    return replace(
        report,
        references=report.references if "references" in report.parts else (),
        claims=report.claims if "claims" in report.parts else (),
    )


def _source(report: Report) -> JsonObject:
    """`input_source`, only for an article named by identifier or URL (a file has none)."""
    source = report.source
    if source is None:
        return {}
    return {"input_source": {"kind": source.kind, "service": source.service, "url": source.url,
                             "identifier": source.identifier,
                             "licence": source.licence or None}}


def report_to_dict(report: Report) -> JsonObject:
    """The JSON report as plain Python values, keys in contract order."""
    report = visible(report)
    return {
        "schema_version": SCHEMA_VERSION,
        "claimcheck_version": claimcheck.__version__,
        "input": report.input,
        "complete": report.complete,
        "parts": list(report.parts),
        **_source(report),
        "references": [_reference(r) for r in report.references],
        "claims": [claim_to_dict(c) for c in report.claims],
        "findings": [_finding(f) for f in report.findings],
        "summary": _summary(report),
    }


def dumps(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def jsonl_claims(report: Report) -> str:
    """One JSON object per claim per line (`claimcheck claims -o FILE`)."""
    return "".join(json.dumps(claim_to_dict(c), ensure_ascii=False) + "\n" for c in report.claims)


class JsonRenderer(Renderer):
    name = "json"

    def render(self, report: Report) -> str:
        return dumps(report_to_dict(report))
