"""A line that is the rest of a one-a-line entry by what it is, whatever it opens with.

Read against the entry so far (undated, cut on its title or on a word) and the list's habits:
- a journal's tail alone, the journal's words then volume and pages ("Proc Natl Acad Sci USA
  93:4857-4861, 1996.", "Cell (1998) 93: 805-14."), which `author_led` may read as names: no
  reference is its journal's tail alone, unless the list's entries open so (`tail_starts`,
  physics entries printed without authors);
- a plain word in lower case after a line stopped on a bare word ("... (1978) An" /
  "extraordinary new ...");
- after a word no entry ends on (an article, a preposition: "London: The" / "Harvill Press,
  1995."), the line that brings the entry's year.
Each reads two lines with bounded patterns; `tail_starts` reads the list once.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.ingest import containerline, entryalone
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
    opens_surely,
)
from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import end_kind
from claimcheck.ingest.starts import (
    MARKER,
    NUMBER_START,
    NUMBERED,
    SAME_AUTHORS,
    YEAR,
    author_led,
)
from claimcheck.vocabulary import FUNCTION_WORDS, NAME_PARTICLES_MORE, YEAR_DIGITS

_Y = YEAR_DIGITS
# A journal's tail alone: the journal's capitalised words (no comma inside), then an
# optional year ("(1998) ", "2000; ", "2018 Jun;"), then volume and issue and their pages
# ("93:4857", "51(4): 2844", "52, 183"; not a year, "Python 3, 2020."), or a volume, a
# bracketed year and pages ("35 (2014) 015013"): "Cell (1998) 93: 805-14."
_JOURNAL_TAIL = re.compile(
    rf"^(?:[A-Z][A-Za-z&'.-]*+\s?){{1,8}}[,.;]?\s*"
    rf"(?:\(\s?{_Y}\s?\)\s*|{_Y}[a-z]?\s?(?:[A-Z][a-z]{{2}}\s?)?;\s*)?[A-Z]?\d{{1,4}}\s*"
    rf"(?:(?:\(\d{{1,4}}(?:[-–]\d{{1,4}})?\))?\s*[:,]\s*(?!{_Y}\b)[A-Z]?\d"
    rf"|\(\s?{_Y}\s?\)\s*[A-Z]?\d)")
# A family name and its initials ("Weinberg S Phys Rev", "Bandura A. Self-efficacy.")
_FAMILY_INITIALS = re.compile(r"^[A-Z][\w'’-]+\s(?:[A-Z]\.?\s?){1,3}[\s,]")
# A sentence's end in the journal's words: a word of five letters or more, or in capitals,
# then a stop and a capital ("Self-efficacy. Psychol", "BENSON. Prog."; not "Proc. Natl.")
_SENTENCE_IN = re.compile(r"(?:\b[A-Za-z][a-z'’-]{4,}|\b[A-Z]{3,})\.\s+[A-Z]")
# A sentence-case subtitle and its stop before the journal: an editorial's title ("HIV: who
# and how. Lancet 2005;"); a container goes on in capitals ("Biochim Biophys Acta: Mol")
_LOWER_SUBTITLE = re.compile(r":\s[a-z][^.:;]*[.?!]\s+[A-Z]")


def tail_alone(text: str) -> bool:
    """The line is a journal's tail alone (`_JOURNAL_TAIL`), not an entry's authors and title
    before their journal."""
    tail = _JOURNAL_TAIL.match(text)
    if tail is None:
        return containerline.container_alone(text) and not (
            _FAMILY_INITIALS.match(text) or _LOWER_SUBTITLE.search(text))
    return not (_FAMILY_INITIALS.match(text) or _SENTENCE_IN.search(tail.group()))


_FAMILY_WORD = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def tail_starts(texts: list[str]) -> int:
    """How many lines of the list are a journal's tail alone after a line that printed a year
    and ended as whole entries end: where there are any, the list's entries may open with
    their journal (physics entries without authors, "Nucl. Instrum. Methods A 554 (2005)
    474."), and a tail is no evidence of a wrap. 0 where more tails follow an undated line of
    names and a title ("Adams J. Protein folding in vivo." / "Proc Natl Acad Sci USA ..."):
    one work of reference cited alone after a dated entry ("Encyclopaedia Britannica 1911,
    vol. 12, pp. 345-350.") makes no habit; names and a note ("J. Doe, unpublished.") no title."""
    after_dated = after_title = 0
    for prev, text in itertools.pairwise(texts):
        if not tail_alone(text):
            continue
        if dated(prev):
            after_dated += end_kind(prev, False) in WHOLE_ENDS
        else:
            after_title += end_kind(prev, False) == "stop" and names_then_title(prev)
    return after_dated if after_dated >= after_title else 0


def names_then_title(text: str) -> bool:
    """The line opens with names that hold a family name before their stop, then more
    ("Adams J. Protein folding", "Card, D. and ..."), not an initial's stop ("J. Doe,
    private communication.")."""
    return opens_with_names(text) and _FAMILY_WORD.search(text.partition(". ")[0]) is not None


def journal_tail(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is the journal, volume and pages of an undated entry whose last line `prev`
    stopped on its title: no reference is its journal's tail alone, so the line carries the
    entry on even where its words read as a name ("Proc Natl Acad Sci USA 93:4857-4861,
    1996.", "Physical Review E, 51(4): 2844--2855, 1995."). Not after an entry that ended as
    whole entries end or on its place or publisher ("Paris: PUF"), not a passage ("Mishnah
    Berakhot 1:1-5."), not a family name and its initials ("Weinberg S Phys Rev ...")."""
    if entry_dated or habit.dated < HABIT or habit.tail_starts or not dated(text):
        return False
    if MARKER.match(text):
        return False
    if not tail_alone(text) or _passage(text):
        return False
    if end_kind(prev, False) not in ("stop", "word") or any(c.isdigit() for c in prev[-12:]):
        return False
    # a classical author's short entry is whole: "Plato. Republic."
    return not (imprint_end(prev) or ONE_NAME.match(prev))


def _passage(text: str) -> bool:
    """The line cites a passage ("Mishnah Berakhot 1:1-5."), not a volume and its pages: no
    year outside the passage's numbers ("Aliment Pharmacol Ther (1994) 8:215-220.")."""
    found = PASSAGE.search(text)
    return found is not None and not YEAR.search(text[:found.start()] + " " + text[found.end():])


_HEAD = 40  # an entry's author element and year open it within so many characters
_AFTER_HEAD = 10  # and the entry goes on after its year
# A plain word in lower case opens the line ("extraordinary new ...", "of Epic, Ballads"); not
# a term that opens a title ("mRNA", "eIF4") nor a name's particle (`opens_entry` reads those)
_PLAIN_LOWER = re.compile(r"^[a-z\u00df-\u00ff]{2,}[\s,;:]")


def lower_after_word(prev: str, text: str, habit: BareHabits) -> bool:
    """`text` opens with a plain word in lower case after a line that stopped on a word with
    no punctuation ("Trueb L, Duellman WE (1978) An" / "extraordinary new casque-headed
    frog."), in a list whose lines end with a stop, a bracket, pages, a year or a link: the
    line before was cut mid-phrase, whatever years the two lines print. Not after a place or
    publisher (a whole book, "London: Routledge"), nor before a line that opens as entries
    do or with its year early ("bell hooks. 2000. Feminism is for everybody.")."""
    if habit.closed < HABIT or not _PLAIN_LOWER.match(text) or end_kind(prev, False) != "word":
        return False
    return not (opens_surely(text, habit) or YEAR.search(text[:_HEAD]) or imprint_end(prev))


# A word no entry ends on: an article, a preposition or a conjunction ("London: The", "Are
# We Threatening Our", "Journal of Guangdong Institute of", "Proot IM, Abu-Saad HH, de")
_FUNCTION_END = re.compile(rf"\s(?:{FUNCTION_WORDS})$")


# an organisation or a work of reference, then a quoted title: an entry's opening ('Internet
# Encyclopedia of Philosophy. "Republicanism." https://...'); three words or more, capitalised
# or small, no initials nor comma (not names going on: "Harrison DG. "Phosphorylation ...")
_ORG_WORD = r"(?:[A-Z][a-z][\w'’-]*|of|the|for|and|on|in|de|du|des|la|le|der|die|das|für|et)"
AUTHOR_THEN_QUOTED = re.compile(rf"^[A-Z][a-z][\w'’-]*(?:\s+{_ORG_WORD}){{2,}}\.\s+[\"“]")


def opens_with_names(text: str) -> bool:
    """The line opens with an author element: the same-author dash, or names alone ended by a
    stop and followed by more ("Korsgaard, Christine M. The ...", "Lee D, Chen H. Title")."""
    if SAME_AUTHORS.match(text):
        return True
    head, stop, rest = text.partition(". ")
    return bool(stop and rest) and author_led(text) and names_only(head)


_PARTICLES = frozenset((*NAME_PARTICLES_MORE, "y", "e", "et", "und"))
_INITIAL = re.compile(r"(?:[A-Z]\.?-?){1,3}")
_NAMES_SEP = re.compile(r",|;|&|\band\b")
# a Vancouver name, its initials' stop, then a capital: the names ended, a title began
# ("Moreau P, Lambert C. Influenza A"); names go on after a comma ("Lambert C., and")
_NAMES_THEN_TITLE = re.compile(r"\b[A-Z][a-z'’-]+\s[A-Z]{1,3}\.\s+[A-Z]")


def names_alone(prev: str) -> bool:
    """The line is names alone, cut on a connector or a particle ("T. Matsuura, S. C. van der
    Marck, and", "Proot IM, Abu-Saad HH, de"): no title's sentence in it (a word's stop, the
    same-author dash, a digit) and each name two words or fewer, initials and particles aside
    ("Wang Y. Hepatitis A" is a name and a title)."""
    bare = NUMBERED.sub("", prev, count=1)
    if SAME_AUTHORS.match(bare) or INNER_STOP.search(bare) or any(c.isdigit() for c in bare):
        return False
    if _NAMES_THEN_TITLE.search(bare):
        return False
    return all(
        len([w for w in part.split() if w not in _PARTICLES and not _INITIAL.fullmatch(w)]) <= 2
        for part in _NAMES_SEP.split(bare))


def word_cut_brings_year(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """An undated entry whose line stopped on a word no entry ends on (an article, a
    preposition, a conjunction), in a dated list whose lines end with a stop, a bracket,
    pages, a year or a link, goes on with the next line that brings its year, even one whose
    words read as names ("A Void. London: The" / "Harvill Press, 1995.", "Our Stolen Future:
    Are We Threatening Our" / "Fertility, Intelligence, and Survival? ... 1996."; a line
    stopped on another word may end an entry that lacks its stop, "... Holographic
    Entropy"). Not before a list number, a link, a year first, or an author element and its
    year early in the line ("Smith, J. (2001). ...")."""
    if entry_dated or habit.closed < HABIT or habit.dated < HABIT or not dated(text):
        return False
    if not _FUNCTION_END.search(prev) or any(c.isdigit() for c in prev[-12:]):
        return False
    if MARKER.match(text) or NUMBER_START.match(text) or LINK.match(text):
        return False
    # a whole entry after a title cut on a word: the line opens with its own author element, a
    # sentence of names alone before its title ("Korsgaard, Christine M. The Sources ...",
    # "Lee D, Chen H. Title. ...", "———. Madness ..."); only names cut on a particle go on
    # with names ("Proot IM, Abu-Saad HH, de" / "Vries H, ...")
    if opens_with_names(text) and not names_alone(prev):
        return False
    # an author element and its year, then the rest of an entry ("Smith, J. (2001). Title");
    # not a publisher and the year that ends the entry ("Harvill Press, 1995.")
    year = YEAR.search(text[:_HEAD])
    return year is None or len(text) - year.end() < _AFTER_HEAD


# An entry's opening element that names no person: an organisation or a title, capitalised
# words (an acronym, small words between) up to its first stop, no comma and no initials
# ("Bank of England. Inflation Report.", "The Arabian Nights.", "IUPAC. Compendium ...";
# not "Card, D. and ...", "Benner P. From ...", "Le Roy Ladurie, Emmanuel.")
_CAPITALISED = r"(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff][\w'’-]*|[A-Z]{2,})"
_NAMELESS = re.compile(
    rf"^{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|{_ORG_WORD}))*\.(?:\s+[\"“A-Z\u00c0-\u00de]|$)")


def work_after_nameless(prev: str, size: int, text: str) -> bool:
    """`text` is a container and its numbers alone (`containerline.container_alone`, not a
    journal's tail by `_JOURNAL_TAIL`) after an entry of one line that names no person
    (`_NAMELESS`): an organisation's or a title's undated entry is whole ("Bank of England.
    Inflation Report.", "Uniform Commercial Code."), and the line is a work of reference, a
    statute book or a magazine's issue cited alone ("Encyclopaedia Britannica 1911, vol. 12,
    pp. 345-350.", "Newsweek, Spring 2001, pp. 4-5."); a person's undated title goes on with
    its container ("Card, D. and Krueger, A. Minimum wages ..." / "American Economic Review
    1994, 84(4), pp. 772-793.")."""
    return (size == 1 and bool(_NAMELESS.match(prev)) and _JOURNAL_TAIL.match(text) is None
            and containerline.container_alone(text))


def _lower_rule(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`lower_after_word`, which reads no date, in the rules' shape."""
    return lower_after_word(prev, text, habit)


# each joins a line to the entry before: (line before, line, list habits, entry dated)
# (`journal_tail` is read apart, in `entrycut.goes_on`: `work_after_nameless` vetoes it)
RULES = (_lower_rule, word_cut_brings_year, entryalone.rest_alone,
         entryalone.container_after_title)
