"""Year, volume, issue and pages: normalised comparison of the numeric parts of a citation.

Each comparison answers True (agrees), False (differs) or None (one side is silent), so the
matcher can count agreements and disagreements and the field checks report only real
differences.
"""

from __future__ import annotations

import re
from enum import Enum
from string import ascii_lowercase

from claimcheck.model import Record, Reference
from claimcheck.text import fold, normalize_pages


class YearVerdict(Enum):
    SAME = "same"
    ONLINE = "online"  # one of the record's years, but not its print year
    DIFFERENT = "different"
    UNKNOWN = "unknown"


def printed_year(reference: Reference) -> int:
    return int(reference.year) if re.fullmatch(r"\d{4}", reference.year) else 0


def record_print_year(record: Record) -> int:
    """The year of the issue: print year if known, else the issued year."""
    return record.print_year or record.issued_year


def compare_year(reference: Reference, record: Record) -> YearVerdict:
    """Crossref's `issued` is the earliest of print and online dates, so a citation may
    legitimately give either (see crossref-samples backfile/JATS samples)."""
    year = printed_year(reference)
    if not year or not record.years:
        return YearVerdict.UNKNOWN
    if year == record_print_year(record):
        return YearVerdict.SAME
    return YearVerdict.ONLINE if year in record.years else YearVerdict.DIFFERENT


def year_agrees(reference: Reference, record: Record) -> bool | None:
    """For matching: the printed year is one of the record's years, or one off (a work
    accepted in December and issued in January is often cited either way)."""
    year = printed_year(reference)
    if not year or not record.years:
        return None
    return any(abs(year - y) <= 1 for y in record.years)


def _number(text: str) -> str:
    return fold(text).lstrip("0") or fold(text)


def _glued(printed: str, recorded: str) -> bool:
    """The printed field holds the record's value among neighbours a parse glued to it
    ("2021;35", "16, 5-7"): the value itself agrees."""
    parts = re.split(r"\s*[,;:]\s*|\s+", printed.strip())
    return len(parts) > 1 and any(p and _number(p) == _number(recorded) for p in parts)


def compare_volume(printed: str, recorded: str) -> bool | None:
    if not printed.strip() or not recorded.strip():
        return None
    mine, theirs = _number(printed), _number(recorded)
    if mine == theirs or _glued(printed, recorded):
        return True
    # "22 Suppl 1" vs "22": agree on the leading number.
    lead = re.compile(r"\d+")
    m, t = lead.match(mine), lead.match(theirs)
    return bool(m and t and m.group() == t.group() and m.group() != "")


def compare_issue(printed: str, recorded: str) -> bool | None:
    """Issues like "3-4", "3/4" or "Suppl 2" agree with any of their parts."""
    if not printed.strip() or not recorded.strip():
        return None
    mine = {_number(p) for p in re.findall(r"[A-Za-z]*\d+|[A-Za-z]+", printed)}
    theirs = {_number(p) for p in re.findall(r"[A-Za-z]*\d+|[A-Za-z]+", recorded)}
    return bool(mine & theirs) or _number(printed) == _number(recorded)


def _page_parts(pages: str) -> tuple[str, str]:
    normal = normalize_pages(pages)
    first, _, last = normal.partition("-")
    return fold(first), fold(last)


def _same_page(a: str, b: str) -> bool:
    """ "e13211" = "13211", "S330" = "330": a letter prefix (e-article, supplement) is
    dropped by some records and some parses."""
    bare_a, bare_b = a.lstrip(ascii_lowercase), b.lstrip(ascii_lowercase)
    return a == b or (bare_a == bare_b and bool(bare_a))


_PAGE = r"[A-Za-z]*\d+(?:[A-Za-z]+\d+)*[A-Za-z]?"
_PAGE_RANGE = re.compile(rf"{_PAGE}(?:\s*[-\u2010-\u2015\u2212]\s*{_PAGE})?")


def compare_pages(printed: str, record: Record) -> bool | None:
    """A printed first page alone agrees with a range; a last page is compared only when
    both sides give one; article numbers may sit in `pages` or `article_number`."""
    if not re.search(r"\d", printed) or not (record.pages or record.article_number):
        return None
    # A parse may glue neighbours on ("489, 420-425", "198-209. doi: 10.2105/..."): each
    # segment's first page range is a reading of the printed pages.
    segments = re.split(r"\s*[,;:]\s*", printed.strip())
    readings = [m.group() for m in map(_PAGE_RANGE.search, segments) if m]
    readings = [*readings, printed, *_without_run_on(printed)]
    return any(_pages_agree(reading, record) for reading in readings)


def _without_run_on(printed: str) -> list[str]:
    """The pages without a PubMed ID (6-9 digits) a rendering ran into them with no space
    ("258-6515717872" for 258-65, PMID 15717872; "e018142028727806")."""
    digits = re.search(r"\d+$", printed.strip())
    if not digits or len(digits.group()) < 8:
        return []
    return [printed.strip()[:-n] for n in range(6, 10) if n < len(digits.group())]


def _pages_agree(printed: str, record: Record) -> bool:
    mine_first, mine_last = _page_parts(printed)
    for recorded in (record.pages, record.article_number):
        if not recorded:
            continue
        first, last = _page_parts(recorded)
        if _same_page(mine_first, first) and (
            not mine_last or not last or _same_page(mine_last, last)
        ):
            return True
        if _same_page(fold(normalize_pages(printed)), fold(normalize_pages(recorded))):
            return True
    return False


def record_pages(record: Record) -> str:
    return normalize_pages(record.pages) if record.pages else record.article_number


_AHEAD_OF_PRINT = re.compile(
    r"ahead\s+of\s+print|\bepub\b|online\s+first|advance\s+online|\bin\s+press\b",
    re.IGNORECASE,
)


def printed_ahead_of_print(reference: Reference) -> bool:
    """The reference says it cites the online-first version (PubMed's "[Epub ahead of
    print]", Springer's "Online First", "in press")."""
    texts = (*reference.notes, reference.raw) if not reference.volume else reference.notes
    return any(_AHEAD_OF_PRINT.search(text) for text in texts)
