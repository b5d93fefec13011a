"""Author names that the tagger, which has seen few of these layouts, reads as the title or a
container.

- Given names printed after the family name and before a colon, as German bibliographies
  print them ("Müller, Hans-Peter: Die Stadt im Mittelalter", "Müller, Hans/Schmidt, Karl:
  Die Stadt"), where the tagger starts the title (`given_names_out_of_title`): after an
  author run ending "..., Family," (the family name alone after the list's start or a "/",
  ";", "&" or "und"; not after a comma, where Chicago's "Levin, David, | Unsettling Opera:
  ..." has its title), one or two capitalised words (hyphenated names whole) closed by a
  colon, before a capital or a quote, are that name's given names: not a title's article or
  preposition ("Weber, Die Stadt: ..."), nor a word the lexicon knows, nor an abstract noun
  ("Hansen, Robustness: Theory and Practice", a family name alone before its title); and
  only in a German entry (a German word, "in:", names joined by "/"), as the layout is
  German: "Montefiore, Jerusalem: The Biography" is a one-name author's title.
- An author-date citation of names and a date alone ("Molden / Dweck 2006, 236.", "4
  Tsamparlis (2011).", as author-date notes print it), read as a container or title
  (`names_and_date_alone`); not one or two words with no join right before a bare year
  ("Nature 2006.", "Nature Genetics 2007.": a journal, as likely as a name), nor a run
  opening with an article ("Le Monde, 25 septembre 1999").
- Family names joined by slashes with no space ("Hannan/Humayun/Hussain (2010)"), which the
  tagger reads as a link (`slashed_names`): a "url" run opening the entry that holds no link's
  mark ("://", "www", a dot) and only capitalised words, each joined to the next by "/".
"""

from __future__ import annotations

import re

from claimcheck.parse.quoted import OPENING_QUOTES
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import GERMAN_FUNCTION_WORDS

# "Frankfurt a. M.", "Freiburg i. Br.", as tokens
_PLACE_ABBREVIATION = re.compile(r"\b[ai] \. (?:M|Br) \.")
# German words that mark the entry as German: "Family, Given: Title" is the German
# bibliographies' layout (DIN 1505 and its kin); elsewhere a one-name author's work has its
# own colon ("Montefiore, Jerusalem: The Biography", "Plato, Republic: Books 1-5"). Not
# "von", "am", "des", "dies" (a name's particle, English "I Am", French "des", "dies").
_GERMAN = GERMAN_FUNCTION_WORDS | {"ein", "eine", "auf"}
# German bibliographies' own words, printed capitalised ("Bd. 3", "(Hg.)", "2. Aufl.")
_GERMAN_CUES = frozenset({"hg", "hrsg", "bd", "aufl", "ders", "jg", "heft", "verlag"})
# Particles before which "der" / "den" belong to a name ("J. van der Berg")
_PARTICLES = frozenset({"van", "von", "ten", "vd"})
# Words that open a title, never a given name
_TITLE_OPENERS = frozenset({"the", "a", "an", "die", "der", "das", "ein", "eine", "zur", "zum",
                            "vom", "über", "la", "le", "les", "el", "los", "las", "il", "lo",
                            "un", "une", "on", "in", "of", "from", "to"})


# Endings of abstract nouns, which open titles and name nobody ("Hansen, Robustness: Theory
# and Practice", "Said, Orientalism: ...", "Müller, Stadtgeschichte: ...")
_NOUN_ENDING = re.compile(
    r"(?:ness|tion|sion|ism|isme|ismus|ity|ité|ität|ment|ics|logy|logie|ung|heit|keit|schaft"
    r"|geschichte|ique|ance|ence|ship|hood)$", re.IGNORECASE)


def given_names_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The first rule above, in place; whether it changed the labels."""
    start = out.index("title")
    if not _after_a_family(tokens, out, start):
        return False
    i = start
    while i < len(out) and i - start < 3 and out[i] == "title" and (
            capitalised(tokens[i].text) or (tokens[i].text == "-" and i > start)):
        i += 1  # "Hans", "Hans Peter", "Hans - Peter"
    words = [t.text for t in tokens[start:i] if t.text != "-"]
    if not 1 <= len(words) <= 2 or tokens[i - 1].text == "-" or i + 1 >= len(out) \
            or tokens[i].text != ":" or out[i] != "title" or out[i + 1] != "title" \
            or not (tokens[i + 1].text[:1].isupper() or tokens[i + 1].text in OPENING_QUOTES) \
            or any(w.lower() in _TITLE_OPENERS or w.lower() in LEXICON
                   or _NOUN_ENDING.search(w) for w in words):
        return False
    if not _german(tokens, start, i):
        return False
    out[start:i + 1] = ["author"] * (i + 1 - start)
    return True


def _german(tokens: tuple[Token, ...], start: int, colon: int) -> bool:
    """Whether the entry is German: names joined by "/" before `start`, "in:" ("..., in:
    Zeitschrift ..."), a place "a. M." / "i. Br.", a German bibliography's word ("Bd. 3",
    "(Hg.)", "2. Aufl."; not in capitals), or a German word printed in lower case
    ("Die Stadt im Mittelalter"; English title case capitalises "Live and Let Die"), or
    capitalised first after the colon ("Müller, Hans: Die Stadt"); not in capitals ("MIT
    Press"), nor after a particle ("van der Berg")."""
    if _PLACE_ABBREVIATION.search(" ".join(t.text for t in tokens)):
        return True
    for k, t in enumerate(tokens):
        if (t.text == "/" and k < start) or (t.text.lower() == "in" and k + 1 < len(tokens)
                                             and tokens[k + 1].text == ":"):
            return True
        if t.text.lower() in _GERMAN_CUES and not t.text.isupper():
            return True
        if t.text.lower() in _GERMAN and (t.text.islower() or k == colon + 1) \
                and not (k > 0 and tokens[k - 1].text.lower() in _PARTICLES):
            return True
    return False


def _after_a_family(tokens: tuple[Token, ...], out: list[str], start: int) -> bool:
    """Whether the author run before `start` ends "..., Family," (the family name alone
    after the list's start or a separator, waiting for its given names)."""
    if start < 2 or out[start - 1] != "author" or tokens[start - 1].text != "," \
            or not capitalised(tokens[start - 2].text):
        return False
    family = family_start(tokens, start - 2, 1)
    return family == 0 or out[family - 1] != "author" \
        or tokens[family - 1].text in ("/", ";", "&", "und")


def family_start(tokens: tuple[Token, ...], last: int, floor: int) -> int:
    """Where the family name whose last part is `tokens[last]` starts, walking back over its
    hyphens and apostrophes ("Schaffner-Bielich", "O'Neill") but not below `floor`."""
    family = last
    while family > floor and tokens[family - 1].text in "-'’" \
            and capitalised(tokens[family - 2].text):
        family -= 2
    return family


def capitalised(text: str) -> bool:
    """A word with its first letter alone in capitals ("Hans", not "MIT", "A" or "von")."""
    return text[:1].isupper() and text.isalpha() and len(text) > 1 and not text.isupper()

# What may join the names of an author-date citation ("Molden / Dweck", "Zoltman u. a.")
_JOINS = frozenset({"/", ",", "&", "and", "und", "et", "al", "u", "a", ".", "-"})


def names_and_date_alone(tokens: tuple[Token, ...], out: list[str]) -> None:
    """An entry of names and a date alone, as author-date notes cite ("Molden / Dweck 2006",
    "4 Tsamparlis (2011)."), that the tagger read as a container or title: when nothing but
    the date follows, and the one run before it holds capitalised words (six at most) and
    name joins only, the run is the author list."""
    if "author" in out or "date" not in out:
        return
    date = out.index("date")
    start = next((i for i in range(date) if out[i] != "O"), date)
    end = date - 1 if date > 0 and tokens[date - 1].text in "([" else date
    if start >= end or out[start] not in ("title", "container") \
            or any(label != out[start] for label in out[start:end]) \
            or any(label not in ("date", "O") for label in out[date:]) \
            or any(out[j] == "O" and tokens[j].text[:1].isalnum() for j in range(date, len(out))):
        return
    words = [t.text for t in tokens[start:end] if t.text not in _JOINS]
    bare = end == date and len(words) == end - start  # no join among them
    if (bare and len(words) <= 2) or (words and words[0].lower() in _TITLE_OPENERS):
        return  # "Nature 2006.", "Nature Genetics 2007." (but "Tsamparlis (2011).", "Poncet,
        # 2007", "Orr u. a. 2013", "Di Matteo/Pozzi 2010"), "Le Monde, 25 septembre 1999"
    if 0 < len(words) <= 6 and all(w[:1].isupper() and w.isalpha()
                                   and w.lower() not in LEXICON for w in words):
        out[start:date] = ["author"] * (date - start)


def slashed_names(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place: the first run of the entry (after a note's number; its first
    name may be left unlabelled: "Cui | /Chen/Wang (2016)") only."""
    if "url" not in out or "author" in out:
        return
    start = next((i for i, label in enumerate(out) if label != "label"), len(out))
    first = next((i for i in range(start, len(out)) if out[i] != "O"), len(out))
    if first == len(out) or out[first] != "url":
        return
    end = first
    while end < len(out) and out[end] == "url":
        end += 1
    run = tokens[start:end]
    while run and run[-1].text in "([":  # the date's bracket the run took in
        run = run[:-1]
    words, joins = run[::2], run[1::2]
    if len(joins) >= 1 and len(words) == len(joins) + 1 \
            and all(j.text == "/" for j in joins) and all(capitalised(w.text) for w in words):
        out[start:start + len(run)] = ["author"] * len(run)
