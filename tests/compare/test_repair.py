from __future__ import annotations

import pytest

from claimcheck.compare.repair import MAX_PER_DOI, repair_candidates
from claimcheck.model import Doi
from claimcheck.text import is_valid_doi


@pytest.mark.parametrize(
    ("printed", "intended"),
    [
        ("10.1097/0000542-199212000-00022", "10.1097/00000542-199212000-00022"),  # lost zero
        ("10.31887/dcms.2014.16.1/fholsboer", "10.31887/dcns.2014.16.1/fholsboer"),  # m/n
        ("10.1038/nature100130", "10.1038/nature10130"),  # doubled
        ("10.1038/nature1130", "10.1038/nature11130"),  # a repeat typed once
        ("10.1016/j.cell.2021.01.043", "10.1016/j.cell.2021.01.034"),  # swapped neighbours
        ("10.1001/archpsyc.63.8.856", "10.1001/archpsyc.63.8.856".replace("856", "865")),
    ],
)
def test_intended_doi_is_among_candidates(printed: str, intended: str) -> None:
    assert intended in repair_candidates(Doi(printed))


def test_candidates_are_bounded_distinct_valid_and_exclude_the_input() -> None:
    doi = Doi("10.1016/j.biopsych.2009.08.038")
    candidates = repair_candidates(doi)
    assert 0 < len(candidates) <= MAX_PER_DOI
    assert len(set(candidates)) == len(candidates)
    assert doi not in candidates
    assert all(is_valid_doi(c) and c.startswith("10.1016/") for c in candidates)


def test_two_slips_combined() -> None:
    assert "10.1097/00000542-199212000-00022" in repair_candidates(
        Doi("10.1097/0000542-199212000-0022")
    )
    assert "10.31887/dcns.2014.16.1/fholsboer" in repair_candidates(
        Doi("10.31887/dcms.2014.16.1/fho1sboer")
    )


def test_no_suffix_no_candidates() -> None:
    assert repair_candidates(Doi("10.1000")) == ()
