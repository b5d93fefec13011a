"""What ends a journal's name: a medium or a placeholder in brackets ("[homepage on the
Internet]", "[N.p.]"), a volume word of another language ("zv.", "kd", "årg.", ABNT's "v."),
the name printed twice; a place stays a place."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.assemble import clean_container


@pytest.mark.parametrize(
    "text",
    ["Smith J. Theory of games. London: Methuen; 1990. 300 p.",
     "Kim, J. Korean cinema after 1990, Seoul, 2008, 12, 45-60."],
    # (a country glued to the journal's last word, "Proc Natl Acad Sci USA 2011;108", is the
    # journal's since session 19, as the JATS records print it, though GROBID's gold calls it
    # the place: `test_journal_country.py`)
)
def test_a_place_stays_a_place(text: str) -> None:
    assert parse_string(text).location


@pytest.mark.parametrize(
    ("value", "clean"),
    [("Polym. Chem., [N.p]", "Polym. Chem"), ("Nat. Geosci, [N.p]", "Nat. Geosci"),
     ("Diabetes Care, kd", "Diabetes Care"), ("Biol Fertil Soils, årg", "Biol Fertil Soils"),
     ("BMC Bioinform.. zv.", "BMC Bioinform"), ("Acta Biol Hung, roč.", "Acta Biol Hung"),
     ("Revista Ambiente & Água, [N.p.], v.", "Revista Ambiente & Água"),
     ("Analyst., Analyst.", "Analyst"), ("J. Phys. A, J. Phys. A.", "J. Phys. A"),
     ("Trends Endocrinol Metab, Trends Endocrinol Metab", "Trends Endocrinol Metab")],
)
def test_the_journal_alone(value: str, clean: str) -> None:
    assert clean_container(value) == clean


@pytest.mark.parametrize(
    ("text", "container"),
    [("Thomason ME, Thompson PM. Diffusion imaging, white matter, and psychopathology. Annu Rev "
      "Clin Psychol [homepage on the Internet] 2011;7:63–85.", "Annu Rev Clin Psychol"),
     ("Zhang M, Li Y. Recent advances in the synthesis of graphene–polymer nanocomposites. "
      "Polym. Chem., [N.p.], vol. 6, pp. 6107–6124, 2015.", "Polym. Chem.")],
)
def test_whole_entries(text: str, container: str) -> None:
    assert parse_string(text).container == container


@pytest.mark.parametrize(
    "value",
    ["Journal of Physics A", "Acta Physica Polonica, V", "Trends in Trends", "Cell, Cell Press",
     "Acta Physica Polonica B",
     "Nature Reviews [Neurology]", "Cell Reports, Cell"],
)
def test_a_journal_keeps_its_words(value: str) -> None:
    assert clean_container(value) == value
