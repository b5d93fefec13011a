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
