"""Whether a chapter layout's match is a chapter's "In ... Book" at all, and where its cue is.

A layout in `chapter` finds an "In" and a run it takes for the book; these tests say when that
run is something else: a name printed given name first or an inverted surname, not a book
printed before its editors (`_book_first`); the place, no book printed ("dans J. Dupont (dir.),
Paris, Seuil, 2001": `_place_alone`); the entry's own title after an author alone, an edition
("Tennyson, Alfred, In Memoriam, ed. by Erik Gray": `_own_title`); or an "In" / "en" that is a
title's or a given name's own word, the chapter's cue following it (`_cue_follows`).
"""

from __future__ import annotations

import re

from claimcheck.vocabulary import NAME_PARTICLES, YEAR_DIGITS

# A sentence's own cue after a lower-case one: "La educación, en crisis. En M. Ruiz (ed.)"
_LATER_CUE = re.compile(r"\.\s+(?:In|En|Dans)\b:?\s")

# Initials right after the comma end an inverted name ("In van der Meer, T. and de Vries, A.
# (eds.)"): the run before them is a surname, not a book.
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?\s*)+(?:$|,|&|(?:and|y|et|und)\b)")
# A book prints a word in lower case or opens with an article; capitalised words alone are a
# name printed given name first ("In Mary Ann Evans, J. Smith (eds.)"). (CJK letters have no
# case and count as lower case here.)
_LOWER_WORD = re.compile(r"(?:^|\s)[^\W\d_A-ZÀ-Þ]")
_ARTICLE = re.compile(r"(?:The|An?|La|Las|Los|El|Le|Les|Il|Die|Der|Das)\s")


def _book_first(book: str, editors: str) -> bool:
    """A book printed before its editors: three words or more, no initial, not a name (a
    lower-case word or an article: "Mary Ann Evans" is a name), and editors that do not
    open with the bare initials of an inverted name ("van der Meer, T. and ...")."""
    if _INITIALS_ONLY.match(editors):
        return False
    if not _LOWER_WORD.search(book) and not _ARTICLE.match(book):
        return False
    return len(book.split()) >= 3 and not re.search(r"\b[A-Z]\.", book)


# An author alone before the title: "Tennyson, Alfred," "Kafka, Franz:", "Alfred Tennyson,",
# "Tennyson,"
# (a note's number first); no year, chapter title or second comma ("Smith, J., Mass
# Spectrometry, In Handbook of Chemistry, ed. by ..." is a chapter).
# A bibliography's full stop ends an inverted name of whole words ("Tennyson, Alfred. In
# Memoriam, ed. by"), not one with initials ("Smith, J. Networks. In Social Theory, ed. by").
_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
_FAMILY = rf"(?:\d+\.?\s+)?(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*{_WORD},"
_AUTHOR_ONLY = re.compile(
    rf"(?:{_FAMILY}(?:\s+{_WORD}){{1,3}}|(?:\d+\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})\s*[,:]"
    rf"|{_FAMILY}(?:\s+[A-ZÀ-Þ][\w'’-]+){{1,3}}\.")
# the chapter's own cue, lower case, after a comma or a closing quotation mark
_LATER_IN = re.compile(r"[,”’\"']\s+in:?\s")


def _cue_follows(match: re.Match[str]) -> bool:
    """The "in" that opened the match is no cue, the chapter's own follows: a title's lower-case
    "en" / "dans" before a sentence's "En"; a capitalised "In" opening a chapter's title or a
    given name ('"In the Land of Rivers," in Book', "Lee, In Sook, 'Shamanism,' in Book")."""
    if match[0][:1].islower():
        return _LATER_CUE.search(match[0]) is not None
    second = max(match.start("book"), match.start("editors"))  # (Ed.) after "In J. Smith"
    return match[0].startswith("In ") \
        and _LATER_IN.search(match.string, match.start(), second) is not None


def _own_title(text: str, match: re.Match[str]) -> bool:
    """A capitalised "In" (no "In:") after an author alone opens the entry's own title, its
    editors printed after it with "by" or "von" ("Tennyson, Alfred, In Memoriam, ed. by Erik
    Gray", "Kafka, Franz: In der Strafkolonie, hg. von Max Brod"): notes print the chapter's
    cue "in" there. (A bare "ed." may follow a name: "Lee, In Sook, ed. Korean Religions".)"""
    return bool(re.match(r"In\s", match[0])) \
        and _AUTHOR_ONLY.fullmatch(text[:match.start()].rstrip()) is not None \
        and re.search(r"\b(?:by|von|v\.)\s*$", text[:match.start("editors")]) is not None




def _place_alone(book: str, text: str) -> bool:
    """"dans J. Dupont (dir.), Paris, Seuil, 2001": a one-word "book" followed by a year, or a
    publisher and a year (a state's code between: "Cambridge, MA, MIT Press, 2006"), is more
    likely the place (no book printed): left to the tagger."""
    word = re.escape(book.strip())
    return " " not in book.strip() and re.search(
        rf"{word},\s*(?:[A-Z]{{2}},\s*)?(?:[^,]+,\s*)?{YEAR_DIGITS}\b", text) is not None

