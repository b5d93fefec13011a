"""A paper printed without a title of its own, only "in" and the book or proceedings
(physics, astronomy: "A. Yu. Smirnov, in Proc. of ..."): the lower-case cue "in" is no word of
the title the tagger read there; a title that starts with "In" is left whole."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Holler M., Balzer A., Chalme-Calvet R., et al., 2015, in Proc. 34th Int. Cosmic Ray "
         "Conference (ICRC2015), arXiv:1509.02896", "Proc. 34th Int. Cosmic Ray Conference"),
        ("Folkner, W. M. 2009, in IAU Symposium, Vol. 261, IAU Symposium, ed. S. A. Klioner, "
         "P. K. Seidelmann, & M. H. Soffel, 155-158", "IAU Symposium"),
    ],
)
def test_the_cue_in_is_no_title_word(text: str, title: str) -> None:
    assert parse_string(text).title.startswith(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Smith, J. (2001). In vitro studies of bone growth. Bone, 12, 1-9.",
         "In vitro studies of bone growth"),
        ("Proust, M. (1922). In Search of Lost Time. London: Chatto & Windus.",
         "In Search of Lost Time"),
    ],
)
def test_a_title_that_starts_with_in_stays(text: str, title: str) -> None:
    assert parse_string(text).title == title
