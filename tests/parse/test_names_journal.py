"""Where the names end and the journal begins in chemistry's title-less entries
(parse/namesjournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "last", "container"),
    [("Kim, H.; Ye, G.; Wang, J. Genetics 2011, 188, 12–19.", "Wang", "Genetics"),
     ("Lee, N. D.; Park, D. W.; Shaw, J. E. Diabetes Res Clin Pract 2010, 80, 40–45.",
      "Shaw", "Diabetes Res Clin Pract"),
     ("Ross, R.; Hall, A. Adv, Drug Deliv Rev, 2012, 64, 12–20.", "Hall",
      "Adv, Drug Deliv Rev"),
     ],
)
def test_names_and_journal_part(text: str, last: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.authors[-1].family, parsed.container) == (last, container)
    assert parsed.authors[-1].given


@pytest.mark.parametrize(
    ("text", "container"),
    [("J. Smith, A. Brown, J. Chem. Phys. 130, 1 (2009).", "J. Chem. Phys."),
     ("Ho, K.; Yu, C. Nat Rev Cancer 2008, 8, 120.", "Nat Rev Cancer"),
     # given names first after a one-word name, and two names joined by "and"
     ("Anand, G. Sahni, M.K. Sharma, R.K. Gupta, Phys. Rev. C 91 (2015) 054606.",
      "Phys. Rev. C"),
     ("Okada and Arai, J. Cell Science. (2003) 116: 2375-2382", "J. Cell Science."),
     ],
)
def test_the_journal_stays(text: str, container: str) -> None:
    assert parse_string(text).container == container


@pytest.mark.parametrize("text", ["Zhang, Y. Q.; Chem", "Kim, H. J. K.; Chem"])
def test_an_entry_cut_after_the_first_name_does_not_crash(text: str) -> None:
    """A line cut short after the first name and one word (a PDF's broken entry)."""
    assert parse_string(text).authors[0].family in ("Zhang", "Kim")
