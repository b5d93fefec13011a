"""Superscripts glued to a long title-case word: "the Human Connectome Consortium50.",
"reads using Samtools49." (a word and its callout, which may cite a number again).

Names end in digits ("Notch1", "Rab27", "Connexin43"), so digits glued to a capitalised
word the article prints nowhere bare are believed only as the next new number of the
first-citation order (`superscripts.py`). A word of `WORD_LETTERS` letters or more, in title
case, with two or three digits glued to it before a mark, is no gene's stem ("Notch",
"Piezo") and no name the article numbers ("Connexin43 ... Connexin32"): where the article
glues digits to it only there, they are believed as a number already cited too (`a_word`);
where it prints the same word and digits again, and the first print was read as a callout,
the later prints cite too (`words_again`; "Syntaxin17." twice with 17 never the next new
number stays unread).
"""

from __future__ import annotations

import re

from claimcheck.citations.glued_words import Evidence
from claimcheck.citations.notation import DASH

WORD_LETTERS = 6  # "Consortium", "Samtools": longer than a gene's stem ("Notch", "Piezo")
MARK_AFTER = re.compile(r"[.,;:)](?!\d)|\n|$")  # a mark closes the digits, or the line ends
_FIRST = re.compile(rf",|{DASH}")  # what ends a list's first number
_REACH = 40  # how far back the word before is looked for
_BEFORE = re.compile(r"([^\W\d_][\w'’]*)([ \u00a0]|-)$")
_VENDOR = re.compile(r"(?<![.!?:]\s)(?<![.!?:])\b(?!the\b|The\b)[A-Z][\w&\-]*[ \u00a0]$")
_OPENS = re.compile(r"(?:^|[.!?:]\s*|\n)$")  # a sentence or a line opens after it
# capitalised function words that open a sentence or a heading rather than a name
OPENERS = frozenset(("in", "of", "by", "for", "from", "with", "and", "or", "as", "at", "on",
                     "to", "a", "an", "this", "these", "its", "their", "our", "we"))


def long_word(stem: str) -> bool:
    """A title-case word of `WORD_LETTERS` letters or more ("Consortium", not "Notch")."""
    return len(stem) >= WORD_LETTERS and stem.isalpha() and stem[0].isupper() and stem[
        1:].islower()


def a_word(body: str, span: tuple[int, int], stem: str, evidence: Evidence) -> bool:
    """Digits at `span` glued to `stem`, a long word the article glues digits to only here,
    two or three of them (the list's first number) before a mark."""
    first = _FIRST.split(body[span[0] : span[1]], 1)[0]
    return long_word(stem) and len(first) in (2, 3) and evidence.numbered[stem] == 1 and (
        MARK_AFTER.match(body, span[1]) is not None) and _in_a_proper_name(
        body, span[0] - len(stem))


def _in_a_proper_name(body: str, start: int, depth: int = 4) -> bool:
    """Whether the word at `start` closes a proper name: after "the" or a capitalised word
    (not a sentence's opening one) across a space or a hyphen ("the Human Connectome
    Consortium", "the Registry", "G. Butler-Browne"); a protein after a verb is a name of
    its own ("expressed Keratin14,", "through Connexin43.")."""
    before = _BEFORE.search(body, max(0, start - _REACH), start)
    if before is None:
        return False
    word = before[1]
    if word.lower() == "the" or (before[2] == "-" and word[0].isupper()):
        return True  # "the Consortium50.", "G.Butler-Browne33."
    # capitalised words back to "the" ("the Human Connectome Consortium50."); not a
    # vendor's or agency's name before a product's ("Microsoft Windows10.", "IBM SPSS
    # Statistics22.", "NASA Apollo15.", "EUMETSAT Meteosat11.")
    return word[0].isupper() and word.lower() not in OPENERS and word[1:].islower() and (
        not _OPENS.search(body, max(0, before.start() - 3), before.start())) and (
        depth > 1 and _in_a_proper_name(body, before.start(), depth - 1))


def words_again(body: str, found: list[tuple[int, int]], evidence: Evidence,
                ) -> list[tuple[int, int]]:
    """`found` with the later prints of a long word glued to the same two or three digits
    each time, whose first print was read as a callout ("Samtools49 and ... using
    Samtools49."), each later one before a mark; never a word glued to other digits too."""
    starts = {start for start, _ in found}
    again: set[tuple[int, int]] = set()
    for stem, n in evidence.numbered.items():
        if n < 2 or not long_word(stem):
            continue
        prints = list(re.finditer(rf"(?<!\w){stem}(\d{{2,3}})(?!\w)", body))
        if len(prints) != n or len({p[1] for p in prints}) > 1 or prints[0].start(1) not in \
                starts or any(MARK_AFTER.match(body, p.end()) is None for p in prints[1:]):
            continue
        # never after a vendor's capitalised name ("Apps on Microsoft Windows10,"), unless
        # the name goes back to "the" ("the Human Connectome Consortium50." again)
        again.update(p.span(1) for p in prints[1:] if p.start(1) not in starts and not (
            _VENDOR.search(body, max(0, p.start() - _REACH), p.start())
            and not _in_a_proper_name(body, p.start())))
    return sorted({*found, *again}) if again else found
