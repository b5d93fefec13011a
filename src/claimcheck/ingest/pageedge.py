"""A page's edge inside a reference list copied from a PDF, read once: a header printed once.

A running header that recurs is `furniture`'s; a list that spans one page break prints its
header only once, beside the page number. So a lone page number marks a page's edge, and
the short lines next to it (two at most on each side) shaped as a header are furniture too,
the first three shapes only inside an entry (between two entries such a line may be an
entry of its own, and is kept unless printed twice):

- all in capitals, two words of three letters at least ("PHYSICAL REVIEW B 108, 115402
  (2023)"), no initial with its stop (a name: "SILVA, J. A.;"), no final stop or comma;
- a journal's line for the article itself with a page count ("ApJ, 951:12 (18pp), 2023");
- a journal's line (a name, then only numbers: a year and two more, "Angew. Chem. Int. Ed.
  2021, 60, 2–12") without a final stop in a list whose entries end with one;
- right beside the number, a short title-case phrase without a digit or a final stop
  ("King's Law Journal") that would be an entry of its own (`_between_entries`).

A line printed twice with one of the first three shapes needs no page number. Two more
shapes need none either: an author's name and a page number alone ("Lindqvist 4", MLA's
header) after a line that ended its entry with a stop, and a sub-heading of the list
("Primary Sources", "Archival material", "Books") made of a bibliography's kind words alone,
between an entry's end and a capital. A sure start (`strong_start`) is never taken but in
capitals; when unsure, a line is kept (at worst it joins an entry or starts one).
"""

from __future__ import annotations

import re
import statistics
from typing import NamedTuple

from claimcheck.ingest.starts import MARKER, NUMBER_START, OPEN_END, strong_start
from claimcheck.vocabulary import FUNCTION_WORDS, YEAR_DIGITS

_PAGE_NUMBER = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page\s+)?\d{1,4}\s+(?:/|of)\s+\d{1,4}"
                          r"|page\s+\d{1,4})$", re.IGNORECASE)
_REACH = 2  # header lines on each side of a page number
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\s?\.|,\s*[^\W\d_](?:\s|$)")
_PAGE_COUNT = re.compile(r"\(\d{1,4}\s?pp\.?\)")
_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
_NUMBER = re.compile(r"\d+")
# a journal name's words, each after a space, a stop or an "&" ("Proc. Natl. Acad. Sci. U.S.A.")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:(?:[.,]?\s+|\.|\s&\s)[^\W\d_]+)*[.,]?\s*")
_LOCATOR_WORD = re.compile(r"\b(?:pp?|vol|no|nr|art|ch|sec)\b\.?", re.IGNORECASE)
# a word of ten letters or more before a stop: a title's end, not a journal's abbreviation
_LONG_STOPPED = re.compile(r"[^\W\d_]{10,}\.\s")
_NUMBERS_TAIL = re.compile(r"\(?\d[\d\s,;:()–—−/-]*(?:pp\.?)?")
_TITLE_WORD = re.compile(rf"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|&|{FUNCTION_WORDS})$")
# MLA's header: the author's family name (or two names) and the page, nothing else
_NAME_PAGE = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+(?:\s[A-Z\u00c0-\u00de]"
                        r"[a-z\u00df-\u00ff'’-]+)?\s+\d{1,3}$")
_LOCATORS = frozenset((
    "volume", "vol", "part", "chapter", "book", "band", "issue", "series", "edition", "number",
    "tome", "teil", "heft", "section", "appendix", "table", "figure", "supplement", "page",
    "pages", "article", "paper", "no", "nr", "report", "bulletin", "document", "session",
    "act", "chapitre", "livre", "tomo", "libro"))
# A bibliography's sub-heading: kind words (one at least), qualifiers and joiners, alone
_KINDS = frozenset((
    "sources", "books", "articles", "chapters", "essays", "works", "literature", "material",
    "materials", "archives", "manuscripts", "documents", "papers", "reports", "publications",
    "newspapers", "periodicals", "interviews", "correspondence", "letters", "legislation",
    "statutes", "cases", "treaties", "theses", "dissertations", "proceedings", "websites",
    "resources", "datasets", "software", "films", "collections", "records"))
_QUALIFIERS = frozenset((
    "primary", "secondary", "published", "unpublished", "archival", "official", "government",
    "printed", "online", "electronic", "web", "digital", "other", "further", "journal", "cited",
    "consulted", "edited", "and", "&", "in", "of", "the", "oral", "legal"))
_ENUMERATOR = re.compile(r"^(?:[A-H]|[IVX]{1,4}|\d)[.)]\s+")


class _Habits(NamedTuple):
    """The list's own habits a header is weighed against."""

    stopped: bool  # its entries end with a full stop (`_ends_stopped`)
    short: float  # half its typical line: an entry's first line is longer, a header shorter


def edge_headers(lines: list[str], furniture: set[int], repeated: set[int]) -> set[int]:
    """Indexes of the header lines at a page's edge (see the module), among stripped
    `lines` (blank ones empty) of which `furniture` are already furniture. A line printed
    twice (`repeated`) needs no page number beside it to be read as a header."""
    stops = _Habits(_ends_stopped(lines, furniture), _half_typical(lines, furniture))
    out: set[int] = set()
    for k, line in enumerate(lines):
        if k in furniture and _PAGE_NUMBER.match(line):
            # the block's other headers first: a title phrase is weighed without them
            block = _beside(lines, furniture, k, -1, stops) | _beside(lines, furniture, k, 1, stops)
            near = furniture | block
            out |= block | _beside(lines, near, k, -1, stops, True) | _beside(
                lines, near, k, 1, stops, True)
        elif k not in furniture and _alone(lines, furniture, k, stops if k in repeated else None):
            out.add(k)
    return out


def _alone(lines: list[str], furniture: set[int], k: int, stops: _Habits | None) -> bool:
    """A header with no page number beside it: MLA's name and page, a sub-heading, or a
    repeated line shaped as a header (`stops` given: the line is printed twice)."""
    before, after = _content(lines, furniture, k, -1), _content(lines, furniture, k, 1)
    ended = (before is None or _ended(before)) and (
        after is not None and after[:1].isupper())  # a heading goes before a new entry
    return (_name_page(lines, furniture, k) or (ended and _sub_heading(lines[k]))
            or (stops is not None and _head_shaped(lines, furniture, k, stops, twice=True)))


def _beside(lines: list[str], furniture: set[int], k: int, step: int,
            stops: _Habits, phrase: bool = False) -> set[int]:
    """The header-shaped lines next to the page number at k, on one side; `phrase`: a title
    phrase may be one, only right beside it (further on, it is as likely a title's line)."""
    out: set[int] = set()
    j = k + step
    while 0 <= j < len(lines) and len(out) < _REACH:
        if not lines[j] or j in furniture:
            j += step
            continue
        if not _head_shaped(lines, furniture | out | {k}, j, stops, phrase and not out):
            break
        out.add(j)
        j += step
    return out


def _head_shaped(lines: list[str], furniture: set[int], j: int, stops: _Habits,
                 phrase: bool = False, twice: bool = False) -> bool:
    """Line j is shaped as a header (see the module); `phrase`: a title phrase may be one;
    `twice`: the line is printed twice. Printed once between two entries, a line in
    capitals or a journal's line may be an entry of its own ("WORLD HEALTH ORGANIZATION
    (2019) GLOBAL REPORT", "Lancet 2020; 395: 497-506"): it is kept; inside an entry it
    is none."""
    line = lines[j]
    if len(line) > 90 or OPEN_END.search(line):
        return False
    if _capitals(line):  # a capitals header reads as names ("PHYSICAL REVIEW B 108")
        return twice or _interrupts(lines, furniture, j)
    if strong_start(line):
        return False
    if (_PAGE_COUNT.search(line) and line[:1].isupper()) or (
            _journal_line(line) and stops.stopped and not line.endswith(".")):
        return twice or _interrupts(lines, furniture, j)
    return (phrase and len(line) <= stops.short and _title_phrase(line)
            and _between_entries(lines, furniture, j))


def _ended(text: str) -> bool:
    """The line ends as an entry does: a stop, a closing bracket or a number."""
    return not OPEN_END.search(text) and (text[-1] in ".)]" or text[-1].isdigit())


def _interrupts(lines: list[str], furniture: set[int], j: int) -> bool:
    """Line j stands inside an entry: the line before did not end one. (A line after it in
    lower case is no proof: "Nature 588, 7-8 (2020)" / "doi:10.1038/..." is one entry.)"""
    before = _content(lines, furniture, j, -1)
    return before is not None and not _ended(before)


def _capitals(line: str) -> bool:
    """Capitals only (every letter a capital: no script without case), two words of three
    letters at least, no initial with its stop (a name's: "SMITH, J.", "C. N. SATTERFIELD"),
    no final stop."""
    words = re.findall(r"[^\W\d_]{3,}", line)
    return (len(words) >= 2 and all(c.isupper() for c in line if c.isalpha())
            and not _INITIAL.search(line) and not line.endswith((",", ";", ".")))


def _journal_line(line: str) -> bool:
    """A journal's line for an article: a name (words, no quote, no digit), then only
    numbers, a year among them and two more ("J. Phys. Chem. C 2020, 124, 1234−1245")."""
    cut = next((i for i, char in enumerate(line) if char.isdigit() or char == "("), 0)
    name, tail = line[:cut], line[cut:]
    return (name[:1].isupper() and bool(_NAME_CHARS.fullmatch(name))
            and "," not in name.rstrip(", ") and not _LOCATOR_WORD.search(name)
            and not _LONG_STOPPED.search(name)
            and bool(_NUMBERS_TAIL.fullmatch(tail)) and bool(_YEAR.search(tail))
            and len(_NUMBER.findall(tail)) >= 3)


def _title_phrase(line: str) -> bool:
    """Five words at most, each capitalised or a function word, no digit, no final stop."""
    words = line.split()
    return (0 < len(words) <= 5 and not any(c.isdigit() for c in line)
            and not line.endswith((".", ",", ";", ":")) and line[:1].isupper()
            and all(_TITLE_WORD.match(w) for w in words))


def _content(lines: list[str], furniture: set[int], j: int, step: int) -> str | None:
    """The next line from j (exclusive) on one side that is neither blank nor furniture."""
    j += step
    while 0 <= j < len(lines):
        if lines[j] and j not in furniture:
            return lines[j]
        j += step
    return None


def _between_entries(lines: list[str], furniture: set[int], j: int) -> bool:
    """The line before ended an entry and the line after surely starts one, or the phrase
    stands above the page number after an entry closed by its locator ("... Journal 5" /
    "King's Law Journal" / "4") and the line after opens with no small letter: the phrase
    would be an entry of its own. A phrase before a line that may go on from it
    ("Institute for Genealogical" / "Studies. US: ...") or a place after a stop ("...
    Europe." / "Luxemburg") is kept."""
    before, after = _content(lines, furniture, j, -1), _content(lines, furniture, j, 1)
    if before is None or after is None or not _ended(before):
        return False
    if strong_start(after) or NUMBER_START.match(after) or MARKER.match(after):
        return True
    below = next((n for n in range(j + 1, len(lines)) if lines[n]), None)
    return (below in furniture and bool(_PAGE_NUMBER.match(lines[below or 0]))
            and (before[-1] == ")" or before[-1].isdigit()) and len(lines[j].split()) >= 2
            and not after[:1].islower())


def _name_page(lines: list[str], furniture: set[int], k: int) -> bool:
    """MLA's header ("Lindqvist 4") after a line that ended its entry with a stop; not a
    locator's word and its number ("Volume 12", "Part 2") on a line of its own."""
    before = _content(lines, furniture, k, -1)
    return (bool(_NAME_PAGE.match(lines[k])) and before is not None and before.endswith(".")
            and lines[k].split()[0].lower() not in _LOCATORS)


def _sub_heading(line: str) -> bool:
    """A sub-heading of the list: kind words and their qualifiers alone, no final stop."""
    text = _ENUMERATOR.sub("", line)
    words = text.rstrip(":").lower().split()
    if not 0 < len(words) <= 5 or line.endswith(".") or not text[:1].isupper():
        return False  # ends on its kind ("Primary Sources"), not "Proceedings of the"
    return all(w in _KINDS or w in _QUALIFIERS for w in words) and words[-1] in _KINDS


def _ends_stopped(lines: list[str], furniture: set[int]) -> bool:
    """The list's entries end with a full stop: most lines before a sure start do."""
    ends = [before for k, line in enumerate(lines)
            if line and k not in furniture and (strong_start(line) or NUMBER_START.match(line))
            and (before := _content(lines, furniture, k, -1)) is not None]
    return len(ends) >= 3 and sum(e.endswith(".") for e in ends) >= 0.7 * len(ends)


def _half_typical(lines: list[str], furniture: set[int]) -> float:
    """Half the median length of the list's lines (furniture aside)."""
    lengths = [len(line) for k, line in enumerate(lines) if line and k not in furniture]
    return statistics.median(lengths) / 2 if lengths else 0.0
