"""What a line of a one-a-line list lacks to be a reference alone: content, not shape.

Every reference has its title (a book's, an article's, a page's) and, in a list of dated
entries, its year. A hard wrap after an entry's title leaves a line that has no title of its
own; read alone, it is only
- a container and its numbers: the journal, proceedings or series, then the year, volume and
  pages, no sentence before them ("Natl Med J India 2000; 13:16-18.", "Seminars in
  ophthalmology, 2010. 25(5-6): p. 265-270.", "Artificial Intelligence, 42(2-3), 393-405.";
  `container_alone`, joined by `entryrest.journal_tail` after an undated title and by
  `container_after_title` after a dated one), or
- an imprint, "In" and a venue, or what an entry says of its kind or access ("Cambridge,
  Mass.: Harvard University Press, 1997.", "In NeurIPS, 2016.", "PhD thesis, MIT, 2004.";
  joined by `rest_alone` when it brings an undated entry's year).
Whether a line ends on its imprint (`imprint_end`: a whole book ends so) is read here too.
The other way round, an entry that is so far names alone has no title yet (`entrycut`).
Each reads one or two lines with bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, ONE_NAME, PASSAGE, SAME_AGAIN, BareHabits, dated
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import MARKER, YEAR
from claimcheck.vocabulary import YEAR_DIGITS

_FIRST_DIGIT = re.compile(r"\d")
# A sentence's end inside the head: a word of five letters or more, or in capitals, and its
# stop before a capital ("reactions. Natl"); journal abbreviations are shorter ("Proc. Natl.")
_SENTENCE_IN = re.compile(
    r"\b[A-Za-z][a-z'’-]{4,}\.\s*[\"“A-Z\u00c0-\u00de]|\b[A-Z]{3,}\.\s+[\"“A-Z\u00c0-\u00de]")
# A head that is a work's own name, not a container's: quotes, a case ("Brown v. Board"), a link
_OWN_NAME = re.compile(r"[\"“”„«»]|\sv\.?\s|\svs\.?\s|https?:|www\.", re.IGNORECASE)
# names: initials first, a family name and a comma before initials, "et al."
# (not a journal's abbreviation alone before its numbers, "J. Climate, 14, 4073-4090.")
_NAMES_HEAD = re.compile(
    r"^(?:[A-Z\u00c0-\u00de]\.[\s-]?){1,3}\s?[A-Z][\w'’-]+\s*(?:,|\band\b|&)\s*\S"
    r"|^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s?[A-Z\u00c0-\u00de]\.|\bet al\b")
_WORD = re.compile(r"[^\W\d_]+")
# The words a container's numbers carry: pages, volume, issue, supplement, article, a month
_TAIL_WORDS = frozenset((
    "p", "pp", "page", "pages", "s", "seite", "seiten", "vol", "volume", "bd", "no", "nr",
    "n", "num", "issue", "heft", "h", "jg", "suppl", "supplement", "art", "article", "e",
    "doi", "pt", "part", "passim", "jan", "january", "feb", "february", "mar", "march", "apr",
    "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
    "september", "oct", "october", "nov", "november", "dec", "december", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober",
    "dezember", "spring", "summer", "autumn", "fall", "winter"))
_MONTHS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin"
           r"|juil|août|sept|oct|nov|déc|Jän|Mär|Okt|Dez)[a-zéû]*\.?")
_DAY_MONTH = re.compile(
    rf"\b\d{{1,2}}\.?\s{_MONTHS}(?=\s|,)|\b{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?,", re.IGNORECASE)
_LINKS = re.compile(r"\b10\.\d{4,9}/\S+|https?://\S+|\d+[a-z]\d*")
# A volume that is not the year, then its issue or pages: "57:438", "25(5-6):", "46, pages";
# not a version and its year ("Python 3, 2020.")
_VOLUME = re.compile(
    rf"(?<![\d.])(?!{YEAR_DIGITS}\b)\d{{1,4}}\s*(?:\(\d[^)]{{0,8}}\))?\s*[:,]\s*"
    rf"(?:(?:pp?|pages?)\.?\s*)?(?!{YEAR_DIGITS}\b)\d")
# A volume (not a year), perhaps its issue, and a page range or a page after a colon: "42(2-3),
# 393-405", "41: 1111-1141", "167: 12"
_VOLUME_PAGES = re.compile(
    rf"(?<![\d.])(?!{YEAR_DIGITS}\b)\d{{1,4}}\s*(?:\(\d[^)]{{0,8}}\))?\s*"
    r"(?:,\s*(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+|:\s*[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)")
_THOUSANDS = re.compile(r"\d,\d{3}\b")
# Pages after their word: "p. 43-44", "pp. 95-102", "pages 222-228", "S. 12" (not a statute's
# section, "Finance Act 2019, s. 12.")
_PAGES_WORD = re.compile(r"\b(?:pp?|[Pp]ages?|S)\.?\s*\d")
_HEAD_WORDS = 10
# a short form, one or two family names then the year: "Hall and Soskice 2001, p. 45."
_SHORT_FORM = re.compile(
    rf"^[A-Z][\w'’-]+(?:\s(?:and|&|und|et)\s[A-Z][\w'’-]+)?,?\s\(?{YEAR_DIGITS}[a-z]?\b")
_TAIL_CHARS = 80  # a container's numbers are short; a longer rest holds more than numbers


def container_alone(text: str, year: bool = True) -> bool:
    """The line is a container and its numbers alone: up to ten words without a sentence's
    stop, a quote or a case's "v." (the container's name), then from its first digit only
    the year, volume, issue, pages and a DOI, with their words ("p.", "Vol.", a month).
    Without `year`, the line need not print one, but must hold a volume and its pages."""
    digit = _FIRST_DIGIT.search(text)
    if digit is None or not text[:1].isupper():
        return numbers_alone(text)
    head, tail = text[:digit.start()], text[digit.start():]
    if len(head.split()) > _HEAD_WORDS or not _WORD.search(head) or len(tail) > _TAIL_CHARS:
        return False
    # not names: initials first ("M. Gerritsma, J. ..., Journal of ... 229, 8333 (2010)"), a
    # name and its initials ("Foster, M. A. et al. ..."), or a list of them between commas
    if _SENTENCE_IN.search(head) or _OWN_NAME.search(head) or _NAMES_HEAD.search(head):
        return False
    # a day and its month is a newspaper's date ("The Times, 3 May 2001, p. 4."): a whole
    # entry, cited by its date
    if head.count(",") > 1 or _DAY_MONTH.search(text):
        return False
    # a volume, or (after a name of two words or more, not a short form's "Weber 1922, pp.
    # 45-47") pages after their word
    pages = (_PAGES_WORD.search(tail) and len(head.split()) > 1
             and not _SHORT_FORM.match(text))
    if year and not YEAR.search(text):
        return False
    if not year:
        # without its year a container alone needs its volume and pages whole ("42(2-3),
        # 393-405", "14, 4073-4090", "45: 42:1-31"), not a number in thousands ("US Patent
        # 4,123,456.")
        return bool(_VOLUME_PAGES.search(tail)) and not _THOUSANDS.search(tail) and (
            _tail_words_only(tail))
    return bool(_VOLUME.search(tail) or pages) and _tail_words_only(tail)


def _tail_words_only(tail: str) -> bool:
    """The text's words are only those a container's numbers carry (links and DOIs aside)."""
    return all(word.lower() in _TAIL_WORDS for word in _WORD.findall(_LINKS.sub(" ", tail)))


_YEAR_OPENS = re.compile(rf"^\(?{YEAR_DIGITS}[a-z]?\b")


def numbers_alone(text: str) -> bool:
    """The line is a year and a volume and pages alone, Vancouver's tail after its journal
    ("2012 Jun; 24(2): p. 113-119.", "2013; 31:1307-1310. doi: 10.1007/..."): no words but
    those numbers carry, so no title and no name."""
    if not _YEAR_OPENS.match(text) or len(text) > _TAIL_CHARS:
        return False
    return bool(_VOLUME.search(text)) and _tail_words_only(text)


_IMPRINT_WORDS = 8
# A place, perhaps its region, then a colon and the publisher: "Cambridge, Mass.: Harvard"
_INNER_STOP = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}\.\s")
# what a publisher's name does not hold: an article ("A Cultural History", "of a Metropolis")
_TITLE_WORDS = re.compile(r"^\s*(?:A|An)\s|\s(?:a|an|the)\s")
_PUBLISHER_NAME = re.compile(r"\b(?:Press|Publish\w*|Books|Verlag|University)\b")
_ENDS_ON_YEAR = re.compile(rf"{YEAR_DIGITS}[a-z]?\)?[.;]?$")


def imprint_alone(text: str) -> bool:
    """The line is an imprint alone: it opens with a place or a publisher (`kinds`), holds no
    sentence's stop and at most eight words, and ends on its year ("Ithaca, NY:
    Paleontological Research Institution; 1967.", "Springer-Verlag, 1985.")."""
    kind = start_kind(text, False, False, False)
    # a place needs its publisher's colon ("Oxford English Dictionary, 1989." is a work)
    if kind != "publisher" and (kind != "place" or ":" not in text):
        return False
    body = text.rstrip(" .")
    if kind == "place":
        # a publisher's name before the colon, or an article after it: a title ("Berlin: A ...")
        before, _, after = body.partition(":")
        if _PUBLISHER_NAME.search(before) or _TITLE_WORDS.search(" " + after):
            return False
    return (len(body.split()) <= _IMPRINT_WORDS and not _INNER_STOP.search(body + " ")
            and bool(_ENDS_ON_YEAR.search(text.rstrip())))


# "In" and the work an entry is in, by its editors' initials and a family name after them
# (then a comma, "and", "&" or "(Ed."), its acronym and a comma, or "Proc."/"Proceedings"
# ("In ICML, 2019.", "In CVPR 2016, pages", "In R. Port and T. van Gelder, editors, ..."); not
# a title that opens with "In" ("In Search of Lost Time.", "In DNA We Trust.", "In U.S.
# Custody: Detainees ...", "In ICU: Stories from the Ward", "In Process: ...")
_IN_WORK = re.compile(
    r"^In:?\s+(?:(?:[A-Z]\.\s?){1,3}(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+(?:,|\sand\s|\s&|\s\()"
    r"|(?:the\s)?Proc(?:\.|eedings\b)"
    r"|[A-Z][a-z]*[A-Z][A-Za-z-]*(?:\s\d{2,4})?,)")


def in_work(text: str) -> bool:
    """The line opens with "In" and the work an entry is in (see `_IN_WORK`)."""
    return bool(_IN_WORK.match(text))


# What an entry says of its kind or its access after its title, never where it opens: "PhD
# thesis, MIT, 2004.", "Preprint, 1996.", "ArXiv, abs/2006.03654, 2020.", "Unpublished
# manuscript.", "Available from: http://..."; a word that may open a title ("Manuscript
# Culture", "Preprint servers in the life sciences", "Thesis writing guide") only before
# punctuation, a number or a word going on with the kind ("Working paper no. 12")
_KIND_GOES_ON = (r"at|in|on|from|to|for|of|submitted|available|posted|under|accepted"
                 r"|manuscript|thesis|dissertation|report|paper|draft|version|data|work"
                 r"|preprint|no|series")
_KIND_LEAD = re.compile(
    r"^(?:(?:Ph\.?\s?D\.?|Master'?s|M\.?\s?Sc\.?|Doctoral|Diploma|Bachelor'?s)\s"
    r"(?:[Tt]hesis|[Dd]issertation)\b"
    r"|(?:Preprint|[Aa]r[Xx]iv|Technical [Rr]eport|Tech\.\s?[Rr]ep\.?|Working [Pp]aper"
    r"|Discussion [Pp]aper|Unpublished|Submitted|Manuscript|Thesis|Dissertation)"
    rf"(?=[,.:;]|\s(?:\d|(?:{_KIND_GOES_ON})\b))"
    r"|(?:Available|Retrieved|Accessed|Disponible|Verfügbar|Abgerufen)\s(?:at|from|on|online"
    r"|sur|en|unter|am)\b)")


def kind_lead(text: str) -> bool:
    """The line opens with what an entry says of its kind or access (see `_KIND_LEAD`)."""
    return bool(_KIND_LEAD.match(text))


_TAIL_PART = re.compile(r"[,;–—]\s")  # what follows the last comma or dash: ", London."
_ANY_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")


def _year_outside(text: str) -> bool:
    """The line prints a year outside its volume, pages and links ("Lancet 370: 1569-1577."
    and "doi: 10.1016/j.cub.2005.09.052" print none)."""
    numbers = _VOLUME_PAGES.search(text)
    rest = text if numbers is None else text[:numbers.start()] + " " + text[numbers.end():]
    return bool(_ANY_YEAR.search(_LINKS.sub(" ", rest)))


def imprint_end(prev: str) -> bool:
    """The line ends on a place or publisher, as a whole book entry does ("Paris: PUF",
    "..., London.", "London: Routledge")."""
    last = prev.rstrip(" .").rsplit(". ", 1)[-1]
    return any(start_kind(part, False, False, False) in ("place", "publisher")
               for part in (last, _TAIL_PART.split(last)[-1].strip()))


def rest_alone(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is an imprint alone ("Cambridge, Mass.: Harvard University Press, 1997."), "In"
    and the work an entry is in ("In ICML, 2019.") or what an entry says of its kind or
    access ("PhD thesis, MIT, 2004."), with the year an undated entry
    lacks, whose last line `prev` stopped on its title: neither is a reference alone, though
    a place may read as a name ("Cambridge, M"). Not after an entry that ended as whole
    entries end or on its imprint, unless the imprint was cut in its publisher's name
    ("Cambridge: Cambridge" / "University Press, 2007."), nor after "Plato. Republic."."""
    if entry_dated or habit.dated < HABIT or not dated(text):
        return False
    if not (imprint_alone(text) or in_work(text)
            or kind_lead(text)):
        return False
    if end_kind(prev, False) not in ("stop", "word") or any(c.isdigit() for c in prev[-12:]):
        return False
    cut_imprint = end_kind(prev, False) == "word" and start_kind(
        text, False, False, False) == "publisher"
    return not ONE_NAME.match(prev) and (cut_imprint or not imprint_end(prev))


def container_after_title(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text`, without a year, is a container and its volume and pages alone ("Artificial
    Intelligence, 42(2-3), 393-405.", "J. Climate, 14, 4073-4090."), after a dated entry
    whose last line `prev` stopped on its title: no reference is a container alone, and the
    entry has its authors, year and title but no container yet. Not after an entry that
    ended on its place or publisher or on a number, nor after "Plato. Republic.", nor a
    passage, nor where the list's entries open with their journal (`tail_starts`)."""
    if not entry_dated or habit.dated < HABIT or habit.tail_starts or _year_outside(text):
        return False
    # "Ibid., 3, 45-47.", a note of its own, is no container
    if MARKER.match(text) or SAME_AGAIN.match(text):
        return False
    if not container_alone(text, year=False):
        return False
    if end_kind(prev, False) != "stop" or any(c.isdigit() for c in prev[-12:]):
        return False
    return not (PASSAGE.search(text) or imprint_end(prev) or ONE_NAME.match(prev))
