"""Splitting a printed author (or editor) list into `Author` values.

Handles "Family, I. I." (APA, Frontiers), "Family II" (Vancouver, PLOS), "I. I. Family"
(physics, IEEE), "Given Family" and Chicago's mixed "Family, Given, and Given Family";
family-name particles ("aan het Rot", "du Jardin", "De Kloet") and hyphenated names stay
whole, "Jr."-style suffixes go to `suffix`, and organisations become `literal` authors.
Which parts a conjunction joins, and lists of family names alone: `conjoined`; the editors'
cues, "et al." and a year around the names: `namecues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.model import Author
from claimcheck.parse.conjoined import (
    CONJUNCTION,
    families_only,
    joined_parts,
    may_join,
    may_pair_across,
    one_word_names,
)
from claimcheck.parse.listhabits import NO_HABITS, Habits, list_habits, read_name
from claimcheck.parse.namecues import names_alone
from claimcheck.parse.onename import (
    SUFFIX_FORMS,
    UP,
    dotted,
    firm_whole,
    is_body,
    is_organisation,
    is_rank,
    is_suffix,
    org_words,
    parse_name,
)
from claimcheck.parse.pairing import family_list, is_bare_family, is_given, pairs_style
from claimcheck.parse.runon import run_together
from claimcheck.vocabulary import NAME_PARTICLES

# Names apart by a spaced dash ("Bulfield, G. – Siller, W. G.") or a slash ("Koboldt/Zhang"),
# as Italian, Hungarian and German styles print them: each part is one whole name.
_NAME_BREAK = re.compile(r"\s+[–—-]\s+|\s*/\s*")
_BREAK_MARKS = ("-", "–", "—", "/")  # one of which its every match holds (most lists: none)
# French styles end each "FAMILY, Given" with a stop: the stop before a capitals family and
# its comma separates two names. (The stop first, the letter before it looked back at: a
# pattern that opens with a character is searched for it in C, 7 times faster.)
_CAPS_BREAK = re.compile(rf"\.(?<=[a-z\u00df-\u00ff]\.)\s+(?=[{UP}][{UP}'-]+,)")


@dataclass(frozen=True, slots=True)
class Names:
    authors: tuple[Author, ...]
    et_al: bool


def split_names(text: str, *, stopped: bool = False, titled: bool = True) -> Names:
    """The persons (or organisation) of a printed name list, in order. `stopped`: the entry
    closes the list with a full stop, as a bibliography does; `titled`: the entry has a
    title apart from the list (`_pairs_style`)."""
    if not text:
        return Names((), False)
    text = text.replace("\u060c", ",").replace("\u061b", ";")  # Persian and Arabic ones
    text, et_al = names_alone(" ".join(text.split()).strip(" ,;:"))
    if not text:
        return Names((), et_al)
    # No organisation word in the list: none in any of its names, which the tests below and
    # `parse_name` need not look for again (the parts only lose separators and conjunctions).
    org = org_words(text)
    if org and "," in text:  # "AECOM Technical Services, Inc. (AECOM)": one firm
        text = firm_whole(text)
    # (a list without ";" is split by its commas and conjunctions once, here)
    listed = None if ";" in text else joined_parts(text)
    parts = listed[0] if listed else _parts(text)
    if org and len(parts) > 1 and all(len(p.split()) > 1 and is_organisation(p) for p in parts):
        # "LIGO Scientific Collaboration and Virgo Collaboration": two organisations
        return Names(tuple(Author(family=p.rstrip("."), literal=True) for p in parts), et_al)
    if org and len(parts) == 2 and _PERSON_FIRST.fullmatch(parts[0]) \
            and len(parts[1].split()) > 1 and is_organisation(parts[1]):
        # "D. L. Riddle and National Center for Biotechnology Information"
        return Names((parse_name(parts[0], False),
                      Author(family=parts[1].rstrip("."), literal=True)), et_al)
    if (org and is_organisation(text)) or is_body(text):
        return Names((Author(family=text.rstrip("."), literal=True),), et_al)
    if ". " in text and _CAPS_BREAK.search(text):  # "ROUSSILLON, René. CHABERT, Catherine"
        text = _CAPS_BREAK.sub("; ", text)
        parts = _parts(text)
    raw = text
    if any(map(text.__contains__, _BREAK_MARKS)) and _NAME_BREAK.search(text):
        text = _NAME_BREAK.sub("; ", text)
        parts = _parts(text)
    if ";" in text:  # each part is one whole name, maybe inverted ("Kim, S.-H.; Wu, X.")
        families = _families_alone(parts) if "/" in raw else ()
        # (the list's habits read only where a part is a whole name, not "Family, Given")
        habits = list_habits(parts) if not all("," in p for p in parts) else NO_HABITS
        authors = [_with_suffix(*p.split(",", 1)) if "," in p
                   else Author(family=p) if p in families
                   else read_name(p, org, habits) for p in parts]
    else:
        parts, joined, serial = listed or joined_parts(text)  # (text as `listed` split it)
        if stopped and "&" not in text and one_word_names(parts, joined):
            # A bibliography inverts its first name, with a given name: "Grimm, Jacob, and
            # Wilhelm.", "Brontë, Charlotte, Emily and Anne." print siblings or a couple, the
            # later one-word names given names sharing the first's family name (family names
            # alone are a note's or an author-date list's, closed by a comma or the date; an
            # ampersand joins a science list's or a firm's: "Chiba, Nakanishi, Fukuda &
            # Yata.", "Skidmore, Owings & Merrill.")
            authors = [_with_suffix(parts[0], p) for p in parts[1:]]
        else:
            alone = families_only(parts, joined, serial, text, stopped)
            authors = _pair_up(parts, joined, alone, titled, org)
    # A part without a letter ("2017" run into the list after "et al.") names nobody.
    named = tuple([a for a in authors  # (most open with a letter: `any` not asked)
                   if a.family[:1].isalpha() or any(map(str.isalpha, a.family))])
    return Names(_stops_restored(named), et_al)


# A person printed initials first ("D. L. Riddle", "J.-P. van Dam")
_PERSON_FIRST = re.compile(
    rf"(?:[{UP}]\.[\s-]?)+\s*(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*[{UP}][\w'’-]+")
_BARE_INITIALS = re.compile(rf"^[{UP}](?:\.[ -]?[{UP}])*$")


def _stops_restored(authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """The last initials lose their full stop to the field's trailing punctuation ("Hen, R"
    before "(2017)"); in a list that writes initials with stops, they get it back."""
    if not any(a.given.endswith(".") for a in authors):
        return authors
    return tuple(
        replace(a, given=a.given + ".") if _BARE_INITIALS.match(a.given) else a for a in authors
    )


# A family name printed alone: capitalised words, hyphens and particles, no initial
_WHOLE_WORDS = re.compile(rf"[{UP}][\w'’-]*[a-zß-ÿ](?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?"
                          rf"[{UP}][\w'’-]*[a-zß-ÿ]){{1,2}}")


def _families_alone(parts: list[str]) -> frozenset[str]:
    """German author-date lists join family names alone with slashes ("Valin/Fiore/González
    Abad", "Giuliani / Maleci Bini"): where one part is a single word, the family name alone,
    a part of two or three whole words is a compound family name, not given and family
    ("Jürgen Habermas/Niklas Luhmann", every part two words, prints given names)."""
    if not any(" " not in p and "," not in p and "." not in p for p in parts):
        return frozenset()
    return frozenset(p for p in parts if _WHOLE_WORDS.fullmatch(p))


def _parts(text: str) -> list[str]:
    if ";" in text:
        if may_join(text):
            text = CONJUNCTION.sub("; ", text)
        return [p.strip() for p in re.split(r"\s*;\s*", text) if p.strip()]
    return joined_parts(text)[0]


def _pair_up(parts: list[str], joined: frozenset[int], families: bool, titled: bool,
             org: bool) -> list[Author]:
    """Each part a name of its own, or a family name and the given names after its comma:
    never across a conjunction ("Yan and Wang" are two persons), nor in a list of family
    names alone (`families`: "Gooding, Grabowski, and Hendershot")."""
    authors: list[Author] = []
    habits: Habits | None = None  # read at the first part read as a whole name
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) and not families \
            and (i + 1 not in joined or may_pair_across(parts[i + 1])) else ""
        if nxt and is_bare_family(part, nxt) and is_given(nxt) \
                and pairs_style(parts, i, titled) and not family_list(parts, i):
            authors.append(_with_suffix(part, nxt))
            i += 2
        elif authors and SUFFIX_FORMS.issuperset(part.split()):  # (each word `is_suffix`)
            last = authors.pop()
            authors.append(Author(last.family, last.given, part.strip()))
            i += 1
        elif authors and is_rank(part) and any(map(str.islower, authors[-1].given)):
            i += 1  # a catalogue's rank after a given name printed whole ("Scott, Walter,
            # Sir"): no name (after initials, "Rutter, M., Lord", a family name)
        elif len(parts) == 1:  # a list without commas may be names run together
            authors.extend(run_together(part) or (parse_name(part, org),))
            i += 1
        else:  # a part may hold names run together ("Venken K. J. Schulze K. L. et Bellen"),
            # initials with their stops ("Russell M. Taylor II" is one name)
            split = run_together(part) if ". " in part else ()
            if len(split) > 1 and all(a.given.endswith(".") for a in split):
                authors.extend(split)
            else:
                if habits is None:
                    habits = list_habits(parts)
                authors.append(read_name(part, org, habits))
            i += 1
    return authors


def _with_suffix(family: str, given: str) -> Author:
    family = family.strip().rstrip(".")
    words = given.split()
    if SUFFIX_FORMS.isdisjoint(words):  # the common case, without the joins below
        return Author(family=family, given=" ".join(words))
    suffix = " ".join(w for w in words if is_suffix(w))
    given = " ".join(w for w in words if not is_suffix(w))
    return Author(family=family, given=given, suffix=dotted(suffix))
