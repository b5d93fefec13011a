"""Physics author-year entries (the year before the title and the journal, no comma before
the journal) cut inside the journal's abbreviated name, in a list with unsigned journal lines."""

from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

# IOP style, with an unsigned journal line after a whole dated entry (`tail_starts` 1)
IOP = [
    "Abe K and Ito T 2001 Spin chains in a field Phys. Rev. B 63 104401",
    "Baker R 1999 Quantum groups at roots of unity J. Phys. A 32 1123",
    "Nucl. Phys. B 477 293",
    "Chen L, Dube S and Ford M 2005 Critical dense polymers J. Stat. Mech. P02015",
    "Dorey P 2007 Boundary flows in minimal models Nucl. Phys. B 771 333",
    "Eriksen T 2010 Logarithmic minimal models J. Math. Phys. 51 082301",
    "Fuchs J 2012 Fusion rules and modular data Commun. Math. Phys. 312 1",
]


def test_a_journal_name_cut_after_the_year_goes_on() -> None:
    _joined(IOP, "Masiteng P L et al 2016 Eur.", "Phys. J. A 52 28")
    _joined(IOP, "Ridout D 2009 On staggered indecomposable virasoro modules J. Math.",
            "Phys. 50 123503")


def test_a_title_case_title_or_a_status_keeps_the_journal_line_apart() -> None:
    _apart(IOP, "GBIF.org (2019) GBIF Occurrence Download.", "J. Cell. Physiol. 177 206")
    _apart(IOP, "Hale K 2019 Boundary entropy, submitted to Phys.", "Rev. B 99 1")
    # one abbreviated word after a word: a thesis's imprint, before an unsigned journal line
    _apart(IOP, "Baker R 1999 PhD thesis Univ.", "Phys. Rev. D 12 345")



def test_a_whole_word_after_the_year_keeps_the_journal_line_apart() -> None:
    # a word, not a journal's first word abbreviated (session 15 review)
    _apart(IOP, "Brown K 2019 Preprint.", "Phys. Rev. D 99 084001")
    _apart(IOP, "Chen Y 2018 Thesis.", "Class. Quantum Grav. 35 015001")


def test_a_line_with_its_own_year_after_its_pages_stays_apart() -> None:
    # an unsigned entry whole, not the rest of a dated entry's journal name
    _apart(IOP, "Ivanov A 2015 Nucl.", "Nucl. Phys. A 940 1 (2015)")
    _apart(IOP, "Feng J 2009 Phys.", "Nucl. Phys. B 360 145 1991")


def test_a_venue_after_an_article_keeps_the_journal_line_apart() -> None:
    _apart(IOP, "Evans R 2011 talk given at the Int. Conf.", "Nucl. Phys. B 360 145")


def test_a_long_abbreviated_first_word_after_the_year_goes_on() -> None:
    # the final read of session 15: "Europhys." and "Geophys." are a journal's first words
    _joined(IOP, "Garcia S and Hill T 2014 Europhys.", "Lett. 105 37001")
    _joined(IOP, "Jones W 2015 Geophys.", "Res. Lett. 42 1234")
    _apart(IOP, "Evans R 2011 Lecture.", "Nucl. Phys. B 360 145")
