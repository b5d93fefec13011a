"""Tokenising a reference string and describing each token for the sequence tagger.

Tokens keep their character offsets so a labelled run maps back to the exact printed text.
URLs and DOIs are single tokens (their inner punctuation is not structure); everything else
splits into alphanumeric runs and single punctuation marks, so "2010;12(3):34-56" yields the
year, volume, issue and page tokens Vancouver styles glue together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?:https?://|www\.)\S+[^\s.,;)\]>]"  # URL
    r"|10\.\d{4,9}/\S+[^\s.,;\]>]"  # bare DOI
    r"|\w+"  # word or number (Unicode letters included)
    r"|[^\w\s]",  # one punctuation mark
)
_YEAR = re.compile(r"(?:1[5-9]\d\d|20\d\d)[a-z]?")
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)
# Cue words of each field, as they appear across APA, Vancouver, Chicago, physics and
# humanities styles (see the AnyStyle and GROBID training corpora).
_LEXICON = {
    "journal": "journal j jour proc proceedings trans transactions rev review reviews lett "
    "letters annals ann bull bulletin acta res comm commun communications int natl med sci "
    "phys chem biol am soc quarterly magazine",
    "conf": "conference conf symposium symp workshop meeting congress colloquium",
    "publisher": "press publisher publishers publishing verlag wiley springer elsevier "
    "university univ books academic mit cambridge oxford routledge sage inc ltd co company",
    "editor": "ed eds editor editors edited hrsg hg dir",
    "pages": "pp p pages page s",
    "volume": "vol volume vols bd band tome",
    "issue": "no nr issue heft num",
    "doi": "doi",
    "in": "in dans",
    "and": "and et und y",
    "etal": "al others",
    "thesis": "thesis dissertation phd ph diss",
    "report": "report technical tech tr memo",
    "web": "available accessed online retrieved http https www",
}
LEXICON = {word: name for name, words in _LEXICON.items() for word in words.split()}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _shape(text: str) -> str:
    chars = ["X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
             for c in text[:12]]
    return re.sub(r"(.)\1+", r"\1\1", "".join(chars))


def _kind(text: str) -> str:
    """A coarse class of the token: what kind of thing it is, independent of its context."""
    if text.startswith(("http", "www.")):
        return "url"
    if text.startswith("10.") and "/" in text:
        return "doi"
    if _YEAR.fullmatch(text):
        return "year"
    if text.isdigit():
        return f"num{min(len(text), 5)}"
    if len(text) == 1 and not text.isalnum():
        return "punct"
    if text.isalpha() and len(text) == 1 and text.isupper():
        return "initial"
    if text.isupper() and text.isalpha() and len(text) <= 3:
        return "initials"
    if text.lower() in _MONTHS:
        return "month"
    return "word"


@dataclass(frozen=True, slots=True)
class _Facts:
    """What is known about one token on its own, computed once and shared with neighbours."""

    word: str
    kind: str
    attributes: tuple[str, ...]


def _facts(token: Token) -> _Facts:
    text = token.text
    low = text.lower()
    word = low if len(low) < 25 else "<long>"
    kind = _kind(text)
    attributes = [f"w:{word}", f"shape:{_shape(text)[:8]}", f"kind:{kind}",
                  f"suf3:{low[-3:]}", f"pre3:{low[:3]}"]
    if text[:1].isupper() and text[1:].islower():
        attributes.append("title")
    if text.isupper() and len(text) > 1:
        attributes.append("upper")
    if low in LEXICON:
        attributes.append(f"lex:{LEXICON[low]}")
    if _ROMAN.fullmatch(text) and text.isupper():
        attributes.append("roman")
    return _Facts(word, kind, tuple(attributes))


def _context(i: int, facts: list[_Facts], state: dict[str, int]) -> list[str]:
    """Features that depend on where the token sits: position, what was seen before it."""
    n = len(facts)
    out = [f"pos:{10 * i // n}", f"periods:{min(state['periods'], 5)}",
           f"commas:{min(state['commas'], 6)}"]
    flags = (("first", i == 0), ("last", i == n - 1), ("seen_year", state["year"] > 0),
             ("paren", state["paren"] > 0), ("quote", state["quote"] % 2 == 1),
             ("seen_in", state["in"] > 0))
    out.extend(name for name, on in flags if on)
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if 0 <= j < n:
            out.append(f"w{offset:+d}:{facts[j].word}")
            out.append(f"k{offset:+d}:{facts[j].kind}")
        else:
            out.append(f"w{offset:+d}:<edge>")
    return out


def _advance(state: dict[str, int], token: Token, prev: Token | None) -> None:
    text = token.text
    state["periods"] += text == "."
    state["commas"] += text == ","
    state["year"] += bool(_YEAR.fullmatch(text))
    state["paren"] += (text in "([") - (text in ")]")
    state["paren"] = max(state["paren"], 0)
    state["quote"] += text in "\"“”«»"
    is_in = text.lower() == "in" and (prev is None or prev.text in ".,:;")
    state["in"] += is_in


def features(text: str, tokens: tuple[Token, ...]) -> list[list[str]]:
    """One attribute list per token ("name:value" or a bare flag), as python-crfsuite takes."""
    facts = [_facts(token) for token in tokens]
    state = dict.fromkeys(("periods", "commas", "year", "paren", "quote", "in"), 0)
    out: list[list[str]] = []
    for i, token in enumerate(tokens):
        attributes = list(facts[i].attributes)
        if i > 0 and tokens[i - 1].end == token.start:
            attributes.append("glue_b")
        if i + 1 < len(tokens) and tokens[i + 1].start == token.end:
            attributes.append("glue_a")
        attributes.extend(_context(i, facts, state))
        out.append(attributes)
        _advance(state, token, tokens[i - 1] if i else None)
    return out
