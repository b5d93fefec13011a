"""Markdown with pandoc citations (`[@key; @other, p. 3]`, narrative `@key`) and a .bib.

The bibliography is the one named in the YAML front matter (`bibliography: refs.bib`), else
the .bib with the article's name. The text is the body as it is, so offsets and lines are the
file's own; each citation is a marked callout with the BibTeX keys it names.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from claimcheck.bibtex import BibtexError, loads
from claimcheck.ingest.interface import Document, InputError, Marked
from claimcheck.ingest.reader import read_text

_KEY = r"[\w][\w:.#$%&+?<>~/-]*(?<=[\w])"
_GROUP = re.compile(r"\[[^\[\]]*?-?@" + _KEY + r"[^\[\]]*\]")
_KEY_IN_GROUP = re.compile(r"-?@(" + _KEY + ")")
_NARRATIVE = re.compile(r"(?<![\w@\[])@(" + _KEY + r")")
_FRONT_BIB = re.compile(r"^bibliography:\s*\[?\s*['\"]?([^'\"\]\n]+)", re.MULTILINE)


def bibliography_for(path: Path, text: str) -> Path | None:
    """The .bib a pandoc Markdown article uses, when there is one."""
    front = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.DOTALL)
    if front:
        named = _FRONT_BIB.search(front.group(1))
        if named:
            return path.parent / named.group(1).strip()
    beside = path.with_suffix(".bib")
    return beside if beside.is_file() else None


def has_pandoc_citations(text: str) -> bool:
    return bool(_GROUP.search(text))


def _marked(text: str) -> list[Marked]:
    marked: list[Marked] = []
    for group in _GROUP.finditer(text):
        keys = tuple(_KEY_IN_GROUP.findall(group.group(0)))
        marked.append(Marked(group.group(0), group.start(), group.end(), keys))
    # Groups never overlap and come in order: a bisection finds the one a match may lie in
    # (a scan of every group per match is quadratic in the citations).
    starts = [m.start for m in marked]
    for match in _NARRATIVE.finditer(text):
        inside = bisect.bisect_right(starts, match.start()) - 1
        if inside < 0 or match.start() >= marked[inside].end:
            marked.append(Marked(match.group(0), match.start(), match.end(), (match.group(1),)))
    return sorted(marked, key=lambda m: m.start)


def load_pandoc(path: Path, bib: Path) -> Document:
    text = read_text(path)
    if not bib.is_file():
        raise InputError(f"{path}: its bibliography {bib} does not exist")
    try:
        references = loads(read_text(bib))
    except BibtexError as exc:
        raise InputError(f"{bib}: {exc}") from exc
    return Document(path=str(path), text=text, body=text, entries=(), references_line=0,
                    references=references, entry_keys=tuple(r.id for r in references),
                    marked=tuple(_marked(text)))
