"""A note that opens with the work's short form before its full reference, as the styles of
archaeology and the classics print a note or a list entry: "Francis 1986: C. Francis,
Multiple cropping systems, New York 1986.", "Lesk 2005 = M. Lesk, Understanding digital
libraries, ...", "JAYA et alii 2001: I. Jaya, C. Bell, ...", and with the year run into the
first initial, "Vergara et al. 2007W. Vergara – A. M. Deeb, ...".

The tagger reads the short form as the title or the names and the full reference after it
as something else. The short form is family names (one or more, joined by a dash, comma or
"and", "et al." after them at most) and a year, then "=", a colon, a semicolon ("WANG et
al. 2016; Y. WANG, J. WU, ...") or the first initial; the
full reference must open with the same first name (its initials before it at most: "C.
Francis", "National Research Council") and end it as a name list goes on (a comma, a dash,
"et al."), with initials before or after it or in two words and more (a bare word may be a
title's: "Rome 2000: Rome, the city, ..."), so that an author-date entry ("Francis 1986: Multiple
cropping systems") or another's name ("Francis 1986: J. Smith, ...") keeps its head. The
short form is split off before the note is tagged (`notes.read_note`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from claimcheck.model import Author
from claimcheck.vocabulary import NAME_PARTICLES_MORE

_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s[A-ZÀ-Þ][\w’'-]+){0,3}"
_JOIN = r"(?:\s[-–]\s|,\s|\s(?:et|and|und|e|y|&)\s)"
_OTHERS_WORDS = r"\s(?:et\s+al\.|et\s+alii|u\.\s?a\.|and\s+others)"
_OTHERS = rf"(?:{_OTHERS_WORDS})?"
_HEAD = re.compile(rf"(?P<names>{_NAME}(?:{_JOIN}{_NAME})*){_OTHERS}\s(?P<year>\d{{4}}[a-z]?)"
                   r"(?:\s?[:=;]\s+|(?=[A-ZÀ-Þ]\.))")
_NAMES = re.compile(rf"{_NAME}(?:{_JOIN}{_NAME})*")  # the short form's names, as _HEAD reads
_OTHERS_AFTER = re.compile(_OTHERS_WORDS)
_GIVEN_INITIALS = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]?\.[\s-]?)+")  # "P.", "J.-P.", "Th."
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


def head_authors(head: str, authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """The authors, cut where a name past the short form's count is none (a title's words the
    tagger read as names once the head was gone: "P. Sommella, Italia antica. L'urbanistica
    romana" gave "antica"): one that prints no initials as its given name, or a family name
    no person's prints (`_printed_name`)."""
    bound = _head_bound(head)
    if not bound or len(authors) <= bound:
        return authors
    return authors[:bound] + tuple(takewhile(_printed_name, authors[bound:]))


def _printed_name(author: Author) -> bool:
    # initials, and a family name of one or two words besides its particles, capitalised
    # ("Ricci, A.", "de Vos, M."; not "Il Foro Romano, I,", a volume's numeral after a title)
    words = [w for w in author.family.split() if w.lower() not in NAME_PARTICLES_MORE]
    return bool(_GIVEN_INITIALS.fullmatch(author.given)) and 0 < len(words) <= 2 \
        and words[-1][:1].isupper()


def _head_bound(head: str) -> int:
    """The authors the short form names, 0 for no count ("et al." after its names, or no short
    form): its names, joined by a dash, comma or "and"; a bare hyphen counts as a join too
    ("Coarelli-Thébert 1988"), so that a double-barrelled name ("Ward-Perkins") only raises
    the count."""
    found = _NAMES.match(head)
    if found is None or _OTHERS_AFTER.match(head, found.end()):
        return 0
    return len(re.split(rf"{_JOIN}|-", found[0]))


# The fields of the work itself (not its authors, numbers or year)
_WORK = ("title", "container", "publisher", "location")


def whole_or_rest(rest: dict[str, str], whole: dict[str, str], head: str) -> dict[str, str]:
    """The rest's fields (the note tagged without its short form), but the work's own fields as
    the tagger read the whole note where it read another title there and kept the short
    form's first name out of them: without its head the tagger misreads some all-comma references
    ("Mozart, W. A., Briefe und Aufzeichnungen, Kassel 1991." loses its title), with it some
    run the head into the title ("Lafon 2001: X. Lafon, Villa maritima")."""
    found = _NAMES.match(head)
    # the same title read both ways, or the rest's with an opening sentence the whole note's
    # lost ("Domus. Edilizia privata ...", "Il Foro Romano. Periodo ..."): the rest's reading
    if found is None or not whole.get("title") or rest.get("title", "").endswith(whole["title"]):
        return rest
    first = re.split(_JOIN, found[0], maxsplit=1)[0].lower()
    if not rest.get("title") and rest.get("container") == whole["title"]:
        # the words the whole note read as the title, the rest as the container ("Coarelli
        # 1992; F. Coarelli, Il Foro Boario, Roma 1992, p. 12."): the title
        return {name: value for name, value in rest.items() if name != "container"} \
            | {"title": whole["title"]}
    if any(first in whole.get(name, "").lower() for name in _WORK):
        return rest
    kept = {name: value for name, value in rest.items() if name not in _WORK}
    return kept | {name: whole[name] for name in _WORK if whole.get(name)}
