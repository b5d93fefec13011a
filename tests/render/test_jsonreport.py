"""The JSON report follows the contract of issue 5 and validates against the shipped schema."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from claimcheck.model import Report
from claimcheck.render import jsonl_claims, renderer_for, report_to_dict
from claimcheck.render.schema import load_schema

GOLDEN = Path(__file__).parent / "golden"
DOC = Path(__file__).parents[2] / "docs" / "report-schema.md"
VALIDATOR = Draft202012Validator(load_schema())


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(load_schema())
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_golden_json_validates() -> None:
    data = json.loads((GOLDEN / "report.json").read_text(encoding="utf-8"))
    VALIDATOR.validate(data)  # raises ValidationError on any departure from the schema
    assert data["schema_version"] == 1


@pytest.mark.parametrize("parts", [("references",), ("references", "dois"), ("claims",), ()])
def test_partial_reports_validate_and_empty_the_parts_not_run(
    report: Report, parts: tuple[str, ...]
) -> None:
    data = report_to_dict(replace(report, parts=parts))
    VALIDATOR.validate(data)
    assert bool(data["references"]) == ("references" in parts)
    assert bool(data["claims"]) == ("claims" in parts)
    assert data["summary"]["references"] == len(data["references"])


def test_contract_keys_in_order(report: Report) -> None:
    data = report_to_dict(report)
    assert list(data)[:4] == ["schema_version", "claimcheck_version", "input", "complete"]
    assert list(data)[-4:] == ["references", "claims", "findings", "summary"]
    assert data["schema_version"] == 1
    assert data["claimcheck_version"] == "0.0.0+test"
    ref = data["references"][0]
    assert list(ref) == ["id", "index", "line", "raw", "fields", "status", "doi", "record",
                         "match_score"]
    assert list(data["findings"][0])[:10] == ["rule", "severity", "reference_id", "claim_id",
                                              "line", "field", "printed", "expected", "message",
                                              "suggestion"]


def test_empty_strings_become_null(report: Report) -> None:
    data = report_to_dict(report)
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["doi-not-found"]["claim_id"] is None
    assert by_rule["doi-not-found"]["expected"] is None
    assert by_rule["citation-unresolved"]["reference_id"] is None
    lopez = data["references"][2]
    assert lopez["fields"]["issue"] is None
    assert lopez["record"] is None
    assert lopez["doi"] is None


def test_values_are_kept_verbatim_and_unicode_is_not_escaped(report: Report) -> None:
    text = renderer_for("json").render(report)
    assert "<img src=x onerror=alert(1)>" in text
    assert "Мурро2013" in text
    assert json.loads(text) == report_to_dict(report)


def test_jsonl_has_one_claim_object_per_line_same_as_the_report(report: Report) -> None:
    lines = jsonl_claims(report).splitlines()
    assert [json.loads(line) for line in lines] == report_to_dict(report)["claims"]


def test_summary_counts(report: Report) -> None:
    summary = report_to_dict(report)["summary"]
    assert summary == {
        "references": 4, "claims": 2, "citations": 4,
        "statuses": {"verified": 1, "mismatch": 1, "not-found": 1, "no-doi": 1},
        "findings": {"error": 2, "warning": 1, "info": 2},
    }


def test_schema_rejects_a_report_missing_a_contract_field(report: Report) -> None:
    data = report_to_dict(report)
    del data["findings"][0]["rule"]
    assert not VALIDATOR.is_valid(data)


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        own = set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
        return own.union(*(_keys(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_keys(value) for value in node))
    return set()


def test_docs_describe_every_key_of_the_schema() -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = sorted(key for key in _keys(load_schema()) if f"`{key}`" not in doc
                     and f'"{key}"' not in doc)
    assert not missing
