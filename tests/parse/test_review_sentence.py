"""A title's closing sentence ("A review.") read as the journal's first words."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Lawal AT :. Graphene-based nano composites and their applications. A review. Biosens "
         "Bioelectron 141 : 111384, 2019", "Graphene-based nano composites and their "
         "applications. A review", "Biosens Bioelectron"),
        ("Malézieux E, Crozat Y, Dupraz C. Mixing plant species in cropping systems: concepts, "
         "tools and models. A review. Agronomy for Sustainable Development. 2009;29:43–62.",
         "Mixing plant species in cropping systems: concepts, tools and models. A review",
         "Agronomy for Sustainable Development"),
    ],
)
def test_the_review_sentence_is_the_titles(text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_a_journal_opening_with_an_article_stays() -> None:
    ref = parse_string("Smith J. Fractals in nature. Fractals. An Interdisciplinary Journal. "
                       "2001; 3: 4.")
    assert ref.title == "Fractals in nature"
