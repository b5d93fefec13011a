"""A dated one-a-line entry cut after its title's stop goes on with its journal's tail, also
after a title that ends on a word with a number ("parvovirus B19.") and before an article
number and its pages ("45: 42:1-31"), or a journal's name before its comma ("J. Climate, 14,
4073-4090."); a passage of a classical text and a whole entry after one stay apart."""

from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

PLOS = [
    "Adams J, Baker K (2001) Sleep and memory in adults. J Sleep Res 10: 1-8.",
    "Brown T (1999) Fever in children. BMJ 318: 33-36.",
    "Clark R, Diaz M (2004) Asthma and exercise. Chest 125: 12-19.",
    "Evans P (2002) Cough reflex testing. Thorax 57: 44-49.",
    "Foster G, Hill S (1998) Pain after surgery. Lancet 351: 210-214.",
    "Green L (2006) Vitamin D in winter. Nutrition 22: 501-506.",
    "Hughes A (2003) Gait in older people. Age Ageing 32: 15-20.",
]


def test_a_title_ending_on_a_word_with_a_number_goes_on_with_its_tail() -> None:
    _joined(PLOS, "Heegaard ED, Brown KE (2004) Human parvovirus B19.",
            "J Med Microbiol 53: 459-475.")
    _joined(PLOS, "Lee K, Park J (2020) Outcomes of COVID-19.", "BMJ 368: 1-9.")


def test_an_article_number_and_its_pages_are_no_passage() -> None:
    _joined(PLOS, "Parent C, Spaccapietra S (2013) Semantic trajectories modeling and analysis.",
            "ACM Computing Surveys 45: 42:1-31.")
    _apart(APA, "Neusner, J. (1988). The Mishnah: A New Translation.",
           "Mishnah Berakhot 1:1-5.")


def test_a_title_ending_on_its_pages_or_volume_stays_whole() -> None:
    _apart(PLOS, "Stone R (2004) Ice ages. J Clim 17: 1-12.", "Nature 425: 33-35.")


def test_a_journal_before_its_comma_and_volume_goes_on() -> None:
    # in a list with unsigned journal lines (which turn the rules of a journal's tail off)
    _joined(AMS_UNSIGNED, "Chan, J. C. L., 2001: Interannual variability of the monsoons.",
            "J. Climate, 14, 4073-4090.")
    _joined(AMS, "Chan, J. C. L., 2001: Interannual variability of the East Asian monsoons.",
            "J. Climate, 14, 4073-4090.")
    _apart(AMS, "Chan, J. C. L., 2001: Interannual variability. J. Climate, 14, 4073-4090.",
           "J. Smith, 12 Angry Men and other plays. London: Methuen, 1990.")


AMS = [
    "Adams, R., 1999: Monsoon onset. J. Climate, 12, 1-10.",
    "Baker, T., 2003: Tropical cyclones. Mon. Wea. Rev., 131, 33-48.",
    "Chen, L., 2005: ENSO and rainfall. J. Climate, 18, 12-19.",
    "Dunn, P., 2002: Jet streams. J. Atmos. Sci., 59, 44-49.",
    "Evans, G., 1998: Sea ice. Geophys. Res. Lett., 25, 210-214.",
    "Fox, L., 2006: Blocking highs. Quart. J. Roy. Meteor. Soc., 132, 501-506.",
    "Gray, A., 2004: Squall lines. Mon. Wea. Rev., 132, 15-20.",
]
AMS_UNSIGNED = [*AMS[:2], "Nature, 425, 33-35 (2003).", *AMS[2:5], "Science, 301, 1-2 (2003).",
                *AMS[5:]]


VANCOUVER = [
    "Adams J, Baker K. Sleep and memory in adults. J Sleep Res. 2001;10:1-8.",
    "Brown T. Fever in children. BMJ. 1999;318:33-36.",
    "Clark R, Diaz M. Asthma and exercise. Chest. 2004;125:12-19.",
    "Evans P. Cough reflex testing. Thorax. 2002;57:44-49.",
    "Foster G, Hill S. Pain after surgery. Lancet. 1998;351:210-214.",
    "Green L. Vitamin D in winter. Nutrition. 2006;22:501-506.",
    "Hughes A. Gait in older people. Age Ageing. 2003;32:15-20.",
]


def test_a_journal_tail_whose_first_page_reads_as_a_year_goes_on() -> None:
    _joined(VANCOUVER, "Hodgkin P, Lee R. Prognosis in carcinoma of the vagina.",
            "British journal of cancer. 2014;110(6):1561-70.")
    _joined(VANCOUVER, "Shaye DA, Greenwald I. Alix is needed for membrane transport.",
            "Current biology: CB. 2007;17(22):1913-24.")


# a list of strings from several papers: one a line, a few with their old list numbers
MIXED_NUMBERS = [
    "S. Weinberg, Phys. Rev. Lett. 19, 1264 (1967).",
    "Higgs, P. W. (1964). Broken symmetries. Phys. Rev. Lett., 13, 508-509.",
    "G. 't Hooft, Nucl. Phys. B 35, 167 (1971).",
    "Dirac, P. A. M. (1928). The quantum theory of the electron. Proc. R. Soc. A, 117, 610-624.",
    "[7] H. D. Politzer, Phys. Rev. Lett. 30, 1346 (1973).",
    "Wilson, K. G. (1974). Confinement of quarks. Phys. Rev. D, 10, 2445-2459.",
    "E. Witten, Nucl. Phys. B 188, 513 (1981).",
]


def test_names_cut_at_a_comma_after_a_list_number_go_on_with_their_year() -> None:
    _joined(MIXED_NUMBERS, "[14] C. W. Misner, K. S. Thorne, J. A. Wheeler,",
            "Gravitation, W. H. Freeman (1973).")
    _joined(APA, "Kaas, R.; Dhaene, J.;",
            "Goovaerts, M. J. (2000). Upper and lower bounds for sums. Insurance, 27, 151-168.")


def test_an_entry_of_its_own_after_a_title_ending_on_a_word_with_a_number_stays_one() -> None:
    # (review of seg12) "B19." ends a title's sentence only before a journal and its volume
    _apart(PLOS, "Brown KE (2015) The expanding range of parvovirus B19.",
           "Journal of Virology Editorial Board. Editorial policy on viral nomenclature. 12: 1-3.")


CHICAGO = [
    "Arendt, Hannah. 1958. The Human Condition. Chicago: University of Chicago Press.",
    "Ackerman, Bruce. 1991. We the People. Cambridge, MA: Belknap Press.",
    "Bickel, Alexander. 1962. The Least Dangerous Branch. Indianapolis: Bobbs-Merrill.",
    "Dahl, Robert A. 1989. Democracy and Its Critics. New Haven: Yale University Press.",
    "Ely, John Hart. 1980. Democracy and Distrust. Cambridge, MA: Harvard University Press.",
]


def test_an_archives_parts_cut_at_a_semicolon_are_no_names_cut() -> None:
    # (review of seg12) names go on after a semicolon only where they show an initial
    _apart(CHICAGO, "National Archives, Kew, Foreign Office Papers;",
           "Balkin, Jack M. 2011. Living Originalism. Cambridge, MA: Harvard University Press.")
    _joined(CHICAGO, "Kaas, R.; Dhaene, J.;",
            "Goovaerts, M. 2008. Modern Actuarial Risk Theory. Berlin: Springer.")
