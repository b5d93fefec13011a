"""A journal's volume printed straight onto its pages, no mark between: "Rev Geophys.
38191–219." (a style's "volume(issue):pages" with no issue drops the colon too), or run into
the page cue: "Genetics, 176pp. 1307–1322" (parse/gluedvolume.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.gluedvolume import volume_off_pages


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Robock A (2000) Volcanic eruptions and climate. Rev Geophys. 38191–219.", "38",
      "191-219"),
     ("Smith J, Jones K. Morphology of the gut. J Radiat Res. 2016;57115–120.", "57",
      "115-120"),
     ("Li, J. (2016) Observational constraints on glyoxal. Atmos Chem Phys 174355–4367.",
      "17", "4355-4367"),
     ("Smith, J. (2007). 'Thirty-one flavors of rab proteins', Genetics, 176pp. 1307–1322.",
      "176", "1307-1322"),
     ("Smith, J. 2012. Rab proteins in cells, New Phytologist, 206 pp.107–117.", "206",
      "107-117"),
     ],
)
def test_the_volume_comes_off_the_pages(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [("38191–219", ("38", "191–219")),
     ("1219849–9861", ("121", "9849–9861")),
     ("176pp. 1307–1322", ("176", "1307–1322")), ("28. p. 39‑48", ("28", "39‑48")),
     ("35, pp. 1093‑9", ("35", "1093‑9")),
     # a page range in full, or one that cannot be a volume and a rising range, is pages
     ("1214–1218", None), ("20223–20227", None), ("3819–219", None), ("38091–219", None),
     # an abbreviated end of two digits: no telling ("3764–71", "281–98" in Chicago's form)
     ("23145–58", None), ("3764–71", None), ("281–98", None),
     ("12345", None), ("pp. 38191–219", None), ("e13211", None)],
)
def test_volume_off_pages(pages: str, expected: tuple[str, str] | None) -> None:
    assert volume_off_pages(pages) == expected


# A volume labelled, a chapter's or book's pages, a range with a cue: left as they are.
@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Smith J. Volcanic eruptions. Rev Geophys. 38, 191–219.", "38", "191-219"),
     ("Smith J. Volcanic eruptions. Rev Geophys. 1214–1218.", "", "1214-1218"),
     ("Smith J. Volcanic eruptions. In: Jones K, editor. Volcanoes. London: Wiley; 2001. "
      "p. 1191–219.", "", "1191-1219"),
     ("Castel, R. “From Dangerousness to Risk.” In The Foucault Effect, edited by Graham "
      "Burchell. London: Harvester, 1991, 281–98.", "", "281-298"),
     ],
)
def test_look_alikes(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


# A page range cut at its dash, its first page read with the volume ("Science 332. 220–224"),
# and a page range of one-digit first page after the volume ("Pharmacol; 212; 1–13").
@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [("Barriopedro D, Fischer EM (2011) „The Hot Summer: Redrawing the Temperature Record "
      "Map of Europe“. Science 332. 220–224", "332", "220-224"),
     ("Robine JM, Cheung SL (2008) „Death toll exceeded 70,000 in Europe during the summer "
      "of 2003“. Cr Biol 331. 171–175", "331", "171-175"),
     ("Opitz, R., Lutz, I. & Kloas, W. 2006. Analysis of Thyroid Hormone Receptor mRNA "
      "Expression in Xenopus Laevis Tadpoles. – Toxicol Appl Pharmacol; 212; 1–13.;", "212",
      "1-13"),
     ],
)
def test_the_range_whole(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


# Chicago's, MLA's and NLM's shortened ranges keep only the digits that change ("1496–500",
# "2298-301"): with a first page of four digits, the range is read whole, not as a volume glued
# to it, when no volume was read (an encyclopedia's, a magazine's, a journal's without volume).
@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [('Smith, John. "Causation." In Encyclopedia of Philosophy, edited by Donald Borchert, '
      "1496–500. New York: Macmillan, 2006.", "", "1496-1500"),
     ('Smith, John. 2006. "Causation." Encyclopedia of Philosophy, 1496–500.', "", "1496-1500"),
     ('Smith, John. "Causation." New Yorker, March 3, 2010, 1496–500.', "", "1496-1500"),
     ("Dupont, J. (2010). La crise. Revue française de sociologie, 1298–307.", "", "1298-1307"),
     ("Smith J (1998) Ligand binding. J Biol Chem 12991–3001.", "", "12991-13001"),
     ],
)
def test_a_shortened_range_is_no_glued_volume(text: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.volume, parsed.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [("1496–500", None), ("2298-301", None), ("1594–614", None), ("12991–3001", None),
     # the last page keeps a digit a shortened range would drop: glued
     ("8737–743", ("8", "737–743")), ("9211–223", ("9", "211–223")),
     # five digits before the dash: a first page so long is rare, the volume read off
     ("38191–219", ("38", "191–219"))],
)
def test_shortened_or_glued(pages: str, expected: tuple[str, str] | None) -> None:
    assert volume_off_pages(pages) == expected
