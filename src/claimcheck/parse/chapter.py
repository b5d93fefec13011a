"""Chapters in edited books: the "In ... (Eds.), Book" layouts that a pattern reads surely.

The tagger sees too few chapters to place the editors and the book reliably, but the common
styles print them in fixed orders:
- Vancouver / PLOS: "In: Nosek J, Tomaska L, editors. Origin of telomeres. Austin: Landes."
- APA: "In J. Smith & K. Jones (Eds.), Handbook of memory (pp. 1-10). Publisher."
- Frontiers / Chicago: "in Handbook of Memory, eds J. Smith and K. Jones (City: Publisher)",
  "In Handbook of Memory, edited by J. Smith, 1-10. City: Publisher."
- Spanish and Italian notes, the book before its editors: "en Book, C. Ye et al. (eds.).
  Publisher", "in Book, P. M. Greenfield (ed.)" (a book not a name: `chapterbook._book_first`).
Editors are always named with a cue; the tagger, which has seen "In J. Smith (Ed.), Book"
often, may read the book after "in" as editors when none is printed (Chicago notes: '"Title,"
in Book Title, trans. Name (City: ...)'): such a run is the book (`editors.uncued_editors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.parse.chapterbook import _book_first, _cue_follows, _own_title, _place_alone
from claimcheck.parse.directed import curated_layout, directed_layout
from claimcheck.parse.patterns import search_from
from claimcheck.parse.tokens import LEXICON
from claimcheck.vocabulary import (
    EDITOR_WORDS_EN_DE,
    NO_PLACE_MARK,
    PUBLISHER_WORDS,
    TRANSLATOR_CUE,
    YEAR_DIGITS,
)

_EDS = r"\b(?:eds?|editors?|ed(?:ited)?\s+by|ed\.\s*by|(?:hrsg|hg)\.\s*v(?:on)?|hrsg|hg)\b"
# Editors after the book begin like a name: an initial ("J. Smith"), "Smith J" or, after
# "ed." / "edited by" / "hg. von" / "hg. v.", a full name ("ed. Kevin Thurlow").
_NAME_START = (r"(?:[A-Z]\.|[A-Z][\w'-]+,?\s+[A-Z]{1,3}\b"
               r"|(?<=ed\.\s)[A-Z][a-z]+\s+[A-Z]|(?<=by\s|on\s|v\.\s)[A-Z][a-z]+\s+[A-Z])")
# Editors before the book hold an initial ("J. Smith & K. Jones", "Nosek J, Tomaska L"),
# which a book's title ("In Chemical Nomenclature, ed. ...") does not.
_INITIAL = re.compile(r"\b[A-Z]{1,3}\b\.?|\b[A-Z]\.")
# The book ends before its pages, a full stop, ", City: Publisher" (one to three words
# before the colon) or ", Publisher, City" (PLOS: "Selected papers on noise, Dover
# Publications, New York"; up to four capitalised words before a publisher's word).
_PUBLISHER = (rf"(?:[A-Z][\w&.'-]*\s+){{0,4}}(?:{PUBLISHER_WORDS}"
              r"|Associates|Inc|Ltd|Springer|Wiley|Elsevier|Routledge)\b")
# (a note's imprint, "(Univ California Press 1964)", ends the book too)
_END_OF_BOOK = (r"(?=\s*\((?:pp?|[Vv]ol|[Bb]d)\.|\.\s|\.?$|,\s*(?:pp?\.|pages\b|\d)"
                rf"|\s*\([^()]*[^\W\d_][^()]*\b{YEAR_DIGITS}\)"
                r"|,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s*[A-Z]{2})?\s*:\s"
                rf"|,\s*{_PUBLISHER})")
# "In" opening the book part follows punctuation or a page number, not a word: a title's own
# "... in Women's Health" is not where the chapter's book begins.
# (or, after a comma or a quotation mark, "en" and "dans" of Spanish and French notes; after a
# full stop, "En" and "Dans")
_IN = (r"(?:(?<![^\W\d_]\s)\b[Ii]n:?|(?<=[,»”’]\s)(?:en|dans)\s*:?"
       r"|(?<=\.\s)(?:En|Dans)\s*:?)\s+")
# the book, then its editors with a bracketed cue after them (Spanish and Italian notes:
# "en Book, C. Ye et al. (eds.). Publisher", "in Book, P. M. Greenfield (ed.)"); first,
# since the next but one would take book and editors for a list of editors. A book of
# three words or more without an initial or a stop, comma or colon, with a lower-case
# word or opening with an article, before editors that are no inverted "Surname, I."
# (`_book_first`): "In J. Smith, K. Jones (Eds.)", "in: Leisering, Lutz/Müller, Rainer
# (Hg.)", "In van der Meer, T. (ed.)", "In Mary Ann Evans, J. Smith (eds.)" are names.
_BOOK_THEN_EDITORS = re.compile(
    rf"{_IN}(?P<book>[^().,;:/]+?),\s+(?P<editors>{_NAME_START}[^(),]*(?:,[^(),]+)*?)"
    rf"\s*\((?i:{_EDS})\.?\)"
)
# "In Book, eds J. Smith and K. Jones (City: Publisher)", "In Book, edited by J. Smith, 1-10.",
# MHRA's "in Book, ed. by J. Smith (Publisher, 1990)", German "in: Book, hg. von Peter
# Schmidt, Berlin 2001"; the editors end before a place and year ("ed. by C.A. Rubino and
# C.W. Shelmerdine, Austin 1983, 38-73", "ed. by J. Renoir, Paris, 2001"), "Place:" or a
# volume ("hg. v. Helmut Sembdner, Bd. 2"), a translator's credit (", trans. by Harry Zohn",
# ", übers. von"), a "no place" mark (", s. l.", ", o. O.", ", n. p.") or "u. a." (and others).
# A place of publication: one to three capitalised words, joined by spaces or "/", with the
# particles of German and English place names ("Frankfurt am Main", "Berlin/New York",
# "Reinbek bei Hamburg", "Newcastle upon Tyne")
_PLACE = (r"[A-Z][\w.-]*(?:(?:\s+|/)(?:(?:am|an|a\.|im|bei|upon|on)\s+(?:der\s+)?)?"
          r"[A-Z][\w.-]*){0,3}")
# a book or an editors' run is read up to 500 characters: unbounded, every "in" of a long
# string scanned on to its end (quadratic: 1,600 "in Book," took seconds)
_BOOK_CUE_EDITORS = re.compile(
    rf"{_IN}(?P<book>[^()]{{1,500}}?),\s*(?i:{_EDS})\.?\s+(?P<editors>{_NAME_START}[^()]{{0,500}}?)"
    r"(?=\s*\(|[.,]\s*(?:pp?\.|\d)|(?<!\b[A-Z])\.\s|\.?$"
    rf"|,\s*{_PLACE},?\s+{YEAR_DIGITS}\b"
    rf"|,\s*(?:{TRANSLATOR_CUE})\b"
    rf"|,\s*(?:{NO_PLACE_MARK})\."
    r"|\s+u\.\s?a\."
    rf"|,\s*{_PLACE}(?:,\s*[A-Z]{{2}})?\s*:\s|,\s*(?:Bd|Band|[Vv]ol)\b)"
)
# "In J. Smith & K. Jones (Eds.), Book (pp. 1-10).", "In: Nosek J, editors. Book. Austin"
_EDITORS_THEN_BOOK = re.compile(
    rf"{_IN}(?P<editors>[^()]{{1,500}}?),?\s*(?P<eds>\(?{_EDS}\.?\)?[.,:]?)\s+"
    rf"(?P<book>[^()]{{1,500}}?){_END_OF_BOOK}",
    re.IGNORECASE,
)
# IEEE: "in Handbook of Robotics, B. Siciliano and O. Khatib, Eds. Berlin: Springer": the book
# (no initial: "In: K. Jones, L. Brown, Eds. Social Theory" are editors, then the book; no
# closing ", vol. 2" or ", 2nd ed."), its editors initials first, ", Ed." / ", Eds."; tried
# before the cue-first layout, which reads "..., Eds. London, U.K.: ..." as names "London, U"
_IEEE_NAME = r"(?:[A-Z]\.[\s-]?){1,3}\s*(?:(?:de|van|von|der|da|di|du|le|la)\s+)*[A-Z][\w'’-]+"
_BOOK_EDITORS_IEEE = re.compile(
    rf"{_IN}(?P<book>[^()]{{1,300}}?)"
    rf"(?:,\s+(?:[Vv]ol\.|[Vv]olume)\s*\w+|,\s+\d+(?:st|nd|rd|th)\s+ed\.)?,\s+"
    rf"(?P<editors>{_IEEE_NAME}(?:,\s+{_IEEE_NAME})*(?:,?\s+(?:and|&)\s+{_IEEE_NAME})?)"
    r",\s+Eds?\.(?=[\s,]|$)"
)
_LAYOUTS = (_BOOK_THEN_EDITORS, _BOOK_EDITORS_IEEE, _BOOK_CUE_EDITORS, _EDITORS_THEN_BOOK)


# Every layout needs an editors' cue: most entries have none, and this finds that cheaply.
# (English and German: the layouts read no "dir.", which `editors` reads)
_ANY_CUE = re.compile(rf"\b(?:{'|'.join(EDITOR_WORDS_EN_DE)}|edited)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Chapter:
    """Editors and book of a chapter as printed; `start` is where the chapter's part begins,
    -1 for none: its cue ("In", "in:", "en", "dans"), or the editors' names in McGill's layout,
    which prints no cue word ("», F Ofori et WR Stern, dir, Book": `directed`)."""

    editors: str = ""
    book: str = ""
    start: int = -1
    # the "book" is the entry's own title, its editors printed after it (an edition: "In
    # Memoriam, ed. by Erik Gray"): no chapter
    titled: bool = False
    # the French "Names (dir.), Book" layout (`directed`), whose book the tagger often reads
    # into the place or the publisher
    directed: bool = False
    # the Italian "Book, a cura di Names" layout (`directed.curated_layout`), whose editors the
    # tagger may run into the place or the publisher
    curated: bool = False

    @property
    def found(self) -> bool:
        return self.start >= 0

    def edition(self, fields: dict[str, str]) -> dict[str, str]:
        """The tagged fields of an edition read with its own title and editors: a book."""
        return {**fields, "editor": self.editors, "title": self.book.strip(" .,;:"),
                "container": "", "kind": "book"}


NOT_A_CHAPTER = Chapter()


def _names_before(editors: str, match: re.Match[str]) -> bool:
    """Editors printed before the book: a plural or bracketed cue ("editors", "(Eds.)") says
    so; a bare "ed." may follow a book's title instead, so then they must hold an initial."""
    cue = match["eds"].lower()
    if cue.endswith(","):  # "In Aldona Jonaitis, ed., Chiefly Feasts"
        return True
    cue = cue.rstrip(".:")
    return cue.startswith("(") or cue.endswith("s") or bool(_INITIAL.search(editors))


_INITIAL_STOP = re.compile(r"\b[A-Z]\.")
_BOOK_VOLUME = re.compile(r",\s*(?:[Vv]ol|t|[Tt]omo)\.?\s*[\dIVXLC]+$")


def chapter_parts(text: str) -> Chapter:
    """The chapter layout of an entry, or NOT_A_CHAPTER when it prints none."""
    directed = directed_layout(text)  # French: "dans Names (dir.), Book"
    if directed and not _place_alone(directed["book"], text):
        return Chapter(directed["editors"], directed["book"].strip(" .,;:"), directed.start(),
                       directed=True)
    curated = curated_layout(text)  # Italian: "in Book, a cura di Names"
    if curated:
        book = _BOOK_VOLUME.sub("", curated["book"]).strip(" .,;:")  # (its volume is read)
        return Chapter(curated["editors"].strip(" .,;:"), book, curated.start(), curated=True)
    if not search_from(_ANY_CUE, text, ("ed", "hg", "hrsg")):
        return NOT_A_CHAPTER
    for layout in _LAYOUTS:
        match = layout.search(text)
        while match and _cue_follows(match):
            match = layout.search(text, match.start() + 1)
        if match:
            book = match["book"].strip(" .,;:")
            editors = match["editors"].strip(" .,;:")
            if layout is _BOOK_THEN_EDITORS and not _book_first(book, editors):
                continue
            if layout is _BOOK_EDITORS_IEEE and _INITIAL_STOP.search(book):
                continue
            if layout is _BOOK_CUE_EDITORS and _own_title(text, match):
                if not editors:
                    continue
                return Chapter(editors, text[match.start():match.start("book")] + book,
                               match.start(), titled=True)
            if book and editors and LEXICON.get(book.lower()) != "pages" \
                    and (layout is not _EDITORS_THEN_BOOK or _names_before(editors, match)):
                return Chapter(editors, book, match.start())
    return NOT_A_CHAPTER
