"""Where the author list ends when the tagger started the title inside it.

- A title that starts in lower case right after a comma ("J. Yan, H. Jin, Research, |
  development and innovations ...", "M. Younis and S. Ali, Bright, Dark, | and Singular
  Solitons ...") began earlier: the capitalised words the author run took before it, back
  to the last part that holds an initial, are the title's.
- A title that starts with the end of the author list ("Svetlana Lazebnik, | Cordelia
  Schmid, and Jean Ponce. Beyond bags of features"): when the author run ends with a comma
  and the title's first sentence holds only capitalised names, initials, commas and a last
  "and" / "&" (a comma and an "and" both printed, so "Romeo and Juliet." is left alone), that
  sentence is the authors'.
- A title that opens the entry with no author labelled, with a Vancouver list printed without
  its spaces and commas ("Harre DAyton SBush A | A delicate balance", "Crooss JHBradbury
  RSFulford AJ | Oral iron ..."): a capitalised word, then words of initials glued to the
  next family name, then the last initials (two letters or more when they are the only
  author's and a capital follows, "Saha BC | Hemicellulose ..."; no Roman numeral), are the
  authors.
- A given-name-first list ends with the name after its last "and" / "&", or without one with
  the last name printed with its initials first: in "M. Cacciari, G.P. Salam and G. Soyez, |
  FastJet User Manual, Eur. Phys. J.", "M. Younis and S. Ali, | Bright, Dark, and Singular
  Solitons" or "P. DuVal, | Homographies, Quaternions and Rotations (Clarendon ...)", what
  the author run took after that name's comma (capitalised words without an initial, no
  editors' cue, "et al." or "Jr."; not before a quoted title) is the title's start, or the
  title when none is labelled (the journal when the entry has no other and prints its
  numbers).
- A quote that opens after a comma or stop inside the author run, and closes inside the title
  run after it ("H. Clarke, | ‘Parry and Homer. The aesthetics of oral composition’"), opens
  the title (so the list's last name, followed by the quote alone, is a name again: "og N.
  Kim. „ | GenoCore: ...").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.locators import ROMAN
from claimcheck.parse.tokens import Token

_SUFFIX = re.compile(r"['’-]")
_ARTICLES = frozenset({"the", "an", "die", "der", "das", "le", "la", "les", "el", "los", "il",
                       "lo", "gli", "de", "het", "een", "ein", "eine"})


def author_end(tokens: tuple[Token, ...], out: list[str], authored: bool) -> bool:
    """The rules above, in place: the first two with an author run labelled, the third
    without; whether one changed the labels."""
    if authored:
        return title_start_back(tokens, out) or names_out_of_title(tokens, out)
    return glued_names_out_of_title(tokens, out)


def title_start_back(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The first rule above, in place."""
    start = out.index("title") if "title" in out else -1
    if start < 3 or tokens[start - 1].text != "," or out[start - 2] != "author" \
            or not (tokens[start].text.isalpha() and tokens[start].text.islower()):
        return False
    first = start
    comma = start - 1
    while True:
        before = comma - 1
        while before >= 0 and out[before] == "author" and tokens[before].text != ",":
            before -= 1
        part = tokens[before + 1:comma]
        if before < 1 or out[before] != "author" or not _bare_words(part):
            break
        first, comma = before + 1, before
    for j in range(first, start):
        out[j] = "title"
    return True


_PARTICLE_WORDS = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "la",
                             "le", "ter", "ten", "dos", "das"})


def names_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The second rule above, in place."""
    start = out.index("title")
    if start < 2 or out[start - 1] != "author" or tokens[start - 1].text != ",":
        return False
    stop, words = -1, []
    for i in range(start, min(len(out) - 1, start + 16)):
        word = tokens[i].text
        if out[i] != "title":
            return False
        if word == "." and i > start and len(tokens[i - 1].text) > 1:
            stop = i
            break
        if not (word in ",.&" or word == "and" or word in _PARTICLE_WORDS
                or (word[:1].isupper() and word.isalpha())):
            return False  # a title's word: most titles stop here at once
        words.append(word)
    if stop < 0 or out[stop + 1] != "title" or "," not in words \
            or not {"and", "&"} & set(words) or words[-1] in ("and", "&"):
        return False
    for j in range(start, stop + 1):
        out[j] = "author"
    return True


_OPENING_QUOTES = frozenset("\"“„«‘'")
_NUMBERED = frozenset({"volume", "issue", "pages"})
_NOT_TITLE = frozenset({"ed", "eds", "editor", "editors", "et", "jr", "sr", "ii", "iii", "iv",
                        "collaboration", "hrsg", "hg", "dir", "coord", "trans"})


def ends_after_the_last_and(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The fourth rule above, in place."""
    start, end = label_run(out, "author")
    comma = _list_end(tokens, start, end)
    if comma < 0:
        return False
    close = end
    while close > comma + 1 and not tokens[close - 1].text[:1].isalnum():
        close -= 1  # (the punctuation closing the run goes with the part)
    rest = tokens[comma + 1:close]
    if not rest or not all(t.text == "," or _capitalised(t.text) for t in rest) \
            or rest[0].text == "," or rest[0].text.lower() in _NOT_TITLE:
        return False
    title = end < len(out) and out[end] == "title"
    if (not title and "title" in out) or (title and tokens[end].text in _OPENING_QUOTES):
        return False  # a quoted title marks its own start ('Frank Czopek, “A co-operative')
    # With no title labelled, the part is the title unless it is the journal of a title-less
    # entry ("J. Rowletteb and M. J. Bakera, | Spectroscopy Europe, 2014, 26, 14-19").
    label = "title" if title or "container" in out or not _NUMBERED & set(out) else "container"
    for j in range(comma + 1, end):
        out[j] = label
    return True


_CLOSING_QUOTES = {"\"": "\"”", "“": "”\"", "„": "“”", "«": "»", "‘": "’'", "'": "'’"}


def quoted_title_in_authors(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The fifth rule above, in place."""
    start, end = label_run(out, "author")
    if end >= len(out) or out[end] != "title":
        return False
    opening = next((i for i in range(start + 1, end) if tokens[i].text in _OPENING_QUOTES
                    and tokens[i - 1].text in ",.:" and tokens[i].start > tokens[i - 1].end), -1)
    if opening < 0:
        return False
    closers = _CLOSING_QUOTES[tokens[opening].text]
    title_end = label_run(out, "title")[1]
    if not any(tokens[j].text in closers for j in range(end, title_end + 1)
               if j < len(tokens)):
        return False
    for j in range(opening, end):
        out[j] = "title"
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


def _initials_first(part: tuple[Token, ...]) -> bool:
    """"G. Soyez", "G.P. Salam", "A. D. Martin", "J. van Dam": initials with their stops, then
    a family name of one to three words."""
    i = 0
    while i + 1 < len(part) and _INITIAL.fullmatch(part[i].text) and part[i + 1].text == ".":
        i += 2
    family = part[i:]
    return i > 0 and 0 < len(family) <= 3 and _capitalised(family[-1].text) \
        and all(_capitalised(t.text) or t.text in _PARTICLE_WORDS or t.text in "-'’"
                for t in family)


_INITIAL = re.compile(r"[A-Z]")


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and len(text) > 1 and not text.isupper()


def glued_names_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The third rule above, in place."""
    start = out.index("title")
    if any(label != "label" for label in out[:start]) or start + 3 >= len(tokens):
        return False  # only a list's label before: not '“The IBM Selectric ...”'
    first = tokens[start].text
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha()) \
            or first.lower() in _ARTICLES:
        return False
    i = start + 1
    while i + 1 < len(tokens) and tokens[i].text == "-" and tokens[i + 1].text.isalpha() \
            and tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start:
        i += 2  # a hyphenated family name: "Proom-u-thai CHuang LGlahn RP"
    glued = i
    while i < len(tokens) and out[i] == "title" and _glued(tokens[i].text):
        i += 1
    if i + 1 >= len(tokens) or out[i] != "title" or out[i + 1] != "title" \
            or not _initials(tokens[i].text) \
            or (i == glued and not _lone_author(tokens, i)) \
            or tokens[i].end == tokens[i + 1].start:  # "Saha BC", not "Vitamin D", "KP-Partei"
        return False
    for j in range(start, i + 1):
        out[j] = "author"
    return True


def _glued(text: str) -> bool:
    """Initials glued to a family name ("DAyton", "JHBradbury", "JMüller", "AÅberg"): two to
    four capitals, then three lower-case letters or more (and a "-Smith" or "'s" part)."""
    name = _SUFFIX.split(text, maxsplit=1)[0]
    rest = text[len(name) + 1:]
    caps = next((k for k, c in enumerate(name) if not c.isupper()), len(name))
    return 2 <= caps <= 4 and name.isalpha() and len(name) - caps >= 3 \
        and name[caps:].islower() and (not rest or rest.isalpha())


def _initials(text: str) -> bool:
    """One to three capitals that are not a Roman numeral ("BC", not "II", "XIV")."""
    return 0 < len(text) <= 3 and text.isalpha() and text.isupper() \
        and text not in ("I", "V", "X") and not ROMAN.fullmatch(text)


def _lone_author(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether a sole author's initials end at i: two letters or more, and a capital after
    ("Saha BC Hemicellulose", not "Serum TSH levels" or "Vitamin D deficiency")."""
    return len(tokens[i].text) >= 2 and tokens[i + 1].text[:1].isupper()


def _bare_words(part: tuple[Token, ...]) -> bool:
    """One to three capitalised words, no initial, no "and" ("Research", "Bright")."""
    return 0 < len(part) <= 3 and all(
        t.text.isalpha() and t.text[:1].isupper() and len(t.text) > 1 and not t.text.isupper()
        for t in part)
