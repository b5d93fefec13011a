"""Chapters printed the IEEE way, the book before its editors and a bare "Eds." cue after
them ("in Handbook of Robotics, B. Siciliano and O. Khatib, Eds. Berlin: Springer")
(parse/chapter.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string


@pytest.mark.parametrize(
    ("text", "title", "book", "editors"),
    [
        ('[1] J. Smith, "Motion planning," in Handbook of Robotics, B. Siciliano and '
         "O. Khatib, Eds. Berlin: Springer, 2008, pp. 1–10.",
         "Motion planning", "Handbook of Robotics", ["Siciliano", "Khatib"]),
        ('A. Kumar and B. Lee, "Deep networks for vision," in Advances in Neural '
         "Computation, C. Brown, Ed. New York: Wiley, 2015, pp. 45–67.",
         "Deep networks for vision", "Advances in Neural Computation", ["Brown"]),
        ('R. Ito, "Sensor fusion," in Robot Perception, vol. 2, A. B. Clark, D. Evans, '
         "and F. G. Hall, Eds. Cham, Switzerland: Springer, 2016, ch. 3, pp. 55–80.",
         "Sensor fusion", "Robot Perception", ["Clark", "Evans", "Hall"]),
        ('[4] D. Rossi and A. Bianchi, "Distributed estimation," in Networked Control '
         "Systems, A. Bemporad, M. Heemels, and M. Johansson, Eds. London, U.K.: Springer, "
         "2010, pp. 99–130.", "Distributed estimation", "Networked Control Systems",
         ["Bemporad", "Heemels", "Johansson"]),
        ('[5] A. Smith and B. Jones, "Paper title," in Proc. Conf. Things, C. D. Lee, Ed., '
         "2001, pp. 1-2.", "Paper title", "Proc. Conf. Things", ["Lee"]),
    ],
)
def test_ieee_book_then_editors_with_a_bare_cue(
        text: str, title: str, book: str, editors: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.kind) == (title, book, "chapter")
    assert [a.family for a in ref.editors] == editors


@pytest.mark.parametrize(
    ("text", "book"),
    [
        # editors printed before the book stay so (the run before ", Eds." is a name)
        ("J. Smith, Networks. In: K. Jones, L. Brown, Eds. Social Theory. London: Sage; "
         "2001. p. 1-20.", "Social Theory"),
        # APA's bracketed cue is read as before
        ("Lee, A. (2010). Memory. In J. Smith & K. Jones (Eds.), Handbook of memory "
         "(pp. 1-10). Sage.", "Handbook of memory"),
    ],
)
def test_editors_before_the_book_are_not_read_as_a_book(text: str, book: str) -> None:
    assert parse_string(text).container == book


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        ("Pierre Nora, « Entre mémoire et histoire », dans Les lieux de mémoire, dir. par "
         "Pierre Nora, Paris, Gallimard, 1984, p. 15-42.", "Les lieux de mémoire", ["Nora"]),
        ("M. Durand, « Le roman », dans Histoire littéraire, sous la direction de Jean "
         "Martin, Paris, PUF, 1990.", "Histoire littéraire", ["Martin"]),
    ],
)
def test_french_book_then_dir_par_editors(text: str, book: str, editors: list[str]) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.kind) == (book, "chapter")
    assert [a.family for a in ref.editors] == editors
