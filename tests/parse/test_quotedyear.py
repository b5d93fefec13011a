"""A quoted journal with its year right after the closing quote and cued numbers after it,
as Polish notes print a journal article (parse/quotedyear.py):
"A. Nowak, Tytuł artykułu, „Kwartalnik Historyczny” 1999, t. 61, nr 2, s. 81–100"."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "pages"),
    [
        ("M. Zielińska, Ciepło i zasolenie wód Bałtyku w latach 1950–2000, „Oceanologia” 2009, "
         "t. 61, nr 2, s. 81–100.",
         "Ciepło i zasolenie wód Bałtyku w latach 1950–2000", "Oceanologia", "61", "81-100"),
        ("Kowalski J., Szlachta i miasto w dobie potopu, „Przegląd Historyczny” 1987, t. 78, "
         "z. 3, s. 401–420.",
         "Szlachta i miasto w dobie potopu", "Przegląd Historyczny", "78", "401-420"),
        ("A. Nowak, Polityka wschodnia Jagiellonów, „Studia Źródłoznawcze” 2004, R. 42, "
         "s. 17–39.",
         "Polityka wschodnia Jagiellonów", "Studia Źródłoznawcze", "", "17-39"),
    ],
)
def test_the_quoted_journal_and_its_numbers(text: str, title: str, container: str,
                                            volume: str, pages: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.container == container
    assert ref.year == text.split("” ")[1][:4]
    assert ref.volume == volume or not volume
    assert ref.pages == pages


@pytest.mark.parametrize(
    "text",
    [
        # a quoted name inside a title, a year after it and no journal's numbers
        "J. Kowalski, Dzieje „Solidarności” 1980, Warszawa 1990, s. 12.",
        "J. Kowalski, Strajk w stoczni i „Solidarność” 1980, Kraków: Znak, 1995.",
        # a comma before the quote, the year and its comma after it: only the book's
        # imprint after them keeps the rule off (the two above stop at the missing comma)
        "J. Kowalski, Gdańsk w okresie strajków, „Solidarność” 1980, Warszawa 1995, s. 12.",
    ],
)
def test_a_quoted_name_in_a_book_title_stays(text: str) -> None:
    assert "Solidarno" not in parse_string(text).container
