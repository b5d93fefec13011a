"""A journal printed after "in:" that the tagger read as a note, issue or volume
(parse/injournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.injournal import journal_after_in
from claimcheck.parse.tokens import tokenize


def test_a_note_run_opening_with_in_holds_the_journal_and_its_volume() -> None:
    tokens = tokenize("Title, in: PLoS ONE 5 (2010), S. e11883.")
    out = ["title"] * 2 + ["note"] * (len(tokens) - 2)
    journal_after_in(tokens, out)
    labels = dict(zip((t.text for t in tokens), out, strict=True))
    assert (labels["PLoS"], labels["ONE"], labels["5"], labels["2010"]) == (
        "container", "container", "volume", "note")


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Lin, Y.M./Basso, D.C.: TOR regulates autophagy in Arabidopsis thaliana, in: PLoS ONE "
         "5 (2010), S. e11883.", "PLoS ONE"),
        ("Petit J., Roux X. et Blanc X., « BLAST: a web platform for searches », dans BMC "
         "Bioinform, 8, nᵒ 1, 2007.", "BMC Bioinform"),
    ],
)
def test_the_journal_after_in(text: str, journal: str) -> None:
    assert parse_string(text).container == journal


def test_a_container_read_is_left_alone() -> None:
    tokens = tokenize("Title. In Book of Things, 12.")
    out = ["title", "title", "container", "container", "container", "container", "note",
           "note", "note"]
    assert len(out) == len(tokens)
    before = list(out)
    journal_after_in(tokens, out)
    assert out == before


@pytest.mark.parametrize(
    "text",
    [
        "Tokuda, H. Self-Organizing Maps and Their Use 2007 Springer Japan in Japanese",
        "Laval, P., Quartz in the Charlevoix structure (in French). Comptes Rendus, Serie D, "
        "v. 284, pp. 1623-1626. 1977.",
    ],
)
def test_a_language_note_is_no_journal(text: str) -> None:
    assert parse_string(text).container not in ("Japanese", "French")


def test_a_language_before_the_year_alone_is_no_journal() -> None:
    assert parse_string("J. Smith, A study of rice farming, in Japanese, 2001.").container == ""
