"""A book cited in an English note with its names printed initials first and no title read:
"M. Meyer, Cinder (Feiwel & Friends, 2012), p. 453", "H. Lamb, Hydrodynamics, ed. H.
Tominaga (n.p., 1993), 85", "M. S. Bessa, Os Perigosos: Autobiografia & AIDS, trans. F.
Cowdell (Rio de Janeiro, 2002)" (`initials_first_book`).

MHRA, Oxford and Chicago notes print the authors initials first, a comma, the book's title
(no quotes, no brackets), maybe an editor's or translator's credit ("ed.", "ed. by",
"trans.", "trans. by") and the imprint in brackets closed by the year. A short title
between names and brackets is read by the tagger as one more name (or the whole as
editors). Read only when the parse found no title and the note opens with that layout (the
imprint naming something, so not physics' "A. Author, Phys. Rev. C 40 (1989) 2091"; the
title holding no chapter's "in", so not MHRA's "‘Essay’, in Book, ed. by"; nor a genre, "Ph.D.
thesis", "private communication"; nor a journal and its volume the tagger read, abbreviated,
with a page or a month or season in the brackets, "K. Thomas, Past & Present 29 (Dec. 1964)"):
names of initials and a family name (joined by commas, "and", "&"; "et al." or "and
others" after them), the title up to the credit or the bracket, the imprint. The imprint
gives a place and a publisher only as printed plainly: "Place: Publisher", a common place
alone, a firm's name with a publisher's word (no comma: "Oxford University Press, Oxford"), or
names joined by "&" or "and" with no common place among them (with one, places: "Lincoln and
London"); else the imprint rules after this
one read it (or nothing: "(Rio de Janeiro, 2002)" may be a town missing from the list).
"""

from __future__ import annotations

import re

from claimcheck.parse.imprints import PLACE, PRESS
from claimcheck.parse.tokens import MONTH_NAMES
from claimcheck.vocabulary import YEAR_DIGITS

_INITIALS = r"[A-ZÀ-Þ]\.(?:\s?-?[A-ZÀ-Þ]\.)*"
_NAME = rf"{_INITIALS}\s*(?:(?:de|van|von|der|di|da|du|le|la)\s+)*[A-ZÀ-Þ][\w'’-]+"
_NAMES = (rf"{_NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){_NAME})*"
          r"(?:,?\s+(?:et\s+al\.|and\s+others))?")
_BOOK = re.compile(
    rf"^(?P<names>{_NAMES}),\s+(?P<title>[^()\[\]‘’“”«»]+?)"
    rf"(?:,\s+(?P<cue>ed\.(?:\s+by)?|edited\s+by|trans\.(?:\s+by)?|tr\.)\s+(?P<credit>{_NAMES}))?"
    rf"\s+\((?P<imprint>[^()]*?),?\s+(?P<year>{YEAR_DIGITS})\)")


# a genre named where the title would be (a thesis, a report, an unpublished work)
_GENRE = re.compile(r"(?i)(?:(?:ph\.?\s?d\.?|doctoral|master'?s|m\.?\s?sc?\.?|diploma|habilitation|"
                    r"bachelor'?s|b\.?\s?sc?\.?)\s+)?(?:thesis|dissertation)\b"
                    r"|tech(?:nical|\.)\s+(?:rep|memo|note)|(?:internal\s+)?report\s+(?:no|nr)\b")


# the layout's cheap marks, looked for first: an initial opening the note, a bracket of
# words closed by a year
_OPENING = re.compile(r"[A-ZÀ-Þ]\.")
# (the letter looked for ahead, not between two runs of one class: those tried every split
# of a long bracket without its year, quadratic in its length)
_WORDS_AND_YEAR = re.compile(rf"\((?=[^()\d]*[^\W\d_])[^()\d]*\s{YEAR_DIGITS}\)")


def initials_first_book(fields: dict[str, str], text: str) -> dict[str, str]:
    """The fields of a note printed in the layout above, else `fields` unchanged."""
    if fields.get("title") or "(" not in text or not _OPENING.match(text) \
            or not _WORDS_AND_YEAR.search(text):
        return fields
    found = _BOOK.match(text)
    if found is None:
        return fields
    title = found["title"].strip(" ,")
    journal, volume = fields.get("container", ""), re.escape(fields.get("volume", ""))
    issue = re.fullmatch(rf"{re.escape(journal)}\.?,?\s*{volume}(?P<page>,\s*\d+)?", title) \
        if journal and volume else None
    if issue and ("." in journal.rstrip(".") or issue["page"] or _dated(found["imprint"])):
        return fields  # a journal and its volume: abbreviated ("H. Smith, J. Chem. Phys. 12"),
        # with a page ("Nature Physics 8, 12 (Nature Publishing Group, 2012)") or the issue's
        # month or season in brackets ("L. Stone, Past and Present 33 (April 1966)"; not a
        # book's volume, "History of England 2 (London, 1850)")
    if re.match(r"[a-zß-ÿ]+[\s,]", title) or _GENRE.match(title):
        return fields  # no title: "PhD dissertation (University of Chicago, 1998)"
    # a book's imprint names a place or a publisher (physics' "A. Author, Phys. Rev. C 40
    # (1989) 2091" prints a journal, its volume and the year alone)
    if len(title) < 2 or re.search(r",\s+(?:ed|trans|tr)\.|(?:^|,\s+)[Ii]n:?\s", title) \
            or not re.search(r"[^\W\d_]", found["imprint"]):
        return fields
    read = _imprint(found["imprint"].strip(" ,"))
    # (the tagger's place or publisher kept, unless the imprint read it as the other)
    out = {k: v for k, v in fields.items() if k not in ("author", "editor", "container")
           and not (k in ("publisher", "location") and v in read.values())}
    out.update(author=found["names"], title=title, date=found["year"], kind="book")
    if found["cue"] and found["cue"].startswith("ed"):
        out["editor"] = found["credit"]
    return {**out, **read}


def _dated(inside: str) -> bool:
    """Only a month or season ("Dec.", "Spring", "July-August")."""
    words = re.findall(r"[^\W\d_]+", inside)
    return bool(words) and all(w.lower() in MONTH_NAMES or w.lower() in _SEASONS for w in words)


# the seasons of English notes; not `bareimprint.SEASONS`, which adds French, German, Spanish
# and Italian ones ("estate", "sommer"): one list would change what either reads
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})


def _imprint(inside: str) -> dict[str, str]:
    """Place and publisher of the imprint, where printed plainly (see above)."""
    place, colon, press = inside.partition(":")
    if colon and place.strip() and press.strip():
        return {"location": place.strip(), "publisher": press.strip()}
    if PLACE.fullmatch(inside):
        return {"location": inside}
    joined = re.search(r"\s(?:&|and)\s", inside)
    if ("," not in inside and PRESS.search(inside)) or (joined and not PLACE.search(inside)):
        return {"publisher": inside}  # "Feiwel & Friends", "Holt, Rinehart and Winston"
    if joined and "," not in inside:
        return {"location": inside}  # "(Lincoln and London, 1926)"
    return {}
