"""A line that is a container and its numbers alone: a journal, proceedings or series, then
the year, volume, issue and pages ("Natl Med J India 2000; 13:16-18.", "Seminars in
ophthalmology, 2010. 25(5-6): p. 265-270.", "Artificial Intelligence, 42(2-3), 393-405."), or
the numbers alone ("2012 Jun; 24(2): p. 113-119."). A hard wrap after an entry's title leaves
such a line (`entryalone`, `entryrest.journal_tail`); it has no title of its own. Each
pattern reads one bounded line.
"""

from __future__ import annotations

import re

from claimcheck.ingest.starts import LINK_END, YEAR
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
# (a run of digits read from its first digit only: from every digit, a long run costs its square)
LINKS = re.compile(rf"{LINK_END}|(?<!\d)\d+[a-z]\d*")
# A volume that is not the year, then its issue or pages: "57:438", "25(5-6):", "46, pages";
# not a version and its year ("Python 3, 2020.", "vol. 3, 2019-20"); after a colon a first
# page that reads as a year begins a range ("17(22):1913-24", "110(6):1561-70")
_PAGE_WORD = r"(?:(?:pp?|pages?)\.?\s*)?"
# (one "\s*" to a gap: two in a row try every split of a run of spaces, its square)
_VOLUME = re.compile(
    rf"(?<![\d.])(?!{YEAR_DIGITS}\b)\d{{1,4}}\s*(?:\(\d[^)]{{0,8}}\)\s*)?"
    rf"(?::\s*{_PAGE_WORD}(?!{YEAR_DIGITS}\b(?!\s?[-–]\s?\d))|,\s*{_PAGE_WORD}(?!{YEAR_DIGITS}\b))\d")
# A volume (not a year), perhaps its issue, and a page range or a page after a colon: "42(2-3),
# 393-405", "41: 1111-1141", "167: 12"
VOLUME_PAGES = re.compile(
    rf"(?<![\d.])(?!{YEAR_DIGITS}\b)\d{{1,4}}\s*(?:\(\d[^)]{{0,8}}\)\s*)?"
    r"(?:,\s*(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+|:\s*[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)")
_THOUSANDS = re.compile(r"\d,\d{3}\b")
# Pages after their word: "p. 43-44", "pp. 95-102", "pages 222-228", "S. 12" (not a statute's
# section, "Finance Act 2019, s. 12.")
_PAGES_WORD = re.compile(r"\b(?:pp?|[Pp]ages?|S)\.?\s*\d")
_HEAD_WORDS = 10
_HEAD_CHARS = 160  # ten words of a container's name at most (a bound on the patterns' cost)
# a short form, one or two family names then the year: "Hall and Soskice 2001, p. 45."
_SHORT_FORM = re.compile(
    rf"^[A-Z][\w'’-]+(?:\s(?:and|&|und|et)\s[A-Z][\w'’-]+)?,?\s\(?{YEAR_DIGITS}[a-z]?\b")
# a journal's name of capitalised words listed between commas, "&" or "and" (no initial, no
# stop): "Handlung, Kultur, Interpretation, ", "Psychoanalysis, Culture & Society, "
_CAPITALISED = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+"
_WORDS_LISTED = re.compile(
    rf"^{_CAPITALISED}(?:(?:,|\s(?:&|and|und))?\s{_CAPITALISED})+,\s*$")
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
    words = len(head.split())
    if len(head) > _HEAD_CHARS or words > _HEAD_WORDS or not _WORD.search(head) \
            or len(tail) > _TAIL_CHARS:
        return False
    # not names: initials first ("M. Gerritsma, J. ..., Journal of ... 229, 8333 (2010)"), a
    # name and its initials ("Foster, M. A. et al. ..."), or a list of them between commas
    if _SENTENCE_IN.search(head) or _OWN_NAME.search(head) or _NAMES_HEAD.search(head):
        return False
    # a day and its month is a newspaper's date ("The Times, 3 May 2001, p. 4."): a whole
    # entry, cited by its date
    # (without a year, a journal named by a list of capitalised words may hold commas:
    # "Handlung, Kultur, Interpretation, 10(1), 12-28.")
    listed = not year and bool(_WORDS_LISTED.match(head))
    if (head.count(",") > 1 and not listed) or _DAY_MONTH.search(text):
        return False
    if year and not YEAR.search(text):
        return False
    if not year:
        # without its year a container alone needs its volume and pages whole ("42(2-3),
        # 393-405", "14, 4073-4090", "45: 42:1-31"), not a number in thousands ("US Patent
        # 4,123,456.")
        return bool(VOLUME_PAGES.search(tail)) and not _THOUSANDS.search(tail) and (
            _tail_words_only(tail))
    # a volume, or (after a name of two words or more, not a short form's "Weber 1922, pp.
    # 45-47") pages after their word
    pages = _PAGES_WORD.search(tail) and words > 1 and not _SHORT_FORM.match(text)
    return bool(_VOLUME.search(tail) or pages) and _tail_words_only(tail)


def _tail_words_only(tail: str) -> bool:
    """The text's words are only those a container's numbers carry (links and DOIs aside)."""
    return all(word.lower() in _TAIL_WORDS for word in _WORD.findall(LINKS.sub(" ", tail)))


_YEAR_OPENS = re.compile(rf"^\(?{YEAR_DIGITS}[a-z]?\b")


def numbers_alone(text: str) -> bool:
    """The line is a year and a volume and pages alone, Vancouver's tail after its journal
    ("2012 Jun; 24(2): p. 113-119.", "2013; 31:1307-1310. doi: 10.1007/..."): no words but
    those numbers carry, so no title and no name."""
    if not _YEAR_OPENS.match(text) or len(text) > _TAIL_CHARS:
        return False
    return bool(_VOLUME.search(text)) and _tail_words_only(text)
