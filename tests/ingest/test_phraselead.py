"""Session 19 seg19: a one-a-line list's line that only reads as a name opens no entry: a
lower-case word that is no name's particle ("und Literatur, München."), or a title's last
word then a place and its publisher or year ("Socialism, London: Verso."), or a place
and its pages ("Erlangen, S. 67-156.")."""

from claimcheck.ingest.bare import imprint_after_word, phrase_lead
from tests.ingest.listings import APA, apart, joined


def test_a_title_word_and_an_imprint_go_on() -> None:
    joined(APA, "Parker, N. (1978). State, power,", "Socialism, London: Verso.")
    joined(APA, "Klein, G. (1988). Die Herrschaft der Maschine. Technik und",
           "Know-how, Berlin 1988.")
    joined(APA, "Sommer, M. (1999). Biographie. In K. Lenz (Hrsg.), Lebenslauf und Perspektive.",
           "Erlangen, S. 67-156.")


def test_a_name_whose_given_name_is_a_place_still_opens_an_entry() -> None:
    apart(APA, "Parker, N. (1978). State and power. Verso.",
          "Hilton, Paris (2004). Confessions of an heiress. Fireside.")
    assert not imprint_after_word("Hilton, Paris 2004: Confessions of an heiress.")
    assert not imprint_after_word("London, Jack. 1903. The call of the wild.")
    assert imprint_after_word("Differenzierung, Opladen: Westdeutscher Verlag, S. 119-162.")
    assert not imprint_after_word("Smith, S. 2001-2002. Annual report.")
    assert imprint_after_word("Enterprise, Berlin, Heidelberg, New York 2003, S. 35-50.")
    assert imprint_after_word("Identitäten, Frankfurt a.M. 1975.")


def test_a_name_particle_is_no_phrase() -> None:
    for text in ("van Dijk, T.", "de Gaulle, C.", "al-Farabi, A.", "von Weizsäcker, C. F."):
        assert not phrase_lead(text), text
    for text in ("und Literatur, München.", "auf Alltag, Freizeit", "the Past and Future"):
        assert phrase_lead(text), text
