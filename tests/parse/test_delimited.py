"""Titles in styles that print a spaced slash or dash between their groups
(parse/delimited.py): the last name and the container's cue out of the title run."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "first", "container"),
    [
        ("118 Lezoualc’h, F., I. Seugnet, J. Behr, and B.A. Demeneix / “Inhibition of "
         "Neurogenic Precursor Proliferation by Antisense Thyroid Hormone Receptor "
         "Oligonucleotides” / J Biol Chem / v. 270 / 1995 / p. 12100–12108.",
         "Inhibition of Neurogenic Precursor Proliferation by Antisense Thyroid Hormone "
         "Receptor Oligonucleotides", "Lezoualc’h", "J Biol Chem"),
        ("(22) ZHANG et alii (2013) - Y. I. Zhang, L. Zhang, C. Zhou - Review of chemical "
         "vapor deposition of graphene and related applications - Acc Chem Res - 46 - "
         "2329–2339.",
         "Review of chemical vapor deposition of graphene and related applications", "", ""),
        ("Rosenstock, J./Hassman, D. R./Madder, R. D. - (2004) - Repaglinide versus nateglinide "
         "monotherapy: a randomized, multicenter study - in - Diabetes Care 27/6 - 1265–70;",
         "Repaglinide versus nateglinide monotherapy: a randomized, multicenter study",
         "Rosenstock", "Diabetes Care"),
        ("Hirsch, J. E. (2005): An index to quantify an individual's scientific research "
         "output.; in; Proc Natl Acad Sci; 102; 2005; S. 16569–16572.",
         "An index to quantify an individual's scientific research output", "Hirsch", ""),
    ],
)
def test_the_styles_mark_ends_the_names_and_the_title(
        text: str, title: str, first: str, container: str) -> None:
    ref = parse_string(text)
    assert ref.title.rstrip(" .-") == title  # (a dash after the title stays: "... -")
    assert ref.first_family == first or not first
    assert ref.container == container or not container


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title's own spaced dash, in a style of stops and commas
        ("Randler, C. Mating patterns in avian hybrid zones - a meta-analysis and review. "
         "Ardea 96 (2008): 73–80.",
         "Mating patterns in avian hybrid zones - a meta-analysis and review"),
        # one spaced slash only: no style's mark
        ("Smith, J. and K. Lee / Growth of crystals under pressure. J. Cryst. Growth 12 "
         "(2001): 3–9.", "Growth of crystals under pressure"),
        # no author run before the title run: nothing to give the head to
        ("Brown, K. - (2004) - The Spanish Flu - Its Legacy in Europe - Medical History - 48.",
         "The Spanish Flu - Its Legacy in Europe - Medical History - 48"),
    ],
)
def test_other_dashes_are_left_alone(text: str, title: str) -> None:
    assert parse_string(text).title == title
