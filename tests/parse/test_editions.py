"""Edition statements closing a title run (`parse.editions`), on hand-labelled tokens."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.titlenotes import edition_out_of_title

from .conftest import relabel_with


def _after(pieces: list[tuple[str, str]]) -> dict[str, str]:
    return relabel_with((edition_out_of_title,), pieces)


def test_an_edition_set_off_or_bracketed_is_a_note() -> None:
    for title, note in (("Classical Electrodynamics, 3rd edn.", "3 rd edn ."),
                        ("Classical Electrodynamics (3rd edn)", "( 3 rd edn )"),
                        ("Numerical Recipes (updated edition)", "( updated edition )"),
                        ("Lehrbuch der Physik. Zehnte, unveränderte Auflage",
                         "Zehnte , unveränderte Auflage")):
        out = _after([("Smith, J.", "author"), (title, "title"), ("Wiley", "publisher")])
        assert out.get("note") == note, title


def test_a_title_about_an_edition_keeps_its_words() -> None:
    for title in ("Notes on the 1611 edition.", "Changes in the fifth edition.",
                  "Hacia una nueva edición.", "Pour une nouvelle édition.",
                  "Windows Server 2012 R2 Edition."):
        out = _after([("Smith, J.", "author"), (title, "title"), ("The Library", "container")])
        assert "note" not in out, title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("J. Crank, The mathematics of diffusion, 2e éd, Oxford, Clarendon Press, 1975.",
         "The mathematics of diffusion"),
        ("Marie Laurent, Les Écrivains et la guerre, 3e éd., Paris, Gallimard, 1995, p. 12.",
         "Les Écrivains et la guerre"),
    ],
)
def test_a_french_edition_closing_the_title_is_a_note(text: str, title: str) -> None:
    assert parse_string(text).title == title
