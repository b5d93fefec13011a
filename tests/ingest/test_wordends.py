"""Session 19 seg19: in a list whose entries mostly end with a stop but now and then on
their imprint without one ("Opladen", "Frankfurt a. M.: Campus"), a dated line cut on a
title's word goes on; a line that opens with a lower-case word that is no name's particle
is no entry's first line."""

from claimcheck.ingest.wordends import bare_word, bare_words
from tests.ingest.listings import apart, joined

# German social science: a few entries lack their final stop and end on their imprint
SOME_STOPS = [
    "Albrecht, G. (1998): Soziale Probleme und soziale Kontrolle. Opladen: Westdeutscher Verlag.",
    "Bauer, K. (2003): Arbeit und Lebenslauf. Frankfurt a. M.: Campus",
    "Brandt, M. (2001): Ungleichheit im Alter. In: Zeitschrift für Soziologie 30, 123-141.",
    "Dietz, H. (1999): Die Familie im Wandel. Weinheim: Juventa Verlag.",
    "Ebert, S. (2004): Migration und Schule. Opladen",
    "Fuchs, P. (1997): Organisation und Entscheidung. Tübingen: Mohr.",
    "Greiner, U. (2002): Städte im Umbruch. Berlin",
    "Hahn, A. (2000): Religion und Moderne. Konstanz: UVK.",
    "Jung, T. (1996): Die Ordnung der Dinge. Bielefeld: Transcript.",
    "Keller, R. (2005): Wissenssoziologische Diskursanalyse. Wiesbaden: VS Verlag.",
]


def test_a_title_cut_on_a_word_goes_on_where_lines_seldom_stop_on_one() -> None:
    joined(SOME_STOPS, "Lorenz, K. (2004): Mitbestimmung und Beteiligung von Beschäftigten an",
           "Umweltmanagementsystemen, WZB-Paper P02-311, Berlin")
    joined(SOME_STOPS, "Lorenz, K. (2004): Die Pflege. In: Süddeutsche Wochenendzeitung",
           "(7. Mai 2004) 12, S. 9")


def test_a_whole_entry_after_a_bare_word_stays_apart() -> None:
    apart(SOME_STOPS, "Lorenz, K. (2004): Die Pflege. In: Süddeutsche Wochenendzeitung",
          "Maurer, P. (1998): Die Analyse prozessproduzierter Daten. Stuttgart: Klett-Cotta.")
    apart(SOME_STOPS, "Lorenz, K. (2004): Die Pflege. In: Süddeutsche Wochenendzeitung",
          "Merkel, A. (2001), Politik und Sprache, in: Leviathan 29, S. 3-19.")


def test_imprints_and_open_ends_are_no_bare_words() -> None:
    for text in ("Bauer, K. (2003): Arbeit. Frankfurt a. M.: Campus", "Dietz, H. Titel, Berlin",
                 "Ebert, S. (2004): Migration und Schule. Opladen", "Fuchs, P. Titel und",
                 "Hahn, A. Titel. Odense: Odense University", "Jung, T. Titel, 12-19"):
        assert not bare_word(text), text
    assert bare_word("Lange, M. (1995): Diskontinuierliche")
    assert bare_words(SOME_STOPS) == 0.0



def test_a_lower_case_phrase_goes_on() -> None:
    joined(SOME_STOPS, "Garbe, M. (1996): Balanceakt Zeit. Auswirkungen flexibler Arbeitszeiten",
           "auf Alltag, Freizeit und Familie. Berlin.")
    joined(SOME_STOPS, "Sommer, W. (1999): Luftkrieg", "und Literatur, München.")
    # a name's particle still opens one
    apart(SOME_STOPS, "Garbe, M. (1996): Balanceakt Zeit. Berlin.",
          "van Dijk, T. (1998): Ideology. London: Sage.")
