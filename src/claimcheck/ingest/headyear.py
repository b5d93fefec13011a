"""How a one-a-line entry opens with names and year and where its title ends, and what a list
shows of both.

In an author-date list an entry opens with its names (or an author element: "Die Zeit
(1996):", "OECD, 2000.") and then its year (`head_year`). A line may stop at its title's
full stop (`title_end`: a word's stop, no place or publisher after it), and a head and a
title alone (`title_cut`) is an entry cut after its title where the list's entries go on to
their source: `title_wholes` is the share of heads that end so and are followed by another
head (entries whole on their title). A line that prints a year without such a head, right
after a line that ended a whole entry (pages, a year, a link), is an entry of a kind dated
otherwise: a law, an interview, an archive's file, a newspaper article dated by a day
(`own_dated` counts them). Read by `lateyear` (its habits, its joins) and `yearinrest`.
Bounded patterns, linear in the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.ingest.authorhead import HEAD_YEAR, LONG_HEAD_YEAR
from claimcheck.ingest.bare import LINK, WHOLE_ENDS, WORD_STOP, dated, names_only
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import ANY_YEAR, YEAR, author_led, strong_start

_DIGIT = re.compile(r"\d")
_HEAD_STOP = re.compile(r"[a-z]{3}[.?!]\s")  # a title's sentence inside a names head
_SENTENCES = re.compile(r"(?<=[.?!])\s+")
# a sentence's stop, then a place and its publisher's colon: an imprint ("... Imperialism.
# London: I. B. Tauris.", whose last sentence alone reads "Tauris."; "St Louis, Toronto: Mosby.")
_IMPRINT_INSIDE = re.compile(r"[.?!]\s+[A-Z\u00c0-\u00de][\w.,'’ /&-]{1,40}?:\s+[A-Z\u00c0-\u00de]")
_PART = re.compile(r"[,;–—]\s")  # an element's comma or dash
_IMPRINT = re.compile(r"^[A-Z\u00c0-\u00de][\w.'’ /&-]{1,40}?[:,]\s+\S")  # "London/Paris: Whurr."
_IMPRINT_WORDS = 5
# a few capitalised words alone after a title's comma: a place ("Ithaca and London.")
_CAPITALS = re.compile(
    r"^[A-Z\u00c0-\u00de][\w'’.-]*(?:\s(?:[A-Z\u00c0-\u00de][\w'’.-]*|and|und|&)){0,3}\.$")


@lru_cache(maxsize=1024)  # read for the list's habits, then at each boundary (a list of up to
# 1,024 lines read once)
def head_year(text: str) -> str:
    """The year of the line's head (names, or an author element, then their year), or ""."""
    found = HEAD_YEAR.match(text) or LONG_HEAD_YEAR.match(text)
    if found is not None:
        year = YEAR.search(found.group())
        return year.group()[:4] if year else ""
    year = YEAR.search(text)
    if year is None or not author_led(text):
        return ""
    head = text[:year.start()].rstrip(" .,(:")
    # (a digit before the year is no name's: looked for first, as `names_only` reads the
    # head a character at a time)
    if _DIGIT.search(head) or _HEAD_STOP.search(head):
        return ""
    return year.group()[:4] if names_only(head) else ""


def last_parts(prev: str) -> tuple[str, str]:
    """The line's last sentence and what follows its last comma or dash (", London.")."""
    last = _SENTENCES.split(prev.rstrip())[-1]
    return last, _PART.split(last)[-1].strip()


def title_end(text: str) -> bool:
    """The line stops at a sentence's full stop after a word, without a number in its last
    12 characters (not "U.S.", "[hep-lat] ].", pages) nor the place or publisher books end
    with ("Bonn.", "New York: Continuum.", "Penguin Books.", "..., London.", "–
    Berlin/Neuwied."; a few words after a colon, not a title "Promoting interest in math:
    Two experimental tests.")."""
    if not WORD_STOP.search(text) or any(c.isdigit() for c in text[-12:]):
        return False
    last, tail = last_parts(text)
    imprint = _IMPRINT.match(last) and len(last.split()) <= _IMPRINT_WORDS
    return not (imprint or any(start_kind(part, False, False, False) in ("place", "publisher")
                               for part in (last, tail)))


def title_cut(text: str) -> str:
    """The head's year, when the line is a head and a title up to a word's stop, no imprint
    ("Place: Publisher") after a sentence inside it: one sentence after the head is its
    title whatever it reads like ("... (2002). Subjectivity and reflexivity: An
    introduction."), unless it ends on a comma and a place, a publisher or a few
    capitalised words (", Mannheim.", ", Ithaca and London."); after more sentences,
    `title_end` reads the last. "" otherwise."""
    year = head_year(text)
    found = YEAR.search(text)
    if not year or found is None or not WORD_STOP.search(text):
        return ""
    rest = text[found.end():].lstrip(" ).:,")
    if _IMPRINT_INSIDE.search(rest):
        return ""
    if _SENTENCES.search(rest.rstrip()):
        return year if title_end(text) else ""
    tail = _PART.split(rest)[-1].strip()
    if tail != rest and (_CAPITALS.match(tail) or start_kind(tail, False, False, False) in (
            "place", "publisher")):
        return ""
    return year


def title_wholes(texts: list[str], heads: list[str]) -> float:
    """The share of the heads (`heads`: each line's `head_year`) that are a title cut
    (`title_cut`) followed by another head or the list's end: entries whole on their title,
    not cut there."""
    wholes = sum(1 for k, text in enumerate(texts) if heads[k] and (
        k + 1 == len(texts) or heads[k + 1]) and title_cut(text))
    return wholes / max(sum(1 for head in heads if head), 1)


def own_dated(texts: list[str], heads: list[str]) -> int:
    """How many lines print a year without a head of names and year (`heads`), nor names
    first (a head the patterns miss: a long list of names), after a line that ended a whole
    entry (pages, a year, a link; not names and their year alone, "Körtner, Ulrich
    (2002a)."): entries of kinds dated otherwise."""
    return sum(1 for k in range(1, len(texts))
               if not heads[k] and end_kind(texts[k - 1], False) in WHOLE_ENDS
               and not _head_alone(texts[k - 1], heads[k - 1])
               and (dated(texts[k]) or ANY_YEAR.search(texts[k]))
               and not LINK.match(texts[k]) and not author_led(texts[k])
               and not strong_start(texts[k]))


def _head_alone(text: str, head: str) -> bool:
    """The line is a head of names and year and no more: its one year ends it."""
    return bool(head) and len(YEAR.findall(text)) == 1 and end_kind(text, False) == "year"
