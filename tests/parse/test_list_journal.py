"""A title-less chemistry entry's journal read into its semicolon name list
(parse/listjournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "container", "volume", "pages"),
    [("Rutledge, B. J.; Zhang, K.; Perrimon, N. Genes Dev 1992, 6, 1503.", "Genes Dev", "6",
      "1503"),
     ("Lopez, A.; Perrimon, N. Mol. Cell 1992, 6, 1503–1510.", "Mol. Cell", "6",
      "1503-1510"),
     ("Abe, T.; Ono, K. Plant Physiol 2004, 12.", "Plant Physiol", "12", ""),
     ("Abe, T.; Ono, K. Plant Physiol, 2004, 12, 44–51.", "Plant Physiol", "12", "44-51"),
     ("Abe, T.; Ono, K. Plant Physiol 2004, 12 (3), 44–51.", "Plant Physiol", "12", "44-51"),
     ("Abe, T.; Ono, K. Plant Physiol 2004, 12 (3), 1503.", "Plant Physiol", "12", "1503"),
     ("Ito, M.; Sato, R. S.; and Mori, Y. Dev Biol 1999, 210, 44–51.", "Dev Biol", "210",
      "44-51"),
     ],
)
def test_the_words_after_the_last_initials_are_the_journal(
        text: str, container: str, volume: str, pages: str) -> None:
    parsed = parse_string(text)
    assert (parsed.container, parsed.volume, parsed.pages, parsed.title) == (
        container, volume, pages, "")
    assert parsed.authors[-1].family in ("Perrimon", "Ono", "Mori")


# Look-alikes in other styles the rule must leave as they are parsed now.
LOOK_ALIKES = [
    "Rutledge BJ, Zhang K, Perrimon N. Genes Dev 1992;6:1503.",
    "Rutledge, B. J., Zhang, K., Perrimon, N. Genes Dev 1992, 6, 1503.",
    "Rutledge BJ, Zhang K, Perrimon N (1992) Genes Dev 6:1503",
    "B. J. Rutledge, K. Zhang and N. Perrimon, Genes Dev., 1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N. Wingless signalling. Genes Dev 1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N. Wingless Signalling in the Fly. Genes Dev "
    "1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N. (1992) Genes Dev 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N. 1992. Wingless. Genes Dev 6: 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N., Genes Dev 1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; Perrimon, N. Jr. 1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K.; et al. Genes Dev 1992, 6, 1503.",
    "Rutledge, B. J.; Zhang, K. Drosophila Genetics; Springer: Berlin, 1992.",
    "Rutledge, B. J.; Zhang, K. Drosophila Genetics, 2nd ed.; Springer: Berlin, 1992; p 12.",
    "Rutledge, B. J. Genes Dev 1992, 6, 1503.",
    "Rutledge BJ; Zhang K; Perrimon N. Genes Dev 1992; 6: 1503.",
    "RUTLEDGE, B. J.; ZHANG, K. Genes and development. Berlin: Springer, 1992. 1503 p.",
    "Rutledge, B. J.; Zhang, K. In Genes Dev; Perrimon, N., Ed.; Springer: Berlin, 1992.",
    "Rutledge, B.J., Zhang, K. (1992). Genes Dev, 6, 1503.",
    "Rutledge B.J.; Zhang K. Patent US 5,123,456, 1992.",
    "Rutledge, B. J.; Zhang, K. Thesis, Harvard University, 1992.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_other_styles_are_left_alone(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.parse import repair

    with_rule = parse_string(text)
    monkeypatch.setattr(repair, "list_journal", lambda tokens, out: None)
    assert parse_string(text) == with_rule


# Words the tagger reads as one more name because they are no journal: a genre, a body, a
# publisher, a place, an unpublished work (review of session 21).
NO_JOURNAL = [
    "Schmidt, A.; Weber, B. Dissertation 2001, 145.",
    "Hofmann, K.; Vogel, M. Habilitationsschrift 1998, 212.",
    "Lindqvist, E.; Berg, O. M.Sc. Thesis 2016.",
    "Okafor, C.; Eze, N. Harvard University 2012, 212.",
    "Brown, L.; Green, P. World Health Organization 2012, 12.",
    "Brown, L.; Green, P. Annual Report 2012, 45.",
    "Fischer, E.; Wagner, R. Oxford University Press 2003, 345.",
    "Fischer, E.; Wagner, R. American Chemical Society 2003, 345.",
    "Fischer, E.; Wagner, R. Thieme Stuttgart 2003, 345.",
    "Fischer, E.; Wagner, R. Berlin 2003, 345.",
    "Fischer, E.; Wagner, R. New York 2003, 2, 345-350.",
    "Kowalski, J.; Nowak, P. Unpublished Results, 2018.",
    "Kowalski, J.; Nowak, P. Personal Communication 2018.",
    "Kowalski, J.; Nowak, P. Submitted 2018.",
]


@pytest.mark.parametrize("text", NO_JOURNAL)
def test_a_genre_body_publisher_or_place_is_no_journal(text: str) -> None:
    assert parse_string(text).container == ""


@pytest.mark.parametrize(("text", "container"), [
    ("Silva, R.; Costa, M. Quim. Nova 2010, 33, 12-19.", "Quim. Nova"),
    ("Miller, A. B.; Stone, C. D. Org. React. 2014, 85, 1-300.", "Org. React."),
    ("Ng, K.; Ho, T. Proc. SPIE 2014, 9000, 12.", "Proc. SPIE"),
    ("Rossi, M.; Bianchi, G. Gazz. Chim. Ital. 1995, 125, 33.", "Gazz. Chim. Ital."),
])
def test_a_journal_with_such_a_word_is_still_read(text: str, container: str) -> None:
    assert parse_string(text).container == container
