"""A journal's volume printed in roman numerals, which the tagger reads into the journal's
name ("in: Steroids LXXVII (2012), 811–18", "Diabetes Care, XV, 12, p. 1875").

Older humanities journals and the styles that follow them (MHRA, Chicago's older editions,
the French and Italian notes) print volumes as "vol. XII" or "XII"; the styles that made
the training strings print arabic numbers, so the tagger labels a roman numeral by its
neighbours. A roman numeral of two letters or more (one letter is a physics series,
"Eng. C", or a person's initial) and no "D" or "M" (a state's "DC", "MD"), right after
the container's words and followed by a number, straight on or after a bracket, comma,
stop or slash (the year, the issue, the pages; not ", pages 108": "In ASPLOS IV, pages
108" names a meeting) is the volume; a
number glued on by a stop or slash ("LXI.3", "XLVI/1") is its issue. A numeral inside a
title ("World War II (1939-1945)") has title words before it, not the container's, and is
left alone.

One of `repair`'s rules, before the title's boundary rules (which then see a volume).
"""

from __future__ import annotations

import re

from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

# (up to CCCXCIX: a "D" or "M" in it is more often a place's, "Washington, DC", "MD")
_ROMAN = re.compile(r"(?=[CLXVI]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_YEAR = re.compile(YEAR_DIGITS)
_MATES = frozenset({"(", ",", ".", "/", ":", ";"})
# A numeral after these names the journal's series, the number after it the volume:
# "Rend. Circ. Mat. Palermo, Serie II, 42 (1993)", "Sér. II, 33", "Reihe III, 18".
_SERIES = frozenset({"serie", "series", "ser", "sér", "série", "reihe", "folge", "sect",
                     "sectio", "section", "part", "pt", "teil", "abt", "s", "ns"})


def roman_volume(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    volume = "volume" in out  # then only the number glued on ("XXXI.2") may be it
    for i in range(1, len(tokens) - 1):
        text = tokens[i].text  # (upper case first: the pattern on every token costs)
        if text.isupper() and _ROMAN.fullmatch(text) and _numbers_after(tokens, i) \
                and not _series(tokens, i):
            if volume and not _glued(tokens, i):
                return
            if out[i - 1] == "container" and out[i] in ("container", "O"):
                _mark(tokens, out, i)
                return


def _numbers_after(tokens: tuple[Token, ...], i: int) -> bool:
    """A number follows: straight on (the pages), or after a mate ("(2012)", ", 12",
    ".3", "/1")."""
    after = tokens[i + 1].text
    if after.isdigit():  # but not a year straight on: "in C elegans II 1997" is a book's
        return not _YEAR.fullmatch(after)
    if after in _MATES and i + 2 < len(tokens):
        return tokens[i + 2].text.isdigit()  # not ", pages 108": "ASPLOS IV" is a meeting's
    return False


def _series(tokens: tuple[Token, ...], i: int) -> bool:
    """A series word before the numeral, its stop between or not ("Serie II", "Sér. II")."""
    stop = tokens[i - 1].text == "." and i >= 2
    word = tokens[i - 2 if stop else i - 1].text.lower()
    return word in _SERIES and (stop or len(word) > 2)  # "s. III", not "Evol S XXXVII"


def _glued(tokens: tuple[Token, ...], i: int) -> bool:
    return i + 2 < len(tokens) and tokens[i + 1].text in "./" and \
        tokens[i + 1].start == tokens[i].end and tokens[i + 2].text.isdigit()


def _mark(tokens: tuple[Token, ...], out: list[str], i: int) -> None:
    out[i] = "volume"
    if _glued(tokens, i):
        out[i + 1] = out[i + 2] = "issue"
