"""Pattern-found fields: labels, DOIs, URLs, notes, years, kinds."""

from __future__ import annotations

import pytest

from claimcheck.parse import patterns


def test_numbered_labels_are_split_off() -> None:
    assert patterns.split_label("12. Smith J. Title.") == ("12", "Smith J. Title.")
    assert patterns.split_label("[3] J. Smith, Title") == ("3", "J. Smith, Title")
    assert patterns.split_label("2010. Title") == ("", "2010. Title")


def test_doi_is_normalised_and_keeps_balanced_parentheses() -> None:
    text = "Biol. Psychiatry 47, 351–354. doi: 10.1016/S0006-3223(99)00230-9."
    assert patterns.find_doi(text) == "10.1016/s0006-3223(99)00230-9"
    assert patterns.find_doi("x. https://doi.org/10.7554/eLife.15092") == "10.7554/elife.15092"


def test_url_skips_doi_links() -> None:
    text = "https://doi.org/10.1/x. Available: https://www.who.int/item/X2019.06 (accessed 2021)"
    assert patterns.find_url(text) == "https://www.who.int/item/X2019.06"


def test_notes_in_printed_order() -> None:
    text = "Title. J [Epub ahead of print]. Available at: http://x.org (accessed April 1, 2021)."
    assert patterns.find_notes(text) == ("[Epub ahead of print].", "(accessed April 1, 2021)")


def test_each_note_pattern_runs_where_its_word_is_printed_in_any_case() -> None:
    text = "Smith J. Title. J Biol. 2020. IN PRESS. Retrieved from http://x.org (Cited 2021)"
    assert patterns.find_notes(text) == ("IN PRESS", "(Cited 2021)")
    assert patterns.strip_notes(text) == "Smith J. Title. J Biol. 2020.  .  http://x.org  "


def test_letters_lower_case_writes_otherwise_still_reach_the_case_blind_patterns() -> None:
    # re's case-blind "i" matches "İ" and "ı", its "s" matches "ſ"; str.lower() writes neither
    # as "i" or "s", so the words each pattern needs must not skip these entries.
    assert patterns.find_notes("Title. J Biol. [In preſs]. Available online.") == ("[In preſs]",)
    assert patterns.strip_notes("Title (acceſſed 2021). Available online.") == (
        "Title  . Available online.")
    assert patterns.find_notes("Title. Epub ahead of prİnt.") == ("Epub ahead of prİnt.",)


def test_year_prefers_parenthesised_year_and_keeps_suffix() -> None:
    assert patterns.find_year("Zarate, C. A. Jr. (2006b). Title 1999") == ("2006", "b")
    assert patterns.find_year("Smith J. Title. J. 2010;12:34-56.") == ("2010", "")
    assert patterns.find_year("no year here") == ("", "")


def test_a_date_field_gives_its_first_year_not_a_reprint() -> None:
    assert patterns.find_year("1988 (Rpt. 1992)", first=True) == ("1988", "")
    assert patterns.find_year("Smith J. Title 1988. (2001a).") == ("2001", "a")


def test_a_bare_number_before_a_name_is_the_label() -> None:
    assert patterns.split_label("76 Laemmli U: Cleavage. Nature 1970") == (
        "76", "Laemmli U: Cleavage. Nature 1970")
    assert patterns.split_label("13 D. Thouless, M. Kohmoto")[0] == "13"
    assert patterns.split_label("100 Years of Solitude. Harper, 1970.")[0] == ""


@pytest.mark.parametrize(("text", "label"), [("22 von Mises, R., Probability, London 1957.", "22"),
                                             ("3 van der Berg, J., Title, 1990.", "3")])
def test_bare_number_before_a_particle_is_the_label(text: str, label: str) -> None:
    from claimcheck.parse.patterns import split_label

    assert split_label(text)[0] == label


def test_a_number_before_slashed_capitals_that_are_no_names_is_no_label() -> None:
    from claimcheck.parse.patterns import split_label

    assert split_label("5 CD/DVD Drives, Storage Media Handbook, 2004.")[0] == ""
    assert split_label("3 Smith/Jones, Soil Biol. Biochem. 2001, 33, 12.")[0] == "3"
