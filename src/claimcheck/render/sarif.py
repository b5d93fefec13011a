"""SARIF 2.1.0 output, so code-scanning services show findings on the manuscript's lines.

One result per finding; `tool.driver.rules` lists the whole rule catalogue so `ruleIndex` is
stable between runs. The artifact URI is the input path relative to `source_root` (GitHub
resolves it against the repository root), with `/` separators and percent-encoding.
Reference: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import claimcheck
from claimcheck.model import Finding, Report, Severity
from claimcheck.render.interface import Renderer
from claimcheck.render.jsonreport import JsonObject, dumps
from claimcheck.rules import RULES, Rule, rule_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str, root: Path | None) -> str:
    """`path` as a relative URI reference when it lies under `root` (or is relative already)."""
    pure = Path(path)
    if root is not None and pure.is_absolute() and pure.is_relative_to(root):
        pure = pure.relative_to(root)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix(), safe="/")


def _rule(rule: Rule) -> JsonObject:
    return {
        "id": rule.name,
        "name": "".join(part.capitalize() for part in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {"text": rule.help or rule.summary},
    }


def _catalogue(findings: tuple[Finding, ...]) -> list[Rule]:
    """The full catalogue, then any rule a finding uses that the catalogue lacks."""
    extra = {f.rule: rule_for(f.rule, f.severity) for f in findings if f.rule not in RULES}
    return [*RULES.values(), *extra.values()]


def _properties(finding: Finding) -> JsonObject:
    props = {"reference_id": finding.reference_id, "claim_id": finding.claim_id,
             "field": finding.field, "printed": finding.printed,
             "expected": finding.expected, "suggestion": finding.suggestion}
    return {key: value for key, value in props.items() if value}


def _result(finding: Finding, index: dict[str, int], uri: str) -> JsonObject:
    location: JsonObject = {"artifactLocation": {"uri": uri, "index": 0}}
    if finding.line > 0:  # SARIF line numbers start at 1; 0 means "not known"
        location["region"] = {"startLine": finding.line}
    text = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
    result: JsonObject = {
        "ruleId": finding.rule, "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity], "message": {"text": text},
        "locations": [{"physicalLocation": location}],
    }
    if props := _properties(finding):
        result["properties"] = props
    return result


def report_to_sarif(report: Report, root: Path | None = None) -> dict[str, Any]:
    rules = _catalogue(report.findings)
    index = {rule.name: i for i, rule in enumerate(rules)}
    # An article named by identifier is the text downloaded: its URL, not a local path.
    uri = report.source.url if report.source is not None else artifact_uri(report.input, root)
    driver = {"name": "claimcheck", "version": claimcheck.__version__,
              "semanticVersion": claimcheck.__version__, "informationUri": INFORMATION_URI,
              "rules": [_rule(r) for r in rules]}
    run = {
        "tool": {"driver": driver},
        "artifacts": [{"location": {"uri": uri}}],
        "invocations": [{"executionSuccessful": report.complete}],
        "results": [_result(f, index, uri) for f in report.findings],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifRenderer(Renderer):
    name = "sarif"

    def render(self, report: Report) -> str:
        return dumps(report_to_sarif(report, self.options.source_root))
