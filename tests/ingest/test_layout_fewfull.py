"""A short one-a-line author-date list whose longest lines lack their final stop: too few
lines run to the width to read what follows them alone, so the whole list is read too. When
every line after a full one and four lines in five open with names and their year ("Hammer,
Michael, and James Champy. 1993."), the lines are whole entries, not a hard-wrapped list; the
same entries wrapped at a width stay wrapped."""

import textwrap

from claimcheck.ingest import segment
from tests.ingest.listings import entries

CHICAGO = [
    "Abbate, Janet. 1999. Inventing the Internet. Cambridge, MA: MIT Press.",
    "von Hippel, Eric, and Georg von Krogh, eds. 2003. Open Source Software Development. "
    "Cambridge, MA: MIT Press",
    "Beniger, James R. 1986. The Control Revolution. Cambridge, MA: Harvard University Press.",
    'de Certeau, Michel. 1984. "Walking in the City." In The Practice of Everyday Life, 91–110',
    "ter Haar, Barend. 1998. The White Lotus Teachings in Chinese Religious History. Leiden: Brill",
    "Edwards, Paul N. 2010. A Vast Machine: Computer Models, Climate Data, and the Politics of "
    "Warming. Cambridge: MIT Press",
    "van Dijck, José. 2013. The Culture of Connectivity. Oxford: Oxford University Press",
    'Ensmenger, Nathan L. 2010. "Making Programming Masculine." In Gender Codes, 115–41. '
    "Hoboken: Wiley.",
    "boyd, danah. 2014. It's Complicated. New Haven: Yale University Press",
    "hooks, bell. 1994. Teaching to Transgress. New York: Routledge",
    "Yates, JoAnne. 1989. Control through Communication. Baltimore: Johns Hopkins University "
    "Press.",
]


def test_names_and_year_after_the_few_full_lines_make_a_one_a_line_list() -> None:
    assert segment.first_pass(list(enumerate(CHICAGO)))[0].kind == "bare"
    found = entries(CHICAGO)
    assert len(found) == len(CHICAGO), found
    for name in ("Beniger", "van Dijck", "Ensmenger", "Yates"):
        assert sum(entry.startswith(name) for entry in found) == 1, found


def test_the_same_entries_wrapped_at_a_width_stay_wrapped() -> None:
    lines = [line for entry in CHICAGO for line in textwrap.wrap(entry, 72)]
    assert segment.first_pass(list(enumerate(lines)))[0].kind == "wrapped"


# review of seg20: the two full lines are cut inside long author lists (no year on them), and
# the lines after them open with a name and then the entry's year all the same
_WRAPPED_NAMES = [
    "Larsen, Anna, Peter Kowalski, Anna White, John Kowalski, Peter Black, John Andersen, Maria",
    'Andersen, John Smith, and David Okafor. 1993. "Social capital." Ann Stat 33: 423–432',
    'Black, Maria. 2009. "Heat islands." Reg Stud 63: 616–625',
    "Andersen, Maria, John Lopez, Maria Park, Laura Brown, Maria Silva, Anna Wang, Peter Larsen, "
    "Maria",
    'Lopez, Laura Virtanen, and Laura Nguyen. 1993. "Sleep and memory." Reg Stud 65: 97–106.',
    'Brown, John, and Laura Hoffmann. 1993. "Falls in old age." J Ecol 19: 35–44.',
    'Novak, Peter, and Maria Kim. 1999. "Sparse regression." Lancet 3: 594–603.',
    'Bianchi, Maria, and John Novak. 2015. "Social capital." Ann Stat 60: 9–18',
    'White, Anna. 2020. "Trust and crisis." Polit Behav 20: 248–257.',
    'Smith, John, David Andersen, and Anna Hoffmann. 2005. "Protein folding." Nat Meth 29: '
    "797–806.",
]


def test_full_lines_without_their_year_are_cut_by_a_wrap() -> None:
    found = entries(_WRAPPED_NAMES)
    assert len(found) == 8, found
    assert any(entry.startswith("Larsen") and "Okafor. 1993" in entry for entry in found), found
