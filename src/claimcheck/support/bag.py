"""Word keys of a (claim, evidence) pair for the verdict model's learnt word weights.

Owns which words the model may weigh on their own: every word of the claim (`c:`), and the
claim's words its evidence sentences lack (`m:`), stop words included, since "not", "only",
"all" and "than" carry much of what makes a citation inaccurate. Keys are stems cut to six
letters, as everywhere in the support features; the weights themselves are learnt from the
shared tuning sets (`benchmarks/train_support.py`) and kept only for words seen in several
cited works, so no single article's wording is memorised.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.support import lexicon


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    return word if any(c.isdigit() for c in word) else lexicon.stem(word)[: lexicon.KEY_LENGTH]


def bag_keys(claim: str, evidence: str) -> frozenset[str]:
    """`c:` keys of the claim's words and `m:` keys of those the evidence text lacks."""
    mine = frozenset(_key(w) for w in lexicon.words(claim))
    theirs = frozenset(_key(w) for w in lexicon.words(evidence))
    return frozenset({*(f"c:{k}" for k in mine), *(f"m:{k}" for k in mine - theirs)})
