"""An initials-first author list does not end on an initial: the family name after the last
one belongs to it ("D. A. Van Veldhuizen and G. B. Lamont."), as it does after "and" in an
inverted list ("Gupta, R., K. K. Sharma und R. C. | Kuhad"), unless an abbreviated journal
follows it, which the initial opens ("C. K. CHANG. J. Am. Chem. Soc."). Run by `repair`
after the tagger, with the other author-run rules of `parse/authors.py`."""

from __future__ import annotations

from claimcheck.parse.onename import PARTICLES
from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import run_end


def is_initial(tokens: tuple[Token, ...], i: int) -> bool:
    text = tokens[i].text
    return len(text) == 1 and text.isupper() and i + 1 < len(tokens) and tokens[i + 1].text == "."


def initial_at(tokens: tuple[Token, ...], i: int) -> bool:
    """`is_initial` where `i` may fall before the string's start (then no initial)."""
    return i >= 0 and is_initial(tokens, i)


def is_family_word(text: str) -> bool:
    """A capitalised word of letters (a hyphen allowed), as a name printed family first
    opens: "Kim", "Ruiz-Lopez"."""
    return len(text) > 1 and text[:1].isupper() and text.replace("-", "").isalpha()


def initials_start(tokens: tuple[Token, ...], last: int) -> int:
    """The first of the initials that end at `last` ("C. R." of "SCRIBE. C. R.")."""
    while last >= 2 and tokens[last - 1].text == "." and is_initial(tokens, last - 2):
        last -= 2
    return last


_AND = frozenset({"and", "und", "&", "et", "y"})


def _after_a_conjunction(tokens: tuple[Token, ...], last: int) -> bool:
    """Whether the initials ending at `last` follow "and" (the last name's initials first)."""
    i = last
    while i >= 2 and is_initial(tokens, i - 2):
        i -= 2
    return i > 0 and tokens[i - 1].text in _AND


def family_after_initials(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A list that writes initials first ("D. A. Van Veldhuizen and G. B. Lamont.") does not
    end on an initial: the family name after the last one belongs to the author run. Nor
    does a list whose last name opens with initials after "and" ("Gupta, R., K. K. Sharma und
    R. C. | Kuhad: „Title“"; "Smith, | A." is an inverted name, whole)."""
    if not out or out[0] != "author":
        return
    end = run_end(out)
    if end >= len(out) - 1:
        return
    last = end - 1
    while last > 0 and not tokens[last].text.isalnum():
        last -= 1
    if not is_initial(tokens, last) \
            or not (is_initial(tokens, 0) or _after_a_conjunction(tokens, last)):
        return
    first = initials_start(tokens, last)
    if out[end] == "container" and end + 1 < len(tokens) and tokens[end + 1].text == "." \
            and tokens[end].text[:1].isupper() and len(tokens[end].text) > 1 \
            and first >= 2 and tokens[first - 1].text == "." \
            and len(tokens[first - 2].text) > 1:  # "CHANG. J.", not "J.D. Lewin"
        # "C. K. CHANG. J. Am. Chem. Soc.", "SCRIBE. C.R. Acad. Sci.": the journal's
        # initials after a list with no title
        out[first:end] = ["container"] * (end - first)
        return
    k = end
    while k < len(tokens) and tokens[k].text.lower() in PARTICLES:
        k += 1
    if not is_initial(tokens, 0) and k + 1 < len(tokens) and tokens[k + 1].text[:1].isalpha():
        return  # "Curie, P. and M. | Sur une substance": a word after it, the title runs on
    if k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text[:1].isupper():
        while k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].start == \
                tokens[k + 1].end == tokens[k].end + 1:
            k += 2  # a hyphenated family name
        for i in range(end, k + 1):
            out[i] = "author"
