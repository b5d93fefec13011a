"""Plain text and Markdown: finds the reference list, splits it into entries, keeps the body.

The list starts after the last heading that names it (References, Bibliography, Literature
Cited, Works Cited, ...); without one, after the last notes heading (Notes, Endnotes,
Anmerkungen, ...) when what follows are notes that cite works; else it is the last run of
reference-like lines. It ends at
the next heading or back-matter paragraph (Conflict of Interest, Publisher's Note, ...).
Entries broken by PDF extraction (page breaks, blank lines, wrapped lines) are joined back.
"""

from __future__ import annotations

import re

from claimcheck.ingest.footnotes import split_notes
from claimcheck.ingest.furniture import link_then_bar
from claimcheck.ingest.interface import Document, InputError, RawEntry
from claimcheck.ingest.layout import LINE_FULL, PARAGRAPH_END
from claimcheck.ingest.segment import segment
from claimcheck.ingest.starts import OPEN_END, YEAR, author_led, looks_like_reference

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:[0-9IVX]+\.?\s+)?"
    r"(?:references?(?:\s+(?:and\s+notes|cited|list))?|bibliography|literature\s+cited"
    r"|works\s+cited|cited\s+literature|reference\s+list|sources"
    # the same heading in the languages articles are written in most after English
    r"|r[ée]f[ée]rences(?:\s+bibliographiques)?|referencias(?:\s+bibliogr[áa]ficas)?"
    r"|refer[êe]ncias(?:\s+bibliogr[áa]ficas)?|bibliograf[íi]a|bibliographie"
    r"|literatura|literatur(?:verzeichnis)?|литература|список\s+литературы|参考文献|引用文献|참고\s?문헌)"
    r"\s*:?\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)
# Humanities articles print their citations as numbered notes under one of these headings
_NOTES_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:[0-9IVX]+\.?\s+)?"
    r"(?:(?:end|foot)?notes(?:\s+and\s+references)?|anmerkungen|fu(?:ß|ss)noten|notas)"
    r"\s*:?\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)
_BACK_WORDS = (
    r"(?:conflicts?\s+of\s+interest|competing\s+interests?"
    r"|publisher'?s\s+note|copyright\b|acknowledge?ments?|funding|author\s+contributions"
    r"|supplementary\s+material|appendix|data\s+availability|ethics\s+statement"
    r"|abbreviations|figure\s+legends?|tables?\b)"
)
# A back-matter heading, not a wrapped line of an entry that starts with the word ("Tables".
# Research ...): marked up, or the word before a colon, full stop, line end, number or ©.
_BACK_MATTER = re.compile(
    rf"^\s*(?:(?:#{{1,6}}\s*|\*\*|__)\s*{_BACK_WORDS}"
    rf"|{_BACK_WORDS}(?:\s*(?:[:.]|$)|\s+(?:\d+|[A-Z])(?:[:.]|\s*$|\s)|\s*©))",
    re.IGNORECASE,
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}(?:\s|$)")
_LEADING_BULLET = re.compile(r"^\s*[-*•–·]\s+")  # compiled once: one call per entry
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:\d{1,4}|page \d+(?: of \d+)?|.*\|\s*(?:volume|vol\.?)\s+\d+.*)\s*$",
    re.IGNORECASE,
)


def is_list_heading(line: str) -> bool:
    """The line is a reference list's heading ("References", "Bibliography", ...)."""
    return bool(_HEADING.match(line))


def split_document(text: str, path: str = "<text>", *, marked: bool = False) -> Document:
    """Body and reference entries of an article; InputError when no list can be found.
    `marked`: the text comes from a PDF, and its line ends carry the layout's marks
    (`layout.PARAGRAPH_END`, `layout.LINE_FULL`); in any other text those characters are
    the writer's own line or paragraph separators, read as a space."""
    if not marked:  # never the PDF's marks, and never glued away: a space, as the writer meant
        # (`layout.MARKS_AS_SPACES` by two `replace`s: `translate` looks every character up,
        # 0.13 s for a 2.4 MB article, where `replace` skips to the mark in C)
        text = text.replace(PARAGRAPH_END, " ").replace(LINE_FULL, " ")
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    lines = text.split("\n")
    start = _list_start(lines)
    if start < 0:
        raise InputError(f"{path}: no reference list found (no References heading or list)")
    above = lines[start - 1] if start else ""
    heading = start - 1 if _HEADING.match(above) or _NOTES_HEADING.match(above) else start
    body = "\n".join(lines[:heading]) + ("\n" if heading else "")
    entries = _entries(lines, start)
    if not entries:
        raise InputError(f"{path}: the reference list is empty")
    # the PDF layout's marks (at line ends only) served the segmenter; the text and body are
    # read without them
    return Document(path=path, text=_unmarked(text), body=_unmarked(body), entries=entries,
                    references_line=heading + 1)


def _unmarked(text: str) -> str:
    return text.replace(PARAGRAPH_END, "").replace(LINE_FULL, "")


def _list_start(lines: list[str]) -> int:
    """Index of the first line after the last reference heading, else after the last notes
    heading whose notes cite works (unless a list without a heading follows those notes),
    else of the trailing list."""
    for i in range(len(lines) - 1, -1, -1):
        if _HEADING.match(lines[i]) and _has_entries_after(lines, i + 1):
            return i + 1
    start, end = _notes_start(lines)
    trailing = _trailing_list_start(lines)
    return trailing if start < 0 or trailing >= end else start


def _notes_start(lines: list[str]) -> tuple[int, int]:
    """Index of the first line after the last notes heading whose notes cite works, and the
    line number of the notes' last line; (-1, -1) without one. Each try reads up to the next
    notes heading at most (`_list_lines` stops there): linear in the text."""
    for i in range(len(lines) - 1, -1, -1):
        if _NOTES_HEADING.match(lines[i]):
            listed = _list_lines(lines, i + 1)
            if _cite_works([text for _, text in segment(listed)]):
                return i + 1, listed[-1][0]
    return -1, -1


def _cite_works(notes: list[str]) -> bool:
    """The notes cite works, not only remark: half of them, and at least two, print a year
    or refer back ("Ibid., 52.", "Douglas, Purity and Danger, 35.": `notelist.text_cue`)."""
    from claimcheck.parse.notelist import text_cue

    cited = sum(1 for text in notes if YEAR.search(text) or text_cue(text))
    return cited >= 2 and 2 * cited >= len(notes)


def _has_entries_after(lines: list[str], start: int) -> bool:
    """Reference-like lines follow: one of the next five, or three of the next fifteen (a
    list that opens with standards or reports without a year, "3GPP TS 23.316: ...")."""
    following = [ln for ln in lines[start : start + 40] if ln.strip()]
    return any(YEAR.search(ln) or author_led(ln) for ln in following[:5]) or sum(
        1 for ln in following[:15] if YEAR.search(ln)) >= 3


def _trailing_list_start(lines: list[str]) -> int:
    """Start of the last run of lines that look like references (a year, a name or number)."""
    start = -1
    count = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if looks_like_reference(line):
            start, count = i, count + 1
        elif count >= 3:
            break
        else:
            start, count = -1, 0
    return start if count >= 3 else -1


def _entries(lines: list[str], start: int) -> tuple[RawEntry, ...]:
    return split_notes([  # a footnote citing several works: one entry per work
        RawEntry(text=_strip_bullet(text), index=i, line=line_no)
        for i, (line_no, text) in enumerate(segment(_list_lines(lines, start)), 1)
    ])


def _list_lines(lines: list[str], start: int) -> list[tuple[int, str]]:
    """The list's lines (1-based numbers, blank lines kept) up to the back matter."""
    out: list[tuple[int, str]] = []
    seen = False
    for i in range(start, len(lines)):
        line = lines[i].strip()
        # a heading is never in lower case ("table. Pure Appl Chem ..." is a wrapped entry's
        # line), and a Markdown heading has a space after its marks ("#94-3, University ...")
        if seen and ((_BACK_MATTER.match(line) and not line[:1].islower()
                      and not _carries_on(lines[i - 1].strip(), line)
                      and not _references_follow(lines, i))
                     or _MARKDOWN_HEADING.match(line) or _NOTES_HEADING.match(line)):
            break
        seen = seen or bool(line and not (_PAGE_FURNITURE.match(line) or link_then_bar(line)))
        out.append((i + 1, _rstripped(lines[i])))
    return out


def _rstripped(line: str) -> str:
    """The line without trailing white space, but with the mark the PDF's layout set at its
    end (`layout.PARAGRAPH_END`, `layout.LINE_FULL`)."""
    mark = line.rstrip(" \t\r\f")[-1:]
    return line.rstrip() + (mark if mark in (PARAGRAPH_END, LINE_FULL) else "")


def _carries_on(prev: str, line: str) -> bool:
    """`line` goes on from the line right above it, which stopped mid-phrase (a word without
    punctuation, a comma, "and"): a wrapped title ("... the End of the Periodic" / "Table.
    London: Taylor & Francis."), not a heading; a heading alone on its line or marked up
    is one whatever comes before."""
    if not prev or len(line.split()) < 3 or line.startswith(("#", "*", "_")):
        return False
    return prev[-1:].isalpha() or bool(OPEN_END.search(prev))


def _references_follow(lines: list[str], i: int) -> bool:
    """The line `i` reads as a back-matter heading with text after it, but two of the next
    eight lines are references (a title that opens with "Appendix 1 - ...", wrapped): the
    list goes on. A heading alone on its line ends it whatever follows."""
    if len(lines[i].split()) < 3:
        return False
    following = [ln.strip() for ln in lines[i + 1 : i + 20] if ln.strip()][:8]
    return sum(1 for ln in following if looks_like_reference(ln)) >= 2


def _strip_bullet(text: str) -> str:
    return _LEADING_BULLET.sub("", text).strip()
