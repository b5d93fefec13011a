"""Person names: folding family names, aligning a printed list with the record's, and the
findings for a misspelt author or editor.

A family name is compared after dropping diacritics, transliterating letters NFKD does not
decompose (ø, æ, ß), removing particles (van, de, aan het ...) and generational suffixes
(Jr., III), so "aan het Rot" = "Rot", "Müller" = "Mueller" = "Muller", "Zarate Jr." = "Zarate".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimcheck.compare.printed import in_print
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Author, Finding, Reference
from claimcheck.parse.runon import looks_run_together
from claimcheck.text import clean_markup, fold
from claimcheck.vocabulary import NAME_PARTICLES_MORE

# Letters that Unicode NFKD leaves whole, so `fold` would drop them (ISO/IEC 8859 usage).
_TRANSLIT = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
    }
)
# German-style umlaut transliteration (Müller -> Mueller), tried as an alternative form.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# Nobiliary particles and articles that styles print, drop or move (CSL "non-dropping
# particle" list, plus Arabic/Hebrew articles written as separate words).
_PARTICLES = frozenset(
    (*NAME_PARTICLES_MORE, "della", "das", "les", "lo", "aan", "het", "in", "t", "el", "al", "bin",
     "ibn", "mac", "st", "saint", "y", "e")
)
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "2nd", "3rd"])
_NAME_WORD = re.compile(r"^[^\W\d_]\w*[a-z\u00df-\u00ff]\w*$")  # a word, not initials


@lru_cache(maxsize=65536)
def name_forms(family: str) -> frozenset[str]:
    """The folded forms under which a family name may be printed."""
    text = clean_markup(family).translate(_TRANSLIT)
    words = [w for w in re.split(r"[\s,]+", text) if w]
    while len(words) > 1 and fold(words[-1]) in _SUFFIXES:
        words.pop()
    core = [w for w in words if fold(w) not in _PARTICLES] or words
    forms = {fold(" ".join(words)), fold(" ".join(core))}
    forms |= {fold(" ".join(words).translate(_UMLAUTS)), fold(" ".join(core).translate(_UMLAUTS))}
    return frozenset(f for f in forms if f)


def same_name(printed: str, recorded: Author) -> bool:
    """True when `printed` (a family name) names the recorded author.

    Records sometimes swap given and family (East Asian names) or hold the whole name in
    `family` or a `literal`; those count as the same name.
    """
    mine = name_forms(printed)
    if mine & name_forms(recorded.family):
        return True
    if recorded.given and mine & name_forms(recorded.given):
        return True
    whole = fold(f"{recorded.given} {recorded.family}".translate(_TRANSLIT))
    if any(len(form) > 3 and whole.endswith(form) for form in mine):
        return True
    # A record that cut a compound family name after its first word ("Al" + "Jehani YA").
    given = recorded.given.split()
    words = given[: next((i for i, w in enumerate(given) if not _NAME_WORD.match(w)), None)]
    joined = {fold(" ".join([recorded.family, *words[:n]]).translate(_TRANSLIT))
              for n in range(1, len(words) + 1)}
    if recorded.family and mine & joined:
        return True
    # One part of a double name ("García" for "García-López", "López" for "García López").
    return bool(mine & _parts(recorded.family) or name_forms(recorded.family) & _parts(printed))


def _parts(family: str) -> frozenset[str]:
    parts = re.split(r"[\s\-‐]+", clean_markup(family).translate(_TRANSLIT))
    folded = {fold(p) for p in parts if len(parts) > 1}
    return frozenset(p for p in folded if len(p) > 2 and p not in _PARTICLES)


def name_similarity(printed: str, recorded: Author) -> float:
    """Normalised edit similarity of the closest forms, 1.0 for the same name."""
    if same_name(printed, recorded):
        return 1.0
    pairs = [(a, b) for a in name_forms(printed) for b in name_forms(recorded.family)]
    return max((Levenshtein.normalized_similarity(a, b) for a, b in pairs), default=0.0)


@dataclass(frozen=True, slots=True)
class NameDiff:
    """A printed family name that the record spells differently at the same position."""

    position: int
    printed: str
    recorded: str


def misspelt_names(
    printed: tuple[Author, ...], recorded: tuple[Author, ...]
) -> tuple[NameDiff, ...]:
    """Printed names close to, but not equal to, the record's name at the same position.

    Only near misses are reported (similarity >= 0.6, e.g. Murrrough/Murrough,
    Girysh/Girych): a name with no close counterpart means the lists are aligned
    differently (an omitted or reordered author), which the record alone cannot settle.
    """
    diffs = []
    for position, (mine, theirs) in enumerate(zip(printed, recorded, strict=False)):
        if mine.literal or theirs.literal or not mine.family:
            continue
        if same_name(mine.family, theirs) or _elsewhere(mine.family, recorded):
            continue
        if name_similarity(mine.family, theirs) >= 0.6:
            diffs.append(NameDiff(position, mine.family, theirs.family))
    return tuple(diffs)


def _elsewhere(family: str, recorded: tuple[Author, ...]) -> bool:
    return any(same_name(family, author) for author in recorded)


def _glued_initials(word: str) -> bool:
    """Another name's initials glued to the capitalised family name after them ("RJKenny",
    "XYun"): no given name is spelt with two capitals and then small letters. Cased per
    letter, not by a class, so "Jürgen" (a small "ü") is one name in any script."""
    head = next((i for i, char in enumerate(word) if not char.isupper()), len(word))
    return 2 <= head <= 4 and head < len(word) and word[head].islower()


def run_together(author: Author) -> bool:
    """The parsed name holds other names of a list printed without separators ("Wang
    YSimar", or a given name "Sigal RJKenny" beside a family name read from the title)."""
    if author.literal:
        return False
    glued = any(_glued_initials(word) for word in author.given.split())
    return glued or looks_run_together(author.family)


def first_author_agrees(printed: tuple[Author, ...], recorded: tuple[Author, ...]) -> bool | None:
    """Whether the first printed author is the record's first (None: nothing to compare)."""
    if not printed or not recorded or not printed[0].family:
        return None
    if printed[0].literal or recorded[0].literal or run_together(printed[0]):
        return None  # an organisation, or names run together that the parse did not split
    return name_similarity(printed[0].family, recorded[0]) >= 0.75


def name_findings(
    reference: Reference, role: str, printed: tuple[Author, ...],
    recorded: tuple[Author, ...],
) -> tuple[Finding, ...]:
    """A finding per misspelt name of a person list (`role`: authors or editors)."""
    rule, label = ("author-mismatch", "Author") if role == "authors" else (
        "editor-mismatch", "Editor")
    return tuple(
        finding(
            rule,
            reference,
            f"{label} {diff.position + 1} is printed '{diff.printed}', but the record "
            f"spells it '{diff.recorded}'.",
            Detail(role, diff.printed, diff.recorded, f"Correct the name to '{diff.recorded}'."),
        )
        for diff in misspelt_names(printed, recorded)
        if not in_print(reference, diff.recorded)  # printed right, parsed apart
    )
