"""The shared vocabulary: what each piece takes, and that the rules built from it read it."""

from __future__ import annotations

import re

from claimcheck.ingest import boundary, entryalone, journalcut, linehead, starts, tailafter
from claimcheck.ingest.namesline import without_number
from claimcheck.parse import chapterbook, namecues, notefields
from claimcheck.vocabulary import (
    ACCESS_LEADS,
    ACCESS_LINKS,
    ACCESS_LINKS_EN,
    ACCESS_LINKS_FR_ES,
    EDITOR_WORDS,
    NAME_PARTICLES,
    NAME_PARTICLES_MORE,
    NO_PLACE_MARK,
    NOT_YET_PRINTED,
    TRANSLATOR_CUE,
    YEAR_DIGITS,
    either_case,
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


def test_either_case_frees_the_first_letter_only() -> None:
    words = re.compile(rf"^(?:{either_case(('in press', 'forthcoming'))})$")
    assert all(words.match(w) for w in ("in press", "In press", "Forthcoming"))
    assert not any(words.match(w) for w in ("IN PRESS", "in Press", "forthcomin"))


def test_access_words_reach_every_access_pattern() -> None:
    # one list of lead and link words, read by the three rules that tell an access note
    for lead in ACCESS_LEADS.split("|"):
        for link in ACCESS_LINKS.split("|"):
            assert entryalone.kind_lead(f"{lead} {link} http://x.org")
    for link in ACCESS_LINKS_EN.split("|"):
        assert linehead._NOTE.match(f"Available {link} http://x.org")
        assert boundary._NEVER_OPENS.match(f"Available {link} http://x.org")
    for link in ACCESS_LINKS_FR_ES.split("|"):
        assert boundary._NEVER_OPENS.match(f"Disponible {link} http://x.org")
    assert not entryalone.kind_lead("Available evidence on trust")


def test_not_yet_printed_words_reach_both_notes() -> None:
    for word in NOT_YET_PRINTED:
        for case in (word, word.capitalize()):
            assert journalcut._NO_VOLUME_YET.search(f"Smith, J. ({case}). Harv. L. Rev.")
            assert tailafter._NOTE.search(f"Smith J. A title, {case}.")
    assert not journalcut._NO_VOLUME_YET.search("Smith, J. (2001). Impressive. Phys. Rev.")
