"""A note that opens with the work's short form before its full reference, as the styles of
archaeology and the classics print a note or a list entry: "Francis 1986: C. Francis,
Multiple cropping systems, New York 1986.", "Lesk 2005 = M. Lesk, Understanding digital
libraries, ...", "JAYA et alii 2001: I. Jaya, C. Bell, ...", and with the year run into the
first initial, "Vergara et al. 2007W. Vergara – A. M. Deeb, ...".

The tagger reads the short form as the title or the names and the full reference after it
as something else. The short form is family names (one or more, joined by a dash, comma or
"and", "et al." after them at most) and a year, then "=", a colon or the first initial; the
full reference must open with the same first name (its initials before it at most: "C.
Francis", "National Research Council") and end it as a name list goes on (a comma, a dash,
"et al."), with initials before or after it or in two words and more (a bare word may be a
title's: "Rome 2000: Rome, the city, ..."), so that an author-date entry ("Francis 1986: Multiple
cropping systems") or another's name ("Francis 1986: J. Smith, ...") keeps its head. The
short form is split off before the note is tagged (`notes.read_note`).
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s[A-ZÀ-Þ][\w’'-]+){0,3}"
_JOIN = r"(?:\s[-–]\s|,\s|\s(?:et|and|und|e|y|&)\s)"
_OTHERS = r"(?:\s(?:et\s+al\.|et\s+alii|u\.\s?a\.|and\s+others))?"
_HEAD = re.compile(rf"(?P<names>{_NAME}(?:{_JOIN}{_NAME})*){_OTHERS}\s(?P<year>\d{{4}}[a-z]?)"
                   r"(?:\s?[:=]\s+|(?=[A-ZÀ-Þ]\.))")
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]?\.[\s-]?)*\s?")
# the full reference's first name ends: its comma, a dash before the next name, "et al."
_NAME_ENDS = re.compile(r",|\s[-–]\s|\s(?:et|and|und|&)\s")
_INITIALS_AFTER = re.compile(r",\s(?:[A-ZÀ-Þ][a-zà-ÿ]?\.\s?-?)+(?=[\s,])")
_SHORTEST = 20  # a full reference after the head, not a cited page ("Francis 1986: 12.")


def split_short_head(text: str) -> tuple[str, str]:
    """(short form, full reference), or ("", text) when the note prints no short form."""
    if not text[:1].isupper():
        return "", text
    found = _HEAD.match(text)
    if found is None or len(text) - found.end() < _SHORTEST:
        return "", text
    rest = text[found.end():]
    first = re.split(_JOIN, found["names"], maxsplit=1)[0]
    initials = _INITIALS.match(rest).end()  # type: ignore[union-attr]
    after = rest[initials:]
    if not after.lower().startswith(first.lower()) \
            or not _NAME_ENDS.match(after, len(first)):
        return "", text
    # a person's name (initials before it or after its comma) or a body's of two words and
    # more; one bare word may open a title or a body's work as well ("Rome 2000: Rome, the
    # city, ...", "NATO 2010: NATO, Strategic Concept, ...")
    if not (initials or " " in first or _INITIALS_AFTER.match(after, len(first))):
        return "", text
    return text[:found.end()].strip(), rest
