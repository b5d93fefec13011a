"""Where the names end and the journal begins in chemistry's title-less entries ("Kim, H.;
Ye, G.; Wang, J. Genetics 2011, 188, 12", ACS and the styles made from it), when the tagger
put the boundary in the wrong place (`names_journal_boundary`):

- the last name's initials read as the journal's first words ("Wang, | J. Genetics", "Shaw, |
  J. E. Diabetes Res Clin Pract"): an author run that ends on a family name and its comma,
  in a list printed family first ("Kim, H."), has the initials after it. A given-first list
  ("J. Smith, A. Brown, | J. Chem. Phys.") ends its names with the comma, and is left;
- the journal's first words read as the last name's ("Hall, A. Adv, | Drug Deliv Rev",
  "Tan, R. Biochim | Biophys Acta"): capitalised words (one to four, no initial) that close
  the author run after a whole name printed family first, straight before the container
  run, are the container's. One word after a list of one name is left ("Smith, J. A. Brown
  | J. Chem.": a second name printed initials first).
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.initialsfirst import initial_at, is_family_word
from claimcheck.parse.tokens import LEXICON, Token

_MOST_WORDS = 4


def names_journal_boundary(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, in place."""
    start, end = label_run(out, "author")
    if start != 0 or end < 4 or end >= len(out) or out[end] != "container" \
            or "title" in out or not _family_first(tokens):
        return
    if tokens[end - 1].text == "," and is_family_word(tokens[end - 2].text) \
            and not initial_at(tokens, end - 4):  # "; Wang, | J.", not "Hall, A. Adv, | Drug"
        _initials_back(tokens, out, end)
    else:
        _words_forward(tokens, out, end)


def _initials_back(tokens: tuple[Token, ...], out: list[str], end: int) -> None:
    """The container's opening initials ("J." "E." or "J.-P.") to the author run, when words
    of the container follow them."""
    i = end
    while i + 1 < len(out) and out[i + 1] == "container" and initial_at(tokens, i):
        i += 2
        if i < len(out) and tokens[i].text == "-" and out[i] == "container":
            i += 1
    if i > end and i < len(out) and out[i] == "container" and tokens[i].text[:1].isalpha():
        out[end:i] = ["author"] * (i - end)


def _words_forward(tokens: tuple[Token, ...], out: list[str], end: int) -> None:
    last = end
    while last > 0 and tokens[last - 1].text in ",.;":
        last -= 1
    first = last
    while first > 0 and last - first < _MOST_WORDS and _journal_word(tokens[first - 1].text):
        first -= 1
    if first == last or first < 4 or not initial_at(tokens, first - 2):
        return
    k = first - 2  # the name's initials, back to its family and comma
    while k >= 2 and initial_at(tokens, k - 2):
        k -= 2
    if not (tokens[k - 1].text == "," and is_family_word(tokens[k - 2].text)):
        return
    names = sum(1 for j in range(1, k) if tokens[j].text == "," and initial_at(tokens, j + 1))
    if last - first == 1 and names < 2:
        return
    out[first:end] = ["container"] * (end - first)


def _family_first(tokens: tuple[Token, ...]) -> bool:
    """The list opens with two names printed "Family, I." ("Kim, H.; Ye, G.", "Stone, R.A.,
    Ross, A.F."): not "Niyti, G. Sawhney, M.K. Sharma" (given names first after a one-word
    name), nor "Yamada and Araki, J. Cell"."""
    if len(tokens) < 8 or not is_family_word(tokens[0].text) or tokens[1].text != "," \
            or not initial_at(tokens, 2):
        return False
    i = 2
    while initial_at(tokens, i):
        i += 2
    if i + 3 >= len(tokens) or tokens[i].text not in (";", ",", "&"):
        return False  # the list cut short after its first name: "Zhang, Y. Q.; Chem"
    return (is_family_word(tokens[i + 1].text) and tokens[i + 2].text == ","
            and initial_at(tokens, i + 3))


def _journal_word(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and len(text) > 1 \
        and LEXICON.get(text.lower()) != "and"
