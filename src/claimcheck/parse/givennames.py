"""Given names printed after the family name and before a colon, as German bibliographies
print them ("Müller, Hans-Peter: Die Stadt im Mittelalter", "Müller, Hans/Schmidt, Karl:
Die Stadt"): the tagger, which has seen few, starts the title at the given names.

After an author run ending "..., Family," (the family name alone after the list's start or a
"/", ";", "&" or "und"; not after a comma, where Chicago's "Levin, David, | Unsettling
Opera: ..." has its title), one or two capitalised words (hyphenated names whole) closed by a
colon, before a capital or a quote, are that name's given names: not a title's article or
preposition ("Weber, Die Stadt: ..."), nor a word the lexicon knows.
"""

from __future__ import annotations

from claimcheck.parse.tokens import LEXICON, Token

_OPENING_QUOTES = frozenset("\"“„«‘'")
# Words that open a title, never a given name
_TITLE_OPENERS = frozenset({"the", "a", "an", "die", "der", "das", "ein", "eine", "zur", "zum",
                            "vom", "über", "la", "le", "les", "el", "los", "las", "il", "lo",
                            "un", "une", "on", "in", "of", "from", "to"})


def given_names_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The rule above, in place; whether it changed the labels."""
    start = out.index("title")
    if not _after_a_family(tokens, out, start):
        return False
    i = start
    while i < len(out) and i - start < 3 and out[i] == "title" and (
            _capitalised(tokens[i].text) or (tokens[i].text == "-" and i > start)):
        i += 1  # "Hans", "Hans Peter", "Hans - Peter"
    words = [t.text for t in tokens[start:i] if t.text != "-"]
    if not 1 <= len(words) <= 2 or tokens[i - 1].text == "-" or i + 1 >= len(out) \
            or tokens[i].text != ":" or out[i] != "title" or out[i + 1] != "title" \
            or not (tokens[i + 1].text[:1].isupper() or tokens[i + 1].text in _OPENING_QUOTES) \
            or any(w.lower() in _TITLE_OPENERS or w.lower() in LEXICON for w in words):
        return False
    out[start:i + 1] = ["author"] * (i + 1 - start)
    return True


def _after_a_family(tokens: tuple[Token, ...], out: list[str], start: int) -> bool:
    """Whether the author run before `start` ends "..., Family," (the family name alone
    after the list's start or a separator, waiting for its given names)."""
    if start < 2 or out[start - 1] != "author" or tokens[start - 1].text != "," \
            or not _capitalised(tokens[start - 2].text):
        return False
    family = start - 2
    while family > 1 and tokens[family - 1].text in "-'’" and _capitalised(tokens[family - 2].text):
        family -= 2  # "Schaffner-Bielich"
    return family == 0 or out[family - 1] != "author" \
        or tokens[family - 1].text in ("/", ";", "&", "und")


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and len(text) > 1 and not text.isupper()
