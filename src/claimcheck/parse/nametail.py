"""A book's, series' or proceedings' name whose first words the tagger left at the end of a
title printed without a stop: "... in spatial database systems Lecture Notes in Computer |
Science 6262", "... for speech recognition Advances in Neural | Information Processing
Systems 31"; and proceedings named after such a title with no container read at all ("...
are few-shot learners Proceedings of NeurIPS | 33 1877").

The title is in sentence case where it stops (a lower-case word that is no article or
preposition closes it), and the name after it is in title case: capitalised words joined by
"in", "of", "on", "and", "for", "the". Two structures tell such a name from a proper name
that closes a sentence-case title ("... decline in the Gulf of Mexico", "... patients
attending Royal Hospital of Wales"):
- where the tagger began the container inside the name, the name is a series' or a book's
  "Word(s) in ..." ("Lecture Notes in Computer", "Advances in Neural", "Studies in"): a
  place's or a body's name joins with "of" ("... attending Royal Hospital of Wales | Clinical
  Medicine"), and a place is read after "the" or a preposition, which this rule does not walk
  over; and the container goes on in whole capitalised words ("Science", "Information
  Processing"), not with a journal's cut word and its stop ("Br. J.");
- with no container at all, the name opens with a meeting's word ("Proceedings", "Proc.")
  and the volume or pages follow it.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.journalcuts import content_word
from claimcheck.parse.tokens import LEXICON, Token

_JOINS = frozenset({"in", "of", "on", "and", "for", "the", "&"})
_MOST = 7  # tokens of the name left in the title at most
_MIN_TITLE = 3
_CAPITALISED = re.compile(r"[A-Z][a-z]+|[A-Z]{2,6}|[A-Z][a-z]*[A-Z][A-Za-z]*")
_MEETING = frozenset({"proceedings", "proc"})
_WHOLE_WORD = re.compile(r"[A-Z][a-z]{2,}")  # "Science", "Cell"
_NUMBERS = frozenset({"volume", "pages"})
# a series' or a book's head word before its "in" ("Lecture Notes in", "Advances in", "Studies
# in", "Trends in", "Cambridge Tracts in"); a group's or a place's "X in Y" closes a title
# ("... among young Muslims in Britain | Ethn", "... of pulmonary TB in India | Int J", "...
# held Museum in Berlin | Jahrbuch", "... firms labelled Made in Italy | Small")
_HEADS = frozenset({"advances", "studies", "trends", "methods", "topics", "progress", "frontiers",
    "notes", "developments", "perspectives", "contributions", "problems", "issues", "research",
    "essays", "readings", "lectures", "surveys", "reviews", "papers", "reports", "texts",
    "textbooks", "monographs", "series", "tracts", "handbooks", "results", "techniques",
    "principles"})


def name_tail_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or end >= len(tokens):
        return
    first = _tail(tokens, start, end)
    if first < 0:
        return
    if out[end] == "container":
        # "Lecture Notes in", "Advances in", "Studies in": a series' or a book's name; a
        # place's or a body's joins with "of" ("attending Royal Hospital of Wales | Clinical
        # Medicine", "students Isle of Man | Historical Journal")
        # (the tagger may have begun the container at the "in": "embryo Trends | in Cell")
        opens = end + 1 if tokens[end].text == "in" else end
        heads = [tokens[k - 1].text.lower() for k in range(first + 1, min(first + 3, end + 1))
                 if tokens[k].text == "in"]
        if not heads or heads[0] not in _HEADS \
                or opens >= len(tokens) or not _whole_words(tokens, out, opens):
            return
    elif out[end] not in _NUMBERS or tokens[first].text.lower() not in _MEETING \
            or "container" in out:
        return
    for i in range(first, end):
        out[i] = "container"


def _tail(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The first token of the title-case name that closes the title before `end`, after a
    lower-case content word (-1 when there is none, or the title would keep too little)."""
    i = end
    while i - 1 > start and end - i < _MOST and (
            _CAPITALISED.fullmatch(tokens[i - 1].text) or tokens[i - 1].text in _JOINS):
        i -= 1
    while i < end and tokens[i].text in _JOINS:
        i += 1
    if i == end or i - start < _MIN_TITLE or not content_word(tokens[i - 1].text):
        return -1
    return i


def _whole_words(tokens: tuple[Token, ...], out: list[str], first: int) -> bool:
    """Whether the container run opens with a capitalised word printed whole (three letters
    or more, no stop after it; no cue word). An ISO 4 cut may be a word too ("Cell")."""
    word = tokens[first].text
    after = tokens[first + 1].text if first + 1 < len(tokens) else ""
    return _WHOLE_WORD.fullmatch(word) is not None and after != "." \
        and LEXICON.get(word.lower()) in (None, "journal")
