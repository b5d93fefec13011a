"""A title-less entry's journal read as its title: "Rahmstorf, S. et al. (2011). Proc Natl
Acad Sci USA, 108, 17905-17909", "Smith J (2012) J. Phys. Chem. A, 116, 33-40".

An article's title is never followed straight by its volume: the journal stands between. So a
title run with no container in the entry, followed (after a comma or a stop at most) by the
volume, or by the date and then the volume, names the journal, when it reads as one: at most
eight words, each capitalised, an abbreviation or a joining word ("of", "and", "&"), no
sentence's stop inside (a title in sentence case, "Water scarcity in dry lands, 12, 33", is
left; so is an entry with a publisher or place, a book's, but for a country closing the
journal's name, `journalcountry`: "Hansen J, et al. Proc Natl Acad Sci USA 2006;103").
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.journalcountry import country_after
from claimcheck.parse.tokens import Token

_JOINS = frozenset({"of", "and", "&", "in", "the", "for", "on", "de", "der", "und", "et"})


def journal_read_as_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "title" not in out or "publisher" in out or "container" in out or "editor" in out:
        return
    start, end = label_run(out, "title")
    country = country_after(tokens, out, end) if end < len(out) and out[end] == "location" \
        else end  # "Proc Natl Acad Sci | USA 2006;103"
    if "location" in out[:start] or "location" in out[country:]:
        return  # a book's place
    after = country
    while after < len(out) and tokens[after].text in ",.;:":
        after += 1
    if after < len(out) and out[after] == "date":
        while after < len(out) and (out[after] == "date" or tokens[after].text in ",.;:"):
            after += 1
    if after >= len(out) or out[after] != "volume" or not tokens[after].text[:1].isdigit():
        return
    words = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    if not 1 <= len(words) <= 8 or not all(w[:1].isupper() or w in _JOINS for w in words) \
            or not words[0][:1].isupper():
        return
    for i in range(start + 1, end - 1):  # a stop inside: an abbreviation's, glued to a word
        if tokens[i].text in ".:?!" and not (tokens[i - 1].end == tokens[i].start
                                            and tokens[i - 1].text[:1].isupper()):
            return
    out[start:country] = ["container"] * (country - start)
