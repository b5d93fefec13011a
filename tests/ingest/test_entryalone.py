"""One-a-line lists cut where only content tells: a line that alone has no title (a container
and its numbers, an imprint, "In" and a venue) after an undated entry's title, and an entry
that is so far names alone; and the whole entries that must stay apart."""

from claimcheck.ingest.containerline import container_alone
from claimcheck.ingest.entryalone import imprint_alone, in_work, kind_lead
from claimcheck.ingest.namesline import names_line
from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

VANCOUVER = [
    "Adams J, Baker K. Sleep and memory in adults. J Sleep Res 2001; 10:1-8.",
    "Brown T. Fever in children. BMJ 1999; 318:33-36.",
    "Clark R, Diaz M. Asthma and exercise. Chest 2004; 125:12-19.",
    "Evans P. Cough reflex testing. Thorax 2002; 57:44-49.",
    "Foster G, Hill S. Pain after surgery. Lancet 1998; 351:210-214.",
    "Green L. Vitamin D in winter. Nutrition 2006; 22:501-506.",
    "Hughes A. Gait in older people. Age Ageing 2003; 32:15-20.",
]


def test_a_container_and_its_numbers_alone_carry_an_undated_title_on() -> None:
    _joined(VANCOUVER, "Risch N. Linkage strategies for complex traits. I. Multilocus models.",
            "American Journal of Human Genetics 1990; 46, pages 222-228.")
    _joined(APA, "Patel, S. and Pasquale, L.R., Glaucoma drainage devices: a review.",
            "Seminars in ophthalmology, 2010. 25(5-6): p. 265-270.")
    _joined(APA, "Bethencourt J, Sahai A and Waters B. Ciphertext-Policy Encryption.",
            "IEEE Symposium on Security and Privacy, 2007, pp. 321-334.")


def test_a_line_with_its_own_title_or_names_is_no_container_alone() -> None:
    assert container_alone("Natl Med J India 2000; 13:16-18.")
    assert not container_alone("Adverse drug reactions. Natl Med J India 2000; 13:16-18.")
    assert not container_alone("Foster, M. A. et al. Optical oscilloscope.Nature 456, 81 (2008).")
    assert not container_alone("M. Gerritsma, J. Steen, Journal of Physics 229, 8333 (2010).")
    assert not container_alone("Brown v. Board of Education, 347 U.S. 483 (1954).")
    assert not container_alone("Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241.")
    assert not container_alone("Le Monde, 12 mars 2004.")
    assert not container_alone("Weber 1922, pp. 45-47.")


def test_whole_entries_after_an_undated_title_stay_apart() -> None:
    _apart(APA, "Plato. Republic.", "Biostatistics (2008), 9, 2, pp. 234-248.")
    _apart(APA, "Dworkin, Ronald. Law's Empire.",
           "Brown v. Board of Education, 347 U.S. 483 (1954).")
    _apart(APA, "Hobbes, Thomas. Leviathan.",
           "Oxford English Dictionary, 1989. Oxford: Clarendon Press.")
    _apart(APA, "Proust, Marcel. Swann's Way.",
           "In Search of Lost Time. New York: Modern Library, 2003.")
    _apart(APA, "Anderson, Perry. Lineages of the Absolutist State.",
           "The Times, 3 May 1926, p. 12.")


def test_an_imprint_or_a_venue_alone_carries_an_undated_title_on() -> None:
    _joined(APA, "Clifford, James. Routes: Travel and Translation in the Late Century.",
            "Cambridge, Mass.: Harvard University Press, 1997.")
    _joined(APA, "Zhao, J., and Chang, K.-W. Learning gender-neutral word embeddings.",
            "In EMNLP, 2018.")
    _joined(APA, "Marwell, Gerald. The Critical Mass in Collective Action. Cambridge: Cambridge",
            "University Press, 2007.")
    assert imprint_alone("Elsevier Health Sciences, 2000.")
    assert not imprint_alone("Oxford English Dictionary, 1989.")
    assert not imprint_alone("London, Jack. The Call of the Wild. New York: Macmillan, 1903.")
    assert in_work("In R. Port and T. van Gelder, editors, Mind as Motion, 1995.")
    assert not in_work("In Search of Lost Time. New York: Modern Library, 2003.")
    assert not in_work("In DNA We Trust. New York: Basic Books, 2015.")


def test_an_entry_of_names_alone_goes_on_with_its_title() -> None:
    _joined(VANCOUVER, "Kossinets G, Watts DJ.",
            "Empirical Analysis of an Evolving Social Network. Science 2006; 311:88-90.")
    _joined(APA, "D. Leven and M. Sharir.",
            "An Efficient Motion Planning Algorithm for a Ladder. J. Algorithms 8, 1987.")
    _joined(VANCOUVER, "Lerman J, Gregory GA, Willis MM, Eger EI 2nd.",
            "Effect of age on the solubility of anesthetics. Anesthesiology 1986; 65:307-11.")


def test_names_alone_are_read_strictly() -> None:
    assert names_line("G. A. Kabatyanskii and V. I. Levenshtein.")
    assert names_line("Nakamura T, Turner CH, Johnston CC Jr.")
    assert not names_line("Hawthorne, Nathaniel.")  # one pair: maybe "Homer, Odyssey."
    assert not names_line("Shakespeare, W. Hamlet.")
    assert not names_line("Bible, King James Version.")


def test_names_alone_keep_an_entry_that_opens_with_names_or_its_year() -> None:
    _apart(VANCOUVER, "Kossinets G, Watts DJ.", "Lee D, Chen H. Title. BMJ 2000; 3:4-5.")
    _apart(APA, "D. Leven and M. Sharir.", "World Bank (2008). Annual Report. Washington.")


def test_a_volume_and_its_pages_with_a_year_are_no_passage() -> None:
    _joined(VANCOUVER, "Bardhan KD, Wormsley KG. Rapid healing of gastric ulcers.",
            "Aliment Pharmacol Ther (1994) 8:215-220.")
    _apart(APA, "Neusner, Jacob. The Mishnah: A New Translation.", "Mishnah Berakhot 1:1-5.")


def test_a_year_volume_and_pages_alone_carry_the_journal_before_on() -> None:
    _joined(VANCOUVER, "Lee K, Park J. Ligament reconstruction. Knee Surg Relat Res.",
            "2012 Jun; 24(2): p. 113-119.")
    _joined(VANCOUVER, "Nakamura S. Periodontal regeneration. Int J Periodontics Restorative Dent.",
            "2011 Nov-Dec;31(6):653-60.")
    assert not container_alone("2006. Title of a paper. J Biol 3:4-5.")


def test_what_an_entry_says_of_its_kind_carries_its_title_on() -> None:
    _joined(APA, "Bruening, D. Efficient, Transparent, and Comprehensive Code Manipulation.",
            "PhD thesis, Massachusetts Institute of Technology, September 2004.")
    _joined(APA, "Knopfmacher, A. On the number of distinct degree sizes of a polynomial.",
            "Preprint, 1996.")
    assert kind_lead("Available from: http://example.org (accessed 2020).")
    assert not kind_lead("Unpublished Letters of Jane Austen. London: Murray, 1990.")
    assert not kind_lead("Thesis Eleven 2001; 64: 1-20.")


def test_a_container_without_its_year_carries_a_dated_title_on() -> None:
    _joined(APA, "Cooper, G. F. (1990). The complexity of probabilistic inference.",
            "Artificial Intelligence, 42(2-3), 393-405.")
    _joined(APA, "Camargo, S. J., and A. H. Sobel, 2007: Use of a genesis potential index.",
            "J. Climate, 20, 4819-4834.")


def test_a_patent_a_passage_or_a_book_stays_apart_from_a_dated_title() -> None:
    _apart(APA, "Alter, R. (2004). The five books of Moses.", "Genesis 1:1-5.")
    _apart(APA, "Gibbon, E. (1776). The decline and fall of the Roman Empire.", "Ibid., 3, 45-47.")
    assert not container_alone("US Patent 4,123,456.", year=False)
    assert not container_alone("Homer. Odyssey 9.105-566.", year=False)
    assert container_alone("J. Climate, 14, 4073-4090.", year=False)


def test_a_hangul_phrase_is_no_name_but_a_name_with_its_et_al_is() -> None:
    _joined(APA, "조은숙, 신체 자각(Body Awareness)을",
            "토대로 하는 움직임 원리의 상관성, 무용예술학연구 제24집, 2008.")
    _apart(APA, "최수정, 한지민. 청소년의 스마트폰 사용과",
           "홍길동 외 3인 (2016). 지역사회 건강 조사 결과 보고서. 질병관리본부.")


def test_pages_that_look_like_years_are_no_year_of_a_container() -> None:
    _joined(APA, "Setel, P. W., et al. (2007). A scandal of invisibility.",
            "Lancet 370: 1569-1577.")
    _joined(APA, "Cornell, C. A. (1968). Engineering seismic risk analysis.",
            "Bulletin of the Seismological Society of America, 58(5):1583-1606.")
    # a year as a volume is a year: the container prints its own ("..., 82(6), 2010, pp.")
    _apart(APA, "Black, H. C. (1910). Black's Law Dictionary. St. Paul: West Publishing Co.",
           "Am. J. Trop. Med. Hyg., 82(6), 2010, pp. 996-1003")


def test_a_version_and_its_years_are_no_volume_and_pages() -> None:
    assert not container_alone("Annual Report 3, 2019-2020.")
    assert not container_alone("Python 3, 2020.")
    assert container_alone("British journal of cancer. 2014;110(6):1561-70.")
