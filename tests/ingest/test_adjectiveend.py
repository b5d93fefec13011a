"""Session 22 seg25: in a dated one-a-line list, a German entry's line that stops on an
adjective inflected for the noun it goes before ("Diskontinuierliche",
"staatlicher", "historisches") was cut inside its title: no title ends on it. An English
word of the same ending ("gender", "perspectives"), a nominalised adjective after its
article ("Das Politische") and the next entry's names and year stay apart."""

from tests.ingest.listings import apart, joined
from tests.ingest.test_markcut import GERMAN


def test_a_line_stopping_on_an_inflected_adjective_goes_on() -> None:
    joined(GERMAN, "Zimmer, Anna (1998): Regionale",
           "Wirtschaftsförderung in Sachsen. Dresden: TU Dresden.")
    joined(GERMAN, "Lang, Otto (2001): Arbeitsmarkt im Wandel. Empirische",
           "Befunde aus Bayern. München: Oldenbourg.")
    joined(GERMAN, "Roth, Eva (1994): Die Analyse staatlicher",
           "Statistiken über Sachsen. Stuttgart: Klett.")
    joined(GERMAN, "Krause, Peter (2003): Erinnerung und historisches",
           "Bewusstsein und Geschichte. Opladen: Leske + Budrich.")


def test_other_ends_and_the_next_entry_stay_apart() -> None:
    from claimcheck.ingest.adjectiveend import adjective_end

    rest = "Befunde aus Bayern. München: Oldenbourg."
    assert adjective_end("Lang, Otto (2001): Arbeitsmarkt. Empirische", rest)
    # English words of the same ending, a nominalised adjective after its article
    assert not adjective_end("Lee, A. (2001). Sex and gender", "Handbook of Work. Oslo: Norvik.")
    assert not adjective_end("Lee, A. (2001). New perspectives", "Handbook of Work. Oslo: Norvik.")
    assert not adjective_end("Lang, Otto (2001): Das Politische", rest)
    # one word and its stop that reads no German: a work cited alone
    assert not adjective_end("Lange, M. (1995). Diskontinuierliche", "Homer. The Odyssey.")
    assert adjective_end("Lange, M. (1995). Diskontinuierliche", "Erwerbsverläufe. Opladen.")
    # the next entry's names and year, a list's number
    assert not adjective_end("Lang, Otto (2001): Empirische", "Mann, Eva (2002): Befunde. Bonn.")
    assert not adjective_end("Lang, Otto (2001): Empirische", "[4] Befunde. Bonn.")
    apart(GERMAN, "Lang, Otto (2001): Arbeitsmarkt und Politik. Bonn: Dietz.",
          "Mann, Eva (2002): Soziale Befunde. Bonn: Dietz.")
