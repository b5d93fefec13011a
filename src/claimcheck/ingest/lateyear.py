"""Where an entry's year is, in a one-a-line list: a line that brings the year its entry lacks.

In a dated list (`bare.HABIT`) an entry whose lines so far print no year is cut before its
year when the next line brings one and does not open as entries do: a place and publisher
("Solomon, Ezra. The Theory of Financial Management." / "New York: Columbia University
Press, 1963."), a journal and its volume, the rest of a title cut on a word ("Gibson,
William. Burning" / "Chrome. New York: HarperCollins, 2003."), or the title after a line of
authors alone ("P. Havlak and K. Kennedy." / "An implementation of ..., 1991.").

An undated entry that is whole keeps the next: one that ends as entries end (pages, a
number, a year, a link, "in press"), or whose next line opens with its author element and
year ("OECD, 2000.", "Platon (2007)."), initials and a name, a name and initials, "et al.",
a list number, or given names first; after a sentence's full stop or a bracket ("Plato.
Republic.") only a line that opens as an entry's rest does (a place, a journal and its
volume, "In") is joined.

The other way round, a line without a year that follows a dated entry's title (a full stop
after no number) and opens as no entry does is that entry's rest ("Paper presented at the
meeting of ...", `rest_after_title`), unless the list's dated entries mostly end on a
title's stop (there an entry ends on its title). And an author list cut before its last
name's initials ("..., Sutton" / "GG, Smith HO ... 2001."), every name before the cut
showing initials, is one entry (`names_cut_before_initials`). Read per boundary, constant
time; the list's habits once (`habits`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.ingest import (
    adjectiveend,
    bare,
    capitalword,
    englishadjective,
    entrycut,
    entryrest,
    forenamecut,
    headyear,
    imprintcut,
    imprintrest,
    linehead,
    markcut,
    namesline,
    opentitlerest,
    titlecut,
    undatedrest,
    wordends,
)
from claimcheck.ingest.authorhead import AUTHORS_OPEN, HEAD_YEAR, LONG_HEAD_YEAR
from claimcheck.ingest.bare import (
    HABIT,
    INNER_STOP,
    LINK,
    ONE_NAME,
    PASSAGE,
    WHOLE_ENDS,
    BareHabits,
    dated,
    names_only,
    opens_entry,
)
from claimcheck.ingest.headyear import last_parts, title_end
from claimcheck.ingest.kinds import end_kind, start_kind
from claimcheck.ingest.starts import ANY_YEAR, LINK_CUE, YEAR_LEAD
from claimcheck.vocabulary import YEAR_DIGITS

_AND = re.compile(r"\b(?:and|und|et)\b|&")
TITLE_ENDS = 0.5  # the share of dated lines ending on a title's stop that makes it the habit
# An organisation and a comma, as an undated entry opens: "European Commission, Case ..."
ORG_COMMA = re.compile(
    r"^[A-Z\u00c0-\u00de][\w'’&-]*(?:\s(?:[a-z]{1,3}\s)*[A-Z\u00c0-\u00de][\w'’&-]*){1,4},\s")
_LINK_IN = re.compile(LINK_CUE, re.IGNORECASE)
# Any year, also inside a date ("6.10.1993", "1.3.1994") that the list's year pattern skips


def prints_year(text: str) -> bool:
    """The line prints a year, however written, or a date printed as none ("n.d.", "in
    press"): an entry with such a line is dated, and no later line brings its year."""
    return dated(text) or bool(ANY_YEAR.search(text))

# After a sentence's full stop, what only an entry's rest opens with: a place or a word, a
# colon, a publisher (no bracket) and the year ("Trier: WVT 2003.", "Paulo: Atlas, 1981.",
# not the title "Domesday Book: A Complete Translation (London, 2002)."), a journal and its
# volume, then what follows a volume ("Communications of the ACM, 29(12)", "Development 127:
# 1607", "Biological Cybernetics, 50 363-396"; not a year, a date, a report or a section:
# "September 11, 2001", "vom 23. Mai", "410 U.S. 113", "Apollo 11 mission"; nor a version
# and its year alone, "Python 3, 2020."), or "In" and its
# work
_REST_AFTER_STOP = re.compile(
    rf"^(?:[A-Z\u00c0-\u00de][\w.'’ -]{{0,30}}:\s[^.:(]{{1,40}}?\s{YEAR_DIGITS}\b"
    r"|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d)"
    rf"[A-Z][^.:;\d]{{0,60}}?[,\s]\s*(?!{YEAR_DIGITS}\b)\d{{1,4}}(?:\s*\(\d+\))?"
    rf"(?:\s*[:(,;](?!\s*{YEAR_DIGITS}\.?$)|\s+\d)"
    r"|(?:In|In:|Im|Dans|En)\s)")


def brings_year(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` carries on the entry whose last line is `prev` and whose lines so far print
    a year or not (`entry_dated`), as the module says. A bare year opening the line ("2006.
    Title") carries on only a line of authors alone (elsewhere it opens an entry without
    authors)."""
    if entry_dated or habit.dated < HABIT or not dated(text):
        return False
    # authors alone, then their year ("K. Y. Chen & M. L. Chang." / "(2011). User ...")
    year_after_names = bool(YEAR_LEAD.match(text)) and _authors(prev)
    if (opens_entry(text, habit) and not year_after_names) or LINK.match(text) or (
            YEAR_LEAD.match(text) and not year_after_names):
        return False
    if any(c.isdigit() for c in prev[-12:]) or end_kind(prev, False) in WHOLE_ENDS:
        return False
    kind = start_kind(text, False, False, False)
    if kind == "names" or AUTHORS_OPEN.match(text) or HEAD_YEAR.match(text):
        return False
    # an entry that ends on its place and publisher ("Paris: PUF", "..., Budapest") is
    # whole, unless the line goes on with a publisher ("Cambridge" / "University Press")
    if LONG_HEAD_YEAR.match(text) or (kind != "publisher" and any(
            start_kind(part, False, False, False) == "place" for part in last_parts(prev))):
        return False
    # after a line cut on a word ("Gibson, William. Burning") in a list whose lines end with
    # a stop, a bracket, pages, a year or a link, anything (where lines end on a word,
    # "Opladen: Westdeutscher Verlag", a whole entry does too); after a sentence or a
    # bracket (a title, "Plato. Republic."), only what an entry's rest opens with; after
    # authors alone, the title too
    cut = end_kind(prev, False) == "word" and habit.closed >= HABIT
    return cut or _authors(prev) or kind in (
        "place", "publisher") or bool(_REST_AFTER_STOP.match(text))




def _authors(text: str) -> bool:
    """The line is two authors or more alone ("P. Havlak and K. Kennedy.", "R. Fikes, M.
    Cutkosky, T. Gruber,", "Hurley JH, Hanson PI."), not one name and a title ("Plato.
    Republic.", "Tolstoy, Leo. War and Peace.": no initial, a sentence's stop inside); a
    list number aside ("[48] ")."""
    text = namesline.without_number(text)
    if not _INITIALS.search(text) and INNER_STOP.search(text):
        return False
    # two names alone need "and" or both their initials ("Sladek JR, Sladek CD.")
    two = text.count(",") == 1 and all(
        _INITIALS.search(part) for part in text.rstrip(". ").split(","))
    return names_only(text) and (text.count(",") >= 2 or bool(_AND.search(text)) or two)


def rest_after_title(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text`, without a year, is the rest of a dated entry (`entry_dated`) whose last line
    `prev` stopped at a sentence's full stop without a number (its title; not its place or
    publisher, "Bonn.", "New York: Continuum."): "Paper presented at the meeting of ...",
    "Gemeinsam leben. Heft 3, S. 143 f.". Not a line with a link, nor one that opens as
    entries do, nor with one name, an organisation, an author's initials or in lower case,
    nor a passage ("Beowulf.", "World Health Organization. Global report ...", "European
    Commission, Case ...", "numpy developers,"): an undated entry after a dated one."""
    if not entry_dated or habit.dated < HABIT or prints_year(text) or not title_end(prev):
        return False
    # where dated entries mostly end on a title's stop, an entry whole ends there too
    if habit.title_ends >= TITLE_ENDS:
        return False
    if opens_entry(text, habit) or _LINK_IN.search(text) or ONE_NAME.match(text):
        return False
    # a lower-case entry ("numpy developers,") or a passage of a text ("Mishnah Berakhot
    # 1:1-5.") is an undated entry of its own
    lower = text[:1].islower()
    return not (lower or PASSAGE.search(text) or AUTHORS_OPEN.match(text)
                or ORG_COMMA.match(text))


# Initials first ("GG, Smith", "P. P53", "JC "), not a family name in capitals and its
# initials ("YAO A.C.")
_INITIALS_LEAD = re.compile(
    r"^(?:[A-Z]{1,3}(?:\.|,|\s)|(?:[A-Z]\.\s?){1,3}[,\s])(?!\s*[A-Z]\.)")
# Initials anywhere: "Venter JC", "Tetu B", "P. A. M. Dirac", "J.-P."
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]{1,3}|(?:[A-Z]\.\s?-?)+)(?:[\s,]|$)")
_NAME_END = re.compile(r"[A-Z][a-z\u00df-\u00ff'’-]+$")


def names_cut_before_initials(prev: str, text: str, habit: BareHabits, entry_dated: bool
                              ) -> bool:
    """A list of names cut between a family name and its initials ("Venter JC, Adams MD,
    Sutton" / "GG, Smith HO, ... 2001.", "Navarro J. F., Frenk" / "C. S., White S. D. M.,
    1997, ApJ"): the line before is names alone (two or more) ending on a family name, the
    line opens with initials and brings the year the entry lacks."""
    if entry_dated or habit.dated < HABIT or not dated(text):
        return False
    # (a list's number before the names is no name's digit: "7. Berument SK, Rutter")
    prev = namesline.without_number(prev)
    names = names_only(prev) and prev.count(",") >= 1 and bool(_NAME_END.search(prev))
    # every name before the cut shows its initials: not "Cochrane Library, John Wiley,
    # Chichester", "Wolfram Research, Mathematica, Champaign, Illinois"
    before = [part for part in prev.split(",")[:-1] if part.strip()]
    names = names and all(_INITIALS.search(part) for part in before)
    return names and bool(_INITIALS_LEAD.match(text))


# each joins a line to the entry before (`markcut`: a quote left open, an abbreviation no
# entry ends on, a subtitle's dash; `adjectiveend`: a German adjective before its noun;
# `capitalword`: an article with its capital, a publisher's last words; `englishadjective`:
# an English adjective before its noun in a title-case title; `forenamecut`: names cut
# between a given name and its family name; `imprintcut`: a publisher's name cut)
RULES = (brings_year, rest_after_title, names_cut_before_initials, markcut.mark_cut,
         adjectiveend.cut_on_adjective, capitalword.capital_cut,
         englishadjective.cut_on_english_adjective, forenamecut.cut_after_given_name,
         imprintcut.rest_of_publisher)


def habits(texts: list[str]) -> BareHabits:
    """The list's habits (`bare.habits`) and the share of its lines printing a year that end
    on a title's stop (`title_end`), of its heads of names and year that do and are followed
    by another head, and of its lines of names and year alone."""
    found = bare.habits(texts)
    years = [text for text in texts if prints_year(text)]
    ends = sum(1 for text in years if title_end(text))
    alone = sum(1 for text in years if entrycut.names_and_year(text))
    heads = [headyear.head_year(text) for text in texts]
    return replace(found, title_ends=ends / max(len(years), 1),
                   names_year=alone / max(len(texts), 1), tail_starts=entryrest.tail_starts(texts),
                   note_runs=linehead.note_runs(texts), open_titles=titlecut.open_titles(texts),
                   year_heads=undatedrest.year_heads(texts),
                   bare_words=wordends.bare_words(texts),
                   own_dated=headyear.own_dated(texts, heads),
                   title_wholes=headyear.title_wholes(texts, heads),
                   own_undated=imprintrest.own_undated(texts),
                   open_wholes=opentitlerest.open_wholes(texts, heads),
                   head_bare_ends=opentitlerest.head_bare_ends(texts, heads))
