"""A translator's or editor's credit right after the title (parse/titlecredit.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.titlecredit import credit_after_title
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Hartmann, R., and P. Lindqvist, “Grain Storage in Medieval Norway”, trans. K. O. "
         "Brandt, Scand J Hist 41 (2016): 211–230.",
         "Grain Storage in Medieval Norway", "Scand J Hist"),
        ("Morel (A.) et Vidal (C.), « Les registres paroissiaux du Quercy », trad. M. H. Kessler,"
         " Ann Midi, 12 (1998), p. 45‑61.",
         "Les registres paroissiaux du Quercy", "Ann Midi"),
        ("Weber, K./Stahl, L.: Die Zünfte der Stadt Ulm im späten Mittelalter, hg. v. H. Brandt."
         " In: Z Württ Landesgesch 55 (1996), S. 112–140.",
         "Die Zünfte der Stadt Ulm im späten Mittelalter", "Z Württ Landesgesch"),
        ("Lindgren, A. et al., “Trade Routes of the Hanseatic League in the Baltic”, edited by "
         "T. Ostrowski, Econ Hist Rev, vol. 47, 1994, pp. 301–322.",
         "Trade Routes of the Hanseatic League in the Baltic", "Econ Hist Rev"),
        ("Okafor, N. “Colonial Courts and Customary Law in Southern Nigeria”, with an "
         "introduction by B. Adeyemi. J Afr Law 30 (1986): 77–95.",
         "Colonial Courts and Customary Law in Southern Nigeria", "J Afr Law"),
    ],
)
def test_a_credit_after_the_title_is_neither_title_nor_container(
    text: str, title: str, container: str
) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_an_editors_credit_names_the_editors() -> None:
    ref = parse_string("Lindgren, A., “Trade Routes of the Hanseatic League in the Baltic”, "
                       "edited by T. Ostrowski, Econ Hist Rev 47 (1994): 301–322.")
    assert [e.family for e in ref.editors] == ["Ostrowski"]


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviated journal that opens with the cue's word
        "Keller, J. A Note on Quadratic Forms. Trans. Amer. Math. Soc. 70 (1951) 12–20.",
        # an edition, no names
        "Keller, J., Quadratic Forms, ed. 2, Berlin, Springer, 1951.",
    ],
)
def test_no_credit_without_names(text: str) -> None:
    tokens = tokenize(text)
    labels = ["title"] * len(tokens)
    before = list(labels)
    credit_after_title(tokens, labels)
    assert labels == before


def test_a_bracket_after_the_credit_holds_the_publisher() -> None:
    ref = parse_string("3 K. Brandt, Die Zünfte der Stadt Ulm, ed. T. Francke (CNRS, 1993), 46.")
    assert (ref.publisher, [e.family for e in ref.editors]) == ("CNRS", ["Francke"])
    ref = parse_string("3 K. Brandt, Die Zünfte der Stadt Ulm, ed. T. Francke (Tübingen, 1993).")
    assert (ref.publisher, ref.location) == ("", "Tübingen")


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Marc Bloch, La société féodale, Paris, éd. Albin Michel, 1939, p. 45.", "Albin Michel"),
        ("Georges Duby, Le dimanche de Bouvines, Paris, éd. de Minuit, 1973.", "Minuit"),
        ("Bruno Latour, Nous n'avons jamais été modernes, Paris, éd. La Découverte, 1991.",
         "La Découverte"),
    ],
)
def test_a_publishers_editions_after_the_place_are_no_editors(text: str, publisher: str
                                                              ) -> None:
    ref = parse_string(text)
    assert ref.editors == ()
    assert publisher in ref.publisher
