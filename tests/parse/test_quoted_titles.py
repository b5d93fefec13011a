"""A title printed in quotation marks is everything between them: the tagger's cut at an
inner comma or initial ("Declines: Trends, | Impacts and Drivers’", "leaves of T. | minuta“")
is undone (parse/quoted.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Potts, S. G., and W. E. Kunin, ‘Global Pollinator Declines: Trends, Impacts and "
         "Drivers’, Trends in Ecology and Evolution, Vol. 25, No. 6, 2010, pp. 345–353.",
         "Global Pollinator Declines: Trends, Impacts and Drivers",
         "Trends in Ecology and Evolution"),
        ("T. Berset u. a.: „Notch inhibition of RAS signaling during C. elegans vulval "
         "development.“ In: Science 291 (2001), S. 1055–1058.",
         "Notch inhibition of RAS signaling during C. elegans vulval development", ""),
        ("Tereschuk, M. L., and L. R. Abdala. „Antimicrobial activity of flavonoids from "
         "leaves of T. minuta“, J. Ethnopharmacol 56/1997, bls. 227–232.",
         "Antimicrobial activity of flavonoids from leaves of T. minuta", "J. Ethnopharmacol"),
        ("S. Tao and P. M. Bolger, “Dietary Arsenic Intakes in the United States: FDA Total "
         "Diet Study, September 1991-December 1996”, Food Addit. Contam. 16 (1999): 465–72.",
         "Dietary Arsenic Intakes in the United States: FDA Total Diet Study, September "
         "1991-December 1996", "Food Addit. Contam."),
    ],
)
def test_a_quoted_title_runs_to_its_closing_quote(
        text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.container == container or not container  # (not this rule's: "Science 291")


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ('J. Smith, "Rome, Paris, and London: Three Cities," Urban History 12, no. 3 '
         "(1990): 45–67.", "Rome, Paris, and London: Three Cities", "Urban History"),
        # a quoted phrase inside a title that is not quoted as a whole
        ("Brown, K. (2004). The ‘Spanish flu’ and its legacy. Medical History 48, 1-20.",
         "The ‘Spanish flu’ and its legacy", "Medical History"),
        # an apostrophe is no closing quote
        ("Lee, J. ‘Children’s health in cities’, Public Health 12 (2001): 3–9.",
         "Children’s health in cities", "Public Health"),
    ],
)
def test_other_quotes_are_left_alone(text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_a_quoted_title_read_into_the_author_run() -> None:
    ref = parse_string("Kaurinovic, B. u. a.: „Antioxidant capacity of O. basilicum L. and "
                       "Origanum vulgare L. extracts“, Molecules 16 (2011), S. 7401–7414.")
    assert [a.family for a in ref.authors] == ["Kaurinovic"]
    assert ref.title == "Antioxidant capacity of O. basilicum L. and Origanum vulgare L. extracts"
    assert ref.container == "Molecules"
