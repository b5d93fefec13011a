"""A journal's volume the tagger read with the date before it: "PLoS One, 2015, 10:e0123272",
"Cortex, 2008; 44: 1105" (the "volume:pages" after a year printed with a comma or semicolon).

A date run that follows the container and holds the year, its comma or semicolon, then a
short number (not a year) and the colon before the pages run, is the date up to that number;
the number is the volume. Not a day of the month ("2015 Oct 10:A12": a month's name comes
between, no comma or semicolon). So too without the colon, the pages run next or nothing but
marks after ("Nature 2014 511 341–343", "Nanomaterials. 2019; 9 280", "Nutrients 2015, 7."):
the year and a number, a mark between at most.

A short number straight after the container, read as a note, is the volume when the entry
reads none and only its comma and a page cue stand between it and the pages ("In: Diabetes.
50 , S. 921–7": German styles print the volume so); not after a cue or a lone letter ("z. 1,
s. 99", the issue).
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_VOLUME = re.compile(r"\d{1,4}")


def volume_out_of_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "date")
    if start < 1 or not 2 <= end - start <= 4 or "volume" in out:
        return
    after_journal = out[start - 1] == "container" or (
        tokens[start - 1].text in ",." and start > 1 and out[start - 2] == "container")
    if not after_journal or not _YEAR.fullmatch(tokens[start].text):
        return
    run = [t.text for t in tokens[start + 1:end]]
    colon = run[-1] == ":"
    if colon:
        run.pop()
    number = run.pop() if run else ""
    if run not in ([], [","], [";"]) or not _VOLUME.fullmatch(number) \
            or _YEAR.fullmatch(number) or (colon and not run):
        return
    # the pages next (after the colon or not), or the entry's end; with a colon, only pages
    if (end < len(out) and out[end] == "pages") or (
            not colon and all(not t.text[:1].isalnum() for t in tokens[end:])):
        for i in range(start + 1 + len(run), end):
            out[i] = "volume"


def volume_read_as_note(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The second rule above, in place (the pages after the cue may be read as the volume)."""
    if "note" not in out:
        return
    i = out.index("note")
    if i < 1 or out[i - 1] != "container" or not _VOLUME.fullmatch(tokens[i].text) \
            or _YEAR.fullmatch(tokens[i].text) or "volume" in out[:i] or _after_cue(tokens, i):
        return
    j, cued = i + 1, False
    while j < len(tokens) and out[j] == "note" and (
            tokens[j].text in ",." or LEXICON.get(tokens[j].text.lower()) == "pages"):
        cued = cued or tokens[j].text[:1].isalpha()
        j += 1
    if not cued or j >= len(out) or out[j] not in ("volume", "pages") \
            or not tokens[j].text[:1].isdigit():
        return
    end = j
    while end < len(out) and out[end] == out[j]:
        end += 1
    out[i] = "volume"
    for k in range(i + 1, end):
        out[k] = "pages"


def _after_cue(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word before the number (its stop apart) is a letter or a cue of its own, the
    number then the issue's or the volume's it names ("t. XIV, z. 1, s. 99": Polish "z." is the
    issue), not the journal's last word."""
    k = i - 1
    while k > 0 and tokens[k].text == ".":  # "Polym. Degrad. Stab.. 97"
        k -= 1
    word = tokens[k].text
    return len(word) < 2 or LEXICON.get(word.lower()) in ("volume", "issue")
