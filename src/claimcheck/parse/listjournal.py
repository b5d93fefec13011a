"""A title-less chemistry entry's journal read into its name list (`list_journal`).

Chemistry's styles (ACS and those made from it) may print no title: "Rutledge, B. J.; Zhang,
K.; Perrimon, N. Genes Dev 1992, 6, 1503." The tagger, seeing capitalised words after a stop
in a list of names, reads the journal as one more name and the year and its numbers as the
date. In a list joined by semicolons, each name closed by its initials, every name after the
first follows a semicolon (`semicolonlist`), so the words after the last name's initials are
no name. When the author run opening the entry goes straight on into a year, no title read,
those words (one to eight capitalised words and their stops, no comma) are the journal, and
the ", volume, pages" after the year, read into the date, are the journal's numbers.
A suffix ("Jr."), "et al." or a name's comma after the initials is none of this; nor are
words that name no journal when no journal's word ("J.", "Proc.", "Soc.") is among them: a
genre ("Dissertation 2001, 145"), a body ("Harvard University 2012"), a publisher ("Oxford
University Press 2003, 345"), a place ("Berlin 2003"), a work not yet out ("Submitted 2018").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.initialsfirst import is_family_word, is_initial
from claimcheck.parse.onename import ORG_WORDS
from claimcheck.parse.semicolonlist import NAME_SUFFIXES
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import PLACE_SET

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WORD = re.compile(r"[A-Z][A-Za-z&-]*|of|and|the|in|for|&")
_RANGE = re.compile(r"[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?")
_NO_JOURNAL_CUES = frozenset({"thesis", "report", "publisher", "place"})
_NO_JOURNAL = frozenset({"habilitationsschrift", "diplomarbeit", "unpublished", "submitted",
                         "communication", "manuscript", "preparation", "accepted", "press"})


def list_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "author")
    if start != 0 or end >= len(out) or out[end] != "date" or "title" in out \
            or "container" in out or not _YEAR.fullmatch(tokens[end].text):
        return
    first = _after_last_initials(tokens, end)
    if first < 0 or not _journal_words(tokens, first, end):
        return
    out[first:end] = ["container"] * (end - first)
    _numbers(tokens, out, end)


def _after_last_initials(tokens: tuple[Token, ...], end: int) -> int:
    """Where the words after the list's last name start: the name after the last semicolon
    ("; and" after it), its family, comma and initials; -1 when the list is no such list."""
    semi = max((k for k in range(end) if tokens[k].text == ";"), default=-1)
    if semi < 3 or tokens[semi - 1].text != "." or not is_initial(tokens, semi - 2):
        return -1
    i = semi + 1
    if i < end and tokens[i].text.lower() in ("and", "&"):
        i += 1
    if not (i + 2 < end and is_family_word(tokens[i].text) and tokens[i + 1].text == ","):
        return -1
    j = i + 2
    while is_initial(tokens, j) or (tokens[j].text == "-" and is_initial(tokens, j + 1)):
        j += 2 if tokens[j].text != "-" else 1
    return j if j > i + 2 else -1


def _journal_words(tokens: tuple[Token, ...], first: int, end: int) -> bool:
    """Whether one to eight capitalised words (their stops) and nothing else stand between."""
    stop = end - 1 if tokens[end - 1].text == "," else end  # "Genes Dev, 1992"
    words = [t.text for t in tokens[first:stop] if t.text != "."]
    return 0 < len(words) <= 8 and words[0] not in NAME_SUFFIXES and len(words[0]) > 1 \
        and all(_WORD.fullmatch(w) for w in words) and tokens[first].text[:1].isupper() \
        and not _names_no_journal(words)


def _names_no_journal(words: list[str]) -> bool:
    """A genre, body, publisher, place or unpublished work, with no journal's word."""
    lower = [w.lower() for w in words]
    if any(LEXICON.get(w) == "journal" for w in lower):
        return False
    return any(LEXICON.get(w) in _NO_JOURNAL_CUES or w in _NO_JOURNAL for w in lower) \
        or " ".join(words) in PLACE_SET or any(w in PLACE_SET for w in words) \
        or bool(ORG_WORDS.search(" ".join(lower)))


def _numbers(tokens: tuple[Token, ...], out: list[str], year: int) -> None:
    """", volume, pages" after the year ("(issue)" after the volume), when the tagger read
    them into the date. A lone number is left to `lonevolume`, which knows the journals
    paged by their years ("Synlett 1999, 1234")."""
    rest = [t.text for t in tokens[year + 1:]]
    if len(rest) < 4 or rest[0] != "," or not rest[1].isdigit() or len(rest[1]) > 4:
        return
    pages = year + 3
    if rest[2] == "(" and len(rest) > 6 and rest[4] == ")" and out[year + 4] == "issue":
        pages = year + 7  # "6 (4), 1503": the issue read, the pages not
    if tokens[pages - 1].text != "," or not all(
            tag in ("date", "volume", "issue") for tag in out[year + 1:pages - 1]) \
            or not all(tag == "date" for tag in out[pages:]):
        return
    if _RANGE.fullmatch("".join(t.text for t in tokens[pages:]).rstrip(".")):
        out[year + 1] = "date"
        out[year + 2] = "volume"
        out[pages - 1:] = ["pages"] * (len(out) - pages + 1)
