"""Whole entries the one-a-line joins of `entrycut` / `entryrest` must keep apart (the review
of session 12): an undated title cut on a word before an entry that opens with its own
authors, an organisation or a title after names and year, a list label or an emoticon read as
a closing bracket. The joins they narrow are tested in `test_entrycut.py`."""

from claimcheck.ingest.entrycut import names_and_year
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

CHICAGO = [
    "Arendt, Hannah. The Human Condition. Chicago: University of Chicago Press, 1958.",
    "Berlin, Isaiah. Four Essays on Liberty. Oxford: Oxford University Press, 1969.",
    "Dworkin, Ronald. Law's Empire. Cambridge, MA: Harvard University Press, 1986.",
    "Nozick, Robert. Anarchy, State, and Utopia. New York: Basic Books, 1974.",
    "Rawls, John. Political Liberalism. New York: Columbia University Press, 1993.",
    "Sen, Amartya. Development as Freedom. New York: Knopf, 1999.",
    "Walzer, Michael. Spheres of Justice. New York: Basic Books, 1983.",
]
VANCOUVER = [
    "Ahmed S, Patel K. Sleep and blood pressure in adults. Hypertension. 2015;66:12-20.",
    "Brown T, Ortiz M, Kim J. Salt intake and stroke. Stroke. 2012;43:1010-6.",
    "Costa P, Rossi L. Physical activity and mortality. BMJ. 2018;361:k1700.",
    "Dubois F, Martin A. Obesity in childhood. Pediatrics. 2016;138:e20161234.",
    "Evans R, Hughes G. Smoking cessation trials. Lancet. 2014;383:1210-8.",
    "Fischer K, Weber S. Diabetes screening. Diabetologia. 2019;62:55-63.",
    "Garcia M, Lopez J, Ruiz P. Alcohol and the liver. Hepatology. 2017;65:420-9.",
]


def test_a_title_cut_on_a_word_keeps_an_entry_that_opens_with_its_authors() -> None:
    _apart(CHICAGO, "Hart, H. L. A. The Concept of",
           "Raz, Joseph. The Morality of Freedom. Oxford: Clarendon Press, 1986.")
    _apart(CHICAGO, "———. The Province of",
           "———. Punishment and Responsibility. Oxford: Clarendon Press, 1968.")
    _apart(VANCOUVER, "National Cancer Institute. Cancer statistics for",
           "Hill R, Young P, Scott D. Screening uptake. Cancer. 2013;119:90-7.")


def test_vancouver_names_then_a_title_cut_on_a_word_are_no_names_alone() -> None:
    _apart(VANCOUVER, "Moreau P, Lambert C. Influenza A",
           "Nguyen T, Tran V. Dengue in children. Lancet. 2010;375:100-8.")


def test_names_and_year_keep_an_entry_that_ends_on_its_own_year() -> None:
    _apart(CHICAGO, "Miller, David, 1995.",
           "Gilgamesh. Translated by Andrew George. London: Penguin, 1999.")
    _apart(CHICAGO, "Miller, David, 1995.",
           "United Nations Development Programme. Human Development Report. New York: UNDP, 2000.")


def test_names_and_year_keep_an_undated_entry_that_opens_with_its_author_and_a_quoted_title(
) -> None:
    _apart(CHICAGO, "Pettit, Philip, 1997.",
           "Stanford Encyclopedia of Philosophy. \"Republicanism.\" https://plato.stanford.edu/")


def test_a_place_then_a_year_ends_an_imprint_not_a_line_of_names() -> None:
    assert not names_and_year("Schlosser, Schmiede, Arbeiter, Berlin 1998")
    assert names_and_year("Lange, Dora, Brandt, Otto 1998")


def test_a_list_label_or_an_emoticon_closes_no_bracket() -> None:
    _apart(CHICAGO, "Lee, Ann (ed. A Reader on Justice. London: Verso, 2001.",
           "b) Moore, Tom. Justice as Fairness. London: Verso, 2003.")
    _apart(CHICAGO, "Lee, Ann. A Reader on Justice. London: Verso (in press",
           "Moore, Tom. Happy Proofs ;) 2nd ed. London: Verso, 2003.")


def test_a_same_author_dash_opens_an_entry_after_a_title_cut_on_a_conjunction() -> None:
    _apart(CHICAGO, "Sandel, Michael. Liberalism and",
           "———. Public Philosophy. Cambridge, MA: Harvard University Press, 2005.")


def test_a_title_cut_on_a_word_keeps_a_work_of_reference_and_its_quoted_entry() -> None:
    _apart(CHICAGO, "Oakeshott, Michael. Rationalism in",
           "Dictionary of the History of Ideas. \"Utopia.\" New York: Scribner, 1973.")


def test_names_cut_at_a_comma_go_on_with_the_last_names_and_a_quoted_title() -> None:
    _joined(VANCOUVER, "Iversen LM, Jacobsen KR, Kruse PT, Lund OS,",
            "Madsen QV. \"Sleep after stroke.\" Stroke. 2011;42:900-6.")
