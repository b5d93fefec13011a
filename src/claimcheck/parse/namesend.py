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
"""

from __future__ import annotations

import re

from claimcheck.parse.locators import ROMAN
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import NAME_PARTICLES_MORE

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


PARTICLE_WORDS = frozenset({*NAME_PARTICLES_MORE, "das"})


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
        if not (word in ",.&" or word == "and" or word in PARTICLE_WORDS
                or (word[:1].isupper() and word.isalpha())):
            return False  # a title's word: most titles stop here at once
        words.append(word)
    if stop < 0 or out[stop + 1] != "title" or "," not in words \
            or not {"and", "&"} & set(words) or words[-1] in ("and", "&"):
        return False
    for j in range(start, stop + 1):
        out[j] = "author"
    return True


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
