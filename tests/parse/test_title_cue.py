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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Smith J. in Vivo Imaging of Tumour Angiogenesis. Nat Med. 2010;16:12-18.",
         "in Vivo Imaging of Tumour Angiogenesis"),
        ("Chen Y. in Situ TEM Observation of Lithiation. Nano Lett. 2012;12:1-6.",
         "in Situ TEM Observation of Lithiation"),
        ("Smith, J. (2004). in Memoriam: John Doe. Journal of History, 12(2), 1-2.",
         "in Memoriam: John Doe"),
        ("Taylor, R. (2000). in Defence of History. London: Routledge.", "in Defence of History"),
    ],
)
def test_a_lower_case_in_after_a_full_stop_opens_the_title(text: str, title: str) -> None:
    # (a cue follows the comma that closes the names or the date: ", in Proc. ...")
    assert parse_string(text).title == title
