"""Review of the one-a-line joins (session 14): a work cited alone after a dated entry that
lacks its stop, and entries whose journal prints no volume or that end on an imprint, each
before a line that reads as a cut's rest; all stay apart. A true wrap still goes on."""

from claimcheck.ingest.journalcut import journal_cut
from claimcheck.ingest.lateyear import habits
from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined
from tests.ingest.test_wrapcut import AUTHORS_FIRST


def test_a_work_cited_alone_after_a_short_line_lacking_its_stop_stays_apart() -> None:
    _apart(APA, "Bell, S. (2010). The Decline of the Fishing Industry",
           "The Times, 4 June 1944, p. 5.")
    _apart(APA, "Ng, K. (2001). Data Sharing in Practice",
           "Handbook of Nordic Harbours, Oslo: Norvik Press.")
    _apart(APA, "Mommsen, H. (1991): Der Nationalsozialismus und die deutsche Gesellschaft",
           "Frankfurter Allgemeine Zeitung, 6. Juni 1986, S. 25.")
    _apart(APA, "Cronon, William. 1991. Nature's Metropolis",
           "British Library, Add. MS 41234, London.")


def test_a_work_cited_alone_after_the_longest_line_stays_apart() -> None:
    # a line far longer than every other one is an entry lacking its stop, not a wrap
    _apart(APA, "Brennan, T. (2019). The Politics of Maritime Memory in the Post-Industrial "
           "Harbour Towns of the Northern Baltic Coast", "The Times, 4 June 1944, p. 5.")


def test_a_title_rest_that_is_no_work_alone_goes_on_after_a_short_line() -> None:
    # one capitalised word before its comma, or a word and its stop: no name of a work
    _joined(APA, "Quinn, S. (2018). Reading Rooms and Public",
            "Libraries, 1850-1914, Manchester University Press.")
    _joined(APA, "Jung, C. G. (1990). Antwort auf dem Weg zu", "Hiob. München: DTV.")


def test_a_journal_without_its_volume_yet_or_before_a_document_is_no_cut() -> None:
    habit = habits(AUTHORS_FIRST)
    assert not journal_cut("I. Ayres, forthcoming, Harv. L.", "Rev. 12, 5 (2019).", habit, True)
    assert not journal_cut("P. W. Anderson, in press, Phys. Rev.", "Lett. 58, 908 (1987).",
                           habit, True)
    assert not journal_cut("K. Wilson, accepted, Rev. Mod. Phys.", "Ibid. 47, 773 (1975).",
                           habit, True)
    assert not journal_cut("J. Donohue, Guns and crime, Stan. L. Rev.",
                           "S. Rep. No. 95-797 (1978).", habit, True)
    assert not journal_cut("I. Ayres, Contracting for privacy, Harv. L. Rev.",
                           "H.R. 1, 115th Cong. (2017).", habit, True)
    assert journal_cut("P. W. Anderson, Phys. Rev.", "Lett. 58, 908 (1987).", habit, True)


def test_a_book_ending_on_an_abbreviated_state_is_no_journal_cut() -> None:
    habit = habits(AUTHORS_FIRST)
    assert not journal_cut("F. Allen, The Decline of the Rehabilitative Ideal, Yale University "
                           "Press, New Haven, Conn.", "Pub. L. No. 98-473, 98 Stat. 1837 (1984).",
                           habit, True)
    assert not journal_cut("T. Hirschi, Causes of Delinquency, University of California Press, "
                           "Berkeley, Calif.", "Rev. Rul. 81-100, 1981-1 C.B. 326.", habit, True)


def test_a_long_url_is_no_width_of_the_list() -> None:
    # session 14's final read: an entry whose unbroken URL runs far past every other line
    # sets no width; the cut line near the other lines' length still goes on
    url_entry = ("Smith, A. (2020). Data. Retrieved from https://www.example.org/" + "a" * 90)
    longest = max(len(line) for line in APA)
    prev = ("Lindqvist, M. K. (2004). Merchant Guilds and the Old Communities of the Northern "
            "Harbour")
    assert longest - 6 <= len(prev) <= longest  # its next word "Towns" would pass the width
    _joined(APA, prev, "Towns of the Baltic, Norvik Press.")
    _joined([*APA, url_entry], prev, "Towns of the Baltic, Norvik Press.")


def test_a_title_s_comma_before_a_cut_journal_name_goes_on() -> None:
    habit = habits(AUTHORS_FIRST)
    assert journal_cut("R. Feynman, Space-time approach to quantum electrodynamics, Phys.",
                       "Rev. 76, 769 (1949).", habit, True)

