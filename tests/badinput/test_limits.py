"""Inputs over a limit: exit 2 with one line naming the limit, the value found and how to
raise it; raised with the option or `[tool.claimcheck]`, the same input is read."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.badinput.conftest import assert_no_traceback, assert_one_line_error, invoke

Writer = Callable[[str, str | bytes], Path]
ENTRY = "- Smith, J., and Jones, K. ({year}). A study of things {n}. J. Things 12, 34–56.\n"


def _article(references: int = 3, sentence: str = "Ketamine works (Smith and Jones, 2001).",
             line: str = "") -> str:
    entries = "".join(ENTRY.format(year=1950 + n % 70, n=n) for n in range(references))
    return f"# T\n\n{sentence}\n{line}\n\n## References\n\n{entries}"


def test_references_per_article(article: Writer) -> None:
    path = article("many.md", _article(references=30))
    run = invoke("refs", path, "--max-references", "20")
    assert_one_line_error(run, "30 references", "limit of 20", "max-references",
                          "--max-references 200")
    assert invoke("refs", path, "--max-references", "30").code == 0


def test_characters_per_line(article: Writer) -> None:
    path = article("long.md", _article(line="word " * 400))
    run = invoke("claims", path, "--max-line-chars", "1000")
    assert_one_line_error(run, "line 4 has 2,000 characters", "max-line-chars")


def test_callouts_per_sentence(article: Writer) -> None:
    cites = "; ".join(f"Smith and Jones, {1950 + n}" for n in range(12))
    path = article("crowded.md", _article(references=12, sentence=f"It works ({cites})."))
    run = invoke("claims", path, "--max-callouts-per-sentence", "10")
    assert_one_line_error(run, "the sentence at line 3 has 12 callouts", "limit of 10")
    assert invoke("claims", path, "--max-callouts-per-sentence", "12").code == 0


def test_text_size_from_the_file_before_reading(article: Writer) -> None:
    path = article("big.md", _article())
    run = invoke("refs", path, "--max-text-mb", "0.0001")
    assert_one_line_error(run, "the file has", "MB", "max-text-mb")


def test_a_limit_in_the_configuration_file(article: Writer, tmp_path: Path) -> None:
    path = article("many.md", _article(references=30))
    (tmp_path / "claimcheck.toml").write_text("max-references = 25\n", encoding="utf-8")
    assert_one_line_error(invoke("refs", path), "limit of 25", "max-references")
    assert invoke("refs", path, "--max-references", "30").code == 0  # the flag wins


def test_a_bad_limit_value_is_a_usage_error(article: Writer) -> None:
    path = article("a.md", _article())
    assert_one_line_error(invoke("refs", path, "--max-references", "0"), "positive")


def _docx_bomb(declared_mb: int) -> bytes:
    """A .docx whose document.xml inflates to `declared_mb` of spaces (a few KB packed)."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(declared_mb):
                member.write(b" " * 1_000_000)
    return stream.getvalue()


def test_a_docx_member_is_measured_before_it_is_inflated(article: Writer) -> None:
    path = article("bomb.docx", _docx_bomb(3))
    run = invoke("refs", path, "--max-member-mb", "2")
    assert_one_line_error(run, "member word/document.xml has 3.0 MB", "max-member-mb")
    run = invoke("refs", path, "--max-member-mb", "4", "--max-input-mb", "2")
    assert_one_line_error(run, "its members together have", "max-input-mb")


def test_pages_of_a_pdf(article: Writer) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for n in range(4):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {n}. Ketamine works (Smith and Jones, 2001).")
    path = article("pages.pdf", bytes(pdf.output()))
    run = invoke("refs", path, "--max-pdf-pages", "3")
    assert_one_line_error(run, "the PDF has 4 pages", "max-pdf-pages")


@pytest.mark.parametrize("command", ["refs", "claims", "dois", "verify"])
def test_every_command_takes_the_limits(command: str) -> None:
    run = invoke(command, "--help")
    assert_no_traceback(run)
    for name in ("max-input-mb", "max-text-mb", "max-references", "max-callouts-per-sentence",
                 "max-line-chars", "max-pdf-pages", "max-member-mb"):
        assert f"--{name}" in run.stdout, name
