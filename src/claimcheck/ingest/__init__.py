"""Input kinds: each turns a file into a `Document` (body, reference entries or structured
references, and the citations the format marks itself). The kind comes from the file's
suffix, or from `--input-format`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.ingest.interface import Document, InputError, Marked, RawEntry
from claimcheck.ingest.plaintext import split_document
from claimcheck.ingest.reader import decode, read_text
from claimcheck.ingest.superscript import bracket_markdown

# The readers of the other kinds are imported when a file of their kind is read (pybtex,
# defusedxml, pypdf, zip parsing): start-up time counts, and most runs read one kind.

if TYPE_CHECKING:  # limits imports InputError from this package
    from claimcheck.limits import Limits

__all__ = ["INPUT_FORMATS", "Document", "InputError", "Marked", "RawEntry", "load_document"]

INPUT_FORMATS = ("text", "markdown", "bibtex", "latex", "jats", "docx", "pdf", "html",
                 "package")
_BY_SUFFIX = {
    ".bib": "bibtex", ".tex": "latex", ".xml": "jats", ".nxml": "jats", ".docx": "docx",
    ".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".tgz": "package",
}


def input_format(path: Path) -> str:
    """The kind by suffix; `.tar.gz` is a package (PMC OA, arXiv source), `X.gz` is X's kind."""
    name = path.name.lower()
    if name.endswith(".tar.gz"):
        return "package"
    inner = Path(name[:-3]) if name.endswith(".gz") else path
    return _BY_SUFFIX.get(inner.suffix.lower(), "text")


def _bytes(path: Path) -> bytes:
    """The file's bytes, decompressed when it is `.gz`."""
    if path.name.lower().endswith(".gz"):
        from claimcheck.ingest.pmc import gunzip

        return gunzip(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _load_bibtex(path: Path) -> Document:
    from claimcheck.bibtex import BibtexError, loads

    try:
        references = loads(read_text(path))
    except BibtexError as exc:
        raise InputError(f"{path}: {exc}") from exc
    if not references:
        raise InputError(f"{path}: no BibTeX entries found")
    return Document(path=str(path), text="", body="", entries=(), references_line=0,
                    references=references, entry_keys=tuple(r.id for r in references))


def _load_markdown(path: Path) -> Document:
    from claimcheck.ingest.pandoc import bibliography_for, has_pandoc_citations, load_pandoc

    text = read_text(path)
    bib = bibliography_for(path, text)
    if bib is not None and has_pandoc_citations(text):
        return load_pandoc(path, bib)
    return split_document(bracket_markdown(text), str(path))


def _load_jats(path: Path) -> Document:
    from claimcheck.ingest.jats import split_jats

    if path.name.lower().endswith(".gz"):
        text = decode(_bytes(path), str(path)).replace("\r\n", "\n")
        return split_jats(text, str(path))
    return split_jats(read_text(path), str(path))


def _load_html(path: Path) -> Document:
    from claimcheck.ingest.html import split_html

    return split_html(_bytes(path), str(path))


def _load_package(path: Path) -> Document:
    from claimcheck.ingest.pmc import load_package

    return load_package(path, load_document)


def _load_latex(path: Path) -> Document:
    from claimcheck.ingest.latex import load_latex

    return load_latex(path)


def _load_docx(path: Path) -> Document:
    from claimcheck.ingest.docx import load_docx

    return load_docx(path)


def _load_pdf(path: Path, max_pages: int) -> Document:
    from claimcheck.ingest.pdf import load_pdf

    return load_pdf(path, max_pages)


def load_document(path: Path, kind: str | None = None, limits: Limits | None = None) -> Document:
    """Reads an article of any supported kind; InputError (one line) when it cannot, and
    LimitError (an InputError) when it is over one of the `limits` (default: the defaults)."""
    from claimcheck.limits import DEFAULT

    limits = limits or DEFAULT
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    kind = kind or input_format(path)
    if kind not in INPUT_FORMATS:
        raise InputError(f"unknown input format {kind!r}; one of {', '.join(INPUT_FORMATS)}")
    packed = kind in ("docx", "pdf", "package") or path.name.lower().endswith(".gz")
    limits.check_file(path, container=packed)
    if kind == "docx":
        limits.check_zip(path)
    loaders: dict[str, Callable[[Path], Document]] = {
        "bibtex": _load_bibtex, "latex": _load_latex, "docx": _load_docx,
        "pdf": partial(_load_pdf, max_pages=limits.max_pdf_pages),
        "markdown": _load_markdown, "jats": _load_jats, "html": _load_html,
        "package": _load_package,
    }
    loader = loaders.get(kind)
    document = loader(path) if loader else split_document(read_text(path), str(path))
    limits.check_text(document.text or document.body, str(path))
    found = max(len(document.entries), len(document.references))
    limits.check("max_references", found, f"{path}: the reference list has")
    return document
