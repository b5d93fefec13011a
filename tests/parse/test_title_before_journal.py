"""A sentence-case title printed straight before the journal, with no stop between
(parse/titlecontainer.py: `_title_before_journal`, `capitalised_tail`)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.titlecontainer import capitalised_tail
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # (IOP: the tagger read title and journal as one container)
        ("Lindqvist K M and Berg A 2003 Structure and transport in layered perovskites "
         "Nano Lett. 3 112–118", "Structure and transport in layered perovskites",
         "Nano Lett"),
    ],
)
def test_the_title_before_the_journal(text: str, title: str, journal: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)


def test_an_abbreviations_stop_is_no_word_of_the_tail() -> None:
    tokens = tokenize("Structure and dynamics of carbon nanoscrolls Phys. Rev. B")
    assert tokens[capitalised_tail(tokens, 0, len(tokens))].text == "Phys"


@pytest.mark.parametrize(
    "text",
    [
        "Smith J, 1999. Deep learning for protein folding in Europe 12 33-44",
        "Smith J 1999 Proceedings of the royal society of london B 12 33-44",
        "Müller K 2001 Zur Geschichte der Stadt Berlin Zeitschrift 12 33-44",
    ],
)
def test_no_journal_read_out_of_these(text: str) -> None:
    ref = parse_string(text)
    assert ref.container in ("", "Proceedings of the royal society of london B") \
        or ref.title == ""


def test_a_title_closed_twice_inside_the_container() -> None:
    # the tagger read "Journal Rankings ... Research.. Scientometrics" as one container
    ref = parse_string("Berg K and Holm T (2005) Journal Rankings in Environmental "
                       "Research.. Scientometrics 62, 10–20.")
    assert (ref.title, ref.container) == ("Journal Rankings in Environmental Research",
                                          "Scientometrics")


def test_abbreviations_closed_twice_are_no_title() -> None:
    ref = parse_string("Smith J (2004) Annu. Rev. Biochem.. Biology 101, 1–5.")
    assert ref.title == ""


def test_a_title_ends_on_no_minor_word() -> None:
    ref = parse_string("Gray B 2003 Monthly notices of the Royal Astronomical Society 340 1")
    assert ref.title != "Monthly notices of the"
