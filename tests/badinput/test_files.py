"""Files that are not articles: missing, a folder, unreadable, empty, blank or binary."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.badinput.conftest import (
    assert_one_line_error,
    invoke,
    offline_flags,
    run_cli,
)

Writer = Callable[[str, str | bytes], Path]
SUFFIXES = (".md", ".txt", ".bib", ".tex", ".xml", ".nxml", ".docx", ".pdf")
ARTICLE = (
    "# Title\n\nKetamine works fast (Smith and Jones, 2001).\n\n## References\n\n"
    "- Smith, J., and Jones, K. (2001). A study of things. *J. Things* 12, 34–56.\n"
)


@pytest.mark.parametrize("command", ["refs", "dois", "claims", "verify"])
def test_a_path_that_does_not_exist(tmp_path: Path, command: str) -> None:
    run = invoke(command, tmp_path / "missing.md")
    assert_one_line_error(run, "missing.md", "no such file")


def test_a_directory_is_not_an_article_for_refs(tmp_path: Path) -> None:
    assert_one_line_error(invoke("refs", tmp_path), "directory")


@pytest.mark.parametrize("command", ["verify", "dois", "claims"])
def test_a_directory_without_output_folder_is_a_usage_error(tmp_path: Path, command: str) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    flags = offline_flags() if command != "claims" else ()
    assert_one_line_error(invoke(command, tmp_path, *flags), "-o OUTDIR")


def test_a_directory_with_no_articles_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    run = invoke("verify", tmp_path / "in", "-o", tmp_path / "out", *offline_flags())
    assert_one_line_error(run, "no articles")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_no_read_permission_for_real(article: Writer) -> None:
    path = article("locked.md", ARTICLE)
    path.chmod(0)
    assert_one_line_error(invoke("refs", path), "cannot read")


def test_no_read_permission_simulated(article: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod 000 still reads, so the refusal is simulated where the reader reads."""
    path = article("locked.md", ARTICLE)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert_one_line_error(invoke("refs", path), "cannot read", "Permission denied")


def _garbage(size: int = 8192) -> bytes:
    return random.Random(7).randbytes(size)


BLANKS = pytest.mark.parametrize("content", ["", " \n\t\n  \n"], ids=["empty", "whitespace"])


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s != ".pdf"])
@BLANKS
def test_empty_and_blank_files(article: Writer, suffix: str, content: str) -> None:
    run = invoke("refs", article(f"blank{suffix}", content))
    assert_one_line_error(run, f"blank{suffix}")


@BLANKS
def test_empty_and_blank_pdf(article: Writer, content: str) -> None:
    """Exit 2, the error line last; see test_binary_garbage_pdf for the lines pypdf adds."""
    run = invoke("refs", article("blank.pdf", content))
    assert run.code == 2 and "Traceback" not in run.stderr, run.stderr
    assert run.error_lines[-1].startswith("claimcheck: error: ")


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s != ".pdf"])
def test_binary_garbage(article: Writer, suffix: str) -> None:
    run = invoke("verify", article(f"garbage{suffix}", _garbage()), *offline_flags())
    assert_one_line_error(run, f"garbage{suffix}")


@pytest.mark.parametrize("content", [_garbage(), b" \n\t\n "], ids=["garbage", "whitespace"])
def test_binary_garbage_pdf(article: Writer, content: bytes) -> None:
    """In a subprocess: in-process, pytest's log capture would hide what pypdf logs."""
    assert_one_line_error(run_cli("refs", article("bad.pdf", content)), "bad.pdf")


def test_binary_garbage_pdf_is_still_a_clean_exit_2(article: Writer) -> None:
    """Whatever pypdf logs, the verdict is exit 2 with the error line last and no traceback."""
    run = invoke("verify", article("garbage.pdf", _garbage()), *offline_flags())
    assert run.code == 2 and "Traceback" not in run.stderr
    assert run.error_lines[-1].startswith("claimcheck: error: ")


def test_nul_bytes_inside_otherwise_good_text(article: Writer) -> None:
    data = ARTICLE.encode("utf-8").replace(b"Ketamine", b"Keta\x00mine")
    assert_one_line_error(invoke("refs", article("nul.md", data)), "binary")


def test_truncated_docx_and_pdf(article: Writer, tmp_path: Path) -> None:
    """A real file cut in half, the commonest broken upload."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, ARTICLE.replace("–", "-").replace("*", ""))
    whole = bytes(pdf.output())
    for name, data in (("cut.pdf", whole[: len(whole) // 2]), ("cut.docx", b"PK\x03\x04" * 40)):
        run = invoke("refs", article(name, data))
        assert run.code == 2 and "Traceback" not in run.stderr, run.stderr
        assert run.error_lines[-1].startswith(f"claimcheck: error: {tmp_path / name}")
