"""Digits after a name that the entry they number prints: "lme464", "ColabFold25".

Plain text from a PDF glues a raised callout to the word before it, and when that word is a
name ("ColabFold", "the Registered Report", "Nathani and Sharma") or ends in digits of its
own ("lme4", "EDEM2") first-citation order alone cannot tell the callout from a gene's or a
tool's digits (`superscripts.py` believes such digits only as the next new number). The
reference list can: digits are a callout when the entry they number prints the name before
them as a word ("Fitting linear mixed models using lme4", "ColabFold: making protein folding
accessible", "Nathani A, Sharma CS"), and a single number glued to a name is none when the
list prints the name with it ("PALB2" in a title). Read only in an article that numbers its
list and glues its callouts (two in three of its numeric groups, at least `_GROUPS`), or sets
them after a space ("Registered Report 2."; labels such as "Table 2" never); for a name of
`_MIN_LETTERS` letters or more with a capital, not one of a numbered series ("Notch1",
"Notch3"), or one ending in digits of its own with `_NAME_LETTERS` letters ("lme4"; "CO2",
"IL-6", "p53", "Sox2" are too short); where one split of the digits alone fits ("TXNDC116":
TXNDC11 and work 6; digits after a hyphen are the name's, "Hepcidin-25"); where the digits
close what they follow (a mark, a function word or a verb: "lme464 in", not "Hepcidin25
levels") and the article never prints the same name and digits going on into a noun
("Notch1 signalling"); never for a name the list prints with the same digits ("BRCA1"), nor
for a tool's version, a series' member or a numbered site (`named_versions.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.citations import glued_words as words
from claimcheck.citations import named_versions as versions
from claimcheck.citations.entries import Entry
from claimcheck.citations.never_glued import never
from claimcheck.citations.notation import CALLOUT_END, DASH
from claimcheck.citations.numeric import expand
from claimcheck.citations.source_marks import source_marks_hidden
from claimcheck.citations.spaced_after import closes
from claimcheck.citations.spaced_words import NOT_AFTER
from claimcheck.citations.spans import in_order
from claimcheck.model import Callout

# a name and the digits glued to it (read whole, without backtracking: linear on "A1A1..."),
# with the list or range they may open ("LB818,19"), before what may follow a superscript:
# "Report2 for", "lme464,", "ColabFold25."
_GLUED_NAME = re.compile(
    r"(?<![\w'’\-.])(?P<token>[^\W\d_][\w'’\-]*+)"
    rf"(?P<more>(?:[,–]\d{{1,3}})*){CALLOUT_END}"
)
# a name, a space and the digits set after it ("Registered Report 2.", "ConTrack 17)"), read
# in an article that sets its superscripts after a space
_SPACED_NAME = re.compile(
    r"(?<![\w'’\-.])(?P<token>[^\W\d_][\w'’\-]{0,39}+)[ \u00a0]"
    rf"(?P<list>[1-9]\d{{0,3}}(?:(?:,[ \u00a0]?|{DASH})\d{{1,3}})*){CALLOUT_END}"
)
_DIGITS = re.compile(r"\d{1,7}$")
_ASIDE = re.compile(r"[ \u00a0]?\(")
# a name up to the end of its first digits, wherever it stands ("Notch1" of "Notch1-null")
_NAME_DIGITS = re.compile(r"(?<![\w'’\-.])[^\W\d_][\w'’\-]*?\d+(?!\d)")
_LONGEST = 40  # a longer token is no name a callout is glued to
_WORD = re.compile(r"[\w'’\-]+")
_PAIRED = re.compile(r"(?<![\w\-])([^\W\d_][\w'’]*)[ \u00a0](\d{1,4})(?!\d)")
_WORD_BEFORE = re.compile(r"[\w'’\-]*$")
_GLUED_BEFORE = ".,;:)’”"
_GROUPS = 3
_MIN_LETTERS = 5  # a word's letters: shorter stems name genes and formulas ("Sox2", "BRCA1")
_NAME_LETTERS = 3  # the letters of a name ending in digits: "lme4", not "IL6", "CD4"


def with_named_digits(body: str, callouts: tuple[Callout, ...], entries: Sequence[Entry],
                      ) -> tuple[Callout, ...]:
    """`callouts` (the article's numeric ones) with the digits glued to a name their entry
    prints, and without those glued to a name the list prints with them ("PALB2", "BRCA1"),
    groups renumbered in text order; `callouts` itself when nothing changes."""
    listed = _listed(entries)
    setting = _setting(body, callouts) if listed else ""
    if not setting:
        return callouts
    # the list's words, and its names with their digits after a hyphen ("GLP-1": "glp1")
    printed = {w.lower().replace("-", "") for raw in listed.values() for w in _WORD.findall(raw)}
    kept = _without_listed_names(body, callouts, printed)
    # and its names with a number after a space ("Phase 3 trials": "phase3"), which no
    # callout glued to that name can be ("Phase3."; "in part2," may cite, so kept above)
    paired = {(m[1] + m[2]).lower() for raw in listed.values() for m in _PAIRED.finditer(raw)}
    authors = {int(e.reference.label): frozenset(a.family.lower() for a in e.reference.authors
                                                 if not a.literal)
               for e in entries if e.reference.label.isdecimal()}
    added = _named_callouts(body, kept, (listed, printed | paired, authors), setting == "spaced")
    if not added and len(kept) == len(callouts):
        return callouts
    return in_order([*kept, *added])


def _named_callouts(body: str, callouts: list[Callout],
                    lists: tuple[dict[int, str], set[str], dict[int, frozenset[str]]],
                    spaced: bool) -> list[Callout]:
    """The callouts of digits glued to a name the entry they number prints (`spaced`: set
    after it with a space); `lists`: the list's entries by number, the words it prints and
    its entries' authors' family names by number."""
    listed, printed, authors = lists
    # a byline's affiliation marks and footnotes' markers hidden; a line's end read as the
    # space it stands for ("Ross-Hellauer4\nrepeated"), offsets kept
    hidden = source_marks_hidden(body).replace("\n", " ")
    taken = {i for c in callouts for i in range(c.start, c.end)}
    family = words.evidence_of(body).family  # "Notch1", "Notch3": a numbered series
    naming = _names_going_on(hidden, spaced)
    names = _SPACED_NAME if spaced else _NAME_DIGITS
    series = versions.series_of(hidden, names, spaced)
    seen: dict[str, bool] = {}  # a spaced name's series, read once
    article = versions.indexed(hidden, names, callouts)
    added: list[Callout] = []
    for match in (_SPACED_NAME if spaced else _GLUED_NAME).finditer(hidden):
        span = (_spaced_span if spaced else _cited_span)(match, listed, printed, family)
        number = versions.number_at(hidden, span[0]) if span else 0
        if not span or versions.in_series(hidden, match, span, series, listed, seen) \
                or versions.a_version(hidden, match.start("token"), span[0], article,
                                      authors.get(number, frozenset())) \
                or versions.numbers_itself(listed, number):
            continue
        # a callout closes what it supports ("lme464 in", "Sharma130 showed", "Report2."), a
        # name goes on into what it names ("Hepcidin25 levels", "photo-GLP1 (80 µM)")
        if closes(hidden, span[1]) and hidden[match.start() : span[1]] not in naming \
                and not taken.intersection(range(*span)) and not never(
                    hidden, span, hidden[max(0, span[0] - 24) : span[0]]):
            added.extend(expand(body, *span, -1 - len(added)))  # a group of its own
    return added


def _names_going_on(body: str, spaced: bool) -> set[str]:
    """Names with digits that the article prints, somewhere, going on into what they name
    ("Notch1 signalling", "Notch1-null", "Hepcidin25 levels"): names, not callouts, wherever
    they stand ("Mice lacked Notch1."). `spaced`: digits set after a space ("Protocol 2 sets")."""
    found = (_SPACED_NAME if spaced else _NAME_DIGITS).finditer(body)
    # an aside may follow either ("OpenID187 (the latter ...)", "photo-GLP1 (80 µM)")
    return {m.group() for m in found if not closes(body, m.end()) and not _ASIDE.match(
        body, m.end())}


def _without_listed_names(body: str, callouts: tuple[Callout, ...], printed: set[str],
                          ) -> list[Callout]:
    """The callouts but a single number glued to a word that the list prints with that
    number ("PALB2" in a title: the gene, not work 2 cited after "PALB")."""
    groups: dict[int, list[Callout]] = {}
    for c in callouts:
        groups.setdefault(c.group, []).append(c)
    dropped = set()
    for group, members in groups.items():
        first = members[0]
        glued = body[first.start - 1 : first.start].isalnum()
        if len(members) == 1 and first.text.isdigit() and glued:
            word = _WORD_BEFORE.search(body, max(0, first.start - _LONGEST), first.start)
            token = (word.group() if word else "") + first.text
            if token.lower().replace("-", "") in printed:
                dropped.add(group)
    return [c for c in callouts if c.group not in dropped]


def _listed(entries: Sequence[Entry]) -> dict[int, str]:
    """Printed number -> raw text of the list's entries, when most entries carry a number."""
    listed = {int(e.reference.label): e.reference.raw for e in entries
              if e.reference.label.isdecimal()}
    return listed if len(listed) * 2 > len(entries) else {}


def _setting(body: str, callouts: tuple[Callout, ...]) -> str:
    """"glued" when two in three of the article's numeric callout groups (`_GROUPS` or more)
    are glued to the word or mark before them ("disease12", "mice.4"), "spaced" when as many
    are set after a word and a space ("disease 12"), else ""."""
    starts = {c.group: c.start for c in reversed(callouts)}
    glued = sum(1 for s in starts.values() if s > 0 and (
        body[s - 1].isalnum() or body[s - 1] in _GLUED_BEFORE))
    spaced = sum(1 for s in starts.values() if s > 1 and body[s - 1] in " \u00a0\n" and (
        body[s - 2].isalpha() or body[s - 2] in ")’”"))
    for setting, count in (("glued", glued), ("spaced", spaced)):
        if count >= _GROUPS and count * 3 >= len(starts) * 2:
            return setting
    return ""


def _cited_span(match: re.Match[str], listed: dict[int, str], printed: set[str],
                family: frozenset[str]) -> tuple[int, int] | None:
    """The span of the callout glued to the name, when exactly one split of the digits
    leaves a name that the entry numbered by the rest prints as a word."""
    token = match.group("token")
    ends = _DIGITS.search(token) if len(token) <= _LONGEST else None
    if ends is None:
        return None
    name, digits = token[: ends.start()], ends.group()
    if (name + digits).lower().replace("-", "") in printed:
        return None  # "BRCA1": the list prints the name with these digits
    more = [int(n) for n in re.findall(r"\d+", match.group("more"))]
    fits = [i for i in range(len(digits)) if digits[i] != "0" and all(
        n in listed for n in [int(digits[i:]), *more]) and _named(
        name + digits[:i], listed[int(digits[i:])], family)]
    if len(fits) != 1:
        return None
    return match.start("token") + ends.start() + fits[0], match.end("more")


def _spaced_span(match: re.Match[str], listed: dict[int, str], printed: set[str],
                 family: frozenset[str]) -> tuple[int, int] | None:
    """The span of the digits set after a name with a space, when the entry they number
    (all of them listed) prints the name, no label noun ("Table 2", "Protocol 1"), and the
    list does not print the name with those digits ("MEGA 7" beside a title "MEGA7: ...")."""
    token = match.group("token")
    numbers = [int(n) for n in re.findall(r"\d+", match.group("list"))]
    if token.lower() in NOT_AFTER or (token + str(numbers[0])).lower() in printed:
        return None
    if all(n in listed for n in numbers) and _same_case(match, listed[numbers[0]]) and _named(
            token, listed[numbers[0]], family):
        return match.span("list")
    return None


def _same_case(match: re.Match[str], raw: str) -> bool:
    """Whether a capitalised name set after a space stands so in the entry, or with the word
    before it ("the Registered Report 6" for a title's "Registered report"; not "Hospital 2"
    for "in the hospital", nor "Method 2" for "a method")."""
    token = match.group("token")
    folded = raw.casefold()
    # the capital alone must match: "ColabFold" for a title's "Colabfold" too
    if token.islower() or (token.casefold() in folded and re.search(
            rf"(?<![\w\-]){re.escape(token[0])}(?i:{re.escape(token[1:])})(?!\w)", raw)):
        return True  # (the substring tests spare a pattern for most entries)
    end = max(0, match.start() - 1)
    word = _WORD_BEFORE.search(match.string, max(0, end - _LONGEST), end)
    before = word.group() if word else ""
    return bool(before) and match.string[end : match.start()] == " " \
        and f"{before} {token}".casefold() in folded and re.search(
            rf"(?<![\w\-]){re.escape(before)} {re.escape(token)}(?!\w)", raw, re.IGNORECASE
        ) is not None


def _named(name: str, raw: str, family: frozenset[str]) -> bool:
    """Whether `raw` prints `name` as a word, whole or its last hyphenated part ("Ross-Hellauer",
    "EDEM2" of "pCMV-SP-TAP-EDEM2"), and the name is one: a word of `_MIN_LETTERS` or more
    with a capital ("Sharma", "ColabFold"; not "Notch" of a series "Notch1", "Notch3", nor a
    gene's short stem, "Sox", "BRCA"), or one ending in digits of its own ("lme4", "EDEM2";
    printed "VarScan 2" too). Digits after a hyphen are the name's ("Hepcidin-25",
    "Interleukin-6"): such a name is read only whole ("Rhomboid-1" of "Rhomboid-112,13")."""
    if name.endswith("-"):
        return False
    stem = name.rsplit("-", 1)[-1]
    if stem.isdigit():
        return versions.prints(raw, name)
    if stem[-1:].isdigit():
        named = sum(ch.isalpha() for ch in stem) >= _NAME_LETTERS
    else:
        named = len(stem) >= _MIN_LETTERS and stem != stem.lower() and stem not in family
    return named and any(versions.prints(raw, printed) for printed in {name.strip("'’"), stem})
