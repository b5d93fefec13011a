"""A line that opens with a connective in lower case is the rest of the entry before, in a
list whose lines often lack their stop too; names' particles open entries as before."""

from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

# entries that end without their stop, as lines extracted from a PDF often do: the list's
# habit of ending lines says nothing of a cut
UNCLOSED = [
    "Aarts H, Dijksterhuis A (2000) Habits as knowledge structures. J Pers 78(1): 53-63",
    "Ajzen I (1991) The theory of planned behavior. Organ Behav Hum Decis 50: 179-211",
    "Bandura A (1986) Social foundations of thought and action. Englewood Cliffs, Prentice-Hall",
    "Duckworth AL, Gross JJ (2014) Self-control and grit. Curr Dir Psychol Sci 23: 319-325",
    "Gollwitzer PM (1999) Implementation intentions: strong effects of simple plans",
    "Neal DT, Wood W (2006) Habits: a repeat performance. Curr Dir Psychol Sci 15: 198-202",
    "Wood W, Rünger D (2016) Psychology of habit. Annu Rev Psychol 67: 289-314",
]


def test_a_line_opening_with_a_connective_goes_on() -> None:
    _joined(UNCLOSED, "Sinatra A, Lobo C, Castin Y (2002) Dynamics of a condensate. Journal",
            "of Physics B: Atomic, Molecular and Optical Physics 35: 3599")
    _joined(UNCLOSED, "Ruiz M (1999) Proceedings of the 7th Mediterranean Conference",
            "on Control and Automation, Haifa, Israel, 28-30 June 1999")

def test_a_connective_that_opens_a_name_and_its_year_opens_an_entry() -> None:
    _apart(APA, "Lee, K. (2001). Habits of the heart. Soc. Psychol. Q., 64, 1-12.",
           "of Montreal (2007). Hissing fauna, are you the destroyer? Athens, GA: Polyvinyl.")
    # names going on keep the rule
    _joined(UNCLOSED, "Ng K, Patel R, Olsen H,",
            "and Berg T (2003) Pollen counts and admissions. Allergy 58: 110-115")


def test_a_particle_or_an_article_in_lower_case_opens_an_entry() -> None:
    _apart(UNCLOSED, "Lee K (2001) Habits of the heart. Soc Psychol Q 64: 1-12",
           "de Foucault B (2009) Plant communities of Brittany. Bull Soc Bot Fr 56: 1-9")
    _apart(UNCLOSED, "Lee K (2001) Habits of the heart. Soc Psychol Q 64: 1-12",
           "van der Berg J (2004) Habits and routines. Leisure Sci 26: 5-19")
    _apart(APA, "Lee, K. (2001). Habits of the heart. Soc. Psychol. Q., 64, 1-12.",
           "bell hooks. (2000). Feminism is for everybody. Cambridge, MA: South End Press.")


def test_an_identifier_or_an_access_note_goes_on() -> None:
    _joined(UNCLOSED, "Ng K (2010) Tidal towns. Ann NY Acad Sci 854: 155-170",
            "PubMed: 9928427.")
    _joined(APA, "Ng, K. (2007). Tidal towns. Nat. Genet., 39(9), 1134-1139.",
            "doi: 10.1038/ng2086")
    _joined(APA, "Ng, K. (2010). NetworkX [Internet]. NetworkX developer team.",
            "Available from: http://networkx.github.io.")
    _joined(APA, "Ng, K. (2005). Proceedings. http://www2.sas.com/proceedings/sugi30/196-30.pdf.",
            "Accessed 10 September 2010.")


def test_a_title_that_opens_with_a_notes_word_opens_an_entry() -> None:
    _apart(APA, "Wikipedia. Tide. Accessed 3 May 2020.",
           "Accessed 2020: A Survey of Access. London: Verso, 2020.")
    _apart(APA, "Ng, K. (2005). Tidal towns. Nat. Genet., 39(9), 1134-1139.",
           "Retrieved Memories: A Novel. London: Harbour Press, 2009.")


# a Vancouver list with a running head among its entries: a journal's tail alone after a
# whole dated line, which makes `entryrest.tail_starts` 1
WITH_HEAD = [
    "Kessin RH, Gunderson GG. How slime molds evade nematodes. PNAS 93:4857-4861, 1996.",
    "Reed GF. The obsessional experience. Philos Phenomenol Res 1977; 37:381-384.",
    "Journal of Cellular Biochemistry 90:339-346 (2003)",
    "Sato S, Nakamura Y. Allelotype in carcinoma of the lung. Cancer Res 1994; 54:5652-5655.",
    "White H. A covariance matrix estimator. Econometrica 1980; 48:817-838.",
    "Kozlova T, Thummel CS. Steroid regulation. Trends Endocrinol Metab 2000; 11:276-80.",
    "King RD, Srinivasan A. Indicator variables for QSAR. J Comput Aided Mol Des 1997; 11:571-580.",
]


def test_a_journal_tail_after_names_and_a_title_goes_on_in_a_list_with_a_tail() -> None:
    _joined(WITH_HEAD, "Mirnics K, Middleton FA, Lewis DA. Disease-specific changes in the "
            "prefrontal cortex in schizophrenia.", "Mol Psychiatry (2001) 6: 293-301.")
    _joined(WITH_HEAD, "Callebaut I, de Gunzburg J, Goud B. RUN domains: a new family of "
            "domains.", "Trends Biochem Sci 2001; 26:79-83.")


def test_a_note_in_place_of_a_title_keeps_the_tail_apart() -> None:
    _apart(WITH_HEAD, "Mirnics K, Lewis DA. Unpublished data from the cohort study.",
           "Mol Psychiatry (2001) 6: 293-301.")
    _apart(WITH_HEAD, "Mirnics K, Lewis DA. Cortical gene expression, submitted.",
           "Mol Psychiatry (2001) 6: 293-301.")


def test_in_and_a_container_goes_on_after_a_title() -> None:
    _joined(APA, "Hart, D. (2007). Predation on primates: A biogeographical analysis.",
            "In Gursky-Doyen, S. & Nekaris, K. A. I. (eds.) Primate Anti-Predator Strategies. "
            "New York: Springer, 27-59.")
    _joined(APA, "Remler, J. E. (1978). Some repairs on the notion of repairs.",
            "In Farkas, Donka, and Jacobsen, Wesley M., editors, Papers from the Fourteenth "
            "Regional Meeting, 391-402.")
    _joined(APA, "Mills, J. (2008). An advanced passive solar still.",
            "In: 10th World Renewable Energy Congress, 19-25 July 2008, Glasgow, UK.")


def test_a_title_that_opens_with_in_opens_an_entry() -> None:
    _apart(APA, "Mills, J. (2008). An advanced passive solar still.",
           "In Search of Lost Time. Translated by C. K. Scott Moncrieff. London: Chatto, 1922.")
    _apart(APA, "ISO 8601:2004. Data elements and interchange formats.",
           "In Wrobel, S. (Ed.), Proceedings of the Fourth Workshop on Logic Programming, 1994.")


# Chicago author-date (session 15 review): an entry that ends on a stop, then a title-first
# entry whose title opens with "In" and carries a container's word, then its own year
CHICAGO = [
    "Foner, Eric. 1988. Reconstruction: America's Unfinished Revolution. New York: Harper.",
    "Hine, Darlene Clark. 1989. Black Women in White. Bloomington: Indiana University Press.",
    "Kantorowicz, Ernst H. 1957. The King's Two Bodies. Princeton: Princeton University Press.",
    "Mill, John Stuart. 1859. On Liberty. London: Parker.",
    "Zeldin, Theodore. 1973. France 1848-1945. Oxford: Clarendon Press.",
]


def test_an_in_title_then_its_own_year_opens_an_entry() -> None:
    _apart(CHICAGO, "Clark, Septima. 1986. Ready from Within. Oral history.",
           "In Harm's Way: Workshop Report on Child Soldiers. 2004. Washington, DC: NAP.")
    _apart(CHICAGO, "World Bank. 2022. World Development Report.",
           "In Brief (eds.) Digest of the Development Reports. 2022. Washington, DC: World Bank.")
    # a chapter's rest does not print the year again: it goes on
    _joined(CHICAGO, "Bourdieu, Pierre. 1986. The forms of capital.",
            "In Handbook of Theory and Research (eds.) J. Richardson, 241-58. New York: Greenwood.")


# Vancouver, a web page's references: some resources cited by their link alone, one a line
VANCOUVER_WEB = [
    "Smith J, Brown K. Telehealth uptake in rural Australia. Aust J Rural Health. 2021;29:1-8.",
    "Kim S. Video visits and patient satisfaction. J Telemed Telecare. 2019;25:1-9.",
    "Lee H, Park C. Teledermatology outcomes. JAMA Dermatol. 2018;154:1-7.",
    "Ross T. Rural broadband and health. Med J Aust. 2017;206:1-5.",
]


def test_the_first_of_a_run_of_notes_alone_opens_an_entry() -> None:
    run = ["Available from: https://www.aihw.gov.au/reports/rural-health",
           "Available from: https://www.racgp.org.au/telehealth-guide"]
    listing = [*VANCOUVER_WEB[:3], *run, *VANCOUVER_WEB[3:]]
    _apart(listing, "Jones P. Remote consultations in general practice. BMJ. 2020;368:m998.",
           "Available from: https://www.health.gov.au/telehealth")
    # a note that ends an entry, with no run of notes in the list, goes on
    _joined(VANCOUVER_WEB, "Jones P. Remote consultations [Internet]. Canberra; 2020.",
            "Available from: https://www.health.gov.au/telehealth")


def test_an_access_note_whose_year_words_go_on_opens_an_entry() -> None:
    _apart(VANCOUVER_WEB, "Jones P. Remote consultations in general practice. BMJ. 2020;368:m998.",
           "Accessed on 12 March 2022 by the reviewers: Telehealth dashboard, Dept of Health.")
    _joined(VANCOUVER_WEB, "Jones P. Remote consultations [Internet]. Canberra: DoH; 2020.",
            "Accessed on 12 March 2022 from https://www.health.gov.au/telehealth")
    _joined(APA, "Pdflib tet. http://www.pdflib.com/products/tet/.", "Accessed: 2015-05-12.")


def test_a_tail_after_names_and_a_title_stays_apart_where_tails_are_a_habit() -> None:
    # unsigned editorials after several whole dated entries: the list's entries may open
    # with their journal, and a line of names and a title before one is no evidence of a wrap
    listing = [*WITH_HEAD[:2], "Nature 2020; 588: 7-8.", WITH_HEAD[3], "Lancet 2019; 394: 11-2.",
               *WITH_HEAD[4:]]
    _apart(listing, "Brown A, Green B. Sleep and memory consolidation in older adults.",
           "Lancet 2021; 397: 1-2.")


def test_an_access_note_with_a_time_or_a_bracket_goes_on() -> None:
    # the final read of session 15: a time or a bracket after the date still ends the note
    _joined(APA, "World Health Organization. Global tuberculosis report 2020. https://www.who.int/tb",
            "Accessed 12 March 2022 13:45.")
    _joined(APA, "National Cancer Institute. SEER statistics. https://seer.cancer.gov",
            "Accessed 5 June 2020 (archived copy).")
