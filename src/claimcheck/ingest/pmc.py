"""JATS as PubMed Central serves it: the wrappers, the compressed file and the OA package.

- `<pmc-articleset>` is what NCBI's efetch (`db=pmc`) returns; `<OAI-PMH>` is PMC's OAI-PMH
  service (`GetRecord`/`ListRecords` -> `record` -> `metadata` -> `article`). Europe PMC's
  `fullTextXML` is the bare `<article>`. `article_element` finds the one article inside.
- Several articles in one file are refused with one line naming how many (our choice: a
  report describes one article, and splitting is the user's call, not a guess of ours).
- `.xml.gz` / `.nxml.gz` are read decompressed; a `.tar.gz` / `.tgz` is the PMC OA package
  (the `.nxml` inside) or an arXiv e-print (the main `.tex` with its `.bib`/`.bbl`), unpacked
  into a temporary folder with tarfile's `data` filter (no links out, no absolute paths).
"""

from __future__ import annotations

import gzip
import re
import tarfile
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element

from claimcheck.ingest.interface import Document, InputError

WRAPPERS = ("pmc-articleset", "OAI-PMH", "articles")
_MAX_UNPACKED = 200 * 1024 * 1024  # bytes; a bigger archive is refused, not unpacked


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _articles(element: Element) -> Iterator[Element]:
    """The outermost `article` elements (a `sub-article` or nested article is part of it)."""
    for child in element:
        if _local(child.tag) == "article":
            yield child
        else:
            yield from _articles(child)


def article_element(root: Element, path: str) -> Element:
    """The article itself: the root, or the single article inside a PMC wrapper."""
    name = _local(root.tag)
    if name == "article":
        return root
    if name not in WRAPPERS:
        raise InputError(f"{path}: not a JATS article (root element is <{name}>)")
    found = list(_articles(root))
    if not found:
        raise InputError(f"{path}: the <{name}> holds no article (PMC may not serve its XML)")
    if len(found) > 1:
        raise InputError(f"{path}: the <{name}> holds {len(found)} articles; claimcheck checks "
                         "one article per file (split them, one <article> each)")
    return found[0]


def gunzip(path: Path) -> bytes:
    """The decompressed bytes of a `.gz` file; InputError when it is not gzip."""
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(_MAX_UNPACKED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: not a readable gzip file ({exc})") from exc
    if len(data) > _MAX_UNPACKED:
        raise InputError(f"{path}: more than {_MAX_UNPACKED // 2**20} MB once decompressed")
    return data


def _main_member(folder: Path) -> Path | None:
    """The article inside an unpacked package: the `.nxml` (PMC), else a JATS `.xml`, else the
    `.tex` that holds `\\documentclass` (arXiv); None when there is none."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for suffix in (".nxml", ".xml"):
        for candidate in files:
            if candidate.suffix.lower() == suffix and b"<article" in candidate.read_bytes():
                return candidate
    mains = [p for p in files if p.suffix.lower() == ".tex" and b"\\begin{document}" in
             p.read_bytes() and b"\\documentclass" in p.read_bytes()]
    # A source may hold standalone figures with their own \documentclass: the paper is the one
    # with a bibliography (.bbl beside it) and, among those, the longest.
    return max(mains, key=lambda p: (_has_bibliography(p), p.stat().st_size), default=None)


def _has_bibliography(tex: Path) -> bool:
    text = tex.read_bytes()
    return tex.with_suffix(".bbl").is_file() or any(
        command in text for command in (b"\\bibliography{", b"\\addbibresource",
                                        b"\\begin{thebibliography}"))


def _unpack(path: Path, folder: Path) -> None:
    try:
        with tarfile.open(path, "r:*") as archive:
            size = sum(member.size for member in archive.getmembers())
            if size > _MAX_UNPACKED:
                raise InputError(f"{path}: more than {_MAX_UNPACKED // 2**20} MB once unpacked")
            archive.extractall(folder, filter="data")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: not a readable tar archive ({exc})") from exc


_INPUT = re.compile(r"^([^%\n]*?)\\(?:input|include)\s*\{([^}]+)\}", re.MULTILINE)


def _flatten(tex: Path, root: Path, depth: int = 0) -> str:
    """The .tex with its `\\input{}`/`\\include{}` files put in place (arXiv sources split
    papers into section files), files outside the package or missing left as they are."""
    text = tex.read_text(encoding="utf-8", errors="replace")

    def included(match: re.Match[str]) -> str:
        name = match.group(2).strip()
        target = (tex.parent / name).resolve()
        target = target if target.suffix == ".tex" else target.with_name(target.name + ".tex")
        if depth >= 5 or not target.is_file() or not target.is_relative_to(root.resolve()):
            return match.group(0)
        return match.group(1) + _flatten(target, root, depth + 1)

    return _INPUT.sub(included, text)


def load_package(path: Path, load: Callable[[Path], Document]) -> Document:
    """The article inside a `.tar.gz` package, read by `load`; its path is `archive:member`.
    A LaTeX paper is read with its included files in place (lines then count in that text)."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-") as tmp:
        _unpack(path, Path(tmp))
        member = _main_member(Path(tmp))
        if member is None:
            raise InputError(f"{path}: no JATS .nxml/.xml or main .tex file in the archive")
        if member.suffix.lower() == ".tex":
            member.write_text(_flatten(member, Path(tmp)), encoding="utf-8")
        document = load(member)
        return replace(document, path=f"{path}:{member.relative_to(tmp).as_posix()}")
