"""The review of fields21's `nametail` (session 20): a group's or a place's "X in Y" closing an
unstopped title stays in the title; a series' "Word in ..." still goes to the container."""

from __future__ import annotations

import pytest

from claimcheck.parse.parser import parse_string


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ahmed S, Khan R (2018) Religious identity among young Muslims in Britain Ethn Racial "
         "Stud 41 1–20", "Muslims in Britain"),
        ("Becker T (2011) Burden of pulmonary TB in India Int J Tuberc Lung Dis 15 1–6",
         "TB in India"),
    ],
)
def test_a_groups_place_stays_in_the_title(text: str, kept: str) -> None:
    assert parse_string(text).title.endswith(kept)


def test_a_series_name_still_goes_to_the_container() -> None:
    ref = parse_string("Clarke E, Grumberg O (2000) Counterexample-guided abstraction refinement "
                       "Lecture Notes in Computer Science 1855 154–169")
    assert ref.container == "Lecture Notes in Computer Science"
