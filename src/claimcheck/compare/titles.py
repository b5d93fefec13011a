"""Titles: folding for comparison, similarity, subtitle handling and the words that differ.

Folding removes what styles and registries change freely: case, punctuation, HTML/JATS
markup and entities, LaTeX, diacritics, and Greek letters written as symbols or as names
("β-hydroxybutyrate" = "beta-hydroxybutyrate" = "$\\beta$-hydroxybutyrate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz.distance import Indel

from claimcheck.model import Record
from claimcheck.text import clean_markup, fold_words

_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψω",
        [
            "alpha",
            "beta",
            "gamma",
            "delta",
            "epsilon",
            "zeta",
            "eta",
            "theta",
            "iota",
            "kappa",
            "lambda",
            "mu",
            "nu",
            "xi",
            "omicron",
            "pi",
            "rho",
            "sigma",
            "tau",
            "upsilon",
            "phi",
            "chi",
            "psi",
            "omega",
        ],
        strict=True,
    )
)


# British and American spellings of one word (behaviour/behavior, anaesthesia/anesthesia,
# randomised/randomized, analyse/analyze, centre/center, defence/defense) are the same
# title word.
# Each with letters it cannot match without: most words skip most patterns unscanned.
_SPELLING = (
    ("our", re.compile(r"(?<=[a-z])our(al|s|ed|ing|able|ite|ism)?$"), r"or\1"),
    ("e", re.compile(r"ae|oe(?=[a-z])"), "e"),
    ("is", re.compile(r"(?<=[a-z])is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    ("ys", re.compile(r"(?<=[a-z])ys(e|ed|es|ing)$"), r"yz\1"),
    ("tre", re.compile(r"(?<=[a-z]{3})tre$"), "ter"),
    ("enc", re.compile(r"(?<=[a-z]{2})enc(e|es)$"), r"ens\1"),  # defence/defense, licence
)


@lru_cache(maxsize=65536)
def _canonical(word: str) -> str:
    for needed, pattern, replacement in _SPELLING:
        if needed in word:
            word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def fold_title(title: str) -> str:
    """Lower-case ASCII words of a title, Greek letters spelled out, one spelling."""
    text = clean_markup(title).replace("&", " and ")
    text = "".join(f" {_GREEK[c]} " if c in _GREEK else c for c in text.lower())
    # "alpha7" and "alpha 7", "5-HT2" and "5-HT 2": keep letters and digits apart.
    words = fold_words(text).split()
    parts = (part for word in words for part in re.findall(r"[a-z]+|\d+", word))
    return " ".join(_canonical(part) for part in parts)


def similarity(a: str, b: str) -> float:
    """Indel similarity of two folded titles, in [0, 1]."""
    if not a or not b:
        return 0.0
    return Indel.normalized_similarity(a, b)


class TitleVerdict(Enum):
    SAME = "same"
    SUBTITLE = "subtitle"  # the printed title lacks (or adds) the record's subtitle
    MISSPELT = "misspelt"  # close: typos or a few different words
    DIFFERENT = "different"  # another title altogether
    UNKNOWN = "unknown"  # nothing to compare


@dataclass(frozen=True, slots=True)
class TitleComparison:
    verdict: TitleVerdict
    score: float  # similarity of the best-matching record form
    record_title: str  # the record's title form it was compared with (unfolded)
    printed_only: tuple[str, ...] = ()  # words only in the printed title
    record_only: tuple[str, ...] = ()  # words only in the record's


# Titles at least this similar are the same title with typos or small wording changes;
# below DIFFERENT_BELOW they are other titles. Between: decided with the other fields.
CLOSE = 0.85
DIFFERENT_BELOW = 0.6


# Elsevier and Springer prefix a retracted article's own title ("RETRACTED: ...",
# "RETRACTED ARTICLE: ..."); the record is still the article.
_RETRACTED_LABEL = re.compile(r"^\s*retracted(?:\s+article)?\s*[:.\-–]\s*", re.IGNORECASE)
# Titles of notices about another work (Crossmark update types), which a reference to the
# work itself must not resolve to.
_NOTICE = re.compile(
    r"^(?:correction|erratum|corrigendum|retraction|notice of retraction|expression of "
    r"concern|withdrawal|withdrawn)\b",
)


def without_retracted_label(title: str) -> str:
    return _RETRACTED_LABEL.sub("", title)


def has_retracted_label(title: str) -> bool:
    return bool(_RETRACTED_LABEL.match(title))


def is_notice_of_other(printed: str, record_title: str) -> bool:
    """The record is a correction/retraction notice while the printed title is not one."""
    return bool(_NOTICE.match(fold_title(record_title))) and not _NOTICE.match(fold_title(printed))


def compare_title(printed: str, record: Record) -> TitleComparison:
    """Compares the printed title with the record's title, with and without its subtitle."""
    mine = fold_title(printed)
    title = without_retracted_label(record.title)
    full = f"{title}: {record.subtitle}" if record.subtitle else title
    if not mine or not title:
        return TitleComparison(TitleVerdict.UNKNOWN, 0.0, full)
    main = title.split(":")[0] if ":" in title else title
    forms = (full, title, main)
    squeezed = mine.replace(" ", "")
    if any(fold_title(form).replace(" ", "") == squeezed for form in (full, title)):
        return TitleComparison(TitleVerdict.SAME, 1.0, full)
    if _subtitle_only(mine, forms):
        diff = word_diff(printed, full)
        if _typos(*diff):  # the whole title printed, with a slip in a word of its subtitle
            return TitleComparison(
                TitleVerdict.MISSPELT, similarity(mine, fold_title(full)), full, *diff
            )
        verdict = TitleVerdict.SAME if _trivial(*diff) else TitleVerdict.SUBTITLE
        return TitleComparison(verdict, 1.0, full, *diff)
    score, best = max((similarity(mine, fold_title(form)), form) for form in forms)
    printed_only, record_only = word_diff(printed, best)
    if _trivial(printed_only, record_only):
        return TitleComparison(TitleVerdict.SAME, score, full)
    verdict = TitleVerdict.MISSPELT if score >= DIFFERENT_BELOW else TitleVerdict.DIFFERENT
    return TitleComparison(verdict, score, best, printed_only, record_only)


def _subtitle_only(mine: str, forms: tuple[str, ...]) -> bool:
    """The printed title is a run of the record's words (its main title; or words lost at
    either end, as a damaged parse loses them), or contains the record's title whole (a
    subtitle the record lacks, or text the parse kept in the title)."""
    folded = [fold_title(form) for form in forms]
    if any(mine != f and f" {mine} " in f" {f} " and len(mine) >= 20 for f in folded):
        return True
    return any(f" {f} " in f" {mine} " and len(f) >= 20 for f in folded)


def _typos(printed_only: tuple[str, ...], record_only: tuple[str, ...]) -> bool:
    """Words replaced one for one by near spellings of themselves ("reveiw" for "review",
    "brian" for "brain"): slips of the pen, not other words."""
    return (
        bool(printed_only)
        and len(printed_only) == len(record_only)
        and all(
            Indel.normalized_similarity(fold_title(a), fold_title(b)) >= 0.7
            for a, b in zip(printed_only, record_only, strict=True)
        )
    )


def title_slips(printed: str, recorded: str) -> bool:
    """The two titles differ only by slips of the pen in some words (see `_typos`)."""
    return _typos(*word_diff(printed, recorded))


_MINOR = frozenset(["a", "an", "the", "of", "in", "on", "and", "for", "to", "with", "by", "at"])


def _trivial(printed_only: tuple[str, ...], record_only: tuple[str, ...]) -> bool:
    """Only short or function words missing on one side ("(R)-" lost before "Ketamine", an
    "a" or "the" dropped): a lapse of form, not another wording. A word replaced by another
    ("(S)" for "(R)") is never trivial."""
    if printed_only and record_only:
        return False
    return all(len(w) <= 2 or w.lower() in _MINOR for w in (*printed_only, *record_only))


def display_words(title: str) -> list[tuple[str, str]]:
    """(as printed, folded) for each word of a title, hyphenated parts apart."""
    words = re.findall(r"[^\W_]+", clean_markup(title))
    return [(word, fold_title(word)) for word in words if fold_title(word)]


def word_diff(printed: str, recorded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words (as written) that appear on one side only, compared folded, in order."""
    mine, theirs = display_words(printed), display_words(recorded)
    mine_folded = {folded for _, folded in mine}
    theirs_folded = {folded for _, folded in theirs}
    return (
        tuple(word for word, folded in mine if folded not in theirs_folded),
        tuple(word for word, folded in theirs if folded not in mine_folded),
    )
