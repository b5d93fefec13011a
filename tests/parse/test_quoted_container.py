"""A quoted title the tagger read as the start of the container (parse/quotedcontainer.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("D.H. Reneker, & A.L. Yarin / “Electrospinning Jets and Polymer Nanofibers” / "
         "Polymer (Guildf). 49 / 2387–2425.", "Electrospinning Jets and Polymer Nanofibers",
         "Polymer (Guildf)"),
        ("S. Jiang, Y. Chen, G. Duan, C. Mei, A. Greiner, & S. Agarwal / “Electrospun "
         "Nanofiber Reinforced Composites: A Review” / Polym. Chem. 9 / 2685–2720.",
         "Electrospun Nanofiber Reinforced Composites: A Review", "Polym. Chem."),
    ],
)
def test_the_quoted_words_are_the_title(text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # a quoted journal alone after the names: no title to take out of it (the volume's
        # word "t." is no part of the journal since session 21: notenumbers.volume_word_out)
        ("Smith, J., „Cell Res.“, t. 23 (2013), 5–9.", "", "Cell Res.“"),
        # two words in quotes (the tagger's title here)
        ("Smith, J. / “Nature Genetics” / Suppl. 4 / 12–19.", "Nature Genetics", ""),
    ],
)
def test_left_alone(text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)
