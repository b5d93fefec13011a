"""The user's own full texts of cited works: a folder of PDFs or JATS XML files.

Owns finding a cited work's file (named by its DOI, with `/` written as `_` or `%2F`, e.g.
`10.1371_journal.pone.0012345.pdf`; else matched by title) and reading it as plain text.
The support stage judges a claim on the passages of that text that bear on it, and says
which file it rested on. Nothing is fetched: the folder is the user's, read-only.
JATS goes through defusedxml, as every XML from a stranger does.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from claimcheck.text import fold_words

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

SUFFIXES = (".pdf", ".xml", ".nxml")
TITLE_MATCH = 92  # rapidfuzz ratio of folded titles; a lower one pairs sequels and replies
_SKIP = {"ref-list", "table", "fn-group", "ack", "back", "graphic", "media", "front-stub"}


@dataclass(frozen=True, slots=True)
class FullText:
    """One file's text (paragraphs separated by newlines); `name` empty means none found."""

    name: str
    title: str
    text: str


NO_FULLTEXT = FullText(name="", title="", text="")


def doi_key(text: str) -> str:
    """A DOI or a file stem in one comparable form: lower case, `/`, `%2F`, `:` as `_`."""
    return re.sub(r"%2f|[/:]", "_", text.strip().lower())


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _paragraphs(element: Element, out: list[str]) -> None:
    """The text of every paragraph and title under `element`, reference lists left out."""
    for child in element:
        tag = _local(child.tag)
        if tag in _SKIP:
            continue
        if tag in ("p", "title", "article-title"):
            out.append(" ".join("".join(child.itertext()).split()))
        else:
            _paragraphs(child, out)


def jats_text(path: Path) -> FullText:
    """Title, abstract and body of a JATS article; NO_FULLTEXT when it is not readable XML."""
    # Imported here: every command imports this module (FullText), few read a JATS file.
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(path.read_bytes())
    except (ParseError, DefusedXmlException, OSError, ValueError):
        return NO_FULLTEXT
    titles = [" ".join("".join(e.itertext()).split()) for e in root.iter()
              if _local(e.tag) == "article-title"]
    paragraphs: list[str] = []
    for element in root.iter():
        if _local(element.tag) in ("abstract", "body"):
            _paragraphs(element, paragraphs)
    return FullText(path.name, titles[0] if titles else "", "\n".join(p for p in paragraphs if p))


def pdf_fulltext(path: Path) -> FullText:
    """A PDF's text with line breaks inside paragraphs undone; title from its metadata or
    its first line."""
    from claimcheck.ingest.interface import InputError
    from claimcheck.ingest.pdf import pdf_text

    try:
        text = pdf_text(path)
    except InputError:
        return NO_FULLTEXT
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n|\f", text)]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return FullText(path.name, _pdf_title(path) or (lines[0] if lines else ""),
                    "\n".join(p for p in paragraphs if p))


def _pdf_title(path: Path) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        meta = PdfReader(str(path)).metadata
    except Exception:  # a damaged file: the first line stands in for the title
        return ""
    return str(meta.title or "") if meta else ""


def read_fulltext(path: Path) -> FullText:
    return pdf_fulltext(path) if path.suffix.lower() == ".pdf" else jats_text(path)


class FullTextFolder:
    """The full texts in one folder, found by DOI (file name) or else by title."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)

    @cached_property
    def _titles(self) -> list[tuple[str, Path]]:
        """Folded titles of the files, read once, only if some work is matched by title."""
        out = []
        for path in self.files:
            title = fold_words(read_fulltext(path).title)
            if title:
                out.append((title, path))
        return out

    def find(self, doi: str, title: str) -> FullText:
        """The work's full text, or NO_FULLTEXT when no file is named by its DOI or titled so."""
        key = doi_key(doi) if doi else ""
        for path in self.files:
            if key and doi_key(path.stem) == key:
                return read_fulltext(path)
        folded = fold_words(title)
        if len(folded.split()) < 4:  # a short title matches too much to be trusted
            return NO_FULLTEXT
        for other, path in self._titles:
            if fuzz.ratio(folded, other) >= TITLE_MATCH:
                return read_fulltext(path)
        return NO_FULLTEXT
