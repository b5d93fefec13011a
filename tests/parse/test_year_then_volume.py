"""A journal's volume printed after the year with no colon, which the tagger reads as the
date's: "Nature 2014 511 341–343", "Nanomaterials. 2019; 9 280", "Nutrients 2015, 7."
(parse/numberruns.py); and the volume before a page cue after its stop, "Aquaculture. 1982,
28. p. 39‑48" (parse/gluedvolume.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Smith A, Jones B. Bird declines are associated with high neonicotinoid "
      "concentrations. Nature 2014 511 341–343. (doi:10.1038/nature13531)", "511", "341-343"),
     ("Smith A, Jones B. Retinal neurons of the substantia nigra in vivo. J. Neurosci. 2008 "
      "28 672–680.", "28", "672-680"),
     ("Smith A, Jones B. Gas sensors from graphene. Nanomaterials. 2019; 9 280.", "9", "280"),
     ("Smith, A. « Salmon growth in cold water », Aquaculture. 1982, 28. p. 39‑48.", "28",
      "39-48"),
     ],
)
def test_the_volume_after_the_year(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)
    assert len(parsed.year) == 4 and parsed.year in text


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [  # a day of the month, a month's number: no volume
     ("Smith J. Flu season starts early. New York Times, 2015 Oct 10:A12.", "", "A12"),
     ("Hamilton WD. The genetical evolution of social behaviour. J Theor Biol 1964;7 1–16.",
      "7", "1-16"),
     ],
)
def test_look_alikes(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


# Vancouver's year printed with a colon, the issue in brackets after the volume
# (parse/yearcolon.py)
@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [("Smith A. Exercise for people with type 2 diabetes mellitus. Phys Ther. "
      "2008:88(11):1345–54.", "88", "11", "1345-1354"),
     ("Jones B. Exercise during pregnancy and the postpartum period. Obstet Gynecol. "
      "2002:99(1):171–3.", "99", "1", "171-173"),
     ],
)
def test_the_issue_after_the_year_colon(text: str, volume: str, issue: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.issue, parsed.pages) == (volume, issue, pages)
    assert parsed.year in ("2008", "2002")


# German styles' "In: Journal. 50 , S. 921–7": the volume before the page cue, read as a note
@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Smith, A. (2001): „AMPK is activated in muscle of subjects with type 2 diabetes during "
      "exercise.“ In: Diabetes. 50 , S. 921–7.", "50", "921-927"),
     ("Smith, A. (2012): „Polycarbonate-graphene nanocomposite foams.“ In: Polym. Degrad. "
      "Stab.. 97 , S. 1297–1304.", "97", "1297-1304"),
     ],
)
def test_the_volume_before_the_page_cue(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


def test_no_volume_from_an_issue_after_its_cue() -> None:
    # Polish "z. 1" (zeszyt, the issue) after the volume's Roman numeral
    parsed = parse_string("W. Nowicki, Ustrój miast pruskich, „Czasopismo Prawno-Historyczne” "
                          "1962, t. XIV, z. 1, s. 99–130.")
    assert parsed.volume != "1"
