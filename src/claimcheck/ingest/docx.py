"""Word (`.docx`, via python-docx): body paragraphs and the reference list as text.

Each paragraph becomes one line, so a finding's line is the paragraph's number in the
document (1-based, empty paragraphs counted); list items and headings are paragraphs too.
Citation numbers set in superscript (`w:vertAlign`) are written in brackets, see
`superscript.py`.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path
from typing import Any

from claimcheck.ingest.interface import Document, InputError
from claimcheck.ingest.plaintext import split_document
from claimcheck.ingest.superscript import as_brackets


def docx_text(path: Path) -> str:
    """The document's paragraphs, one per line; headings keep a Markdown '#' marker."""
    try:
        import docx  # python-docx; imported here so other inputs do not pay for it
        import docx.opc.exceptions
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InputError("reading .docx needs python-docx (pip install python-docx)") from exc
    missing = docx.opc.exceptions.PackageNotFoundError
    unreadable = (zipfile.BadZipFile, KeyError, ValueError, missing)
    try:
        document = docx.Document(str(path))
    except unreadable as exc:
        raise InputError(f"{path}: not a readable .docx file ({exc})") from exc
    lines = []
    for paragraph in document.paragraphs:
        text = " ".join(_paragraph_text(paragraph).split())
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        lines.append(f"## {text}" if style.startswith("Heading") and text else text)
    return "\n".join(lines) + "\n"


def _paragraph_text(paragraph: Any) -> str:
    """The paragraph's text, superscript citation lists in brackets ("mice [1,2]").

    Runs in superscript next to each other are one raised group ("1", ",", "2").
    """
    runs = [
        run for item in paragraph.iter_inner_content()
        for run in (item.runs if hasattr(item, "runs") else [item])
    ]
    text = ""
    for raised, group in itertools.groupby(runs, key=lambda run: bool(run.font.superscript)):
        piece = "".join(run.text for run in group)
        bracketed = as_brackets(text[-8:], piece) if raised else None
        text += piece if bracketed is None else bracketed
    return text


def load_docx(path: Path) -> Document:
    return split_document(docx_text(path), str(path))
