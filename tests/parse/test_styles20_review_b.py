"""The second review of styles20's rules (session 20): a quoted film or law is no journal,
and a short form's rest keeps the whole note's title."""

from __future__ import annotations

import pytest

from claimcheck.parse.parser import parse_string


@pytest.mark.parametrize(
    "text",
    [
        # Polish "z" is "from" (the cue is "z." with its stop): a film, not a journal
        "Kowalski J., Adaptacja filmowa, „Potop” z 1974 r., 2001.",
        "Kowalski J., Spór o film, „Ogniem i mieczem” z 1999, 2001.",
        # a law's number in the Czech Collection of Laws, not a volume
        "Novák J., K novele zákona, „Zákon o obcích“, č. 128/2000 Sb., 2001.",
    ],
)
def test_a_quoted_name_before_a_bare_cue_is_no_journal(text: str) -> None:
    ref = parse_string(text)
    assert ref.container not in {"Potop", "Ogniem i mieczem", "Zákon o obcích"}


def test_a_quoted_journal_with_its_volume_cue_is_still_read() -> None:
    ref = parse_string("Kowalski J., Wpływ suszy na glebę, „Plant Soil”, t. 248, 2003, s. 12–19.")
    assert ref.container == "Plant Soil"


def test_a_short_forms_rest_keeps_the_whole_notes_title() -> None:
    ref = parse_string("Coarelli 1992; F. Coarelli, Il Foro Boario, Roma 1992, p. 12.")
    assert ref.title.startswith("Il Foro Boario")
    assert not ref.container
