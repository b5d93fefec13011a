"""Every format name maps to a renderer; unknown names fail clearly."""

from __future__ import annotations

import pytest

from claimcheck.model import Report, Severity
from claimcheck.render import (
    FORMATS,
    RENDERERS,
    Renderer,
    RenderOptions,
    UnknownFormatError,
    renderer_for,
)
from claimcheck.rules import RULES, rule_for


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_has_a_renderer(name: str) -> None:
    renderer = renderer_for(name, RenderOptions())
    assert isinstance(renderer, Renderer)
    assert renderer.name == name
    text = renderer.render(Report(input="empty.md", references=()))
    assert text.endswith("\n")


def test_registry_and_format_list_agree() -> None:
    assert set(RENDERERS) == set(FORMATS)


def test_unknown_format_is_a_value_error_naming_the_choices() -> None:
    with pytest.raises(UnknownFormatError) as caught:
        renderer_for("yaml")
    assert isinstance(caught.value, ValueError)
    assert "'yaml'" in str(caught.value)
    assert "sarif" in str(caught.value)


def test_catalogue_holds_every_rule_name_the_checks_use() -> None:
    expected = {
        "doi-invalid", "doi-not-found", "doi-other-work", "doi-missing", "reference-not-found",
        "title-mismatch", "author-mismatch", "year-mismatch", "year-online-print",
        "journal-mismatch", "volume-mismatch", "issue-mismatch", "pages-mismatch",
        "reference-incomplete", "retracted", "correction", "expression-of-concern",
        "duplicate-reference", "citation-unresolved", "citation-ambiguous", "citation-mismatch",
        "reference-uncited", "claim-unsupported", "claim-weak-support",
        # issue 20: versions and books
        "doi-preprint", "preprint-published", "isbn-mismatch", "edition-mismatch",
        "editor-mismatch", "publisher-mismatch", "doi-trailing-text",
    }
    assert set(RULES) == expected
    assert all(rule.summary.endswith(".") and rule.help for rule in RULES.values())
    assert RULES["retracted"].severity is Severity.ERROR


def test_unknown_rule_gets_a_generic_entry() -> None:
    rule = rule_for("new-rule", Severity.INFO)
    assert (rule.name, rule.severity) == ("new-rule", Severity.INFO)
