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


@pytest.mark.parametrize(
    ("text", "container"),
    [("Landrine, H./Klonoff, E.A./Lang, D. et al. (2001): Use of identification cards by "
      "underage youth to purchase tobacco. In: JAMA, (18): 2329.", "JAMA"),
     ("Blair, S. N./Kohl, H. W./Barlow, C. E. et al.: “Changes in physical fitness and "
      "all-cause mortality. A prospective study of healthy and unhealthy men”. In: JAMA, Vol. "
      "273, No. 14, 1995, pp. 1093–8.", "JAMA")],
)
def test_a_journal_after_in_read_as_the_publisher(text: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.publisher) == (container, "")


def test_a_book_after_in_read_as_the_publisher_with_pages_alone_is_left() -> None:
    # a chapter's pages, no volume or issue: the run may be a book (and its editors)
    ref = parse_string("Braun, K. (2001): Stadt und Land. In: Handbuch der Soziologie, "
                       "Wiesbaden, S. 12-20.")
    assert ref.container != "Handbuch der Soziologie" or ref.publisher == ""


@pytest.mark.parametrize(
    "text",
    ["Smith, J. (2010). Kelp forests. In: Academic Press, Encyclopedia of Ecology, Vol. 4, "
     "120-128.",
     "Field, C. (2014). Summary for policymakers. In: IPCC, Climate Change 2014, Vol. 2."],
)
def test_a_publisher_or_body_before_the_book_is_no_journal(text: str) -> None:
    # the run names a publisher or body, then the book: its volume is the book's
    ref = parse_string(text)
    assert ref.container not in ("Academic Press", "IPCC")


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [("Weber, K.; Lang, M.; u. a. (2009): Sleep loss impairs memory consolidation in the aged "
      "rat, in: NeuroImage, Jg. 45, S. 210–218.", "NeuroImage", "45"),
     ("Klein, S. (2014): Synaptic pruning in adolescence, in: BioEssays, Jg. 36, S. 1–9.",
      "BioEssays", "36"),
     ("Huber, A. (2012): Lernen im Schlaf, in: Neuron, Jahrg. 76, S. 33–45.", "Neuron", "76")],
)
def test_a_journal_after_in_before_a_german_volume_word(
        text: str, container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume, ref.publisher, ref.location) == (container, volume, "", "")
