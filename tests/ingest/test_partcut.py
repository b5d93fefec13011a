"""Session 18 seg15: a journal's volume and pages cut from its year or name onto a line of
their own ("N Engl J Med 1984;" / "311:1065-1070.") go on; a list number, a year or a date
opening a line does not."""

from claimcheck.ingest.lateyear import habits
from claimcheck.ingest.partcut import volume_pages
from tests.ingest.listings import joined

VANCOUVER = [
    "Adams J, Baker K. Outcomes of hip fracture surgery. Lancet 2019;393:1-9.",
    "Bell T, Cole D. Falls in care homes. Age Ageing 2018;47:1-6.",
    "Carter R, Dunn S. Delirium after surgery. Anaesthesia 2017;72:1-8.",
    "Evans P, Ford L. Hypertension in pregnancy. Obstet Gynecol 2017;130:1-10.",
    "Grant S, Hill J. Statins in the elderly. Age Ageing 2015;44:1-6.",
    "Irwin M. Sleep and inflammation. Nat Rev Immunol 2019;19:702-15.",
]


def test_a_volume_and_its_pages_after_the_year_go_on() -> None:
    joined(VANCOUVER, "Nichols RL, Smith JW. Risk of infection after trauma. N Engl J Med 1984;",
           "311:1065-1070.")
    joined(VANCOUVER, "Zhaxybayeva O, Gogarten JP. 2005. Ancient gene duplications. "
           "Protoplasma.", "227:53-64. doi: 10.1007/s00709-005-0135-1.")


def test_a_number_a_year_or_a_date_is_no_volume() -> None:
    habit = habits(VANCOUVER)
    prev = "Smith J. Title. Lancet 2019;"
    for text in ("3. Jones K. Title. BMJ 2002;4:5.", "1998: The year of the flood.",
                 "12 March 2019.", "2019;393:1-9."):
        assert not volume_pages(prev, text, habit, True), text
