"""Physics' title-less entries of initials-first names without stops: the last name ends at
its one family word, as the list's other names do, and the journal follows it."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "families", "container"),
    [
        ("83. M Thudi, H D Upadhyaya, and A Rathore PLoS One 9 e96758 (2014).",
         ["Thudi", "Upadhyaya", "Rathore"], "PLoS One"),
        ("N Martins, I C Ferreira, L Barros, S Silva, and M Henriques Mycopathologia 177 223 "
         "(2014).", ["Martins", "Ferreira", "Barros", "Silva", "Henriques"], "Mycopathologia"),
        ("[80] M Kuussaari, J Heliölä, J Pöyry, and K Saarinen Journal of Insect Conservation "
         "11 351 (2007).", ["Kuussaari", "Heliölä", "Pöyry", "Saarinen"],
         "Journal of Insect Conservation"),
    ],
)
def test_last_name_ends_at_its_family_word(text: str, families: list[str],
                                           container: str) -> None:
    ref = parse_string(text)
    assert ([a.family for a in ref.authors], ref.container) == (families, container)


def test_volume_and_page_before_the_bracketed_year() -> None:
    ref = parse_string("N Martins, I C Ferreira, L Barros, S Silva, and M Henriques "
                       "Mycopathologia 177 223 (2014).")
    assert (ref.volume, ref.pages) == ("177", "223")


@pytest.mark.parametrize(
    "text",
    [
        # a title between the names and the journal: the names are read as before
        "M Smith, J Jones, and K Brown. Water in the Sahel. Nature 12, 33 (2001).",
        # names with stops
        "K. B. Cohen, L. Hunter, and M. Smith, PLoS Comput Biol 4, e20 (2008).",
    ],
)
def test_look_alikes_keep_their_names(text: str) -> None:
    assert [a.family for a in parse_string(text).authors][-1] in ("Brown", "Smith")


def test_the_last_names_initials_read_as_the_journals() -> None:
    ref = parse_string("J E Krechmer, D Pagonis, P J Ziemann, and J L Jimenez Environ Sci "
                       "Technol 50 5757 (2016).")
    assert ([a.family for a in ref.authors], ref.container) == (
        ["Krechmer", "Pagonis", "Ziemann", "Jimenez"], "Environ Sci Technol")


@pytest.mark.parametrize(
    ("text", "last", "container"),
    [
        # a capitalised particle opens a family name of two words or more, which stays whole
        ("A Rossi, M Bianchi, and G De Luca Phys. Rev. B 75 104512 (2007)", "De Luca",
         "Phys. Rev. B"),
        ("J Smith, K Brown, and D Van Dyck Ultramicroscopy 64 99 (1996)", "Van Dyck",
         "Ultramicroscopy"),
        ("K Schmidt, T Weber, and A Van Der Berg Appl Phys Lett 90 152101 (2007)",
         "Van Der Berg", "Appl Phys Lett"),
        ("T Nguyen, H Tran, and K St Clair Phys Fluids 18 1 (2006)", "St Clair", "Phys Fluids"),
        ("A Brown, B White, and C Mac Donald Opt Express 15 1 (2007)", "Donald",
         "Opt Express"),  # ("Mac" is no particle to `parse_name`: "Donald" its family)
    ],
)
def test_a_particle_keeps_its_family_word(text: str, last: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[-1].family, ref.container) == (last, container)


def test_a_lone_particle_word_is_read_as_before() -> None:
    """"Du", "Le" or "Do" alone is a family name ("Z Du | Phys. Rev. B"), as the tagger read."""
    ref = parse_string("X Wang, Y Li, and Z Du Phys. Rev. B 75 1 (2007)")
    assert (ref.authors[-1].family, ref.container) == ("Du", "Phys. Rev. B")
