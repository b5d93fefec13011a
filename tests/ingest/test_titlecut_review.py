"""Review of the title cuts (session 17): a next line that prints a date of its own in
brackets opens an entry; a capital letter after a word ("Vitamin A", "Type A") is no
article; an English title ending on the verb "die" is no German article's cut."""

from claimcheck.ingest import titlecut
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined
from tests.ingest.test_titlecut import GERMAN

# a Harvard reading list without stops or publishers: its titles end on words
NO_STOPS = [
    "Gawande, A. (2014) Being mortal",
    "Kübler-Ross, E. (1969) On death and dying",
    "Kellehear, A. (2007) A social history of dying",
    "Mannix, K. (2017) With the end in mind",
    "Warraich, H. (2017) Modern death",
    "Seale, C. (1998) Constructing death",
    "Royal College of Physicians (2018) Talking about dying",
    "The Economist (2017) The right to die",
    "McCain, J. (2002) Worth fighting for",
    "Kalanithi, P. (2016) When breath becomes air",
]


def test_a_next_line_with_its_own_year_in_brackets_stays_apart() -> None:
    _apart(GERMAN, "Johnson, S. (2010). Where good ideas come from",
           "Diagnostic and statistical manual of mental disorders (5th ed.). (2013). American "
           "Psychiatric Publishing.")
    _apart(GERMAN, "Horkheimer, Max (1937): Traditionelle und kritische Theorie",
           "Grundgesetz für die Bundesrepublik Deutschland (1949), Art. 5.")
    _apart(GERMAN, "Holt-Lunstad, J. (2017). The public health relevance of social isolation",
           "International Classification of Diseases (11th rev.). (2019). World Health "
           "Organization.")
    _apart(NO_STOPS, "Nuland, S. B. (1994) How we die",
           "Department of Health and Social Care (2022) Our plan for patients")
    _apart(NO_STOPS, "Ramakrishnan, V. (2024) Why we die",
           "House of Commons Health and Social Care Committee (2021) Workforce burnout")


def test_a_year_after_a_volume_or_an_article_s_phrase_is_a_title_s_rest() -> None:
    _joined(GERMAN, "Müller, K. (1983): Die Theorie der",
            "Gesellschaft. In: Zeitschrift für Soziologie 12 (1983), S. 1-20.")
    _joined(GERMAN, "Marx, K. (1962): Das Kapital. Kritik der",  # the work's first date
            "politischen Ökonomie (1867). Berlin: Dietz.")


def test_a_capital_letter_after_a_word_is_no_article() -> None:
    assert not titlecut.ends_open("Institute of Medicine (2001) Dietary Reference Intakes for "
                                  "Vitamin A")
    assert not titlecut.ends_open("Cohen, S. (2004) Living with Hepatitis A")
    assert titlecut.ends_open("Black, J. S. (1990): Cross-Cultural Training: A")
    assert titlecut.ends_open("Mann, T. (2003). Der")
    _apart(GERMAN, "Friedman, M. (1974) Type A",
           "Dietary guidelines for Americans, 2020-2025. Washington, DC: USDA.")


def test_die_ends_an_english_title_and_a_german_one_goes_on() -> None:
    _apart(GERMAN, "Nuland, S. B. (1994) How we die",
           "Dietary guidelines for Americans, 2020-2025. Washington, DC: USDA.")
    _joined(GERMAN, "Simmel, G. (1908): Soziologie. Untersuchungen über die",
            "Formen der Vergesellschaftung. Leipzig: Duncker & Humblot")
    _joined(GERMAN, "Elias, N. (1976): Über die",
            "Prozess der Zivilisation. Frankfurt am Main: Suhrkamp")
    _joined(GERMAN, "Berger, P. (1969): Einführung in die",
            "Soziologie. Frankfurt am Main: Fischer")
