"""best_source_text: Crossref's abstract, then OpenAlex's, then the title, then nothing."""

from __future__ import annotations

import pytest

from claimcheck.model import Unchecked
from claimcheck.sources import AbstractLookup, FoundAbstract, NoAbstract, best_source_text

CROSSREF = "Background\n\nKetamine was given to twelve patients with depression."
OPENALEX = FoundAbstract(text="Twelve depressed patients received ketamine infusions.")
TITLE = "Antidepressant effects of ketamine in depressed patients"


def test_crossref_abstract_comes_first() -> None:
    assert best_source_text(CROSSREF, OPENALEX, TITLE) == (CROSSREF, "abstract")


@pytest.mark.parametrize("crossref", ["", "   ", "N/A", "No abstract available."])
def test_openalex_abstract_when_crossref_has_none(crossref: str) -> None:
    assert best_source_text(crossref, OPENALEX, TITLE) == (OPENALEX.text, "abstract")


@pytest.mark.parametrize(
    "openalex",
    [
        NoAbstract(reason="OpenAlex has no abstract for this work"),
        Unchecked(reason="offline"),
        FoundAbstract(text="Abstract not available"),
    ],
)
def test_the_title_when_no_abstract_is_known(openalex: AbstractLookup) -> None:
    assert best_source_text("", openalex, f"  {TITLE}\n") == (TITLE, "title")


def test_nothing_when_there_is_not_even_a_title() -> None:
    assert best_source_text("", Unchecked(reason="offline"), " ") == ("", "none")
