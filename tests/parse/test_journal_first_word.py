"""An abbreviated journal whose first word the tagger left at the title's end, after the
title's comma or dash ("... in DNA, Free. | Radic. Res., 46"): the word opens the journal;
a place or a word closing a sentence-case title stays in the title."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Kato, H., M. Mori and T. Abe (2014). Oxidative lesions of guanine in mitochondrial "
      "DNA, Curr. Opin. Genet. Dev., 71: 310–322.",
      "Oxidative lesions of guanine in mitochondrial DNA", "Curr. Opin. Genet. Dev."),
     ("Park, S. and Lee, J. (2019). Root exudates of maize seedlings, Front. Plant Sci., 10, "
      "1-12.", "Root exudates of maize seedlings", "Front. Plant Sci."),
     ("Li, Y., Chen, Z. 2018. Drought, and salt stresses in Solanum lycopersicum L. Front. "
      "Plant Sci. 9: 1-12.", "Drought, and salt stresses in Solanum lycopersicum L",
      "Front. Plant Sci."),
     ("Olsen, K. and Berg, P. (2018) Root rot of barley caused by Fusarium culmorum AG4., "
      "Funct. Plant Biol., 45, pp. 201–210.",
      "Root rot of barley caused by Fusarium culmorum AG4", "Funct. Plant Biol."),
     ("Rao K., Das T., 2015.- Synthesis of gold nanoparticles from leaf extract of neem "
      "(Azadirachta indica)..- Dig. J. Nanomater. Biostruct. 10: 55-61.",
      "Synthesis of gold nanoparticles from leaf extract of neem (Azadirachta indica)",
      "Dig. J. Nanomater. Biostruct."),
     ],
)
def test_the_first_word_opens_the_journal(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.container.rstrip(".")) == (title, container.rstrip("."))


@pytest.mark.parametrize(
    ("text", "title"),
    [("Wang L, Li Q. Soil erosion on the Loess Plateau, China. Catena. 2015;125:1-9.",
      "Soil erosion on the Loess Plateau, China"),
     ("Thapa R, Singh B. Land use change in the middle hills, Nepal. J. Mt. Sci. 2012;9:1-12.",
      "Land use change in the middle hills, Nepal"),
     ("Hale, R. (1990). Winter storms over Los Angeles, Calif. J. Appl. Meteorol., 29, 3-20.",
      "Winter storms over Los Angeles, Calif"),
     ("Evans R. (2010). Fatty acids in fish oil, Omega. J. Nutr. 140, 1-8.",
      "Fatty acids in fish oil, Omega"),
     ("Müller, Karl(2001): Sprache der Dinge: Zeit – Raum – Ordnung. Werkausgabe Bd. 3. "
      "Berlin: Suhrkamp.", "Sprache der Dinge: Zeit – Raum – Ordnung"),
     ("3. Lima AB, Costa M. Vivências do auto- Cuidado e auto- Estima. Rev. bras. enferm.; "
      "63(2): 10-16; 2010.", "Vivências do auto- Cuidado e auto- Estima"),
     ],
)
def test_a_title_keeps_its_place(text: str, title: str) -> None:
    assert parse_string(text).title == title
