"""The names a reference list knows, as the callout finder asks about them.

One set of folded keys for the whole list: every first author's name (a capitalised word
before a year is a callout only when the list knows it), every later author's, each first
author with the years its entry prints, and each entry's first and second authors. Markers
keep the kinds apart in the one set.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.citations.names import name_keys
from claimcheck.citations.scripts import latin_spelling, name_fold

COAUTHOR = "\x00"  # marks the key of an author who is not first, see known_names
DATED = "\x01"  # marks a first author's key with a year its entry prints, see known_names
PAIR = "\x02"  # marks a first author's key with the second author's, see known_names


def known_names(entries: Sequence[Entry]) -> frozenset[str]:
    """Every folded first-author key (tells a cited name from a capitalised word), and every
    later author's key after `COAUTHOR`, so that "(Carvalho; Marinho, 2003)" can be read as
    one callout when the list has Marinho as Carvalho's co-author; and every first-author key
    with each year its entry prints (`dated_key`): "May (1976)" is May's work, "in May
    (2018)" a date (`word_names`); and each entry's first and second author (`pair_key`)."""
    first = (key for entry in entries for key in entry.names)
    later = (COAUTHOR + key for e in entries for f in e.families[1:] for key in name_keys(f))
    # a year goes with the names as the list prints them, not a Cyrillic name's Latin letters:
    # "in May (2018)" is a month though the list has "Май (2018)"
    dated = (dated_key(key, y) for e in entries for key in e.names - _transliterated(e)
             for y in {e.year, *e.years, f"={e.year}"} if y.strip("="))  # "=Y": its own year
    # the first two authors of one entry: APA's "(Smith, Jones, et al., 2008)"
    pairs = (pair_key(k, s) for e in entries for k in e.names for s in e.second)
    return frozenset((*first, *later, *dated, *pairs))


def _transliterated(entry: Entry) -> set[str]:
    """The entry's name keys that only its Cyrillic names' Latin spelling gives."""
    latin = {key for f in entry.families if (key := latin_spelling(f))}
    # most entries print no Cyrillic name: their names are not folded again here (a
    # 10,000-reference list: ~0.05 s of the serial work after the parse)
    return latin - {name_fold(f) for f in entry.families} if latin else latin


def pair_key(first: str, second: str) -> str:
    """The key under which `known_names` holds an entry's first and second author."""
    return PAIR + first + COAUTHOR + second


def pair_listed(names: Sequence[str], known: frozenset[str]) -> bool:
    """Whether some entry has `names` (two) as its first and second authors."""
    return len(names) == 2 and bool(
        {pair_key(k, s) for k in name_keys(names[0]) for s in name_keys(names[1])} & known)


def dated_key(key: str, year: str) -> str:
    """The key under which `known_names` holds first author `key` with `year`."""
    return f"{DATED}{key}|{year}"
