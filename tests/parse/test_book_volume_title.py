"""A book printed "Family, Given: Title, Bd. 3, Place Year" (German and Spanish humanities):
the words after the author's name are the title, not a journal or a volume, when the tagger
read no title; a volume word alone is no container."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "family", "title", "volume"),
    [
        ("Wehler, Hans-Ulrich: Deutsche Gesellschaftsgeschichte, Bd. 3, München 1995.",
         "Wehler", "Deutsche Gesellschaftsgeschichte", "3"),
        ("Roxin, Claus: Strafrecht Allgemeiner Teil, Band 1, 4. Aufl., München 2006.",
         "Roxin", "Strafrecht Allgemeiner Teil", "1"),
    ],
)
def test_the_words_after_the_name_are_the_title(
        text: str, family: str, title: str, volume: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == [family]
    assert (ref.title, ref.volume, ref.container) == (title, volume, "")


@pytest.mark.parametrize(("value", "kept"), [
    ("Advances in Physics, vol. 2 of proceedings of the school",
     "Advances in Physics, vol. 2 of proceedings of the school"),
    ("Logics of Programs, volume 193 of Lecture Notes in Computer Science", "Logics of Programs"),
    ("Volume", "Volume"), ("Band", "Band"), ("Tome", "Tome"),
    ("Bd", ""), ("Vol.", ""), ("Gene, tome", "Gene"), ("Genetics, [s. l.]", "Genetics"),
])
def test_a_container_loses_a_series_volume_and_a_volume_word(value: str, kept: str) -> None:
    # a series after "vol. N of" opens with a capital; a container that is only a volume
    # word in full is a title ("Volume" is a magazine), an abbreviated one alone is none
    from claimcheck.parse.assemble import clean_container

    assert clean_container(value) == kept


def test_a_volume_word_in_full_before_its_number_is_no_container() -> None:
    # the word alone stays a title ("Volume" is a magazine) only where no number follows it
    ref = parse_string("Smith, J. (2001). Title of the thing. Volume 12, 3-4.")
    assert (ref.container, ref.volume) == ("", "12")
