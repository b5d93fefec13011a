"""The last name of a list whose names after the first print their initials first
(parse/givenlast.py): "Family, I., I. Family, I. | Family: Title" keeps that family."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "last"),
    [
        ("Berger, T., M. Olsen, P. Kravitz, R. Lindqvist: Seasonal drift of the upper ocean "
         "heat content: J Mar Res 14/2015: s. 12–40.",
         "Seasonal drift of the upper ocean heat content", "Lindqvist"),
        ("Moreau, A., C. Dubois, E. Fontaine: „the price of water in rural senegal“, in: "
         "World Dev. 51/3, 2013, 77–90.",
         "the price of water in rural senegal", "Fontaine"),
        ("Ortega, L.M., S.K. Rao, D.B. Hale; Coastal upwelling and its limits; Nature; 2011; "
         "221–225.",
         "Coastal upwelling and its limits", "Hale"),
        ("Keller, R., J. Nowak-Brandt, H. Weiss-Olsen, Farm size and labour in Bavaria, "
         "Agric. Econ. 8 (1999), 101–120.",
         "Farm size and labour in Bavaria", "Weiss-Olsen"),
    ],
)
def test_the_family_after_the_last_initials_is_a_name(text: str, title: str, last: str
                                                      ) -> None:
    ref = parse_string(text)
    assert ref.title.strip(" .„“") == title
    assert ref.authors[-1].family == last


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # family-first names end with their initials: the title is whole
        ("Berger, T., Olsen, M., Kravitz, P.: Seasonal drift of the upper ocean: J Mar Res "
         "14/2015: s. 12–40.", "Seasonal drift of the upper ocean"),
        ("Berger T., Olsen M., Kravitz P., Darwin: the last years, Hist. Sci. 9 (2001), 1–9.",
         "Darwin: the last years"),
    ],
)
def test_names_that_end_with_their_initials_keep_the_title(text: str, title: str) -> None:
    assert parse_string(text).title.strip(" .") == title


@pytest.mark.parametrize(
    "text",
    [
        "Gay, P., S. Freud: A Life for Our Time, New York 1988.",
        "Ackroyd, P., T. S. Eliot: A Life, London 1984.",
        "Carpenter, H., J. R. R. Tolkien: A Biography, London 1977.",
        "Wolff, C., J. S. Bach: The Learned Musician, New York 2000.",
    ],
)
def test_one_author_and_a_title_that_opens_with_a_persons_initials(text: str) -> None:
    # two names, the first inverted, print as one author and a title naming a person
    subject = text.split(":")[0].split()[-1]
    ref = parse_string(text)
    assert subject in ref.title
    assert subject not in [a.family for a in ref.authors]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gay, P., S. Freud: A Life for Our Time, New York 1988.", "S. Freud: A Life for Our Time"),
        ("Ackroyd, P., T. S. Eliot: A Life, London 1984.", "T. S. Eliot: A Life"),
        ("Kershaw, I., A. Hitler: Hubris, London 1998.", "A. Hitler: Hubris"),
    ],
)
def test_a_biographys_subject_keeps_its_initials_in_the_title(text: str, title: str) -> None:
    # the lone initials are no author of their own: the title opens with them
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == [text.split(",")[0]]
    assert ref.title == title
