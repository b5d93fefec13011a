"""A journal's first cut words left at the end of a title printed without a stop ("...
technique Compos. | Commun. 10", "... data Atmos | Chem Phys 17"), told from a title's own last
word by ISO 4's cut forms (parse/journalcuts.py); and a long cut after the title's comma
("..., Antimicrob. | Agents Chemother", parse/journalword.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.journalcuts import is_journal_cut


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Ruan K, Guo Y, Tang Y (2018) Improved thermal conductivities in polystyrene "
      "nanocomposites via electrospinning-hot press technique Compos. Commun. 10, 68–72.",
      "Improved thermal conductivities in polystyrene nanocomposites via electrospinning-hot "
      "press technique", "Compos. Commun."),
     ("Melo, E. A., and N. B. Guerra. 2003. In vivo antioxidant effect of aqueous coriander "
      "extracts Eur. J. Lipid Sci. Technol. 105:483–487.",
      "In vivo antioxidant effect of aqueous coriander extracts", "Eur. J. Lipid Sci. Technol."),
     ("Guo Y, Yang X, Ruan K 2019 Reduced graphene oxide enhanced thermal conductivities in "
      "hot-pressed electrospun polyimide nanocomposites ACS Appl. Mater. Interfaces 11 "
      "25465–25473",
      "Reduced graphene oxide enhanced thermal conductivities in hot-pressed electrospun "
      "polyimide nanocomposites", "ACS Appl. Mater. Interfaces"),
     ("Chan Miller C, Jacob D J 2017 Glyoxal yield from isoprene oxidation and relation to "
      "formaldehyde in aircraft observations and satellite data Environ Sci Technol 17 "
      "8725–8738", "Glyoxal yield from isoprene oxidation and relation to formaldehyde in "
      "aircraft observations and satellite data", "Environ Sci Technol"),
     ("Zoppini G, Targher G (2006) Effects of moderate-intensity exercise training on plasma "
      "biomarkers of inflammation in older patients with type 2 diabetes Nutr Metab "
      "Cardiovasc Dis 16, 543–9",
      "Effects of moderate-intensity exercise training on plasma biomarkers of inflammation "
      "in older patients with type 2 diabetes", "Nutr Metab Cardiovasc Dis"),
     ("Fu, S.; Xu, Y. 2018. Rice stripe virus interferes with S-acylation of remorin to "
      "facilitate virus infection Mol. Plant, 11: 269–287",
      "Rice stripe virus interferes with S-acylation of remorin to facilitate virus infection",
      "Mol. Plant"),
     ("Rao, A., Zhang, Y., and Rao, R., Mechanism of antifungal activity of terpenoid phenols "
      "resembles calcium stress, Antimicrob. Agents Chemother 54 (2010).",
      "Mechanism of antifungal activity of terpenoid phenols resembles calcium stress",
      "Antimicrob. Agents Chemother"),
     # an acronym closing the title that opens no journal stays
     ("Park S, Kim H (2015) Drug resistance in patients with HIV Curr Opin Infect Dis 28, "
      "10–15.", "Drug resistance in patients with HIV", "Curr Opin Infect Dis"),
     ],
)
def test_the_journal_takes_its_cut_words(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.container.rstrip(".")) == (title, container.rstrip("."))


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a title's own last word, no cut form
     ("Smith J, Lee K (2004) Survival of neurons is promoted by Akt J Biol Chem 279, 1–9.",
      "Survival of neurons is promoted by Akt"),
     # a title in title case: its last word may be a cut form printed whole ("Plan")
     ("Jones A (2001) Toward a National Energy Plan Energy Policy 29, 1–9.",
      "Toward a National Energy Plan"),
     ],
)
def test_the_title_keeps_its_last_word(text: str, title: str) -> None:
    assert parse_string(text).title == title


def test_cut_forms() -> None:
    assert is_journal_cut("Compos") and is_journal_cut("Antimicrob")
    # a word the list prints whole, a place, a cue word, no capital
    assert not any(is_journal_cut(w) for w in ("Plant", "Nepal", "Vol", "Ed", "compos", "Akt"))


@pytest.mark.parametrize(
    ("text", "title"),
    [  # a botanist's cut name after a species' name is its authority
     ("Kelm MA, Nair MG (2000) Antioxidant and cyclooxygenase inhibitory phenolic compounds "
      "from Ocimum sanctum Linn. Phytomedicine 7, 7–13.",
      "Antioxidant and cyclooxygenase inhibitory phenolic compounds from Ocimum sanctum Linn."),
     # a stop before a journal printed without stops is the title's
     ("Landrine H, Klonoff EA. 2000. Minors' access to tobacco before and after the California "
      "STAKE Act. Tob Control 9:15–7.",
      "Minors' access to tobacco before and after the California STAKE Act."),
     # the title's word that the journal's first word repeats
     ("Smith J (2001) Trends in adolescent Sex. Sex. Transm. Infect. 77, 1–9",
      "Trends in adolescent Sex"),
     # a journal whose name opens with an article takes no cut word before it
     ("Trimba R, Spivak JM. Conjoined nerve roots of the lumbar spine Roman. The Spine "
      "Journal. 2012; 12 (6): 515-524", "Conjoined nerve roots of the lumbar spine Roman"),
     ],
)
def test_the_title_keeps_its_cut_word(text: str, title: str) -> None:
    assert parse_string(text).title.rstrip(".") == title.rstrip(".")
