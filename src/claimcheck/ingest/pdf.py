"""PDF (via pypdf): text per page, running headers, footers and page numbers removed, words
hyphenated at line ends joined, then the plain-text pipeline.

pypdf was chosen over pdfminer.six after measuring both on a generated two-column rendering
of the example (benchmarks/pdf_extract.py, figures in docs/benchmarks.md): the same entries,
DOIs and links, at a tenth of the time. Lines of the result are counted in the extracted
text, with a form feed between pages, so a finding's line can be mapped back to its page.
Superscript citation numbers (small raised digits) are written in brackets, see
`pdf_superscript.py`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from claimcheck.ingest.interface import Document, InputError
from claimcheck.ingest.layout import LINE_FULL, PARAGRAPH_END
from claimcheck.ingest.pdf_lines import RUNS_ON, laid_out_pages
from claimcheck.ingest.pdf_superscript import bracketed, page_runs
from claimcheck.ingest.plaintext import split_document
from claimcheck.ingest.superscript import bracket_unicode


def _pages(path: Path, max_pages: int) -> list[list[str]]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InputError("reading PDF needs pypdf (pip install pypdf)") from exc
    # pypdf logs its complaints about a damaged file on its own; the user gets our one line.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(str(path))
        if len(reader.pages) > max_pages:  # counted from the page tree, before extraction
            from claimcheck.limits import Limits

            raise Limits(max_pdf_pages=max_pages).exceeded(
                "max_pdf_pages", len(reader.pages), f"{path}: the PDF has")
        return document_lines(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from exc
    finally:
        pypdf_log.setLevel(level)


def document_lines(pages: Iterable[object]) -> list[list[str]]:
    """Each page's lines: superscript citations in brackets; indents, space, justified short
    lines and running headers read from where pypdf drew each run (`pdf_lines`)."""
    texts = []
    for page in pages:
        text, runs = page_runs(page)
        texts.append((bracket_unicode(bracketed(text, runs)), runs))
    return laid_out_pages(texts)


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of at least half the pages (digits ignored)."""
    if len(pages) < 3:
        return set()
    edges = Counter(
        re.sub(r"\d+", "#", line.strip())
        for lines in pages
        for line in {*(lines[:2]), *(lines[-2:])}
        if line.strip()
    )
    return {line for line, count in edges.items() if count >= len(pages) / 2}


def pdf_text(path: Path, max_pages: int = 1_000) -> str:
    return text_from_pages(_pages(path, max_pages))


def text_from_pages(pages: list[list[str]]) -> str:
    """Page lines -> one text: furniture and page numbers dropped, hyphenation undone. Pages
    are joined with a form feed on a line of its own (a blank line to the segmenter), or at
    the end of the page's last line when its text runs on (`pdf_lines.RUNS_ON`)."""
    furniture = _furniture(pages)
    parts: list[str] = []
    runs_on = False  # the page before ran on to this one
    for lines in pages:
        if parts:  # the page break: a form feed alone, or after the line that runs on
            parts.append("\f\n" if runs_on else "\n\f\n")
        parts.append("\n".join(
            line.rstrip(" \t\r\f") for line in lines
            if re.sub(r"\d+", "#", line.strip()) not in furniture
            and not re.fullmatch(r"\s*\d{1,4}\s*", line)))
        runs_on = any(line.endswith(RUNS_ON) for line in lines)
    text = "".join(parts)
    # A word split at a line end ("neuro-\nplasticity") is one word again, whatever mark the
    # layout set at the line's end (`layout.LINE_FULL`, `layout.PARAGRAPH_END`, `RUNS_ON`).
    return re.sub(rf"(\w)-[{LINE_FULL}{PARAGRAPH_END}{RUNS_ON}]*\n(?=[a-z])", r"\1", text)


def load_pdf(path: Path, max_pages: int = 1_000) -> Document:
    text = pdf_text(path, max_pages)
    if not text.strip():
        raise InputError(f"{path}: the PDF has no extractable text (scanned images?)")
    return split_document(text, str(path), marked=True)
