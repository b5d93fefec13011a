"""Vancouver's date printed before volume and pages with colons, "Cortex 2008: 44:1105–1132",
"Proc 30th SIGIR. 2007:655–662" (no volume), read by the tagger with the year as the volume
(parse/yearcolon.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "year", "volume", "pages"),
    [("Catani M, Thiebaut de Schotten M. A diffusion tensor imaging tractography atlas for "
      "virtual in vivo dissections. Cortex 2008: 44:1105–1132.", "2008", "44", "1105-1132"),
     ("Miles GP, Lee RF. Apparent tolerance to Huanglongbing in Citrus. HortScience 2017: 52: "
      "31–39.", "2017", "52", "31-39"),
     ("Zhou W, Yu C. Knowledge-intensive conceptual retrieval of biomedical literature. Proc "
      "30th SIGIR. 2007:655–662.", "2007", "", "655-662"),
     ("Ceballos G, Dirzo R. Biological annihilation via the ongoing sixth mass extinction. "
      "Proc Natl Acad Sci 2017:201704949.", "2017", "", "201704949"),
     ],
)
def test_the_year_is_the_date(text: str, year: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.year, parsed.volume, parsed.pages) == (year, volume, pages)


@pytest.mark.parametrize(
    ("text", "volume"),
    [  # the ordinary print, and a year after the volume
     ("Catani M. Tractography atlas. Cortex. 2008;44(8):1105–1132.", "44"),
     ("Catani M. Tractography atlas. Cortex 44: 1105–1132, 2008.", "44"),
     # Vancouver's semicolon opens the volume
     ("Horn DL, Olyaei AJ. Epidemiology and Outcomes of Candidemia in 2019 Patients: Data "
      "from the Prospective Antifungal Therapy Alliance Registry. Clin Infect Dis. 2009;48.",
      "48"),
     ],
)
def test_the_volume_stays(text: str, volume: str) -> None:
    assert parse_string(text).volume == volume
