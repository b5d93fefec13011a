"""One-a-line lists with a hard wrap that only the whole entry shows: a bracket left open, an
entry that so far is its names (and year) alone; and lists whose entries must stay apart."""

from tests.ingest.listings import APA, PHYSICS
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined


def test_a_line_that_closes_the_bracket_the_entry_left_open_carries_it_on() -> None:
    _joined(APA, "Fisher, J. A. (1990). The myth of anthropomorphism. In M. Bekoff (Ed.), "
            "Interpretation and explanation (Vol. 1) (pp.", "96-116). Boulder, CO: Westview.")
    _joined(APA, "Lincoln, A. Speeches and Writings, ed. D. E. Fehrenbacher (New",
            "York: Library of America, 1989), 28-29.")


def test_a_bracket_left_open_keeps_an_entry_that_opens_its_own() -> None:
    _apart(APA, "Smith, J. (2001. A typo in the year. Sage.",
           "Jones, K. (2002). Work (and play). Sage.")
    _apart(APA, "Smith, J. (2001. A typo in the year. Sage.",
           "2) Jones, K. (2002). Work and play. Sage.")


def test_names_and_year_alone_are_carried_on_by_their_title() -> None:
    _joined(APA, "Deuchar, Margaret, & Quay, Suzanne. 2000.",
            "Bilingual acquisition: Theoretical implications. Oxford: Oxford University Press.")
    _joined(APA, "Frege, Gottlob 1892.",
            "“Über Sinn und Bedeutung.” Zeitschrift für Philosophie 100: 25-50.")


def test_a_short_form_or_a_law_with_its_year_is_an_entry() -> None:
    # one name and a year is a short form; an act and its year is a whole entry
    _apart(APA, "Weber 1922.", "Economy and society. Berkeley: University of California Press.")
    _apart(APA, "Data Protection Act 2018.", "General Data Protection Regulation. OJ L 119.")
    _apart(APA, "J. Latacz (ed.), Homer, Tradition und Neuerung, Darmstadt 1979.",
           "Homeric hymns. Loeb Classical Library. Cambridge, MA: Harvard University Press.")


def test_names_cut_after_initials_go_on_with_the_next_name() -> None:
    _joined(PHYSICS, "C. Shen, Z. Qiu, H. Song, J.",
            "Bernhard, S. Bass and U. Heinz, Comput. Phys. Commun. 199, 61 (2016).")
    _joined(PHYSICS, "[48] S. K. Divvala, A. Farhadi, and C. Guestrin.",
            "Learning everything about anything. In CVPR, pages 3270-3277, 2014.")
    # two names are enough: no entry ends on a name's initials
    _joined(PHYSICS, "D. K. Belashchenko and B. R.",
            "Gelchinski, J. Non-Cryst. Solids 353, 3515 (2007).")


def test_a_place_that_ends_on_initials_is_no_list_of_names() -> None:
    _apart(PHYSICS, "Report of the Secretary, Department of the Interior, Washington, D.C.",
           "S. Coleman, Aspects of Symmetry (Cambridge University Press, 1985).")


def test_a_half_open_interval_in_a_title_keeps_the_next_entry() -> None:
    _apart(APA, "Smith, J. (2001). Functions on [0, 1). J. Math., 3, 1-9.",
           "Jones, K. (2002). Intervals (0, 1] and their measure. J. Math., 4, 2-8.")


VANCOUVER = [
    "Ajzen I. The theory of planned behavior. Organ Behav Hum Decis Process. 1991;50:179-211.",
    "Bandura A. Self-efficacy. Psychol Rev. 1977;84:191-215.",
    "Cohen J. A power primer. Psychol Bull. 1992;112:155-9.",
    "Dunn OJ. Multiple comparisons among means. J Am Stat Assoc. 1961;56:52-64.",
    "Efron B. Bootstrap methods. Ann Stat. 1979;7:1-26.",
    "Fisher RA. The design of experiments. Edinburgh: Oliver and Boyd; 1935.",
    "Glass GV. Primary, secondary, and meta-analysis. Educ Res. 1976;5:3-8.",
]


def test_a_journal_tail_alone_carries_on_the_title_before_it() -> None:
    _joined(VANCOUVER, "Kessin RH, Blanton RH. How cellular slime molds evade nematodes.",
            "Proc Natl Acad Sci USA 93:4857-4861, 1996.")
    _joined(VANCOUVER, "Froyland G, Judd K. Estimation of Lyapunov exponents.",
            "Physical Review E, 51(4): 2844-2855, 1995.")


def test_two_vancouver_names_alone_go_on_with_their_title() -> None:
    _joined(VANCOUVER, "Hurley JH, Hanson PI.",
            "Membrane budding and scission by the ESCRT machinery. Nat Rev. 2010;11:556-66.")


def test_a_journal_tail_stays_an_entry_where_the_list_has_such_entries() -> None:
    # physics entries without authors: a journal's tail after a whole dated entry is one
    tails = ["Phys. Rev. Lett. 19, 1264 (1967).", "Nucl. Phys. B 35, 167 (1971).",
             "Proc. R. Soc. A 117, 610 (1928).", "Phys. Rev. D 10, 2445 (1974).",
             "Nucl. Phys. B 188, 513 (1981).", "Phys. Lett. 8, 214 (1964).",
             "Rev. Mod. Phys. 57, 923 (1985)."]
    _apart(tails, "Plato. Republic.", "Nucl. Instrum. Methods A 554, 474 (2005).")
    # a software entry and its version: no volume and pages
    _apart(VANCOUVER, "Fox J. An R companion to applied regression.", "Python 3, 2020.")


def test_a_plain_lower_case_word_after_a_line_cut_on_a_word_carries_it_on() -> None:
    _joined(APA, "Trueb, L., & Duellman, W. E. (1978). An",
            "extraordinary new casque-headed marsupial frog. Copeia, 1978(2), 323-332.")


def test_a_lower_case_author_after_a_whole_book_is_an_entry() -> None:
    _apart(APA, "Said, E. W. (1978). Orientalism. New York: Pantheon",
           "bell hooks. (2000). Feminism is for everybody. Cambridge, MA: South End Press.")
    _apart(APA, "Said, E. W. (1978). Orientalism. The making of the Orient",
           "danah boyd (2014). It's complicated. New Haven: Yale University Press.")


def test_a_line_stopped_on_an_article_goes_on_with_the_line_that_brings_its_year() -> None:
    _joined(APA, "Perec, Georges. A Void. London: The", "Harvill Press, 1995.")
    _joined(APA, "Colborn, T. Our Stolen Future: Are We Threatening Our",
            "Fertility, Intelligence, and Survival? New York: Dutton, 1996.")


def test_an_entry_without_its_stop_keeps_the_next_named_entry() -> None:
    _apart(APA, "Engelhardt, N., & Wall, A. C. Decoding the apparent horizon",
           "W. Bunting, Z. Fu and D. Marolf, Class. Quant. Grav. 33, 055008 (2016).")
