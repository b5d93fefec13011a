"""A footnote's own parts (signal word, pinpoint, back-reference) reach the JSON report only
when printed, and the report still validates against the schema."""

from __future__ import annotations

from dataclasses import replace

from jsonschema import Draft202012Validator

from claimcheck.model import Report
from claimcheck.render import report_to_dict
from claimcheck.render.schema import load_schema

VALIDATOR = Draft202012Validator(load_schema())


def test_note_parts_are_reported_when_printed(report: Report) -> None:
    first = report.references[0]
    note = replace(first.reference, kind="short", signal="See", pinpoint="52",
                   refers_to="Douglas1966")
    data = report_to_dict(replace(report, references=(replace(first, reference=note),
                                                      *report.references[1:])))
    VALIDATOR.validate(data)
    fields = data["references"][0]["fields"]
    assert (fields["signal"], fields["pinpoint"], fields["refers_to"]) == (
        "See", "52", "Douglas1966")
    assert fields["kind"] == "short"


def test_a_reference_without_note_parts_reports_none(report: Report) -> None:
    fields = report_to_dict(report)["references"][0]["fields"]
    assert not {"signal", "pinpoint", "refers_to"} & set(fields)


def test_a_back_reference_without_a_target_reports_an_empty_refers_to(report: Report) -> None:
    first = report.references[0]
    ibid = replace(first.reference, kind="short", pinpoint="4", refers_to="")
    data = report_to_dict(replace(report, references=(replace(first, reference=ibid),
                                                      *report.references[1:])))
    VALIDATOR.validate(data)
    assert data["references"][0]["fields"]["refers_to"] == ""
