"""Which run of words before a year is a cited name, once `authoryear.py` has matched one.

`plausible`: an unknown name counts only in the shapes citations take (inside parentheses,
before "(year)", with "et al.", several names), never as an acronym or a product name.

`split_names`: the names of a printed author list ("Smith, Jones & Lee", "ANDRADE; LAROS",
"SMITH AND JONES").

`listed_inside`: "GI Naiktari et al. (2014)", "reduced GI in Chainani et al.'s (2014)", "the
study in China PAN et al. (1997)", "confined to Africa见邓伟等（2014）": the author pattern
takes the whole capitalised (or unspaced) run before the year as one name the list lacks.
Here the listed name is looked for inside the run: where a later name may start, which
gaps join two authors (and so forbid dropping the first), and whether the words left out
differ in kind from the listed name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from claimcheck.citations.names import CONJUNCTIONS, GLUED_CONJUNCTIONS, PARTICLES, name_keys
from claimcheck.citations.scripts import UNSPACED, UPPER, is_uncased, name_fold

AuthorsAt = Callable[[int], "re.Match[str] | None"]  # the author list starting at an offset
FirstName = Callable[["re.Match[str]"], str]  # the first name of an author-list match

# where a later name may start: after a space, or anywhere in a Han or kana run, which is
# written unspaced ("Africa见邓伟等（2014）")
_WORD_START = re.compile(rf"(?<=[ \u00a0\n])\w|(?=[{UNSPACED}])")
_HAN_TAIL = 8  # a CJK name and a glued "et al." ("欧阳文华ほか") fit in the run's last 8
_INITIALS = re.compile(rf"[ \u00a0][{UPPER}]{{1,3}}$")
# "HiSeq 2000", "GenBank 2010": products, not "McGill" (a name the list has passes first)
_CAMEL_PRODUCT = re.compile(r"(?<!\w)(?!Mc|Mac|De|Le|La|Di|Da|Du|Van|Von)[A-Z][a-z]+[A-Z]")
COMMA = "[,\uff0c\u3001\u060c]"  # the ASCII, CJK and Arabic commas
_WORDS = "|".join(c for c in CONJUNCTIONS if c != "&")
_SPLIT_NAMES = re.compile(
    rf"\s*(?:{COMMA}\s*(?:(?:{_WORDS})\s+|&\s*)?|;\s*|\u30fb|\s+(?:{_WORDS}|&)\s+)"
    rf"|\s+[{GLUED_CONJUNCTIONS}](?=\w)"
)
# in a run printed in capitals the conjunction is in capitals too: "SMITH AND JONES (2001)"
_SPLIT_CAPITALS = re.compile(r"\s+(?:AND|UND|ET|E|Y|&)\s+")
_ACRONYM = 5  # the longest short form taken for an acronym before a name
# a word followed by punctuation or by a word that is not in capitals ("MRSA strains")
_CAPITALS_ALONE = re.compile(
    rf"(?<![\w\-])([{UPPER}]{{2,{_ACRONYM}}})(?![\w\-])(?![ \u00a0\n]+[{UPPER}]{{2}})"
)
_SEPARATED = re.compile(  # the end of a gap that joins two authors: "Smith and |", "Smith, |"
    rf"(?:[,;\uff0c\u3001]|(?<!\w)(?:{'|'.join(re.escape(c) for c in CONJUNCTIONS)}))"
    r"[ \u00a0\n]*$"
)


def split_names(printed: str, known: frozenset[str]) -> list[str]:
    """The names of a printed author list. In capitals, "AND" joins two names when the
    list has the first ("SMITH AND JONES (2001)") and not the whole ("FOOD AND AGRICULTURE
    ORGANIZATION", "INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA")."""
    names = [n for n in _SPLIT_NAMES.split(printed) if n]
    if not printed.isupper():
        return names
    return [part for n in names for part in _capitals_split(n, known)]


def _capitals_split(name: str, known: frozenset[str]) -> list[str]:
    parts = [p for p in _SPLIT_CAPITALS.split(name) if p]
    if len(parts) == 1 or name_fold(name) in known or not name_keys(parts[0]) & known:
        return [name]
    return parts


def listed_inside(authors: re.Match[str], known: frozenset[str], first_name: FirstName,
                  authors_at: AuthorsAt) -> re.Match[str]:
    """The author list starting inside `authors` whose first name the list has, else
    `authors`. Only a space or a joining word of names may stand before it, never "and" or
    a comma ("Smith and Jones": two authors, one of them unlisted), and the words left out
    must differ in kind from the name (case, script, a lower-case word): "National
    Academies" and "MARTÍN GARCÍA" stay whole."""
    body, sep = authors.string, authors.start("sep")
    for later in _WORD_START.finditer(body, authors.start() + 1, sep):
        if later.group() == "" and later.start() < sep - _HAN_TAIL:
            continue  # inside a Han or kana run a name is one of its last few characters
        inner = authors_at(later.start())
        if inner is None:
            continue
        first = first_name(inner)
        left_out = body[authors.start() : later.start()].split()
        gap = _SEPARATED.search(body[max(0, later.start() - 5) : later.start()])
        if gap and not (gap.group().strip() in ",;" and _case_break(left_out, first)):
            continue
        if name_keys(first) & known and _one_kind(first) and (
                any(_kind(w) != _kind(first) for w in left_out)
                or _acronyms_only(left_out, body, known)):
            return inner
    return authors


def _acronyms_only(words: list[str], body: str, known: frozenset[str]) -> bool:
    """Words left out that are short capitals the list lacks and the article also prints on
    their own ("strains of MRSA JUN et al. (2015)" beside "MRSA strains"): acronyms, not
    the first half of a two-word name ("MARTÍN GARCÍA" is never printed apart)."""
    standalone = _standalone_capitals(body)
    return all(len(w) <= _ACRONYM and w in standalone and not name_keys(w) & known
               for w in words)


@lru_cache(maxsize=4)
def _standalone_capitals(body: str) -> frozenset[str]:
    """Words in capitals the body prints with no other capitals word after them."""
    return frozenset(m.group(1) for m in _CAPITALS_ALONE.finditer(body) if m.group(1).isupper())


def _one_kind(name: str) -> bool:
    """No name ends in capitals after a word in title case: "Natural History LEE" is a
    title, then a name, unless the list has the whole ("NASA Goddard" may be one body)."""
    words = name.split()
    kinds = [_kind(w) for w in words]
    # a two-letter tail is as often a unit's or a body's short form as a surname ("HU")
    return not (kinds[-1:] == ["U"] and len(words[-1]) > 2 and "T" in kinds[:-1])


def _case_break(left_out: list[str], first: str) -> bool:
    """Names in capitals after words that are not ("In Brazil, SOARES and ALVES (2003)"):
    the comma ends the sentence's words, not a list of authors, which share one case."""
    return _kind(first) == "U" and all(_kind(w.strip(",;")) in "TL" for w in left_out)


def _kind(word: str) -> str:
    """"U" for capitals ("PAN", "GI"), "T" for a capital first ("China"), "L" for lower
    case ("in"), "X" for a script without case ("邓伟"), "M" for a run that mixes
    ("Africa见")."""
    uncased = sum(1 for c in word if is_uncased(c))
    if uncased:
        return "X" if uncased == len(word) else "M"
    if word.isupper() and len(word) > 1:
        return "U"
    return "T" if word[:1].isupper() else "L"


def _initials(name: str, listed: bool) -> bool:
    """A name that ends in initials ("Seifritz E"); not a surname in capitals after its
    particles, all in capitals ("DA LEY", "VAN DEN HEY": small capitals extracted as
    capitals) when the list has the group's first name (`listed`) or the surname is too
    long for an acronym. A lower-case particle
    before capitals is a preposition before an acronym ("da ANS (2019)", "do SUS")."""
    words = name.split()
    if not _INITIALS.search(name) or not words[:-1]:
        return bool(_INITIALS.search(name))
    particles = all(w.lower() in PARTICLES and w.isupper() for w in words[:-1])
    return not (particles and (len(words[-1]) >= 4 or listed))


def plausible(
    names: tuple[str, ...], shape: tuple[bool, bool, bool], known: frozenset[str]
) -> bool:
    """A name before a year is a callout when the list has it, or when the shape says so.

    An unknown single name counts only inside parentheses or before "(year)", and never
    when it is an acronym ("WHO 2019", "PDB 2010") the list does not have, unless the list
    prints its names in capitals. `shape` is (et al. printed, in or before parentheses,
    capitals list).
    """
    et_al, bracketed, capitals = shape
    if any(_initials(n, bool(name_keys(names[0]) & known)) for n in names):
        return False  # "Seifritz E and Kronenberg G (2021)": list style, the article's own byline
    if name_keys(names[0]) & known:
        return True
    if any(re.search(r"-[a-zа-яё]", n) for n in names):
        return False  # "Follow-up (2001)": a lower-case part only in a name the list has
    if capitals and bracketed and len(names[0]) > 3 and names[0].isupper():
        return True  # "(BRASIL, 2008)" in an article whose list is in capitals
    if not any(c.islower() for c in names[0]) or _CAMEL_PRODUCT.search(names[0]):
        return False  # an acronym, or a name without case the list does not have
    return et_al or len(names) > 1 or bracketed
