"""DOIs that extraction glued to what follows, or spaced apart, come out whole and alone."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string, patterns


@pytest.mark.parametrize(
    ("printed", "doi"),
    [
        ("JHEP 9906, 028 (1999) doi:10.1088/1126-6708/1999/06/028[ hep-th/9906022].",
         "10.1088/1126-6708/1999/06/028"),
        ("Atmosphere, 29, 551-566, doi:10.14191/atmos.2019.29.5.551(inkoreanwithenglish.",
         "10.14191/atmos.2019.29.5.551"),
        ("Phys. Rev. Lett. 96, 181602 (2006) doi:10.1103/PhysRevLett.96.181602,hep-th/0603001.",
         "10.1103/physrevlett.96.181602"),
        ("https://doi.org/10.16368/j.issn.1674-8999.2002.01.016.",
         "10.16368/j.issn.1674-8999.2002.01.016"),
        ("Environ Entomol 35: 1141-1153. doi:10.1603/0046-225X(2006)35[1141:ETIOLH]2.0.CO;2.",
         "10.1603/0046-225x(2006)35[1141:etiolh]2.0.co;2"),
    ],
)
def test_doi_ends_where_it_ends(printed: str, doi: str) -> None:
    assert patterns.find_doi(printed) == doi


def test_doi_link_is_the_doi_not_the_url() -> None:
    ref = parse_string("Smith, J. (2007). A title. Information and Management. "
                       "https://doi.org/10.1016/j.im.2006.11.002.")
    assert (ref.doi, ref.url) == ("10.1016/j.im.2006.11.002", "")


def test_url_ends_at_the_next_space() -> None:
    ref = parse_string("HIV Medicine Association. Available at: http://www.idsociety.org/HIV/"
                       "toc.htm. Accessibility verified, 1 December 2002.")
    assert ref.url == "http://www.idsociety.org/HIV/toc.htm"


@pytest.mark.parametrize(
    ("printed", "url"),
    [("http://www.sciencedirect.com/science/article/pii/ S0168900296011722",
      "http://www.sciencedirect.com/science/article/pii/S0168900296011722"),
     ("https: //www.lhc- ilc.physik.uni-bonn.de/ergebnisse/ dateien/t00000042.pdf",
      "https://www.lhc-ilc.physik.uni-bonn.de/ergebnisse/dateien/t00000042.pdf"),
     ("http://example.org/a. Accessed May 2", "http://example.org/a"),
     ("http://www.oraltradition.org)", "http://www.oraltradition.org")],
)
def test_a_url_broken_by_extraction_is_joined_again(printed: str, url: str) -> None:
    from claimcheck.parse.weblinks import printed_url

    assert printed_url(printed) == url
