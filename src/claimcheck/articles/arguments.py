"""The article argument of a command: a local file or folder, an identifier or URL, or a text
file listing identifiers (one a line; blank lines and `#` comments are skipped).

A file is a list only when every line it holds is an identifier or URL: an article, even a
short one, has lines that are neither.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.articles.identifiers import parse_identifier
from claimcheck.articles.opener import is_identifier
from claimcheck.ingest.reader import read_text
from claimcheck.model import InputSource

_LIST_SUFFIXES = (".txt", ".list", ".ids", "")
_MAX_LIST_BYTES = 5 * 1024 * 1024


def as_article(article: Path | str) -> Path | str:
    """A local file as a Path; an identifier or URL (no such file) as the text given."""
    text = str(article)
    return text if isinstance(article, str) and is_identifier(text) else Path(article)


def config_anchor(article: Path | str) -> Path:
    """Where the configuration file is looked for: beside a file, else the working folder."""
    found = as_article(article)
    return found if isinstance(found, Path) else Path.cwd()


def _lines(path: Path) -> list[str]:
    text = read_text(path)
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def identifier_list(path: Path) -> tuple[str, ...]:
    """The identifiers a list file holds; () when `path` is not such a list."""
    if path.suffix.lower() not in _LIST_SUFFIXES or not path.is_file():
        return ()
    if path.stat().st_size > _MAX_LIST_BYTES:
        return ()
    lines = _lines(path)
    if lines and all(parse_identifier(line) is not None for line in lines):
        return tuple(lines)
    return ()


def report_name(identifier: str) -> str:
    """A file name for an identifier's report: "10.1371_journal.pone.0213978", "PMC123"."""
    text = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:|arxiv:)", "", identifier, flags=re.I)
    return re.sub(r"[^A-Za-z0-9.\-]+", "_", text).strip("._")[:120] or "article"


def source_line(source: InputSource) -> str:
    """One line for stderr saying which text was checked."""
    licence = f", licence {source.licence}" if source.licence else ""
    return f"{source.identifier}: read {source.kind} from {source.service} ({source.url}{licence})"
