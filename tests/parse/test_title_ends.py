"""Where a title ends: not inside a bracket it opened (parse/titlebracket.py), and with the
year it reports on after the date was printed (parse/dates.py: `title_year_after_the_date`)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.dates import title_year_after_the_date
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Chen, L., Wu, M. (2014). Salt stress signalling in barley (Hordeum vulgare L. "
         "Genet. Mol. Res., 13, 1–9.", "Salt stress signalling in barley (Hordeum vulgare L)",
         "Genet. Mol. Res."),
        ("Gomez, R. et al., 2016. Nitrogen uptake and root growth in maize (Zea mays L. Planta, "
         "244, 75–88.", "Nitrogen uptake and root growth in maize (Zea mays L)", "Planta"),
    ],
)
def test_a_title_keeps_the_bracket_it_opened(text: str, title: str, journal: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)


def test_a_closed_bracket_is_as_before() -> None:
    ref = parse_string("Smith J. Growth of mice (Mus musculus). J Biol Chem 12: 1-5.")
    assert (ref.title, ref.container) == ("Growth of mice (Mus musculus)", "J Biol Chem")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Park, S., Lee, J. (2012) Tobacco use among high school students in Korea, 2009. "
         "Prev Med 54: 11–15.", "Tobacco use among high school students in Korea, 2009",
         "2012"),
        ("National Cancer Institute (2012) Cancer Trends Progress Report, 2011. Bethesda "
         "(MD): NCI.", "Cancer Trends Progress Report, 2011", "2012"),
    ],
)
def test_the_year_a_title_reports_on(text: str, title: str, year: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.year) == (title, year)


def test_a_year_after_the_title_with_no_date_before_is_left_alone() -> None:
    tokens = tokenize("Park S. Tobacco use in Korea, 2012. Prev Med 54")
    out = ["author"] * 3 + ["title"] * 5 + ["date", "date"] + ["container"] * 2 + ["volume"]
    assert len(out) == len(tokens)
    before = list(out)
    title_year_after_the_date(tokens, out)
    assert out == before


def test_a_later_year_is_no_title_year() -> None:
    tokens = tokenize("Park S (2008) Tobacco use in Korea, 2010. Prev Med 54")
    out = ["author"] * 2 + ["date"] * 3 + ["title"] * 5 + ["date", "date"] + \
        ["container"] * 2 + ["volume"]
    assert len(out) == len(tokens)
    before = list(out)
    title_year_after_the_date(tokens, out)
    assert out == before
