"""A one-a-line entry cut after its authors: a line of two persons' names or more in the
forms lists print them (a middle initial, a family name and its initials first then
initials-first names, given and family names written out, three or more) goes on with its
title; a title, one person, one pair ("Homer, Odyssey.") or two persons written out stays
an entry."""

from claimcheck.ingest.namesline import names_line
from tests.ingest.listings import APA
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

CHICAGO = [
    "Arendt, Hannah. The Human Condition. Chicago: University of Chicago Press, 1958.",
    "Berlin, Isaiah. Four Essays on Liberty. Oxford: Oxford University Press, 1969.",
    "Butler, Judith. Gender Trouble. New York: Routledge, 1990.",
    "Foucault, Michel. Discipline and Punish. New York: Pantheon, 1977.",
    "Geertz, Clifford. The Interpretation of Cultures. New York: Basic Books, 1973.",
    "Rawls, John. A Theory of Justice. Cambridge, MA: Harvard University Press, 1971.",
    "Taylor, Charles. Sources of the Self. Cambridge, MA: Harvard University Press, 1989.",
]


def test_names_in_the_forms_lists_print_them_are_names_alone() -> None:
    assert names_line("Abelson, H., G. J. Sussman and J. Sussman.")
    assert names_line("John B. Smith and F. Donelson Smith.")
    assert names_line("Kenneth Harwood, Rebecca Hayden, John Kitross, and Lemuel Schofield.")
    assert names_line("Smith, J., and Mary Jones.")
    assert names_line("Putnam, Robert D., Robert Leonardi, and Raffaella Y. Nanetti.")
    assert names_line("Gilbert, Sandra M., and Susan Gubar.")


def test_titles_and_one_person_are_no_names_alone() -> None:
    assert not names_line("Brandon Carter.")  # one name: maybe a title ("Moby Dick.")
    assert not names_line("Hawthorne, Nathaniel.")  # one pair: maybe "Homer, Odyssey."
    assert not names_line("Pride and Prejudice.")
    # two persons written out read as two phrases of a title do: kept an entry
    assert not names_line("Pavel Curtis and James Rauen.")
    assert not names_line("Great Expectations and Hard Times.")
    assert not names_line("War and Peace in the Nuclear Age.")
    assert not names_line("Trade and Development Report.")
    assert not names_line("Science and Technology Studies.")
    assert not names_line("The Iliad and The Odyssey.")
    assert not names_line("Crime and Punishment.")
    assert not names_line("Nature Reviews and Nature Methods.")
    assert not names_line("Marx, K., Das Kapital.")  # a title after a comma
    assert not names_line("Smith, J., Brown, K., Social Theory.")
    assert not names_line("Weber, Max, Protestant Ethic.")
    assert not names_line("Homer, Odyssey, and Iliad.")
    assert not names_line("Harvard University Press, Yale University Press, and MIT Press.")


def test_a_line_of_full_names_goes_on_with_its_title() -> None:
    _joined(APA, "Abelson, H., G. J. Sussman and J. Sussman.",
            "The Art of Computer Programming. Reading, MA: Addison-Wesley, 1968.")
    _joined(CHICAGO, "Kenneth Harwood, Rebecca Hayden, John Kitross, and Lemuel Schofield.",
            '"Sydney W. Head: Remembering the Founder." Journal of Broadcasting 36 (1992): 1-4.')
    _joined(CHICAGO, "John B. Smith and F. Donelson Smith.",
            '"ABC: A Hypermedia System for Collaboration," Proceedings of Hypertext 1991.')


def test_names_alone_go_on_with_a_short_book_whose_year_ends_the_line() -> None:
    _joined(CHICAGO, "Gilbert, Sandra M., and Susan Gubar.",
            "The Madwoman in the Attic. Yale UP, 1979.")
    _apart(APA, "Abelson, H., G. J. Sussman and J. Sussman.",
           "World Bank (2008). Annual Report. Washington.")


def test_a_whole_entry_after_names_of_its_own_stays_apart() -> None:
    _apart(CHICAGO, "Abelson, H., G. J. Sussman and J. Sussman.",
           "Hannah Wells and Mark Bond. 2001. A Study of Things. London: Verso.")
    _apart(CHICAGO, "Great Expectations and Hard Times.",
           "Dickens, Charles. Bleak House. London: Bradbury and Evans, 1853.")
