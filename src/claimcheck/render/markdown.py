"""The Markdown report: what a person pastes into a peer review or an issue.

A summary, the findings in one table per severity, and the references checked. Every value
from the article or a record is escaped so that it renders as the text it is: no emphasis,
links, HTML or broken table cells can come from the data.
"""

from __future__ import annotations

import re

from claimcheck.model import Finding, Report
from claimcheck.render import views
from claimcheck.render.interface import Renderer
from claimcheck.render.jsonreport import visible
from claimcheck.render.summary import STATUS_LABELS, summary_line

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can start
# markup inline or inside a GFM table cell.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
_HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def md(text: str) -> str:
    """`text` as literal Markdown inline text on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _finding_rows(findings: tuple[Finding, ...]) -> list[str]:
    rows = [_row(["Reference", "Claim", "Line", "Rule", "Printed", "Expected", "Message"]),
            _row(["---"] * 7)]
    for f in findings:
        message = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
        rows.append(_row([md(f.reference_id), md(f.claim_id), str(f.line or ""), f"`{f.rule}`",
                          md(f.printed), md(f.expected), md(message)]))
    return rows


def _findings(report: Report) -> list[str]:
    out = ["## Findings", ""]
    if not report.findings:
        return [*out, "No findings.", ""]
    for severity, findings in views.by_severity(report.findings):
        out += [f"### {_HEADINGS[severity.value]} ({len(findings)})", ""]
        out += [*_finding_rows(findings), ""]
    return out


def _references(report: Report) -> list[str]:
    if not report.references:
        return []
    per_ref: dict[str, int] = {}
    for f in report.findings:
        per_ref[f.reference_id] = per_ref.get(f.reference_id, 0) + 1
    out = ["## References checked", "",
           _row(["#", "Reference", "Line", "Status", "DOI", "Findings"]), _row(["---"] * 6)]
    for r in report.references:
        ref = r.reference
        doi = r.doi or ref.doi
        out.append(_row([str(ref.index), md(ref.id), str(ref.line),
                         STATUS_LABELS.get(r.status, md(r.status)),
                         _doi_cell(doi),
                         str(per_ref.get(ref.id, 0))]))
    return [*out, ""]


def _doi_cell(doi: str) -> str:
    """The DOI as a doi.org link (percent-encoded, see views.doi_url), else as text."""
    url = views.doi_url(doi) if doi else ""
    return f"[{md(doi)}]({url})" if url else md(doi)


class MarkdownRenderer(Renderer):
    name = "markdown"

    def render(self, report: Report) -> str:
        report = visible(report)
        head = [f"# claimcheck report: {md(report.input)}", "", f"**{md(summary_line(report))}**",
                ""]
        if not report.complete:
            head += ["> Some lookups could not be made; rerun to complete them.", ""]
        return "\n".join(head + _findings(report) + _references(report))
