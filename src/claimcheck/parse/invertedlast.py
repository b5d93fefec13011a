"""The given name of the last name in a list of inverted names, before the colon that
closes the list: "Hoffmann, Greta – Brandt, | Jonas: Die Moorkolonien ...". The tagger ends
the run at the comma after the family name and opens the title with the given name.

German, Austrian and Scandinavian styles print every name "Family, Given" and close the
list with a colon; a list whose names are joined by another mark than the comma ("–", "/",
";", "&", "und") shows the habit in its first name ("Hoffmann, Greta –"), so a run that
ends "Family," still lacks the given name. Taken: one capitalised word in lower case (or
two joined by a hyphen) right before the colon, where the list's first name is printed
"Family, Given" before such a mark and its given name is a word too (not initials: those
lists end on their initials, "Brandt, J.:").
"""

from __future__ import annotations

from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import run_end

_JOINS = frozenset({"–", "—", "-", "/", ";", "&", "und", "and", "et", "y", "e", "og", "och"})


def _word(text: str) -> bool:
    """A capitalised word in lower case ("Greta"), no initial."""
    return len(text) > 1 and text[:1].isupper() and text[1:].islower() and text.isalpha()


def _inverted_habit(tokens: tuple[Token, ...], end: int) -> bool:
    """Whether the run opens "Family, Given <mark>" (the list's first name inverted, with a
    given name in full, before a mark that joins names)."""
    if end < 5 or not _word(tokens[0].text) or tokens[1].text != ",":
        return False
    k = 2
    while k < end and _word(tokens[k].text):
        k += 1
    return k > 2 and k < end and tokens[k].text in _JOINS


def given_after_inverted(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if not out or out[0] != "author":
        return
    end = run_end(out)
    if end < 6 or end + 3 >= len(out) or out[end] != "title" or tokens[end - 1].text != "," \
            or not _word(tokens[end - 2].text):
        return
    stop = end + 1
    if stop + 1 < len(tokens) and tokens[stop].text == "-" and _word(tokens[stop + 1].text):
        stop += 2  # "Anne-Marie"
    if _word(tokens[end].text) and tokens[stop].text == ":" and _inverted_habit(tokens, end) \
            and out[stop + 1] == "title":
        out[end:stop + 1] = ["author"] * (stop + 1 - end)
