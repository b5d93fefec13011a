"""MHRA and Chicago notes credit a book's editor after its title and before the imprint:
"Title, ed. by O. Danvy (Taylor & Francis, 2002)". The credit and the names are the
editors, not the publisher's first words."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "publisher", "editor"),
    [
        ("S. Hofmann, On Beyond Uranium: Journey to the End of the Periodic Table, ed. by O. "
         "Danvy (Taylor & Francis, 2002), p. vii.", "Taylor & Francis", "Danvy"),
        ("M. Twain, Adventures of Huckleberry Finn, ed. by T. Yamada (Norton, 1977), p. 377.",
         "Norton", "Yamada"),
        ("V. L. Masaitis and others, The Geology of Astroblemes, ed. by G. Sonohat (Nedra, "
         "1980), p. 231.", "Nedra", "Sonohat"),
    ],
)
def test_the_editor_credit_is_no_part_of_the_publisher(
        text: str, publisher: str, editor: str) -> None:
    ref = parse_string(text)
    assert ref.publisher == publisher
    assert [a.family for a in ref.editors] == [editor]


def test_a_publisher_with_a_bracket_of_its_own_stays_whole() -> None:
    ref = parse_string("World Health Organization, Global Report (Geneva: World Health "
                       "Organization (WHO), 2010).")
    assert "World Health Organization" in ref.publisher
    assert not ref.editors


def test_a_french_publisher_abbreviated_ed_is_no_editors_credit() -> None:
    # "Éd." abbreviates "Éditions": a bracket without a year is no imprint
    ref = parse_string("Foucault, M. (1966). Les mots et les choses. Paris: Éd. Gallimard "
                       "(coll. Tel).")
    assert ref.publisher == "Éd. Gallimard (coll. Tel)"
    assert not ref.editors



def test_a_french_publisher_abbreviated_ed_before_a_dated_series_is_no_credit() -> None:
    # a capital "Éd." abbreviates "Éditions" (the French credit prints "éd. par")
    ref = parse_string("Bourdieu, P. La distinction. Paris, Éd. de Minuit (Le sens commun, "
                       "1979).")
    assert ref.publisher.startswith("Éd. de Minuit")
    assert not ref.editors


@pytest.mark.parametrize(("text", "family"), [("ed. by J. Brown", "Brown"),
                                              ("Ed. by Paolo Giaccaria", "Giaccaria"),
                                              ("eds. by A. Smith", "Smith")])
def test_the_cue_ed_by_is_no_part_of_the_name(text: str, family: str) -> None:
    from claimcheck.parse.names import split_names

    names = split_names(text).authors
    assert [a.family for a in names] == [family]
    assert not names[0].given.lower().startswith("by")


def test_a_family_name_opening_with_eds_by_keeps_it() -> None:
    # "Edsby" is a name, no "Eds" + "by" cue
    from claimcheck.parse.names import split_names

    assert [(a.family, a.given) for a in split_names("Edsby Smith, J.").authors] == [
        ("Edsby Smith", "J.")]


@pytest.mark.parametrize("text", ["ed. by J. Brown", "eds by J. Brown", "ed.by J. Brown",
                                  "Ed. J. Brown", "edited by J. Brown"])
def test_every_form_of_the_cue_is_dropped(text: str) -> None:
    from claimcheck.parse.names import split_names

    assert [a.family for a in split_names(text).authors] == ["Brown"]
