"""Slashed family names the first rule of parse/slashednotes.py missed: a particle's name
("von Ahn", "de Gouw"), a run the tagger cut to its last name, and the names joined by spaced
slashes with no mark before the title ("Lee / Teng / Cohen On Rates ..., in: J ...")."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "first", "title"),
    [("Furnas/Fake/von Ahn/Schachter/Golder, Why do tagging systems work?, 2006", "Furnas",
      "Why do tagging systems work?"),
     ("4. Xu/Guo/Boyd/de Gouw/Baumann, Effects of anthropogenic emissions on aerosol "
      "formation, PNAS 2015, 37", "Xu", "Effects of anthropogenic emissions on aerosol "
      "formation"),
     ("Wang/Cai/Yin/Shi/Xia/Zhou/Yu/Zhou, Tomato HsfA1a plays a critical role in plant drought "
      "tolerance by activating ATG genes, Autophagy 2015", "Wang", "Tomato HsfA1a plays a "
      "critical role in plant drought tolerance by activating ATG genes"),
     ("Richards / Muter / Ritchie / Lattanzi / Hutchison The accumulation of un-repairable DNA "
      "damage in laminopathy progeria fibroblasts, in: Hum Mol Genet 20 (2011), 3997–4004",
      "Richards", "The accumulation of un-repairable DNA damage in laminopathy progeria "
      "fibroblasts"),
     ("62 Lee / Teng / Wennberg / Crounse / Cohen On Rates and Mechanisms of OH and O3 "
      "Reactions with Isoprene-Derived Hydroxy Nitrates, in: J Phys Chem A 118 (2014), "
      "1622–1637", "Lee", "On Rates and Mechanisms of OH and O3 Reactions with "
      "Isoprene-Derived Hydroxy Nitrates"),
     ("Upadhyaya / Yadav / Dronavalli / Singh Mini core germplasm collections for infusing "
      "genetic diversity in plant breeding programs, in: Electron J Plant Breed 1 (2010), "
      "1294–1309", "Upadhyaya", "Mini core germplasm collections for infusing genetic "
      "diversity in plant breeding programs")],
)
def test_slashed_names_then_the_title(text: str, first: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[0].family if ref.authors else "", ref.title) == (first, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [  # two words joined by a spaced slash opening a title: no names
     ("Input / Output Systems Design, in: Computer Handbook 3 (1990), 12-20",
      "Input / Output Systems Design"),
     ("Theorie / Praxis / Kritik Eine Einführung, Berlin 1990.",
      "Theorie / Praxis / Kritik Eine Einführung"),
     ("Meier, H., Theorie / Praxis / Kritik Eine Einführung, Berlin 1990.",
      "Theorie / Praxis / Kritik Eine Einführung")],
)
def test_slashed_words_in_a_title_stay(text: str, title: str) -> None:
    assert parse_string(text).title == title
