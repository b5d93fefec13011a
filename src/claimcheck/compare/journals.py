"""Journal names: whether a printed container names the same journal as the record.

Full titles, ISO-4 abbreviations, NLM abbreviations (ISO-4 without periods) and Crossref's
`short-container-title` all count as the same journal, in either direction: the printed name
may abbreviate the record's, or the record's (when it gives only an abbreviation) the
printed full title. A printed
abbreviation word matches a full word when it starts with the same letter and its letters
occur in order in the full word ("Natl" ~ "National", "Anaesth" ~ "Anaesthesia"), which is
how ISO 4 forms abbreviations (truncation and contraction). Only a clear difference is a
finding: "Anaesthesiol" does not abbreviate "Anaesthesia".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from claimcheck.model import Record
from claimcheck.text import clean_markup, fold_words

# Words ISO 4 omits (articles, conjunctions, prepositions) and city qualifiers in
# parentheses such as "(Berl)" or "(Oxf)", which NLM adds to tell namesakes apart.
_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "a",
        "an",
        "de",
        "der",
        "die",
        "des",
        "la",
        "le",
        "et",
        "und",
        "fur",
    ]
)


@lru_cache(maxsize=65536)
def _words(title: str) -> tuple[str, ...]:
    """Significant folded words; bracketed qualifiers and notes and bare numbers (a volume
    the parse left in the journal field) are not part of a journal's name."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", clean_markup(title).replace("&", " and "))
    words = fold_words(text).split()
    return tuple(w for w in words if w not in _STOPWORDS and not w.isdigit())


def _abbreviates(short: str, full: str) -> bool:
    """`short` is `full` or an ISO-4-style truncation/contraction of it."""
    if short == full:
        return True
    if not short or not full or short[0] != full[0] or len(short) > len(full):
        return False
    letters = iter(full)
    return all(char in letters for char in short)


def _covers(printed: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Every recorded word is abbreviated, in order, by a printed word. A printed word left
    over is tolerated only as a repeat of a matched one (NLM's "Brain Res Brain Res Rev"
    repeats the parent series) or as a trailing single letter ("U S A"), so "J Neurosci"
    does not cover "Neuroscience"."""
    if len(recorded) > len(printed) or len(printed) > 12:  # bounded: C(12, k) pairings
        return False
    for chosen in combinations(range(len(printed)), len(recorded)):
        pairs = zip(chosen, recorded, strict=True)
        if not all(_abbreviates(printed[i], word) for i, word in pairs):
            continue
        matched = {printed[i] for i in chosen}
        extras = [(i, w) for i, w in enumerate(printed) if i not in chosen]
        if all(w in matched or (len(w) == 1 and i > chosen[-1]) for i, w in extras):
            return True
    return False


def record_journal_names(record: Record) -> tuple[str, ...]:
    """Every name under which the record gives its journal."""
    names: list[str] = []
    for title in (*record.containers, *record.short_containers):
        names.append(title)
        if ":" in title:  # "European Journal of Pharmacology: Molecular Pharmacology Section"
            names.append(title.split(":")[0])
    return tuple(n for n in dict.fromkeys(names) if n)


def _acronym(printed: str, words: tuple[str, ...]) -> bool:
    """A printed acronym of the record's journal: the initials of its significant words
    ("PNAS", "JAMA", "BMJ", "NEJM"), in any case ("Pnas"), or of its leading words when the
    rest is a qualifier the acronym leaves out ("PNAS" for "... of the United States of
    America"; four letters at least, so a short word is not read as initials)."""
    text = printed.strip().rstrip(".")
    letters = re.sub(r"[^A-Za-z]", "", text)
    if " " in text or not 2 <= len(letters) <= 6 or len(words) < len(letters):
        return False
    if not (text.isupper() or len(words) > len(letters) or len(letters) >= 4):
        return False  # "Cell", "Gut": a lower-case word needs more than matching initials
    initials = "".join(word[0] for word in words)
    if letters.lower() == initials:
        return True
    return len(letters) >= 4 and initials.startswith(letters.lower())


def _within(printed: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Every printed word abbreviates a recorded word, in order: the printed name is the
    record's with words missing. That is how a damaged parse looks ("Psychiatry" left of
    "Biol. Psychiatry" when "Biol." went to the title), so it is not called a different
    journal; a printed word that abbreviates nothing in the record is."""
    remaining = iter(recorded)
    return all(any(_abbreviates(word, theirs) for theirs in remaining) for word in printed)


def _matches(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    return "".join(mine) == "".join(theirs) or _covers(mine, theirs) or _within(mine, theirs)


def same_journal(printed: str, record: Record) -> bool | None:
    """Whether `printed` names the record's journal (None: nothing to compare).

    The printed name must abbreviate one of the record's names. A printed name without
    abbreviation periods may be a full title set against a record that only has an
    abbreviation, so the record's words may also cover the printed ones. (That replaced
    abbreviating the printed title with pyiso4's LTWA: building its table cost 0.56 s a
    run, and of the 7 distinct pairs it matched on the compare benchmark, 3 were different
    journals, "Healthc Policy" ~ "Health Res Policy Syst"; the reverse cover finds the 4
    others.)
    """
    mine = _words(printed)
    names = [w for w in (_words(n) for n in record_journal_names(record)) if w]
    if not mine or not names:
        return None
    if any(_matches(mine, theirs) or _acronym(printed, theirs) for theirs in names):
        return True
    if any(_acronym(name, mine) for name in record_journal_names(record)):
        return True  # the record gives only the acronym ("PNAS"), the print the full name
    if "." in printed:
        return False
    return any(_covers(theirs, mine) for theirs in names)


def journal_words_within(words: tuple[str, ...], record: Record) -> bool:
    """Whether folded `words` all abbreviate, in order, words of one of the record's
    journal names."""
    names = [w for w in (_words(n) for n in record_journal_names(record)) if w]
    return any(_within(words, theirs) for theirs in names)
