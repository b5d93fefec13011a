"""What follows digits printed after a space, as `citations.spaced` weighs them: more numbers
in series ("2 and 4 weeks"), a word the number counts ("5-10 years"), or a mark, a function
word or a verb after which the clause goes on ("walking 17 but"), so the digits may be a
raised callout; the same word with more numbers around them ("field 6 and field 9"), or
labels of the article's own ("In field 12, the", "in well 12 of", `labels_of`); and
how far first-citation order may believe them (`single_reach`, `label_run`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.citations.notation import DASH_CHARS
from claimcheck.citations.sequence import numbers_of
from claimcheck.citations.spaced_words import GOES_ON_WITH
from claimcheck.citations.split_runs import Option

LABELS = 10  # a label or a count closing a clause is mostly smaller ("batch 2 was lost")
_RUN = 5  # the longest run a label word may carry: "(amino acids 15–23)" is a spread
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)$")  # a sentence's or a line's start
SENTENCE_STOP = re.compile(r"[.!?][ \u00a0\n]")  # a sentence's stop and the space after it
BE = frozenset(("is", "was", "are", "were", "has", "had", "have", "be", "been"))
_LAST = re.compile(r"\d+$")
_NEARBY = 80  # how far around spaced digits the same word with more digits is looked for
# Prepositions, in two readings that differ on purpose: before a singular noun that names a
# label (`_labelled`: "in pond 12", also "into", "per", "under"), and before a word no
# modifier qualifies (`_bare`: "in field 6", also the words that join or compare series,
# "and", "or", "vs", "versus", "than")
_PREPOSITION_WORDS = ("in", "on", "at", "of", "for", "from", "with", "to", "by")
_PREPOSITION = re.compile(rf"\b(?i:{'|'.join(_PREPOSITION_WORDS)}|into|per|under)[ \u00a0\n]$")
_PREPOSITIONS = frozenset((*_PREPOSITION_WORDS, "and", "or", "vs", "versus", "than"))
# what joins labels in a series: "field 6 and field 9", "day 14, day 28", "arm 2 vs arm 3"
_JOIN = r"[,;]?[ \u00a0\n]+(?:(?:and|or|to|vs\.?|versus)[ \u00a0\n]+)?"


def series(body: str, end: int) -> bool:
    """Digits that run on into more numbers in words: "2 and 4 weeks", "13 to 17", "5, 10,
    15, and 50 μM", "3 of 12": values or labels in series, not a raised callout."""
    return bool(re.match(r",?[ \u00a0]+(?:and|or|to|of|und|e|y|et)[ \u00a0]+\d+(?![\d%]|[.,]\d)",
                         body[end : end + 16]))


def labels(body: str, match: re.Match[str], word: str) -> bool:
    """The word before the digits names more numbers: right next to them, joined by a mark
    or a conjunction ("field 6 and field 9", "day 14, day 28 and day 90"), or elsewhere in
    the sentence with no word qualifying either ("solid line, scan 1; dotted line, scan 2",
    "in field 6 ... in field 9"): a series of the article's own labels, where a callout
    seldom follows the same word twice; not "Mouse models 10 and rat models 11", "Parkinson
    disease 12 and Huntington disease 13" or "the heart 8 ... the heart 12" (things each
    cited), nor past the stop the digits close ("grasslands 6. The")."""
    if not word:
        return False
    named = rf"(?<![\w\-]){re.escape(word)}[ \u00a0\n]"
    opens, end = match.start() - len(word), match.end("list")
    before = re.compile(rf"{named}\d[{DASH_CHARS}\w]*{_JOIN}$", re.IGNORECASE)
    if before.search(body[max(0, opens - 40) : opens]) or re.match(
            rf"{_JOIN}{named}\d", body[end : end + 40], re.IGNORECASE):
        return True
    # (the stop looked for within the window only: a text with no ". " is not scanned whole)
    start = max(opens - _NEARBY, body.rfind(". ", max(0, opens - _NEARBY), opens) + 1)
    stop = body.find(". ", end, end + _NEARBY)
    again = re.compile(rf"{named}\d", re.IGNORECASE)
    return _bare(body, opens) and any(
        _bare(body, m.start()) for m in again.finditer(body, start, stop if stop >= 0 else
                                                       end + _NEARBY) if m.start() != opens)


def _bare(body: str, at: int) -> bool:
    """No word qualifies the word at `at`: a mark or a preposition is before it ("line, scan
    1", "in field 6"), not a modifier or a determiner ("Mouse models", "the heart")."""
    before = re.search(r"(?:([.,;:(])|\b([A-Za-z]+))[ \u00a0\n]*$", body[max(0, at - 16) : at])
    return before is not None and (before.group(1) is not None
                                   or before.group(2).lower() in _PREPOSITIONS)


def counted(body: str, end: int) -> bool:
    """A lower-case word follows that is no function word, past-tense verb or adverb
    ("guidelines 182,183 recommended"): what the number counts ("5–10 years")."""
    word = next_word(body, end)
    return bool(word) and word not in GOES_ON_WITH and not word.endswith(("ed", "ly"))


def closes(body: str, end: int) -> bool:
    """A mark or a function word follows the digits ending at `end`."""
    return bool(re.match(r"[.,;:)](?!\d)", body[end : end + 2])) or goes_on(body, end)


def goes_on(body: str, end: int) -> bool:
    """A function word or a verb in the past follows: the clause goes on after a callout
    ("walking 17 but", "guidelines 122 recommended")."""
    word = next_word(body, end)
    return bool(word) and (word in GOES_ON_WITH or word.endswith("ed"))


_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)\b")


def next_word(body: str, end: int) -> str:
    """The lower-case word after the digits ending at `end`, "" when none follows."""
    found = _NEXT_WORD.match(body[end : end + 30])
    return found.group(1) if found else ""


def single_reach(body: str, end: int, closed: bool, number: int, word: str) -> str:
    """The reach of a single spaced number: one cited before or a new one a few past the
    highest ("near") where it ends a sentence ("as in algorithms 35.") or, from
    `LABELS` on, closes a clause ("diffusion tensors 10,", "article 77 in"), a new one a
    few past the highest ("ahead") where a smaller one closes a clause ("be 6, and"), else
    the next new one: "batch 2 was lost" and "donor 3, whose" close a clause too, and
    labels count from 1; not before a form of "be" or "have" ("animal 11 was lost"), after
    a verb in the past ("we recruited 12, of whom") nor after a bare noun (`_labelled`);
    "" (no callout) before "of" ("in well 12 of each plate") or in a phrase that opens its
    sentence after a noun the article numbers elsewhere ("In scenario 11, the" beside "12
    scenarios"), else there only the next new one ("In yeast 5, the receptor")."""
    if _SENTENCE_END.match(body, end):
        return "near"
    # not "animal 11 was lost" (a label as its clause's subject) nor "we recruited 12, of
    # whom" (what a verb in the past did)
    if closed:
        labelled = _labelled(body, end, word)
        again = number >= LABELS and next_word(body, end) not in BE and not word.endswith(
            "ed") and not labelled
        # "in well 12 of each plate", "In scenario 11, the" beside "12 scenarios": a label,
        # never a callout; else the next new number only: "In yeast 5, the receptor" cites
        # as often, and "In field 12, the trial" after a cited 12 stays unread
        if labelled == "opens":
            return "" if _numbered(body, end, word) else "next"
        return "" if labelled == "of" else "near" if again else "ahead"
    return "next"


def labels_of(body: str, match: re.Match[str], word: str) -> bool:
    """Spaced digits after a lower-case word that label the article's own things: a single
    number in a phrase opening its sentence or before "of" ("In scenario 11, the", "in well
    12 of", `a_label`), a list or range after a word the article prints with other numbers
    ("scenarios 1–9" beside "Scenarios 10–12")."""
    printed = match.group("list")
    if not word[:1].islower():
        return False
    if printed.isdigit():
        return a_label(body, match.end("list"), word)
    # a bare noun only ("in scenarios 1–9,"): "earlier studies 2,3," beside "Studies 8,9
    # suggested" names works each cited, as a qualified noun does (`labels`)
    return _bare(body, match.start() - len(word)) and numbered_elsewhere(
        body, word, int(re.findall(r"\d+", printed)[0]))


def a_label(body: str, end: int, word: str) -> bool:
    """A label whatever the order says: in a phrase opening its sentence ("In field 12,
    the") or before "of" ("in well 12 of each plate"); see `_labelled`."""
    return _labelled(body, end, word) in ("opens", "of")


def _labelled(body: str, end: int, word: str) -> str:
    """A singular noun right after a preposition names a label with the number ending at
    `end` ("in pond 12, the", "in cage 12 in"): a callout follows a whole noun phrase ("the
    NCBI resources 77 is", "diffusion tensors 10,"). "opens" where the preposition opens
    its sentence ("In field 12, the trial was repeated": an adverbial's label, series or
    not; a plural's before a comma, "In quadrats 18, where"), "of" before "of" ("in well 12
    of each plate"), "series" where the article numbers the noun elsewhere, else ""."""
    digits = _LAST.search(body[max(0, end - 3) : end])
    start = end - (len(digits.group()) if digits else 0) - 1 - len(word)
    preposition = _PREPOSITION.search(body, max(0, start - 12), start)
    if not preposition:
        return ""
    opening = preposition.group()[0].isupper() and _OPENS.search(
        body, max(0, preposition.start() - 3), preposition.start())
    # a plural only where the number closes the phrase at a comma: "In quadrats 18, where",
    # not "In psoriasis 14 and in vitiligo 15 cells" (each cited)
    if opening and (not word.endswith("s") or body.startswith(",", end)):
        return "opens"
    if word.endswith("s"):
        return ""
    if next_word(body, end) == "of":
        return "of"  # "in well 12 of each plate": the number names a part of something
    return "series" if _numbered(body, end, word) else ""


def _numbered(body: str, end: int, word: str) -> bool:
    """A label's noun numbers a series in the article ("pond 15" beside "pond 12" ending at
    `end`, "24 ponds"); "in vivo 12,", "in mice 14," and "by hand 11" name none."""
    digits = _LAST.search(body[max(0, end - 3) : end])
    numbers, counted = _series(body, word.lower())
    return counted or bool(numbers - {digits.group() if digits else ""})


def numbered_elsewhere(body: str, word: str, first: int) -> bool:
    """The article opens a sentence with `word` and a number other than `first`
    ("Scenarios 10–12 followed" beside "in scenarios 1–9,"): the word numbers a series of
    the article's own. (Only a sentence's subject: in an article that sets its callouts
    after a space, "studies 16,17" and "studies 33" both cite.)"""
    return bool(opening_numbers(body).get(word.lower(), frozenset()) - {str(first)})


_OPENING_NUMBERED = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z]+)[ \u00a0](\d+)")


@lru_cache(maxsize=2)  # per article
def opening_numbers(body: str) -> dict[str, frozenset[str]]:
    """Per word (lower case) that opens a sentence before a number, those numbers."""
    numbers: dict[str, set[str]] = {}
    for match in _OPENING_NUMBERED.finditer(body):
        numbers.setdefault(match[1].lower(), set()).add(match[2])
    return {word: frozenset(found) for word, found in numbers.items()}


# a word of letters and the number after it ("pond 12"); a number and the word after it
# ("24 ponds")
_NUMBERED = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \u00a0](\d+)")
_COUNTED = re.compile(r"\b\d+[ \u00a0]([^\W\d_]+)\b")


@lru_cache(maxsize=2)  # per article: one pass for all its words, however many they are
def _numbered_words(body: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Per word (lower case), the numbers the article prints after it; and the words it
    prints after a number (lower case)."""
    numbers: dict[str, set[str]] = {}
    for match in _NUMBERED.finditer(body):
        numbers.setdefault(match[1].lower(), set()).add(match[2])
    counted = frozenset(word.lower() for word in _COUNTED.findall(body))
    return {word: frozenset(found) for word, found in numbers.items()}, counted


def _series(body: str, word: str) -> tuple[frozenset[str], bool]:
    """The numbers the article prints after `word` ("pond 12"), and whether it counts the
    word's plural ("24 ponds"). (Read from one index per article: a search of the whole
    text per word, cached for 64 words, made an article of many nouns after prepositions
    quadratic.)"""
    numbers, counted = _numbered_words(body)
    return numbers.get(word, frozenset()), f"{word}s" in counted or f"{word}es" in counted


def label_run(body: str, match: re.Match[str], numbers: list[int]) -> list[Option]:
    """A spaced list or range refused for the word before it ("impact factor 84, 85 of",
    "sections 71-74.", "(Ensemble methods 42-44,"): only the next new numbers in a row,
    from `LABELS` on, at most `_RUN` of them, closing a clause (labels and spreads start
    low: "Tables 3, 4")."""
    expanded = numbers_of(match.group("list"))
    if len(numbers) < 2 or min(numbers) < LABELS or len(expanded) > _RUN or not closes(
            body, match.end("list")):
        return []
    return [(match.span("list"), expanded, "run")]
