"""The shared vocabulary: what each piece takes, and that the rules built from it read it."""

from __future__ import annotations

import re

from claimcheck.ingest import starts
from claimcheck.ingest.entrycut import without_number
from claimcheck.parse import chapterbook, namecues, notefields
from claimcheck.vocabulary import (
    EDITOR_WORDS,
    NAME_PARTICLES,
    NAME_PARTICLES_MORE,
    NO_PLACE_MARK,
    TRANSLATOR_CUE,
    YEAR_DIGITS,
)


def test_year_digits_take_1500_to_2099_only() -> None:
    year = re.compile(YEAR_DIGITS)
    assert all(year.fullmatch(str(y)) for y in (1500, 1999, 2000, 2099))
    assert not any(year.fullmatch(str(y)) for y in (1499, 2100, 999))


def test_word_lists_hold_each_word_once() -> None:
    for words in (EDITOR_WORDS, NAME_PARTICLES_MORE):
        assert len(set(words)) == len(words)
    assert set(NAME_PARTICLES) < set(NAME_PARTICLES_MORE)


def test_no_place_and_translator_cues_as_alternations() -> None:
    marks = re.compile(rf"(?:{NO_PLACE_MARK})\.")
    assert all(marks.fullmatch(m) for m in ("s. l.", "s.n.", "o. O.", "o. J.", "n. p.", "n.d."))
    assert not marks.fullmatch("s. p.")
    cue = re.compile(rf"(?:{TRANSLATOR_CUE})\b")
    assert all(cue.fullmatch(w) for w in ("trans", "transl", "translated", "übers", "traduit"))
    assert not cue.match("transactions")


def test_list_number_stripped_alike_but_bracketed_one_only_by_entrycut() -> None:
    assert starts.NUMBERED.sub("", "[12] Smith J") == without_number("[12] Smith J") == "Smith J"
    assert starts.NUMBERED.sub("", "12. Smith J") == without_number("12. Smith J") == "Smith J"
    assert without_number("(12) Smith J") == "Smith J"
    assert starts.NUMBERED.sub("", "(12) Smith J") == "(12) Smith J"  # "(2019)" opens years too


def test_rules_built_from_the_vocabulary_read_its_words() -> None:
    # every editors' cue word closes a name list in brackets
    assert all(namecues._EDITORS_AFTER.search(f"Allen L ({w}.)") for w in EDITOR_WORDS)
    # every particle may open a family name before the comma of a chapter's author
    assert all(re.fullmatch(chapterbook._FAMILY, f"{p} Berg,") for p in NAME_PARTICLES)
    # a "no place" mark after a title is cut off
    assert notefields._NO_PLACE.search("Emulsion Chemistry, s. l")
