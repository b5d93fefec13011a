"""Polish notes' chapters ("w:") and edited books ("red.") (parse/polishnotes.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.polishnotes import polish_book


@pytest.mark.parametrize(
    "text",
    [
        "A. Nowak, Rosja i Polska, w: Dzieje Europy Wschodniej, red. J. Kłoczowski, Lublin "
        "2000, s. 112–130.",
        "A. Nowak, „Rosja i Polska”, [w:] Dzieje Europy Wschodniej, red. J. Kłoczowski, Lublin "
        "2000, s. 112–130.",
    ],
)
def test_a_chapter_in_a_book_with_editors(text: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.kind) == ("Rosja i Polska", "Dzieje Europy Wschodniej",
                                                    "chapter")
    assert [e.family for e in ref.editors] == ["Kłoczowski"]
    assert (ref.location, ref.year) == ("Lublin", "2000")


def test_an_edited_book() -> None:
    ref = parse_string("J. Kowalski, Szkice, red. A. Nowak, Kraków 1999, s. 5.")
    assert ([a.family for a in ref.authors], ref.title) == (["Kowalski"], "Szkice")
    assert ([e.family for e in ref.editors], ref.location) == (["Nowak"], "Kraków")


def test_a_chapter_with_a_publisher_and_volume() -> None:
    ref = parse_string("J. Kowalski, „Szlachta i mieszczanie”, w: Społeczeństwo staropolskie, "
                       "t. 2, Warszawa: PWN 1979, s. 45.")
    assert (ref.container, ref.publisher, ref.location) == ("Społeczeństwo staropolskie", "PWN",
                                                            "Warszawa")


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. Black, white, red. Journal of Colour 12 (1990), 1–5.",
        "A. Brown, Colours: blue, red. The Painter's Guide, London 1990.",
    ],
)
def test_no_polish_cue(text: str) -> None:
    assert polish_book({"title": "x"}, text) == {"title": "x"}


def test_the_editors_end_at_a_semicolon_or_a_stop_before_the_place() -> None:
    out = polish_book({"title": "x"}, "Kowalski J, Nowak A. Zawał serca, w: Kardiologia, red. "
                                      "A. Szczeklik. Kraków: MP; 2005, s. 12-30.")
    assert (out["editor"], out["container"]) == ("A. Szczeklik", "Kardiologia")


def test_a_quoted_journal_after_w_is_the_container() -> None:
    out = polish_book({"title": "x"}, "J. Kowalski, Szlachta w XVII wieku, [w:] „Kwartalnik "
                                      "Historyczny” 1990, nr 3, s. 45–67.")
    assert (out["container"], out["kind"]) == ("Kwartalnik Historyczny", "article")
