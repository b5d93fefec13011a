"""Where an author list ends and the title begins, read from how the list is printed (the
tagger's author run often takes the title's first words, or leaves the list's last initials
to the title).

- A given-name-first list ends with the name after its last "and" / "&", or without one with
  the last name printed with its initials first: in "M. Cacciari, G.P. Salam and G. Soyez, |
  FastJet User Manual, Eur. Phys. J.", "M. Younis and S. Ali, | Bright, Dark, and Singular
  Solitons" or "P. DuVal, | Homographies, Quaternions and Rotations (Clarendon ...)", what
  the author run took after that name's comma (capitalised words without an initial, no
  editors' cue, "et al." or "Jr."; not before a quoted title) is the title's start, or the
  title when none is labelled (the journal when the entry has no other and prints its
  numbers). Without an "and", names printed whole before a comma and a labelled title
  stay authors ("S. Hochreiter, Jürgen Schmidhuber, | Long Short-Term Memory").
- A quote that opens after a comma or stop inside the author run, and closes inside the title
  run after it ("H. Clarke, | ‘Parry and Homer. The aesthetics of oral composition’") or
  closes the author run itself, three words or more between ("Kaurinovic, B. u. a.:
  „Antioxidant capacity of ... extracts“, | Molecules 16"), opens the title (so the list's
  last name, followed by the quote alone, is a name again: "og N. Kim. „ | GenoCore: ..."):
  the last such quote, not one after an initial's stop, since a name may hold a quote ("G.
  't Hooft, | 'Naturalness ...'", 'L. "Bud" Abbott').
- A family-first list whose last family name and comma end the author run ("..., Stone, |
  C. Classification and Regression Trees", "... & Schaffner-Bielich, | J. Anomalous ..."):
  the initials that open the title after it are that name's.
- German bibliographies' "Family, Given: Title" (`parse/givennames.py`).
- An author-year list printed without stops whose title run opens with the list's last
  words and the year ("Cardy | J 1999 Logarithmic ...", "Chiba, Nakanishi, | Fukuda & Yata
  1991 A new species", "Kenyon, | Thomas 1983 Nineteenth ..."): when no date is labelled,
  up to three such words (an initial, "&" / "and" or a comma among them, or one word alone)
  before a bare year and a capitalised word are the authors', the year the date.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.givennames import capitalised, family_start, given_names_out_of_title
from claimcheck.parse.namesend import PARTICLE_WORDS
from claimcheck.parse.quoted import OPENING_QUOTES, QUOTES
from claimcheck.parse.tokens import YEAR_TOKEN, Token
from claimcheck.vocabulary import EDITOR_WORDS


def list_end(tokens: tuple[Token, ...], out: list[str], text: str) -> bool:
    """The rules above, in place (an author run is labelled); whether one changed the labels.
    Each is tried only when its cue is there: a list that opens with an initial, a quote in
    the entry's `text`, a title."""
    first = out.index("author")
    return (first + 1 < len(out) and tokens[first + 1].text == "."
            and _INITIAL.fullmatch(tokens[first].text) is not None
            and ends_after_the_last_and(tokens, out)) \
        or (any(quote in text for quote in OPENING_QUOTES)
            and quoted_title_in_authors(tokens, out)) \
        or ("title" in out and (initials_out_of_title(tokens, out)
                                or (":" in text and given_names_out_of_title(tokens, out))
                                or year_out_of_title(tokens, out)))


_NUMBERED = frozenset({"volume", "issue", "pages"})
_NOT_TITLE = frozenset({*EDITOR_WORDS, "et", "jr", "sr", "ii", "iii", "iv", "collaboration",
                        "trans"})


def ends_after_the_last_and(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The first rule above, in place."""
    start, end = label_run(out, "author")
    comma = _list_end(tokens, start, end)
    if comma < 0:
        return False
    close = end
    while close > comma + 1 and not tokens[close - 1].text[:1].isalnum():
        close -= 1  # (the punctuation closing the run goes with the part)
    rest = tokens[comma + 1:close]
    if not rest or not all(t.text == "," or capitalised(t.text) for t in rest) \
            or rest[0].text == "," or rest[0].text.lower() in _NOT_TITLE:
        return False
    title = end < len(out) and out[end] == "title"
    if (not title and "title" in out) or (title and tokens[end].text in OPENING_QUOTES) \
            or any(tokens[j].text in OPENING_QUOTES and tokens[j].start > tokens[j - 1].end
                   for j in range(close, end)):
        return False  # a quoted title marks its own start ('Frank Czopek, “A co-operative')
    if title and tokens[close].text == "," and not _and_in(tokens, start, comma) \
            and _full_names(rest):
        return False  # "S. Hochreiter, Jürgen Schmidhuber, | Long Short-Term Memory"
    # With no title labelled, the part is the title unless it is the journal of a title-less
    # entry ("J. Rowletteb and M. J. Bakera, | Spectroscopy Europe, 2014, 26, 14-19").
    label = "title" if title or "container" in out or not _NUMBERED & set(out) else "container"
    for j in range(comma + 1, end):
        out[j] = label
    return True


def quoted_title_in_authors(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The second rule above, in place."""
    start, end = label_run(out, "author")
    if end >= len(out):
        return False
    if out[end] != "title":
        return _quoted_title_closing_the_run(tokens, out, start, end)
    # The last such quote, so that one inside a name ("G. 't Hooft", 'L. "Bud" Abbott') is
    # not taken for the title's; nor one after an initial's stop ("A. 'Abd al-Rahman").
    opening = next((i for i in range(end - 1, start, -1) if tokens[i].text in OPENING_QUOTES
                    and tokens[i - 1].text in ",.:" and tokens[i].start > tokens[i - 1].end
                    and not _after_an_initial(tokens, i - 1)), -1)
    if opening < 0:
        return False
    closers = QUOTES[tokens[opening].text]
    title_end = label_run(out, "title")[1]
    if not any(tokens[j].text in closers for j in range(end, title_end + 1)
               if j < len(tokens)):
        return False
    for j in range(opening, end):
        out[j] = "title"
    return True


def _quoted_title_closing_the_run(tokens: tuple[Token, ...], out: list[str], start: int,
                                  end: int) -> bool:
    """'Kaurinovic, B. u. a.: „Antioxidant capacity of ... extracts“, | Molecules 16': a quote
    of three words or more that opens after a comma, stop or colon and closes the author run
    (punctuation alone after it) is the title."""
    close = end - 1
    while close > start and not tokens[close].text[:1].isalnum() \
            and tokens[close].text not in "”“’»\"'":
        close -= 1
    opening = next((i for i in range(close - 1, start, -1) if tokens[i].text in OPENING_QUOTES
                    and tokens[i - 1].text in ",.:" and tokens[i].start > tokens[i - 1].end
                    and not _after_an_initial(tokens, i - 1)), -1)
    if opening < 0 or tokens[close].text not in QUOTES[tokens[opening].text] \
            or sum(t.text[:1].isalpha() for t in tokens[opening:close]) < 3:
        return False
    for j in range(opening, end):
        out[j] = "title"
    return True


def _after_an_initial(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether tokens[i] is the stop of a one-letter initial ("W. J. | 's Jacob")."""
    return tokens[i].text == "." and i > 0 and _INITIAL.fullmatch(tokens[i - 1].text) is not None


def initials_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The third rule above, in place."""
    start = out.index("title")
    if start < 3 or out[start - 1] != "author" or tokens[start - 1].text != "," \
            or not capitalised(tokens[start - 2].text):
        return False
    family = family_start(tokens, start - 2, 2)
    if tokens[family - 1].text not in (",", "&", "and", ";"):
        return False  # the run must end "..., Family,": a name still waiting for its initials
    i = start
    while i + 1 < len(out) and out[i] == out[i + 1] == "title" \
            and _INITIAL.fullmatch(tokens[i].text) and tokens[i + 1].text == ".":
        i += 2
    if i == start or i >= len(out) or out[i] != "title" or not tokens[i].text[:1].isupper():
        return False
    for j in range(start, i):
        out[j] = "author"
    return True


def year_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The last rule above, in place."""
    start = out.index("title")
    if start == 0 or out[start - 1] != "author" or "date" in out \
            or tokens[start - 1].text == ".":
        return False  # a run closed by a stop is whole ("Smith, J. | Vienna 1900 Art ...")
    year = next((i for i in range(start, min(start + 4, len(out) - 1))
                 if YEAR_TOKEN.fullmatch(tokens[i].text)), -1)
    if year <= start or out[year] != "title" or out[year + 1] != "title" \
            or not tokens[year + 1].text[:1].isupper() or not tokens[year + 1].text.isalpha():
        return False
    words = [t.text for t in tokens[start:year]]
    joined = any(w in (",", "&", "and") or _INITIAL.fullmatch(w) for w in words)
    if not (joined or (len(words) == 1 and capitalised(words[0]))) \
            or not all(w in (",", "&", "and", ".") or w[:1].isupper() for w in words):
        return False
    out[start:year] = ["author"] * (year - start)
    out[year] = "date"
    return True



def _list_end(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The comma after the last name of a given-name-first list in tokens[start:end]: the
    name after its last "and" / "&", or else the last of the names that open the run, each
    printed with its initials first; -1 when there is none."""
    last = next((i for i in range(end - 2, start, -1) if tokens[i].text in ("and", "&")), -1)
    if last >= 0:
        comma = next((i for i in range(last + 1, end) if tokens[i].text == ","), -1)
        return comma if comma > 0 and _initials_first(tokens[last + 1:comma]) else -1
    comma = start - 1
    while True:
        after = next((i for i in range(comma + 1, end) if tokens[i].text == ","), -1)
        if after < 0 or not _initials_first(tokens[comma + 1:after]):
            return comma if comma >= start else -1
        comma = after


def _and_in(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    return any(t.text in ("and", "&") for t in tokens[start:end])


def _full_names(part: tuple[Token, ...]) -> bool:
    """Whether `part` reads as names printed whole, comma-separated ("Jürgen Schmidhuber",
    "Mary Jones, Karen Lee", "Jean-Pierre Serre", "Ludwig van Beethoven"): two or three
    words each, capitalised but for name particles, the first and last capitalised."""
    names: list[list[str]] = [[]]
    for token in part:
        if token.text == ",":
            names.append([])
        elif token.text != "-":
            names[-1].append(token.text)
    return all(2 <= len(words) <= 3 and capitalised(words[0]) and capitalised(words[-1])
               and all(capitalised(w) or w in PARTICLE_WORDS for w in words)
               for words in names)


def _initials_first(part: tuple[Token, ...]) -> bool:
    """"G. Soyez", "G.P. Salam", "A. D. Martin", "J. van Dam": initials with their stops, then
    a family name of one to three words."""
    i = 0
    while i + 1 < len(part) and _INITIAL.fullmatch(part[i].text) and part[i + 1].text == ".":
        i += 2
    family = part[i:]
    return i > 0 and 0 < len(family) <= 3 and capitalised(family[-1].text) \
        and all(capitalised(t.text) or t.text in PARTICLE_WORDS or t.text in "-'’"
                for t in family)


_INITIAL = re.compile(r"[A-Z]")
