"""Superscripts that PDF text extraction set after a space: "disease 12,13 and", "hours 38".

Some text layers put a space between a word and the raised digits after it, so a callout
looks like any number in prose ("aged 12 years", "type 2 diabetes", "Table 3"). These are
read only with evidence from the article itself, the first-citation order of its own
numbering (`believed.in_sequence`):

- a candidate is digits after a space that follows a letter or a closing parenthesis or
  quotation mark, never after a word that is followed by quantities or labels ("of",
  "aged", "was", "Table", "type", "day": `NOT_AFTER`), nor after an acronym ("OH 4, OH 6,
  OH 7": specimens), a single letter, a mixed-case word or a unit ("vitamin B 12",
  "SARS-CoV 2", "g cm 3"), nor after the first word of a sentence, paragraph or
  parenthesis ("Hypothesis 2 was", "(eqn 5)"), nor before more numbers in words ("2 and 4
  weeks", "13 to 17"), nor a lone range inside an open parenthesis ("(amino acids 1–23)"),
  nor one digit after a word it also follows elsewhere ("source data 1" twice: a label),
  nor digits after a word that names more numbers in the same sentence ("field 6 and
  field 9": labels), nor labels of the article's own (`labels_of`: "In scenario 11, the",
  "in well 12 of", "scenarios 1–9" beside "Scenarios 10–12"; "In yeast 5, the" and numbers
  counting on after the same two words, "along transect 7. ... transect 8", only as the
  next new number), and followed by a mark, a space or the line's end, never by "%", a
  decimal or a unit glued to it; a list or range refused for its word or its parenthesis
  is still read as the next new numbers in a row, from 10 on ("impact factor 84, 85 of",
  "(Ensemble methods 42-44, see"; not "Tables 3, 4");
- the article's habit: read as new numbers a few past the highest (a refused callout,
  "CD103 4", leaves a gap), the spaced candidates that close a clause or run on into a
  function word must carry at least `_HABIT` first citations, and more than the
  superscripts glued to a word do (an article that glues its callouts cites by glued
  digits, and its spaced numbers are quantities or labels: "Experiment 2 tested");
- in such an article, a spaced list or range ("12,13", "12–14") before a mark or a
  function word reaches as far as a glued superscript; a single number of 10 or more that
  closes a clause may be one cited before ("diffusion tensors 10,", "article 77 in"), a
  smaller one only a new one ("batch 2 was lost", "donor 3, whose": labels count from 1),
  and digits before any other lower-case word ("in 3 mice", "the next 5–10 years") are
  believed only as the next new numbers. Superscripts after marks ("costly.1") count
  against the habit as glued ones do.
Where the habit is shown, spaced digits refused above only as a name's ("PubMed 75 is") are
still read by first-citation order's windows alone (`gap_candidates`, `sequence.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from claimcheck.citations.notation import DASH, DASH_CHARS, LABEL_WORDS
from claimcheck.citations.spaced_after import (
    closes,
    counted,
    goes_on,
    label_run,
    labels,
    labels_of,
    next_word,
    series,
    single_reach,
)
from claimcheck.citations.spaced_again import citing_phrase
from claimcheck.citations.spaced_lists import in_parentheses
from claimcheck.citations.spaced_twins import (
    cited_twice,
    counting_on,
    later_prints,
    pair_key,
    word_before,
)
from claimcheck.citations.spaced_values import after_values
from claimcheck.citations.spaced_words import NOT_AFTER
from claimcheck.citations.split_runs import Option

Believe = Callable[[list[list[Option]]], list[tuple[int, int]]]

# a list or range run into an aside when the raise's space is lost ("in wide use 10-18(see")
_AFTER_LIST = "|".join(rf"(?<=[{DASH_CHARS},]\d{{{k}}})" for k in (1, 2, 3))
SPACED = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=[)”’\"']))[ \u00a0\n]"
    rf"(?P<list>[1-9]\d{{0,2}}(?:(?:,[ \u00a0\n]?|{DASH})\d{{1,3}})*)"
    rf"(?P<after>[.,;:)](?!\d)|(?=[ \u00a0\n])|$|(?:{_AFTER_LIST})(?=\([a-z]))"
)
# a unit of measure, SI prefix and all: "m", "cm", "mmol", "kg", "μM", "Hz"
UNIT_WORD = re.compile(r"[mcµμnkdp]?(?:m|g|l|L|s|mol|M|Hz|Pa|W|J|V|N|K|A|Da)|min|h|yr")
_DIGIT_GROUP = re.compile(r",\d{3}(?!\d)")  # "3,234 men": a thousands group before a noun
_HABIT = 3
LABEL_WORD = re.compile(LABEL_WORDS + r"|sections?|chapters?|pages?", re.IGNORECASE)
# verbs a name's number closes a clause before: "PubMed 13 is", "Smith 17 has"
_CLOSING_VERBS = frozenset(("is", "was", "are", "were", "has", "had"))


def spaced_candidates(body: str, count: int) -> list[Option]:
    """Spaced digit groups that may be superscripts, each with the reach it has once the
    article's habit is shown: "list", "next", or for a single number `single_reach`'s."""
    found: list[Option] = []
    matches = list(SPACED.finditer(body))
    pairs = Counter(pair_key(body, m) for m in matches if len(m.group("list")) == 1)
    twice, counts_on = cited_twice(body, matches, pairs), counting_on(body, matches)
    for match in matches:
        printed = match.group("list")
        numbers = [int(n) for n in re.findall(r"\d+", printed)]
        word = word_before(body, match.start())
        twin = match.start("list") in twice
        if max(numbers) > count or (pairs[pair_key(body, match)] > 1 and not twin) or series(
                body, match.end("list")) or labels(body, match, word):
            continue
        if _no_callout_word(body, match.start(), word) or in_parentheses(body, match):
            if match.group("after") and not twin and citing_phrase(
                    body, match.start(), numbers[0]):
                found.append((match.span("list"), numbers, "again"))  # "as in 9."
            # not "Stations 15, 16 were", "Tables 15, 16", "(amino acids 15–18)": labels
            elif not (opens(body, match.start(), word) or LABEL_WORD.fullmatch(word)
                      or body.startswith(")", match.end("list"))):
                found.extend(label_run(body, match, numbers))
            continue
        mark = bool(match.group("after"))
        if not mark and counted(body, match.end("list")) and _DIGIT_GROUP.search(printed):
            continue  # "3,234 men"; "feeds 116,117, which" cites
        closed = mark or goes_on(body, match.end("list"))
        # after a name or a quoted or bracketed term ("Apollo 11", "“poor” 1", "(Table 1) 3")
        # a single number is a label or a value as often: the next new number only
        # (a clause that goes on is never a count: `counted` and `goes_on` read one word)
        if len(numbers) > 1:
            # "in scenarios 1–9," beside "Scenarios 10–12": labels, though every number is
            # cited before; only as the next new numbers
            reach = "list" if closed and not labels_of(body, match, word) else "next"
        elif word[:1].islower():
            reach = single_reach(body, match.end("list"), closed, numbers[0], word)
            if not reach:
                continue  # "In scenario 11, the" beside "12 scenarios": a label
            # a twin's first print a new number only, labels counting on the next only
            reach = "twin" if twin else "next" if match.start("list") in counts_on else reach
        else:
            reach = "next"
        found.append((match.span("list"), numbers, reach))
    return found


def twins(body: str, found: list[tuple[int, int]], habit: bool) -> list[tuple[int, int]]:
    """`found` and the later prints of a spaced pair it read first (`spaced_twins`)."""
    again = later_prints(body, list(SPACED.finditer(body)), found) if habit else []
    return sorted(found + again) if again else found


def gap_candidates(body: str, count: int) -> list[tuple[tuple[int, int], str]]:
    """Spaced digit groups that only first-citation order may still read (`sequence.py`:
    a number no believed group shows, inside its window): the candidates above and those
    refused only as a name's or a sentence's first word's ("PubMed 75 is", "LASV GPC 9",
    "Scopus 88 is") where `_name_closes` says so, never after a label or function word, a
    letter or a unit, nor a spread, a series or a count ("in 3 mice")."""
    found = []
    inside: dict[str, bool] = {}  # a word printed capitalised inside a sentence: one search

    def printed_inside(word: str) -> bool:
        if word not in inside:
            inside[word] = re.search(rf"[a-z,;] {re.escape(word)}\b", body) is not None
        return inside[word]

    for match in SPACED.finditer(body):
        printed = match.group("list")
        word = word_before(body, match.start())
        if max(int(n) for n in re.findall(r"\d+", printed)) > count or word.lower() in \
                NOT_AFTER or len(word) == 1 or UNIT_WORD.fullmatch(word) or in_parentheses(
                body, match) or series(body, match.end("list")) or labels(
                body, match, word) or (not match.group(
                "after") and counted(body, match.end("list"))) or not _name_closes(
                body, match, word, printed_inside) or labels_of(body, match, word):
            continue
        found.append((match.span("list"), printed))
    return found


def _no_callout_word(body: str, space: int, word: str) -> bool:
    """A word after which spaced digits are a label, a quantity or a formula's: a function
    word or label noun (`NOT_AFTER`), an acronym ("OH 7"), a single letter or a mixed-case
    word ("vitamin B 12", "SARS-CoV 2", "pH 7"), a unit ("4 m 2", "g cm 3", "mmol l 1"), or
    the first word of a sentence, a paragraph or a parenthesis ("Hypothesis 2 was",
    "(eqn 5)", "; eqns 6"): a callout closes what it supports, it seldom opens it."""
    if word.lower() in NOT_AFTER or _acronym(word) or len(word) == 1 or UNIT_WORD.fullmatch(word):
        return True
    return word[1:] != word[1:].lower() or opens(body, space, word)


def opens(body: str, space: int, word: str, marks: str = ".!?;:(") -> bool:
    """`word`, ending at `space`, is the first of a sentence, a paragraph or a parenthesis
    (after one of `marks`)."""
    before = body[max(0, space - len(word) - 40) : space - len(word)]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in marks or "\n\n" in before[len(stripped):]


def _name_closes(body: str, match: re.Match[str], word: str,
                 printed_inside: Callable[[str], bool]) -> bool:
    """Spaced digits after a name or a sentence's first word that first-citation order may
    still read: the word is a proper name where it opens its sentence (inner or all
    capitals, or printed capitalised inside a sentence too: not "Eventually 14 were",
    "Animal 15 was"), and a single number closes something, a mark or a verb ("PubMed 13
    is", "PROSPERO 15.", not "SPSS 12 for", "ImageJ 17 and": a version, a count)."""
    if not word[:1].isupper():
        return True  # a lower-case word's digits are weighed by `spaced_candidates`' rules
    # a parenthesis may open with an author's name: "(Kyselova 55)"
    if opens(body, match.start(), word, ".!?;:") and not (
            word.isupper() or word[1:] != word[1:].lower() or printed_inside(word)):
        return False
    if not match.group("list").isdigit():
        return True  # a list or a range: no version's or count's ("DOIs 55,56 that")
    following = next_word(body, match.end("list"))
    return bool(match.group("after")) or following in _CLOSING_VERBS or following.endswith("ed")


def _acronym(word: str) -> bool:
    """A name numbered in a series: "OH 7", "KNM-ER 1813", "HIV 1", "WT 15000"."""
    return len(word) >= 2 and word.isupper()


def spaced_habit(body: str, believed: list[tuple[int, int]], spaced: list[Option]) -> bool:
    """Whether the spaced candidates carry the article's first citations: of the groups
    first-citation order believes (`believed`, read with every spaced candidate as the
    next new number only), at least `_HABIT` spaced ones that close their clause or are
    followed by a function word (not "Claim 6 holds", "at 4 °C": labels and quantities),
    more than those glued to a word."""
    starts = {span[0]: span[1] for span, _, _ in spaced}
    mine = sum(1 for start, end in believed if start in starts and closes(body, end))
    # glued to a word or set after a mark ("costly.1"): the article raises its callouts
    glued = sum(1 for start, _ in believed if start not in starts and start > 0
                and body[start - 1].isalpha())
    return mine >= _HABIT and mine > glued


def with_spaced(body: str, candidates: dict[int, list[Option]], count: int,
                believe: Believe) -> bool:
    """Adds to `candidates` the digits set after a space ("disease 12,13"; after a year or a
    decimal too, `spaced_values`), when the article's own first-citation order shows that
    it prints its superscripts so;
    `believe`: the groups first-citation order believes of a list of candidates. Whether
    the article shows that habit."""
    spaced = [s for s in spaced_candidates(body, count) if s[0][0] not in candidates]
    if not spaced:
        return False
    trial = dict(candidates)
    for span, numbers, reach in spaced:  # nor a label word's run ("sections 71-74") or "as in 9."
        if reach not in ("run", "again"):
            # a new number a few past the highest where the digits close their clause: a
            # callout the rules refuse ("CD103 4", "stage 5") leaves a gap, not the end of
            # the order; `spaced_habit` counts only those that close
            trial[span[0]] = [(span, numbers, "ahead" if closes(body, span[1]) else "next")]
    believed = believe([trial[k] for k in sorted(trial)])
    if not spaced_habit(body, believed, spaced):
        return False
    candidates.update((option[0][0], [option]) for option in spaced)
    for option in after_values(body, count):  # "in 1990 63.", "MRtrix 0.2 11."
        candidates.setdefault(option[0][0], [option])
    return True
