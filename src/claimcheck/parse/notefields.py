"""Misreadings of note layouts by the tagger, put right on the tagged fields: a chapter in a
book by the same author (`book_author`), a name printed given name first before a short title
(`given_first_title`), a book's imprint parenthesis read into its title (`imprint_out`) and
an article cited the law reports' way, "‘Title’ (2013) 23 Journal 261" (`year_first_article`).
Each is tried only where its cue is printed.
"""

from __future__ import annotations

import re

# (Place: Publisher, 1958), (Routledge 1966), (Tübingen, 1963): words, then the year
_IMPRINT = re.compile(r"\((?=[^()]*[^\W\d_])[^()]*\b(?:1[5-9]|20)\d\d[a-z]?\)")
_YEAR_CLOSE = r"\s+(?:1[5-9]|20)\d\d[a-z]?\)"
_PRESS = re.compile(r"\b(?:Press|Publishers?|Publishing|Publications|Verlag|Books|Editions?"
                    r"|Éditions|Editorial|Editore|Edizioni)\b")
# OSCOLA, AGLC, McGill: after the title's closing quotation mark, the year in brackets, the
# volume (and issue), the journal's name and its first page; then the end, a cited page
# (", 107", " at 340") or a link.
_YEAR_FIRST = re.compile(
    r"[’'”»]\s*[(\[](?P<year>1[5-9]\d\d|20\d\d)[)\]]\s+"
    r"(?:(?P<volume>\d{1,4})(?:\((?P<issue>\d{1,3})\))?\s+)?"
    r"(?P<journal>[^\W\d][^,:;()\[\]<>\d]*?)\s+(?P<page>\d{1,6})(?=\s*(?:[,<]|\bat\b|\.?$))")
_QUOTED_END = re.compile(r"[‘“«']([^‘’“”«»]{4,})[’'”»]$")
_MORE_NAMES = re.compile(r"\b[A-ZÀ-Þ]\.|\bet al\b|&")
_GIVEN_FIRST = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-ZÀ-Þ]\.)(?:\s+(?:[A-ZÀ-Þ][\w'’-]*\.?|de|van|von|der)){1,3}")


def note_fields(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields with the two misreadings of note layouts below put right."""
    fields = imprint_out(given_first_title(book_author(fields), text), text)
    return year_first_article(fields, text)


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


def imprint_out(fields: dict[str, str], text: str) -> dict[str, str]:
    """A book's imprint parenthesis read into its title ("Counterfactuals (Harvard University
    Press" before ", 1973)"; OSCOLA's "(List 1990)"), or into a container when no title was
    read ("Decrees of the Councils (Sheed and Ward, 1990)": the book's title): the field ends
    before it. A year closing the parenthesis in the text is the cue; a container's needs its
    comma ("Proceedings (SIGMOD 2010)" is a meeting's name). "Place: Publisher" and a name with
    a publisher's word are kept as such; "n.p." and a lone word (place or publisher) are not."""
    name = "title" if fields.get("title") else "container"
    value = fields.get(name, "")
    at = value.rfind(" (")
    if at < 1 or not value.endswith(")") or (name == "title" and fields.get("container")):
        return fields
    inside = value[at + 2:-1]
    comma = "," if name == "container" else ",?"
    if not re.search(re.escape("(" + inside) + r"\.?" + comma + _YEAR_CLOSE, text):
        return fields
    place, colon, press = inside.rpartition(":")
    press = press.strip()
    if fields.get("publisher") and fields["publisher"] != press:
        return fields
    out = {k: v for k, v in fields.items() if k != "container"}
    out["title"] = value[:at].strip(" ,.")
    out.setdefault("kind", "book")  # a title with its own imprint is a book
    if colon and place.strip() and not fields.get("location"):
        out["location"] = place.strip()
    if colon or _PRESS.search(press):
        out["publisher"] = press
    return out


def year_first_article(fields: dict[str, str], text: str) -> dict[str, str]:
    """An article printed "‘Title’ (2013) 23 Curr Opin Neurobiol 261" (OSCOLA, AGLC) or
    "‘Title’ [2000] Journal 89": the tagger, which has seen the year after the names, runs year
    and volume into the journal ("2013) 23 Curr Opin Neurobiol") or takes the journal for the
    title. The layout is read whole: the quoted title, journal, volume, issue, first page."""
    found = _YEAR_FIRST.search(text)
    quoted = _QUOTED_END.search(text, 0, found.start() + 1) if found else None
    if found is None or quoted is None:
        return fields
    out = {**fields, "title": quoted[1].strip(" ,."), "container": found["journal"].strip(),
           "date": found["year"], "pages": found["page"]}
    for name in ("volume", "issue"):  # "[2000] Journal 89" prints none: 89 is the page
        out[name] = found[name] or ""
    out.setdefault("kind", "article")
    return out
