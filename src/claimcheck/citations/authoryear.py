"""Author-year callouts: "(Berman et al., 2000)", "Corssen and Domino (1965)", "2013a,b".

Detection is anchored on the year: every four-digit year (or "in press", "n.d.") is looked
at together with the text just before it, which must end in an author list ("Smith",
"Smith and Jones", "Smith, Jones, and Lee", "Smith et al.", "World Health Organization
[WHO]") followed by a comma, a space or an opening parenthesis. A year right after another
callout's year ("Paul et al., 1993, 1994") inherits that callout's authors. Callouts inside
one pair of parentheses share a group; a narrative callout is its own group.

Names may be in any script. Cased scripts (Latin, Greek, Cyrillic) follow the capital-letter
rules in `name_runs.plausible`; a name without case (Arabic, Hebrew, CJK) must be a first
author the list has, since nothing else tells it from an ordinary word before a year. CJK full-width
punctuation ("（山田，2020）") and the Arabic comma count as their ASCII twins. Printed names
are kept in NFC. The author list's and the year's patterns are `authoryear_patterns`'s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.citations.authoryear_patterns import BEFORE_YEAR, YEAR
from claimcheck.citations.known import pair_listed
from claimcheck.citations.name_runs import listed_inside, plausible, split_names
from claimcheck.citations.names import DOUBLE_SURNAME_JOINS, name_keys
from claimcheck.citations.scripts import is_uncased, name_fold
from claimcheck.citations.slips import listed_form, without_stray_dots
from claimcheck.citations.spans import after_last_callout, enclosing_parens, line_of
from claimcheck.citations.word_names import a_thing, listed, unlisted_word, year_qualifies
from claimcheck.citations.year_letters import more_suffixes, same_authors, year_parts
from claimcheck.model import Callout

_DOUBLE_SURNAME = re.compile(r".+?\s(?:" + "|".join(DOUBLE_SURNAME_JOINS) + r")\s.+")
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class _Found:
    """A callout before groups are numbered; `key` identifies its group."""

    start: int
    end: int
    year_end: int
    names: tuple[str, ...]
    et_al: bool
    year: str
    suffix: str
    key: int


def find_author_year(
    body: str, known: frozenset[str], capitals: bool = False
) -> tuple[Callout, ...]:
    """Every author-year callout in `body`, in order; `known` holds folded list names.
    `capitals`: the list prints names in capitals (ABNT), so "(BRASIL, 2008)" is a name
    even when the list lacks it, not an acronym. Stray dots are read in `scan` (slips.py)."""
    scan = without_stray_dots(body, known)
    found: list[_Found] = []
    for match in YEAR.finditer(scan):
        found.extend(_at_year(scan, match, found[-1] if found else None, known, capitals))
    keys: dict[int, int] = {}
    callouts = []
    for item in found:
        group = keys.setdefault(item.key, len(keys) + 1)
        callouts.append(Callout(
            text=body[item.start : item.end], start=item.start, end=item.end,
            line=line_of(body, item.start), group=group, style="author-year",
            names=item.names, et_al=item.et_al, year=item.year, year_suffix=item.suffix,
        ))
    return tuple(callouts)


def _at_year(
    body: str, match: re.Match[str], last: _Found | None, known: frozenset[str], capitals: bool
) -> Iterator[_Found]:
    year, letters = year_parts(match)
    first: _Found | None
    if last and year[:1].isdigit() and same_authors(body, last.year_end, match):
        # "Paul et al., 1993, 1994": the second year carries the same authors
        end = match.start() + len(year) + len(letters[:1])
        first = _Found(match.start(), end, end, last.names, last.et_al, year, letters[:1],
                       last.key)
    else:
        authors = _authors_before(body, match.start(), known)
        first = _with_authors(body, match, authors, known, capitals) if authors else None
    if first is None:
        return
    yield first
    for offset, letter in more_suffixes(match):
        yield _Found(offset, offset + 1, offset + 1, first.names, first.et_al, year, letter,
                     first.key)


def _authors_before(body: str, year_at: int, known: frozenset[str]) -> re.Match[str] | None:
    """The author list that ends right before the year at `year_at`.

    A list that starts with an uncased name the reference list does not have is passed
    over for one starting further right: the CJK run "によれば山田" ends in the name "山田".
    """
    start = after_last_callout(body, max(0, year_at - _WINDOW), year_at)
    while authors := BEFORE_YEAR.search(body, start, year_at):
        printed = _printed(authors)
        names = split_names(printed, known)
        first = names[0]
        year = body[year_at : year_at + 4]
        # names joined by commas alone ("Smith, Jones, et al.") only as an entry's first two
        # authors: "In London, Smith, et al. (2008)" is Smith's though London is listed
        commas_ok = not authors.group("commas") or pair_listed(names[:2], known)
        if _joined_ok(printed, known) and (not is_uncased(first) or name_keys(first) & known) \
                and commas_ok and not unlisted_word(authors, names, known, year):
            if name_fold(first) in known:
                return authors
            inner = listed_inside(authors, known, lambda m: split_names(_printed(m), known)[0],
                                  lambda at: BEFORE_YEAR.match(body, at, year_at))
            # "Peaks in August (2017)": the listed word inside is held to the same test
            if inner is authors or not unlisted_word(inner, split_names(_printed(inner), known),
                                                     known, year):
                return inner
        start = authors.start() + 1
    return None


def _joined_ok(printed: str, known: frozenset[str]) -> bool:
    """Names joined by semicolons are one callout in ABNT capitals ("ANDRADE; LAROS") or
    when the list has the first as a first author and every other as an author; otherwise
    the semicolon ends a callout."""
    if ";" not in printed:
        return True
    first, *others = split_names(printed, known)
    if printed.isupper():  # "OH; KASER et al.": a listed name after an unknown capitals word
        return bool(name_keys(first) & known) or not any(name_keys(n) & known for n in others)
    return bool(name_keys(first) & known) and all(listed(n, known) for n in others)


def _with_authors(
    body: str, year: re.Match[str], authors: re.Match[str], known: frozenset[str],
    capitals: bool = False,
) -> _Found | None:
    text, letters = year_parts(year)
    et_al = bool(authors.group("etal"))
    names = _names(_printed(authors), known)
    narrative = bool(set("(\uff08[") & set(authors.group("sep")))
    parens = enclosing_parens(body, authors.start())
    bracketed = narrative or parens is not None
    if not names or not plausible(names, (et_al, bracketed, capitals), known):
        return None
    if (authors.group("etal") or "").endswith("others") and not name_keys(names[0]) & known:
        return None  # "Europe and others (2008)": the older form, only for a listed author
    if narrative and not et_al and len(names) == 1 \
            and a_thing(body, authors.start(), names[0], known):
        return None
    hyphen = (year.group("suffix") or "").startswith("-")  # "in press-a"
    year_end = year.start() + len(text) + len(letters[:1]) + hyphen
    span = (authors.start(), year_end)
    if narrative and not et_al and year_qualifies(body, span, names[0], text, known, capitals):
        return None
    closed = body[year_end : year_end + 1] in (")", "\uff09", "]")
    end = year_end + 1 if narrative and closed else year_end
    key = parens[0] if parens and not narrative else authors.start()
    return _Found(authors.start(), end, year_end, names, et_al, text, letters[:1], key)


def _printed(authors: re.Match[str]) -> str:
    """The names of an author-list match, without "et al." and the separator."""
    ends = [authors.start(g) for g in ("locator", "etal") if authors.group(g)]
    end = min(ends) if ends else authors.start("sep")
    return authors.string[authors.start() : end].strip()


def _names(printed: str, known: frozenset[str]) -> tuple[str, ...]:
    """The printed names in NFC; "Ramón y Cajal" stays whole when the list has it so."""
    names = tuple(listed_form(unicodedata.normalize("NFC", n), known)
                  for n in split_names(printed, known))
    if (
        len(names) == 2 and _DOUBLE_SURNAME.fullmatch(printed)
        and not name_keys(names[0]) & known and name_keys(printed) & known
    ):
        return (unicodedata.normalize("NFC", printed),)
    return names

