"""A quoted title the tagger read as the start of the container.

After names and a mark it does not know as a field's end ("A.L. Yarin / “Electrospinning
Jets and Polymer Nanofibers” / Polymer (Guildf). 49"), the tagger may label no title and run
the container from the opening quote on (or from the last name). When no title is labelled,
the container run opens with an opening quote right after the names (at most a mark
between; or the last name and a spaced mark, the names ending where a surname must follow,
as `delimited` reads them), the quotes hold three words or more and close before a mark,
and a capitalised word of the container's follows (the journal's name: a quoted journal
alone, "„Cell Res.“, t. 23", is left as it is), the quoted words are the title, the last
name the authors' and the marks no field's.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.delimited import name_token, wants_a_surname
from claimcheck.parse.quoted import GROUP_MARKS, QUOTES
from claimcheck.parse.tokens import Token

_MARKS = GROUP_MARKS
_MIN_WORDS = 3
_HEAD = 6  # tokens of the last name before the mark


def quoted_title_from_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "title" in out:
        return
    start, end = label_run(out, "container")
    if start < 1:
        return
    opening = _opening(tokens, out, start, end)
    if opening < 0:
        return
    closers = QUOTES[tokens[opening].text]
    closing = next((i for i in range(opening + 1, end) if tokens[i].text in closers), -1)
    if closing < 0 or sum(t.text[:1].isalnum() for t in tokens[opening:closing]) < _MIN_WORDS:
        return
    name = closing + 1
    while name < end and tokens[name].text in _MARKS:
        name += 1
    word = tokens[name].text if name < end else ""
    if name == closing + 1 or len(word) < 2 or not (word[0].isupper() and word.isalpha()):
        return
    for i in range(start, opening):  # the last name and the mark after it
        out[i] = "author" if tokens[i].text not in _MARKS or i < opening - 1 else "O"
    for i in range(opening, closing + 1):
        out[i] = "title"
    for i in range(closing + 1, name):
        out[i] = "O"


def _opening(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> int:
    """The opening quote: the run's first token, or after a mark, right after the names;
    or after the last name and a mark, when the names end where a surname must follow
    ("A.L. | Yarin / “...")."""
    at = start
    if tokens[at].text in _MARKS and at + 1 < end:
        at += 1
    if tokens[at].text in QUOTES:
        return at if out[start - 1] == "author" else -1
    mark = next((i for i in range(start + 1, min(end, start + _HEAD))
                 if tokens[i].text in _MARKS and tokens[i].start > tokens[i - 1].end), -1)
    if mark < 0 or mark + 1 >= end or tokens[mark + 1].text not in QUOTES \
            or out[start - 1] != "author" or not wants_a_surname(tokens, start) \
            or not all(name_token(t.text) for t in tokens[start:mark]):
        return -1
    return mark + 1
