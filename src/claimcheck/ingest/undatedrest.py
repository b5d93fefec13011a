"""The line after an undated entry's title, in a one-a-line list: its source and year alone.

A hard wrap after an entry's title, in a list whose entries print their year, leaves an
entry of names and a title without a year ("Hobb R. Ship of Magic.", "Mosteller F, Wallace
D. Inference and disputed authorship: The Federalist.") and a line that brings the source
and year it lacks, written as one element: a journal, publisher, series or imprint, then the
year set off by punctuation, and at most numbers or a short note after it ("Voyager;
1998.", "American Statistical Association Journal; 1963 Jun.", "Computational
Intelligence Journal, 1995. Submitted.", "Homewood, Illinois: Richard D. Irwin, Inc.,
1966."). A reference alone has a title before its source: a line with a sentence of its
own before the year, or a title after it, is an entry ("Drug-resistant tuberculosis in
Italy. Eur Respir J. 2012;40:497.", "WHO. (2013). Global report ...").

Only where the list's entries print their year after their title (`year_heads`): in an
author-date list the year follows the names, and an entry whose head lacks it is undated
and whole ("Baker, S. Unpublished field notes." / "Thesis collection, University of Leeds,
1998."). `source_after_title` reads two lines with bounded patterns; the list's habits
(`bare`, `year_heads`) are read once.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, LINK, ONE_NAME, BareHabits, names_only, opens_surely
from claimcheck.ingest.entryalone import imprint_alone, imprint_end, imprint_only, kind_lead
from claimcheck.ingest.entryrest import names_then_title, tail_alone
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import (
    MARKER,
    NUMBER_START,
    ORG_WITH_YEAR,
    YEAR,
    YEAR_LEAD,
    author_led,
)
from claimcheck.ingest.titlecut import KIND_TAIL as _KIND_TAIL
from claimcheck.parse.bareimprint import SEASONS
from claimcheck.parse.tokens import MONTH_NAMES
from claimcheck.vocabulary import NOT_YET_PRINTED, PUBLISHER_WORDS, YEAR_DIGITS, either_case

# The year set off as a source prints it: after a comma, semicolon, colon, stop or bracket,
# a month or season between ("; 1963 Jun.", ", May 1989.", "(2000) 57:438", ". 2012;40"),
# or before a journal's volume ("Lancet 1998; 352:"); not a year inside a name ("Equality
# Act 2010.", "Apollo 11"). A capitalised word is a month or a season only when it names one
# ("Summer 1947", "März 1998"; not a place, "Roma 1983")
_NAMED = "|".join(sorted((word.capitalize() for word in MONTH_NAMES | SEASONS), key=len,
                         reverse=True))
_MONTH = (rf"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|{_NAMED}"
          rf"|[a-zéû]{{3,9}})\s(?:\d{{1,2}},?\s)?)?")
_SET_OFF_YEAR = re.compile(
    rf"(?:[,;:.]\s?|\(\s?){_MONTH}{YEAR_DIGITS}[a-z]?\b|\s{YEAR_DIGITS}\s?;\s?\d")
# A sentence's stop before a capital: a word of five letters or more, or in capitals
# ("in Italy. European", "BENSON. Prog."); a journal's abbreviations are shorter ("Proc.
# Natl. Acad. Sci.", "Inc.,")
# (a word of 41 characters at most: unbounded, a run of hyphenated letters, "a-a-a-...",
# is tried from each of its letters to its end, quadratic in the run)
SENTENCE = re.compile(r"(?:\b[A-Za-z][a-z'’-]{4,40}|\b[A-Z]{3,})[.?!]\s+[\"“‘A-Z]")
# A title after the year: the year's bracket or mark, then two capitalised or plain words
# ("(2013). Global report", "2019: Das Kapital")
_TITLE_AFTER = re.compile(r"^\)?[.:]\s+[\"“‘]?[A-Z\u00c0-\u00de][\w'’-]*\s+[\w'’-]+\s+\w")
_TAIL = 60  # what follows the year: numbers, pages, a short note ("Submitted.")
# what names a container or a publisher: "Computational Intelligence Journal, 1995.",
# "Hutchinson University Library, 1975.", "Richard D. Irwin, Inc., 1966."
_SOURCE_WORD = re.compile(
    rf"\b(?:Journal|Review|Proceedings|Proc|Bulletin|Quarterly|Annals|Transactions|Letters"
    rf"|Magazine|Conference|Workshop|Symposium|Series|Library|Books|{PUBLISHER_WORDS}"
    rf"|Inc|Ltd|Co|Company|[EÉ]ditions|Editorial|Edizioni)\b")
_PLACE_COLON = re.compile(r"^[A-Z][\w'’ -]{1,30}\s?:\s")  # "Strasbourg : Istra"
# A volume's mark and number, which reads as a name and its initial: "Volume I", "Bd. 2"
_VOLUME_MARK = re.compile(r"^(?:Vol(?:ume)?\.?|Band|Bd\.|Tome|Tomo|Teil)\s(?:[IVXLC]+|\d+)\b")
_HEADS = 0.5  # the share of dated lines with the year after the names that makes a list author-date
# what no source alone holds before its year: a case's "v." ("Roe v. Wade"), a title's
# subtitle and its stop ("In DNA We Trust: The Ethics of Genomic Data. New York"), a
# title's opening "In", a sentence's stop after two plain lower-case words ("Ebola: the end
# is not yet. BMJ"; a source's lower-case words are abbreviations: "Brit. med. J.")
_NOT_SOURCE = re.compile(
    r"\sv\.?\s[A-Z]|:\s[A-Z](?:[^.:]|:(?!\s[A-Z]))*[a-z]\.\s[A-Z]|^In\s"
    r"|\b[a-z][a-z'’-]{0,40}\s[a-z][a-z'’-]+[.?!](?:\s+[A-Z]|$)")
# (linear: the subtitle's run stops at the next colon and capital, where its own try
# starts; the first plain word is bounded as `SENTENCE`'s is)
# A title after the year without the mark `_TITLE_AFTER` reads, or of two words: two words
# after the year's bracket ("(2019) Annual Report."), a capitalised word and a plain
# lower-case one (". 2010. Annual report."), unless a note ("Epub ahead of print", "Second
# edition", "In press", "Published online"; three words are `_TITLE_AFTER`'s)
_WORDS_AFTER = re.compile(
    r"^(?:\)\s+(?=[A-Z][\w'’-]*\s+[A-Za-z])|\)?[.:]?\s+(?=[A-Z][a-z'’-]+\s+[a-z]))")
# A name of capitalised words and its stop, then a title's two words: an author element
# ("World Bank. Public Expenditure Review, 2010."), not a journal's abbreviation and its
# note ("Lancet Infect Dis. Epub 2015 Jan 3.")
_NAME_STOP = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]+)+\.\s+[A-Z][\w'’-]+\s+[A-Za-z]")
_NOTE_AFTER = re.compile(
    rf"E-?pub|Published|{either_case(NOT_YET_PRINTED)}|[A-Z][a-z]+\s(?:edition|ed\.)")


_WORD_STOP = re.compile(r"[a-z]{3}[.?!]\s")  # a title's sentence, not an initial's or "al."


_YEAR_END = re.compile(rf",\s?{YEAR_DIGITS}[a-z]?\.?$")  # the imprint's year: ", 2004."


def _imprint(text: str) -> bool:
    """The line is an imprint and its year alone (`entryalone`)."""
    return imprint_alone(text) or imprint_only(_YEAR_END.sub(".", text))


def year_heads(texts: list[str]) -> float:
    """The share of the lines opening with names and printing a year whose year follows the
    names, nothing else before it ("Adams, R. 2004. Title", "Zald, D.H., ... (2008).";
    not "Hart, H. L. A. The Concept of Law. Oxford: ..., 1961.")."""
    heads = total = 0
    for text in texts:
        year = YEAR.search(text)
        if year is None or not author_led(text) or _imprint(text):
            continue  # an imprint and its year read as names: a wrapped entry's rest
        total += 1
        head = text[:year.start()].rstrip(" .,(:")
        heads += names_only(head) and not _WORD_STOP.search(head)
    return heads / max(total, 1)


# Names led by initials, or a family name and its initials, then a comma or "and" and more
# ("O. Shechory and S. Kraus. Feasible ...", "A. Edery, Casimir forces ...", "ROSANVALLON
# P., La Démocratie ...")
_INITIALS_NAMES = re.compile(
    r"^(?:(?:[A-Z]\.\s?-?){1,3}[A-Z][\w'’-]+(?:,\s|\sand\s|\s&\s)"
    r"|[A-Z][\w'’-]+,?\s(?:[A-Z]\.\s?){1,3},\s)(?=\S)")
_TITLE_WORDS = 3  # the title after the names: a few words, not "J. Doe, unpublished."


def _names_then_title(prev: str) -> bool:
    """The line opens with names and goes on with a title (`entryrest.names_then_title`, or
    names led by initials, see `_INITIALS_NAMES`)."""
    if names_then_title(prev):
        return True
    found = _INITIALS_NAMES.match(prev)
    return found is not None and len(prev[found.end():].split()) >= _TITLE_WORDS


def source_after_title(prev: str, text: str, habit: BareHabits, size: int) -> bool:
    """`text` is the source and year (see the module) of the undated entry of one line `prev`
    that opens with names and stops after its title. Not after "Plato. Republic." or a
    whole book ending on its imprint, not in a list whose entries may open with their
    journal (`tail_starts`: unsigned editorials), not a line that opens with a list number,
    a year, a link or the same author."""
    if size != 1 or habit.dated < HABIT or habit.tail_starts or habit.year_heads >= _HEADS:
        return False
    if end_kind(prev, False) != "stop" or any(c.isdigit() for c in prev[-12:]):
        return False
    if not _names_then_title(prev) or ONE_NAME.match(prev) or imprint_end(prev):
        return False
    if MARKER.match(text) or NUMBER_START.match(text) or LINK.match(text) or YEAR_LEAD.match(
            text):
        return False
    # a line that opens as entries do, unless a journal whose words read as names ("Arch Gen
    # Psychiatry (2000) 57:438-444."), a body and its year ("Computational Intelligence
    # Journal, 1995."; a title after the year is read below) or an imprint ("New York,
    # Oxford University Press, 2004.") or a volume's mark ("Volume I, Milano 2007.")
    if opens_surely(text, habit) and not (tail_alone(text) or ORG_WITH_YEAR.match(text)
                                          or _imprint(text) or _VOLUME_MARK.match(text)):
        return False
    year = _SET_OFF_YEAR.search(text)
    if year is None and (_VOLUME_MARK.match(text) or _short_title(prev)):
        # a title-first work cited alone prints its place and year so too ("Dizionario
        # epigrafico di antichità romane, Roma 1895."): only after a main title's few words
        year = _place_year(text)
    if year is None:
        return False
    before, after = text[:year.start() + 1], text[year.end():]
    if any(c.isdigit() for c in before) or _NOT_SOURCE.search(before):
        return False  # a volume, a report's number or a case before the year: a work alone
    if SENTENCE.search(before) or _TITLE_AFTER.match(after) or len(after) > _TAIL:
        return False
    words = _WORDS_AFTER.match(after)
    if words and not (kind_lead(after[words.end():]) or _NOTE_AFTER.match(after[words.end():])):
        return False
    if _NAME_STOP.match(before) and start_kind(text, False, False, False) not in (
            "place", "publisher"):
        return False  # an organisation's name, then its title
    if SENTENCE.search(after) or _KIND_TAIL.search(prev.rstrip(" .")):
        return False  # "Brown A. Personal communication." is whole
    return _names_a_source(text, year, after)


# A place and its year at the line's end, without a comma between ("..., Roma 1983.")
_PLACE_YEAR = re.compile(rf",\s(?P<place>[A-Z][^,\d]{{1,30}}?)(?P<year>\s{YEAR_DIGITS})\.?$")


def _place_year(text: str) -> re.Match[str] | None:
    """The year of an imprint printed as place and year ("Studi di lingua poetica greca,
    Roma 1983."): the match from the year's space, when the place is a known one."""
    found = _PLACE_YEAR.search(text)
    if found is None or start_kind(found.group("place") + found.group("year"), False, False,
                                   False) != "place":
        return None
    return _YEAR_SPACE.search(text, found.start("year"))


_YEAR_SPACE = re.compile(rf"\s{YEAR_DIGITS}\b")
_MAIN_TITLE_WORDS = 3  # a main title before its subtitle is short ("Ermeneutica e oralità.")


def _short_title(prev: str) -> bool:
    """The title after the names is a few words, as a main title cut before its subtitle:
    after names led by initials ("L. Bottin, "), a stop after a family name ("Bottin L.
    ", "Raz, Joseph. ") or else the first comma ("Luigi Bottin, ")."""
    found = _INITIALS_NAMES.match(prev)
    if found:
        title = prev[found.end():]
    elif names_then_title(prev):
        title = prev.partition(". ")[2]
    else:
        title = prev.partition(", ")[2]
    return 0 < len(title.split()) <= _MAIN_TITLE_WORDS


def _names_a_source(text: str, year: re.Match[str], after: str) -> bool:
    """The line names a source, not a work alone ("Oxford English Dictionary, 1989.",
    "Treaty of Versailles, 1919.", "Equality Act (2010)."): its volume and pages after the
    year, a container's or publisher's word, an imprint, or its year set off by a
    semicolon as a journal's is ("Voyager; 1998.", "Osteoporos Int; 2015.")."""
    if any(c.isdigit() for c in after) or text[year.start()] == ";" or _imprint(text):
        return True
    before = text[:year.start()]
    return bool(_SOURCE_WORD.search(before) or any(
        _PLACE_COLON.match(part.strip()) or start_kind(part.strip(), False, False, False) in (
            "place", "publisher") for part in before.split(",")[1:]))
