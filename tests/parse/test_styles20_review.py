"""Session 20 review of the house-style rules (parse/delimited.py, parse/quoted.py): the
strings they made worse, and the look-alikes they must still read."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "first", "title"),
    [
        # a surname before the initials: the title follows the names, its dash is its own
        ("Said, Edward W. Orientalism – Western Conceptions of the Orient. London – New York: "
         "Penguin, 1995.", "Said", "Orientalism – Western Conceptions of the Orient"),
        ("Beck U. Risikogesellschaft – Auf dem Weg in eine andere Moderne. Frankfurt – New "
         "York: Suhrkamp; 1986.", "Beck",
         "Risikogesellschaft – Auf dem Weg in eine andere Moderne"),
        ("Gregory, Derek J. Israel / Palestine / Lebanon: the colonial present. Oxford / Malden: "
         "Blackwell, 2004.", "Gregory", "Israel / Palestine / Lebanon: the colonial present"),
        ("Assmann A. Erinnern – Vergessen – Verdrängen in der deutschen Nachkriegsgeschichte. "
         "Berlin: Aufbau; 2007.", "Assmann",
         "Erinnern – Vergessen – Verdrängen in der deutschen Nachkriegsgeschichte"),
        ("Smith J, Brown A. Yoga – in practice – a randomised trial. BMJ. 2015;350:h1234.",
         "Smith", "Yoga – in practice – a randomised trial"),
        ("Popescu I. Romania – EU accession and after. Rom J Eur Aff. Vol. 5 – No. 2 – 2005: "
         "12–30.", "Popescu", "Romania – EU accession and after"),
    ],
)
def test_a_titles_first_words_stay_in_the_title(text: str, first: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.first_family, ref.title) == (first, title)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a quoted word opens the title; a lower-case word or a quote after the dash goes on
        ("Frevert, U. (2009): ‚Vertrauen‘ – eine historische Spurensuche, in: Frevert, U. "
         "(Hg.): Vertrauen. Historische Annäherungen. Göttingen 2003, S. 7–66.",
         "– eine historische Spurensuche"),
        ("Kowalski, A. (2007). ‚Solidarność‘ – dwadzieścia lat później. Przegląd Polityczny, "
         "84, 12–18.", "– dwadzieścia lat później"),
        ("Vogel, S.: ‚Tatort‘ / ‚Polizeiruf‘: Krimis im deutschen Fernsehen, in: Medien & Zeit "
         "20 (2005), S. 4–19.", "/ ‚Polizeiruf‘: Krimis im deutschen Fernsehen"),
        # a capital after the dash, the run closed by a book's imprint
        ("Wolf, C. ‚Kassandra‘ – Vier Vorlesungen. Darmstadt: Luchterhand, 1983.",
         "– Vier Vorlesungen"),
        ("Krause, M. ‚Heimat‘ – Geschichte eines Begriffs. Stuttgart: Kohlhammer, 2010.",
         "– Geschichte eines Begriffs"),
        # an edition's ordinal after the echoed colon is no journal's volume
        ("Lange, P.: „Sprache und Macht in der Politik“: Ein Überblick, 2. Aufl., Berlin 2001.",
         "“: Ein Überblick"),
    ],
)
def test_the_title_goes_on_after_its_quote(text: str, words: str) -> None:
    assert parse_string(text).title.endswith(words)


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # the same slash before the opening quote and after the closing one: the style's
        ("Knudtson, M. D., R. Klein e B. E. Klein / ‘Physical activity and the 15-year "
         "cumulative incidence of age-related macular degeneration: the Beaver Dam Eye study’ "
         "/ ‘Br J Ophthalmol’ (2006) 90: 1461–3.",
         "Physical activity and the 15-year cumulative incidence of age-related macular "
         "degeneration: the Beaver Dam Eye study", "Br J Ophthalmol"),
        # a capital after the dash and a volume: the journal
        ("Lehmann, B. ‚Heimatfilm‘ – Zeitschrift für Volkskunde 106 (2010), S. 3–19.",
         "Heimatfilm‘ –", "Zeitschrift für Volkskunde"),
        # a journal's short lower-case word and a labelled volume: still the journal
        ("Weber, M.: „Die protestantische Ethik und der Geist des Kapitalismus“: Archiv für "
         "Sozialwissenschaft, Bd. 20 (1904), S. 1–54.",
         "Die protestantische Ethik und der Geist des Kapitalismus", ""),
    ],
)
def test_the_styles_mark_still_ends_the_title(text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.container == container or not container
