"""In a hard-wrapped author-date list, a line that opens with an author element and its
bracketed year, then a title, after a dated entry's last line ended as entries end, starts
an entry (an organisation with words in lower case, "Department for Education (2019)");
an imprint that ends on its year ("Springer, Heidelberg (2004)") and a line after an
editor's initials do not."""

import textwrap

from claimcheck.ingest.authorhead import HEAD_BRACKET_YEAR, head_after_end
from tests.ingest.listings import entries

HARVARD = [
    "Beck, U. (1992) Risk society: towards a new modernity. London: Sage.",
    "Bourdieu, P. (1984) Distinction: a social critique of the judgement of taste. Translated "
    "by R. Nice. London: Routledge & Kegan Paul.",
    "Castells, M. (2010) The rise of the network society. 2nd edn. Chichester: Wiley-Blackwell.",
    "Department for Education (2019) Keeping children safe in education. London: DfE.",
    "Giddens, A. (1991) Modernity and self-identity: self and society in the late modern age. "
    "Cambridge: Polity Press.",
    "Goffman, E. (1959) The presentation of self in everyday life. New York: Doubleday.",
    "Office for National Statistics (2021) Census 2021: first results. Available at: "
    "https://www.ons.gov.uk/census (Accessed: 3 February 2023).",
    "Putnam, R.D. (2000) Bowling alone: the collapse and revival of American community. New "
    "York: Simon & Schuster.",
    "Skeggs, B. (1997) Formations of class and gender: becoming respectable. London: Sage.",
    "Young, M. (1958) The rise of the meritocracy, 1870–2033: an essay on education and "
    "equality. London: Thames & Hudson.",
]


def test_an_organisation_and_its_year_after_a_whole_entry_starts_one() -> None:
    lines = [line for entry in HARVARD for line in textwrap.wrap(entry, 96)]
    found = entries(lines)
    assert len(found) == len(HARVARD), found
    assert found[3].startswith("Department for Education (2019)")


def test_an_imprint_ending_on_its_year_or_a_volume_is_no_author_element() -> None:
    # the pattern the rule reads (the rule also wants the line before ended as entries end)
    head = HEAD_BRACKET_YEAR
    assert head.match("Department for Education (2019) Keeping children safe.")
    assert head.match("Smith, J. and Jones, K. (2001). The title")
    assert not head.match("Springer, Heidelberg (2004)")
    assert not head.match("Arch Pharm Res (2000) 23:605-611.")
    assert not head.match("vol. 3237 (2004). Springer")
    assert not head.match("Reprinted in Jones, K. (2005). Collected papers. Oxford: OUP.")
    assert not head.match("Originally published as Freud, S. (1900) Die Traumdeutung.")


def test_a_note_naming_another_work_after_an_entry_s_end_goes_on() -> None:
    # a wrapped line's note: after a publisher's sentence stop ("Routledge. Reprinted in"),
    # with a note's words in lower case ("Summarised in", "Revised as"), or a sentence whose
    # year a word in lower case follows ("Hegel (1807) as a response ...")
    after = {
        "Fairbairn, W. R. D. (1952). Psychoanalytic studies of the personality.":
            "Routledge. Reprinted in Birtles (1994) From instinct to self, Vol. 1.",
        "Akhtar, S. (2011). Matters of life and death: Psychoanalytic reflections.":
            "Karnac. Freud (1920) beyond the pleasure principle is read in chapter 3.",
        "Yerushalmi, Y. H. (1991). Freud's Moses: Judaism terminable and interminable.":
            "Yale University Press. Freud (1939) Moses and monotheism is discussed",
        "Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall.":
            "Summarised in Jarvis (2006) Towards a Comprehensive Theory of Human Learning.",
        "Senge, P. M. (1990) The Fifth Discipline. New York: Doubleday.":
            "Revised as Senge (2006) The Fifth Discipline: The Art and",
        "Pippin, R. B. (2005). The persistence of subjectivity. Cambridge UP.":
            "Hegel (1807) as a response to Kant, chapter 2 of that volume.",
    }
    for prev, text in after.items():
        assert not head_after_end(prev, text), text


def test_names_particles_and_a_body_s_words_still_head_an_entry() -> None:
    prev = "Beck, U. (1992) Risk society: towards a new modernity. London: Sage."
    for text in ("Department for Education (2019) Keeping children safe in education.",
                 "Smith, J. and van der Berg, K. (2001). The title of the work.",
                 "World Health Organization. (2020). Guidelines on physical activity.",
                 "Bianchi, A., d'Errico, F., & de la Cruz, M. (2003). Archaeology.",
                 "Dept. of Health (2001) Valuing people. London: The Stationery Office.",
                 "Amer. Psychological Assoc. (2020) Publication manual. Washington, DC.",
                 "Wood, W. et al. (2016) “Psychology of habit”. Annu. Rev. Psychol. 67.",
                 "Xie Y, Wood W (2013) knitr: a package for dynamic reports. R package.",
                 "Thra\u0301insson, H. (2002). Simulation of digital accelerograms.",
                 "Vester, M. u.a. (1993): Soziale Milieus im Strukturwandel. Köln: Bund.",
                 "Oxman, R. eds. (2010). The new structuralism. Chichester: Wiley.",
                 "Westphal. N. (2006) La place du temple. Strasbourg: Presses."):
        assert head_after_end(prev, text), text
    # an APA 7 list wrapped at 80 columns: the publisher, then a note, on the wrapped line
    listing = [["Bion, W. R. (1962). Learning from experience. Heinemann."],
               ["Fairbairn, W. R. D. (1952). Psychoanalytic studies of the personality.",
                "Routledge. Reprinted in Birtles (1994) From instinct to self, Vol. 1."],
               ["Freud, A. (1936). The ego and the mechanisms of defence. Hogarth Press."],
               ["Guntrip, H. (1969). Schizoid phenomena, object relations and the self.",
                "Hogarth Press. Summarised in Hazell (1996) H. J. S. Guntrip: A psychoanalytical",
                "biography."],
               ["Kohut, H. (1971). The analysis of the self: A systematic approach to the",
                "psychoanalytic treatment of narcissistic personality disorders.",
                "International Universities Press."],
               ["Mitchell, S. A., & Black, M. J. (1995). Freud and beyond: A history of",
                "modern psychoanalytic thought. Basic Books."],
               ["Winnicott, D. W. (1965). The maturational processes and the facilitating",
                "environment. Hogarth Press."]]
    found = entries([line for entry in listing for line in entry])
    assert found == [" ".join(entry) for entry in listing], found
