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
     ("Nilsson, E. (2007). Skogsbruk och biologisk mångfald, Norrland. Sven. Bot. Tidskr., "
      "101, 5-15.", "Skogsbruk och biologisk mångfald, Norrland"),
     ("Müller, Karl(2001): Sprache der Dinge: Zeit – Raum – Ordnung. Werkausgabe Bd. 3. "
      "Berlin: Suhrkamp.", "Sprache der Dinge: Zeit – Raum – Ordnung"),
     ("3. Lima AB, Costa M. Vivências do auto- Cuidado e auto- Estima. Rev. bras. enferm.; "
      "63(2): 10-16; 2010.", "Vivências do auto- Cuidado e auto- Estima"),
     ],
)
def test_a_title_keeps_its_place(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Bauer, K. & Stein, L. (2011). Carabid beetles in organic and conventional wheat "
      "fields. Agriculture, Ecosystems & Environment, 140, pp. 10–18.",
      "Carabid beetles in organic and conventional wheat fields",
      "Agriculture, Ecosystems & Environment"),
     ("Ruiz, P. (2016). Stomatal closure under drought in tomato. Plant, Cell & Environment, "
      "39, 2001–2012.", "Stomatal closure under drought in tomato", "Plant, Cell & Environment"),
     ],
)
def test_a_journal_with_a_comma_after_the_title(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.container) == (title, container)


def test_a_journal_then_its_town_is_no_journal_with_a_comma() -> None:
    parsed = parse_string("[4] Costa, M. 2008, Redes de cooperação entre municípios: o caso "
                          "do ABC paulista. Cadernos, São Paulo, p.33-51.")
    assert parsed.container != "Cadernos, São Paulo"  # (the tagger's own reading is left)


def test_a_title_closed_by_a_comma_before_an_abbreviated_journal() -> None:
    parsed = parse_string("K. Roth, Zur Theorie der Verteilung von Zahlen mod. Zwei, Math. Z. "
                          "45 (1939), no. 2, 101-120.")
    assert parsed.title == "Zur Theorie der Verteilung von Zahlen mod. Zwei"
