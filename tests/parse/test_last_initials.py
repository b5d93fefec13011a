"""The last author's initials before a colon, "Family, II, Family, II: Title"
(parse/authors.py: `initials_before_colon`)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.authors import initials_before_colon
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "last"),
    [
        ("Okafor, C, Lindqvist, MB, Tanaka, H, Brennan, A: A model of axonal transport in "
         "motor neurons. Neuron, 81: 12–20, 2014.", "A model of axonal transport in motor "
         "neurons", "Brennan"),
        ("Ruiz, M, Sato, K, Holm, CA: A framework for the inference of cortical connectivity. "
         "Neuroimage, 20: 1–9, 2003.", "A framework for the inference of cortical "
         "connectivity", "Holm"),
    ],
)
def test_the_initials_glued_to_the_colon_close_the_names(text: str, title: str,
                                                         last: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.authors[-1].family == last


def test_an_acronym_after_a_complete_name_opens_the_title() -> None:
    tokens = tokenize("Smith, J, Jones, K, DNA: the secret of life")
    out = ["author"] * 8 + ["title"] * (len(tokens) - 8)
    before = list(out)
    initials_before_colon(tokens, out)
    assert out == before


def test_a_spaced_colon_is_no_initials_colon() -> None:
    tokens = tokenize("Smith, J, Jones, A : Title words here")
    out = ["author"] * 7 + ["title"] * (len(tokens) - 7)
    before = list(out)
    initials_before_colon(tokens, out)
    assert out == before


def test_a_lower_case_word_after_the_colon_is_a_subtitles() -> None:
    # "DNA: the double helix": a title and its subtitle, not initials closing the names
    tokens = tokenize("Smith, J, Jones, K, Lee, DNA: the double helix revisited. Nature")
    out = ["author"] * 10 + ["title"] * (len(tokens) - 10)
    before = list(out)
    initials_before_colon(tokens, out)
    assert out == before
