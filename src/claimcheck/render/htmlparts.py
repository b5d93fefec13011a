"""The sections of the HTML report: summary counts, the findings table, one entry per reference.

Every value that comes from the article or from a record passes through `esc` (html.escape
with quotes) before it is placed in text or in an attribute; only markup written here is raw.
"""

from __future__ import annotations

import html

from claimcheck.model import Claim, Finding, ReferenceResult, Report
from claimcheck.render import views
from claimcheck.render.summary import STATUS_LABELS, counts, noun, plural

FINDING_COLUMNS = ("Severity", "Rule", "Reference", "Claim", "Line", "Field", "Printed",
                   "Expected", "Message")
# Field names findings use, mapped to the rows of a reference's printed-vs-record table.
_FIELD_ALIASES = {"journal": "container", "author": "authors", "page": "pages"}


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def doi_link(doi: str) -> str:
    """A link to doi.org (see views.doi_url); a DOI that cannot be linked safely is text."""
    href = views.doi_url(doi)
    if not href:
        return esc(doi)
    return f'<a href="{esc(href)}" rel="noopener noreferrer">{esc(doi)}</a>'


def anchors(report: Report) -> dict[str, str]:
    """Reference id -> fragment id; generated, so no article text ends up in an id."""
    out: dict[str, str] = {}
    for position, result in enumerate(report.references, start=1):
        out.setdefault(result.reference.id, f"ref-{position}")
    return out


def summary(report: Report) -> str:
    c = counts(report)
    items = [(c.references, noun(c.references, "reference"))]
    items += [(n, STATUS_LABELS.get(status, status)) for status, n in c.statuses]
    if "claims" in report.parts:
        items += [(c.citations, noun(c.citations, "citation")), (c.claims, noun(c.claims, "claim"))]
    items += [(n, noun(n, severity.value)) for severity, n in c.findings]
    lis = "".join(f"<li><b>{n}</b>{esc(label)}</li>" for n, label in items)
    return f'<section id="summary"><h2>Summary</h2><ul class="counts">{lis}</ul></section>'


def _ref_cell(ref_id: str, anchor: dict[str, str]) -> str:
    if ref_id in anchor:
        return f'<a href="#{anchor[ref_id]}">{esc(ref_id)}</a>'
    return esc(ref_id)


def _finding_row(f: Finding, anchor: dict[str, str]) -> str:
    sev = f.severity.value
    note = esc(f.message) + (
        f'<div class="suggestion">Suggestion: {esc(f.suggestion)}</div>' if f.suggestion else "")
    cells = (
        f'<td data-sort="{f.severity.rank}"><span class="badge">{sev}</span></td>',
        f"<td><code>{esc(f.rule)}</code></td>", f"<td>{_ref_cell(f.reference_id, anchor)}</td>",
        f"<td>{esc(f.claim_id)}</td>", f"<td>{f.line or ''}</td>", f"<td>{esc(f.field)}</td>",
        f"<td>{esc(f.printed)}</td>", f"<td>{esc(f.expected)}</td>", f"<td>{note}</td>",
    )
    return f'<tr class="sev-{sev}" data-severity="{sev}">{"".join(cells)}</tr>'


def _controls() -> str:
    boxes = "".join(
        f'<label><input type="checkbox" data-severity="{s}" checked> {s}</label>'
        for s in ("error", "warning", "info"))
    return (f'<div class="controls" id="controls" hidden><input type="search" id="filter" '
            f'placeholder="Filter findings" aria-label="Filter findings">{boxes}'
            f'<output id="shown" aria-live="polite"></output></div>')


def findings(report: Report) -> str:
    if not report.findings:
        return '<section id="findings"><h2>Findings</h2><p class="empty">No findings.</p></section>'
    anchor = anchors(report)
    head = "".join(f'<th scope="col" aria-sort="none"><button type="button">{name}</button></th>'
                   for name in FINDING_COLUMNS)
    rows = "\n".join(_finding_row(f, anchor) for f in views.sorted_findings(report.findings))
    return (f'<section id="findings"><h2>Findings</h2>{_controls()}\n'
            f'<table id="findings-table"><thead><tr>{head}</tr></thead><tbody>\n{rows}\n'
            f"</tbody></table></section>")


def _fields_table(result: ReferenceResult, flagged: set[str]) -> str:
    rows = "".join(
        f'<tr class="{"differs" if name in flagged else "same"}"><th scope="row">{name}</th>'
        f"<td>{esc(printed)}</td><td>{esc(recorded)}</td></tr>"
        for name, printed, recorded in views.field_pairs(result) if printed or recorded)
    return ('<table class="fields"><thead><tr><th>Field</th><th>Printed</th><th>Record</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


def _claims_list(claims: tuple[Claim, ...]) -> str:
    if not claims:
        return ""
    items = "".join(
        f'<li><span class="meta">line {c.line}, {esc(c.id)}, support: '
        f"{esc(c.support.label)}</span> {esc(c.sentence)}</li>" for c in claims)
    cited = f"Cited in {plural(len(claims), 'claim')}"
    return f"<details><summary>{cited}</summary><ol>{items}</ol></details>"


def reference(result: ReferenceResult, anchor: str, own: tuple[Finding, ...],
              claims: tuple[Claim, ...]) -> str:
    ref = result.reference
    flagged = {_FIELD_ALIASES.get(f.field, f.field) for f in own}
    label = f"[{esc(ref.label)}] " if ref.label else ""
    doi = result.doi or ref.doi
    meta = [f"line {ref.line}"] + ([f"DOI {doi_link(doi)}"] if doi else [])
    meta += [f"match {result.match_score:.2f}"] if result.record is not None else []
    notes = "".join(f'<li class="sev-{f.severity.value}"><span class="badge">'
                    f"{f.severity.value}</span> <code>{esc(f.rule)}</code> {esc(f.message)}</li>"
                    for f in own)
    return (f'<article class="reference status-{esc(result.status)}" id="{anchor}">'
            f'<h3>{label}{esc(ref.id)}<span class="status">'
            f"{esc(STATUS_LABELS.get(result.status, result.status))}</span></h3>"
            f'<p class="meta">{" · ".join(meta)}</p><blockquote class="raw">{esc(ref.raw)}'
            f"</blockquote>{_fields_table(result, flagged)}"
            f'{f"<ul>{notes}</ul>" if notes else ""}{_claims_list(claims)}</article>')


def references(report: Report) -> str:
    if not report.references:
        return ""
    citing = views.claims_citing(report)
    own = {g.result.reference.id: g.findings for g in views.groups(report) if g.result}
    parts = [reference(r, f"ref-{position}", own.get(r.reference.id, ()),
                       citing.get(r.reference.id, ()))
             for position, r in enumerate(report.references, start=1)]
    return '<section id="references"><h2>References</h2>\n' + "\n".join(parts) + "\n</section>"
