"""Table and Markdown: data stays data, colour only when asked."""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.model import Finding, Report, Severity
from claimcheck.render import RenderOptions, renderer_for
from claimcheck.render.markdown import md

MARKUP = "[bold red]loud[/] *em* | cell <b>x</b>"


def _with_markup(report: Report) -> Report:
    finding = Finding("title-mismatch", Severity.WARNING, "Title differs.",
                      reference_id="Berman2000", line=40, field="title", printed=MARKUP,
                      expected="plain")
    return replace(report, findings=(*report.findings, finding))


def test_table_has_no_colour_unless_asked(report: Report) -> None:
    plain = renderer_for("table").render(report)
    coloured = renderer_for("table", RenderOptions(color=True)).render(report)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured


def test_table_prints_markup_in_values_literally(report: Report) -> None:
    text = renderer_for("table", RenderOptions(width=200)).render(_with_markup(report))
    assert MARKUP in text


def test_table_groups_by_reference_in_list_order(report: Report) -> None:
    text = renderer_for("table").render(report)
    order = [text.index(key) for key in ("Zarate2006 (line 41)", "LopezGil2019 (line 42)",
                                         "Мурро2013 (line 43)", "Citations and claims")]
    assert order == sorted(order)
    assert text.rstrip().endswith("2 errors, 1 warning, 2 info")


def test_markdown_escapes_values_so_they_render_as_text(report: Report) -> None:
    text = renderer_for("markdown").render(_with_markup(report))
    assert md(MARKUP) in text
    assert not re.search(r"(?<!\\)<", text)  # every `<` from the data is backslash-escaped
    assert "[click](javascript" not in text
    # every table row keeps its column count: no value adds a `|`
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert {line.replace("\\|", "").count("|") for line in rows} <= {7, 8}


def test_markdown_groups_findings_by_severity(report: Report) -> None:
    text = renderer_for("markdown").render(report)
    headings = ("### Errors (2)", "### Warnings (1)", "### Info (2)")
    assert [text.index(h) for h in headings] == sorted(text.index(h) for h in headings)
    assert "## References checked" in text


def test_md_flattens_lines_and_escapes_punctuation() -> None:
    assert md("a\nb  c") == "a b c"
    assert md("x_y*z`") == "x\\_y\\*z\\`"
