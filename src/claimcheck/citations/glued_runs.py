"""First citations in a list of names, each glued after a comma to a name that ends in
digits ("OK6-Gal4,88 OK319-Gal4, OK371-Gal4,89 m12-Gal4,90 BG380-Gal4,91elav-Gal4C155,92").

A materials list cites the source of each stock, strain or plasmid after its name, and a
flattened superscript runs into the name's own digits: "Gal4,88" may be the name "Gal4,8"
and a list ("CD4,8", "TLR7,8"), so no rule reads it alone. Other items of the same list
end in letters ("UAS-cacophony-GFP,87", "UAS-fosDN,93") and are read; between them the
numbers first-citation order leaves unread are exactly those the glued prints name. The
evidence is the run itself: numbers read and numbers printed after a name's digits count
up one by one, in the order they stand, through a chain of at least `_CHAIN` prints, each
a name or a few from the last (no sentence's end or formula sign between), that opens
and closes on numbers read; a print is read only where its number is cited first there
(read nowhere else), so the prints fill the order's gaps between the read numbers wholly.
A name's own members seldom count up through the very gap the order leaves, for a whole
list.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claimcheck.citations.sequence import first_appearances, numbers_of

Span = tuple[int, int]

# the fewest items (read or printed) a chain counts up through: five names in a row
_CHAIN = 5
# the fewest prints among its items: one name's digits ("mice,5 rats,6 macaques7 and in
# CD4,8 double-positive thymocytes9") between callouts read one by one fills a gap a work
# cited only in a table leaves; a list of names prints two or more
_PRINTS = 2
# how far apart two prints of one list may stand: a name or two between them
_NEAR = 60
_NAMES = 3
# a sentence's end or a formula's sign between two prints: no list of names
_NOT_LISTED = re.compile(r"[.;:!?]\s|[=<>+×]")
# a name as the article prints it: the print's number with the name's letters ("IL-4,13"
# -> "IL-13") standing elsewhere means the comma joins two names, "IL-4 and IL-13"
_WORD = re.compile(r"[\w-]+")
# a comma after a digit that ends a name, then one to three digits that end there (not
# "4,8,12", not "4,88.5", not "1,000"): "Gal4,88 ", "Gal4C155,92 ", "Gal4,91elav"
_PRINT = re.compile(r"(?<=\d),(?P<n>[1-9]\d{0,2})(?![\d,.]\d|\d)")


def glued_runs(body: str, found: list[Span], count: int) -> list[Span]:
    """`found` and the glued prints (`_prints`) that count up, one by one, through a chain
    of read and printed numbers and name numbers read nowhere else."""
    first = first_appearances(body, found)
    spans = sorted(found)
    items = sorted([(span, numbers_of(body[span[0]:span[1]]), True) for span in found]
                   + [(span, [n], False) for span, n in _prints(body, count)
                      if n not in first and not _overlaps(span, spans)])
    added: list[Span] = []
    for chain in map(_trimmed, _chains(body, items)):
        prints = [span for span, _, read in chain if not read]
        if len(chain) >= _CHAIN and len(prints) >= _PRINTS:
            added.extend(prints)
    return sorted(found + added) if added else found


def _prints(body: str, count: int) -> list[tuple[Span, int]]:
    """The digits after a comma glued to a name's last digit ("m12-Gal4,90"), where the
    name holds a letter and the number is on the list."""
    prints = []
    words = set(_WORD.findall(body)) if _PRINT.search(body) else set()
    for match in _PRINT.finditer(body):
        token = body[max(0, match.start() - 40):match.start()].split()[-1:] or [""]
        number = int(match.group("n"))
        if (any(c.isalpha() for c in token[0]) and number <= count
                and token[0].rstrip("0123456789") + str(number) not in words):
            prints.append((match.span("n"), number))
    return prints



def _chains(body: str, items: list[tuple[Span, list[int], bool]]
            ) -> list[list[tuple[Span, list[int], bool]]]:
    """Runs of items, each a name or a few from the last (`_listed`) and counting on from
    it by one (an item read before may print a first number of its own, "khc27,95": its
    last counts)."""
    chains: list[list[tuple[Span, list[int], bool]]] = []
    for item in items:
        last = chains[-1][-1] if chains else None
        if last and _listed(body[last[0][1]:item[0][0]]) and _counts_on(last, item):
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains


def _trimmed(chain: list[tuple[Span, list[int], bool]]) -> list[tuple[Span, list[int], bool]]:
    """The chain from its first read item to its last: a print before the first ("H1N1,14"
    where 13 is read nowhere) or after the last may count up from nothing read."""
    read = [i for i, (*_, was_read) in enumerate(chain) if was_read]
    return chain[read[0]:read[-1] + 1] if read else []


def _listed(between: str) -> bool:
    """Whether two prints stand in one list of names: a few names apart, no sentence's end
    or formula between them ("mice,11 and in rats. The ratio Abc155,12 = 0.4" is none)."""
    return (len(between) <= _NEAR and len(between.split()) <= _NAMES
            and not _NOT_LISTED.search(between))


def _counts_on(last: tuple[Span, list[int], bool], item: tuple[Span, list[int], bool]) -> bool:
    """Whether `item` follows `last` by one: its first number (its last, if it was read
    already) is one past the last number of `last`."""
    numbers = item[1]
    return bool(numbers) and bool(last[1]) and (
        numbers[0] == last[1][-1] + 1 or (item[2] and numbers[-1] == last[1][-1] + 1))


def _overlaps(span: Span, spans: list[Span]) -> bool:
    """Whether `span` meets one of `spans` (sorted, apart): the last one opening before
    its end is the only one it can meet (a bisection, not a pass per print)."""
    i = bisect_left(spans, (span[1],))
    return i > 0 and spans[i - 1][1] > span[0]
