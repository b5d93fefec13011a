"""A journal whose name opens with initials ("C. R. Acad. Sci.", Comptes rendus) straight
after an author list with no title: the initials are the journal's, not a last author's."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "family", "container"),
    [
        ("P. SCRIBE. C.R. Acad. Sci. Série C, 261, 160 (1965);", "SCRIBE",
         "C.R. Acad. Sci. Série C"),
        ("M. DUPONT. C. R. Acad. Sci. Série B, 305, 117 (1987).", "DUPONT",
         "C. R. Acad. Sci. Série B"),
        ("C. K. CHANG. J. Am. Chem. Soc. 99, 2819 (1977).", "CHANG", "J. Am. Chem. Soc."),
    ],
)
def test_initials_opening_the_journal(text: str, family: str, container: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == [family]
    assert ref.container == container


def test_initials_before_a_family_name_stay_the_authors() -> None:
    ref = parse_string("K. Smith, J.D. Lewin. Phys. Rev. 12, 33 (1990).")
    assert [a.family for a in ref.authors] == ["Smith", "Lewin"]
