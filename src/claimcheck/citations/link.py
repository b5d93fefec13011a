"""Links callouts to reference entries: exact on year and suffix, forgiving on names.

An author-year callout is scored against each entry `candidates.py` finds for it; lower is
better and each point has a reason. Names must agree after folding (diacritics, particles,
hyphens) or be within a small edit distance ("spelling"); the year must be equal, or one off
("year") when the name agrees exactly; a missing or extra suffix costs "suffix"; the author
count must fit the printed form ("et al." for three or more, one name for one author, two
names for two). The best entry wins; a tie is ambiguous (unless `ties.py` breaks it); no
candidate is unresolved.
A numeric callout names the entry with that printed label (or, in an unlabelled list, that
position); an entry the parser gave no label is labelled by the number its raw text opens
with ("12•• Smith J").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.citations.candidates import candidate_index, candidates
from claimcheck.citations.entries import Entry
from claimcheck.citations.names import name_keys, names_close
from claimcheck.citations.ties import by_initials, by_letter, by_spelling, letter_unlisted
from claimcheck.model import Callout, Reference
from claimcheck.text import fold

LINKED = "linked"
APPROXIMATE = "approximate"
AMBIGUOUS = "ambiguous"
UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Link:
    """A callout and the entries it names; `reasons` say why an approximate link is one."""

    callout: Callout
    reference_ids: tuple[str, ...]
    status: str  # linked | approximate | ambiguous | unresolved
    reasons: tuple[str, ...] = ()


def link_callouts(
    callouts: Sequence[Callout], entries: Sequence[Entry], body: str = ""
) -> tuple[Link, ...]:
    """One link per callout; `body` lets initials printed before a name ("T. B. Nguyen et
    al., 2015") choose between entries whose first authors share the family name."""
    links = _link_all(callouts, entries)
    if not body or all(link.status != AMBIGUOUS for link in links):
        return links
    by_id = {e.reference.id: e for e in entries}
    return tuple(_break_tie(link, body, by_id) if link.status == AMBIGUOUS else link
                 for link in links)


def _break_tie(link: Link, body: str, by_id: dict[str, Entry]) -> Link:
    """Initials printed before the name choose surely; a year letter the list does not
    print chooses approximately, so the missing letters are still reported. A letter
    beside entries of that year that each print another letter ("2020d", or the d and e
    of "2020a-e", where the list has 2020a-c) names a work the list lacks: unresolved."""
    tied = [by_id[rid] for rid in link.reference_ids]
    if chosen := by_initials(link.callout, tied, body):
        return Link(link.callout, (chosen.reference.id,), LINKED)
    if chosen := by_spelling(link.callout, tied):
        return Link(link.callout, (chosen.reference.id,), LINKED)
    if chosen := by_letter(link.callout, tied):
        return Link(link.callout, (chosen.reference.id,), APPROXIMATE, ("suffix",))
    if letter_unlisted(link.callout, tied):
        return Link(link.callout, (), UNRESOLVED)
    return link


# "12.", "12•", "[12]", "(12)" before the authors; not "1000 Genomes" or "2001. Title"
_OPENING_NUMBER = re.compile(r"\s*[\[(]?(\d{1,3})(?:[.\])]\s*[•∙]*|[•∙]+\.?)\s*(?=\D)")
_BARE_NUMBER = re.compile(r"\s*(\d{1,3})[ \u00a0\t]+(?=[^\W\d_])")
_SHIFT = 2  # entries the list may have merged or split before this one


def _link_all(callouts: Sequence[Callout], entries: Sequence[Entry]) -> tuple[Link, ...]:
    numbers = _number_index(entries)
    index = candidate_index(entries)
    return tuple(
        _link_number(c, numbers) if c.style == "numeric"
        else _link_author_year(c, candidates(c, entries, index))
        for c in callouts
    )


def _number_index(entries: Sequence[Entry]) -> dict[int, str]:
    """Printed label -> id when most entries carry one, else position -> id."""
    labelled = [(n, e) for e in entries if (n := _printed_number(e.reference))]
    if len(labelled) * 2 > len(entries):
        return {n: e.reference.id for n, e in reversed(labelled)}
    return {e.reference.index: e.reference.id for e in entries}


def _printed_number(reference: Reference) -> int:
    """The entry's printed number: its parsed label, else the number its raw text opens
    with when marks follow it ("12•• Smith J", "[3]Smith"); 0 when it has none."""
    if reference.label.isdecimal():  # not isdigit: "¹" is a digit int() refuses
        return int(reference.label)
    match = _OPENING_NUMBER.match(reference.raw)
    if match:
        return int(match.group(1))
    # "12 Smith J": a bare number is the label only where the entry stands in the list
    bare = _BARE_NUMBER.match(reference.raw)
    near = bare and abs(int(bare.group(1)) - reference.index) <= _SHIFT
    return int(bare.group(1)) if bare and near else 0


def _link_number(callout: Callout, numbers: dict[int, str]) -> Link:
    found = numbers.get(callout.number)
    return Link(callout, (found,), LINKED) if found else Link(callout, (), UNRESOLVED)


def _link_author_year(callout: Callout, entries: Sequence[Entry]) -> Link:
    scored = [(s, e) for e in entries if (s := score(callout, e)) is not None]
    if not scored:
        return Link(callout, (), UNRESOLVED)
    best = min(sum(p for p, _ in s) for s, _ in scored)
    winners = [(s, e) for s, e in scored if sum(p for p, _ in s) == best]
    ids = tuple(e.reference.id for _, e in winners)
    if len(winners) > 1:
        return Link(callout, ids, AMBIGUOUS)
    reasons = tuple(reason for _, reason in winners[0][0])
    return Link(callout, ids, APPROXIMATE if reasons else LINKED, reasons)


Score = tuple[tuple[int, str], ...]


def score(callout: Callout, entry: Entry) -> Score | None:
    """Penalties (points, reason) of linking `callout` to `entry`; None when it cannot be."""
    first = name_keys(callout.names[0]) if callout.names else frozenset()
    if first & entry.names:
        spelling: Score = ()
    elif callout.names and any(names_close(callout.names[0], n) for n in entry.names):
        spelling = ((3, "spelling"),)
    elif not _names_organisation(callout, entry):
        return None
    else:
        spelling = ()
    year = _year_penalty(callout, entry, exact_name=not spelling)
    if year is None:
        return None
    return spelling + year + _count_penalty(callout, entry)


_BRACKETED_END = re.compile(r"\s*\[[^\]]*\]$")


def _names_organisation(callout: Callout, entry: Entry) -> bool:
    """A body of several words named inside the entry's author part.

    "Population Division, 2013" cites "United Nations, Department of Economic and Social
    Affairs, Population Division. 2013."; the callout detector cannot see past the commas.
    """
    name = callout.names[0] if callout.names else ""
    if len(name.split()) < 2:  # most callouts: told before any folding
        return False
    folded = fold(_BRACKETED_END.sub("", name))  # "... Tecnológico [CNPq]"
    return len(folded) >= 8 and folded in entry.head


def _year_penalty(callout: Callout, entry: Entry, exact_name: bool) -> Score | None:
    if not callout.year[:1].isdigit():  # "in press", "n.d.": the entry says so, or has no year
        printed = callout.year + (f"-{callout.year_suffix}" if callout.year_suffix else "")
        said = printed.replace(" ", "").lower() in entry.reference.raw.lower().replace(" ", "")
        # one that says so wins over one that only lacks a year ("in press" vs "n.d.")
        return () if said else ((1, "year"),) if not entry.year else None
    if callout.year == entry.year:
        return () if callout.year_suffix == entry.suffix else ((2, "suffix"),)
    if exact_name and callout.year in entry.years and not callout.year_suffix:
        return ()  # the entry prints this year too: a reprint or a translation cited by it
    if exact_name and entry.year and abs(int(callout.year) - int(entry.year)) == 1:
        return ((3, "year"),)
    return None


def _count_penalty(callout: Callout, entry: Entry) -> Score:
    """Whether the printed form fits the number of authors the entry lists."""
    if entry.count == 0:
        return ()
    many = entry.count >= 3 or entry.et_al
    if callout.et_al:  # APA names two before "et al." where works share the first author
        return (() if many else ((1, "et-al"),)) + _second_penalty(callout, entry)
    if len(callout.names) == 1:
        return () if entry.count == 1 and not entry.et_al else ((1, "authors"),)
    penalty: Score = (() if entry.count == len(callout.names) and not entry.et_al
                      else ((1, "authors"),))
    return penalty + (_second_penalty(callout, entry) if len(callout.names) == 2 else ())


def _second_penalty(callout: Callout, entry: Entry) -> Score:
    if len(callout.names) < 2 or name_keys(callout.names[1]) & entry.second:
        return ()
    close = any(names_close(callout.names[1], n) for n in entry.second)
    return ((1, "spelling"),) if close else ((2, "second-author"),)
