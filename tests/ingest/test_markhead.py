"""A one-a-line list's line that opens on a mark no entry opens with (a comma, a semicolon, a
colon, a stop before a number or a lone capital, a bracketed year run into its numbers): the
rest of the entry before, as PDF text with stray spaces leaves it ("Phys .Rev .Lett .94" /
"( 2005)170201 ."); a title that opens with a stop (".NET ...") and a year-first entry stay
entries."""

from claimcheck.ingest.starts import YEAR
from tests.ingest.listings import PHYSICS
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

AAS = [
    "Abbott, B. P., et al. 2016, PhRvL, 116, 061102",
    "Bahcall, J. N. 1989, Neutrino Astrophysics (Cambridge: Cambridge Univ. Press)",
    "Chandrasekhar, S. 1939, An Introduction to the Study of Stellar Structure",
    "Davis, M., Efstathiou, G., Frenk, C. S., & White, S. D. M. 1985, ApJ, 292, 371",
    "Eddington, A. S. 1926, The Internal Constitution of the Stars",
    "Faber, S. M., & Jackson, R. E. 1976, ApJ, 204, 668",
    "Gunn, J. E., & Gott, J. R. 1972, ApJ, 176, 1",
]


def test_a_line_that_opens_on_a_comma_or_a_stop_goes_on() -> None:
    _joined(AAS, "Verma, A. K., Fienga, A., Laskar, J., Manche, H., &Gastineau",
            ",M .2014 ,A&A ,561 ,A115")
    _joined(AAS, "Planck Collaboration .2014d", ",A&A ,571 ,A29")
    _joined(PHYSICS, "S. Chandrasekharan ,F", ".J .Jiang,Phys. Rev. D68 (2003 ) 091501.")
    _joined(PHYSICS, "T. Korzec, U. Wolff, Nucl. Phys. B 871 (2013) 145 [arXiv:1212",
            ". 2875[hep-lat] ].")
    _joined(PHYSICS, "M. G. Endres, Phys. Rev. D 75", "( 2007)065012 [ hep-lat/0610029];")


def test_an_entry_that_opens_on_a_stop_or_its_year_stays_one() -> None:
    _apart(PHYSICS, "A. Author, Phys. Rev. D 75, 1 (2007).",
           ".NET Framework Documentation. Redmond: Microsoft, 2019.")
    _apart(AAS, "Gunn, J. E. 1975, ApJ, 201, 22", "(2010) 100 Ideas that Changed Physics.")


def test_a_year_spaced_as_pdf_text_spaces_marks_is_a_year() -> None:
    assert YEAR.search("Vogt,F .P .A .2013 ,ApJS ,208 ,10")
    assert not YEAR.search("doi:10.2004/abc")
    assert not YEAR.search("version 1.2004, build 7")
    _joined(AAS, "Dopita, M. A., Sutherland, R. S., Nicholls, D. C.,",
            "Kewley, L. J., & Vogt,F .P .A .2013 ,ApJS ,208 ,10")


def test_a_bracketed_year_alone_and_a_comma_after_spaced_names_go_on() -> None:
    _joined(PHYSICS, "S. Duane ,A. D. Kennedy ,and D. Roweth ,Phys .Lett .B 195 ,216", "( 1987 ).")
    _joined(AAS, "Wolf ,C .,Onken ,C .A .,Luvaul ,L .C .,et al .2018 ,PASA ,35", ",e010")


def test_an_entry_after_a_stopped_line_or_a_web_address_stays_one() -> None:
    # (review of seg12) a stop that opens a line after a line ending on one is an entry whose
    # list number was lost, and a comma run into a word is PDF spacing only where a line
    # shows it apart from the join
    _apart(AAS, "Jones, P. 2017, Agents and markets. Econometrica, 85, 601-640.",
           ". A. Kovacs and B. Horvath 2016, Spectral methods. SIAM Review, 58, 3-40.")
    _apart(AAS, "Smith, J. 2018, Public health data. https://example.org/data",
           ",Handbook of Epidemiology 2014. Berlin: Springer.")


def test_a_line_that_opens_on_a_mark_and_numbers_goes_on() -> None:
    """Session 18 seg16: a mark and a volume's or pages' numbers after a line stopped on a
    word or a number, though spaced as any line is (": 503-517, 1975", ", 345 (2001).");
    after a line that ended on a stop, an entry's own mark stays an entry."""
    _joined(AAS, "Southern, E. M. 1975, Journal of molecular Biology, 98", ": 503-517")
    _joined(PHYSICS, "A. Smith and B. Jones, Phys. Rev. Lett. 12", ", 345 (2001).")
    _joined(PHYSICS, "W. J. C. Koppert et al., Nucl. Instrum. Methods Phys. Res. A",
            ", vol. 732, pp. 245-249, Dec. 2013.")
    _joined(PHYSICS, "W. J. C. Koppert et al., Nucl. Instrum. Methods Phys. Res. A, Accel. "
            "Spectrom. Detect. Assoc. Equip.", ",vol. 732, pp. 245- 249,Dec. 2013.")
    _apart(PHYSICS, "A. Smith and B. Jones, Phys. Rev. Lett. 12, 345 (2001).",
           ": 12 Angry Men, a play (1954).")
    # a year after the comma: an entry of the same authors, their names left out
    _apart(AAS, "Akerlof, G. A., 1970: The market for lemons. In: Q. J. Econ. 84, 488-500",
           ", 1984: Gift exchange and efficiency-wage theory. In: Am. Econ. Rev. 74, 79-83")
