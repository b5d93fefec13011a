"""Title words the tagger read as a DOI or link where none is printed."""

from __future__ import annotations

from claimcheck.parse import parse_string


def test_title_words_read_as_a_doi_stay_in_the_title() -> None:
    ref = parse_string("(107) Pasternak, I., Wesolowski, M., Jozwik, I., Lukosius, M., Lupina, G., "
                       "Dabrowski, P., Baranowski, J. M., and Strupinski, W. (2016) Graphene "
                       "growth on Ge (100)/Si (100) substrates by CVD method. Sci. Rep. 6 21773.")
    assert ref.title == "Graphene growth on Ge (100)/Si (100) substrates by CVD method"


def test_a_printed_doi_stays_a_doi() -> None:
    ref = parse_string("Smith, J. (2016) Growth of films. Sci. Rep. 6, 21773. "
                       "doi:10.1038/srep21773")
    assert ref.doi == "10.1038/srep21773"
