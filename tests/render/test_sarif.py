"""SARIF 2.1.0: one result per finding, rule metadata, the manuscript's lines.

SCHEMA below transcribes the `required` members, enums and minimums that the official SARIF
2.1.0 schema (OASIS, sarif-schema-2.1.0.json) sets for the objects claimcheck emits; GitHub code
scanning additionally needs a physical location with a relative URI on every result.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from claimcheck.model import Finding, Report, Severity
from claimcheck.render import RenderOptions, renderer_for, report_to_sarif
from claimcheck.render.sarif import artifact_uri
from claimcheck.rules import RULES

MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
LEVEL = {"enum": ["none", "note", "warning", "error"]}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/run"}},
    },
    "$defs": {
        "run": {"type": "object", "required": ["tool"], "properties": {
            "tool": {"type": "object", "required": ["driver"],
                     "properties": {"driver": {"$ref": "#/$defs/driver"}}},
            "invocations": {"type": "array", "items": {
                "type": "object", "required": ["executionSuccessful"]}},
            "results": {"type": "array", "items": {"$ref": "#/$defs/result"}}}},
        "driver": {"type": "object", "required": ["name", "version", "informationUri", "rules"],
                   "properties": {"name": {"type": "string"},
                                  "informationUri": {"type": "string", "format": "uri"},
                                  "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}}}},
        "rule": {"type": "object",
                 "required": ["id", "shortDescription", "defaultConfiguration", "help"],
                 "properties": {"id": {"type": "string"}, "shortDescription": MESSAGE,
                                "help": MESSAGE, "defaultConfiguration": {
                                    "type": "object", "properties": {"level": LEVEL}}}},
        "result": {"type": "object", "required": ["ruleId", "message", "locations"],
                   "properties": {
                       "ruleIndex": {"type": "integer", "minimum": 0}, "level": LEVEL,
                       "message": MESSAGE, "locations": {"type": "array", "minItems": 1,
                                                         "items": {"$ref": "#/$defs/location"}}}},
        "location": {"type": "object", "required": ["physicalLocation"], "properties": {
            "physicalLocation": {"type": "object", "required": ["artifactLocation"], "properties": {
                "artifactLocation": {"type": "object", "required": ["uri"],
                                     "properties": {"uri": {"type": "string"}}},
                "region": {"type": "object", "required": ["startLine"],
                           "properties": {"startLine": {"type": "integer", "minimum": 1}}}}}}},
    },
}


def test_sarif_has_the_required_structure(report: Report) -> None:
    log = json.loads(renderer_for("sarif").render(report))
    Draft202012Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["version"] == "0.0.0+test"
    assert len(run["results"]) == len(report.findings)


def test_one_result_per_finding_with_rule_level_and_line(report: Report) -> None:
    run = report_to_sarif(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for finding, result in zip(report.findings, run["results"], strict=True):
        assert result["ruleId"] == finding.rule == rules[result["ruleIndex"]]["id"]
        assert result["level"] == levels[finding.severity.value]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "examples/demo/article.md"
        assert location["region"]["startLine"] == finding.line
        assert result["message"]["text"].startswith(finding.message)


def test_rules_metadata_covers_the_catalogue_and_unknown_rules(report: Report) -> None:
    odd = Finding("brand-new-rule", Severity.INFO, "Something new.", line=0)
    run = report_to_sarif(replace(report, findings=(odd,)))["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(RULES) < set(rules)
    assert rules["retracted"]["defaultConfiguration"]["level"] == "error"
    assert rules["brand-new-rule"]["defaultConfiguration"]["level"] == "note"
    assert "region" not in run["results"][0]["locations"][0]["physicalLocation"]


def test_incomplete_run_is_reported_as_not_successful(report: Report) -> None:
    run = report_to_sarif(replace(report, complete=False))["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": False}]


def test_artifact_uri_is_relative_to_the_source_root(tmp_path: Path) -> None:
    article = tmp_path / "paper dir" / "main.md"
    assert artifact_uri(str(article), tmp_path) == "paper%20dir/main.md"
    assert artifact_uri("docs/paper.md", None) == "docs/paper.md"
    assert artifact_uri(str(article), None).startswith("file:///")
    options = RenderOptions(source_root=tmp_path)
    log = json.loads(renderer_for("sarif", options).render(Report(str(article), ())))
    assert log["runs"][0]["artifacts"][0]["location"]["uri"] == "paper%20dir/main.md"
