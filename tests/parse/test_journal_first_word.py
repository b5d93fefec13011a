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
     # (after "in", a genus as often as a place)
     ("Katsiarimpa, A. (2013). The ESCRT-III subunit VPS2.1 is required for autophagic "
      "degradation in Arabidopsis, Plant Cell., 25, 2236–2252.",
      "The ESCRT-III subunit VPS2.1 is required for autophagic degradation in Arabidopsis",
      "Plant Cell."),
     ("Hart, P. (2011). Outbreaks of seasonal Influenza A. Emerg. Infect. Dis., 17, 1–9.",
      "Outbreaks of seasonal Influenza A", "Emerg. Infect. Dis."),
     ("Moss, D. (2013). Immune response to Group B. Pediatr. Infect. Dis. J., 32, 1–6.",
      "Immune response to Group B", "Pediatr. Infect. Dis. J."),
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
     # a region after its place, both capitalised ("Borneo, Sabah"), not a journal's word
     ("Ng, P. 2008. Crabs of Borneo, Sabah. Raffles Bull. Zool. 56: 1–20.",
      "Crabs of Borneo, Sabah"),
     ("Patel, R. (2011). Groundwater quality of Ahmedabad, Gujarat. Environ. Monit. Assess., "
      "180, 1-12.", "Groundwater quality of Ahmedabad, Gujarat"),
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


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a region's cut name after a town, in sentence or title case
     ("Montevecchi, W. A., & Tuck, L. M. (1987). Seabird colonies of Funk Island, Nfld. Can. "
      "J. Zool., 65, 1–8.", "Seabird colonies of Funk Island, Nfld."),
     ("Evans, D. (1990). Palynology of a peat bog near Hobart, Tas. Aust. J. Bot., 38, 1–10.",
      "Palynology of a peat bog near Hobart, Tas."),
     ("Tucker, S. (1999). Seabird Colonies of Baccalieu Island, Nfld. Can. Field-Nat., 113, "
      "1–9.", "Seabird Colonies of Baccalieu Island, Nfld."),
     ("Smith, R. (2003). Seagrass decline in Moreton Bay, Qld. Mar. Freshw. Res., 54, 1–12.",
      "Seagrass decline in Moreton Bay, Qld."),
     ("Clarke, P. (1998). A Bronze Age Cemetery at Dorchester, Oxon. Antiq. J., 78, 1–30.",
      "A Bronze Age Cemetery at Dorchester, Oxon."),
     ("Lopez, J. (2001). Coral reefs of Cozumel, Mex. Bull. Mar. Sci., 69, 1–12.",
      "Coral reefs of Cozumel, Mex."),
     # a person's middle initial, then the surname
     ("Skinner, B. F. (2004). The legacy of Donald O. Hebb. Can. Psychol., 45, 1–10.",
      "The legacy of Donald O. Hebb"),
     ("Kirschenbaum, H. (2004). Carl Rogers's life and work: an assessment on the 100th "
      "anniversary of Carl R. Rogers. J. Couns. Dev., 82, 116–124.",
      "Carl Rogers's life and work: an assessment on the 100th anniversary of Carl R. Rogers"),
     # a botanical authority other than Linnaeus' bare "L.", or hyphenated
     ("Ogbuewu, I. P., Odoemenam, V. U., 2011. Larvicidal and antifeedant effects of leaf "
      "extracts of Azadirachta indica A. Juss. Afr. J. Biotechnol. 10, 1–6.",
      "Larvicidal and antifeedant effects of leaf extracts of Azadirachta indica A. Juss."),
     ("Ndukwe, I. G., Amupitan, J. O., 2007. Phytochemical and antimicrobial screening of the "
      "fruits of Xylopia aethiopica (Dunal) A. Rich. Afr. J. Biotechnol. 6, 1905–1909.",
      "Phytochemical and antimicrobial screening of the fruits of Xylopia aethiopica (Dunal) "
      "A. Rich."),
     ("Keller, T., & Wild, H. (1999). Drought response of Norway spruce, Picea abies (L.) H. "
      "Karst. Eur. J. For. Res., 118, 1–10.",
      "Drought response of Norway spruce, Picea abies (L.) H. Karst."),
     ("Laxmi, V., Gupta, R., 2014. Phytochemical screening of Swertia chirayita (Roxb.) "
      "Buch.-Ham. Int. J. Pharm. Sci. Res. 5, 1–7.",
      "Phytochemical screening of Swertia chirayita (Roxb.) Buch.-Ham."),
     ],
)
def test_a_title_keeps_its_last_word(text: str, title: str) -> None:
    assert parse_string(text).title.rstrip(".") == title.rstrip(".")


@pytest.mark.parametrize(
    ("text", "container"),
    [  # a country or a name before the comma is no town before its region
     ("Ochieng, P., Otieno, D. (2012). Effect of drought on maize yields in Kenya, Afr. J. "
      "Agric. Res., 7, 1–8.", "Afr. J. Agric. Res."),
     ("Wang, L., Li, Q. (2019). Soil moisture dynamics on the Loess Plateau, Front. Earth "
      "Sci., 7, 1–12.", "Front. Earth Sci."),
     ],
)
def test_a_journal_after_a_place(text: str, container: str) -> None:
    assert parse_string(text).container.rstrip(".") == container.rstrip(".")
