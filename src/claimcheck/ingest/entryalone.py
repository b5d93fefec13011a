"""What a line of a one-a-line list lacks to be a reference alone: content, not shape.

Every reference has its title (a book's, an article's, a page's) and, in a list of dated
entries, its year. A hard wrap after an entry's title leaves a line that has no title of its
own; read alone, it is only
- a container and its numbers: the journal, proceedings or series, then the year, volume and
  pages, no sentence before them ("Natl Med J India 2000; 13:16-18.", "Seminars in
  ophthalmology, 2010. 25(5-6): p. 265-270.", "Artificial Intelligence, 42(2-3), 393-405.";
  `containerline.container_alone`, joined by `entryrest.journal_tail` after an undated title and by
  `container_after_title` after a dated one), or
- an imprint, "In" and a venue, or what an entry says of its kind or access ("Cambridge,
  Mass.: Harvard University Press, 1997.", "In NeurIPS, 2016.", "PhD thesis, MIT, 2004.";
  joined by `rest_alone` when it brings an undated entry's year).
Whether a line ends on its imprint (`imprint_end`: a whole book ends so) is read here too, and
whether it is an imprint alone without its year (`imprint_only`).
The other way round, an entry that is so far names alone has no title yet (`entrycut`).
Each reads one or two lines with bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import (
    HABIT,
    INNER_STOP,
    ONE_NAME,
    PASSAGE,
    SAME_AGAIN,
    BareHabits,
    dated,
)
from claimcheck.ingest.containerline import LINKS, VOLUME_PAGES, container_alone
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import ANY_YEAR, MARKER
from claimcheck.vocabulary import (
    ACCESS_LEADS,
    ACCESS_LINKS,
    EDITOR_WORDS_EN_DE,
    PLACE_NAMES,
    PUBLISHER_WORDS,
    YEAR_DIGITS,
)

_IMPRINT_WORDS = 8
# what a publisher's name does not hold: an article ("A Cultural History", "of a Metropolis")
_TITLE_WORDS = re.compile(r"^\s*(?:A|An)\s|\s(?:a|an|the)\s")
_PUBLISHER_NAME = re.compile(r"\b(?:Press|Publish\w*|Books|Verlag|University)\b")
_ENDS_ON_YEAR = re.compile(rf"{YEAR_DIGITS}[a-z]?\)?[.;]?$")
_PUBLISHER_WORDS = 3
# A place unknown to `kinds` (with its state, "Rutherford, NJ:"), its colon and a
# publisher's capitalised name, no article after the colon (not a title, "Berlin: A
# Biography"): "Delhi: Oxford University Press."
_PLACE_COLON = re.compile(r"^[A-Z][\w'’ -]{1,30}?(?:,\s[A-Z]{2})?:\s+[A-Z]")
_ARTICLE_AFTER_COLON = re.compile(r":\s+(?:A|An|The)\s")
SENTENCE_STOP = re.compile(r"[a-z]{2,}\.\s")  # a sentence's stop inside ("Press. Retrieved")


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
    return (len(body.split()) <= _IMPRINT_WORDS and not INNER_STOP.search(body + " ")
            and bool(_ENDS_ON_YEAR.search(text.rstrip())))


def imprint_only(text: str, year: bool = False) -> bool:
    """A place, its colon and a publisher, or a publisher and its place, alone: at most eight
    words, no sentence inside, no year unless `year` ("Cambridge, MA: MIT Press.",
    "Routledge, London."; `wrapcut` joins it after a title's stop)."""
    kind = start_kind(text, False, False, False)
    body = text.rstrip(" .")
    if _place_then_publisher(body):  # "New York, Basic Books.": a place needs no colon then
        kind = "publisher"
    if kind not in ("place", "publisher") and not _PLACE_COLON.match(text):
        return False
    if not year and (dated(text) or ANY_YEAR.search(text)):
        return False
    if (kind == "place" and ":" not in body) or _ARTICLE_AFTER_COLON.search(body):
        return False  # a place needs its publisher; an article after the colon opens a title
    # after the colon a publisher, or a name of three words at most: not a title's rest
    # ("Paris: Capital of the Nineteenth Century.", an entry without authors)
    after = body.partition(":")[2].strip()
    if after and start_kind(after, False, False, False) not in ("place", "publisher") and len(
            after.split()) > _PUBLISHER_WORDS and not _PUBLISHER_NAMED.match(after):
        return False
    return len(body.split()) <= _IMPRINT_WORDS and not SENTENCE_STOP.search(body + " ")


# A publisher named after its place ("Oxford University Press", "Cambridge University
# Press"): capitalised words only, ending on a publisher's word, nothing else on the line
_NAMED_PUBLISHER = re.compile(r"^(?:[A-Z][\w'’&-]*\s){1,4}(?:University\s)?(?:Press|Verlag|Books)$")
# A firm of partners, one family name each, joined by a comma, "&" or "and" ("Harcourt,
# Brace", "Rinehart & Company", "Farrar, Straus and Giroux", "Little, Brown & Co."): not a
# place and its country ("Paris, France", one name) nor a library ("Bodleian Library")
_PARTNERS = re.compile(r"^[A-Z][a-z]+(?:(?:,\s|\s&\s|\sand\s)[A-Z][a-z]+\.?){1,3}$")


def _place_then_publisher(body: str) -> bool:
    """A known place, its comma, then a publisher ("Cambridge, Harvard University Press",
    "New York, Basic Books"; `kinds`), also one whose name opens with a place's ("New
    York, Oxford University Press") or a firm of partners ("New York, Harcourt, Brace"); a
    place may bring its state ("Cambridge, MA., MIT Press", "Cambridge,Mass., Harvard
    University Press"); a place the list of places lacks, one or two capitalised words,
    before a name ending on a publisher's word ("Berkeley, University of California
    Press"); a firm of partners, then a known place ("Chapman & Hall, London")."""
    parts = _PLACE_STATE.match(body)
    if parts is None:
        return False
    place, publisher = parts.group("place"), parts.group("rest")
    if _PARTNERS.match(place) and start_kind(publisher, False, False, False) == "place":
        return publisher.count(",") == 0 and len(publisher.split()) <= 2
    if _PUBLISHER_NAMED.match(publisher) and _PLACE_WORDS.match(place):
        return True
    return start_kind(place, False, False, False) == "place" and (start_kind(
        publisher, False, False, False) == "publisher" or bool(
        _NAMED_PUBLISHER.match(publisher) or _PARTNERS.match(publisher)))


# A place, perhaps its state ("MA.", "Mass.", "IL"), a comma, then the rest of the imprint
_PLACE_STATE = re.compile(
    r"^(?P<place>[^,]{2,40}?)(?:,\s?(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.))?\.?,\s?(?P<rest>[A-Z].*)$")
_PLACE_WORDS = re.compile(r"^[A-Z][a-zß-ÿ]+(?:\s[A-Z][a-zß-ÿ]+)?$")
# A publisher's name: capitalised words, small linking words between, ending on a
# publisher's word ("University of California Press", "Leske + Budrich Verlag")
_PUBLISHER_NAMED = re.compile(
    rf"^(?:[A-Z][\w&'’.-]*\s(?:(?:of|for|and|the|&|\+)\s)?){{0,5}}(?:{PUBLISHER_WORDS}|Books)$")


# "In" and the work an entry is in, by its editors' initials and a family name after them
# (then a comma, a semicolon, "and", "&" or "(Ed."; a given name may open them: "In Philip E.
# Tetlock & Aaron Belkin (Eds.)"), its acronym and a comma, or "Proc."/"Proceedings"
# ("In ICML, 2019.", "In CVPR 2016, pages", "In R. Port and T. van Gelder, editors, ..."); not
# a title that opens with "In" ("In Search of Lost Time.", "In DNA We Trust.", "In U.S.
# Custody: Detainees ...", "In ICU: Stories from the Ward", "In Process: ...")
_IN_WORK = re.compile(
    r"^In:?\s+(?:(?:[A-Z]\.\s?){1,3}(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+(?:,|;|\sand\s|\s&|\s\()"
    # a given name first only with the editors' mark after a comma or bracket ("In Philip E.
    # Tetlock & Aaron Belkin (Eds.)", "..., eds.,"): a title names a person so too ("In
    # Memoriam W. B. Yeats, 1865-1939."); not "2nd ed."
    rf"|[A-Z][a-z\u00df-\u00ff]+\s(?=.*[,(]\s?(?i:{'|'.join(EDITOR_WORDS_EN_DE)})\b)"
    r"(?:[A-Z]\.\s?){1,3}(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+(?:,|;|\sand\s|\s&|\s\()"
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
    rf"|(?:{ACCESS_LEADS})\s(?:{ACCESS_LINKS})\b)")


def kind_lead(text: str) -> bool:
    """The line opens with what an entry says of its kind or access (see `_KIND_LEAD`)."""
    return bool(_KIND_LEAD.match(text))


# a known place and a chapter's pages alone: "London, pp. 174-189." (a place alone, "Beowulf.
# London.", may be a work cited with its place)
_PLACE_ALONE = re.compile(rf"^(?:{PLACE_NAMES}),\s(?:pp?|S)\.\s?\d+\s?[-–]\s?\d+\.?$")


def untitled_rest(rest: str) -> bool:
    """`rest` is an imprint, a place and pages, or "In" and a work alone: an entry's rest,
    no title."""
    return imprint_only(rest, year=True) or in_work(rest) or bool(_PLACE_ALONE.match(rest))


_TAIL_PART = re.compile(r"[,;–—]\s")  # what follows the last comma or dash: ", London."


def _year_outside(text: str) -> bool:
    """The line prints a year outside its volume, pages and links ("Lancet 370: 1569-1577."
    and "doi: 10.1016/j.cub.2005.09.052" print none)."""
    numbers = VOLUME_PAGES.search(text)
    rest = text if numbers is None else text[:numbers.start()] + " " + text[numbers.end():]
    return bool(ANY_YEAR.search(LINKS.sub(" ", rest)))


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
