"""The geologists' "Title: Journal, v. 44, p. 17-22" (parse/colonjournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume"),
    [
        ("Keller, G.R., 1988, Crustal structure of the Rio Grande rift: Tectonophysics, "
         "v. 143, p. 1–20.", "Crustal structure of the Rio Grande rift", "Tectonophysics",
         "143"),
        ("Ortiz, P., and Lane, M., 2004, Dune migration on the Atlantic coast of Brazil: "
         "Geomorphology, v. 61, no. 2, p. 91–104.", "Dune migration on the Atlantic coast of "
         "Brazil", "Geomorphology", "61"),
        ("Tilman, D., 1987, Secondary succession and the pattern of plant dominance: Oikos, "
         "v. 57, p. 189–214.", "Secondary succession and the pattern of plant dominance",
         "Oikos", "57"),
        ("Ruiz, L., 1999, Sediment budgets of small mountain catchments: Catena, v. 37, "
         "p. 5–19.", "Sediment budgets of small mountain catchments", "Catena", "37"),
        ("Hale, R., 2010, Loess deposits in the Palouse: a review: Quat. Sci. Rev., v. 29, "
         "p. 200–215.", "Loess deposits in the Palouse: a review", "Quat. Sci. Rev.", "29"),
    ],
)
def test_the_journal_after_the_colon(text: str, title: str, journal: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.volume) == (title, journal, volume)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a subtitle after the colon, the journal after a stop (ABNT)
        ("ROBINSON, A.L., DONAHUE, N.M. Rethinking Organic Aerosols: Semivolatile Emissions "
         "and Photochemical Aging. Science, v. 315, p. 1259–1262, 2007.",
         "Rethinking Organic Aerosols: Semivolatile Emissions and Photochemical Aging"),
        # a book in a series, its count of pages
        ("Hart, P., 2010, Field guide to rocks: Peterson Field Guides, v. 2, 200 p.",
         "Field guide to rocks: Peterson Field Guides, v"),
        # a book's volume, its imprint after a colon
        ("Smith, J., 2001, Volcanoes of the world: Hawaii and the Pacific, v. 2: Honolulu, "
         "University Press, 300 p.", "Volcanoes of the world: Hawaii and the Pacific, v"),
    ],
)
def test_a_colon_that_is_the_subtitles(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # ABNT prints the date last: the colon is the subtitle's
        ("SOUZA, M. A. Educação Ambiental: Uma Revisão. Revista Brasileira de Educação, v. 12, "
         "n. 3, p. 45-67, 2010.", "Educação Ambiental: Uma Revisão",
         "Revista Brasileira de Educação"),
        # the date first, a subtitle opening with an article, then the journal after a stop
        ("Smith, J. 2010. Climate Change: The Evidence. Nature Geoscience, v. 3, p. 1-5.",
         "Climate Change: The Evidence", "Nature Geoscience"),
        # a colon inside the journal's own name, the title closed by a stop before it
        ("Pereira, L., 2010, Saúde mental e trabalho. Psicologia: Ciência e Profissão, v. 30, "
         "n. 2, p. 1-12.", "Saúde mental e trabalho", "Psicologia: Ciência e Profissão"),
    ],
)
def test_no_journal_after_these_colons(text: str, title: str, journal: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)
