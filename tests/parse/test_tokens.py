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
    assert {b"k:punct|punct", b"b:,|j", b"kind:initial", b"shape:X", b"w:j"} <= set(attributes[2])
    # the first token's left neighbour is the edge, the last's right one too
    assert {b"k:<edge>|punct", b"b:|smith"} <= set(attributes[0])
    assert {b"k:punct|<edge>", b"b:.|2001", b"kind:year", b"shape:dd"} <= set(attributes[4])


def test_names_are_the_utf8_of_the_text_they_name() -> None:
    text = "Müller, É. Straße café"
    attributes = features(text, tokenize(text))
    assert {b"w:m\xc3\xbcller", b"b:|m\xc3\xbcller", b"w+1:,", b"w+2:\xc3\xa9"} <= set(
        attributes[0])
    assert b"suf3:af\xc3\xa9" in attributes[-1] and b"shape:Xxx" in attributes[-2]


def test_a_kind_not_listed_beforehand_is_named_as_any_other() -> None:
    assert tokenfeatures._KIND_NAMES["num9"] == (b"kind:num9", b"k:num9|", b"num9")



@pytest.mark.parametrize("numpy", [True, False])
def test_a_lone_surrogate_is_tagged_as_any_other_word(numpy: bool) -> None:
    # a bad PDF or a JSON "\ud835" escape leaves half a pair in the text
    from claimcheck.parse.tagger import tag_many

    text = "Doe, J. (2018). Bad PDF \ud835 text here. Nature, 5, 1-2."
    labels, marginals = tag_many([tuple(tokenize(text))], numpy=numpy)[0]
    assert len(labels) == len(marginals) == len(tokenize(text))
