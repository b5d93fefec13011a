"""A journal printed with commas between its cut words takes back its first words from the
title's end (parse/commacut.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Lee, K., Park, S. (2011). Heat shock proteins in stressed mice. Iran, J. Radiat, Res,, "
      "9, 12–19.", "Heat shock proteins in stressed mice", "Iran, J. Radiat, Res"),
     ("Rao P, Das S. Alkaloids of Piper longum roots. Ind, J Chem, 41B:100–104; 2002.",
      "Alkaloids of Piper longum roots", "Ind, J Chem"),
     ("Choi H, Kim J.: Lipid rafts in plant cells: an overview, Curr, Opin, Plan Biol,. "
      "2015;18: 1-9.", "Lipid rafts in plant cells: an overview", "Curr, Opin, Plan Biol"),
     ("Ma L. (2017) Autophagy in yeast: a survey. Annu., Rev, Cell. Biol,, 33, 1–20.",
      "Autophagy in yeast: a survey", "Annu., Rev, Cell. Biol"),
     ("Ng T (2012) Alkaloid yields of cultured cells.. Dig, J Nanomater, Biostruct, 7, 11–19.",
      "Alkaloid yields of cultured cells.", "Dig, J Nanomater, Biostruct"),
     ],
)
def test_the_journal_takes_its_first_cut_word(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title.rstrip("."), parsed.container) == (title.rstrip("."), container)


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a place after the title's comma, the journal printed without commas
     ("Sahin, A. (2009). Sources of resistance to sunn pest, Eurygaster integriceps, in Syria, "
      "Genet Resour Crop Evol 56, 1065–1069.",
      "Sources of resistance to sunn pest, Eurygaster integriceps, in Syria"),
     # a list's last item, a whole word, before a journal that prints commas
     ("Kim, J. (2010). Responses to heat, cold, Drought, Agric, For, Meteorol, 150, 1-9.",
      "Responses to heat, cold, Drought"),
     ],
)
def test_the_title_keeps_its_last_word(text: str, title: str) -> None:
    assert parse_string(text).title.rstrip(".") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a title's last sentence of one word (a note, a part's numeral, a place) before "J"
     ("Brown K. Re: Adjuvant chemotherapy in elderly patients. Reply, J Clin Oncol "
      "2004;22:1180.", "Re: Adjuvant chemotherapy in elderly patients. Reply"),
     ("Evans R. Fluoride and caries. Erratum, J Dent Res 2001;80:1000.",
      "Fluoride and caries. Erratum"),
     ("Kaplan D. Synaptic plasticity revisited. II, J Neurophysiol 1998;80:12-30.",
      "Synaptic plasticity revisited. II"),
     ("Stone A. Ecology of the Kalahari. Botswana, J Arid Environ 1990;18:1-9.",
      "Ecology of the Kalahari. Botswana"),
     ("R. Jones, Studies in heterocyclic chemistry. XII, J. Chem. Soc., Perkin Trans. 1 "
      "(1990) 123-130.", "Studies in heterocyclic chemistry. XII"),
     ],
)
def test_a_whole_word_after_the_stop_stays_in_the_title(text: str, title: str) -> None:
    assert parse_string(text).title.rstrip(".") == title
