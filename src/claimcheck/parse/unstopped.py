"""Author lists printed without a full stop after them, and the two edits every author-list
rule makes (where the opening run ends; giving tokens back to the field after it).

- Vancouver pairs without the stop ("Saha BC Hemicellulose bioconversion. J Ind ..."): the
  list ends at the last initials, where a capitalised word followed by a lower-case one
  starts the title;
- names run together without separators or a stop ("Haider BAOlofin IWang M Anaemia, ..."):
  the capitalised word after the last initials opens the title; an entry the tagger gave no
  author that opens with such a run up to a colon or stop has it as its authors.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.parse.assemble import label_run
from claimcheck.parse.onename import PARTICLES
from claimcheck.parse.runon import run_together
from claimcheck.parse.tokens import Token

VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3}")


def initials_token(text: str) -> bool:
    """One to three capitals without stops, in any script ("M", "HD", "ÅS")."""
    return 1 <= len(text) <= 3 and text.isalpha() and text.isupper()


def run_end(out: list[str]) -> int:
    """Where the author run that opens the entry ends (0 when it does not open with one)."""
    return label_run(out, "author")[1] if out and out[0] == "author" else 0


def give_back(out: list[str], start: int, end: int) -> None:
    """Tokens start..end-1 of the author run go to the field after the run (the title
    when the tagger ran the authors on to the entry's end, so that no field follows)."""
    after = out[end] if end < len(out) else "title"
    for j in range(start, end):
        out[j] = after


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})
_NOT_TITLE = frozenset({"and", "und", "et", "&"}) | PARTICLES


def _family(tokens: tuple[Token, ...], i: int) -> int:
    """The index after a family name of one to three words starting at i (i when none)."""
    k = i
    while k < min(i + 3, len(tokens)) and (tokens[k].text.lower() in PARTICLES or (
            len(tokens[k].text) > 1 and tokens[k].text[0].isupper()
            and not tokens[k].text.isupper() and tokens[k].text.isalpha())):
        k += 1
        if _hyphen_joined(tokens, k):  # "Peña-Rosas": one name in three tokens
            k += 2
    return k if k > i and tokens[k - 1].text.lower() not in PARTICLES else i


def _hyphen_joined(tokens: tuple[Token, ...], k: int) -> bool:
    """Token k is a hyphen with a capitalised word on either side and no space."""
    return (k + 1 < len(tokens) and tokens[k].text == "-"
            and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start
            and tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha())


def vancouver_end(tokens: tuple[Token, ...]) -> int:
    """Where a list of "Family INITIALS" pairs ends when no full stop ends it and the title
    follows at once ("Saha BC Hemicellulose bioconversion."), else 0. The word after the
    last initials must be capitalised and followed by a lower-case word, which a given name
    ("Sajal K Das, Diane J Cook") or a family name is not."""
    i = 0
    while True:
        k = _family(tokens, i)
        if k == i or k >= len(tokens) or not VANCOUVER_INITIALS.fullmatch(tokens[k].text):
            return 0
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text in _SUFFIXES)
        if k + 1 < len(tokens) and tokens[k].text in (",", "&", "and"):
            i = k + 1
            continue
        if k + 1 >= len(tokens) or VANCOUVER_INITIALS.fullmatch(tokens[k].text):
            return 0
        word, after = tokens[k].text, tokens[k + 1].text
        if word[0].isupper() and word.isalpha() and after.isalpha() and after.islower() \
                and after not in _NOT_TITLE:
            return k
        return 0


def vancouver_without_stop(tokens: tuple[Token, ...], out: list[str]) -> None:
    end = run_end(out)
    if end == 0 or end >= len(out):
        return
    stop = vancouver_end(tokens)
    if stop > end:  # the tagger ended the list early: the pairs after are names too
        out[end:stop] = ["author"] * (stop - end)
    elif 0 < stop < end:  # the tagger ran the list on into the title
        label = "title" if "title" not in out[end:] else out[end]
        out[stop:end] = [label] * (end - stop)


def _printed(tokens: tuple[Token, ...], k: int) -> str:
    """The text of tokens[:k], spaced as printed."""
    pairs = pairwise(tokens[:k])
    return "".join([t.text + " " * (n.start > t.end) for t, n in pairs]) + tokens[k - 1].text


def run_together_end(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Haider BAOlofin IWang M Anaemia, prenatal ...": names printed without separators
    (parse/runon.py) and without a stop after them; the capitalised word after the last
    initials, followed by a lower-case word or punctuation, opens the title."""
    end = run_end(out)
    if end >= len(out):
        return
    last = end - 1 - (tokens[end - 1].text in ",:;(")  # "Anaemia," may close the run
    after = tokens[last + 1].text
    if last < 3 or not (tokens[last].text.isalpha() and tokens[last].text.istitle()) or not (
            after in ",:;(" or (after.isalpha() and after.islower())):
        return
    if run_together(_printed(tokens, last).rstrip(":;,")):  # "Gooodyear LJKahn BB: Exercise"
        give_back(out, last, end)


def run_together_start(tokens: tuple[Token, ...], out: list[str]) -> None:
    """An entry the tagger gave no author that opens with names run together up to a colon
    or full stop ("Bweeir SAl-Jarrah MAlmalty AM: Resistance ..."): those are the authors."""
    if "author" in out:
        return
    for k in range(3, min(len(tokens) - 1, 40)):
        if tokens[k].text in (":", ".") and run_together(_printed(tokens, k)):
            out[:k] = ["author"] * k
            return
