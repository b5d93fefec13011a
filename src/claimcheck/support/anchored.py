"""Effect directions tied to what they are about: "X was higher, Y lower" against "X lower".

Owns the direction check that reads each direction word ("higher", "reduced", "did not
improve") together with the content words of its own clause (the outcome, group or place it
is said of), on both sides. A word the claim and its evidence both tie to a direction, with
only opposite signs, is a flip about that thing: "aerosols were very high in the wards and
lower in the toilets" against "very low in the wards, but higher in the toilets" flips on
"wards" and "toilets", though both texts hold both directions (which the bag-of-directions
check of `polarity` reads as agreement). Each fired check is one number for the model
(`ANCHORED_NAMES`) and one reason in words (`anchored_reason`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.support import lexicon
from claimcheck.support.polarity import direction_sign, negator_before

ANCHORED_NAMES = ("anchored_flip", "anchored_agree", "anchored_flip_share")

WINDOW = 6  # words either side of a direction word that it may be said of, within the clause
# Clauses end at punctuation and at a contrast: "very low, but higher in the toilets".
_CLAUSE = re.compile(r"[,;:.()\[\]]\s|[;:()\[\]]|\b(?:but|whereas|while|although|though)\b",
                     re.IGNORECASE)
# "more protective", "less likely": the comparative leans on the direction word after it.
_LEANING = frozenset({"more", "less", "greater", "fewer"})


@dataclass(frozen=True, slots=True)
class Anchored:
    """Content key -> the signs the text ties to it, and the words that said each sign."""

    signs: dict[str, frozenset[int]]
    said: dict[tuple[str, int], str]
    word: dict[str, str]  # content key -> the word as written (for the reason)


def _content_key(word: str) -> str:
    if word in lexicon.STOPWORDS or len(word) <= 2 or word.isdigit() or direction_sign(word):
        return ""
    return lexicon.stem(word)[: lexicon.KEY_LENGTH]


@lru_cache(maxsize=4096)
def anchored(text: str) -> Anchored:
    """The signed directions of each clause of `text`, tied to the clause's content words."""
    signs: dict[str, set[int]] = {}
    said: dict[tuple[str, int], str] = {}
    word: dict[str, str] = {}
    for clause in _CLAUSE.split(text):
        words = lexicon.words(clause)
        for i, current in enumerate(words):
            sign = direction_sign(current)
            if not sign or (current in _LEANING and i + 1 < len(words)
                            and direction_sign(words[i + 1])):
                continue
            negator = negator_before(words, i)
            sign = -sign if negator else sign
            for other in words[max(0, i - WINDOW): i + WINDOW + 1]:
                if key := _content_key(other):
                    signs.setdefault(key, set()).add(sign)
                    said.setdefault((key, sign), f"{negator} {current}".strip())
                    word.setdefault(key, other)
    return Anchored({k: frozenset(v) for k, v in signs.items()}, said, word)


def _compare(claim: str, evidence: str) -> tuple[list[str], list[str]]:
    """(keys tied to opposite signs only, keys tied to a sign in common), claim order."""
    mine, theirs = anchored(claim), anchored(evidence)
    shared = [k for k in mine.signs if k in theirs.signs]
    flips = [k for k in shared if not mine.signs[k] & theirs.signs[k]]
    return flips, [k for k in shared if k not in flips]


def anchored_checks(claim: str, evidence: str) -> tuple[float, float, float]:
    """The checks in ANCHORED_NAMES order: a flip about a shared word, an agreement about
    one, and the share of the shared anchored words that flip."""
    flips, agrees = _compare(claim, evidence)
    total = len(flips) + len(agrees)
    return float(bool(flips)), float(bool(agrees)), len(flips) / total if total else 0.0


def anchored_reason(claim: str, evidence: str) -> str:
    """'direction disagrees about "wards": ...' for a flip with no agreement, else ""."""
    flips, agrees = _compare(claim, evidence)
    if not flips or agrees:
        return ""
    key = flips[0]
    mine, theirs = anchored(claim), anchored(evidence)
    sign = next(iter(mine.signs[key]))
    return (f'direction disagrees about "{mine.word[key]}": the claim says '
            f'"{mine.said[(key, sign)]}", the source "{theirs.said[(key, -sign)]}"')
