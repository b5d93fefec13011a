"""The given name of a list's last inverted name before the colon that closes the list
("Lindqvist, Karen – Berger, | Tomas: Title"; parse/invertedlast.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "given"),
    [
        ("Hoffmann, Greta – Brandt, Jonas: Die Moorkolonien im Emsland. In: Erdkunde 61 "
         "(2009) 2, 81–100.", "Die Moorkolonien im Emsland", "Jonas"),
        ("Hoffmann, Greta – Brandt, Jonas – Weiss, Lena: Die Moorkolonien im Emsland. In: "
         "Erdkunde 61 (2009), 81–100.", "Die Moorkolonien im Emsland", "Lena"),
    ],
)
def test_the_given_name_before_the_colon_is_the_names(text: str, title: str, given: str
                                                      ) -> None:
    ref = parse_string(text)
    assert ref.title == title
    assert ref.authors[-1].given == given


def test_a_title_after_an_inverted_name_with_its_initials_stays() -> None:
    ref = parse_string("Hoffmann, G. – Brandt, J.: Moorkolonien: eine Geschichte. In: "
                       "Erdkunde 61 (2009), 81–100.")
    assert ref.title.startswith("Moorkolonien")
