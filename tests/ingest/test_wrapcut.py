"""One-a-line lists with a hard wrap read from where the line before stopped: a dated entry
cut on a word, a dated entry's rest after its title, a journal's abbreviated name cut in two,
names cut before their initials; and the whole entries that must stay apart."""

from claimcheck.ingest.journalcut import journal_cut
from claimcheck.ingest.lateyear import habits
from claimcheck.ingest.wrapcut import rest_after_stop
from tests.ingest.listings import APA, PHYSICS
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined


def test_a_dated_entry_cut_on_a_word_goes_on() -> None:
    # a line that opens as a work cited alone goes on after a line cut at the list's width
    _joined(APA, "Lindqvist, M. (2004). Merchants, Fishermen and Shipwrights: A Social History "
            "of the Harbour", "Towns of the Baltic, Norvik Press.")
    _joined(APA, "Okafor, C. (2011). Rivers and", "Markets. Lagos: Malthouse.")
    _joined(APA, "Rossi, L., 1997. Steam Engines of the",
            "Industrial Revolution. In Proceedings of the History Society.")
    # cut after a word no entry ends on, even before one capitalised word and its stop
    _joined(APA, "Haddad, R. (2009). The Politics of Water in", "Arid Lands. Routledge.")


def test_a_title_case_title_goes_on_in_title_case() -> None:
    # a sentence-case title after a title-case end is another entry's, without authors
    _apart(APA, "Rossi, L. (1990). Planning for Contingencies: A Reasoned Approach",
           "Mitochondrial disorders in children: a review of cases.")


def test_an_entry_past_its_title_that_lacks_its_stop_stays_whole() -> None:
    _apart(APA, "Ng, K. (2013). Workshop on Tides, 2-6 June 2013, Bergen, Norway",
           "Meeting of the Tidal Society, Oslo, 2014.")
    _apart(APA, "Ng, K. (2013). Essays on grief (pp. 15-22). London",
           "Royal Society of Medicine. Report on grief, 2015.")
    _apart(APA, "Ng, K. (1995). Neural Maps Springer Heidelberg",
           "National Academy of Engineering.")
    _apart(APA, "Ng, K. (1993). In Proceedings of the Conference on Data",
            "Am. J. Phys., 52 (1984) 527.")
    # names alone before a stop open an entry after a line ending "Forthcoming in"
    _apart(APA, "Cohen, G. A. (forthcoming). Equality of What? Forthcoming in",
           "Scanlon, Thomas M. What We Owe to Each Other. Cambridge: Belknap, 1998.")


def test_a_dated_entrys_rest_after_its_title_goes_on() -> None:
    _joined(APA, "Mills, J. (2001). Tidal energy and coastal towns.",
            "In Proceedings of the Coastal Engineering Conference, 201-209.")
    _joined(APA, "Mills, J. (2001). Tidal energy and coastal towns.",
            "Ph.D. Thesis, University of Leeds.")
    _joined(APA, "Mills, J. (2001). Tidal energy and coastal towns.",
            "Cambridge, MA: Harbour Press.")


# physics entries that open with their authors (no tail alone: `entryrest.tail_starts` 0)
AUTHORS_FIRST = [
    "S. Weinberg, Phys. Rev. Lett. 19, 1264 (1967).",
    "P. W. Higgs, Phys. Rev. Lett. 13, 508 (1964).",
    "K. G. Wilson, Phys. Rev. D 10, 2445 (1974).",
    "P. A. M. Dirac, Proc. R. Soc. A 117, 610 (1928).",
    "H. D. Politzer, Phys. Rev. Lett. 30, 1346 (1973).",
    "E. Witten, Nucl. Phys. B 188, 513 (1981).",
]


def test_a_journal_name_cut_in_two_goes_on() -> None:
    _joined(AUTHORS_FIRST, "A. B. Kowal, Phys. Rev.", "Lett. 15, 798 (1965).")
    _joined(AUTHORS_FIRST, "R. Sato et K. Ono, J. Chem.", "Soc. (C), 2208 (1967).")
    _joined(AUTHORS_FIRST, "J. Garcia and M. Fiol, Eur.", "J. Phys., 35 (2014) 015013.")


def test_a_journal_cut_needs_names_before_it_and_a_list_of_author_led_entries() -> None:
    habit = habits(AUTHORS_FIRST)
    # "submitted to" a journal: a whole entry without its volume
    assert not journal_cut("A. Kowal, submitted to Phys. Rev.", "Lett. 15, 798.", habit, True)
    assert journal_cut("A. Kowal, Phys. Rev.", "Lett. 15, 798 (1965).", habit, True)
    # where entries open with their journal (no authors), a tail alone is an entry
    tails = habits([*AUTHORS_FIRST, "Nucl. Phys. B 12, 33 (1990).", "Phys. Lett. 4, 5 (1991)."])
    assert not journal_cut("A. Kowal, Phys. Rev.", "Lett. 15, 798 (1965).", tails, True)


def test_an_imprint_end_before_a_name_stays_apart() -> None:
    # a book's end ("Univ. Press.") before an entry whose name reads as abbreviations
    _apart(PHYSICS, "J. Smith, Optics (Oxford Univ. Press.", "A. B. Jones. 1999. Lasers.")


def test_names_cut_before_initials_after_one_comma_go_on() -> None:
    _joined(APA, "Navarro J. F., Frenk", "C. S., White S. D. M., 1997, ApJ, 490, 493.")


def test_one_word_and_its_stop_goes_on_before_an_imprint_alone() -> None:
    _joined(APA, "Guha, R. (1983). Elementary Forms of Peasant Life in Colonial",
            "India. Delhi: Harbour Press.")
    # one name and a title open an entry after a dated entry that lacks its stop
    _apart(APA, "Ng, K. (2001). Poems of the Sea", "Homer. The Odyssey.")
    _apart(APA, "Ng, K. (2001). Poems of the Sea", "Plato. Berlin: A Dialogue.")


def test_a_title_first_entry_after_a_dated_entry_lacking_its_stop_stays_apart() -> None:
    _apart(APA, "Ng, K. (2018). Open science and the sharing of data",
           "Preprint servers in the life sciences. Nature 2019; 569: 307.")
    _apart(APA, "Ng, K. (2006). Torture and the Law",
           "In U.S. Custody: Detainee Treatment Since 2001. Human Rights Watch, 2005.")


def test_a_title_that_opens_with_a_place_is_no_imprint_alone() -> None:
    habit = habits(APA)
    title = "Ng, K. (2014). Cities of light and glass."
    assert not rest_after_stop(title, "Paris: Capital of the Nineteenth Century.", habit, True)
    assert rest_after_stop(title, "Lanham, MD: Rowman and Littlefield.", habit, True)


def test_an_entry_in_another_script_or_an_organisation_stays_apart() -> None:
    _apart(APA, "Иванов, И. (2015). Инклюзивное образование. Москва",
           "Michael Kasiske, Farbstudien Aachen, Bauwelt.")
    _apart(APA, "Ng, K. (1990). Randomized algorithms for optimizing large join",
           "U.S. Census Bureau. Thermal springs of the western states.")


def test_a_title_or_a_work_cited_alone_after_an_entry_lacking_its_stop_stays_apart() -> None:
    for alone in ("The Arabian Nights.", "Oxford English Dictionary Online.",
                  "Encyclopaedia Britannica, 11th edition.",
                  "Marbury v. Madison, 5 U.S. 137 (1803)."):
        _apart(APA, "Ng, K. (2001). Data Sharing in Practice", alone)
