from __future__ import annotations

import pytest

from claimcheck.compare import RULES
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Severity
from tests.compare.fakes import reference

# The stable rule names of issue 3 ("Findings"), with their default severities.
ISSUE_RULES = {
    "doi-invalid": Severity.ERROR,
    "doi-not-found": Severity.ERROR,
    "doi-other-work": Severity.ERROR,
    "doi-missing": Severity.INFO,
    "reference-not-found": Severity.WARNING,
    "title-mismatch": Severity.WARNING,
    "author-mismatch": Severity.WARNING,
    "year-mismatch": Severity.WARNING,
    "year-online-print": Severity.INFO,
    "journal-mismatch": Severity.WARNING,
    "volume-mismatch": Severity.WARNING,
    "issue-mismatch": Severity.WARNING,
    "pages-mismatch": Severity.WARNING,
    "reference-incomplete": Severity.INFO,
    "retracted": Severity.ERROR,
    "correction": Severity.INFO,
    "expression-of-concern": Severity.WARNING,
    "duplicate-reference": Severity.WARNING,
    # issue 20: versions and books
    "doi-preprint": Severity.WARNING,
    "preprint-published": Severity.INFO,
    "isbn-mismatch": Severity.WARNING,
    "edition-mismatch": Severity.WARNING,
    "editor-mismatch": Severity.WARNING,
    "publisher-mismatch": Severity.INFO,
    "doi-trailing-text": Severity.INFO,
}


def test_catalogue_is_exactly_the_issue_rules() -> None:
    assert {name: rule.severity for name, rule in RULES.items()} == ISSUE_RULES


def test_every_rule_is_documented() -> None:
    for name, rule in RULES.items():
        assert rule.name == name
        assert rule.summary.endswith(".") and len(rule.summary) < 80
        assert rule.help


def test_finding_fills_location_and_default_severity() -> None:
    made = finding("pages-mismatch", reference(), "Pages differ.", Detail("pages", "1", "2"))
    assert (made.rule, made.severity, made.reference_id, made.line) == (
        "pages-mismatch",
        Severity.WARNING,
        "ref1",
        10,
    )
    assert (made.field, made.printed, made.expected) == ("pages", "1", "2")
    assert finding("title-mismatch", reference(), "x", severity=Severity.INFO).severity is (
        Severity.INFO
    )


def test_unknown_rule_cannot_be_raised() -> None:
    with pytest.raises(KeyError):
        finding("no-such-rule", reference(), "x")
