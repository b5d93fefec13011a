"""The last name of a list that prints its first name inverted and the others initials first
("Berger, T., M. Olsen, P. Kravitz, R. | Lindqvist: Seasonal drift ..."): the tagger ends the
run on the last initials and reads the family name after them as the title's first word.

A name printed initials first ends with its family name, so a list of such names does not
end on an initial. The list's own habit is the cue: the name before the last initials is
"I. Family" (its initials before it, no comma between: "P. Kravitz,"), so the last one is
printed initials first and lacks its family. Two names, the first inverted ("Roemmich, D.,
J. | Gilson:") print as one author and a title that opens with a person's initials ("Gay,
P., S. Freud: A Life for Our Time"); the lone initials the tagger leaves in the list are no
name of their own either way, so `initials_open_the_title` gives them to the title, whose
word after them is labelled so (a biography's subject stays whole; the rarer second author
"Hodgkin, A. L., A. F. Huxley:" was wrong as "Hodgkin|F" too). A family-first list has its
initials after each name ("Olsen, M., Kravitz, P.:", "Olsen M., Kravitz P.,"), so the rule
leaves it alone.
The family taken is one capitalised word (hyphened parts and particles with it) that a
closing mark follows (":", ";", ",", ".", a spaced dash or slash, a quote); two words
("H. Farouk Hafez;") are left as they are: a given name and a title's first word look alike.
Run by `repair` after `initialsfirst.family_after_initials`, which reads the lists whose
first name is printed initials first too.
"""

from __future__ import annotations

from claimcheck.parse.initialsfirst import initials_start, is_family_word, is_initial
from claimcheck.parse.onename import PARTICLES
from claimcheck.parse.tokens import Token
from claimcheck.parse.unstopped import run_end

_CLOSING = frozenset({":", ";", ",", ".", "/", "–", "-", "—"})
_QUOTES = "\"“”„«»‘’‚"


def _hyphened_start(tokens: tuple[Token, ...], i: int) -> int:
    """The first token of the hyphened word that ends at `i` ("Nowak - Brandt")."""
    while i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].end == tokens[i - 1].start \
            and tokens[i - 1].end == tokens[i].start:
        i -= 2
    return i


def _initials_first_before(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the name before the initials starting at `first` is "I. Family," (initials
    before its family name, a comma after it)."""
    if first < 4 or tokens[first - 1].text != ",":
        return False
    family = _hyphened_start(tokens, first - 2)
    word = tokens[family].text
    return (is_family_word(word) and family >= 2
            and tokens[family - 1].text == "." and is_initial(tokens, family - 2))


def _family_end(tokens: tuple[Token, ...], start: int) -> int:
    """The end of one capitalised family name (with its particles and hyphened parts)
    opening at `start` when a closing mark follows it, else `start`."""
    k = start
    while k < len(tokens) and tokens[k].text.lower() in PARTICLES:
        k += 1
    if k >= len(tokens) or not is_family_word(tokens[k].text):
        return start
    while k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].start == \
            tokens[k + 1].end == tokens[k].end + 1:
        k += 2
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    closed = after in _CLOSING or after[:1] in _QUOTES
    return k + 1 if closed and k + 2 < len(tokens) else start


def family_after_given_first(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The family name after the list's last initials (see the module), in place."""
    if not out or out[0] != "author":
        return
    end = run_end(out)
    if end >= len(out) - 2 or out[end] != "title":
        return
    last = end - 1
    while last > 0 and not tokens[last].text.isalnum():
        last -= 1
    if not is_initial(tokens, last):
        return
    first = initials_start(tokens, last)
    if not _initials_first_before(tokens, first):
        return
    stop = _family_end(tokens, end)
    # the title goes on after the family name: a word of it is still labelled so
    if stop > end and any(out[i] == "title" and tokens[i].text[:1].isalnum()
                          for i in range(stop, len(out))):
        out[end:stop] = ["author"] * (stop - end)


def _inverted_first(tokens: tuple[Token, ...], initials: int) -> bool:
    """Whether the initials at `initials` close the list's first name, printed inverted
    ("Gay, P."): one to three capitalised words and a comma open the entry."""
    if initials < 2 or initials > 6 or tokens[initials - 1].text != ",":
        return False
    words = [t.text for t in tokens[:initials - 1] if t.text != "-"]
    return all(w[:1].isupper() and w.isalpha() for w in words) and 0 < len(words) <= 3


def initials_open_the_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The lone initials after one inverted name ("Gay, P., | S. | Freud: A Life") open the
    title (see the module), in place."""
    if not out or out[0] != "author":
        return
    end = run_end(out)
    if end >= len(out) - 2 or out[end] != "title" or tokens[end - 1].text != ".":
        return
    first = initials_start(tokens, end - 2)
    if not is_initial(tokens, end - 2) or first < 4 or tokens[first - 1].text != ",":
        return
    before = initials_start(tokens, first - 3)
    if tokens[first - 2].text == "." and is_initial(tokens, first - 3) \
            and _inverted_first(tokens, before) and _family_end(tokens, end) > end:
        out[first:end] = ["title"] * (end - first)
