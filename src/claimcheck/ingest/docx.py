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
    from lxml import etree  # python-docx parses with it

    missing = docx.opc.exceptions.PackageNotFoundError
    unreadable = (zipfile.BadZipFile, KeyError, ValueError, missing, etree.LxmlError)
    try:
        document = docx.Document(str(path))
        names, default = _style_names(document)
    except unreadable as exc:
        raise InputError(f"{path}: not a readable .docx file ({exc})") from exc
    lines = []
    for paragraph in document.paragraphs:
        text = " ".join(_paragraph_text(paragraph).split())
        # The style id looked up in a table made once: `paragraph.style` scans every style
        # of the document per paragraph (2 ms each with Word's 160 built-in styles).
        style = names.get(paragraph._p.style or "", default)
        lines.append(f"## {text}" if style.startswith("Heading") and text else text)
    return "\n".join(lines) + "\n"


def _style_names(document: Any) -> tuple[dict[str, str], str]:
    """Paragraph style id -> name, and the name of the default paragraph style (which a
    paragraph without a style, or with an unknown one, has)."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {style.style_id: style.name or "" for style in document.styles
             if style.type == WD_STYLE_TYPE.PARAGRAPH and style.style_id}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return names, (default.name or "") if default is not None else ""


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
