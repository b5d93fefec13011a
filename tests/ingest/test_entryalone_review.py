"""Session 13's review of the one-a-line rules: whole entries that read as a line without
a title of its own (a short form, a title that opens with a place and a colon, a title that
opens with "In" or a kind word) stay apart from an undated title before them; the wraps the
rules were written for still join."""

from claimcheck.ingest.containerline import container_alone
from claimcheck.ingest.entryalone import imprint_alone, in_work, kind_lead
from tests.ingest.listings import APA, entries
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined


def test_a_short_form_with_its_pages_is_a_note_of_its_own() -> None:
    assert not container_alone("Hall and Soskice 2001, p. 45.")
    assert not container_alone("Streeck and Thelen 2005, p. 9.")
    assert container_alone("IEEE Symposium on Security and Privacy, 2007, pp. 321-334.")
    _apart(APA, "Interview with a union official.", "Hall and Soskice 2001, p. 45.")


def test_a_title_with_a_place_and_a_colon_is_no_imprint() -> None:
    assert not imprint_alone("Berlin: Symphony of a Metropolis, 1927.")
    assert not imprint_alone("Paris: Capital of the Nineteenth Century, 1999.")
    assert not imprint_alone("Oxford University Press: Style Guide, 2015.")
    assert imprint_alone("Cambridge, Mass.: Harvard University Press, 1997.")
    assert imprint_alone("New York: Basic Books, 1973.")


def test_in_and_a_title_is_no_work_an_entry_is_in() -> None:
    assert not in_work("In U.S. Custody: Detainees at Guantanamo, 2008.")
    assert not in_work("In ICU: Stories from the Ward, 2015.")
    assert not in_work("In Process: Justice and Memory, 2011.")
    assert in_work("In R. Port and T. van Gelder, editors, Mind as Motion, 1995.")
    assert in_work("In J. Smith (Ed.), Handbook of Memory, 2001.")
    assert in_work("In Proc. of the 12th Workshop, 2004.")
    assert in_work("In Proceedings of ACL, 2019.")
    assert in_work("In ICML, 2019.")
    _apart(APA, "Human Rights First. Detention report.",
           "In U.S. Custody: Detainees at Guantanamo, 2008.")


def test_a_kind_word_that_opens_a_title_is_no_kind_lead() -> None:
    assert not kind_lead("Preprint servers in the life sciences, 2019.")
    assert not kind_lead("Thesis writing guide, 2020. https://www.ox.ac.uk/thesis")
    assert not kind_lead("Dissertation formatting rules, 2021.")
    assert kind_lead("Preprint, 1996.")
    assert kind_lead("Unpublished manuscript, 2004.")
    assert kind_lead("Working paper no. 12, 2010.")
    assert kind_lead("Manuscript submitted for publication, 2019.")
    _apart(APA, "Leeds University Library. Theses online.",
           "Dissertation formatting rules, 2021. https://library.leeds.ac.uk/dissertations")


def test_the_wraps_the_rules_read_still_join() -> None:
    _joined(APA, "Knopfmacher, A. On the number of distinct degree sizes of a polynomial.",
            "Preprint, 1996.")
    _joined(APA, "Zhao, J., and Chang, K.-W. Learning gender-neutral word embeddings.",
            "In EMNLP, 2018.")


def test_a_work_of_reference_after_an_organisation_or_a_title_is_an_entry() -> None:
    _apart(APA, "Stanford Encyclopedia of Philosophy. Liberty.",
           "Encyclopaedia Britannica 1911, vol. 12, pp. 345-350.")
    _apart(APA, "Uniform Commercial Code.", "Statutes at Large 1964, 78: 241-268.")
    _apart(APA, "The Arabian Nights.", "Newsweek, Spring 2001, pp. 4-5.")
    _apart(APA, "Bank of England. Inflation Report.",
           "Statistical Yearbook of the Netherlands 2004, pp. 112-115.")


def test_a_person_s_undated_title_still_goes_on_with_its_container() -> None:
    _joined(APA, "Card, D. and Krueger, A. Minimum wages and employment.",
            "American Economic Review 1994, 84(4), pp. 772-793.")
    _joined(APA, "Kant, I. Groundwork of the Metaphysics of Morals.",
            "Gesammelte Schriften 1903, vol. 4, pp. 385-463.")
    _joined(APA, "Benner P. From novice to expert.", "Am J Nurs 1982; 82(3): 402-7.")


def test_one_work_of_reference_after_a_dated_line_leaves_the_wraps_joined() -> None:
    lines = ["Adams J. Protein folding in vivo.",
             "Proc Natl Acad Sci USA 93:4857-4861, 1996.",
             "Baker S, Clark T. Enzyme kinetics. J Biol Chem. 1998;273:100-10.",
             "Encyclopaedia Britannica 1911, vol. 12, pp. 345-350.",
             "Davis M. Metabolic flux analysis.",
             "Metab Eng 2:1-10, 1995.",
             "Evans P, Fisher K. Membrane transport. J Cell Biol. 2001;152:200-10.",
             "Green L. Structural genomics.",
             "Nature Struct Biol 7:1-5, 2000.",
             "Hall J, Irwin B. Ribosome structure. Science. 2000;289:905-20."]
    found = entries(lines)
    assert len(found) == 7, found
    assert found[0] == f"{lines[0]} {lines[1]}"
    assert found[3] == f"{lines[4]} {lines[5]}"
    # names and a note are no title: the list's journals open entries there
    physics = ["A. Einstein, Ann. Phys. 17, 891 (1905).",
               "J. Doe, private communication.",
               "Phys. Rev. Lett. 2010, 104, 123456.",
               "M. Born and V. Fock, Z. Phys. 51, 165 (1928).",
               "K. Wilson, unpublished.",
               "Nucl. Phys. B 1991, 360, 145-179.",
               "P. W. Anderson, Phys. Rev. 109, 1492 (1958).",
               "CERN Collaboration, technical design report.",
               "Eur. Phys. J. C 2012, 72: 2001-2010.",
               "S. Weinberg, Phys. Rev. Lett. 19, 1264 (1967).",
               "G. 't Hooft, Nucl. Phys. B 35, 167 (1971)."]
    assert len(entries(physics)) == len(physics)
