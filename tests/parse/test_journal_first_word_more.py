"""More journals whose first word the tagger left at the title's end: a long ISO 4 cut
ending in "-ol" ("Ecotoxicol."; parse/journalword.py); and the chapter's cue "in" left with
the title before the journal ("... gene in: | Plant Physiol.", "..., in Ind. | J. Pharm.";
parse/titlein.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Lund, A., Berg, T., Lead uptake by earthworms from contaminated soils, Ecotoxicol. "
      "Environ. Saf. 74, 2011, 30–37.", "Lead uptake by earthworms from contaminated soils",
      "Ecotoxicol. Environ. Saf."),
     ("Tan, K., Antibody titres in vaccinated calves, Microbiol. Immunol. 12, 2009, 1–9.",
      "Antibody titres in vaccinated calves", "Microbiol. Immunol."),
     ("Okafor, C., Receptor binding of a new opioid analogue in rat brain, Neuropharmacol. "
      "Res. 12, 2009, 101–109.", "Receptor binding of a new opioid analogue in rat brain",
      "Neuropharmacol. Res."),
     ("Kim S., Park J., Seed dormancy in barley is controlled by a single locus in: Plant "
      "Physiol. 140, 2006, pp. 210–219.",
      "Seed dormancy in barley is controlled by a single locus", "Plant Physiol."),
     ("Dias, R., Sousa, T., Antioxidant activity of leaf extracts in aged rats, in Ind. J. "
      "Pharm., 9 (2007), pp. 40–45.", "Antioxidant activity of leaf extracts in aged rats",
      "Ind. J. Pharm."),
     ("M. Pop, Smoking among teenagers in rural schools, în Tob. Control 23, 2014, p. 39-44.",
      "Smoking among teenagers in rural schools", "Tob. Control"),
     ],
)
def test_the_journal_takes_its_first_word(text: str, title: str, container: str) -> None:
    parsed = parse_string(text)
    assert (parsed.title, parsed.container.rstrip(".")) == (title, container.rstrip("."))


@pytest.mark.parametrize(
    ("text", "title"),
    [("Hale, R. (1990). Storms near Gary, Ind. J. Appl. Meteorol., 29, 3-20.",
      "Storms near Gary, Ind"),
     # a drug's or a chemical's name ending in "-ol" is no science's cut
     ("Okoro, C., Treatment of hypertension with beta blockers, Atenolol. Br. Heart J. 61 "
      "(2009), 1-9.", "Treatment of hypertension with beta blockers, Atenolol"),
     # a state after a place's noun: ambiguous with "Ind. J." (Indian), left as a place
     ("Rao, P., Shah, K., Dune plants at a protected desert site, Ariz. J. Arid Environ. 41 "
      "(2003), 12–19.", "Dune plants at a protected desert site, Ariz"),
     ("Weber, L. (2012). Log in: Passwords and their users. J. Inf. Sci., 38, 1-9.",
      "Log in: Passwords and their users"),
     ("Stone, A. (2014). Where the money goes in. Econ. J., 124, 1-20.",
      "Where the money goes in"),
     ],
)
def test_the_title_keeps_its_words(text: str, title: str) -> None:
    assert parse_string(text).title.rstrip(".") == title


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [("Smith, J., Research highlights: drug discovery, in Brief. Nat. Rev. Drug Discov. 4, "
      "2005, 12–13.", "Research highlights: drug discovery, in Brief", "Nat. Rev. Drug Discov."),
     ("Lee, K., Earthquake damage survey, in Sichuan. Bull. Seismol. Soc. Am. 99, 2009, 1–9.",
      "Earthquake damage survey, in Sichuan", "Bull. Seismol. Soc. Am."),
     ("Chan, W., Volatile sulfur compounds: methanethiol, Ethanethiol. J. Agric. Food Chem. "
      "50, 2002, 1–6.", "Volatile sulfur compounds: methanethiol, Ethanethiol",
      "J. Agric. Food Chem."),
     ("Ruiz, P., Residues of antibiotics in honey, Chloramphenicol. J. Agric. Food Chem. 53, "
      "2005, 10–15.", "Residues of antibiotics in honey, Chloramphenicol",
      "J. Agric. Food Chem."),
     ],
)
def test_a_whole_word_or_a_chemical_before_an_abbreviated_journal_stays(
        text: str, title: str, container: str) -> None:
    # review of fields20: after the cue a word before an abbreviated journal is the title's
    # ("in Brief", "in Sichuan"); a thiol or "-col" chemical is no journal's ISO 4 cut
    parsed = parse_string(text)
    assert (parsed.title, parsed.container.rstrip(".")) == (title, container.rstrip("."))
