"""Stable citation keys: first author's family name, year and suffix ("Zarate2006a").

Family names are folded to ASCII letters with their case and particles kept
("aanhetRot2010", "LopezGil2019"); an organisation uses its printed abbreviation ("World Health
Organization [WHO]" -> "WHO") or the initials of its words; without authors the first title
word stands in, without a year "nd". Keys still equal after that are told apart in list order
by a counter on the later ones ("Smith2010", "Smith2010-2", "Smith2010-3"; the first keeps the
bare key), and so are keys equal but for case, as BibTeX reads them ("Silva2005",
"SILVA2005-2"). A counter, not a letter, so that it can never be mistaken for, or collide
with, a printed year suffix ("2010b"). The same list always gets the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import count

from claimcheck.model import Author, Reference

_MINOR = frozenset([
    "of", "the", "for", "and", "on", "in", "at", "to", "a", "an", "de", "la", "du", "des",
    "der", "und", "et"
])


# Compiled once: re's module functions look each pattern up in its cache per call (per key).
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_PRINTED_SHORT = re.compile(r"[\[(]([A-Za-z][A-Za-z0-9&.-]{1,15})[\])]")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8192)  # each entry's key is made twice: alone, then in its list
def ascii_letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o"))
    return _NOT_LETTER.sub("", decomposed.encode("ascii", "ignore").decode("ascii"))


def _organisation_short(name: str) -> str:
    printed = _PRINTED_SHORT.search(name)
    if printed:
        return ascii_letters(printed.group(1))
    words = [w for w in _WORD.findall(name) if w.lower() not in _MINOR]
    return ascii_letters("".join(w[0] for w in words)) if len(words) > 2 else ascii_letters(name)


def _name_part(author: Author | None, title: str) -> str:
    if author is None:
        words = _WORD.findall(title)
        return ascii_letters(words[0]).capitalize() if words else "Anon"
    if author.literal:
        return _organisation_short(author.family) or "Anon"
    # A name with no Latin letters (Иванов, 山田) keeps its own letters: biber reads UTF-8 keys.
    return ascii_letters(author.family) or re.sub(r"[\W\d_]", "", author.family) or "Anon"


def base_key(reference: Reference) -> str:
    return key_of(reference.authors, reference.title, reference.year, reference.year_suffix)


def key_of(authors: tuple[Author, ...], title: str, year: str, suffix: str) -> str:
    """First author's name part, year and suffix: "Zarate2006a", "WHO2019", "Modelnd"."""
    name = _name_part(authors[0] if authors else None, title)
    return f"{name}{year or 'nd'}{suffix}"


def assign_keys(references: Iterable[Reference]) -> tuple[Reference, ...]:
    """The references with `id` set to a key unique within the list."""
    taken: set[str] = set()
    # The next counter to try per base key: counting up from 2 at every clash would make a
    # list whose keys all share one base (entries with no author and no year) quadratic.
    counters: dict[str, int] = {}
    out: list[Reference] = []
    for reference in references:
        key = base = base_key(reference)
        # BibTeX, biber and pybtex read keys without case: "SILVA2005" repeats "Silva2005".
        folded = base.casefold()
        if folded in taken:
            n = next(n for n in count(counters.get(folded, 2))
                     if f"{folded}-{n}" not in taken)
            counters[folded] = n + 1
            key = f"{base}-{n}"
        taken.add(key.casefold())
        out.append(reference if reference.id == key else replace(reference, id=key))
    # back-references ("Ibid.") name the work's key; weak note cues are the list's to decide
    from claimcheck.parse.notelist import settle

    return settle(out)

