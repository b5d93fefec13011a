"""The last name of a Vancouver list read as the title's first words: "Sui X, Hooker SP, | Lee
IM: A prospective study ...", "Fournier C, Andrieu B, Ljutovac S, | Saint-Jean S: ADEL-wheat".

A list of "Family INITIALS" names apart by commas ends on a name, never on its comma: where the
author run the tagger read ends on a comma after two such names or more, and the title run
opens with a family word and one to three capitals closed by a colon or a full stop (the
style's mark after the list) and a capital after it, those words are the list's last name.
Not where the title run closes on a comma (a style that prints commas around its titles:
"Kim H, Park S, Protein C: Structure and function, Thromb Res"), nor where the "initials"
are longer than every other name's ("Brown AB, Green CD, | Managing HIV: The next decade", an
acronym); "Vitamin D: a review", its subtitle in lower case, is left. (A comma-before-title
style whose title closes with a stop, "Smith J, Jones K, Hepatitis B: A review.", is still
read wrongly.)
"""

from __future__ import annotations

from claimcheck.parse.onename import PARTICLES
from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import initials_token, run_end


def _family(tokens: tuple[Token, ...], i: int) -> int:
    """The index after a family word at i ("Lee", "Saint-Jean", "O'Quinn"), or i if none."""
    j = i
    while j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
            and any(c.islower() for c in tokens[j].text):
        j += 1
        if j + 1 < len(tokens) and tokens[j].text in ("-", "'", "’") \
                and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end:
            j += 1  # a hyphen or apostrophe glued on both sides
            continue
        break
    return j


def _pairs(tokens: tuple[Token, ...], end: int) -> tuple[int, int]:
    """How many "Family INITIALS ," names the run 0..end holds (0 if any part is not one), and
    the most initials one of them prints."""
    count, i, most = 0, 0, 0
    while i < end:
        while i < end and tokens[i].text in PARTICLES:  # "da Costa Lopes AM"
            i += 1
        j = _family(tokens, i)
        while i < j < _family(tokens, j):  # a family name of more words ("Costa Lopes")
            j = _family(tokens, j)
        if j == i or j >= end or not initials_token(tokens[j].text) or tokens[j + 1].text != ",":
            return 0, 0
        count, i, most = count + 1, j + 2, max(most, len(tokens[j].text))
    return count, most


def last_vancouver_name(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if not out or out[0] != "author":
        return
    end = run_end(out)
    if end < 6 or end + 2 >= len(out) or out[end] != "title" or tokens[end - 1].text != ",":
        return
    after = _family(tokens, end)
    if after == end or after + 1 >= len(out) or not initials_token(tokens[after].text) \
            or tokens[after + 1].text not in (":", ".") or out[after] != "title" \
            or tokens[after + 2].text[:1].islower():
        return  # (a title's colon before its subtitle in lower case: "Vitamin D: a review")
    close = after + 2
    while close < len(out) and out[close] == "title":
        close += 1
    if tokens[close - 1].text == "," or (close < len(out) and tokens[close].text == ","):
        return  # the style's comma after the title too: its comma before it ("Kim H, Park S,
        # Protein C: Structure and function, Thromb Res 2003")
    count, most = _pairs(tokens, end)
    # (the name's initials no longer than the list's others: "Managing HIV: The next decade",
    # "Mitochondria DNA: A new approach" open titles with an acronym)
    if count >= 2 and len(tokens[after].text) <= max(most, 2):
        out[end:after + 1] = ["author"] * (after + 1 - end)
