"""Session 13's review of the one-a-line rules: whole entries that read as a line without
a title of its own (a short form, a title that opens with a place and a colon, a title that
opens with "In" or a kind word) stay apart from an undated title before them; the wraps the
rules were written for still join."""

from claimcheck.ingest.entryalone import container_alone, imprint_alone, in_work, kind_lead
from tests.ingest.listings import APA
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
