"""A book's imprint parenthesis read into its title or container (parse/notefields.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.notefields import imprint_out


@pytest.mark.parametrize(
    ("fields", "text", "title", "publisher", "location"),
    [
        ({"title": "Counterfactuals (Harvard University Press)", "date": "1973"},
         "D. Lewis, Counterfactuals (Harvard University Press, 1973).",
         "Counterfactuals", "Harvard University Press", ""),
        ({"title": "Optimization and Nonsmooth Analysis (n.p)", "date": "1983"},
         "F. Clarke, Optimization and Nonsmooth Analysis (n.p., 1983).",
         "Optimization and Nonsmooth Analysis", "", ""),
        ({"title": "Das Geheimnis Der Krypta (List)", "date": "1990"},
         "C Amery, Das Geheimnis Der Krypta (List 1990).", "Das Geheimnis Der Krypta", "", ""),
        ({"title": "Sein und Zeit (Tübingen: Niemeyer)", "date": "1963"},
         "M. Heidegger, Sein und Zeit (Tübingen: Niemeyer, 1963).", "Sein und Zeit",
         "Niemeyer", "Tübingen"),
        # no title read, the book's title as a container: it is the title
        ({"container": "Decrees of the Ecumenical Councils (Sheed and Ward Publishers)",
          "date": "1990"},
         "N. Tanner and others, Decrees of the Ecumenical Councils (Sheed and Ward "
         "Publishers, 1990).", "Decrees of the Ecumenical Councils", "Sheed and Ward Publishers",
         ""),
    ],
)
def test_an_imprint_read_into_the_title_is_taken_out(
        fields: dict[str, str], text: str, title: str, publisher: str, location: str) -> None:
    out = imprint_out(fields, text)
    assert (out.get("title"), out.get("publisher", ""), out.get("location", "")) == (
        title, publisher, location)
    assert not out.get("container")


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # the title's own parenthesis, no year in it
        ({"title": "Growth per cycle (a review)"},
         "A. B. Smith, Growth per cycle (a review), 2004."),
        # a meeting's name in a container with a title: no comma, not an imprint
        ({"title": "A Parser", "container": "Proceedings (SIGMOD)", "date": "2010"},
         "A. Smith, A Parser, Proceedings (SIGMOD 2010)."),
        # a publisher already read, the parenthesis after the title another's
        ({"title": "Works (Collected)", "publisher": "Verso", "date": "1990"},
         "Works (Collected, 1990), London: Verso."),
    ],
)
def test_other_parentheses_stay(fields: dict[str, str], text: str) -> None:
    assert imprint_out(fields, text) == fields


def test_a_note_with_initials_and_a_publishers_imprint_is_read_whole() -> None:
    ref = parse_string("4 D. Lewis, Counterfactuals (Harvard University Press, 1973), "
                       "pp. 68–73.")
    assert (ref.title, ref.publisher, ref.year, ref.pinpoint) == (
        "Counterfactuals", "Harvard University Press", "1973", "68–73")
