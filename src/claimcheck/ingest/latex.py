r"""LaTeX (`.tex`) with its `.bib` (or `.bbl`): callouts are the `\cite` family, claims their
sentences with LaTeX stripped.

The body is stripped line by line and every newline is kept, so a line of the body is the same
line of the .tex file and findings point at .tex lines. Citation commands become a bracketed
marker ("[key1; key2]") recorded as a marked callout with the BibTeX keys it names.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.bibtex import BibtexError, loads
from claimcheck.ingest.interface import Document, InputError, Marked, RawEntry
from claimcheck.ingest.reader import read_text
from claimcheck.model import Reference

_CITE = re.compile(
    r"\\(?:[Cc]ite[a-z]*|[Pp]arencite|[Tt]extcite|[Aa]utocite|[Ff]ootcite|smartcite|"
    r"supercite|nocite)\*?(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)\}"
)
_BIBLIOGRAPHY = re.compile(r"\\(?:bibliography|addbibresource)\s*(?:\[[^\]]*\])?\{([^}]*)\}")
_END = re.compile(r"\\(?:bibliography|printbibliography|end\{document\})")
_SECTION = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?\{([^}]*)\}"
)
_COMMENT = re.compile(r"(?<!\\)%.*$")
_WITH_ARG = re.compile(
    r"\\(?:emph|textbf|textit|textsc|textrm|texttt|mbox|text|underline)\{([^{}]*)\}"
)
_DROP_ARG = re.compile(r"\\(?:label|ref|eqref|cref|Cref|autoref|url|footnote|begin|end|"
                       r"includegraphics|input|include|usepackage|documentclass)\*?"
                       r"(?:\[[^\]]*\])?\{[^{}]*\}")
_COMMAND = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?")


def _bib_paths(tex: str, folder: Path, stem: str) -> list[Path]:
    names = [n.strip() for m in _BIBLIOGRAPHY.finditer(tex) for n in m.group(1).split(",")]
    paths = [folder / (n if n.endswith(".bib") else n + ".bib") for n in names if n]
    return paths or [folder / f"{stem}.bib"]


def _references(path: Path, tex: str) -> tuple[tuple[RawEntry, ...], tuple[str, ...], str]:
    """Entries, keys and BibTeX text: from the .bib files, else from the .bbl beside the .tex."""
    bibs = [p for p in _bib_paths(tex, path.parent, path.stem) if p.is_file()]
    if bibs:
        text = "\n".join(read_text(p) for p in bibs)
        return (), (), text
    bbl = path.with_suffix(".bbl")
    if not bbl.is_file():
        wanted = ", ".join(p.name for p in _bib_paths(tex, path.parent, path.stem))
        raise InputError(f"{path}: no bibliography found ({wanted}) and no {bbl.name}")
    items = re.split(r"\\bibitem\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}", read_text(bbl))[1:]
    keys = tuple(items[0::2])
    entries = tuple(
        RawEntry(text=_strip_line(re.sub(r"\\end\{thebibliography\}.*", "", t, flags=re.S)
                                  .replace("\n", " ")).strip(), index=i, line=0)
        for i, t in enumerate(items[1::2], 1)
    )
    return entries, keys, ""


def _strip_line(line: str) -> str:
    line = _COMMENT.sub("", line)
    line = _SECTION.sub(lambda m: "## " + m.group(1), line)
    for _ in range(3):  # nested formatting: \emph{\textbf{x}}
        line = _WITH_ARG.sub(r"\1", line)
    line = _DROP_ARG.sub("", line)
    line = _COMMAND.sub("", line).replace("~", " ")
    return line.replace("{", "").replace("}", "").replace("\\", "")


def _strip_body(tex: str) -> tuple[str, list[Marked]]:
    """The body as text, line for line, with each citation command as a marked callout."""
    lines: list[str] = []
    marked: list[Marked] = []
    offset = 0
    for raw_line in tex.split("\n"):
        raw_line = _COMMENT.sub("", raw_line)
        pieces: list[str] = []
        position = 0
        start = offset  # kept as a running sum: re-adding the pieces is quadratic in cites
        for match in _CITE.finditer(raw_line):
            before = _strip_line(raw_line[position : match.start()])
            keys = tuple(k.strip() for k in match.group(1).split(",") if k.strip())
            text = "[" + "; ".join(keys) + "]"
            start += len(before)
            marked.append(Marked(text=text, start=start, end=start + len(text), keys=keys))
            start += len(text)
            pieces += (before, text)
            position = match.end()
        pieces.append(_strip_line(raw_line[position:]))
        line = "".join(pieces)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), marked


def load_latex(path: Path) -> Document:
    tex = read_text(path)
    end = _END.search(tex)
    body_tex = tex[: end.start()] if end else tex
    body, marked = _strip_body(body_tex)
    entries, keys, bib_text = _references(path, tex)
    references: tuple[Reference, ...] = ()
    if bib_text:
        try:
            references = loads(bib_text)
        except BibtexError as exc:
            raise InputError(f"{path}: {exc}") from exc
        keys = tuple(r.id for r in references)
    return Document(path=str(path), text=body, body=body, entries=entries,
                    references_line=0, references=references, entry_keys=keys,
                    marked=tuple(marked))
