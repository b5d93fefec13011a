"""A phrase quoted inside an unquoted title (parse/innerquotes.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Lindqvist, P., and K. Brandt. Grain Markets for Monitoring “Baltic Harvest” Cycles. "
         "Scand. J. Hist. 41 (2016): 211–230.",
         "Grain Markets for Monitoring “Baltic Harvest” Cycles", "Scand. J. Hist."),
        ("Lindqvist, P., and K. Brandt. Guild Records and “Fair Prices” in the Baltic Towns. "
         "Scand J Hist 41 (2016): 211–230.",
         "Guild Records and “Fair Prices” in the Baltic Towns", "Scand J Hist"),
    ],
)
def test_the_title_goes_on_after_its_inner_quotes(text: str, title: str, container: str
                                                  ) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_a_cue_after_the_quote_opens_another_field() -> None:
    ref = parse_string("Okafor, N., Colonial courts and the “native question” in Afr Law Rev, "
                       "vol. 17, 1986, p. 77-95.")
    assert ref.container == "Afr Law Rev"


def test_a_journal_after_the_quote_stays_the_journal() -> None:
    ref = parse_string("Smith, A. The politics of “resilience” Global Environmental Change, "
                       "vol. 23, 2013, pp. 1–10.")
    assert ref.container == "Global Environmental Change"
