"""Titles in house styles that print a spaced slash or dash between their groups.

Some styles put " / ", " - " or " – " where others put a stop or a comma ("Fowler / ‘Reduction
in the incidence ...’ / ‘N Engl J Med’ (2002)", "Rosenstock, J./Madder, R. D. - (2004) -
Repaglinide versus nateglinide monotherapy - in - Diabetes Care 27/6 - 1265–70"). The tagger
reads no such mark as a field's end, so two things go wrong:

- the title run opens with the last name and the mark ("B.A. Demeneix / | “Inhibition of
  ...”", "C. Zhou - | Review of chemical vapor deposition ..."): when the author run comes
  straight before and ends where a surname must follow (the list's "and", or a last name of
  initials only after "and", after the list's start, or after a name printed initials first:
  not "Beck U. | Risikogesellschaft – ...", "Said, Edward W. | Orientalism – ..."), the
  run's first words up to a spaced mark are a surname's (at most three capitalised words or
  particles: "de Knijff", "Barrett-Connor") and the title goes on after the mark for three
  words or more, those words are the authors' and the mark no field's;
- the title run closes on the container's cue between two marks ("... monotherapy - in - |
  Diabetes Care", "... research.; in; | Scientometrics"): a cue word ("in", "dans", "en") with
  a mark before it and at most a mark after it, at the run's end before the container, is no
  field's (`titlein` reads the cue after a comma).

The mark must be the style's: printed spaced (not "meta-analysis", "Ge/Si") twice or more in
the entry, so a title's own spaced dash in a style of stops ("Hybrid zones - a review") is
left alone.
"""

from __future__ import annotations

from collections import Counter

from claimcheck.parse.assemble import label_run
from claimcheck.parse.quoted import GROUP_MARKS, SPACED_MARKS, spaced_mark
from claimcheck.parse.tokens import LEXICON, Token

_HEAD = 6  # tokens of a surname before the mark ("Barrett - Connor", "van der Meulen")
_HEAD_WORDS = 3
_CUES = frozenset({"in", "dans", "en"})
_TAIL_MARKS = GROUP_MARKS


def delimited_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The two rules above, in place."""
    start, end = label_run(out, "title")
    if start < 1:
        return
    if out[start - 1] == "author":
        marks = _style_marks(tokens)
        if marks:
            _name_head_out(tokens, out, start, end, marks)
            start, end = label_run(out, "title")
    _cue_tail_out(tokens, out, start, end)


def _spaced(tokens: tuple[Token, ...], i: int) -> bool:
    return spaced_mark(tokens, i) \
        and not (tokens[i - 1].text.isdigit() and tokens[i + 1].text[:1].isdigit())


def _style_marks(tokens: tuple[Token, ...]) -> frozenset[str]:
    """The spaced marks printed twice or more (a page range's "1 - 26" is none)."""
    # (only the marks' tokens tried: most tokens are words, and a call per token cost more
    # than this whole rule's other work)
    seen = Counter(t.text for i, t in enumerate(tokens)
                   if t.text in SPACED_MARKS and _spaced(tokens, i))
    return frozenset(mark for mark, times in seen.items() if times >= 2)


def _name_head_out(tokens: tuple[Token, ...], out: list[str], start: int, end: int,
                   marks: frozenset[str]) -> None:
    if not tokens[start].text[:1].isalpha():
        return  # a run that opens with the mark: "K. | - Kinderlosigkeit - Ursachen ..."
    mark = next((i for i in range(start + 1, min(end, start + _HEAD + 1))
                 if tokens[i].text in marks and _spaced(tokens, i)), -1)
    if mark < 0:
        return
    head = [t.text for t in tokens[start:mark] if t.text[:1].isalpha()]
    if not 0 < len(head) <= _HEAD_WORDS or not wants_a_surname(tokens, start) \
            or not all(name_token(t.text) for t in tokens[start:mark]):
        return
    if sum(t.text[:1].isalnum() for t in tokens[mark + 1:end]) < 3:
        return
    for i in range(start, mark):
        out[i] = "author"
    out[mark] = "O"


def wants_a_surname(tokens: tuple[Token, ...], start: int) -> bool:
    """The author run ends where a surname must follow: an initial ("B.A. | Demeneix") or
    the list's "and" ("Connor e | Fowler"), not a comma or colon ("Schmitt, | Kinderlosigkeit
    bei Männern – ..." is a title with a dash)."""
    last = tokens[start - 1].text
    if LEXICON.get(last.lower()) == "and" or last == "&":
        return True
    if not (last == "." and start >= 2 and _initial(tokens[start - 2].text)):
        return False
    # the last name is initials only: after the list's "and" ("e S. E. | Fowler", "and B.A. |
    # Demeneix"), or after a comma when the name before prints its initials first ("L. Zhang,
    # C. | Zhou"); not "Beck U. | Title", "Said, Edward W. | Title", "Kocka, J. | Title", "Smith
    # J, Brown A. | Title" (a surname before the initials: the title follows)
    i = start - 1
    while i >= 0 and (_initial(tokens[i].text) or tokens[i].text in ".-"):
        i -= 1
    if i < 0 or tokens[i].text in ")]:":
        return True  # the list's only name: "(2013) - | C. Zhou"
    if tokens[i].text == "&" or _joins(tokens[i].text):
        return True
    if tokens[i].text not in ",;":
        return False
    i -= 1
    while i >= 0 and (tokens[i].text == "-" or (tokens[i].text[:1].isupper()
                      and not _initial(tokens[i].text))):
        i -= 1  # the surname before ("Zhang", "Ha-Duong")
    return i >= 0 and (_initial(tokens[i].text) or (tokens[i].text == "." and i >= 1
                       and _initial(tokens[i - 1].text)))


def _joins(word: str) -> bool:
    """The list's "and" in any language ("and", "und", "e", "et", "y")."""
    return LEXICON.get(word.lower()) == "and" or (word.isalpha() and word.islower()
                                                   and len(word) <= 3)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def name_token(word: str) -> bool:
    """A name's word, an initial, the list's "and", or the punctuation between them."""
    if not word[:1].isalpha():
        return word in {".", ",", "-", "&", "’", "'"}
    return word[:1].isupper() or LEXICON.get(word.lower()) == "and" \
        or (word.islower() and len(word) <= 3)  # "de Knijff", "van der Meulen"


def _cue_tail_out(tokens: tuple[Token, ...], out: list[str], start: int, end: int) -> None:
    if start < 0 or end >= len(out) or out[end] != "container":
        return
    last = end - 1
    if tokens[last].text in _TAIL_MARKS and tokens[last].text not in ".,":
        last -= 1  # "- in - | Diabetes Care"
    cue = tokens[last].text
    if cue.lower() not in _CUES or last - start < 4 or tokens[last - 1].text not in _TAIL_MARKS:
        return
    if tokens[last - 1].text in ",." and tokens[last - 2].text not in _TAIL_MARKS:
        return  # ", in" is `titlein`'s, ". In" `boundaries`'; ".; in;" is a style's
    for i in range(last - 1, end):
        out[i] = "O"  # (a mark would open the container's text: "- Diabetes Care")
