"""Words before a year that read as authors and are none: a common word or a month the
list has as a surname only with another year or other co-authors ("in May (2018)", "March
and April 2020" beside May's and March's papers), a thing named after "the" ("the Kyoto
Protocol (1997)"), and a year that qualifies the noun after it ("the OECD (2019
figures)"). Each test is held to the reference list (`entries.known_names`), so a listed
author printed the same way stays a callout ("May (1976)", "the Deaten (2013) account" for
Deaton).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.citations.known import COAUTHOR, DATED, PAIR, dated_key
from claimcheck.citations.names import is_stopword, name_keys, names_close
from claimcheck.citations.spans import enclosing_parens

# "the" before a capitalised name the list lacks, in running text: an event, a law, a
# survey, no author ("the Kyoto Protocol (1997)"); inside a body's name "the" follows a
# capitalised word and a short joining word ("Organisation for the Prohibition of ...",
# "Research in the Next Two Decades, National Research Council (2009)")
_THE = re.compile(r"(?<![\w'’\-])[Tt]he[ \u00a0\n]+$")
# "the OECD (2019 figures)", "the WHO (2018 data for Europe)": the year qualifies the noun
# after it, up to the closing parenthesis; a citation's year is followed by a comma, a
# semicolon, a digit or a locator ("(2001 and 2003)", "(2001 passim)", "(2001 [1975])")
_QUALIFIES = re.compile(r"[ \u00a0\n]+(?!passim\b|and\b|et\b|cited\b|in\b|apud\b)[a-z]{3,}"
                        r"(?:[ \u00a0\n]+[a-z]+){0,4}\)")  # (a line may break at any space)
# "the" before a run of capitalised words that ends where the name starts: a body's name
# ("the OECD", "The Census\nBureau" read from "Bureau" after a line break)
_THE_BODY = re.compile(r"(?<![\w'’\-])[Tt]he[ \u00a0\n]+(?:[A-Z][\w.'’&\-]*[ \u00a0\n]+){0,4}$")
_PERIOD = re.compile(r"[ \u00a0\n]+onwards?\)")  # "(2016 onwards)": from a year on, no work
_INSIDE_NAME = re.compile(r"[A-Z][\w'’\-]*[ \u00a0\n]+[a-z]{2,3}[ \u00a0\n]+[Tt]he[ \u00a0\n]+$")


def unlisted_word(authors: re.Match[str], names: Sequence[str], known: frozenset[str],
                  year: str) -> bool:
    """A common word read as a name that is none: a first author the list lacks with this
    `year` ("Since (2004)", "in May (2018)" beside May's 1976 paper), a joined name the list
    lacks ("March and April 2020"), or a stopword before a comma outside parentheses (a
    date's month: "Since May, 2018, ..."). "et al." after it keeps the old reading ("Jun et al.").
    `names` are the printed names of the author-list match `authors`."""
    first = names[0]
    if authors.group("etal") or not is_stopword(first.split()[0]):
        return False
    dated = "," in authors.group("sep") and enclosing_parens(authors.string, authors.start()) \
        is None
    # "(A, 1997)": an article or an initial, never a surname alone
    if dated or len(first) < 2 or not {dated_key(k, year) for k in name_keys(first)} & known:
        return True
    return not all(listed(n, known) for n in names[1:])


def listed(name: str, known: frozenset[str]) -> bool:
    """The list has `name` as an author, first or later."""
    keys = name_keys(name)
    return bool(keys & known or {COAUTHOR + k for k in keys} & known)


def a_thing(body: str, start: int, name: str, known: frozenset[str]) -> bool:
    """ "the Kyoto Protocol (1997)", "the Census (2010)": the one name at `start`, after "the",
    that no listed first author is or is a slip of (the linker's tolerance: "the Deaten
    (2013) account" cites Deaton), names an event, a law or a survey. Several names or "et
    al." are authors ("the Harris and Cole (2012) review"), whether or not the list has them;
    the caller asks only for one name."""
    before = max(0, start - 30)
    return bool(_THE.search(body, before, start)) and not _INSIDE_NAME.search(body, before, start) \
        and not name_keys(name) & known \
        and not any(names_close(name, k) for k in known if k[:1] not in (COAUTHOR, DATED, PAIR))


def year_qualifies(body: str, span: tuple[int, int], name: str, year: str,
                   known: frozenset[str], capitals: bool) -> bool:
    """Lower-case words, and nothing else, between a narrative year and its closing
    parenthesis after a name that is no person's (`span`: the name's start, the year's
    end): "the OECD (2019 figures)" names data of that year, not a work, unless the list has
    a work of `name` in `year` ("Smith (2001 unpublished)"), its own year and not one its
    title prints ("Census Bureau (2020 data)" beside "Child poverty in 2020"). A person
    cited "Smith (2019 review)" stays a callout, listed or not: a year slip or a work the
    list lacks, to report."""
    if not _QUALIFIES.match(body, span[1]) \
            or {dated_key(k, f"={year}") for k in name_keys(name)} & known:
        return False
    return _no_person(body, span, name, capitals)


def _no_person(body: str, span: tuple[int, int], name: str, capitals: bool) -> bool:
    """A name printed as bodies are, in capitals ("the OECD", "NHANES"; not where the list's
    callouts print persons so) or ending a run of capitalised words after "the" ("the
    Census Bureau"); or any name before a period ("Texas (2016 onwards)")."""
    start, year_end = span
    return (name.isupper() and not capitals) or bool(_PERIOD.match(body, year_end)) \
        or bool(_THE_BODY.search(body, max(0, start - 80), start))
