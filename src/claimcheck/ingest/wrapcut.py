"""Where a one-a-line entry was cut: the line after it is its rest, by where the line stopped.

A hard wrap leaves a line that is no reference alone (a journal's abbreviated name cut before
its volume is read by `journalcut`). An entry whose lines so far print its year has its
authors and year; read with the list's habits:
- the line before stopped on a bare word ("Lindqvist, M. (2004). Harbour" / "Towns of the
  Baltic, Norvik Press."), in a list whose lines nearly all end as references end: the
  entry was cut mid-phrase when the line goes on in the title's case and brings what
  follows a title (a year, pages, a link, an imprint, a venue), and opens neither as entries
  do nor as a work cited alone (`cut_on_word`); a line that opens as a work cited alone
  (a name in title case and its comma, then an edition, a date or an imprint: "The
  Times, 4 June 1944, p. 5.") goes on only after a line cut where a wrap cuts, at the
  list's width (`titlecut.cited_alone`); after a word no entry ends on ("... of Water in"),
  whatever opens the line but an author element;
- the line before stopped on a title's full stop and the line is what only an entry's rest
  opens with: "In" and its work, a kind or access note ("Ph.D. Thesis, ...", "Retrieved
  from ..."), an imprint alone ("Cambridge, MA: Harbour Press."; `rest_after_stop`).
An undated entry is read by `lateyear` and `entryrest`. Each rule reads two bounded lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.ingest import journalcut, linehead, partcut, tailafter, titlecut, wordends
from claimcheck.ingest.authorhead import author_element
from claimcheck.ingest.bare import (
    HABIT,
    LINK,
    ONE_NAME,
    BareHabits,
    opens_entry,
    opens_surely,
)
from claimcheck.ingest.entryalone import (
    imprint_end,
    imprint_only,
    in_work,
    kind_lead,
    untitled_rest,
)
from claimcheck.ingest.entryrest import opens_with_names, tail_alone
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import ANY_YEAR, COMPLETE, LINK_CUE, MARKER, NUMBER_START, YEAR
from claimcheck.vocabulary import FUNCTION_WORDS

# A word no entry ends on: an article, a preposition or a conjunction ("The Politics of Water
# in", "Proceedings of the"); the line after it goes on however it opens, a list number aside
_FUNCTION_END = re.compile(rf"(?:^|\s)(?:{FUNCTION_WORDS})$")
# The line stops on a word of letters, or on a comma or colon after one: not on a number, a
# page or an identifier ("A&A, 561, A97", "PMID 19078963"), nor a semicolon between two
# works cited together ("... B158 (1985);"), nor a site's name ("www.journal.org")
_WORD_END = re.compile(r"(?:^|\s)[^\W\d_](?:[^\W\d_]|['’-])*[,:]?$")
# a content word: four letters or more, with its hyphened parts ("Self-based")
_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}[\w'’-]*")
_TAIL_WORDS = 3
_CASE = re.compile(r"\s(?:v|vs)\.?\s")  # a case's parties: "Marbury v. Madison"
_LINK_IN = re.compile(rf"{LINK_CUE}|\barxiv:", re.IGNORECASE)
# a meeting or a degree work: what an entry is in or is ("... Conference on ...", "Thesis")
_VENUE = re.compile(r"\b(?:Conference|Proceedings|Symposium|Workshop|Congress|Thesis|"
                    r"Dissertation)\b")
# Capitalised words (an initialism's inner stops kept, "U.S.") up to a stop, then a capital:
# a name or an organisation before its title ("U.S. Census Bureau. Thermophilic ...")
_NAME_STOP = re.compile(r"^(?:[A-Z][\w'’&.-]*\s){0,4}[A-Z][\w'’&-]*\.\s+[\"“A-Z]")
_RANGE = re.compile(r"\d\s*[-–]{1,2}\s*\d|\bpp?\.\s?\d|\bpages\s\d")  # pages, a range
_QUOTE_OPEN = re.compile(r"^(?:``|[\"“‘'„«])")  # a title first, quoted
_CONTAINER_NAMED = re.compile(r"(?:^|\s)(?:In:?|Proc\.|Proceedings)\s")
_HEAD = re.compile(r"^[^.,:;]*")  # the line up to its first punctuation
# Lines ending on a bare word are rare where this share of lines end as references end: only
# there is such an end evidence of a cut (a list whose entries lack their stop ends so too)
_CLOSED = 0.85
_SENTENCE_WORDS = 2  # content words in lower case that make a head a sentence-case title
_STOP_THEN = re.compile(r"[a-z]{2}[.?]\s+[A-Z(\d]")  # a sentence's stop, then more
_IN = re.compile(r"^In\s")  # "In" and a work, or a title ("In U.S. Custody: ...")
_HEAD_CHARS = 40  # an entry's author element and year open it within so many characters


def cut_on_word(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on a dated entry whose last line `prev` stopped on no punctuation, in a
    list whose lines end as references end (`_CLOSED`, see the module). Not after a place or a
    publisher (a whole book that lacks its stop, "London: Routledge"), nor before a list
    number, a link, a line that opens as entries do, or (after a word that may end an
    entry) one name, an organisation or an author element and its year."""
    closed = habit.closed >= _CLOSED or habit.bare_words < wordends.RARE
    if not entry_dated or not closed or habit.dated < HABIT:
        return False
    if end_kind(prev, False) != "word" or not _WORD_END.search(prev) or imprint_end(prev):
        return False
    if MARKER.match(text) or NUMBER_START.match(text) or LINK.match(text):
        return False
    if not same_case(prev, text):
        return False
    if _FUNCTION_END.search(prev.rstrip()):
        # cut after a word no entry ends on: only an author element and its year early in
        # the line, or names alone before a stop, open an entry there ("Smith, J. (2001).
        # ...", "Korsgaard, Christine M. The Sources ..." after "... Forthcoming in")
        year = opens_surely(text, habit) and YEAR.search(text[:_HEAD_CHARS])
        return not (year or opens_with_names(text))
    # a work cited alone after an entry lacking its stop ("Bell, S. (2010). The Decline of
    # the Fishing Industry" / "The Times, 4 June 1944, p. 5.") unless a wrap cut the line
    if titlecut.cited_alone(prev, text, habit):
        return False
    if opens_entry(text, habit) or wordends.PLACE_TAIL.search(prev) or past_title(prev, text):
        return False
    if title_first(text) or (_IN.match(text) and not in_work(text)):
        return False
    if not brings_rest(text):
        return False
    # one word and its stop opens an entry ("Homer. The Odyssey.") unless an imprint, a place
    # (and pages) or "In" and a work follows it alone, which no such entry is without its
    # title ("India. Delhi: Oxford UP.", "Erwerbsverläufe. Opladen.", "Programmes. In J.
    # Worrall (Ed.), ...")
    if ONE_NAME.match(text) and not untitled_rest(text.split(".", 1)[1].lstrip()):
        return False
    return not (author_element(text) or text[:1].isdigit())


def past_title(prev: str, text: str) -> bool:
    """The entry is past its title, so a cut on a word is no evidence of a wrap: the line
    before prints pages or a range ("(pp. 15-22). Leeds: Harbour Books", "vol. 6, 15--19,
    Computer Society Press Los Alamitos") or ends on a place or publisher ("(1995). Neural
    Maps Springer Heidelberg"); or the line opens with a quoted title, or is a journal's
    tail alone after a line that names its container ("In Proceedings of ... Data" / "Am.
    J. Phys., 52 (1984) 527.", an entry without authors)."""
    if _RANGE.search(prev) or _QUOTE_OPEN.match(text):
        return True
    words = prev.split()
    if any(start_kind(" ".join(words[-k:]), False, False, False) in ("place", "publisher")
           for k in range(1, min(len(words), _TAIL_WORDS) + 1)):
        return True
    return bool(_CONTAINER_NAMED.search(prev)) and tail_alone(text)


def brings_rest(text: str) -> bool:
    """The line brings what follows an entry's title: a year, pages, a volume and its pages,
    a link, a place or a publisher, a kind or access note or "In" and a work ("Towns of the
    Baltic, Norvik Press.", "Goals. Lancet 365: 1029-30."); a line of capitalised words
    alone is a title or a work of reference cited alone ("The Arabian Nights.", "Oxford
    English Dictionary Online.", "Encyclopaedia Britannica, 11th edition."), and a case
    names its parties ("Marbury v. Madison, 5 U.S. 137 (1803).")."""
    if _CASE.search(text):
        return False
    if ANY_YEAR.search(text) or COMPLETE.search(text) or _RANGE.search(text):
        return True
    if _LINK_IN.search(text) or _VENUE.search(text):
        return True
    parts = [part.strip() for part in journalcut.LINE_PARTS.split(text) if part.strip()]
    return any(start_kind(part, False, False, False) in ("place", "publisher")
               or in_work(part) or kind_lead(part) for part in parts)


def title_first(text: str) -> bool:
    """The line opens with a whole title in sentence case, then its stop and more: an entry
    without authors ("Preprint servers in the life sciences. Nature 2019; 569: 307."), not
    a title's rest ("Society for Research in Child Development Meeting, Montreal")."""
    head = _HEAD.match(text).group()  # type: ignore[union-attr]
    words = _LONG_WORD.findall(head)
    lower = sum(1 for word in words[1:] if word[0].islower())
    return bool(words) and words[0][0].isupper() and lower >= _SENTENCE_WORDS and bool(
        _STOP_THEN.search(text))


def same_case(prev: str, text: str) -> bool:
    """A title cut in its words goes on in the case it was written in: after a line whose
    last content words are all capitalised ("A Reasoned Approach", "Harbour"), the line's
    head (up to its first punctuation) capitalises its content words too ("Towns of the
    Baltic,", "Arid Lands."), not a sentence-case title of another entry ("Mitochondrial
    disorders in children."), nor a head in capitals after a line not in them, nor in
    another script."""
    tail = _LONG_WORD.findall(prev)[-_TAIL_WORDS:]
    head = _LONG_WORD.findall(_HEAD.match(text).group())  # type: ignore[union-attr]
    if head and all(word.isupper() for word in head) and not all(w.isupper() for w in tail):
        return False  # capitals after a line not in capitals: a name or a heading
    if tail and head and _latin(tail[-1]) != _latin(head[0]):
        return False  # another script: another entry ("... Стуттгарт" / "Michael Kasiske,")
    if not tail or not all(word[0].isupper() for word in tail):
        # a sentence-case title goes on in lower case or with a proper name, not with a
        # name and its stop ("... large join" / "U.S. Census Bureau. Thermophilic ...")
        return not _NAME_STOP.match(text)
    return all(word[0].isupper() for word in head)


def _latin(word: str) -> bool:
    """The word is written in Latin letters (accented ones included)."""
    return word[0] < "\u0250"


def cut_in_title(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on a dated entry whose last line `prev` stopped inside its title right
    after its author element and year (`titlecut.title_cut`), read as `cut_on_word` reads a
    list whose lines end as references end: the line before shows its cut itself. After a
    word no title ends on ("(2005), Der", "Das Leben als") only names ended by a stop open
    an entry ("Korsgaard, Christine M. The ...")."""
    if not titlecut.title_cut(prev, text, habit, entry_dated):
        return False
    if titlecut.ends_open(prev):
        return not opens_with_names(text)
    return cut_on_word(prev, text, replace(habit, closed=1.0), entry_dated)


def rest_after_stop(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is "In" and a work, a kind or access note, or an imprint alone after a dated
    entry whose last line `prev` stopped on a title's full stop (see the module): none is a
    reference alone. Not after an entry that ends on its imprint or a number, but an
    imprint alone goes on after a chapter's pages in brackets ("(pp. 78-117).")."""
    if not entry_dated or habit.dated < HABIT:
        return False
    # a title's question ends it as its stop does ("Who Governs?" / "New Haven, Yale ...")
    question = prev.rstrip().endswith("?")
    if end_kind(prev, False) != "stop" and not question:
        return False
    # a chapter's pages in brackets are followed by its book's imprint ("... (pp. 78-117)." /
    # "Stuttgart: Metzler."), which no reference is alone
    if _CHAPTER_PAGES.search(prev) and not question:
        return imprint_only(text)
    if _numbers_end(prev) or imprint_end(prev) or ONE_NAME.match(prev):
        return False
    if question:
        return imprint_only(text)
    return in_work(text) or kind_lead(text) or imprint_only(text)


# A chapter's pages in brackets ending the line: "(pp. 78-117).", "(S. 219-234)."
_CHAPTER_PAGES = re.compile(r"\((?:pp?|S)\.\s?\d{1,5}\s?[-–]\s?\d{1,5}\)\.$")
# An edition or a count of volumes at the line's end: "(3rd ed.).", "8. Auflage.", "2 Bde."
_EDITION_END = re.compile(
    r"\(?\d{1,2}(?:st|nd|rd|th|\.)?\s?(?:ed|edn|edition|Aufl|Auflage|Bde|Bd|vols?|éd)\.?\)?\.?$")
_TAIL = 12  # pages and numbers end a line within so many characters


def _numbers_end(prev: str) -> bool:
    """The line ends on a number (pages, a volume, a date), not on an edition ("(3rd
    ed.).", "8. Auflage.") nor on a short title after the entry's year ("(2000): Empire.")."""
    text = _EDITION_END.sub("", prev.rstrip()).rstrip()
    start = len(text) - _TAIL
    year = YEAR.search(text)
    if year is not None and year.end() > start and re.search(r"[^\W\d_]", text[year.end():]):
        start = year.end()
    return any(c.isdigit() for c in text[max(start, 0):])


# each joins a line to the entry before: (line before, line, list habits, entry dated)
RULES = (cut_on_word, rest_after_stop, cut_in_title, *partcut.RULES, titlecut.cut_on_article,
         titlecut.rest_after_title_alone,
         *journalcut.RULES, *linehead.RULES, *tailafter.RULES)
