"""French chapters whose editors precede the book with their own cue after the names, read from
the string: "« Titre », dans J. Dupont et M. Martin (dir.), Livre, Paris, Seuil, 1998",
"..., in Paul E. Holden (dir.), Book, Publisher", "», dans Aykut Firat, dir., Book, s. l.",
"», F Ofori et WR Stern, dir, Book" (McGill, no "dans"); and the Italian "in Book, a cura di
Names" (`curated_layout`). The tagger, which has seen few of them, leaves the book empty or
reads it as a place or the title; `editors.directed_book` puts right only what it read as the
container. It may run the Italian editors into the place or the publisher too
(`curated_imprint`).

The book ends at the first comma, stop, semicolon or bracket, except a comma before a word in
lower case: French titles capitalise their first word only ("Religion, pouvoir et société,
Rennes"), so a capital after the comma opens the place or the publisher. A lower-case word
closed by a stop is an abbreviation ("s. l.", "vol.", "p."), and a short word alone between
commas a credit (McGill's ", éd,"), not the title's. A longer book that the tagger read as the
container from the same start is kept (`parser._with_chapter`: "Fiction Sets You Free:
Literature, Liberty and Western Culture"); a one-word "book" before a publisher and a year is
the place (`chapterbook._place_alone`).
"""

from __future__ import annotations

import re

from claimcheck.parse.editors import NAMES
from claimcheck.vocabulary import NO_PLACE_MARK

# The chapter's cue after a comma or a closing quotation mark ("», dans", ", in", "», en"), a
# sentence's "Dans", or no cue right after the chapter's closing quotation mark (McGill; see
# `_periodical` for the bracketed cue there).
_OPENING = (r"(?:(?<=[,»”’\"]\s)(?:dans|in|en)\s*:?\s+|(?<=\.\s)Dans\s+"
            r"|(?<=[»”\"]\s)|(?<=[»”\"],\s))")
# the editors' own cue: ", dir.," / ", dir," or a bracketed "(dir.)", "(éd.)", "(éds)",
# "(coord.)" (a bare "éd." may be an edition's)
_CUE = r"(?:,\s*dir\.?,|\s*\((?:dir|éds?|coord)\.?\),?)"
# The book: to the first comma, stop, semicolon or bracket; on past a comma before a lower-case
# word that is no abbreviation ("s. l.", "vol.") nor a short word alone ("éd,")
_BOOK = (r"(?P<book>[^\W\d_][^,.;()\[\]]*?"
         r"(?:,\s+(?![^\W\d_]+\.|[^\W\d_]{1,3}\s*[,;])[^\W\d_A-ZÀ-Þ][^,.;()\[\]]*?)*)"
         r"(?=\s*[,;(\[]|\.(?:\s|$)|$)")
_LAYOUT = re.compile(rf"{_OPENING}(?P<editors>{NAMES}){_CUE}\s+{_BOOK}")
# Spanish notes, "», en M. A. Ruiz y F. T. Soto (eds.): Book, Place, Publisher": the same
# layout with the English-looking cue, only after a lower-case "en" (an English "In J. Smith
# (Eds.), Handbook of Memory, Learning, and Cognition" capitalises its title's words)
_SPANISH = re.compile(
    rf"(?<=[,»”’\"]\s)en\s+(?P<editors>{NAMES})\s*\((?:eds?|coords?)\.?\)\s*[:,]?\s+{_BOOK}")
# Italian notes print the book first, then its editors with "a cura di": "», in Storia
# economica d'Italia, a cura di Marco Bruni, Roma-Bari, Laterza" (after the chapter's comma or
# closing quotation mark and a lower-case "in"); the names end at a comma not followed by an
# initial ("a cura di B. M. Vista, Y. Murayama, New York") or at a sentence's full stop after a
# family name (a stop after two lower-case letters, no initial's: "a cura di L. Bruni. Torino:
# Einaudi")
_CURATED = re.compile(
    r"(?<=[,»”’\"]\s)in\s+(?P<book>[^\W\d_][^()]{0,300}?),\s*a\s+cura\s+di\s+"
    r"(?P<editors>[A-ZÀ-Þ][^,;()]*?(?:,\s*[A-ZÀ-Þ]\.[^,;()]*?)*)"
    r"(?=\s*[,;(]|\.?$|(?<=[a-zà-ÿ]{2})\.\s)")


def _cue_printed(text: str) -> bool:
    """Whether one of the editors' cues may be printed ("dir.", "dir,", "(dir", "(éd",
    "(coord"): most entries print none, and are not searched (the layout's names cost a
    search up to a millisecond)."""
    return ("dir" in text and ("dir." in text or "dir," in text or "(dir" in text)) \
        or "(éd" in text or "(coord" in text


def curated_layout(text: str) -> re.Match[str] | None:
    """The Italian "in book, a cura di names" layout of a chapter, or None."""
    return _CURATED.search(text) if "cura di" in text else None


def directed_layout(text: str) -> re.Match[str] | None:
    """The French "names (dir.), book" layout of a chapter, or None."""
    found = _LAYOUT.search(text) if _cue_printed(text) else None
    if found is not None and _periodical(found):
        found = None
    if found is None and ("(ed" in text or "(coord" in text) and "en " in text:
        found = _SPANISH.search(text)
    return found


# a number after a comma in the book: an issue's or a date's ("Cahiers, n° 300", "Paris, mai
# 2000"), not the title's own ("La France de 1945")
_RUN_ON_NUMBER = re.compile(r",[^,]*\d")


def _periodical(found: re.Match[str]) -> bool:
    """A bracketed "(dir.)" with no cue before the names, then a "book" run past a comma on to
    a number ("« Le cinéma de Godard », Jean-Luc Godard (dir.), Cahiers du cinéma, n° 300";
    "« Le Monde diplomatique », Ignacio Ramonet (dir.), Paris, mai 2000"): a film's or a
    periodical's director and its issue or date, no chapter's editors and book; a chapter's
    book ends at its place ("Pierre Birnbaum (dir.), Les élites socialistes au pouvoir,
    Paris")."""
    uncued = found.group(0).startswith(found.group("editors"))
    bracketed = found.group(0)[found.end("editors") - found.start():].lstrip().startswith("(")
    return uncued and bracketed and _RUN_ON_NUMBER.search(found.group("book")) is not None


_CREDIT_END = re.compile(r",\s*(?:éds?|eds?)\.?\s*$")
_NO_PLACE_FIRST = re.compile(rf"^(?:{NO_PLACE_MARK})\.?\s*,?\s*")


def tagged_book(fields: dict[str, str], book: str) -> tuple[str, dict[str, str]]:
    """The book of the layout against the tagged fields: the tagger's container when it holds
    the book and runs on from its start ("M. Durand (dir.), Guerre, État et société" read
    whole), without a bare credit word closing it (McGill's "Book, éd, City"); and the place
    or publisher the tagger read the book into ("Top Management", "dans A. Firat, dir., Book,
    s. l., SIAM"), cut to what follows the book."""
    container = fields.get("container", "")
    if book and book in container:
        book = _CREDIT_END.sub("", book + container.partition(book)[2]).strip(" .,;:")
    imprint = {k: _NO_PLACE_FIRST.sub("", fields[k].partition(book)[2].strip(" .,;:"))
               for k in ("location", "publisher") if book and book in fields.get(k, "")}
    return book, imprint


def curated_imprint(fields: dict[str, str], text: str, cue: int,
                    editors: str) -> dict[str, str]:
    """The place or publisher the tagger read into the Italian layout's editors ("a cura di
    B. M. Vista, Y. Murayama, New York" read as the place "Vista, Y. Murayama, New York"), cut
    to what follows the editors; one within them ("Murayama") is none. One printed again after
    them ("a cura di Giovanni Napoli, Napoli") is the place, and stays."""
    start = text.find(editors, cue)
    end = start + len(editors)
    imprint = {}
    for key in ("location", "publisher"):
        value = fields.get(key, "")
        at = text.find(value, cue) if value and start >= 0 else -1
        if at >= 0 and at < end and at + len(value) > start and text.find(value, end) < 0:
            imprint[key] = text[max(at, end):at + len(value)].strip(" .,;:")
    return imprint

