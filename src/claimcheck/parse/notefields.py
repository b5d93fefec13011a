"""Two misreadings of note layouts by the tagger, put right on the tagged fields: a chapter in
a book by the same author (`book_author`) and a name printed given name first before a short
title (`given_first_title`). Each is tried only where its cue is printed.
"""

from __future__ import annotations

import re

# (Place: Publisher, 1958), (Routledge 1966), (Tübingen, 1963): words, then the year
_IMPRINT = re.compile(r"\((?=[^()]*[^\W\d_])[^()]*\b(?:1[5-9]|20)\d\d[a-z]?\)")
_MORE_NAMES = re.compile(r"\b[A-ZÀ-Þ]\.|\bet al\b|&")
_GIVEN_FIRST = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-ZÀ-Þ]\.)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|de|van|von|der)){1,3}")


def note_fields(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with the two misreadings of note layouts below put right."""
    return given_first_title(book_author(fields), text)


def book_author(fields: dict[str, str]) -> dict[str, str]:
    """A chapter in a book by the same author, as MHRA and Oxford notes print it ("‘Essay’,
    in W. Hutton, Collected Essays, ed. ..."): the book's title starts after the author's
    names repeated and a comma."""
    author, container = fields.get("author", "").strip(" ,."), fields.get("container", "")
    if len(author) < 4 or not container.startswith(author):
        return fields
    rest = container[len(author):]
    if not rest.startswith(", ") or len(rest) < 6:
        return fields
    return {**fields, "container": rest[2:].strip()}


def given_first_title(fields: dict[str, str], text: str) -> dict[str, str]:
    """A note's "Raymond Williams, Culture and Society (London: Chatto & Windus, 1958)": the
    tagger may read name and a short title as one author; a name printed given name first
    ends at the comma when no title was found, no initials follow (a list of names) and the
    imprint "(Place: Publisher, Year)", "(Publisher Year)" follows."""
    author = fields.get("author", "")
    head, comma, rest = author.partition(",")
    if fields.get("title") or not comma or not _GIVEN_FIRST.fullmatch(head.strip()):
        return fields
    if not rest.strip(" ,") or _MORE_NAMES.search(rest) or not _IMPRINT.search(text):
        return fields
    return {**fields, "author": head.strip(), "title": rest.strip(" ,.")}
