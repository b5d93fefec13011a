"""How a line opens with an entry's author element: its head and year, or names without them.

An entry opens with its authors (persons or an organisation) and, in an author-date list, its
year; a line that opens so is an entry of its own, not the rest of the one before, whatever
the line before lacks. The patterns (`HEAD_YEAR`, `LONG_HEAD_YEAR`, `AUTHORS_OPEN`,
`author_element`) are read by the joins of one-a-line lists (`lateyear`, `linehead`,
`wrapcut`, `titlecut`); each is bounded and reads the line's head. In a hard-wrapped list,
`head_after_end` (read by `boundary`) starts an entry where a line opens with an author
element and its bracketed year after a line that ended as an entry ends; its head must read
as names (`_reads_as_names`: only particles and linking words in lower case, no sentence
ending inside it), not as a note naming another work ("Reprinted in Birtles (1994)"). In a
one-a-line list without stops, `dated_after_title` (read by `segment` and `titlecut`) ends
a whole dated entry whose short title ends on a small word ("Pfaff, J. (2017) Locked in")
before a line that opens with its own names or body and bracketed year.
"""

from __future__ import annotations

import re

from claimcheck.ingest.kinds import end_kind
from claimcheck.ingest.starts import OPEN_END, lone_initial
from claimcheck.vocabulary import NAME_PARTICLES_MORE, YEAR_DIGITS

# A short head, then the year or a date printed as none, then its stop: how an entry opens
# with its author element ("OECD, 2000.", "Platon (2007).", "YÖK (2004) www", "- forthcoming,");
# not a journal's year before its volume ("Cell (1998) 93: 805-14.") nor a line's last year
HEAD_YEAR = re.compile(
    rf"^[^\d:;]{{1,40}}?[\s,(]\(?(?:{YEAR_DIGITS}[a-z]?|n\.\s?d\.|o\.\s?J\.|[Ff]orthcoming"
    r"|[Ii]n press)\)?(?:\)|[.:,;])(?!\s*\d|\s*$)")
# The same at any length, when the element (no digit) ends on a stop before the bracketed year
# or is a name before "(year): ": "National Academies of Sciences, Engineering, and
# Medicine. (2019).", a title first "Climate change and ... century. (2019).",
# "Intergovernmental Panel on Climate Change (2014): "
LONG_HEAD_YEAR = re.compile(
    rf"^[^\d]{{1,200}}?(?:\.\s\((?:{YEAR_DIGITS}[a-z]?|n\.\s?d\.)(?:,[^)]*)?\)[.:]"
    rf"|\s\({YEAR_DIGITS}[a-z]?\):\s)")
# How authors open a line without the year in its head: initials then a family name and its
# stop or comma ("A. P. Witkin.", "R. Graham,"); a family name then initials without stops
# ("Alsaif N A M et al", "Baltz A .J ."); a list number ("[ 43]"); "et al." or a
# collaboration early in the line; an organisation, two to five capitalised words and a
# stop before a capital or a quote ("Royal Society. The", "Ministère de la Santé. Short";
# not one word, "Chrome. New York:", the rest of a title cut on a word)
AUTHORS_OPEN = re.compile(
    r"^(?:(?:[A-Z]\.\s?){1,3}[A-Z][a-z\u00df-\u00ff'’-]+[.,]"
    r"|[A-Z][a-z\u00df-\u00ff'’-]+\s(?:[A-Z]\s?\.?\s?){1,3}[\s,.]"
    r"|\[\s?\d{1,4}\s?\]|.{0,60}\b(?:et al\b|[Cc]ollaboration\b)"
    r"|[A-Z\u00c0-\u00de][\w'’&-]*(?:\s(?:[a-z\u00df-\u00ff]{1,3}\s)*[A-Z\u00c0-\u00de][\w'’&-]*){1,4}\.\s"
    r"[\"“A-Z\u00c0-\u00de])")


def author_element(text: str) -> bool:
    """The line opens with an author element: its head and year ("OECD, 2000.", "National
    Academies ... Medicine. (2019).") or names without their year ("A. P. Witkin.", "Royal
    Society. The ...")."""
    return bool(HEAD_YEAR.match(text) or LONG_HEAD_YEAR.match(text) or AUTHORS_OPEN.match(text))


# An author element, then its year in brackets early in the line and its title after it:
# "Department for Education (2019) Keeping ...", "Smith, J. and Jones, K. (2001). The";
# no digit before the year, a word after it (not an imprint's end, "Springer, Heidelberg
# (2004)", nor a volume's "(2001) 23:"), nor a note on the entry that names another work
# ("Reprinted in Jones (2005) Collected Papers.", "Originally published as Freud (1900) ...")
_NOTE_LEAD = (r"(?:Reprint|Repr|Orig|Transl|Trans|Review|Cited|Quoted|See|Also|First|Publish"
              r"|Republish|Abridged|Edited|Ed\.|In\b|Excerpt|Based|Adapted|Cf\b)")
HEAD_BRACKET_YEAR = re.compile(
    rf"^(?!{_NOTE_LEAD})[A-Z\u00c0-\u00de][^\d():;]{{2,60}}?\s\({YEAR_DIGITS}[a-z]?\)[.:,]?\s+[\"“‘'A-Za-z]")


def head_after_end(prev: str, text: str) -> bool:
    """`prev` ended as an entry ends (a stop, pages, a year, a link; not an initial's stop,
    "..., in K.A.") and `text` opens with an author element and its bracketed year: in a
    hard-wrapped list, after an entry that prints its year, a new author-date entry however
    its authors are spelt ("Department for Education (2019)"), which no wrapped line of a
    dated entry opens with; not a note on the entry naming another work ("Routledge.
    Reprinted in Birtles (1994)", "Hegel (1807) as a response to Kant")."""
    if OPEN_END.search(prev) or lone_initial(prev):
        return False
    if end_kind(prev, False) not in ("stop", "pages", "year", "link"):
        return False
    found = HEAD_BRACKET_YEAR.match(text)
    if not found:
        return False
    # the author element up to its year, and what opens the title after it
    head = text[:text.rfind("(", 0, found.end())]
    return _reads_as_names(head) and bool(
        _TITLE_OPENS.match(text, found.end() - 1) or _NAME_LIST.search(head))


# The small words of an author element: a name's particles and a body's linking words
# ("van der Berg", "Department for Education", "Wood, W. et al."); a note's words ("as",
# "in", "by", "with") are none of them
_HEAD_SMALL = frozenset((
    *NAME_PARTICLES_MORE, "des", "della", "do", "das", "las", "los", "zu", "zur", "zum", "les",
    "ibn", "bin", "for", "of", "and", "on", "the", "at", "für", "und", "en", "af", "av", "y",
    "e", "et", "al", "u", "a", "ed", "eds", "hrsg", "hg"))
# a whole word in lower case (not the particle of "d'Alembert" or "al-Farabi", nor the rest
# of a name whose accent is a combining mark)
_SMALL_WORD = re.compile(
    r"(?<![\w'’\u0300-\u036f-])[a-z\u00df-\u00ff]+(?![\w'’\u0300-\u036f-])")
# a word closed by a stop, then more of the head: a sentence ends inside it ("Routledge.
# Reprinted in", "Karnac. Freud"); the word is long (a capital and four letters or more, or
# three small ones), not an abbreviation ("Dept.", "Amer.", "Univ.", "Ltd.", "Assoc."), nor
# the stop an organisation puts before its year ("World Health Organization. (2020)") nor a
# family name's stop misprinted before its initial ("Westphal. N.")
_SENTENCE_STOP = re.compile(
    r"\b(?!(?:Assoc|Admin|Environ|Intern|Comput)\.)"
    r"(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{4,}|[a-z\u00df-\u00ff]{3,})\.\s+(?![A-Z]\.)\S")
# what opens the title after the year: a capital or a quote, not a sentence going on in lower
# case ("Hegel (1807) as a response to Kant"); a title in lower case ("Xie Y (2013) knitr:")
# only after a list of names, with a comma or an initial, not a name alone as a note cites it
_TITLE_OPENS = re.compile(r"[\"“‘'A-Z\u00c0-\u00de]")
_NAME_LIST = re.compile(r",|\b[A-Z]{1,2}\b")


def _reads_as_names(head: str) -> bool:
    """`head`, the line up to its bracketed year, reads as an author element: its only small
    words are particles and linking words and no sentence ends inside it."""
    return not _SENTENCE_STOP.search(head) and all(
        word in _HEAD_SMALL for word in _SMALL_WORD.findall(head))


# A title's last word after another word, no mark between ("Lean in", "Worth fighting for"):
# not "..., in" or ". In", which name the work the entry is in
_WORD_THEN_WORD = re.compile(r"[A-Za-z\u00df-\u00ff]\s+[a-z]+$")
# words that end no title, only a line the title wraps after ("... under the" / "Equality
# Act (2010) Explained"): articles and conjunctions; not "of" or "die", which may end one
# ("Nothing to be frightened of", "Why we die")
_NEVER_LAST = frozenset((
    "a", "an", "the", "and", "or", "nor", "under", "der", "das", "des", "dem", "den", "und",
    "zum", "zur", "le", "la", "les", "et", "du"))
_CAPITALISED = re.compile(r"\b[A-Z\u00c0-\u00de][\w'’&-]+")
# an organisation, its stop, then its bracketed year or "n.d." ("Merriam-Webster. (n.d.).")
_BODY_STOP_YEAR = re.compile(
    rf"^([A-Z\u00c0-\u00de][^\d():;]{{1,80}}?)\.\s\((?:{YEAR_DIGITS}[a-z]?|n\.\s?d\.)\)[.:]?\s+"
    r"[\"“‘'A-Z\u00c0-\u00de]")


def dated_after_title(prev: str, text: str) -> bool:
    """`prev` is a whole dated entry on one line, its author element, year and a title that
    ends on a small word without its stop ("Sandberg, S. (2013) Lean in", "Pfaff, J. (2017)
    Locked in"), and `text` opens with an author element of its own and its bracketed year,
    then a capitalised title ("Government Equalities Office (2019) Gender ...",
    "Merriam-Webster. (n.d.). Resilience."): a new entry, not the title's rest. The element
    is a list of names (a comma or an initial) or two capitalised words or more, never a
    name alone as a title may cite it ("Commentary on" / "Hart (1961) The Concept ...")."""
    dated = HEAD_BRACKET_YEAR.match(prev) or HEAD_YEAR.match(prev)
    # the title after the year: words alone, no number ("Chapter 3 in")
    if not dated or any(c.isdigit() for c in prev[dated.end():]):
        return False
    if not _WORD_THEN_WORD.search(prev.rstrip()) or prev.split()[-1] in _NEVER_LAST:
        return False
    body = _BODY_STOP_YEAR.match(text)
    if body:
        return _reads_as_names(body.group(1))
    found = HEAD_BRACKET_YEAR.match(text)
    if not found or not _TITLE_OPENS.match(text, found.end() - 1):
        return False
    head = text[:text.rfind("(", 0, found.end())]
    several = bool(_NAME_LIST.search(head)) or len(_CAPITALISED.findall(head)) >= 2
    return several and _reads_as_names(head)
