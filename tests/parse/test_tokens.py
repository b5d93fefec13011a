"""Tokens and their attributes: the faster ways of building them give what the plain ones do."""

from __future__ import annotations

import pytest

from claimcheck.parse import tokenfeatures, tokens
from claimcheck.parse.tokenfeatures import features
from claimcheck.parse.tokens import Token, tokenize

_AWKWARD = [
    "Smith, J. (2001). A title_with_underscores. J. Phys. 12(3):34-56.",
    "  leading and trailing spaces  ",
    "snake_case__and _ lone underscores_",
    "Cafe\u0301 de\u0301compose\u0301, \u00bd \u00b2 \u0663\u0664 2010;12(3):34\u201356",
    "https://example.org/a_b?x=1. See www.x.org/y, doi 10.1000/abc_d.e.",
    "",
    " \t\n ",
    "_",
    "Smith, J. A title. " + "_ \u00a0" * 3000,  # a long skipped run at the end, taken whole
    "x" + " _" * 3000 + ".",
]


def _plain_tokens(text: str) -> tuple[Token, ...]:
    """Each match of the token pattern with its own offsets (the definition)."""
    return tuple(Token(m[0], m.start(), m.end()) for m in tokens._TOKEN.finditer(text))


@pytest.mark.parametrize("text", _AWKWARD)
def test_tokens_are_the_pattern_s_matches_with_their_offsets(text: str) -> None:
    found = tokenize(text)
    assert found == _plain_tokens(text)
    assert all(text[t.start:t.end] == t.text for t in found)


def test_pair_and_kind_names_are_spelled_as_the_model_knows_them() -> None:
    text = "Smith, J. 2001"
    attributes = features(text, tokenize(text))
    # "J": after ",", before "."; the pair's left word is the one before
    assert {"k:punct|punct", "b:,|j", "kind:initial", "shape:X", "w:j"} <= set(attributes[2])
    # the first token's left neighbour is the edge, the last's right one too
    assert {"k:<edge>|punct", "b:|smith"} <= set(attributes[0])
    assert {"k:punct|<edge>", "b:.|2001", "kind:year", "shape:dd"} <= set(attributes[4])


def test_a_kind_not_listed_beforehand_is_named_as_any_other() -> None:
    assert tokenfeatures._KIND_NAMES["num9"] == ("kind:num9", "k:num9|")

