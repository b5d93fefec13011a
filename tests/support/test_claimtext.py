"""Citation markers are removed from claims; the claim's own words and numbers stay."""

import pytest

from claimcheck.support import strip_citation_markers
from claimcheck.support.claimtext import cites_a_group


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("RNAs are targets of p53 [<|multi_cit|>,7].", "RNAs are targets of p53."),
        ("as in colon cancers [<|multi_cit|>–11].", "as in colon cancers."),
        (
            "similar to LOC285194,<|cit|> and GAS5,<|other_cit|> ERIC",
            "similar to LOC285194, and GAS5, ERIC",
        ),
        ("inhibiting Rheb (<|multi_cit|>).", "inhibiting Rheb."),
        ("Mice were fed a diet [3, 5-8].", "Mice were fed a diet."),
        ("Rats gained weight [12].", "Rats gained weight."),
        ("It rose (Smith et al., 2020; Jones and Lee, 2019a).", "It rose."),
        ("It fell (e.g., Brown 2001).", "It fell."),
        ("As Smith et al. (2020) showed, it fell.", "As Smith et al. showed, it fell."),
        ("Vancouver style cites like this (12).", "Vancouver style cites like this."),
    ],
)
def test_markers_are_removed(raw: str, clean: str) -> None:
    assert strip_citation_markers(raw) == clean


def test_claim_numbers_and_parentheses_are_kept() -> None:
    text = "A dose of 5 mg (n = 12) lowered risk by 30% (95% CI 20-40) in 2019."
    assert strip_citation_markers(text) == text


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("RNAs are targets of p53 [<|multi_cit|>,7].", True),
        ("Mice were fed a diet [3, 5-8].", True),
        ("It rose [3-5].", True),
        ("It rose (Smith et al., 2020; Jones and Lee, 2019a).", True),
        ("It rose (Smith 2019, 2020).", True),
        ("Vancouver style (3, 4).", True),
        ("RNAs are targets of p53 [<|cit|>].", False),
        ("similar to LOC285194,<|cit|> and GAS5,<|other_cit|> ERIC", False),
        ("Rats gained weight [12].", False),
        ("It fell (e.g., Brown 2001).", False),
        ("As Smith et al. (2020) showed, it fell.", False),
        ("Ages (20-40) and a dose of 5 mg (n = 12) lowered risk by 30% (95% CI 20-40).", False),
    ],
)
def test_a_callout_naming_several_works_is_a_group(text: str, group: bool) -> None:
    assert cites_a_group(text) is group
