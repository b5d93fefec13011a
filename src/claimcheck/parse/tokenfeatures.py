"""What the sequence tagger is told about each token: its attributes, as python-crfsuite takes.

Each attribute is a UTF-8 `bytes` name ("w:smith", "pos:3", "first"): python-crfsuite copies
bytes as they are, while each `str` is first encoded into a new bytes object (~90,000 for the
example's 98 entries; ~8 % of crfsuite's conversion and lookup). The model's names are the
same either way. A token's own attributes (its word, shape, kind, suffix, case and cue word)
are computed once per distinct text and cached; what the tokens before it showed (full stops,
a year, an open bracket or quote, an "In") and its neighbours' words and kinds are added per
token. This runs for every token of every string parsed, so it is written with plain locals
and lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from claimcheck.parse.tokens import LEXICON, MONTHS, YEAR_TOKEN, Token

_new = tuple.__new__  # a NamedTuple's own constructor is Python code; made per token
_TEXT = itemgetter(0)  # a token's text (a Token is a tuple: text, start, end)
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)
_ASCII_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10
)
_LONG_RUN = re.compile(r"(.)\1\1+")


def _shape(text: str) -> bytes:
    """The "shape:" attribute: upper/lower/digit classes of the first 12 characters, runs cut
    to two ("Xxx", "dd"), the first 8 of those kept."""
    head = text[:12]
    if head.isascii():  # the common case, by table
        return _shape_name(head.translate(_ASCII_SHAPE))
    return _shape_name("".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit()
                               else c for c in head))


@lru_cache(maxsize=4096)
def _shape_name(chars: str) -> bytes:
    """The attribute of a class string; the few distinct ones ("Xxxxxx", "dddd") recur across
    most token texts, so each is cut and named once."""
    return ("shape:" + (_LONG_RUN.sub(_two, chars) if len(chars) > 2 else chars)[:8]).encode(
        "utf-8", "surrogatepass")


def _two(run: re.Match[str]) -> str:
    return run.group(1) * 2


def _kind(text: str) -> str:
    """A coarse class of the token: what kind of thing it is, independent of its context."""
    if text.isalpha():  # most tokens: a word, where only the tests below can hold
        if text.isupper() and len(text) <= 3:
            return "initial" if len(text) == 1 else "initials"
        return "url" if text.startswith("http") else "month" if text.lower() in MONTHS \
            else "word"
    if text.startswith(("http", "www.")):
        return "url"
    if text.startswith("10.") and "/" in text:
        return "doi"
    if text[:1] in "12" and YEAR_TOKEN.fullmatch(text):  # a year starts with 1 or 2
        return "year"
    if text.isdigit():
        return f"num{min(len(text), 5)}"
    # (no initial nor month here: both are letters only, tested above)
    return "punct" if len(text) == 1 and not text.isalnum() else "word"


class _Facts(NamedTuple):
    """What is known about one token text, computed once per distinct text (cached); a named
    tuple because a frozen dataclass's constructor costs a microsecond per field."""

    attributes: tuple[bytes, ...]  # the token's own attributes
    word: bytes  # its "w:" value, the right part of a word pair's name
    kind: str  # `_kind`'s class, which the counters test
    kind_right: bytes  # the kind as the right part of a kind pair's name
    seen_from: tuple[bytes, ...]  # its word as the neighbour at -2, -1, +1, +2
    # The names of the word pair ("b:word|right") and of the kinds around a token
    # ("k:kind|right") up to the right one's part, which a token appends: a concatenation per
    # token costs less than a format.
    pair_left: bytes
    kind_left: bytes


_OFFSETS = (-2, -1, 1, 2)
_SEEN = tuple(f"w{o:+d}:".encode() for o in _OFFSETS)
# Per cue word and per kind, its attribute (a lookup costs less than a format per text).
_LEX = {word: f"lex:{name}".encode() for word, name in LEXICON.items()}


class _KindNames(dict[str, tuple[bytes, bytes, bytes]]):
    """Per kind (`_kind`'s few), its attribute, the left part of a kind pair's name and the
    kind as its right part."""

    def __missing__(self, kind: str) -> tuple[bytes, bytes, bytes]:
        self[kind] = names = (f"kind:{kind}".encode(), f"k:{kind}|".encode(), kind.encode())
        return names


_KIND_NAMES = _KindNames()


@lru_cache(maxsize=65536)
def _facts(text: str) -> _Facts:
    low = text.lower()
    word = low if len(low) < 25 else "<long>"
    kind = _kind(text)
    kind_name, kind_left, kind_right = _KIND_NAMES[kind]
    # (half a surrogate pair, from a bad PDF or a JSON escape, is kept: no name the model knows)
    named = word.encode("utf-8", "surrogatepass")
    attributes = [b"w:" + named, _shape(text), kind_name,
                  ("suf3:" + low[-3:]).encode("utf-8", "surrogatepass")]
    # (a title-cased text is not upper-case, nor the reverse: one test decides which to try)
    if text.isupper():
        if len(text) > 1:
            attributes.append(b"upper")
        if low in _LEX:
            attributes.append(_LEX[low])
        if _ROMAN.fullmatch(text):
            attributes.append(b"roman")
    else:
        if text[:1].isupper() and text[1:].islower():
            attributes.append(b"title")
        if low in _LEX:
            attributes.append(_LEX[low])
    seen = (_SEEN[0] + named, _SEEN[1] + named, _SEEN[2] + named, _SEEN[3] + named)
    return _new(_Facts, (tuple(attributes), named, kind, kind_right, seen, b"b:" + named + b"|",
                         kind_left))


_POS = tuple(f"pos:{k}".encode() for k in range(10))
PERIODS = tuple(f"periods:{k}".encode() for k in range(6))
SEGMENTS = tuple(f"segments:{k}".encode() for k in range(5))
QUOTES = frozenset("\"“”«»")


def _running(tokens: tuple[Token, ...], facts: list[_Facts]) -> list[list[bytes]]:
    """Per token, what the tokens before it showed: full stops, a year, open brackets, quotes,
    an "In" opening a part. One pass with plain locals, because this runs for every token."""
    periods = segments = paren = 0  # counts capped at the last index of their names
    year = quote = seen_in = False
    prev = ""
    out: list[list[bytes]] = []
    for token, fact in zip(tokens, facts, strict=True):
        text = token.text
        attributes = [PERIODS[periods], SEGMENTS[segments]]
        if year:
            attributes.append(b"seen_year")
        if paren:
            attributes.append(b"paren")
        if quote:
            attributes.append(b"quote")
        if seen_in:
            attributes.append(b"seen_in")
        out.append(attributes)
        if text == ".":
            periods += periods < 5
            segments += segments < 4 and len(prev) > 1  # after a word, not after an initial
        elif text in "([":
            paren += 1
        elif text in ")]" and paren:
            paren -= 1
        elif text in QUOTES:
            quote = not quote
        year = year or fact.kind == "year"
        if not seen_in and prev in ("", ".", ",", ":", ";"):
            seen_in = text.lower() == "in"
        prev = text
    return out


# Stands for the tokens beyond either end, so the window needs no bounds checks.
_BEYOND = _Facts((), b"", "<edge>", b"<edge>", tuple(f"w{o:+d}:<edge>".encode() for o in _OFFSETS),
                 b"b:|", b"k:<edge>|")


def features(text: str, tokens: tuple[Token, ...]) -> list[list[bytes]]:
    """One attribute list per token ("name:value" or a bare flag, UTF-8), as python-crfsuite
    takes. The order of a token's attributes does not matter to the tagger (but crfsuite adds
    their weights in it: the same order gives the same sums to the last bit)."""
    facts = list(map(_facts, map(_TEXT, tokens)))  # (`map`: no Python step per token)
    out = _running(tokens, facts)
    n = len(tokens)
    # A sliding window of five, from one `zip` of the facts shifted (two stand beyond either
    # end, so the window needs no bounds checks); the facts' fields read by index, which
    # Python's interpreter does faster than by name: [0] attributes, [1] word, [3]
    # kind_right, [4] seen_from, [5] pair_left, [6] kind_left (-9 % of this function's
    # instructions over the example's tokens).
    padded = [_BEYOND, _BEYOND, *facts, _BEYOND, _BEYOND]
    glued = [False, *[a[2] == b[1] for a, b in pairwise(tokens)], False]  # token i-1 to i
    # (zip stops at the shortest: the window's last column, `padded[4:]`, is one a token)
    for i, attributes, far_before, before, fact, after, far_after in zip(
            range(n), out, padded, padded[1:], facts, padded[3:], padded[4:], strict=False):
        attributes += fact[0]
        attributes += (
            _POS[10 * i // n], before[6] + after[3], before[5] + fact[1],
            far_before[4][0], before[4][1], after[4][2], far_after[4][3],
        )
        if i == 0:
            attributes.append(b"first")
        elif glued[i]:
            attributes.append(b"glue_b")
        if i + 1 == n:
            attributes.append(b"last")
        elif glued[i + 1]:
            attributes.append(b"glue_a")
    return out
