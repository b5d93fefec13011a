"""A note's imprint put right where the tagger mixed it with what stands before it.

1. `parenthesis_after_credit`: Chicago and MHRA print a book's imprint in brackets right
   after a credit or the title ("ed. T. Francke (INRA, 1993)", "trans. by R. K. Luneburg
   (Laboratory for Computer Science, MIT, 1985)", "Programming with CGI.pm (Wiley, 1998)").
   The tagger may run the words before the bracket into the publisher or the place
   ("Francke (INRA)", "pm (Wiley)"). The parenthesis, closed by its year in the text, is the
   imprint: "Place: Publisher" as such, else a common place is the place and anything else the
   publisher. The words before it go back to the title or the book when they continue it in
   the text with no comma between ("CGI" + ".pm"), or are dropped when a credit's cue
   precedes them ("ed.", "trans. by", "hg. von": a credited name); else nothing changes
   ("Stuttgart (zuerst 1932)"). The parenthesis must open with a capital.
2. `place_and_publisher`: French, Italian and Spanish notes print "Paris, Gallimard, 1975",
   Italian ones also "Laterza, Roma 1980"; the tagger may read both as the place. When
   one part is a common place and the other is a name that is no place, the other is the
   publisher (only where no publisher was read, and the text prints the year after them).
   Not a country or a state ("Budapest, Hungary", "in CVPR, Seoul, Korea", "Washington,
   D.C."), and not after the common place with no comma before the year: German, Italian and
   English two-town imprints print a second town there ("Stuttgart, Weimar 1967", "Roma,
   Bari 1993", "Aldershot, Burlington 2004"; "Laterza, Roma 1980" and a firm's word or "&",
   "Berlin, Akademie Verlag 1990", "Berlin, Duncker & Humblot 1990", are still split).
3. `edition_imprint`: OSCOLA's "(3rd edn, OUP 2012)": the publisher after the edition.
4. `imprint_out_of_book`: German chapters print "in: P. Schmidt (Hg.): Geschichte der Städte,
   Berlin 1990, S. 10–30", and other notes "..., Book, Chapel Hill, NC 1962, S. 127"; the
   tagger may read the place rightly and still run the book's title on through it
   ("Geschichte der Städte, Berlin 1990, S"). The container ends before ", Place" when the
   place read as the location follows it there with the year (and maybe a page word) to the
   container's end; a volume word and its number before the place ("Band 2", "Bd. 2", "vol.
   2") go with the imprint.

(An imprint of one name and the year in brackets, "(Hutchinson, 1980)", is `bareimprint`'s.)
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import (
    COUNTRY_NAMES,
    EDITOR_WORDS,
    PLACE_NAMES,
    PUBLISHER_WORDS,
    TRANSLATOR_WORDS,
    YEAR_DIGITS,
)

# a common place as a whole field ("Frankfurt am Main"; shared with `subtitles`,
# `bareimprint`, `notebooks`)
PLACE = re.compile(rf"(?:{PLACE_NAMES})(?:\s+am\s+Main)?")
# a listed country or region as a whole name ("USA", "Japan"; shared with `journalword`,
# `yearvolumepages`)
COUNTRY = re.compile(COUNTRY_NAMES)
# a publisher's word (shared with `notefields`, `bareimprint`, `notebooks`)
PRESS = re.compile(rf"\b(?:{PUBLISHER_WORDS}|Books|Editions?"
                   r"|Éditions|Editorial|Editore|Edizioni)\b")
# A run that holds the imprint parenthesis and words before it: "Francke (INRA)"
_BEFORE_BRACKET = re.compile(r"(?P<head>[^()]+?)\s*\((?P<inside>[^()]+)\)")
# A credit's cue, then names up to the bracket ("ed. T. Francke (", "trans. by R. K.
# Luneburg (", "hg. von Peter Schmidt (")
_CREDITED = (rf"\b(?:{'|'.join((*EDITOR_WORDS, *TRANSLATOR_WORDS))}|edited|by|von|par|di)\.?"
             r"\s+(?:by\s+|von\s+|par\s+)?(?:[^,()]*?\s)?")
# Names that qualify a place ("Cambridge, MA", "Paris, France", "Boulder, Colorado", "Seoul,
# Korea", "Washington, D.C."): a state's or country's code or name, not a publisher
_QUALIFIER = re.compile(rf"[A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}}|{COUNTRY_NAMES}")
# a meeting's name, which no imprint is (shared with `bareimprint`)
MEETING = re.compile(r"\b(?:Proc|Proceedings|Conference|Conf|Symposium|Workshop|Congress|"
                     r"Meeting|Colloquium|Kongress|Tagung|Colloque|Congrès|Congreso|Convegno)\b")
# One to four capitalised words (with "de", "&", "and" between): a firm or a place
_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de|del|di|&|and|et|y|e|[A-ZÀ-Þ][\w'’.-]*)){0,3}")


def parenthesis_after_credit(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 1 of the module docstring."""
    for name in ("publisher", "location"):
        found = _BEFORE_BRACKET.fullmatch(fields.get(name, ""))
        if not found or not found["inside"][:1].isupper() or not re.search(
                re.escape(f"({found['inside']}") + rf",?\s+{YEAR_DIGITS}\)", text):
            continue
        given = _head_back(fields, found["head"], text)
        if given is None and not re.search(_CREDITED + re.escape(found["head"]) + r"\s*\(",
                                           text):
            continue  # neither the title's tail nor a credited name: "Stuttgart (zuerst 1932)"
        return _imprint(given or fields, name, found["inside"].strip())
    return fields


def _imprint(fields: dict[str, str], name: str, inside: str) -> dict[str, str]:
    out = {k: v for k, v in fields.items() if k != name}
    place, colon, press = inside.rpartition(":")
    if colon and place.strip():
        read = {"location": place.strip(), "publisher": press.strip()}
    elif PLACE.fullmatch(inside) and not PRESS.search(inside):
        read = {"location": inside}
    else:
        read = {"publisher": inside}
    for key, value in read.items():  # a place or publisher read elsewhere is kept
        out.setdefault(key, value)
    return out


def _head_back(fields: dict[str, str], head: str, text: str) -> dict[str, str] | None:
    """The words before the bracket given back to the title or book they continue (the
    separator as printed: "CGI" "." "pm", "Elements of" " " "Modern X-Ray Physics")."""
    for field in ("container", "title"):
        value = fields.get(field, "")
        glued = re.search(re.escape(value) + r"(?P<sep>[.\-/:]?\s*)" + re.escape(head) + r"\s*\(",
                          text) if value else None
        if glued:
            return {**fields, field: value + glued["sep"] + head}
    return None


def place_and_publisher(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 2 of the module docstring."""
    location = fields.get("location", "")
    parts = [p.strip() for p in location.split(",")]
    if fields.get("publisher") or len(parts) != 2 or not all(_NAME.fullmatch(p) for p in parts):
        return fields
    # the imprint set off by a comma, the year after it ("..., Paris, Gallimard, 1975"; not
    # "im 20. und frühen 21. Jahrhundert, Bonn 2004", a title's words before the place)
    imprint = re.search(r",\s+" + re.escape(location) + rf"(?P<comma>,?)\s+{YEAR_DIGITS}\b", text)
    if imprint is None:
        return fields
    if MEETING.search(fields.get("container", "") + " " + fields.get("title", "")):
        return fields  # a meeting's place and country ("Conference, Zurich, Swizerland, 1995")
    places = [bool(PLACE.fullmatch(p)) for p in parts]
    if places.count(True) != 1:
        return fields
    other = parts[places.index(False)]
    if places[0] and not imprint["comma"] and not (PRESS.search(other) or "&" in other):
        return fields  # a second town, "Stuttgart, Weimar 1967", "Roma, Bari 1993"
    if _QUALIFIER.fullmatch(other) or PLACE.search(other):
        return fields  # (a country or a state as printed: "Hungary", "D.C.", "Mass.")
    return {**fields, "location": parts[places.index(True)], "publisher": other}


# "(3rd edn, OUP 2012)", "(2nd edn, Hart Publishing 2016)": OSCOLA's edition, then the
# publisher and the year, no comma before the year
_EDITION_IMPRINT = re.compile(
    rf"\((?:\d+(?:st|nd|rd|th)|rev|new)\s+edn,\s+(?P<press>[A-ZÀ-Þ][^(),:]*?)\s+{YEAR_DIGITS}\)")


def edition_imprint(fields: dict[str, str], text: str) -> dict[str, str]:
    """Rule 3 of the module docstring: only where no publisher and no place were read."""
    found = _EDITION_IMPRINT.search(text)
    if found is None or fields.get("publisher") or fields.get("location"):
        return fields
    press = found["press"].strip()
    if PLACE.fullmatch(press) or press in fields.get("title", ""):
        return fields
    return {**fields, "publisher": press}


_BOOK_VOLUME = r"(?:,\s*(?:Band|Bd\.?|vol\.?|Vol\.?|t\.|tome)\s*[\dIVXLC]+)?"
_BOOK_TAIL = rf",?\s+{YEAR_DIGITS}[a-z]?(?:,?\s*(?:S|p|pp|pages?)\.?)?\s*$"


# the place read with the year and page word run on into it ("Boston 1966, S")
_PLACE_RUN_ON = re.compile(rf"(.+?),?\s+{YEAR_DIGITS}[a-z]?(?:,?\s*(?:S|p|pp|s)\.?)?")


# a common place, the year (and the page word) closing a chapter's book with no place read
_BOOK_PLACE = re.compile(_BOOK_VOLUME + r",\s+(?P<place>[A-ZÀ-Þ][\w.-]*(?:\s+am\s+Main)?)"
                         + _BOOK_TAIL)


def imprint_out_of_book(fields: dict[str, str]) -> dict[str, str]:
    """The fourth rule above (the place too, when the year and page word ran on into it, or
    a common place when none was read: "Soziologie und Sozialgeschichte, Opladen 1972, S")."""
    container, place = fields.get("container", ""), fields.get("location", "").strip(" ,.")
    if not place and fields.get("kind") == "chapter":
        found = _BOOK_PLACE.search(container)
        if found and PLACE.fullmatch(found["place"]):
            fields, place = {**fields, "location": found["place"]}, found["place"]
    run_on = _PLACE_RUN_ON.fullmatch(place)
    if run_on and container.endswith(fields.get("location", "").strip(" ,")):
        fields, place = {**fields, "location": run_on[1]}, run_on[1]
    if not (container and place) or place not in container:
        return fields
    found = re.search(_BOOK_VOLUME + r",\s+" + re.escape(place) + _BOOK_TAIL, container)
    if found is None or found.start() < 3:
        return fields
    return {**fields, "container": container[: found.start()].strip(" ,.")}
