"""Session 17 seg14: an imprint alone after a title's stop whose publisher is a place's
name and a publisher's word ("New York, Oxford University Press."), or that the list prints
twice ("Cambridge, MA: Harvard University Press."), is the entry's rest; in a list without
final stops, a short title ending on "in" or "for" before an author element with its own
bracketed year ("Government Equalities Office (2019) Gender ...") ends its entry."""

from claimcheck.ingest.entryalone import imprint_only
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import entries

CHICAGO = [
    "Arendt, Hannah. 1958. The Human Condition.",
    "Chicago: University of Chicago Press.",
    "Hayek, F. A. 1944. The Road to Serfdom.",
    "London, Routledge.",
    "Homer. The Odyssey.",
    "Mill, John Stuart. 1859. On Liberty.",
    "Oxford English Dictionary. 1989. 2nd ed.",
    "Locke, John. Second Treatise of Government.",
]
# a Harvard reading list without stops or publishers, read one a line
NO_STOPS = [
    "Nuland, S. B. (1994) How we die",
    "Department of Health and Social Care (2022) Our plan for patients",
    "Gawande, A. (2014) Being mortal",
    "Kübler-Ross, E. (1969) On death and dying",
    "Ramakrishnan, V. (2024) Why we die",
    "House of Commons Health and Social Care Committee (2021) Workforce burnout and r"
    "esilience in the NHS and social care",
    "Kellehear, A. (2007) A social history of dying",
    "Mannix, K. (2017) With the end in mind",
    "Warraich, H. (2017) Modern death",
    "Kalanithi, P. (2016) When breath becomes air",
    "Seale, C. (1998) Constructing death",
    "Royal College of Physicians (2018) Talking about dying",
]


def test_an_imprint_whose_publisher_names_a_place_goes_on() -> None:
    for imprint in ("Oxford, Oxford University Press.", "New York, Oxford University Press."):
        found = entries([*CHICAGO[:4], "Berlin, Isaiah. 1969. Four Essays on Liberty.",
                         imprint, *CHICAGO[4:]])
        assert found[2] == "Berlin, Isaiah. 1969. Four Essays on Liberty. " + imprint, found


def test_an_imprint_printed_twice_goes_on_both_times() -> None:
    imprint = "Cambridge, MA: Harvard University Press."
    found = entries([*CHICAGO[:4], "Rawls, John. 1971. A Theory of Justice.", imprint,
                     *CHICAGO[4:6], "Sen, Amartya. 2009. The Idea of Justice.", imprint,
                     *CHICAGO[6:]])
    assert len(found) == 6 + 2, found


def test_a_manuscript_or_a_work_cited_alone_stays_apart() -> None:
    _apart(CHICAGO, "Berlin, Isaiah. 1969. Four Essays on Liberty.",
           "Oxford, Bodleian Library, MS Junius 11.")


def test_an_author_element_with_its_year_after_a_short_title_opens_an_entry() -> None:
    _apart(NO_STOPS, "Sandberg, S. (2013) Lean in",
           "Government Equalities Office (2019) Gender equality monitor: tables of indicators")
    _apart(NO_STOPS, "Pfaff, J. (2017) Locked in",
           "Organisation for Economic Co-operation and Development (2019) Society at a glance")
    _apart(NO_STOPS, "McCain, J. (2002) Worth fighting for",
           "The Economist (2017) The right to die")
    _apart(NO_STOPS, "Barnes, J. (2008) Nothing to be frightened of",
           "Office for National Statistics (2021) Deaths registered in England and Wales")


def test_a_title_s_phrase_going_on_stays_one_entry() -> None:
    """A title cut after "on" whose rest opens with one name and a year (the work the title
    names) stays one entry."""
    found = entries([*NO_STOPS[:3], "Smith, J. (2001) Commentary on",
                     "Hart (1961) The concept of law", *NO_STOPS[3:]])
    assert len(found) == len(NO_STOPS) + 1, found


def test_a_firm_of_partners_or_an_imprint_after_a_question_goes_on() -> None:
    for title, imprint in (
            ("Lippmann, Walter. 1922. Public Opinion.", "New York, Harcourt, Brace."),
            ("Dahl, Robert A. 1961. Who Governs?", "New Haven, Yale University Press."),
            ("Mailer, Norman. 1948. The Naked and the Dead.", "New York, Rinehart & Company.")):
        found = entries([*CHICAGO[:4], title, imprint, *CHICAGO[4:]])
        assert found[2] == f"{title} {imprint}", found


def test_a_place_and_its_country_or_a_library_is_no_firm() -> None:
    assert not imprint_only("Paris, France.")
    assert not imprint_only("Oxford, Bodleian Library.")
    _apart(CHICAGO, "Mill, John Stuart. 1859. On Liberty.", "Homer. The Iliad.")


def test_a_title_wrapped_after_an_article_goes_on_before_a_dated_phrase() -> None:
    """No title ends on "the": "... under the" / "Equality Act (2010) Explained." is one
    entry, though "Equality Act (2010)" opens like an organisation and its year."""
    found = entries([*NO_STOPS[:3],
                     "Hepple, B. (2011) Equality: The New Legal Framework under the",
                     "Equality Act (2010) Explained. Oxford: Hart.", *NO_STOPS[3:]])
    assert len(found) == len(NO_STOPS) + 1, found
