"""A journal printed straight after the names with no title (parse/journalafternames.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.journalafternames import journal_after_slashes
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "journal", "families"),
    [
        ("Okafor, C. N.; Brandt, P. L. Ibis 2004, 146, 512.", "Ibis", ["Okafor", "Brandt"]),
        ("Moreau, A. B., Keller, T., Ruiz, M. A. Nature, 2011, 471, 51–55.", "Nature",
         ["Moreau", "Keller", "Ruiz"]),
        ("Hartley, P. Molecular Ecology 2010, 19, 1001–1010.", "Molecular Ecology", ["Hartley"]),
    ],
)
def test_the_journal_after_the_names(text: str, journal: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.title) == (journal, "")
    assert [a.family for a in ref.authors] == families


@pytest.mark.parametrize(
    "text",
    [
        "J. Smith, A. Brown 2001, 12, 1-5.",  # initials first: "Brown" is a name
        "Smith, J. A. Brown 2001, 12, 1-5.",  # one name before one word: left alone
        "Marx, K. Das Kapital 1867, 1, 100-120.",  # an article opens a book's title
    ],
)
def test_a_name_is_no_journal(text: str) -> None:
    assert parse_string(text).container == ""


@pytest.mark.parametrize(
    ("text", "journal", "families"),
    [
        ("Kozlov V., Ivanova T. // Zool. Zh. 1998. V. 77. P. 101–110.", "Zool. Zh.",
         ["Kozlov", "Ivanova"]),
        ("Orlov P. // Genetika. 2004. V. 40. P. 12–20.", "Genetika", ["Orlov"]),
        # the tagger's journal took the last name
        ("Kim J., Choi H. // J. Sleep Res. 2017. V. 26. P. e12000.", "J. Sleep Res.",
         ["Kim", "Choi"]),
        ("Ito K., Sato Y. // Plant Cell. 2005. V. 17. P. 10–20.", "Plant Cell", ["Ito", "Sato"]),
    ],
)
def test_gost_names_then_the_journal(text: str, journal: str, families: list[str]) -> None:
    ref = parse_string(text)
    assert ref.container == journal
    assert [a.family for a in ref.authors] == families


def test_a_title_before_the_slashes_is_left_to_the_title_rules() -> None:
    ref = parse_string("Иванов И. И. Реформы Петра I // Вопросы истории. 2003. № 5. С. 12–30.")
    assert (ref.title, ref.container) == ("Реформы Петра I", "Вопросы истории")


def test_words_before_the_slashes_that_are_no_name_stay_where_they_are() -> None:
    tokens = tokenize("Ivanov A. Iron and infection // Nutr Rev. 1997. V. 55. P. 111.")
    out = ["author"] * 3 + ["container"] * 9 + ["date"] * 2 + ["volume"] * 4 + \
        ["pages"] * (len(tokens) - 18)
    assert len(out) == len(tokens)
    before = list(out)
    journal_after_slashes(tokens, out)
    assert out == before


@pytest.mark.parametrize(
    ("text", "container"),
    [("K. Ito, M. Sato, and R. Abe, ACS Catal., 2015, 5, 3021.", "ACS Catal"),
     ("A. Mori, T. Kato, Y. Ueda, Exp. Anim. 2016, 65, 101.", "Exp. Anim"),
     ("P. Singh, R. K. Gupta, RSC Adv 2017, 7, 4512.", "RSC Adv"),
     ("Y. Kim, S. Cho, J. Lee, Soft Matter, 2013, 9, 1100.", "Soft Matter")],
)
def test_a_journal_after_an_initials_first_list(text: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.container.rstrip("."), parsed.volume) == (container, text.split(", ")[-2])



def test_a_body_closing_an_initials_first_list_is_no_journal() -> None:
    ref = parse_string("J. Smith, WHO Expert Group, 2001, 12, 45.")
    assert ref.container != "WHO Expert Group"


def test_a_listed_place_with_its_stop_closing_an_initials_first_list_is_no_journal() -> None:
    """Final read of session 18: the place list spells "St\\. Louis" as a pattern, so the
    words "St Louis" never matched it and the town became the journal."""
    ref = parse_string("M. A. Meador, St. Louis, 2012, 6, 7644.")
    assert ref.container != "St. Louis"
