"""A title's own closing stop as the title-container boundary (`boundaries`,
`titlecontainer`) and a bare year between the names and the title (`dates`), on
hand-labelled tokens."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.boundaries import title_and_container
from claimcheck.parse.dates import year_closing_the_title
from claimcheck.parse.tokens import Token

from .conftest import relabel_with


def _boundaries(tokens: tuple[Token, ...], out: list[str]) -> bool:
    title_and_container(tokens, out, " ".join(t.text for t in tokens))
    return True


def _year(tokens: tuple[Token, ...], out: list[str]) -> bool:
    year_closing_the_title(tokens, out)
    return True


def relabel(pieces: list[tuple[str, str]]) -> dict[str, str]:
    return relabel_with((_boundaries,), pieces)


def test_a_title_closed_twice_ends_at_its_stop() -> None:
    out = relabel([("Soil carbon under tillage in the humid tropics., Soil Till.", "title"),
                   ("Res.,", "container"), ("12,", "volume"), ("33-40", "pages")])
    assert out["title"] == "Soil carbon under tillage in the humid tropics . ,"
    assert out["container"] == "Soil Till . Res . ,"


def test_an_abbreviation_closed_by_a_comma_ends_no_title() -> None:
    for title in ("Ist das so? In ders., Drei", "Ist das so? In hrsg., Drei"):
        out = relabel([(title, "title"), ("Essays,", "container"), ("12,", "volume"),
                       ("1-5", "pages")])
        assert out["title"].startswith("Ist das so ? In "), title  # (not cut at "ders.,")


def test_the_words_before_a_title_stop_in_the_container_are_the_titles() -> None:
    out = relabel([("Grazing of sedges by geese in", "title"),
                   ("coastal meadows., in: Oikos,", "container"), ("12,", "volume"),
                   ("1-5", "pages")])
    assert out["title"] == "Grazing of sedges by geese in coastal meadows ."
    assert out["container"] == ", in : Oikos ,"


def test_a_title_closed_by_its_own_sentence_keeps_out_of_the_container() -> None:
    for container in ("Revista de saúde pública., 45", "Journal of plant ecology., 45"):
        out = relabel([("Sleep in shift workers.", "title"), (container, "container"),
                       ("1-5", "pages")])
        assert out["title"] == "Sleep in shift workers .", container


def test_abbreviations_after_the_titles_last_word_go_to_the_journal() -> None:
    out = relabel([("Acidity in Aerosol Formation. Env.", "title"), ("Sci Technol", "container"),
                   ("47:", "volume"), ("1-5", "pages")])
    assert out["container"] == "Env . Sci Technol"
    assert out["title"] == "Acidity in Aerosol Formation ."


def test_an_abbreviated_place_ending_the_title_stays() -> None:
    out = relabel([("Asthma in the city of St. Louis.", "title"), ("Urban Aff. Rev.", "container"),
                   ("12:", "volume"), ("1-5", "pages")])
    assert out["title"] == "Asthma in the city of St . Louis ."


def test_a_bare_year_between_the_names_and_the_title_is_the_date() -> None:
    out = relabel_with((_year,), [("Okafor N, et al.", "author"),
                                  ("1997 Survival models of transients.", "title"),
                                  ("Biometrics,", "container"), ("53:", "volume"),
                                  ("1761", "pages")])
    assert out["date"] == "1997"


def test_a_year_opening_the_title_stays_when_the_entry_prints_another() -> None:
    out = relabel_with((_year,), [("Orwell G.", "author"), ("1984 Revisited.", "title"),
                                  ("London:", "location"), ("1950.", "publisher")])
    assert out["title"] == "1984 Revisited ."
    assert "date" not in out


def test_a_title_closed_by_its_stop_and_a_dash() -> None:
    out = relabel([("Wheat yields under drought in the steppe. — Agron.", "title"),
                   ("Res. J.", "container"), ("14:", "volume"), ("1-5", "pages")])
    assert out["title"] == "Wheat yields under drought in the steppe ."
    assert out["container"] == "— Agron . Res . J ."
    out = relabel([("Wheat yields. — A review of the steppe", "title"),
                   ("Agron. Res.", "container"), ("14:", "volume"), ("1-5", "pages")])
    assert "container" in out and out["container"] == "Agron . Res ."  # (lower-case words)


def test_a_subtitle_after_the_stop_and_dash_stays() -> None:
    out = relabel([("Sleep and memory. — A Review.", "title"), ("Sleep Med Rev", "container"),
                   ("16:", "volume"), ("1-5", "pages")])
    assert out["title"] == "Sleep and memory . — A Review ."


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # the review of fields9 (session 15): words after ".," that abbreviate nothing are the
        # title's, and a journal whose own stop is doubled stays the journal
        ("Smith J. The Wealth of Nations, transl., Part One. Econ Hist Rev 12: 1-10 (1990).",
         "The Wealth of Nations, transl., Part One", "Econ Hist Rev"),
        ("Davis M. Revision of Carex subsp., Section Acutae. Brittonia 53: 1-10 (2001).",
         "Revision of Carex subsp., Section Acutae", "Brittonia"),
        ("Chen L, Wang Y. Fungal infection of maize, Molecular plant pathology., 2012, 13: 1-10.",
         "Fungal infection of maize", "Molecular plant pathology"),
    ],
)
def test_a_title_stop_before_no_abbreviation_keeps_the_title(
        text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_a_book_whose_title_opens_with_a_year_keeps_it() -> None:
    assert parse_string("Smith J. 1968 And After: The Legacy of Revolt. London: Verso.").title \
        .startswith("1968")
